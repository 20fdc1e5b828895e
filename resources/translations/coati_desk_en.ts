<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>coati</name>
    <message>
        <location filename="../../coati_desk/gui/app.py" line="101"/>
        <source>Error inesperado</source>
        <translation type="unfinished">Unexpected error</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/app.py" line="102"/>
        <source>Coati Desk encontró un error inesperado:
{0}

Informe guardado en:
{1}</source>
        <translation type="unfinished">Coati Desk met an unexpected error:
{0}

Report saved in:
{1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/app.py" line="103"/>
        <source>(no se pudo guardar)</source>
        <translation type="unfinished">(could not be saved)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="51"/>
        <source>Despido sin causa justa</source>
        <translation type="unfinished">Dismissal without cause</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="52"/>
        <source>Renuncia</source>
        <translation type="unfinished">Resignation</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="53"/>
        <source>Despido con causa justa</source>
        <translation type="unfinished">Dismissal with cause</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="80"/>
        <source>Dar de baja</source>
        <translation type="unfinished">Record an exit</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="95"/>
        <source>Concepto</source>
        <translation type="unfinished">Item</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="95"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="134"/>
        <source>Monto</source>
        <translation type="unfinished">Amount</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="95"/>
        <location filename="../../coati_desk/payroll/amounts.py" line="32"/>
        <source>INSS</source>
        <translation type="unfinished">INSS</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="95"/>
        <location filename="../../coati_desk/payroll/amounts.py" line="33"/>
        <source>IR</source>
        <translation type="unfinished">Income tax</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="95"/>
        <location filename="../../coati_desk/payroll/amounts.py" line="36"/>
        <source>Neto</source>
        <translation type="unfinished">Net</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="103"/>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="171"/>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="191"/>
        <source>Calculando…</source>
        <translation type="unfinished">Calculating…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="105"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished">Save PDF…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="106"/>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="268"/>
        <source>Registrar baja</source>
        <translation type="unfinished">Record the exit</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="107"/>
        <source>Ver en Nómina</source>
        <translation type="unfinished">Show in Run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="108"/>
        <source>La liquidación registrada: su cálculo, aprobación y pago</source>
        <translation type="unfinished">The recorded settlement: its calculation, approval and payment</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="121"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="80"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="79"/>
        <source>Empleado:</source>
        <translation type="unfinished">Employee:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="123"/>
        <source>{0} — {1} (ingreso {2})</source>
        <translation type="unfinished">{0} — {1} (hired {2})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="128"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="57"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="94"/>
        <source>Planilla:</source>
        <translation type="unfinished">Payroll:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="129"/>
        <source>Fecha de baja:</source>
        <translation type="unfinished">Exit date:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="130"/>
        <source>Motivo:</source>
        <translation type="unfinished">Reason:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="163"/>
        <source>El empleado no está en ninguna planilla</source>
        <translation type="unfinished">The employee is in no payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="214"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="230"/>
        <source>Neto a recibir: {0}. Vista previa: la baja aún no se ha registrado.</source>
        <translation type="unfinished">Net to receive: {0}. Preview: the exit has not been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="235"/>
        <source>Baja registrada el {0}. La liquidación se calcula en la cola como la nómina {1}: apruébela y páguela en Nómina.</source>
        <translation type="unfinished">Exit recorded on {0}. The settlement is being calculated by the queue as run {1}: approve and pay it on the Run page.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="248"/>
        <source>Guardar PDF</source>
        <translation type="unfinished">Save PDF</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="258"/>
        <source>PDF guardado: {0}</source>
        <translation type="unfinished">PDF saved: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="270"/>
        <source>¿Registrar la baja de {0} el {1}? No se calculará en las nóminas después de esa fecha, y su liquidación (neto {2}) se calculará en la cola como una nómina propia, para aprobarla y pagarla.</source>
        <translation type="unfinished">Record the exit of {0} on {1}? They will not be calculated in runs after that date, and their settlement (net {2}) will be calculated by the queue as a run of its own, to approve and pay.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="311"/>
        <source>Saldos de vacaciones</source>
        <translation type="unfinished">Vacation balances</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="329"/>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="100"/>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="106"/>
        <source>Cargando…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="331"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="130"/>
        <source>Exportar CSV…</source>
        <translation type="unfinished">Export CSV…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="357"/>
        <source>Total ({0} empleados): {1} días acumulados, {2} tomados, {3} de saldo; valor {4} al salario vigente</source>
        <translation type="unfinished">Total ({0} employees): {1} days earned, {2} taken, {3} left; worth {4} at current salaries</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="375"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="464"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="471"/>
        <source>Exportar CSV</source>
        <translation type="unfinished">Export CSV</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/baja_dialog.py" line="383"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="470"/>
        <source>{0} empleados exportados a {1}</source>
        <translation type="unfinished">{0} employees exported to {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/base.py" line="222"/>
        <source>Gráfico no disponible: {0}</source>
        <translation type="unfinished">Chart not available: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="51"/>
        <source>Tareas por minuto (última hora)</source>
        <translation type="unfinished">Tasks per minute (last hour)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="52"/>
        <source>Completadas</source>
        <translation type="unfinished">Completed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="52"/>
        <source>Fallidas</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="108"/>
        <source>Última hora: {0} completadas, {1} fallidas</source>
        <translation type="unfinished">Last hour: {0} completed, {1} failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="112"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="187"/>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="300"/>
        <source>Sin datos</source>
        <translation type="unfinished">No data</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="141"/>
        <source>Profundidad de la cola</source>
        <translation type="unfinished">Queue depth</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="142"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="171"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="289"/>
        <location filename="../../coati_desk/gui/labels.py" line="35"/>
        <location filename="../../coati_desk/gui/labels.py" line="39"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="31"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="35"/>
        <source>En cola</source>
        <translation type="unfinished">Queued</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="142"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="174"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="329"/>
        <source>En proceso</source>
        <translation type="unfinished">Running</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="198"/>
        <source>Ahora: {0} en cola, {1} en proceso</source>
        <translation type="unfinished">Now: {0} queued, {1} running</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="237"/>
        <source>Tiempo en cola y de ejecución (p50, p95)</source>
        <translation type="unfinished">Time in queue and run time (p50, p95)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="239"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="251"/>
        <source>En cola p50</source>
        <translation type="unfinished">Queued p50</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="240"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="252"/>
        <source>En cola p95</source>
        <translation type="unfinished">Queued p95</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="241"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="253"/>
        <source>Ejecución p50</source>
        <translation type="unfinished">Run p50</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="242"/>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="254"/>
        <source>Ejecución p95</source>
        <translation type="unfinished">Run p95</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="249"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="144"/>
        <source>Tarea</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="250"/>
        <source>Cantidad</source>
        <translation type="unfinished">Count</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="290"/>
        <source>Ejecución</source>
        <translation type="unfinished">Run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/queue_charts.py" line="296"/>
        <source>segundos</source>
        <translation type="unfinished">seconds</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="54"/>
        <source>Línea de tiempo de la nómina</source>
        <translation type="unfinished">Run timeline</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="56"/>
        <source>Esperando</source>
        <translation type="unfinished">Waiting</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="68"/>
        <source>Empleado</source>
        <translation type="unfinished">Employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="69"/>
        <source>Cálculo</source>
        <translation type="unfinished">Calculation</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="81"/>
        <source>Los {0} más lentos (con borde)</source>
        <translation type="unfinished">The {0} slowest (outlined)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="194"/>
        <source>Empleados calculando a la vez</source>
        <translation type="unfinished">Employees calculating at once</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="217"/>
        <source>segundos desde la primera tarea encolada</source>
        <translation type="unfinished">seconds since the first task was queued</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="289"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="113"/>
        <source>{0} empleados</source>
        <translation type="unfinished">{0} employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts/timeline.py" line="296"/>
        <source>{0} de {1} calculados · {2} fallidos · {3} · hasta {4} a la vez</source>
        <translation type="unfinished">{0} of {1} calculated · {2} failed · {3} · up to {4} at once</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="38"/>
        <source>falta el controlador de PostgreSQL (psycopg) en esta instalación</source>
        <translation type="unfinished">this installation lacks the PostgreSQL driver (psycopg)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="40"/>
        <source>nada responde en {0}:{1} (¿está encendido el servidor y acepta conexiones?)</source>
        <translation type="unfinished">nothing answers at {0}:{1} (is the server on and accepting connections?)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="42"/>
        <source>no se encuentra el servidor «{0}» (revise el nombre)</source>
        <translation type="unfinished">server “{0}” not found (check the name)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="43"/>
        <source>usuario o contraseña incorrectos</source>
        <translation type="unfinished">wrong user or password</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="44"/>
        <source>el servidor no tiene una base de datos «{2}»</source>
        <translation type="unfinished">the server has no database “{2}”</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="45"/>
        <source>el servidor {0}:{1} no respondió a tiempo</source>
        <translation type="unfinished">the server {0}:{1} did not answer in time</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="46"/>
        <source>faltan datos: servidor, base de datos y usuario</source>
        <translation type="unfinished">missing data: server, database and user</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="78"/>
        <source>Este equipo (archivo SQLite)</source>
        <translation type="unfinished">This computer (SQLite file)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="79"/>
        <source>Servidor PostgreSQL (varios equipos)</source>
        <translation type="unfinished">PostgreSQL server (several computers)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="83"/>
        <source>servidor o dirección IP</source>
        <translation type="unfinished">server or IP address</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="89"/>
        <location filename="../../coati_desk/gui/mail_settings.py" line="94"/>
        <source>Puerto:</source>
        <translation type="unfinished">Port:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="91"/>
        <source>Servidor:</source>
        <translation type="unfinished">Server:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="93"/>
        <source>Base de datos:</source>
        <translation type="unfinished">Database:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="95"/>
        <location filename="../../coati_desk/gui/mail_settings.py" line="95"/>
        <source>Usuario:</source>
        <translation type="unfinished">User:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="98"/>
        <location filename="../../coati_desk/gui/mail_settings.py" line="96"/>
        <source>Contraseña:</source>
        <translation type="unfinished">Password:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="99"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="91"/>
        <source>Probar conexión</source>
        <translation type="unfinished">Test connection</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="155"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="191"/>
        <source>Probando…</source>
        <translation type="unfinished">Testing…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="170"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="196"/>
        <source>Conexión correcta</source>
        <translation type="unfinished">Connection OK</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="172"/>
        <source>Se usa el archivo de este equipo</source>
        <translation type="unfinished">This computer&apos;s file is used</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="177"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="200"/>
        <source>No se pudo conectar: {0}</source>
        <translation type="unfinished">Could not connect: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/database_settings.py" line="198"/>
        <source>No se puede usar esta base de datos: {0}. No se guardó nada; se sigue usando la anterior.</source>
        <translation type="unfinished">This database cannot be used: {0}. Nothing was saved; the previous one is still in use.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="34"/>
        <source>Transferencia</source>
        <translation type="unfinished">Bank transfer</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="35"/>
        <source>Efectivo</source>
        <translation type="unfinished">Cash</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="36"/>
        <source>Cheque</source>
        <translation type="unfinished">Cheque</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="55"/>
        <source>Editar empleado</source>
        <translation type="unfinished">Edit employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="55"/>
        <source>Nuevo empleado</source>
        <translation type="unfinished">New employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="67"/>
        <source>Fecha de baja</source>
        <translation type="unfinished">Termination date</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="73"/>
        <source>Nuevo salario vigente desde</source>
        <translation type="unfinished">New salary effective from</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="76"/>
        <source>Marque esta casilla si el salario cambió a partir de una fecha: los períodos anteriores conservan el salario de antes. Sin marcarla, el salario se corrige.</source>
        <translation type="unfinished">Tick this box if the salary changed as of a date: earlier periods keep the previous salary. Left unticked, the salary is corrected.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="82"/>
        <location filename="../../coati_desk/gui/labels.py" line="52"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="58"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="52"/>
        <source>Activo</source>
        <translation type="unfinished">Active</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="93"/>
        <source>nombre@ejemplo.com (para enviarle su colilla)</source>
        <translation type="unfinished">name@example.com (to e-mail their payslip)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="103"/>
        <source>Código:</source>
        <translation type="unfinished">Code:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="104"/>
        <source>Nombres:</source>
        <translation type="unfinished">First names:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="105"/>
        <source>Apellidos:</source>
        <translation type="unfinished">Last names:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="106"/>
        <source>Cédula:</source>
        <translation type="unfinished">ID number:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="107"/>
        <source>Salario mensual:</source>
        <translation type="unfinished">Monthly salary:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="110"/>
        <source>Fecha de ingreso:</source>
        <translation type="unfinished">Hire date:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="114"/>
        <source>Agregar a la planilla:</source>
        <translation type="unfinished">Add to payroll:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="116"/>
        <source>Número INSS:</source>
        <translation type="unfinished">INSS number:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="117"/>
        <source>Cargo:</source>
        <translation type="unfinished">Position:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="118"/>
        <source>Banco:</source>
        <translation type="unfinished">Bank:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="119"/>
        <source>Cuenta bancaria:</source>
        <translation type="unfinished">Bank account:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="120"/>
        <source>Forma de pago:</source>
        <translation type="unfinished">Payment method:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="121"/>
        <source>Correo:</source>
        <translation type="unfinished">E-mail:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="123"/>
        <source>Acumulados iniciales (empresa que empieza a mitad de año)</source>
        <translation type="unfinished">Opening year-to-date figures (company starting mid-year)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="128"/>
        <source>Lo pagado este año antes de usar Coati Desk: el IR anual se calcula con estos acumulados. Sin marcar, los guardados no cambian.</source>
        <translation type="unfinished">What was paid this year before using Coati Desk: the annual IR is calculated with these figures. Left unticked, the saved ones do not change.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="141"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="66"/>
        <source>Año:</source>
        <translation type="unfinished">Year:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="142"/>
        <source>Períodos pagados:</source>
        <translation type="unfinished">Periods paid:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="143"/>
        <source>Salario bruto acumulado:</source>
        <translation type="unfinished">Year-to-date gross salary:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="144"/>
        <source>INSS laboral acumulado:</source>
        <translation type="unfinished">Year-to-date employee INSS:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="145"/>
        <source>IR retenido acumulado:</source>
        <translation type="unfinished">Year-to-date IR withheld:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="148"/>
        <source>días (vacío: desde el ingreso)</source>
        <translation type="unfinished">days (empty: from the hire date)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="153"/>
        <source>Saldo de vacaciones:</source>
        <translation type="unfinished">Vacation balance:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="154"/>
        <source>al:</source>
        <translation type="unfinished">on:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/employee_dialog.py" line="229"/>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="218"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="100"/>
        <source>Guardando…</source>
        <translation type="unfinished">Saving…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="54"/>
        <source>Empresa</source>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="65"/>
        <source>automático</source>
        <translation type="unfinished">automatic</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="67"/>
        <source>Déjelo vacío para contar los empleados activos de la empresa</source>
        <translation type="unfinished">Leave it empty to count the company&apos;s active employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="72"/>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="199"/>
        <source>Sin logo</source>
        <translation type="unfinished">No logo</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="76"/>
        <source>Elegir imagen…</source>
        <translation type="unfinished">Choose image…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="78"/>
        <source>Quitar logo</source>
        <translation type="unfinished">Remove logo</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="90"/>
        <source>Nombre:</source>
        <translation type="unfinished">Name:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="91"/>
        <source>RUC:</source>
        <translation type="unfinished">RUC:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="92"/>
        <source>Número patronal INSS:</source>
        <translation type="unfinished">INSS employer number:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="93"/>
        <source>Dirección:</source>
        <translation type="unfinished">Address:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="94"/>
        <source>Trabajadores:</source>
        <translation type="unfinished">Headcount:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="96"/>
        <source>Logo:</source>
        <translation type="unfinished">Logo:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="97"/>
        <source>PNG o JPEG, 1 MB como máximo</source>
        <translation type="unfinished">PNG or JPEG, 1 MB at most</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="143"/>
        <source>Empleados activos contados: {0}. INSS patronal: {1} ({2} desde {3} trabajadores, {4} con menos).</source>
        <translation type="unfinished">Active employees counted: {0}. Employer INSS: {1} ({2} from {3} employees, {4} with fewer).</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="160"/>
        <source>Elegir logo</source>
        <translation type="unfinished">Choose logo</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="160"/>
        <source>Imágenes (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="167"/>
        <source>No se puede leer {0}: {1}</source>
        <translation type="unfinished">Cannot read {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/empresa_dialog.py" line="174"/>
        <source>El archivo no es una imagen que se pueda leer</source>
        <translation type="unfinished">The file is not a readable image</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="29"/>
        <location filename="../../coati_desk/gui/errors.py" line="291"/>
        <source>Empleado no encontrado</source>
        <translation type="unfinished">Employee not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="30"/>
        <source>Planilla no encontrada</source>
        <translation type="unfinished">Planilla not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="32"/>
        <source>{field} debe ser un identificador (texto de 1 a 64 caracteres), no {value}</source>
        <translation type="unfinished">{field} must be an id (text of 1 to 64 characters), not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="34"/>
        <source>{field} debe ser una fecha ISO (AAAA-MM-DD), no {value}</source>
        <translation type="unfinished">{field} must be an ISO date (YYYY-MM-DD), not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="36"/>
        <source>La planilla {planilla} ya tiene la nómina {run} ({estado}) del {inicio} al {fin}; cancélela para calcularla de nuevo</source>
        <translation type="unfinished">Planilla {planilla} already has run {run} ({estado}) for {inicio} to {fin}; cancel it to run it again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="39"/>
        <source>Nómina {run} no encontrada</source>
        <translation type="unfinished">Run {run} not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="40"/>
        <source>La nómina {run} está cancelada</source>
        <translation type="unfinished">Run {run} is cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="41"/>
        <source>Fila {row} no encontrada</source>
        <translation type="unfinished">Row {row} not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="42"/>
        <source>Este empleado ya se está calculando</source>
        <translation type="unfinished">This employee is being calculated already</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="43"/>
        <source>El empleado {empleado} no está en la planilla {planilla}</source>
        <translation type="unfinished">Employee {empleado} is not in planilla {planilla}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="44"/>
        <source>El empleado {empleado} ({codigo}) está inactivo</source>
        <translation type="unfinished">Employee {empleado} ({codigo}) is inactive</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="45"/>
        <source>La nómina {run} fue cancelada: empleado no calculado</source>
        <translation type="unfinished">Run {run} was cancelled: employee not calculated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="46"/>
        <location filename="../../coati_desk/gui/labels.py" line="43"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="39"/>
        <source>Fallido</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="47"/>
        <source>No calculado</source>
        <translation type="unfinished">Not calculated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="49"/>
        <source>No se puede escribir en la base de datos de nóminas {where}: {fault}</source>
        <translation type="unfinished">The payroll database {where} cannot be written: {fault}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="52"/>
        <source>El período termina ({fin}) antes de empezar ({inicio})</source>
        <translation type="unfinished">The period ends ({fin}) before it starts ({inicio})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="54"/>
        <source>El período del {inicio} al {fin} no corresponde a una planilla {periodicidad}: debe ser un mes completo (del día 1 al último)</source>
        <translation type="unfinished">The period {inicio} to {fin} does not fit a {periodicidad} payroll: it must be a whole month (from the 1st to its last day)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="58"/>
        <source>El período del {inicio} al {fin} no corresponde a una planilla {periodicidad}: debe ser una quincena (del 1 al 15 o del 16 al último día)</source>
        <translation type="unfinished">The period {inicio} to {fin} does not fit a {periodicidad} payroll: it must be a half month (1st-15th or 16th-last day)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="62"/>
        <source>El período del {inicio} al {fin} no corresponde a una planilla {periodicidad}: debe ser de 7 días</source>
        <translation type="unfinished">The period {inicio} to {fin} does not fit a {periodicidad} payroll: it must be 7 days</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="65"/>
        <source>El salario mensual no puede ser negativo</source>
        <translation type="unfinished">The monthly salary cannot be negative</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="67"/>
        <source>La fecha de baja ({baja}) es anterior a la fecha de ingreso ({ingreso})</source>
        <translation type="unfinished">The termination date ({baja}) is before the hire date ({ingreso})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="69"/>
        <source>El empleado no trabajó entre el {inicio} y el {fin}</source>
        <translation type="unfinished">The employee was not employed between {inicio} and {fin}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="70"/>
        <source>La percepción {codigo} es negativa ({monto})</source>
        <translation type="unfinished">Perception {codigo} is negative ({monto})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="71"/>
        <source>La deducción {codigo} es negativa ({monto})</source>
        <translation type="unfinished">Deduction {codigo} is negative ({monto})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="72"/>
        <source>El salario neto sería negativo ({monto})</source>
        <translation type="unfinished">Net pay would be negative ({monto})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="75"/>
        <source>La nómina {run} está {estado}: las declaraciones y archivos de pago se hacen de una nómina aprobada o pagada (apruébela primero)</source>
        <translation type="unfinished">Run {run} is {estado}: filings and payment files are made from an approved or paid run only (approve it first)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="79"/>
        <source>La nómina {run} es de aguinaldo: está exenta de INSS e IR, no hay nada que declarar</source>
        <translation type="unfinished">Run {run} is an aguinaldo run: it is exempt from INSS and IR, there is nothing to file</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="81"/>
        <source>Declaración desconocida {kind}; elija una de {choices}</source>
        <translation type="unfinished">Unknown filing {kind}; choose one of {choices}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="82"/>
        <source>El año debe ser de 2000 a 2100, no {year}</source>
        <translation type="unfinished">The year must be from 2000 to 2100, not {year}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="84"/>
        <source>La planilla {planilla} no tiene nóminas ordinarias aprobadas o pagadas que terminen en {year}: no hay nada que certificar</source>
        <translation type="unfinished">Payroll {planilla} has no approved or paid ordinary run ending in {year}: nothing to certify</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="88"/>
        <source>{dias} días de vacaciones, pero solo {trabajados} días trabajados</source>
        <translation type="unfinished">{dias} days of vacation, but only {trabajados} days worked</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="91"/>
        <source>Un aguinaldo va del 1 de diciembre al 30 de noviembre, no del {inicio} al {fin}</source>
        <translation type="unfinished">An aguinaldo runs from 1 December to 30 November, not {inicio} to {fin}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="93"/>
        <source>La novedad {tipo} tiene una cantidad o un monto negativo</source>
        <translation type="unfinished">The {tipo} input has a negative quantity or amount</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="95"/>
        <source>{dias} días de ausencia, pero solo {trabajados} días trabajados</source>
        <translation type="unfinished">{dias} days of absence, but only {trabajados} days worked</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="99"/>
        <source>La nómina {run} está {estado}: no puede cambiar (reábrala primero)</source>
        <translation type="unfinished">Run {run} is {estado}: it cannot change (reopen it first)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="102"/>
        <source>La nómina {run} está {estado}: solo se aprueba una nómina calculada sin errores</source>
        <translation type="unfinished">Run {run} is {estado}: only a run calculated without errors can be approved</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="105"/>
        <source>La nómina {run} está {estado}: solo una nómina aprobada se marca como pagada</source>
        <translation type="unfinished">Run {run} is {estado}: only an approved run can be marked as paid</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="108"/>
        <source>La nómina {run} está {estado}: solo se reabre una nómina aprobada</source>
        <translation type="unfinished">Run {run} is {estado}: only an approved run can be reopened</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="110"/>
        <source>Indique por qué se reabre la nómina</source>
        <translation type="unfinished">Say why the run is reopened</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="112"/>
        <source>Empresa {empresa} no encontrada</source>
        <translation type="unfinished">Company {empresa} not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="113"/>
        <source>El logo debe ser una imagen PNG o JPEG de 1 MB como máximo</source>
        <translation type="unfinished">The logo must be a PNG or JPEG image of 1 MB at most</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="114"/>
        <source>{name} debe ser un número entero de al menos 1, no {value}</source>
        <translation type="unfinished">{name} must be a whole number of at least 1, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="115"/>
        <source>{name} debe ser uno de {choices}, no {value}</source>
        <translation type="unfinished">{name} must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="117"/>
        <source>{name} debe ser un número como 12.5 (a lo sumo 2 decimales), no {value}</source>
        <translation type="unfinished">{name} must be a number like 12.5 (2 decimals at most), not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="120"/>
        <source>{tipo} necesita una cantidad (horas o días) mayor que cero</source>
        <translation type="unfinished">{tipo} needs a quantity (hours or days) above zero</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="122"/>
        <source>{tipo} necesita un monto mayor que cero</source>
        <translation type="unfinished">{tipo} needs an amount above zero</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="124"/>
        <source>No hay empleado con código {codigo} en esta planilla</source>
        <translation type="unfinished">No employee with code {codigo} in this payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="127"/>
        <source>la fecha {fecha} está fuera del periodo {inicio} a {fin}</source>
        <translation type="unfinished">the date {fecha} is outside the period {inicio} to {fin}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="130"/>
        <source>{codigo}: {horas} horas extra el {fecha} (la ley permite {max} al día)</source>
        <translation type="unfinished">{codigo}: {horas} overtime hours on {fecha} (the law allows {max} a day)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="133"/>
        <source>{codigo}: {horas} horas extra en la semana del {semana} (la ley permite {max} a la semana)</source>
        <translation type="unfinished">{codigo}: {horas} overtime hours in the week of {semana} (the law allows {max} a week)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="136"/>
        <source>Préstamo {prestamo} no encontrado</source>
        <translation type="unfinished">Loan {prestamo} not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="138"/>
        <source>La cuota ({cuota}) debe ser mayor que cero y no mayor que el préstamo ({monto})</source>
        <translation type="unfinished">The instalment ({cuota}) must be above zero and no more than the loan ({monto})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="141"/>
        <source>Un cambio de salario desde el {desde} es anterior a la fecha de ingreso ({ingreso})</source>
        <translation type="unfinished">A salary change from {desde} is before the hire date ({ingreso})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="144"/>
        <source>{name} está vacío</source>
        <translation type="unfinished">{name} is empty</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="145"/>
        <source>{name} es demasiado largo</source>
        <translation type="unfinished">{name} is too long</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="147"/>
        <source>salario_mensual debe ser un monto como 25000.00 o 25,000.00, no {value}</source>
        <translation type="unfinished">salario_mensual must be an amount like 25000.00 or 25,000.00, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="149"/>
        <source>{name} debe ser una fecha AAAA-MM-DD, no {value}</source>
        <translation type="unfinished">{name} must be a date YYYY-MM-DD, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="150"/>
        <source>fecha_baja es anterior a fecha_ingreso</source>
        <translation type="unfinished">fecha_baja is before fecha_ingreso</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="152"/>
        <source>No hay una liquidación registrada con baja el {fin} para este empleado en esta planilla</source>
        <translation type="unfinished">No final settlement with exit day {fin} is recorded for this employee in this payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="156"/>
        <source>La baja del empleado ya no es el {fin}: registre la baja de nuevo (Dar de baja…)</source>
        <translation type="unfinished">The employee&apos;s exit is no longer {fin}: record the exit again (Record an exit…)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="158"/>
        <source>el codigo {codigo} pertenece a otro empleado</source>
        <translation type="unfinished">codigo {codigo} belongs to another employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="159"/>
        <source>el codigo {codigo} repite la línea {line}</source>
        <translation type="unfinished">codigo {codigo} repeats line {line}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="160"/>
        <source>línea {line}: {problem}</source>
        <translation type="unfinished">line {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="162"/>
        <source>el archivo no es texto UTF-8 (byte {byte}); guárdelo como CSV UTF-8</source>
        <translation type="unfinished">the file is not UTF-8 text (byte {byte}); save it as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="164"/>
        <source>el archivo no es un CSV de texto (tiene bytes NUL)</source>
        <translation type="unfinished">the file is not a text CSV (it has NUL bytes)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="165"/>
        <source>CSV no válido ({detail})</source>
        <translation type="unfinished">not valid CSV ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="166"/>
        <source>faltan columnas: {columns}</source>
        <translation type="unfinished">missing column(s): {columns}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="167"/>
        <source>columnas desconocidas: {columns}</source>
        <translation type="unfinished">unknown column(s): {columns}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="168"/>
        <source>más celdas que columnas</source>
        <translation type="unfinished">more cells than columns</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="169"/>
        <source>el archivo no tiene empleados</source>
        <translation type="unfinished">the file has no employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="170"/>
        <source>planilla {planilla} no encontrada</source>
        <translation type="unfinished">planilla {planilla} not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="172"/>
        <source>{source}: falta {field}</source>
        <translation type="unfinished">{source}: {field} is missing</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="173"/>
        <source>{source}: {field} debe ser un texto no vacío</source>
        <translation type="unfinished">{source}: {field} must be a non-empty text</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="174"/>
        <source>{source}: {field} debe ser un número, no {value}</source>
        <translation type="unfinished">{source}: {field} must be a number, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="175"/>
        <source>{source}: {field} debe estar entre {low} y {high}, no {value}</source>
        <translation type="unfinished">{source}: {field} must be between {low} and {high}, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="176"/>
        <source>{source}: {field} debe ser al menos {low}, no {value}</source>
        <translation type="unfinished">{source}: {field} must be at least {low}, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="177"/>
        <source>{source}: {field} debe tener al menos un tramo</source>
        <translation type="unfinished">{source}: {field} must list at least one bracket</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="179"/>
        <source>{source}: {field} debe ser una tabla con desde, hasta, tasa y base</source>
        <translation type="unfinished">{source}: {field} must be a table with desde, hasta, tasa and base</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="182"/>
        <source>{source}: {field} debe ser {expected} (donde termina el anterior)</source>
        <translation type="unfinished">{source}: {field} must be {expected} (where the last one ends)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="184"/>
        <source>{source}: {field} debe ser mayor que desde</source>
        <translation type="unfinished">{source}: {field} must be above desde</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="185"/>
        <source>{source}: falta {field} (solo el último tramo queda abierto)</source>
        <translation type="unfinished">{source}: {field} is missing (only the last bracket is open-ended)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="187"/>
        <source>{source}: {field} debe omitirse: el último tramo no tiene fin</source>
        <translation type="unfinished">{source}: {field} must be left out: the last bracket has no end</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="189"/>
        <source>{source}: {field} debe ser un número entero &gt;= 1</source>
        <translation type="unfinished">{source}: {field} must be a whole number &gt;= 1</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="190"/>
        <source>{path}: archivo de reglas no encontrado</source>
        <translation type="unfinished">{path}: rule file not found</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="191"/>
        <source>{path}: no se puede leer ({detail})</source>
        <translation type="unfinished">{path}: cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="192"/>
        <source>{path}: no es TOML válido ({detail})</source>
        <translation type="unfinished">{path}: not valid TOML ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="193"/>
        <source>conjunto de reglas {codigo}: no es un código de país</source>
        <translation type="unfinished">rule set {codigo}: not a country code</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="195"/>
        <source>{error}. El archivo se apartó como {aside}: vuelva a poner un {local} corregido y reintente los empleados fallidos</source>
        <translation type="unfinished">{error}. The file was set aside as {aside}: put a corrected {local} back, then retry the failed employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="199"/>
        <source>El archivo de reglas de la oficina {local} estaba dañado y se apartó como {aside}: vuelva a poner un {local} corregido (o borre la copia apartada para usar las reglas que trae la aplicación) y reintente los empleados fallidos</source>
        <translation type="unfinished">The office&apos;s rule file {local} was damaged and set aside as {aside}: put a corrected {local} back (or delete the set-aside copy to use the rules shipped with the app), then retry the failed employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="205"/>
        <source>La nómina {run} aún se está calculando ({done} de {total} empleados): sus informes se pueden hacer cuando termine</source>
        <translation type="unfinished">Run {run} is still being calculated ({done} of {total} employees): its reports can be made once it has finished</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="209"/>
        <source>La nómina {run} no tiene empleados: no hay nada que informar</source>
        <translation type="unfinished">Run {run} has no employees: there is nothing to report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="211"/>
        <source>La nómina {run} fue cancelada: no tiene colillas</source>
        <translation type="unfinished">Run {run} was cancelled: it has no payslips</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="213"/>
        <source>La nómina {run} no calculó ningún empleado: no tiene colillas</source>
        <translation type="unfinished">Run {run} calculated no employee: it has no payslips</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="215"/>
        <source>Tipo de informe desconocido {kind} (uno de {choices})</source>
        <translation type="unfinished">Unknown report kind {kind} (one of {choices})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="216"/>
        <source>La tarea {task_id} no guardó archivos de informe</source>
        <translation type="unfinished">Task {task_id} stored no report files</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="219"/>
        <source>La nómina {run} está {estado}: las colillas se envían por correo solo de una nómina aprobada o pagada (apruébela primero)</source>
        <translation type="unfinished">Run {run} is {estado}: payslips are e-mailed from an approved or paid run only (approve it first)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="223"/>
        <source>El servidor de correo no está configurado: indique el servidor y la dirección del remitente en Configuración → Correo (o con coati-desk mail-settings)</source>
        <translation type="unfinished">The mail server is not set up: give its server and the sender&apos;s address in Settings → E-mail (or with coati-desk mail-settings)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="226"/>
        <source>El empleado {codigo} no tiene dirección de correo registrada</source>
        <translation type="unfinished">Employee {codigo} has no e-mail address on file</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="227"/>
        <source>{address} no es una dirección de correo</source>
        <translation type="unfinished">{address} is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="229"/>
        <source>La nómina {run} no tiene empleados calculados con código {codes}</source>
        <translation type="unfinished">Run {run} has no calculated employee with code(s) {codes}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="231"/>
        <source>El servidor de correo lo rechazó: {answer}</source>
        <translation type="unfinished">The mail server refused it: {answer}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="233"/>
        <source>No se envió tras {attempts} intentos; la última respuesta del servidor: {answer}</source>
        <translation type="unfinished">Not sent after {attempts} attempts; the mail server&apos;s last answer: {answer}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="236"/>
        <source>Quizá se envió: la conexión con el servidor de correo se cortó mientras recibía el mensaje ({answer}); pregunte al empleado antes de enviarlo de nuevo</source>
        <translation type="unfinished">Perhaps sent: the connection to the mail server broke while it took the message ({answer}); ask the employee before sending it again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="240"/>
        <source>El mensaje usa un campo desconocido {field}: los campos son {fields}</source>
        <translation type="unfinished">The message uses an unknown field {field}: the fields are {fields}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="242"/>
        <source>Seguridad de conexión desconocida {value} (una de {choices})</source>
        <translation type="unfinished">Unknown connection security {value} (one of {choices})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="244"/>
        <source>La cola en {location} no se puede usar: {error}</source>
        <translation type="unfinished">The queue at {location} cannot be used: {error}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="245"/>
        <source>no se puede escribir el archivo de la cola: {fault}</source>
        <translation type="unfinished">the queue file cannot be written: {fault}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="246"/>
        <source>No hay ninguna tarea registrada con el nombre {name}</source>
        <translation type="unfinished">No task named {name} is registered</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="247"/>
        <source>No hay ninguna tarea con el id {task_id}</source>
        <translation type="unfinished">No task with id {task_id}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="249"/>
        <source>La tarea {task_id} está {status}: solo se reintentan tareas fallidas o canceladas</source>
        <translation type="unfinished">Task {task_id} is {status}: only failed or cancelled tasks are retried</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="251"/>
        <source>el retraso debe ser un número de segundos &gt;= 0, no {delay}</source>
        <translation type="unfinished">delay must be a number of seconds &gt;= 0, not {delay}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="252"/>
        <source>Estado de tarea desconocido {status}</source>
        <translation type="unfinished">Unknown task status {status}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="253"/>
        <source>Cola desconocida {queue}: las colas son {queues}</source>
        <translation type="unfinished">Unknown queue {queue}: the queues are {queues}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="255"/>
        <source>El historial debe conservarse un número positivo de días, no {days}</source>
        <translation type="unfinished">History must be kept a positive number of days, not {days}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="258"/>
        <source>{what} debe ser JSON (str, int, float, bool, None, list, dict): {error}</source>
        <translation type="unfinished">{what} must be JSON (str, int, float, bool, None, list, dict): {error}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="261"/>
        <source>Dramatiq necesita REDIS_URL (por ejemplo redis://localhost:6379/0)</source>
        <translation type="unfinished">Dramatiq needs REDIS_URL (for example redis://localhost:6379/0)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="263"/>
        <source>force_backend debe ser uno de {choices}, no {value}</source>
        <translation type="unfinished">force_backend must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="264"/>
        <source>REDIS_URL no válida {url}: {error}</source>
        <translation type="unfinished">invalid REDIS_URL {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="265"/>
        <source>[Errno {errno}] Conexión rechazada</source>
        <translation type="unfinished">[Errno {errno}] Connection refused</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="266"/>
        <source>Error {errno} al conectar con {address}. Conexión rechazada.</source>
        <translation type="unfinished">Error {errno} connecting to {address}. Connection refused.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="267"/>
        <source>Tiempo de espera agotado al conectar con el servidor</source>
        <translation type="unfinished">Timeout connecting to server</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="268"/>
        <source>Tiempo de espera agotado al leer del servidor</source>
        <translation type="unfinished">Timeout reading from socket</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="269"/>
        <source>tiempo de espera agotado</source>
        <translation type="unfinished">timed out</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="270"/>
        <source>[Errno {errno}] Nombre o servicio desconocido</source>
        <translation type="unfinished">[Errno {errno}] Name or service not known</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="271"/>
        <source>Redis pide una contraseña.</source>
        <translation type="unfinished">Authentication required.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="272"/>
        <source>usuario o contraseña no válidos, o usuario desactivado.</source>
        <translation type="unfinished">invalid username-password pair or user is disabled.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="273"/>
        <source>Redis no disponible: {error}</source>
        <translation type="unfinished">Redis not available: {error}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="275"/>
        <source>el disco está lleno ({detail})</source>
        <translation type="unfinished">the disk is full ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="276"/>
        <source>el archivo o su carpeta son de solo lectura ({detail})</source>
        <translation type="unfinished">the file or its folder is read-only ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="277"/>
        <source>el disco informó un error de entrada/salida ({detail})</source>
        <translation type="unfinished">the disk reported an input/output error ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="278"/>
        <source>no se puede abrir el archivo ({detail})</source>
        <translation type="unfinished">the file cannot be opened ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/errors.py" line="279"/>
        <source>permiso denegado ({detail})</source>
        <translation type="unfinished">permission denied ({detail})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="40"/>
        <source>Programada</source>
        <translation type="unfinished">Scheduled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="41"/>
        <location filename="../../coati_desk/gui/labels.py" line="46"/>
        <source>Calculando</source>
        <translation type="unfinished">Calculating</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="42"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="37"/>
        <source>Completado</source>
        <translation type="unfinished">Completed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="44"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="40"/>
        <source>Cancelado</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="45"/>
        <source>Desconocida</source>
        <translation type="unfinished">Unknown</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="47"/>
        <source>Calculada</source>
        <translation type="unfinished">Calculated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="48"/>
        <source>Calculada con errores</source>
        <translation type="unfinished">Calculated with errors</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="49"/>
        <source>Cancelada</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="50"/>
        <source>Aprobada</source>
        <translation type="unfinished">Approved</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="51"/>
        <source>Pagada</source>
        <translation type="unfinished">Paid</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="53"/>
        <source>Sin señal</source>
        <translation type="unfinished">Silent</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="73"/>
        <source>Mensual</source>
        <translation type="unfinished">Monthly</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="74"/>
        <source>Quincenal</source>
        <translation type="unfinished">Biweekly</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="75"/>
        <source>Semanal</source>
        <translation type="unfinished">Weekly</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="86"/>
        <source>Aguinaldo {0}</source>
        <translation type="unfinished">Aguinaldo {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/labels.py" line="88"/>
        <source>Liquidación, baja {0}</source>
        <translation type="unfinished">Settlement, exit {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="52"/>
        <source>STARTTLS (puerto 587)</source>
        <translation type="unfinished">STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="53"/>
        <source>TLS (puerto 465)</source>
        <translation type="unfinished">TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="54"/>
        <source>Ninguna (solo en la red de la oficina)</source>
        <translation type="unfinished">None (only on the office network)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="63"/>
        <source>Se guarda en el llavero de este equipo. Un worker en otro equipo la toma de su propio llavero o de la variable COATI_SMTP_PASSWORD.</source>
        <translation type="unfinished">Kept in this computer&apos;s keyring. A worker on another computer takes it from its own keyring or from the COATI_SMTP_PASSWORD variable.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="68"/>
        <source>Planillas · Mi empresa</source>
        <translation type="unfinished">Payroll · My company</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="75"/>
        <source>Campos que se reemplazan en el asunto y el mensaje: {0}</source>
        <translation type="unfinished">Fields replaced in the subject and the message: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="79"/>
        <source>dirección que recibe la prueba</source>
        <translation type="unfinished">address that receives the test</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="80"/>
        <source>Enviar prueba</source>
        <translation type="unfinished">Send a test</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="89"/>
        <source>Servidor SMTP:</source>
        <translation type="unfinished">SMTP server:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="92"/>
        <source>Seguridad:</source>
        <translation type="unfinished">Security:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="97"/>
        <source>Nombre del remitente:</source>
        <translation type="unfinished">Sender name:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="98"/>
        <source>Correo del remitente:</source>
        <translation type="unfinished">Sender address:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="99"/>
        <source>Asunto:</source>
        <translation type="unfinished">Subject:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="100"/>
        <source>Mensaje:</source>
        <translation type="unfinished">Message:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="105"/>
        <source>Probar:</source>
        <translation type="unfinished">Test:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="129"/>
        <source>No se pudo leer la configuración de correo: {0}</source>
        <translation type="unfinished">The mail settings could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="189"/>
        <source>Escriba el servidor, el correo del remitente y a quién enviar la prueba</source>
        <translation type="unfinished">Give the server, the sender&apos;s address and who gets the test</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="194"/>
        <source>Enviando…</source>
        <translation type="unfinished">Sending…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="199"/>
        <source>Enviado. El servidor respondió: {0}</source>
        <translation type="unfinished">Sent. The server answered: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/mail_settings.py" line="204"/>
        <source>No se envió: {0}</source>
        <translation type="unfinished">Not sent: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="102"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="161"/>
        <source>Planillas</source>
        <translation type="unfinished">Payrolls</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="103"/>
        <source>Nómina</source>
        <translation type="unfinished">Run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="104"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="108"/>
        <source>Cola</source>
        <translation type="unfinished">Queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="105"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="132"/>
        <source>Empleados</source>
        <translation type="unfinished">Employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="114"/>
        <source>Registro</source>
        <translation type="unfinished">Log</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="128"/>
        <source>Cola: iniciando…</source>
        <translation type="unfinished">Queue: starting…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="144"/>
        <source>&amp;Archivo</source>
        <translation type="unfinished">&amp;File</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="145"/>
        <source>&amp;Empresa…</source>
        <translation type="unfinished">&amp;Company…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="148"/>
        <source>&amp;Configuración…</source>
        <translation type="unfinished">&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="150"/>
        <source>&amp;Actualizar</source>
        <translation type="unfinished">&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="153"/>
        <source>&amp;Salir</source>
        <translation type="unfinished">&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="159"/>
        <source>A&amp;yuda</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="160"/>
        <source>&amp;Acerca de Coati Desk</source>
        <translation type="unfinished">&amp;About Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="222"/>
        <source>Actualizado {0}</source>
        <translation type="unfinished">Updated {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="228"/>
        <source>Redis no disponible</source>
        <translation type="unfinished">Redis unavailable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="230"/>
        <source>no disponible</source>
        <translation type="unfinished">unavailable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="234"/>
        <source>Actualización fallida {0}: {1}</source>
        <translation type="unfinished">Refresh failed {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="239"/>
        <location filename="../../coati_desk/gui/main_window.py" line="268"/>
        <source>Cola: {0}</source>
        <translation type="unfinished">Queue: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="267"/>
        <source>En línea</source>
        <translation type="unfinished">Inline</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="268"/>
        <source>sin iniciar</source>
        <translation type="unfinished">not started</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="273"/>
        <source>Workers: {0} hilos</source>
        <translation type="unfinished">Workers: {0} threads</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="274"/>
        <source>Pausar workers</source>
        <translation type="unfinished">Pause workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="276"/>
        <source>Workers: en pausa</source>
        <translation type="unfinished">Workers: paused</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="277"/>
        <source>Reanudar workers</source>
        <translation type="unfinished">Resume workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="320"/>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="231"/>
        <location filename="../../coati_desk/gui/pages/base.py" line="98"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="371"/>
        <source>Coati Desk</source>
        <translation type="unfinished">Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="321"/>
        <source>La cola no está lista: {0}</source>
        <translation type="unfinished">The queue is not ready: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="323"/>
        <source>La cola todavía se está iniciando; inténtelo en un momento.</source>
        <translation type="unfinished">The queue is still starting; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="328"/>
        <source>Cola: error (se reintenta)</source>
        <translation type="unfinished">Queue: error (trying again)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="363"/>
        <source>Empresa guardada</source>
        <translation type="unfinished">Company saved</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="375"/>
        <location filename="../../coati_desk/gui/main_window.py" line="384"/>
        <source>Sin llavero en este equipo: la contraseña se usa solo en esta sesión</source>
        <translation type="unfinished">No keyring on this computer: the password is used for this session only</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="381"/>
        <source>Correo configurado</source>
        <translation type="unfinished">Mail settings saved</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="387"/>
        <source>El idioma cambiará al volver a abrir la aplicación</source>
        <translation type="unfinished">The language changes when the app is opened again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="395"/>
        <source>Cambiando la cola…</source>
        <translation type="unfinished">Switching the queue…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="411"/>
        <source>Bienvenido a Coati Desk</source>
        <translation type="unfinished">Welcome to Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="413"/>
        <source>Todavía no hay empleados. ¿Quiere generar datos de demostración o importar sus empleados desde un archivo CSV?</source>
        <translation type="unfinished">There are no employees yet. Generate demo data, or import your employees from a CSV file?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="418"/>
        <source>Generar demostración</source>
        <translation type="unfinished">Generate demo data</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="419"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="59"/>
        <source>Importar CSV…</source>
        <translation type="unfinished">Import CSV…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="420"/>
        <source>Más tarde</source>
        <translation type="unfinished">Later</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="455"/>
        <source>Acerca de Coati Desk</source>
        <translation type="unfinished">About Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="457"/>
        <source>Coati Desk {0}
Planillas calculadas en segundo plano, una tarea por empleado.</source>
        <translation type="unfinished">Coati Desk {0}
Payrolls calculated in the background, one task per employee.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="47"/>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="116"/>
        <source>Horas extra</source>
        <translation type="unfinished">Overtime</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="48"/>
        <source>Ausencia (días)</source>
        <translation type="unfinished">Absence (days)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="49"/>
        <source>Comisión</source>
        <translation type="unfinished">Commission</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="50"/>
        <source>Bono (único)</source>
        <translation type="unfinished">Bonus (one-off)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="51"/>
        <source>Deducción</source>
        <translation type="unfinished">Deduction</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="52"/>
        <source>Vacaciones (días)</source>
        <translation type="unfinished">Vacation (days)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="103"/>
        <source>Novedades del periodo</source>
        <translation type="unfinished">Period inputs</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="114"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="45"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="103"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="76"/>
        <source>Código</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="115"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="46"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="104"/>
        <source>Nombre</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="117"/>
        <source>Días de ausencia</source>
        <translation type="unfinished">Days of absence</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="118"/>
        <source>Comisiones</source>
        <translation type="unfinished">Commissions</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="119"/>
        <source>Bonos</source>
        <translation type="unfinished">Bonuses</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="120"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="345"/>
        <location filename="../../coati_desk/payroll/amounts.py" line="35"/>
        <source>Deducciones</source>
        <translation type="unfinished">Deductions</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="121"/>
        <source>Días de vacaciones</source>
        <translation type="unfinished">Vacation days</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="129"/>
        <source>Tipo</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="129"/>
        <source>Cantidad / monto</source>
        <translation type="unfinished">Quantity / amount</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="129"/>
        <source>Descripción</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="129"/>
        <source>Fecha</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="144"/>
        <source>AAAA-MM-DD (opcional)</source>
        <translation type="unfinished">YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="146"/>
        <source>Tipo:</source>
        <translation type="unfinished">Type:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="148"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="81"/>
        <source>Descripción:</source>
        <translation type="unfinished">Description:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="149"/>
        <source>Fecha:</source>
        <translation type="unfinished">Date:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="150"/>
        <source>Agregar</source>
        <translation type="unfinished">Add</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="151"/>
        <source>Modificar</source>
        <translation type="unfinished">Change</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="152"/>
        <source>Quitar</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="161"/>
        <source>Elija un empleado.</source>
        <translation type="unfinished">Choose an employee.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="175"/>
        <source>Guardar</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="205"/>
        <source>Planilla: &lt;b&gt;{0}&lt;/b&gt; · Periodo: {1} — {2}</source>
        <translation type="unfinished">Payroll: &lt;b&gt;{0}&lt;/b&gt; · Period: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="208"/>
        <source>(aún sin calcular)</source>
        <translation type="unfinished">(not calculated yet)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="213"/>
        <source>Esta nómina está aprobada: sus novedades no se pueden cambiar. Para corregirlas, reábrala con «Reabrir…» en la página Nómina.</source>
        <translation type="unfinished">This run is approved: its inputs cannot be changed. To correct them, reopen it with «Reopen…» on the Run page.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="218"/>
        <source>Esta nómina ya está pagada: sus novedades no se pueden cambiar.</source>
        <translation type="unfinished">This run is already paid: its inputs cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="303"/>
        <source>Horas:</source>
        <translation type="unfinished">Hours:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="304"/>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="305"/>
        <source>Días:</source>
        <translation type="unfinished">Days:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="306"/>
        <source>Monto (C$):</source>
        <translation type="unfinished">Amount (C$):</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="339"/>
        <source>La fecha debe escribirse AAAA-MM-DD.</source>
        <translation type="unfinished">The date must be written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="341"/>
        <source>Novedades</source>
        <translation type="unfinished">Period inputs</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="431"/>
        <source>Novedades guardadas con avisos</source>
        <translation type="unfinished">Period inputs saved with warnings</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="435"/>
        <source>Novedades no guardadas</source>
        <translation type="unfinished">Period inputs not saved</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/novedades_dialog.py" line="437"/>
        <source>Novedades guardadas: {0} empleado(s), {1} en cola para recalcular</source>
        <translation type="unfinished">Period inputs saved: {0} employee(s), {1} queued to be calculated again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="69"/>
        <source>Resumen</source>
        <translation type="unfinished">Summary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="70"/>
        <source>Tareas</source>
        <translation type="unfinished">Tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="71"/>
        <source>Gráficos</source>
        <translation type="unfinished">Charts</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="79"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="91"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="145"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="138"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="105"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="77"/>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="80"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="138"/>
        <source>Estado</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="80"/>
        <source>Todas las tareas</source>
        <translation type="unfinished">All tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="81"/>
        <source>Tareas de la nómina abierta</source>
        <translation type="unfinished">Tasks of the open run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="86"/>
        <source>Dato</source>
        <translation type="unfinished">Item</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="86"/>
        <source>Valor</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="90"/>
        <source>Equipo</source>
        <translation type="unfinished">Host</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="92"/>
        <source>Proceso</source>
        <translation type="unfinished">Process</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="93"/>
        <source>Hilos</source>
        <translation type="unfinished">Threads</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="94"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="43"/>
        <source>En curso</source>
        <translation type="unfinished">Running</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="95"/>
        <source>Último latido</source>
        <translation type="unfinished">Last heartbeat</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="96"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="108"/>
        <source>Worker</source>
        <translation type="unfinished">Worker</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="101"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="351"/>
        <source>Pausar workers de este equipo</source>
        <translation type="unfinished">Pause this computer&apos;s workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="106"/>
        <source>Tareas por estado</source>
        <translation type="unfinished">Tasks by status</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="112"/>
        <source>Workers por equipo</source>
        <translation type="unfinished">Workers by machine</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="127"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="131"/>
        <source>Todas</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="133"/>
        <source>Id de tarea, código o nombre de empleado</source>
        <translation type="unfinished">Task id, employee code or name</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="139"/>
        <source>Buscar</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="146"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="103"/>
        <source>Argumentos</source>
        <translation type="unfinished">Arguments</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="147"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="108"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="79"/>
        <source>Intentos</source>
        <translation type="unfinished">Attempts</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="148"/>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="81"/>
        <source>Progreso</source>
        <translation type="unfinished">Progress</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="149"/>
        <source>Encolada</source>
        <translation type="unfinished">Queued at</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="150"/>
        <source>Terminada</source>
        <translation type="unfinished">Finished</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="151"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="109"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="379"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="80"/>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="84"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="108"/>
        <source>Error</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="152"/>
        <source>Id</source>
        <translation type="unfinished">Id</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="159"/>
        <source>Reintentar seleccionadas</source>
        <translation type="unfinished">Retry selected</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="160"/>
        <source>Reintentar todas las fallidas…</source>
        <translation type="unfinished">Retry all failed…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="161"/>
        <source>Cancelar seleccionadas</source>
        <translation type="unfinished">Cancel selected</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="162"/>
        <source>Eliminar seleccionadas…</source>
        <translation type="unfinished">Delete selected…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="163"/>
        <source>Ver detalle</source>
        <translation type="unfinished">Show detail</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="167"/>
        <source>Vaciar cola…</source>
        <translation type="unfinished">Empty queue…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="176"/>
        <source>◀ Anterior</source>
        <translation type="unfinished">◀ Previous</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="177"/>
        <source>Siguiente ▶</source>
        <translation type="unfinished">Next ▶</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="183"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="75"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="78"/>
        <source>Estado:</source>
        <translation type="unfinished">Status:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="185"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="77"/>
        <source>Tarea:</source>
        <translation type="unfinished">Task:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="187"/>
        <source>Buscar:</source>
        <translation type="unfinished">Search:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="200"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="72"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="81"/>
        <source>Cola:</source>
        <translation type="unfinished">Queue:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="276"/>
        <source>Nómina abierta: {0} de {1} tareas terminadas ({2} %)</source>
        <translation type="unfinished">Open run: {0} of {1} tasks finished ({2} %)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="311"/>
        <source>Huey (carpeta local)</source>
        <translation type="unfinished">Huey (local folder)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="312"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="68"/>
        <source>Dramatiq + Redis</source>
        <translation type="unfinished">Dramatiq + Redis</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="313"/>
        <source>En línea (sin cola)</source>
        <translation type="unfinished">Inline (no queue)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="316"/>
        <source>Backend</source>
        <translation type="unfinished">Backend</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="317"/>
        <source>Ubicación</source>
        <translation type="unfinished">Location</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="320"/>
        <source>Cola {0} (listas)</source>
        <translation type="unfinished">Queue {0} (ready)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="322"/>
        <source>Programadas (retrasos y reintentos)</source>
        <translation type="unfinished">Scheduled (delays and retries)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="323"/>
        <source>Mensajes muertos</source>
        <translation type="unfinished">Dead letters</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="327"/>
        <source>Pendientes</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="328"/>
        <source>Programadas</source>
        <translation type="unfinished">Scheduled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="331"/>
        <source>Tareas registradas</source>
        <translation type="unfinished">Registered tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="341"/>
        <source>{0}–{1} de {2} tareas</source>
        <translation type="unfinished">{0}–{1} of {2} tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="353"/>
        <source>Reanudar workers de este equipo</source>
        <translation type="unfinished">Resume this computer&apos;s workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="367"/>
        <source>Elija una o más tareas</source>
        <translation type="unfinished">Choose one or more tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="396"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="418"/>
        <source>{0} tarea(s) en cola otra vez</source>
        <translation type="unfinished">{0} task(s) queued again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="396"/>
        <source>Reintentar</source>
        <translation type="unfinished">Retry</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="408"/>
        <source>No hay tareas fallidas</source>
        <translation type="unfinished">No failed tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="411"/>
        <source>¿Reintentar las {0} tareas fallidas de {1}?</source>
        <translation type="unfinished">Retry the {0} failed tasks of {1}?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="413"/>
        <source>¿Reintentar las {0} tareas fallidas?</source>
        <translation type="unfinished">Retry the {0} failed tasks?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="419"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="425"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="66"/>
        <source>Reintentar fallidas</source>
        <translation type="unfinished">Retry failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="432"/>
        <source>{0} tarea(s) canceladas</source>
        <translation type="unfinished">{0} task(s) cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="432"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="128"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="427"/>
        <source>Cancelar</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="440"/>
        <source>¿Eliminar {0} tarea(s) del historial? Solo se eliminan las terminadas (completadas, fallidas o canceladas); no se puede deshacer.</source>
        <translation type="unfinished">Delete {0} task(s) from the history? Only finished ones (completed, failed or cancelled) are deleted; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="446"/>
        <source>{0} tarea(s) eliminadas del historial</source>
        <translation type="unfinished">{0} task(s) deleted from the history</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="447"/>
        <source>Eliminar</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="456"/>
        <source>¿Vaciar la cola «{0}»? Se cancelan todas sus tareas en espera; las que están en curso terminan. No se puede deshacer.</source>
        <translation type="unfinished">Empty the queue «{0}»? All its waiting tasks are cancelled; those running finish. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="462"/>
        <source>{0} tarea(s) canceladas al vaciar la cola</source>
        <translation type="unfinished">{0} task(s) cancelled by emptying the queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="463"/>
        <source>Vaciar cola</source>
        <translation type="unfinished">Empty queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="470"/>
        <source>Elija una tarea</source>
        <translation type="unfinished">Choose a task</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="480"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="340"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="137"/>
        <source>Detalle</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="50"/>
        <source>Acumulados: {0} días
Tomados: {1} días
Saldo: {2} días
Valor: {3}</source>
        <translation type="unfinished">Earned: {0} days
Taken: {1} days
Left: {2} days
Worth: {3}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="57"/>
        <source>Detenido</source>
        <translation type="unfinished">Stopped</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="58"/>
        <source>Pagado</source>
        <translation type="unfinished">Paid off</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="66"/>
        <source>Nuevo préstamo</source>
        <translation type="unfinished">New loan</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="68"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="133"/>
        <source>Préstamo</source>
        <translation type="unfinished">Loan</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="77"/>
        <source>Se descuenta en las nóminas cuyo período termina desde esta fecha</source>
        <translation type="unfinished">Deducted in the runs whose period ends on or after this date</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="82"/>
        <source>Monto:</source>
        <translation type="unfinished">Amount:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="83"/>
        <source>Cuota por nómina:</source>
        <translation type="unfinished">Instalment per run:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="84"/>
        <source>Inicio:</source>
        <translation type="unfinished">Start:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="122"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="202"/>
        <source>Elija un empleado para ver su historial de salario y préstamos</source>
        <translation type="unfinished">Choose an employee to see their salary and loan history</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="126"/>
        <source>Desde</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="127"/>
        <source>Salario</source>
        <translation type="unfinished">Salary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="135"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="144"/>
        <source>Cuota</source>
        <translation type="unfinished">Instalment</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="136"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="108"/>
        <source>Inicio</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="137"/>
        <source>Saldo</source>
        <translation type="unfinished">Balance</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="143"/>
        <source>Período</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="145"/>
        <source>Saldo después</source>
        <translation type="unfinished">Balance after</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="153"/>
        <source>Vacaciones tomadas</source>
        <translation type="unfinished">Vacation taken</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="154"/>
        <source>Días</source>
        <translation type="unfinished">Days</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="159"/>
        <source>Nuevo préstamo…</source>
        <translation type="unfinished">New loan…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="160"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="275"/>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="287"/>
        <source>Detener préstamo</source>
        <translation type="unfinished">Stop loan</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="164"/>
        <source>Historial de salario</source>
        <translation type="unfinished">Salary history</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="166"/>
        <source>Préstamos</source>
        <translation type="unfinished">Loans</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="174"/>
        <source>Cuotas descontadas (nóminas aprobadas o pagadas)</source>
        <translation type="unfinished">Instalments deducted (approved or paid runs)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="180"/>
        <source>Vacaciones</source>
        <translation type="unfinished">Vacation</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="206"/>
        <source>{0} — {1}: historial de salario y préstamos</source>
        <translation type="unfinished">{0} — {1}: salary and loan history</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="258"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="127"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="144"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="433"/>
        <source>Elija un empleado en la tabla</source>
        <translation type="unfinished">Choose an employee in the table</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="265"/>
        <source>Préstamo agregado</source>
        <translation type="unfinished">Loan added</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="271"/>
        <source>Elija un préstamo</source>
        <translation type="unfinished">Choose a loan</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="277"/>
        <source>¿Detener el préstamo «{0}»? No se descontarán más cuotas (saldo {1:,.2f}); su historial se conserva.</source>
        <translation type="unfinished">Stop the loan «{0}»? No more instalments will be deducted (balance {1:,.2f}); its history is kept.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleado_detail.py" line="286"/>
        <source>Préstamo detenido</source>
        <translation type="unfinished">Loan stopped</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="41"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="93"/>
        <source>Buscar por código o nombre…</source>
        <translation type="unfinished">Search by code or name…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="47"/>
        <source>Cédula</source>
        <translation type="unfinished">ID number</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="48"/>
        <source>Cargo</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="49"/>
        <source>Salario mensual</source>
        <translation type="unfinished">Monthly salary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="50"/>
        <source>Ingreso</source>
        <translation type="unfinished">Hired</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="51"/>
        <source>Baja</source>
        <translation type="unfinished">Left on</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="57"/>
        <source>Agregar…</source>
        <translation type="unfinished">Add…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="58"/>
        <source>Editar…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="60"/>
        <source>Generar datos de demostración…</source>
        <translation type="unfinished">Generate demo data…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="61"/>
        <source>Dar de baja…</source>
        <translation type="unfinished">Record an exit…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="62"/>
        <source>Liquidación final del empleado elegido, y registrar su baja</source>
        <translation type="unfinished">The chosen employee&apos;s final settlement, and recording their exit</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="63"/>
        <source>Vacaciones…</source>
        <translation type="unfinished">Vacation…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="64"/>
        <source>Saldo de vacaciones de cada empleado activo</source>
        <translation type="unfinished">Each active employee&apos;s vacation balance</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="164"/>
        <source>Baja registrada: la liquidación {0} se calcula en la cola</source>
        <translation type="unfinished">Exit recorded: settlement {0} is being calculated by the queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="176"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="182"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="201"/>
        <source>Importar empleados</source>
        <translation type="unfinished">Import employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="180"/>
        <source>Una planilla nueva</source>
        <translation type="unfinished">A new payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="182"/>
        <source>Agregar los empleados a:</source>
        <translation type="unfinished">Add the employees to:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="194"/>
        <source>Importar CSV</source>
        <translation type="unfinished">Import CSV</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="202"/>
        <source>No se importó nada: el archivo tiene {0} problema(s).</source>
        <translation type="unfinished">Nothing was imported: the file has {0} problem(s).</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="215"/>
        <source>Importados: {0} nuevos, {1} actualizados</source>
        <translation type="unfinished">Imported: {0} new, {1} updated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="222"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="232"/>
        <source>Datos de demostración</source>
        <translation type="unfinished">Demo data</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="222"/>
        <source>¿Cuántos empleados?</source>
        <translation type="unfinished">How many employees?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="229"/>
        <source>Planilla de demostración creada</source>
        <translation type="unfinished">Demo payroll created</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="68"/>
        <source>%v de %m</source>
        <translation type="unfinished">%v of %m</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="73"/>
        <source>Nómina:</source>
        <translation type="unfinished">Run:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="77"/>
        <source>Fallidos:</source>
        <translation type="unfinished">Failed:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="79"/>
        <source>Avance:</source>
        <translation type="unfinished">Progress:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="81"/>
        <source>Ritmo:</source>
        <translation type="unfinished">Rate:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="83"/>
        <source>Tiempo restante:</source>
        <translation type="unfinished">Time left:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="89"/>
        <source>Todos</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="96"/>
        <source>Mostrar:</source>
        <translation type="unfinished">Show:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="121"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="180"/>
        <source>Elija un empleado para ver su detalle.</source>
        <translation type="unfinished">Choose an employee to see the detail.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="127"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="408"/>
        <source>Reintentar fallidos</source>
        <translation type="unfinished">Retry failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="129"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="444"/>
        <source>Recalcular empleado</source>
        <translation type="unfinished">Recalculate employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="131"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="143"/>
        <source>Línea de tiempo</source>
        <translation type="unfinished">Timeline</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="225"/>
        <source>No hay nóminas todavía: cree una en la página Planillas.</source>
        <translation type="unfinished">No runs yet: create one on the Payrolls page.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="290"/>
        <source>{0} de {1}</source>
        <translation type="unfinished">{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="300"/>
        <source>{0:.1f} empleados/s</source>
        <translation type="unfinished">{0:.1f} employees/s</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="305"/>
        <source>terminada</source>
        <translation type="unfinished">finished</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="344"/>
        <source>Percepciones</source>
        <translation type="unfinished">Earnings</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="346"/>
        <source>Aportes patronales (no afectan el neto)</source>
        <translation type="unfinished">Employer contributions (net pay unaffected)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="351"/>
        <source>Estado: &lt;b&gt;{0}&lt;/b&gt; · Intentos: {1} · Días trabajados: {2}</source>
        <translation type="unfinished">Status: &lt;b&gt;{0}&lt;/b&gt; · Attempts: {1} · Days worked: {2}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="370"/>
        <source>Bruto: {0} · Deducciones: {1} · Neto: {2}</source>
        <translation type="unfinished">Gross: {0} · Deductions: {1} · Net: {2}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="405"/>
        <source>{0} empleado(s) en cola otra vez</source>
        <translation type="unfinished">{0} employee(s) queued again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="417"/>
        <source>Cancelar nómina</source>
        <translation type="unfinished">Cancel run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="418"/>
        <source>¿Cancelar esta nómina? Los empleados que aún no se calcularon no se calcularán.</source>
        <translation type="unfinished">Cancel this run? Employees not calculated yet will not be.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="425"/>
        <source>Nómina cancelada: {0} empleado(s) sin calcular</source>
        <translation type="unfinished">Run cancelled: {0} employee(s) not calculated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="441"/>
        <source>Empleado en cola para recalcular</source>
        <translation type="unfinished">Employee queued to be calculated again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="43"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="106"/>
        <source>Novedades…</source>
        <translation type="unfinished">Period inputs…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="44"/>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="132"/>
        <source>Aprobar</source>
        <translation type="unfinished">Approve</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="45"/>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="140"/>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="144"/>
        <source>Marcar pagada</source>
        <translation type="unfinished">Mark paid</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="46"/>
        <source>Reabrir…</source>
        <translation type="unfinished">Reopen…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="73"/>
        <source>El aguinaldo no tiene novedades: se calcula sobre el salario</source>
        <translation type="unfinished">The aguinaldo has no period inputs: it is calculated on the salary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="75"/>
        <source>La liquidación no tiene novedades: se calcula sobre el salario</source>
        <translation type="unfinished">A settlement has no period inputs: it is calculated on the salary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="87"/>
        <source>Aprobada por {0} el {1}</source>
        <translation type="unfinished">Approved by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="93"/>
        <source>pagada por {0} el {1}</source>
        <translation type="unfinished">paid by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="98"/>
        <source>bloqueada: no se recalcula ni cambian sus novedades</source>
        <translation type="unfinished">locked: it is not recalculated and its inputs do not change</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="125"/>
        <source>¿Aprobar esta nómina? Una vez aprobada no se recalcula ni se cambian sus novedades, salvo que se reabra.</source>
        <translation type="unfinished">Approve this run? Once approved it is not recalculated and its inputs cannot be changed, unless it is reopened.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="128"/>
        <source>Aprobar nómina</source>
        <translation type="unfinished">Approve run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="131"/>
        <source>Nómina aprobada</source>
        <translation type="unfinished">Run approved</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="139"/>
        <source>¿Marcar esta nómina como pagada? Ya no se podrá reabrir.</source>
        <translation type="unfinished">Mark this run as paid? It can no longer be reopened.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="143"/>
        <source>Nómina marcada como pagada</source>
        <translation type="unfinished">Run marked as paid</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="155"/>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="162"/>
        <source>Reabrir nómina</source>
        <translation type="unfinished">Reopen run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="156"/>
        <source>Motivo para reabrir la nómina (queda en su historial):</source>
        <translation type="unfinished">Reason for reopening the run (kept in its history):</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="162"/>
        <source>Escriba el motivo para reabrir la nómina.</source>
        <translation type="unfinished">Type the reason for reopening the run.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="167"/>
        <source>Nómina reabierta</source>
        <translation type="unfinished">Run reopened</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_approval.py" line="168"/>
        <source>Reabrir</source>
        <translation type="unfinished">Reopen</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="32"/>
        <source>Enviando</source>
        <translation type="unfinished">Sending</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="33"/>
        <source>Enviada</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="34"/>
        <source>Fallida</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="56"/>
        <source>Colillas por correo</source>
        <translation type="unfinished">Payslips by e-mail</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="59"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="120"/>
        <source>%v de %m enviadas</source>
        <translation type="unfinished">%v of %m sent</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="62"/>
        <source>Enviar colillas por correo…</source>
        <translation type="unfinished">E-mail payslips…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="64"/>
        <source>A cada empleado calculado al que aún no se le envió: nunca dos veces</source>
        <translation type="unfinished">To each calculated employee not sent one yet: never twice</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="67"/>
        <source>Reenviar al seleccionado…</source>
        <translation type="unfinished">Send the selected one again…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="69"/>
        <source>Envía de nuevo la colilla del empleado elegido en la tabla de la nómina</source>
        <translation type="unfinished">Sends again the payslip of the employee chosen in the run&apos;s table</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="78"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="150"/>
        <source>Correo</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="121"/>
        <source> · {0} fallidas</source>
        <translation type="unfinished"> · {0} failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="130"/>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="180"/>
        <source>Enviar colillas por correo</source>
        <translation type="unfinished">E-mail payslips</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="132"/>
        <source>¿Enviar a cada empleado de esta nómina su colilla de pago por correo? Las que ya se enviaron no se envían de nuevo.</source>
        <translation type="unfinished">E-mail each employee of this run their payslip? Those already sent are not sent again.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="142"/>
        <source>Elija un empleado en la tabla de la nómina</source>
        <translation type="unfinished">Choose an employee in the run&apos;s table</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="147"/>
        <source>Reenviar colilla</source>
        <translation type="unfinished">Send payslip again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="148"/>
        <source>¿Enviar de nuevo la colilla de {0} {1}, aunque ya se le haya enviado?</source>
        <translation type="unfinished">Send the payslip of {0} {1} again, even if it was sent already?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="168"/>
        <source>Colillas en cola para enviar: {0}</source>
        <translation type="unfinished">Payslips queued to send: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_mail.py" line="171"/>
        <source>Nada que enviar: cada colilla ya se envió, va en camino o falló (Reintentar fallidas)</source>
        <translation type="unfinished">Nothing to send: each payslip was sent, is on its way or failed (Retry failed)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="27"/>
        <source>Resumen (PDF)</source>
        <translation type="unfinished">Summary (PDF)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="28"/>
        <source>Colillas de pago (PDF)</source>
        <translation type="unfinished">Payslips (PDF)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="29"/>
        <source>Nómina (XLSX)</source>
        <translation type="unfinished">Run (XLSX)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="30"/>
        <source>Reporte INSS e INATEC</source>
        <translation type="unfinished">INSS and INATEC report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="31"/>
        <source>Retenciones de IR (DGI)</source>
        <translation type="unfinished">IR withholdings (DGI)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="32"/>
        <source>Archivo de pago al banco</source>
        <translation type="unfinished">Bank payment file</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="49"/>
        <source>Informes</source>
        <translation type="unfinished">Reports</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="54"/>
        <source>Resumen PDF</source>
        <translation type="unfinished">Summary PDF</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="55"/>
        <source>Colillas de pago PDF…</source>
        <translation type="unfinished">Payslips PDF…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="56"/>
        <source>Exportar XLSX</source>
        <translation type="unfinished">Export XLSX</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="57"/>
        <source>Abrir informe</source>
        <translation type="unfinished">Open report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="59"/>
        <source>Declaraciones…</source>
        <translation type="unfinished">Filings…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="65"/>
        <source>Se hacen de una nómina aprobada o pagada</source>
        <translation type="unfinished">Made from an approved or paid run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="79"/>
        <source>Informe</source>
        <translation type="unfinished">Report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="82"/>
        <source>Archivos</source>
        <translation type="unfinished">Files</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="83"/>
        <source>Hecho</source>
        <translation type="unfinished">Made</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="133"/>
        <source>Informe en cola: {0}</source>
        <translation type="unfinished">Report queued: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="146"/>
        <source>Colillas de pago</source>
        <translation type="unfinished">Payslips</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="147"/>
        <source>¿Cómo quiere las colillas de pago?</source>
        <translation type="unfinished">How do you want the payslips?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="148"/>
        <source>Un solo archivo</source>
        <translation type="unfinished">One file</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="149"/>
        <source>Un archivo por empleado</source>
        <translation type="unfinished">One file per employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="162"/>
        <source>Elija un informe terminado</source>
        <translation type="unfinished">Choose a finished report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="174"/>
        <source>Abrir</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina_reports.py" line="178"/>
        <source>Informe guardado en {0}</source>
        <translation type="unfinished">Report saved in {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="55"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="265"/>
        <source>Nuevo aguinaldo</source>
        <translation type="unfinished">New aguinaldo</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="67"/>
        <source>Acumulado:</source>
        <translation type="unfinished">Accrued:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="69"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="109"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="244"/>
        <source>Calcular</source>
        <translation type="unfinished">Calculate</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="78"/>
        <source>del {0} al {1}</source>
        <translation type="unfinished">from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="92"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="226"/>
        <source>Nueva nómina</source>
        <translation type="unfinished">New run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="95"/>
        <source>Periodicidad:</source>
        <translation type="unfinished">Frequency:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="101"/>
        <source>Desde:</source>
        <translation type="unfinished">From:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="102"/>
        <source>Hasta:</source>
        <translation type="unfinished">To:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="130"/>
        <source>Planilla</source>
        <translation type="unfinished">Payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="131"/>
        <source>Periodicidad</source>
        <translation type="unfinished">Frequency</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="137"/>
        <source>Periodo</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="139"/>
        <source>Avance</source>
        <translation type="unfinished">Progress</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="140"/>
        <source>Fallidos</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="141"/>
        <source>Total neto</source>
        <translation type="unfinished">Net total</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="142"/>
        <source>Usuario</source>
        <translation type="unfinished">User</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="145"/>
        <source>Nueva nómina…</source>
        <translation type="unfinished">New run…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="146"/>
        <source>Nuevo aguinaldo…</source>
        <translation type="unfinished">New aguinaldo…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="147"/>
        <source>Abrir nómina</source>
        <translation type="unfinished">Open run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="166"/>
        <source>Nóminas de la planilla</source>
        <translation type="unfinished">Runs of the payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="206"/>
        <source>Falta el complemento «{0}» de Qt: reinstale PySide6.</source>
        <translation type="unfinished">Qt&apos;s «{0}» plugin is missing: reinstall PySide6.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="214"/>
        <source>No se puede conectar con la pantalla «{0}» (DISPLAY).</source>
        <translation type="unfinished">Cannot connect to the display «{0}» (DISPLAY).</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="221"/>
        <source>No hay pantalla: DISPLAY y WAYLAND_DISPLAY están vacíos (¿una sesión SSH?). Abra Coati Desk desde el escritorio, o con «ssh -X».</source>
        <translation type="unfinished">There is no display: DISPLAY and WAYLAND_DISPLAY are empty (an SSH session?). Start Coati Desk from the desktop, or with «ssh -X».</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="225"/>
        <source>Coati Desk no puede abrir su ventana.</source>
        <translation type="unfinished">Coati Desk cannot open its window.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="239"/>
        <source>A la plataforma gráfica «{0}» de Qt le faltan bibliotecas del sistema, o no se pueden cargar: {1}.</source>
        <translation type="unfinished">Qt&apos;s «{0}» graphics platform is missing system libraries, or cannot load them: {1}.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="243"/>
        <source>Instale los paquetes que las contienen.</source>
        <translation type="unfinished">Install the packages that contain them.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="244"/>
        <source>Instálelas con:</source>
        <translation type="unfinished">Install them with:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="251"/>
        <source>Sin ventana:</source>
        <translation type="unfinished">Without a window:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="253"/>
        <source>(comprueba la instalación)</source>
        <translation type="unfinished">(checks the installation)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="255"/>
        <source>(en un escritorio Wayland)</source>
        <translation type="unfinished">(on a Wayland desktop)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="257"/>
        <source>(workers para la cola)</source>
        <translation type="unfinished">(workers for the queue)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/platform_check.py" line="259"/>
        <source>(los comandos: demo, run, export, report...)</source>
        <translation type="unfinished">(the commands: demo, run, export, report...)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/run_timeline.py" line="46"/>
        <source>Línea de tiempo: {0}</source>
        <translation type="unfinished">Timeline: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/run_timeline.py" line="49"/>
        <source>Leyendo la nómina…</source>
        <translation type="unfinished">Reading the run…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/run_timeline.py" line="50"/>
        <source>Actualizar</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/run_timeline.py" line="69"/>
        <source>Esta nómina no tiene empleados</source>
        <translation type="unfinished">This run has no employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/runtime.py" line="131"/>
        <source>Esta cola ({0}) trabaja con la base de datos {1} ({2}), no con la de este equipo, {3} ({4}): no se usa. Elija la misma base de datos en Configuración o detenga los equipos y workers que usan la otra.</source>
        <translation type="unfinished">This queue ({0}) works with database {1} ({2}), not with this computer&apos;s, {3} ({4}): it is not used. Choose the same database in Settings, or stop the computers and workers that use the other one.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="49"/>
        <source>no es una carpeta</source>
        <translation type="unfinished">not a folder</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="51"/>
        <source>nombre no válido ({0})</source>
        <translation type="unfinished">invalid name ({0})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="52"/>
        <source>sin permiso de escritura</source>
        <translation type="unfinished">not writable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="58"/>
        <source>Configuración</source>
        <translation type="unfinished">Settings</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="66"/>
        <source>Automático (Redis si responde, si no Huey)</source>
        <translation type="unfinished">Automatic (Redis if it answers, else Huey)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="67"/>
        <source>Huey (carpeta local, sin servidor)</source>
        <translation type="unfinished">Huey (local folder, no server)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="76"/>
        <source>URL de Redis:</source>
        <translation type="unfinished">Redis URL:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="79"/>
        <source>Contraseña de Redis:</source>
        <translation type="unfinished">Redis password:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="81"/>
        <source>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</source>
        <translation type="unfinished">Kept in the system keyring, never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="84"/>
        <source>Este equipo no tiene llavero: la contraseña se recuerda solo hasta cerrar la aplicación.</source>
        <translation type="unfinished">This computer has no keyring: the password is remembered only until the app closes.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="101"/>
        <source>Base de datos de planillas:</source>
        <translation type="unfinished">Payroll database:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="104"/>
        <source>(predeterminada)</source>
        <translation type="unfinished">(default)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="105"/>
        <source>Examinar…</source>
        <translation type="unfinished">Browse…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="112"/>
        <source>Carpeta de la cola:</source>
        <translation type="unfinished">Queue folder:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="118"/>
        <source>Hilos de trabajo:</source>
        <translation type="unfinished">Worker threads:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="119"/>
        <source>Calcular en este equipo (workers al iniciar)</source>
        <translation type="unfinished">Calculate on this computer (start workers)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="126"/>
        <source> días</source>
        <translation type="unfinished"> days</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="127"/>
        <source>Siempre</source>
        <translation type="unfinished">Always</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="130"/>
        <source>Las tareas terminadas hace más días se borran del historial de la cola, y los informes guardados en la base de datos (se pueden generar otra vez)</source>
        <translation type="unfinished">Tasks finished more days ago are removed from the queue history, and so are the reports kept in the database (they can be made again)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="134"/>
        <source>Conservar historial:</source>
        <translation type="unfinished">Keep history:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="138"/>
        <source>Desactivado</source>
        <translation type="unfinished">Off</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="140"/>
        <source>Actualizar cada:</source>
        <translation type="unfinished">Refresh every:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="145"/>
        <source>Idioma:</source>
        <translation type="unfinished">Language:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="149"/>
        <source>General</source>
        <translation type="unfinished">General</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="188"/>
        <source>Escriba la URL de Redis</source>
        <translation type="unfinished">Type the Redis URL</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="207"/>
        <source>Carpeta de la cola</source>
        <translation type="unfinished">Queue folder</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="219"/>
        <source>Carpeta utilizable</source>
        <translation type="unfinished">Folder usable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="221"/>
        <source>No se puede usar: {0}</source>
        <translation type="unfinished">Cannot be used: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="36"/>
        <source>Iniciada</source>
        <translation type="unfinished">Started</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="38"/>
        <source>Error (se reintenta)</source>
        <translation type="unfinished">Error (retried)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="41"/>
        <source>Perdida (worker caído)</source>
        <translation type="unfinished">Lost (worker gone)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="42"/>
        <source>Interrumpida</source>
        <translation type="unfinished">Interrupted</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="70"/>
        <source>Tarea {0}</source>
        <translation type="unfinished">Task {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="80"/>
        <source>Id:</source>
        <translation type="unfinished">Id:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="83"/>
        <source>Intentos:</source>
        <translation type="unfinished">Attempts:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="86"/>
        <source>Progreso:</source>
        <translation type="unfinished">Progress:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="87"/>
        <source>Worker:</source>
        <translation type="unfinished">Worker:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="88"/>
        <source>Encolada:</source>
        <translation type="unfinished">Queued:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="89"/>
        <source>Terminada:</source>
        <translation type="unfinished">Finished:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="104"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="108"/>
        <source>Resultado</source>
        <translation type="unfinished">Result</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="108"/>
        <source>N.º</source>
        <translation type="unfinished">No.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="108"/>
        <source>Fin</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="123"/>
        <source>Elija un intento para ver su traza</source>
        <translation type="unfinished">Choose an attempt to see its traceback</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="134"/>
        <source>Intentos ({0})</source>
        <translation type="unfinished">Attempts ({0})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="137"/>
        <source>Momento</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="137"/>
        <source>Evento</source>
        <translation type="unfinished">Event</translation>
    </message>
    <message>
        <location filename="../../coati_desk/payroll/amounts.py" line="31"/>
        <source>Bruto</source>
        <translation type="unfinished">Gross</translation>
    </message>
    <message>
        <location filename="../../coati_desk/payroll/amounts.py" line="34"/>
        <source>Otras deducciones</source>
        <translation type="unfinished">Other deductions</translation>
    </message>
    <message>
        <location filename="../../coati_desk/payroll/amounts.py" line="37"/>
        <source>INSS patronal</source>
        <translation type="unfinished">Employer INSS</translation>
    </message>
    <message>
        <location filename="../../coati_desk/payroll/amounts.py" line="38"/>
        <source>INATEC</source>
        <translation type="unfinished">INATEC</translation>
    </message>
</context>
<context>
    <name>coati</name>
    <message>
        <location filename="../../coati_desk/gui/table_model.py" line="60"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
</TS>
