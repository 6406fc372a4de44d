<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AanmeldingDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="51"/>
        <source>Nieuwe aanmelding</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="69"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="74"/>
        <source>&amp;Kanaal</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="77"/>
        <source>De vraag van de klant, in eigen woorden</source>
        <translation>The client&apos;s question, in their own words</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="80"/>
        <source>&amp;Vraag van de klant *</source>
        <translation>Client&apos;s &amp;question *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="85"/>
        <source>&amp;Route *</source>
        <translation>Ro&amp;ute *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="97"/>
        <source>&amp;Doorverwezen naar *</source>
        <translation>&amp;Referred to *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="102"/>
        <source>Klantgegevens</source>
        <translation>Client details</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="111"/>
        <source>Aanmelding voor bestaande klant: {name}</source>
        <translation>Registration for existing client: {name}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="124"/>
        <source>Voor een doorverwijzing naar een andere dienst wordt geen klantdossier gemaakt. Het contact telt alleen anoniem mee.</source>
        <translation>No client file is created for a referral to another service. The contact is only counted anonymously.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="134"/>
        <source>Aanmelding &amp;opslaan</source>
        <translation>Save re&amp;gistration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="138"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="182"/>
        <source>Deze klant staat al ingeschreven: {name}, geboren {born}. De aanmelding wordt aan het bestaande dossier gekoppeld; de gegevens hieronder worden niet overgenomen.</source>
        <translation>This client is already registered: {name}, born {born}. The registration will be linked to the existing file; the details below will not be used.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="253"/>
        <source>Controleer de gemarkeerde velden ({count}). Er is nog niets opgeslagen.</source>
        <translation>Please check the highlighted fields ({count}). Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="267"/>
        <source>Is dit dezelfde persoon?</source>
        <translation>Is this the same person?</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="270"/>
        <source>Er staat al een klant ingeschreven met dezelfde achternaam en geboortedatum, maar een ander BSN:

{lines}

Is dit dezelfde persoon?</source>
        <translation>A client with the same surname and date of birth, but a different BSN, is already registered:

{lines}

Is this the same person?</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="275"/>
        <source>&amp;Ja, koppel aan deze klant</source>
        <translation>&amp;Yes, link to this client</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="276"/>
        <source>&amp;Nee, nieuwe klant</source>
        <translation>&amp;No, new client</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="277"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="288"/>
        <source>Aanmelding annuleren</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="289"/>
        <source>Wat u hebt ingevuld, wordt weggegooid. Doorgaan?</source>
        <translation>What you have entered will be discarded. Continue?</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="51"/>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="56"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="57"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;To (inclusive)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="58"/>
        <source>&amp;Medewerker</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="59"/>
        <source>A&amp;ctie</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="67"/>
        <source>&amp;Filteren</source>
        <translation>Fi&amp;lter</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="74"/>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="77"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="78"/>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="79"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="80"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="81"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="82"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="83"/>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="102"/>
        <source>Alle medewerkers</source>
        <translation>All staff members</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="125"/>
        <source>{what} · klantnummer {id}</source>
        <translation>{what} · client number {id}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="141"/>
        <source>{n} gebeurtenis(sen); de nieuwste bovenaan.</source>
        <translation>{n} event(s); newest first.</translation>
    </message>
