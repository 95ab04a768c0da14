<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Lever could not be reached. Check your internet connection and try again.</source>
        <translation>Lever ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Lever took too long to answer. Try again in a moment.</source>
        <translation>Lever hat zu lange für die Antwort gebraucht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your Lever sign-in has expired or is no longer valid. Please sign in again.</source>
        <translation>Ihre Anmeldung bei Lever ist abgelaufen oder nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your Lever account is not allowed to do this. Ask a Lever admin for access.</source>
        <translation>Ihr Lever-Konto darf diese Aktion nicht ausführen. Bitten Sie einen Lever-Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>This item no longer exists in Lever; it may have been deleted or merged.</source>
        <translation>Dieses Element existiert in Lever nicht mehr; es wurde möglicherweise gelöscht oder zusammengeführt.</translation>
    </message>
    <message>
        <source>Lever did not accept the request.</source>
        <translation>Lever hat die Anfrage nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Lever did not accept the request: %1</source>
        <translation>Lever hat die Anfrage nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation>Jemand anderes hat dies inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Lever is receiving too many requests from this account. Wait a moment and try again.</source>
        <translation>Lever erhält zu viele Anfragen von diesem Konto. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Lever had a problem handling the request. Try again later.</source>
        <translation>Bei Lever ist beim Verarbeiten der Anfrage ein Problem aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Lever sent an answer the console could not read.</source>
        <translation>Lever hat eine Antwort gesendet, die die Konsole nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The change may or may not have been saved: reload to check before trying again.</source>
        <translation>Die Änderung wurde möglicherweise gespeichert: Laden Sie neu, um das zu prüfen, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>%1 is larger than the 30 MB Lever takes.</source>
        <translation>%1 ist größer als die 30 MB, die Lever annimmt.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzprofil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Archivierungsgrund</translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation>Opportunity-ID</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>Pipeline-Board</translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation>Ausgewählte Karten</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1.</source>
        <translation>
            <numerusform>%n Interview in %1 gespeichert.</numerusform>
            <numerusform>%n Interviews in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Interviews to Calendar</source>
        <translation>Interviews in Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>Card actions</source>
        <translation>Kartenaktionen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Verantwortlichen ändern…</translation>
    </message>
    <message>
        <source>Select all in column</source>
        <translation>Alle in der Spalte auswählen</translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>an interview</source>
        <translation>ein Interview</translation>
    </message>
    <message>
        <source>%1 already has “%2” then (%3, with %4).</source>
        <translation>%1 hat zu dieser Zeit bereits „%2“ (%3, mit %4).</translation>
    </message>
    <message>
        <source>%1 already has “%2” then (%3).</source>
        <translation>%1 hat zu dieser Zeit bereits „%2“ (%3).</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>candidates and opportunities</source>
        <translation>Kandidaten und Opportunities</translation>
    </message>
    <message>
        <source>job postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>Pipeline-Phasen</translation>
    </message>
    <message>
        <source>archive reasons</source>
        <translation>Archivierungsgründe</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>interview panels</source>
        <translation>Interviewrunden</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>interview feedback</source>
        <translation>Interview-Feedback</translation>
    </message>
    <message>
        <source>feedback templates</source>
        <translation>Feedback-Vorlagen</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>requisitions</source>
        <translation>Stellenanforderungen</translation>
    </message>
    <message>
        <source>requisition fields</source>
        <translation>Felder für Stellenanforderungen</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>resumes</source>
        <translation>Lebensläufe</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>EEO responses</source>
        <translation>EEO-Antworten</translation>
    </message>
    <message>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation>Verbunden bleiben, während Sie abwesend sind (Refresh-Tokens)</translation>
    </message>
    <message>
        <source>See confidential postings and candidates</source>
        <translation>Vertrauliche Stellenanzeigen und Kandidaten sehen</translation>
    </message>
    <message>
        <source>View EEO responses including personal details</source>
        <translation>EEO-Antworten einschließlich personenbezogener Daten einsehen</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>%1 einsehen</translation>
    </message>
    <message>
        <source>Create, change and delete %1</source>
        <translation>%1 erstellen, ändern und löschen</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language tag of the translated consent page.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>%1 autorisieren</translation>
    </message>
    <message>
        <source>%1 wants to access your Lever sandbox account.</source>
        <translation>%1 möchte auf Ihr Lever-Sandbox-Konto zugreifen.</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>%1 (%2) &lt;%3&gt;</source>
        <translation>%1 (%2) &lt;%3&gt;</translation>
    </message>
    <message>
        <source>%1 will be able to:</source>
        <translation>%1 kann dann:</translation>
    </message>
    <message>
        <source>Whatever you choose, you will be sent back to %1.</source>
        <translation>Unabhängig von Ihrer Wahl werden Sie zu %1 zurückgeleitet.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Sign in to the Lever sandbox</source>
        <translation>Bei der Lever-Sandbox anmelden</translation>
    </message>
    <message>
        <source>Return to the application and start the sign-in again.</source>
        <translation>Kehren Sie zur Anwendung zurück und starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Invalid sign-in request</source>
        <translation>Ungültige Anmeldeanfrage</translation>
    </message>
    <message>
        <source>client_id and redirect_uri must be sent once.</source>
        <translation>client_id und redirect_uri müssen genau einmal gesendet werden.</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Unbekannte Anwendung</translation>
    </message>
    <message>
        <source>No application is registered with the client_id &quot;%1&quot;.</source>
        <translation>Es ist keine Anwendung mit der client_id „%1“ registriert.</translation>
    </message>
    <message>
        <source>Invalid redirect URI</source>
        <translation>Ungültige Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>The redirect_uri &quot;%1&quot; is not registered for %2.</source>
        <translation>Die redirect_uri „%1“ ist für %2 nicht registriert.</translation>
    </message>
    <message>
        <source>The consent form was not submitted as a form.</source>
        <translation>Das Zustimmungsformular wurde nicht als Formular gesendet.</translation>
    </message>
    <message>
        <source>The consent form was submitted with repeated fields.</source>
        <translation>Das Zustimmungsformular wurde mit doppelten Feldern gesendet.</translation>
    </message>
    <message>
        <source>Sign-in request expired</source>
        <translation>Anmeldeanfrage abgelaufen</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already answered.</source>
        <translation>Diese Anmeldeanfrage ist abgelaufen oder wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Choose an active user to sign in as.</source>
        <translation>Wählen Sie einen aktiven Benutzer, als der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Press Approve or Deny.</source>
        <translation>Klicken Sie auf „Zulassen“ oder „Ablehnen“.</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Archived here</source>
        <translation>Hier archiviert</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Funnel: candidates who reached each stage</source>
        <translation>Trichter: Kandidaten, die jede Phase erreichten</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Time in stage (candidates still in a stage count to now)</source>
        <translation>Zeit in der Phase (wer noch darin ist, zählt bis jetzt)</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Source effectiveness (the table adds origins and hire rates)</source>
        <translation>Wirksamkeit der Quellen (die Tabelle ergänzt Herkunft und Einstellungsquoten)</translation>
    </message>
    <message>
        <source>New candidates per week</source>
        <translation>Neue Kandidaten pro Woche</translation>
    </message>
    <message>
        <source>Hires per week</source>
        <translation>Einstellungen pro Woche</translation>
    </message>
    <message>
        <source>Velocity: new candidates and hires per week</source>
        <translation>Tempo: neue Kandidaten und Einstellungen pro Woche</translation>
    </message>
    <message>
        <source>Active candidates</source>
        <translation>Aktive Kandidaten</translation>
    </message>
    <message>
        <source>Pipeline over time: active candidates per stage at each week&apos;s end</source>
        <translation>Pipeline im Zeitverlauf: aktive Kandidaten je Phase am Ende jeder Woche</translation>
    </message>
    <message>
        <source>Stale candidates</source>
        <translation>Kandidaten im Stillstand</translation>
    </message>
    <message numerus="yes">
        <source>Active candidates with no stage change for %n day(s), by owner</source>
        <translation>
            <numerusform>Aktive Kandidaten ohne Phasenwechsel seit %n Tag, nach Verantwortlichen</numerusform>
            <numerusform>Aktive Kandidaten ohne Phasenwechsel seit %n Tagen, nach Verantwortlichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTables</name>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Conversion to next (%)</source>
        <translation>Umwandlung zur nächsten (%)</translation>
    </message>
    <message>
        <source>Archived here</source>
        <translation>Hier archiviert</translation>
    </message>
    <message>
        <source>Archived by reason</source>
        <translation>Archiviert nach Grund</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit in der Phase</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Still in stage</source>
        <translation>Noch in der Phase</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (Tage)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90. Perzentil (Tage)</translation>
    </message>
    <message>
        <source>Source effectiveness</source>
        <translation>Wirksamkeit der Quellen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source or origin</source>
        <translation>Quelle oder Herkunft</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hire rate (%)</source>
        <translation>Einstellungsquote (%)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>New candidates</source>
        <translation>Neue Kandidaten</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>In der Pipeline</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Stale candidates</source>
        <translation>Kandidaten im Stillstand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message numerus="yes">
        <source>No stage change for %n day(s)</source>
        <translation>
            <numerusform>Kein Phasenwechsel seit %n Tag</numerusform>
            <numerusform>Kein Phasenwechsel seit %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewCalendar</name>
    <message>
        <source>Interview with %1</source>
        <translation>Interview mit %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Kandidat: %1</translation>
    </message>
    <message>
        <source>Interviewers: %1</source>
        <translation>Interviewer: %1</translation>
    </message>
</context>
<context>
    <name>OriginNames</name>
    <message>
        <source>Sourced</source>
        <translation>Gesourct</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
</context>
<context>
    <name>PanelCancellation</name>
    <message>
        <source>Cancel interviews?</source>
        <translation>Interviews absagen?</translation>
    </message>
    <message numerus="yes">
        <source>This removes the panel and its %n interview(s) from Lever. Interviewers are no longer expected.</source>
        <translation>
            <numerusform>Dadurch werden die Interviewrunde und ihr %n Interview aus Lever entfernt. Die Interviewer werden nicht mehr erwartet.</numerusform>
            <numerusform>Dadurch werden die Interviewrunde und ihre %n Interviews aus Lever entfernt. Die Interviewer werden nicht mehr erwartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes the panel and all its interviews from Lever. Interviewers are no longer expected.</source>
        <translation>Dadurch werden die Interviewrunde und alle ihre Interviews aus Lever entfernt. Die Interviewer werden nicht mehr erwartet.</translation>
    </message>
    <message>
        <source>Cancel interviews</source>
        <translation>Interviews absagen</translation>
    </message>
    <message>
        <source>The interviews were not cancelled</source>
        <translation>Die Interviews wurden nicht abgesagt</translation>
    </message>
</context>
<context>
    <name>PanelCheck</name>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <source>Add at least one interview.</source>
        <translation>Fügen Sie mindestens ein Interview hinzu.</translation>
    </message>
    <message>
        <source>Interview %1 needs a subject.</source>
        <translation>Interview %1 braucht einen Betreff.</translation>
    </message>
    <message>
        <source>Interview %1 needs at least one interviewer.</source>
        <translation>Interview %1 braucht mindestens einen Interviewer.</translation>
    </message>
    <message>
        <source>Interview %1 needs a date and time.</source>
        <translation>Interview %1 braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Interview %1 must end after it starts.</source>
        <translation>Interview %1 muss nach seinem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Distribution channels</source>
        <translation>Veröffentlichungskanäle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Workplace type</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation>Mindestgehalt</translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation>Höchstgehalt</translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation>Gehaltswährung</translation>
    </message>
    <message>
        <source>Salary interval</source>
        <translation>Zahlungsintervall</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Requisition codes</source>
        <translation>Anforderungscodes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schlusstext</translation>
    </message>
</context>
<context>
    <name>PostingHtml</name>
    <message>
        <source>Lever does not accept the tag &lt;%1&gt; here</source>
        <translation>Lever akzeptiert das Tag &lt;%1&gt; hier nicht</translation>
    </message>
    <message>
        <source>Lever does not accept HTML comments</source>
        <translation>Lever akzeptiert keine HTML-Kommentare</translation>
    </message>
    <message>
        <source>Links must be http, https or mailto addresses, not &quot;%1&quot;</source>
        <translation>Links müssen http-, https- oder mailto-Adressen sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Lever does not accept the class &quot;%1&quot;</source>
        <translation>Lever akzeptiert die Klasse „%1“ nicht</translation>
    </message>
    <message>
        <source>Lever does not accept the attribute %1</source>
        <translation>Lever akzeptiert das Attribut %1 nicht</translation>
    </message>
</context>
<context>
    <name>PostingRules</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>one time</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>Enter a title: candidates see it first.</source>
        <translation>Geben Sie einen Titel ein: Kandidaten sehen ihn zuerst.</translation>
    </message>
    <message>
        <source>Choose a state for the posting.</source>
        <translation>Wählen Sie einen Status für die Stellenanzeige.</translation>
    </message>
    <message>
        <source>A %1 posting cannot move to %2; Lever allows: %3.</source>
        <translation>Eine Stellenanzeige im Status „%1“ kann nicht zu „%2“ wechseln; Lever erlaubt: %3.</translation>
    </message>
    <message>
        <source>A published posting needs at least one distribution channel (public or internal).</source>
        <translation>Eine veröffentlichte Stellenanzeige braucht mindestens einen Veröffentlichungskanal (öffentlich oder intern).</translation>
    </message>
    <message>
        <source>A posting always has an owner in Lever; pick one.</source>
        <translation>Eine Stellenanzeige hat in Lever immer einen Verantwortlichen; wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Lever cannot remove the hiring manager of a posting; pick another user instead.</source>
        <translation>Lever kann den Hiring Manager einer Stellenanzeige nicht entfernen; wählen Sie stattdessen einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>Once the workplace type is set, Lever cannot set it back to unspecified.</source>
        <translation>Sobald das Arbeitsmodell festgelegt ist, kann Lever es nicht mehr auf „Nicht angegeben“ zurücksetzen.</translation>
    </message>
    <message>
        <source>A salary range needs minimum, maximum, currency and interval together; fill in %1 or clear all four.</source>
        <translation>Ein Gehaltsrahmen braucht Minimum, Maximum, Währung und Intervall zusammen; füllen Sie „%1“ aus oder leeren Sie alle vier Felder.</translation>
    </message>
    <message>
        <source>The salary minimum must be a number of 0 or more.</source>
        <translation>Das Mindestgehalt muss eine Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>The salary maximum must be a number of 0 or more.</source>
        <translation>Das Höchstgehalt muss eine Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>The salary minimum must not be greater than the maximum.</source>
        <translation>Das Mindestgehalt darf nicht größer als das Höchstgehalt sein.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>Die Währung muss ein dreistelliger ISO-4217-Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <source>Choose how often the salary is paid.</source>
        <translation>Wählen Sie, wie oft das Gehalt gezahlt wird.</translation>
    </message>
    <message>
        <source>List %1 needs a title.</source>
        <translation>Liste %1 braucht einen Titel.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no items; add one or remove the list.</source>
        <translation>Die Liste „%1“ hat keine Einträge; fügen Sie einen hinzu oder entfernen Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>PostingsExport</name>
    <message>
        <source>Postings list</source>
        <translation>Liste der Stellenanzeigen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Workplace type</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Requisition codes</source>
        <translation>Anforderungscodes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Posting ID</source>
        <translation>Stellenanzeigen-ID</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Could not save “%1”: %2. Nothing was written, and any file already there is unchanged.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Es wurde nichts geschrieben, eine bereits vorhandene Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>RequisitionsExport</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Requisitions list</source>
        <translation>Liste der Stellenanforderungen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Stellenanzahl</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Beschäftigungsstatus</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Nachbesetzung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Requisition ID</source>
        <translation>Stellenanforderungs-ID</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage changes</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>another opportunity</source>
        <translation>eine andere Bewerbung</translation>
    </message>
    <message>
        <source>this opportunity</source>
        <translation>diese Bewerbung</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Secret note by %1</source>
        <translation>Geheime Notiz von %1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Interview (cancelled): %1</source>
        <translation>Interview (abgesagt): %1</translation>
    </message>
    <message>
        <source>Interview: %1</source>
        <translation>Interview: %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
