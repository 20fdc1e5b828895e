"""The payroll's messages (English; the window translates them by code, see coati_desk.messages)."""

from __future__ import annotations

from coati_desk.messages import Message

# -- ids, periods, runs (services) --------------------------------------------------------------
EMPLOYEE_NOT_FOUND = Message("payroll.employee_not_found", "Employee not found")
PLANILLA_NOT_FOUND = Message("payroll.planilla_not_found", "Planilla not found")
BAD_ID = Message(
    "payroll.bad_id", "{field} must be an id (text of 1 to 64 characters), not {value!r}"
)
BAD_DATE = Message("payroll.bad_date", "{field} must be an ISO date (YYYY-MM-DD), not {value!r}")
RUN_OVERLAPS = Message(
    "payroll.run_overlaps",
    "Planilla {planilla} already has run {run} ({estado}) for {inicio} to {fin}; "
    "cancel it to run it again",
)
RUN_NOT_FOUND = Message("payroll.run_not_found", "Run {run!r} not found")
RUN_CANCELLED = Message("payroll.run_cancelled", "Run {run} is cancelled")
ROW_NOT_FOUND = Message("payroll.row_not_found", "Row {row} not found")
ALREADY_CALCULATING = Message(
    "payroll.already_calculating", "This employee is being calculated already"
)
NOT_IN_PLANILLA = Message(
    "payroll.not_in_planilla", "Employee {empleado} is not in planilla {planilla}"
)
INACTIVE = Message("payroll.inactive", "Employee {empleado} ({codigo}) is inactive")
ROW_CANCELLED = Message("payroll.row_cancelled", "Run {run} was cancelled: employee not calculated")
FAILED = Message("payroll.failed", "Failed")
NOT_CALCULATED = Message("payroll.not_calculated", "Not calculated")
DATABASE_NOT_WRITABLE = Message(
    "payroll.database_not_writable", "The payroll database {where} cannot be written: {fault}"
)

# -- calculation ---------------------------------------------------------------------------------
PERIOD_BACKWARDS = Message(
    "payroll.period_backwards", "The period ends ({fin}) before it starts ({inicio})"
)
PERIOD_NOT_MONTH = Message(
    "payroll.period_not_month",
    "The period {inicio} to {fin} does not fit a {periodicidad} payroll: "
    "it must be a whole month (from the 1st to its last day)",
)
PERIOD_NOT_HALF_MONTH = Message(
    "payroll.period_not_half_month",
    "The period {inicio} to {fin} does not fit a {periodicidad} payroll: "
    "it must be a half month (1st-15th or 16th-last day)",
)
PERIOD_NOT_WEEK = Message(
    "payroll.period_not_week",
    "The period {inicio} to {fin} does not fit a {periodicidad} payroll: it must be 7 days",
)
NEGATIVE_SALARY = Message("payroll.negative_salary", "The monthly salary cannot be negative")
TERMINATION_BEFORE_HIRE = Message(
    "payroll.termination_before_hire",
    "The termination date ({baja}) is before the hire date ({ingreso})",
)
NOT_EMPLOYED = Message(
    "payroll.not_employed", "The employee was not employed between {inicio} and {fin}"
)
NEGATIVE_PERCEPTION = Message(
    "payroll.negative_perception", "Perception {codigo} is negative ({monto})"
)
NEGATIVE_DEDUCTION = Message(
    "payroll.negative_deduction", "Deduction {codigo} is negative ({monto})"
)
NEGATIVE_NET = Message("payroll.negative_net", "Net pay would be negative ({monto})")
LEAVE_TOO_LONG = Message(
    "payroll.leave_too_long", "{dias} days of vacation, but only {trabajados} days worked"
)
PERIOD_NOT_AGUINALDO = Message(
    "payroll.period_not_aguinaldo",
    "An aguinaldo runs from 1 December to 30 November, not {inicio} to {fin}",
)
NEGATIVE_INPUT = Message("payroll.negative_input", "Input {tipo} has a negative quantity or amount")
ABSENT_TOO_LONG = Message(
    "payroll.absent_too_long", "{dias} days of absence, but only {trabajados} days worked"
)

# -- approval and payment ------------------------------------------------------------------------
RUN_LOCKED = Message(
    "payroll.run_locked", "Run {run} is {estado}: it cannot change (reopen it first)"
)
NOT_APPROVABLE = Message(
    "payroll.not_approvable",
    "Run {run} is {estado}: only a run calculated without errors can be approved",
)
NOT_PAYABLE = Message(
    "payroll.not_payable", "Run {run} is {estado}: only an approved run can be marked paid"
)
NOT_REOPENABLE = Message(
    "payroll.not_reopenable", "Run {run} is {estado}: only an approved run can be reopened"
)
REASON_REQUIRED = Message("payroll.reason_required", "Say why the run is reopened")

