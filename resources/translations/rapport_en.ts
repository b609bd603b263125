<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <location filename="../../app/ui/audit/view.py" line="+208"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/automations/pages.py" line="+202"/>
        <source>“%1” is on; it created %n task(s).</source>
        <translation>
            <numerusform>“%1” is on; it created %n task.</numerusform>
            <numerusform>“%1” is on; it created %n tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/bulk.py" line="+120"/>
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln contact deleted.</numerusform>
            <numerusform>%Ln contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln contact changed.</numerusform>
            <numerusform>%Ln contacts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Changing %Ln contact(s)…</source>
        <translation>
            <numerusform>Changing %Ln contact…</numerusform>
            <numerusform>Changing %Ln contacts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message numerus="yes">
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %Ln time(s)</source>
        <translation type="vanished">
            <numerusform>%1 · %2 priority · via %3 · opened %4 · reopened %Ln time</numerusform>
            <numerusform>%1 · %2 priority · via %3 · opened %4 · reopened %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/complaints/detail.py" line="+358"/>
        <source>reopened %Ln time(s)</source>
        <translation>
            <numerusform>reopened %Ln time</numerusform>
            <numerusform>reopened %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsPane</name>
    <message numerus="yes">
        <location filename="../../app/ui/complaints/view.py" line="+221"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactComplaintsWidget</name>
    <message numerus="yes">
        <location line="+126"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/table.py" line="+199"/>
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 contact</numerusform>
            <numerusform>%1 contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/automations/words.py" line="+98"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Birthday in %n day</numerusform>
            <numerusform>Birthday in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/duplicates_view.py" line="+115"/>
        <source>The %Ln most likely duplicate pairs.</source>
        <translation>
            <numerusform>The most likely duplicate pair.</numerusform>
            <numerusform>The %Ln most likely duplicate pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>%Ln likely duplicate pair.</numerusform>
            <numerusform>%Ln likely duplicate pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_export/export_dialog.py" line="+89"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>The %n selected contact</numerusform>
            <numerusform>The %n selected contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="+206"/>
        <source>Automations planned %n follow-up(s).</source>
        <translation>
            <numerusform>Automations planned %n follow-up.</numerusform>
            <numerusform>Automations planned %n follow-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/automations/editor.py" line="+451"/>
        <source>Event rules look back %n day(s); time rules act on what is due now.</source>
        <translation>
            <numerusform>Event rules look back %n day; time rules act on what is due now.</numerusform>
            <numerusform>Event rules look back %n days; time rules act on what is due now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Switching this rule on now creates %n task(s):</source>
        <translation>
            <numerusform>Switching this rule on now creates %n task:</numerusform>
            <numerusform>Switching this rule on now creates %n tasks:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Switching this rule on now acts on %n contact(s):</source>
        <translation>
            <numerusform>Switching this rule on now acts on %n contact:</numerusform>
            <numerusform>Switching this rule on now acts on %n contacts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%Ln of the first %1 rows have problems; they will be skipped and reported.</source>
        <translation type="vanished">
            <numerusform>%Ln of the first %1 rows has a problem; it will be skipped and reported.</numerusform>
            <numerusform>%Ln of the first %1 rows have problems; they will be skipped and reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_export/wizard.py" line="+488"/>
        <source>%Ln of the first %1 rows have nothing to identify a contact; they will be skipped and reported.</source>
        <translation>
            <numerusform>%Ln of the first %1 rows has nothing to identify a contact; it will be skipped and reported.</numerusform>
            <numerusform>%Ln of the first %1 rows have nothing to identify a contact; they will be skipped and reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln of the first %1 rows will be imported with a field left out or kept unverified; the report lists them.</source>
        <translation>
            <numerusform>%Ln of the first %1 rows will be imported with a field left out or kept unverified; the report lists it.</numerusform>
            <numerusform>%Ln of the first %1 rows will be imported with a field left out or kept unverified; the report lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location line="+113"/>
        <source>Importing… %Ln rows read</source>
        <translation>
            <numerusform>Importing… %Ln row read</numerusform>
            <numerusform>Importing… %Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n column(s) not imported: %1</source>
        <translation>
            <numerusform>%n column not imported: %1</numerusform>
            <numerusform>%n columns not imported: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The %Ln most likely duplicate pairs with imported contacts.</source>
        <translation>
            <numerusform>The most likely duplicate pair with imported contacts.</numerusform>
            <numerusform>The %Ln most likely duplicate pairs with imported contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln likely duplicate pair(s) with imported contacts.</source>
        <translation>
            <numerusform>%Ln likely duplicate pair with imported contacts.</numerusform>
            <numerusform>%Ln likely duplicate pairs with imported contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync/indicator.py" line="+50"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Synced %n h ago</numerusform>
            <numerusform>Synced %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Synced %n day ago</numerusform>
            <numerusform>Synced %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/view.py" line="+380"/>
        <source>%Ln task(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln task exported to %1.</numerusform>
            <numerusform>%Ln tasks exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/settings/team_page.py" line="+98"/>
        <source>This database syncs with the hub; %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>This database syncs with the hub; %n change is waiting to be sent.</numerusform>
            <numerusform>This database syncs with the hub; %n changes are waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="+284"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingFollowUps</name>
    <message numerus="yes">
        <location filename="../../app/ui/automations/upcoming.py" line="+32"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