</context>
<context>
    <name>lever::app::AppController</name>
    <message>
        <source>Kept in memory for this session only</source>
        <translation>Nur für diese Sitzung im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Demo-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>Gespeicherte Anmeldung wird gelesen…</translation>
    </message>
    <message>
        <source>Sign in to %1: no saved sign-in was found for it.</source>
        <translation>Melden Sie sich bei %1 an: Dafür wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 could not be read: %2</source>
        <translation>Die gespeicherte Anmeldung von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved; it works until you quit.</source>
        <translation>Die erneuerte Anmeldung konnte nicht gespeichert werden; sie gilt, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired or was revoked. Sign in again; your window stays as it is.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an; Ihr Fenster bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Lever did not answer as expected.</source>
        <translation>Lever hat nicht wie erwartet geantwortet.</translation>
    </message>
    <message>
        <source>You signed out. Sign in again to continue.</source>
        <translation>Sie haben sich abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You signed out of %1. Sign in again to continue.</source>
        <translation>Sie haben sich von %1 abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Resetting the demo data…</source>
        <translation>Demodaten werden zurückgesetzt…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>lever::app::CommandLine</name>
    <message>
        <source>Lever Console: a desktop recruiting console for the Lever Data API.

With --base-url, the API key is read from the LEVER_API_KEY environment variable and kept in memory only.</source>
        <translation>Lever Console: eine Desktop-Recruiting-Konsole für die Lever Data API.

Mit --base-url wird der API-Schlüssel aus der Umgebungsvariable LEVER_API_KEY gelesen und nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>Starts the built-in demo sandbox and signs in to it.</source>
        <translation>Startet die integrierte Demo-Sandbox und meldet sich dort an.</translation>
    </message>
    <message>
        <source>Opens the saved account called NAME.</source>
        <translation>Öffnet das gespeicherte Konto namens NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Signs in to the Lever API at URL with the key in LEVER_API_KEY, for this session only.</source>
        <translation>Meldet sich mit dem Schlüssel aus LEVER_API_KEY bei der Lever-API unter URL an, nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--account needs the name of a saved account.</source>
        <translation>--account braucht den Namen eines gespeicherten Kontos.</translation>
    </message>
    <message>
        <source>Choose one of --demo, --account and --base-url.</source>
        <translation>Wählen Sie nur eine der Optionen --demo, --account und --base-url.</translation>
    </message>
    <message>
        <source>--base-url needs an address such as https://api.lever.co/v1, not “%1”.</source>
        <translation>--base-url braucht eine Adresse wie https://api.lever.co/v1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation>--base-url %1: %2</translation>
    </message>
    <message>
        <source>--base-url needs an API key in the LEVER_API_KEY environment variable.</source>
        <translation>--base-url braucht einen API-Schlüssel in der Umgebungsvariable LEVER_API_KEY.</translation>
    </message>
    <message>
        <source>There is no saved account called “%1”: no accounts are saved yet.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“: Es sind noch keine Konten gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved account called “%1”. Saved accounts: %2.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“. Gespeicherte Konten: %2.</translation>
    </message>
</context>
<context>
    <name>lever::app::DemoSandbox</name>
    <message>
        <source>The demo needs lever-sandbox, which was not found next to Lever Console nor on the PATH. Reinstall Lever Console, or build the whole project.</source>
        <translation>Die Demo benötigt lever-sandbox, das weder neben Lever Console noch im PATH gefunden wurde. Installieren Sie Lever Console neu oder bauen Sie das gesamte Projekt.</translation>
    </message>
    <message>
        <source>The demo&apos;s folder %1 could not be created.</source>
        <translation>Der Demo-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo sandbox (%1) could not be started: %2</source>
        <translation>Die Demo-Sandbox (%1) konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo sandbox answered in a way Lever Console does not understand.</source>
        <translation>Die Demo-Sandbox hat auf eine Weise geantwortet, die Lever Console nicht versteht.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped while starting (exit code %1).</source>
        <translation>Die Demo-Sandbox wurde beim Starten beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo sandbox stopped unexpectedly (exit code %1).</source>
        <translation>Die Demo-Sandbox wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo data (%1) could not be deleted: %2</source>
        <translation>Die Demodaten (%1) konnten nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>lever::app::Workspace</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Stellenanforderungen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>A candidate page has a note, feedback or contact edit that was not sent. Quit and lose it?</source>
        <translation>Auf einer Kandidatenseite gibt es eine Notiz, ein Feedback oder eine Kontaktänderung, die noch nicht gesendet wurde. Trotzdem beenden und verwerfen?</translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation>Beenden und verwerfen</translation>
    </message>
    <message>
        <source>Changed in Lever</source>
        <translation>In Lever geändert</translation>
    </message>
    <message>
        <source>Send Mine</source>
        <translation>Meine senden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>EEO</source>
        <translation>EEO</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Feedbackvorlagen</translation>
    </message>
</context>
<context>
    <name>lever::auth::Account</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The account id is not a uuid.</source>
        <translation>Die Konto-ID ist keine UUID.</translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation>Geben Sie die API-Adresse ein, z. B. https://lever.example.com/v1.</translation>
    </message>
    <message>
        <source>Enter the OAuth client id of your registered Lever application.</source>
        <translation>Geben Sie die OAuth-Client-ID Ihrer registrierten Lever-Anwendung ein.</translation>
    </message>
</context>
<context>
    <name>lever::auth::AccountStore</name>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>lever::auth::ApiKeyVerifier</name>
    <message>
        <source>Enter an API key.</source>
        <translation>Geben Sie einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key was refused: it is unknown or has been revoked. Check that you copied the whole key from Lever (Settings → Integrations and API → API Credentials).</source>
        <translation>Der Schlüssel wurde abgelehnt: Er ist unbekannt oder wurde widerrufen. Prüfen Sie, ob Sie den ganzen Schlüssel aus Lever kopiert haben (Settings → Integrations and API → API Credentials).</translation>
    </message>
    <message>
        <source>The key works but lacks the users:read scope, which Lever Console needs to know who you act as. Edit the key in Lever and add &quot;Read users&quot;.</source>
        <translation>Der Schlüssel funktioniert, aber ihm fehlt der Scope users:read, den Lever Console braucht, um zu wissen, in wessen Namen Sie handeln. Bearbeiten Sie den Schlüssel in Lever und fügen Sie „Read users“ hinzu.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the address.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the Lever API&apos;s. Check the address.</source>
        <translation>Die Antwort des Servers stammt nicht von der Lever-API. Prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>lever::auth::AuthHttp</name>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses http:// on another machine, which would send your credentials unencrypted. Use an https:// address.</source>
        <translation>„%1“ verwendet http:// zu einem anderen Rechner, wodurch Ihre Zugangsdaten unverschlüsselt gesendet würden. Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the address, or start the server.</source>
        <translation>Unter %1 antwortet nichts. Prüfen Sie die Adresse oder starten Sie den Server.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made (%2). Check the address, the system clock and the system&apos;s certificates.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden (%2). Prüfen Sie die Adresse, die Systemuhr und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The network is unavailable (%1). Check your connection and try again.</source>
        <translation>Das Netzwerk ist nicht verfügbar (%1). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1 (%2). Check the proxy settings.</source>
        <translation>Der Proxy hat die Verbindung zu %1 abgelehnt (%2). Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>lever::auth::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep your credentials (%1). Lever Console stores secrets only in the system keychain: install and start GNOME Keyring or KWallet (any Secret Service provider), make sure it is unlocked, and try again. Or sign in for this session only: the credentials are then kept in memory and forgotten when Lever Console quits.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um Ihre Zugangsdaten aufzubewahren (%1). Lever Console speichert Geheimnisse nur im Schlüsselbund des Systems: Installieren und starten Sie GNOME Keyring oder KWallet (einen beliebigen Secret-Service-Anbieter), stellen Sie sicher, dass er entsperrt ist, und versuchen Sie es erneut. Oder melden Sie sich nur für diese Sitzung an: Die Zugangsdaten werden dann im Arbeitsspeicher gehalten und beim Beenden von Lever Console verworfen.</translation>
    </message>
    <message>
        <source>The keychain could not %1 the secret: %2</source>
        <translation>Der Schlüsselbund konnte den Vorgang „%1“ für das Geheimnis nicht ausführen: %2</translation>
    </message>
</context>
<context>
    <name>lever::auth::LoopbackReceiver</name>
    <message>
        <source>The sign-in listener binds to 127.0.0.1 only, not to %1.</source>
        <translation>Der Anmelde-Listener bindet sich nur an 127.0.0.1, nicht an %1.</translation>
    </message>
    <message>
        <source>The sign-in listener needs the state of the request it waits for.</source>
        <translation>Der Anmelde-Listener braucht den State-Wert der Anfrage, auf die er wartet.</translation>
    </message>
    <message>
        <source>The sign-in listener was already started.</source>
        <translation>Der Anmelde-Listener wurde bereits gestartet.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>Auf 127.0.0.1 konnte nicht gelauscht werden: %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Diese Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Dieser Anmeldelink ist ungültig</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress. Return to Lever Console and start the sign-in again if it does not complete.</source>
        <translation>Er gehört nicht zur laufenden Anmeldung. Kehren Sie zu Lever Console zurück und starten Sie die Anmeldung erneut, falls sie nicht abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to Lever Console.</source>
        <translation>Sie können diesen Tab schließen und zu Lever Console zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>Access was not granted, so Lever Console is not signed in. You can close this tab and return to Lever Console.</source>
        <translation>Der Zugriff wurde nicht gewährt, daher ist Lever Console nicht angemeldet. Sie können diesen Tab schließen und zu Lever Console zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1. You can close this tab and return to Lever Console.</source>
        <translation>Der Anmeldeserver hat einen Fehler gemeldet: %1. Sie können diesen Tab schließen und zu Lever Console zurückkehren.</translation>
    </message>
</context>
<context>
    <name>lever::auth::OAuthFlow</name>
    <message>
        <source>The sign-in timed out: no answer came back from the browser. Start the sign-in again.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: Vom Browser kam keine Antwort. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>No OAuth client id is set for this account.</source>
        <translation>Für dieses Konto ist keine OAuth-Client-ID festgelegt.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in link into a browser on this computer; Lever Console is still waiting for it.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopieren Sie den Anmeldelink in einen Browser auf diesem Computer; Lever Console wartet weiterhin darauf.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so Lever Console is not signed in.</source>
        <translation>Der Zugriff wurde im Browser verweigert, daher ist Lever Console nicht angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Der Anmeldeserver hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer was not understood: %1</source>
        <translation>Die Antwort des Anmeldeservers wurde nicht verstanden: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1</source>
        <translation>Der Anmeldeserver hat die Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>lever::auth::TokenRefresher</name>
    <message>
        <source>This account has no refresh token; sign in again.</source>
        <translation>Dieses Konto hat kein Refresh-Token; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server refused to renew the sign-in: %1</source>
        <translation>Der Anmeldeserver hat die Verlängerung der Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>lever::models</name>
    <message>
        <source>The local data could not be opened (%1). Lever Console works without it until the next start.</source>
        <translation>Die lokalen Daten konnten nicht geöffnet werden (%1). Lever Console arbeitet bis zum nächsten Start ohne sie.</translation>
    </message>
</context>
<context>
    <name>lever::models::Actions</name>
    <message>
        <source>Undo move of %1</source>
        <translation>Verschieben von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo move of %1 cards</source>
        <translation>Verschieben von %1 Karten rückgängig machen</translation>
    </message>
    <message>
        <source>Undo archive of %1</source>
        <translation>Archivieren von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo archive of %1 cards</source>
        <translation>Archivieren von %1 Karten rückgängig machen</translation>
    </message>
</context>
<context>
    <name>lever::models::AuditLogModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>Ziel: %1 %2</translation>
    </message>
    <message>
        <source>Event id: %1</source>
        <translation>Ereignis-ID: %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>lever::models::CacheDatabase</name>
    <message>
        <source>The local data was damaged and is being rebuilt from Lever (the damaged file was kept as %1).</source>
        <translation>Die lokalen Daten waren beschädigt und werden aus Lever neu aufgebaut (die beschädigte Datei wurde als %1 aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>lever::models::CandidateCreator</name>
    <message>
        <source>Added %1: Lever matched an existing person and added this opportunity to them.</source>
        <translation>%1 hinzugefügt: Lever hat eine vorhandene Person erkannt und ihr diese Bewerbung hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The candidate was not added: %1</source>
        <translation>Der Kandidat wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Neuer Kandidat</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1), and with no email there is no way to look the candidate up. Look for them on the board after the next refresh before adding them again.</source>
        <translation>Die Antwort von Lever ging verloren (%1), und ohne E-Mail lässt sich der Kandidat nicht nachschlagen. Suchen Sie ihn nach der nächsten Aktualisierung auf dem Board, bevor Sie ihn erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1), and looking the candidate up by email failed too (%2). Nothing was sent twice; look for them on the board before adding them again.</source>
        <translation>Die Antwort von Lever ging verloren (%1), und auch die Suche per E-Mail schlug fehl (%2). Nichts wurde doppelt gesendet; suchen Sie den Kandidaten auf dem Board, bevor Sie ihn erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1). Looking the candidate up by email found nothing created, so they were not added. The form is as you left it.</source>
        <translation>Die Antwort von Lever ging verloren (%1). Die Suche per E-Mail fand nichts Angelegtes, der Kandidat wurde also nicht hinzugefügt. Das Formular ist unverändert.</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost, but looking %1 up by email shows they were added.</source>
        <translation>Die Antwort von Lever ging verloren, aber die Suche per E-Mail zeigt, dass %1 hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Referred by %1.</source>
        <translation>Empfohlen von %1.</translation>
    </message>
    <message>
        <source>The candidate was added, but the first note was not: %1. Add it from the candidate&apos;s page.</source>
        <translation>Der Kandidat wurde hinzugefügt, die erste Notiz aber nicht: %1. Fügen Sie sie auf der Seite des Kandidaten hinzu.</translation>
    </message>
</context>
<context>
    <name>lever::models::CandidateWrites</name>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Der Kontakt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the opportunity: %1</source>
        <translation>Die Bewerbung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
    <message>
        <source>Could not submit the feedback: %1</source>
        <translation>Das Feedback konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 30 MB, the most Lever accepts.</source>
        <translation>%1 ist größer als 30 MB, das Maximum, das Lever annimmt.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not download the file: %1</source>
        <translation>Die Datei konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the file: %1</source>
        <translation>Die Datei konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>This file was deleted in Lever meanwhile; the list is read again.</source>
        <translation>Diese Datei wurde inzwischen in Lever gelöscht; die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <source>Lever is still processing &quot;%1&quot;. Try again in a minute.</source>
        <translation>Lever verarbeitet „%1“ noch. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Lever could not process &quot;%1&quot; (%2), so it cannot be downloaded. Upload it again, or ask the person who sent it for another copy.</source>
        <translation>Lever konnte „%1“ nicht verarbeiten (%2), daher lässt sich die Datei nicht herunterladen. Laden Sie sie erneut hoch oder bitten Sie die Person, die sie geschickt hat, um eine neue Kopie.</translation>
    </message>