# -- company, per-period inputs, loans -----------------------------------------------------------
EMPRESA_NOT_FOUND = Message("payroll.empresa_not_found", "Company {empresa!r} not found")
BAD_LOGO = Message("payroll.bad_logo", "The logo must be a PNG or JPEG image of at most 1 MB")
BAD_WHOLE = Message(
    "payroll.bad_whole", "{name} must be a whole number of at least 1, not {value!r}"
)
BAD_CHOICE = Message("payroll.bad_choice", "{name} must be one of {choices}, not {value!r}")
BAD_NUMBER = Message(
    "payroll.bad_number", "{name} must be a number like 12.5 (at most 2 decimals), not {value!r}"
)
INPUT_NEEDS_QUANTITY = Message(
    "payroll.input_needs_quantity", "{tipo} needs cantidad (hours or days) above zero"
)
INPUT_NEEDS_AMOUNT = Message("payroll.input_needs_amount", "{tipo} needs monto above zero")
INPUT_UNKNOWN_EMPLOYEE = Message(
    "payroll.input_unknown_employee", "No employee with code {codigo!r} in this planilla"
)
INPUT_DATE_OUTSIDE = Message(
    "payroll.input_date_outside", "fecha {fecha} is outside the period {inicio} to {fin}"
)
OVERTIME_DAY = Message(
    "payroll.overtime_day",
    "{codigo}: {horas} overtime hours on {fecha} (the law allows {max} a day)",
)
OVERTIME_WEEK = Message(
    "payroll.overtime_week",
    "{codigo}: {horas} overtime hours in the week of {semana} (the law allows {max} a week)",
)
LOAN_NOT_FOUND = Message("payroll.loan_not_found", "Loan {prestamo} not found")
LOAN_INSTALMENT = Message(
    "payroll.loan_instalment",
    "The instalment ({cuota}) must be above zero and at most the loan ({monto})",
)
SALARY_CHANGE_BEFORE_HIRE = Message(
    "payroll.salary_change_before_hire",
    "A salary change from {desde} is before the hire date ({ingreso})",
)

# -- employees and the CSV import ----------------------------------------------------------------
FIELD_EMPTY = Message("payroll.field_empty", "{name} is empty")
FIELD_TOO_LONG = Message("payroll.field_too_long", "{name} is too long")
BAD_AMOUNT = Message(
    "payroll.bad_amount",
    "salario_mensual must be an amount like 25000.00 or 25,000.00, not {value!r}",
)
BAD_FIELD_DATE = Message(
    "payroll.bad_field_date", "{name} must be a date YYYY-MM-DD, not {value!r}"
)
BAJA_BEFORE_INGRESO = Message("payroll.baja_before_ingreso", "fecha_baja is before fecha_ingreso")
SETTLEMENT_NOT_FOUND = Message(
    "payroll.settlement_not_found",
    "No final settlement with exit day {fin} is registered for this employee in this planilla",
)
SETTLEMENT_EXIT_CHANGED = Message(
    "payroll.settlement_exit_changed",
    "The employee's exit is no longer {fin}: register the exit again (Dar de baja…)",
)
CODE_TAKEN = Message("payroll.code_taken", "codigo {codigo!r} belongs to another employee")
CODE_REPEATS = Message("payroll.code_repeats", "codigo {codigo!r} repeats line {line}")
CSV_LINE = Message("payroll.csv_line", "line {line}: {problem}")
CSV_NOT_UTF8 = Message(
    "payroll.csv_not_utf8", "the file is not UTF-8 text (byte {byte}); save it as UTF-8 CSV"
)
CSV_NUL = Message("payroll.csv_nul", "the file is not a text CSV (it has NUL bytes)")
CSV_INVALID = Message("payroll.csv_invalid", "not valid CSV ({detail})")
CSV_MISSING_COLUMNS = Message("payroll.csv_missing_columns", "missing column(s): {columns}")
CSV_UNKNOWN_COLUMNS = Message("payroll.csv_unknown_columns", "unknown column(s): {columns}")
CSV_MORE_CELLS = Message("payroll.csv_more_cells", "more cells than columns")
CSV_EMPTY = Message("payroll.csv_empty", "the file has no employees")
CSV_PLANILLA_NOT_FOUND = Message(
    "payroll.csv_planilla_not_found", "planilla {planilla!r} not found"
)

