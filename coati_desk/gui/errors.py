"""The one place where the payroll's and the queue's messages (English, with a stable code; see
``coati_desk.messages``) become the window's language: Spanish source strings, English by Qt.

Whatever the text came from (a raised error, a failed row stored in the database, a task's error
in the queue journal, a Redis probe), :func:`error_text` reads it back into its code and
parameters and says it with ``tr()``; a text it does not know is shown as it is. Logs keep the
English.
"""

from __future__ import annotations

from functools import lru_cache

import coati_desk.payroll.messages
import coati_desk.queue.messages
import coati_desk.sqlite_writer
from coati_desk.gui.labels import tr
from coati_desk.messages import Message, parse

NESTED = ("problem", "fault", "error")  # parameters that are messages themselves
_ = (coati_desk.payroll.messages, coati_desk.queue.messages)  # (imported for their catalogues)

REDIS_UNAVAILABLE = Message("gui.redis_unavailable", "Redis not available: {error}")


def _spanish() -> dict[str, str]:
    return {
        # payroll: ids, periods, runs
        "payroll.employee_not_found": tr("Empleado no encontrado"),
        "payroll.planilla_not_found": tr("Planilla no encontrada"),
        "payroll.bad_id": tr(
            "{field} debe ser un identificador (texto de 1 a 64 caracteres), no {value}"
        ),
        "payroll.bad_date": tr("{field} debe ser una fecha ISO (AAAA-MM-DD), no {value}"),
        "payroll.run_overlaps": tr(
            "La planilla {planilla} ya tiene la nómina {run} ({estado}) del {inicio} al {fin}; "
            "cancélela para calcularla de nuevo"
        ),
        "payroll.run_not_found": tr("Nómina {run} no encontrada"),
        "payroll.run_cancelled": tr("La nómina {run} está cancelada"),
        "payroll.row_not_found": tr("Fila {row} no encontrada"),
        "payroll.already_calculating": tr("Este empleado ya se está calculando"),
        "payroll.not_in_planilla": tr("El empleado {empleado} no está en la planilla {planilla}"),
        "payroll.inactive": tr("El empleado {empleado} ({codigo}) está inactivo"),
        "payroll.row_cancelled": tr("La nómina {run} fue cancelada: empleado no calculado"),
        "payroll.failed": tr("Fallido"),
        "payroll.not_calculated": tr("No calculado"),
        "payroll.database_not_writable": tr(
            "No se puede escribir en la base de datos de nóminas {where}: {fault}"
        ),
        # calculation
        "payroll.period_backwards": tr("El período termina ({fin}) antes de empezar ({inicio})"),
        "payroll.period_not_month": tr(
            "El período del {inicio} al {fin} no corresponde a una planilla {periodicidad}: "
            "debe ser un mes completo (del día 1 al último)"
        ),
        "payroll.period_not_half_month": tr(
            "El período del {inicio} al {fin} no corresponde a una planilla {periodicidad}: "
            "debe ser una quincena (del 1 al 15 o del 16 al último día)"
        ),
        "payroll.period_not_week": tr(
            "El período del {inicio} al {fin} no corresponde a una planilla {periodicidad}: "
            "debe ser de 7 días"
        ),
        "payroll.negative_salary": tr("El salario mensual no puede ser negativo"),
        "payroll.termination_before_hire": tr(
            "La fecha de baja ({baja}) es anterior a la fecha de ingreso ({ingreso})"
        ),
        "payroll.not_employed": tr("El empleado no trabajó entre el {inicio} y el {fin}"),
        "payroll.negative_perception": tr("La percepción {codigo} es negativa ({monto})"),
        "payroll.negative_deduction": tr("La deducción {codigo} es negativa ({monto})"),
        "payroll.negative_net": tr("El salario neto sería negativo ({monto})"),
        # filings and certificates
        "payroll.filing_run_not_locked": tr(
            "La nómina {run} está {estado}: las declaraciones y archivos de pago se hacen de una "
            "nómina aprobada o pagada (apruébela primero)"
        ),
        "payroll.filing_aguinaldo": tr(
            "La nómina {run} es de aguinaldo: está exenta de INSS e IR, no hay nada que declarar"
        ),
        "payroll.unknown_filing": tr("Declaración desconocida {kind}; elija una de {choices}"),
        "payroll.certificate_bad_year": tr("El año debe ser de 2000 a 2100, no {year}"),
        "payroll.certificate_no_runs": tr(
            "La planilla {planilla} no tiene nóminas ordinarias aprobadas o pagadas que terminen "
            "en {year}: no hay nada que certificar"
        ),
        "payroll.leave_too_long": tr(
            "{dias} días de vacaciones, pero solo {trabajados} días trabajados"
        ),
        "payroll.period_not_aguinaldo": tr(
            "Un aguinaldo va del 1 de diciembre al 30 de noviembre, no del {inicio} al {fin}"
        ),
        "payroll.negative_input": tr("La novedad {tipo} tiene una cantidad o un monto negativo"),
        "payroll.absent_too_long": tr(
            "{dias} días de ausencia, pero solo {trabajados} días trabajados"
        ),
        # approval and payment
        "payroll.run_locked": tr(
            "La nómina {run} está {estado}: no puede cambiar (reábrala primero)"
        ),
        "payroll.not_approvable": tr(
            "La nómina {run} está {estado}: solo se aprueba una nómina calculada sin errores"
        ),
        "payroll.not_payable": tr(
            "La nómina {run} está {estado}: solo una nómina aprobada se marca como pagada"
        ),
        "payroll.not_reopenable": tr(
            "La nómina {run} está {estado}: solo se reabre una nómina aprobada"
        ),
        "payroll.reason_required": tr("Indique por qué se reabre la nómina"),
        # company, per-period inputs, loans
        "payroll.empresa_not_found": tr("Empresa {empresa} no encontrada"),
        "payroll.bad_logo": tr("El logo debe ser una imagen PNG o JPEG de 1 MB como máximo"),
        "payroll.bad_whole": tr("{name} debe ser un número entero de al menos 1, no {value}"),
        "payroll.bad_choice": tr("{name} debe ser uno de {choices}, no {value}"),
        "payroll.bad_number": tr(
            "{name} debe ser un número como 12.5 (a lo sumo 2 decimales), no {value}"
        ),
        "payroll.input_needs_quantity": tr(
            "{tipo} necesita una cantidad (horas o días) mayor que cero"
        ),
        "payroll.input_needs_amount": tr("{tipo} necesita un monto mayor que cero"),
        "payroll.input_unknown_employee": tr(
            "No hay empleado con código {codigo} en esta planilla"
        ),
        "payroll.input_date_outside": tr(
            "la fecha {fecha} está fuera del periodo {inicio} a {fin}"
        ),
        "payroll.overtime_day": tr(
            "{codigo}: {horas} horas extra el {fecha} (la ley permite {max} al día)"
        ),
        "payroll.overtime_week": tr(
            "{codigo}: {horas} horas extra en la semana del {semana} "
            "(la ley permite {max} a la semana)"
        ),
        "payroll.loan_not_found": tr("Préstamo {prestamo} no encontrado"),
        "payroll.loan_instalment": tr(
            "La cuota ({cuota}) debe ser mayor que cero y no mayor que el préstamo ({monto})"
        ),
        "payroll.salary_change_before_hire": tr(
            "Un cambio de salario desde el {desde} es anterior a la fecha de ingreso ({ingreso})"
        ),
        # employees and the CSV import
        "payroll.field_empty": tr("{name} está vacío"),
        "payroll.field_too_long": tr("{name} es demasiado largo"),
        "payroll.bad_amount": tr(
            "salario_mensual debe ser un monto como 25000.00 o 25,000.00, no {value}"
        ),
        "payroll.bad_field_date": tr("{name} debe ser una fecha AAAA-MM-DD, no {value}"),
        "payroll.baja_before_ingreso": tr("fecha_baja es anterior a fecha_ingreso"),
        "payroll.settlement_not_found": tr(
            "No hay una liquidación registrada con baja el {fin} para este empleado en esta "
            "planilla"
        ),
        "payroll.settlement_exit_changed": tr(
            "La baja del empleado ya no es el {fin}: registre la baja de nuevo (Dar de baja…)"
        ),
        "payroll.code_taken": tr("el codigo {codigo} pertenece a otro empleado"),
        "payroll.code_repeats": tr("el codigo {codigo} repite la línea {line}"),
        "payroll.csv_line": tr("línea {line}: {problem}"),
        "payroll.csv_not_utf8": tr(
            "el archivo no es texto UTF-8 (byte {byte}); guárdelo como CSV UTF-8"
        ),
        "payroll.csv_nul": tr("el archivo no es un CSV de texto (tiene bytes NUL)"),
        "payroll.csv_invalid": tr("CSV no válido ({detail})"),
        "payroll.csv_missing_columns": tr("faltan columnas: {columns}"),
        "payroll.csv_unknown_columns": tr("columnas desconocidas: {columns}"),
        "payroll.csv_more_cells": tr("más celdas que columnas"),
        "payroll.csv_empty": tr("el archivo no tiene empleados"),
        "payroll.csv_planilla_not_found": tr("planilla {planilla} no encontrada"),
        # the rules file
        "rules.missing": tr("{source}: falta {field}"),
        "rules.not_text": tr("{source}: {field} debe ser un texto no vacío"),
        "rules.not_number": tr("{source}: {field} debe ser un número, no {value}"),
        "rules.not_between": tr("{source}: {field} debe estar entre {low} y {high}, no {value}"),
        "rules.too_low": tr("{source}: {field} debe ser al menos {low}, no {value}"),
        "rules.no_brackets": tr("{source}: {field} debe tener al menos un tramo"),
        "rules.not_bracket": tr(
            "{source}: {field} debe ser una tabla con desde, hasta, tasa y base"
        ),
        "rules.bracket_start": tr(
            "{source}: {field} debe ser {expected} (donde termina el anterior)"
        ),
        "rules.bracket_empty": tr("{source}: {field} debe ser mayor que desde"),
        "rules.bracket_open": tr("{source}: falta {field} (solo el último tramo queda abierto)"),
        "rules.last_bracket_closed": tr(
            "{source}: {field} debe omitirse: el último tramo no tiene fin"
        ),
        "rules.not_whole": tr("{source}: {field} debe ser un número entero >= 1"),
        "rules.file_not_found": tr("{path}: archivo de reglas no encontrado"),
        "rules.file_unreadable": tr("{path}: no se puede leer ({detail})"),
        "rules.file_not_toml": tr("{path}: no es TOML válido ({detail})"),
        "rules.bad_code": tr("conjunto de reglas {codigo}: no es un código de país"),
        "rules.set_aside": tr(
            "{error}. El archivo se apartó como {aside}: vuelva a poner un {local} corregido y "
            "reintente los empleados fallidos"
        ),
        "rules.damaged": tr(
            "El archivo de reglas de la oficina {local} estaba dañado y se apartó como {aside}: "
            "vuelva a poner un {local} corregido (o borre la copia apartada para usar las reglas "
            "que trae la aplicación) y reintente los empleados fallidos"
        ),
        # reports
        "reports.run_still_calculating": tr(
            "La nómina {run} aún se está calculando ({done} de {total} empleados): sus informes "
            "se pueden hacer cuando termine"
        ),
        "reports.run_has_no_employees": tr(
            "La nómina {run} no tiene empleados: no hay nada que informar"
        ),
        "reports.run_cancelled_no_payslips": tr("La nómina {run} fue cancelada: no tiene colillas"),
        "reports.run_no_payslips": tr(
            "La nómina {run} no calculó ningún empleado: no tiene colillas"
        ),
        "reports.unknown_kind": tr("Tipo de informe desconocido {kind} (uno de {choices})"),
        "reports.task_no_files": tr("La tarea {task_id} no guardó archivos de informe"),
        # payslips by e-mail
        "mail.run_not_locked": tr(
            "La nómina {run} está {estado}: las colillas se envían por correo solo de una nómina "
            "aprobada o pagada (apruébela primero)"
        ),
        "mail.not_configured": tr(
            "El servidor de correo no está configurado: indique el servidor y la dirección del "
            "remitente en Configuración → Correo (o con coati-desk mail-settings)"
        ),
        "mail.no_address": tr("El empleado {codigo} no tiene dirección de correo registrada"),
        "mail.bad_address": tr("{address} no es una dirección de correo"),
        "mail.unknown_codes": tr(
            "La nómina {run} no tiene empleados calculados con código {codes}"
        ),
        "mail.refused": tr("El servidor de correo lo rechazó: {answer}"),
        "mail.gave_up": tr(
            "No se envió tras {attempts} intentos; la última respuesta del servidor: {answer}"
        ),
        "mail.uncertain": tr(
            "Quizá se envió: la conexión con el servidor de correo se cortó mientras recibía el "
            "mensaje ({answer}); pregunte al empleado antes de enviarlo de nuevo"
        ),
        "mail.bad_template": tr(
            "El mensaje usa un campo desconocido {field}: los campos son {fields}"
        ),
        "mail.bad_security": tr("Seguridad de conexión desconocida {value} (una de {choices})"),
        # the queue
        "queue.unusable": tr("La cola en {location} no se puede usar: {error}"),
        "queue.file_not_writable": tr("no se puede escribir el archivo de la cola: {fault}"),
        "queue.task_not_registered": tr("No hay ninguna tarea registrada con el nombre {name}"),
        "queue.no_such_task": tr("No hay ninguna tarea con el id {task_id}"),
        "queue.not_retryable": tr(
            "La tarea {task_id} está {status}: solo se reintentan tareas fallidas o canceladas"
        ),
        "queue.bad_delay": tr("el retraso debe ser un número de segundos >= 0, no {delay}"),
        "queue.unknown_status": tr("Estado de tarea desconocido {status}"),
        "queue.unknown_queue": tr("Cola desconocida {queue}: las colas son {queues}"),
        "queue.bad_history_days": tr(
            "El historial debe conservarse un número positivo de días, no {days}"
        ),
        "queue.not_json": tr(
            "{what} debe ser JSON (str, int, float, bool, None, list, dict): {error}"
        ),
        "queue.dramatiq_needs_url": tr(
            "Dramatiq necesita REDIS_URL (por ejemplo redis://localhost:6379/0)"
        ),
        "queue.bad_force_backend": tr("force_backend debe ser uno de {choices}, no {value}"),
        "queue.invalid_redis_url": tr("REDIS_URL no válida {url}: {error}"),
        "redis.refused": tr("[Errno {errno}] Conexión rechazada"),
        "redis.refused_at": tr("Error {errno} al conectar con {address}. Conexión rechazada."),
        "redis.timeout": tr("Tiempo de espera agotado al conectar con el servidor"),
        "redis.read_timeout": tr("Tiempo de espera agotado al leer del servidor"),
        "redis.timed_out": tr("tiempo de espera agotado"),
        "redis.unknown_host": tr("[Errno {errno}] Nombre o servicio desconocido"),
        "redis.auth_required": tr("Redis pide una contraseña."),
        "redis.wrong_password": tr("usuario o contraseña no válidos, o usuario desactivado."),
        "gui.redis_unavailable": tr("Redis no disponible: {error}"),
        # the disk under SQLite
        "storage.disk_full": tr("el disco está lleno ({detail})"),
        "storage.read_only": tr("el archivo o su carpeta son de solo lectura ({detail})"),
        "storage.io_error": tr("el disco informó un error de entrada/salida ({detail})"),
        "storage.cannot_open": tr("no se puede abrir el archivo ({detail})"),
        "storage.permission": tr("permiso denegado ({detail})"),
    }


