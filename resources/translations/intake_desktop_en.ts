<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AanmeldingDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="50"/>
        <source>Nieuwe aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="68"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="73"/>
        <source>&amp;Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="76"/>
        <source>De vraag van de klant, in eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="79"/>
        <source>&amp;Vraag van de klant *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="84"/>
        <source>&amp;Route *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="96"/>
        <source>&amp;Doorverwezen naar *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="101"/>
        <source>Klantgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="110"/>
        <source>Aanmelding voor bestaande klant: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="123"/>
        <source>Voor een doorverwijzing naar een andere dienst wordt geen klantdossier gemaakt. Het contact telt alleen anoniem mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="133"/>
        <source>Aanmelding &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="137"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="181"/>
        <source>Deze klant staat al ingeschreven: {name}, geboren {born}. De aanmelding wordt aan het bestaande dossier gekoppeld; de gegevens hieronder worden niet overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="215"/>
        <source>Niet-afgemaakte aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="217"/>
        <source>Er is een aanmelding die nog niet is opgeslagen (laatst bewaard om {time}). Wilt u daarmee verdergaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="280"/>
        <source>Controleer de gemarkeerde velden ({count}). Er is nog niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="294"/>
        <source>Is dit dezelfde persoon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="297"/>
        <source>Er staat al een klant ingeschreven met dezelfde achternaam en geboortedatum, maar een ander BSN:

{lines}