# -- the rules file ------------------------------------------------------------------------------
RULE_MISSING = Message("rules.missing", "{source}: {field} is missing")
RULE_NOT_TEXT = Message("rules.not_text", "{source}: {field} must be a non-empty text")
RULE_NOT_NUMBER = Message("rules.not_number", "{source}: {field} must be a number, not {value!r}")
RULE_NOT_BETWEEN = Message(
    "rules.not_between", "{source}: {field} must be between {low} and {high}, not {value!r}"
)
RULE_TOO_LOW = Message("rules.too_low", "{source}: {field} must be at least {low}, not {value!r}")
RULE_NO_BRACKETS = Message("rules.no_brackets", "{source}: {field} must list at least one bracket")
RULE_NOT_BRACKET = Message(
    "rules.not_bracket", "{source}: {field} must be a table with desde, hasta, tasa and base"
)
RULE_BRACKET_START = Message(
    "rules.bracket_start", "{source}: {field} must be {expected} (where the last one ends)"
)
RULE_BRACKET_EMPTY = Message("rules.bracket_empty", "{source}: {field} must be above desde")
RULE_BRACKET_OPEN = Message(
    "rules.bracket_open", "{source}: {field} is missing (only the last bracket is open-ended)"
)
RULE_LAST_BRACKET_CLOSED = Message(
    "rules.last_bracket_closed",
    "{source}: {field} must be left out: the last bracket has no end",
)
RULE_NOT_WHOLE = Message("rules.not_whole", "{source}: {field} must be a whole number >= 1")
RULES_FILE_NOT_FOUND = Message("rules.file_not_found", "{path}: rule file not found")
RULES_FILE_UNREADABLE = Message("rules.file_unreadable", "{path}: cannot be read ({detail})")
RULES_FILE_NOT_TOML = Message("rules.file_not_toml", "{path}: not valid TOML ({detail})")
RULES_BAD_CODE = Message("rules.bad_code", "rule set {codigo!r}: not a country code")
RULES_SET_ASIDE = Message(
    "rules.set_aside",
    "{error}. The file was set aside as {aside}: put a corrected {local} back, "
    "then retry the failed employees",
)
RULES_DAMAGED = Message(
    "rules.damaged",
    "The office's rule file {local} was damaged and set aside as {aside}: put a corrected "
    "{local} back (or delete the set-aside copy to use the rules shipped with the app), then "
    "retry the failed employees",
)

# -- reports -------------------------------------------------------------------------------------
RUN_STILL_CALCULATING = Message(
    "reports.run_still_calculating",
    "Run {run} is still being calculated ({done} of {total} employees): its reports can be "
    "made once it has finished",
)
RUN_HAS_NO_EMPLOYEES = Message(
    "reports.run_has_no_employees", "Run {run} has no employees: there is nothing to report"
)
RUN_CANCELLED_NO_PAYSLIPS = Message(
    "reports.run_cancelled_no_payslips", "Run {run} was cancelled: it has no payslips"
)
RUN_NO_PAYSLIPS = Message(
    "reports.run_no_payslips", "Run {run} calculated no employee: it has no payslips"
)
UNKNOWN_REPORT_KIND = Message(
    "reports.unknown_kind", "Unknown report kind {kind!r} (one of {choices})"
)
TASK_NO_FILES = Message("reports.task_no_files", "Task {task_id} stored no report files")

# -- filings and certificates --------------------------------------------------------------------
FILING_RUN_NOT_LOCKED = Message(
    "payroll.filing_run_not_locked",
    "Run {run} is {estado}: filings and payment files are made from an approved or paid run "
    "only (approve it first)",
)
FILING_AGUINALDO = Message(
    "payroll.filing_aguinaldo",
    "Run {run} is an aguinaldo run: it is exempt from INSS and IR, there is nothing to file",
)
UNKNOWN_FILING = Message(
    "payroll.unknown_filing", "Unknown filing {kind!r}; choose one of {choices}"
)
CERTIFICATE_BAD_YEAR = Message(
    "payroll.certificate_bad_year", "The year must be from 2000 to 2100, not {year!r}"
)
CERTIFICATE_NO_RUNS = Message(
    "payroll.certificate_no_runs",
    "Planilla {planilla} has no approved or paid ordinary run ending in {year}: nothing to certify",
)

# -- payslips by e-mail ----------------------------------------------------------------------------
MAIL_RUN_NOT_LOCKED = Message(
    "mail.run_not_locked",
    "Run {run} is {estado}: payslips are e-mailed from an approved or paid run only "
    "(approve it first)",
)
MAIL_NOT_CONFIGURED = Message(
    "mail.not_configured",
    "The mail server is not set up: give its server and the sender's address (the window's "
    "Configuración → Correo, or coati-desk mail-settings)",
)
MAIL_NO_ADDRESS = Message("mail.no_address", "Employee {codigo} has no e-mail address on file")
MAIL_BAD_ADDRESS = Message("mail.bad_address", "{address!r} is not an e-mail address")
MAIL_UNKNOWN_CODES = Message(
    "mail.unknown_codes", "Run {run} has no calculated employee with code(s) {codes}"
)
MAIL_REFUSED = Message("mail.refused", "The mail server refused it: {answer}")
MAIL_GAVE_UP = Message(
    "mail.gave_up", "Not sent after {attempts} attempts; the mail server's last answer: {answer}"
)
MAIL_UNCERTAIN = Message(
    "mail.uncertain",
    "Perhaps sent: the connection to the mail server broke while it took the message "
    "({answer}); ask the employee before sending it again",
)
MAIL_BAD_TEMPLATE = Message(
    "mail.bad_template", "The message uses an unknown field {field}: the fields are {fields}"
)
MAIL_BAD_SECURITY = Message(
    "mail.bad_security", "Unknown connection security {value!r} (one of {choices})"
)
