<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <location filename="../../app/ui/audit/view.py" line="+161"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message numerus="yes">
        <location filename="../../app/ui/complaints/detail.py" line="+304"/>
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 priority · via %3 · opened %4 · reopened %n time</numerusform>
            <numerusform>%1 · %2 priority · via %3 · opened %4 · reopened %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsPane</name>
    <message numerus="yes">
        <location filename="../../app/ui/complaints/view.py" line="+194"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactComplaintsWidget</name>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/view.py" line="+581"/>
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 contact</numerusform>
            <numerusform>%1 contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n contact(s) changed.</source>
        <translation>
            <numerusform>%n contact changed.</numerusform>
            <numerusform>%n contacts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Changing %n contact(s)…</source>
        <translation>
            <numerusform>Changing %n contact…</numerusform>
            <numerusform>Changing %n contacts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/duplicates_view.py" line="+80"/>
        <source>The %n most likely duplicate pairs.</source>
        <translation>
            <numerusform>The most likely duplicate pair.</numerusform>
            <numerusform>The %n most likely duplicate pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n likely duplicate pair(s).</source>
        <translation>
            <numerusform>%n likely duplicate pair.</numerusform>
            <numerusform>%n likely duplicate pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_export/wizard.py" line="+554"/>
        <source>Importing… %n rows read</source>
        <translation>
            <numerusform>Importing… %n row read</numerusform>
            <numerusform>Importing… %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>The %n most likely duplicate pairs with imported contacts.</source>
        <translation>
            <numerusform>The most likely duplicate pair with imported contacts.</numerusform>
            <numerusform>The %n most likely duplicate pairs with imported contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n likely duplicate pair(s) with imported contacts.</source>
        <translation>
            <numerusform>%n likely duplicate pair with imported contacts.</numerusform>
            <numerusform>%n likely duplicate pairs with imported contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/view.py" line="+277"/>
        <source>%n task(s) exported to %1.</source>
        <translation>
            <numerusform>%n task exported to %1.</numerusform>
            <numerusform>%n tasks exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="+286"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
