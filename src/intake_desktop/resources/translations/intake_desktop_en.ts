<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AanmeldingDialog</name>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <source>De vraag van de klant, in eigen woorden</source>
        <translation>The client&apos;s question, in their own words</translation>
    </message>
    <message>
        <source>&amp;Vraag van de klant *</source>
        <translation>Client&apos;s &amp;question *</translation>
    </message>
    <message>
        <source>&amp;Route *</source>
        <translation>Ro&amp;ute *</translation>
    </message>
    <message>
        <source>&amp;Doorverwezen naar *</source>
        <translation>&amp;Referred to *</translation>
    </message>
    <message>
        <source>Klantgegevens</source>
        <translation>Client details</translation>
    </message>
    <message>
        <source>Aanmelding voor bestaande klant: {name}</source>
        <translation>Registration for existing client: {name}</translation>
    </message>
    <message>
        <source>Deze klant staat al ingeschreven: {name}, geboren {born}. De aanmelding wordt aan het bestaande dossier gekoppeld; alleen het contact hierboven is nodig.</source>
        <translation>This client is already registered: {name}, born {born}. The registration is linked to the existing file; only the contact above is needed.</translation>
    </message>
    <message>
        <source>Voor een doorverwijzing naar een andere dienst wordt geen klantdossier gemaakt. Het contact telt alleen anoniem mee.</source>
        <translation>No client file is created for a referral to another service. The contact is only counted anonymously.</translation>
    </message>
    <message>
        <source>Aanmelding &amp;opslaan</source>
        <translation>Save re&amp;gistration</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden ({count}). Er is nog niets opgeslagen.</source>
        <translation>Please check the highlighted fields ({count}). Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>geboren</source>
        <translation>born</translation>
    </message>
    <message>
        <source>Is dit dezelfde persoon?</source>
        <translation>Is this the same person?</translation>
    </message>
    <message>
        <source>Er staat al een klant ingeschreven met dezelfde achternaam en geboortedatum, maar een ander BSN:

{lines}

Is dit dezelfde persoon?</source>
        <translation>A client with the same surname and date of birth, but a different BSN, is already registered:

{lines}