</context>
<context>
    <name>BeheerPage</name>
    <message>
        <location filename="../../src/intake_desktop/ui/beheer_page.py" line="23"/>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/beheer_page.py" line="24"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/beheer_page.py" line="25"/>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="23"/>
        <source>&amp;BSN *</source>
        <translation>&amp;BSN *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="23"/>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="24"/>
        <source>&amp;Voornamen *</source>
        <translation>&amp;First names *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="25"/>
        <source>&amp;Tussenvoegsel</source>
        <translation>Name &amp;prefix</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="25"/>
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="26"/>
        <source>&amp;Achternaam *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="27"/>
        <source>&amp;Geboortedatum *</source>
        <translation>&amp;Date of birth *</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="27"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="28"/>
        <source>&amp;Straat</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="30"/>
        <source>&amp;Postcode</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="30"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="31"/>
        <source>&amp;Woonplaats</source>
        <translation>To&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="32"/>
        <source>&amp;Telefoon</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="32"/>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="33"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="33"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="37"/>
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="56"/>
        <source>toevoeging</source>
        <translation>addition</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="60"/>
        <source>&amp;Huisnummer</source>
        <translation>&amp;House number</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="61"/>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="16"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="17"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="18"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="19"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="20"/>
        <source>Huisnr.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="21"/>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="55"/>
        <source>Gegevens &amp;wijzigen…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="58"/>
        <source>Nieuwe &amp;aanmelding…</source>
        <translation>New &amp;registration…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="70"/>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="75"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="149"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="194"/>
        <source>Toon &amp;BSN</source>
        <translation>Show &amp;BSN</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="78"/>
        <source>Het tonen van het volledige BSN wordt vastgelegd in het auditlog.</source>
        <translation>Showing the full BSN is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="83"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="85"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="86"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="87"/>
        <source>Postcode en woonplaats</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="88"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="90"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="91"/>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="92"/>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="99"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="103"/>
        <source>Aanmeldingen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="105"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="105"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="105"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="116"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="120"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="123"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="123"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="123"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="123"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="160"/>
        <source>nog niet toegewezen</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="162"/>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="165"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="197"/>
        <source>Verberg &amp;BSN</source>
        <translation>Hide &amp;BSN</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../src/intake_desktop/ui/draft_keeper.py" line="47"/>
        <source>Niet-opgeslagen invoer</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/draft_keeper.py" line="49"/>
        <source>Er is invoer die nog niet is opgeslagen (laatst bewaard om {time}). Wilt u daarmee verdergaan?</source>
        <translation>There is input that has not been saved yet (last kept at {time}). Do you want to continue with it?</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="22"/>
        <source>Gegevens wijzigen: {name}</source>
        <translation>Edit details: {name}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="37"/>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="41"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="61"/>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen.</source>
        <translation>Please check the highlighted fields. Nothing has been saved yet.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="31"/>
        <source>Welkom bij Intake Werkplein</source>
        <translation>Welcome to Intake Werkplein</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="36"/>
        <source>Dit is de eerste start: er staan nog geen medewerkers en klanten in de database. Probeer het programma met fictieve demogegevens, of richt het meteen in voor uw organisatie door de eerste beheerder aan te maken.</source>
        <translation>This is the first start: there are no staff members or clients in the database yet. Try out the program with fictitious demo data, or set it up for your organisation straight away by creating the first administrator.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="44"/>
        <source>Uitproberen</source>
        <translation>Try it out</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="48"/>
        <source>Laadt 400 verzonnen klanten en 8 medewerkers. Alle BSN&apos;s komen uit de testreeks (beginnend met 9999). Aanmelden kan daarna als &apos;balie&apos; of &apos;beheerder&apos; met wachtwoord &apos;demo-werkplein&apos;.</source>
        <translation>Loads 400 made-up clients and 8 staff members. All BSNs come from the test range (starting with 9999). You can then sign in as &apos;balie&apos; or &apos;beheerder&apos; with password &apos;demo-werkplein&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="55"/>
        <source>&amp;Demogegevens laden</source>
        <translation>&amp;Load demo data</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="62"/>
        <source>Inrichten: eerste beheerder</source>
        <translation>Set up: first administrator</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="72"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="73"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="74"/>
        <source>&amp;Wachtwoord (min. 8 tekens)</source>
        <translation>&amp;Password (min. 8 characters)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="75"/>
        <source>Wachtwoord &amp;herhalen</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="78"/>
        <source>&amp;Beheerder aanmaken</source>
        <translation>&amp;Create administrator</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="85"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="96"/>
        <source>Demogegevens laden…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="105"/>
        <source>De wachtwoorden verschillen.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="37"/>
        <source>Importeer klanten uit het vorige systeem: een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,) met de kolommen bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, straat, huisnummer, toevoeging, postcode, woonplaats, telefoon, email en gemeente. Klanten waarvan het BSN al bekend is, worden overgeslagen.</source>
        <translation>Import clients from the previous system: a CSV file (UTF-8 or Windows-1252, separated by ; or ,) with the columns bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, straat, huisnummer, toevoeging, postcode, woonplaats, telefoon, email and gemeente. Clients whose BSN is already known are skipped.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="46"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="49"/>
        <source>CSV-bestand</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="51"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="53"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="67"/>
        <source>Afgekeurde regels</source>
        <translation>Rejected lines</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="68"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="68"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="79"/>
        <source>CSV-bestand kiezen</source>
        <translation>Choose CSV file</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="79"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="87"/>
        <source>Kies een bestaand CSV-bestand.</source>
        <translation>Choose an existing CSV file.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="92"/>
        <source>Klanten importeren…</source>
        <translation>Importing clients…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="106"/>
        <source>{rows} regels gelezen: {imported} klanten geïmporteerd, {present} al aanwezig (zelfde BSN), {errors} afgekeurd.</source>
        <translation>{rows} lines read: {imported} clients imported, {present} already present (same BSN), {errors} rejected.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="33"/>
        <source>Intake Werkplein – {gemeente}</source>
        <translation>Intake Werkplein – {gemeente}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="47"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="63"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="65"/>
        <source>Balie</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="68"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="84"/>
        <source>Database: {db} · Alt+1 Balie · Ctrl+F zoeken · Ctrl+N nieuwe aanmelding</source>
        <translation>Database: {db} · Alt+1 Front desk · Ctrl+F search · Ctrl+N new registration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="93"/>
        <source>Intake Werkplein</source>
        <translation>Intake Werkplein</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="172"/>
        <source>Doorverwijzing vastgelegd als anoniem contact.</source>
        <translation>Referral recorded as an anonymous contact.</translation>
    </message>