</context>
<context>
    <name>lever::models::CsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>lever::models::DuplicateFinder</name>
    <message>
        <source>no posting</source>
        <translation>keine Stellenanzeige</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archiviert</translation>
    </message>
    <message>
        <source>%1, archived (%2)</source>
        <translation>%1, archiviert (%2)</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation>%1, Phase %2</translation>
    </message>
</context>
<context>
    <name>lever::models::EeoCountsModel</name>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Ethnische Zugehörigkeit</translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation>Veteranenstatus</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>lever::models::EeoPiiModel</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Ethnische Zugehörigkeit</translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation>Veteranenstatus</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>Opportunity-ID</translation>
    </message>
</context>
<context>
    <name>lever::models::FeedbackTemplatesAdminModel</name>
    <message>
        <source>Overall rating</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kurzer Text</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>Frage %1 hat keinen Text.</translation>
    </message>
    <message>
        <source>Question %1 (%2) needs at least one choice.</source>
        <translation>Frage %1 (%2) braucht mindestens eine Antwortmöglichkeit.</translation>
    </message>
    <message>
        <source>Question %1 (%2) needs at least one score.</source>
        <translation>Frage %1 (%2) braucht mindestens einen Punktwert.</translation>
    </message>
    <message>
        <source>A template needs exactly one overall rating question (it has %1).</source>
        <translation>Eine Vorlage braucht genau eine Frage zur Gesamtbewertung (sie hat %1).</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>lever::models::LocalCache</name>
    <message>
        <source>The disk is full: local data is no longer saved. Lever Console keeps working; free some space and restart to save again.</source>
        <translation>Der Datenträger ist voll: Lokale Daten werden nicht mehr gespeichert. Lever Console arbeitet weiter; schaffen Sie Platz und starten Sie neu, damit wieder gespeichert wird.</translation>
    </message>
    <message>
        <source>Local data could not be saved (%1). Lever Console keeps working without it until the next start.</source>
        <translation>Lokale Daten konnten nicht gespeichert werden (%1). Lever Console arbeitet bis zum nächsten Start ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>lever::models::OpportunityAction</name>
    <message>
        <source>This candidate is no longer on the board.</source>
        <translation>Dieser Kandidat ist nicht mehr auf dem Board.</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>diesem Kandidaten</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>Fehler beim Verschieben von %1 in die Phase „%2“: %3</translation>
    </message>
    <message>
        <source>Could not archive %1: %2</source>
        <translation>Fehler beim Archivieren von %1: %2</translation>
    </message>
    <message>
        <source>Could not unarchive %1: %2</source>
        <translation>Fehler beim Wiederherstellen von %1: %2</translation>
    </message>
    <message>
        <source>Could not add the tag “%1” to %2: %3</source>
        <translation>Das Tag „%1“ konnte nicht zu %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>Could not remove the tag “%1” from %2: %3</source>
        <translation>Das Tag „%1“ konnte nicht von %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>Could not make %1 the owner of %2: %3</source>
        <translation>%1 konnte nicht zum Verantwortlichen von %2 gemacht werden: %3</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be moved.</source>
        <translation>%1 von %2 Karten konnten nicht verschoben werden.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be archived.</source>
        <translation>%1 von %2 Karten konnten nicht archiviert werden.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be unarchived.</source>
        <translation>%1 von %2 Karten konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be tagged.</source>
        <translation>Bei %1 von %2 Karten konnten die Tags nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not change owner.</source>
        <translation>Bei %1 von %2 Karten konnte der Verantwortliche nicht geändert werden.</translation>
    </message>
    <message>
        <source>Could not add the source “%1” to %2: %3</source>
        <translation>Die Quelle „%1“ konnte nicht zu %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>Could not remove the source “%1” from %2: %3</source>
        <translation>Die Quelle „%1“ konnte nicht von %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not change sources.</source>
        <translation>Bei %1 von %2 Karten konnten die Quellen nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>lever::models::Outbox</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Archive %1 (%2)</source>
        <translation>%1 archivieren (%2)</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Add the tag “%1” to %2</source>
        <translation>Tag „%1“ zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the tag “%1” from %2</source>
        <translation>Tag „%1“ von %2 entfernen</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2</source>
        <translation>%1 zum Verantwortlichen für %2 machen</translation>
    </message>
    <message>
        <source>%1 is no longer in Lever: “%2” was not sent.</source>
        <translation>%1 ist nicht mehr in Lever: „%2“ wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 was changed in Lever after your change made offline (“%2”). Send your change anyway, over theirs?</source>
        <translation>%1 wurde in Lever geändert, nachdem Sie offline eine Änderung vorgenommen haben („%2“). Ihre Änderung trotzdem senden, über die andere hinweg?</translation>
    </message>
    <message>
        <source>Add the source “%1” to %2</source>
        <translation>Quelle „%1“ zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the source “%1” from %2</source>
        <translation>Quelle „%1“ von %2 entfernen</translation>
    </message>
</context>
<context>
    <name>lever::models::PanelActions</name>
    <message>
        <source>This interview panel no longer exists.</source>
        <translation>Diese Interviewrunde existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>lever::models::PostingListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>lever::models::ReferenceDataModel</name>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Archivierungsgrund</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfehlende Person</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Nicht eingestellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) could not be read.</source>
        <translation>
            <numerusform>%n Kandidat konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Kandidaten konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2 referred candidates…</source>
        <translation>%1 von %2 empfohlenen Kandidaten gelesen …</translation>
    </message>
</context>
<context>
    <name>lever::models::RequisitionListModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 of unlimited</source>
        <translation>%1 von unbegrenzt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>lever::models::SearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Archived · %1</source>
        <translation>Archiviert · %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Lever has no candidate with the email %1.</source>
        <translation>In Lever gibt es keinen Kandidaten mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Asking Lever for %1…</source>
        <translation>Frage Lever nach %1…</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Stellenanforderungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more…</source>
        <translation>
            <numerusform>%Ln weiterer…</numerusform>
            <numerusform>%Ln weitere…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln more in %1</source>
        <translation>
            <numerusform>%Ln weiteren Treffer in %1 zeigen</numerusform>
            <numerusform>%Ln weitere Treffer in %1 zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
</context>
<context>
    <name>lever::models::Session</name>
    <message>
        <source>This account is open in another Lever Console window. This window shows the data saved there but saves nothing on this computer.</source>
        <translation>Dieses Konto ist in einem anderen Lever-Console-Fenster geöffnet. Dieses Fenster zeigt die dort gespeicherten Daten, speichert aber nichts auf diesem Computer.</translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation>Offline – Daten von %1</translation>
    </message>
    <message>
        <source>Offline — Lever cannot be reached</source>
        <translation>Offline – Lever ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>lever::models::Sync</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2 opportunities…</source>
        <translation>%1 von %2 Bewerbungen werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing %1 opportunities…</source>
        <translation>%1 Bewerbungen werden synchronisiert…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Up to date · synced %1 · loading archived: %2…</source>
        <translation>Aktuell · synchronisiert um %1 · Archivierte werden geladen: %2…</translation>
    </message>
    <message>
        <source>Up to date · synced %1</source>
        <translation>Aktuell · synchronisiert um %1</translation>
    </message>
    <message>
        <source>Showing data from %1, updating…</source>
        <translation>Daten von %1, wird aktualisiert …</translation>
    </message>
</context>
<context>
    <name>lever::models::UsersAdminModel</name>
    <message>
        <source>Super admin</source>
        <translation>Super-Admin</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Limited team member</source>
        <translation>Eingeschränktes Teammitglied</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>Zugriffsrolle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lever::models::WebhookTestDelivery</name>
    <message>
        <source>Lever&apos;s API cannot send test events. Use the test button on Lever&apos;s own webhook settings page, or try the console&apos;s demo mode, whose sandbox can.</source>
        <translation>Die Lever-API kann keine Testereignisse senden. Nutzen Sie die Test-Schaltfläche auf Levers eigener Webhook-Einstellungsseite oder den Demomodus der Konsole, dessen Sandbox das kann.</translation>
    </message>
    <message>
        <source>This sandbox did not accept the request for a test event (HTTP %1). Test events need the sandbox&apos;s admin key, as the demo account has.</source>
        <translation>Diese Sandbox hat die Anfrage nach einem Testereignis nicht angenommen (HTTP %1). Testereignisse brauchen den Admin-Schlüssel der Sandbox, wie ihn das Demokonto hat.</translation>
    </message>
    <message>
        <source>The sandbox refused the test event (HTTP %1): %2</source>
        <translation>Die Sandbox hat das Testereignis abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The sandbox could not be reached: %1</source>
        <translation>Die Sandbox war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sandbox sent the test event but reported no result.</source>
        <translation>Die Sandbox hat das Testereignis gesendet, aber kein Ergebnis gemeldet.</translation>
    </message>
