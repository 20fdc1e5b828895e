"""Reports of a payroll run: the run summary PDF, payslips ("colillas de pago"), an XLSX, a CSV.

- :mod:`.model`: the run read once (:func:`load_run`, three queries whatever its size);
- :mod:`.text`: amounts, periods, safe file names, text the PDF font can draw;
- :mod:`.pdf` and :mod:`.xlsx`: pure builders that return bytes (:func:`run_summary_pdf`,
  :func:`payslips`, :func:`run_xlsx`);
- :mod:`.storage`: a report task's files in the payroll database (:func:`generate`, read back
  with :func:`report_files`, pruned with :func:`prune_reports`);
- :mod:`.files`: a task's files written into a local folder (:func:`export_files`);
- :mod:`.run_csv`: the run as CSV (:func:`export_run_csv`);
- :mod:`.filings`, :mod:`.bank` and :mod:`.certificates`: the month's INSS and IR reports, the
  bank transfer file (:func:`build_filing`) and the yearly IR certificates
  (:func:`ir_certificates`), from approved or paid runs.

Callers use this package (``from coati_desk.payroll import reports``): the names below.
"""

from coati_desk.payroll.reports.bank import bank_transfers
from coati_desk.payroll.reports.certificates import ir_certificates
from coati_desk.payroll.reports.files import export_files, write_files
from coati_desk.payroll.reports.filings import (
    FILING_KINDS,
    build_filing,
    inss_report,
    ir_report,
)
from coati_desk.payroll.reports.model import (
    ESTADO_FILA,
    ESTADO_NOMINA,
    TIPO_LINEA,
    Company,
    Fila,
    Files,
    Linea,
    Progress,
    Run,
    load_run,
)
from coati_desk.payroll.reports.pdf import (
    payslips,
    render_payslips,
    render_summary,
    run_summary_pdf,
)
from coati_desk.payroll.reports.run_csv import export_run_csv, spreadsheet_safe
from coati_desk.payroll.reports.storage import (
    SHORT_KINDS,
    build,
    generate,
    list_reports,
    prune_reports,
    report_files,
)
from coati_desk.payroll.reports.text import (
    MAX_NAME,
    money,
    period_label,
    period_tag,
    printable,
    run_title,
    safe_file_name,
)
from coati_desk.payroll.reports.xlsx import STANDARD_LINES, render_xlsx, run_xlsx

__all__ = [
    "ESTADO_FILA",
    "ESTADO_NOMINA",
    "FILING_KINDS",
    "MAX_NAME",
    "SHORT_KINDS",
    "STANDARD_LINES",
    "TIPO_LINEA",
    "Company",
    "Fila",
    "Files",
    "Linea",
    "Progress",
    "Run",
    "bank_transfers",
    "build",
    "build_filing",
    "export_files",
    "export_run_csv",
    "generate",
    "inss_report",
    "ir_certificates",
    "ir_report",
    "list_reports",
    "load_run",
    "money",
    "payslips",
    "period_label",
    "period_tag",
    "printable",
    "prune_reports",
    "render_payslips",
    "render_summary",
    "render_xlsx",
    "report_files",
    "run_summary_pdf",
    "run_title",
    "run_xlsx",
    "safe_file_name",
    "spreadsheet_safe",
    "write_files",
]
