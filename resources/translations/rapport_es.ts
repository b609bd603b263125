<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="+151"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;Complaint…</source>
        <translation>Nueva re&amp;clamación…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log Interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;Task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="-34"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../app/ui/settings/pages.py" line="+711"/>
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
        <location filename="../../app/ui/controller.py" line="+229"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="+94"/>
        <source>Something went wrong. The details are in %1</source>
        <translation>Algo ha salido mal. Los detalles están en %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../app/ui/audit/view.py" line="+219"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location line="-182"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer figures</source>
        <translation>Cifras de clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard figures</source>
        <translation>Cifras del panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(gone) %1</source>
        <translation>(ya no existe) %1</translation>
    </message>
    <message>
        <source>Entity uid</source>
        <translation type="vanished">ID de entidad</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location line="+101"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All entities</source>
        <translation>Todos los objetos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show &amp;housekeeping</source>
        <translation>Mostrar &amp;mantenimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list what the app does by itself: refreshed figures, SLA clocks</source>
        <translation>Mostrar también lo que la aplicación hace por sí sola: cifras actualizadas, relojes de SLA</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+32"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomationActivityPage</name>
    <message>
        <location filename="../../app/ui/automations/pages.py" line="+259"/>
        <source>What the rules did, newest first. Undo takes back what one run created or changed; the rule does not repeat it.</source>
        <translation>Lo que hicieron las reglas, lo más reciente primero. Deshacer retira lo que una ejecución creó o cambió; la regla no lo repite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Automation activity</source>
        <translation>Actividad de automatización</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No rule has run yet.</source>
        <translation>Todavía no se ha ejecutado ninguna regla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo run</source>
        <translation>&amp;Deshacer ejecución</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <location filename="../../app/ui/automations/models.py" line="+73"/>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone %1</source>
        <translation>Deshecha %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ran</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it did</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/automations/words.py" line="+19"/>
        <source>An order is recorded</source>
        <translation>Se registra un pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first order is recorded</source>
        <translation>Se registra un primer pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint is opened</source>
        <translation>Se abre una reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint is resolved</source>
        <translation>Se resuelve una reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interaction is logged</source>
        <translation>Se registra una interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A survey is answered</source>
        <translation>Se responde una encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage changes</source>
        <translation>Cambia la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk reaches a threshold</source>
        <translation>El riesgo de abandono alcanza un umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for some days</source>
        <translation>Varios días sin contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A birthday is coming</source>
        <translation>Se acerca un cumpleaños</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a task for the owner</source>
        <translation>Crear una tarea para el responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the stage</source>
        <translation>Cambiar la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a survey request</source>
        <translation>Planificar una solicitud de encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a complaint</source>
        <translation>Abrir una reclamación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled check</source>
        <translation>Revisión programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched on</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Churn risk at or above %1</source>
        <translation>Riesgo de abandono de %1 o más</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>score %1 to %2</source>
        <translation>puntuación de %1 a %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey request</source>
        <translation>Solicitud de encuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag added: %1</source>
        <translation>Etiqueta añadida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag removed: %1</source>
        <translation>Etiqueta quitada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint opened: %1</source>
        <translation>Reclamación abierta: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message>
        <location filename="../../app/ui/automations/pages.py" line="-192"/>
        <source>Rules turn what happened into the next step: when something happens, if the contact fits, then a task, a tag, a stage or a survey request follows. Playbooks are ready to switch on; changes here take effect at once.</source>
        <translation>Las reglas convierten lo ocurrido en el siguiente paso: cuando algo sucede, si el contacto encaja, sigue una tarea, una etiqueta, una etapa o una solicitud de encuesta. Las plantillas están listas para activarse; los cambios aquí se aplican al momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automation rules</source>
        <translation>Reglas de automatización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Nueva regla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Switch &amp;on…</source>
        <translation>&amp;Activar…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking at what this rule would create…</source>
        <translation>Calculando lo que crearía esta regla…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” is on; it created %n task(s).</source>
        <translation>
            <numerusform>«%1» está activada; creó %n tarea.</numerusform>
            <numerusform>«%1» está activada; creó %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is off.</source>
        <translation>«%1» está desactivada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo salió mal; el registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../app/ui/security/background.py" line="+93"/>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this backup; the last good one is kept</source>
        <translation>Detener esta copia; se conserva la última copia buena</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up… %1%</source>
        <translation>Haciendo copia de seguridad… %1 %</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-133"/>
        <source>These settings belong to this computer: on a team, every laptop keeps its own and they are not sent to the hub.</source>
        <translation>Estos ajustes pertenecen a este ordenador: en un equipo, cada portátil conserva los suyos y no se envían al hub.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+19"/>
        <location line="+43"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <location line="+4"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../app/ui/contacts/bulk.py" line="+62"/>
        <source>Add Tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Set Stage</source>
        <translation>Cambiar etapa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+85"/>
        <source>Contacts merged.</source>
        <translation>Contactos fusionados.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln contacto eliminado.</numerusform>
            <numerusform>%Ln contactos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select contacts first (Ctrl+A selects all).</source>
        <translation>Seleccione primero los contactos (Ctrl+A selecciona todos).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln contacto modificado.</numerusform>
            <numerusform>%Ln contactos modificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Changing %Ln contact(s)…</source>
        <translation>
            <numerusform>Cambiando %Ln contacto…</numerusform>
            <numerusform>Cambiando %Ln contactos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Pulse Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>BusinessPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-491"/>
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
        <location line="+200"/>
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
    <name>ChurnReason</name>
    <message>
        <location filename="../../app/ui/dashboard/reasons.py" line="+20"/>
        <source>no order for {value}× their usual interval</source>
        <translation>sin pedidos durante {value} veces su intervalo habitual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one order only, {value} days ago</source>
        <translation>un solo pedido, hace {value} días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order within the {value}-day window</source>
        <translation>ningún pedido en la ventana de {value} días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open urgent complaint</source>
        <translation>reclamación urgente abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open complaints: {value}</source>
        <translation>reclamaciones abiertas: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last NPS {value} (detractor)</source>
        <translation>último NPS {value} (detractor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last NPS {value} (passive)</source>
        <translation>último NPS {value} (pasivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact for {value} days</source>
        <translation>sin contacto desde hace {value} días</translation>
    </message>
</context>
<context>
    <name>ClosingDays</name>
    <message>
        <location filename="../../app/ui/settings/holidays.py" line="+106"/>
        <source>Closing days</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing day</source>
        <translation>Día de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the closing day</source>
        <translation>Nombre del día de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e.g. Stocktaking</source>
        <translation>Nombre, p. ej. Inventario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd Day</source>
        <translation>&amp;Añadir día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+152"/>
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
    <message>
        <location line="+62"/>
        <source>No command, pane or contact matches “%1”.</source>
        <translation>Ningún comando, panel o contacto coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="+149"/>
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
        <location line="+27"/>
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
        <source>Remedies given</source>
        <translation>Compensaciones dadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse Remedy…</source>
        <translation>Anular &amp;compensación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the chosen remedy, recorded by mistake</source>
        <translation>Anular la compensación elegida, registrada por error</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>%1 · %2 priority · via %3 · opened %4</source>
        <translation>%1 · prioridad %2 · vía %3 · abierta %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>reopened %Ln time(s)</source>
        <translation>
            <numerusform>reabierta %Ln vez</numerusform>
            <numerusform>reabierta %Ln veces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Reverse Remedy</source>
        <translation>Anular compensación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse %1? A reversing entry is written to the customer&apos;s ledger.</source>
        <translation>¿Anular %1? Se registra un asiento de anulación en la cuenta del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse %1?</source>
        <translation>¿Anular %1?</translation>
    </message>
    <message>
        <source>Reverse %1? A refund or credit gets a reversing ledger entry.</source>
        <translation type="vanished">¿Anular %1? Un reembolso o un abono recibe un asiento de anulación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %Ln time(s)</source>
        <translation type="vanished">
            <numerusform>%1 · prioridad %2 · vía %3 · abierta %4 · reabierta %Ln vez</numerusform>
            <numerusform>%1 · prioridad %2 · vía %3 · abierta %4 · reabierta %Ln veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 priority · via %3 · opened %4 · reopened %5 time(s)</source>
        <translation type="vanished">%1 · prioridad %2 · vía %3 · abierta %4 · reabierta %5 vez/veces</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>first response %1 (answered %2) · resolution %3</source>
        <translation>primera respuesta %1 (respondida %2) · resolución %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="vanished">Sin asignar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>None yet</source>
        <translation>Todavía ninguna</translation>
    </message>
</context>
<context>
    <name>ComplaintLists</name>
    <message>
        <location filename="../../app/ui/complaints/pick_lists.py" line="+21"/>
        <source>Product defect</source>
        <translation>Producto defectuoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>Entrega tardía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing error</source>
        <translation>Error de facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff behaviour</source>
        <translation>Trato del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website problem</source>
        <translation>Problema con la web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="-377"/>
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
        <location filename="../../app/ui/complaints/model.py" line="+29"/>
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
        <source>Remedy reversed</source>
        <translation>Compensación anulada</translation>
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
        <location line="+20"/>
        <source>reversed %1</source>
        <translation>anulada %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="+39"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+149"/>
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
        <location filename="../../app/ui/complaints/view.py" line="+51"/>
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
        <location line="+88"/>
        <source>New Complaint…</source>
        <translation>Nueva reclamación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Mayús+N</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No complaints here</source>
        <translation>No hay reclamaciones aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in this queue right now. New complaints: Ctrl+Shift+N.</source>
        <translation>Esta cola está vacía por ahora. Nueva reclamación: Ctrl+Mayús+N.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>M&amp;y Cases</source>
        <translation>&amp;Mis casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the cases you own</source>
        <translation>Mostrar solo los casos de los que es responsable</translation>
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
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../app/ui/sync/conflicts.py" line="+93"/>
        <source>Record / field</source>
        <translation>Registro / campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>El otro valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>ConflictPane</name>
    <message>
        <location line="+26"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sync conflicts</source>
        <translation>No hay conflictos de sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you and a colleague change the same field before syncing, both values are listed here so you can choose which one stays.</source>
        <translation>Cuando usted y un compañero cambian el mismo campo antes de sincronizar, ambos valores aparecen aquí para que elija cuál se queda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a field (or a whole record) and which value stays; it syncs next.</source>
        <translation>Elija un campo (o un registro entero) y qué valor se queda; se sincroniza la próxima vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar el otro</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Restore with the edit</source>
        <translation>&amp;Restaurar con el cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave deleted</source>
        <translation>&amp;Dejar eliminado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit Value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 that stays:</source>
        <translation>El valor de %1 que se queda:</translation>
    </message>
</context>
<context>
    <name>ConflictWindow</name>
    <message>
        <location line="+29"/>
        <source>Sync Conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <location filename="../../app/ui/contacts/model.py" line="+62"/>
        <location filename="../../app/ui/first_frame.py" line="+39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
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
        <location filename="../../app/ui/complaints/view.py" line="+121"/>
        <source>New Complaint…</source>
        <translation>Nueva reclamación…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln reclamación</numerusform>
            <numerusform>%Ln reclamaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="+91"/>
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
        <location line="+13"/>
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
        <source>(nobody)</source>
        <translation type="vanished">(nadie)</translation>
    </message>
    <message>
        <location line="+34"/>
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
    <message>
        <location line="+50"/>
        <source>⚠ Unverified: imported as written, not a valid number.</source>
        <translation>⚠ Sin verificar: importado tal cual, número no válido.</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../app/ui/contacts/filters.py" line="+67"/>
        <source>Search names, e-mails, phones, companies, tags</source>
        <translation>Buscar nombres, correos, teléfonos, empresas, etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+74"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+71"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+7"/>
        <source>My contacts</source>
        <translation>Mis contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the contacts you own</source>
        <translation>Mostrar solo los contactos de los que es responsable</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+2"/>
        <source>Save as Segment…</source>
        <translation>Guardar como segmento…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;%1&apos; is not an amount; the value filter is ignored.</source>
        <translation>«%1» no es un importe; se ignora el filtro de valor.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This segment no longer exists.</source>
        <translation>Este segmento ya no existe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Segment</source>
        <translation>Guardar segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment name:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename Segment</source>
        <translation>Cambiar nombre del segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
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
        <location filename="../../app/ui/contacts/profile.py" line="+77"/>
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
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="-172"/>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported as written: not a valid phone number for the region. Edit the contact to correct it.</source>
        <translation>Importado tal como venía: no es un número de teléfono válido para la región. Edite el contacto para corregirlo.</translation>
    </message>
</context>
<context>
    <name>ContactProfileView</name>
    <message>
        <location filename="../../app/ui/contacts/profile.py" line="+76"/>
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
        <location line="+11"/>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a contact in the list to see their figures, history and complaints.</source>
        <translation>Elija un contacto de la lista para ver sus cifras, su historial y sus reclamaciones.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer details</source>
        <translation>Detalles del cliente</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not computed yet</source>
        <translation>aún sin calcular</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ContactRelated</name>
    <message>
        <location filename="../../app/ui/contacts/related.py" line="+110"/>
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
        <location line="+20"/>
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
    <name>ContactTable</name>
    <message>
        <location filename="../../app/ui/contacts/table.py" line="+56"/>
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
        <location line="+47"/>
        <source>Counting contacts…</source>
        <translation>Contando contactos…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The list changed before it was counted; nothing was changed.</source>
        <translation>La lista cambió antes de terminar de contarse; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The contact list could not be read; see the log.</source>
        <translation>No se pudo leer la lista de contactos; consulte el registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 contacto</numerusform>
            <numerusform>%1 contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting contacts… The change runs on all of them once they are counted.</source>
        <translation>Contando contactos… El cambio se aplicará a todos en cuanto estén contados.</translation>
    </message>
</context>
<context>
    <name>ContactTimelineWidget</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="+486"/>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="+161"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="-8"/>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show or hide the segments and filters</source>
        <translation>Mostrar u ocultar los segmentos y filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>360° View</source>
        <translation>Vista 360°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the 360° view beside the list</source>
        <translation>Mostrar u ocultar la vista 360° junto a la lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This contact may be a duplicate (%1). Use Find Duplicates to merge.</source>
        <translation>Este contacto puede estar duplicado (%1). Use Buscar duplicados para fusionarlos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>The change failed; see the log.</source>
        <translation type="vanished">El cambio ha fallado; consulte el registro.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import is available from the main window&apos;s File menu.</source>
        <translation>La importación está en el menú Archivo de la ventana principal.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../app/ui/controller.py" line="-94"/>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+52"/>
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
    <name>CustomFieldsPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+147"/>
        <source>Fields of your own that every contact can fill in. Renaming keeps the values; removing a field hides its values but does not erase them.</source>
        <translation>Campos propios que cada contacto puede rellenar. Cambiar el nombre conserva los valores; quitar un campo oculta sus valores, pero no los borra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Custom fields</source>
        <translation>&amp;Campos propios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom fields</source>
        <translation>Campos propios</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="+94"/>
        <source>{value}M</source>
        <translation>{value} M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}k</source>
        <translation>{value} mil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location line="+14"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole chart again (Ctrl+wheel zooms, dragging moves it)</source>
        <translation>Mostrar de nuevo el gráfico completo (Ctrl+rueda amplía, arrastrar lo desplaza)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+99"/>
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
        <location line="+56"/>
        <source>so far (the period runs until %1)</source>
        <translation>hasta ahora (el periodo dura hasta el %1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Click to list these customers.</source>
        <translation>Haga clic para ver la lista de estos clientes.</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+14"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>churn %</source>
        <translation>abandono %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>active customers</source>
        <translation>clientes activos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1
net revenue: %2
ledger rows: %3</source>
        <translation>%1
ingresos netos: %2
movimientos: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>% retained</source>
        <translation>% retenidos</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+52"/>
        <source>months since first order</source>
        <translation>meses desde el primer pedido</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 +%2: %3 of %4</source>
        <translation>%1 +%2: %3 de %4</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+33"/>
        <source>%1 (median %2)</source>
        <translation>%1 (mediana %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
≥ %2: %3 customers</source>
        <translation>%1
≥ %2: %3 clientes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>historical CLV</source>
        <translation>CLV histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted CLV</source>
        <translation>CLV previsto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer lifetime value in %1 (pale bars: 95th percentile and above)</source>
        <translation>valor de vida del cliente en %1 (barras claras: percentil 95 y superior)</translation>
    </message>
    <message>
        <source>customer lifetime value (pale bars: 95th percentile and above)</source>
        <translation type="vanished">valor de vida del cliente (barras claras: percentil 95 y superior)</translation>
    </message>
    <message>
        <source>customer lifetime value (last bin: 95th percentile and above)</source>
        <translation type="vanished">valor del cliente (último tramo: percentil 95+)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>median resolution (h)</source>
        <translation>mediana de resolución (h)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SLA met %</source>
        <translation>SLA cumplido %</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../app/ui/dashboard/view.py" line="+227"/>
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
        <location line="-131"/>
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
        <location line="+19"/>
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
        <location line="+81"/>
        <source>The data changed; press Refresh (F5) to update.</source>
        <translation>Los datos han cambiado; pulse Actualizar (F5) para actualizar las cifras.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Calculating… %1</source>
        <translation>Calculando… %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+28"/>
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
    <name>DatabaseJob</name>
    <message>
        <location filename="../../app/ui/security/job.py" line="+99"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for background work to finish…</source>
        <translation>Esperando a que termine el trabajo en segundo plano…</translation>
    </message>
</context>
<context>
    <name>DayCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/automations/words.py" line="-68"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Sin contacto durante %n día</numerusform>
            <numerusform>Sin contacto durante %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Cumpleaños en %n día</numerusform>
            <numerusform>Cumpleaños en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <location filename="../../app/services/duplicates.py" line="+80"/>
        <source>same e-mail</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, same company</source>
        <translation>nombre parecido, misma empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, same city</source>
        <translation>nombre parecido, misma ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different name</source>
        <translation>nombre distinto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different e-mail</source>
        <translation>correo distinto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different phone</source>
        <translation>teléfono distinto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different company</source>
        <translation>empresa distinta</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/contacts/duplicates_view.py" line="+63"/>
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
        <source>Each pair takes two lines, one per contact; what both share is in bold. A higher score is stronger evidence that they are one person.</source>
        <translation>Cada pareja ocupa dos líneas, una por contacto; lo que comparten aparece en negrita. Cuanto mayor la puntuación, más probable es que sean la misma persona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="vanished">Se parece a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
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
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %Ln most likely duplicate pairs.</source>
        <translation>
            <numerusform>La pareja de duplicados más probable.</numerusform>
            <numerusform>Las %Ln parejas de duplicados más probables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>%Ln posible pareja de duplicados.</numerusform>
            <numerusform>%Ln posibles parejas de duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Something went wrong; see the log.</source>
        <translation>Algo ha salido mal; consulte el registro.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+226"/>
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
        <source>E-mail marketing</source>
        <translation>Marketing por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Tratamiento de datos</translation>
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
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
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
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>Posibles fieles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>A punto de dormirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/import_export/export_dialog.py" line="+34"/>
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
        <location line="+26"/>
        <location line="+65"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>El %n contacto seleccionado</numerusform>
            <numerusform>Los %n contactos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 selected contacts</source>
        <translation type="vanished">Los %1 contactos seleccionados</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+9"/>
        <source>Contacts found by “%1” with the current filters</source>
        <translation>Contactos encontrados por «%1» con los filtros actuales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts matching the current filters</source>
        <translation>Contactos que cumplen los filtros actuales</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../app/ui/import_export/wizard.py" line="+176"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>CSV or TSV (Google, Outlook, Shopify, WooCommerce, any spreadsheet export), vCard (Apple, Android, Outlook) or Excel .xlsx.</source>
        <translation type="vanished">CSV o TSV (Google, Outlook, Shopify, WooCommerce, cualquier exportación de hoja de cálculo), vCard (Apple, Android, Outlook) o Excel .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or TSV (Google, Outlook, Thunderbird, Shopify, WooCommerce, any spreadsheet export), vCard (Apple, Android, Outlook), LDIF or Excel .xlsx.</source>
        <translation>CSV o TSV (Google, Outlook, Thunderbird, Shopify, WooCommerce, cualquier exportación de hoja de cálculo), vCard (Apple, Android, Outlook), LDIF o Excel .xlsx.</translation>
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
        <translation>Terminando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit now; the last good backup is kept</source>
        <translation>Salir ahora; se conserva la última copia buena</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping the backup…</source>
        <translation>Deteniendo la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed; see the log.</source>
        <translation>La copia de seguridad falló; consulte el registro.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="+52"/>
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
        <location line="+2"/>
        <source>Explore a large sample (100,000 contacts; takes a few minutes)</source>
        <translation>Explorar una muestra grande (100.000 contactos; tarda unos minutos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join my team&apos;s hub…</source>
        <translation>Unirme al hub de mi equipo…</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>GuideWindow</name>
    <message>
        <location filename="../../app/ui/help.py" line="+61"/>
        <source>Rapport User Guide</source>
        <translation>Guía del usuario de Rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location line="+17"/>
        <source>User Guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is missing: it should be at %1. Reinstalling Rapport puts it back.</source>
        <translation>Falta la guía de usuario: debería estar en %1. Reinstalar Rapport la restaura.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Open it with any text editor.</source>
        <translation type="vanished">Ningún programa de este ordenador abre %1. Ábralo con cualquier editor de texto.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="-317"/>
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
        <source>&amp;Public holidays</source>
        <translation>&amp;Festivos oficiales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own &amp;closing days</source>
        <translation>Días de &amp;cierre propios</translation>
    </message>
    <message>
        <source>One date a line, e.g. 2026-12-25</source>
        <translation type="vanished">Una fecha por línea, p. ej. 2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation type="vanished">&amp;Festivos</translation>
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
        <location filename="../../app/ui/import_export/launch.py" line="+49"/>
        <source>Undo Last Import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>ImportField</name>
    <message>
        <location filename="../../app/ui/import_export/models.py" line="+31"/>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered at</source>
        <translation>respondida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth year</source>
        <translation>año de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth month</source>
        <translation>mes de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth day</source>
        <translation>día de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact e-mail</source>
        <translation>correo del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact customer id</source>
        <translation>n.º de cliente del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact phone</source>
        <translation>teléfono del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration (minutes)</source>
        <translation>duración (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 2</source>
        <translation>correo 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 2 label</source>
        <translation>etiqueta correo 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 3</source>
        <translation>correo 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail 3 label</source>
        <translation>etiqueta correo 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer id</source>
        <translation>n.º de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 2</source>
        <translation>teléfono 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 2 label</source>
        <translation>etiqueta teléfono 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 3</source>
        <translation>teléfono 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 3 label</source>
        <translation>etiqueta teléfono 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 4</source>
        <translation>teléfono 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 4 label</source>
        <translation>etiqueta del teléfono 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 5</source>
        <translation>teléfono 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 5 label</source>
        <translation>etiqueta del teléfono 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 6</source>
        <translation>teléfono 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 6 label</source>
        <translation>etiqueta del teléfono 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 7</source>
        <translation>teléfono 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 7 label</source>
        <translation>etiqueta del teléfono 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 8</source>
        <translation>teléfono 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone 8 label</source>
        <translation>etiqueta del teléfono 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location line="+196"/>
        <source>Row {row}, column &apos;{column}&apos;: {reason}.</source>
        <translation>Fila {row}, columna «{column}»: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: {reason} (column &apos;{field}&apos;).</source>
        <translation>Fila {row}: {reason} (columna «{field}»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: {reason}.</source>
        <translation>Fila {row}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-191"/>
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
        <location line="+60"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location filename="../../app/ui/import_export/wizard.py" line="-85"/>
        <location line="+37"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>InsightFilters</name>
    <message>
        <location filename="../../app/ui/contacts/insight_filters.py" line="+41"/>
        <location line="+35"/>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+7"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lowest churn risk</source>
        <translation>Riesgo de abandono mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest churn risk</source>
        <translation>Riesgo de abandono máximo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show every customer again, not just this cohort</source>
        <translation>Mostrar de nuevo todos los clientes, no solo esta cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the cohort filter</source>
        <translation>Quitar el filtro de cohorte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cohort: first order in %1</source>
        <translation>Cohorte: primer pedido en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, ordering again in %2 (month %3)</source>
        <translation>%1, volvieron a pedir en %2 (mes %3)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../app/ui/dashboard/view.py" line="-289"/>
        <source>How many answers or customers the figure is based on</source>
        <translation>En cuántas respuestas o clientes se basa la cifra</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no previous figure</source>
        <translation>sin cifra anterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 vs previous</source>
        <translation>%1 %2 frente al periodo anterior</translation>
    </message>
    <message>
        <source>no previous figure (n = %1)</source>
        <translation type="vanished">sin cifra anterior (n = %1)</translation>
    </message>
    <message>
        <source>%1 %2 vs previous (n = %3)</source>
        <translation type="vanished">%1 %2 respecto al anterior (n = %3)</translation>
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
        <location filename="../../app/ui/first_frame.py" line="+31"/>
        <location filename="../../app/ui/main_window.py" line="+76"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+4"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>Automations planned %n follow-up(s).</source>
        <translation>
            <numerusform>Las automatizaciones planificaron %n seguimiento.</numerusform>
            <numerusform>Las automatizaciones planificaron %n seguimientos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/first_frame.py" line="-27"/>
        <location filename="../../app/ui/main_window.py" line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_frame.py" line="+1"/>
        <location filename="../../app/ui/main_window.py" line="+9"/>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/main_window.py" line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../app/ui/main_window.py" line="+26"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="-51"/>
        <location filename="../../app/ui/main_window.py" line="+29"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+1"/>
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
        <location line="+92"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>business working hours holidays SLA targets complaint lists staff custom fields backups privacy retention appearance theme dark light language</source>
        <translation>empresa horario laboral festivos SLA objetivos listas de reclamaciones personal campos propios copias de seguridad privacidad conservación apariencia tema oscuro claro idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>privacy history changes who</source>
        <translation>privacidad historial cambios registro quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location line="+11"/>
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
        <location filename="../../app/ui/import_export/wizard.py" line="+191"/>
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
        <location filename="../../app/ui/contacts/dialogs.py" line="+249"/>
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
        <location filename="../../app/ui/panes.py" line="+69"/>
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
        <location filename="../../app/ui/complaints/dialogs.py" line="-132"/>
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
        <location filename="../../app/ui/tasks/dialogs.py" line="+42"/>
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
        <location line="+8"/>
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
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../app/ui/common/operations.py" line="+37"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not Done</source>
        <translation>No se ha realizado</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../app/ui/common/owner_picker.py" line="+15"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="+132"/>
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
        <source>Choose a new passphrase for %1, of at least %2 characters. The old passphrase and the old recovery key stop working; a new recovery key is shown next.</source>
        <translation>Elija una nueva frase de contraseña para %1, de al menos %2 caracteres. La frase antigua y la clave de recuperación antigua dejarán de funcionar; a continuación se muestra una nueva clave de recuperación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is encrypted. Enter its passphrase or its recovery key.</source>
        <translation>%1 está cifrada. Introduzca su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+5"/>
        <source>That passphrase or recovery key does not open this file. Check it and try again; its recovery key works here too.</source>
        <translation>Esa frase de contraseña o clave de recuperación no abre este archivo. Compruébela y vuelva a intentarlo; aquí también sirve su clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/settings/people.py" line="+52"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your team&apos;s administrators add people and change their rights; ask one of them.</source>
        <translation>Los administradores de su equipo añaden personas y cambian sus permisos; pídaselo a uno de ellos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Pe&amp;rson…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change R&amp;ole…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>&amp;Deactivate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>You cannot change your own login; ask another administrator.</source>
        <translation>No puede cambiar su propio acceso; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reacti&amp;vate</source>
        <translation>Reacti&amp;var</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was added as %2; they sign in with the password you gave.</source>
        <translation>%1 se añadió como %2; inicia sesión con la contraseña que usted le dio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can no longer sign in; what they did stays.</source>
        <translation>%1 ya no puede iniciar sesión; lo que hizo se conserva.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the hub…</source>
        <translation>Consultando al hub…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location line="-216"/>
        <source>Add Person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower case, e.g. anna.berg</source>
        <translation>en minúsculas, p. ej. anna.berg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sent to the hub only; tell it to the person</source>
        <translation>solo se envía al hub; comuníquesela a la persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial &amp;password</source>
        <translation>Contraseña &amp;inicial</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the person&apos;s user name on the hub.</source>
        <translation>Indique el nombre de usuario de la persona en el hub.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the hub…</source>
        <translation>Consultando al hub…</translation>
    </message>
</context>
<context>
    <name>PlainFallbackDialog</name>
    <message>
        <location filename="../../app/ui/security/dialogs.py" line="+26"/>
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
    <name>Playbook</name>
    <message>
        <location filename="../../app/domain/automation.py" line="+256"/>
        <source>How did we do?</source>
        <translation>¿Qué tal lo hicimos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello {first_name},

thank you for your trust. On a scale from 0 to 10, how likely are you to recommend us to a friend or colleague? Just reply to this e-mail with a number and, if you like, a few words.

Thank you!</source>
        <translation>Hola, {first_name}:

gracias por su confianza. En una escala del 0 al 10, ¿qué probabilidad hay de que nos recomiende a un amigo o colega? Responda a este correo con un número y, si lo desea, unas palabras.

¡Gracias!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hello {first_name},

thank you for your trust. On a scale from 1 to 5, how satisfied are you with how we looked after you? Just reply to this e-mail with a number and, if you like, a few words.

Thank you!</source>
        <translation>Hola, {first_name}:

gracias por su confianza. En una escala del 1 al 5, ¿cuán satisfecho está con la atención que le dimos? Responda a este correo con un número y, si lo desea, unas palabras.

¡Gracias!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hello {first_name},

thank you for your trust. On a scale from 1 to 7, how easy was it to get what you needed from us? Just reply to this e-mail with a number and, if you like, a few words.

Thank you!</source>
        <translation>Hola, {first_name}:

gracias por su confianza. En una escala del 1 al 7, ¿qué tan fácil le resultó obtener de nosotros lo que necesitaba? Responda a este correo con un número y, si lo desea, unas palabras.

¡Gracias!</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Thank-you call after a first order</source>
        <translation>Llamada de agradecimiento tras un primer pedido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank-you call to {name}</source>
        <translation>Llamada de agradecimiento a {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-in and CSAT request after a resolved complaint</source>
        <translation>Seguimiento y encuesta CSAT tras una reclamación resuelta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in with {name} after their complaint</source>
        <translation>Hacer seguimiento con {name} tras su reclamación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask {name} how satisfied they are</source>
        <translation>Preguntar a {name} cuán satisfecho está</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Win-back when churn risk passes 70</source>
        <translation>Recuperación cuando el riesgo de abandono supera 70</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win back {name}</source>
        <translation>Recuperar a {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Birthday greeting</source>
        <translation>Felicitación de cumpleaños</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send {name} a birthday greeting</source>
        <translation>Felicitar a {name} por su cumpleaños</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-engage after 90 days without contact</source>
        <translation>Retomar el contacto tras 90 días sin contacto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get back in touch with {name}</source>
        <translation>Volver a contactar con {name}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/automations/editor.py" line="+446"/>
        <source>Switch on “%1”</source>
        <translation>Activar «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Event rules look back %n day(s); time rules act on what is due now.</source>
        <translation>
            <numerusform>Las reglas de eventos miran %n día atrás; las reglas de tiempo actúan sobre lo que vence ahora.</numerusform>
            <numerusform>Las reglas de eventos miran %n días atrás; las reglas de tiempo actúan sobre lo que vence ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch &amp;on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Switching this rule on now creates %n task(s):</source>
        <translation>
            <numerusform>Activar esta regla ahora crea %n tarea:</numerusform>
            <numerusform>Activar esta regla ahora crea %n tareas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Switching this rule on now acts on %n contact(s):</source>
        <translation>
            <numerusform>Activar esta regla ahora actúa sobre %n contacto:</numerusform>
            <numerusform>Activar esta regla ahora actúa sobre %n contactos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching this rule on now creates nothing; it acts from now on.</source>
        <translation>Activar esta regla ahora no crea nada; actúa a partir de ahora.</translation>
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
        <location line="+7"/>
        <source>Phone numbers written without a +country code are read as this country&apos;s.</source>
        <translation>Los teléfonos escritos sin +prefijo de país se leen como números de este país.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Existing contacts:</source>
        <translation>Contactos &amp;existentes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers &amp;without +code:</source>
        <translation>Teléfonos &amp;sin +prefijo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as:</source>
        <translation>Leído como:</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln of the first %1 rows have nothing to identify a contact; they will be skipped and reported.</source>
        <translation>
            <numerusform>%Ln de las primeras %1 filas no tiene nada que identifique un contacto; se omitirá y se indicará.</numerusform>
            <numerusform>%Ln de las primeras %1 filas no tienen nada que identifique un contacto; se omitirán y se indicarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln of the first %1 rows will be imported with a field left out or kept unverified; the report lists them.</source>
        <translation>
            <numerusform>%Ln de las primeras %1 filas se importará con un campo omitido o sin verificar; el informe la detalla.</numerusform>
            <numerusform>%Ln de las primeras %1 filas se importarán con un campo omitido o sin verificar; el informe las detalla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, encoding %2 (change it on the previous page)</source>
        <translation>%1, codificación %2 (se cambia en la página anterior)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first %1 rows have problems; they will be skipped and reported.</source>
        <translation type="vanished">
            <numerusform>%Ln de las primeras %1 filas tiene un problema; se omitirá y se informará de ella.</numerusform>
            <numerusform>%Ln de las primeras %1 filas tienen problemas; se omitirán y se informará de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the first %2 rows have problems; they will be skipped and reported.</source>
        <translation type="vanished">%1 de las primeras %2 filas tienen problemas; se omitirán y se informará de ellas.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The first %1 rows look fine.</source>
        <translation>Las primeras %1 filas parecen correctas.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../app/ui/settings/pages.py" line="+444"/>
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
        <source>E-mail marketing</source>
        <translation type="vanished">Marketing por correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="vanished">SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Teléfono</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation type="vanished">Tratamiento de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy/tab.py" line="+45"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="-82"/>
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
        <location line="+28"/>
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
    <name>PublicHolidayPicker</name>
    <message>
        <location filename="../../app/ui/settings/holidays.py" line="-81"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No public holidays</source>
        <translation>Sin festivos oficiales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public holidays this year</source>
        <translation>Festivos oficiales de este año</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Whole country</source>
        <translation>Todo el país</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../app/ui/quick_log/dialog.py" line="+57"/>
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
        <location filename="../../app/ui/security/dialogs.py" line="-183"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is encrypted. If this computer&apos;s keychain is ever lost, this recovery key alone opens it again. Print it or write it down and keep it somewhere safe: it is shown only now.</source>
        <translation>%1 está cifrada. Si alguna vez se pierde el llavero de este ordenador, solo esta clave de recuperación podrá abrirla de nuevo. Imprímala o anótela y guárdela en un lugar seguro: solo se muestra ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is encrypted with the passphrase you chose. If you ever forget the passphrase, this recovery key alone opens it again. Print it or write it down and keep it somewhere safe: it is shown only now.</source>
        <translation>%1 está cifrado con la frase de contraseña que eligió. Si alguna vez la olvida, solo esta clave de recuperación lo vuelve a abrir. Imprímala o anótela y guárdela en un lugar seguro: solo se muestra ahora.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To confirm you have saved it, type the last %1 characters of the key:</source>
        <translation>Para confirmar que la ha guardado, escriba los últimos %1 caracteres de la clave:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have saved it</source>
        <translation>Ya la he guardado</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="+60"/>
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
    <name>RuleDialog</name>
    <message>
        <location filename="../../app/ui/automations/editor.py" line="-381"/>
        <source>Automation rule</source>
        <translation>Regla de automatización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any survey</source>
        <translation>Cualquier encuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trigger:</source>
        <translation>&amp;Disparador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey:</source>
        <translation>Encuesta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score from:</source>
        <translation>Puntuación de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stage:</source>
        <translation>Nueva etapa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>If (all that are set)</source>
        <translation>Si (todas las condiciones indicadas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage is one of:</source>
        <translation>La etapa es una de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has tag:</source>
        <translation>Tiene la etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order value at least:</source>
        <translation>Importe del pedido mínimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order value at most:</source>
        <translation>Importe del pedido máximo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove action</source>
        <translation>&amp;Quitar acción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Thank-you call to {name}</source>
        <translation>p. ej. Llamada de agradecimiento a {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>{name}, {first_name} and {owner} are replaced by the contact&apos;s values.</source>
        <translation>{name}, {first_name} y {owner} se sustituyen por los datos del contacto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task title:</source>
        <translation>Título de la tarea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due after (days):</source>
        <translation>Vence tras (días):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for:</source>
        <translation>Preguntar por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail subject:</source>
        <translation>Asunto del correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text:</source>
        <translation>Texto del correo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Call {name}</source>
        <translation>Llamar a {name}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+26"/>
        <location line="+44"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="-38"/>
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
        <location line="+5"/>
        <source>&amp;Review look-alikes…</source>
        <translation>&amp;Revisar parecidos…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y comprobando %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating existing contacts…</source>
        <translation>Actualizando los contactos existentes…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Importing… %Ln rows read</source>
        <translation>
            <numerusform>Importando… %Ln fila leída</numerusform>
            <numerusform>Importando… %Ln filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 created (%2 with warnings)</source>
        <translation>%1 creados (%2 con avisos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 created</source>
        <translation>%1 creados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1, %2 updated, %3 skipped, %4 merged, %5 failed.</source>
        <translation>Listo: %1, %2 actualizados, %3 omitidos, %4 fusionados, %5 fallidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos;</source>
        <comment>a column&apos;s name in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n column(s) not imported: %1</source>
        <translation>
            <numerusform>%n columna no importada: %1</numerusform>
            <numerusform>%n columnas no importadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 merged, %5 failed.</source>
        <translation type="vanished">Hecho: %1 creados, %2 actualizados, %3 omitidos, %4 fusionados, %5 con error.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for look-alikes of the imported contacts…</source>
        <translation>Buscando contactos parecidos a los importados…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The %Ln most likely duplicate pairs with imported contacts.</source>
        <translation>
            <numerusform>La pareja de duplicados más probable con contactos importados.</numerusform>
            <numerusform>Las %Ln parejas de duplicados más probables con contactos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln likely duplicate pair(s) with imported contacts.</source>
        <translation>
            <numerusform>%Ln posible pareja de duplicados con contactos importados.</numerusform>
            <numerusform>%Ln posibles parejas de duplicados con contactos importados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No imported contact looks like another one.</source>
        <translation>Ningún contacto importado se parece a otro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save failures</source>
        <translation>Guardar errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undone: %1 rows removed, %2 contacts restored.</source>
        <translation>Deshecho: %1 filas eliminadas, %2 contactos restaurados.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <location filename="../../app/ui/security/actions.py" line="+54"/>
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
        <location line="+86"/>
        <source>A backup is already running; wait for it or cancel it first.</source>
        <translation>Ya hay una copia de seguridad en curso; espere a que termine o cancélela antes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back Up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="vanished">Haciendo una copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup cancelled; the last good backup is kept.</source>
        <translation>Copia de seguridad cancelada; se conserva la última copia buena.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+40"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Replace the open database with %1? The backup is checked first, and the current database is kept in the backup folder.</source>
        <translation>¿Sustituir la base de datos abierta por %1? Primero se comprueba la copia y la base de datos actual se conserva en la carpeta de copias.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the backup…</source>
        <translation>Copiando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a copy of the current database…</source>
        <translation>Guardando una copia de la base de datos actual…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the backup in place…</source>
        <translation>Colocando la copia de seguridad en su sitio…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup was restored; the previous database was kept as %1.</source>
        <translation>Se ha restaurado la copia; la base de datos anterior se conserva como %1.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>%1 is encrypted.</source>
        <translation type="vanished">%1 está cifrada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is encrypted; its passphrase or its recovery key opens it.</source>
        <translation>%1 está cifrado; lo abre su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is encrypted; its key is kept in this computer&apos;s keychain, and its recovery key opens it anywhere.</source>
        <translation>%1 está cifrado; su clave se guarda en el llavero de este equipo y su clave de recuperación lo abre en cualquier lugar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Recovery Key</source>
        <translation>&amp;Nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Descifrar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the passphrase instead: that gives a new recovery key. Without a keychain, a random key would have nowhere to be kept.</source>
        <translation>Cambie en su lugar la frase de contraseña: eso da una nueva clave de recuperación. Sin llavero, una clave aleatoria no tendría dónde guardarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-encrypt with a new key: only the new recovery key opens it then.</source>
        <translation>Volver a cifrar con una clave nueva: después solo la nueva clave de recuperación lo abre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new recovery key needs the system keychain, which is not available.</source>
        <translation>Una nueva clave de recuperación necesita el llavero del sistema, que no está disponible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encrypting the database…</source>
        <translation>Cifrando la base de datos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decrypting the database…</source>
        <translation>Descifrando la base de datos…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-encrypting the database with a new key…</source>
        <translation>Volviendo a cifrar la base de datos con una clave nueva…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re-encrypting the database with the new passphrase…</source>
        <translation>Volviendo a cifrar la base de datos con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypt database</source>
        <translation>Descifrar la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store this database unencrypted? Anyone who gets the file can then read it.</source>
        <translation>¿Guardar esta base de datos sin cifrar? Cualquiera que obtenga el archivo podrá leerla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the new copy…</source>
        <translation>Comprobando la copia nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the new copy in place…</source>
        <translation>Colocando la copia nueva en su sitio…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something went wrong.</source>
        <translation>Algo ha salido mal.</translation>
    </message>
    <message>
        <location line="+24"/>
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
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings/base.py" line="+221"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/dialog.py" line="+38"/>
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
        <location filename="../../app/ui/help.py" line="+20"/>
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
        <location filename="../../app/ui/settings/pages.py" line="-409"/>
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
        <location filename="../../app/ui/import_export/wizard.py" line="-696"/>
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
        <location line="+5"/>
        <source>Name, Email, Phone, Company sheet</source>
        <translation>Hoja con nombre, correo, teléfono y empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV</source>
        <translation>Contactos de Google (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV</source>
        <translation>Outlook (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird CSV or LDIF</source>
        <translation>CSV o LDIF de Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple/iCloud, Android or Outlook vCard</source>
        <translation>vCard de Apple/iCloud, Android u Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify customers CSV</source>
        <translation>Clientes de Shopify (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify orders CSV</source>
        <translation>Pedidos de Shopify (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce customers CSV</source>
        <translation>Clientes de WooCommerce (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions (documented columns)</source>
        <translation>Interacciones (columnas documentadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and payments (documented columns)</source>
        <translation>Pedidos y pagos (columnas documentadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers (documented columns)</source>
        <translation>Respuestas de encuestas (columnas documentadas)</translation>
    </message>
    <message>
        <location line="+146"/>
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
        <location filename="../../app/ui/settings/pages.py" line="+114"/>
        <source>The people who own contacts and complaints. Untick Active for someone who left: their history stays.</source>
        <translation>Las personas responsables de contactos y reclamaciones. Desmarque Activo para quien se haya ido: su historial se conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+28"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-26"/>
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
    <name>Sync</name>
    <message>
        <location filename="../../app/ui/sync/controller.py" line="+101"/>
        <source>S&amp;ync Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Something went wrong; see the log file.</source>
        <translation type="obsolete">Algo ha salido mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Exchanging data with the hub…</source>
        <translation>Intercambiando datos con el hub…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining the team&apos;s hub…</source>
        <translation>Uniéndose al hub del equipo…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="+39"/>
        <source>Click to review sync conflicts.</source>
        <translation>Haga clic para revisar los conflictos de sincronización.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión — %n cambio en espera</numerusform>
            <numerusform>Sin conexión — %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed</source>
        <translation>La sincronización falló</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced just now</source>
        <translation>Sincronizado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Sincronizado hace %n min</numerusform>
            <numerusform>Sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Sincronizado hace %n h</numerusform>
            <numerusform>Sincronizado hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Sincronizado hace %n día</numerusform>
            <numerusform>Sincronizado hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskReminders</name>
    <message>
        <location filename="../../app/ui/tasks/reminders.py" line="+65"/>
        <source>Task due</source>
        <translation>Tarea pendiente</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../../app/ui/tasks/view.py" line="+55"/>
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
        <location line="+28"/>
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
        <location line="-60"/>
        <location line="+65"/>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <location line="-68"/>
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
        <location line="+64"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+14"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in this list. New Task… adds a follow-up; the quick log (Ctrl+L) can add one while you log a call.</source>
        <translation>Esta lista está vacía. Nueva tarea… añade un seguimiento; el registro rápido (Ctrl+L) puede añadir uno mientras registra una llamada.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+3"/>
        <source>&amp;Owner</source>
        <translation>Resp&amp;onsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the chosen task to someone else</source>
        <translation>Asignar la tarea elegida a otra persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write e-&amp;mail…</source>
        <translation>Escri&amp;bir correo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the e-mail an automation rule prepared for this task in your mail program.</source>
        <translation>Abre en su programa de correo el mensaje que una regla de automatización preparó para esta tarea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>M&amp;y Tasks</source>
        <translation>&amp;Mis tareas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the tasks you own</source>
        <translation>Mostrar solo las tareas de las que es responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Exportar al calendario…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Done: %1</source>
        <translation>Hecha: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until (e.g. friday 10:00, in 3 days):</source>
        <translation>Hasta (p. ej. friday 10:00, in 3 days):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Tasks</source>
        <translation>Exportar tareas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln task(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln tarea exportada a %1.</numerusform>
            <numerusform>%Ln tareas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tasks exported to %2.</source>
        <translation type="vanished">%1 tareas exportadas a %2.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/settings/team_page.py" line="+33"/>
        <source>Work with your team on a shared hub: every computer keeps its own copy, works offline and syncs with the hub every few minutes. Your administrator gives you the address, a user name and a password.</source>
        <translation>Trabaje con su equipo en un hub compartido: cada ordenador guarda su propia copia, funciona sin conexión y se sincroniza con el hub cada pocos minutos. Su administrador le da la dirección, un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept in the system keychain</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub &amp;address</source>
        <translation>&amp;Dirección del hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join</source>
        <translation>Uni&amp;rse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave Team</source>
        <translation>De&amp;jar el equipo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This database syncs with the hub; %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Esta base de datos se sincroniza con el hub; %n cambio espera a enviarse.</numerusform>
            <numerusform>Esta base de datos se sincroniza con el hub; %n cambios esperan a enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is not in a team; it stays on this computer.</source>
        <translation>Esta base de datos no está en un equipo; se queda en este ordenador.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Asking the hub…</source>
        <translation>Consultando al hub…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub answers; you may sync there as %1.</source>
        <translation>El hub responde; puede sincronizar allí como %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/people.py" line="-107"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer (read only)</source>
        <translation>lector (solo lectura)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/ui/timeline/wording.py" line="+28"/>
        <source>Order {amount}</source>
        <translation>Pedido {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment {amount}</source>
        <translation>Pago {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {amount}</source>
        <translation>Reembolso {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit {amount}</source>
        <translation>Abono {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS survey answered: {score}</source>
        <translation>Encuesta NPS respondida: {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey answered: {score}</source>
        <translation>Encuesta de satisfacción respondida: {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort survey answered: {score}</source>
        <translation>Encuesta de esfuerzo respondida: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: note added</source>
        <translation>Reclamación {number}: nota añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: reply sent</source>
        <translation>Reclamación {number}: respuesta enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: remedy given</source>
        <translation>Reclamación {number}: compensación concedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: remedy reversed</source>
        <translation>Reclamación {number}: compensación anulada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: priority changed</source>
        <translation>Reclamación {number}: prioridad cambiada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: owner changed</source>
        <translation>Reclamación {number}: responsable cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number}: category changed</source>
        <translation>Reclamación {number}: categoría cambiada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: recovery checked</source>
        <translation>Reclamación {number}: recuperación comprobada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: order linked</source>
        <translation>Reclamación {number}: pedido vinculado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Survey answered: {score}</source>
        <translation>Encuesta respondida: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task done: {title}</source>
        <translation>Tarea hecha: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duration: {minutes} min</source>
        <translation>Duración: {minutes} min</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{entry} ({reference})</source>
        <translation>{entry} ({reference})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint {number}</source>
        <translation>Reclamación {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} opened: {status}</source>
        <translation>Reclamación {number} abierta: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number}: {old} → {new}</source>
        <translation>Reclamación {number}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent given: {purpose}</source>
        <translation>Consentimiento otorgado: {purpose}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawn: {purpose}</source>
        <translation>Consentimiento retirado: {purpose}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="-427"/>
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
        <location line="+52"/>
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
        <location line="+32"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
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
        <location line="+54"/>
        <source>Attach File</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit…	F2</source>
        <translation>Editar…	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach File…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>UpcomingFollowUps</name>
    <message>
        <location filename="../../app/ui/automations/upcoming.py" line="+22"/>
        <source>Upcoming automated follow-ups</source>
        <translation>Próximos seguimientos automáticos</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated follow-ups: %1</source>
        <translation>Seguimientos automáticos: %1</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../app/cli.py" line="+319"/>
        <source>There is no database at {file}.</source>
        <translation>No hay ninguna base de datos en {file}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no database file at {file}.</source>
        <translation>No hay ningún archivo de base de datos en {file}.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Only a database file can be restored from a backup.</source>
        <translation>Solo se puede restaurar un archivo de base de datos a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Erasing cannot be undone; add --yes to confirm.</source>
        <translation>El borrado no se puede deshacer; añada --yes para confirmarlo.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Name the file to import (or give --undo-last).</source>
        <translation>Indique el archivo que desea importar (o use --undo-last).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli_sync.py" line="+73"/>
        <source>There is no file at {file}.</source>
        <translation>No hay ningún archivo en {file}.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A full export is written as JSON (--format json).</source>
        <translation>Una exportación completa se escribe en JSON (--format json).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts export as csv, vcard3, vcard4 or xlsx.</source>
        <translation>Los contactos se exportan como csv, vcard3, vcard4 o xlsx.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {what} export is written as CSV (--format csv).</source>
        <translation>La exportación «{what}» se escribe en CSV (--format csv).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no saved segment called &apos;{name}&apos;.</source>
        <translation>No hay ningún segmento guardado llamado «{name}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{text}&apos; is not a list of contact ids such as 1,2,3.</source>
        <translation>«{text}» no es una lista de identificadores de contacto como 1,2,3.</translation>
    </message>
    <message>
        <location filename="../../app/domain/business_hours.py" line="+31"/>
        <source>&apos;{text}&apos; is not a working period like 09:00-17:00.</source>
        <translation>«{text}» no es un horario de trabajo como 09:00-17:00.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The working period &apos;{text}&apos; ends before it starts.</source>
        <translation>El horario de trabajo «{text}» termina antes de empezar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{name}&apos; is not a known time zone (e.g. Europe/Berlin).</source>
        <translation>«{name}» no es una zona horaria conocida (p. ej., Europe/Madrid).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A weekly schedule needs an entry for each of the seven days.</source>
        <translation>Un horario semanal necesita una entrada para cada uno de los siete días.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The weekly schedule has no working hours on any day.</source>
        <translation>El horario semanal no tiene horas de trabajo en ningún día.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;{text}&apos; is not a holiday date like 2026-12-25.</source>
        <translation>«{text}» no es una fecha de festivo como 2026-12-25.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The business calendar has no working time left to count an SLA in.</source>
        <translation>Al calendario laboral no le queda tiempo de trabajo en el que contar un SLA.</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaint_workflow.py" line="+29"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investigating</source>
        <translation>en investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting on customer</source>
        <translation>esperando al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A complaint can&apos;t be closed while it is {status}: resolve it first.</source>
        <translation>Una reclamación en estado «{status}» no se puede cerrar: resuélvala primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The complaint is already {status}.</source>
        <translation>La reclamación ya está en estado «{status}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A complaint can&apos;t go from {status} to {target}; allowed next: {allowed}.</source>
        <translation>Una reclamación no puede pasar de «{status}» a «{target}»; se permite: {allowed}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;{number}&apos; is not a case number like C-2026-0042.</source>
        <translation>«{number}» no es un número de caso como C-2026-0042.</translation>
    </message>
    <message>
        <location filename="../../app/domain/contact_query.py" line="+54"/>
        <source>The search text is {length:,} characters long; the limit is {limit}.</source>
        <translation>El texto de búsqueda tiene {length:,} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search for at most {limit} different words at a time.</source>
        <translation>Busque como máximo {limit} palabras distintas a la vez.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The saved segment rule could not be read ({problem}).</source>
        <translation>No se pudo leer la regla del segmento guardado ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="+16"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translation>red social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment name</source>
        <translation>nombre del segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom field name</source>
        <translation>nombre del campo propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root cause</source>
        <translation>causa raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override reason</source>
        <translation>motivo de la excepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task title</source>
        <translation>título de la tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task notes</source>
        <translation>notas de la tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up time</source>
        <translation>hora de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due time</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {field} contains a NUL character, which is not allowed.</source>
        <translation>El campo «{field}» contiene un carácter NUL, que no está permitido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {field} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>El campo «{field}» tiene {length:,} caracteres; el límite es {limit:,}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;{text}&apos; is not a valid e-mail address ({problem}).</source>
        <translation>«{text}» no es una dirección de correo electrónico válida ({problem}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;{text}&apos; is not a phone number ({problem}).</source>
        <translation>«{text}» no es un número de teléfono ({problem}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a valid phone number (default region {region}).</source>
        <translation>«{text}» no es un número de teléfono válido (región predeterminada {region}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/when.py" line="+152"/>
        <source>&apos;{text}&apos; is not a {field} Rapport understands; try &apos;now&apos;, &apos;yesterday 15:00&apos;, &apos;friday&apos;, &apos;in 2 days&apos; or &apos;2026-03-05 14:30&apos;.</source>
        <translation>Rapport no entiende «{text}» como «{field}»; pruebe «now», «yesterday 15:00», «friday», «in 2 days» o «2026-03-05 14:30».</translation>
    </message>
    <message>
        <location filename="../../app/selftest.py" line="+55"/>
        <source>The self-test database was not encrypted.</source>
        <translation>La base de datos de la autocomprobación no se cifró.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contact read back does not match what was written.</source>
        <translation>El contacto leído no coincide con el que se escribió.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted database did not reopen with its key.</source>
        <translation>La base de datos cifrada no se volvió a abrir con su clave.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Qt&apos;s Unicode data (ICU) is incomplete: zone name {zone!r}.</source>
        <translation>Los datos Unicode de Qt (ICU) están incompletos: nombre de zona {zone!r}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The dashboard was not computed: {status}</source>
        <translation>El panel no se calculó: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dashboard charts {charts} drew nothing.</source>
        <translation>Los gráficos del panel {charts} no dibujaron nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The main window could not be rendered.</source>
        <translation>No se pudo mostrar la ventana principal.</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos; uses rules the dashboard cannot apply yet ({rules}).</source>
        <translation type="vanished">El segmento «{name}» usa reglas que el panel aún no puede aplicar ({rules}).</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="+265"/>
        <source>There is no segment named &apos;{name}&apos;.</source>
        <translation>No hay ningún segmento llamado «{name}».</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The dashboard calculation was cancelled.</source>
        <translation>Se canceló el cálculo del panel.</translation>
    </message>
    <message>
        <location line="+410"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>&apos;{raw}&apos; is not a date in the form YYYY-MM-DD ({option}).</source>
        <translation>«{raw}» no es una fecha con el formato AAAA-MM-DD ({option}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{option} {raw} is out of range; give a day from {first} to {last}.</source>
        <translation>{option} {raw} está fuera de rango; indique un día entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="+58"/>
        <source>&apos;{source}&apos; is {size_mb:.1f} MB; attachments may be at most {limit_mb} MB (change the limit in Settings).</source>
        <translation>«{source}» ocupa {size_mb:.1f} MB; los adjuntos pueden ocupar como máximo {limit_mb} MB (cambie el límite en Configuración).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../app/services/interactions.py" line="+191"/>
        <source>Interaction #{interaction_id} does not exist or was deleted.</source>
        <translation>La interacción #{interaction_id} no existe o se eliminó.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attachment #{attachment_id} does not exist or was removed.</source>
        <translation>El adjunto #{attachment_id} no existe o se quitó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The attachment record holds &apos;{value}&apos; where a content hash belongs; it does not name a stored file.</source>
        <translation>El registro del adjunto contiene «{value}» donde debería haber un hash de contenido; no corresponde a ningún archivo guardado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The path {path} leads outside the folder {folder}.</source>
        <translation>La ruta {path} sale de la carpeta {folder}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file &apos;{source}&apos; cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo «{source}» ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="+82"/>
        <source>Choose a backup folder: the name given is empty or not a valid path.</source>
        <translation>Elija una carpeta de copias de seguridad: el nombre indicado está vacío o no es una ruta válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder &apos;{text}&apos; must be a full path, not a relative one.</source>
        <translation>La carpeta de copias de seguridad «{text}» debe ser una ruta completa, no relativa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder {folder} is a file, not a folder.</source>
        <translation>La carpeta de copias de seguridad {folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup folder {folder} cannot be created ({reason}).</source>
        <translation>No se puede crear la carpeta de copias de seguridad {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rapport may not write to the backup folder {folder} ({reason}).</source>
        <translation>Rapport no tiene permiso para escribir en la carpeta de copias de seguridad {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only a database file can be backed up this way.</source>
        <translation>De esta forma solo se puede hacer copia de seguridad de un archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was cancelled; nothing was written to {target}.</source>
        <translation>Se canceló la copia de seguridad; no se escribió nada en {target}.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is not a Rapport database this app can read.</source>
        <translation>{name} no es una base de datos de Rapport que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup {name} is damaged ({problem}); it was not restored.</source>
        <translation>La copia de seguridad {name} está dañada ({problem}); no se restauró.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {name} has rows pointing at missing rows; it was not restored.</source>
        <translation>La copia de seguridad {name} tiene filas que apuntan a filas que faltan; no se restauró.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup {name} was written by another program; it was not restored.</source>
        <translation>La copia de seguridad {name} la escribió otro programa; no se restauró.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup {name} was written by a newer Rapport (schema {revision}); it was not restored.</source>
        <translation>La copia de seguridad {name} la escribió una versión más reciente de Rapport (esquema {revision}); no se restauró.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no backup at {backup}.</source>
        <translation>No hay ninguna copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Se canceló la restauración; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be restored to {target}: {reason}.</source>
        <translation>No se pudo restaurar la copia de seguridad en {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="+257"/>
        <location line="+39"/>
        <source>Customer {contact_id} does not exist (any more).</source>
        <translation>El cliente {contact_id} no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A complaint can&apos;t be opened in the future.</source>
        <translation>Una reclamación no se puede abrir en el futuro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A complaint can&apos;t be opened before {year}.</source>
        <translation>Una reclamación no puede abrirse antes de {year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the complaint before saving it.</source>
        <translation>Describa la reclamación antes de guardarla.</translation>
    </message>
    <message>
        <location filename="../../app/domain/automation.py" line="-196"/>
        <source>An automation rule is stored in a form this version can&apos;t read.</source>
        <translation>Una regla de automatización está guardada en un formato que esta versión no puede leer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A rule needs a name.</source>
        <translation>Una regla necesita un nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>&apos;{days} days&apos; is not between 0 and {limit} days.</source>
        <translation>«{days} días» no está entre 0 y {limit} días.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&apos;No contact for&apos; needs at least one day.</source>
        <translation>«Sin contacto durante» necesita al menos un día.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A churn risk threshold of {threshold} is not between 1 and 100.</source>
        <translation>Un umbral de riesgo de abandono de {threshold} no está entre 1 y 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rule needs at least one action.</source>
        <translation>Una regla necesita al menos una acción.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the stage the rule sets.</source>
        <translation>Elija la etapa que establece la regla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A complaint can only be opened from a survey answer.</source>
        <translation>Una reclamación solo se puede abrir a partir de una respuesta de encuesta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/complaints.py" line="+4"/>
        <source>Choose a category for the complaint.</source>
        <translation>Elija una categoría para la reclamación.</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="+51"/>
        <source>A satisfaction rating is recorded when the case is resolved.</source>
        <translation>La valoración de satisfacción se registra cuando se resuelve el caso.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A complaint needs a category.</source>
        <translation>Una reclamación necesita una categoría.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a remedy (apology, refund, credit, ...).</source>
        <translation>Elija una compensación (disculpa, reembolso, abono, …).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A refund of {amount} is more than the {paid} this customer has paid in total; give a reason to override.</source>
        <translation>Un reembolso de {amount} supera los {paid} que este cliente ha pagado en total; indique un motivo para hacerlo de todos modos.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The {remedy} of complaint {number} was already reversed or is not recorded on it.</source>
        <translation>La compensación «{remedy}» de la reclamación {number} ya se anuló o no consta en ella.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A {kind} score must be between {low} and {high}, not {score}.</source>
        <translation>Una puntuación {kind} debe estar entre {low} y {high}, no ser {score}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check how the customer feels once the complaint is resolved.</source>
        <translation>Compruebe cómo se siente el cliente una vez resuelta la reclamación.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Order {txn_id} is not one of this customer&apos;s orders.</source>
        <translation>El pedido {txn_id} no es de este cliente.</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+194"/>
        <source>Complaint {complaint_id} does not exist (any more).</source>
        <translation>La reclamación {complaint_id} no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Write the {kind} before saving it.</source>
        <translation>{kind}: escriba el texto antes de guardarlo.</translation>
    </message>
    <message>
        <location filename="../../app/storage/records.py" line="+44"/>
        <source>Staff member {owner_id} does not exist.</source>
        <translation>El empleado {owner_id} no existe.</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="+100"/>
        <source>Satisfaction after resolution is rated 1 to 5, not {value}.</source>
        <translation>La satisfacción tras la resolución se valora de 1 a 5, no con {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A {remedy} needs an amount.</source>
        <translation>{remedy}: indique un importe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {remedy} can&apos;t be negative ({amount}).</source>
        <translation>{remedy}: el importe no puede ser negativo ({amount}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {remedy} of zero puts nothing right; enter the amount.</source>
        <translation>{remedy}: un importe de cero no compensa nada; introduzca el importe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/services/settings.py" line="+77"/>
        <source>&apos;{currency}&apos; is not a three-letter currency code (ISO 4217).</source>
        <translation>«{currency}» no es un código de moneda de tres letras (ISO 4217).</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="+134"/>
        <source>The change was cancelled; no contact was changed.</source>
        <translation>Se canceló el cambio; no se modificó ningún contacto.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+12"/>
        <location line="+115"/>
        <location filename="../../app/services/duplicates.py" line="+81"/>
        <location filename="../../app/services/interactions.py" line="-20"/>
        <location filename="../../app/services/tasks.py" line="+406"/>
        <source>Contact #{contact_id} does not exist.</source>
        <translation>El contacto #{contact_id} no existe.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>There is no tag named &apos;{tag}&apos;.</source>
        <translation>No hay ninguna etiqueta llamada «{tag}».</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The extra {kind} labelled &apos;{label}&apos; is empty.</source>
        <translation>El dato adicional ({kind}) con la etiqueta «{label}» está vacío.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/services/duplicates.py" line="+156"/>
        <location filename="../../app/services/tasks.py" line="-226"/>
        <source>Contact #{contact_id} does not exist or was deleted.</source>
        <translation>El contacto #{contact_id} no existe o se eliminó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A contact needs a first name, a last name or a company.</source>
        <translation>Un contacto necesita un nombre, unos apellidos o una empresa.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest lifetime value</source>
        <translation>valor de vida mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest lifetime value</source>
        <translation>valor de vida máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest churn risk</source>
        <translation>riesgo de abandono mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest churn risk</source>
        <translation>riesgo de abandono máximo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {name} filter value {value} is out of range.</source>
        <translation>El valor {value} del filtro «{name}» está fuera de rango.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The contact list cannot be sorted by &apos;{sort}&apos;.</source>
        <translation>La lista de contactos no se puede ordenar por «{sort}».</translation>
    </message>
    <message>
        <location filename="../../app/domain/automation.py" line="-11"/>
        <location filename="../../app/services/contacts.py" line="+165"/>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="+143"/>
        <source>&apos;{key}&apos; is not a defined custom field.</source>
        <translation>«{key}» no es un campo personalizado definido.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="+344"/>
        <source>Sample data generation was cancelled; nothing was written.</source>
        <translation>Se canceló la generación de datos de ejemplo; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This database already holds contacts; use --force to add sample data.</source>
        <translation>Esta base de datos ya tiene contactos; use --force para añadir datos de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../app/services/duplicates.py" line="-91"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Un contacto no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{key}&apos; cannot be taken from contact #{source_id}.</source>
        <translation>«{key}» no se puede tomar del contacto #{source_id}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Contact #{merged_id} does not exist.</source>
        <translation>El contacto #{merged_id} no existe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This merge has already been undone.</source>
        <translation>Esta fusión ya se deshizo.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/exporter.py" line="+165"/>
        <source>No contacts are selected; select some or export all.</source>
        <translation>No hay contactos seleccionados; seleccione algunos o expórtelos todos.</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+32"/>
        <location filename="../../app/services/import_export/full_json.py" line="+87"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>No se puede escribir {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/full_json.py" line="+29"/>
        <source>The export holds a table this version does not know: &apos;{name}&apos;.</source>
        <translation>La exportación contiene una tabla que esta versión no conoce: «{name}».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is not empty (table {table} holds rows); a full export can only be loaded into a new, empty database.</source>
        <translation>Esta base de datos no está vacía (la tabla {table} tiene filas); una exportación completa solo se puede cargar en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/services/import_export/limits.py" line="+32"/>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is not a readable JSON export ({problem}).</source>
        <translation>El archivo {path} no es una exportación JSON legible ({problem}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} nests its JSON too deeply to be a Rapport export.</source>
        <translation>El archivo {path} anida su JSON a demasiada profundidad para ser una exportación de Rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is not a Rapport full export.</source>
        <translation>El archivo {path} no es una exportación completa de Rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {path} is a Rapport export of an unknown version.</source>
        <translation>El archivo {path} es una exportación de Rapport de una versión desconocida.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The table {table} in the export is damaged.</source>
        <translation>La tabla {table} de la exportación está dañada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A row of table {table} in the export has the wrong number of values.</source>
        <translation>Una fila de la tabla {table} de la exportación tiene un número incorrecto de valores.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows of table {table} in the export clash with each other ({problem}); nothing was loaded.</source>
        <translation>Hay filas de la tabla {table} de la exportación que chocan entre sí ({problem}); no se ha cargado nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Row #{rowid} of table {table} in the export points at a {parent} row the export does not hold; nothing was loaded.</source>
        <translation>La fila n.º {rowid} de la tabla {table} de la exportación apunta a una fila de {parent} que la exportación no contiene; no se ha cargado nada.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/importer.py" line="+242"/>
        <source>The preset &apos;{preset}&apos; imports {kind}, not {wanted}.</source>
        <translation>La plantilla «{preset}» importa {kind}, no {wanted}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No column of {path} matches a {kind} field; map the columns by hand or choose another preset.</source>
        <translation>Ninguna columna de {path} coincide con un campo de {kind}; asigne las columnas a mano o elija otra plantilla.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The file {path} holds no {kind} Rapport can read; nothing was imported.</source>
        <translation>El archivo {path} no contiene {kind} que Rapport pueda leer; no se importó nada.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&apos;{region}&apos; is not a country code phone numbers are known for.</source>
        <translation>«{region}» no es un código de país con números de teléfono conocidos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;{name}&apos; is not a field of {kind} imports.</source>
        <translation>«{name}» no es un campo de la importación de {kind}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The field &apos;{field}&apos; is mapped from more than one column.</source>
        <translation>El campo «{field}» está asignado a más de una columna.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import record names an unknown table &apos;{entity}&apos;.</source>
        <translation>El registro de importación menciona una tabla desconocida «{entity}».</translation>
    </message>
    <message>
        <location line="+379"/>
        <location filename="../../app/services/import_export/records.py" line="+181"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/limits.py" line="+4"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is {size_mb:,.0f} MB; the import limit is {limit_mb:,.0f} MB (change it in the settings).</source>
        <translation>El archivo {path} ocupa {size_mb:,.0f} MB; el límite de importación es {limit_mb:,.0f} MB (cámbielo en la configuración).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file {path} is not a valid Excel (.xlsx) workbook.</source>
        <translation>El archivo {path} no es un libro de Excel (.xlsx) válido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook {path} would expand to {size_mb:,.0f} MB; it was refused as a possible zip bomb.</source>
        <translation>El libro {path} se descomprimiría en {size_mb:,.0f} MB; se rechazó como posible bomba zip.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The part {filename} of {path} is compressed suspiciously well; the workbook was refused as a possible zip bomb.</source>
        <translation>La parte {filename} de {path} está sospechosamente bien comprimida; el libro se rechazó como posible bomba zip.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/presets.py" line="+427"/>
        <source>There is no import preset called &apos;{name}&apos;; known: {known}.</source>
        <translation>No hay ninguna plantilla de importación llamada «{name}»; conocidas: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/readers.py" line="+168"/>
        <source>The file has more than {max_rows:,} rows; split it into smaller files.</source>
        <translation>El archivo tiene más de {max_rows:,} filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&apos;{encoding}&apos; is not a text encoding this computer knows.</source>
        <translation>«{encoding}» no es una codificación de texto que este equipo conozca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+115"/>
        <source>The file {path} is not valid {encoding} text (byte {byte:,}); choose another encoding.</source>
        <translation>El archivo {path} no es texto {encoding} válido (byte {byte:,}); elija otra codificación.</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+160"/>
        <source>The file {path} is empty.</source>
        <translation>El archivo {path} está vacío.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>The file {path} holds no vCards (no BEGIN:VCARD line).</source>
        <translation>El archivo {path} no contiene vCards (ninguna línea BEGIN:VCARD).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The delimiter must be one character such as , ; or tab, not &apos;{text}&apos;.</source>
        <translation>El delimitador debe ser un solo carácter como , ; o tabulador, no «{text}».</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{path} is {what}, which Rapport cannot import; export the contacts from that program as CSV, vCard or LDIF.</source>
        <translation>{path} es {what}, que Rapport no puede importar; exporte los contactos desde ese programa como CSV, vCard o LDIF.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Row {row:,}: the file is not valid {encoding} text; choose another encoding.</source>
        <translation>Fila {row:,}: el archivo no es texto {encoding} válido; elija otra codificación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row:,}: the file cannot be read as CSV ({problem}).</source>
        <translation>Fila {row:,}: el archivo no se puede leer como CSV ({problem}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the card starting on line {line:,} cannot be read: {problem}</source>
        <translation>la tarjeta que empieza en la línea {line:,} no se puede leer: {problem}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workbook {path} has no sheets.</source>
        <translation>El libro {path} no tiene hojas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook {path} has no sheet called &apos;{sheet}&apos;.</source>
        <translation>El libro {path} no tiene ninguna hoja llamada «{sheet}».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Excel import needs the defusedxml package, which is not installed.</source>
        <translation>La importación de Excel necesita el paquete defusedxml, que no está instalado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is not a readable Excel workbook ({problem}).</source>
        <translation>El archivo {path} no es un libro de Excel legible ({problem}).</translation>
    </message>
    <message>
        <source>the card cannot be read ({problem})</source>
        <translation type="vanished">la tarjeta no se puede leer ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/xlsx_stream.py" line="+99"/>
        <source>The workbook&apos;s sheet declares a document type; it was refused as a possible XML bomb.</source>
        <translation>La hoja del libro declara un tipo de documento; se rechazó como posible bomba XML.</translation>
    </message>
    <message>
        <location filename="../../app/services/interactions.py" line="-34"/>
        <source>Interaction #{interaction_id} does not exist.</source>
        <translation>La interacción #{interaction_id} no existe.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose a contact for this interaction.</source>
        <translation>Elija un contacto para esta interacción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A duration of {minutes} minutes is not between 0 and 24 hours.</source>
        <translation>Una duración de {minutes} minutos no está entre 0 y 24 horas.</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py" line="+125"/>
        <source>&apos;{text}&apos; is not an e-mail address or contact uid.</source>
        <translation>«{text}» no es una dirección de correo electrónico ni un UID de contacto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No contact has the e-mail address or uid &apos;{text}&apos;.</source>
        <translation>Ningún contacto tiene la dirección de correo electrónico o el UID «{text}».</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+70"/>
        <source>There is no contact #{contact_id}.</source>
        <translation>No hay ningún contacto #{contact_id}.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>No se pudo escribir la exportación en {target}: {reason}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact #{contact_id} has already been erased.</source>
        <translation>El contacto #{contact_id} ya se ha borrado.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Say how the consent was given or withdrawn (the evidence).</source>
        <translation>Indique cómo se dio o retiró el consentimiento (la prueba).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The evidence must be plain text of at most 2000 characters.</source>
        <translation>La prueba debe ser texto sin formato de 2000 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no contact #{contact_id} to record consent for.</source>
        <translation>No hay ningún contacto #{contact_id} para el que registrar el consentimiento.</translation>
    </message>
    <message>
        <location filename="../../app/services/security.py" line="+160"/>
        <source>The passphrase file {path} can be read by other users; make it private (chmod 600 &apos;{path}&apos;) and try again.</source>
        <translation>Otros usuarios pueden leer el archivo de frase de contraseña {path}; hágalo privado (chmod 600 &apos;{path}&apos;) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase file {path} cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo de frase de contraseña {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>El archivo de frase de contraseña {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>El archivo de frase de contraseña {path} está vacío.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Las dos frases de contraseña no coinciden; no se creó nada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key could not be stored in the system keychain: {problem}.</source>
        <translation>No se pudo guardar la clave en el llavero del sistema: {problem}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} is a folder; give the database file inside it instead.</source>
        <translation>{path} es una carpeta; indique en su lugar el archivo de base de datos que contiene.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+274"/>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>La frase de contraseña debe tener al menos {length} caracteres.</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>No safe system keychain is available to keep the new database&apos;s key; give a passphrase with --passphrase-file or RAPPORT_PASSPHRASE_FILE (or --plain for an unencrypted database).</source>
        <translation>No hay un llavero del sistema seguro para guardar la clave de la nueva base de datos; indique una frase de contraseña con --passphrase-file o RAPPORT_PASSPHRASE_FILE (o --plain para una base de datos sin cifrar).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No database was created at {path}: it needs a passphrase, or your choice to store it unencrypted.</source>
        <translation>No se creó ninguna base de datos en {path}: necesita una frase de contraseña o que usted decida guardarla sin cifrar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is encrypted and the system keychain holds no key for it; give its passphrase or recovery key with --passphrase-file or RAPPORT_PASSPHRASE_FILE.</source>
        <translation>{path} está cifrado y el llavero del sistema no tiene su clave; indique su frase de contraseña o clave de recuperación con --passphrase-file o RAPPORT_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase or recovery key does not open {path}; nothing was changed.</source>
        <translation>Esa frase de contraseña o clave de recuperación no abre {path}; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The re-encryption was cancelled; nothing was changed.</source>
        <translation>Se canceló el recifrado; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The re-encrypted copy of {path} failed its check; nothing was changed.</source>
        <translation>La copia recifrada de {path} no superó la comprobación; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The re-encrypted {path} did not open; the original was put back.</source>
        <translation>El archivo recifrado {path} no se abrió; se restauró el original.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} is already encrypted.</source>
        <translation>{path} ya está cifrado.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A new recovery key needs the system keychain; with a passphrase the passphrase itself opens the database.</source>
        <translation>Una nueva clave de recuperación necesita el llavero del sistema; con una frase de contraseña, es la propia frase la que abre la base de datos.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments.py" line="+44"/>
        <location line="+27"/>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Set at least one filter or search before saving a segment.</source>
        <translation>Defina al menos un filtro o una búsqueda antes de guardar un segmento.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+25"/>
        <source>Segment #{segment_id} does not exist or was deleted.</source>
        <translation>El segmento #{segment_id} no existe o se eliminó.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>There is already a segment named &apos;{name}&apos;.</source>
        <translation>Ya hay un segmento llamado «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="+7"/>
        <source>&apos;{phone_region}&apos; is not a two-letter country code.</source>
        <translation>«{phone_region}» no es un código de país de dos letras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The churn window must be between 1 and 3650 days.</source>
        <translation>La ventana de abandono debe estar entre 1 y 3650 días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gross margin must be above 0 and at most 1 (100 %).</source>
        <translation>El margen bruto debe ser mayor que 0 y como máximo 1 (100 %).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&apos;{backup_schedule}&apos; is not a known backup schedule.</source>
        <translation>«{backup_schedule}» no es una programación de copias de seguridad conocida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of daily backups kept must be between 1 and 365.</source>
        <translation>El número de copias de seguridad diarias conservadas debe estar entre 1 y 365.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of weekly backups kept must be between 0 and 520.</source>
        <translation>El número de copias de seguridad semanales conservadas debe estar entre 0 y 520.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The retention period must be between 0 (off) and 1200 months.</source>
        <translation>El periodo de conservación debe estar entre 0 (desactivado) y 1200 meses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment size limit must be between 1 and 2048 MB.</source>
        <translation>El límite de tamaño de los adjuntos debe estar entre 1 y 2048 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import file size limit must be between 1 and 10,000 MB.</source>
        <translation>El límite de tamaño de los archivos de importación debe estar entre 1 y 10.000 MB.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The name of the closing day {day} is longer than {limit} characters.</source>
        <translation>El nombre del día de cierre {day} tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {priority} SLA needs a first response target above 0 and no later than its resolution target.</source>
        <translation>El SLA «{priority}» necesita un objetivo de primera respuesta mayor que 0 y no posterior a su objetivo de resolución.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Custom field {id} does not exist.</source>
        <translation>El campo propio {id} no existe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A custom field needs a name.</source>
        <translation>Un campo propio necesita un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is a custom field named &apos;{label}&apos; already.</source>
        <translation>Ya existe un campo propio llamado «{label}».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A staff member needs a name.</source>
        <translation>Un empleado necesita un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff name &apos;{name}…&apos; is longer than 200 characters.</source>
        <translation>El nombre del empleado «{name}…» tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{email}&apos; is not a valid e-mail address (staff member &apos;{name}&apos;).</source>
        <translation>«{email}» no es una dirección de correo electrónico válida (empleado «{name}»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Staff member {id} does not exist.</source>
        <translation>El empleado {id} no existe.</translation>
    </message>
    <message>
        <location filename="../../app/services/tasks.py" line="-55"/>
        <location line="+260"/>
        <source>Task #{task_id} does not exist or was deleted.</source>
        <translation>La tarea #{task_id} no existe o se eliminó.</translation>
    </message>
    <message>
        <location filename="../../app/domain/automation.py" line="-8"/>
        <location filename="../../app/services/tasks.py" line="-213"/>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <location filename="../../app/services/tasks.py" line="+63"/>
        <source>A task can only be snoozed to a time in the future.</source>
        <translation>Una tarea solo se puede posponer a un momento futuro.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The calendar file &apos;{path}&apos; cannot be written ({problem}).</source>
        <translation>No se puede escribir el archivo de calendario «{path}» ({problem}).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Task &apos;{title}&apos; is already done.</source>
        <translation>La tarea «{title}» ya está hecha.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;Every {days} days&apos; is not between 1 and {limit} days.</source>
        <translation>«Cada {days} días» no está entre 1 y {limit} días.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="+78"/>
        <source>The backup written to {target} failed its integrity check.</source>
        <translation>La copia de seguridad escrita en {target} no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup could not be written to {target}: the disk is full or failing; free some space or choose another place.</source>
        <translation>No se pudo escribir la copia de seguridad en {target}: el disco está lleno o falla; libere espacio o elija otro lugar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup could not be written to {target}: {reason}.</source>
        <translation>No se pudo escribir la copia de seguridad en {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="+31"/>
        <source>The database is busy in another program; close it there and try again.</source>
        <translation>Otro programa está usando la base de datos; ciérrela allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding the database is full or failing; free some space and try again.</source>
        <translation>El disco de la base de datos está lleno o falla; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database folder is read-only; move the database to a folder you can write to.</source>
        <translation>La carpeta de la base de datos es de solo lectura; mueva la base de datos a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not a Rapport database, or it is encrypted with another key.</source>
        <translation>Este archivo no es una base de datos de Rapport o está cifrado con otra clave.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database file cannot be opened; check that the folder exists and that you may write to it.</source>
        <translation>No se puede abrir el archivo de base de datos; compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database server cannot be reached or refused the login; check the address, the network and the password.</source>
        <translation>No se puede llegar al servidor de base de datos o ha rechazado el inicio de sesión; compruebe la dirección, la red y la contraseña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file is damaged; restore it from a backup (File &gt; Restore).</source>
        <translation>El archivo de base de datos está dañado; restáurelo desde una copia de seguridad (Archivo &gt; Restaurar).</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema.py" line="+56"/>
        <source>This file holds tables that are not Rapport&apos;s; it was left untouched.</source>
        <translation>Este archivo contiene tablas que no son de Rapport; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was written by a newer Rapport (schema {revision}; this version knows up to {head}). Install the newer version to open it; the file was left untouched.</source>
        <translation>Esta base de datos la escribió una versión más reciente de Rapport (esquema {revision}; esta versión conoce hasta {head}). Instale la versión más reciente para abrirla; el archivo no se ha tocado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="+440"/>
        <source>Choose the customer&apos;s satisfaction (1 to 5).</source>
        <translation>Elija la satisfacción del cliente (de 1 a 5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="-32"/>
        <source>Choose the customer who complained.</source>
        <translation>Elija el cliente que presentó la reclamación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_log/picker.py" line="+38"/>
        <source>Choose a contact first.</source>
        <translation>Elija primero un contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one contact for &apos;{shown}&apos; from the suggestions.</source>
        <translation>Elija un contacto para «{shown}» entre las sugerencias.</translation>
    </message>
    <message>
        <location filename="../../app/ui/single_instance.py" line="+26"/>
        <source>Rapport cannot write in {parent}; open a database in a folder you may write to.</source>
        <translation>Rapport no puede escribir en {parent}; abra una base de datos en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapport is already open on {database}. Switch to that window, or open another database.</source>
        <translation>Rapport ya está abierto con {database}. Cambie a esa ventana o abra otra base de datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rapport is already open on {database} (process {pid} on {host}). Switch to that window, or open another database.</source>
        <translation>Rapport ya está abierto con {database} (proceso {pid} en {host}). Cambie a esa ventana o abra otra base de datos.</translation>
    </message>
    <message>
        <source>a contact needs a name, a company or an e-mail address</source>
        <translation type="vanished">un contacto necesita un nombre, una empresa o una dirección de correo</translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; is longer than {limit} characters</source>
        <translation type="vanished">«{text}…» tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>e-mail &apos;{text}&apos; is not valid</source>
        <translation type="vanished">el correo «{text}» no es válido</translation>
    </message>
    <message>
        <source>phone &apos;{text}&apos; is not a valid phone number</source>
        <translation type="vanished">«{text}» no es un número de teléfono válido</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/records.py" line="-75"/>
        <source>NPS score</source>
        <translation>puntuación NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT score</source>
        <translation>puntuación CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES score</source>
        <translation>puntuación CES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>no e-mail, phone or customer id names the contact</source>
        <translation>ningún correo, teléfono o número de cliente identifica al contacto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no contact matches &apos;{what}&apos;</source>
        <translation>ningún contacto coincide con «{what}»</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the date is missing</source>
        <translation>falta la fecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the amount is missing</source>
        <translation>falta el importe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{code}&apos; is not a three-letter currency code</source>
        <translation>«{code}» no es un código de moneda de tres letras</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/values.py" line="+54"/>
        <source>&apos;{text}&apos; is not a date and time (use 2024-01-31 14:30)</source>
        <translation>«{text}» no es una fecha con hora (p. ej. 2024-01-31 14:30)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;{text}&apos; is not a date (use 1990-04-15)</source>
        <translation>«{text}» no es una fecha (p. ej. 1990-04-15)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{text}&apos; is not an amount of money</source>
        <translation>«{text}» no es un importe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not a plausible amount of money</source>
        <translation>«{text}» no es un importe plausible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} {number} is outside {low} to {high}</source>
        <translation>{what} {number} no está entre {low} y {high}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{text}&apos; is not one of {known}</source>
        <translation>«{text}» no es ninguno de {known}</translation>
    </message>
    <message>
        <location filename="../../app/domain/public_holidays.py" line="+68"/>
        <source>There are no public holidays on file for the country &apos;{country}&apos;.</source>
        <translation>No hay festivos oficiales registrados para el país «{country}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{subdivision}&apos; is not a region of {country} with public holidays.</source>
        <translation>«{subdivision}» no es una región de {country} con festivos oficiales.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/json_values.py" line="+186"/>
        <source>Row {row} of table {table} in the export holds {value} in column {column}, which should be {shape}; nothing was loaded.</source>
        <translation>La fila {row} de la tabla {table} de la exportación contiene {value} en la columna {column}, que debería ser {shape}; no se ha cargado nada.</translation>
    </message>
    <message>
        <location filename="../../app/services/repair.py" line="+62"/>
        <source>{target} already exists; name a new file.</source>
        <translation>{target} ya existe; indique un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing can be salvaged: the part of the file that names its tables is unreadable ({problem}). Restore it from a backup.</source>
        <translation>No se puede rescatar nada: la parte del archivo que nombra sus tablas es ilegible ({problem}). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/storage/diagnosis.py" line="+71"/>
        <source>Rapport may not read {path} (permission denied); give your user read and write access to it.</source>
        <translation>Rapport no tiene permiso para leer {path} (acceso denegado); conceda a su usuario permisos de lectura y escritura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} is read-only; Rapport keeps a journal beside the database there. Make the folder writable or move the database to one that is.</source>
        <translation>La carpeta {folder} es de solo lectura; Rapport guarda allí un diario junto a la base de datos. Haga que la carpeta admita escritura o mueva la base de datos a una que la admita.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{path} is damaged: its header does not match its checksum or is unreadable. It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} está dañado: su cabecera no coincide con su suma de comprobación o es ilegible. No se trata de una clave incorrecta: restáurelo desde una copia de seguridad o rescate lo que aún se pueda leer con «rapport repair».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged: it was cut short ({pages:,} whole pages and {tail:,} bytes are left). It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} está dañado: el archivo quedó cortado (quedan {pages:,} páginas completas y {tail:,} bytes). No se trata de una clave incorrecta: restáurelo desde una copia de seguridad o rescate lo que aún se pueda leer con «rapport repair».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged: {count:,} of its {pages:,} pages do not match their checksums. It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} está dañado: {count:,} de sus {pages:,} páginas no coinciden con sus sumas de comprobación. No se trata de una clave incorrecta: restáurelo desde una copia de seguridad o rescate lo que aún se pueda leer con «rapport repair».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged: its checksums match but SQLite cannot read it ({problem}). It is not a wrong key: restore it from a backup, or salvage what can be read with &apos;rapport repair&apos;.</source>
        <translation>{path} está dañado: las sumas de comprobación coinciden, pero SQLite no puede leerlo ({problem}). No se trata de una clave incorrecta: restáurelo desde una copia de seguridad o rescate lo que aún se pueda leer con «rapport repair».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{path} is not a Rapport database: it is neither a SQLite file nor an encrypted one (or it was overwritten).</source>
        <translation>{path} no es una base de datos de Rapport: no es un archivo SQLite ni uno cifrado (o se ha sobrescrito).</translation>
    </message>
    <message>
        <location filename="../../app/storage/engine.py" line="+124"/>
        <source>A {backend} database needs the driver &apos;{module}&apos;, which is not installed with this copy of Rapport; install it or use a database file.</source>
        <translation>Una base de datos {backend} necesita el controlador «{module}», que no está instalado con esta copia de Rapport; instálelo o use un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/contact_rows.py" line="+284"/>
        <source>nothing identifies a contact (no name, company, e-mail or phone)</source>
        <translation>nada identifica un contacto (ni nombre, ni empresa, ni correo, ni teléfono)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;{text}…&apos; is longer than {limit} characters; left out</source>
        <translation>«{text}…» tiene más de {limit} caracteres; se omitió</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>phone &apos;{text}&apos; is not a valid phone number; kept as typed, unverified</source>
        <translation>«{text}» no es un teléfono válido; se guardó tal cual, sin verificar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>phone &apos;{text}&apos; has no digits; left out</source>
        <translation>el teléfono «{text}» no tiene dígitos; se omitió</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>birthday &apos;{text}&apos; is not a date; left out</source>
        <translation>el cumpleaños «{text}» no es una fecha; se omitió</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>e-mail &apos;{text}&apos; is not valid; left out</source>
        <translation>el correo «{text}» no es válido; se omitió</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/ldif_reader.py" line="+65"/>
        <source>the entry cannot be read as LDIF ({problem})</source>
        <translation>la entrada no se puede leer como LDIF ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/services/import_export/vcard.py" line="+119"/>
        <source>line {line:,} is longer than {limit:,} characters</source>
        <translation>la línea {line:,} tiene más de {limit:,} caracteres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the card has more than {limit:,} lines</source>
        <translation>la tarjeta tiene más de {limit:,} líneas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the card has no END:VCARD line</source>
        <translation>a la tarjeta le falta la línea END:VCARD</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the card starting on line {line:,} cannot be read ({problem})</source>
        <translation>la tarjeta que empieza en la línea {line:,} no se puede leer ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="+3"/>
        <source>{file} may be read by others; make it private (chmod 600) first.</source>
        <translation>Otras personas pueden leer {file}; hágalo privado primero (chmod 600).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team sync needs PostgreSQL&apos;s client library (libpq), which this computer lacks ({problem}); install it (on Debian or Ubuntu: libpq5).</source>
        <translation>La sincronización del equipo necesita la biblioteca cliente de PostgreSQL (libpq), que falta en este ordenador ({problem}); instálela (en Debian o Ubuntu: libpq5).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Name the hub (--hub URL or ${env}).</source>
        <translation>Indique el hub (--hub URL o ${env}).</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/engine.py" line="+225"/>
        <location filename="../../app/services/team.py" line="+133"/>
        <source>This hub user has no Rapport role yet.</source>
        <translation>Este usuario del hub aún no tiene un rol de Rapport.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name the hub to sync with the first time (--hub URL).</source>
        <translation>La primera vez, indique el hub con el que sincronizar (--hub URL).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The hub refused this copy&apos;s changes ({reason}); they are kept here.</source>
        <translation>El hub rechazó los cambios de esta copia ({reason}); se conservan aquí.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>There is no open sync conflict #{id}.</source>
        <translation>No hay ningún conflicto de sincronización abierto n.º {id}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The field {field} of {table} is not synced here.</source>
        <translation>El campo {field} de {table} no se sincroniza aquí.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/hub.py" line="+55"/>
        <source>The hub at {where} refused the user name or password of {user}.</source>
        <translation>El hub en {where} rechazó el nombre de usuario o la contraseña de {user}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at {where} no longer lets {user} sign in; ask your team&apos;s administrator.</source>
        <translation>El hub en {where} ya no deja iniciar sesión a {user}; consulte al administrador de su equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at {where} cannot be reached ({detail}); the local database was left as it was.</source>
        <translation>No se puede acceder al hub en {where} ({detail}); la base de datos local no se ha modificado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{url}&apos; is not a PostgreSQL address such as postgresql://user@host/rapport.</source>
        <translation>«{url}» no es una dirección de PostgreSQL como postgresql://usuario@host/rapport.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database holds tables that are not a Rapport hub&apos;s ({tables}); it was left untouched.</source>
        <translation>La base de datos contiene tablas que no son de un hub de Rapport ({tables}); no se ha tocado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The hub holds schema {hub}, newer than this Rapport&apos;s {local}; update Rapport on this computer first.</source>
        <translation>El hub tiene el esquema {hub}, más reciente que el de este Rapport ({local}); actualice primero Rapport en este equipo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is not a Rapport hub; an administrator sets it up with `rapport hub init URL`.</source>
        <translation>La base de datos no es un hub de Rapport; un administrador lo configura con `rapport hub init URL`.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub holds schema {hub} and this database {local}; update Rapport on every computer (and the hub with `rapport hub init`) to the same version first.</source>
        <translation>El hub tiene el esquema {hub} y esta base de datos el {local}; actualice primero Rapport en todos los equipos (y el hub con `rapport hub init`) a la misma versión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{name}&apos; cannot be a hub user name: use lower-case letters, digits, _ . or -.</source>
        <translation>«{name}» no puede ser un nombre de usuario del hub: use minúsculas, dígitos, _ . o -.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a hub administrator may add people or change their rights.</source>
        <translation>Solo un administrador del hub puede añadir personas o cambiar sus permisos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot change your own login ({name}); ask another administrator.</source>
        <translation>No puede cambiar su propio acceso ({name}); pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub has no user called {name}.</source>
        <translation>El hub no tiene ningún usuario llamado {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a login of the database server that is not one of Rapport&apos;s people; choose another name.</source>
        <translation>{name} es un acceso del servidor de base de datos que no pertenece a las personas de Rapport; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{role}&apos; is not a hub role: choose admin, member or viewer.</source>
        <translation>«{role}» no es un rol del hub: elija admin, member o viewer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hub was set up by an older Rapport; run `rapport hub init URL` on it again first.</source>
        <translation>El hub lo configuró una versión anterior de Rapport; ejecute antes otra vez `rapport hub init URL` sobre él.</translation>
    </message>
    <message>
        <location filename="../../app/services/automations.py" line="+213"/>
        <location line="+73"/>
        <source>The automation rule {uid} does not exist.</source>
        <translation>La regla de automatización {uid} no existe.</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Automation run #{run_id} does not exist.</source>
        <translation>La ejecución de automatización n.º {run_id} no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This automation run was already undone.</source>
        <translation>Esta ejecución de automatización ya se deshizo.</translation>
    </message>
    <message>
        <location filename="../../app/services/team.py" line="-72"/>
        <source>Give the hub&apos;s address, such as postgresql://server/rapport.</source>
        <translation>Indique la dirección del hub, por ejemplo postgresql://server/rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give your user name on the hub.</source>
        <translation>Indique su nombre de usuario en el hub.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{address}&apos; is not a PostgreSQL address such as postgresql://server/rapport.</source>
        <translation>«{address}» no es una dirección de PostgreSQL como postgresql://server/rapport.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer has no safe keychain for the hub password; leave the password empty and put it in PostgreSQL&apos;s password file (.pgpass) instead.</source>
        <translation>Este ordenador no tiene un llavero seguro para la contraseña del hub; deje la contraseña vacía y póngala en el archivo de contraseñas de PostgreSQL (.pgpass).</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/seat.py" line="+30"/>
        <source>Your role on the team hub is viewer: you can look, not change.</source>
        <translation>Su rol en el hub del equipo es «lector»: puede consultar, pero no modificar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the team&apos;s administrators change these; ask one of them.</source>
        <translation>Solo los administradores del equipo cambian esto; pregunte a uno de ellos.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py" line="+32"/>
        <source>Give the new person an initial password.</source>
        <translation>Asigne una contraseña inicial a la nueva persona.</translation>
    </message>
</context>
<context>
    <name>_FieldDelegate</name>
    <message>
        <location filename="../../app/ui/import_export/wizard.py" line="+73"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
</context>
</TS>