def show_error(value: object) -> str:
    """An error cell of a table (``Column.show``)."""
    return error_text(str(value or ""))


def error_text(text: str) -> str:
    """``text`` in the window's language when it is one of our messages (or a "; " list of
    them), else ``text`` unchanged."""
    return _translated(str(text), tr("Empleado no encontrado"))  # (one cache per language)


@lru_cache(maxsize=4096)
def _translated(text: str, _language: str) -> str:
    return _translation(text, _language)[0]


def _translation(text: str, language: str) -> tuple[str, int]:
    """The text in the window's language, and how many of its characters our templates
    explain: of the readings that match, the one that explains most wins ("line 2: codigo is
    empty" is "line {line}: {problem}" with "{name} is empty" inside, not "{name} is empty")."""
    templates = _spanish()
    best: tuple[str, int] = (text, 0)
    for message, params in parse(text):
        template = templates.get(message.code)
        if template is None:
            continue
        shown, explained = {}, message.specificity
        for name, value in params.items():
            if name in NESTED:
                value, inner = _translation(value, language)
                explained += inner
            shown[name] = value
        if explained > best[1]:
            best = (template.format(**shown), explained)
    if "; " in text:  # a list of messages
        parts = [_translation(part, language) for part in text.split("; ")]
        explained = sum(n for _, n in parts)
        if explained > best[1]:
            best = ("; ".join(shown for shown, _ in parts), explained)
    return best