</context>
<context>
    <name>lever::models::WebhooksAdminModel</name>
    <message>
        <source>Application created</source>
        <translation>Bewerbung erstellt</translation>
    </message>
    <message>
        <source>Candidate hired</source>
        <translation>Kandidat eingestellt</translation>
    </message>
    <message>
        <source>Candidate stage change</source>
        <translation>Phasenwechsel eines Kandidaten</translation>
    </message>
    <message>
        <source>Candidate archive change</source>
        <translation>Archivierung eines Kandidaten geändert</translation>
    </message>
    <message>
        <source>Candidate deleted</source>
        <translation>Kandidat gelöscht</translation>
    </message>
    <message>
        <source>Interview created</source>
        <translation>Interview erstellt</translation>
    </message>
    <message>
        <source>Interview updated</source>
        <translation>Interview geändert</translation>
    </message>
    <message>
        <source>Interview deleted</source>
        <translation>Interview gelöscht</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Kontakt erstellt</translation>
    </message>
    <message>
        <source>Contact updated</source>
        <translation>Kontakt geändert</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Gesourct</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Enter the URL Lever should send events to.</source>
        <translation>Geben Sie die URL ein, an die Lever Ereignisse senden soll.</translation>
    </message>
    <message>
        <source>Enter a whole URL, such as https://example.com/lever-events.</source>
        <translation>Geben Sie eine vollständige URL ein, etwa https://example.com/lever-events.</translation>
    </message>
    <message>
        <source>Lever only delivers to https:// URLs.</source>
        <translation>Lever liefert nur an https://-URLs.</translation>
    </message>
    <message>
        <source>None (this event takes no conditions)</source>
        <translation>Keine (dieses Ereignis kennt keine Bedingungen)</translation>
    </message>
    <message>
        <source>Every origin</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>lever::ui::AboutDialog</name>
    <message>
        <source>About Lever Console</source>
        <translation>Über Lever Console</translation>
    </message>
    <message>
        <source>Lever Console</source>
        <translation>Lever Console</translation>
    </message>
    <message>
        <source>A native desktop recruiting console for the Lever Data API.</source>
        <translation>Eine native Desktop-Recruiting-Konsole für die Lever Data API.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>Licence: MIT. This program comes with no warranty.</source>
        <translation>Lizenz: MIT. Dieses Programm wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Project page&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Lever API documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Projektseite&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Lever-API-Dokumentation&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Lever is a trademark of its owner; this project is not affiliated with Lever.</source>
        <translation>Lever ist eine Marke ihres Inhabers; dieses Projekt steht in keiner Verbindung zu Lever.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::AccountOverview</name>
    <message>
        <source>Account overview</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>Acting user:</source>
        <translation>Handeln als:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation>Angemeldet mit:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation>%1 – nicht angemeldet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None chosen: changes cannot be made on anyone&apos;s behalf</source>
        <translation>Keiner gewählt: Änderungen können in niemandes Namen vorgenommen werden</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Lever sandbox</source>
        <translation>Lever-Sandbox</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Demo (integrierte Sandbox)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation>OAuth (Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>lever::ui::ApplicationFormPanel</name>
    <message>
        <source>Application form candidates fill in</source>
        <translation>Bewerbungsformular, das Kandidaten ausfüllen</translation>
    </message>
    <message>
        <source>What candidates fill in when they apply on the job site. Lever sets the form up in its own settings, so it is shown here read only.</source>
        <translation>Was Kandidaten bei der Bewerbung auf der Karriereseite ausfüllen. Das Formular wird in den Einstellungen von Lever eingerichtet und ist hier deshalb nur lesbar.</translation>
    </message>
    <message>
        <source>The application form could not be read: %1</source>
        <translation>Das Bewerbungsformular konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The application form can be seen once the posting is saved.</source>
        <translation>Das Bewerbungsformular ist sichtbar, sobald die Stellenanzeige gespeichert ist.</translation>
    </message>
    <message>
        <source>Reading the application form from Lever…</source>
        <translation>Bewerbungsformular wird aus Lever gelesen…</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Persönliche Angaben</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Additional questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Voluntary EEO questions</source>
        <translation>Freiwillige EEO-Fragen</translation>
    </message>
    <message>
        <source>Optional for candidates, and seen only in aggregate in reports.</source>
        <translation>Für Kandidaten freiwillig; in Berichten nur zusammengefasst sichtbar.</translation>
    </message>
    <message>
        <source>Lever reports no questions on this posting&apos;s application form.</source>
        <translation>Laut Lever enthält das Bewerbungsformular dieser Stellenanzeige keine Fragen.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ApplicationsPanel</name>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Keine Stellenanzeige</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>Keine Bewerbungen.</translation>
    </message>
    <message>
        <source>No offers.</source>
        <translation>Keine Angebote.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ArchiveLane</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Drop cards here to archive them</source>
        <translation>Karten hier ablegen, um sie zu archivieren</translation>
    </message>
    <message>
        <source>Archive lane</source>
        <translation>Archivspalte</translation>
    </message>
    <message>
        <source>Collapse ◂</source>
        <translation>Einklappen ◂</translation>
    </message>
    <message>
        <source>Show ▸</source>
        <translation>Anzeigen ▸</translation>
    </message>
    <message>
        <source>Collapse the Archive lane</source>
        <translation>Archivspalte einklappen</translation>
    </message>
    <message>
        <source>Expand the Archive lane</source>
        <translation>Archivspalte ausklappen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> · not loaded</source>
        <translation> · nicht geladen</translation>
    </message>
    <message>
        <source>Archived cards: %1</source>
        <translation>Archivierte Karten: %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::AuditLogView</name>
    <message>
        <source>Any event</source>
        <translation>Jedes Ereignis</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Ab einem Datum filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Bis zu einem Datum filtern</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Audit event columns</source>
        <translation>Spalten der Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie ein Ereignis, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try reading the audit log again</source>
        <translation>Das Audit-Protokoll erneut lesen</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Jeder Benutzer</translation>
    </message>
    <message>
        <source>The audit log is not enabled for this Lever account. Audit events are a paid add-on: ask your Lever administrator or Lever support to turn it on.

Lever said: %1</source>
        <translation>Das Audit-Protokoll ist für dieses Lever-Konto nicht aktiviert. Audit-Ereignisse sind ein kostenpflichtiges Zusatzmodul: Bitten Sie Ihre Lever-Administration oder den Lever-Support, es einzuschalten.

Lever meldete: %1</translation>
    </message>
    <message>
        <source>This sign-in may not read the audit log: it lacks the permission (scope) audit_events:read:admin. Sign in again with an API key or OAuth grant that includes it.

Lever said: %1</source>
        <translation>Diese Anmeldung darf das Audit-Protokoll nicht lesen: Ihr fehlt die Berechtigung (Scope) audit_events:read:admin. Melden Sie sich erneut mit einem API-Schlüssel oder einer OAuth-Freigabe an, die sie enthält.

Lever meldete: %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log… %n event(s) so far</source>
        <translation>
            <numerusform>Audit-Protokoll wird gelesen … bisher %n Ereignis</numerusform>
            <numerusform>Audit-Protokoll wird gelesen … bisher %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit events match these filters.</source>
        <translation>Keine Audit-Ereignisse entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%n Ereignis angezeigt; für weitere nach unten scrollen</numerusform>
            <numerusform>%n Ereignisse angezeigt; für weitere nach unten scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardColumn</name>
    <message>
        <source>Sort cards</source>
        <translation>Karten sortieren</translation>
    </message>
    <message>
        <source>Sort cards in %1</source>
        <translation>Karten in %1 sortieren</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, 1 card</source>
        <translation>%1, 1 Karte</translation>
    </message>
    <message>
        <source>%1, %2 cards</source>
        <translation>%1, %2 Karten</translation>
    </message>
    <message>
        <source>%1, %2 of %3 cards shown</source>
        <translation>%1, %2 von %3 Karten angezeigt</translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardColumnView</name>
    <message>
        <source>No cards match the filter</source>
        <translation>Keine Karten entsprechen dem Filter</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Keine Karten</translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardCommands</name>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Why is this card being archived?</source>
        <translation>Warum wird diese Karte archiviert?</translation>
    </message>
    <message>
        <source>Why are %1 cards being archived?</source>
        <translation>Warum werden %1 Karten archiviert?</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>Move the card to:</source>
        <translation>Karte verschieben nach:</translation>
    </message>
    <message>
        <source>Move %1 cards to:</source>
        <translation>%1 Karten verschieben nach:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Tag to add to the card:</source>
        <translation>Tag, das der Karte hinzugefügt wird:</translation>
    </message>
    <message>
        <source>Tag to add to %1 cards:</source>
        <translation>Tag, das %1 Karten hinzugefügt wird:</translation>
    </message>
    <message>
        <source>The selected cards have no tags to remove.</source>
        <translation>Die ausgewählten Karten haben keine Tags, die entfernt werden können.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tag to remove from the card:</source>
        <translation>Tag, das von der Karte entfernt wird:</translation>
    </message>
    <message>
        <source>Tag to remove from %1 cards:</source>
        <translation>Tag, das von %1 Karten entfernt wird:</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Verantwortlichen ändern</translation>
    </message>
    <message>
        <source>New owner of the card:</source>
        <translation>Neuer Verantwortlicher der Karte:</translation>
    </message>
    <message>
        <source>New owner of %1 cards:</source>
        <translation>Neuer Verantwortlicher für %1 Karten:</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardView</name>
    <message>
        <source>Pipeline board</source>
        <translation>Pipeline-Board</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Board-Spalten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Previous / next card in the column</source>
        <translation>Vorherige / nächste Karte in der Spalte</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Same row in the previous / next column</source>
        <translation>Gleiche Zeile in der vorherigen / nächsten Spalte</translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+click, Shift+click</source>
        <translation>Shift+↑ / Shift+↓, Ctrl+Klick, Shift+Klick</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select every card in the column</source>
        <translation>Alle Karten der Spalte auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+→ / Ctrl+Shift+←</source>
        <translation>Ctrl+Shift+→ / Ctrl+Shift+←</translation>
    </message>
    <message>
        <source>Move the selected cards one stage right / left</source>
        <translation>Ausgewählte Karten eine Phase nach rechts / links verschieben</translation>
    </message>
    <message>
        <source>Alt+Shift+→ / Alt+Shift+←</source>
        <translation>Alt+Shift+→ / Alt+Shift+←</translation>
    </message>
    <message>
        <source>The same (when the desktop takes Ctrl+Shift+arrows)</source>
        <translation>Dasselbe (wenn die Arbeitsumgebung Ctrl+Shift+Pfeiltasten selbst belegt)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Move the selected cards to a stage… (unarchives archived cards)</source>
        <translation>Ausgewählte Karten in eine Phase verschieben… (stellt archivierte Karten wieder her)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Archive the selected cards… (asks for the reason)</source>
        <translation>Ausgewählte Karten archivieren… (fragt nach dem Grund)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Unarchive the selected cards</source>
        <translation>Ausgewählte Karten wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+T / Ctrl+Shift+T</source>
        <translation>Ctrl+T / Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Add / remove a tag on the selected cards</source>
        <translation>Tag zu den ausgewählten Karten hinzufügen / davon entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Change the owner of the selected cards</source>
        <translation>Verantwortlichen der ausgewählten Karten ändern</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, Doppelklick</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Shift+F10</translation>
    </message>
    <message>
        <source>The card&apos;s menu</source>
        <translation>Menü der Karte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the details panel, then clear the selection</source>
        <translation>Detailbereich schließen, dann Auswahl aufheben</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last move or archive</source>
        <translation>Letztes Verschieben oder Archivieren rückgängig machen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search name, email and headline</source>
        <translation>Name, E-Mail und Kurzprofil durchsuchen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Refresh from Lever</source>
        <translation>Aus Lever aktualisieren</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New candidate… (or drop a resume on the board)</source>
        <translation>Neuer Kandidat… (oder einen Lebenslauf auf das Board ziehen)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search everything: candidates, postings, requisitions, users, commands</source>
        <translation>Alles durchsuchen: Kandidaten, Stellenanzeigen, Stellenanforderungen, Benutzer, Befehle</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the board, postings or requisitions to CSV…</source>
        <translation>Board, Stellenanzeigen oder Stellenanforderungen als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>lever::ui::BrowserWaitPage</name>
    <message>
        <source>Waiting for the browser… Sign in to Lever there and allow Lever Console access; this window continues by itself.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort bei Lever an und erlauben Sie Lever Console den Zugriff; dieses Fenster fährt dann von selbst fort.</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one:</source>
        <translation>Falls sich kein Browser geöffnet hat, kopieren Sie diese Adresse in einen Browser:</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this address into a browser to continue:</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie diese Adresse in einen Browser, um fortzufahren:</translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidateHeader</name>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Kontakt bearbeiten…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation>Follower hinzufügen</translation>
    </message>
    <message>
        <source>Add follower…</source>
        <translation>Follower hinzufügen…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Archivierungsgrund</translation>
    </message>
    <message>
        <source>Archive with the chosen reason</source>
        <translation>Mit dem gewählten Grund archivieren</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation>E-Mail-Adresse %1 kopieren</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation>Telefonnummer %1 kopieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>Grund ändern</translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidatePage</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation>Bereiche des Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>&amp;Applications &amp;&amp; offers</source>
        <translation>&amp;Bewerbungen &amp;&amp; Angebote</translation>
    </message>
    <message>
        <source>Could not load everything: %1</source>
        <translation>Nicht alles konnte geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidatesView</name>
    <message>
        <source>Open a candidate from the board (Enter or double-click) to see it here.</source>
        <translation>Öffnen Sie einen Kandidaten auf dem Board (Enter oder Doppelklick), um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Open candidates</source>
        <translation>Geöffnete Kandidaten</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>%1 has a note, feedback or contact edit that was not sent. Close and lose it?</source>
        <translation>%1 hat eine Notiz, ein Feedback oder eine Kontaktänderung, die noch nicht gesendet wurde. Trotzdem schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Schließen und verwerfen</translation>
    </message>
</context>
<context>
    <name>lever::ui::CardDelegate</name>
    <message>
        <source>%1 · confirmed</source>
        <translation>%1 · bestätigt</translation>
    </message>
    <message>
        <source>%1 · unconfirmed</source>
        <translation>%1 · unbestätigt</translation>
    </message>
    <message>
        <source>+opp</source>
        <translation>+Bew.</translation>
    </message>
    <message>
        <source>No headline</source>
        <translation>Kein Kurzprofil</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Keine Stellenanzeige</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>1 day in stage</source>
        <translation>1 Tag in der Phase</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>%1 Tage in der Phase</translation>
    </message>
    <message>
        <source>No interview scheduled</source>
        <translation>Kein Interview geplant</translation>
    </message>
</context>
<context>
    <name>lever::ui::CardDetailsPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Kartendetails</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close card details</source>
        <translation>Kartendetails schließen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>In der Phase seit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Other opportunities</source>
        <translation>Weitere Bewerbungen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Nächstes Interview</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>Opportunity-ID</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This card is no longer in the account</source>
        <translation>Diese Karte ist nicht mehr im Konto vorhanden</translation>
    </message>
    <message>
        <source>No headline</source>
        <translation>Kein Kurzprofil</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Yes: %1, on %2</source>
        <translation>Ja: %1, am %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Keine Stellenanzeige</translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation>%1 (1 Tag)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 Tage)</translation>
    </message>
    <message>
        <source>1 other for this person</source>
        <translation>1 weitere dieser Person</translation>
    </message>
    <message>
        <source>%1 others for this person</source>
        <translation>%1 weitere dieser Person</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>A change is being saved</source>
        <translation>Eine Änderung wird gespeichert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Keines geplant</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>Read-only summary of the card.</source>
        <translation>Schreibgeschützte Zusammenfassung der Karte.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ChipRow</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>lever::ui::ChoiceDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>lever::ui::ColumnSortMenu</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <source>Newest created</source>
        <translation>Zuletzt erstellt</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Reverse order</source>
        <translation>Umgekehrte Reihenfolge</translation>
    </message>
</context>
<context>
    <name>lever::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Someone else changed this posting</source>
        <translation>Jemand anderes hat diese Stellenanzeige geändert</translation>
    </message>
    <message>
        <source>While you were editing, this posting was changed in Lever. Choose, for each field below, which version to keep. Nothing is saved until you decide.</source>
        <translation>Während Sie bearbeitet haben, wurde diese Stellenanzeige in Lever geändert. Wählen Sie für jedes Feld unten, welche Version beibehalten werden soll. Gespeichert wird erst, wenn Sie entschieden haben.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Their version (in Lever now)</source>
        <translation>Andere Version (jetzt in Lever)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Meine Version behalten: %1</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Take their %1</source>
        <translation>Andere Version übernehmen: %1</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Alle anderen übernehmen</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Meine Auswahl speichern</translation>
    </message>
    <message>
        <source>Cancel, keep editing</source>
        <translation>Abbrechen, weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>lever::ui::ContactEditor</name>
    <message>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzprofil</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>ada@example.com, ada@work.example</source>
        <translation>ada@example.com, ada@work.example</translation>
    </message>
    <message>
        <source>mobile: +44 20 7946 0000; work: +44 20 7946 0001</source>
        <translation>mobile: +44 20 7946 0000; work: +44 20 7946 0001</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
</context>
<context>
    <name>lever::ui::CurrencyChoices</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>lever::ui::DuplicatePanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Add to &amp;this person</source>
        <translation>Zu &amp;dieser Person hinzufügen</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>&amp;Trotzdem anlegen</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Open the selected candidate</source>
        <translation>Ausgewählten Kandidaten öffnen</translation>
    </message>
    <message>
        <source>Add this opportunity to the selected person</source>
        <translation>Diese Bewerbung der ausgewählten Person hinzufügen</translation>
    </message>
    <message>
        <source>Create a new person anyway</source>
        <translation>Trotzdem eine neue Person anlegen</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <source>This person may already be in Lever:</source>
        <translation>Diese Person ist möglicherweise schon in Lever:</translation>
    </message>
    <message>
        <source>This person may already be in Lever (Lever itself could not be asked, so this is what the console holds):</source>
        <translation>Diese Person ist möglicherweise schon in Lever (Lever selbst war nicht erreichbar; dies ist der Stand der Konsole):</translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation>%1 ist bereits in %2</translation>
    </message>
    <message>
        <source>%1 (same email)</source>
        <translation>%1 (gleiche E-Mail)</translation>
    </message>
    <message>
        <source>%1 (similar name)</source>
        <translation>%1 (ähnlicher Name)</translation>
    </message>
</context>
<context>
    <name>lever::ui::EeoView</name>
    <message>
        <source>%1 columns</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload EEO responses</source>
        <translation>EEO-Antworten neu laden</translation>
    </message>
    <message>
        <source>Show Identifying Data…</source>
        <translation>Identifizierende Daten anzeigen …</translation>
    </message>
    <message>
        <source>Show EEO responses with candidate identities</source>
        <translation>EEO-Antworten mit Identität der Kandidaten anzeigen</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>Stellenanzeige:</translation>
    </message>
    <message>
        <source>EEO answer counts</source>
        <translation>Anzahl der EEO-Antworten</translation>
    </message>
    <message>
        <source>EEO answer counts chart</source>
        <translation>Diagramm der EEO-Antworten</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try reading EEO responses again</source>
        <translation>EEO-Antworten erneut lesen</translation>
    </message>
    <message>
        <source>⚠ Identifying EEO data. These answers are tied to named candidates and are protected by law. They must not influence any hiring decision. Lever records that you viewed them. They are kept in memory only and cleared when you leave this page.</source>
        <translation>⚠ Identifizierende EEO-Daten. Diese Antworten sind namentlich genannten Kandidaten zugeordnet und gesetzlich geschützt. Sie dürfen keine Einstellungsentscheidung beeinflussen. Lever protokolliert, dass Sie sie angesehen haben. Sie werden nur im Arbeitsspeicher gehalten und gelöscht, wenn Sie diese Seite verlassen.</translation>
    </message>
    <message>
        <source>EEO responses with identities</source>
        <translation>EEO-Antworten mit Identitäten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export identifying EEO data</source>
        <translation>Identifizierende EEO-Daten exportieren</translation>
    </message>
    <message>
        <source>Hide and Clear</source>
        <translation>Ausblenden und löschen</translation>
    </message>
    <message>
        <source>Hide and clear identifying EEO data</source>
        <translation>Identifizierende EEO-Daten ausblenden und löschen</translation>
    </message>
    <message>
        <source>This sign-in may not read EEO responses: it lacks the permission (scope) eeo_responses:read:admin, or EEO surveys are not enabled for this Lever account.

Lever said: %1</source>
        <translation>Diese Anmeldung darf keine EEO-Antworten lesen: Ihr fehlt die Berechtigung (Scope) eeo_responses:read:admin, oder EEO-Umfragen sind für dieses Lever-Konto nicht aktiviert.

Lever meldete: %1</translation>
    </message>
    <message>
        <source>EEO responses could not be read: %1</source>
        <translation>EEO-Antworten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading EEO responses…</source>
        <translation>EEO-Antworten werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous response(s). Counts come from Lever&apos;s anonymous EEO list; a multiple-choice answer counts under each choice, so shares can add up to more than 100 %.</source>
        <translation>
            <numerusform>%n anonyme Antwort. Die Zahlen stammen aus Levers anonymer EEO-Liste; eine Mehrfachantwort zählt bei jeder Auswahl, daher können die Anteile zusammen mehr als 100 % ergeben.</numerusform>
            <numerusform>%n anonyme Antworten. Die Zahlen stammen aus Levers anonymer EEO-Liste; eine Mehrfachantwort zählt bei jeder Auswahl, daher können die Anteile zusammen mehr als 100 % ergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Alle Stellenanzeigen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Show identifying EEO data?</source>
        <translation>Identifizierende EEO-Daten anzeigen?</translation>
    </message>
    <message>
        <source>You are about to see each candidate&apos;s EEO answers with their name. This data is protected: use it only for compliance work, never in hiring decisions. Lever records who viewed it. It stays in memory only and is cleared when you leave this page.</source>
        <translation>Sie sehen gleich die EEO-Antworten jedes Kandidaten mit Namen. Diese Daten sind geschützt: Verwenden Sie sie nur für Compliance-Aufgaben, niemals für Einstellungsentscheidungen. Lever protokolliert, wer sie angesehen hat. Sie bleiben nur im Arbeitsspeicher und werden gelöscht, wenn Sie diese Seite verlassen.</translation>
    </message>
    <message>
        <source>Show Identifying Data</source>
        <translation>Identifizierende Daten anzeigen</translation>
    </message>
    <message>
        <source>Lever refused the identifying EEO responses: this sign-in lacks the permission (scope) eeo_responses_pii:read:admin. Nothing was shown or kept.