Is this the same person?</translation>
    </message>
    <message>
        <source>&amp;Ja, koppel aan deze klant</source>
        <translation>&amp;Yes, link to this client</translation>
    </message>
    <message>
        <source>&amp;Nee, nieuwe klant</source>
        <translation>&amp;No, new client</translation>
    </message>
    <message>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Aanmelding annuleren</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>Wat u hebt ingevuld, wordt weggegooid. Doorgaan?</source>
        <translation>What you have entered will be discarded. Continue?</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Afwezigheid toevoegen</source>
        <translation>Add absence</translation>
    </message>
    <message>
        <source>bijvoorbeeld verlof, cursus</source>
        <translation>for example leave, course</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;To (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activiteit of dienst</source>
        <translation>Activity or service</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (alleen bij een externe aanbieder)</source>
        <translation>dd-mm-yyyy (only for an external provider)</translation>
    </message>
    <message>
        <source>&amp;Dienst *</source>
        <translation>&amp;Service *</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Intern of extern</source>
        <translation>&amp;Internal or external</translation>
    </message>
    <message>
        <source>&amp;Wie voert uit</source>
        <translation>&amp;Who carries it out</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Until (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Rapportage uiterlijk</source>
        <translation>&amp;Report due by</translation>
    </message>
    <message>
        <source>Kies een dienst uit het productenboek.</source>
        <translation>Choose a service from the services catalogue.</translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>AfsluitingDialog</name>
    <message>
        <source>Traject afsluiten: {name}</source>
        <translation>Close the traject: {name}</translation>
    </message>
    <message>
        <source>Traject afsluiten</source>
        <translation>Close the traject</translation>
    </message>
    <message>
        <source>Klantgroep: {group}</source>
        <translation>Klantgroep: {group}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Klantmanager: {name}</source>
        <translation>Klantmanager: {name}</translation>
    </message>
    <message>
        <source>Trajectplan: {status}</source>
        <translation>Trajectplan: {status}</translation>
    </message>
    <message>
        <source>Nog geen trajectplan</source>
        <translation>No trajectplan yet</translation>
    </message>
    <message>
        <source>Kies een reden…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>&amp;Reden *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Datum van afsluiting *</source>
        <translation>&amp;Date of closure *</translation>
    </message>
    <message>
        <source>Bij werk: de eerste werkdag; de nazorg telt vanaf dan.</source>
        <translation>For work: the first working day; aftercare counts from then.</translation>
    </message>
    <message>
        <source>Kies een sector…</source>
        <translation>Choose a sector…</translation>
    </message>
    <message>
        <source>&amp;Sector *</source>
        <translation>&amp;Sector *</translation>
    </message>
    <message>
        <source>Niet ingevuld</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>&amp;Uren per week *</source>
        <translation>&amp;Hours per week *</translation>
    </message>
    <message>
        <source>De teamleider wijst een inkomensconsulent aan</source>
        <translation>The team leader appoints an income consultant</translation>
    </message>
    <message>
        <source>&amp;Inkomensconsulent</source>
        <translation>&amp;Income consultant</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: werkgever, functie, afspraken</source>
        <translation>For example: employer, job, agreements</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>Traject &amp;afsluiten (Ctrl+S)</source>
        <translation>&amp;Close the traject (Ctrl+S)</translation>
    </message>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Het traject is afgesloten.</source>
        <translation>The traject has been closed.</translation>
    </message>
    <message>
        <source>{n} nazorgtaken staan klaar, de eerste op {date}.</source>
        <translation>{n} aftercare tasks are ready, the first on {date}.</translation>
    </message>
    <message>
        <source>De overdracht staat in de werkvoorraad van {name}.</source>
        <translation>The hand-over is in the work list of {name}.</translation>
    </message>
    <message>
        <source>de teamleiders</source>
        <translation>the team leaders</translation>
    </message>
    <message>
        <source>Afspraken geannuleerd: {a}. Open taken vervallen: {t}.</source>
        <translation>Appointments cancelled: {a}. Open tasks lapsed: {t}.</translation>
    </message>
    <message>
        <source>Een collega heeft het traject intussen afgesloten.</source>
        <translation>A colleague has closed the traject meanwhile.</translation>
    </message>
    <message>
        <source>{who} heeft de klant of het trajectplan intussen gewijzigd. Er is nog niets opgeslagen. Het scherm toont nu de nieuwe gegevens en wat u invulde staat er nog: kijk het na (ook de uitkomst per doel) en sla opnieuw op.</source>
        <translation>{who} has changed the client or the trajectplan meanwhile. Nothing has been saved yet. The screen now shows the new details and what you filled in is still there: check it (including the outcome per goal) and save again.</translation>
    </message>
    <message>
        <source>Een collega</source>
        <translation>A colleague</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Dag:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meenemen</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>&amp;Niet verschenen</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <source>&amp;Gehouden</source>
        <translation>&amp;Held</translation>
    </message>
    <message>
        <source>&amp;Bevestiging…</source>
        <translation>&amp;Confirmation…</translation>
    </message>
    <message>
        <source>De bevestigingsbrief van de gekozen afspraak bekijken, afdrukken of opslaan</source>
        <translation>View, print or save the confirmation letter for the selected appointment</translation>
    </message>
    <message>
        <source>Niet verschenen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Vastleggen dat {name} niet is verschenen op de afspraak van {time}?</source>
        <translation>Record that {name} did not attend the appointment at {time}?</translation>
    </message>
    <message>
        <source>Bevestiging</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Bevestiging afspraak – {name}</source>
        <translation>Appointment confirmation – {name}</translation>
    </message>
</context>
<context>
    <name>AmbitieDomainsStep</name>
    <message>
        <source>Uit de quickscan: {q}</source>
        <translation>From the quickscan: {q}</translation>
    </message>
    <message>
        <source>Participatieladder</source>
        <translation>Participation ladder</translation>
    </message>
    <message>
        <source>&amp;Trede nu *</source>
        <translation>Current &amp;rung *</translation>
    </message>
    <message>
        <source>T&amp;rede die de klant wil bereiken *</source>
        <translation>Rung the client &amp;wants to reach *</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Al besproken: {said} (behoefte: {need})</source>
        <translation>Already discussed: {said} (need: {need})</translation>
    </message>
    <message>
        <source>Niet gescoord</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Zelfredzaamheid</source>
        <translation>Self-reliance</translation>
    </message>
    <message>
        <source>Observatie intaker</source>
        <translation>Intake officer&apos;s observation</translation>
    </message>
    <message>
        <source>Wat de klant zelf zegt</source>
        <translation>What the client says themselves</translation>
    </message>
</context>
<context>
    <name>AmbitieStrengthsStep</name>
    <message>
        <source>Werkervaring, opleiding, vrijwilligerswerk, hobby&apos;s</source>
        <translation>Work experience, education, volunteering, hobbies</translation>
    </message>
    <message>
        <source>&amp;Sterktes en interesses</source>
        <translation>&amp;Strengths and interests</translation>
    </message>
    <message>
        <source>&amp;Belemmeringen</source>
        <translation>&amp;Obstacles</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Uitkeringsduur</source>
        <translation>&amp;Time on benefit</translation>
    </message>
    <message>
        <source>Signalen van s&amp;tress</source>
        <translation>Signs of str&amp;ess</translation>
    </message>
</context>
<context>
    <name>AmbitiegesprekDialog</name>
    <message>
        <source>Ambitiegesprek: {name}</source>
        <translation>Ambitiegesprek: {name}</translation>
    </message>
    <message>
        <source>Stap 1 van 3: leefgebieden en participatieladder</source>
        <translation>Step 1 of 3: life domains and participation ladder</translation>
    </message>
    <message>
        <source>Stap 2 van 3: sterktes en belemmeringen</source>
        <translation>Step 2 of 3: strengths and obstacles</translation>
    </message>
    <message>
        <source>Stap 3 van 3: klantgroep, rechten en plichten</source>
        <translation>Step 3 of 3: klantgroep, rights and duties</translation>
    </message>
    <message>
        <source>&amp;Afronden (Ctrl+Enter)</source>
        <translation>&amp;Finish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Verder (Ctrl+Enter)</source>
        <translation>&amp;Next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen; uw invoer is bewaard.</source>
        <translation>Please check the highlighted fields. Nothing has been saved yet; your input has been kept.</translation>
    </message>
    <message>
        <source>Klantgroep {group} vastgelegd. Afspraken gepland: {a}.</source>
        <translation>Klantgroep {group} recorded. Appointments scheduled: {a}.</translation>
    </message>
    <message>
        <source>De keuze wijkt af van het advies; dat komt terug in het eerste voortgangsgesprek.</source>
        <translation>The choice differs from the advice; this will be discussed again in the first progress talk.</translation>
    </message>
    <message>
        <source>De keuze wijkt af van het advies; dat komt terug in het gesprek met de werkcoach na de kick-off.</source>
        <translation>The choice differs from the advice; it comes back in the talk with the werkcoach after the kick-off.</translation>
    </message>
    <message>
        <source>De keuze wijkt af van het advies; dat komt terug in het eerstvolgende gesprek met de klant.</source>
        <translation>The choice differs from the advice; it comes back in the next talk with the client.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Antwoord van {partner}</source>
        <translation>Answer from {partner}</translation>
    </message>
    <message>
        <source>Gevraagd: {question}</source>
        <translation>Asked: {question}</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Antwoord *</source>
        <translation>&amp;Answer *</translation>
    </message>
    <message>
        <source>Wat kwam eruit, of waarom weigerde de partner?</source>
        <translation>What came of it, or why did the partner refuse?</translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Klantmanager toewijzen: {name}</source>
        <translation>Assign klantmanager: {name}</translation>
    </message>
    <message>
        <source>nog niet toegewezen</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>{name} (werkt hier niet meer)</source>
        <translation>{name} (no longer works here)</translation>
    </message>
    <message>
        <source>Nu: {current}</source>
        <translation>Currently: {current}</translation>
    </message>
    <message>
        <source>&amp;Toewijzen (Ctrl+S)</source>
        <translation>&amp;Assign (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;Keten controleren</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Gaat na of geen auditregel na het vastleggen is gewijzigd of verwijderd.</source>
        <translation>Checks that no audit row was changed or deleted after it was recorded.</translation>
    </message>
    <message>
        <source>Logboek e&amp;xporteren…</source>
        <translation>E&amp;xport processing log…</translation>
    </message>
    <message>
        <source>Het Logboek Dataverwerkingen als JSON-regels voor de logdienst van de gemeente: per verwerking één regel, de klant als pseudoniem.</source>
        <translation>The data processing log (Logboek Dataverwerkingen) as JSON lines for the municipality&apos;s log service: one line per processing, the client as a pseudonym.</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>klantnummer of naam</source>
        <translation>client number or name</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;To (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Medewerker</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <source>A&amp;ctie</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>K&amp;lant</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Filteren</source>
        <translation>Fi&amp;lter</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Alle medewerkers</source>
        <translation>All staff members</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>De keten van het auditlogboek wordt nagegaan…</source>
        <translation>Verifying the audit log chain…</translation>
    </message>
    <message>
        <source>Logboek exporteren</source>
        <translation>Export processing log</translation>
    </message>
    <message>
        <source>{n} logboekregel(s) geschreven naar {path}.</source>
        <translation>{n} log record(s) written to {path}.</translation>
    </message>
    <message>
        <source>Het logboek wordt geëxporteerd…</source>
        <translation>Exporting the processing log…</translation>
    </message>
    <message>
        <source>De keten is heel: {n} schakels nagegaan. Laatste schakel {seq}, hash {hash}.</source>
        <translation>The chain is intact: {n} links verified. Last link {seq}, hash {hash}.</translation>
    </message>
    <message>
        <source>De keten is gebroken bij schakel {seq}: {reason}.</source>
        <translation>The chain is broken at link {seq}: {reason}.</translation>
    </message>
    <message>
        <source>De keten is gebroken: {reason}.</source>
        <translation>The chain is broken: {reason}.</translation>
    </message>
    <message>
        <source>Auditregel {id}.</source>
        <translation>Audit row {id}.</translation>
    </message>
    <message>
        <source>{what} · {name} (klantnummer {id})</source>
        <translation>{what} · {name} (client number {id})</translation>
    </message>
    <message>
        <source>{what} · klantnummer {id}</source>
        <translation>{what} · client number {id}</translation>
    </message>
    <message>
        <source>De nieuwste {n} gebeurtenissen; er zijn er meer. Verfijn het filter.</source>
        <translation>The newest {n} events; there are more. Narrow the filter.</translation>
    </message>
    <message>
        <source>{n} gebeurtenis(sen); de nieuwste bovenaan.</source>
        <translation>{n} event(s); newest first.</translation>
    </message>
</context>
<context>
    <name>BeheerPage</name>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Vernietiging</source>
        <translation>Destruction</translation>
    </message>
</context>
<context>
    <name>CaseloadChart</name>
    <message>
        <source>Nog geen klantgroep</source>
        <translation>No klantgroep yet</translation>
    </message>
    <message>
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <source>Caseload per klantmanager, per klantgroep</source>
        <translation>Caseload per klantmanager, per klantgroep</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Mijn caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <source>&amp;Klantmanager:</source>
        <translation>&amp;Klantmanager:</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de lijst:</source>
        <translation>&amp;Find in the list:</translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enter opent het dossier van de geselecteerde klant</source>
        <translation>Enter opens the file of the selected client</translation>
    </message>
    <message>
        <source>&amp;Meenemen voor huisbezoek…</source>
        <translation>&amp;Take along for home visit…</translation>
    </message>
    <message>
        <source>Klanten versleuteld op deze laptop zetten, om zonder netwerk te werken</source>
        <translation>Put clients on this laptop, encrypted, to work without a network</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Volgend voortgangsgesprek</source>
        <translation>Next progress talk</translation>
    </message>
    <message>
        <source>Open taken</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Caseload van {name}</source>
        <translation>Caseload of {name}</translation>
    </message>
    <message>
        <source>{n} klanten · {late} met een taak te laat</source>
        <translation>{n} clients · {late} with an overdue task</translation>
    </message>
    <message>
        <source>ACUUT</source>
        <translation>ACUTE</translation>
    </message>
    <message>
        <source>keuze wijkt af van advies</source>
        <translation>choice differs from the advice</translation>
    </message>
    <message>
        <source>{n} te laat</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Meenemen voor huisbezoek</source>
        <translation>Take along for home visit</translation>
    </message>
    <message>
        <source>Vink de klanten aan die u meeneemt. Hun dossiers gaan versleuteld mee op deze laptop. Zonder netwerk opent het programma dan deze klanten; wat u vastlegt, gaat bij Synchroniseren naar de server.</source>
        <translation>Tick the clients you are taking along. Their files go with you on this laptop, encrypted. Without a network the program then opens these clients; what you record goes to the server when you synchronise.</translation>
    </message>
    <message>
        <source>&amp;Klanten (spatiebalk: aan- of uitvinken):</source>
        <translation>&amp;Clients (space bar: tick or untick):</translation>
    </message>
    <message>
        <source>Klanten om mee te nemen</source>
        <translation>Clients to take along</translation>
    </message>
    <message>
        <source>&amp;Hele caseload</source>
        <translation>&amp;Whole caseload</translation>
    </message>
    <message>
        <source>&amp;Niemand</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>&amp;Meenemen</source>
        <translation>&amp;Take along</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{n} van {total} gekozen</source>
        <translation>{n} of {total} chosen</translation>
    </message>
    <message>
        <source>Vink eerst de klanten aan die u meeneemt.</source>
        <translation>First tick the clients you are taking along.</translation>
    </message>
    <message>
        <source>Klanten op de laptop zetten…</source>
        <translation>Putting clients on the laptop…</translation>
    </message>
    <message>
        <source>{n} klanten staan nu versleuteld op deze laptop.</source>
        <translation>{n} clients are now on this laptop, encrypted.</translation>
    </message>
    <message>
        <source>{n} stonden er al op.</source>
        <translation>{n} were already on it.</translation>
    </message>
    <message>
        <source>Let op: deze klanten zijn ook meegenomen door een collega. Wat u allebei wijzigt, komt bij het synchroniseren als conflict naar voren:</source>
        <translation>Note: these clients have also been taken along by a colleague. Whatever you both change will come up as a conflict when you synchronise:</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;BSN *</source>
        <translation>&amp;BSN *</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum *</source>
        <translation>&amp;Date of birth *</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>&amp;Woonplaats</source>
        <translation>To&amp;wn</translation>
    </message>
    <message>
        <source>Voor&amp;namen *</source>
        <translation>&amp;First names *</translation>
    </message>
    <message>
        <source>T&amp;ussenvoegsel</source>
        <translation>Surname &amp;prefix</translation>
    </message>
    <message>
        <source>A&amp;chternaam *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
    <message>
        <source>Te&amp;lefoon</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>toevoeging</source>
        <translation>addition</translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation>&amp;House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Huisnr.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Twee versies: kies per gegeven</source>
        <translation>Two versions: choose per detail</translation>
    </message>
    <message>
        <source>{who} heeft deze gegevens intussen ook gewijzigd. Wat alleen u of alleen {who} wijzigde, is al samengevoegd. Kies hieronder per gegeven welke waarde blijft.</source>
        <translation>{who} has also changed these details meanwhile. What only you or only {who} changed has been merged already. Choose below which value stays for each detail.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gegeven&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opgeslagen door {who}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved by {who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uw invoer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your input&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&amp;Deze keuze gebruiken</source>
        <translation>&amp;Use this choice</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicten: kies per gegeven</source>
        <translation>Conflicts: choose per detail</translation>
    </message>
    <message>
        <source>Deze gegevens zijn op de laptop én op de server gewijzigd sinds u de klant meenam. Alles wat maar aan één kant veranderde, is al samengevoegd. Kies hier per gegeven welke versie blijft; niets gaat verloren tot u kiest.</source>
        <translation>These details have been changed both on the laptop and on the server since you took the client along. Everything that changed on one side only has been merged already. Choose here which version stays for each detail; nothing is lost until you choose.</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Bij het meenemen</source>
        <translation>When taken along</translation>
    </message>
    <message>
        <source>Op de laptop (uw wijziging)</source>
        <translation>On the laptop (your change)</translation>
    </message>
    <message>
        <source>Op de server (intussen gewijzigd)</source>
        <translation>On the server (changed meanwhile)</translation>
    </message>
    <message>
        <source>&amp;Laptop-versie houden</source>
        <translation>Keep &amp;laptop version</translation>
    </message>
    <message>
        <source>Ser&amp;ver-versie houden</source>
        <translation>Keep ser&amp;ver version</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alle conflicten zijn opgelost.</source>
        <translation>All conflicts have been resolved.</translation>
    </message>
</context>
<context>
    <name>ConversationsHtml</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>Rechtmatigheid</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Wat valt op</source>
        <translation>What stands out</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Hele klantvraag</source>
        <translation>The client&apos;s whole question</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DatabaseView</name>
    <message>
        <source>Gedeelde PostgreSQL-server (15 of nieuwer)</source>
        <translation>Shared PostgreSQL server (15 or newer)</translation>
    </message>
    <message>
        <source>standaard: ~/.postgresql/root.crt</source>
        <translation>default: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Poort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;CA-certificaat</source>
        <translation>&amp;CA certificate</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Iedere medewerker meldt zich aan met een eigen account op de server; in de instellingen komen geen gebruikersnaam en geen wachtwoord. De verbinding is altijd versleuteld en de server wordt gecontroleerd met het certificaat van de uitgever (CA) van uw organisatie.</source>
        <translation>Every staff member signs in with their own account on the server; the settings hold no user name and no password. The connection is always encrypted and the server is checked against the certificate of your organisation&apos;s issuer (CA).</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Deze server in gebruik &amp;nemen (na herstart)</source>
        <translation>Use this server (after a &amp;restart)</translation>
    </message>
    <message>
        <source>Terug naar het &amp;lokale bestand (na herstart)</source>
        <translation>Back to the &amp;local file (after a restart)</translation>
    </message>
    <message>
        <source>ingesteld met INTAKE_DB_URL</source>
        <translation>set with INTAKE_DB_URL</translation>
    </message>
    <message>
        <source>ingesteld in instellingen.toml</source>
        <translation>set in instellingen.toml</translation>
    </message>
    <message>
        <source>standaard</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Nu in gebruik: {kind}, {where} ({source}).</source>
        <translation>In use now: {kind}, {where} ({source}).</translation>
    </message>
    <message>
        <source>CA-certificaat kiezen</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <source>Certificaten (*.crt *.pem)</source>
        <translation>Certificates (*.crt *.pem)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Opgeslagen. Start het programma opnieuw om de nieuwe database te gebruiken.</source>
        <translation>Saved. Restart the program to use the new database.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj (leeg: geen datum)</source>
        <translation>dd-mm-yyyy (empty: no date)</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>Typ dd-mm-jjjj uu:mm. Pijltjes omhoog en omlaag veranderen het deel waar de cursor staat; F4 of Alt+Omlaag opent de kalender.</source>
        <translation>Type dd-mm-yyyy hh:mm. The up and down arrows change the part where the cursor is; F4 or Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>Typ dd-mm-jjjj. Pijltjes omhoog en omlaag veranderen het deel waar de cursor staat; F4 of Alt+Omlaag opent de kalender.</source>
        <translation>Type dd-mm-yyyy. The up and down arrows change the part where the cursor is; F4 or Alt+Down opens the calendar.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Vernietigingslijst goedkeuren</source>
        <translation>Approve destruction list</translation>
    </message>
    <message>
        <source>Met uw goedkeuring worden {n} dossier(s) nu vernietigd: alle gegevens, notities, concepten en ondertekende trajectplannen. Dit kan niet ongedaan worden gemaakt. Dossiers die intussen zijn heropend, worden overgeslagen.</source>
        <translation>With your approval {n} case file(s) are destroyed now: all data, notes, drafts and signed plans. This cannot be undone. Case files reopened in the meantime are skipped.</translation>
    </message>
    <message>
        <source>Vernietigingslijst afwijzen</source>
        <translation>Reject destruction list</translation>
    </message>
    <message>
        <source>De lijst wordt afgewezen; er wordt niets vernietigd.</source>
        <translation>The list is rejected; nothing is destroyed.</translation>
    </message>
    <message>
        <source>&amp;Toelichting (bijvoorbeeld de steekproef die u deed)</source>
        <translation>&amp;Note (for instance the sample you checked)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Vernietigen</source>
        <translation>&amp;Destroy</translation>
    </message>
    <message>
        <source>&amp;Afwijzen</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Afspraken en taken</source>
        <translation>Appointments and tasks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meenemen / voor wie</source>
        <translation>What to bring / for whom</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Niet zichtbaar met uw rol.</source>
        <translation>Not visible in your role.</translation>
    </message>
    <message>
        <source>Nog geen gesprekken vastgelegd.</source>
        <translation>No conversations recorded yet.</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>open taak</source>
        <translation>open task</translation>
    </message>
    <message>
        <source>huisbezoek</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>Notities ({count})</source>
        <translation>Notes ({count})</translation>
    </message>
    <message>
        <source>Nog geen notities.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Overdrachten</source>
        <translation>Hand-overs</translation>
    </message>
    <message>
        <source>Gegevens &amp;wijzigen…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;aanmelding…</source>
        <translation>New &amp;registration…</translation>
    </message>
    <message>
        <source>Ambitie&amp;gesprek…</source>
        <translation>Ambitie&amp;gesprek…</translation>
    </message>
    <message>
        <source>&amp;Klantmanager toewijzen…</source>
        <translation>&amp;Assign klantmanager…</translation>
    </message>
    <message>
        <source>&amp;Trajectplan…</source>
        <translation>&amp;Trajectplan…</translation>
    </message>
    <message>
        <source>&amp;Notitie toevoegen…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>Toegang met &amp;reden…</source>
        <translation>Access with a &amp;reason…</translation>
    </message>
    <message>
        <source>Deze klant valt buiten uw werk: vraag met een reden om het hele dossier</source>
        <translation>This client is outside your work: ask with a reason for the whole file</translation>
    </message>
    <message>
        <source>&amp;Voortgangsgesprek…</source>
        <translation>&amp;Progress talk…</translation>
    </message>
    <message>
        <source>Traject a&amp;fsluiten…</source>
        <translation>&amp;Close the traject…</translation>
    </message>
    <message>
        <source>&amp;Inburgering…</source>
        <translation>C&amp;ivic integration…</translation>
    </message>
    <message>
        <source>In&amp;zageverzoek…</source>
        <translation>Data &amp;access request…</translation>
    </message>
    <message>
        <source>Alle gegevens van de klant en wie ze inzag, als PDF en JSON (AVG art. 15)</source>
        <translation>All of the client&apos;s data and who looked at it, as PDF and JSON (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Traject &amp;heropenen…</source>
        <translation>Re&amp;open the traject…</translation>
    </message>
    <message>
        <source>{rest} · Toegang met reden, tot het einde van vandaag</source>
        <translation>{rest} · Access with a reason, until the end of today</translation>
    </message>
    <message>
        <source>ACUTE NOOD · {rest}</source>
        <translation>ACUTE NEED · {rest}</translation>
    </message>
    <message>
        <source>Ambitiegesprek</source>
        <translation>Ambitiegesprek</translation>
    </message>
    <message>
        <source>De klantgroep vraagt om een {functie}; {km} heeft een andere functie.</source>
        <translation>The klantgroep calls for a {functie}; {km} has a different job title.</translation>
    </message>
    <message>
        <source>Andere klantmanager?</source>
        <translation>Different klantmanager?</translation>
    </message>
    <message>
        <source>Nu een andere klantmanager toewijzen?</source>
        <translation>Assign a different klantmanager now?</translation>
    </message>
    <message>
        <source>Trajectplan</source>
        <translation>Trajectplan</translation>
    </message>
    <message>
        <source>Klantmanager toewijzen</source>
        <translation>Assign klantmanager</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Niet-opgeslagen invoer</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <source>Er is invoer die nog niet is opgeslagen (laatst bewaard om {time}). Wilt u daarmee verdergaan?</source>
        <translation>There is input that has not been saved yet (last kept at {time}). Do you want to continue with it?</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Inburgeringsplicht vastleggen: {name}</source>
        <translation>Record civic integration duty: {name}</translation>
    </message>
    <message>
        <source>Sinds wanneer is de klant inburgeringsplichtig? Laat de termijn leeg voor de gewone termijn van {years} jaar na de start.</source>
        <translation>Since when has the client had the civic integration duty? Leave the deadline empty for the standard deadline of {years} years after the start.</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Plichtig &amp;sinds *</source>
        <translation>Duty s&amp;ince *</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: {years} jaar na de start)</source>
        <translation>dd-mm-yyyy (empty: {years} years after the start)</translation>
    </message>
    <message>
        <source>&amp;Termijn tot</source>
        <translation>&amp;Deadline</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Gegevens wijzigen: {name}</source>
        <translation>Edit details: {name}</translation>
    </message>
    <message>
        <source>&amp;Vergelijken met de nieuwe versie…</source>
        <translation>&amp;Compare with the new version…</translation>
    </message>
    <message>
        <source>bijv. verhuisd, naam verkeerd gespeld</source>
        <translation>e.g. moved house, name misspelt</translation>
    </message>
    <message>
        <source>De klant ziet de oude en de nieuwe waarde en deze reden bij inzage.</source>
        <translation>The client sees the old and the new value and this reason in an access report.</translation>
    </message>
    <message>
        <source>&amp;Reden van de wijziging *</source>
        <translation>&amp;Reason for the change *</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>De nieuwe gegevens zijn geladen, met uw eigen wijzigingen erin ({fields}). Controleer ze en sla opnieuw op.</source>
        <translation>The new details have been loaded, with your own changes applied ({fields}). Check them and save again.</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <source>Medewerker wijzigen: {name}</source>
        <translation>Edit staff member: {name}</translation>
    </message>
    <message>
        <source>Nieuwe gegevens la&amp;den, mijn wijzigingen houden</source>
        <translation>Load the new details, &amp;keep my changes</translation>
    </message>
    <message>
        <source>Gebruikersnaam: {username}</source>
        <translation>Username: {username}</translation>
    </message>
    <message>
        <source>Afwe&amp;zigheid</source>
        <translation>A&amp;bsence</translation>
    </message>
    <message>
        <source>Afwezigheid</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Afwezigheid &amp;toevoegen…</source>
        <translation>&amp;Add absence…</translation>
    </message>
    <message>
        <source>Afwezigheid &amp;verwijderen</source>
        <translation>&amp;Delete absence</translation>
    </message>
    <message>
        <source>Een afwezigheid wordt meteen opgeslagen.</source>
        <translation>An absence is saved straight away.</translation>
    </message>
    <message>
        <source>Deze medewerker is intussen gewijzigd door {who}. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het scherm. Laad de nieuwe gegevens met uw wijzigingen erin, controleer ze en sla opnieuw op.</source>
        <translation>This staff member has meanwhile been changed by {who}. Your changes have not been saved, but are still on the screen. Load the new details with your changes applied, check them and save again.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>De nieuwe gegevens zijn geladen, met uw eigen wijzigingen erin. Controleer ze en sla opnieuw op.</source>
        <translation>The new details have been loaded, with your own changes applied. Check them and save again.</translation>
    </message>
    <message>
        <source>Afwezigheid verwijderen?</source>
        <translation>Delete absence?</translation>
    </message>
    <message>
        <source>De afwezigheid van {starts} tot en met {ends} verwijderen?</source>
        <translation>Delete the absence from {starts} to {ends} inclusive?</translation>
    </message>
</context>
<context>
    <name>FieldSet</name>
    <message>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen.</source>
        <translation>Check the marked fields. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>U hebt gegevens gewijzigd die nog niet zijn opgeslagen. Weggooien?</source>
        <translation>You have changed details that are not saved yet. Discard them?</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>&amp;Rechtmatigheid gecontroleerd</source>
        <translation>Lawfulness chec&amp;ked</translation>
    </message>
    <message>
        <source>De rechtmatigheidstoets staat open tot {date}.</source>
        <translation>The lawfulness check is open until {date}.</translation>
    </message>
    <message>
        <source>Re&amp;den van de wisseling *</source>
        <translation>&amp;Reason for the change *</translation>
    </message>
    <message>
        <source>Volgend gesprek bij de klant th&amp;uis</source>
        <translation>Next talk at the client&apos;s h&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Ja, de groep past nog</source>
        <translation>&amp;Yes, the group still fits</translation>
    </message>
    <message>
        <source>&amp;Nee, een andere groep</source>
        <translation>&amp;No, a different group</translation>
    </message>
    <message>
        <source>Zit de klant nog in de juiste groep? *</source>
        <translation>Is the client still in the right group? *</translation>
    </message>
    <message>
        <source>Naar welke klantgroep?</source>
        <translation>To which klantgroep?</translation>
    </message>
    <message>
        <source>{group} (huidige groep)</source>
        <translation>{group} (current group)</translation>
    </message>
    <message>
        <source>{n}× per jaar een voortgangsgesprek</source>
        <translation>A progress talk {n}× a year</translation>
    </message>
    <message>
        <source>geen vaste voortgangsgesprekken</source>
        <translation>no regular progress talks</translation>
    </message>
    <message>
        <source>De klant gaat naar {group}.</source>
        <translation>The client moves to {group}.</translation>
    </message>
    <message>
        <source>De klantgroep blijft {group}.</source>
        <translation>The klantgroep stays {group}.</translation>
    </message>
    <message>
        <source>Geen vast volgend voortgangsgesprek (zo gaat het in deze groep).</source>
        <translation>No fixed next progress talk (that is how it works in this group).</translation>
    </message>
    <message>
        <source>Het volgende voortgangsgesprek staat al gepland: {when}.</source>
        <translation>The next progress talk has already been scheduled: {when}.</translation>
    </message>
    <message>
        <source>Het volgende voortgangsgesprek wordt gepland rond {date}.</source>
        <translation>The next progress talk will be scheduled around {date}.</translation>
    </message>
    <message>
        <source>Deze groep vraagt om een {functie}: de wisselwachters krijgen een taak om een andere klantmanager te zoeken.</source>
        <translation>This group calls for a {functie}: the wisselwachters get a task to find another klantmanager.</translation>
    </message>
    <message>
        <source>Het trajectplan krijgt de nieuwe doelstatussen (versie {n}).</source>
        <translation>The trajectplan gets the new goal statuses (version {n}).</translation>
    </message>
    <message>
        <source>De open rechtmatigheidstoets wordt afgehandeld.</source>
        <translation>The open lawfulness check is marked as done.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welkom bij Intake Werkplein</source>
        <translation>Welcome to Intake Werkplein</translation>
    </message>
    <message>
        <source>Dit is de eerste start: er staan nog geen medewerkers en klanten in de database. Probeer het programma met fictieve demogegevens, of richt het meteen in voor uw organisatie door de eerste beheerder aan te maken.</source>
        <translation>This is the first start: there are no staff members or clients in the database yet. Try out the program with fictitious demo data, or set it up for your organisation straight away by creating the first administrator.</translation>
    </message>
    <message>
        <source>Uitproberen</source>
        <translation>Try it out</translation>
    </message>
    <message>
        <source>Laadt 400 verzonnen klanten en {n} medewerkers. Alle BSN&apos;s komen uit de testreeks (beginnend met 9999). Aanmelden kan daarna als &apos;balie&apos;, &apos;wisselwachter&apos;, &apos;km.jansen&apos;, &apos;teamleider&apos; of &apos;beheerder&apos; met wachtwoord &apos;demo-werkplein&apos;.</source>
        <translation>Loads 400 made-up clients and {n} staff members. All BSNs come from the test range (starting with 9999). You can then sign in as &apos;balie&apos;, &apos;wisselwachter&apos;, &apos;km.jansen&apos;, &apos;teamleider&apos; or &apos;beheerder&apos; with password &apos;demo-werkplein&apos;.</translation>
    </message>
    <message>
        <source>&amp;Demogegevens laden</source>
        <translation>&amp;Load demo data</translation>
    </message>
    <message>
        <source>Inrichten: eerste beheerder</source>
        <translation>Set up: first administrator</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;herhalen</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>&amp;Beheerder aanmaken</source>
        <translation>&amp;Create administrator</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord (min. 10 tekens)</source>
        <translation>&amp;Password (at least 10 characters)</translation>
    </message>
    <message>
        <source>Demogegevens laden…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>De wachtwoorden verschillen.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>OK (Ctrl+Enter)</source>
        <translation>OK (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>&amp;Leefgebied</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <source>&amp;Doel: wat wil de klant bereiken? *</source>
        <translation>&amp;Goal: what does the client want to achieve? *</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Activ&amp;iteiten en diensten (Enter wijzigt, Delete verwijdert)</source>
        <translation>Act&amp;ivities and services (Enter edits, Delete removes)</translation>
    </message>
    <message>
        <source>Activiteiten en diensten</source>
        <translation>Activities and services</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activiteit &amp;toevoegen…</source>
        <translation>&amp;Add activity…</translation>
    </message>
    <message>
        <source>Activiteit &amp;wijzigen…</source>
        <translation>&amp;Edit activity…</translation>
    </message>
    <message>
        <source>Activiteit &amp;verwijderen</source>
        <translation>&amp;Remove activity</translation>
    </message>
    <message>
        <source>Beschrijf het doel: wat wil de klant bereiken?</source>
        <translation>Describe the goal: what does the client want to achieve?</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Doel &amp;toevoegen…</source>
        <translation>&amp;Add goal…</translation>
    </message>
    <message>
        <source>Doel &amp;wijzigen…</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <source>Doel &amp;verwijderen</source>
        <translation>&amp;Remove goal</translation>
    </message>
</context>
<context>
    <name>GoalOutcomes</name>
    <message>
        <source>Uitkomst per doel van het trajectplan</source>
        <translation>Outcome per goal of the trajectplan</translation>
    </message>
    <message>
        <source>Het trajectplan heeft geen doelen.</source>
        <translation>The trajectplan has no goals.</translation>
    </message>
    <message>
        <source>Doel {n} · {domain}: {description}</source>
        <translation>Goal {n} · {domain}: {description}</translation>
    </message>
    <message>
        <source>Kies de uitkomst…</source>
        <translation>Choose the outcome…</translation>
    </message>
    <message>
        <source>Uitkomst doel {n} *</source>
        <translation>Outcome of goal {n} *</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Er is nog geen trajectplan met doelen. Maak het plan met de klant via Trajectplan… in het dossier.</source>
        <translation>There is no trajectplan with goals yet. Make the plan with the client through Trajectplan… in the file.</translation>
    </message>
    <message>
        <source>Trajectplan versie {n} ({status}).</source>
        <translation>Trajectplan version {n} ({status}).</translation>
    </message>
    <message>
        <source>Een gewijzigde status begint versie {n}; de ondertekende versie blijft.</source>
        <translation>A changed status starts version {n}; the signed version is kept.</translation>
    </message>
    <message>
        <source>Een afgerond plan verandert niet meer: de statussen staan vast. Maak zo nodig een nieuw plan via Trajectplan… in het dossier.</source>
        <translation>A completed plan no longer changes: the statuses are fixed. If needed, make a new plan through Trajectplan… in the file.</translation>
    </message>
    <message>
        <source>Status tot nu: {status}</source>
        <translation>Status so far: {status}</translation>
    </message>
    <message>
        <source>streefdatum {date}</source>
        <translation>target date {date}</translation>
    </message>
    <message>
        <source>Wat is er bereikt, wat is de volgende stap</source>
        <translation>What has been achieved, what is the next step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Overdracht aan inkomen: {name}</source>
        <translation>Hand-over to income: {name}</translation>
    </message>
    <message>
        <source>Overdracht aan een inkomensconsulent</source>
        <translation>Hand-over to an income consultant</translation>
    </message>
    <message>
        <source>Kies een inkomensconsulent…</source>
        <translation>Choose an income consultant…</translation>
    </message>
    <message>
        <source>&amp;Inkomensconsulent *</source>
        <translation>&amp;Income consultant *</translation>
    </message>
    <message>
        <source>&amp;Toewijzen (Ctrl+S)</source>
        <translation>&amp;Assign (Ctrl+S)</translation>
    </message>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>De overdracht staat nu in de werkvoorraad van {name}.</source>
        <translation>The hand-over is now in the work list of {name}.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Overdracht: {team}</source>
        <translation>Hand-over: {team}</translation>
    </message>
    <message>
        <source>Wat er al besproken is</source>
        <translation>What has already been discussed</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; · {title}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; · {title}</translation>
    </message>
    <message>
        <source>Overgedragen op {when} door {who}</source>
        <translation>Handed over on {when} by {who}</translation>
    </message>
    <message>
        <source>Terugmelden aan: {km}</source>
        <translation>Report back to: {km}</translation>
    </message>
    <message>
        <source>(geen klantmanager; staat in het dossier)</source>
        <translation>(no klantmanager; recorded in the file)</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Mee te nemen papieren</source>
        <translation>Papers to bring</translation>
    </message>
    <message>
        <source>&amp;Oppakken</source>
        <translation>&amp;Take on</translation>
    </message>
    <message>
        <source>&amp;Geven aan:</source>
        <translation>&amp;Give to:</translation>
    </message>
    <message>
        <source>Geven aan</source>
        <translation>Give to</translation>
    </message>
    <message>
        <source>Ge&amp;ven</source>
        <translation>G&amp;ive</translation>
    </message>
    <message>
        <source>Opgepakt door {who}</source>
        <translation>Taken on by {who}</translation>
    </message>
    <message>
        <source>Nog door niemand in het team opgepakt</source>
        <translation>Not yet taken on by anyone in the team</translation>
    </message>
    <message>
        <source>— kies wat eruit kwam —</source>
        <translation>— choose the outcome —</translation>
    </message>
    <message>
        <source>&amp;Resultaat *</source>
        <translation>&amp;Outcome *</translation>
    </message>
    <message>
        <source>Wat de klantmanager moet weten, bijvoorbeeld de afspraken met de klant.</source>
        <translation>What the klantmanager needs to know, for example what was agreed with the client.</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>&amp;Terugmelden (Ctrl+S)</source>
        <translation>&amp;Report back (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Dossier openen</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Oppakken</source>
        <translation>Take on</translation>
    </message>
    <message>
        <source>Terugmelden</source>
        <translation>Report back</translation>
    </message>
    <message>
        <source>Teruggemeld: de terugmelding staat in de werkvoorraad van {km}.</source>
        <translation>Reported back: the report-back is in the werkvoorraad of {km}.</translation>
    </message>
    <message>
        <source>Vastgelegd in het dossier (de klant heeft geen klantmanager).</source>
        <translation>Recorded in the file (the client has no klantmanager).</translation>
    </message>
</context>
<context>
    <name>HandoversPanel</name>
    <message>
        <source>Overdrachten en verwijzingen</source>
        <translation>Hand-overs and referrals</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Ver&amp;wijzen naar partner…</source>
        <translation>Refer to a &amp;partner…</translation>
    </message>
    <message>
        <source>Antwoord &amp;vastleggen…</source>
        <translation>Record the &amp;answer…</translation>
    </message>
    <message>
        <source>Antwoord vastleggen</source>
        <translation>Record the answer</translation>
    </message>
</context>
<context>
    <name>HeropenenDialog</name>
    <message>
        <source>Het traject van deze klant is afgesloten.</source>
        <translation>This client&apos;s traject has been closed.</translation>
    </message>
    <message>
        <source>Afgesloten op {date}: {reason}</source>
        <translation>Closed on {date}: {reason}</translation>
    </message>
    <message>
        <source> ({sector}, {hours} uur per week)</source>
        <translation> ({sector}, {hours} hours a week)</translation>
    </message>
    <message>
        <source>, door {name}</source>
        <translation>, by {name}</translation>
    </message>
    <message>
        <source>Traject heropenen: {name}</source>
        <translation>Reopen the traject: {name}</translation>
    </message>
    <message>
        <source>Traject heropenen</source>
        <translation>Reopen the traject</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: proeftijd niet doorgekomen, zoekt opnieuw werk.</source>
        <translation>For example: did not pass the probation period, looking for work again.</translation>
    </message>
    <message>
        <source>&amp;Waarom gaat het traject weer open? *</source>
        <translation>&amp;Why is the traject being reopened? *</translation>
    </message>
    <message>
        <source>De klant krijgt weer de status In traject en telt weer mee in de caseload van {name}. Open nazorg- en overdrachtstaken vervallen. De voortgangsgesprekken en de rechtmatigheidstoets van de klantgroep worden weer gepland. Er begint een nieuw trajectplan (concept); het afgeronde plan blijft bewaard.</source>
        <translation>The client gets the status On a traject again and counts in the caseload of {name} again. Open aftercare and hand-over tasks lapse. The klantgroep&apos;s progress talks and lawfulness check are scheduled again. A new trajectplan (draft) is started; the completed plan is kept.</translation>
    </message>
    <message>
        <source>de klantmanager</source>
        <translation>the klantmanager</translation>
    </message>
    <message>
        <source>Traject &amp;heropenen (Ctrl+S)</source>
        <translation>&amp;Reopen the traject (Ctrl+S)</translation>
    </message>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Het traject is heropend. Maak met de klant een nieuw trajectplan.</source>
        <translation>The traject has been reopened. Make a new trajectplan with the client.</translation>
    </message>
    <message>
        <source>Volgend voortgangsgesprek: {when}.</source>
        <translation>Next progress talk: {when}.</translation>
    </message>
    <message>
        <source>Een collega heeft het traject intussen al heropend.</source>
        <translation>A colleague has already reopened the traject meanwhile.</translation>
    </message>
    <message>
        <source>{who} heeft de klant intussen gewijzigd. Er is nog niets opgeslagen; de reden staat er nog. Kijk het na en heropen opnieuw.</source>
        <translation>{who} has changed the client meanwhile. Nothing has been saved yet; the reason is still there. Check it and reopen again.</translation>
    </message>
    <message>
        <source>Een collega</source>
        <translation>A colleague</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Importeer klanten uit het vorige systeem: een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,) met de kolommen bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, straat, huisnummer, toevoeging, postcode, woonplaats, telefoon, email en gemeente. Klanten waarvan het BSN al bekend is, worden overgeslagen.</source>
        <translation>Import clients from the previous system: a CSV file (UTF-8 or Windows-1252, separated by ; or ,) with the columns bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, straat, huisnummer, toevoeging, postcode, woonplaats, telefoon, email and gemeente. Clients whose BSN is already known are skipped.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV-bestand</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Afgekeurde regels</source>
        <translation>Rejected lines</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>CSV-bestand kiezen</source>
        <translation>Choose CSV file</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Kies een bestaand CSV-bestand.</source>
        <translation>Choose an existing CSV file.</translation>
    </message>
    <message>
        <source>Klanten importeren…</source>
        <translation>Importing clients…</translation>
    </message>
    <message>
        <source>{rows} regels gelezen: {imported} klanten geïmporteerd, {present} al aanwezig (zelfde BSN), {errors} afgekeurd.</source>
        <translation>{rows} lines read: {imported} clients imported, {present} already present (same BSN), {errors} rejected.</translation>
    </message>
    <message>
        <source>De lijst toont de eerste {shown} afgekeurde regels.</source>
        <translation>The list shows the first {shown} refused lines.</translation>
    </message>
    <message>
        <source>Een eerdere import is niet afgemaakt; de {count} klanten die ze toevoegde zijn eerst verwijderd.</source>
        <translation>An earlier import did not finish; the {count} clients it added were removed first.</translation>
    </message>
</context>
<context>
    <name>InburgeringDialog</name>
    <message>
        <source>Inburgering</source>
        <translation>Civic integration</translation>
    </message>
    <message>
        <source>Inburgering: {name}</source>
        <translation>Civic integration: {name}</translation>
    </message>
    <message>
        <source>Inburgeringsplicht en handhaving</source>
        <translation>Civic integration duty and enforcement</translation>
    </message>
    <message>
        <source>Plichtig sinds:</source>
        <translation>Duty since:</translation>
    </message>
    <message>
        <source>Termijn tot:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Resterend:</source>
        <translation>Remaining:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Inburgeringsplicht &amp;vastleggen…</source>
        <translation>&amp;Record civic integration duty…</translation>
    </message>
    <message>
        <source>Plicht v&amp;oldaan…</source>
        <translation>Duty &amp;fulfilled…</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Stap vastleggen…</source>
        <translation>Record &amp;step…</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Geen inburgeringsplicht vastgelegd</source>
        <translation>No civic integration duty recorded</translation>
    </message>
    <message>
        <source>verlopen ({n} dagen geleden)</source>
        <translation>expired ({n} days ago)</translation>
    </message>
    <message>
        <source>verloopt vandaag</source>
        <translation>expires today</translation>
    </message>
    <message>
        <source>nog {n} dagen</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>De inburgeringsplicht is vastgelegd.</source>
        <translation>The civic integration duty has been recorded.</translation>
    </message>
    <message>
        <source>Vastgelegd: {step}.</source>
        <translation>Recorded: {step}.</translation>
    </message>
    <message>
        <source>Bij deze stap hoort een brief: kies de stap en dan Brief… (Alt+B).</source>
        <translation>This step comes with a letter: select the step and then Letter… (Alt+L).</translation>
    </message>
    <message>
        <source>Een collega had intussen ook iets vastgelegd; het overzicht is bijgewerkt.</source>
        <translation>A colleague had also recorded something meanwhile; the overview has been updated.</translation>
    </message>
    <message>
        <source>Plicht voldaan</source>
        <translation>Duty fulfilled</translation>
    </message>
    <message>
        <source>Heeft de klant aan de inburgeringsplicht voldaan? Daarna komen er geen stappen van de handhaving meer bij.</source>
        <translation>Has the client fulfilled the civic integration duty? After that, no more enforcement steps can be added.</translation>
    </message>
    <message>
        <source>De inburgeringsplicht staat op voldaan.</source>
        <translation>The civic integration duty is marked as fulfilled.</translation>
    </message>
    <message>
        <source>Brief inburgering: {name}</source>
        <translation>Civic integration letter: {name}</translation>
    </message>
</context>
<context>
    <name>InburgeringForm</name>
    <message>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Inzageverzoek: {name}</source>
        <translation>Data access request: {name}</translation>
    </message>
    <message>
        <source>{rows} regels met gegevens; {seen} keer ingezien of gewijzigd. Controleer vóór het afgeven of er gegevens van anderen in staan (bijvoorbeeld in notities). Het JSON-bestand bevat dezelfde gegevens volledig, voor de klant of een andere organisatie.</source>
        <translation>{rows} rows of data; viewed or changed {seen} times. Before handing it over, check whether it holds data about other people (in notes, for example). The JSON file holds the same data in full, for the client or another organisation.</translation>
    </message>
    <message>
        <source>Opslaan als &amp;JSON…</source>
        <translation>Save as &amp;JSON…</translation>
    </message>
    <message>
        <source>Opslaan als JSON</source>
        <translation>Save as JSON</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The file could not be saved. Choose another folder.</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Inzageverzoek</source>
        <translation>Data access request</translation>
    </message>
    <message>
        <source>Het inzagerapport wordt gemaakt…</source>
        <translation>Making the access report…</translation>
    </message>
</context>
<context>
    <name>KickoffPresenceDialog</name>
    <message>
        <source>Aanwezigheid kick-off {title}</source>
        <translation>Kick-off attendance {title}</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht: de klant wordt opgeroepen (de eerste keer zonder sanctie); bij een tweede keer krijgt de klantmanager een voorstel voor een maatregel.</source>
        <translation>Absent without notice: the client is called up (the first time without sanction); the second time the klantmanager gets a proposal for a measure.</translation>
    </message>
    <message>
        <source>Aanwezigheid per klant</source>
        <translation>Attendance per client</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Aanwezigheid van {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <source>— nog niet vastgelegd —</source>
        <translation>— not recorded yet —</translation>
    </message>
    <message>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht: {calls} oproep(en) in de werkvoorraad; {measures} voorstel(len) voor een maatregel aan de klantmanager.</source>
        <translation>Absent without notice: {calls} call-up(s) in the werkvoorraad; {measures} proposal(s) for a measure to the klantmanager.</translation>
    </message>
</context>
<context>
    <name>KickoffView</name>
    <message>
        <source>Kick-off &amp;plannen…</source>
        <translation>&amp;Plan kick-off…</translation>
    </message>
    <message>
        <source>&amp;Uitnodigingen afdrukken…</source>
        <translation>Print &amp;invitations…</translation>
    </message>
    <message>
        <source>&amp;Aanwezigheid vastleggen…</source>
        <translation>Record &amp;attendance…</translation>
    </message>
    <message>
        <source>Na de kick-off: wie was er, wie was afwezig met of zonder bericht</source>
        <translation>After the kick-off: who came, who was absent with or without notice</translation>
    </message>
    <message>
        <source>Kick-offs</source>
        <translation>Kick-offs</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>{booked} van {capacity}</source>
        <translation>{booked} of {capacity}</translation>
    </message>
    <message>
        <source>Uitnodigingen kick-off</source>
        <translation>Kick-off invitations</translation>
    </message>
    <message>
        <source>Er staat nog niemand voor deze kick-off ingepland.</source>
        <translation>Nobody has been scheduled for this kick-off yet.</translation>
    </message>
    <message>
        <source>Map voor de uitnodigingen</source>
        <translation>Folder for the invitations</translation>
    </message>
    <message>
        <source>Uitnodigingen maken…</source>
        <translation>Creating invitations…</translation>
    </message>
    <message>
        <source>Alle uitnodigingen voor de gekozen kick-off in één document, om af te drukken</source>
        <translation>All invitations for the selected kick-off in one document, to print</translation>
    </message>
    <message>
        <source>Uitnodigingen als &amp;bestanden opslaan…</source>
        <translation>Save invitations as &amp;files…</translation>
    </message>
    <message>
        <source>Een uitnodiging (PDF) per klant in een map, bijvoorbeeld om te mailen</source>
        <translation>One invitation (PDF) per client in a folder, for example to e-mail</translation>
    </message>
    <message>
        <source>De uitnodigingen konden niet worden opgeslagen in {folder}.</source>
        <translation>The invitations could not be saved in {folder}.</translation>
    </message>
    <message>
        <source>Afgebroken: {written} van {total} opgeslagen in {folder}.</source>
        <translation>Cancelled: {written} of {total} saved in {folder}.</translation>
    </message>
    <message>
        <source>1 uitnodiging opgeslagen in {folder}.</source>
        <translation>1 invitation saved in {folder}.</translation>
    </message>
    <message>
        <source>{written} uitnodigingen opgeslagen in {folder}.</source>
        <translation>{written} invitations saved in {folder}.</translation>
    </message>
</context>
<context>
    <name>KlantgroepChoiceStep</name>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>&amp;Motivatie bij afwijken van het advies</source>
        <translation>&amp;Motivation for differing from the advice</translation>
    </message>
    <message>
        <source>&amp;Kick-off *</source>
        <translation>&amp;Kick-off *</translation>
    </message>
    <message>
        <source>Voortgangsgesprekken bij de klant &amp;thuis</source>
        <translation>Progress talks at the client&apos;s &amp;home</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Wat de klant krijgt</source>
        <translation>What the client gets</translation>
    </message>
    <message>
        <source>Wat er verwacht wordt</source>
        <translation>What is expected</translation>
    </message>
    <message>
        <source>{n}× per jaar een voortgangsgesprek</source>
        <translation>A progress talk {n}× a year</translation>
    </message>
    <message>
        <source>geen vaste voortgangsgesprekken</source>
        <translation>no regular progress talks</translation>
    </message>
    <message>
        <source>Rechten en plichten (samen met de klant doorlopen)</source>
        <translation>Rights and duties (go through them together with the client)</translation>
    </message>
    <message>
        <source>De klant zegt toe zich aan de afspraken te houden (afspraak is afspraak)</source>
        <translation>The client promises to keep to the agreements (afspraak is afspraak)</translation>
    </message>
    <message>
        <source>Rechten en plichten</source>
        <translation>Rights and duties</translation>
    </message>
    <message>
        <source>{when} · {place} · {trainer} ({booked}/{capacity})</source>
        <translation>{when} · {place} · {trainer} ({booked}/{capacity})</translation>
    </message>
    <message>
        <source>{label} – vol</source>
        <translation>{label} – full</translation>
    </message>
</context>
<context>
    <name>KlantmanagerPicker</name>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Klantmanager *</source>
        <translation>&amp;Klantmanager *</translation>
    </message>
    <message>
        <source>Alleen nodig als u een ander kiest dan het voorstel</source>
        <translation>Only needed if you choose someone other than the proposal</translation>
    </message>
    <message>
        <source>&amp;Reden andere keuze</source>
        <translation>&amp;Reason for a different choice</translation>
    </message>
    <message>
        <source>{name} (voorstel)</source>
        <translation>{name} (proposed)</translation>
    </message>
    <message>
        <source>&amp;Reden andere keuze *</source>
        <translation>&amp;Reason for a different choice *</translation>
    </message>
    <message>
        <source>{name} heeft geen ruimte meer in de caseload.</source>
        <translation>{name} has no room left in their caseload.</translation>
    </message>
    <message>
        <source>Niemand heeft nog ruimte in de caseload: overleg met de teamleider.</source>
        <translation>Nobody has room left in their caseload: consult the team leader.</translation>
    </message>
    <message>
        <source>{name} is geen {functie}.</source>
        <translation>{name} is not a {functie}.</translation>
    </message>
    <message>
        <source>{name} is de komende dagen afwezig.</source>
        <translation>{name} is absent in the coming days.</translation>
    </message>
</context>
<context>
    <name>MainAreas</name>
    <message>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Kick-offs</source>
        <translation>Kick-offs</translation>
    </message>
    <message>
        <source>Ambitiegesprekken plannen</source>
        <translation>Plan ambitiegesprekken</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Caseload per klantmanager</source>
        <translation>Caseload per klantmanager</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intake Werkplein – {gemeente}</source>
        <translation>Intake Werkplein – {gemeente}</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Werkvoorraad</source>
        <translation>Work list</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Caseloads</translation>
    </message>
    <message>
        <source>Mijn caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>laptop (versleuteld)</source>
        <translation>laptop (encrypted)</translation>
    </message>
    <message>
        <source>Database: {db} · {areas}</source>
        <translation>Database: {db} · {areas}</translation>
    </message>
    <message>
        <source>Intake Werkplein</source>
        <translation>Intake Werkplein</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Alles staat weer op de server. Het programma start opnieuw en werkt dan op de server; meld u opnieuw aan.</source>
        <translation>Everything is back on the server. The program will restart and then work on the server; please sign in again.</translation>
    </message>
    <message>
        <source>{late} te laat, {due} te doen binnenkort</source>
        <translation>{late} overdue, {due} due soon</translation>
    </message>
    <message>
        <source>Vraag de teamleider deze klanten te verdelen (Caseloads).</source>
        <translation>Ask the team leader to distribute these clients (Caseloads).</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Database: {db} · {areas} · Ctrl+F zoeken · Ctrl+N nieuwe aanmelding</source>
        <translation>Database: {db} · {areas} · Ctrl+F search · Ctrl+N new registration</translation>
    </message>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Doorverwijzing vastgelegd als anoniem contact.</source>
        <translation>Referral recorded as an anonymous contact.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Maatregel beoordelen: {name}</source>
        <translation>Assess a measure: {name}</translation>
    </message>
    <message>
        <source>Voorgesteld op {when}: {reason}.</source>
        <translation>Proposed on {when}: {reason}.</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Besluit *</source>
        <translation>&amp;Decision *</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de klant was ziek en belde niet af; afspraak gemaakt.</source>
        <translation>For example: the client was ill and did not call off; new appointment made.</translation>
    </message>
    <message>
        <source>&amp;Reden *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>&amp;Vastleggen (Ctrl+S)</source>
        <translation>&amp;Record (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MeeneembladDialog</name>
    <message>
        <source>Eerste gesprek en wat de klant meeneemt</source>
        <translation>First talk and what the client brings</translation>
    </message>
    <message>
        <source>De aanmelding is doorgezet naar schuldhulpverlening. Maak de eerste afspraak en geef {name} dit blad mee: dit neemt de klant mee.</source>
        <translation>The registration was passed on to debt counselling. Book the first appointment and give {name} this sheet: this is what the client brings.</translation>
    </message>
    <message>
        <source>Mee te nemen &amp;papieren:</source>
        <translation>&amp;Papers to bring:</translation>
    </message>
    <message>
        <source>Mee te nemen papieren</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Eerste gesprek</source>
        <translation>First talk</translation>
    </message>
    <message>
        <source>&amp;Wanneer *</source>
        <translation>&amp;When *</translation>
    </message>
    <message>
        <source>&amp;Met *</source>
        <translation>&amp;With *</translation>
    </message>
    <message>
        <source>Afspraak &amp;maken</source>
        <translation>&amp;Book the appointment</translation>
    </message>
    <message>
        <source>Voorgesteld: het eerste moment waarop klant en medewerker vrij zijn.</source>
        <translation>Proposed: the first time at which the client and the staff member are free.</translation>
    </message>
    <message>
        <source>Niemand van het team is de komende weken vrij: kies zelf een moment.</source>
        <translation>Nobody in the team is free in the coming weeks: choose a time yourself.</translation>
    </message>
    <message>
        <source>Dit team heeft nog geen medewerkers: meld dit aan de teamleider.</source>
        <translation>This team has no members yet: tell the teamleider.</translation>
    </message>
    <message>
        <source>{kind}, {minutes} minuten · {location}</source>
        <translation>{kind}, {minutes} minutes · {location}</translation>
    </message>
    <message>
        <source>Afspraak gemaakt: {when} met {who}, {location}.</source>
        <translation>Appointment booked: {when} with {who}, {location}.</translation>
    </message>
    <message>
        <source>&amp;Afdrukken… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Meeneemblad opslaan</source>
        <translation>Save checklist of what to bring</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Van kwartaal</source>
        <translation>From quarter</translation>
    </message>
    <message>
        <source>Tot en met kwartaal</source>
        <translation>Up to and including quarter</translation>
    </message>
    <message>
        <source>&amp;Van kwartaal</source>
        <translation>&amp;From quarter</translation>
    </message>
    <message>
        <source>&amp;Tot en met kwartaal</source>
        <translation>&amp;To quarter</translation>
    </message>
    <message>
        <source>&amp;Bijwerken</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Alles naar &amp;Excel…</source>
        <translation>All to &amp;Excel…</translation>
    </message>
    <message>
        <source>Bestand per klantgroep aan het eind van elk kwartaal</source>
        <translation>Clients per klantgroep at the end of each quarter</translation>
    </message>
    <message>
        <source>Instroom per kwartaal (nieuwe klanten)</source>
        <translation>Inflow per quarter (new clients)</translation>
    </message>
    <message>
        <source>Uitstroom per kwartaal</source>
        <translation>Outflow per quarter</translation>
    </message>
    <message>
        <source>Streefcijfers: cijfer tegen doel (groen vlak)</source>
        <translation>Targets: figure against target (green band)</translation>
    </message>
    <message>
        <source>&amp;Grafieken</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>In- en uitstroom</source>
        <translation>Inflow and outflow</translation>
    </message>
    <message>
        <source>Doorstroom</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Per dienst</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Handhaving</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Voortgangsgesprekken</source>
        <translation>Progress talks</translation>
    </message>
    <message>
        <source>Streefcijfers</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Deze tabel opslaan als CSV-bestand (puntkomma&apos;s)</source>
        <translation>Save this table as a CSV file (semicolons)</translation>
    </message>
    <message>
        <source>Bezig met berekenen…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>{first} t/m {last} · berekend om {when}</source>
        <translation>{first} to {last} · calculated at {when}</translation>
    </message>
    <message>
        <source>doel {low}–{high}%</source>
        <translation>target {low}–{high}%</translation>
    </message>
    <message>
        <source>{indicator}: geen gegevens ({goal})</source>
        <translation>{indicator}: no data ({goal})</translation>
    </message>
    <message>
        <source>gehaald</source>
        <translation>met</translation>
    </message>
    <message>
        <source>niet gehaald</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tabel exporteren</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Alles naar Excel</source>
        <translation>All to Excel</translation>
    </message>
    <message>
        <source>Excel-bestanden (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Nieuw wachtwoord kiezen</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 10 tekens; alleen u kent het.</source>
        <translation>You signed in with a temporary password. Choose a password of your own now, at least 10 characters; only you know it.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens 10 tekens dat alleen u kent; een zin van een paar woorden onthoudt u makkelijk.</source>
        <translation>Choose a password of at least 10 characters that only you know; a sentence of a few words is easy to remember.</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord *</source>
        <translation>&amp;New password *</translation>
    </message>
    <message>
        <source>&amp;Herhaal het wachtwoord *</source>
        <translation>&amp;Repeat the password *</translation>
    </message>
    <message>
        <source>H&amp;uidig wachtwoord *</source>
        <translation>C&amp;urrent password *</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>Nieuwe medewerker</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Eerste &amp;wachtwoord</source>
        <translation>Initial &amp;password</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Notitie over {name}</source>
        <translation>Note on {name}</translation>
    </message>
    <message>
        <source>Een opgeslagen notitie kan niet meer worden gewijzigd of verwijderd. Een correctie schrijft u als een nieuwe notitie.</source>
        <translation>A saved note can no longer be changed or deleted. Write a correction as a new note.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: klant gebeld over de afspraak van dinsdag; komt samen met een familielid.</source>
        <translation>For example: called the client about Tuesday&apos;s appointment; will come with a relative.</translation>
    </message>
    <message>
        <source>&amp;Notitie *</source>
        <translation>&amp;Note *</translation>
    </message>
    <message>
        <source>&amp;Huisbezoek (bij de klant thuis)</source>
        <translation>&amp;Home visit (at the client&apos;s home)</translation>
    </message>
    <message>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{count} van hoogstens {max} tekens</source>
        <translation>{count} of at most {max} characters</translation>
    </message>
</context>
<context>
    <name>PdfViewDialog</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>{name} bestaat al. Vervangen?</source>
        <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>{n} pagina(&apos;s)</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>&amp;Afdrukken… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The file could not be saved. Choose a different folder.</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Toon &amp;BSN</source>
        <translation>Show &amp;BSN</translation>
    </message>
    <message>
        <source>Het tonen van het volledige BSN wordt vastgelegd in het auditlog.</source>
        <translation>Showing the full BSN is recorded in the audit log.</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode en woonplaats</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>nog niet toegewezen</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>{group} (keuze wijkt af van advies)</source>
        <translation>{group} (choice differs from the advice)</translation>
    </message>
    <message>
        <source>Verberg &amp;BSN</source>
        <translation>Hide &amp;BSN</translation>
    </message>
</context>
<context>
    <name>PlanKickoffDialog</name>
    <message>
        <source>Kick-off plannen</source>
        <translation>Plan kick-off</translation>
    </message>
    <message>
        <source>&amp;Klantgroep</source>
        <translation>&amp;Klantgroep</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Trainer</translation>
    </message>
    <message>
        <source>&amp;Aantal plaatsen</source>
        <translation>&amp;Number of places</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <source>Klanten zonder ambitiegesprek. Kies er één of meer (Shift of Ctrl voor meer) en plan ze in de eerste vrije intakeplekken.</source>
        <translation>Clients without an ambitiegesprek. Choose one or more (Shift or Ctrl for more) and schedule them into the first free intake slots.</translation>
    </message>
    <message>
        <source>&amp;Volgorde:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>Prioriteit (klantgroep), dan langst in de uitkering</source>
        <translation>Priority (klantgroep), then longest time on benefit</translation>
    </message>
    <message>
        <source>Langst in de uitkering</source>
        <translation>Longest time on benefit</translation>
    </message>
    <message>
        <source>&amp;Vanaf:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Geselecteerde klanten &amp;inplannen</source>
        <translation>&amp;Schedule selected clients</translation>
    </message>
    <message>
        <source>Klanten zonder ambitiegesprek</source>
        <translation>Clients without an ambitiegesprek</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Huidige klantgroep</source>
        <translation>Current klantgroep</translation>
    </message>
    <message>
        <source>Maanden in de uitkering</source>
        <translation>Months on benefit</translation>
    </message>
    <message>
        <source>Klanten zonder ambitiegesprek zoeken…</source>
        <translation>Finding clients without an ambitiegesprek…</translation>
    </message>
    <message>
        <source>{shown} van {total} klanten zonder ambitiegesprek getoond.</source>
        <translation>{shown} of {total} clients without an ambitiegesprek shown.</translation>
    </message>
    <message>
        <source>Kies eerst één of meer klanten.</source>
        <translation>Choose one or more clients first.</translation>
    </message>
    <message>
        <source>Ambitiegesprekken inplannen…</source>
        <translation>Scheduling ambitiegesprekken…</translation>
    </message>
    <message>
        <source>Inplannen</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Deze klanten zijn intussen al ingepland; er is niets bijgekomen.</source>
        <translation>These clients have been scheduled meanwhile; nothing was added.</translation>
    </message>
    <message>
        <source>{n} ambitiegesprek(ken) ingepland, het laatste op {last}.</source>
        <translation>{n} ambitiegesprek(ken) scheduled, the last one on {last}.</translation>
    </message>
</context>
<context>
    <name>ProcedureTabs</name>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Bijzonderheden</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Stappen van {procedure}</source>
        <translation>Steps of {procedure}</translation>
    </message>
    <message>
        <source>boete {amount}</source>
        <translation>fine {amount}</translation>
    </message>
    <message>
        <source>reden: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <source>nieuwe termijn {on}</source>
        <translation>new deadline {on}</translation>
    </message>
    <message>
        <source>nog niet afgedrukt</source>
        <translation>not printed yet</translation>
    </message>
    <message>
        <source>afgedrukt {when}</source>
        <translation>printed {when}</translation>
    </message>
    <message>
        <source>{step} (ronde {n})</source>
        <translation>{step} (round {n})</translation>
    </message>
    <message>
        <source>Volgende stap: {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <source>(een nieuwe ronde)</source>
        <translation>(a new round)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Wachtrij vandaag</source>
        <translation>Today&apos;s queue</translation>
    </message>
    <message>
        <source>Binnen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Wacht</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opgepakt door</source>
        <translation>Picked up by</translation>
    </message>
    <message>
        <source>&amp;Verder (Enter)</source>
        <translation>&amp;Continue (Enter)</translation>
    </message>
    <message>
        <source>Pakt de aanmelding op en opent de screening of de quickscan</source>
        <translation>Picks up the registration and opens the screening or the quickscan</translation>
    </message>
    <message>
        <source>&amp;Oppakken</source>
        <translation>&amp;Pick up</translation>
    </message>
    <message>
        <source>&amp;Teruggeven</source>
        <translation>&amp;Hand back</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ver&amp;nieuwen (F5)</source>
        <translation>&amp;Refresh (F5)</translation>
    </message>
    <message>
        <source>De wachtrij kon niet worden ververst; probeer het zo opnieuw.</source>
        <translation>The queue could not be refreshed; please try again shortly.</translation>
    </message>
    <message>
        <source>ACUUT · {status}</source>
        <translation>ACUTE · {status}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Al opgepakt</source>
        <translation>Already picked up</translation>
    </message>
    <message>
        <source>{message} Wilt u het overnemen?</source>
        <translation>{message} Do you want to take it over?</translation>
    </message>
</context>
<context>
    <name>QuickscanDialog</name>
    <message>
        <source>Quickscan: {name}</source>
        <translation>Quickscan: {name}</translation>
    </message>
    <message>
        <source>Wat valt op</source>
        <translation>What stands out</translation>
    </message>
    <message>
        <source>Vraag van de klant</source>
        <translation>Client&apos;s question</translation>
    </message>
    <message>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Vraag bij de aanmelding: {q}</source>
        <translation>Question at registration: {q}</translation>
    </message>
    <message>
        <source>Screening: {e} ({why})</source>
        <translation>Screening: {e} ({why})</translation>
    </message>
    <message>
        <source>Acute nood gemeld bij de screening.</source>
        <translation>Acute need reported at the screening.</translation>
    </message>
    <message>
        <source>Doorverwezen naar: {p}</source>
        <translation>Referred to: {p}</translation>
    </message>
    <message>
        <source>Leefgebieden leeg</source>
        <translation>Life domains empty</translation>
    </message>
    <message>
        <source>Bij deze leefgebieden is niets ingevuld:

{domains}

Toch afronden?</source>
        <translation>Nothing was filled in for these life domains:

{domains}

Finish anyway?</translation>
    </message>
    <message>
        <source>&amp;Toch afronden</source>
        <translation>&amp;Finish anyway</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Hele klantvraag *</source>
        <translation>Client&apos;s &amp;whole question *</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Recht op &amp;uitkering? *</source>
        <translation>&amp;Entitled to a benefit? *</translation>
    </message>
    <message>
        <source>Ver&amp;wijzen naar een partner…</source>
        <translation>Refer to a &amp;partner…</translation>
    </message>
    <message>
        <source>Vervolgstappen (meer dan één mag)</source>
        <translation>Next steps (more than one allowed)</translation>
    </message>
    <message>
        <source>Afspraak {kind}</source>
        <translation>Appointment {kind}</translation>
    </message>
    <message>
        <source>Meenemen: {docs}</source>
        <translation>What to bring: {docs}</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Vervolgstappen</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Ver&amp;wijzen naar nog een partner…</source>
        <translation>Refer to another &amp;partner…</translation>
    </message>
    <message>
        <source>Stap 1 van 2: leefgebieden</source>
        <translation>Step 1 of 2: life domains</translation>
    </message>
    <message>
        <source>Stap 2 van 2: besluit</source>
        <translation>Step 2 of 2: decision</translation>
    </message>
    <message>
        <source>&amp;Verder (Ctrl+Enter)</source>
        <translation>&amp;Next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Afronden (Ctrl+Enter)</source>
        <translation>&amp;Finish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen; uw invoer is bewaard.</source>
        <translation>Please check the highlighted fields. Nothing has been saved yet; your input has been kept.</translation>
    </message>
    <message>
        <source>Quickscan afgerond. Klantmanager: {km}. Afspraken: {a}, taken met termijn: {t}.</source>
        <translation>Quickscan completed. Klantmanager: {km}. Appointments: {a}, tasks with a deadline: {t}.</translation>
    </message>
</context>
<context>
    <name>RapportageDialog</name>
    <message>
        <source>Voortgangsrapportages van aanbieders</source>
        <translation>Providers&apos; progress reports</translation>
    </message>
    <message>
        <source>Rapportages tot nu toe</source>
        <translation>Reports so far</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Rapportages tot nu toe:</source>
        <translation>Reports so far:</translation>
    </message>
    <message>
        <source>Rapportage &amp;vastleggen (Ctrl+S)</source>
        <translation>&amp;Record the report (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Activiteit *</source>
        <translation>&amp;Activity *</translation>
    </message>
    <message>
        <source>&amp;Datum *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Aan&amp;wezigheid *</source>
        <translation>Atte&amp;ndance *</translation>
    </message>
    <message>
        <source>&amp;Wat de rapportage zegt *</source>
        <translation>&amp;What the report says *</translation>
    </message>
    <message>
        <source>Het plan heeft geen externe activiteiten</source>
        <translation>The plan has no external activities</translation>
    </message>
    <message>
        <source> · rapportage uiterlijk {date}</source>
        <translation> · report due by {date}</translation>
    </message>
    <message>
        <source>Controleer de datum.</source>
        <translation>Check the date.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Klanten zonder klantmanager toewijzen</source>
        <translation>Assign clients without a klantmanager</translation>
    </message>
    <message>
        <source>Klanten herverdelen: {name}</source>
        <translation>Redistribute clients: {name}</translation>
    </message>
    <message>
        <source>Voorstel voor de klanten zonder klantmanager (de eerste {n} op naam; daarna de volgende): elk naar de best passende klantmanager, met de reden erbij. Kies een regel en wijzig zo nodig de klantmanager eronder.</source>
        <translation>Proposal for the clients without a klantmanager (the first {n} by name; then the next ones): each goes to the best-fitting klantmanager, with the reason. Choose a row and change the klantmanager below it if needed.</translation>
    </message>
    <message>
        <source>Voorstel: elke klant van {name} gaat naar de best passende collega, met de reden erbij. Kies een regel en wijzig zo nodig de klantmanager eronder.</source>
        <translation>Proposal: each of {name}&apos;s clients goes to the best-fitting colleague, with the reason. Choose a row and change the klantmanager below it if needed.</translation>
    </message>
    <message>
        <source>Voorstel herverdeling</source>
        <translation>Proposed redistribution</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Naar (gekozen klant)</source>
        <translation>&amp;To (selected client)</translation>
    </message>
    <message>
        <source>bijvoorbeeld: vertrekt per 1 december</source>
        <translation>for example: leaving on 1 December</translation>
    </message>
    <message>
        <source>&amp;Reden *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>&amp;Herverdelen (Ctrl+S)</source>
        <translation>Re&amp;distribute (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Voorstel berekenen…</source>
        <translation>Calculating proposal…</translation>
    </message>
    <message>
        <source>(blijft)</source>
        <translation>(stays)</translation>
    </message>
    <message>
        <source>Niet verhuizen</source>
        <translation>Do not move</translation>
    </message>
    <message>
        <source>{name} (gewijzigd)</source>
        <translation>{name} (changed)</translation>
    </message>
    <message>
        <source>{n} klanten verhuizen: {spread}.</source>
        <translation>{n} clients move: {spread}.</translation>
    </message>
    <message>
        <source>{over} gaan naar iemand zonder ruimte (niemand anders die past heeft ruimte).</source>
        <translation>{over} go to someone without room (nobody else who fits has room).</translation>
    </message>
    <message>
        <source>(niet verhuizen)</source>
        <translation>(do not move)</translation>
    </message>
    <message>
        <source>Er verhuist geen enkele klant.</source>
        <translation>Not a single client is moving.</translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Klanten herverdelen…</source>
        <translation>Redistributing clients…</translation>
    </message>
    <message>
        <source>{n} klanten hebben een andere klantmanager.</source>
        <translation>{n} clients have a different klantmanager.</translation>
    </message>
    <message>
        <source>{n} klanten zijn overgeslagen: een collega heeft ze intussen al verhuisd.</source>
        <translation>{n} clients were skipped: a colleague had already moved them in the meantime.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Verwijzen naar een partner: {name}</source>
        <translation>Refer to a partner: {name}</translation>
    </message>
    <message>
        <source>Verwijs alleen door met toestemming van de klant om gegevens te delen. Komt er geen reactie, dan krijgt de klantmanager een taak om na te gaan.</source>
        <translation>Refer only with the client&apos;s consent to share data. If no answer comes, the klantmanager gets a task to follow it up.</translation>
    </message>
    <message>
        <source>— kies een partner —</source>
        <translation>— choose a partner —</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Partner *</translation>
    </message>
    <message>
        <source>Wat vraagt u de partner voor de klant?</source>
        <translation>What do you ask the partner for the client?</translation>
    </message>
    <message>
        <source>&amp;Vraag *</source>
        <translation>&amp;Question *</translation>
    </message>
    <message>
        <source>— kies hoe de klant toestemming gaf —</source>
        <translation>— choose how the client consented —</translation>
    </message>
    <message>
        <source>&amp;Toestemming van de klant *</source>
        <translation>Client&apos;s &amp;consent *</translation>
    </message>
    <message>
        <source>&amp;Verwijzen (Ctrl+S)</source>
        <translation>&amp;Refer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Beweging</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Niet gescoord</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>{domain}: score nu</source>
        <translation>{domain}: score now</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Participatieladder *</source>
        <translation>&amp;Participation ladder *</translation>
    </message>
    <message>
        <source>↑ vooruit</source>
        <translation>↑ forward</translation>
    </message>
    <message>
        <source>↓ achteruit</source>
        <translation>↓ backward</translation>
    </message>
    <message>
        <source>= gelijk</source>
        <translation>= same</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening: {name}</source>
        <translation>Screening: {name}</translation>
    </message>
    <message>
        <source>Vraag bij de aanmelding: {q}</source>
        <translation>Question at registration: {q}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Acute nood</source>
        <translation>Acute need</translation>
    </message>
    <message>
        <source>Een vinkje hier zet de aanmelding bovenaan de wachtrij en maakt een taak voor vandaag.</source>
        <translation>A tick here puts the registration at the top of the queue and creates a task for today.</translation>
    </message>
    <message>
        <source>Rechtmatigheid (ruwe inschatting)</source>
        <translation>Eligibility (rough assessment)</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Inschatting *</source>
        <translation>&amp;Assessment *</translation>
    </message>
    <message>
        <source>&amp;Waarom *</source>
        <translation>&amp;Why *</translation>
    </message>
    <message>
        <source>Doorverwijzen naar partners</source>
        <translation>Refer to partners</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>— alleen nodig bij een verwijzing —</source>
        <translation>— only needed for a referral —</translation>
    </message>
    <message>
        <source>&amp;Toestemming van de klant</source>
        <translation>Client&apos;s &amp;consent</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Door naar de &amp;quickscan</source>
        <translation>On to the &amp;quickscan</translation>
    </message>
    <message>
        <source>Aanmelding hier &amp;beëindigen</source>
        <translation>&amp;End the registration here</translation>
    </message>
    <message>
        <source>&amp;Reden van beëindigen</source>
        <translation>&amp;Reason for ending</translation>
    </message>
    <message>
        <source>&amp;Afronden (Ctrl+Enter)</source>
        <translation>&amp;Finish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Sluiten, concept bewaren (Esc)</source>
        <translation>&amp;Close, keep draft (Esc)</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen; uw invoer is bewaard als concept.</source>
        <translation>Please check the highlighted fields. Nothing has been saved yet; your input has been kept as a draft.</translation>
    </message>
    <message>
        <source>Acute nood vastgelegd: de aanmelding staat bovenaan en er is een taak voor vandaag.</source>
        <translation>Acute need recorded: the registration is at the top of the queue and there is a task for today.</translation>
    </message>
    <message>
        <source>De aanmelding wacht nu op de quickscan.</source>
        <translation>The registration is now waiting for the quickscan.</translation>
    </message>
    <message>
        <source>De aanmelding is beëindigd.</source>
        <translation>The registration has been ended.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Klant zoeken</source>
        <translation>Find client</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Achternaam, BSN, postcode (1234 AB) of geboortedatum (dd-mm-jjjj)</source>
        <translation>Surname, BSN, postcode (1234 AB) or date of birth (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Zoeken naar een klant</source>
        <translation>Search for a client</translation>
    </message>
    <message>
        <source>&amp;Nieuwe aanmelding</source>
        <translation>&amp;New registration</translation>
    </message>
    <message>
        <source>Nieuwe aanmelding (Ctrl+N)</source>
        <translation>New registration (Ctrl+N)</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Typ een achternaam, BSN, postcode of geboortedatum. Enter opent het dossier; Ctrl+N start een nieuwe aanmelding.</source>
        <translation>Type a surname, BSN, postcode or date of birth. Enter opens the file; Ctrl+N starts a new registration.</translation>
    </message>
    <message>
        <source>Geen klant gevonden. Nieuwe klant? Kies &apos;Nieuwe aanmelding&apos;.</source>
        <translation>No client found. New client? Choose &apos;New registration&apos;.</translation>
    </message>
    <message>
        <source>De eerste {n} klanten; typ verder om te verfijnen.</source>
        <translation>The first {n} clients; keep typing to narrow down.</translation>
    </message>
    <message>
        <source>{n} klant(en) gevonden.</source>
        <translation>{n} client(s) found.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Aangemeld als {who}</source>
        <translation>Signed in as {who}</translation>
    </message>
    <message>
        <source>Vergrendelen (Ctrl+L), wachtwoord wijzigen, wissel gebruiker, afmelden</source>
        <translation>Lock (Ctrl+L), change password, switch user, sign out</translation>
    </message>
    <message>
        <source>Nu &amp;vergrendelen</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Wissel &amp;gebruiker</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <source>&amp;Afmelden</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Aanmelden – Intake Werkplein</source>
        <translation>Sign in – Intake Werkplein</translation>
    </message>
    <message>
        <source>Intake Werkplein</source>
        <translation>Intake Werkplein</translation>
    </message>
    <message>
        <source>Server: {where}</source>
        <translation>Server: {where}</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Demo-accounts: balie, wisselwachter, km.jansen, teamleider, beheerder.
Wachtwoord: demo-werkplein</source>
        <translation>Demo accounts: balie, wisselwachter, km.jansen, teamleider, beheerder.
Password: demo-werkplein</translation>
    </message>
    <message>
        <source>Let op: deze computer heeft geen beveiligde sleutelopslag (zoals Windows Referentiebeheer of de sleutelbos van het bureaublad), dus de gegevens staan hier niet versleuteld. Gebruik voor echte klantgegevens de server.</source>
        <translation>Note: this computer has no secure key store (such as Windows Credential Manager or the desktop keyring), so the data here is not encrypted. Use the server for real client data.</translation>
    </message>
    <message>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Met &amp;Windows-account</source>
        <translation>With &amp;Windows account</translation>
    </message>
    <message>
        <source>Aanmelden als {name} zonder wachtwoord (eenmalig aanmelden)</source>
        <translation>Sign in as {name} without a password (single sign-on)</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kies eerst een nieuw wachtwoord; daarna kunt u verder.</source>
        <translation>Choose a new password first; then you can continue.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source> klanten</source>
        <translation> clients</translation>
    </message>
    <message>
        <source>A&amp;ctief: kan aanmelden en krijgt werk</source>
        <translation>Acti&amp;ve: can sign in and receives work</translation>
    </message>
    <message>
        <source>Alleen een beheerder geeft of neemt deze rol.</source>
        <translation>Only an administrator grants or removes this role.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mailadres</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>Max. case&amp;load</source>
        <translation>Max. case&amp;load</translation>
    </message>
    <message>
        <source>Wer&amp;kdagen</source>
        <translation>&amp;Working days</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Rollen</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>E&amp;xpertise</source>
        <translation>E&amp;xpertise</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>&amp;Nieuwe medewerker…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <source>Tijdelijk wa&amp;chtwoord…</source>
        <translation>Temporary pass&amp;word…</translation>
    </message>
    <message>
        <source>Voor een collega die het wachtwoord vergat of buitengesloten is</source>
        <translation>For a colleague who forgot the password or is locked out</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Max. caseload</source>
        <translation>Max. caseload</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Afwezig</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>t/m {date}</source>
        <translation>to {date} incl.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Medewerker wijzigen</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>Tijdelijk wachtwoord</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Kies eerst een medewerker.</source>
        <translation>Choose a staff member first.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{procedure}: stap vastleggen ({name})</source>
        <translation>{procedure}: record step ({name})</translation>
    </message>
    <message>
        <source>Stap {n} van {m}: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>Step {n} of {m}: &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bij deze stap hoort een brief aan de klant.</source>
        <translation>This step comes with a letter to the client.</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Datum *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>— kies het besluit —</source>
        <translation>— choose the decision —</translation>
    </message>
    <message>
        <source>&amp;Besluit *</source>
        <translation>D&amp;ecision *</translation>
    </message>
    <message>
        <source>— kies de reden —</source>
        <translation>— choose the reason —</translation>
    </message>
    <message>
        <source>&amp;Reden *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>in euro&apos;s, bijvoorbeeld 250,00 (hoogstens {max})</source>
        <translation>in euros, for example 250,00 (at most {max})</translation>
    </message>
    <message>
        <source>Bo&amp;etebedrag *</source>
        <translation>&amp;Fine amount *</translation>
    </message>
    <message>
        <source>&amp;Nieuwe termijn *</source>
        <translation>&amp;New deadline *</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (nu: {deadline})</source>
        <translation>dd-mm-yyyy (now: {deadline})</translation>
    </message>
    <message>
        <source>De volgende stap van {procedure} is nu &apos;{step}&apos;.</source>
        <translation>The next step of {procedure} is now &apos;{step}&apos;.</translation>
    </message>
    <message>
        <source>Een collega heeft intussen iets vastgelegd, en deze stap kan nu niet meer: {reason} Er is niets opgeslagen. Sluit dit venster om te zien wat er is vastgelegd.</source>
        <translation>A colleague has recorded something meanwhile, and this step is no longer possible: {reason} Nothing has been saved. Close this window to see what has been recorded.</translation>
    </message>
</context>
<context>
    <name>SteppedDialog</name>
    <message>
        <source>&amp;Terug (Esc)</source>
        <translation>&amp;Back (Esc)</translation>
    </message>
    <message>
        <source>&amp;Sluiten, concept bewaren</source>
        <translation>&amp;Close, keep draft</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>&amp;Klanten op de laptop houden voor een volgend huisbezoek</source>
        <translation>&amp;Keep the clients on the laptop for another home visit</translation>
    </message>
    <message>
        <source>Zonder vinkje gaan de klanten na het synchroniseren van de laptop af; met vinkje krijgt de laptop de nieuwste gegevens van de server.</source>
        <translation>Unticked, the clients leave the laptop after synchronising; ticked, the laptop gets the latest details from the server.</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <source>&amp;Conflicten bekijken…</source>
        <translation>View &amp;conflicts…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Op deze laptop zijn geen klanten meegenomen.</source>
        <translation>No clients have been taken along on this laptop.</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Klanten op de laptop: {clients}
Wijzigingen nog niet naar de server: {changes}
Conflicten open: {conflicts}
Laatst gesynchroniseerd: {last}</source>
        <translation>Clients on the laptop: {clients}
Changes not yet sent to the server: {changes}
Open conflicts: {conflicts}
Last synchronised: {last}</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Naar de server: wijzigingen {n}, regels voor het auditlog {audit}.</source>
        <translation>To the server: changes {n}, audit log entries {audit}.</translation>
    </message>
    <message>
        <source>Al aangekomen bij een eerdere poging: {n}.</source>
        <translation>Already arrived in an earlier attempt: {n}.</translation>
    </message>
    <message>
        <source>Geweigerd: {n} wijzigingen die een laptop niet mag sturen (over klanten die niet zijn meegenomen, of aan het auditlog). Ze staan in het auditlog.</source>
        <translation>Refused: {n} changes a laptop may not send (about clients not taken along, or to the audit log). They are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Op de laptop én op de server gewijzigd: {n}. Kies per gegeven welke versie blijft.</source>
        <translation>Changed on both the laptop and the server: {n}. Choose which version stays for each detail.</translation>
    </message>
    <message>
        <source>Van de laptop gehaald: {n} klanten.</source>
        <translation>Removed from the laptop: {n} clients.</translation>
    </message>
    <message>
        <source>{n} klanten blijven op de laptop, bijgewerkt.</source>
        <translation>{n} clients stay on the laptop, updated.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>S&amp;ynchroniseren…</source>
        <translation>S&amp;ynchronise…</translation>
    </message>
    <message>
        <source>Wijzigingen van de laptop naar de server sturen</source>
        <translation>Send changes from the laptop to the server</translation>
    </message>
    <message>
        <source>● Offline: u werkt op de laptop</source>
        <translation>● Offline: you are working on the laptop</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Server niet bereikbaar</source>
        <translation>● Server cannot be reached</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd: {n}</source>
        <translation>Not yet synchronised: {n}</translation>
    </message>
    <message>
        <source>Klanten op de laptop: {n} · gesynchroniseerd</source>
        <translation>Clients on the laptop: {n} · synchronised</translation>
    </message>
    <message>
        <source>Conflicten open: {n}</source>
        <translation>Open conflicts: {n}</translation>
    </message>
</context>
<context>
    <name>TalkStep</name>
    <message>
        <source>&amp;Geplande afspraak</source>
        <translation>Planned &amp;appointment</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Str&amp;ess *</source>
        <translation>Str&amp;ess *</translation>
    </message>
    <message>
        <source>Vorige keer: {stress}</source>
        <translation>Last time: {stress}</translation>
    </message>
    <message>
        <source>Hoe gaat het, in de woorden van de klant</source>
        <translation>How things are going, in the client&apos;s own words</translation>
    </message>
    <message>
        <source>Gezin, gezondheid, wonen, werk</source>
        <translation>Family, health, housing, work</translation>
    </message>
    <message>
        <source>Werk, toeslagen, alimentatie, schulden</source>
        <translation>Work, allowances, alimony, debts</translation>
    </message>
    <message>
        <source>Hoe gaat het met de &amp;klant</source>
        <translation>How the client is &amp;doing</translation>
    </message>
    <message>
        <source>Veranderingen in het &amp;leven</source>
        <translation>Changes in &amp;life</translation>
    </message>
    <message>
        <source>Veranderingen in het &amp;inkomen</source>
        <translation>Changes in &amp;income</translation>
    </message>
    <message>
        <source>Gesprek bij de klant t&amp;huis (huisbezoek)</source>
        <translation>Talk at the client&apos;s &amp;home (home visit)</translation>
    </message>
    <message>
        <source>Vorig voortgangsgesprek: {when}.</source>
        <translation>Previous progress talk: {when}.</translation>
    </message>
    <message>
        <source>Dit is het eerste voortgangsgesprek.</source>
        <translation>This is the first progress talk.</translation>
    </message>
    <message>
        <source>Klantgroep: {group}. {last}</source>
        <translation>Klantgroep: {group}. {last}</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Voortgangsgesprek van {when}</source>
        <translation>Progress talk of {when}</translation>
    </message>
    <message>
        <source>{talk} (thuis)</source>
        <translation>{talk} (at home)</translation>
    </message>
    <message>
        <source>Geen geplande afspraak (los gesprek)</source>
        <translation>No planned appointment (separate talk)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Caseloads van het team</source>
        <translation>Team caseloads</translation>
    </message>
    <message>
        <source>Caseload &amp;bekijken</source>
        <translation>&amp;View caseload</translation>
    </message>
    <message>
        <source>Klanten &amp;herverdelen…</source>
        <translation>&amp;Redistribute clients…</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Afwezig tot</source>
        <translation>Absent until</translation>
    </message>
    <message>
        <source>Caseload per klantmanager</source>
        <translation>Caseload per klantmanager</translation>
    </message>
    <message>
        <source>{n} klantmanagers · {clients} klanten · {over} zonder ruimte</source>
        <translation>{n} klantmanagers · {clients} clients · {over} without room</translation>
    </message>
    <message>
        <source>{name} (vertrokken)</source>
        <translation>{name} (left)</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Tijdelijk wachtwoord</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>{name} krijgt een tijdelijk wachtwoord; het huidige werkt dan niet meer. Doorgaan?</source>
        <translation>{name} gets a temporary password; the current one then stops working. Continue?</translation>
    </message>
    <message>
        <source>Het tijdelijke wachtwoord van {name} is hieronder. Geef het persoonlijk of telefonisch door, niet per e-mail. Bij de eerste aanmelding kiest {name} een eigen wachtwoord. Dit venster toont het maar één keer.</source>
        <translation>The temporary password of {name} is below. Hand it over in person or by phone, not by e-mail. At the first sign-in {name} chooses a password of their own. This window shows it only once.</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ToegangDialog</name>
    <message>
        <source>Toegang met reden</source>
        <translation>Access with a reason</translation>
    </message>
    <message>
        <source>Uw reden, uw naam en het tijdstip worden vastgelegd. De toegang geldt tot het einde van vandaag; een teamleider controleert haar.</source>
        <translation>Your reason, your name and the time are recorded. Access lasts until the end of today; a team leader reviews it.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de klant staat aan de balie en de eigen klantmanager is ziek.</source>
        <translation>For example: the client is at the counter and their own klantmanager is ill.</translation>
    </message>
    <message>
        <source>&amp;Reden *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>&amp;Toegang vragen (Ctrl+Enter)</source>
        <translation>&amp;Ask for access (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>TrajectplanDialog</name>
    <message>
        <source>Trajectplan: {name}</source>
        <translation>Trajectplan: {name}</translation>
    </message>
    <message>
        <source>Mijn invoer to&amp;ch opslaan</source>
        <translation>Save m&amp;y input anyway</translation>
    </message>
    <message>
        <source>&amp;Doelperspectief (één integraal doel)</source>
        <translation>&amp;Overall goal (one integrated goal)</translation>
    </message>
    <message>
        <source>Doelen per &amp;leefgebied</source>
        <translation>Goals per life &amp;domain</translation>
    </message>
    <message>
        <source>Doelen per leefgebied</source>
        <translation>Goals per life domain</translation>
    </message>
    <message>
        <source>Afspraken voor de &amp;klant</source>
        <translation>Agreements for the &amp;client</translation>
    </message>
    <message>
        <source>Afspraken voor de &amp;gemeente</source>
        <translation>Agreements for the &amp;municipality</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: nog niet gepland)</source>
        <translation>dd-mm-yyyy (empty: not planned yet)</translation>
    </message>
    <message>
        <source>Deze versie wordt vastgelegd: daarna drukt u haar af, en tekenen de klant en u. Later drukt ze precies zo opnieuw af.

Plaats van ondertekening:</source>
        <translation>This version will be fixed: you then print it, and the client and you sign it. Later it prints exactly the same again.

Place of signing:</translation>
    </message>
    <message>
        <source>Vul de plaats in.</source>
        <translation>Enter the place.</translation>
    </message>
    <message>
        <source>Traject afronden</source>
        <translation>Complete the traject</translation>
    </message>
    <message>
        <source>Is het traject klaar? Het plan wordt dan afgerond en wijzigt niet meer.</source>
        <translation>Is the traject finished? The plan is then completed and no longer changes.</translation>
    </message>
    <message>
        <source>&amp;Eerstvolgend voortgangsgesprek</source>
        <translation>&amp;Next progress talk</translation>
    </message>
    <message>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Be&amp;sproken met klant</source>
        <translation>D&amp;iscussed with client</translation>
    </message>
    <message>
        <source>O&amp;ndertekenen…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <source>Voor&amp;beeld en afdrukken…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Eerdere ve&amp;rsies…</source>
        <translation>Previous &amp;versions…</translation>
    </message>
    <message>
        <source>Rapportages aan&amp;bieders…</source>
        <translation>Provider &amp;reports…</translation>
    </message>
    <message>
        <source>Traject a&amp;fronden…</source>
        <translation>Com&amp;plete traject…</translation>
    </message>
    <message>
        <source>&amp;Nieuw plan beginnen</source>
        <translation>Start a &amp;new plan</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Trajectplan · versie {n} · {status}</source>
        <translation>Trajectplan · version {n} · {status}</translation>
    </message>
    <message>
        <source>Doel {n}: {message}</source>
        <translation>Goal {n}: {message}</translation>
    </message>
    <message>
        <source>Met &apos;Mijn invoer toch opslaan&apos; legt u uw invoer over de nieuwe versie heen; met Sluiten en opnieuw openen ziet u eerst de nieuwe versie.</source>
        <translation>With &apos;Save my input anyway&apos; your input replaces the new version; close and open again to see the new version first.</translation>
    </message>
    <message>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Versie {n}: ondertekend op {on} te {place} ({by})</source>
        <translation>Version {n}: signed on {on} in {place} ({by})</translation>
    </message>
    <message>
        <source>Eerdere versies</source>
        <translation>Previous versions</translation>
    </message>
    <message>
        <source>Welke versie openen?</source>
        <translation>Which version do you want to open?</translation>
    </message>
</context>
<context>
    <name>UnfinishedWork</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>Ambitiegesprek</source>
        <translation>Ambitiegesprek</translation>
    </message>
    <message>
        <source>Het trajectplan</source>
        <translation>trajectplan</translation>
    </message>
    <message>
        <source>Een notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Een voortgangsgesprek</source>
        <translation>progress talk</translation>
    </message>
    <message>
        <source>Het afsluiten van het traject</source>
        <translation>closure of the traject</translation>
    </message>
    <message>
        <source>Het heropenen van het traject</source>
        <translation>reopening of the traject</translation>
    </message>
    <message>
        <source>De inburgeringsplicht</source>
        <translation>civic integration duty</translation>
    </message>
    <message>
        <source>Een stap van de inburgering</source>
        <translation>civic integration step</translation>
    </message>
    <message>
        <source>Niet-afgerond werk</source>
        <translation>Unfinished work</translation>
    </message>
    <message>
        <source>{kind} van {time} voor {name} is nog niet afgerond. Hervatten?</source>
        <translation>The {kind} of {time} for {name} is not finished. Resume?</translation>
    </message>
    <message>
        <source>&amp;Hervatten</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Hervatten</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Het programma is vergrendeld omdat het een tijd niet is gebruikt.</source>
        <translation>The program was locked because it has not been used for a while.</translation>
    </message>
    <message>
        <source>{name} heeft het programma vergrendeld.</source>
        <translation>{name} locked the program.</translation>
    </message>
    <message>
        <source>Wat u had ingevuld, staat nog klaar.</source>
        <translation>What you had filled in is still there.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord van {name}</source>
        <translation>&amp;Password for {name}</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen met Windows-account</source>
        <translation>&amp;Unlock with Windows account</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Andere &amp;gebruiker</source>
        <translation>Other &amp;user</translation>
    </message>
    <message>
        <source>{name} afmelden; wat er was ingevuld, blijft voor {name} bewaard</source>
        <translation>Sign {name} out; what was filled in is kept for {name}</translation>
    </message>
    <message>
        <source>Uw Windows-account geeft geen toegang meer tot de server.</source>
        <translation>Your Windows account no longer gives access to the server.</translation>
    </message>
    <message>
        <source>Dat wachtwoord klopt niet.</source>
        <translation>That password is incorrect.</translation>
    </message>
</context>
<context>
    <name>VernietigingView</name>
    <message>
        <source>Wacht op goedkeuring</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>Vernietigd</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Te vernietigen</source>
        <translation>To be destroyed</translation>
    </message>
    <message>
        <source>Dossiers waarvan de bewaartermijn (Selectielijst gemeenten 2020) is verstreken. Een beheerder stelt de lijst op; een teamleider die haar niet zelf opstelde, keurt haar goed. Bij goedkeuring worden de dossiers meteen vernietigd; de lijst blijft als bewijs.</source>
        <translation>Case files whose retention period (Selectielijst gemeenten 2020) has ended. An administrator draws up the list; a team leader who did not draw it up approves it. On approval the case files are destroyed at once; the list is kept as proof.</translation>
    </message>
    <message>
        <source>Opgesteld op</source>
        <translation>Drawn up on</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Opgesteld door</source>
        <translation>Drawn up by</translation>
    </message>
    <message>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Vernietigingslijsten</source>
        <translation>Destruction lists</translation>
    </message>
    <message>
        <source>Klantnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Vernietigen vanaf</source>
        <translation>Destroy from</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Dossiers op de lijst</source>
        <translation>Case files on the list</translation>
    </message>
    <message>
        <source>Vernietigings&amp;lijsten</source>
        <translation>Destruction &amp;lists</translation>
    </message>
    <message>
        <source>Do&amp;ssiers op de gekozen lijst</source>
        <translation>Ca&amp;se files on the chosen list</translation>
    </message>
    <message>
        <source>Peil&amp;datum</source>
        <translation>Reference &amp;date</translation>
    </message>
    <message>
        <source>Lijst &amp;opstellen</source>
        <translation>Draw up &amp;list</translation>
    </message>
    <message>
        <source>&amp;Goedkeuren en vernietigen…</source>
        <translation>&amp;Approve and destroy…</translation>
    </message>
    <message>
        <source>Af&amp;wijzen…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Bewijs als &amp;PDF…</source>
        <translation>Proof as &amp;PDF…</translation>
    </message>
    <message>
        <source>Bewijs als &amp;CSV…</source>
        <translation>Proof as &amp;CSV…</translation>
    </message>
    <message>
        <source>U stelde deze lijst zelf op (vier ogen).</source>
        <translation>You drew up this list yourself (four eyes).</translation>
    </message>
    <message>
        <source>Bezig met opstellen…</source>
        <translation>Drawing up…</translation>
    </message>
    <message>
        <source>De lijst is opgesteld; een teamleider keurt haar goed.</source>
        <translation>The list is drawn up; a team leader approves it.</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>De lijst is afgewezen; er is niets vernietigd.</source>
        <translation>The list was rejected; nothing was destroyed.</translation>
    </message>
    <message>
        <source>{done} dossier(s) vernietigd, {skipped} overgeslagen.</source>
        <translation>{done} case file(s) destroyed, {skipped} skipped.</translation>
    </message>
    <message>
        <source>De dossiers worden vernietigd…</source>
        <translation>Destroying the case files…</translation>
    </message>
    <message>
        <source>Verklaring van vernietiging</source>
        <translation>Declaration of destruction</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The file could not be saved. Choose another folder.</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>VoortgangDialog</name>
    <message>
        <source>Voortgangsgesprek: {name}</source>
        <translation>Progress talk: {name}</translation>
    </message>
    <message>
        <source>Stap 1 van 4: hoe gaat het met de klant</source>
        <translation>Step 1 of 4: how the client is doing</translation>
    </message>
    <message>
        <source>Stap 2 van 4: leefgebieden en participatieladder</source>
        <translation>Step 2 of 4: life domains and participation ladder</translation>
    </message>
    <message>
        <source>Stap 3 van 4: doelen van het trajectplan</source>
        <translation>Step 3 of 4: goals of the trajectplan</translation>
    </message>
    <message>
        <source>Stap 4 van 4: rechtmatigheid en klantgroep</source>
        <translation>Step 4 of 4: lawfulness and klantgroep</translation>
    </message>
    <message>
        <source>&amp;Afronden (Ctrl+Enter)</source>
        <translation>&amp;Finish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Verder (Ctrl+Enter)</source>
        <translation>&amp;Next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden. Er is nog niets opgeslagen; uw invoer is bewaard.</source>
        <translation>Please check the highlighted fields. Nothing has been saved yet; your input has been kept.</translation>
    </message>
    <message>
        <source>Voortgangsgesprek vastgelegd.</source>
        <translation>Progress talk recorded.</translation>
    </message>
    <message>
        <source>Nieuwe klantgroep: {group}.</source>
        <translation>New klantgroep: {group}.</translation>
    </message>
    <message>
        <source>Volgend voortgangsgesprek: {when}.</source>
        <translation>Next progress talk: {when}.</translation>
    </message>
    <message>
        <source>Er is geen vast volgend voortgangsgesprek.</source>
        <translation>There is no fixed next progress talk.</translation>
    </message>
    <message>
        <source>Het trajectplan is bijgewerkt (versie {n}, concept).</source>
        <translation>The trajectplan has been updated (version {n}, draft).</translation>
    </message>
    <message>
        <source>De klantgroep vraagt om een klantmanager met een andere functie: de wisselwachters hebben daarvoor een taak.</source>
        <translation>The klantgroep calls for a klantmanager with a different job title: the wisselwachters have a task for this.</translation>
    </message>
    <message>
        <source>Voortgangsgesprek</source>
        <translation>Progress talk</translation>
    </message>
</context>
<context>
    <name>WerkvoorraadView</name>
    <message>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Te laat, vandaag en binnenkort</source>
        <translation>Overdue, today and soon</translation>
    </message>
    <message>
        <source>Alleen te laat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Alles wat open staat</source>
        <translation>Everything still open</translation>
    </message>
    <message>
        <source>Mijn teams: niet opgepakt of te laat</source>
        <translation>My teams: not taken on or overdue</translation>
    </message>
    <message>
        <source>&amp;Openen (Enter)</source>
        <translation>&amp;Open (Enter)</translation>
    </message>
    <message>
        <source>&amp;Afhandelen</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen (F5)</source>
        <translation>&amp;Refresh (F5)</translation>
    </message>
    <message>
        <source>Bij</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Werkvoorraad</source>
        <translation>Work list</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>{late} te laat · {n} open in totaal</source>
        <translation>{late} overdue · {n} open in total</translation>
    </message>
    <message>
        <source>Mijn teams: {n} niet opgepakt of te laat (kies dat bij Toon)</source>
        <translation>My teams: {n} not taken on or overdue (choose that under Show)</translation>
    </message>
    <message>
        <source>nog niet opgepakt</source>
        <translation>not yet taken on</translation>
    </message>
    <message>
        <source>Klantmanager toewijzen</source>
        <translation>Assign klantmanager</translation>
    </message>
    <message>
        <source>Overdracht</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>Maatregel beoordelen</source>
        <translation>Assess a measure</translation>
    </message>
    <message>
        <source>Work First-resultaat</source>
        <translation>Work First result</translation>
    </message>
    <message>
        <source>Afhandelen</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Is deze taak gedaan?

{title}</source>
        <translation>Is this task done?

{title}</translation>
    </message>
</context>
<context>
    <name>WhatHappens</name>
    <message>
        <source>Wat er gebeurt bij afsluiten</source>
        <translation>What happens on closure</translation>
    </message>
    <message>
        <source>De klant krijgt de status Afgesloten en telt niet meer mee in de caseload van {name}.</source>
        <translation>The client gets the status Closed and no longer counts in the caseload of {name}.</translation>
    </message>
    <message>
        <source>de klantmanager</source>
        <translation>the klantmanager</translation>
    </message>
    <message>
        <source>Het trajectplan wordt afgerond, met de uitkomst per doel.</source>
        <translation>The trajectplan is completed, with the outcome per goal.</translation>
    </message>
    <message>
        <source>Nazorgtaken voor {name}:</source>
        <translation>Aftercare tasks for {name}:</translation>
    </message>
    <message>
        <source>• (de datums volgen uit de datum van afsluiting)</source>
        <translation>• (the dates follow from the date of closure)</translation>
    </message>
    <message>
        <source>Een overdrachtstaak voor {name}, en een notitie in het dossier.</source>
        <translation>A hand-over task for {name}, and a note in the file.</translation>
    </message>
    <message>
        <source>de teamleiders (zij wijzen een inkomensconsulent aan)</source>
        <translation>the team leaders (they appoint an income consultant)</translation>
    </message>
    <message>
        <source>Kies eerst de reden.</source>
        <translation>First choose the reason.</translation>
    </message>
    <message>
        <source>Geplande afspraken die worden geannuleerd ({n}):</source>
        <translation>Planned appointments that will be cancelled ({n}):</translation>
    </message>
    <message>
        <source>Er zijn geen geplande afspraken om te annuleren.</source>
        <translation>There are no planned appointments to cancel.</translation>
    </message>
    <message>
        <source>Open taken die vervallen ({n}):</source>
        <translation>Open tasks that lapse ({n}):</translation>
    </message>
</context>
<context>
    <name>WorkFirstDialog</name>
    <message>
        <source>Work First-resultaat: {name}</source>
        <translation>Work First result: {name}</translation>
    </message>
    <message>
        <source>Is de klant binnen 48 uur aan het werk?</source>
        <translation>Is the client at work within 48 hours?</translation>
    </message>
    <message>
        <source>&amp;Ja, aan het werk</source>
        <translation>&amp;Yes, at work</translation>
    </message>
    <message>
        <source>&amp;Nee, niet aan het werk</source>
        <translation>&amp;No, not at work</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Wat nu</source>
        <translation>&amp;What now</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>&amp;Vastleggen (Ctrl+S)</source>
        <translation>&amp;Record (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kies ja of nee.</source>
        <translation>Choose yes or no.</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>aanmelding</name>
    <message>
        <source>Balie</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Intake: werk, inkomen, inburgering of participatie</source>
        <translation>Intake: work, income, civic integration or participation</translation>
    </message>
    <message>
        <source>Alleen schulden: schuldhulpverlening</source>
        <translation>Debts only: debt assistance</translation>
    </message>
    <message>
        <source>Zelfstandige met geldzorgen: inkomensconsulent Bbz</source>
        <translation>Self-employed with money worries: Bbz income consultant</translation>
    </message>
    <message>
        <source>Andere dienst of partner (geen dossier)</source>
        <translation>Other service or partner (no file)</translation>
    </message>
    <message>
        <source>Wacht op poortwachter</source>
        <translation>Waiting for poortwachter</translation>
    </message>
    <message>
        <source>In screening</source>
        <translation>In screening</translation>
    </message>
    <message>
        <source>Wacht op quickscan</source>
        <translation>Waiting for quickscan</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Afspraak schuldhulpverlening inplannen</source>
        <translation>Schedule debt assistance appointment</translation>
    </message>
    <message>
        <source>Contact opnemen: zelfstandige met geldzorgen (Bbz)</source>
        <translation>Get in touch: self-employed with money worries (Bbz)</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>identiteit</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>contactgegevens</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>aanmeldingen</source>
        <translation>registrations</translation>
    </message>
    <message>
        <source>gesprekken</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>afspraken en taken</source>
        <translation>appointments and tasks</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>trajectplannen</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>inburgering</source>
        <translation>civic integration</translation>
    </message>
    <message>
        <source>volledige BSN</source>
        <translation>full BSN</translation>
    </message>
    <message>
        <source>Deze klant valt buiten uw werk: u mag de {part} niet zien of wijzigen. Hebt u een reden, vraag dan &apos;toegang met reden&apos; (tot het einde van de dag; de teamleider ziet het).</source>
        <translation>This client is outside your work: you may not see or change the {part}. If you have a reason, ask for &apos;access with a reason&apos; (until the end of the day; the team leader sees it).</translation>
    </message>
    <message>
        <source>Met uw rol mag u de {part} van deze klant niet zien of wijzigen.</source>
        <translation>In your role you may not see or change this client&apos;s {part}.</translation>
    </message>
    <message>
        <source>Uw account is niet meer actief. Sluit het programma en neem contact op met de beheerder.</source>
        <translation>Your account is no longer active. Close the program and contact the administrator.</translation>
    </message>
    <message>
        <source>Met uw rol zoekt u geen klanten op.</source>
        <translation>In your role you do not look up clients.</translation>
    </message>
    <message>
        <source>Met uw rol schrijft u geen aanmeldingen in.</source>
        <translation>In your role you do not register clients.</translation>
    </message>
    <message>
        <source>Schrijf op waarom u dit dossier nodig hebt (minstens 10 tekens).</source>
        <translation>Write down why you need this file (at least 10 characters).</translation>
    </message>
    <message>
        <source>De reden heeft hoogstens 500 tekens.</source>
        <translation>The reason has at most 500 characters.</translation>
    </message>
    <message>
        <source>Toegang met reden controleren: {name}</source>
        <translation>Review access with a reason: {name}</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>Username or password is incorrect.</translation>
    </message>
    <message>
        <source>Aanmelden met uw Windows-account lukte niet. Meld u aan met gebruikersnaam en wachtwoord, of vraag de beheerder of eenmalig aanmelden voor u is ingesteld.</source>
        <translation>Signing in with your Windows account did not work. Sign in with user name and password, or ask the administrator whether single sign-on is set up for you.</translation>
    </message>
    <message>
        <source>Alleen een beheerder of teamleider beheert medewerkers.</source>
        <translation>Only an administrator or team leader manages staff.</translation>
    </message>
    <message>
        <source>Alleen een beheerder of teamleider bekijkt de gegevens en afwezigheid van een collega.</source>
        <translation>Only an administrator or team leader views a colleague&apos;s details and absences.</translation>
    </message>
    <message>
        <source>Uw eigen wachtwoord wijzigt u met uw huidige wachtwoord: klik bovenaan op uw naam, Wachtwoord wijzigen.</source>
        <translation>You change your own password with your current one: click your name at the top, Change password.</translation>
    </message>
    <message>
        <source>Alleen een beheerder geeft een beheerder een tijdelijk wachtwoord.</source>
        <translation>Only an administrator gives an administrator a temporary password.</translation>
    </message>
    <message>
        <source>Deze medewerker bestaat niet (meer).</source>
        <translation>This staff member does not exist (anymore).</translation>
    </message>
    <message>
        <source>Deze afwezigheid bestaat niet (meer).</source>
        <translation>This absence does not exist (anymore).</translation>
    </message>
    <message>
        <source>Alleen een beheerder geeft of neemt de rol beheerder.</source>
        <translation>Only an administrator grants or removes the administrator role.</translation>
    </message>
    <message>
        <source>U kunt uw eigen rol beheerder niet weghalen.</source>
        <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
        <source>U kunt uw eigen account niet op inactief zetten.</source>
        <translation>You cannot make your own account inactive.</translation>
    </message>
    <message>
        <source>Alleen een beheerder zet een beheerder op inactief.</source>
        <translation>Only an administrator can make an administrator inactive.</translation>
    </message>
    <message>
        <source>Vul een maximum van 1 tot en met 500 in, of kies &apos;geen maximum&apos;.</source>
        <translation>Enter a maximum from 1 to 500, or choose &apos;no maximum&apos;.</translation>
    </message>
    <message>
        <source>Kies minstens één werkdag.</source>
        <translation>Choose at least one working day.</translation>
    </message>
    <message>
        <source>Kies werkdagen van maandag tot en met zondag.</source>
        <translation>Choose working days from Monday to Sunday.</translation>
    </message>
    <message>
        <source>Dit team staat niet in de lijst.</source>
        <translation>This team is not in the list.</translation>
    </message>
    <message>
        <source>Kies de back office waar deze medewerker bij hoort.</source>
        <translation>Choose the back office this staff member belongs to.</translation>
    </message>
    <message>
        <source>Deze functie staat niet in de lijst.</source>
        <translation>This job title is not in the list.</translation>
    </message>
    <message>
        <source>Deze expertise staat niet in de lijst.</source>
        <translation>This expertise is not in the list.</translation>
    </message>
    <message>
        <source>Vul de eerste dag van de afwezigheid in.</source>
        <translation>Enter the first day of the absence.</translation>
    </message>
    <message>
        <source>Vul de laatste dag van de afwezigheid in.</source>
        <translation>Enter the last day of the absence.</translation>
    </message>
    <message>
        <source>De laatste dag ligt vóór de eerste dag. Controleer de data.</source>
        <translation>The last day is before the first day. Check the dates.</translation>
    </message>
    <message>
        <source>Houd de reden korter dan 200 tekens.</source>
        <translation>Keep the reason shorter than 200 characters.</translation>
    </message>
    <message>
        <source>Gebruik letters en cijfers (eventueel . of -).</source>
        <translation>Use letters and digits (optionally . or -).</translation>
    </message>
    <message>
        <source>Deze gebruikersnaam bestaat al.</source>
        <translation>This username already exists.</translation>
    </message>
    <message>
        <source>Vul de naam in.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Er bestaat al een beheerder.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <source>Het eerste account moet een beheerder zijn.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <source>Te veel mislukte pogingen. Probeer het over {seconds} s opnieuw.</source>
        <translation>Too many failed attempts. Try again in {seconds} s.</translation>
    </message>
    <message>
        <source>Na te veel mislukte pogingen is aanmelden met dit account even geblokkeerd: probeer het over {minutes} min. opnieuw. Wachtwoord vergeten? Vraag de beheerder om een nieuw.</source>
        <translation>After too many failed attempts this account is blocked for a while: try again in {minutes} min. Forgot your password? Ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>Een wachtwoord heeft minstens 10 tekens; een zin van een paar woorden kan ook.</source>
        <translation>A password has at least 10 characters; a sentence of a few words works too.</translation>
    </message>
    <message>
        <source>Dit wachtwoord is te bekend: het staat in de lijst die inbrekers eerst proberen.</source>
        <translation>This password is too well known: it is on the list intruders try first.</translation>
    </message>
    <message>
        <source>Gebruik niet uw gebruikersnaam of naam als wachtwoord.</source>
        <translation>Do not use your username or name as a password.</translation>
    </message>
    <message>
        <source>Dit wachtwoord is te eenvoudig: gebruik meer verschillende tekens.</source>
        <translation>This password is too simple: use more different characters.</translation>
    </message>
    <message>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>Kies een ander wachtwoord dan het huidige.</source>
        <translation>Choose a password other than the current one.</translation>
    </message>
</context>
<context>
    <name>afsluiting</name>
    <message>
        <source>Een traject sluit de klantmanager van de klant af of heropent het (of de teamleider).</source>
        <translation>A traject is closed or reopened by the client&apos;s klantmanager (or the team leader).</translation>
    </message>
    <message>
        <source>Deze klant bestaat niet (meer).</source>
        <translation>This client does not exist (anymore).</translation>
    </message>
    <message>
        <source>Het traject van deze klant is al afgesloten.</source>
        <translation>This client&apos;s traject has already been closed.</translation>
    </message>
    <message>
        <source>Het traject van deze klant is niet afgesloten; heropenen kan dus niet.</source>
        <translation>This client&apos;s traject has not been closed, so it cannot be reopened.</translation>
    </message>
    <message>
        <source>Kies de reden waarom het traject eindigt.</source>
        <translation>Choose the reason why the traject ends.</translation>
    </message>
    <message>
        <source>Vul de datum van afsluiting in als dd-mm-jjjj.</source>
        <translation>Enter the date of closure as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>De datum van afsluiting ligt hoogstens een maand vooruit.</source>
        <translation>The date of closure is at most one month ahead.</translation>
    </message>
    <message>
        <source>De datum van afsluiting ligt hoogstens een jaar terug.</source>
        <translation>The date of closure is at most one year back.</translation>
    </message>
    <message>
        <source>Kies de sector waarin de klant gaat werken.</source>
        <translation>Choose the sector in which the client is going to work.</translation>
    </message>
    <message>
        <source>Vul het aantal uren per week in: een heel getal van 1 tot en met 60.</source>
        <translation>Enter the number of hours per week: a whole number from 1 to 60.</translation>
    </message>
    <message>
        <source>Kies hoe dit doel is afgelopen.</source>
        <translation>Choose how this goal ended.</translation>
    </message>
    <message>
        <source>De toelichting heeft hoogstens 4000 tekens. Maak haar korter.</source>
        <translation>The explanation has at most 4000 characters. Please shorten it.</translation>
    </message>
    <message>
        <source>Kies een inkomensconsulent uit de lijst, of laat de teamleider kiezen.</source>
        <translation>Choose an income consultant from the list, or let the team leader choose.</translation>
    </message>
    <message>
        <source>Schrijf op waarom het traject weer opengaat.</source>
        <translation>Write down why the traject is being reopened.</translation>
    </message>
    <message>
        <source>De reden heeft hoogstens 1000 tekens. Maak haar korter.</source>
        <translation>The reason has at most 1000 characters. Please shorten it.</translation>
    </message>
    <message>
        <source>Een overdracht wijst de teamleider toe aan een inkomensconsulent.</source>
        <translation>A hand-over is assigned to an income consultant by the team leader.</translation>
    </message>
    <message>
        <source>Kies de inkomensconsulent die de klant overneemt.</source>
        <translation>Choose the income consultant who takes over the client.</translation>
    </message>
    <message>
        <source>Deze klant heeft geen open overdracht (meer) aan de inkomensconsulenten.</source>
        <translation>This client has no open hand-over to the income consultants (anymore).</translation>
    </message>
</context>
<context>
    <name>ambitie</name>
    <message>
        <source>De klant kiest een klantgroep.</source>
        <translation>The client chooses a klantgroep.</translation>
    </message>
    <message>
        <source>De keuze wijkt af van het advies: schrijf op waarom.</source>
        <translation>The choice differs from the advice: write down why.</translation>
    </message>
    <message>
        <source>Kies een trede van 1 tot en met 6.</source>
        <translation>Choose a rung from 1 to 6.</translation>
    </message>
    <message>
        <source>Een score is 1 tot en met 5.</source>
        <translation>A score is 1 to 5.</translation>
    </message>
    <message>
        <source>Vul 0 of meer maanden in.</source>
        <translation>Enter 0 or more months.</translation>
    </message>
    <message>
        <source>Kies belemmeringen uit de lijst.</source>
        <translation>Choose obstacles from the list.</translation>
    </message>
    <message>
        <source>Loop alle rechten en plichten met de klant door en vink ze af.</source>
        <translation>Go through all rights and duties with the client and tick them.</translation>
    </message>
    <message>
        <source>Leg vast dat de klant zich aan de afspraken houdt (afspraak is afspraak).</source>
        <translation>Record that the client keeps to the agreements (afspraak is afspraak).</translation>
    </message>
    <message>
        <source>Kies een kick-off met plaats.</source>
        <translation>Choose a kick-off with room.</translation>
    </message>
    <message>
        <source>Het ambitiegesprek voert de intaker.</source>
        <translation>The ambitiegesprek is held by the intake officer.</translation>
    </message>
    <message>
        <source>Kick-offs plant een teamleider.</source>
        <translation>Kick-offs are planned by a team leader.</translation>
    </message>
    <message>
        <source>Kies een klantgroep.</source>
        <translation>Choose a klantgroep.</translation>
    </message>
    <message>
        <source>Vul de plaats in.</source>
        <translation>Enter the place.</translation>
    </message>
    <message>
        <source>Vul de trainer in.</source>
        <translation>Enter the trainer.</translation>
    </message>
    <message>
        <source>Er moet minstens één plaats zijn.</source>
        <translation>There must be at least one place.</translation>
    </message>
    <message>
        <source>Kies een kick-off van de gekozen klantgroep.</source>
        <translation>Choose a kick-off of the chosen klantgroep.</translation>
    </message>
    <message>
        <source>Deze kick-off is vol ({booked} van {capacity}); kies een andere.</source>
        <translation>This kick-off is full ({booked} of {capacity}); choose another.</translation>
    </message>
    <message>
        <source>Inplannen doet een teamleider.</source>
        <translation>Scheduling is done by a team leader.</translation>
    </message>
    <message>
        <source>Er is geen medewerker met de rol wisselwachter om bij in te plannen.</source>
        <translation>There is no staff member with the wisselwachter role to schedule with.</translation>
    </message>
    <message>
        <source>Inplannen afgebroken: er is niets vastgelegd.</source>
        <translation>Scheduling aborted: nothing has been recorded.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Dossier bekeken</source>
        <translation>File viewed</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Bekeken</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>BSN getoond</source>
        <translation>BSN shown</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Geïmporteerd</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Import gestart</source>
        <translation>Import started</translation>
    </message>
    <message>
        <source>Import teruggedraaid</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <source>Aangemeld</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Aanmelden mislukt</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Ontgrendelen mislukt</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen mislukt</source>
        <translation>Password change failed</translation>
    </message>
    <message>
        <source>Tijdelijk wachtwoord gegeven</source>
        <translation>Temporary password given</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Gezocht</source>
        <translation>Searched</translation>
    </message>
    <message>
        <source>Toegang met reden</source>
        <translation>Access with a reason</translation>
    </message>
    <message>
        <source>Beoordeeld</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Auditketen gecontroleerd</source>
        <translation>Audit chain verified</translation>
    </message>
    <message>
        <source>Dossier vernietigd</source>
        <translation>Case file destroyed</translation>
    </message>
    <message>
        <source>Meegenomen op laptop</source>
        <translation>Taken along on laptop</translation>
    </message>
    <message>
        <source>Van laptop teruggezet</source>
        <translation>Returned from laptop</translation>
    </message>
    <message>
        <source>Laptop gesynchroniseerd</source>
        <translation>Laptop synchronised</translation>
    </message>
    <message>
        <source>Conflict opgelost</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Rij toegevoegd (server)</source>
        <translation>Row added (server)</translation>
    </message>
    <message>
        <source>Rij gewijzigd (server)</source>
        <translation>Row changed (server)</translation>
    </message>
    <message>
        <source>Rij verwijderd (server)</source>
        <translation>Row deleted (server)</translation>
    </message>
    <message>
        <source>klant</source>
        <translation>client</translation>
    </message>
    <message>
        <source>aanmelding</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>meeneemblad</source>
        <translation>checklist of what to bring</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>screening</translation>
    </message>
    <message>
        <source>quickscan</source>
        <translation>quickscan</translation>
    </message>
    <message>
        <source>afspraak</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>ambitiegesprek</source>
        <translation>ambitiegesprek</translation>
    </message>
    <message>
        <source>kick-off</source>
        <translation>kick-off</translation>
    </message>
    <message>
        <source>klantmanager</source>
        <translation>klantmanager</translation>
    </message>
    <message>
        <source>caseload</source>
        <translation>caseload</translation>
    </message>
    <message>
        <source>taak</source>
        <translation>task</translation>
    </message>
    <message>
        <source>afwezigheid</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>trajectplan</source>
        <translation>trajectplan</translation>
    </message>
    <message>
        <source>herverdeling</source>
        <translation>redistribution</translation>
    </message>
    <message>
        <source>instellingen</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>voortgangsgesprek</source>
        <translation>progress talk</translation>
    </message>
    <message>
        <source>beëindiging traject</source>
        <translation>traject closure</translation>
    </message>
    <message>
        <source>inburgering</source>
        <translation>civic integration</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>inzage</source>
        <translation>access report</translation>
    </message>
    <message>
        <source>auditregels voor een inzage</source>
        <translation>audit rows for an access report</translation>
    </message>
    <message>
        <source>vernietigingslijst</source>
        <translation>destruction list</translation>
    </message>
    <message>
        <source>logboek dataverwerkingen</source>
        <translation>data processing log</translation>
    </message>
    <message>
        <source>overdracht</source>
        <translation>hand-over</translation>
    </message>
    <message>
        <source>voortgangsrapportage</source>
        <translation>progress report</translation>
    </message>
    <message>
        <source>maatregel</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>Work First-resultaat</source>
        <translation>Work First result</translation>
    </message>
    <message>
        <source>{what} bekeken</source>
        <translation>{what} viewed</translation>
    </message>
    <message>
        <source>Alleen een beheerder mag het auditlog bekijken.</source>
        <translation>Only an administrator may view the audit log.</translation>
    </message>
    <message>
        <source>de auditregel is na het vastleggen gewijzigd</source>
        <translation>the audit row was changed after it was recorded</translation>
    </message>
    <message>
        <source>de auditregel is verwijderd</source>
        <translation>the audit row was deleted</translation>
    </message>
    <message>
        <source>een schakel ontbreekt (verwijderd)</source>
        <translation>a link is missing (deleted)</translation>
    </message>
    <message>
        <source>de schakel sluit niet aan op de vorige</source>
        <translation>the link does not follow the previous one</translation>
    </message>
    <message>
        <source>een auditregel staat buiten de keten</source>
        <translation>an audit row is outside the chain</translation>
    </message>
    <message>
        <source>Alleen een beheerder controleert de keten.</source>
        <translation>Only a beheerder verifies the chain.</translation>
    </message>
    <message>
        <source>De controle van de keten is afgebroken.</source>
        <translation>The chain verification was cancelled.</translation>
    </message>
    <message>
        <source>Er zijn op deze datum geen dossiers te vernietigen.</source>
        <translation>No dossiers are due for destruction on this date.</translation>
    </message>
    <message>
        <source>Een vernietigingslijst keurt een teamleider goed die haar niet zelf heeft opgesteld (vier ogen).</source>
        <translation>A destruction list is approved by a teamleider who did not draw it up (four eyes).</translation>
    </message>
    <message>
        <source>Over deze vernietigingslijst is al beslist.</source>
        <translation>This destruction list has already been decided on.</translation>
    </message>
    <message>
        <source>Alleen een beheerder stelt de vernietigingslijst op.</source>
        <translation>Only a beheerder draws up the destruction list.</translation>
    </message>
    <message>
        <source>Alleen een beheerder of teamleider ziet de vernietigingslijsten.</source>
        <translation>Only an administrator or team leader sees the destruction lists.</translation>
    </message>
    <message>
        <source>Alleen een beheerder exporteert het logboek.</source>
        <translation>Only an administrator exports the processing log.</translation>
    </message>
    <message>
        <source>Het exporteren is afgebroken.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not succeed</translation>
    </message>
</context>
<context>
    <name>brieven</name>
    <message>
        <source>Deze afspraak is niet met een klant: er is niemand om een bevestiging te sturen.</source>
        <translation>This appointment is not with a client: there is nobody to send a confirmation to.</translation>
    </message>
    <message>
        <source>Alleen van een geplande afspraak die nog moet komen kunt u een bevestiging maken.</source>
        <translation>You can only make a confirmation for a scheduled appointment that is still to come.</translation>
    </message>
    <message>
        <source>Deze kick-off bestaat niet (meer).</source>
        <translation>This kick-off does not exist (anymore).</translation>
    </message>
    <message>
        <source>Deze kick-off is al geweest: er gaan geen uitnodigingen meer uit.</source>
        <translation>This kick-off has already taken place: no more invitations will be sent.</translation>
    </message>
    <message>
        <source>Meld u aan om een bevestiging te maken.</source>
        <translation>Sign in to make a confirmation.</translation>
    </message>
    <message>
        <source>Uitnodigingen voor een kick-off maakt een intaker, klantmanager of teamleider.</source>
        <translation>Kick-off invitations are made by an intake officer, klantmanager or team leader.</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <source>Kies hoe de klant zich meldt.</source>
        <translation>Choose how the client made contact.</translation>
    </message>
    <message>
        <source>Kies waar de klant naartoe gaat.</source>
        <translation>Choose where the client is going.</translation>
    </message>
    <message>
        <source>Schrijf de vraag van de klant op.</source>
        <translation>Write down the client&apos;s question.</translation>
    </message>
    <message>
        <source>Kies of typ naar wie de klant is doorverwezen.</source>
        <translation>Choose or type who the client has been referred to.</translation>
    </message>
    <message>
        <source>Deze klant bestaat niet meer.</source>
        <translation>This client no longer exists.</translation>
    </message>
    <message>
        <source>Klant ingeschreven</source>
        <translation>Client registered</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Screening poortwachter</source>
        <translation>Poortwachter screening</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>Ambitiegesprek</source>
        <translation>Ambitiegesprek</translation>
    </message>
    <message>
        <source>Voortgangsgesprek</source>
        <translation>Progress talk</translation>
    </message>
    <message>
        <source>Gegevens gecorrigeerd</source>
        <translation>Personal data corrected</translation>
    </message>
    <message>
        <source>Afspraak gepland</source>
        <translation>Appointment scheduled</translation>
    </message>
    <message>
        <source>Verwezen naar partner</source>
        <translation>Referred to a partner</translation>
    </message>
    <message>
        <source>Overgedragen aan back office</source>
        <translation>Handed over to a back office</translation>
    </message>
    <message>
        <source>Antwoord van partner</source>
        <translation>Answer from a partner</translation>
    </message>
    <message>
        <source>Terugmelding back office</source>
        <translation>Report-back from a back office</translation>
    </message>
    <message>
        <source>Kick-off geboekt</source>
        <translation>Kick-off booked</translation>
    </message>
    <message>
        <source>Maatregel voorgesteld</source>
        <translation>Measure proposed</translation>
    </message>
    <message>
        <source>Besluit over maatregel</source>
        <translation>Decision on a measure</translation>
    </message>
    <message>
        <source>Work First-resultaat</source>
        <translation>Work First result</translation>
    </message>
    <message>
        <source>Voortgangsrapportage aanbieder</source>
        <translation>Provider&apos;s progress report</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Klantmanager toegewezen</source>
        <translation>Klantmanager assigned</translation>
    </message>
    <message>
        <source>Notitie (huisbezoek)</source>
        <translation>Note (home visit)</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Geef aan waarom de gegevens worden gewijzigd (de klant ziet dit bij inzage).</source>
        <translation>Say why the data is being changed (the client sees this in an access report).</translation>
    </message>
    <message>
        <source>Houd de reden korter dan 500 tekens.</source>
        <translation>Keep the reason under 500 characters.</translation>
    </message>
    <message>
        <source>Een andere klant heeft dit BSN al.</source>
        <translation>Another client already has this BSN.</translation>
    </message>
    <message>
        <source>Aangemeld</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>In intake</source>
        <translation>In intake</translation>
    </message>
    <message>
        <source>In traject</source>
        <translation>On a traject</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>Vul de naam of het adres van de server in.</source>
        <translation>Enter the name or address of the server.</translation>
    </message>
    <message>
        <source>Een poort is een getal van 1 tot 65535.</source>
        <translation>A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Vul de naam van de database in.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>Dit bestand bestaat niet op deze computer.</source>
        <translation>This file does not exist on this computer.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Controleer de naam van de server en de poort, en of deze computer de server mag bereiken.</source>
        <translation>No connection to the server. Check the server name and the port, and whether this computer may reach the server.</translation>
    </message>
    <message>
        <source>De server biedt geen versleutelde verbinding (TLS). Het programma maakt geen onversleutelde verbinding; vraag de beheerder van de server om TLS aan te zetten.</source>
        <translation>The server offers no encrypted connection (TLS). The program makes no unencrypted connection; ask the server administrator to switch TLS on.</translation>
    </message>
    <message>
        <source>De server antwoordt, maar zijn certificaat is niet te controleren (een ander servernaam of een onbekende uitgever). Geef het CA-certificaat van uw organisatie op.</source>
        <translation>The server answers, but its certificate cannot be verified (another server name or an unknown issuer). Give your organisation&apos;s CA certificate.</translation>
    </message>
    <message>
        <source>De server antwoordt versleuteld en zijn certificaat klopt. Medewerkers melden zich straks aan met hun eigen account op de server.</source>
        <translation>The server answers encrypted and its certificate is valid. Staff will sign in with their own account on the server.</translation>
    </message>
    <message>
        <source>De server laat iemand zonder wachtwoord toe: zo is hij niet veilig genoeg voor klantgegevens. Vraag de beheerder van de server om in pg_hba.conf scram-sha-256 te gebruiken (zie docs/server.md).</source>
        <translation>The server lets someone in without a password: that is not safe enough for client data. Ask the server administrator to use scram-sha-256 in pg_hba.conf (see docs/server.md).</translation>
    </message>
    <message>
        <source>Alleen een beheerder kiest de database.</source>
        <translation>Only an administrator chooses the database.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Instellingen niet gelezen</source>
        <translation>Settings not read</translation>
    </message>
    <message>
        <source>Het instellingenbestand kon niet worden gelezen; het programma start met de standaardinstellingen.
{problem}</source>
        <translation>The settings file could not be read; the program starts with the default settings.
{problem}</translation>
    </message>
    <message>
        <source>Configuratie klopt niet</source>
        <translation>Configuration is incorrect</translation>
    </message>
    <message>
        <source>Database niet beschikbaar</source>
        <translation>Database not available</translation>
    </message>
    <message>
        <source>Gegevens versleutelen</source>
        <translation>Encrypt the data</translation>
    </message>
    <message>
        <source>De gegevens op deze computer staan nog onversleuteld op de schijf. Nu eenmalig versleutelen? De sleutel komt in de beveiligde sleutelopslag van uw account op deze computer; onversleutelde kopieën worden verwijderd.</source>
        <translation>The data on this computer is still stored unencrypted. Encrypt it now, once? The key goes into your account&apos;s secure key store on this computer; unencrypted copies are removed.</translation>
    </message>
    <message>
        <source>Gegevens versleutelen…</source>
        <translation>Encrypting the data…</translation>
    </message>
    <message>
        <source>Versleutelen is niet gelukt; de gegevens staan nog zoals ze stonden. Zie het logboek.</source>
        <translation>Encryption did not succeed; the data is as it was. See the log file.</translation>
    </message>
    <message>
        <source>De database kon niet worden geopend ({kind}). Zie het logboek:
{path}</source>
        <translation>The database could not be opened ({kind}). See the log file:
{path}</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis. Wat u had ingevuld, is zoveel mogelijk bewaard. De fout is vastgelegd in het logboek:
{path}</source>
        <translation>Something unexpectedly went wrong. What you had entered has been kept as far as possible. The error has been recorded in the log file:
{path}</translation>
    </message>
    <message>
        <source>Details &amp;kopiëren</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Soort fout, plaats in het programma en versies naar het klembord, voor de servicedesk. Zonder gegevens van klanten.</source>
        <translation>Kind of error, place in the program and versions to the clipboard, for the service desk. Without any client data.</translation>
    </message>
    <message>
        <source>De details staan op het klembord.</source>
        <translation>The details are on the clipboard.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Deze gegevens zijn intussen gewijzigd door {who}. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het scherm. Open het dossier opnieuw om de nieuwe gegevens te zien.</source>
        <translation>This data has meanwhile been changed by {who}. Your changes have not been saved, but are still on the screen. Open the file again to see the new data.</translation>
    </message>
    <message>
        <source>Deze taak is aan niemand gericht. Er is niets opgeslagen; meld dit aan de beheerder (de instellingen van teams en routes).</source>
        <translation>This task is addressed to nobody. Nothing was saved; report this to the administrator (the settings of teams and routes).</translation>
    </message>
    <message>
        <source>De database op de server is nog niet bijgewerkt voor deze versie van het programma. Vraag de beheerder van de server om &apos;intake-desktop server migrate&apos; uit te voeren.</source>
        <translation>The database on the server has not been updated for this version of the program yet. Ask the server administrator to run &apos;intake-desktop server migrate&apos;.</translation>
    </message>
    <message>
        <source>De database op de server is van een nieuwere versie van het programma. Laat deze werkplek bijwerken naar de nieuwste versie.</source>
        <translation>The database on the server belongs to a newer version of the program. Have this workstation updated to the latest version.</translation>
    </message>
    <message>
        <source>De server is nog niet klaargezet voor aanmelden met een eigen account. Vraag de beheerder van de server om &apos;intake-desktop server init&apos; uit te voeren.</source>
        <translation>The server has not been set up for signing in with a personal account yet. Ask the server administrator to run &apos;intake-desktop server init&apos;.</translation>
    </message>
    <message>
        <source>De server staat dit met uw rol niet toe. Er is niets opgeslagen; wat u invulde, staat nog in het scherm.</source>
        <translation>The server does not allow this for your role. Nothing was saved; what you entered is still on the screen.</translation>
    </message>
    <message>
        <source>Dit kan alleen namens wie nu is aangemeld. Er is niets opgeslagen; meld u opnieuw aan.</source>
        <translation>This can only be done on behalf of whoever is signed in now. Nothing was saved; please sign in again.</translation>
    </message>
    <message>
        <source>Uw rollen zijn gewijzigd sinds u zich aanmeldde. Er is niets opgeslagen; meld u opnieuw aan.</source>
        <translation>Your roles have changed since you signed in. Nothing was saved; please sign in again.</translation>
    </message>
    <message>
        <source>Deze versie van het programma kon de gegevens niet bijwerken ({what}). Er is niets verloren: de gegevens staan nog zoals ze waren, en een kopie van voor het bijwerken staat ernaast. Neem contact op met de beheerder.</source>
        <translation>This version of the program could not update the data ({what}). Nothing is lost: the data are as they were, and a copy from before the update is next to them. Please contact the administrator.</translation>
    </message>
    <message>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation>This appointment does not exist (anymore).</translation>
    </message>
    <message>
        <source>Deze aanmelding bestaat niet (meer).</source>
        <translation>This registration does not exist (anymore).</translation>
    </message>
    <message>
        <source>Deze aanmelding is al afgerond.</source>
        <translation>This registration has already been completed.</translation>
    </message>
    <message>
        <source>{who} heeft deze aanmelding al opgepakt.</source>
        <translation>{who} has already picked up this registration.</translation>
    </message>
    <message>
        <source>Alleen wie een aanmelding oppakte, geeft hem terug.</source>
        <translation>Only the person who picked up a registration can hand it back.</translation>
    </message>
    <message>
        <source>Een collega heeft deze aanmelding opgepakt.</source>
        <translation>A colleague has picked up this registration.</translation>
    </message>
    <message>
        <source>Dit kon niet worden opgeslagen: op een andere werkplek werd tegelijk hetzelfde vastgelegd (bijvoorbeeld hetzelfde BSN). Vernieuw het scherm en probeer het opnieuw.</source>
        <translation>This could not be saved: the same thing was recorded at another workstation at the same time (for example the same BSN). Refresh the screen and try again.</translation>
    </message>
    <message>
        <source>De database is even bezet of niet bereikbaar. Er is niets opgeslagen; probeer het over een ogenblik opnieuw.</source>
        <translation>The database is busy or out of reach for a moment. Nothing was saved; please try again shortly.</translation>
    </message>
    <message>
        <source>Deze klant bestaat niet (meer).</source>
        <translation>This client does not exist (any more).</translation>
    </message>
    <message>
        <source>De gegevens op deze computer zijn versleuteld, maar de sleutel staat niet in de sleutelbos van dit account. Meld u aan met het account waarmee ze zijn gemaakt, of neem contact op met de beheerder. Er is niets gewist.</source>
        <translation>The data on this computer is encrypted, but the key is not in this account&apos;s key store. Sign in with the account that made it, or contact the administrator. Nothing has been erased.</translation>
    </message>
    <message>
        <source>De gegevens op deze computer kunnen met de sleutel uit de sleutelbos niet worden geopend. Er is niets gewist; neem contact op met de beheerder.</source>
        <translation>The data on this computer cannot be opened with the key from the key store. Nothing has been erased; contact the administrator.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Import afgebroken: er is niets opgeslagen.</source>
        <translation>Import aborted: nothing has been saved.</translation>
    </message>
    <message>
        <source>De kopregel mist de kolom(men): {columns}. Zie de README voor het formaat.</source>
        <translation>The header row is missing the column(s): {columns}. See the README for the format.</translation>
    </message>
    <message>
        <source>Alleen een beheerder mag klanten importeren.</source>
        <translation>Only an administrator may import clients.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen ({reason}). Is het nog geopend in een ander programma?</source>
        <translation>The file could not be read ({reason}). Is it still open in another program?</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Het bestand is geen geldig CSV-bestand ({reason}).</source>
        <translation>The file is not a valid CSV file ({reason}).</translation>
    </message>
    <message>
        <source>Het bestand is als UTF-8 opgeslagen, maar regel {line} is dat niet: het bevat twee tekensets door elkaar. Er is niets geïmporteerd. Sla het bestand opnieuw op als UTF-8 (in Excel: CSV UTF-8) en controleer die regel.</source>
        <translation>The file was saved as UTF-8, but line {line} is not: it mixes two character sets. Nothing was imported. Save the file again as UTF-8 (in Excel: CSV UTF-8) and check that line.</translation>
    </message>
    <message>
        <source>Regel {line} bevat tekens die geen UTF-8 en geen Windows-1252 zijn. Er is niets geïmporteerd. Sla het bestand opnieuw op als UTF-8.</source>
        <translation>Line {line} holds characters that are neither UTF-8 nor Windows-1252. Nothing was imported. Save the file again as UTF-8.</translation>
    </message>
    <message>
        <source>onbekende code &apos;{code}&apos;.</source>
        <translation>unknown code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>staat ook al op regel {line} van dit bestand.</source>
        <translation>is also on line {line} of this file.</translation>
    </message>
    <message>
        <source>de regel is langer dan {most} tekens en is niet gelezen.</source>
        <translation>the line is longer than {most} characters and was not read.</translation>
    </message>
    <message>
        <source>geen geldige CSV (een aanhalingsteken dat niet sluit of een te lang veld).</source>
        <translation>not valid CSV (a quote that does not close or a field that is too long).</translation>
    </message>
</context>
<context>
    <name>inburgering</name>
    <message>
        <source>De inburgering bekijkt een klantmanager, teamleider of wisselwachter.</source>
        <translation>Civic integration is viewed by a klantmanager, team leader or wisselwachter.</translation>
    </message>
    <message>
        <source>Stappen van de handhaving legt de klantmanager (of de teamleider) vast.</source>
        <translation>Enforcement steps are recorded by the klantmanager (or the team leader).</translation>
    </message>
    <message>
        <source>Een inburgeringsplicht legt een klantmanager, teamleider of wisselwachter vast.</source>
        <translation>A civic integration duty is recorded by a klantmanager, team leader or wisselwachter.</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Voldaan</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Ontheffing</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Deze klant heeft (nog) geen inburgeringsplicht in het programma.</source>
        <translation>This client has no civic integration duty in the program (yet).</translation>
    </message>
    <message>
        <source>Deze klant heeft al een inburgeringsplicht. Open die om stappen vast te leggen.</source>
        <translation>This client already has a civic integration duty. Open it to record steps.</translation>
    </message>
    <message>
        <source>De inburgeringsplicht loopt niet meer (status: {status}): er komen geen stappen meer bij.</source>
        <translation>The civic integration duty is no longer ongoing (status: {status}): no more steps can be added.</translation>
    </message>
    <message>
        <source>Beboeten begint pas na een handhavingsbesluit &apos;Naar beboeten&apos;.</source>
        <translation>Fining only starts after the enforcement decision &apos;Naar beboeten&apos;.</translation>
    </message>
    <message>
        <source>Deze stap kan nu niet: de volgende stap van {procedure} is &apos;{step}&apos;.</source>
        <translation>This step is not possible now: the next step of {procedure} is &apos;{step}&apos;.</translation>
    </message>
    <message>
        <source>Deze stap bestaat niet (meer).</source>
        <translation>This step does not exist (anymore).</translation>
    </message>
    <message>
        <source>Bij deze stap hoort geen brief.</source>
        <translation>This step has no letter.</translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>De datum ligt vóór de start van de inburgeringsplicht.</source>
        <translation>The date is before the start of the civic integration duty.</translation>
    </message>
    <message>
        <source>De datum ligt vóór de vorige stap van deze procedure.</source>
        <translation>The date is before the previous step of this procedure.</translation>
    </message>
    <message>
        <source>Kies het besluit.</source>
        <translation>Choose the decision.</translation>
    </message>
    <message>
        <source>Dit besluit is langer dan 32 tekens en past niet in de database. Laat de beheerder inburgering.toml aanpassen.</source>
        <translation>This decision is longer than 32 characters and does not fit in the database. Ask the administrator to adjust inburgering.toml.</translation>
    </message>
    <message>
        <source>Kies de reden.</source>
        <translation>Choose the reason.</translation>
    </message>
    <message>
        <source>Vul het bedrag van de boete in.</source>
        <translation>Enter the amount of the fine.</translation>
    </message>
    <message>
        <source>Schrijf het bedrag in euro&apos;s met een komma, bijvoorbeeld 250,00.</source>
        <translation>Write the amount in euros with a decimal comma, for example 250,00.</translation>
    </message>
    <message>
        <source>Een boete is meer dan € 0,00.</source>
        <translation>A fine is more than € 0,00.</translation>
    </message>
    <message>
        <source>Dit is meer dan de hoogste boete die de regels toestaan.</source>
        <translation>This is more than the highest fine the rules allow.</translation>
    </message>
    <message>
        <source>Vul de nieuwe termijn in.</source>
        <translation>Enter the new deadline.</translation>
    </message>
    <message>
        <source>De nieuwe termijn moet na de huidige termijn liggen.</source>
        <translation>The new deadline must be after the current deadline.</translation>
    </message>
    <message>
        <source>De nieuwe termijn moet na de datum van het besluit liggen.</source>
        <translation>The new deadline must be after the date of the decision.</translation>
    </message>
    <message>
        <source>Vul in sinds wanneer de klant inburgeringsplichtig is.</source>
        <translation>Enter since when the client has had the civic integration duty.</translation>
    </message>
    <message>
        <source>De termijn moet na de start van de plicht liggen.</source>
        <translation>The deadline must be after the start of the duty.</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Waarschijnlijk recht</source>
        <translation>Probably entitled</translation>
    </message>
    <message>
        <source>Waarschijnlijk geen recht</source>
        <translation>Probably not entitled</translation>
    </message>
    <message>
        <source>Nog onduidelijk</source>
        <translation>Still unclear</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nog onbekend</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Ja, mogelijk recht op uitkering</source>
        <translation>Yes, possibly entitled to a benefit</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Niet verschenen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>1 – grote zorgen, er is direct hulp nodig</source>
        <translation>1 – serious concerns, help is needed right away</translation>
    </message>
    <message>
        <source>2 – lukt nog niet zelf</source>
        <translation>2 – cannot manage on their own yet</translation>
    </message>
    <message>
        <source>3 – lukt deels, met hulp</source>
        <translation>3 – partly manages, with help</translation>
    </message>
    <message>
        <source>4 – lukt grotendeels zelf</source>
        <translation>4 – mostly manages on their own</translation>
    </message>
    <message>
        <source>5 – lukt helemaal zelf</source>
        <translation>5 – fully manages on their own</translation>
    </message>
    <message>
        <source>1 – geïsoleerd</source>
        <translation>1 – isolated</translation>
    </message>
    <message>
        <source>2 – sociale contacten buiten de deur</source>
        <translation>2 – social contacts outside the home</translation>
    </message>
    <message>
        <source>3 – deelname aan georganiseerde activiteiten</source>
        <translation>3 – taking part in organised activities</translation>
    </message>
    <message>
        <source>4 – onbetaald werk</source>
        <translation>4 – unpaid work</translation>
    </message>
    <message>
        <source>5 – betaald werk met ondersteuning</source>
        <translation>5 – paid work with support</translation>
    </message>
    <message>
        <source>6 – betaald werk</source>
        <translation>6 – paid work</translation>
    </message>
    <message>
        <source>Niet verschenen vastgelegd. Dit is de eerste gemiste afspraak: de klant wordt opgeroepen, en bij deze eerste oproep volgt geen sanctie.</source>
        <translation>No-show recorded. This is the first missed appointment: the client will be sent a call-up, and no sanction follows this first call-up.</translation>
    </message>
    <message>
        <source>Niet verschenen vastgelegd. De klant heeft eerder een afspraak gemist ({count} keer nu): de klantmanager krijgt een voorstel voor een maatregel om te beoordelen.</source>
        <translation>Recorded as not attended. The client has missed an appointment before ({count} times now): the klantmanager gets a proposal for a measure to assess.</translation>
    </message>
    <message>
        <source>Van deze afspraak is al vastgelegd hoe hij verliep.</source>
        <translation>The outcome of this appointment has already been recorded.</translation>
    </message>
    <message>
        <source>Deze afspraak is nog niet begonnen.</source>
        <translation>This appointment has not started yet.</translation>
    </message>
    <message>
        <source>Dit legt de medewerker van de afspraak vast, of een teamleider.</source>
        <translation>This is recorded by the staff member of the appointment, or a team leader.</translation>
    </message>
    <message>
        <source>Vat de hele vraag van de klant samen.</source>
        <translation>Summarise the client&apos;s whole question.</translation>
    </message>
    <message>
        <source>Kies of er mogelijk recht op een uitkering is.</source>
        <translation>Choose whether the client may be entitled to a benefit.</translation>
    </message>
    <message>
        <source>Kies minstens één vervolgstap.</source>
        <translation>Choose at least one next step.</translation>
    </message>
    <message>
        <source>Kies bij elk leefgebied ja, nee of onbekend.</source>
        <translation>Choose yes, no or unknown for each life domain.</translation>
    </message>
    <message>
        <source>Kies een datum en tijd in de toekomst voor deze afspraak.</source>
        <translation>Choose a date and time in the future for this appointment.</translation>
    </message>
    <message>
        <source>Deze afspraak valt samen met een andere afspraak van de klant.</source>
        <translation>This appointment overlaps another appointment of the client.</translation>
    </message>
    <message>
        <source>De quickscan doet de wisselwachter.</source>
        <translation>The quickscan is done by the wisselwachter.</translation>
    </message>
    <message>
        <source>Kies een inschatting van het recht.</source>
        <translation>Choose an eligibility assessment.</translation>
    </message>
    <message>
        <source>Schrijf kort op waarom u dit inschat.</source>
        <translation>Briefly write down why you assess it this way.</translation>
    </message>
    <message>
        <source>Schrijf op waarom de aanmelding hier eindigt.</source>
        <translation>Write down why the registration ends here.</translation>
    </message>
    <message>
        <source>Deze aanmelding moet eerst gescreend worden.</source>
        <translation>This registration must be screened first.</translation>
    </message>
    <message>
        <source>De screening van deze aanmelding is al afgerond door {who} om {at}.</source>
        <translation>The screening of this registration was already completed by {who} at {at}.</translation>
    </message>
    <message>
        <source>Deze aanmelding is al afgerond door {who} om {at}.</source>
        <translation>This registration was already completed by {who} at {at}.</translation>
    </message>
    <message>
        <source>Screenen doet de poortwachter.</source>
        <translation>Screening is done by the poortwachter.</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Afwezig met bericht</source>
        <translation>Absent with notice</translation>
    </message>
    <message>
        <source>Afwezig zonder bericht</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Uitgenodigd</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Deze kick-off is nog niet begonnen: aanwezigheid leggen we daarna vast.</source>
        <translation>This kick-off has not begun yet: attendance is recorded afterwards.</translation>
    </message>
    <message>
        <source>Maatregel opleggen</source>
        <translation>Impose a measure</translation>
    </message>
    <message>
        <source>Afzien van een maatregel</source>
        <translation>Waive a measure</translation>
    </message>
    <message>
        <source>Kies: opleggen of afzien.</source>
        <translation>Choose: impose or waive.</translation>
    </message>
    <message>
        <source>Schrijf de reden op (hoogstens 2000 tekens): de klant heeft recht op een gemotiveerd besluit.</source>
        <translation>Write down the reason (at most 2000 characters): the client is owed a reasoned decision.</translation>
    </message>
    <message>
        <source>Dit voorstel voor een maatregel bestaat niet (meer).</source>
        <translation>This proposal for a measure does not exist (any more).</translation>
    </message>
    <message>
        <source>Op dit tijdstip heeft de klant al een afspraak.</source>
        <translation>The client already has an appointment at this time.</translation>
    </message>
    <message>
        <source>Op dit tijdstip heeft de klantmanager al een afspraak.</source>
        <translation>The klantmanager already has an appointment at this time.</translation>
    </message>
    <message>
        <source>Op dit tijdstip is niemand vrij met wie deze afspraak is (een inkomensconsulent of de back office): kies een ander moment.</source>
        <translation>Nobody this appointment is with (an inkomensconsulent or the back office) is free at this time: choose another time.</translation>
    </message>
    <message>
        <source>Uitkeringsintake plannen</source>
        <translation>Plan the benefit intake</translation>
    </message>
    <message>
        <source>Nog een Work First-poging</source>
        <translation>Another Work First attempt</translation>
    </message>
    <message>
        <source>Iets anders (toelichten)</source>
        <translation>Something else (explain)</translation>
    </message>
    <message>
        <source>Kies wat er nu gebeurt.</source>
        <translation>Choose what happens now.</translation>
    </message>
    <message>
        <source>Schrijf op wat er gebeurt (hoogstens 2000 tekens).</source>
        <translation>Write down what happens (at most 2000 characters).</translation>
    </message>
    <message>
        <source>Deze Work First-taak bestaat niet (meer).</source>
        <translation>This Work First task does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>inzage</name>
    <message>
        <source>Alleen de klantmanager of een teamleider van deze klant maakt een inzage.</source>
        <translation>Only this client&apos;s klantmanager or a teamleider makes an access report.</translation>
    </message>
</context>
<context>
    <name>laptop</name>
    <message>
        <source>De sleutel van de gegevens op deze laptop ontbreekt. Zonder die sleutel zijn ze niet te lezen; neem contact op met de beheerder.</source>
        <translation>The key to the data on this laptop is missing. Without it the data cannot be read; contact the administrator.</translation>
    </message>
    <message>
        <source>De gegevens op deze laptop kunnen met deze sleutel niet worden geopend.</source>
        <translation>The data on this laptop cannot be opened with this key.</translation>
    </message>
    <message>
        <source>Deze computer heeft geen beveiligde sleutelopslag (zoals Windows Referentiebeheer, de macOS-sleutelhanger of de sleutelbos van het bureaublad). Zonder die opslag kunnen klantgegevens niet versleuteld op de laptop; neem contact op met de beheerder.</source>
        <translation>This computer has no secure key storage (such as Windows Credential Manager, the macOS Keychain or the desktop keyring). Without it, client data cannot be stored encrypted on the laptop; contact the administrator.</translation>
    </message>
    <message>
        <source>Alleen een klantmanager, wisselwachter of teamleider neemt klanten mee.</source>
        <translation>Only a klantmanager, wisselwachter or team leader takes clients along.</translation>
    </message>
    <message>
        <source>Deze gegevens op de laptop horen bij een andere medewerker.</source>
        <translation>The data on this laptop belongs to another staff member.</translation>
    </message>
    <message>
        <source>Kies eerst de klanten die u meeneemt.</source>
        <translation>First choose the clients you are taking along.</translation>
    </message>
    <message>
        <source>Afgebroken: er is niets op de laptop gezet.</source>
        <translation>Cancelled: nothing has been put on the laptop.</translation>
    </message>
    <message>
        <source>Meld u eerst aan bij de server met uw wachtwoord om te synchroniseren.</source>
        <translation>First sign in to the server with your password to synchronise.</translation>
    </message>
    <message>
        <source>Om klanten mee te nemen meldt u zich aan met uw gebruikersnaam en wachtwoord: daarmee meldt u zich straks offline op de laptop aan.</source>
        <translation>To take clients along, sign in with your user name and password: you will use them to sign in offline on the laptop.</translation>
    </message>
    <message>
        <source>Deze laptop heeft zijn klanten van een andere database meegenomen dan waarmee het programma nu verbonden is. Synchroniseer met die database, of vraag de beheerder.</source>
        <translation>This laptop took its clients along from a different database than the one the program is now connected to. Synchronise with that database, or ask the administrator.</translation>
    </message>
    <message>
        <source>Op de server is dit intussen opnieuw gewijzigd. Kijk naar de nieuwe waarde en kies opnieuw.</source>
        <translation>This has been changed again on the server meanwhile. Look at the new value and choose again.</translation>
    </message>
    <message>
        <source>Afgebroken. Wat al verstuurd was, staat op de server; de rest staat nog klaar voor de volgende keer.</source>
        <translation>Cancelled. What had already been sent is on the server; the rest is ready for next time.</translation>
    </message>
    <message>
        <source>Het synchroniseren is onderbroken (de server was even niet bereikbaar of bezet). Wat al verstuurd was, staat op de server; probeer het opnieuw.</source>
        <translation>Synchronising was interrupted (the server was briefly unreachable or busy). What had already been sent is on the server; please try again.</translation>
    </message>
    <message>
        <source>Op deze laptop zijn geen klanten meegenomen.</source>
        <translation>No clients have been taken along on this laptop.</translation>
    </message>
    <message>
        <source>Eerst moeten de wijzigingen naar de server.</source>
        <translation>The changes must go to the server first.</translation>
    </message>
    <message>
        <source>De server is niet bereikbaar. Probeer het opnieuw zodra de laptop weer netwerk heeft.</source>
        <translation>The server cannot be reached. Try again as soon as the laptop is back on the network.</translation>
    </message>
    <message>
        <source>Op deze computer ontbreekt de versleuteling voor klantgegevens op een laptop (het pakket &apos;laptop&apos; van intake-desktop).</source>
        <translation>This computer lacks the encryption for client data on a laptop (the &apos;laptop&apos; package of intake-desktop).</translation>
    </message>
    <message>
        <source>Op deze computer staan geen klanten voor een huisbezoek. Offline werken kan nadat u klanten hebt meegenomen (Mijn caseload, Meenemen voor huisbezoek).</source>
        <translation>There are no clients for a home visit on this computer. You can work offline once you have taken clients along (My caseload, Take along for home visit).</translation>
    </message>
    <message>
        <source>Offline werken</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <source>U werkt offline, op de laptop, met de klanten die u hebt meegenomen. Wat u vastlegt, gaat bij Synchroniseren naar de server.</source>
        <translation>You are working offline, on the laptop, with the clients you have taken along. What you record goes to the server when you synchronise.</translation>
    </message>
    <message>
        <source>Aanmelden bij de server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>Uw wachtwoord voor de server ({name}):</source>
        <translation>Your password for the server ({name}):</translation>
    </message>
    <message>
        <source>Verbinden met de server…</source>
        <translation>Connecting to the server…</translation>
    </message>
</context>
<context>
    <name>monitoring</name>
    <message>
        <source>Instroom en uitstroom per kwartaal</source>
        <translation>Inflow and outflow per quarter</translation>
    </message>
    <message>
        <source>Doorstroom tussen klantgroepen</source>
        <translation>Transfers between klantgroepen</translation>
    </message>
    <message>
        <source>Activiteiten per klantgroep</source>
        <translation>Activities per klantgroep</translation>
    </message>
    <message>
        <source>Activiteiten per dienst</source>
        <translation>Activities per service</translation>
    </message>
    <message>
        <source>Handhaving inburgering</source>
        <translation>Civic integration enforcement</translation>
    </message>
    <message>
        <source>Plaatsingen per sector</source>
        <translation>Placements per sector</translation>
    </message>
    <message>
        <source>Voortgangsgesprekken gehouden en gepland</source>
        <translation>Progress talks held and planned</translation>
    </message>
    <message>
        <source>Streefcijfers per klantgroep</source>
        <translation>Targets per klantgroep</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Begin periode</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <source>Bestand per klantgroep (aan het begin, aan het eind van elk kwartaal, nu)</source>
        <translation>Caseload per klantgroep (at the start, at the end of each quarter, now)</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Instroom</source>
        <translation>Inflow</translation>
    </message>
    <message>
        <source>Doorstroom in</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>Doorstroom uit</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Uitstroom</source>
        <translation>Outflow</translation>
    </message>
    <message>
        <source>Overig afgesloten</source>
        <translation>Other closures</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Gehouden (%)</source>
        <translation>Held (%)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Noemer</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Cijfer (%)</source>
        <translation>Figure (%)</translation>
    </message>
    <message>
        <source>Doel vanaf (%)</source>
        <translation>Target from (%)</translation>
    </message>
    <message>
        <source>Doel tot en met (%)</source>
        <translation>Target up to (%)</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Nog geen klantgroep</source>
        <translation>No klantgroep yet</translation>
    </message>
    <message>
        <source>Dossiers met een stap</source>
        <translation>Files with a step</translation>
    </message>
    <message>
        <source>Boetebedrag (euro)</source>
        <translation>Fine amount (euro)</translation>
    </message>
    <message>
        <source>Stappen zonder besluit</source>
        <translation>Steps without a decision</translation>
    </message>
    <message>
        <source>Participatie (trede 3 of hoger)</source>
        <translation>Participation (rung 3 or higher)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Geen gegevens</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Sector onbekend</source>
        <translation>Sector unknown</translation>
    </message>
    <message>
        <source>Alleen een teamleider, beleidsmedewerker of beheerder ziet de monitoring.</source>
        <translation>Only a team leader, policy officer or administrator can see the monitoring.</translation>
    </message>
    <message>
        <source>Kies een kwartaal, zoals 2026-K1.</source>
        <translation>Choose a quarter, such as 2026-K1.</translation>
    </message>
    <message>
        <source>Kies een kwartaal, zoals 2026-K4.</source>
        <translation>Choose a quarter, such as 2026-K4.</translation>
    </message>
    <message>
        <source>Het laatste kwartaal ligt vóór het eerste.</source>
        <translation>The last quarter is before the first.</translation>
    </message>
    <message>
        <source>Kies hoogstens twaalf kwartalen (drie jaar).</source>
        <translation>Choose at most twelve quarters (three years).</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Schrijf eerst de notitie.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Een notitie heeft hoogstens 4000 tekens. Maak hem korter of schrijf een tweede notitie.</source>
        <translation>A note has at most 4000 characters. Make it shorter or write a second note.</translation>
    </message>
    <message>
        <source>Notities schrijven de klantmanager, de wisselwachter of intaker, de poortwachter en de teamleider.</source>
        <translation>Notes are written by the klantmanager, the wisselwachter or intake officer, the poortwachter and the team leader.</translation>
    </message>
</context>
<context>
    <name>overdracht</name>
    <message>
        <source>Kies wat er uit de overdracht kwam.</source>
        <translation>Choose what came of the hand-over.</translation>
    </message>
    <message>
        <source>De toelichting mag hoogstens 2000 tekens hebben.</source>
        <translation>The explanation may have at most 2000 characters.</translation>
    </message>
    <message>
        <source>Deze overdracht bestaat niet (meer).</source>
        <translation>This hand-over does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze taak is voor een ander team. Alleen dat team (of de teamleider) pakt deze taak op.</source>
        <translation>This task is for another team. Only that team (or its teamleider) takes it on.</translation>
    </message>
    <message>
        <source>{who} heeft deze taak al opgepakt. Vernieuw de werkvoorraad.</source>
        <translation>{who} has already taken on this task. Refresh the werkvoorraad.</translation>
    </message>
    <message>
        <source>{who} hoort niet bij dit team. Kies een medewerker van het team.</source>
        <translation>{who} is not in this team. Choose a member of the team.</translation>
    </message>
    <message>
        <source>Over deze overdracht is al teruggemeld. Vernieuw de werkvoorraad.</source>
        <translation>This hand-over has already been reported back. Refresh the werkvoorraad.</translation>
    </message>
    <message>
        <source>Het team &apos;{team}&apos; staat niet in de instellingen (toewijzing.toml).</source>
        <translation>The team &apos;{team}&apos; is not in the settings (toewijzing.toml).</translation>
    </message>
    <message>
        <source>Kies een tijdstip in de toekomst.</source>
        <translation>Choose a time in the future.</translation>
    </message>
    <message>
        <source>Kies een medewerker van de back office.</source>
        <translation>Choose a member of the back office.</translation>
    </message>
    <message>
        <source>Deze medewerker heeft op dit tijdstip al een afspraak of is afwezig.</source>
        <translation>This staff member already has an appointment at this time or is away.</translation>
    </message>
    <message>
        <source>Op dit tijdstip heeft de klant al een afspraak.</source>
        <translation>The client already has an appointment at this time.</translation>
    </message>
    <message>
        <source>Mondeling (aan de balie of in het gesprek)</source>
        <translation>Orally (at the counter or in the talk)</translation>
    </message>
    <message>
        <source>Schriftelijk (getekend formulier)</source>
        <translation>In writing (signed form)</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By telephone</translation>
    </message>
    <message>
        <source>Digitaal (e-mail of formulier)</source>
        <translation>Digitally (e-mail or form)</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Geaccepteerd</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Kies de partner.</source>
        <translation>Choose the partner.</translation>
    </message>
    <message>
        <source>Schrijf op wat u de partner vraagt.</source>
        <translation>Write down what you ask the partner.</translation>
    </message>
    <message>
        <source>Zonder toestemming van de klant verwijst u niet door: kies hoe de klant toestemming gaf.</source>
        <translation>Without the client&apos;s consent you do not refer: choose how the client consented.</translation>
    </message>
    <message>
        <source>Hoogstens 2000 tekens.</source>
        <translation>At most 2000 characters.</translation>
    </message>
    <message>
        <source>Kies wat de partner antwoordde.</source>
        <translation>Choose what the partner answered.</translation>
    </message>
    <message>
        <source>Schrijf op wat eruit kwam.</source>
        <translation>Write down what came of it.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Baliemedewerker</source>
        <translation>Front desk employee</translation>
    </message>
    <message>
        <source>Poortwachter</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <source>Wisselwachter / intaker</source>
        <translation>Wisselwachter / intake officer</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Beleidsmedewerker</source>
        <translation>Policy officer</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Trajectplan</source>
        <translation>Trajectplan</translation>
    </message>
    <message>
        <source>Ondertekend trajectplan</source>
        <translation>Signed trajectplan</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Klantgroep</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Begint om</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Eindigt om</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Bij de klant thuis</source>
        <translation>At the client&apos;s home</translation>
    </message>
    <message>
        <source>Doelperspectief</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <source>Afspraken klant</source>
        <translation>Agreements for the client</translation>
    </message>
    <message>
        <source>Afspraken gemeente</source>
        <translation>Agreements for the municipality</translation>
    </message>
    <message>
        <source>Volgend voortgangsgesprek</source>
        <translation>Next progress talk</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Afgehandeld op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Afgehandeld door</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Doelen en activiteiten</source>
        <translation>Goals and activities</translation>
    </message>
    <message>
        <source>De hele regel</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>verwijderd op de laptop</source>
        <translation>deleted on the laptop</translation>
    </message>
    <message>
        <source>gewijzigd op de server</source>
        <translation>changed on the server</translation>
    </message>
    <message>
        <source>gewijzigd op de laptop</source>
        <translation>changed on the laptop</translation>
    </message>
    <message>
        <source>verwijderd op de server</source>
        <translation>deleted on the server</translation>
    </message>
    <message>
        <source>toegevoegd op de laptop</source>
        <translation>added on the laptop</translation>
    </message>
    <message>
        <source>de server weigerde dit (bijvoorbeeld al aanwezig)</source>
        <translation>the server refused this (for example, already present)</translation>
    </message>
    <message>
        <source>aangemeld voor de kick-off op de laptop</source>
        <translation>signed up for the kick-off on the laptop</translation>
    </message>
    <message>
        <source>de kick-off is intussen vol</source>
        <translation>the kick-off has become full meanwhile</translation>
    </message>
    <message>
        <source>Deze kick-off is nog steeds vol. Kies de serverversie en plan een andere kick-off.</source>
        <translation>This kick-off is still full. Choose the server version and schedule another kick-off.</translation>
    </message>
    <message>
        <source>Dit staat al op de server; er valt niets over te zetten. Kies de serverversie en pas het daarna zo nodig aan in het dossier.</source>
        <translation>This is already on the server; there is nothing to transfer. Choose the server version and then adjust it in the file if needed.</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Dit conflict is al opgelost.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
</context>
<context>
    <name>toewijzing</name>
    <message>
        <source>Geen maximum ingesteld</source>
        <translation>No maximum set</translation>
    </message>
    <message>
        <source>Vol ({n} van {max})</source>
        <translation>Full ({n} of {max})</translation>
    </message>
    <message>
        <source>Boven het maximum ({n} van {max})</source>
        <translation>Above the maximum ({n} of {max})</translation>
    </message>
    <message>
        <source>Nog {free} plaatsen vrij</source>
        <translation>{free} places free</translation>
    </message>
    <message>
        <source>{functie}: past bij de vervolgstappen</source>
        <translation>{functie}: fits the next steps</translation>
    </message>
    <message>
        <source>Begeleidt de klantgroep {groep}</source>
        <translation>Supports klantgroep {groep}</translation>
    </message>
    <message>
        <source>Geen {functie}</source>
        <translation>Not a {functie}</translation>
    </message>
    <message>
        <source>Geen {functie} (die begeleidt {groep})</source>
        <translation>Not a {functie} (who supports {groep})</translation>
    </message>
    <message>
        <source>Expertise {naam} past bij de vraag</source>
        <translation>Expertise {naam} fits the client&apos;s question</translation>
    </message>
    <message>
        <source>Klantmanager van iemand uit hetzelfde huishouden</source>
        <translation>Klantmanager of someone in the same household</translation>
    </message>
    <message>
        <source>Was eerder de klantmanager van deze klant</source>
        <translation>Was this client&apos;s klantmanager before</translation>
    </message>
    <message>
        <source>Afwezig tot en met {tot}</source>
        <translation>Absent to {tot} inclusive</translation>
    </message>
    <message>
        <source>Afwezig van {van} tot en met {tot}</source>
        <translation>Absent from {van} to {tot} inclusive</translation>
    </message>
    <message>
        <source>U kiest een ander dan het voorstel: schrijf op waarom.</source>
        <translation>You are choosing someone other than the proposal: write down why.</translation>
    </message>
    <message>
        <source>Kies iemand met de rol klantmanager.</source>
        <translation>Choose someone with the klantmanager role.</translation>
    </message>
    <message>
        <source>De wisselwachter heeft geen eigen caseload: kies een andere klantmanager.</source>
        <translation>The wisselwachter has no caseload of their own: choose another klantmanager.</translation>
    </message>
    <message>
        <source>Alleen een teamleider verdeelt caseloads opnieuw.</source>
        <translation>Only a team leader redistributes caseloads.</translation>
    </message>
    <message>
        <source>Deze klant heeft intussen een andere klantmanager gekregen ({name}). Er is niets gewijzigd; kijk opnieuw.</source>
        <translation>This client has meanwhile been given a different klantmanager ({name}). Nothing has been changed; please take another look.</translation>
    </message>
    <message>
        <source>Zonder klantmanager</source>
        <translation>No klantmanager</translation>
    </message>
    <message>
        <source>Alleen een wisselwachter of teamleider wijst klantmanagers toe.</source>
        <translation>Only a wisselwachter or team leader assigns klantmanagers.</translation>
    </message>
    <message>
        <source>Elke klant krijgt een klantmanager: kies er een.</source>
        <translation>Every client gets a klantmanager: choose one.</translation>
    </message>
    <message>
        <source>Schrijf op waarom de klanten verhuizen.</source>
        <translation>Write down why the clients are moving.</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Alleen een teamleider bekijkt de caseload van een ander.</source>
        <translation>Only a team leader views someone else&apos;s caseload.</translation>
    </message>
</context>
<context>
    <name>trajectplan</name>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Ondertekend</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Behaald</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Niet behaald</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Extern</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Het trajectplan maakt de klantmanager (of de teamleider).</source>
        <translation>The trajectplan is made by the klantmanager (or the team leader).</translation>
    </message>
    <message>
        <source>Kies het leefgebied.</source>
        <translation>Choose the life domain.</translation>
    </message>
    <message>
        <source>Beschrijf het doel: wat wil de klant bereiken?</source>
        <translation>Describe the goal: what does the client want to achieve?</translation>
    </message>
    <message>
        <source>Kies de status van het doel.</source>
        <translation>Choose the status of the goal.</translation>
    </message>
    <message>
        <source>Kies de activiteiten uit het productenboek.</source>
        <translation>Choose the activities from the services catalogue.</translation>
    </message>
    <message>
        <source>Kies bij elke activiteit intern of extern en een status.</source>
        <translation>Choose internal or external and a status for each activity.</translation>
    </message>
    <message>
        <source>Een activiteit eindigt voordat ze begint.</source>
        <translation>An activity ends before it starts.</translation>
    </message>
    <message>
        <source>Dit trajectplan bestaat niet (meer).</source>
        <translation>This trajectplan does not exist (anymore).</translation>
    </message>
    <message>
        <source>Dit trajectplan is afgerond en wijzigt niet meer.</source>
        <translation>This trajectplan has been completed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Dit kan niet bij een plan met status {status}.</source>
        <translation>This is not possible for a plan with status {status}.</translation>
    </message>
    <message>
        <source>Vul de plaats in.</source>
        <translation>Enter the place.</translation>
    </message>
    <message>
        <source>Schrijf het doelperspectief op voordat het plan wordt ondertekend.</source>
        <translation>Write down the overall goal before the plan is signed.</translation>
    </message>
    <message>
        <source>Een plan om te ondertekenen heeft minstens één doel.</source>
        <translation>A plan to be signed needs at least one goal.</translation>
    </message>
    <message>
        <source>Deze versie bestaat niet (meer).</source>
        <translation>This version does not exist (anymore).</translation>
    </message>
    <message>
        <source>Goed: komt alle afspraken na</source>
        <translation>Good: keeps every appointment</translation>
    </message>
    <message>
        <source>Wisselend</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Onvoldoende: vaak afwezig</source>
        <translation>Insufficient: often absent</translation>
    </message>
    <message>
        <source>Niet gestart</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Kies de activiteit waarover de aanbieder schrijft.</source>
        <translation>Choose the activity the provider reports on.</translation>
    </message>
    <message>
        <source>Vul de datum van de rapportage in (niet in de toekomst).</source>
        <translation>Fill in the date of the report (not in the future).</translation>
    </message>
    <message>
        <source>Kies hoe de klant aanwezig was.</source>
        <translation>Choose how the client attended.</translation>
    </message>
    <message>
        <source>Schrijf op wat de rapportage zegt (hoogstens 4000 tekens).</source>
        <translation>Write down what the report says (at most 4000 characters).</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Een BSN heeft 9 cijfers.</source>
        <translation>A BSN has 9 digits.</translation>
    </message>
    <message>
        <source>Dit BSN klopt niet: de elfproef mislukt. Controleer de cijfers.</source>
        <translation>This BSN is not valid: the eleven test (elfproef) fails. Check the digits.</translation>
    </message>
    <message>
        <source>Vul een postcode in als 1234 AB.</source>
        <translation>Enter a postcode like 1234 AB.</translation>
    </message>
    <message>
        <source>Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-1980.</source>
        <translation>Enter the date as dd-mm-yyyy, for example 05-03-1980.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Controleer dag en maand.</source>
        <translation>This date does not exist. Check the day and the month.</translation>
    </message>
    <message>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt meer dan 120 jaar terug.</source>
        <translation>This date of birth is more than 120 years ago.</translation>
    </message>
    <message>
        <source>Dit jaartal kan niet kloppen: vul een jaar van 1900 tot en met 2100 in.</source>
        <translation>This year cannot be right: enter a year from 1900 to 2100.</translation>
    </message>
    <message>
        <source>Vul een e-mailadres in als naam@voorbeeld.nl.</source>
        <translation>Enter an e-mail address like name@example.nl.</translation>
    </message>
    <message>
        <source>Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678.</source>
        <translation>Enter a phone number of 10 digits, for example 06 12345678.</translation>
    </message>
    <message>
        <source>Een huisnummer begint met een cijfer.</source>
        <translation>A house number starts with a digit.</translation>
    </message>
    <message>
        <source>Een naam bevat letters; cijfers horen hier niet.</source>
        <translation>A name contains letters; digits do not belong here.</translation>
    </message>
    <message>
        <source>Begin niet met =, +, - of @: in een spreadsheet wordt zo&apos;n waarde een formule.</source>
        <translation>Do not start with =, +, - or @: a spreadsheet turns such a value into a formula.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens 10 tekens.</source>
        <translation>Too long: at most 10 characters fit here.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens 20 tekens.</source>
        <translation>Too long: at most 20 characters fit here.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens 100 tekens.</source>
        <translation>Too long: at most 100 characters fit here.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens 200 tekens.</source>
        <translation>Too long: at most 200 characters fit here.</translation>
    </message>
    <message>
        <source>Te lang: hier passen hoogstens 254 tekens.</source>
        <translation>Too long: at most 254 characters fit here.</translation>
    </message>
</context>
<context>
    <name>voortgang</name>
    <message>
        <source>1 – geen stress</source>
        <translation>1 – no stress</translation>
    </message>
    <message>
        <source>2 – een beetje stress</source>
        <translation>2 – a little stress</translation>
    </message>
    <message>
        <source>3 – redelijk wat stress</source>
        <translation>3 – quite a lot of stress</translation>
    </message>
    <message>
        <source>4 – veel stress</source>
        <translation>4 – a lot of stress</translation>
    </message>
    <message>
        <source>5 – zeer veel stress, er is direct hulp nodig</source>
        <translation>5 – very much stress, help is needed right away</translation>
    </message>
    <message>
        <source>Het voortgangsgesprek voert de klantmanager (of de teamleider).</source>
        <translation>The progress talk is held by the klantmanager (or the team leader).</translation>
    </message>
    <message>
        <source>Het traject van deze klant is afgesloten: heropen het eerst.</source>
        <translation>This client&apos;s traject has been closed: reopen it first.</translation>
    </message>
    <message>
        <source>Kies hoe het met de klant gaat: stress van 1 tot en met 5.</source>
        <translation>Choose how the client is doing: stress from 1 to 5.</translation>
    </message>
    <message>
        <source>Kies de trede op de participatieladder (1 tot en met 6).</source>
        <translation>Choose the rung on the participation ladder (1 to 6).</translation>
    </message>
    <message>
        <source>Een score is 1 tot en met 5, bij een bekend leefgebied.</source>
        <translation>A score is 1 to 5, for a known life domain.</translation>
    </message>
    <message>
        <source>Kies bij elk doel de status.</source>
        <translation>Choose the status for each goal.</translation>
    </message>
    <message>
        <source>Beantwoord of de klant nog in de juiste groep zit.</source>
        <translation>Answer whether the client is still in the right group.</translation>
    </message>
    <message>
        <source>Kies de klantgroep waar de klant naartoe gaat.</source>
        <translation>Choose the klantgroep the client moves to.</translation>
    </message>
    <message>
        <source>Kies een andere klantgroep dan de huidige.</source>
        <translation>Choose a klantgroep other than the current one.</translation>
    </message>
    <message>
        <source>Schrijf op waarom de klant naar een andere groep gaat.</source>
        <translation>Write down why the client moves to a different group.</translation>
    </message>
    <message>
        <source>De klantgroep van deze klant is intussen gewijzigd. Er is nog niets opgeslagen; sluit het gesprek en open het opnieuw.</source>
        <translation>This client&apos;s klantgroep has been changed meanwhile. Nothing has been saved yet; close the talk and open it again.</translation>
    </message>
</context>
<context>
    <name>werkvoorraad</name>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Klant zonder klantmanager</source>
        <translation>Client without a klantmanager</translation>
    </message>
    <message>
        <source>Nog meer klanten zonder klantmanager (bijvoorbeeld na een import): de teamleider verdeelt ze onder Caseloads</source>
        <translation>More clients without a klantmanager (for example after an import): the team leader distributes them under Caseloads</translation>
    </message>
    <message>
        <source>Voortgangsgesprek</source>
        <translation>Progress talk</translation>
    </message>
    <message>
        <source>Afspraak afmelden: gehouden of niet verschenen?</source>
        <translation>Record the appointment: held or no-show?</translation>
    </message>
    <message>
        <source>Deze taak bestaat niet (meer).</source>
        <translation>This task does not exist (anymore).</translation>
    </message>
    <message>
        <source>Deze taak staat op naam van een collega.</source>
        <translation>This task is assigned to a colleague.</translation>
    </message>
    <message>
        <source>Dit is een overdracht: leg het resultaat vast (Openen), dan krijgt de klantmanager de terugmelding.</source>
        <translation>This is a hand-over: record its outcome (Open), and the klantmanager gets the report-back.</translation>
    </message>
</context>
</TS>
