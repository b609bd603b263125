<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="+151"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;Complaint…</source>
        <translation>Neue &amp;Reklamation …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log Interaction…</source>
        <translation>Aktivität &amp;erfassen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;Task…</source>
        <translation>Neue &amp;Aufgabe…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation type="vanished">Neue &amp;Aufgabe …</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo Last Import</source>
        <translation>Letzten Import &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+711"/>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/controller.py" line="+229"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Etwas ist schiefgelaufen; siehe Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="+94"/>
        <source>Something went wrong. The details are in %1</source>
        <translation>Etwas ist schiefgelaufen. Die Einzelheiten stehen in %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../app/ui/audit/view.py" line="+219"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location line="-182"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer figures</source>
        <translation>Kundenkennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard figures</source>
        <translation>Dashboard-Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(gone) %1</source>
        <translation>(nicht mehr vorhanden) %1</translation>
    </message>
    <message>
        <source>Entity uid</source>
        <translation type="vanished">Objekt-ID</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location line="+101"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show &amp;housekeeping</source>
        <translation>&amp;Systemeinträge anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list what the app does by itself: refreshed figures, SLA clocks</source>
        <translation>Auch auflisten, was die App selbst erledigt: aktualisierte Kennzahlen, SLA-Uhren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomationActivityPage</name>
    <message>
        <location filename="../../app/ui/automations/pages.py" line="+259"/>
        <source>What the rules did, newest first. Undo takes back what one run created or changed; the rule does not repeat it.</source>
        <translation>Was die Regeln getan haben, das Neueste zuerst. Rückgängig nimmt zurück, was ein Lauf angelegt oder geändert hat; die Regel wiederholt es nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Automation activity</source>
        <translation>Automatisierungsprotokoll</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No rule has run yet.</source>
        <translation>Noch keine Regel ist gelaufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo run</source>
        <translation>Lauf &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <location filename="../../app/ui/automations/models.py" line="+73"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ran</source>
        <translation>Gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it did</source>
        <translation>Was sie getan hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/automations/words.py" line="+19"/>
        <source>An order is recorded</source>
        <translation>Eine Bestellung wird erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first order is recorded</source>
        <translation>Eine erste Bestellung wird erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint is opened</source>
        <translation>Eine Reklamation wird eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint is resolved</source>
        <translation>Eine Reklamation wird gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interaction is logged</source>
        <translation>Ein Kontakt wird protokolliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A survey is answered</source>
        <translation>Eine Umfrage wird beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage changes</source>
        <translation>Die Phase ändert sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk reaches a threshold</source>
        <translation>Abwanderungsrisiko erreicht eine Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for some days</source>
        <translation>Einige Tage kein Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A birthday is coming</source>
        <translation>Ein Geburtstag steht bevor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a task for the owner</source>
        <translation>Aufgabe für den Betreuer anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the stage</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a survey request</source>
        <translation>Umfrage-Anfrage planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a complaint</source>
        <translation>Reklamation eröffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled check</source>
        <translation>Planmäßige Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Churn risk at or above %1</source>
        <translation>Abwanderungsrisiko ab %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>score %1 to %2</source>
        <translation>Wert %1 bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey request</source>
        <translation>Umfrage-Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag added: %1</source>
        <translation>Schlagwort hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag removed: %1</source>
        <translation>Schlagwort entfernt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint opened: %1</source>
        <translation>Reklamation eröffnet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message>
        <location filename="../../app/ui/automations/pages.py" line="-192"/>
        <source>Rules turn what happened into the next step: when something happens, if the contact fits, then a task, a tag, a stage or a survey request follows. Playbooks are ready to switch on; changes here take effect at once.</source>
        <translation>Regeln machen aus dem, was geschehen ist, den nächsten Schritt: Wenn etwas passiert und der Kontakt passt, folgt eine Aufgabe, ein Schlagwort, eine Phase oder eine Umfrage-Anfrage. Vorlagen lassen sich sofort einschalten; Änderungen hier gelten sofort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automation rules</source>
        <translation>Automatisierungsregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Neue Regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Switch &amp;on…</source>
        <translation>&amp;Einschalten…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automations</source>
        <translation>Automatisierungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking at what this rule would create…</source>
        <translation>Ermittle, was diese Regel anlegen würde …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” is on; it created %n task(s).</source>
        <translation>
            <numerusform>„%1“ ist ein; sie hat %n Aufgabe angelegt.</numerusform>
            <numerusform>„%1“ ist ein; sie hat %n Aufgaben angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is off.</source>
        <translation>„%1“ ist aus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../app/ui/security/background.py" line="+93"/>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this backup; the last good one is kept</source>
        <translation>Diese Sicherung abbrechen; die letzte gute bleibt erhalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up… %1%</source>
        <translation>Sicherung läuft … %1 %</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-133"/>
        <source>These settings belong to this computer: on a team, every laptop keeps its own and they are not sent to the hub.</source>
        <translation>Diese Einstellungen gehören zu diesem Computer: Im Team behält jeder Laptop seine eigenen, und sie werden nicht an den Hub gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup &amp;folder</source>
        <translation>Sicherungs&amp;ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+43"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Daily while open, and on close</source>
        <translation>Täglich während der Nutzung und beim Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on close</source>
        <translation>Nur beim Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (not recommended)</source>
        <translation>Aus (nicht empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;daily backups</source>
        <translation>&amp;Tägliche Sicherungen behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;weekly backups</source>
        <translation>&amp;Wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../app/ui/contacts/bulk.py" line="+62"/>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tag…</source>
        <translation>Schlagwort entfernen …</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Set Stage</source>
        <translation>Phase setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+85"/>
        <source>Contacts merged.</source>
        <translation>Kontakte zusammengeführt.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln Kontakt gelöscht.</numerusform>
            <numerusform>%Ln Kontakte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select contacts first (Ctrl+A selects all).</source>
        <translation>Wählen Sie zuerst Kontakte aus (Strg+A wählt alle).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln Kontakt geändert.</numerusform>
            <numerusform>%Ln Kontakte geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Changing %Ln contact(s)…</source>
        <translation>
            <numerusform>%Ln Kontakt wird geändert…</numerusform>
            <numerusform>%Ln Kontakte werden geändert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-491"/>
        <source>Business &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency (ISO code)</source>
        <translation>&amp;Währung (ISO-Code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default phone &amp;region</source>
        <translation>Standard-Telefon&amp;region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross &amp;margin</source>
        <translation>&amp;Bruttomarge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hurn window</source>
        <translation>A&amp;bwanderungsfenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location line="+200"/>
        <source>One entry a line. The complaint form offers these lists.</source>
        <translation>Ein Eintrag pro Zeile. Das Reklamationsformular bietet diese Listen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root causes</source>
        <translation>&amp;Grundursachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint lists</source>
        <translation>Reklamationslisten</translation>
    </message>
</context>
<context>
    <name>ChurnReason</name>
    <message>
        <location filename="../../app/ui/dashboard/reasons.py" line="+20"/>
        <source>no order for {value}× their usual interval</source>
        <translation>keine Bestellung seit dem {value}-Fachen des üblichen Abstands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one order only, {value} days ago</source>
        <translation>nur eine Bestellung, vor {value} Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order within the {value}-day window</source>
        <translation>keine Bestellung im {value}-Tage-Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open urgent complaint</source>
        <translation>offene dringende Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open complaints: {value}</source>
        <translation>offene Reklamationen: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last NPS {value} (detractor)</source>
        <translation>letzter NPS {value} (Kritiker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last NPS {value} (passive)</source>
        <translation>letzter NPS {value} (Passiver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact for {value} days</source>
        <translation>seit {value} Tagen kein Kontakt</translation>
    </message>
</context>
<context>
    <name>ClosingDays</name>
    <message>
        <location filename="../../app/ui/settings/holidays.py" line="+106"/>
        <source>Closing days</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing day</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the closing day</source>
        <translation>Bezeichnung des Schließtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e.g. Stocktaking</source>
        <translation>Bezeichnung, z. B. Inventur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd Day</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+152"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command, a pane or a contact&apos;s name…</source>
        <translation>Befehl, Bereich oder Kontaktnamen eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No command, pane or contact matches “%1”.</source>
        <translation>Kein Befehl, Bereich oder Kontakt passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="+149"/>
        <source>Complaint details</source>
        <translation>Reklamationsdetails</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the category and root cause</source>
        <translation>Kategorie und Ursache speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes and Replies</source>
        <translation>Notizen und Antworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note or reply</source>
        <translation>Notiz oder Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note for the team or a reply…</source>
        <translation>Notiz für das Team oder Antwort schreiben …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Reply</source>
        <translation>&amp;Antwort senden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remedy</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedies given</source>
        <translation>Gewährte Wiedergutmachungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse Remedy…</source>
        <translation>Wiedergutmachung &amp;stornieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the chosen remedy, recorded by mistake</source>
        <translation>Die gewählte, versehentlich erfasste Wiedergutmachung zurücknehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given:</source>
        <translation>Gewährt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remedy:</source>
        <translation>Wiedergutmachung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why refund more than was paid</source>
        <translation>Warum mehr erstattet wird als bezahlt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Remedy</source>
        <translation>Wiedergutmachung erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remedies</source>
        <translation>Wiedergutmachungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger:</source>
        <translation>Buchungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No survey answer</source>
        <translation>Keine Umfrageantwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS (0-10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction:</source>
        <translation>Zufriedenheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Recovery</source>
        <translation>Rückgewinnung erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before vs after:</source>
        <translation>Vorher / nachher:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked Orders</source>
        <translation>Verknüpfte Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked orders</source>
        <translation>Verknüpfte Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link Order</source>
        <translation>Bestellung verknüpfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No complaint selected</source>
        <translation>Keine Reklamation ausgewählt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2 priority · via %3 · opened %4</source>
        <translation>%1 · Priorität %2 · über %3 · eröffnet %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>reopened %Ln time(s)</source>
        <translation>
            <numerusform>%Ln-mal wieder geöffnet</numerusform>
            <numerusform>%Ln-mal wieder geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Reverse Remedy</source>
        <translation>Wiedergutmachung stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse %1? A reversing entry is written to the customer&apos;s ledger.</source>
        <translation>%1 stornieren? Im Kundenkonto wird eine Gegenbuchung erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse %1?</source>
        <translation>%1 stornieren?</translation>
    </message>
    <message>
        <source>Reverse %1? A refund or credit gets a reversing ledger entry.</source>
        <translation type="vanished">%1 stornieren? Eine Erstattung oder Gutschrift erhält eine Gegenbuchung.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %Ln time(s)</source>
        <translation type="vanished">
            <numerusform>%1 · Priorität %2 · über %3 · eröffnet %4 · %Ln-mal wieder geöffnet</numerusform>
            <numerusform>%1 · Priorität %2 · über %3 · eröffnet %4 · %Ln-mal wieder geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %5 time(s)</source>
        <translation type="vanished">%1 · Priorität %2 · über %3 · eröffnet %4 · %5-mal wieder geöffnet</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>first response %1 (answered %2) · resolution %3</source>
        <translation>erste Antwort %1 (beantwortet %2) · Lösung %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="vanished">Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>ComplaintLists</name>
    <message>
        <location filename="../../app/ui/complaints/pick_lists.py" line="+21"/>
        <source>Product defect</source>
        <translation>Produktmangel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>Verspätete Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing error</source>
        <translation>Rechnungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff behaviour</source>
        <translation>Verhalten der Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website problem</source>
        <translation>Problem mit der Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="-377"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait on Customer</source>
        <translation>Auf Kunden warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>Lösen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="+29"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy reversed</source>
        <translation>Wiedergutmachung storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="+123"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="+12"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="-18"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order linked</source>
        <translation>Bestellung verknüpft</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reversed %1</source>
        <translation>storniert %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="+39"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/model.py" line="-116"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left (under 25 %)</source>
        <translation>noch %1 (unter 25 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused (waiting)</source>
        <translation>Pausiert (wartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA (business hours)</source>
        <translation>SLA (Geschäftszeiten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view.py" line="+51"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due Today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on Customer</source>
        <translation>Warten auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved This Week</source>
        <translation>Diese Woche gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>ComplaintsPane</name>
    <message>
        <location line="+88"/>
        <source>New Complaint…</source>
        <translation>Neue Reklamation …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Strg+Umschalt+N</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No complaints here</source>
        <translation>Hier gibt es keine Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in this queue right now. New complaints: Ctrl+Shift+N.</source>
        <translation>In dieser Liste ist gerade nichts. Neue Reklamation: Strg+Umschalt+N.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>M&amp;y Cases</source>
        <translation>Meine &amp;Fälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the cases you own</source>
        <translation>Nur die Fälle zeigen, für die Sie zuständig sind</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../app/ui/sync/conflicts.py" line="+93"/>
        <source>Record / field</source>
        <translation>Datensatz / Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Der andere Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>ConflictPane</name>
    <message>
        <location line="+26"/>
        <source>Sync conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sync conflicts</source>
        <translation>Keine Sync-Konflikte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you and a colleague change the same field before syncing, both values are listed here so you can choose which one stays.</source>
        <translation>Ändern Sie und jemand aus Ihrem Team dasselbe Feld vor dem Abgleich, stehen hier beide Werte, damit Sie wählen können, welcher bleibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a field (or a whole record) and which value stays; it syncs next.</source>
        <translation>Wählen Sie ein Feld (oder einen ganzen Datensatz) und welcher Wert bleibt; er wird beim nächsten Abgleich übertragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Anderen übernehmen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Restore with the edit</source>
        <translation>Mit der Änderung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave deleted</source>
        <translation>Gelöscht &amp;lassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit Value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 that stays:</source>
        <translation>Der Wert von %1, der bleibt:</translation>
    </message>
</context>
<context>
    <name>ConflictWindow</name>
    <message>
        <location line="+29"/>
        <source>Sync Conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <location filename="../../app/ui/contacts/model.py" line="+62"/>
        <location filename="../../app/ui/first_frame.py" line="+39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last interaction</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open complaints</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
</context>
<context>
    <name>ContactComplaintsWidget</name>
    <message>
        <location filename="../../app/ui/complaints/view.py" line="+121"/>
        <source>New Complaint…</source>
        <translation>Neue Reklamation …</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln Reklamation</numerusform>
            <numerusform>%Ln Reklamationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="+91"/>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More e-mails, phones, addresses</source>
        <translation>Weitere E-Mails, Telefonnummern, Adressen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="vanished">(niemand)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>durch Kommas getrennt, z. B. Großhandel, VIP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>⚠ Unverified: imported as written, not a valid number.</source>
        <translation>⚠ Nicht geprüft: so importiert, keine gültige Nummer.</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../app/ui/contacts/filters.py" line="+67"/>
        <source>Search names, e-mails, phones, companies, tags</source>
        <translation>Namen, E-Mails, Telefonnummern, Firmen, Schlagwörter suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+74"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+71"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>e.g. 100</source>
        <translation>z. B. 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has an open complaint</source>
        <translation>Hat eine offene Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open complaint</source>
        <translation>Keine offene Reklamation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the contacts you own</source>
        <translation>Nur die Kontakte zeigen, für die Sie zuständig sind</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted after</source>
        <translation>Kontaktiert nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted before</source>
        <translation>Kontaktiert vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at least</source>
        <translation>Wert mindestens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as Segment…</source>
        <translation>Als Segment speichern …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;%1&apos; is not an amount; the value filter is ignored.</source>
        <translation>„%1“ ist kein Betrag; der Wertfilter wird ignoriert.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This segment no longer exists.</source>
        <translation>Dieses Segment gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Segment</source>
        <translation>Segment speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment name:</source>
        <translation>Name des Segments:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename Segment</source>
        <translation>Segment umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../app/ui/quick_log/picker.py" line="+18"/>
        <source>Type a name, e-mail, phone or company</source>
        <translation>Name, E-Mail, Telefon oder Firma eingeben</translation>
    </message>
</context>
<context>
    <name>ContactProfile</name>
    <message>
        <location filename="../../app/ui/contacts/profile.py" line="+77"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Orders, payments, refunds and credits from the ledger will appear here.</source>
        <translation type="vanished">Hier erscheinen Bestellungen, Zahlungen, Erstattungen und Gutschriften aus den Buchungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES answers from this customer will appear here.</source>
        <translation type="vanished">Hier erscheinen die NPS-, CSAT- und CES-Antworten dieses Kunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Follow-ups planned for this customer will appear here.</source>
        <translation type="vanished">Hier erscheinen die geplanten Nachfassaktionen für diesen Kunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy &amp;&amp; consent</source>
        <translation>Datenschutz &amp;&amp; Einwilligung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promoter (%1)</source>
        <translation>Promotor (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passive (%1)</source>
        <translation>Passiver (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detractor (%1)</source>
        <translation>Kritiker (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="-172"/>
        <source>unverified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported as written: not a valid phone number for the region. Edit the contact to correct it.</source>
        <translation>So importiert, wie es in der Datei stand: keine gültige Telefonnummer für die Region. Bearbeiten Sie den Kontakt, um sie zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>ContactProfileView</name>
    <message>
        <location filename="../../app/ui/contacts/profile.py" line="+76"/>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last NPS</source>
        <translation>Letzter NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a contact in the list to see their figures, history and complaints.</source>
        <translation>Wählen Sie einen Kontakt in der Liste, um seine Kennzahlen, seinen Verlauf und seine Reklamationen zu sehen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>owner: %1</source>
        <translation>zuständig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tags</source>
        <translation>Keine Schlagwörter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ContactRelated</name>
    <message>
        <location filename="../../app/ui/contacts/related.py" line="+110"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No orders</source>
        <translation>Keine Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no orders, payments, refunds or credits.</source>
        <translation>Dieser Kunde hat keine Bestellungen, Zahlungen, Erstattungen oder Gutschriften.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No survey answers</source>
        <translation>Keine Umfrageantworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has not answered a survey yet.</source>
        <translation>Dieser Kunde hat noch an keiner Umfrage teilgenommen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New Task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tasks</source>
        <translation>Keine Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups for this customer. New Task… plans one.</source>
        <translation>Keine Nachfassaktionen für diesen Kunden. Mit „Neue Aufgabe…“ planen Sie eine.</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <location filename="../../app/ui/contacts/table.py" line="+56"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your first customer with New Contact (Ctrl+N), or import a file.</source>
        <translation>Legen Sie Ihren ersten Kunden mit „Neuer Kontakt“ (Strg+N) an oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts match</source>
        <translation>Keine passenden Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches this search and these filters. Clear them to see everyone.</source>
        <translation>Nichts passt zu dieser Suche und diesen Filtern. Setzen Sie sie zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Counting contacts…</source>
        <translation>Kontakte werden gezählt…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The list changed before it was counted; nothing was changed.</source>
        <translation>Die Liste hat sich geändert, bevor sie gezählt war; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The contact list could not be read; see the log.</source>
        <translation>Die Kontaktliste konnte nicht gelesen werden; siehe Protokoll.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 Kontakt</numerusform>
            <numerusform>%1 Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting contacts… The change runs on all of them once they are counted.</source>
        <translation>Kontakte werden gezählt… Die Änderung gilt für alle, sobald sie gezählt sind.</translation>
    </message>
</context>
<context>
    <name>ContactTimelineWidget</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="+486"/>
        <source>Log interaction…</source>
        <translation>Aktivität erfassen …</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="+161"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find Duplicates…</source>
        <translation>Dubletten suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation>Kontakte aus einer CSV-, Excel- oder vCard-Datei importieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Selected</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show or hide the segments and filters</source>
        <translation>Segmente und Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>360° View</source>
        <translation>360°-Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the 360° view beside the list</source>
        <translation>360°-Ansicht neben der Liste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This contact may be a duplicate (%1). Use Find Duplicates to merge.</source>
        <translation>Dieser Kontakt ist vielleicht eine Dublette (%1). Mit „Dubletten suchen“ können Sie zusammenführen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>The change failed; see the log.</source>
        <translation type="vanished">Die Änderung ist fehlgeschlagen; siehe Protokoll.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import is available from the main window&apos;s File menu.</source>
        <translation>Der Import ist im Menü „Datei“ des Hauptfensters verfügbar.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../app/ui/controller.py" line="-94"/>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Creating sample data…</source>
        <translation>Beispieldaten werden erstellt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+147"/>
        <source>Fields of your own that every contact can fill in. Renaming keeps the values; removing a field hides its values but does not erase them.</source>
        <translation>Eigene Felder, die jeder Kontakt ausfüllen kann. Umbenennen behält die Werte; ein entferntes Feld blendet seine Werte aus, löscht sie aber nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Custom fields</source>
        <translation>&amp;Eigene Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove field</source>
        <translation>Feld ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="+94"/>
        <source>{value}M</source>
        <translation>{value} Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}k</source>
        <translation>{value} Tsd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this chart&apos;s figures as a CSV file</source>
        <translation>Die Zahlen dieses Diagramms als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole chart again (Ctrl+wheel zooms, dragging moves it)</source>
        <translation>Wieder das ganze Diagramm zeigen (Strg+Mausrad zoomt, Ziehen verschiebt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image could not be written to {0}.</source>
        <translation>Das Bild konnte nicht in {0} geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>so far (the period runs until %1)</source>
        <translation>bisher (der Zeitraum läuft bis %1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Click to list these customers.</source>
        <translation>Klicken, um diese Kunden aufzulisten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>promoters %</source>
        <translation>Promotoren %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passives %</source>
        <translation>Passive %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detractors %</source>
        <translation>Kritiker %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>churn %</source>
        <translation>Abwanderung %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>active customers</source>
        <translation>aktive Kunden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1
net revenue: %2
ledger rows: %3</source>
        <translation>%1
Nettoumsatz: %2
Buchungen: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>% retained</source>
        <translation>% gehalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+52"/>
        <source>months since first order</source>
        <translation>Monate seit der ersten Bestellung</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 +%2: %3 of %4</source>
        <translation>%1 +%2: %3 von %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>month %1: %2
n = %3</source>
        <translation>Monat %1: %2
n = %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>retention %</source>
        <translation>Bindung %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (median %2)</source>
        <translation>%1 (Median %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
≥ %2: %3 customers</source>
        <translation>%1
≥ %2: %3 Kunden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>historical CLV</source>
        <translation>bisheriger CLV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted CLV</source>
        <translation>erwarteter CLV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer lifetime value in %1 (pale bars: 95th percentile and above)</source>
        <translation>Customer Lifetime Value in %1 (blasse Balken: ab dem 95. Perzentil)</translation>
    </message>
    <message>
        <source>customer lifetime value (pale bars: 95th percentile and above)</source>
        <translation type="vanished">Customer Lifetime Value (blasse Balken: ab dem 95. Perzentil)</translation>
    </message>
    <message>
        <source>customer lifetime value (last bin: 95th percentile and above)</source>
        <translation type="vanished">Kundenwert (letzte Klasse: ab 95. Perzentil)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>median resolution (h)</source>
        <translation>Median der Lösungszeit (Std.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SLA met %</source>
        <translation>SLA eingehalten %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>recovery satisfaction (1-5)</source>
        <translation>Zufriedenheit nach Lösung (1–5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>before the complaint</source>
        <translation>vor der Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after resolution</source>
        <translation>nach der Lösung</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../app/ui/dashboard/view.py" line="+227"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 years</source>
        <translation>Letzte 3 Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by day</source>
        <translation>nach Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by week</source>
        <translation>nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by month</source>
        <translation>nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by quarter</source>
        <translation>nach Quartal</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the figures again (F5)</source>
        <translation>Kennzahlen neu berechnen (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn over the period</source>
        <translation>Abwanderung im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts of NPS, CSAT, churn, retention cohorts, customer lifetime value and complaint recovery appear here once customers have orders, survey answers or complaints in the chosen period.</source>
        <translation>Hier erscheinen Diagramme zu NPS, CSAT, Abwanderung, Kundenbindung nach Kohorten, Kundenwert und Rückgewinnung nach Reklamationen, sobald Kunden im gewählten Zeitraum Bestellungen, Umfrageantworten oder Reklamationen haben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NPS with promoter / passive / detractor shares</source>
        <translation>NPS: Promotoren / Passive / Kritiker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT (% answering 4 or 5)</source>
        <translation>CSAT (% mit 4 oder 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers (at period end)</source>
        <translation>Aktive Kunden (Periodenende)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention by cohort (% ordering again)</source>
        <translation>Bindung nach Kohorte (% Wiederkäufer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average retention curve</source>
        <translation>Durchschnittliche Bindungskurve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net revenue (orders - refunds - credits)</source>
        <translation>Nettoumsatz (ohne Erstattungen, Gutschriften)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segments (customers)</source>
        <translation>RFM-Segmente (Kunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by category</source>
        <translation>Reklamationen nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median resolution time (hours)</source>
        <translation>Median der Lösungszeit (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution SLA met</source>
        <translation>Lösungs-SLA eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery satisfaction</source>
        <translation>Zufriedenheit nach Lösung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complainants&apos; NPS before vs after</source>
        <translation>NPS der Reklamierenden vorher / nachher</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The data changed; press Refresh (F5) to update.</source>
        <translation>Die Daten haben sich geändert; „Aktualisieren“ (F5) berechnet die Zahlen neu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Calculating… %1</source>
        <translation>Wird berechnet … %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Calculating…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Etwas ist schiefgelaufen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>DatabaseJob</name>
    <message>
        <location filename="../../app/ui/security/job.py" line="+99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for background work to finish…</source>
        <translation>Warten, bis laufende Hintergrundarbeiten fertig sind…</translation>
    </message>
</context>
<context>
    <name>DayCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/automations/words.py" line="-68"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n Tag kein Kontakt</numerusform>
            <numerusform>%n Tage kein Kontakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Geburtstag in %n Tag</numerusform>
            <numerusform>Geburtstag in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <location filename="../../app/services/duplicates.py" line="+80"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, same company</source>
        <translation>ähnlicher Name, gleiche Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, same city</source>
        <translation>ähnlicher Name, gleicher Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different name</source>
        <translation>anderer Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different e-mail</source>
        <translation>andere E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different phone</source>
        <translation>andere Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different company</source>
        <translation>andere Firma</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/contacts/duplicates_view.py" line="+63"/>
        <source>Find Duplicates</source>
        <translation>Dubletten suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing contacts…</source>
        <translation>Kontakte werden verglichen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each pair takes two lines, one per contact; what both share is in bold. A higher score is stronger evidence that they are one person.</source>
        <translation>Jedes Paar steht auf zwei Zeilen, eine je Kontakt; was beide gemeinsam haben, ist fett. Je höher die Punktzahl, desto eher sind beide dieselbe Person.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="vanished">Ähnelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge…</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %Ln most likely duplicate pairs.</source>
        <translation>
            <numerusform>Das wahrscheinlichste Dublettenpaar.</numerusform>
            <numerusform>Die %Ln wahrscheinlichsten Dublettenpaare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>%Ln wahrscheinliches Dublettenpaar.</numerusform>
            <numerusform>%Ln wahrscheinliche Dublettenpaare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Something went wrong; see the log.</source>
        <translation>Etwas ist schiefgelaufen; siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+226"/>
        <source>Lead</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Potenzieller Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Stammkunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail marketing</source>
        <translation>E-Mail-Werbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Datenverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>Potenziell treue Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>Kurz vorm Einschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>Nicht zu verlieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/import_export/export_dialog.py" line="+34"/>
        <source>Contacts as CSV (Google Contacts columns)</source>
        <translation>Kontakte als CSV (Spalten wie Google Kontakte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts as vCard 3.0 (Apple, Google, Outlook)</source>
        <translation>Kontakte als vCard 3.0 (Apple, Google, Outlook)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts as vCard 4.0</source>
        <translation>Kontakte als vCard 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as Excel workbook</source>
        <translation>Kontakte als Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders, payments, refunds and credits as CSV</source>
        <translation>Bestellungen, Zahlungen, Erstattungen und Gutschriften als CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answers as CSV</source>
        <translation>Umfrageantworten als CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything as JSON (loads into an empty database)</source>
        <translation>Alles als JSON (lässt sich in eine leere Datenbank laden)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+65"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Kontakt</numerusform>
            <numerusform>Die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 selected contacts</source>
        <translation type="vanished">Die %1 ausgewählten Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts found by “%1” with the current filters</source>
        <translation>Kontakte, die „%1“ mit den aktuellen Filtern findet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts matching the current filters</source>
        <translation>Kontakte, die zu den aktuellen Filtern passen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Etwas ist schiefgelaufen; siehe Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+176"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>CSV or TSV (Google, Outlook, Shopify, WooCommerce, any spreadsheet export), vCard (Apple, Android, Outlook) or Excel .xlsx.</source>
        <translation type="vanished">CSV oder TSV (Google, Outlook, Shopify, WooCommerce, jeder Tabellenexport), vCard (Apple, Android, Outlook) oder Excel .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or TSV (Google, Outlook, Thunderbird, Shopify, WooCommerce, any spreadsheet export), vCard (Apple, Android, Outlook), LDIF or Excel .xlsx.</source>
        <translation>CSV oder TSV (Google, Outlook, Thunderbird, Shopify, WooCommerce, jeder Tabellenexport), vCard (Apple, Android, Outlook), LDIF oder Excel .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions (calls, meetings, notes)</source>
        <translation>Aktivitäten (Anrufe, Besprechungen, Notizen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and payments</source>
        <translation>Bestellungen und Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers (NPS, CSAT, CES)</source>
        <translation>Umfrageantworten (NPS, CSAT, CES)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What it holds:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>FinishingBackupDialog</name>
    <message>
        <location filename="../../app/ui/security/background.py" line="+13"/>
        <location line="+44"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Finishing backup…</source>
        <translation>Sicherung wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit now; the last good backup is kept</source>
        <translation>Jetzt beenden; die letzte gute Sicherung bleibt erhalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping the backup…</source>
        <translation>Sicherung wird angehalten …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed; see the log.</source>
        <translation>Die Sicherung ist fehlgeschlagen; siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="+52"/>
        <location line="+2"/>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Your customer data will live in this file, on this computer only:</source>
        <translation type="vanished">Ihre Kundendaten liegen in dieser Datei, nur auf diesem Computer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your customer data lives in this file, on this computer only:</source>
        <translation>Ihre Kundendaten liegen in dieser Datei, nur auf diesem Computer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore sample data (500 contacts)</source>
        <translation>Beispieldaten ansehen (500 Kontakte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore a large sample (100,000 contacts; takes a few minutes)</source>
        <translation>Große Beispieldaten ansehen (100.000 Kontakte; dauert einige Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join my team&apos;s hub…</source>
        <translation>Dem Hub meines Teams beitreten …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. Müller Bakery</source>
        <translation>z. B. Bäckerei Müller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Business &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (for phone numbers)</source>
        <translation>&amp;Land (für Telefonnummern)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is encrypted: without its passphrase or recovery key nobody can read it.</source>
        <translation>Die Datei ist verschlüsselt: Ohne Passphrase oder Wiederherstellungsschlüssel kann niemand sie lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not encrypted: anyone who can copy it can read it.</source>
        <translation>Die Datei ist nicht verschlüsselt: Wer sie kopieren kann, kann sie lesen.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../app/ui/help.py" line="+61"/>
        <source>Rapport User Guide</source>
        <translation>Rapport-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location line="+17"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is missing: it should be at %1. Reinstalling Rapport puts it back.</source>
        <translation>Das Benutzerhandbuch fehlt: Es sollte unter %1 liegen. Eine Neuinstallation von Rapport stellt es wieder her.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Open it with any text editor.</source>
        <translation type="vanished">Kein Programm auf diesem Computer öffnet %1. Öffnen Sie die Datei mit einem beliebigen Texteditor.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-317"/>
        <source>Complaint SLA clocks count only these hours. Write periods like 09:00-12:30, 13:30-17:00; leave a day empty when you are closed.</source>
        <translation>SLA-Uhren für Reklamationen zählen nur diese Stunden. Zeiträume wie 09:00-12:30, 13:30-17:00 eintragen; einen Tag leer lassen, wenn geschlossen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Public holidays</source>
        <translation>&amp;Gesetzliche Feiertage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own &amp;closing days</source>
        <translation>Eigene &amp;Schließtage</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-12-25</source>
        <translation type="vanished">Ein Datum pro Zeile, z. B. 2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation type="vanished">&amp;Feiertage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../app/ui/import_export/launch.py" line="+49"/>
        <source>Undo Last Import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo the import of %1 (%2 contacts or rows created or updated)?</source>
        <translation>Import von %1 rückgängig machen (%2 Kontakte oder Zeilen angelegt oder geändert)?</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../app/ui/import_export/models.py" line="+31"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered at</source>
        <translation>beantwortet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth day</source>
        <translation>Geburtstag (Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact e-mail</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact customer id</source>
        <translation>Kundennummer des Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact phone</source>
        <translation>Telefon des Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 2</source>
        <translation>E-Mail 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 2 label</source>
        <translation>Bezeichnung E-Mail 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 3</source>
        <translation>E-Mail 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 3 label</source>
        <translation>Bezeichnung E-Mail 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 2</source>
        <translation>Telefon 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 2 label</source>
        <translation>Bezeichnung Telefon 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 3</source>
        <translation>Telefon 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 3 label</source>
        <translation>Bezeichnung Telefon 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 4</source>
        <translation>Telefon 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 4 label</source>
        <translation>Bezeichnung Telefon 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 5</source>
        <translation>Telefon 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 5 label</source>
        <translation>Bezeichnung Telefon 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 6</source>
        <translation>Telefon 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 6 label</source>
        <translation>Bezeichnung Telefon 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 7</source>
        <translation>Telefon 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 7 label</source>
        <translation>Bezeichnung Telefon 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 8</source>
        <translation>Telefon 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 8 label</source>
        <translation>Bezeichnung Telefon 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location line="+196"/>
        <source>Row {row}, column &apos;{column}&apos;: {reason}.</source>
        <translation>Zeile {row}, Spalte „{column}“: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: {reason} (column &apos;{field}&apos;).</source>
        <translation>Zeile {row}: {reason} (Spalte „{field}“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: {reason}.</source>
        <translation>Zeile {row}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-191"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport field</source>
        <translation>Rapport-Feld</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="-85"/>
        <location line="+37"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>InsightFilters</name>
    <message>
        <location filename="../../app/ui/contacts/insight_filters.py" line="+41"/>
        <location line="+35"/>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+7"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lowest churn risk</source>
        <translation>Niedrigstes Abwanderungsrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest churn risk</source>
        <translation>Höchstes Abwanderungsrisiko</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show every customer again, not just this cohort</source>
        <translation>Wieder alle Kunden zeigen, nicht nur diese Kohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the cohort filter</source>
        <translation>Kohortenfilter entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cohort: first order in %1</source>
        <translation>Kohorte: erste Bestellung im %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, ordering again in %2 (month %3)</source>
        <translation>%1, erneut bestellt im %2 (Monat %3)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../app/ui/dashboard/view.py" line="-289"/>
        <source>How many answers or customers the figure is based on</source>
        <translation>Auf wie vielen Antworten oder Kunden die Zahl beruht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no previous figure</source>
        <translation>kein Vergleichswert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 vs previous</source>
        <translation>%1 %2 zum Vorzeitraum</translation>
    </message>
    <message>
        <source>no previous figure (n = %1)</source>
        <translation type="vanished">kein Vorwert (n = %1)</translation>
    </message>
    <message>
        <source>%1 %2 vs previous (n = %3)</source>
        <translation type="vanished">%1 %2 gegenüber vorher (n = %3)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/settings/language_page.py" line="+47"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>How dates and amounts will look</source>
        <translation type="vanished">So sehen Datumsangaben und Beträge aus</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The window is rebuilt in the new language when you apply; your open pane and layout stay as they are.</source>
        <translation>Beim Übernehmen wird das Fenster in der neuen Sprache neu aufgebaut; der geöffnete Bereich und die Anordnung bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">&amp;Sprache:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="vanished">Beispiel:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/first_frame.py" line="+31"/>
        <location filename="../../app/ui/main_window.py" line="+76"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+4"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>Automations planned %n follow-up(s).</source>
        <translation>
            <numerusform>Die Automatisierung hat %n Nachfassaktion geplant.</numerusform>
            <numerusform>Die Automatisierung hat %n Nachfassaktionen geplant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/first_frame.py" line="-27"/>
        <location filename="../../app/ui/main_window.py" line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <location filename="../../app/ui/main_window.py" line="+9"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/main_window.py" line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../app/ui/main_window.py" line="+26"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="-51"/>
        <location filename="../../app/ui/main_window.py" line="+29"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>business working hours holidays SLA targets complaint lists staff custom fields backups privacy retention appearance theme dark light language</source>
        <translation>Unternehmen Geschäftszeiten Arbeitszeiten Feiertage SLA Ziele Reklamationslisten Mitarbeiter eigene Felder Sicherungen Datenschutz Aufbewahrung Darstellung Design dunkel hell Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>privacy history changes who</source>
        <translation>Datenschutz Verlauf Änderungen Protokoll wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport %1
An offline-first CRM: your customers&apos; data stays on this computer.</source>
        <translation>Rapport %1
Ein CRM, das ohne Internet funktioniert: Die Daten Ihrer Kunden bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+191"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Rapport field each column fills; unmatched columns are ignored.</source>
        <translation>Wählen Sie für jede Spalte das Rapport-Feld, das sie füllt; nicht zugeordnete Spalten werden ignoriert.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="+249"/>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep (survivor)</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into it</source>
        <translation>Darin aufgehen lassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interactions, complaints, orders, survey answers, tasks, consent and tags of the second contact move to the first; the second is kept as a deleted record. You can undo the merge.</source>
        <translation>Aktivitäten, Reklamationen, Bestellungen, Umfrageantworten, Aufgaben, Einwilligungen und Schlagwörter des zweiten Kontakts gehen auf den ersten über; der zweite bleibt als gelöschter Datensatz erhalten. Sie können das Zusammenführen rückgängig machen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/panes.py" line="+69"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="-132"/>
        <source>New Complaint</source>
        <translation>Neue Reklamation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a customer&apos;s name…</source>
        <translation>Namen eines Kunden eingeben …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the complaint was received; the clock starts here.</source>
        <translation>Wann die Reklamation einging; hier beginnt die Frist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received:</source>
        <translation>&amp;Eingegangen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Complaint</source>
        <translation>Reklamation anlegen</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../app/ui/tasks/dialogs.py" line="+42"/>
        <source>New Task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Send the quote</source>
        <translation>z. B. Angebot schicken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. tomorrow, friday 10:00, in 3 days</source>
        <translation>z. B. tomorrow, friday 10:00, in 3 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me when it is due</source>
        <translation>Bei Fälligkeit erinnern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not repeat</source>
        <translation>keine Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat (stay in touch)</source>
        <translation>&amp;Wiederholen (in Kontakt bleiben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../app/ui/common/operations.py" line="+37"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Etwas ist schiefgelaufen; siehe Protokolldatei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not Done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../app/ui/common/owner_picker.py" line="+15"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="+132"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No safe system keychain is available, so %1 will be protected by a passphrase. Choose one of at least %2 characters.</source>
        <translation>Es ist kein sicherer Schlüsselbund des Systems verfügbar, daher wird %1 mit einer Passphrase geschützt. Wählen Sie eine mit mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a new passphrase for %1, of at least %2 characters. The old passphrase and the old recovery key stop working; a new recovery key is shown next.</source>
        <translation>Wählen Sie eine neue Passphrase für %1 mit mindestens %2 Zeichen. Die alte Passphrase und der alte Wiederherstellungsschlüssel gelten danach nicht mehr; anschließend wird ein neuer Wiederherstellungsschlüssel angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is encrypted. Enter its passphrase or its recovery key.</source>
        <translation>%1 ist verschlüsselt. Geben Sie die Passphrase oder den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>Geben Sie die Passphrase oder den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase or recovery key does not open this file. Check it and try again; its recovery key works here too.</source>
        <translation>Diese Passphrase oder dieser Wiederherstellungsschlüssel öffnet die Datei nicht. Prüfen Sie die Eingabe und versuchen Sie es erneut; auch der Wiederherstellungsschlüssel funktioniert hier.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/settings/people.py" line="+52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your team&apos;s administrators add people and change their rights; ask one of them.</source>
        <translation>Personen hinzufügen und ihre Rechte ändern können die Administratoren Ihres Teams; wenden Sie sich an sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Pe&amp;rson…</source>
        <translation>Person &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change R&amp;ole…</source>
        <translation>R&amp;olle ändern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>You cannot change your own login; ask another administrator.</source>
        <translation>Ihren eigenen Zugang können Sie nicht ändern; bitten Sie einen anderen Administrator darum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reacti&amp;vate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was added as %2; they sign in with the password you gave.</source>
        <translation>%1 wurde als %2 hinzugefügt und meldet sich mit dem von Ihnen vergebenen Passwort an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can no longer sign in; what they did stays.</source>
        <translation>%1 kann sich nicht mehr anmelden; die bisherige Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the hub…</source>
        <translation>Der Hub wird gefragt…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location line="-216"/>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower case, e.g. anna.berg</source>
        <translation>Kleinbuchstaben, z. B. anna.berg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sent to the hub only; tell it to the person</source>
        <translation>geht nur an den Hub; teilen Sie es der Person mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial &amp;password</source>
        <translation>&amp;Anfangspasswort</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the person&apos;s user name on the hub.</source>
        <translation>Geben Sie den Benutzernamen der Person auf dem Hub an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the hub…</source>
        <translation>Der Hub wird gefragt…</translation>
    </message>
</context>
<context>
    <name>PlainFallbackDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="+26"/>
        <source>No passphrase</source>
        <translation>Keine Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an unencrypted database instead?</source>
        <translation>Stattdessen eine unverschlüsselte Datenbank anlegen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a passphrase, %1 is stored unencrypted: anyone who gets this computer, its disk or a copy of the file (a lost laptop, a backup) can read every contact in it. You can encrypt it later from File &gt; Encryption.</source>
        <translation>Ohne Passphrase wird %1 unverschlüsselt gespeichert: Wer diesen Computer, seine Festplatte oder eine Kopie der Datei bekommt (ein verlorener Laptop, eine Sicherung), kann jeden Kontakt darin lesen. Sie können sie später über Datei &gt; Verschlüsselung verschlüsseln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create &amp;unencrypted</source>
        <translation>&amp;Unverschlüsselt anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a passphrase</source>
        <translation>Passphrase &amp;wählen</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <location filename="../../app/domain/automation.py" line="+256"/>
        <source>How did we do?</source>
        <translation>Wie waren wir?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello {first_name},

thank you for your trust. On a scale from 0 to 10, how likely are you to recommend us to a friend or colleague? Just reply to this e-mail with a number and, if you like, a few words.

Thank you!</source>
        <translation>Hallo {first_name},

vielen Dank für Ihr Vertrauen. Wie wahrscheinlich ist es auf einer Skala von 0 bis 10, dass Sie uns Freunden oder Kollegen empfehlen? Antworten Sie einfach auf diese E-Mail mit einer Zahl und, wenn Sie mögen, ein paar Worten.

Vielen Dank!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hello {first_name},

thank you for your trust. On a scale from 1 to 5, how satisfied are you with how we looked after you? Just reply to this e-mail with a number and, if you like, a few words.

Thank you!</source>
        <translation>Hallo {first_name},

vielen Dank für Ihr Vertrauen. Wie zufrieden sind Sie auf einer Skala von 1 bis 5 damit, wie wir uns um Sie gekümmert haben? Antworten Sie einfach auf diese E-Mail mit einer Zahl und, wenn Sie mögen, ein paar Worten.

Vielen Dank!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hello {first_name},

thank you for your trust. On a scale from 1 to 7, how easy was it to get what you needed from us? Just reply to this e-mail with a number and, if you like, a few words.

Thank you!</source>
        <translation>Hallo {first_name},

vielen Dank für Ihr Vertrauen. Wie einfach war es auf einer Skala von 1 bis 7, von uns zu bekommen, was Sie brauchten? Antworten Sie einfach auf diese E-Mail mit einer Zahl und, wenn Sie mögen, ein paar Worten.

Vielen Dank!</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Thank-you call after a first order</source>
        <translation>Dankesanruf nach der ersten Bestellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank-you call to {name}</source>
        <translation>Dankesanruf bei {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-in and CSAT request after a resolved complaint</source>
        <translation>Nachfassen und Zufriedenheitsumfrage nach gelöster Reklamation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in with {name} after their complaint</source>
        <translation>Bei {name} nach der Reklamation nachfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask {name} how satisfied they are</source>
        <translation>{name} nach der Zufriedenheit fragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Win-back when churn risk passes 70</source>
        <translation>Rückgewinnung ab Abwanderungsrisiko 70</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win back {name}</source>
        <translation>{name} zurückgewinnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Birthday greeting</source>
        <translation>Geburtstagsgruß</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send {name} a birthday greeting</source>
        <translation>{name} zum Geburtstag gratulieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-engage after 90 days without contact</source>
        <translation>Wieder melden nach 90 Tagen ohne Kontakt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get back in touch with {name}</source>
        <translation>Sich wieder bei {name} melden</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/automations/editor.py" line="+446"/>
        <source>Switch on “%1”</source>
        <translation>„%1“ einschalten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Event rules look back %n day(s); time rules act on what is due now.</source>
        <translation>
            <numerusform>Ereignisregeln blicken %n Tag zurück; Zeitregeln handeln bei dem, was jetzt fällig ist.</numerusform>
            <numerusform>Ereignisregeln blicken %n Tage zurück; Zeitregeln handeln bei dem, was jetzt fällig ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Nachfassaktionen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch &amp;on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Switching this rule on now creates %n task(s):</source>
        <translation>
            <numerusform>Das Einschalten dieser Regel legt jetzt %n Aufgabe an:</numerusform>
            <numerusform>Das Einschalten dieser Regel legt jetzt %n Aufgaben an:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Switching this rule on now acts on %n contact(s):</source>
        <translation>
            <numerusform>Das Einschalten dieser Regel wirkt jetzt auf %n Kontakt:</numerusform>
            <numerusform>Das Einschalten dieser Regel wirkt jetzt auf %n Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching this rule on now creates nothing; it acts from now on.</source>
        <translation>Das Einschalten dieser Regel legt jetzt nichts an; sie wirkt von nun an.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+57"/>
        <source>Skip contacts that already exist</source>
        <translation>Vorhandene Kontakte überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update them: fill empty fields only</source>
        <translation>Aktualisieren: nur leere Felder füllen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update them: overwrite with the file&apos;s values</source>
        <translation>Aktualisieren: mit den Werten aus der Datei überschreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create them again as new contacts</source>
        <translation>Erneut als neue Kontakte anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first rows as they will be stored, with any problems.</source>
        <translation>Die ersten Zeilen so, wie sie gespeichert werden, mit allen Problemen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone numbers written without a +country code are read as this country&apos;s.</source>
        <translation>Telefonnummern ohne +Ländervorwahl werden als Nummern dieses Landes gelesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Existing contacts:</source>
        <translation>&amp;Vorhandene Kontakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers &amp;without +code:</source>
        <translation>Telefonnummern &amp;ohne +Vorwahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln of the first %1 rows have nothing to identify a contact; they will be skipped and reported.</source>
        <translation>
            <numerusform>%Ln der ersten %1 Zeilen enthält nichts, das einen Kontakt erkennen lässt; sie wird übersprungen und gemeldet.</numerusform>
            <numerusform>%Ln der ersten %1 Zeilen enthalten nichts, das einen Kontakt erkennen lässt; sie werden übersprungen und gemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln of the first %1 rows will be imported with a field left out or kept unverified; the report lists them.</source>
        <translation>
            <numerusform>%Ln der ersten %1 Zeilen wird mit einem weggelassenen oder ungeprüften Feld importiert; der Bericht führt sie auf.</numerusform>
            <numerusform>%Ln der ersten %1 Zeilen werden mit einem weggelassenen oder ungeprüften Feld importiert; der Bericht führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, encoding %2 (change it on the previous page)</source>
        <translation>%1, Kodierung %2 (auf der vorigen Seite änderbar)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first %1 rows have problems; they will be skipped and reported.</source>
        <translation type="vanished">
            <numerusform>%Ln der ersten %1 Zeilen hat ein Problem; sie wird übersprungen und gemeldet.</numerusform>
            <numerusform>%Ln der ersten %1 Zeilen haben Probleme; sie werden übersprungen und gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the first %2 rows have problems; they will be skipped and reported.</source>
        <translation type="vanished">%1 der ersten %2 Zeilen haben Probleme; sie werden übersprungen und gemeldet.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The first %1 rows look fine.</source>
        <translation>Die ersten %1 Zeilen sehen gut aus.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+444"/>
        <source>Contacts with no activity for this long are listed for review (keep, anonymise or erase). Nothing is deleted without you.</source>
        <translation>Kontakte ohne Aktivität in diesem Zeitraum werden zur Prüfung aufgelistet (behalten, anonymisieren oder löschen). Ohne Sie wird nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention review after</source>
        <translation>&amp;Aufbewahrungsprüfung nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>E-mail marketing</source>
        <translation type="vanished">E-Mail-Werbung</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="vanished">SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefon</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation type="vanished">Datenverarbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy/tab.py" line="+45"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grant…</source>
        <translation>&amp;Erteilen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport All Data…</source>
        <translation>Alle Daten e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase Person…</source>
        <translation>Person &amp;löschen …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consent (the latest answer per purpose counts)</source>
        <translation>Einwilligung (es zählt die letzte Antwort je Zweck)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How was this given or withdrawn (e.g. &apos;signed form, 2 March&apos;)?</source>
        <translation>Wie wurde sie erteilt oder widerrufen (z. B. „unterschriebenes Formular, 2. März“)?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export All Data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything personal held on this contact? Orders, scores and dates are kept without the person&apos;s name; this cannot be undone.</source>
        <translation>Alle personenbezogenen Daten dieses Kontakts löschen? Bestellungen, Bewertungen und Daten bleiben ohne den Namen der Person erhalten; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This contact has been erased.</source>
        <translation>Dieser Kontakt wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>PublicHolidayPicker</name>
    <message>
        <location filename="../../app/ui/settings/holidays.py" line="-81"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No public holidays</source>
        <translation>Keine gesetzlichen Feiertage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public holidays this year</source>
        <translation>Gesetzliche Feiertage in diesem Jahr</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../app/ui/quick_log/dialog.py" line="+57"/>
        <source>Edit Interaction</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Interaction</source>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>now — or &apos;yesterday 15:00&apos;, &apos;2026-03-05 09:30&apos;</source>
        <translation>jetzt – oder „yesterday 15:00“, „2026-03-05 09:30“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. left voicemail</source>
        <translation>z. B. auf Mailbox gesprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line for the timeline (optional)</source>
        <translation>Eine Zeile für den Verlauf (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up task (optional), e.g. call back</source>
        <translation>Folgeaufgabe (optional), z. B. zurückrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When, e.g. friday, in 2 days</source>
        <translation>Wann, z. B. friday, in 2 days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Folgeaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up d&amp;ue</source>
        <translation>Folgeaufgabe f&amp;ällig</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="-183"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is encrypted. If this computer&apos;s keychain is ever lost, this recovery key alone opens it again. Print it or write it down and keep it somewhere safe: it is shown only now.</source>
        <translation>%1 ist verschlüsselt. Falls der Schlüsselbund dieses Computers einmal verloren geht, öffnet nur dieser Wiederherstellungsschlüssel die Datei wieder. Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn sicher auf: Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is encrypted with the passphrase you chose. If you ever forget the passphrase, this recovery key alone opens it again. Print it or write it down and keep it somewhere safe: it is shown only now.</source>
        <translation>%1 ist mit der von Ihnen gewählten Passphrase verschlüsselt. Falls Sie die Passphrase je vergessen, öffnet allein dieser Wiederherstellungsschlüssel die Datei wieder. Drucken oder notieren Sie ihn und bewahren Sie ihn sicher auf: Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To confirm you have saved it, type the last %1 characters of the key:</source>
        <translation>Geben Sie zur Bestätigung, dass Sie ihn gesichert haben, die letzten %1 Zeichen des Schlüssels ein:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last group of the recovery key</source>
        <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have saved it</source>
        <translation>Ich habe ihn gesichert</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="+60"/>
        <source>Resolve Complaint</source>
        <translation>Reklamation lösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer &amp;satisfaction:</source>
        <translation>Kunden&amp;zufriedenheit:</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../app/ui/automations/editor.py" line="-381"/>
        <source>Automation rule</source>
        <translation>Automatisierungsregel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any survey</source>
        <translation>Jede Umfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trigger:</source>
        <translation>&amp;Auslöser:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey:</source>
        <translation>Umfrage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score from:</source>
        <translation>Wert von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stage:</source>
        <translation>Neue Phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>If (all that are set)</source>
        <translation>Falls (alle gesetzten Bedingungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage is one of:</source>
        <translation>Phase ist eine von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has tag:</source>
        <translation>Hat Schlagwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Betreuer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order value at least:</source>
        <translation>Bestellwert mindestens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order value at most:</source>
        <translation>Bestellwert höchstens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add action</source>
        <translation>Aktion &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove action</source>
        <translation>Aktion &amp;entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Thank-you call to {name}</source>
        <translation>z. B. Dankesanruf bei {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>{name}, {first_name} and {owner} are replaced by the contact&apos;s values.</source>
        <translation>{name}, {first_name} und {owner} werden durch die Angaben des Kontakts ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task title:</source>
        <translation>Titel der Aufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due after (days):</source>
        <translation>Fällig nach (Tagen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for:</source>
        <translation>Fragen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail subject:</source>
        <translation>Betreff der E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text:</source>
        <translation>Text der E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Call {name}</source>
        <translation>{name} anrufen</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+26"/>
        <location line="+44"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rows failed.</source>
        <translation>Keine Zeile ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save failures as CSV…</source>
        <translation>Fehler als CSV &amp;speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review look-alikes…</source>
        <translation>Ähnliche &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading and checking %1…</source>
        <translation>%1 wird gelesen und geprüft …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Wird abgebrochen … es wird nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating existing contacts…</source>
        <translation>Vorhandene Kontakte werden aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Importing… %Ln rows read</source>
        <translation>
            <numerusform>Import läuft… %Ln Zeile gelesen</numerusform>
            <numerusform>Import läuft… %Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 created (%2 with warnings)</source>
        <translation>%1 angelegt (%2 mit Warnungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1, %2 updated, %3 skipped, %4 merged, %5 failed.</source>
        <translation>Fertig: %1, %2 aktualisiert, %3 übersprungen, %4 zusammengeführt, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos;</source>
        <comment>a column&apos;s name in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n column(s) not imported: %1</source>
        <translation>
            <numerusform>%n Spalte nicht importiert: %1</numerusform>
            <numerusform>%n Spalten nicht importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 merged, %5 failed.</source>
        <translation type="vanished">Fertig: %1 angelegt, %2 aktualisiert, %3 übersprungen, %4 zusammengeführt, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for look-alikes of the imported contacts…</source>
        <translation>Suche nach ähnlichen Kontakten zu den importierten…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The %Ln most likely duplicate pairs with imported contacts.</source>
        <translation>
            <numerusform>Das wahrscheinlichste Dublettenpaar mit importierten Kontakten.</numerusform>
            <numerusform>Die %Ln wahrscheinlichsten Dublettenpaare mit importierten Kontakten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln likely duplicate pair(s) with imported contacts.</source>
        <translation>
            <numerusform>%Ln wahrscheinliches Dublettenpaar mit importierten Kontakten.</numerusform>
            <numerusform>%Ln wahrscheinliche Dublettenpaare mit importierten Kontakten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No imported contact looks like another one.</source>
        <translation>Kein importierter Kontakt ähnelt einem anderen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import stopped</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Etwas ist schiefgelaufen; siehe Protokolldatei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save failures</source>
        <translation>Fehler speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undone: %1 rows removed, %2 contacts restored.</source>
        <translation>Rückgängig gemacht: %1 Zeilen entfernt, %2 Kontakte wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <location filename="../../app/ui/security/actions.py" line="+54"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Verschlüsselung …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Prüfprotokoll …</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A backup is already running; wait for it or cancel it first.</source>
        <translation>Es läuft bereits eine Sicherung; warten Sie darauf oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="vanished">Datenbank wird gesichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup cancelled; the last good backup is kept.</source>
        <translation>Sicherung abgebrochen; die letzte gute Sicherung bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+40"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Replace the open database with %1? The backup is checked first, and the current database is kept in the backup folder.</source>
        <translation>Die geöffnete Datenbank durch %1 ersetzen? Die Sicherung wird zuerst geprüft, und die aktuelle Datenbank bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the backup…</source>
        <translation>Sicherung wird kopiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a copy of the current database…</source>
        <translation>Kopie der aktuellen Datenbank wird aufbewahrt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the backup in place…</source>
        <translation>Sicherung wird eingesetzt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup was restored; the previous database was kept as %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt; die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not encrypted.</source>
        <translation>%1 ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>%1 is encrypted.</source>
        <translation type="vanished">%1 ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is encrypted; its passphrase or its recovery key opens it.</source>
        <translation>%1 ist verschlüsselt; seine Passphrase oder sein Wiederherstellungsschlüssel öffnet es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is encrypted; its key is kept in this computer&apos;s keychain, and its recovery key opens it anywhere.</source>
        <translation>%1 ist verschlüsselt; der Schlüssel liegt im Schlüsselbund dieses Computers, und der Wiederherstellungsschlüssel öffnet es überall.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Recovery Key</source>
        <translation>&amp;Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Entschlüsseln …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the passphrase instead: that gives a new recovery key. Without a keychain, a random key would have nowhere to be kept.</source>
        <translation>Ändern Sie stattdessen die Passphrase: Das ergibt einen neuen Wiederherstellungsschlüssel. Ohne Schlüsselbund könnte ein zufälliger Schlüssel nirgends aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-encrypt with a new key: only the new recovery key opens it then.</source>
        <translation>Mit einem neuen Schlüssel neu verschlüsseln: Danach öffnet nur noch der neue Wiederherstellungsschlüssel die Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new recovery key needs the system keychain, which is not available.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel braucht den Schlüsselbund des Systems, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encrypting the database…</source>
        <translation>Datenbank wird verschlüsselt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decrypting the database…</source>
        <translation>Datenbank wird entschlüsselt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-encrypting the database with a new key…</source>
        <translation>Datenbank wird mit einem neuen Schlüssel neu verschlüsselt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re-encrypting the database with the new passphrase…</source>
        <translation>Datenbank wird mit der neuen Passphrase neu verschlüsselt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypt database</source>
        <translation>Datenbank entschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store this database unencrypted? Anyone who gets the file can then read it.</source>
        <translation>Diese Datenbank unverschlüsselt speichern? Dann kann jeder, der die Datei bekommt, sie lesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the new copy…</source>
        <translation>Neue Kopie wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the new copy in place…</source>
        <translation>Neue Kopie wird eingesetzt…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Risky location</source>
        <translation>Riskanter Speicherort</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database failed its check and no sound backup was found; the file was left as it is.</source>
        <translation>Die Datenbank hat die Prüfung nicht bestanden, und es wurde keine intakte Sicherung gefunden; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings/base.py" line="+221"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/dialog.py" line="+38"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="+20"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-409"/>
        <source>Targets in working hours for the first response and for resolving a complaint, by priority. The first response must come no later than the resolution.</source>
        <translation>Zielzeiten in Arbeitsstunden für die erste Antwort und die Lösung einer Reklamation, nach Priorität. Die erste Antwort darf nicht nach der Lösung liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: first response</source>
        <translation>%1: erste Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: resolution</source>
        <translation>%1: Lösung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLA targets</source>
        <translation>SLA-Ziele</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="-696"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, Email, Phone, Company sheet</source>
        <translation>Tabelle mit Name, E-Mail, Telefon, Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV</source>
        <translation>Outlook (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird CSV or LDIF</source>
        <translation>Thunderbird-CSV oder -LDIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple/iCloud, Android or Outlook vCard</source>
        <translation>vCard von Apple/iCloud, Android oder Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify customers CSV</source>
        <translation>Shopify-Kunden (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify orders CSV</source>
        <translation>Shopify-Bestellungen (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce customers CSV</source>
        <translation>WooCommerce-Kunden (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions (documented columns)</source>
        <translation>Kontakthistorie (dokumentierte Spalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and payments (documented columns)</source>
        <translation>Bestellungen und Zahlungen (dokumentierte Spalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers (documented columns)</source>
        <translation>Umfrageantworten (dokumentierte Spalten)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>How the file is read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport detected these; change any that look wrong.</source>
        <translation>Rapport hat dies erkannt; ändern Sie, was falsch aussieht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+114"/>
        <source>The people who own contacts and complaints. Untick Active for someone who left: their history stays.</source>
        <translation>Die Personen, denen Kontakte und Reklamationen zugeordnet sind. Für ausgeschiedene Personen „Aktiv“ abwählen: ihre Historie bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Staff</source>
        <translation>&amp;Mitarbeitende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/ui/sync/controller.py" line="+101"/>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Something went wrong; see the log file.</source>
        <translation type="obsolete">Etwas ist schiefgelaufen; siehe Protokolldatei.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Exchanging data with the hub…</source>
        <translation>Daten werden mit dem Hub ausgetauscht…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining the team&apos;s hub…</source>
        <translation>Dem Hub des Teams beitreten…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="+39"/>
        <source>Click to review sync conflicts.</source>
        <translation>Klicken, um Sync-Konflikte zu prüfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Änderung wartet</numerusform>
            <numerusform>Offline — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced just now</source>
        <translation>Gerade abgeglichen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. abgeglichen</numerusform>
            <numerusform>Vor %n Min. abgeglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Vor %n Std. abgeglichen</numerusform>
            <numerusform>Vor %n Std. abgeglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag abgeglichen</numerusform>
            <numerusform>Vor %n Tagen abgeglichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskReminders</name>
    <message>
        <location filename="../../app/ui/tasks/reminders.py" line="+65"/>
        <source>Task due</source>
        <translation>Aufgabe fällig</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../../app/ui/tasks/view.py" line="+55"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+65"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+14"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in this list. New Task… adds a follow-up; the quick log (Ctrl+L) can add one while you log a call.</source>
        <translation>Diese Liste ist leer. „Neue Aufgabe …“ legt eine Nachfassaktion an; beim schnellen Erfassen (Strg+L) können Sie gleich eine hinzufügen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;New Task…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Complete</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete &amp;&amp; &amp;Log…</source>
        <translation>Erledigt &amp;&amp; &amp;erfassen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a time…</source>
        <translation>Zeitpunkt wählen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner</source>
        <translation>Zustän&amp;dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the chosen task to someone else</source>
        <translation>Die ausgewählte Aufgabe einer anderen Person zuweisen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write e-&amp;mail…</source>
        <translation>E-&amp;Mail schreiben …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the e-mail an automation rule prepared for this task in your mail program.</source>
        <translation>Öffnet die E-Mail, die eine Automatisierungsregel für diese Aufgabe vorbereitet hat, in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>M&amp;y Tasks</source>
        <translation>Meine &amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the tasks you own</source>
        <translation>Nur die Aufgaben zeigen, für die Sie zuständig sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Calendar…</source>
        <translation>In Kalender &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until (e.g. friday 10:00, in 3 days):</source>
        <translation>Bis (z. B. friday 10:00, in 3 days):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Tasks</source>
        <translation>Aufgaben exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln task(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Aufgabe nach %1 exportiert.</numerusform>
            <numerusform>%Ln Aufgaben nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tasks exported to %2.</source>
        <translation type="vanished">%1 Aufgaben nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/settings/team_page.py" line="+33"/>
        <source>Work with your team on a shared hub: every computer keeps its own copy, works offline and syncs with the hub every few minutes. Your administrator gives you the address, a user name and a password.</source>
        <translation>Arbeiten Sie mit Ihrem Team über einen gemeinsamen Hub: Jeder Computer behält seine eigene Kopie, arbeitet auch offline und gleicht sich alle paar Minuten mit dem Hub ab. Adresse, Benutzername und Passwort erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub &amp;address</source>
        <translation>Hub-&amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join</source>
        <translation>Beit&amp;reten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave Team</source>
        <translation>Team &amp;verlassen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Joining…</source>
        <translation>Beitritt läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This database syncs with the hub; %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Diese Datenbank wird mit dem Hub abgeglichen; %n Änderung wartet auf das Senden.</numerusform>
            <numerusform>Diese Datenbank wird mit dem Hub abgeglichen; %n Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is not in a team; it stays on this computer.</source>
        <translation>Diese Datenbank gehört zu keinem Team; sie bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Asking the hub…</source>
        <translation>Der Hub wird gefragt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub answers; you may sync there as %1.</source>
        <translation>Der Hub antwortet; Sie können dort als %1 abgleichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/people.py" line="-107"/>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer (read only)</source>
        <translation>Leser (nur lesen)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/ui/timeline/wording.py" line="+28"/>
        <source>Order {amount}</source>
        <translation>Bestellung {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment {amount}</source>
        <translation>Zahlung {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {amount}</source>
        <translation>Erstattung {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit {amount}</source>
        <translation>Gutschrift {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS survey answered: {score}</source>
        <translation>NPS-Umfrage beantwortet: {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey answered: {score}</source>
        <translation>Zufriedenheitsumfrage beantwortet: {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort survey answered: {score}</source>
        <translation>Aufwandsumfrage beantwortet: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: note added</source>
        <translation>Reklamation {number}: Notiz hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: reply sent</source>
        <translation>Reklamation {number}: Antwort gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: remedy given</source>
        <translation>Reklamation {number}: Wiedergutmachung gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: remedy reversed</source>
        <translation>Reklamation {number}: Wiedergutmachung storniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: priority changed</source>
        <translation>Reklamation {number}: Priorität geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: owner changed</source>
        <translation>Reklamation {number}: Zuständigkeit geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: category changed</source>
        <translation>Reklamation {number}: Kategorie geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: recovery checked</source>
        <translation>Reklamation {number}: Rückgewinnung geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: order linked</source>
        <translation>Reklamation {number}: Bestellung verknüpft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Survey answered: {score}</source>
        <translation>Umfrage beantwortet: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task done: {title}</source>
        <translation>Aufgabe erledigt: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duration: {minutes} min</source>
        <translation>Dauer: {minutes} Min.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{entry} ({reference})</source>
        <translation>{entry} ({reference})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint {number}</source>
        <translation>Reklamation {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} opened: {status}</source>
        <translation>Reklamation {number} eröffnet: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: {old} → {new}</source>
        <translation>Reklamation {number}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent given: {purpose}</source>
        <translation>Einwilligung erteilt: {purpose}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawn: {purpose}</source>
        <translation>Einwilligung widerrufen: {purpose}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="-427"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Search notes and summaries…</source>
        <translation>Notizen und Zusammenfassungen durchsuchen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any staff</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>From a date or time, e.g. 2026-01-01 or &apos;in 2 days&apos;</source>
        <translation>Ab einem Datum oder einer Uhrzeit, z. B. 2026-01-01 oder „in 2 days“</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Until a date or time (not included), e.g. yesterday</source>
        <translation>Bis zu einem Datum oder einer Uhrzeit (ausschließlich), z. B. yesterday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interaction deleted.</source>
        <translation>Aktivität gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The search failed; see the log for details.</source>
        <translation>Die Suche ist fehlgeschlagen; Einzelheiten im Protokoll.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing matches these filters; clear a filter to see more of the history.</source>
        <translation>Nichts passt zu diesen Filtern; entfernen Sie einen Filter, um mehr vom Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No history yet. Log a call, e-mail or meeting with Ctrl+L and it appears here, newest first, grouped by day.</source>
        <translation>Noch kein Verlauf. Erfassen Sie einen Anruf, eine E-Mail oder eine Besprechung mit Strg+L; sie erscheinen hier, die neuesten zuerst, nach Tagen gruppiert.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Attach File</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit…	F2</source>
        <translation>Bearbeiten …	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach File…</source>
        <translation>Datei anhängen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Attachments (%1)</source>
        <translation>Anhänge öffnen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete	Del</source>
        <translation>Löschen	Entf</translation>
    </message>
</context>
<context>
    <name>UpcomingFollowUps</name>
    <message>
        <location filename="../../app/ui/automations/upcoming.py" line="+22"/>
        <source>Upcoming automated follow-ups</source>
        <translation>Anstehende automatische Nachfassaktionen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated follow-ups: %1</source>
        <translation>Automatische Nachfassaktionen: %1</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../app/cli.py" line="+319"/>
        <source>There is no database at {file}.</source>
        <translation>Unter {file} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no database file at {file}.</source>
        <translation>Unter {file} gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Only a database file can be restored from a backup.</source>
        <translation>Aus einer Sicherung lässt sich nur eine Datenbankdatei wiederherstellen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Erasing cannot be undone; add --yes to confirm.</source>
        <translation>Das Löschen lässt sich nicht rückgängig machen; bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Name the file to import (or give --undo-last).</source>
        <translation>Nennen Sie die zu importierende Datei (oder geben Sie --undo-last an).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli_sync.py" line="+73"/>
        <source>There is no file at {file}.</source>
        <translation>Unter {file} gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A full export is written as JSON (--format json).</source>
        <translation>Ein vollständiger Export wird als JSON geschrieben (--format json).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts export as csv, vcard3, vcard4 or xlsx.</source>
        <translation>Kontakte lassen sich als csv, vcard3, vcard4 oder xlsx exportieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {what} export is written as CSV (--format csv).</source>
        <translation>Der Export „{what}“ wird als CSV geschrieben (--format csv).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no saved segment called &apos;{name}&apos;.</source>
        <translation>Es gibt kein gespeichertes Segment namens „{name}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{text}&apos; is not a list of contact ids such as 1,2,3.</source>
        <translation>„{text}“ ist keine Liste von Kontakt-IDs wie 1,2,3.</translation>
    </message>
    <message>
        <location filename="../../app/domain/business_hours.py" line="+31"/>
        <source>&apos;{text}&apos; is not a working period like 09:00-17:00.</source>
        <translation>„{text}“ ist keine Arbeitszeit wie 09:00-17:00.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The working period &apos;{text}&apos; ends before it starts.</source>
        <translation>Die Arbeitszeit „{text}“ endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{name}&apos; is not a known time zone (e.g. Europe/Berlin).</source>
        <translation>„{name}“ ist keine bekannte Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A weekly schedule needs an entry for each of the seven days.</source>
        <translation>Ein Wochenplan braucht einen Eintrag für jeden der sieben Tage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The weekly schedule has no working hours on any day.</source>
        <translation>Der Wochenplan hat an keinem Tag Arbeitszeiten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;{text}&apos; is not a holiday date like 2026-12-25.</source>
        <translation>„{text}“ ist kein Feiertagsdatum wie 2026-12-25.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The business calendar has no working time left to count an SLA in.</source>
        <translation>Im Geschäftskalender bleibt keine Arbeitszeit, in der eine SLA-Frist laufen könnte.</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaint_workflow.py" line="+29"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investigating</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting on customer</source>
        <translation>wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A complaint can&apos;t be closed while it is {status}: resolve it first.</source>
        <translation>Eine Reklamation mit dem Status „{status}“ kann nicht geschlossen werden: lösen Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The complaint is already {status}.</source>
        <translation>Die Reklamation hat bereits den Status „{status}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A complaint can&apos;t go from {status} to {target}; allowed next: {allowed}.</source>
        <translation>Eine Reklamation kann nicht von „{status}“ zu „{target}“ wechseln; möglich sind: {allowed}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;{number}&apos; is not a case number like C-2026-0042.</source>
        <translation>„{number}“ ist keine Fallnummer wie C-2026-0042.</translation>
    </message>
    <message>
        <location filename="../../app/domain/contact_query.py" line="+54"/>
        <source>The search text is {length:,} characters long; the limit is {limit}.</source>
        <translation>Der Suchtext ist {length:,} Zeichen lang; erlaubt sind {limit}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search for at most {limit} different words at a time.</source>
        <translation>Suchen Sie nach höchstens {limit} verschiedenen Wörtern auf einmal.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The saved segment rule could not be read ({problem}).</source>
        <translation>Die gespeicherte Segmentregel ließ sich nicht lesen ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="+16"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translation>soziales Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom field name</source>
        <translation>Name des eigenen Felds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override reason</source>
        <translation>Begründung der Ausnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task title</source>
        <translation>Aufgabentitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task notes</source>
        <translation>Aufgabennotizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up time</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due time</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {field} contains a NUL character, which is not allowed.</source>
        <translation>Das Feld „{field}“ enthält ein NUL-Zeichen; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {field} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>Das Feld „{field}“ ist {length:,} Zeichen lang; erlaubt sind {limit:,}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;{text}&apos; is not a valid e-mail address ({problem}).</source>
        <translation>„{text}“ ist keine gültige E-Mail-Adresse ({problem}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;{text}&apos; is not a phone number ({problem}).</source>
        <translation>„{text}“ ist keine Telefonnummer ({problem}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a valid phone number (default region {region}).</source>
        <translation>„{text}“ ist keine gültige Telefonnummer (Standardregion {region}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/when.py" line="+152"/>
        <source>&apos;{text}&apos; is not a {field} Rapport understands; try &apos;now&apos;, &apos;yesterday 15:00&apos;, &apos;friday&apos;, &apos;in 2 days&apos; or &apos;2026-03-05 14:30&apos;.</source>
        <translation>„{text}“ versteht Rapport nicht als Angabe für „{field}“; versuchen Sie „now“, „yesterday 15:00“, „friday“, „in 2 days“ oder „2026-03-05 14:30“.</translation>
    </message>
    <message>
        <location filename="../../app/selftest.py" line="+55"/>
        <source>The self-test database was not encrypted.</source>
        <translation>Die Selbsttest-Datenbank wurde nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contact read back does not match what was written.</source>
        <translation>Der zurückgelesene Kontakt stimmt nicht mit dem geschriebenen überein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted database did not reopen with its key.</source>
        <translation>Die verschlüsselte Datenbank ließ sich mit ihrem Schlüssel nicht wieder öffnen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Qt&apos;s Unicode data (ICU) is incomplete: zone name {zone!r}.</source>
        <translation>Die Unicode-Daten von Qt (ICU) sind unvollständig: Zonenname {zone!r}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The dashboard was not computed: {status}</source>
        <translation>Das Dashboard wurde nicht berechnet: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dashboard charts {charts} drew nothing.</source>
        <translation>Die Dashboard-Diagramme {charts} haben nichts gezeichnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The main window could not be rendered.</source>
        <translation>Das Hauptfenster ließ sich nicht darstellen.</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos; uses rules the dashboard cannot apply yet ({rules}).</source>
        <translation type="vanished">Das Segment „{name}“ nutzt Regeln, die das Dashboard noch nicht anwenden kann ({rules}).</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="+265"/>
        <source>There is no segment named &apos;{name}&apos;.</source>
        <translation>Es gibt kein Segment namens „{name}“.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The dashboard calculation was cancelled.</source>
        <translation>Die Berechnung des Dashboards wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+410"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}).</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>&apos;{raw}&apos; is not a date in the form YYYY-MM-DD ({option}).</source>
        <translation>„{raw}“ ist kein Datum der Form JJJJ-MM-TT ({option}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{option} {raw} is out of range; give a day from {first} to {last}.</source>
        <translation>{option} {raw} liegt außerhalb des möglichen Bereichs; geben Sie einen Tag von {first} bis {last} an.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="+58"/>
        <source>&apos;{source}&apos; is {size_mb:.1f} MB; attachments may be at most {limit_mb} MB (change the limit in Settings).</source>
        <translation>„{source}“ ist {size_mb:.1f} MB groß; Anhänge dürfen höchstens {limit_mb} MB groß sein (die Grenze lässt sich in den Einstellungen ändern).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../app/services/interactions.py" line="+191"/>
        <source>Interaction #{interaction_id} does not exist or was deleted.</source>
        <translation>Die Interaktion #{interaction_id} gibt es nicht oder sie wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment #{attachment_id} does not exist or was removed.</source>
        <translation>Den Anhang #{attachment_id} gibt es nicht oder er wurde entfernt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The attachment record holds &apos;{value}&apos; where a content hash belongs; it does not name a stored file.</source>
        <translation>Der Anhang-Eintrag enthält „{value}“, wo ein Inhalts-Hash stehen müsste; er bezeichnet keine gespeicherte Datei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The path {path} leads outside the folder {folder}.</source>
        <translation>Der Pfad {path} führt aus dem Ordner {folder} hinaus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file &apos;{source}&apos; cannot be read ({reason}).</source>
        <translation>Die Datei „{source}“ lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="+82"/>
        <source>Choose a backup folder: the name given is empty or not a valid path.</source>
        <translation>Wählen Sie einen Sicherungsordner: Der angegebene Name ist leer oder kein gültiger Pfad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder &apos;{text}&apos; must be a full path, not a relative one.</source>
        <translation>Der Sicherungsordner „{text}“ muss ein vollständiger Pfad sein, kein relativer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder {folder} is a file, not a folder.</source>
        <translation>Der Sicherungsordner {folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder {folder} cannot be created ({reason}).</source>
        <translation>Der Sicherungsordner {folder} lässt sich nicht anlegen ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rapport may not write to the backup folder {folder} ({reason}).</source>
        <translation>Rapport darf nicht in den Sicherungsordner {folder} schreiben ({reason}).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only a database file can be backed up this way.</source>
        <translation>Auf diese Weise lässt sich nur eine Datenbankdatei sichern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was cancelled; nothing was written to {target}.</source>
        <translation>Die Sicherung wurde abgebrochen; nach {target} wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is not a Rapport database this app can read.</source>
        <translation>{name} ist keine Rapport-Datenbank, die diese App lesen kann.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup {name} is damaged ({problem}); it was not restored.</source>
        <translation>Die Sicherung {name} ist beschädigt ({problem}); sie wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {name} has rows pointing at missing rows; it was not restored.</source>
        <translation>Die Sicherung {name} enthält Zeilen, die auf fehlende Zeilen verweisen; sie wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup {name} was written by another program; it was not restored.</source>
        <translation>Die Sicherung {name} stammt von einem anderen Programm; sie wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup {name} was written by a newer Rapport (schema {revision}); it was not restored.</source>
        <translation>Die Sicherung {name} stammt von einer neueren Rapport-Version (Schema {revision}); sie wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no backup at {backup}.</source>
        <translation>Unter {backup} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be restored to {target}: {reason}.</source>
        <translation>Die Sicherung ließ sich nicht nach {target} wiederherstellen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="+257"/>
        <location line="+39"/>
        <source>Customer {contact_id} does not exist (any more).</source>
        <translation>Den Kunden {contact_id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A complaint can&apos;t be opened in the future.</source>
        <translation>Eine Reklamation kann nicht in der Zukunft eröffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A complaint can&apos;t be opened before {year}.</source>
        <translation>Eine Reklamation kann nicht vor {year} eröffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the complaint before saving it.</source>
        <translation>Beschreiben Sie die Reklamation, bevor Sie sie speichern.</translation>
    </message>
    <message>
        <location filename="../../app/domain/automation.py" line="-196"/>
        <source>An automation rule is stored in a form this version can&apos;t read.</source>
        <translation>Eine Automatisierungsregel ist in einer Form gespeichert, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>&apos;{days} days&apos; is not between 0 and {limit} days.</source>
        <translation>„{days} Tage“ liegt nicht zwischen 0 und {limit} Tagen.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&apos;No contact for&apos; needs at least one day.</source>
        <translation>„Kein Kontakt seit“ braucht mindestens einen Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A churn risk threshold of {threshold} is not between 1 and 100.</source>
        <translation>Eine Schwelle für das Abwanderungsrisiko von {threshold} liegt nicht zwischen 1 und 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rule needs at least one action.</source>
        <translation>Eine Regel braucht mindestens eine Aktion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the stage the rule sets.</source>
        <translation>Wählen Sie die Phase, die die Regel setzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A complaint can only be opened from a survey answer.</source>
        <translation>Eine Reklamation kann nur aus einer Umfrageantwort eröffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/complaints.py" line="+4"/>
        <source>Choose a category for the complaint.</source>
        <translation>Wählen Sie eine Kategorie für die Reklamation.</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="+51"/>
        <source>A satisfaction rating is recorded when the case is resolved.</source>
        <translation>Eine Zufriedenheitsbewertung wird erfasst, wenn der Fall gelöst ist.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A complaint needs a category.</source>
        <translation>Eine Reklamation braucht eine Kategorie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a remedy (apology, refund, credit, ...).</source>
        <translation>Wählen Sie eine Wiedergutmachung (Entschuldigung, Erstattung, Gutschrift, …).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A refund of {amount} is more than the {paid} this customer has paid in total; give a reason to override.</source>
        <translation>Eine Erstattung von {amount} ist mehr als die {paid}, die dieser Kunde insgesamt bezahlt hat; geben Sie eine Begründung an, um trotzdem fortzufahren.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The {remedy} of complaint {number} was already reversed or is not recorded on it.</source>
        <translation>Die Wiedergutmachung „{remedy}“ der Reklamation {number} wurde bereits storniert oder ist dort nicht erfasst.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A {kind} score must be between {low} and {high}, not {score}.</source>
        <translation>Ein {kind}-Wert muss zwischen {low} und {high} liegen, nicht bei {score}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check how the customer feels once the complaint is resolved.</source>
        <translation>Fragen Sie nach, wie zufrieden der Kunde ist, sobald die Reklamation gelöst ist.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Order {txn_id} is not one of this customer&apos;s orders.</source>
        <translation>Die Bestellung {txn_id} gehört nicht zu diesem Kunden.</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+194"/>
        <source>Complaint {complaint_id} does not exist (any more).</source>
        <translation>Die Reklamation {complaint_id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Write the {kind} before saving it.</source>
        <translation>{kind}: Schreiben Sie erst den Text, dann speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../app/storage/records.py" line="+44"/>
        <source>Staff member {owner_id} does not exist.</source>
        <translation>Den Mitarbeiter {owner_id} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="+100"/>
        <source>Satisfaction after resolution is rated 1 to 5, not {value}.</source>
        <translation>Die Zufriedenheit nach der Lösung wird mit 1 bis 5 bewertet, nicht mit {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A {remedy} needs an amount.</source>
        <translation>{remedy}: Bitte geben Sie einen Betrag an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {remedy} can&apos;t be negative ({amount}).</source>
        <translation>{remedy}: Der Betrag darf nicht negativ sein ({amount}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {remedy} of zero puts nothing right; enter the amount.</source>
        <translation>{remedy}: Ein Betrag von null macht nichts gut; geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/services/settings.py" line="+77"/>
        <source>&apos;{currency}&apos; is not a three-letter currency code (ISO 4217).</source>
        <translation>„{currency}“ ist kein dreistelliger Währungscode (ISO 4217).</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="+134"/>
        <source>The change was cancelled; no contact was changed.</source>
        <translation>Die Änderung wurde abgebrochen; kein Kontakt wurde geändert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+12"/>
        <location line="+115"/>
        <location filename="../../app/services/duplicates.py" line="+81"/>
        <location filename="../../app/services/interactions.py" line="-20"/>
        <location filename="../../app/services/tasks.py" line="+406"/>
        <source>Contact #{contact_id} does not exist.</source>
        <translation>Den Kontakt #{contact_id} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>There is no tag named &apos;{tag}&apos;.</source>
        <translation>Es gibt kein Schlagwort namens „{tag}“.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The extra {kind} labelled &apos;{label}&apos; is empty.</source>
        <translation>Die zusätzliche Angabe ({kind}) mit der Bezeichnung „{label}“ ist leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/services/duplicates.py" line="+156"/>
        <location filename="../../app/services/tasks.py" line="-226"/>
        <source>Contact #{contact_id} does not exist or was deleted.</source>
        <translation>Den Kontakt #{contact_id} gibt es nicht oder er wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A contact needs a first name, a last name or a company.</source>
        <translation>Ein Kontakt braucht einen Vornamen, einen Nachnamen oder eine Firma.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest lifetime value</source>
        <translation>niedrigster Kundenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest lifetime value</source>
        <translation>höchster Kundenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest churn risk</source>
        <translation>niedrigstes Abwanderungsrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest churn risk</source>
        <translation>höchstes Abwanderungsrisiko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {name} filter value {value} is out of range.</source>
        <translation>Der Wert {value} des Filters „{name}“ liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The contact list cannot be sorted by &apos;{sort}&apos;.</source>
        <translation>Die Kontaktliste lässt sich nicht nach „{sort}“ sortieren.</translation>
    </message>
    <message>
        <location filename="../../app/domain/automation.py" line="-11"/>
        <location filename="../../app/services/contacts.py" line="+165"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="+143"/>
        <source>&apos;{key}&apos; is not a defined custom field.</source>
        <translation>„{key}“ ist kein definiertes eigenes Feld.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="+344"/>
        <source>Sample data generation was cancelled; nothing was written.</source>
        <translation>Das Erzeugen der Beispieldaten wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This database already holds contacts; use --force to add sample data.</source>
        <translation>Diese Datenbank enthält bereits Kontakte; fügen Sie Beispieldaten mit --force hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/services/duplicates.py" line="-91"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{key}&apos; cannot be taken from contact #{source_id}.</source>
        <translation>„{key}“ lässt sich nicht aus Kontakt #{source_id} übernehmen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Contact #{merged_id} does not exist.</source>
        <translation>Den Kontakt #{merged_id} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This merge has already been undone.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/exporter.py" line="+165"/>
        <source>No contacts are selected; select some or export all.</source>
        <translation>Es sind keine Kontakte ausgewählt; wählen Sie welche aus oder exportieren Sie alle.</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+32"/>
        <location filename="../../app/services/import_export/full_json.py" line="+87"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>{path} lässt sich nicht schreiben ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/full_json.py" line="+29"/>
        <source>The export holds a table this version does not know: &apos;{name}&apos;.</source>
        <translation>Der Export enthält eine Tabelle, die diese Version nicht kennt: „{name}“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is not empty (table {table} holds rows); a full export can only be loaded into a new, empty database.</source>
        <translation>Diese Datenbank ist nicht leer (Tabelle {table} enthält Zeilen); ein vollständiger Export lässt sich nur in eine neue, leere Datenbank laden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/services/import_export/limits.py" line="+32"/>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is not a readable JSON export ({problem}).</source>
        <translation>Die Datei {path} ist kein lesbarer JSON-Export ({problem}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} nests its JSON too deeply to be a Rapport export.</source>
        <translation>Die Datei {path} verschachtelt ihr JSON zu tief, um ein Rapport-Export zu sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is not a Rapport full export.</source>
        <translation>Die Datei {path} ist kein vollständiger Rapport-Export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {path} is a Rapport export of an unknown version.</source>
        <translation>Die Datei {path} ist ein Rapport-Export einer unbekannten Version.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The table {table} in the export is damaged.</source>
        <translation>Die Tabelle {table} im Export ist beschädigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A row of table {table} in the export has the wrong number of values.</source>
        <translation>Eine Zeile der Tabelle {table} im Export hat die falsche Anzahl von Werten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows of table {table} in the export clash with each other ({problem}); nothing was loaded.</source>
        <translation>Zeilen der Tabelle {table} im Export widersprechen einander ({problem}); es wurde nichts geladen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Row #{rowid} of table {table} in the export points at a {parent} row the export does not hold; nothing was loaded.</source>
        <translation>Zeile #{rowid} der Tabelle {table} im Export verweist auf eine Zeile in {parent}, die der Export nicht enthält; es wurde nichts geladen.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/importer.py" line="+242"/>
        <source>The preset &apos;{preset}&apos; imports {kind}, not {wanted}.</source>
        <translation>Die Vorlage „{preset}“ importiert {kind}, nicht {wanted}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No column of {path} matches a {kind} field; map the columns by hand or choose another preset.</source>
        <translation>Keine Spalte von {path} passt zu einem Feld für {kind}; ordnen Sie die Spalten von Hand zu oder wählen Sie eine andere Vorlage.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The file {path} holds no {kind} Rapport can read; nothing was imported.</source>
        <translation>Die Datei {path} enthält keine {kind}, die Rapport lesen kann; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der sich rückgängig machen ließe.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&apos;{region}&apos; is not a country code phone numbers are known for.</source>
        <translation>„{region}“ ist kein Ländercode, für den Telefonnummern bekannt sind.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;{name}&apos; is not a field of {kind} imports.</source>
        <translation>„{name}“ ist kein Feld beim Import von {kind}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The field &apos;{field}&apos; is mapped from more than one column.</source>
        <translation>Dem Feld „{field}“ ist mehr als eine Spalte zugeordnet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import record names an unknown table &apos;{entity}&apos;.</source>
        <translation>Der Importeintrag nennt eine unbekannte Tabelle „{entity}“.</translation>
    </message>
    <message>
        <location line="+379"/>
        <location filename="../../app/services/import_export/records.py" line="+181"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/limits.py" line="+4"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Die Datei {path} lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is {size_mb:,.0f} MB; the import limit is {limit_mb:,.0f} MB (change it in the settings).</source>
        <translation>Die Datei {path} ist {size_mb:,.0f} MB groß; die Importgrenze liegt bei {limit_mb:,.0f} MB (änderbar in den Einstellungen).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file {path} is not a valid Excel (.xlsx) workbook.</source>
        <translation>Die Datei {path} ist keine gültige Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook {path} would expand to {size_mb:,.0f} MB; it was refused as a possible zip bomb.</source>
        <translation>Die Arbeitsmappe {path} würde sich auf {size_mb:,.0f} MB entpacken; sie wurde als mögliche Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The part {filename} of {path} is compressed suspiciously well; the workbook was refused as a possible zip bomb.</source>
        <translation>Der Teil {filename} von {path} ist verdächtig stark komprimiert; die Arbeitsmappe wurde als mögliche Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/presets.py" line="+427"/>
        <source>There is no import preset called &apos;{name}&apos;; known: {known}.</source>
        <translation>Es gibt keine Importvorlage namens „{name}“; bekannt sind: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/readers.py" line="+168"/>
        <source>The file has more than {max_rows:,} rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als {max_rows:,} Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&apos;{encoding}&apos; is not a text encoding this computer knows.</source>
        <translation>„{encoding}“ ist keine Textkodierung, die dieser Computer kennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+115"/>
        <source>The file {path} is not valid {encoding} text (byte {byte:,}); choose another encoding.</source>
        <translation>Die Datei {path} ist kein gültiger {encoding}-Text (Byte {byte:,}); wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+160"/>
        <source>The file {path} is empty.</source>
        <translation>Die Datei {path} ist leer.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>The file {path} holds no vCards (no BEGIN:VCARD line).</source>
        <translation>Die Datei {path} enthält keine vCards (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The delimiter must be one character such as , ; or tab, not &apos;{text}&apos;.</source>
        <translation>Das Trennzeichen muss ein einzelnes Zeichen wie , ; oder Tab sein, nicht „{text}“.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{path} is {what}, which Rapport cannot import; export the contacts from that program as CSV, vCard or LDIF.</source>
        <translation>{path} ist {what}, das Rapport nicht importieren kann; exportieren Sie die Kontakte in jenem Programm als CSV, vCard oder LDIF.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Row {row:,}: the file is not valid {encoding} text; choose another encoding.</source>
        <translation>Zeile {row:,}: Die Datei ist kein gültiger {encoding}-Text; wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row:,}: the file cannot be read as CSV ({problem}).</source>
        <translation>Zeile {row:,}: Die Datei lässt sich nicht als CSV lesen ({problem}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the card starting on line {line:,} cannot be read: {problem}</source>
        <translation>die Karte ab Zeile {line:,} lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workbook {path} has no sheets.</source>
        <translation>Die Arbeitsmappe {path} hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook {path} has no sheet called &apos;{sheet}&apos;.</source>
        <translation>Die Arbeitsmappe {path} hat kein Tabellenblatt namens „{sheet}“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Excel import needs the defusedxml package, which is not installed.</source>
        <translation>Der Excel-Import braucht das Paket defusedxml, das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is not a readable Excel workbook ({problem}).</source>
        <translation>Die Datei {path} ist keine lesbare Excel-Arbeitsmappe ({problem}).</translation>
    </message>
    <message>
        <source>the card cannot be read ({problem})</source>
        <translation type="vanished">die Karte lässt sich nicht lesen ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/xlsx_stream.py" line="+99"/>
        <source>The workbook&apos;s sheet declares a document type; it was refused as a possible XML bomb.</source>
        <translation>Das Tabellenblatt der Arbeitsmappe deklariert einen Dokumenttyp; es wurde als mögliche XML-Bombe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/services/interactions.py" line="-34"/>
        <source>Interaction #{interaction_id} does not exist.</source>
        <translation>Die Interaktion #{interaction_id} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose a contact for this interaction.</source>
        <translation>Wählen Sie einen Kontakt für diese Interaktion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A duration of {minutes} minutes is not between 0 and 24 hours.</source>
        <translation>Eine Dauer von {minutes} Minuten liegt nicht zwischen 0 und 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py" line="+125"/>
        <source>&apos;{text}&apos; is not an e-mail address or contact uid.</source>
        <translation>„{text}“ ist weder eine E-Mail-Adresse noch eine Kontakt-UID.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No contact has the e-mail address or uid &apos;{text}&apos;.</source>
        <translation>Kein Kontakt hat die E-Mail-Adresse oder UID „{text}“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+70"/>
        <source>There is no contact #{contact_id}.</source>
        <translation>Es gibt keinen Kontakt #{contact_id}.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>Der Export ließ sich nicht nach {target} schreiben: {reason}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact #{contact_id} has already been erased.</source>
        <translation>Der Kontakt #{contact_id} wurde bereits gelöscht.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Say how the consent was given or withdrawn (the evidence).</source>
        <translation>Geben Sie an, wie die Einwilligung erteilt oder widerrufen wurde (der Nachweis).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The evidence must be plain text of at most 2000 characters.</source>
        <translation>Der Nachweis muss reiner Text mit höchstens 2000 Zeichen sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no contact #{contact_id} to record consent for.</source>
        <translation>Es gibt keinen Kontakt #{contact_id}, für den sich eine Einwilligung erfassen ließe.</translation>
    </message>
    <message>
        <location filename="../../app/services/security.py" line="+160"/>
        <source>The passphrase file {path} can be read by other users; make it private (chmod 600 &apos;{path}&apos;) and try again.</source>
        <translation>Die Passphrase-Datei {path} ist für andere Benutzer lesbar; machen Sie sie privat (chmod 600 &apos;{path}&apos;) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase file {path} cannot be read: {reason}.</source>
        <translation>Die Passphrase-Datei {path} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>Die Passphrase-Datei {path} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>Die Passphrase-Datei {path} ist leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; nichts wurde angelegt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key could not be stored in the system keychain: {problem}.</source>
        <translation>Der Schlüssel ließ sich nicht im Schlüsselbund des Systems speichern: {problem}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} is a folder; give the database file inside it instead.</source>
        <translation>{path} ist ein Ordner; geben Sie stattdessen die Datenbankdatei darin an.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+274"/>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>Die Passphrase muss mindestens {length} Zeichen haben.</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>No safe system keychain is available to keep the new database&apos;s key; give a passphrase with --passphrase-file or RAPPORT_PASSPHRASE_FILE (or --plain for an unencrypted database).</source>
        <translation>Es gibt keinen sicheren Schlüsselbund im System für den Schlüssel der neuen Datenbank; geben Sie eine Passphrase mit --passphrase-file oder RAPPORT_PASSPHRASE_FILE an (oder --plain für eine unverschlüsselte Datenbank).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No database was created at {path}: it needs a passphrase, or your choice to store it unencrypted.</source>
        <translation>Unter {path} wurde keine Datenbank angelegt: Sie braucht eine Passphrase oder Ihre Entscheidung, sie unverschlüsselt zu speichern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is encrypted and the system keychain holds no key for it; give its passphrase or recovery key with --passphrase-file or RAPPORT_PASSPHRASE_FILE.</source>
        <translation>{path} ist verschlüsselt und der Schlüsselbund des Systems enthält keinen Schlüssel dafür; geben Sie die Passphrase oder den Wiederherstellungsschlüssel mit --passphrase-file oder RAPPORT_PASSPHRASE_FILE an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase or recovery key does not open {path}; nothing was changed.</source>
        <translation>Diese Passphrase oder dieser Wiederherstellungsschlüssel öffnet {path} nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The re-encryption was cancelled; nothing was changed.</source>
        <translation>Die Neuverschlüsselung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The re-encrypted copy of {path} failed its check; nothing was changed.</source>
        <translation>Die neu verschlüsselte Kopie von {path} hat die Prüfung nicht bestanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The re-encrypted {path} did not open; the original was put back.</source>
        <translation>Die neu verschlüsselte Datei {path} ließ sich nicht öffnen; das Original wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} is already encrypted.</source>
        <translation>{path} ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A new recovery key needs the system keychain; with a passphrase the passphrase itself opens the database.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel braucht den Schlüsselbund des Systems; mit einer Passphrase öffnet die Passphrase selbst die Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments.py" line="+44"/>
        <location line="+27"/>
        <source>A segment needs a name.</source>
        <translation>Ein Segment braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Set at least one filter or search before saving a segment.</source>
        <translation>Setzen Sie mindestens einen Filter oder eine Suche, bevor Sie ein Segment speichern.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+25"/>
        <source>Segment #{segment_id} does not exist or was deleted.</source>
        <translation>Das Segment #{segment_id} gibt es nicht oder es wurde gelöscht.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>There is already a segment named &apos;{name}&apos;.</source>
        <translation>Es gibt bereits ein Segment namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="+7"/>
        <source>&apos;{phone_region}&apos; is not a two-letter country code.</source>
        <translation>„{phone_region}“ ist kein zweistelliger Ländercode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The churn window must be between 1 and 3650 days.</source>
        <translation>Das Abwanderungsfenster muss zwischen 1 und 3650 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gross margin must be above 0 and at most 1 (100 %).</source>
        <translation>Die Bruttomarge muss über 0 und höchstens 1 (100 %) sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&apos;{backup_schedule}&apos; is not a known backup schedule.</source>
        <translation>„{backup_schedule}“ ist kein bekannter Sicherungsplan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of daily backups kept must be between 1 and 365.</source>
        <translation>Die Anzahl der aufbewahrten täglichen Sicherungen muss zwischen 1 und 365 liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of weekly backups kept must be between 0 and 520.</source>
        <translation>Die Anzahl der aufbewahrten wöchentlichen Sicherungen muss zwischen 0 und 520 liegen.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The retention period must be between 0 (off) and 1200 months.</source>
        <translation>Die Aufbewahrungsfrist muss zwischen 0 (aus) und 1200 Monaten liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment size limit must be between 1 and 2048 MB.</source>
        <translation>Die Größengrenze für Anhänge muss zwischen 1 und 2048 MB liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import file size limit must be between 1 and 10,000 MB.</source>
        <translation>Die Größengrenze für Importdateien muss zwischen 1 und 10.000 MB liegen.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The name of the closing day {day} is longer than {limit} characters.</source>
        <translation>Die Bezeichnung des Schließtags {day} ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {priority} SLA needs a first response target above 0 and no later than its resolution target.</source>
        <translation>Das SLA für „{priority}“ braucht ein Ziel für die erste Antwort über 0, das nicht nach dem Lösungsziel liegt.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Custom field {id} does not exist.</source>
        <translation>Das eigene Feld {id} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A custom field needs a name.</source>
        <translation>Ein eigenes Feld braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is a custom field named &apos;{label}&apos; already.</source>
        <translation>Es gibt schon ein eigenes Feld „{label}“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A staff member needs a name.</source>
        <translation>Ein Mitarbeiter braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff name &apos;{name}…&apos; is longer than 200 characters.</source>
        <translation>Der Mitarbeitername „{name}…“ ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{email}&apos; is not a valid e-mail address (staff member &apos;{name}&apos;).</source>
        <translation>„{email}“ ist keine gültige E-Mail-Adresse (Mitarbeiter „{name}“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Staff member {id} does not exist.</source>
        <translation>Den Mitarbeiter {id} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/services/tasks.py" line="-55"/>
        <location line="+260"/>
        <source>Task #{task_id} does not exist or was deleted.</source>
        <translation>Die Aufgabe #{task_id} gibt es nicht oder sie wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/domain/automation.py" line="-8"/>
        <location filename="../../app/services/tasks.py" line="-213"/>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../app/services/tasks.py" line="+63"/>
        <source>A task can only be snoozed to a time in the future.</source>
        <translation>Eine Aufgabe lässt sich nur auf einen Zeitpunkt in der Zukunft verschieben.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The calendar file &apos;{path}&apos; cannot be written ({problem}).</source>
        <translation>Die Kalenderdatei „{path}“ lässt sich nicht schreiben ({problem}).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Task &apos;{title}&apos; is already done.</source>
        <translation>Die Aufgabe „{title}“ ist bereits erledigt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;Every {days} days&apos; is not between 1 and {limit} days.</source>
        <translation>„Alle {days} Tage“ liegt nicht zwischen 1 und {limit} Tagen.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="+78"/>
        <source>The backup written to {target} failed its integrity check.</source>
        <translation>Die nach {target} geschriebene Sicherung hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup could not be written to {target}: the disk is full or failing; free some space or choose another place.</source>
        <translation>Die Sicherung konnte nicht nach {target} geschrieben werden: Der Datenträger ist voll oder fehlerhaft; schaffen Sie Platz oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup could not be written to {target}: {reason}.</source>
        <translation>Die Sicherung ließ sich nicht nach {target} schreiben: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="+31"/>
        <source>The database is busy in another program; close it there and try again.</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet; schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding the database is full or failing; free some space and try again.</source>
        <translation>Der Datenträger der Datenbank ist voll oder fehlerhaft; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database folder is read-only; move the database to a folder you can write to.</source>
        <translation>Der Datenbankordner ist schreibgeschützt; verschieben Sie die Datenbank in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not a Rapport database, or it is encrypted with another key.</source>
        <translation>Diese Datei ist keine Rapport-Datenbank oder sie ist mit einem anderen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database file cannot be opened; check that the folder exists and that you may write to it.</source>
        <translation>Die Datenbankdatei lässt sich nicht öffnen; prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database server cannot be reached or refused the login; check the address, the network and the password.</source>
        <translation>Der Datenbankserver ist nicht erreichbar oder hat die Anmeldung abgelehnt; prüfen Sie Adresse, Netzwerk und Passwort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file is damaged; restore it from a backup (File &gt; Restore).</source>
        <translation>Die Datenbankdatei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her (Datei &gt; Wiederherstellen).</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema.py" line="+56"/>
        <source>This file holds tables that are not Rapport&apos;s; it was left untouched.</source>
        <translation>Diese Datei enthält Tabellen, die nicht zu Rapport gehören; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was written by a newer Rapport (schema {revision}; this version knows up to {head}). Install the newer version to open it; the file was left untouched.</source>
        <translation>Diese Datenbank stammt von einer neueren Rapport-Version (Schema {revision}; diese Version kennt bis {head}). Installieren Sie die neuere Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="+440"/>
        <source>Choose the customer&apos;s satisfaction (1 to 5).</source>
        <translation>Wählen Sie die Zufriedenheit des Kunden (1 bis 5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="-32"/>
        <source>Choose the customer who complained.</source>
        <translation>Wählen Sie den Kunden, der sich beschwert hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_log/picker.py" line="+38"/>
        <source>Choose a contact first.</source>
        <translation>Wählen Sie zuerst einen Kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one contact for &apos;{shown}&apos; from the suggestions.</source>
        <translation>Wählen Sie für „{shown}“ einen Kontakt aus den Vorschlägen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="+26"/>
        <source>Rapport cannot write in {parent}; open a database in a folder you may write to.</source>
        <translation>Rapport kann nicht in {parent} schreiben; öffnen Sie eine Datenbank in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapport is already open on {database}. Switch to that window, or open another database.</source>
        <translation>Rapport ist bereits mit {database} geöffnet. Wechseln Sie zu diesem Fenster oder öffnen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rapport is already open on {database} (process {pid} on {host}). Switch to that window, or open another database.</source>
        <translation>Rapport ist bereits mit {database} geöffnet (Prozess {pid} auf {host}). Wechseln Sie zu diesem Fenster oder öffnen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>a contact needs a name, a company or an e-mail address</source>
        <translation type="vanished">ein Kontakt braucht einen Namen, eine Firma oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; is longer than {limit} characters</source>
        <translation type="vanished">„{text}…“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>e-mail &apos;{text}&apos; is not valid</source>
        <translation type="vanished">die E-Mail-Adresse „{text}“ ist ungültig</translation>
    </message>
    <message>
        <source>phone &apos;{text}&apos; is not a valid phone number</source>
        <translation type="vanished">„{text}“ ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/records.py" line="-75"/>
        <source>NPS score</source>
        <translation>NPS-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT score</source>
        <translation>CSAT-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES score</source>
        <translation>CES-Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>no e-mail, phone or customer id names the contact</source>
        <translation>keine E-Mail-Adresse, Telefonnummer oder Kundennummer nennt den Kontakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no contact matches &apos;{what}&apos;</source>
        <translation>kein Kontakt passt zu „{what}“</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the amount is missing</source>
        <translation>der Betrag fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{code}&apos; is not a three-letter currency code</source>
        <translation>„{code}“ ist kein dreistelliger Währungscode</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/values.py" line="+54"/>
        <source>&apos;{text}&apos; is not a date and time (use 2024-01-31 14:30)</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit (z. B. 2024-01-31 14:30)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;{text}&apos; is not a date (use 1990-04-15)</source>
        <translation>„{text}“ ist kein Datum (z. B. 1990-04-15)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{text}&apos; is not an amount of money</source>
        <translation>„{text}“ ist kein Geldbetrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not a plausible amount of money</source>
        <translation>„{text}“ ist kein plausibler Geldbetrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} {number} is outside {low} to {high}</source>
        <translation>{what} {number} liegt nicht zwischen {low} und {high}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{text}&apos; is not one of {known}</source>
        <translation>„{text}“ ist keiner der Werte {known}</translation>
    </message>
    <message>
        <location filename="../../app/domain/public_holidays.py" line="+68"/>
        <source>There are no public holidays on file for the country &apos;{country}&apos;.</source>
        <translation>Für das Land „{country}“ sind keine gesetzlichen Feiertage hinterlegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{subdivision}&apos; is not a region of {country} with public holidays.</source>
        <translation>„{subdivision}“ ist keine Region von {country} mit gesetzlichen Feiertagen.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/json_values.py" line="+186"/>
        <source>Row {row} of table {table} in the export holds {value} in column {column}, which should be {shape}; nothing was loaded.</source>
        <translation>Zeile {row} der Tabelle {table} im Export enthält {value} in der Spalte {column}, die {shape} sein sollte; es wurde nichts geladen.</translation>
    </message>
    <message>
        <location filename="../../app/services/repair.py" line="+62"/>
        <source>{target} already exists; name a new file.</source>
        <translation>{target} gibt es bereits; nennen Sie eine neue Datei.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing can be salvaged: the part of the file that names its tables is unreadable ({problem}). Restore it from a backup.</source>
        <translation>Es lässt sich nichts retten: Der Teil der Datei, der ihre Tabellen benennt, ist unlesbar ({problem}). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/storage/diagnosis.py" line="+71"/>
        <source>Rapport may not read {path} (permission denied); give your user read and write access to it.</source>
        <translation>Rapport darf {path} nicht lesen (Zugriff verweigert); geben Sie Ihrem Benutzer Lese- und Schreibrechte darauf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} is read-only; Rapport keeps a journal beside the database there. Make the folder writable or move the database to one that is.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt; Rapport legt dort neben der Datenbank ein Journal an. Machen Sie den Ordner beschreibbar oder verschieben Sie die Datenbank in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{path} is damaged: its header does not match its checksum or is unreadable. It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} ist beschädigt: Der Dateikopf passt nicht zu seiner Prüfsumme oder ist unlesbar. Es liegt nicht an einem falschen Schlüssel: Stellen Sie die Datei aus einer Sicherung wieder her oder retten Sie mit „rapport repair“, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged: it was cut short ({pages:,} whole pages and {tail:,} bytes are left). It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} ist beschädigt: Die Datei wurde abgeschnitten (übrig sind {pages:,} ganze Seiten und {tail:,} Bytes). Es liegt nicht an einem falschen Schlüssel: Stellen Sie sie aus einer Sicherung wieder her oder retten Sie mit „rapport repair“, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged: {count:,} of its {pages:,} pages do not match their checksums. It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} ist beschädigt: {count:,} ihrer {pages:,} Seiten passen nicht zu ihren Prüfsummen. Es liegt nicht an einem falschen Schlüssel: Stellen Sie die Datei aus einer Sicherung wieder her oder retten Sie mit „rapport repair“, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged: its checksums match but SQLite cannot read it ({problem}). It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} ist beschädigt: Die Prüfsummen stimmen, aber SQLite kann die Datei nicht lesen ({problem}). Es liegt nicht an einem falschen Schlüssel: Stellen Sie sie aus einer Sicherung wieder her oder retten Sie mit „rapport repair“, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{path} is not a Rapport database: it is neither a SQLite file nor an encrypted one (or it was overwritten).</source>
        <translation>{path} ist keine Rapport-Datenbank: Es ist weder eine SQLite-Datei noch eine verschlüsselte (oder sie wurde überschrieben).</translation>
    </message>
    <message>
        <location filename="../../app/storage/engine.py" line="+124"/>
        <source>A {backend} database needs the driver &apos;{module}&apos;, which is not installed with this copy of Rapport; install it or use a database file.</source>
        <translation>Eine {backend}-Datenbank braucht den Treiber „{module}“, der mit dieser Rapport-Installation nicht installiert ist; installieren Sie ihn oder verwenden Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/contact_rows.py" line="+284"/>
        <source>nothing identifies a contact (no name, company, e-mail or phone)</source>
        <translation>nichts lässt einen Kontakt erkennen (kein Name, keine Firma, E-Mail-Adresse oder Telefonnummer)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;{text}…&apos; is longer than {limit} characters; left out</source>
        <translation>„{text}…“ ist länger als {limit} Zeichen; weggelassen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>phone &apos;{text}&apos; is not a valid phone number; kept as typed, unverified</source>
        <translation>„{text}“ ist keine gültige Telefonnummer; wie eingegeben behalten, ungeprüft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>phone &apos;{text}&apos; has no digits; left out</source>
        <translation>die Telefonnummer „{text}“ enthält keine Ziffern; weggelassen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>birthday &apos;{text}&apos; is not a date; left out</source>
        <translation>der Geburtstag „{text}“ ist kein Datum; weggelassen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>e-mail &apos;{text}&apos; is not valid; left out</source>
        <translation>die E-Mail-Adresse „{text}“ ist ungültig; weggelassen</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/ldif_reader.py" line="+65"/>
        <source>the entry cannot be read as LDIF ({problem})</source>
        <translation>der Eintrag lässt sich nicht als LDIF lesen ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/vcard.py" line="+119"/>
        <source>line {line:,} is longer than {limit:,} characters</source>
        <translation>Zeile {line:,} ist länger als {limit:,} Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the card has more than {limit:,} lines</source>
        <translation>die Karte hat mehr als {limit:,} Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the card has no END:VCARD line</source>
        <translation>der Karte fehlt die Zeile END:VCARD</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the card starting on line {line:,} cannot be read ({problem})</source>
        <translation>die Karte ab Zeile {line:,} lässt sich nicht lesen ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="+3"/>
        <source>{file} may be read by others; make it private (chmod 600) first.</source>
        <translation>{file} ist für andere lesbar; machen Sie die Datei zuerst privat (chmod 600).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team sync needs PostgreSQL&apos;s client library (libpq), which this computer lacks ({problem}); install it (on Debian or Ubuntu: libpq5).</source>
        <translation>Die Team-Synchronisierung braucht die Client-Bibliothek von PostgreSQL (libpq), die auf diesem Computer fehlt ({problem}); bitte installieren Sie sie (unter Debian oder Ubuntu: libpq5).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Name the hub (--hub URL or ${env}).</source>
        <translation>Geben Sie den Hub an (--hub URL oder ${env}).</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/engine.py" line="+225"/>
        <location filename="../../app/services/team.py" line="+133"/>
        <source>This hub user has no Rapport role yet.</source>
        <translation>Dieser Hub-Benutzer hat noch keine Rapport-Rolle.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name the hub to sync with the first time (--hub URL).</source>
        <translation>Geben Sie beim ersten Mal den Hub an, mit dem synchronisiert wird (--hub URL).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The hub refused this copy&apos;s changes ({reason}); they are kept here.</source>
        <translation>Der Hub hat die Änderungen dieser Kopie abgelehnt ({reason}); sie bleiben hier erhalten.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>There is no open sync conflict #{id}.</source>
        <translation>Es gibt keinen offenen Synchronisierungskonflikt #{id}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The field {field} of {table} is not synced here.</source>
        <translation>Das Feld {field} von {table} wird hier nicht synchronisiert.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/hub.py" line="+55"/>
        <source>The hub at {where} refused the user name or password of {user}.</source>
        <translation>Der Hub unter {where} hat den Benutzernamen oder das Passwort von {user} abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at {where} no longer lets {user} sign in; ask your team&apos;s administrator.</source>
        <translation>Der Hub unter {where} lässt {user} nicht mehr anmelden; wenden Sie sich an die Administration Ihres Teams.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at {where} cannot be reached ({detail}); the local database was left as it was.</source>
        <translation>Der Hub unter {where} ist nicht erreichbar ({detail}); die lokale Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{url}&apos; is not a PostgreSQL address such as postgresql://user@host/rapport.</source>
        <translation>„{url}“ ist keine PostgreSQL-Adresse wie postgresql://benutzer@host/rapport.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database holds tables that are not a Rapport hub&apos;s ({tables}); it was left untouched.</source>
        <translation>Die Datenbank enthält Tabellen, die nicht zu einem Rapport-Hub gehören ({tables}); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The hub holds schema {hub}, newer than this Rapport&apos;s {local}; update Rapport on this computer first.</source>
        <translation>Der Hub hat Schema {hub}, neuer als das dieses Rapport ({local}); aktualisieren Sie zuerst Rapport auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is not a Rapport hub; an administrator sets it up with `rapport hub init URL`.</source>
        <translation>Die Datenbank ist kein Rapport-Hub; ein Administrator richtet ihn mit `rapport hub init URL` ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub holds schema {hub} and this database {local}; update Rapport on every computer (and the hub with `rapport hub init`) to the same version first.</source>
        <translation>Der Hub hat Schema {hub} und diese Datenbank {local}; bringen Sie Rapport zuerst auf allen Computern (und den Hub mit `rapport hub init`) auf dieselbe Version.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{name}&apos; cannot be a hub user name: use lower-case letters, digits, _ . or -.</source>
        <translation>„{name}“ kann kein Hub-Benutzername sein: verwenden Sie Kleinbuchstaben, Ziffern, _ . oder -.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a hub administrator may add people or change their rights.</source>
        <translation>Nur ein Hub-Administrator darf Personen hinzufügen oder ihre Rechte ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot change your own login ({name}); ask another administrator.</source>
        <translation>Ihren eigenen Zugang ({name}) können Sie nicht ändern; bitten Sie einen anderen Administrator darum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub has no user called {name}.</source>
        <translation>Der Hub hat keinen Benutzer namens {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a login of the database server that is not one of Rapport&apos;s people; choose another name.</source>
        <translation>{name} ist ein Zugang des Datenbankservers, der nicht zu den Personen von Rapport gehört; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{role}&apos; is not a hub role: choose admin, member or viewer.</source>
        <translation>„{role}“ ist keine Hub-Rolle: Wählen Sie admin, member oder viewer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hub was set up by an older Rapport; run `rapport hub init URL` on it again first.</source>
        <translation>Der Hub wurde von einer älteren Rapport-Version eingerichtet; führen Sie dafür zuerst erneut `rapport hub init URL` aus.</translation>
    </message>
    <message>
        <location filename="../../app/services/automations.py" line="+213"/>
        <location line="+73"/>
        <source>The automation rule {uid} does not exist.</source>
        <translation>Die Automatisierungsregel {uid} existiert nicht.</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Automation run #{run_id} does not exist.</source>
        <translation>Der Automatisierungslauf #{run_id} existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This automation run was already undone.</source>
        <translation>Dieser Automatisierungslauf wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../app/services/team.py" line="-72"/>
        <source>Give the hub&apos;s address, such as postgresql://server/rapport.</source>
        <translation>Geben Sie die Adresse des Hubs an, etwa postgresql://server/rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give your user name on the hub.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Hub an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{address}&apos; is not a PostgreSQL address such as postgresql://server/rapport.</source>
        <translation>„{address}“ ist keine PostgreSQL-Adresse wie postgresql://server/rapport.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer has no safe keychain for the hub password; leave the password empty and put it in PostgreSQL&apos;s password file (.pgpass) instead.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund für das Hub-Passwort; lassen Sie das Passwort leer und tragen Sie es stattdessen in die Passwortdatei von PostgreSQL (.pgpass) ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/seat.py" line="+30"/>
        <source>Your role on the team hub is viewer: you can look, not change.</source>
        <translation>Ihre Rolle im Team-Hub ist „Leser“: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the team&apos;s administrators change these; ask one of them.</source>
        <translation>Nur die Administratoren des Teams ändern dies; fragen Sie einen von ihnen.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py" line="+32"/>
        <source>Give the new person an initial password.</source>
        <translation>Geben Sie der neuen Person ein Anfangspasswort.</translation>
    </message>
</context>
<context>
    <name>_FieldDelegate</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+73"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
</context>
</TS>