Lever said: %1</source>
        <translation>Lever hat die identifizierenden EEO-Antworten verweigert: Dieser Anmeldung fehlt die Berechtigung (Scope) eeo_responses_pii:read:admin. Nichts wurde angezeigt oder behalten.

Lever meldete: %1</translation>
    </message>
    <message>
        <source>This sign-in lacks the scope eeo_responses_pii:read:admin.</source>
        <translation>Dieser Anmeldung fehlt der Scope eeo_responses_pii:read:admin.</translation>
    </message>
    <message>
        <source>The identifying EEO responses could not be read: %1</source>
        <translation>Die identifizierenden EEO-Antworten konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading identifying responses… %n so far</source>
        <translation>
            <numerusform>Identifizierende Antworten werden gelesen … bisher %n</numerusform>
            <numerusform>Identifizierende Antworten werden gelesen … bisher %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying response(s), in memory only.</source>
        <translation>
            <numerusform>%n identifizierende Antwort, nur im Arbeitsspeicher.</numerusform>
            <numerusform>%n identifizierende Antworten, nur im Arbeitsspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Identifying EEO Data</source>
        <translation>Identifizierende EEO-Daten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export identifying EEO data?</source>
        <translation>Identifizierende EEO-Daten exportieren?</translation>
    </message>
    <message>
        <source>The file %1 will hold every candidate&apos;s EEO answers with their name, outside Lever&apos;s protection. Store it only where your compliance rules allow, and delete it when done.</source>
        <translation>Die Datei %1 enthält die EEO-Antworten aller Kandidaten mit Namen, außerhalb des Schutzes von Lever. Speichern Sie sie nur dort, wo Ihre Compliance-Regeln es erlauben, und löschen Sie sie nach Gebrauch.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lever::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
