<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="+117"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;Complaint…</source>
        <translation>Nueva re&amp;clamación…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log Interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;Task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation type="vanished">Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo Last Import</source>
        <translation>&amp;Deshacer la última importación</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+554"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+206"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong. The details are in %1</source>
        <translation>Algo ha salido mal. Los detalles están en %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../app/ui/audit/view.py" line="+162"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location line="-67"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All entities</source>
        <translation>Todos los objetos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Objeto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-115"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup &amp;folder</source>
        <translation>&amp;Carpeta de copias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Daily while open, and on close</source>
        <translation>A diario mientras está abierta y al cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on close</source>
        <translation>Solo al cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (not recommended)</source>
        <translation>Desactivadas (no recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;daily backups</source>
        <translation>Conservar copias &amp;diarias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;weekly backups</source>
        <translation>Conservar copias &amp;semanales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location line="-363"/>
        <source>Business &amp;name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency (ISO code)</source>
        <translation>&amp;Moneda (código ISO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default phone &amp;region</source>
        <translation>&amp;Región telefónica predeterminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross &amp;margin</source>
        <translation>&amp;Margen bruto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hurn window</source>
        <translation>&amp;Ventana de abandono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location line="+187"/>
        <source>One entry a line. The complaint form offers these lists.</source>
        <translation>Una entrada por línea. El formulario de reclamaciones ofrece estas listas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root causes</source>
        <translation>Causas &amp;raíz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint lists</source>
        <translation>Listas de reclamaciones</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+123"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command, a pane or a contact&apos;s name…</source>
        <translation>Escriba un comando, un panel o el nombre de un contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="+125"/>
        <source>Complaint details</source>
        <translation>Detalles de la reclamación</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the category and root cause</source>
        <translation>Guardar la categoría y la causa raíz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause:</source>
        <translation>Causa raíz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes and Replies</source>
        <translation>Notas y respuestas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note or reply</source>
        <translation>Nota o respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note for the team or a reply…</source>
        <translation>Escriba una nota para el equipo o una respuesta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Reply</source>
        <translation>Enviar &amp;respuesta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remedy</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given:</source>
        <translation>Concedida:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remedy:</source>
        <translation>Compensación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why refund more than was paid</source>
        <translation>Por qué se reembolsa más de lo pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override reason:</source>
        <translation>Motivo de la excepción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Remedy</source>
        <translation>Registrar compensación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remedies</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger:</source>
        <translation>Movimientos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No survey answer</source>
        <translation>Sin respuesta a la encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS (0-10)</source>
        <translation>NPS (0-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1-5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction:</source>
        <translation>Satisfacción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Recovery</source>
        <translation>Registrar recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before vs after:</source>
        <translation>Antes / después:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked Orders</source>
        <translation>Pedidos vinculados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked orders</source>
        <translation>Pedidos vinculados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link Order</source>
        <translation>Vincular pedido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No complaint selected</source>
        <translation>Ninguna reclamación seleccionada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %5 time(s)</source>
        <translation>%1 · prioridad %2 · vía %3 · abierta %4 · reabierta %5 vez/veces</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>first response %1 (answered %2) · resolution %3</source>
        <translation>primera respuesta %1 (respondida %2) · resolución %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet</source>
        <translation>Todavía ninguna</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location line="-316"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Confirmar recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate</source>
        <translation>Investigar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait on Customer</source>
        <translation>Esperar al cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="+28"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="+123"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="+12"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/complaints/model.py" line="-18"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order linked</source>
        <translation>Pedido vinculado</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="+42"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Not asked yet</source>
        <translation>Aún no preguntado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/model.py" line="-116"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by %1</source>
        <translation>Vencida hace %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left (under 25 %)</source>
        <translation>quedan %1 (menos del 25 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused (waiting)</source>
        <translation>En pausa (esperando)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA (business hours)</source>
        <translation>SLA (horario laboral)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view.py" line="+53"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due Today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on Customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved This Week</source>
        <translation>Resueltas esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>ComplaintsPane</name>
    <message>
        <location line="+37"/>
        <source>New Complaint…</source>
        <translation>Nueva reclamación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Mayús+N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No complaints here</source>
        <translation>No hay reclamaciones aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in this queue right now. New complaints: Ctrl+Shift+N.</source>
        <translation>Esta cola está vacía por ahora. Nueva reclamación: Ctrl+Mayús+N.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <location filename="../../app/ui/contacts/model.py" line="+60"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime value</source>
        <translation>Valor del cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open complaints</source>
        <translation>Reclamaciones abiertas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
</context>
<context>
    <name>ContactComplaintsWidget</name>
    <message>
        <location filename="../../app/ui/complaints/view.py" line="+106"/>
        <source>New Complaint…</source>
        <translation>Nueva reclamación…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reclamación</numerusform>
            <numerusform>%n reclamaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="+59"/>
        <source>Edit Contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More e-mails, phones, addresses</source>
        <translation>Más correos, teléfonos y direcciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>separadas por comas, p. ej. mayorista, vip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../app/ui/quick_log/picker.py" line="+18"/>
        <source>Type a name, e-mail, phone or company</source>
        <translation>Escriba un nombre, correo, teléfono o empresa</translation>
    </message>
</context>
<context>
    <name>ContactProfile</name>
    <message>
        <location filename="../../app/ui/contacts/profile.py" line="+61"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Orders, payments, refunds and credits from the ledger will appear here.</source>
        <translation type="vanished">Aquí aparecerán los pedidos, pagos, reembolsos y abonos del libro de movimientos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES answers from this customer will appear here.</source>
        <translation type="vanished">Aquí aparecerán las respuestas NPS, CSAT y CES de este cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Follow-ups planned for this customer will appear here.</source>
        <translation type="vanished">Aquí aparecerán los seguimientos previstos para este cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy &amp;&amp; consent</source>
        <translation>Privacidad &amp;&amp; consentimiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promoter (%1)</source>
        <translation>promotor (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passive (%1)</source>
        <translation>pasivo (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detractor (%1)</source>
        <translation>detractor (%1)</translation>
    </message>
</context>
<context>
    <name>ContactProfileView</name>
    <message>
        <location line="+32"/>
        <source>Lifetime value</source>
        <translation>Valor del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last NPS</source>
        <translation>Último NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>Reclamaciones abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a contact in the list to see their figures, history and complaints.</source>
        <translation>Elija un contacto de la lista para ver sus cifras, su historial y sus reclamaciones.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed yet</source>
        <translation>aún sin calcular</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ContactRelated</name>
    <message>
        <location filename="../../app/ui/contacts/related.py" line="+108"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No orders</source>
        <translation>Sin pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no orders, payments, refunds or credits.</source>
        <translation>Este cliente no tiene pedidos, pagos, reembolsos ni abonos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No survey answers</source>
        <translation>Sin respuestas a encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has not answered a survey yet.</source>
        <translation>Este cliente aún no ha respondido ninguna encuesta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New Task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tasks</source>
        <translation>Sin tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups for this customer. New Task… plans one.</source>
        <translation>No hay seguimientos para este cliente. Con «Nueva tarea…» puede planificar uno.</translation>
    </message>
</context>
<context>
    <name>ContactTimelineWidget</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="+444"/>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="+82"/>
        <source>Search names, e-mails, phones, companies, tags</source>
        <translation>Buscar nombres, correos, teléfonos, empresas, etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your first customer with New Contact (Ctrl+N), or import a file.</source>
        <translation>Añada su primer cliente con Nuevo contacto (Ctrl+N) o importe un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts match</source>
        <translation>Ningún contacto coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches this search and these filters. Clear them to see everyone.</source>
        <translation>Nada coincide con esta búsqueda y estos filtros. Bórrelos para ver a todos.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+63"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+22"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>e.g. 100</source>
        <translation>p. ej. 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has an open complaint</source>
        <translation>Con una reclamación abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open complaint</source>
        <translation>Sin reclamaciones abiertas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted after</source>
        <translation>Contactado después del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted before</source>
        <translation>Contactado antes del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at least</source>
        <translation>Valor mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Segment…</source>
        <translation>Guardar como segmento…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Duplicates…</source>
        <translation>Duplicados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation>Importar contactos desde un archivo CSV, Excel o vCard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add Tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Stage</source>
        <translation>Cambiar etapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+148"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not an amount; the value filter is ignored.</source>
        <translation>«%1» no es un importe; se ignora el filtro de valor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting contacts…</source>
        <translation>Contando contactos…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The contact list could not be read; see the log.</source>
        <translation>No se pudo leer la lista de contactos; consulte el registro.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This segment no longer exists.</source>
        <translation>Este segmento ya no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename Segment</source>
        <translation>Cambiar nombre del segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save Segment</source>
        <translation>Guardar segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment name:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 contacto</numerusform>
            <numerusform>%1 contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This contact may be a duplicate (%1). Use Find Duplicates to merge.</source>
        <translation>Este contacto puede estar duplicado (%1). Use Buscar duplicados para fusionarlos.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contacto eliminado.</numerusform>
            <numerusform>%n contactos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select contacts first (Ctrl+A selects all).</source>
        <translation>Seleccione primero los contactos (Ctrl+A selecciona todos).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n contact(s) changed.</source>
        <translation>
            <numerusform>%n contacto modificado.</numerusform>
            <numerusform>%n contactos modificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Changing %n contact(s)…</source>
        <translation>
            <numerusform>Cambiando %n contacto…</numerusform>
            <numerusform>Cambiando %n contactos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The change failed; see the log.</source>
        <translation>El cambio ha fallado; consulte el registro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location line="-486"/>
        <location line="+505"/>
        <source>Contacts merged.</source>
        <translation>Contactos fusionados.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import is available from the main window&apos;s File menu.</source>
        <translation>La importación está en el menú Archivo de la ventana principal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Pulse Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../app/ui/application.py" line="-73"/>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating sample data…</source>
        <translation>Creando datos de ejemplo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="+67"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this chart&apos;s figures as a CSV file</source>
        <translation>Guardar las cifras de este gráfico como archivo CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No data in this period.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The image could not be written to {0}.</source>
        <translation>No se pudo escribir la imagen en {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>promoters %</source>
        <translation>promotores %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passives %</source>
        <translation>pasivos %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detractors %</source>
        <translation>detractores %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>churn %</source>
        <translation>abandono %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>active customers</source>
        <translation>clientes activos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
net revenue: %2
ledger rows: %3</source>
        <translation>%1
ingresos netos: %2
movimientos: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>% retained</source>
        <translation>% retenidos</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+37"/>
        <source>months since first order</source>
        <translation>meses desde el primer pedido</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 +%2: %3 of %4</source>
        <translation>%1 +%2: %3 de %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>month %1: %2
n = %3</source>
        <translation>mes %1: %2
n = %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>retention %</source>
        <translation>retención %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (median %2)</source>
        <translation>%1 (mediana %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>historical CLV</source>
        <translation>CLV histórico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicted CLV</source>
        <translation>CLV previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer lifetime value (last bin: 95th percentile and above)</source>
        <translation>valor del cliente (último tramo: percentil 95+)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>median resolution (h)</source>
        <translation>mediana de resolución (h)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLA met %</source>
        <translation>SLA cumplido %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recovery satisfaction (1-5)</source>
        <translation>satisfacción tras la resolución (1-5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>before the complaint</source>
        <translation>antes de la reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after resolution</source>
        <translation>después de la resolución</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../app/ui/dashboard/view.py" line="+210"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 years</source>
        <translation>Últimos 3 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the figures again (F5)</source>
        <translation>Volver a calcular las cifras (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
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
        <translation>Abandono en el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>Reclamaciones abiertas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts of NPS, CSAT, churn, retention cohorts, customer lifetime value and complaint recovery appear here once customers have orders, survey answers or complaints in the chosen period.</source>
        <translation>Aquí aparecerán gráficos de NPS, CSAT, abandono, retención por cohortes, valor del cliente y recuperación tras reclamaciones en cuanto haya clientes con pedidos, respuestas a encuestas o reclamaciones en el periodo elegido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NPS with promoter / passive / detractor shares</source>
        <translation>NPS: promotores / pasivos / detractores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT (% answering 4 or 5)</source>
        <translation>CSAT (% con 4 o 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers (at period end)</source>
        <translation>Clientes activos (fin del periodo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention by cohort (% ordering again)</source>
        <translation>Retención por cohorte (% que repite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average retention curve</source>
        <translation>Curva de retención media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net revenue (orders - refunds - credits)</source>
        <translation>Ingresos netos (sin reembolsos ni abonos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer lifetime value</source>
        <translation>Valor del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segments (customers)</source>
        <translation>Segmentos RFM (clientes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by category</source>
        <translation>Reclamaciones por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median resolution time (hours)</source>
        <translation>Mediana del tiempo de resolución (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution SLA met</source>
        <translation>SLA de resolución cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery satisfaction</source>
        <translation>Satisfacción tras la resolución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complainants&apos; NPS before vs after</source>
        <translation>NPS de quienes reclamaron, antes / después</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Calculating… %1</source>
        <translation>Calculando… %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo ha salido mal; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/contacts/duplicates_view.py" line="+37"/>
        <source>Find Duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing contacts…</source>
        <translation>Comparando contactos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n likely duplicate pair(s).</source>
        <translation>
            <numerusform>%n posible pareja de duplicados.</numerusform>
            <numerusform>%n posibles parejas de duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong; see the log.</source>
        <translation>Algo ha salido mal; consulte el registro.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+217"/>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Fiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Walk-in</source>
        <translation>Visita espontánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Videollamada</translation>
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
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/import_export/export_dialog.py" line="+33"/>
        <source>Contacts as CSV (Google Contacts columns)</source>
        <translation>Contactos en CSV (columnas de Google Contacts)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts as vCard 3.0 (Apple, Google, Outlook)</source>
        <translation>Contactos en vCard 3.0 (Apple, Google, Outlook)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts as vCard 4.0</source>
        <translation>Contactos en vCard 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as Excel workbook</source>
        <translation>Contactos en libro de Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders, payments, refunds and credits as CSV</source>
        <translation>Pedidos, pagos, reembolsos y abonos en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answers as CSV</source>
        <translation>Respuestas de encuestas en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything as JSON (loads into an empty database)</source>
        <translation>Todo en JSON (se carga en una base de datos vacía)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 selected contacts</source>
        <translation>Los %1 contactos seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactos:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+137"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or TSV (Google, Outlook, Shopify, WooCommerce, any spreadsheet export), vCard (Apple, Android, Outlook) or Excel .xlsx.</source>
        <translation>CSV o TSV (Google, Outlook, Shopify, WooCommerce, cualquier exportación de hoja de cálculo), vCard (Apple, Android, Outlook) o Excel .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions (calls, meetings, notes)</source>
        <translation>Interacciones (llamadas, reuniones, notas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and payments</source>
        <translation>Pedidos y pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers (NPS, CSAT, CES)</source>
        <translation>Respuestas de encuestas (NPS, CSAT, CES)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What it holds:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="+48"/>
        <location line="+2"/>
        <source>Welcome to Rapport</source>
        <translation>Bienvenido a Rapport</translation>
    </message>
    <message>
        <source>Your customer data will live in this file, on this computer only:</source>
        <translation type="vanished">Los datos de sus clientes estarán en este archivo, solo en este ordenador:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your customer data lives in this file, on this computer only:</source>
        <translation>Los datos de sus clientes están en este archivo, solo en este ordenador:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore sample data (500 contacts)</source>
        <translation>Explorar datos de ejemplo (500 contactos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. Müller Bakery</source>
        <translation>p. ej. Panadería Müller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Business &amp;name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (for phone numbers)</source>
        <translation>&amp;País (para los números de teléfono)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is encrypted: without its passphrase or recovery key nobody can read it.</source>
        <translation>El archivo está cifrado: sin su frase de contraseña o su clave de recuperación nadie puede leerlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not encrypted: anyone who can copy it can read it.</source>
        <translation>El archivo no está cifrado: cualquiera que pueda copiarlo puede leerlo.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="+37"/>
        <location line="+10"/>
        <source>User Guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The user guide is missing: it should be at %1. Reinstalling Rapport puts it back.</source>
        <translation>Falta la guía de usuario: debería estar en %1. Reinstalar Rapport la restaura.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program on this computer opens %1. Open it with any text editor.</source>
        <translation>Ningún programa de este ordenador abre %1. Ábralo con cualquier editor de texto.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-139"/>
        <source>Complaint SLA clocks count only these hours. Write periods like 09:00-12:30, 13:30-17:00; leave a day empty when you are closed.</source>
        <translation>Los relojes SLA de las reclamaciones solo cuentan estas horas. Escriba periodos como 09:00-12:30, 13:30-17:00; deje vacío un día en que esté cerrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One date a line, e.g. 2026-12-25</source>
        <translation>Una fecha por línea, p. ej. 2026-12-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Holidays</source>
        <translation>&amp;Festivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../app/ui/import_export/launch.py" line="+39"/>
        <source>Undo Last Import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo the import of %1 (%2 contacts or rows created or updated)?</source>
        <translation>¿Deshacer la importación de %1 (%2 contactos o filas creados o actualizados)?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_export/models.py" line="+28"/>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip</source>
        <translation>omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport field</source>
        <translation>Campo de Rapport</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="-79"/>
        <location line="+31"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../app/ui/dashboard/view.py" line="-237"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no previous figure (n = %1)</source>
        <translation>sin cifra anterior (n = %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 vs previous (n = %3)</source>
        <translation>%1 %2 respecto al anterior (n = %3)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/settings/language_page.py" line="+47"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>How dates and amounts will look</source>
        <translation type="vanished">Así se verán las fechas y los importes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The window is rebuilt in the new language when you apply; your open pane and layout stay as they are.</source>
        <translation>Al aplicar, la ventana se vuelve a crear en el nuevo idioma; la sección abierta y la disposición se mantienen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">&amp;Idioma:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="vanished">Ejemplo:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+60"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Rapport</source>
        <translation>&amp;Acerca de Rapport</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Schema %1</source>
        <translation>Esquema %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Rapport</source>
        <translation>Acerca de Rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport %1
An offline-first CRM: your customers&apos; data stays on this computer.</source>
        <translation>Rapport %1
Un CRM que funciona sin conexión: los datos de sus clientes se quedan en este ordenador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+189"/>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Rapport field each column fills; unmatched columns are ignored.</source>
        <translation>Elija el campo de Rapport que rellena cada columna; las columnas sin asignar se ignoran.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="+115"/>
        <source>Merge Contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep (survivor)</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into it</source>
        <translation>Fusionar en él</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interactions, complaints, orders, survey answers, tasks, consent and tags of the second contact move to the first; the second is kept as a deleted record. You can undo the merge.</source>
        <translation>Las interacciones, reclamaciones, pedidos, respuestas a encuestas, tareas, consentimientos y etiquetas del segundo contacto pasan al primero; el segundo se conserva como registro eliminado. Puede deshacer la fusión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/panes.py" line="+57"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="-129"/>
        <source>New Complaint</source>
        <translation>Nueva reclamación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a customer&apos;s name…</source>
        <translation>Escriba el nombre de un cliente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the complaint was received; the clock starts here.</source>
        <translation>Cuándo se recibió la reclamación; el plazo empieza a contar aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received:</source>
        <translation>&amp;Recibida:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Complaint</source>
        <translation>Abrir reclamación</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../app/ui/tasks/dialogs.py" line="+31"/>
        <source>New Task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Send the quote</source>
        <translation>p. ej. Enviar el presupuesto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. tomorrow, friday 10:00, in 3 days</source>
        <translation>p. ej. tomorrow, friday 10:00, in 3 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me when it is due</source>
        <translation>Recordármelo cuando venza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not repeat</source>
        <translation>no se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat (stay in touch)</source>
        <translation>&amp;Repetir (mantener el contacto)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="+76"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No safe system keychain is available, so %1 will be protected by a passphrase. Choose one of at least %2 characters.</source>
        <translation>No hay un llavero del sistema seguro, así que %1 se protegerá con una frase de contraseña. Elija una de al menos %2 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is encrypted. Enter its passphrase or its recovery key.</source>
        <translation>%1 está cifrada. Introduzca su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>Introduzca la frase de contraseña o la clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>PlainFallbackDialog</name>
    <message>
        <location line="+21"/>
        <source>No passphrase</source>
        <translation>Sin frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an unencrypted database instead?</source>
        <translation>¿Crear en su lugar una base de datos sin cifrar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a passphrase, %1 is stored unencrypted: anyone who gets this computer, its disk or a copy of the file (a lost laptop, a backup) can read every contact in it. You can encrypt it later from File &gt; Encryption.</source>
        <translation>Sin frase de contraseña, %1 se guarda sin cifrar: cualquiera que obtenga este ordenador, su disco o una copia del archivo (un portátil perdido, una copia de seguridad) puede leer todos sus contactos. Puede cifrarla más tarde en Archivo &gt; Cifrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create &amp;unencrypted</source>
        <translation>Crear &amp;sin cifrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a passphrase</source>
        <translation>&amp;Elegir una frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+57"/>
        <source>Skip contacts that already exist</source>
        <translation>Omitir los contactos que ya existen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update them: fill empty fields only</source>
        <translation>Actualizarlos: rellenar solo los campos vacíos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update them: overwrite with the file&apos;s values</source>
        <translation>Actualizarlos: sobrescribir con los valores del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create them again as new contacts</source>
        <translation>Crearlos de nuevo como contactos nuevos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first rows as they will be stored, with any problems.</source>
        <translation>Las primeras filas tal como se guardarán, con sus problemas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Existing contacts:</source>
        <translation>Contactos &amp;existentes:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 of the first %2 rows have problems; they will be skipped and reported.</source>
        <translation>%1 de las primeras %2 filas tienen problemas; se omitirán y se informará de ellas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first %1 rows look fine.</source>
        <translation>Las primeras %1 filas parecen correctas.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+307"/>
        <source>Contacts with no activity for this long are listed for review (keep, anonymise or erase). Nothing is deleted without you.</source>
        <translation>Los contactos sin actividad durante este tiempo se listan para revisión (conservar, anonimizar o borrar). No se borra nada sin usted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention review after</source>
        <translation>&amp;Revisión de conservación tras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../app/ui/privacy/tab.py" line="+30"/>
        <source>E-mail marketing</source>
        <translation>Marketing por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Tratamiento de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grant…</source>
        <translation>&amp;Conceder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport All Data…</source>
        <translation>E&amp;xportar todos los datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase Person…</source>
        <translation>&amp;Borrar persona…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consent (the latest answer per purpose counts)</source>
        <translation>Consentimiento (cuenta la última respuesta por finalidad)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How was this given or withdrawn (e.g. &apos;signed form, 2 March&apos;)?</source>
        <translation>¿Cómo se concedió o retiró (p. ej. «formulario firmado, 2 de marzo»)?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export All Data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase person</source>
        <translation>Borrar persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything personal held on this contact? Orders, scores and dates are kept without the person&apos;s name; this cannot be undone.</source>
        <translation>¿Borrar todos los datos personales de este contacto? Los pedidos, puntuaciones y fechas se conservan sin el nombre de la persona; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This contact has been erased.</source>
        <translation>Este contacto se ha borrado.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../app/ui/quick_log/dialog.py" line="+53"/>
        <source>Edit Interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>now — or &apos;yesterday 15:00&apos;, &apos;2026-03-05 09:30&apos;</source>
        <translation>ahora, o «yesterday 15:00», «2026-03-05 09:30»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. left voicemail</source>
        <translation>p. ej. dejé un mensaje en el buzón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line for the timeline (optional)</source>
        <translation>Una línea para el historial (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up task (optional), e.g. call back</source>
        <translation>Tarea de seguimiento (opcional), p. ej. devolver la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When, e.g. friday, in 2 days</source>
        <translation>Cuándo, p. ej. friday, in 2 days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up d&amp;ue</source>
        <translation>Seguimiento &amp;vence</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="-124"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is encrypted. If this computer&apos;s keychain is ever lost, this recovery key alone opens it again. Print it or write it down and keep it somewhere safe: it is shown only now.</source>
        <translation>%1 está cifrada. Si alguna vez se pierde el llavero de este ordenador, solo esta clave de recuperación podrá abrirla de nuevo. Imprímala o anótela y guárdela en un lugar seguro: solo se muestra ahora.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have saved it</source>
        <translation>Ya la he guardado</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="+57"/>
        <source>Resolve Complaint</source>
        <translation>Resolver reclamación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer &amp;satisfaction:</source>
        <translation>&amp;Satisfacción del cliente:</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+15"/>
        <location line="+31"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rows failed.</source>
        <translation>No ha fallado ninguna fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save failures as CSV…</source>
        <translation>&amp;Guardar los errores como CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y comprobando %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 merged, %5 failed.</source>
        <translation>Hecho: %1 creados, %2 actualizados, %3 omitidos, %4 fusionados, %5 con error.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save failures</source>
        <translation>Guardar errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undone: %1 rows removed, %2 contacts restored.</source>
        <translation>Deshecho: %1 filas eliminadas, %2 contactos restaurados.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <location filename="../../app/ui/security/actions.py" line="+39"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Cifrado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit Log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back Up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Replace the open database with %1? The backup is checked first, and the current database is kept in the backup folder.</source>
        <translation>¿Sustituir la base de datos abierta por %1? Primero se comprueba la copia y la base de datos actual se conserva en la carpeta de copias.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup was restored; the previous database was kept as %1.</source>
        <translation>Se ha restaurado la copia; la base de datos anterior se conserva como %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not encrypted.</source>
        <translation>%1 no está cifrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is encrypted.</source>
        <translation>%1 está cifrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Recovery Key</source>
        <translation>&amp;Nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Descifrar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decrypt database</source>
        <translation>Descifrar la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store this database unencrypted? Anyone who gets the file can then read it.</source>
        <translation>¿Guardar esta base de datos sin cifrar? Cualquiera que obtenga el archivo podrá leerla.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something went wrong.</source>
        <translation>Algo ha salido mal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risky location</source>
        <translation>Ubicación arriesgada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database failed its check and no sound backup was found; the file was left as it is.</source>
        <translation>La base de datos no ha superado la comprobación y no se ha encontrado ninguna copia en buen estado; el archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/dialog.py" line="+37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="+13"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-283"/>
        <source>Targets in working hours for the first response and for resolving a complaint, by priority. The first response must come no later than the resolution.</source>
        <translation>Objetivos en horas laborables para la primera respuesta y la resolución de una reclamación, por prioridad. La primera respuesta no puede llegar después de la resolución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: first response</source>
        <translation>%1: primera respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: resolution</source>
        <translation>%1: resolución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLA targets</source>
        <translation>Objetivos SLA</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="-519"/>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>How the file is read</source>
        <translation>Cómo se lee el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport detected these; change any that look wrong.</source>
        <translation>Rapport ha detectado esto; cambie lo que parezca incorrecto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+85"/>
        <source>The people who own contacts and complaints. Untick Active for someone who left: their history stays.</source>
        <translation>Las personas responsables de contactos y reclamaciones. Desmarque Activo para quien se haya ido: su historial se conserva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>TaskReminders</name>
    <message>
        <location filename="../../app/ui/tasks/reminders.py" line="+60"/>
        <source>Task due</source>
        <translation>Tarea pendiente</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../../app/ui/tasks/view.py" line="+50"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>La semana que viene</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+62"/>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+13"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in this list. New Task… adds a follow-up; the quick log (Ctrl+L) can add one while you log a call.</source>
        <translation>Esta lista está vacía. Nueva tarea… añade un seguimiento; el registro rápido (Ctrl+L) puede añadir uno mientras registra una llamada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New Task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete &amp;&amp; &amp;Log…</source>
        <translation>Completar &amp;&amp; &amp;registrar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a time…</source>
        <translation>Elegir una hora…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Exportar al calendario…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Done: %1</source>
        <translation>Hecha: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until (e.g. friday 10:00, in 3 days):</source>
        <translation>Hasta (p. ej. friday 10:00, in 3 days):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Tasks</source>
        <translation>Exportar tareas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n task(s) exported to %1.</source>
        <translation>
            <numerusform>%n tarea exportada a %1.</numerusform>
            <numerusform>%n tareas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tasks exported to %2.</source>
        <translation type="vanished">%1 tareas exportadas a %2.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="-391"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Abonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks done</source>
        <translation>Tareas hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search notes and summaries…</source>
        <translation>Buscar en notas y resúmenes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any staff</source>
        <translation>Todo el personal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>From a date or time, e.g. 2026-01-01 or &apos;in 2 days&apos;</source>
        <translation>Desde una fecha u hora, p. ej. 2026-01-01 o «in 2 days»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Until a date or time (not included), e.g. yesterday</source>
        <translation>Hasta una fecha u hora (sin incluir), p. ej. yesterday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interaction deleted.</source>
        <translation>Interacción eliminada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The search failed; see the log for details.</source>
        <translation>La búsqueda ha fallado; consulte el registro para más detalles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing matches these filters; clear a filter to see more of the history.</source>
        <translation>Nada coincide con estos filtros; quite alguno para ver más del historial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No history yet. Log a call, e-mail or meeting with Ctrl+L and it appears here, newest first, grouped by day.</source>
        <translation>Aún no hay historial. Registre una llamada, un correo o una reunión con Ctrl+L y aparecerá aquí, lo más reciente primero, agrupado por días.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Attach File</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit…	F2</source>
        <translation>Editar…	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach File…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Attachments (%1)</source>
        <translation>Abrir adjuntos (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete	Del</source>
        <translation>Eliminar	Supr</translation>
    </message>
</context>
<context>
    <name>_FieldDelegate</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+71"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
</context>
</TS>