</context>
<context>
    <name>MeeneembladDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="37"/>
        <source>Wat neemt de klant mee?</source>
        <translation>What does the client bring?</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="41"/>
        <source>De aanmelding is doorgezet naar schuldhulpverlening. Geef {name} dit blad mee: dit neemt de klant mee naar de afspraak.</source>
        <translation>The registration has been forwarded to debt assistance. Give {name} this sheet to take along: it lists what the client should bring to the appointment.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="48"/>
        <source>Mee te nemen papieren</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="53"/>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="56"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="69"/>
        <source>Meeneemblad opslaan</source>
        <translation>Save checklist of what to bring</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="71"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="82"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="83"/>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="71"/>
        <source>Nieuwe medewerker</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="78"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="79"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="80"/>
        <source>Eerste &amp;wachtwoord</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="92"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="95"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="97"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="34"/>
        <source>Klant zoeken</source>
        <translation>Find client</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="39"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="44"/>
        <source>Achternaam, BSN, postcode (1234 AB) of geboortedatum (dd-mm-jjjj)</source>
        <translation>Surname, BSN, postcode (1234 AB) or date of birth (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="46"/>
        <source>Zoeken naar een klant</source>
        <translation>Search for a client</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="50"/>
        <source>&amp;Nieuwe aanmelding</source>
        <translation>&amp;New registration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="52"/>
        <source>Nieuwe aanmelding (Ctrl+N)</source>
        <translation>New registration (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="60"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="100"/>
        <source>Typ een achternaam, BSN, postcode of geboortedatum. Enter opent het dossier; Ctrl+N start een nieuwe aanmelding.</source>
        <translation>Type a surname, BSN, postcode or date of birth. Enter opens the file; Ctrl+N starts a new registration.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="104"/>
        <source>Geen klant gevonden. Nieuwe klant? Kies &apos;Nieuwe aanmelding&apos;.</source>
        <translation>No client found. New client? Choose &apos;New registration&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="106"/>
        <source>De eerste {n} klanten; typ verder om te verfijnen.</source>
        <translation>The first {n} clients; keep typing to narrow down.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="108"/>
        <source>{n} klant(en) gevonden.</source>
        <translation>{n} client(s) found.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="27"/>
        <source>Aanmelden – Intake Werkplein</source>
        <translation>Sign in – Intake Werkplein</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="30"/>
        <source>Intake Werkplein</source>
        <translation>Intake Werkplein</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="39"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="43"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="44"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="45"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="57"/>
        <source>Demo: gebruiker &apos;balie&apos; of &apos;beheerder&apos;, wachtwoord &apos;demo-werkplein&apos;.</source>
        <translation>Demo: user &apos;balie&apos; or &apos;beheerder&apos;, password &apos;demo-werkplein&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="63"/>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="65"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="35"/>
        <source>&amp;Nieuwe medewerker…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="43"/>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="45"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="45"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="45"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="60"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="66"/>
        <source>Het programma is vergrendeld omdat het een tijd niet is gebruikt.
Wat u had ingevuld, staat nog klaar.</source>
        <translation>The program has been locked because it was not used for a while.
What you had entered is still there.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="75"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="77"/>
        <source>&amp;Wachtwoord van {name}</source>
        <translation>&amp;Password for {name}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="86"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="95"/>
        <source>Dat wachtwoord klopt niet.</source>
        <translation>That password is incorrect.</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="41"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>aanmelding</name>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="8"/>
        <source>Balie</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="9"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="10"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="19"/>
        <source>Intake: werk, inkomen, inburgering of participatie</source>
        <translation>Intake: work, income, civic integration or participation</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="22"/>
        <source>Alleen schulden: schuldhulpverlening</source>
        <translation>Debts only: debt assistance</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="23"/>
        <source>Zelfstandige met geldzorgen: inkomensconsulent Bbz</source>
        <translation>Self-employed with money worries: Bbz income consultant</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="26"/>
        <source>Andere dienst of partner (geen dossier)</source>
        <translation>Other service or partner (no file)</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="30"/>
        <source>Wacht op poortwachter</source>
        <translation>Waiting for poortwachter</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="31"/>
        <source>In screening</source>
        <translation>In screening</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="32"/>
        <source>Wacht op quickscan</source>
        <translation>Waiting for quickscan</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="33"/>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="34"/>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="49"/>
        <source>Afspraak schuldhulpverlening inplannen</source>
        <translation>Schedule debt assistance appointment</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="53"/>
        <source>Contact opnemen: zelfstandige met geldzorgen (Bbz)</source>
        <translation>Get in touch: self-employed with money worries (Bbz)</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="20"/>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>Username or password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="73"/>
        <source>Gebruik letters en cijfers (eventueel . of -).</source>
        <translation>Use letters and digits (optionally . or -).</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="77"/>
        <source>Deze gebruikersnaam bestaat al.</source>
        <translation>This username already exists.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="79"/>
        <source>Vul de naam in.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="81"/>
        <source>Een wachtwoord heeft minstens 8 tekens.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="85"/>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="94"/>
        <source>Er bestaat al een beheerder.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="97"/>
        <source>Het eerste account moet een beheerder zijn.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="101"/>
        <source>Alleen een beheerder maakt accounts aan.</source>
        <translation>Only an administrator can create accounts.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="32"/>
        <source>Dossier bekeken</source>
        <translation>File viewed</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="33"/>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="34"/>
        <source>Gewijzigd</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="35"/>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="36"/>
        <source>BSN getoond</source>
        <translation>BSN shown</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="37"/>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="38"/>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="39"/>
        <source>Geïmporteerd</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="40"/>
        <source>Aangemeld</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="41"/>
        <source>Aanmelden mislukt</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="42"/>
        <source>Ontgrendelen mislukt</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="46"/>
        <source>klant</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="47"/>
        <source>aanmelding</source>
        <translation>registration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="48"/>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="49"/>
        <source>meeneemblad</source>
        <translation>checklist of what to bring</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="95"/>
        <source>Alleen een beheerder mag het auditlog bekijken.</source>
        <translation>Only an administrator may view the audit log.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../src/intake_desktop/ui/background.py" line="42"/>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="118"/>
        <source>Kies hoe de klant zich meldt.</source>
        <translation>Choose how the client made contact.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="120"/>
        <source>Kies waar de klant naartoe gaat.</source>
        <translation>Choose where the client is going.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="122"/>
        <source>Schrijf de vraag van de klant op.</source>
        <translation>Write down the client&apos;s question.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="124"/>
        <source>Kies of typ naar wie de klant is doorverwezen.</source>
        <translation>Choose or type who the client has been referred to.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="172"/>
        <source>Deze klant bestaat niet meer.</source>
        <translation>This client no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="306"/>
        <source>Klant ingeschreven</source>
        <translation>Client registered</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="314"/>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="325"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="335"/>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="347"/>
        <source>Klantmanager toegewezen</source>
        <translation>Klantmanager assigned</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="360"/>
        <location filename="../../src/intake_desktop/services/clients.py" line="429"/>
        <source>Deze klant bestaat niet (meer).</source>
        <translation>This client does not exist (anymore).</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="436"/>
        <source>Een andere klant heeft dit BSN al.</source>
        <translation>Another client already has this BSN.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/client_status.py" line="6"/>
        <source>Aangemeld</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/client_status.py" line="7"/>
        <source>In intake</source>
        <translation>In intake</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/client_status.py" line="8"/>
        <source>In traject</source>
        <translation>On a traject</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/client_status.py" line="9"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/intake_desktop/ui/app.py" line="102"/>
        <source>Configuratie klopt niet</source>
        <translation>Configuration is incorrect</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/app.py" line="108"/>
        <source>Database niet beschikbaar</source>
        <translation>Database not available</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/app.py" line="109"/>
        <source>De database kon niet worden geopend ({kind}). Zie het logboek:
{path}</source>
        <translation>The database could not be opened ({kind}). See the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/errors.py" line="25"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/errors.py" line="26"/>
        <source>Er ging onverwacht iets mis. Wat u had ingevuld, is zoveel mogelijk bewaard. De fout is vastgelegd in het logboek:
{path}</source>
        <translation>Something unexpectedly went wrong. What you had entered has been kept as far as possible. The error has been recorded in the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/errors.py" line="33"/>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/errors.py" line="35"/>
        <source>Deze gegevens zijn intussen gewijzigd door {who}. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het scherm. Open het dossier opnieuw om de nieuwe gegevens te zien.</source>
        <translation>This data has meanwhile been changed by {who}. Your changes have not been saved, but are still on the screen. Open the file again to see the new data.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="68"/>
        <source>Import afgebroken: er is niets opgeslagen.</source>
        <translation>Import aborted: nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="117"/>
        <source>De kopregel mist de kolom(men): {columns}. Zie de README voor het formaat.</source>
        <translation>The header row is missing the column(s): {columns}. See the README for the format.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="139"/>
        <source>Alleen een beheerder mag klanten importeren.</source>
        <translation>Only an administrator may import clients.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="148"/>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="179"/>
        <source>onbekende code &apos;{code}&apos;.</source>
        <translation>unknown code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="196"/>
        <source>staat ook al op regel {line} van dit bestand.</source>
        <translation>is also on line {line} of this file.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="17"/>
        <source>Baliemedewerker</source>
        <translation>Front desk employee</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="18"/>
        <source>Poortwachter</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="19"/>
        <source>Wisselwachter / intaker</source>
        <translation>Wisselwachter / intake officer</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="20"/>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="21"/>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="22"/>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="12"/>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="13"/>
        <source>Een BSN heeft 9 cijfers.</source>
        <translation>A BSN has 9 digits.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="14"/>
        <source>Dit BSN klopt niet: de elfproef mislukt. Controleer de cijfers.</source>
        <translation>This BSN is not valid: the eleven test (elfproef) fails. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="17"/>
        <source>Vul een postcode in als 1234 AB.</source>
        <translation>Enter a postcode like 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="18"/>
        <source>Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-1980.</source>
        <translation>Enter the date as dd-mm-yyyy, for example 05-03-1980.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="21"/>
        <source>Deze datum bestaat niet. Controleer dag en maand.</source>
        <translation>This date does not exist. Check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="24"/>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="25"/>
        <source>Deze geboortedatum ligt meer dan 120 jaar terug.</source>
        <translation>This date of birth is more than 120 years ago.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="28"/>
        <source>Vul een e-mailadres in als naam@voorbeeld.nl.</source>
        <translation>Enter an e-mail address like name@example.nl.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="29"/>
        <source>Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678.</source>
        <translation>Enter a phone number of 10 digits, for example 06 12345678.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="32"/>
        <source>Een huisnummer begint met een cijfer.</source>
        <translation>A house number starts with a digit.</translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="33"/>
        <source>Een naam bevat letters; cijfers horen hier niet.</source>
        <translation>A name contains letters; digits do not belong here.</translation>
    </message>
</context>
</TS>