</context>
<context>
    <name>lever::ui::ExportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline board, current view (%n card(s))</source>
        <translation>
            <numerusform>Pipeline-Board, aktuelle Ansicht (%n Karte)</numerusform>
            <numerusform>Pipeline-Board, aktuelle Ansicht (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card the board shows now: the filters applied, all columns.</source>
        <translation>Alle Karten, die das Board gerade zeigt: mit den aktiven Filtern, alle Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline board, selected cards (%n card(s))</source>
        <translation>
            <numerusform>Pipeline-Board, ausgewählte Karten (%n Karte)</numerusform>
            <numerusform>Pipeline-Board, ausgewählte Karten (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cards selected on the board.</source>
        <translation>Nur die auf dem Board ausgewählten Karten.</translation>
    </message>
    <message numerus="yes">
        <source>Postings list (%n posting(s))</source>
        <translation>
            <numerusform>Liste der Stellenanzeigen (%n Stellenanzeige)</numerusform>
            <numerusform>Liste der Stellenanzeigen (%n Stellenanzeigen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every posting of the Postings view.</source>
        <translation>Alle Stellenanzeigen der Ansicht „Stellenanzeigen“.</translation>
    </message>
    <message numerus="yes">
        <source>Requisitions list (%n requisition(s))</source>
        <translation>
            <numerusform>Liste der Stellenanforderungen (%n Stellenanforderung)</numerusform>
            <numerusform>Liste der Stellenanforderungen (%n Stellenanforderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every requisition of the Requisitions view.</source>
        <translation>Alle Stellenanforderungen der Ansicht „Stellenanforderungen“.</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>File to save the export to</source>
        <translation>Datei, in die exportiert wird</translation>
    </message>
    <message>
        <source>Choose the file to save to</source>
        <translation>Datei zum Speichern auswählen</translation>
    </message>
    <message>
        <source>CSV in UTF-8, for spreadsheet programs. The file holds candidates&apos; personal data, so only your user account can read it.</source>
        <translation>CSV in UTF-8 für Tabellenkalkulationen. Die Datei enthält personenbezogene Daten von Kandidaten und ist daher nur für Ihr Benutzerkonto lesbar.</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Jetzt exportieren</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Schließen, ohne zu exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>„%1“ ist bereits vorhanden. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The postings the Postings view shows: its filters and order.</source>
        <translation>Die Stellenanzeigen, die die Ansicht „Stellenanzeigen“ zeigt: mit ihren Filtern und ihrer Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ExportProgress</name>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1: %2 of %3 rows…</source>
        <translation>%1 wird exportiert: %2 von %3 Zeilen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackForm</name>
    <message>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackPanel</name>
    <message>
        <source>&amp;Start feedback</source>
        <translation>Feedback &amp;beginnen</translation>
    </message>
    <message>
        <source>S&amp;ubmit feedback</source>
        <translation>Feedback &amp;absenden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Feedback template</source>
        <translation>Feedback-Vorlage</translation>
    </message>
    <message>
        <source>Start feedback from the template</source>
        <translation>Feedback mit der Vorlage beginnen</translation>
    </message>
    <message>
        <source>Submit feedback</source>
        <translation>Feedback absenden</translation>
    </message>
    <message>
        <source>Discard feedback</source>
        <translation>Feedback verwerfen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Discard the feedback you have written?</source>
        <translation>Das geschriebene Feedback verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>New feedback: %1</source>
        <translation>Neues Feedback: %1</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackTemplateEditor</name>
    <message>
        <source>New Feedback Template</source>
        <translation>Neue Feedbackvorlage</translation>
    </message>
    <message>
        <source>Edit Feedback Template: %1</source>
        <translation>Feedbackvorlage bearbeiten: %1</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Instructions for interviewers</source>
        <translation>Hinweise für Interviewer</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Questions of the template</source>
        <translation>Fragen der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Eine Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Die ausgewählte Frage entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation>Die ausgewählte Frage nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation>Die ausgewählte Frage nach unten verschieben</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Fragetyp</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Question description</source>
        <translation>Beschreibung der Frage</translation>
    </message>
    <message>
        <source>Optional: what a good answer covers</source>
        <translation>Optional: was eine gute Antwort abdeckt</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Eine Antwort ist &amp;Pflicht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of the feedback form</source>
        <translation>Vorschau des Feedbackformulars</translation>
    </message>
    <message>
        <source>&amp;Scores (one per line, &quot;score | meaning&quot;):</source>
        <translation>&amp;Punktwerte (einer pro Zeile, „Wert | Bedeutung“):</translation>
    </message>
    <message>
        <source>&amp;Choices (one per line):</source>
        <translation>&amp;Antwortmöglichkeiten (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Scores, one per line</source>
        <translation>Punktwerte, einer pro Zeile</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Antwortmöglichkeiten, eine pro Zeile</translation>
    </message>
    <message>
        <source>(%1, no text yet)</source>
        <translation>(%1, noch ohne Text)</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackTemplatesPage</name>
    <message>
        <source>The forms interviewers fill in after an interview. Every template has one overall rating; Lever&apos;s reports group feedback by it.</source>
        <translation>Die Formulare, die Interviewer nach einem Interview ausfüllen. Jede Vorlage hat genau eine Gesamtbewertung; die Berichte in Lever gruppieren Feedback danach.</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected template</source>
        <translation>Die ausgewählte Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>Start a new template from the selected one</source>
        <translation>Eine neue Vorlage aus der ausgewählten beginnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Feedbackvorlagen</translation>
    </message>
    <message>
        <source>Feedback template columns</source>
        <translation>Spalten der Feedbackvorlagen</translation>
    </message>
    <message>
        <source>Reading from Lever…</source>
        <translation>Wird aus Lever gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Delete Feedback Template</source>
        <translation>Feedbackvorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Interviewers can no longer choose it. Feedback already given with it stays on the candidates.</source>
        <translation>Die Vorlage „%1“ löschen? Interviewer können sie dann nicht mehr wählen. Bereits damit abgegebenes Feedback bleibt bei den Kandidaten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Template deleted.</source>
        <translation>Vorlage gelöscht.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Lever did not take the change: %1</source>
        <translation>Lever hat die Änderung nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This account may not read feedback templates (Lever answered 403: %1). Ask a Lever super admin for credentials with the feedback_templates:read:admin scope.</source>
        <translation>Dieses Konto darf keine Feedbackvorlagen lesen (Lever antwortete 403: %1). Bitten Sie einen Lever-Super-Admin um Zugangsdaten mit dem Scope feedback_templates:read:admin.</translation>
    </message>
    <message>
        <source>This account may not change feedback templates (Lever answered 403: %1), so the write actions are hidden. To create or edit templates, sign in with credentials that have the feedback_templates:write:admin scope.</source>
        <translation>Dieses Konto darf keine Feedbackvorlagen ändern (Lever antwortete 403: %1), deshalb sind die Schreibaktionen ausgeblendet. Um Vorlagen anzulegen oder zu bearbeiten, melden Sie sich mit Zugangsdaten an, die den Scope feedback_templates:write:admin haben.</translation>
    </message>
    <message>
        <source>Not saved: this account may not change feedback templates.</source>
        <translation>Nicht gespeichert: Dieses Konto darf keine Feedbackvorlagen ändern.</translation>
    </message>
    <message>
        <source>Lever refused to change this template. Lever lets the API change only templates the API created: one made in Lever itself must be changed there, or you can duplicate it here and edit the copy. (If this sign-in lacks feedback_templates:write:admin, New Template… says so.) Lever: %1</source>
        <translation>Lever hat die Änderung dieser Vorlage abgelehnt. Über die API lassen sich nur Vorlagen ändern, die über die API angelegt wurden: Eine in Lever selbst erstellte Vorlage ändern Sie dort, oder Sie duplizieren sie hier und bearbeiten die Kopie. (Fehlt dieser Anmeldung der Scope feedback_templates:write:admin, sagt „Neue Vorlage…“ das.) Lever: %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::FilesPanel</name>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>He&amp;runterladen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>Datei hochladen</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Ausgewählte Datei öffnen</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Ausgewählte Datei herunterladen</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Ausgewählte Datei löschen</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Übertragungsfortschritt</translation>
    </message>
    <message>
        <source>Drop a file on the page to upload it (at most 30 MB).</source>
        <translation>Ziehen Sie eine Datei auf die Seite, um sie hochzuladen (höchstens 30 MB).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation>%1 hochgeladen.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Es konnte kein temporärer Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete %1 from this candidate? This cannot be undone.</source>
        <translation>%1 von diesem Kandidaten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.txt *.jpg *.png *.js);;All files (*)</source>
        <translation>Dokumente (*.pdf *.doc *.docx *.txt *.jpg *.png *.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Datei speichern unter</translation>
    </message>
</context>
<context>
    <name>lever::ui::FilterBar</name>
    <message>
        <source>Search name, email, headline (Ctrl+F)</source>
        <translation>Name, E-Mail, Kurzprofil durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Karten durchsuchen</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>Erstellt seit</translation>
    </message>
    <message>
        <source>Updated since</source>
        <translation>Aktualisiert seit</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktiv und archiviert</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Nur archivierte</translation>
    </message>
    <message>
        <source>Created any time</source>
        <translation>Erstellt: beliebig</translation>
    </message>
    <message>
        <source>Updated any time</source>
        <translation>Aktualisiert: beliebig</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>Erstellt: heute</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Aktualisiert: heute</translation>
    </message>
    <message>
        <source>Created in %1 days</source>
        <translation>Erstellt: letzte %1 Tage</translation>
    </message>
    <message>
        <source>Updated in %1 days</source>
        <translation>Aktualisiert: letzte %1 Tage</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the filter and sort as a view</source>
        <translation>Filter und Sortierung als Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the selected saved view</source>
        <translation>Ausgewählte gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Alle Stellenanzeigen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>My cards</source>
        <translation>Meine Karten</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 von %2 Karten</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellen-Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen candidate(s)</source>
        <translation>
            <numerusform>%n ausgewählter Kandidat</numerusform>
            <numerusform>%n ausgewählte Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the filter: %1</source>
        <translation>Filter entfernen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat</numerusform>
            <numerusform>%n Kandidaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsFilterBar</name>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Angelegt ab</translation>
    </message>
    <message>
        <source>Candidates created on or after this day</source>
        <translation>Kandidaten, die an oder nach diesem Tag angelegt wurden</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Angelegt bis</translation>
    </message>
    <message>
        <source>Candidates created on or before this day</source>
        <translation>Kandidaten, die an oder vor diesem Tag angelegt wurden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Alle Stellenanzeigen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsPage</name>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>How %1 is counted</source>
        <translation>Wie %1 gezählt wird</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>%1 als %2 exportieren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG …</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>das Diagramm konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Insights charts</source>
        <translation>Auswertungsdiagramme</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>A candidate reaches a stage when the furthest stage they have been in, in pipeline order, is that stage or a later one: a skipped stage counts as passed, going back a stage does not undo it, and each candidate counts once however often they re-entered. Conversion: how many of those reached the next stage. Archived here: archived while in that stage, by reason. Click a bar to see its candidates on the board.</source>
        <translation>Ein Kandidat erreicht eine Phase, wenn die am weitesten fortgeschrittene Phase, in der er war (in Pipeline-Reihenfolge), diese oder eine spätere ist: Eine übersprungene Phase gilt als durchlaufen, ein Schritt zurück macht sie nicht ungeschehen, und jeder Kandidat zählt einmal, wie oft er auch zurückkehrte. Umwandlung: wie viele davon die nächste Phase erreichten. Hier archiviert: in dieser Phase archiviert, nach Grund. Klicken Sie auf einen Balken, um die Kandidaten auf dem Board zu sehen.</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit in der Phase</translation>
    </message>
    <message>
        <source>Per candidate, every stay in the stage added up, from entering it to the next stage change, the archive, or now for candidates still in it (the table says how many). Median and 90th percentile over the candidates who were in the stage. Click a bar to see them on the board.</source>
        <translation>Pro Kandidat jede Zeit in der Phase zusammengezählt, vom Eintritt bis zum nächsten Phasenwechsel, zur Archivierung oder bis jetzt für Kandidaten, die noch darin sind (die Tabelle nennt ihre Zahl). Median und 90. Perzentil über alle, die in der Phase waren. Klicken Sie auf einen Balken, um sie auf dem Board zu sehen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Per source (a candidate with two sources counts in both) and per origin: candidates, how many reached the interview stage or a later one, hires (archived with a reason of the hired type) and the hire rate (hires ÷ candidates).</source>
        <translation>Pro Quelle (ein Kandidat mit zwei Quellen zählt in beiden) und pro Herkunft: Kandidaten, wie viele die Interviewphase oder eine spätere erreichten, Einstellungen (archiviert mit einem Grund vom Typ „eingestellt“) und die Einstellungsquote (Einstellungen ÷ Kandidaten).</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>New candidates by the week they were created, hires by the week they were archived with a hired reason. Weeks start on Monday (UTC) and span the chosen dates.</source>
        <translation>Neue Kandidaten nach der Woche ihrer Anlage, Einstellungen nach der Woche, in der sie mit einem Einstellungsgrund archiviert wurden. Wochen beginnen am Montag (UTC) und umfassen den gewählten Zeitraum.</translation>
    </message>
    <message>
        <source>Pipeline over time</source>
        <translation>Pipeline im Zeitverlauf</translation>
    </message>
    <message>
        <source>Active candidates in each stage at the end of each week, from the stage history (a cumulative flow). Lever keeps no history of archiving, so an unarchived candidate counts as active since creation.</source>
        <translation>Aktive Kandidaten je Phase am Ende jeder Woche, aus dem Phasenverlauf (ein kumulatives Flussdiagramm). Lever speichert keinen Archivierungsverlauf, daher zählt ein wieder aktivierter Kandidat seit seiner Anlage als aktiv.</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Active candidates whose last stage change (or creation) is more than the chosen number of days ago, by owner. Click a bar to see them on the board.</source>
        <translation>Aktive Kandidaten, deren letzter Phasenwechsel (oder Anlage) länger als die gewählte Zahl von Tagen zurückliegt, nach Verantwortlichen. Klicken Sie auf einen Balken, um sie auf dem Board zu sehen.</translation>
    </message>
    <message>
        <source>Days without a stage change</source>
        <translation>Tage ohne Phasenwechsel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No stage change for</source>
        <translation>Kein Phasenwechsel seit</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) created in these dates</source>
        <translation>
            <numerusform>%n Kandidat in diesem Zeitraum angelegt</numerusform>
            <numerusform>%n Kandidaten in diesem Zeitraum angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert …</translation>
    </message>
    <message>
        <source>Insights: %1 · %2</source>
        <translation>Auswertungen: %1 · %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewEditor</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of this interview starting when it ends</source>
        <translation>Eine Kopie dieses Interviews hinzufügen, die beginnt, wenn es endet</translation>
    </message>
    <message>
        <source>Duplicate interview</source>
        <translation>Interview duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove interview</source>
        <translation>Interview entfernen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>e.g. Technical interview</source>
        <translation>z. B. Technisches Interview</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Ort oder Videolink</translation>
    </message>
    <message>
        <source>Room, address or https://meet…</source>
        <translation>Raum, Adresse oder https://meet…</translation>
    </message>
    <message>
        <source>Note for the interviewers</source>
        <translation>Notiz für die Interviewer</translation>
    </message>
    <message>
        <source>What the interviewers should know or bring</source>
        <translation>Was die Interviewer wissen oder mitbringen sollten</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Feedback-Formular</translation>
    </message>
    <message>
        <source>No feedback form</source>
        <translation>Kein Feedback-Formular</translation>
    </message>
    <message>
        <source>Feedback reminder</source>
        <translation>Feedback-Erinnerung</translation>
    </message>
    <message>
        <source>Lever&apos;s default</source>
        <translation>Lever-Standard</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Interviewer</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Location or link</source>
        <translation>&amp;Ort oder Link</translation>
    </message>
    <message>
        <source>&amp;Feedback form</source>
        <translation>&amp;Feedback-Formular</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>E&amp;rinnerung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Interview %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>your time: %1 in %2</source>
        <translation>Ihre Zeit: %1 in %2</translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewerPicker</name>
    <message>
        <source>Add an interviewer: type a name or e-mail</source>
        <translation>Interviewer hinzufügen: Namen oder E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Interviewer hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove interviewer %1</source>
        <translation>Interviewer %1 entfernen</translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewsPanel</name>
    <message>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>&amp;Schedule interview…</source>
        <translation>Interview &amp;planen…</translation>
    </message>
    <message>
        <source>No interviews scheduled.</source>
        <translation>Keine Interviews geplant.</translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Ein Interview planen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>Vergangen und abgesagt</translation>
    </message>
    <message>
        <source>Interview panel</source>
        <translation>Interviewrunde</translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation>%1 — abgesagt</translation>
    </message>
    <message>
        <source>Interview panel %1</source>
        <translation>Interviewrunde %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Interviewers: %1</source>
        <translation>Interviewer: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Neu planen…</translation>
    </message>
    <message>
        <source>Reschedule this panel</source>
        <translation>Diese Interviewrunde neu planen</translation>
    </message>
    <message>
        <source>Cancel interviews…</source>
        <translation>Interviews absagen…</translation>
    </message>
    <message>
        <source>Cancel this panel</source>
        <translation>Diese Interviewrunde absagen</translation>
    </message>
    <message>
        <source>Scheduled in Lever: change it there.</source>
        <translation>In Lever geplant: Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>E&amp;xport to Calendar (.ics)…</source>
        <translation>In Kalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>Export the interviews to a calendar file</source>
        <translation>Die Interviews in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Saves every interview not cancelled as an .ics file that calendar programs import, with each interview&apos;s time zone.</source>
        <translation>Speichert alle nicht abgesagten Interviews als .ics-Datei, die Kalenderprogramme importieren können, jeweils mit der Zeitzone des Interviews.</translation>
    </message>
</context>
<context>
    <name>lever::ui::KeychainPage</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>What is wrong with the keychain</source>
        <translation>Was mit dem Schlüsselbund nicht stimmt</translation>
    </message>
    <message>
        <source>Lever Console never writes secrets to a file. You can try again once the keychain runs, or sign in for this session only: the sign-in is kept in memory and forgotten when Lever Console quits.</source>
        <translation>Lever Console schreibt Geheimnisse niemals in eine Datei. Sie können es erneut versuchen, sobald der Schlüsselbund läuft, oder sich nur für diese Sitzung anmelden: Die Anmeldung wird im Arbeitsspeicher gehalten und beim Beenden von Lever Console verworfen.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign In for This &amp;Session Only</source>
        <translation>&amp;Nur für diese Sitzung anmelden</translation>
    </message>
</context>
<context>
    <name>lever::ui::LeverTextEdit</name>
    <message>
        <source>Removed what Lever does not accept in postings: %1. The text was kept.</source>
        <translation>Entfernt, was Lever in Stellenanzeigen nicht akzeptiert: %1. Der Text wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>lever::ui::MainWindow</name>
    <message>
        <source>Lever Console</source>
        <translation>Lever Console</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Data…</source>
        <translation>&amp;Demodaten zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the demo data?</source>
        <translation>Demodaten zurücksetzen?</translation>
    </message>
    <message>
        <source>Every change made in the demo is lost: the demo sandbox restarts with fresh demo data.</source>
        <translation>Alle in der Demo vorgenommenen Änderungen gehen verloren: Die Demo-Sandbox startet mit frischen Demodaten neu.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Account Overview</source>
        <translation>&amp;Kontoübersicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Lever Console</source>
        <translation>Ü&amp;ber Lever Console</translation>
    </message>
    <message>
        <source>%1 — Lever Console</source>
        <translation>%1 — Lever Console</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its saved sign-in (in the system keychain) and the data kept on this computer for it are deleted. Nothing changes in Lever.</source>
        <translation>Die gespeicherte Anmeldung (im Schlüsselbund des Systems) und die auf diesem Computer dafür aufbewahrten Daten werden gelöscht. In Lever ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>The account %1 was removed.</source>
        <translation>Das Konto %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund gelöscht werden.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;New Candidate…</source>
        <translation>&amp;Neuer Kandidat…</translation>
    </message>
    <message>
        <source>Add a candidate (Ctrl+N); or drop a resume on the board</source>
        <translation>Kandidat hinzufügen (Ctrl+N) oder einen Lebenslauf auf das Board ziehen</translation>
    </message>
</context>
<context>
    <name>lever::ui::MentionEdit</name>
    <message>
        <source>People to mention</source>
        <translation>Zu erwähnende Personen</translation>
    </message>
</context>
<context>
    <name>lever::ui::NewCandidateDialog</name>
    <message>
        <source>New Candidate</source>
        <translation>Neuer Kandidat</translation>
    </message>
    <message>
        <source>No resume attached</source>
        <translation>Kein Lebenslauf angehängt</translation>
    </message>
    <message>
        <source>Attach &amp;resume…</source>
        <translation>&amp;Lebenslauf anhängen…</translation>
    </message>
    <message>
        <source>Attach a resume</source>
        <translation>Lebenslauf anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the resume</source>
        <translation>Lebenslauf entfernen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Fill in empty fields from the resume (Lever reads it)</source>
        <translation>Leere Felder aus dem Lebenslauf füllen (Lever liest ihn aus)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzprofil</translation>
    </message>
    <message>
        <source>Current role and company</source>
        <translation>Aktuelle Rolle und Firma</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>ada@example.com, ada@work.example</source>
        <translation>ada@example.com, ada@work.example</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>mobile: +44 20 7946 0000; work: +44 20 7946 0001</source>
        <translation>mobile: +44 20 7946 0000; work: +44 20 7946 0001</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>https://linkedin.com/in/…, https://github.com/…</source>
        <translation>https://linkedin.com/in/…, https://github.com/…</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>No posting (a lead)</source>
        <translation>Keine Stellenanzeige (ein Lead)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add as the posting&apos;s owner</source>
        <translation>Als Verantwortliche(r) der Stellenanzeige hinzufügen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Sourced by</source>
        <translation>Gesourct von</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>LinkedIn, Meetup</source>
        <translation>LinkedIn, Meetup</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>First note</source>
        <translation>Erste Notiz</translation>
    </message>
    <message>
        <source>Why this person, who referred them, what was agreed…</source>
        <translation>Warum diese Person, wer sie empfohlen hat, was vereinbart wurde…</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Weitere Dateien</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Ausgewählte Datei entfernen</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Kandidat hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resumes (*.pdf *.docx *.doc *.txt *.rtf *.odt);;All files (*)</source>
        <translation>Lebensläufe (*.pdf *.docx *.doc *.txt *.rtf *.odt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Give a name or an email, or attach a resume for Lever to read them from.</source>
        <translation>Geben Sie einen Namen oder eine E-Mail an, oder hängen Sie einen Lebenslauf an, aus dem Lever sie ausliest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose the owner from the list, or clear the field.</source>
        <translation>Wählen Sie die verantwortliche Person aus der Liste oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Choose who referred them from the list, or clear the field.</source>
        <translation>Wählen Sie aus der Liste, wer die Person empfohlen hat, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Suche nach Duplikaten…</translation>
    </message>
    <message>
        <source>Adding the candidate…</source>
        <translation>Kandidat wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>lever::ui::NotesPanel</name>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Vertraulich</translation>
    </message>
    <message>
        <source>&amp;Reply to selected</source>
        <translation>Auf &amp;Auswahl antworten</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Write a note… type @ to mention someone</source>
        <translation>Notiz schreiben… mit @ jemanden erwähnen</translation>
    </message>
    <message>
        <source>Secret note</source>
        <translation>Vertrauliche Notiz</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>4 - Strong hire</source>
        <translation>4 - Unbedingt einstellen</translation>
    </message>
    <message>
        <source>3 - Hire</source>
        <translation>3 - Einstellen</translation>
    </message>
    <message>
        <source>2 - No hire</source>
        <translation>2 - Nicht einstellen</translation>
    </message>
    <message>
        <source>1 - Strong no hire</source>
        <translation>1 - Auf keinen Fall einstellen</translation>
    </message>
    <message>
        <source>Reply to the selected note</source>
        <translation>Auf die ausgewählte Notiz antworten</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Notiz hinzufügen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Replying to %1&apos;s note</source>
        <translation>Antwort auf die Notiz von %1</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>🔒 %1</source>
        <translation>🔒 %1</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Notiz von %1: %2</translation>
    </message>
    <message>
        <source>secret, %1</source>
        <translation>vertraulich, %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::OfflineBanner</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach Lever again</source>
        <translation>Erneut versuchen, Lever zu erreichen</translation>
    </message>
    <message>
        <source>Show the changes waiting to be sent</source>
        <translation>Die noch zu sendenden Änderungen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline waiting to be sent to Lever.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung wartet darauf, an Lever gesendet zu werden.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen warten darauf, an Lever gesendet zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending Changes (%1)…</source>
        <translation>Ausstehende Änderungen (%1) …</translation>
    </message>
</context>
<context>
    <name>lever::ui::PendingChangesDialog</name>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>These changes were made while Lever could not be reached. They are sent in this order once Lever answers again; if someone changed a candidate in Lever meanwhile, you are asked first.</source>
        <translation>Diese Änderungen wurden vorgenommen, während Lever nicht erreichbar war. Sie werden in dieser Reihenfolge gesendet, sobald Lever wieder antwortet; hat jemand einen Kandidaten inzwischen in Lever geändert, werden Sie vorher gefragt.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Noch zu sendende Änderungen</translation>
    </message>
    <message>
        <source>Cancel Change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Cancel the selected change</source>
        <translation>Die ausgewählte Änderung verwerfen</translation>
    </message>
    <message>
        <source>%1 — made %2</source>
        <translation>%1 – vorgenommen %2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change reached Lever.</source>
        <translation>Nichts steht aus: Alle Änderungen sind in Lever angekommen.</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingEditor</name>
    <message>
        <source>← Postings</source>
        <translation>← Stellenanzeigen</translation>
    </message>
    <message>
        <source>Back to the postings list</source>
        <translation>Zurück zur Liste der Stellenanzeigen</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Status des Editors</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to the saved version</source>
        <translation>Auf die gespeicherte Version zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the posting</source>
        <translation>Stellenanzeige speichern</translation>
    </message>
    <message>
        <source>Preview as candidates see it</source>
        <translation>Vorschau aus Sicht der Kandidaten</translation>
    </message>
    <message>
        <source>Preview: as candidates will see it</source>
        <translation>Vorschau: So sehen Kandidaten die Anzeige</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New posting: not in Lever until you save it.</source>
        <translation>Neue Stellenanzeige: erst nach dem Speichern in Lever.</translation>
    </message>
    <message>
        <source>A new posting you did not save (&quot;%1&quot;, %2) was kept. Restore it?</source>
        <translation>Eine nicht gespeicherte neue Stellenanzeige („%1“, %2) wurde aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Unsaved edits to this posting from %1 were kept. Restore them?</source>
        <translation>Nicht gespeicherte Änderungen an dieser Stellenanzeige vom %1 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved edits restored.</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not keep a copy of your edits in %1; save soon.</source>
        <translation>Eine Kopie Ihrer Änderungen konnte nicht in %1 aufbewahrt werden; speichern Sie bald.</translation>
    </message>
    <message>
        <source>One field needs attention before saving.</source>
        <translation>Ein Feld muss vor dem Speichern geprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention before saving.</source>
        <translation>
            <numerusform>%n Feld muss vor dem Speichern geprüft werden.</numerusform>
            <numerusform>%n Felder müssen vor dem Speichern geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Um %1 gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this posting; choose what to keep.</source>
        <translation>Jemand anderes hat diese Stellenanzeige geändert; wählen Sie, was beibehalten werden soll.</translation>
    </message>
    <message>
        <source>Saving your choices…</source>
        <translation>Ihre Auswahl wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved. Your edits are still here, now compared with the version in Lever.</source>
        <translation>Nicht gespeichert. Ihre Änderungen sind noch da und werden jetzt mit der Version in Lever verglichen.</translation>
    </message>
    <message>
        <source>Reverted to the saved version.</source>
        <translation>Auf die gespeicherte Version zurückgesetzt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved in Lever. Save them before closing?</source>
        <translation>„%1“ enthält Änderungen, die nicht in Lever gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation>%1, nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Application Form</source>
        <translation>Bewerbungsformular</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingFormWidget</name>
    <message>
        <source>e.g. Senior Backend Engineer</source>
        <translation>z. B. Senior Backend Engineer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Public job site</source>
        <translation>Öffentliche Karriereseite</translation>
    </message>
    <message>
        <source>Internal job site</source>
        <translation>Interne Karriereseite</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Hiring manager</source>
        <translation>&amp;Hiring Manager</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Backend, Remote friendly</source>
        <translation>Durch Kommas getrennt, z. B. Backend, Remote möglich</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Stellenanforderungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schlusstext</translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick the owner from the list.</source>
        <translation>Kein Lever-Benutzer passt zu „%1“; wählen Sie den Verantwortlichen aus der Liste.</translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick the hiring manager from the list.</source>
        <translation>Kein Lever-Benutzer passt zu „%1“; wählen Sie den Hiring Manager aus der Liste.</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingListPanel</name>
    <message>
        <source>Search postings</source>
        <translation>Stellenanzeigen durchsuchen</translation>
    </message>
    <message>
        <source>Search title, team, location, tags, requisition codes…</source>
        <translation>Titel, Team, Standort, Tags, Anforderungscodes durchsuchen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected posting</source>
        <translation>Ausgewählte Stellenanzeige öffnen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected posting</source>
        <translation>Ausgewählte Stellenanzeige duplizieren</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload the postings from Lever</source>
        <translation>Stellenanzeigen neu aus Lever laden</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Nach Team filtern</translation>
    </message>
    <message>
        <source>Filter by department</source>
        <translation>Nach Abteilung filtern</translation>
    </message>
    <message>
        <source>Filter by location</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <source>Filter by commitment</source>
        <translation>Nach Beschäftigungsart filtern</translation>
    </message>
    <message>
        <source>Postings per state</source>
        <translation>Stellenanzeigen pro Status</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Could not load the postings: %1</source>
        <translation>Die Stellenanzeigen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>Alle Status (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>Alle Beschäftigungsarten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading postings… %1 so far</source>
        <translation>Stellenanzeigen werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>Postings: %1 (%2)</source>
        <translation>Stellenanzeigen: %1 (%2)</translation>
    </message>
    <message>
        <source>Posting columns</source>
        <translation>Spalten der Stellenanzeigen</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingListsEditor</name>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Listentitel</translation>
    </message>
    <message>
        <source>List title, e.g. Requirements</source>
        <translation>Listentitel, z. B. Anforderungen</translation>
    </message>
    <message>
        <source>List items, one per line</source>
        <translation>Listeneinträge, einer pro Zeile</translation>
    </message>
    <message>
        <source>Add list</source>
        <translation>Liste hinzufügen</translation>
    </message>
    <message>
        <source>Add a list</source>
        <translation>Eine Liste hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected list</source>
        <translation>Ausgewählte Liste entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected list up</source>
        <translation>Ausgewählte Liste nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected list down</source>
        <translation>Ausgewählte Liste nach unten verschieben</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingPreview</name>
    <message>
        <source>Untitled posting</source>
        <translation>Stellenanzeige ohne Titel</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <source>Apply for this job</source>
        <translation>Jetzt bewerben</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingsPage</name>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>lever::ui::ReferenceDataView</name>
    <message>
        <source>Reference lists</source>
        <translation>Referenzlisten</translation>
    </message>
    <message>
        <source>Archive reason type</source>
        <translation>Art des Archivierungsgrunds</translation>
    </message>
    <message>
        <source>Hired and not hired</source>
        <translation>Eingestellt und nicht eingestellt</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Nicht eingestellt</translation>
    </message>
    <message>
        <source>Read Referrals</source>
        <translation>Empfehlungen lesen</translation>
    </message>
    <message>
        <source>Read the referrals of the referred candidates</source>
        <translation>Die Empfehlungen der empfohlenen Kandidaten lesen</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>The pipeline&apos;s stages in order, as Lever lists them.</source>
        <translation>Die Phasen der Pipeline in ihrer Reihenfolge, wie Lever sie auflistet.</translation>
    </message>
    <message>
        <source>Archive Reasons</source>
        <translation>Archivierungsgründe</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Every source with the number of candidates that carry it.</source>
        <translation>Jede Quelle mit der Anzahl der Kandidaten, die sie tragen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Every tag with the number of candidates that carry it.</source>
        <translation>Jeder Tag mit der Anzahl der Kandidaten, die ihn tragen.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Lever gives referrals per candidate: they are read for the loaded candidates whose origin is &quot;referred&quot;, one request each.</source>
        <translation>Lever liefert Empfehlungen je Kandidat: Sie werden für die geladenen Kandidaten mit der Herkunft „empfohlen“ gelesen, eine Anfrage pro Kandidat.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Every offer in the account. Double-click one to open its candidate.</source>
        <translation>Alle Angebote des Kontos. Doppelklicken Sie auf eines, um den Kandidaten zu öffnen.</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Open Candidate</source>
        <translation>Kandidat öffnen</translation>
    </message>
    <message>
        <source>Open the selected row&apos;s candidate</source>
        <translation>Den Kandidaten der gewählten Zeile öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Read Referrals of %n Referred Candidate(s)</source>
        <translation>
            <numerusform>Empfehlungen von %n empfohlenen Kandidaten lesen</numerusform>
            <numerusform>Empfehlungen von %n empfohlenen Kandidaten lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Reading from Lever…</source>
        <translation>Wird von Lever gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in may not read this list (a permission, or scope, is missing).

Lever said: %1</source>
        <translation>Diese Anmeldung darf diese Liste nicht lesen (eine Berechtigung bzw. ein Scope fehlt).

Lever meldete: %1</translation>
    </message>
    <message>
        <source>This list could not be read: %1</source>
        <translation>Diese Liste konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::RequisitionsPage</name>
    <message>
        <source>Requisitions</source>
        <translation>Stellenanforderungen</translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation>Neue Stellenanforderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Requisition code</source>
        <translation>Anforderungscode</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Stellenanzahl</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Unlimited headcount</source>
        <translation>Unbegrenzte Stellenanzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Beschäftigungsstatus</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Vollzeit</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Freiberuflich</translation>
    </message>
    <message>
        <source>Temporary worker</source>
        <translation>Zeitarbeit</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>Backfill (replaces someone who left)</source>
        <translation>Nachbesetzung (ersetzt eine ausgeschiedene Person)</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Nachbesetzung</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Compensation minimum</source>
        <translation>Mindestvergütung</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Compensation maximum</source>
        <translation>Höchstvergütung</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Compensation currency</source>
        <translation>Währung der Vergütung</translation>
    </message>
    <message>
        <source>Compensation interval</source>
        <translation>Zeitraum der Vergütung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Compensation band</source>
        <translation>Vergütungsspanne</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Linked postings</source>
        <translation>Verknüpfte Stellenanzeigen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Requisition status message</source>
        <translation>Statusmeldung der Stellenanforderung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the requisition</source>
        <translation>Stellenanforderung löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the requisition</source>
        <translation>Stellenanforderung speichern</translation>
    </message>
    <message>
        <source>Requisition %1 created.</source>
        <translation>Stellenanforderung %1 erstellt.</translation>
    </message>
    <message>
        <source>Requisition %1 saved.</source>
        <translation>Stellenanforderung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Requisition deleted.</source>
        <translation>Stellenanforderung gelöscht.</translation>
    </message>
    <message>
        <source>Could not load the requisitions: %1</source>
        <translation>Die Stellenanforderungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>Stellenanforderung %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), kept as they are: </source>
        <translation>
            <numerusform>%n Feld, unverändert beibehalten: </numerusform>
            <numerusform>%n Felder, unverändert beibehalten: </numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the requisition.</source>
        <translation>Geben Sie einen Namen für die Stellenanforderung ein.</translation>
    </message>
    <message>
        <source>Enter a requisition code: postings link to requisitions by it.</source>
        <translation>Geben Sie einen Anforderungscode ein: Darüber werden Stellenanzeigen mit Stellenanforderungen verknüpft.</translation>
    </message>
    <message>
        <source>Another requisition already has the code %1.</source>
        <translation>Eine andere Stellenanforderung hat bereits den Code %1.</translation>
    </message>
    <message>
        <source>A requisition cannot move back to draft once it left it.</source>
        <translation>Eine Stellenanforderung kann nicht in den Entwurf zurückkehren, nachdem sie ihn verlassen hat.</translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick one from the list.</source>
        <translation>Kein Lever-Benutzer passt zu „%1“; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>A compensation band needs minimum, maximum, currency and interval together, or none.</source>
        <translation>Eine Vergütungsspanne braucht Minimum, Maximum, Währung und Zeitraum zusammen – oder nichts davon.</translation>
    </message>
    <message>
        <source>The compensation minimum must be a number of 0 or more.</source>
        <translation>Die Mindestvergütung muss eine Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>The compensation maximum must be a number of 0 or more.</source>
        <translation>Die Höchstvergütung muss eine Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>The compensation minimum must not be greater than the maximum.</source>
        <translation>Die Mindestvergütung darf nicht größer als die Höchstvergütung sein.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>Die Währung muss ein dreistelliger ISO-4217-Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete requisition</source>
        <translation>Stellenanforderung löschen</translation>
    </message>
    <message>
        <source>Delete the requisition %1 (%2)? Postings linked to it lose the link.</source>
        <translation>Stellenanforderung %1 (%2) löschen? Damit verknüpfte Stellenanzeigen verlieren die Verknüpfung.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Someone else changed this requisition in Lever meanwhile. Their changes are now in the form, with your edits on top: check them and save again.</source>
        <translation>Jemand anderes hat diese Stellenanforderung inzwischen in Lever geändert. Diese Änderungen stehen jetzt im Formular, Ihre Änderungen darüber: Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Someone else changed this requisition in Lever meanwhile. Their changes are now in the form, with your edits on top; you both changed %1 (yours is shown). Check and save again.</source>
        <translation>Jemand anderes hat diese Stellenanforderung inzwischen in Lever geändert. Diese Änderungen stehen jetzt im Formular, Ihre Änderungen darüber; beide Seiten haben geändert: %1 (Ihre Version wird angezeigt). Prüfen Sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>requisition code</source>
        <translation>Anforderungscode</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>Stellenanzahl</translation>
    </message>
    <message>
        <source>unlimited headcount</source>
        <translation>unbegrenzte Stellenanzahl</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>employment status</source>
        <translation>Beschäftigungsstatus</translation>
    </message>
    <message>
        <source>hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>compensation band</source>
        <translation>Vergütungsspanne</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>interne Notizen</translation>
    </message>
    <message>
        <source>linked postings</source>
        <translation>verknüpfte Stellenanzeigen</translation>
    </message>
    <message>
        <source>Requisition columns</source>
        <translation>Spalten der Stellenanforderungen</translation>
    </message>
</context>
<context>
    <name>lever::ui::RichTextEdit</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Strike through</source>
        <translation>Durchgestrichen</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Normale Größe</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <source>https://… (select text, then Link)</source>
        <translation>https://… (Text markieren, dann Link)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Markierten Text verlinken</translation>
    </message>
    <message>
        <source>Lever accepts only http, https and mailto links.</source>
        <translation>Lever akzeptiert nur http-, https- und mailto-Links.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ScheduleDialog</name>
    <message>
        <source>Schedule interviews</source>
        <translation>Interviews planen</translation>
    </message>
    <message>
        <source>Schedule interviews with %1</source>
        <translation>Interviews mit %1 planen</translation>
    </message>
    <message>
        <source>Time zone of the panel</source>
        <translation>Zeitzone der Interviewrunde</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Add interview</source>
        <translation>Interview &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Interview hinzufügen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Save the panel</source>
        <translation>Interviewrunde speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>⚠ The panel&apos;s time zone, %1, differs from yours, %2: times are entered on the panel&apos;s clock; each interview shows both.</source>
        <translation>⚠ Die Zeitzone der Interviewrunde, %1, weicht von Ihrer ab, %2: Zeiten werden in der Zeitzone der Interviewrunde eingegeben; jedes Interview zeigt beide an.</translation>
    </message>
    <message>
        <source>%1 is also in interview %2 at that time.</source>
        <translation>%1 ist zu dieser Zeit auch in Interview %2.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <source>Interview %1: “%2” is not a user of this account; pick one from the list.</source>
        <translation>Interview %1: „%2“ ist kein Benutzer dieses Kontos; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Schedule in the past?</source>
        <translation>In der Vergangenheit planen?</translation>
    </message>
    <message>
        <source>Interview %1 starts in the past. Schedule it anyway?</source>
        <translation>Interview %1 beginnt in der Vergangenheit. Trotzdem planen?</translation>
    </message>
    <message>
        <source>Schedule anyway</source>
        <translation>Trotzdem planen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reschedule interviews</source>
        <translation>Interviews neu planen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Loading the panel…</source>
        <translation>Interviewrunde wird geladen…</translation>
    </message>
    <message>
        <source>Reschedule interviews with %1</source>
        <translation>Interviews mit %1 neu planen</translation>
    </message>
    <message>
        <source>This panel was scheduled in Lever itself, so only Lever can change it.</source>
        <translation>Diese Interviewrunde wurde direkt in Lever geplant und kann daher nur dort geändert werden.</translation>
    </message>
    <message>
        <source>E&amp;xport to Calendar (.ics)…</source>
        <translation>In Kalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>Export the scheduled interviews to a calendar file</source>
        <translation>Die geplanten Interviews in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Interviews scheduled with %1</source>
        <translation>Interviews mit %1 geplant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <source>Saved in Lever. Add the interviews to your calendar?</source>
        <translation>In Lever gespeichert. Die Interviews in Ihren Kalender übernehmen?</translation>
    </message>
</context>
<context>
    <name>lever::ui::SearchCommands</name>
    <message>
        <source>Move to Stage…</source>
        <translation>In Phase verschieben…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>New Posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>New Requisition</source>
        <translation>Neue Stellenanforderung</translation>
    </message>
    <message>
        <source>Select cards on the board or open a candidate first.</source>
        <translation>Wählen Sie zuerst Karten auf dem Board aus oder öffnen Sie einen Kandidaten.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::SearchPalette</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search candidates, postings, people and commands…</source>
        <translation>Kandidaten, Stellenanzeigen, Personen und Befehle suchen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>lever::ui::SelectionBar</name>
    <message>
        <source>Selected cards</source>
        <translation>Ausgewählte Karten</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <source>Move the selected cards to a stage (Ctrl+M)</source>
        <translation>Ausgewählte Karten in eine Phase verschieben (Ctrl+M)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Archive the selected cards (Delete)</source>
        <translation>Ausgewählte Karten archivieren (Delete)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Unarchive the selected cards (Ctrl+U)</source>
        <translation>Ausgewählte Karten wiederherstellen (Ctrl+U)</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tag to the selected cards (Ctrl+T)</source>
        <translation>Den ausgewählten Karten einen Tag hinzufügen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected cards (Ctrl+Shift+T)</source>
        <translation>Einen Tag von den ausgewählten Karten entfernen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Verantwortlichen ändern…</translation>
    </message>
    <message>
        <source>Change the owner of the selected cards (Ctrl+Shift+O)</source>
        <translation>Verantwortliche der ausgewählten Karten ändern (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Clear the selection (Esc)</source>
        <translation>Auswahl aufheben (Esc)</translation>
    </message>
    <message>
        <source>1 card selected</source>
        <translation>1 Karte ausgewählt</translation>
    </message>
    <message>
        <source>%1 cards selected</source>
        <translation>%1 Karten ausgewählt</translation>
    </message>
</context>
<context>
    <name>lever::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Look for changes every:</source>
        <translation>Nach Änderungen suchen alle:</translation>
    </message>
    <message>
        <source>View opened after sign-in</source>
        <translation>Nach der Anmeldung geöffnete Ansicht</translation>
    </message>
    <message>
        <source>The first view</source>
        <translation>Die erste Ansicht</translation>
    </message>
    <message>
        <source>Open after sign-in:</source>
        <translation>Nach der Anmeldung öffnen:</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark theme</source>
        <translation>Dem hellen oder dunklen Design des Systems folgen</translation>
    </message>
    <message>
        <source>Follow the system theme</source>
        <translation>Systemdesign folgen</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Lever Console starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Lever Console.</translation>
    </message>
    <message>
        <source>Days to keep local data</source>
        <translation>Tage, die lokale Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Candidate pages and interviews not refreshed for this long are dropped, and local data not used for this long is loaded from Lever again.</source>
        <translation>Kandidatenseiten und Interviews, die so lange nicht aktualisiert wurden, werden verworfen; lokale Daten, die so lange nicht benutzt wurden, werden neu aus Lever geladen.</translation>
    </message>
    <message>
        <source>Keep local data for:</source>
        <translation>Lokale Daten aufbewahren:</translation>
    </message>
    <message>
        <source>No account&apos;s data is open.</source>
        <translation>Es sind keine Kontodaten geöffnet.</translation>
    </message>
    <message>
        <source>Clear Local Data…</source>
        <translation>Lokale Daten löschen …</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Lokale Daten löschen</translation>
    </message>
    <message>
        <source>Clear Local Data</source>
        <translation>Lokale Daten löschen</translation>
    </message>
    <message>
        <source>Delete the copy of this account kept on this computer? Nothing changes in Lever; the next start loads everything from Lever again.</source>
        <translation>Die auf diesem Computer gespeicherte Kopie dieses Kontos löschen? In Lever ändert sich nichts; beim nächsten Start wird alles neu aus Lever geladen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Local data cleared.</source>
        <translation>Lokale Daten gelöscht.</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>Lokale Daten:</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>lever::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcut columns</source>
        <translation>Spalten der Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>lever::ui::ShortcutsSheet</name>
    <message>
        <source>Board shortcuts</source>
        <translation>Board-Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Every drag on the board has a keyboard path.</source>
        <translation>Alles, was Sie auf dem Board ziehen können, geht auch per Tastatur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>lever::ui::SignInDialog</name>
    <message>
        <source>Sign In to Lever</source>
        <translation>Bei Lever anmelden</translation>
    </message>
    <message>
        <source>Try the Demo — no Lever account needed</source>
        <translation>Demo ausprobieren — kein Lever-Konto nötig</translation>
    </message>
    <message>
        <source>Starts the built-in sandbox with made-up candidates and signs in to it.</source>
        <translation>Startet die integrierte Sandbox mit erfundenen Kandidaten und meldet Sie dort an.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Lever sandbox</source>
        <translation>Lever-Sandbox</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Demo (integrierte Sandbox)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Acme recruiting</source>
        <translation>z. B. Acme Recruiting</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (OAuth)</source>
        <translation>Mit dem &amp;Browser anmelden (OAuth)</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Mit dem Browser anmelden</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>from your Lever app registration</source>
        <translation>aus Ihrer Lever-App-Registrierung</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-Secre&amp;t:</translation>
    </message>
    <message>
        <source>Settings › Integrations and API › API Credentials</source>
        <translation>Settings › Integrations and API › API Credentials</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The key works. Lever does not tie a key to a person: choose who you are, so that changes are made in your name.</source>
        <translation>Der Schlüssel funktioniert. Lever ordnet einen Schlüssel keiner Person zu: Wählen Sie aus, wer Sie sind, damit Änderungen in Ihrem Namen vorgenommen werden.</translation>
    </message>
    <message>
        <source>Lever users</source>
        <translation>Lever-Benutzer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Sign In with the Browser</source>
        <translation>Mit dem Browser anmelden</translation>
    </message>
    <message>
        <source>Check the Key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation>Geben Sie die API-Adresse ein, z. B. https://lever.example.com/v1.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already: choose another name.</source>
        <translation>Ein Konto namens „%1“ ist bereits vorhanden: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only the first 100 active users are listed.</source>
        <translation>Nur die ersten 100 aktiven Benutzer werden angezeigt.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Access was declined in the browser. Sign in again and choose Allow to use Lever Console with this account.</source>
        <translation>Der Zugriff wurde im Browser abgelehnt. Melden Sie sich erneut an und wählen Sie „Allow“, um Lever Console mit diesem Konto zu verwenden.</translation>
    </message>
    <message>
        <source>No answer came from the browser in time. Try again.</source>
        <translation>Der Browser hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not signed in: the keychain did not answer. Sign in again when it runs.</source>
        <translation>Nicht angemeldet: Der Schlüsselbund hat nicht geantwortet. Melden Sie sich erneut an, sobald er läuft.</translation>
    </message>
    <message>
        <source>Not signed in: the keychain did not answer.</source>
        <translation>Nicht angemeldet: Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>lever::ui::StatusBar</name>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>Background work in progress</source>
        <translation>Hintergrundaufgaben laufen</translation>
    </message>
    <message>
        <source>Waiting for Lever…</source>
        <translation>Warten auf Lever…</translation>
    </message>
    <message>
        <source>Your changes are waiting for an answer</source>
        <translation>Ihre Änderungen warten auf eine Antwort</translation>
    </message>
    <message>
        <source>Your last action is waiting for an answer from Lever.</source>
        <translation>Ihre letzte Aktion wartet auf eine Antwort von Lever.</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>You are working on the built-in demo sandbox: nothing here reaches Lever.</source>
        <translation>Sie arbeiten in der integrierten Demo-Sandbox: Nichts davon gelangt zu Lever.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lever::ui::TimelinePanel</name>
    <message>
        <source>Show in the timeline</source>
        <translation>In der Zeitleiste anzeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Spalten der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>lever::ui::UserPicker</name>
    <message>
        <source>Type a name or e-mail</source>
        <translation>Namen oder E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>lever::ui::UsersPage</name>
    <message>
        <source>Filter by access role</source>
        <translation>Nach Zugriffsrolle filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Include deactivated</source>
        <translation>Deaktivierte einbeziehen</translation>
    </message>
    <message>
        <source>Search users by name or e-mail</source>
        <translation>Benutzer nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>Benutzerspalten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>Zugriffsrolle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Access &amp;role:</source>
        <translation>Zugriffs&amp;rolle:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Berufsbezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Vorgesetzte(r):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Benutzer speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Keine Vorgesetzten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.</translation>
    </message>
    <message>
        <source>Change to Interviewer</source>
        <translation>Zu Interviewer ändern</translation>
    </message>
    <message>
        <source>%1 will become an Interviewer. Interviewers only see the candidates they interview: Lever removes every profile %1 follows, and they stop getting those updates. Giving the role back later does not restore them.</source>
        <translation>%1 wird Interviewer. Interviewer sehen nur die Kandidaten, die sie interviewen: Lever entfernt alle Profile, denen %1 folgt, und die Benachrichtigungen dazu enden. Die Rolle später zurückzugeben stellt sie nicht wieder her.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in to Lever. Their candidates, notes and feedback stay, and you can reactivate them later.</source>
        <translation>%1 kann sich dann nicht mehr bei Lever anmelden. Kandidaten, Notizen und Feedback bleiben erhalten, und Sie können den Benutzer später reaktivieren.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation>%1 wird deaktiviert…</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>%1 will be able to sign in to Lever again, with the role %2.</source>
        <translation>%1 kann sich wieder bei Lever anmelden, mit der Rolle %2.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation>%1 wird reaktiviert…</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is saved in Lever.</source>
        <translation>%1 ist in Lever gespeichert.</translation>
    </message>
    <message>
        <source>Lever refused the change: %1</source>
        <translation>Lever hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>This account may not read Lever&apos;s users (Lever answered 403: %1). Ask a Lever super admin for credentials with the users:read:admin scope.</source>
        <translation>Dieses Konto darf die Benutzer von Lever nicht lesen (Lever antwortete 403: %1). Bitten Sie einen Lever-Super-Admin um Zugangsdaten mit dem Scope users:read:admin.</translation>
    </message>
    <message>
        <source>This account may not change users (Lever answered 403: %1), so the write actions are hidden. Browsing still works. To add, edit or deactivate users, sign in with an API key or grant that has the users:write:admin scope (a Lever super admin can issue one).</source>
        <translation>Dieses Konto darf keine Benutzer ändern (Lever antwortete 403: %1), daher sind die Schreibaktionen ausgeblendet. Ansehen geht weiterhin. Um Benutzer anzulegen, zu bearbeiten oder zu deaktivieren, melden Sie sich mit einem API-Schlüssel oder einer Freigabe mit dem Scope users:write:admin an (ein Lever-Super-Admin kann sie ausstellen).</translation>
    </message>
</context>
<context>
    <name>lever::ui::WebhookTokenDialog</name>
    <message>
        <source>Webhook Signature Token</source>
        <translation>Signatur-Token des Webhooks</translation>
    </message>
    <message>
        <source>The webhook for %1 is created. Lever signs every event it sends there with this token: give it to the receiving service so it can check the signatures.</source>
        <translation>Der Webhook für %1 ist erstellt. Lever signiert jedes Ereignis, das es dorthin sendet, mit diesem Token: Geben Sie es dem empfangenden Dienst, damit er die Signaturen prüfen kann.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: it will not be shown again.&lt;/b&gt; Lever does not return it later, and the console does not keep it. If it is lost, delete the webhook and create a new one.</source>
        <translation>&lt;b&gt;Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.&lt;/b&gt; Lever gibt es später nicht mehr heraus, und die Konsole speichert es nicht. Geht es verloren, löschen Sie den Webhook und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Signature token</source>
        <translation>Signatur-Token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy signature token</source>
        <translation>Signatur-Token kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>lever::ui::WebhooksPage</name>
    <message>
        <source>Lever sends an HTTPS request to each webhook&apos;s URL when its event happens. Only webhooks created through the API are listed and can be changed here; a Lever super admin must also switch the event group on in Lever&apos;s settings.</source>
        <translation>Lever sendet eine HTTPS-Anfrage an die URL jedes Webhooks, wenn dessen Ereignis eintritt. Nur über die API erstellte Webhooks werden hier aufgeführt und können geändert werden; außerdem muss ein Lever-Super-Admin die Ereignisgruppe in den Einstellungen von Lever einschalten.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook columns</source>
        <translation>Webhook-Spalten</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Only candidates whose origin is</source>
        <translation>Nur Kandidaten mit der Herkunft</translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation>Herkunft %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Webhook speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Test delivery</source>
        <translation>Testzustellung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking a signature:&lt;/b&gt; compute HMAC-SHA256 over the request body&apos;s &lt;tt&gt;token&lt;/tt&gt; followed by its &lt;tt&gt;triggeredAt&lt;/tt&gt; (in decimal digits), keyed with the webhook&apos;s signature token; hex-encode it and compare it with &lt;tt&gt;signature&lt;/tt&gt; (in constant time). The body itself is not signed: also reject a &lt;tt&gt;token&lt;/tt&gt; seen before or an old &lt;tt&gt;triggeredAt&lt;/tt&gt;.&lt;pre&gt;hmac.new(key, (token + str(triggeredAt)).encode(), sha256).hexdigest()&lt;/pre&gt;</source>
        <translation>&lt;b&gt;Eine Signatur prüfen:&lt;/b&gt; Berechnen Sie HMAC-SHA256 über &lt;tt&gt;token&lt;/tt&gt; aus dem Anfragetext, gefolgt von dessen &lt;tt&gt;triggeredAt&lt;/tt&gt; (in Dezimalziffern), mit dem Signatur-Token des Webhooks als Schlüssel; kodieren Sie das Ergebnis hexadezimal und vergleichen Sie es (in konstanter Zeit) mit &lt;tt&gt;signature&lt;/tt&gt;. Der Text selbst ist nicht signiert: Weisen Sie auch ein schon gesehenes &lt;tt&gt;token&lt;/tt&gt; oder ein altes &lt;tt&gt;triggeredAt&lt;/tt&gt; zurück.&lt;pre&gt;hmac.new(key, (token + str(triggeredAt)).encode(), sha256).hexdigest()&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>New Webhook…</source>
        <translation>Neuer Webhook…</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Send Test Event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Select a webhook and press Send Test Event: the sandbox sends it a signed event with empty data, as Lever&apos;s own test does.</source>
        <translation>Wählen Sie einen Webhook und klicken Sie auf „Testereignis senden“: Die Sandbox schickt ihm ein signiertes Ereignis mit leeren Daten, wie Levers eigener Test.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhooks could not be loaded: %1</source>
        <translation>Die Webhooks konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Sent; waiting for the receiver&apos;s answer…</source>
        <translation>Gesendet; warte auf die Antwort des Empfängers…</translation>
    </message>
    <message numerus="yes">
        <source>, answered in %n ms</source>
        <translation>
            <numerusform>, Antwort nach %n ms</numerusform>
            <numerusform>, Antwort nach %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered at %1: the receiver answered HTTP %2%3.</source>
        <translation>Zugestellt um %1: Der Empfänger antwortete HTTP %2%3.</translation>
    </message>
    <message>
        <source>Not delivered (sent at %1%2): %3. Lever counts any answer other than 2xx, redirects included, as a failure.</source>
        <translation>Nicht zugestellt (gesendet um %1%2): %3. Lever wertet jede Antwort außer 2xx, auch Weiterleitungen, als Fehlschlag.</translation>
    </message>
    <message>
        <source>Leave every origin ticked to hear about all candidates.</source>
        <translation>Lassen Sie alle Herkünfte angehakt, um von allen Kandidaten zu erfahren.</translation>
    </message>
    <message>
        <source>Lever takes no conditions for this event: every one is sent.</source>
        <translation>Lever kennt für dieses Ereignis keine Bedingungen: Jedes wird gesendet.</translation>
    </message>
    <message>
        <source>A webhook&apos;s event cannot change; create a new webhook instead.</source>
        <translation>Das Ereignis eines Webhooks lässt sich nicht ändern; erstellen Sie stattdessen einen neuen Webhook.</translation>
    </message>
    <message>
        <source>Tick at least one origin, or every origin to hear about all candidates.</source>
        <translation>Haken Sie mindestens eine Herkunft an, oder alle, um von allen Kandidaten zu erfahren.</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Webhook wird erstellt…</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Webhook wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Lever will stop sending %1 events to %2, including retries of failed ones. This cannot be undone: a new webhook gets a new signature token.</source>
        <translation>Lever sendet dann keine Ereignisse „%1“ mehr an %2, auch keine Wiederholungen fehlgeschlagener. Das lässt sich nicht rückgängig machen: Ein neuer Webhook bekommt ein neues Signatur-Token.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the webhook…</source>
        <translation>Webhook wird gelöscht…</translation>
    </message>
    <message>
        <source>Asking the sandbox to send a test event…</source>
        <translation>Die Sandbox wird gebeten, ein Testereignis zu senden…</translation>
    </message>
    <message>
        <source>The webhook is deleted.</source>
        <translation>Der Webhook ist gelöscht.</translation>
    </message>
    <message>
        <source>The webhook is saved in Lever.</source>
        <translation>Der Webhook ist in Lever gespeichert.</translation>
    </message>
    <message>
        <source>Lever refused the change: %1</source>
        <translation>Lever hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>This account may not read webhooks (Lever answered 403: %1). Ask a Lever super admin for credentials with the webhooks:read:admin scope.</source>
        <translation>Dieses Konto darf keine Webhooks lesen (Lever antwortete 403: %1). Bitten Sie einen Lever-Super-Admin um Zugangsdaten mit dem Scope webhooks:read:admin.</translation>
    </message>
    <message>
        <source>This account may not change webhooks (Lever answered 403: %1), so the write actions are hidden. To create, edit or delete webhooks, sign in with credentials that have the webhooks:write:admin scope.</source>
        <translation>Dieses Konto darf keine Webhooks ändern (Lever antwortete 403: %1), daher sind die Schreibaktionen ausgeblendet. Um Webhooks zu erstellen, zu bearbeiten oder zu löschen, melden Sie sich mit Zugangsdaten mit dem Scope webhooks:write:admin an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “lever-console --help”.</source>
        <translation>Versuchen Sie „lever-console --help“.</translation>
    </message>
</context>
</TS>
