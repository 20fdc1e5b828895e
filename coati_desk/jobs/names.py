"""The names the app's tasks are registered under (what callers enqueue by)."""

CALCULATE_EMPLOYEE = "calculate_employee_payroll"
PROCESS_PAYROLL = "process_payroll_parallel"
GENERATE_REPORT = "generate_report"
EMAIL_PAYSLIP = "email_payslip"
