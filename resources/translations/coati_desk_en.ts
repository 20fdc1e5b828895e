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
        <location filename="../../coati_desk/gui/charts.py" line="234"/>
        <source>Gráfico no disponible: {0}</source>
        <translation type="unfinished">Chart not available: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="312"/>
        <source>Tareas por minuto (última hora)</source>
        <translation type="unfinished">Tasks per minute (last hour)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="313"/>
        <source>Completadas</source>
        <translation type="unfinished">Completed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="313"/>
        <source>Fallidas</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="376"/>
        <source>Última hora: {0} completadas, {1} fallidas</source>
        <translation type="unfinished">Last hour: {0} completed, {1} failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="380"/>
        <location filename="../../coati_desk/gui/charts.py" line="462"/>
        <location filename="../../coati_desk/gui/charts.py" line="898"/>
        <source>Sin datos</source>
        <translation type="unfinished">No data</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="409"/>
        <source>Profundidad de la cola</source>
        <translation type="unfinished">Queue depth</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="410"/>
        <location filename="../../coati_desk/gui/charts.py" line="442"/>
        <location filename="../../coati_desk/gui/charts.py" line="571"/>
        <location filename="../../coati_desk/gui/pages/base.py" line="30"/>
        <location filename="../../coati_desk/gui/pages/base.py" line="34"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="34"/>
        <source>En cola</source>
        <translation type="unfinished">Queued</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="410"/>
        <location filename="../../coati_desk/gui/charts.py" line="445"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="314"/>
        <source>En proceso</source>
        <translation type="unfinished">Running</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="473"/>
        <source>Ahora: {0} en cola, {1} en proceso</source>
        <translation type="unfinished">Now: {0} queued, {1} running</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="513"/>
        <source>Tiempo en cola y de ejecución (p50, p95)</source>
        <translation type="unfinished">Time in queue and run time (p50, p95)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="515"/>
        <location filename="../../coati_desk/gui/charts.py" line="527"/>
        <source>En cola p50</source>
        <translation type="unfinished">Queued p50</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="516"/>
        <location filename="../../coati_desk/gui/charts.py" line="528"/>
        <source>En cola p95</source>
        <translation type="unfinished">Queued p95</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="517"/>
        <location filename="../../coati_desk/gui/charts.py" line="529"/>
        <source>Ejecución p50</source>
        <translation type="unfinished">Run p50</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="518"/>
        <location filename="../../coati_desk/gui/charts.py" line="530"/>
        <source>Ejecución p95</source>
        <translation type="unfinished">Run p95</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="525"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="132"/>
        <source>Tarea</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="526"/>
        <source>Cantidad</source>
        <translation type="unfinished">Count</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="572"/>
        <source>Ejecución</source>
        <translation type="unfinished">Run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="578"/>
        <source>segundos</source>
        <translation type="unfinished">seconds</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="646"/>
        <source>Línea de tiempo de la nómina</source>
        <translation type="unfinished">Run timeline</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="648"/>
        <source>Esperando</source>
        <translation type="unfinished">Waiting</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="660"/>
        <source>Empleado</source>
        <translation type="unfinished">Employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="661"/>
        <source>Cálculo</source>
        <translation type="unfinished">Calculation</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="679"/>
        <source>Los {0} más lentos (con borde)</source>
        <translation type="unfinished">The {0} slowest (outlined)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="792"/>
        <source>Empleados calculando a la vez</source>
        <translation type="unfinished">Employees calculating at once</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="815"/>
        <source>segundos desde la primera tarea encolada</source>
        <translation type="unfinished">seconds since the first task was queued</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="887"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="166"/>
        <source>{0} empleados</source>
        <translation type="unfinished">{0} employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/charts.py" line="894"/>
        <source>{0} de {1} calculados · {2} fallidos · {3} · hasta {4} a la vez</source>
        <translation type="unfinished">{0} of {1} calculated · {2} failed · {3} · up to {4} at once</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="71"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="100"/>
        <source>Planillas</source>
        <translation type="unfinished">Payrolls</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="72"/>
        <source>Nómina</source>
        <translation type="unfinished">Run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="73"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="96"/>
        <source>Cola</source>
        <translation type="unfinished">Queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="74"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="75"/>
        <source>Empleados</source>
        <translation type="unfinished">Employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="83"/>
        <source>Registro</source>
        <translation type="unfinished">Log</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="96"/>
        <source>Cola: iniciando…</source>
        <translation type="unfinished">Queue: starting…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="112"/>
        <source>&amp;Archivo</source>
        <translation type="unfinished">&amp;File</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="113"/>
        <source>&amp;Configuración…</source>
        <translation type="unfinished">&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="115"/>
        <source>&amp;Actualizar</source>
        <translation type="unfinished">&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="118"/>
        <source>&amp;Salir</source>
        <translation type="unfinished">&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="123"/>
        <source>A&amp;yuda</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="124"/>
        <source>&amp;Acerca de Coati Desk</source>
        <translation type="unfinished">&amp;About Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="186"/>
        <source>Actualizado {0}</source>
        <translation type="unfinished">Updated {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="192"/>
        <source>Redis no disponible</source>
        <translation type="unfinished">Redis unavailable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="194"/>
        <source>no disponible</source>
        <translation type="unfinished">unavailable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="198"/>
        <source>Actualización fallida {0}: {1}</source>
        <translation type="unfinished">Refresh failed {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="203"/>
        <location filename="../../coati_desk/gui/main_window.py" line="231"/>
        <source>Cola: {0}</source>
        <translation type="unfinished">Queue: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="230"/>
        <source>En línea</source>
        <translation type="unfinished">Inline</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="231"/>
        <source>sin iniciar</source>
        <translation type="unfinished">not started</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="236"/>
        <source>Workers: {0} hilos</source>
        <translation type="unfinished">Workers: {0} threads</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="237"/>
        <source>Pausar workers</source>
        <translation type="unfinished">Pause workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="239"/>
        <source>Workers: en pausa</source>
        <translation type="unfinished">Workers: paused</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="240"/>
        <source>Reanudar workers</source>
        <translation type="unfinished">Resume workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="282"/>
        <source>Cola: error (se reintenta)</source>
        <translation type="unfinished">Queue: error (trying again)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="319"/>
        <source>Sin llavero en este equipo: la contraseña se usa solo en esta sesión</source>
        <translation type="unfinished">No keyring on this computer: the password is used for this session only</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="323"/>
        <source>El idioma cambiará al volver a abrir la aplicación</source>
        <translation type="unfinished">The language changes when the app is opened again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="326"/>
        <source>Cambiando la cola…</source>
        <translation type="unfinished">Switching the queue…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="342"/>
        <source>Bienvenido a Coati Desk</source>
        <translation type="unfinished">Welcome to Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="344"/>
        <source>Todavía no hay empleados. ¿Quiere generar datos de demostración o importar sus empleados desde un archivo CSV?</source>
        <translation type="unfinished">There are no employees yet. Generate demo data, or import your employees from a CSV file?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="349"/>
        <source>Generar demostración</source>
        <translation type="unfinished">Generate demo data</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="350"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="140"/>
        <source>Importar CSV…</source>
        <translation type="unfinished">Import CSV…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="351"/>
        <source>Más tarde</source>
        <translation type="unfinished">Later</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="386"/>
        <source>Acerca de Coati Desk</source>
        <translation type="unfinished">About Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/main_window.py" line="388"/>
        <source>Coati Desk {0}
Planillas calculadas en segundo plano, una tarea por empleado.</source>
        <translation type="unfinished">Coati Desk {0}
Payrolls calculated in the background, one task per employee.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="35"/>
        <source>Programada</source>
        <translation type="unfinished">Scheduled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="36"/>
        <location filename="../../coati_desk/gui/pages/base.py" line="41"/>
        <source>Calculando</source>
        <translation type="unfinished">Calculating</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="37"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="36"/>
        <source>Completado</source>
        <translation type="unfinished">Completed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="38"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="38"/>
        <source>Fallido</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="39"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="39"/>
        <source>Cancelado</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="40"/>
        <source>Desconocida</source>
        <translation type="unfinished">Unknown</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="42"/>
        <source>Calculada</source>
        <translation type="unfinished">Calculated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="43"/>
        <source>Calculada con errores</source>
        <translation type="unfinished">Calculated with errors</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="44"/>
        <source>Cancelada</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="45"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="64"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="133"/>
        <source>Activo</source>
        <translation type="unfinished">Active</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="46"/>
        <source>Sin señal</source>
        <translation type="unfinished">Silent</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="65"/>
        <source>Mensual</source>
        <translation type="unfinished">Monthly</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="65"/>
        <source>Quincenal</source>
        <translation type="unfinished">Biweekly</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="65"/>
        <source>Semanal</source>
        <translation type="unfinished">Weekly</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/base.py" line="140"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="356"/>
        <source>Coati Desk</source>
        <translation type="unfinished">Coati Desk</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="57"/>
        <source>Resumen</source>
        <translation type="unfinished">Summary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="58"/>
        <source>Tareas</source>
        <translation type="unfinished">Tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="59"/>
        <source>Gráficos</source>
        <translation type="unfinished">Charts</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="67"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="79"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="133"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="114"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="191"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="81"/>
        <source>Estado</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="68"/>
        <source>Todas las tareas</source>
        <translation type="unfinished">All tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="69"/>
        <source>Tareas de la nómina abierta</source>
        <translation type="unfinished">Tasks of the open run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="74"/>
        <source>Dato</source>
        <translation type="unfinished">Item</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="74"/>
        <source>Valor</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="78"/>
        <source>Equipo</source>
        <translation type="unfinished">Host</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="80"/>
        <source>Proceso</source>
        <translation type="unfinished">Process</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="81"/>
        <source>Hilos</source>
        <translation type="unfinished">Threads</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="82"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="42"/>
        <source>En curso</source>
        <translation type="unfinished">Running</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="83"/>
        <source>Último latido</source>
        <translation type="unfinished">Last heartbeat</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="84"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="105"/>
        <source>Worker</source>
        <translation type="unfinished">Worker</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="89"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="336"/>
        <source>Pausar workers de este equipo</source>
        <translation type="unfinished">Pause this computer&apos;s workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="94"/>
        <source>Tareas por estado</source>
        <translation type="unfinished">Tasks by status</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="100"/>
        <source>Workers por equipo</source>
        <translation type="unfinished">Workers by machine</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="115"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="119"/>
        <source>Todas</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="121"/>
        <source>Id de tarea, código o nombre de empleado</source>
        <translation type="unfinished">Task id, employee code or name</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="127"/>
        <source>Buscar</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="134"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="100"/>
        <source>Argumentos</source>
        <translation type="unfinished">Arguments</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="135"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="120"/>
        <source>Intentos</source>
        <translation type="unfinished">Attempts</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="136"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="192"/>
        <source>Progreso</source>
        <translation type="unfinished">Progress</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="137"/>
        <source>Encolada</source>
        <translation type="unfinished">Queued at</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="138"/>
        <source>Terminada</source>
        <translation type="unfinished">Finished</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="139"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="121"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="195"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="483"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="105"/>
        <source>Error</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="140"/>
        <source>Id</source>
        <translation type="unfinished">Id</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="147"/>
        <source>Reintentar seleccionadas</source>
        <translation type="unfinished">Retry selected</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="148"/>
        <source>Reintentar todas las fallidas…</source>
        <translation type="unfinished">Retry all failed…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="149"/>
        <source>Cancelar seleccionadas</source>
        <translation type="unfinished">Cancel selected</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="150"/>
        <source>Eliminar seleccionadas…</source>
        <translation type="unfinished">Delete selected…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="151"/>
        <source>Ver detalle</source>
        <translation type="unfinished">Show detail</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="155"/>
        <source>Vaciar cola…</source>
        <translation type="unfinished">Empty queue…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="164"/>
        <source>◀ Anterior</source>
        <translation type="unfinished">◀ Previous</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="165"/>
        <source>Siguiente ▶</source>
        <translation type="unfinished">Next ▶</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="171"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="84"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="77"/>
        <source>Estado:</source>
        <translation type="unfinished">Status:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="173"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="76"/>
        <source>Tarea:</source>
        <translation type="unfinished">Task:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="175"/>
        <source>Buscar:</source>
        <translation type="unfinished">Search:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="188"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="65"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="80"/>
        <source>Cola:</source>
        <translation type="unfinished">Queue:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="261"/>
        <source>Nómina abierta: {0} de {1} tareas terminadas ({2} %)</source>
        <translation type="unfinished">Open run: {0} of {1} tasks finished ({2} %)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="296"/>
        <source>Huey (carpeta local)</source>
        <translation type="unfinished">Huey (local folder)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="297"/>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="61"/>
        <source>Dramatiq + Redis</source>
        <translation type="unfinished">Dramatiq + Redis</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="298"/>
        <source>En línea (sin cola)</source>
        <translation type="unfinished">Inline (no queue)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="301"/>
        <source>Backend</source>
        <translation type="unfinished">Backend</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="302"/>
        <source>Ubicación</source>
        <translation type="unfinished">Location</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="305"/>
        <source>Cola {0} (listas)</source>
        <translation type="unfinished">Queue {0} (ready)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="307"/>
        <source>Programadas (retrasos y reintentos)</source>
        <translation type="unfinished">Scheduled (delays and retries)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="308"/>
        <source>Mensajes muertos</source>
        <translation type="unfinished">Dead letters</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="312"/>
        <source>Pendientes</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="313"/>
        <source>Programadas</source>
        <translation type="unfinished">Scheduled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="316"/>
        <source>Tareas registradas</source>
        <translation type="unfinished">Registered tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="326"/>
        <source>{0}–{1} de {2} tareas</source>
        <translation type="unfinished">{0}–{1} of {2} tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="338"/>
        <source>Reanudar workers de este equipo</source>
        <translation type="unfinished">Resume this computer&apos;s workers</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="352"/>
        <source>Elija una o más tareas</source>
        <translation type="unfinished">Choose one or more tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="381"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="403"/>
        <source>{0} tarea(s) en cola otra vez</source>
        <translation type="unfinished">{0} task(s) queued again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="381"/>
        <source>Reintentar</source>
        <translation type="unfinished">Retry</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="393"/>
        <source>No hay tareas fallidas</source>
        <translation type="unfinished">No failed tasks</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="396"/>
        <source>¿Reintentar las {0} tareas fallidas de {1}?</source>
        <translation type="unfinished">Retry the {0} failed tasks of {1}?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="398"/>
        <source>¿Reintentar las {0} tareas fallidas?</source>
        <translation type="unfinished">Retry the {0} failed tasks?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="404"/>
        <location filename="../../coati_desk/gui/pages/cola.py" line="410"/>
        <source>Reintentar fallidas</source>
        <translation type="unfinished">Retry failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="417"/>
        <source>{0} tarea(s) canceladas</source>
        <translation type="unfinished">{0} task(s) cancelled</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="417"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="140"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="522"/>
        <source>Cancelar</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="425"/>
        <source>¿Eliminar {0} tarea(s) del historial? Solo se eliminan las terminadas (completadas, fallidas o canceladas); no se puede deshacer.</source>
        <translation type="unfinished">Delete {0} task(s) from the history? Only finished ones (completed, failed or cancelled) are deleted; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="431"/>
        <source>{0} tarea(s) eliminadas del historial</source>
        <translation type="unfinished">{0} task(s) deleted from the history</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="432"/>
        <source>Eliminar</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="441"/>
        <source>¿Vaciar la cola «{0}»? Se cancelan todas sus tareas en espera; las que están en curso terminan. No se puede deshacer.</source>
        <translation type="unfinished">Empty the queue «{0}»? All its waiting tasks are cancelled; those running finish. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="447"/>
        <source>{0} tarea(s) canceladas al vaciar la cola</source>
        <translation type="unfinished">{0} task(s) cancelled by emptying the queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="448"/>
        <source>Vaciar cola</source>
        <translation type="unfinished">Empty queue</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="455"/>
        <source>Elija una tarea</source>
        <translation type="unfinished">Choose a task</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/cola.py" line="465"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="445"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="134"/>
        <source>Detalle</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="42"/>
        <source>Editar empleado</source>
        <translation type="unfinished">Edit employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="42"/>
        <source>Nuevo empleado</source>
        <translation type="unfinished">New employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="58"/>
        <source>Fecha de baja</source>
        <translation type="unfinished">Termination date</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="69"/>
        <source>Código:</source>
        <translation type="unfinished">Code:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="70"/>
        <source>Nombres:</source>
        <translation type="unfinished">First names:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="71"/>
        <source>Apellidos:</source>
        <translation type="unfinished">Last names:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="72"/>
        <source>Cédula:</source>
        <translation type="unfinished">ID number:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="73"/>
        <source>Salario mensual:</source>
        <translation type="unfinished">Monthly salary:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="74"/>
        <source>Fecha de ingreso:</source>
        <translation type="unfinished">Hire date:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="78"/>
        <source>Agregar a la planilla:</source>
        <translation type="unfinished">Add to payroll:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="109"/>
        <source>Guardando…</source>
        <translation type="unfinished">Saving…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="123"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="102"/>
        <source>Buscar por código o nombre…</source>
        <translation type="unfinished">Search by code or name…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="127"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="112"/>
        <source>Código</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="128"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="113"/>
        <source>Nombre</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="129"/>
        <source>Cédula</source>
        <translation type="unfinished">ID number</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="130"/>
        <source>Salario mensual</source>
        <translation type="unfinished">Monthly salary</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="131"/>
        <source>Ingreso</source>
        <translation type="unfinished">Hired</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="132"/>
        <source>Baja</source>
        <translation type="unfinished">Left on</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="138"/>
        <source>Agregar…</source>
        <translation type="unfinished">Add…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="139"/>
        <source>Editar…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="141"/>
        <source>Generar datos de demostración…</source>
        <translation type="unfinished">Generate demo data…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="175"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="528"/>
        <source>Elija un empleado en la tabla</source>
        <translation type="unfinished">Choose an employee in the table</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="183"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="189"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="208"/>
        <source>Importar empleados</source>
        <translation type="unfinished">Import employees</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="187"/>
        <source>Una planilla nueva</source>
        <translation type="unfinished">A new payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="189"/>
        <source>Agregar los empleados a:</source>
        <translation type="unfinished">Add the employees to:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="201"/>
        <source>Importar CSV</source>
        <translation type="unfinished">Import CSV</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="209"/>
        <source>No se importó nada: el archivo tiene {0} problema(s).</source>
        <translation type="unfinished">Nothing was imported: the file has {0} problem(s).</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="216"/>
        <source>Importación rechazada: </source>
        <translation type="unfinished">Import refused: </translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="221"/>
        <source>Importados: {0} nuevos, {1} actualizados</source>
        <translation type="unfinished">Imported: {0} new, {1} updated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="228"/>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="238"/>
        <source>Datos de demostración</source>
        <translation type="unfinished">Demo data</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="228"/>
        <source>¿Cuántos empleados?</source>
        <translation type="unfinished">How many employees?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/empleados.py" line="235"/>
        <source>Planilla de demostración creada</source>
        <translation type="unfinished">Demo payroll created</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="42"/>
        <source>Resumen (PDF)</source>
        <translation type="unfinished">Summary (PDF)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="43"/>
        <source>Colillas de pago (PDF)</source>
        <translation type="unfinished">Payslips (PDF)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="44"/>
        <source>Nómina (XLSX)</source>
        <translation type="unfinished">Run (XLSX)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="77"/>
        <source>%v de %m</source>
        <translation type="unfinished">%v of %m</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="82"/>
        <source>Nómina:</source>
        <translation type="unfinished">Run:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="86"/>
        <source>Fallidos:</source>
        <translation type="unfinished">Failed:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="88"/>
        <source>Avance:</source>
        <translation type="unfinished">Progress:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="90"/>
        <source>Ritmo:</source>
        <translation type="unfinished">Rate:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="92"/>
        <source>Tiempo restante:</source>
        <translation type="unfinished">Time left:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="98"/>
        <source>Todos</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="105"/>
        <source>Mostrar:</source>
        <translation type="unfinished">Show:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="115"/>
        <source>Bruto</source>
        <translation type="unfinished">Gross</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="116"/>
        <source>INSS</source>
        <translation type="unfinished">INSS</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="117"/>
        <source>IR</source>
        <translation type="unfinished">Income tax</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="118"/>
        <source>Otras deducciones</source>
        <translation type="unfinished">Other deductions</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="119"/>
        <source>Neto</source>
        <translation type="unfinished">Net</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="133"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="214"/>
        <source>Elija un empleado para ver su detalle.</source>
        <translation type="unfinished">Choose an employee to see the detail.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="139"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="504"/>
        <source>Reintentar fallidos</source>
        <translation type="unfinished">Retry failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="141"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="537"/>
        <source>Recalcular empleado</source>
        <translation type="unfinished">Recalculate employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="142"/>
        <source>Exportar CSV…</source>
        <translation type="unfinished">Export CSV…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="143"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="140"/>
        <source>Línea de tiempo</source>
        <translation type="unfinished">Timeline</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="180"/>
        <source>Resumen PDF</source>
        <translation type="unfinished">Summary PDF</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="181"/>
        <source>Colillas de pago PDF…</source>
        <translation type="unfinished">Payslips PDF…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="182"/>
        <source>Exportar XLSX</source>
        <translation type="unfinished">Export XLSX</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="183"/>
        <source>Abrir informe</source>
        <translation type="unfinished">Open report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="190"/>
        <source>Informe</source>
        <translation type="unfinished">Report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="193"/>
        <source>Archivos</source>
        <translation type="unfinished">Files</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="194"/>
        <source>Hecho</source>
        <translation type="unfinished">Made</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="200"/>
        <source>Informes</source>
        <translation type="unfinished">Reports</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="255"/>
        <source>No hay nóminas todavía: cree una en la página Planillas.</source>
        <translation type="unfinished">No runs yet: create one on the Payrolls page.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="302"/>
        <source>{0} de {1}</source>
        <translation type="unfinished">{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="312"/>
        <source>{0:.1f} empleados/s</source>
        <translation type="unfinished">{0:.1f} employees/s</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="317"/>
        <source>terminada</source>
        <translation type="unfinished">finished</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="379"/>
        <source>Informe en cola: {0}</source>
        <translation type="unfinished">Report queued: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="394"/>
        <source>Colillas de pago</source>
        <translation type="unfinished">Payslips</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="395"/>
        <source>¿Cómo quiere las colillas de pago?</source>
        <translation type="unfinished">How do you want the payslips?</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="396"/>
        <source>Un solo archivo</source>
        <translation type="unfinished">One file</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="397"/>
        <source>Un archivo por empleado</source>
        <translation type="unfinished">One file per employee</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="410"/>
        <source>Elija un informe terminado</source>
        <translation type="unfinished">Choose a finished report</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="422"/>
        <source>Abrir</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="426"/>
        <source>Informe guardado en {0}</source>
        <translation type="unfinished">Report saved in {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="449"/>
        <source>Percepciones</source>
        <translation type="unfinished">Earnings</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="450"/>
        <source>Deducciones</source>
        <translation type="unfinished">Deductions</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="451"/>
        <source>Aportes patronales (no afectan el neto)</source>
        <translation type="unfinished">Employer contributions (net pay unaffected)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="456"/>
        <source>Estado: &lt;b&gt;{0}&lt;/b&gt; · Intentos: {1} · Días trabajados: {2}</source>
        <translation type="unfinished">Status: &lt;b&gt;{0}&lt;/b&gt; · Attempts: {1} · Days worked: {2}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="475"/>
        <source>Bruto: {0} · Deducciones: {1} · Neto: {2}</source>
        <translation type="unfinished">Gross: {0} · Deductions: {1} · Net: {2}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="501"/>
        <source>{0} empleado(s) en cola otra vez</source>
        <translation type="unfinished">{0} employee(s) queued again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="513"/>
        <source>Cancelar nómina</source>
        <translation type="unfinished">Cancel run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="514"/>
        <source>¿Cancelar esta nómina? Los empleados que aún no se calcularon no se calcularán.</source>
        <translation type="unfinished">Cancel this run? Employees not calculated yet will not be.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="520"/>
        <source>Nómina cancelada: {0} empleado(s) sin calcular</source>
        <translation type="unfinished">Run cancelled: {0} employee(s) not calculated</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="534"/>
        <source>Empleado en cola para recalcular</source>
        <translation type="unfinished">Employee queued to be calculated again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="557"/>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="566"/>
        <source>Exportar CSV</source>
        <translation type="unfinished">Export CSV</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/nomina.py" line="564"/>
        <source>{0} empleados exportados a {1}</source>
        <translation type="unfinished">{0} employees exported to {1}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="47"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="164"/>
        <source>Nueva nómina</source>
        <translation type="unfinished">New run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="49"/>
        <source>Planilla:</source>
        <translation type="unfinished">Payroll:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="50"/>
        <source>Periodicidad:</source>
        <translation type="unfinished">Frequency:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="56"/>
        <source>Desde:</source>
        <translation type="unfinished">From:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="57"/>
        <source>Hasta:</source>
        <translation type="unfinished">To:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="59"/>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="179"/>
        <source>Calcular</source>
        <translation type="unfinished">Calculate</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="73"/>
        <source>Planilla</source>
        <translation type="unfinished">Payroll</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="74"/>
        <source>Periodicidad</source>
        <translation type="unfinished">Frequency</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="80"/>
        <source>Periodo</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="82"/>
        <source>Avance</source>
        <translation type="unfinished">Progress</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="83"/>
        <source>Fallidos</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="84"/>
        <source>Total neto</source>
        <translation type="unfinished">Net total</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="85"/>
        <source>Usuario</source>
        <translation type="unfinished">User</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="88"/>
        <source>Nueva nómina…</source>
        <translation type="unfinished">New run…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="89"/>
        <source>Abrir nómina</source>
        <translation type="unfinished">Open run</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/pages/planillas.py" line="105"/>
        <source>Nóminas de la planilla</source>
        <translation type="unfinished">Runs of the payroll</translation>
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
        <location filename="../../coati_desk/gui/settings_dialog.py" line="43"/>
        <source>no es una carpeta</source>
        <translation type="unfinished">not a folder</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="45"/>
        <source>nombre no válido ({0})</source>
        <translation type="unfinished">invalid name ({0})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="46"/>
        <source>sin permiso de escritura</source>
        <translation type="unfinished">not writable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="52"/>
        <source>Configuración</source>
        <translation type="unfinished">Settings</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="59"/>
        <source>Automático (Redis si responde, si no Huey)</source>
        <translation type="unfinished">Automatic (Redis if it answers, else Huey)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="60"/>
        <source>Huey (carpeta local, sin servidor)</source>
        <translation type="unfinished">Huey (local folder, no server)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="69"/>
        <source>URL de Redis:</source>
        <translation type="unfinished">Redis URL:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="72"/>
        <source>Contraseña de Redis:</source>
        <translation type="unfinished">Redis password:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="74"/>
        <source>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</source>
        <translation type="unfinished">Kept in the system keyring, never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="77"/>
        <source>Este equipo no tiene llavero: la contraseña se recuerda solo hasta cerrar la aplicación.</source>
        <translation type="unfinished">This computer has no keyring: the password is remembered only until the app closes.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="84"/>
        <source>Probar conexión</source>
        <translation type="unfinished">Test connection</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="94"/>
        <source>(predeterminada)</source>
        <translation type="unfinished">(default)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="95"/>
        <source>Examinar…</source>
        <translation type="unfinished">Browse…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="102"/>
        <source>Carpeta de la cola:</source>
        <translation type="unfinished">Queue folder:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="108"/>
        <source>Hilos de trabajo:</source>
        <translation type="unfinished">Worker threads:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="109"/>
        <source>Calcular en este equipo (workers al iniciar)</source>
        <translation type="unfinished">Calculate on this computer (start workers)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="116"/>
        <source> días</source>
        <translation type="unfinished"> days</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="117"/>
        <source>Siempre</source>
        <translation type="unfinished">Always</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="120"/>
        <source>Las tareas terminadas hace más días se borran del historial de la cola, y los informes guardados en la base de datos (se pueden generar otra vez)</source>
        <translation type="unfinished">Tasks finished more days ago are removed from the queue history, and so are the reports kept in the database (they can be made again)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="124"/>
        <source>Conservar historial:</source>
        <translation type="unfinished">Keep history:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="128"/>
        <source>Desactivado</source>
        <translation type="unfinished">Off</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="130"/>
        <source>Actualizar cada:</source>
        <translation type="unfinished">Refresh every:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="135"/>
        <source>Idioma:</source>
        <translation type="unfinished">Language:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="159"/>
        <source>Escriba la URL de Redis</source>
        <translation type="unfinished">Type the Redis URL</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="162"/>
        <source>Probando…</source>
        <translation type="unfinished">Testing…</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="167"/>
        <source>Conexión correcta</source>
        <translation type="unfinished">Connection OK</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="170"/>
        <source>No se pudo conectar: {0}</source>
        <translation type="unfinished">Could not connect: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="176"/>
        <source>Carpeta de la cola</source>
        <translation type="unfinished">Queue folder</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="188"/>
        <source>Carpeta utilizable</source>
        <translation type="unfinished">Folder usable</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/settings_dialog.py" line="190"/>
        <source>No se puede usar: {0}</source>
        <translation type="unfinished">Cannot be used: {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="35"/>
        <source>Iniciada</source>
        <translation type="unfinished">Started</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="37"/>
        <source>Error (se reintenta)</source>
        <translation type="unfinished">Error (retried)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="40"/>
        <source>Perdida (worker caído)</source>
        <translation type="unfinished">Lost (worker gone)</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="41"/>
        <source>Interrumpida</source>
        <translation type="unfinished">Interrupted</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="69"/>
        <source>Tarea {0}</source>
        <translation type="unfinished">Task {0}</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="78"/>
        <source>Empleado:</source>
        <translation type="unfinished">Employee:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="79"/>
        <source>Id:</source>
        <translation type="unfinished">Id:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="82"/>
        <source>Intentos:</source>
        <translation type="unfinished">Attempts:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="85"/>
        <source>Progreso:</source>
        <translation type="unfinished">Progress:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="86"/>
        <source>Worker:</source>
        <translation type="unfinished">Worker:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="87"/>
        <source>Encolada:</source>
        <translation type="unfinished">Queued:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="88"/>
        <source>Terminada:</source>
        <translation type="unfinished">Finished:</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="101"/>
        <location filename="../../coati_desk/gui/task_detail.py" line="105"/>
        <source>Resultado</source>
        <translation type="unfinished">Result</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="105"/>
        <source>N.º</source>
        <translation type="unfinished">No.</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="105"/>
        <source>Inicio</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="105"/>
        <source>Fin</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="120"/>
        <source>Elija un intento para ver su traza</source>
        <translation type="unfinished">Choose an attempt to see its traceback</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="131"/>
        <source>Intentos ({0})</source>
        <translation type="unfinished">Attempts ({0})</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="134"/>
        <source>Momento</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/task_detail.py" line="134"/>
        <source>Evento</source>
        <translation type="unfinished">Event</translation>
    </message>
</context>
<context>
    <name>coati</name>
    <message>
        <source>Error inesperado</source>
        <translation type="obsolete">Unexpected error</translation>
    </message>
    <message>
        <source>Coati Desk encontró un error inesperado:
{0}

Informe guardado en:
{1}</source>
        <translation type="obsolete">Coati Desk met an unexpected error:
{0}

Report saved in:
{1}</translation>
    </message>
    <message>
        <source>(no se pudo guardar)</source>
        <translation type="obsolete">(could not be saved)</translation>
    </message>
    <message>
        <source>Gráfico no disponible: {0}</source>
        <translation type="obsolete">Chart not available: {0}</translation>
    </message>
    <message>
        <source>Tareas por minuto (última hora)</source>
        <translation type="obsolete">Tasks per minute (last hour)</translation>
    </message>
    <message>
        <source>Completadas</source>
        <translation type="obsolete">Completed</translation>
    </message>
    <message>
        <source>Fallidas</source>
        <translation type="obsolete">Failed</translation>
    </message>
    <message>
        <source>Última hora: {0} completadas, {1} fallidas</source>
        <translation type="obsolete">Last hour: {0} completed, {1} failed</translation>
    </message>
    <message>
        <source>Sin datos</source>
        <translation type="obsolete">No data</translation>
    </message>
    <message>
        <source>Profundidad de la cola</source>
        <translation type="obsolete">Queue depth</translation>
    </message>
    <message>
        <source>En cola</source>
        <translation type="obsolete">Queued</translation>
    </message>
    <message>
        <source>En proceso</source>
        <translation type="obsolete">Running</translation>
    </message>
    <message>
        <source>Ahora: {0} en cola, {1} en proceso</source>
        <translation type="obsolete">Now: {0} queued, {1} running</translation>
    </message>
    <message>
        <source>Tiempo en cola y de ejecución (p50, p95)</source>
        <translation type="obsolete">Time in queue and run time (p50, p95)</translation>
    </message>
    <message>
        <source>En cola p50</source>
        <translation type="obsolete">Queued p50</translation>
    </message>
    <message>
        <source>En cola p95</source>
        <translation type="obsolete">Queued p95</translation>
    </message>
    <message>
        <source>Ejecución p50</source>
        <translation type="obsolete">Run p50</translation>
    </message>
    <message>
        <source>Ejecución p95</source>
        <translation type="obsolete">Run p95</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation type="obsolete">Task</translation>
    </message>
    <message>
        <source>Cantidad</source>
        <translation type="obsolete">Count</translation>
    </message>
    <message>
        <source>Ejecución</source>
        <translation type="obsolete">Run</translation>
    </message>
    <message>
        <source>segundos</source>
        <translation type="obsolete">seconds</translation>
    </message>
    <message>
        <source>Línea de tiempo de la nómina</source>
        <translation type="obsolete">Run timeline</translation>
    </message>
    <message>
        <source>Esperando</source>
        <translation type="obsolete">Waiting</translation>
    </message>
    <message>
        <source>Empleado</source>
        <translation type="obsolete">Employee</translation>
    </message>
    <message>
        <source>Cálculo</source>
        <translation type="obsolete">Calculation</translation>
    </message>
    <message>
        <source>Los {0} más lentos (con borde)</source>
        <translation type="obsolete">The {0} slowest (outlined)</translation>
    </message>
    <message>
        <source>Empleados calculando a la vez</source>
        <translation type="obsolete">Employees calculating at once</translation>
    </message>
    <message>
        <source>segundos desde la primera tarea encolada</source>
        <translation type="obsolete">seconds since the first task was queued</translation>
    </message>
    <message>
        <source>{0} empleados</source>
        <translation type="obsolete">{0} employees</translation>
    </message>
    <message>
        <source>{0} de {1} calculados · {2} fallidos · {3} · hasta {4} a la vez</source>
        <translation type="obsolete">{0} of {1} calculated · {2} failed · {3} · up to {4} at once</translation>
    </message>
    <message>
        <source>Planillas</source>
        <translation type="obsolete">Payrolls</translation>
    </message>
    <message>
        <source>Nómina</source>
        <translation type="obsolete">Run</translation>
    </message>
    <message>
        <source>Cola</source>
        <translation type="obsolete">Queue</translation>
    </message>
    <message>
        <source>Empleados</source>
        <translation type="obsolete">Employees</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation type="obsolete">Log</translation>
    </message>
    <message>
        <source>Cola: iniciando…</source>
        <translation type="obsolete">Queue: starting…</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation type="obsolete">&amp;File</translation>
    </message>
    <message>
        <source>&amp;Configuración…</source>
        <translation type="obsolete">&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation type="obsolete">&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation type="obsolete">&amp;Quit</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation type="obsolete">&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Acerca de Coati Desk</source>
        <translation type="obsolete">&amp;About Coati Desk</translation>
    </message>
    <message>
        <source>Actualizado {0}</source>
        <translation type="obsolete">Updated {0}</translation>
    </message>
    <message>
        <source>Redis no disponible</source>
        <translation type="obsolete">Redis unavailable</translation>
    </message>
    <message>
        <source>no disponible</source>
        <translation type="obsolete">unavailable</translation>
    </message>
    <message>
        <source>Actualización fallida {0}: {1}</source>
        <translation type="obsolete">Refresh failed {0}: {1}</translation>
    </message>
    <message>
        <source>Cola: {0}</source>
        <translation type="obsolete">Queue: {0}</translation>
    </message>
    <message>
        <source>En línea</source>
        <translation type="obsolete">Inline</translation>
    </message>
    <message>
        <source>sin iniciar</source>
        <translation type="obsolete">not started</translation>
    </message>
    <message>
        <source>Workers: {0} hilos</source>
        <translation type="obsolete">Workers: {0} threads</translation>
    </message>
    <message>
        <source>Pausar workers</source>
        <translation type="obsolete">Pause workers</translation>
    </message>
    <message>
        <source>Workers: en pausa</source>
        <translation type="obsolete">Workers: paused</translation>
    </message>
    <message>
        <source>Reanudar workers</source>
        <translation type="obsolete">Resume workers</translation>
    </message>
    <message>
        <source>Cola: error (se reintenta)</source>
        <translation type="obsolete">Queue: error (trying again)</translation>
    </message>
    <message>
        <source>Sin llavero en este equipo: la contraseña se usa solo en esta sesión</source>
        <translation type="obsolete">No keyring on this computer: the password is used for this session only</translation>
    </message>
    <message>
        <source>El idioma cambiará al volver a abrir la aplicación</source>
        <translation type="obsolete">The language changes when the app is opened again</translation>
    </message>
    <message>
        <source>Cambiando la cola…</source>
        <translation type="obsolete">Switching the queue…</translation>
    </message>
    <message>
        <source>Bienvenido a Coati Desk</source>
        <translation type="obsolete">Welcome to Coati Desk</translation>
    </message>
    <message>
        <source>Todavía no hay empleados. ¿Quiere generar datos de demostración o importar sus empleados desde un archivo CSV?</source>
        <translation type="obsolete">There are no employees yet. Generate demo data, or import your employees from a CSV file?</translation>
    </message>
    <message>
        <source>Generar demostración</source>
        <translation type="obsolete">Generate demo data</translation>
    </message>
    <message>
        <source>Importar CSV…</source>
        <translation type="obsolete">Import CSV…</translation>
    </message>
    <message>
        <source>Más tarde</source>
        <translation type="obsolete">Later</translation>
    </message>
    <message>
        <source>Acerca de Coati Desk</source>
        <translation type="obsolete">About Coati Desk</translation>
    </message>
    <message>
        <source>Coati Desk {0}
Planillas calculadas en segundo plano, una tarea por empleado.</source>
        <translation type="obsolete">Coati Desk {0}
Payrolls calculated in the background, one task per employee.</translation>
    </message>
    <message>
        <source>Programada</source>
        <translation type="obsolete">Scheduled</translation>
    </message>
    <message>
        <source>Calculando</source>
        <translation type="obsolete">Calculating</translation>
    </message>
    <message>
        <source>Completado</source>
        <translation type="obsolete">Completed</translation>
    </message>
    <message>
        <source>Fallido</source>
        <translation type="obsolete">Failed</translation>
    </message>
    <message>
        <source>Cancelado</source>
        <translation type="obsolete">Cancelled</translation>
    </message>
    <message>
        <source>Desconocida</source>
        <translation type="obsolete">Unknown</translation>
    </message>
    <message>
        <source>Calculada</source>
        <translation type="obsolete">Calculated</translation>
    </message>
    <message>
        <source>Calculada con errores</source>
        <translation type="obsolete">Calculated with errors</translation>
    </message>
    <message>
        <source>Cancelada</source>
        <translation type="obsolete">Cancelled</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation type="obsolete">Active</translation>
    </message>
    <message>
        <source>Sin señal</source>
        <translation type="obsolete">Silent</translation>
    </message>
    <message>
        <source>Mensual</source>
        <translation type="obsolete">Monthly</translation>
    </message>
    <message>
        <source>Quincenal</source>
        <translation type="obsolete">Biweekly</translation>
    </message>
    <message>
        <source>Semanal</source>
        <translation type="obsolete">Weekly</translation>
    </message>
    <message>
        <source>Coati Desk</source>
        <translation type="obsolete">Coati Desk</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation type="obsolete">Summary</translation>
    </message>
    <message>
        <source>Tareas</source>
        <translation type="obsolete">Tasks</translation>
    </message>
    <message>
        <source>Gráficos</source>
        <translation type="obsolete">Charts</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="obsolete">Status</translation>
    </message>
    <message>
        <source>Todas las tareas</source>
        <translation type="obsolete">All tasks</translation>
    </message>
    <message>
        <source>Tareas de la nómina abierta</source>
        <translation type="obsolete">Tasks of the open run</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="obsolete">Item</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation type="obsolete">Value</translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation type="obsolete">Host</translation>
    </message>
    <message>
        <source>Proceso</source>
        <translation type="obsolete">Process</translation>
    </message>
    <message>
        <source>Hilos</source>
        <translation type="obsolete">Threads</translation>
    </message>
    <message>
        <source>En curso</source>
        <translation type="obsolete">Running</translation>
    </message>
    <message>
        <source>Último latido</source>
        <translation type="obsolete">Last heartbeat</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="obsolete">Worker</translation>
    </message>
    <message>
        <source>Pausar workers de este equipo</source>
        <translation type="obsolete">Pause this computer&apos;s workers</translation>
    </message>
    <message>
        <source>Tareas por estado</source>
        <translation type="obsolete">Tasks by status</translation>
    </message>
    <message>
        <source>Workers por equipo</source>
        <translation type="obsolete">Workers by machine</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation type="obsolete">All</translation>
    </message>
    <message>
        <source>Id de tarea, código o nombre de empleado</source>
        <translation type="obsolete">Task id, employee code or name</translation>
    </message>
    <message>
        <source>Buscar</source>
        <translation type="obsolete">Search</translation>
    </message>
    <message>
        <source>Argumentos</source>
        <translation type="obsolete">Arguments</translation>
    </message>
    <message>
        <source>Intentos</source>
        <translation type="obsolete">Attempts</translation>
    </message>
    <message>
        <source>Progreso</source>
        <translation type="obsolete">Progress</translation>
    </message>
    <message>
        <source>Encolada</source>
        <translation type="obsolete">Queued at</translation>
    </message>
    <message>
        <source>Terminada</source>
        <translation type="obsolete">Finished</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="obsolete">Error</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="obsolete">Id</translation>
    </message>
    <message>
        <source>Reintentar seleccionadas</source>
        <translation type="obsolete">Retry selected</translation>
    </message>
    <message>
        <source>Reintentar todas las fallidas…</source>
        <translation type="obsolete">Retry all failed…</translation>
    </message>
    <message>
        <source>Cancelar seleccionadas</source>
        <translation type="obsolete">Cancel selected</translation>
    </message>
    <message>
        <source>Eliminar seleccionadas…</source>
        <translation type="obsolete">Delete selected…</translation>
    </message>
    <message>
        <source>Ver detalle</source>
        <translation type="obsolete">Show detail</translation>
    </message>
    <message>
        <source>Vaciar cola…</source>
        <translation type="obsolete">Empty queue…</translation>
    </message>
    <message>
        <source>◀ Anterior</source>
        <translation type="obsolete">◀ Previous</translation>
    </message>
    <message>
        <source>Siguiente ▶</source>
        <translation type="obsolete">Next ▶</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation type="obsolete">Status:</translation>
    </message>
    <message>
        <source>Tarea:</source>
        <translation type="obsolete">Task:</translation>
    </message>
    <message>
        <source>Buscar:</source>
        <translation type="obsolete">Search:</translation>
    </message>
    <message>
        <source>Cola:</source>
        <translation type="obsolete">Queue:</translation>
    </message>
    <message>
        <source>Nómina abierta: {0} de {1} tareas terminadas ({2} %)</source>
        <translation type="obsolete">Open run: {0} of {1} tasks finished ({2} %)</translation>
    </message>
    <message>
        <source>Huey (carpeta local)</source>
        <translation type="obsolete">Huey (local folder)</translation>
    </message>
    <message>
        <source>Dramatiq + Redis</source>
        <translation type="obsolete">Dramatiq + Redis</translation>
    </message>
    <message>
        <source>En línea (sin cola)</source>
        <translation type="obsolete">Inline (no queue)</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="obsolete">Backend</translation>
    </message>
    <message>
        <source>Ubicación</source>
        <translation type="obsolete">Location</translation>
    </message>
    <message>
        <source>Cola {0} (listas)</source>
        <translation type="obsolete">Queue {0} (ready)</translation>
    </message>
    <message>
        <source>Programadas (retrasos y reintentos)</source>
        <translation type="obsolete">Scheduled (delays and retries)</translation>
    </message>
    <message>
        <source>Mensajes muertos</source>
        <translation type="obsolete">Dead letters</translation>
    </message>
    <message>
        <source>Pendientes</source>
        <translation type="obsolete">Pending</translation>
    </message>
    <message>
        <source>Programadas</source>
        <translation type="obsolete">Scheduled</translation>
    </message>
    <message>
        <source>Tareas registradas</source>
        <translation type="obsolete">Registered tasks</translation>
    </message>
    <message>
        <source>{0}–{1} de {2} tareas</source>
        <translation type="obsolete">{0}–{1} of {2} tasks</translation>
    </message>
    <message>
        <source>Reanudar workers de este equipo</source>
        <translation type="obsolete">Resume this computer&apos;s workers</translation>
    </message>
    <message>
        <source>Elija una o más tareas</source>
        <translation type="obsolete">Choose one or more tasks</translation>
    </message>
    <message>
        <source>{0} tarea(s) en cola otra vez</source>
        <translation type="obsolete">{0} task(s) queued again</translation>
    </message>
    <message>
        <source>Reintentar</source>
        <translation type="obsolete">Retry</translation>
    </message>
    <message>
        <source>No hay tareas fallidas</source>
        <translation type="obsolete">No failed tasks</translation>
    </message>
    <message>
        <source>¿Reintentar las {0} tareas fallidas de {1}?</source>
        <translation type="obsolete">Retry the {0} failed tasks of {1}?</translation>
    </message>
    <message>
        <source>¿Reintentar las {0} tareas fallidas?</source>
        <translation type="obsolete">Retry the {0} failed tasks?</translation>
    </message>
    <message>
        <source>Reintentar fallidas</source>
        <translation type="obsolete">Retry failed</translation>
    </message>
    <message>
        <source>{0} tarea(s) canceladas</source>
        <translation type="obsolete">{0} task(s) cancelled</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="obsolete">Cancel</translation>
    </message>
    <message>
        <source>¿Eliminar {0} tarea(s) del historial? Solo se eliminan las terminadas (completadas, fallidas o canceladas); no se puede deshacer.</source>
        <translation type="obsolete">Delete {0} task(s) from the history? Only finished ones (completed, failed or cancelled) are deleted; this cannot be undone.</translation>
    </message>
    <message>
        <source>{0} tarea(s) eliminadas del historial</source>
        <translation type="obsolete">{0} task(s) deleted from the history</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation type="obsolete">Delete</translation>
    </message>
    <message>
        <source>¿Vaciar la cola «{0}»? Se cancelan todas sus tareas en espera; las que están en curso terminan. No se puede deshacer.</source>
        <translation type="obsolete">Empty the queue «{0}»? All its waiting tasks are cancelled; those running finish. This cannot be undone.</translation>
    </message>
    <message>
        <source>{0} tarea(s) canceladas al vaciar la cola</source>
        <translation type="obsolete">{0} task(s) cancelled by emptying the queue</translation>
    </message>
    <message>
        <source>Vaciar cola</source>
        <translation type="obsolete">Empty queue</translation>
    </message>
    <message>
        <source>Elija una tarea</source>
        <translation type="obsolete">Choose a task</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation type="obsolete">Detail</translation>
    </message>
    <message>
        <source>Editar empleado</source>
        <translation type="obsolete">Edit employee</translation>
    </message>
    <message>
        <source>Nuevo empleado</source>
        <translation type="obsolete">New employee</translation>
    </message>
    <message>
        <source>Fecha de baja</source>
        <translation type="obsolete">Termination date</translation>
    </message>
    <message>
        <source>Código:</source>
        <translation type="obsolete">Code:</translation>
    </message>
    <message>
        <source>Nombres:</source>
        <translation type="obsolete">First names:</translation>
    </message>
    <message>
        <source>Apellidos:</source>
        <translation type="obsolete">Last names:</translation>
    </message>
    <message>
        <source>Cédula:</source>
        <translation type="obsolete">ID number:</translation>
    </message>
    <message>
        <source>Salario mensual:</source>
        <translation type="obsolete">Monthly salary:</translation>
    </message>
    <message>
        <source>Fecha de ingreso:</source>
        <translation type="obsolete">Hire date:</translation>
    </message>
    <message>
        <source>Agregar a la planilla:</source>
        <translation type="obsolete">Add to payroll:</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation type="obsolete">Saving…</translation>
    </message>
    <message>
        <source>Buscar por código o nombre…</source>
        <translation type="obsolete">Search by code or name…</translation>
    </message>
    <message>
        <source>Código</source>
        <translation type="obsolete">Code</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="obsolete">Name</translation>
    </message>
    <message>
        <source>Cédula</source>
        <translation type="obsolete">ID number</translation>
    </message>
    <message>
        <source>Salario mensual</source>
        <translation type="obsolete">Monthly salary</translation>
    </message>
    <message>
        <source>Ingreso</source>
        <translation type="obsolete">Hired</translation>
    </message>
    <message>
        <source>Baja</source>
        <translation type="obsolete">Left on</translation>
    </message>
    <message>
        <source>Agregar…</source>
        <translation type="obsolete">Add…</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation type="obsolete">Edit…</translation>
    </message>
    <message>
        <source>Generar datos de demostración…</source>
        <translation type="obsolete">Generate demo data…</translation>
    </message>
    <message>
        <source>Elija un empleado en la tabla</source>
        <translation type="obsolete">Choose an employee in the table</translation>
    </message>
    <message>
        <source>Importar empleados</source>
        <translation type="obsolete">Import employees</translation>
    </message>
    <message>
        <source>Una planilla nueva</source>
        <translation type="obsolete">A new payroll</translation>
    </message>
    <message>
        <source>Agregar los empleados a:</source>
        <translation type="obsolete">Add the employees to:</translation>
    </message>
    <message>
        <source>Importar CSV</source>
        <translation type="obsolete">Import CSV</translation>
    </message>
    <message>
        <source>No se importó nada: el archivo tiene {0} problema(s).</source>
        <translation type="obsolete">Nothing was imported: the file has {0} problem(s).</translation>
    </message>
    <message>
        <source>Importación rechazada: </source>
        <translation type="obsolete">Import refused: </translation>
    </message>
    <message>
        <source>Importados: {0} nuevos, {1} actualizados</source>
        <translation type="obsolete">Imported: {0} new, {1} updated</translation>
    </message>
    <message>
        <source>Datos de demostración</source>
        <translation type="obsolete">Demo data</translation>
    </message>
    <message>
        <source>¿Cuántos empleados?</source>
        <translation type="obsolete">How many employees?</translation>
    </message>
    <message>
        <source>Planilla de demostración creada</source>
        <translation type="obsolete">Demo payroll created</translation>
    </message>
    <message>
        <source>Resumen (PDF)</source>
        <translation type="obsolete">Summary (PDF)</translation>
    </message>
    <message>
        <source>Colillas de pago (PDF)</source>
        <translation type="obsolete">Payslips (PDF)</translation>
    </message>
    <message>
        <source>Nómina (XLSX)</source>
        <translation type="obsolete">Run (XLSX)</translation>
    </message>
    <message>
        <source>%v de %m</source>
        <translation type="obsolete">%v of %m</translation>
    </message>
    <message>
        <source>Nómina:</source>
        <translation type="obsolete">Run:</translation>
    </message>
    <message>
        <source>Fallidos:</source>
        <translation type="obsolete">Failed:</translation>
    </message>
    <message>
        <source>Avance:</source>
        <translation type="obsolete">Progress:</translation>
    </message>
    <message>
        <source>Ritmo:</source>
        <translation type="obsolete">Rate:</translation>
    </message>
    <message>
        <source>Tiempo restante:</source>
        <translation type="obsolete">Time left:</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation type="obsolete">All</translation>
    </message>
    <message>
        <source>Mostrar:</source>
        <translation type="obsolete">Show:</translation>
    </message>
    <message>
        <source>Bruto</source>
        <translation type="obsolete">Gross</translation>
    </message>
    <message>
        <source>INSS</source>
        <translation type="obsolete">INSS</translation>
    </message>
    <message>
        <source>IR</source>
        <translation type="obsolete">Income tax</translation>
    </message>
    <message>
        <source>Otras deducciones</source>
        <translation type="obsolete">Other deductions</translation>
    </message>
    <message>
        <source>Neto</source>
        <translation type="obsolete">Net</translation>
    </message>
    <message>
        <source>Elija un empleado para ver su detalle.</source>
        <translation type="obsolete">Choose an employee to see the detail.</translation>
    </message>
    <message>
        <source>Reintentar fallidos</source>
        <translation type="obsolete">Retry failed</translation>
    </message>
    <message>
        <source>Recalcular empleado</source>
        <translation type="obsolete">Recalculate employee</translation>
    </message>
    <message>
        <source>Exportar CSV…</source>
        <translation type="obsolete">Export CSV…</translation>
    </message>
    <message>
        <source>Línea de tiempo</source>
        <translation type="obsolete">Timeline</translation>
    </message>
    <message>
        <source>Resumen PDF</source>
        <translation type="obsolete">Summary PDF</translation>
    </message>
    <message>
        <source>Colillas de pago PDF…</source>
        <translation type="obsolete">Payslips PDF…</translation>
    </message>
    <message>
        <source>Exportar XLSX</source>
        <translation type="obsolete">Export XLSX</translation>
    </message>
    <message>
        <source>Abrir informe</source>
        <translation type="obsolete">Open report</translation>
    </message>
    <message>
        <source>Informe</source>
        <translation type="obsolete">Report</translation>
    </message>
    <message>
        <source>Archivos</source>
        <translation type="obsolete">Files</translation>
    </message>
    <message>
        <source>Hecho</source>
        <translation type="obsolete">Made</translation>
    </message>
    <message>
        <source>Informes</source>
        <translation type="obsolete">Reports</translation>
    </message>
    <message>
        <source>No hay nóminas todavía: cree una en la página Planillas.</source>
        <translation type="obsolete">No runs yet: create one on the Payrolls page.</translation>
    </message>
    <message>
        <source>{0} de {1}</source>
        <translation type="obsolete">{0} of {1}</translation>
    </message>
    <message>
        <source>{0:.1f} empleados/s</source>
        <translation type="obsolete">{0:.1f} employees/s</translation>
    </message>
    <message>
        <source>terminada</source>
        <translation type="obsolete">finished</translation>
    </message>
    <message>
        <source>Informe en cola: {0}</source>
        <translation type="obsolete">Report queued: {0}</translation>
    </message>
    <message>
        <source>Colillas de pago</source>
        <translation type="obsolete">Payslips</translation>
    </message>
    <message>
        <source>¿Cómo quiere las colillas de pago?</source>
        <translation type="obsolete">How do you want the payslips?</translation>
    </message>
    <message>
        <source>Un solo archivo</source>
        <translation type="obsolete">One file</translation>
    </message>
    <message>
        <source>Un archivo por empleado</source>
        <translation type="obsolete">One file per employee</translation>
    </message>
    <message>
        <source>Elija un informe terminado</source>
        <translation type="obsolete">Choose a finished report</translation>
    </message>
    <message>
        <source>Abrir</source>
        <translation type="obsolete">Open</translation>
    </message>
    <message>
        <source>Informe guardado en {0}</source>
        <translation type="obsolete">Report saved in {0}</translation>
    </message>
    <message>
        <source>Percepciones</source>
        <translation type="obsolete">Earnings</translation>
    </message>
    <message>
        <source>Deducciones</source>
        <translation type="obsolete">Deductions</translation>
    </message>
    <message>
        <source>Aportes patronales (no afectan el neto)</source>
        <translation type="obsolete">Employer contributions (net pay unaffected)</translation>
    </message>
    <message>
        <source>Estado: &lt;b&gt;{0}&lt;/b&gt; · Intentos: {1} · Días trabajados: {2}</source>
        <translation type="obsolete">Status: &lt;b&gt;{0}&lt;/b&gt; · Attempts: {1} · Days worked: {2}</translation>
    </message>
    <message>
        <source>Bruto: {0} · Deducciones: {1} · Neto: {2}</source>
        <translation type="obsolete">Gross: {0} · Deductions: {1} · Net: {2}</translation>
    </message>
    <message>
        <source>{0} empleado(s) en cola otra vez</source>
        <translation type="obsolete">{0} employee(s) queued again</translation>
    </message>
    <message>
        <source>Cancelar nómina</source>
        <translation type="obsolete">Cancel run</translation>
    </message>
    <message>
        <source>¿Cancelar esta nómina? Los empleados que aún no se calcularon no se calcularán.</source>
        <translation type="obsolete">Cancel this run? Employees not calculated yet will not be.</translation>
    </message>
    <message>
        <source>Nómina cancelada: {0} empleado(s) sin calcular</source>
        <translation type="obsolete">Run cancelled: {0} employee(s) not calculated</translation>
    </message>
    <message>
        <source>Empleado en cola para recalcular</source>
        <translation type="obsolete">Employee queued to be calculated again</translation>
    </message>
    <message>
        <source>Exportar CSV</source>
        <translation type="obsolete">Export CSV</translation>
    </message>
    <message>
        <source>{0} empleados exportados a {1}</source>
        <translation type="obsolete">{0} employees exported to {1}</translation>
    </message>
    <message>
        <source>Nueva nómina</source>
        <translation type="obsolete">New run</translation>
    </message>
    <message>
        <source>Planilla:</source>
        <translation type="obsolete">Payroll:</translation>
    </message>
    <message>
        <source>Periodicidad:</source>
        <translation type="obsolete">Frequency:</translation>
    </message>
    <message>
        <source>Desde:</source>
        <translation type="obsolete">From:</translation>
    </message>
    <message>
        <source>Hasta:</source>
        <translation type="obsolete">To:</translation>
    </message>
    <message>
        <source>Calcular</source>
        <translation type="obsolete">Calculate</translation>
    </message>
    <message>
        <source>Planilla</source>
        <translation type="obsolete">Payroll</translation>
    </message>
    <message>
        <source>Periodicidad</source>
        <translation type="obsolete">Frequency</translation>
    </message>
    <message>
        <source>Periodo</source>
        <translation type="obsolete">Period</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation type="obsolete">Progress</translation>
    </message>
    <message>
        <source>Fallidos</source>
        <translation type="obsolete">Failed</translation>
    </message>
    <message>
        <source>Total neto</source>
        <translation type="obsolete">Net total</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="obsolete">User</translation>
    </message>
    <message>
        <source>Nueva nómina…</source>
        <translation type="obsolete">New run…</translation>
    </message>
    <message>
        <source>Abrir nómina</source>
        <translation type="obsolete">Open run</translation>
    </message>
    <message>
        <source>Nóminas de la planilla</source>
        <translation type="obsolete">Runs of the payroll</translation>
    </message>
    <message>
        <source>Línea de tiempo: {0}</source>
        <translation type="obsolete">Timeline: {0}</translation>
    </message>
    <message>
        <source>Leyendo la nómina…</source>
        <translation type="obsolete">Reading the run…</translation>
    </message>
    <message>
        <source>Actualizar</source>
        <translation type="obsolete">Refresh</translation>
    </message>
    <message>
        <source>Esta nómina no tiene empleados</source>
        <translation type="obsolete">This run has no employees</translation>
    </message>
    <message>
        <source>no es una carpeta</source>
        <translation type="obsolete">not a folder</translation>
    </message>
    <message>
        <source>nombre no válido ({0})</source>
        <translation type="obsolete">invalid name ({0})</translation>
    </message>
    <message>
        <source>sin permiso de escritura</source>
        <translation type="obsolete">not writable</translation>
    </message>
    <message>
        <source>Configuración</source>
        <translation type="obsolete">Settings</translation>
    </message>
    <message>
        <source>Automático (Redis si responde, si no Huey)</source>
        <translation type="obsolete">Automatic (Redis if it answers, else Huey)</translation>
    </message>
    <message>
        <source>Huey (carpeta local, sin servidor)</source>
        <translation type="obsolete">Huey (local folder, no server)</translation>
    </message>
    <message>
        <source>URL de Redis:</source>
        <translation type="obsolete">Redis URL:</translation>
    </message>
    <message>
        <source>Contraseña de Redis:</source>
        <translation type="obsolete">Redis password:</translation>
    </message>
    <message>
        <source>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</source>
        <translation type="obsolete">Kept in the system keyring, never in the settings file.</translation>
    </message>
    <message>
        <source>Este equipo no tiene llavero: la contraseña se recuerda solo hasta cerrar la aplicación.</source>
        <translation type="obsolete">This computer has no keyring: the password is remembered only until the app closes.</translation>
    </message>
    <message>
        <source>Probar conexión</source>
        <translation type="obsolete">Test connection</translation>
    </message>
    <message>
        <source>(predeterminada)</source>
        <translation type="obsolete">(default)</translation>
    </message>
    <message>
        <source>Examinar…</source>
        <translation type="obsolete">Browse…</translation>
    </message>
    <message>
        <source>Carpeta de la cola:</source>
        <translation type="obsolete">Queue folder:</translation>
    </message>
    <message>
        <source>Hilos de trabajo:</source>
        <translation type="obsolete">Worker threads:</translation>
    </message>
    <message>
        <source>Calcular en este equipo (workers al iniciar)</source>
        <translation type="obsolete">Calculate on this computer (start workers)</translation>
    </message>
    <message>
        <source> días</source>
        <translation type="obsolete"> days</translation>
    </message>
    <message>
        <source>Siempre</source>
        <translation type="obsolete">Always</translation>
    </message>
    <message>
        <source>Las tareas terminadas hace más días se borran del historial de la cola, y los informes guardados en la base de datos (se pueden generar otra vez)</source>
        <translation type="obsolete">Tasks finished more days ago are removed from the queue history, and so are the reports kept in the database (they can be made again)</translation>
    </message>
    <message>
        <source>Conservar historial:</source>
        <translation type="obsolete">Keep history:</translation>
    </message>
    <message>
        <source>Desactivado</source>
        <translation type="obsolete">Off</translation>
    </message>
    <message>
        <source>Actualizar cada:</source>
        <translation type="obsolete">Refresh every:</translation>
    </message>
    <message>
        <source>Idioma:</source>
        <translation type="obsolete">Language:</translation>
    </message>
    <message>
        <source>Escriba la URL de Redis</source>
        <translation type="obsolete">Type the Redis URL</translation>
    </message>
    <message>
        <source>Probando…</source>
        <translation type="obsolete">Testing…</translation>
    </message>
    <message>
        <source>Conexión correcta</source>
        <translation type="obsolete">Connection OK</translation>
    </message>
    <message>
        <source>No se pudo conectar: {0}</source>
        <translation type="obsolete">Could not connect: {0}</translation>
    </message>
    <message>
        <source>Carpeta de la cola</source>
        <translation type="obsolete">Queue folder</translation>
    </message>
    <message>
        <source>Carpeta utilizable</source>
        <translation type="obsolete">Folder usable</translation>
    </message>
    <message>
        <source>No se puede usar: {0}</source>
        <translation type="obsolete">Cannot be used: {0}</translation>
    </message>
    <message>
        <source>Iniciada</source>
        <translation type="obsolete">Started</translation>
    </message>
    <message>
        <source>Error (se reintenta)</source>
        <translation type="obsolete">Error (retried)</translation>
    </message>
    <message>
        <source>Perdida (worker caído)</source>
        <translation type="obsolete">Lost (worker gone)</translation>
    </message>
    <message>
        <source>Interrumpida</source>
        <translation type="obsolete">Interrupted</translation>
    </message>
    <message>
        <source>Tarea {0}</source>
        <translation type="obsolete">Task {0}</translation>
    </message>
    <message>
        <source>Empleado:</source>
        <translation type="obsolete">Employee:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="obsolete">Id:</translation>
    </message>
    <message>
        <source>Intentos:</source>
        <translation type="obsolete">Attempts:</translation>
    </message>
    <message>
        <source>Progreso:</source>
        <translation type="obsolete">Progress:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="obsolete">Worker:</translation>
    </message>
    <message>
        <source>Encolada:</source>
        <translation type="obsolete">Queued:</translation>
    </message>
    <message>
        <source>Terminada:</source>
        <translation type="obsolete">Finished:</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation type="obsolete">Result</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation type="obsolete">No.</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation type="obsolete">Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="obsolete">End</translation>
    </message>
    <message>
        <source>Elija un intento para ver su traza</source>
        <translation type="obsolete">Choose an attempt to see its traceback</translation>
    </message>
    <message>
        <source>Intentos ({0})</source>
        <translation type="obsolete">Attempts ({0})</translation>
    </message>
    <message>
        <source>Momento</source>
        <translation type="obsolete">Time</translation>
    </message>
    <message>
        <source>Evento</source>
        <translation type="obsolete">Event</translation>
    </message>
    <message>
        <source>Cola: error</source>
        <translation type="obsolete">Queue: error</translation>
    </message>
    <message>
        <source>Las tareas terminadas hace más días se borran del historial de la cola</source>
        <translation type="obsolete">Tasks finished more days ago are removed from the queue history</translation>
    </message>
    <message>
        <source>Detener workers</source>
        <translation type="obsolete">Stop workers</translation>
    </message>
    <message>
        <source>Workers: detenidos</source>
        <translation type="obsolete">Workers: stopped</translation>
    </message>
    <message>
        <source>Iniciar workers</source>
        <translation type="obsolete">Start workers</translation>
    </message>
    <message>
        <source>Tareas recientes</source>
        <translation type="obsolete">Recent tasks</translation>
    </message>
    <message>
        <source>Hilos / en curso</source>
        <translation type="obsolete">Threads / running</translation>
    </message>
    <message>
        <source>Workers activos</source>
        <translation type="obsolete">Live workers</translation>
    </message>
    <message>
        <source>Sin respuesta</source>
        <translation type="obsolete">No answer</translation>
    </message>
    <message>
        <source>Ya existe la nómina {0} ({1}) para {2} a {3}; cancélela para calcularla otra vez</source>
        <translation type="obsolete">Run {0} ({1}) already covers {2} to {3}; cancel it to calculate it again</translation>
    </message>
    <message>
        <location filename="../../coati_desk/gui/table_model.py" line="55"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
</TS>