Is dit dezelfde persoon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="302"/>
        <source>&amp;Ja, koppel aan deze klant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="303"/>
        <source>&amp;Nee, nieuwe klant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="304"/>
        <source>&amp;Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="315"/>
        <source>Aanmelding annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/aanmelding_dialog.py" line="316"/>
        <source>Wat u hebt ingevuld, wordt weggegooid. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="51"/>
        <source>Alle acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="56"/>
        <source>&amp;Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="57"/>
        <source>&amp;Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="58"/>
        <source>&amp;Medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="59"/>
        <source>A&amp;ctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="67"/>
        <source>&amp;Filteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="74"/>
        <source>Auditlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="77"/>
        <source>Tijdstip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="78"/>
        <source>Medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="79"/>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="80"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="81"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="82"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="83"/>
        <source>Werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="102"/>
        <source>Alle medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="125"/>
        <source>{what} · klantnummer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/audit_view.py" line="141"/>
        <source>{n} gebeurtenis(sen); de nieuwste bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeheerPage</name>
    <message>
        <location filename="../../src/intake_desktop/ui/beheer_page.py" line="23"/>
        <source>Auditlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/beheer_page.py" line="24"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/beheer_page.py" line="25"/>
        <source>Medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="23"/>
        <source>&amp;BSN *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="23"/>
        <source>9 cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="24"/>
        <source>&amp;Voornamen *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="25"/>
        <source>&amp;Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="25"/>
        <source>bijv. van der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="26"/>
        <source>&amp;Achternaam *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="27"/>
        <source>&amp;Geboortedatum *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="27"/>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="28"/>
        <source>&amp;Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="30"/>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="30"/>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="31"/>
        <source>&amp;Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="32"/>
        <source>&amp;Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="32"/>
        <source>06 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="33"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="33"/>
        <source>naam@voorbeeld.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="37"/>
        <source>Ge&amp;meente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="56"/>
        <source>toevoeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="60"/>
        <source>&amp;Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_form.py" line="61"/>
        <source>Toevoeging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="16"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="17"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="18"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="19"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="20"/>
        <source>Huisnr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/client_table_model.py" line="21"/>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="54"/>
        <source>Gegevens &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="57"/>
        <source>Nieuwe &amp;aanmelding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="69"/>
        <source>Persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="74"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="147"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="191"/>
        <source>Toon &amp;BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="77"/>
        <source>Het tonen van het volledige BSN wordt vastgelegd in het auditlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="82"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="84"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="85"/>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="86"/>
        <source>Postcode en woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="87"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="88"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="89"/>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="90"/>
        <source>Klantmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="91"/>
        <source>Klantgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="98"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="102"/>
        <source>Aanmeldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="104"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="104"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="104"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="115"/>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="119"/>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="122"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="122"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="122"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="122"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="158"/>
        <source>nog niet toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="160"/>
        <source>nog niet gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="162"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/dossier_view.py" line="194"/>
        <source>Verberg &amp;BSN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="21"/>
        <source>Gegevens wijzigen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="36"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="40"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/edit_client_dialog.py" line="54"/>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="31"/>
        <source>Welkom bij Intake Werkplein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="36"/>
        <source>Dit is de eerste start: er staan nog geen medewerkers en klanten in de database. Probeer het programma met fictieve demogegevens, of richt het meteen in voor uw organisatie door de eerste beheerder aan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="44"/>
        <source>Uitproberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="48"/>
        <source>Laadt 400 verzonnen klanten en 8 medewerkers. Alle BSN&apos;s komen uit de testreeks (beginnend met 9999). Aanmelden kan daarna als &apos;balie&apos; of &apos;beheerder&apos; met wachtwoord &apos;demo-werkplein&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="55"/>
        <source>&amp;Demogegevens laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="62"/>
        <source>Inrichten: eerste beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="72"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="73"/>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="74"/>
        <source>&amp;Wachtwoord (min. 8 tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="75"/>
        <source>Wachtwoord &amp;herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="78"/>
        <source>&amp;Beheerder aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="85"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="96"/>
        <source>Demogegevens laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/first_run_dialog.py" line="105"/>
        <source>De wachtwoorden verschillen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="37"/>
        <source>Importeer klanten uit het vorige systeem: een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,) met de kolommen bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, straat, huisnummer, toevoeging, postcode, woonplaats, telefoon, email en gemeente. Klanten waarvan het BSN al bekend is, worden overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="46"/>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="49"/>
        <source>CSV-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="51"/>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="53"/>
        <source>&amp;Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="67"/>
        <source>Afgekeurde regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="68"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="68"/>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="79"/>
        <source>CSV-bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="79"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="87"/>
        <source>Kies een bestaand CSV-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="92"/>
        <source>Klanten importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/import_view.py" line="106"/>
        <source>{rows} regels gelezen: {imported} klanten geïmporteerd, {present} al aanwezig (zelfde BSN), {errors} afgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="34"/>
        <source>Intake Werkplein – {gemeente}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="48"/>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="64"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="66"/>
        <source>Balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="69"/>
        <source>Beheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="85"/>
        <source>Database: {db} · Alt+1 Balie · Ctrl+F zoeken · Ctrl+N nieuwe aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="94"/>
        <source>Intake Werkplein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/main_window.py" line="171"/>
        <source>Doorverwijzing vastgelegd als anoniem contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeeneembladDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="37"/>
        <source>Wat neemt de klant mee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="41"/>
        <source>De aanmelding is doorgezet naar schuldhulpverlening. Geef {name} dit blad mee: dit neemt de klant mee naar de afspraak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="48"/>
        <source>Mee te nemen papieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="53"/>
        <source>&amp;Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="56"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="69"/>
        <source>Meeneemblad opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="71"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="82"/>
        <source>Opslaan mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/meeneemblad_dialog.py" line="83"/>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="71"/>
        <source>Nieuwe medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="78"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="79"/>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="80"/>
        <source>Eerste &amp;wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="92"/>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="95"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="97"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="34"/>
        <source>Klant zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="39"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="44"/>
        <source>Achternaam, BSN, postcode (1234 AB) of geboortedatum (dd-mm-jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="46"/>
        <source>Zoeken naar een klant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="50"/>
        <source>&amp;Nieuwe aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="52"/>
        <source>Nieuwe aanmelding (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="60"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="100"/>
        <source>Typ een achternaam, BSN, postcode of geboortedatum. Enter opent het dossier; Ctrl+N start een nieuwe aanmelding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="104"/>
        <source>Geen klant gevonden. Nieuwe klant? Kies &apos;Nieuwe aanmelding&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="106"/>
        <source>De eerste {n} klanten; typ verder om te verfijnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/search_panel.py" line="108"/>
        <source>{n} klant(en) gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="27"/>
        <source>Aanmelden – Intake Werkplein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="30"/>
        <source>Intake Werkplein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="39"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="43"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="44"/>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="45"/>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="57"/>
        <source>Demo: gebruiker &apos;balie&apos; of &apos;beheerder&apos;, wachtwoord &apos;demo-werkplein&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="63"/>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/sign_in_dialog.py" line="65"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="35"/>
        <source>&amp;Nieuwe medewerker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="43"/>
        <source>Medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="45"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="45"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/staff_view.py" line="45"/>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="60"/>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="66"/>
        <source>Het programma is vergrendeld omdat het een tijd niet is gebruikt.
Wat u had ingevuld, staat nog klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="75"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="77"/>
        <source>&amp;Wachtwoord van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="86"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="95"/>
        <source>Dat wachtwoord klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../src/intake_desktop/ui/idle_lock.py" line="41"/>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aanmelding</name>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="8"/>
        <source>Balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="9"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="10"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="19"/>
        <source>Intake: werk, inkomen, inburgering of participatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="22"/>
        <source>Alleen schulden: schuldhulpverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="23"/>
        <source>Zelfstandige met geldzorgen: inkomensconsulent Bbz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="26"/>
        <source>Andere dienst of partner (geen dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="30"/>
        <source>Wacht op poortwachter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="31"/>
        <source>In screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="32"/>
        <source>Wacht op quickscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="33"/>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="34"/>
        <source>Doorverwezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="49"/>
        <source>Afspraak schuldhulpverlening inplannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/aanmelding.py" line="53"/>
        <source>Contact opnemen: zelfstandige met geldzorgen (Bbz)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="20"/>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="73"/>
        <source>Gebruik letters en cijfers (eventueel . of -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="77"/>
        <source>Deze gebruikersnaam bestaat al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="79"/>
        <source>Vul de naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="81"/>
        <source>Een wachtwoord heeft minstens 8 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="85"/>
        <source>Kies minstens één rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="94"/>
        <source>Er bestaat al een beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="97"/>
        <source>Het eerste account moet een beheerder zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/accounts.py" line="101"/>
        <source>Alleen een beheerder maakt accounts aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="32"/>
        <source>Dossier bekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="33"/>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="34"/>
        <source>Gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="35"/>
        <source>Verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="36"/>
        <source>BSN getoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="37"/>
        <source>Afgedrukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="38"/>
        <source>Geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="39"/>
        <source>Geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="40"/>
        <source>Aangemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="41"/>
        <source>Aanmelden mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="42"/>
        <source>Ontgrendelen mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="46"/>
        <source>klant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="47"/>
        <source>aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="48"/>
        <source>medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="49"/>
        <source>meeneemblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/audit.py" line="95"/>
        <source>Alleen een beheerder mag het auditlog bekijken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../src/intake_desktop/ui/background.py" line="42"/>
        <source>Afbreken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="118"/>
        <source>Kies hoe de klant zich meldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="120"/>
        <source>Kies waar de klant naartoe gaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="122"/>
        <source>Schrijf de vraag van de klant op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="124"/>
        <source>Kies of typ naar wie de klant is doorverwezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="172"/>
        <source>Deze klant bestaat niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="306"/>
        <source>Klant ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="314"/>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="325"/>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="335"/>
        <source>Klantgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="347"/>
        <source>Klantmanager toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="360"/>
        <location filename="../../src/intake_desktop/services/clients.py" line="429"/>
        <source>Deze klant bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/clients.py" line="436"/>
        <source>Een andere klant heeft dit BSN al.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/intake_desktop/ui/app.py" line="89"/>
        <source>Configuratie klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/app.py" line="95"/>
        <source>Database niet beschikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/app.py" line="96"/>
        <source>De database kon niet worden geopend ({kind}). Zie het logboek:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/errors.py" line="25"/>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/ui/errors.py" line="26"/>
        <source>Er ging onverwacht iets mis. Wat u had ingevuld, is zoveel mogelijk bewaard. De fout is vastgelegd in het logboek:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/errors.py" line="33"/>
        <source>een collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/errors.py" line="35"/>
        <source>Deze gegevens zijn intussen gewijzigd door {who}. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het scherm. Open het dossier opnieuw om de nieuwe gegevens te zien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="68"/>
        <source>Import afgebroken: er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="109"/>
        <source>De kopregel mist de kolom(men): {columns}. Zie de README voor het formaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="131"/>
        <source>Alleen een beheerder mag klanten importeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="140"/>
        <source>Het bestand is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="168"/>
        <source>gemeente: onbekende code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/services/importer.py" line="181"/>
        <source>BSN: staat ook al op regel {line} van dit bestand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="17"/>
        <source>Baliemedewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="18"/>
        <source>Poortwachter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="19"/>
        <source>Wisselwachter / intaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="20"/>
        <source>Klantmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="21"/>
        <source>Teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/roles.py" line="22"/>
        <source>Beheerder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="12"/>
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="13"/>
        <source>Een BSN heeft 9 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="14"/>
        <source>Dit BSN klopt niet: de elfproef mislukt. Controleer de cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="17"/>
        <source>Vul een postcode in als 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="18"/>
        <source>Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-1980.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="21"/>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="22"/>
        <source>Deze geboortedatum ligt meer dan 120 jaar terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="25"/>
        <source>Vul een e-mailadres in als naam@voorbeeld.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="26"/>
        <source>Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="29"/>
        <source>Een huisnummer begint met een cijfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/intake_desktop/domain/validation.py" line="30"/>
        <source>Een naam bevat letters; cijfers horen hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
