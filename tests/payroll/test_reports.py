"""Reports of a run: summary PDF, payslips, XLSX; stored by task id, exported, made by the queue.

The PDFs are read back with pypdf and the workbooks with openpyxl; the figures are the ones
worked by hand elsewhere (25,000.00 a month in January: INSS 1,750.00, IR 2,566.67, net
20,683.33; 18,000.00: INSS 1,260.00, IR 1,264.67, net 15,475.33).
"""

from __future__ import annotations

import io
import re
import stat
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

from coati_desk.payroll import reports, services
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado, InformeArchivo, Nomina, NominaEmpleado, NominaLinea
from coati_desk.queue import QueueDriver
from coati_desk.queue.contract import WorkerGroup
from tests.conftest import wait_until
from tests.payroll.conftest import add_loan, make_planilla

JAN = ("2024-01-01", "2024-01-31")


def calculated_run(salaries: list[str], failing: int | None = None) -> tuple[str, list[str]]:
    """A finished January run of a new planilla ("Prueba"); employee ``failing`` fails."""
    planilla_id, ids = make_planilla(salaries)
    if failing is not None:
        with session(write=True) as db:
            db.execute(
                update(Empleado).where(Empleado.id == ids[failing]).values(salario_mensual=-1)
            )
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for empleado_id in ids:
        services.calculate_employee(empleado_id, planilla_id, *JAN, "tester")
    assert services.run_summary(run_id)["estado"] != "calculando"
    return run_id, ids


def codes(ids: list[str]) -> list[str]:
    with session() as db:
        by_id = {r.id: r.codigo for r in db.execute(select(Empleado.id, Empleado.codigo))}
    return [by_id[i] for i in ids]


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def run() -> tuple[str, list[str]]:
    """25,000.00 and 18,000.00 calculated, a third employee failed."""
    return calculated_run(["25000", "18000", "9000"], failing=2)


def test_summary_pdf_has_the_run_its_totals_and_every_employee(run) -> None:  # type: ignore[no-untyped-def]
    run_id, ids = run
    (page,) = pdf_pages(reports.run_summary_pdf(run_id))
    assert "Resumen de nómina: Prueba" in page
    assert "1 al 31 de enero de 2024" in page and "Calculada con errores" in page
    assert "3: 2 calculados, 1 fallidos" in page
    # run totals: gross, deductions (4,316.67 + 2,524.67), net, employer (5,375 + 500 + 3,870 + 360)
    for amount in ("43,000.00", "6,841.34", "36,158.66", "10,105.00"):
        assert amount in page
    first, second, failed = codes(ids)
    assert re.search(rf"{first}\s*Nombre0 Prueba\s*25,000.00\s*4,316.67\s*20,683.33", page)
    assert re.search(rf"{second}\s*Nombre1 Prueba\s*18,000.00\s*2,524.67\s*15,475.33", page)
    assert re.search(rf"{failed}\s*Nombre2 Prueba\s*Fallido: The monthly salary cannot be", page)
    assert re.search(r"Total \(2 empleados calculados\)\s*43,000.00\s*6,841.34\s*36,158.66", page)
    assert "Página 1 de 1" in page


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # (no database needed)
def test_summary_of_thousands_of_rows_pages_cleanly() -> None:
    """Every page has the column headings and "Página x de y"; every employee once, in order."""
    fila = reports.Fila(
        codigo="",
        nombre="",
        identificacion="",
        salario_mensual=Decimal("1000.00"),
        estado="completed",
        dias_trabajados=30,
        salario_base=Decimal("1000.00"),
        salario_bruto=Decimal("1000.00"),
        inss_laboral=Decimal("70.00"),
        ir=Decimal("0.00"),
        otras_deducciones=Decimal("0.00"),
        total_deducciones=Decimal("70.00"),
        salario_neto=Decimal("930.00"),
        inss_patronal=Decimal("215.00"),
        inatec=Decimal("20.00"),
        error="",
    )
    long_name = "Maximiliano Bartolomé de la Santísima Trinidad Fernández-Covarrubias y Solórzano"
    filas = [
        replace(fila, codigo=f"E-{n:05d}", nombre=long_name if n == 7 else f"Persona {n}")
        for n in range(1, 2501)
    ]
    run = reports.Run(
        id="nom_x",
        planilla="Grande",
        periodicidad="mensual",
        inicio=date(2026, 11, 1),
        fin=date(2026, 11, 30),
        estado="calculada",
        usuario="",
        total_empleados=2500,
        completados=2500,
        fallidos=0,
        cancelados=0,
        total_bruto=Decimal("2500000.00"),
        total_deducciones=Decimal("175000.00"),
        total_neto=Decimal("2325000.00"),
        total_aportes=Decimal("587500.00"),
        filas=filas,
    )
    seen: list[tuple[int, int]] = []
    pages = pdf_pages(reports.render_summary(run, lambda done, total: seen.append((done, total))))
    assert 40 < len(pages) < 80
    for number, page in enumerate(pages, 1):
        assert f"Página {number} de {len(pages)}" in page
        assert re.search(r"Código\s*Nombre\s*Bruto\s*Deducciones\s*Neto", page), number
    found = re.findall(r"E-\d{5}", "\n".join(pages))
    assert found == [f.codigo for f in filas]
    assert "E-00007 Maximiliano Bartolomé de la Santísima Tri… 1,000.00" in pages[0]  # cut to fit
    assert "Total (2500 empleados calculados)" in pages[-1] and "2,325,000.00" in pages[-1]
    assert seen[-1] == (2500, 2500) and len(seen) <= 60


def test_payslips_one_file_or_one_per_employee(run) -> None:  # type: ignore[no-untyped-def]
    run_id, ids = run
    first, second, _failed = codes(ids)
    progress: list[tuple[int, int]] = []
    ((name, combined),) = reports.payslips(
        run_id, combined=True, progress=lambda d, t: progress.append((d, t))
    )
    assert name == "Colillas Prueba 2024-01.pdf" and progress[-1] == (2, 2)
    pages = pdf_pages(combined)
    assert len(pages) == 2  # the failed employee has no payslip
    one = pages[0]
    assert "Prueba" in one and "Colilla de pago" in one and "1 al 31 de enero de 2024" in one
    assert re.search(rf"{first}\s*Nombre0 Prueba", one)
    for label, amount in (
        ("Salario del periodo", "25,000.00"),
        ("Total percepciones", "25,000.00"),
        ("INSS laboral", "1,750.00"),
        ("IR \\(impuesto sobre la renta\\)", "2,566.67"),
        ("Total deducciones", "4,316.67"),
        ("Salario neto", "20,683.33"),
    ):
        assert re.search(rf"{label}\s*{amount}", one), label
    assert "INSS patronal 5,375.00" in one and "INATEC 500.00" in one
    # each payslip numbers its own pages: a page cut out of the combined file reads the same
    assert "Página 1 de 1" in one and "Página 1 de 1" in pages[1]
    assert re.search(rf"{second}\s*Nombre1 Prueba", pages[1]) and "15,475.33" in pages[1]

    separate = reports.payslips(run_id, combined=False)
    assert [n for n, _ in separate] == [
        f"Colilla {first} Nombre0 Prueba 2024-01.pdf",
        f"Colilla {second} Nombre1 Prueba 2024-01.pdf",
    ]
    assert [len(pdf_pages(data)) for _, data in separate] == [1, 1]
    assert "20,683.33" in pdf_pages(separate[0][1])[0]
    assert "Página 1 de 1" in pdf_pages(separate[1][1])[0]
    assert second not in pdf_pages(separate[0][1])[0]  # only its own page
    assert PdfReader(io.BytesIO(separate[1][1])).metadata.title == separate[1][0][:-4]


def test_documents_made_at_once_share_the_parsed_fonts_safely(run) -> None:  # type: ignore[no-untyped-def]
    """The fonts are parsed once per process and every document subsets its own copy: worker
    threads making payslips at the same time each get whole, readable files."""
    from concurrent.futures import ThreadPoolExecutor

    def texts(files: list[tuple[str, bytes]]) -> list[str]:  # (the minute it was made aside)
        return [re.sub(r"generado el .*", "", page) for _, d in files for page in pdf_pages(d)]

    run_id, _ = run
    alone = texts(reports.payslips(run_id, combined=False))
    with ThreadPoolExecutor(4) as pool:
        at_once = list(pool.map(lambda _: reports.payslips(run_id, combined=False), range(8)))
    assert all(texts(files) == alone for files in at_once)


def test_a_part_over_two_pages_is_cut_whole_and_numbered_on_its_own() -> None:
    """A payslip (here any part) too long for one page goes on, says so at the foot of the
    page, and its file has both pages; the next part starts again at page 1."""
    from coati_desk.payroll.reports.pdf import _Document
    from coati_desk.payroll.reports.pdf_parts import render_parts
    from coati_desk.payroll.reports.text import FONT

    def draw(doc: _Document, lines: int) -> None:
        doc.set_font(FONT, "", 9)
        for n in range(lines):
            doc.cell(doc.epw, 6, f"Línea {n}", new_x="LMARGIN", new_y="NEXT")

    parts = [50, 3]  # lines: the first part takes two pages
    separate = render_parts(_Document("T", "S", "pie"), parts, draw, lambda n: f"{n}.pdf", None)
    assert [name for name, _ in separate] == ["50.pdf", "3.pdf"]
    long_one, short_one = (pdf_pages(data) for _, data in separate)
    assert len(long_one) == 2 and len(short_one) == 1
    assert "Página 1, sigue" in long_one[0] and "Línea 49" in long_one[1]
    assert "Página 2 de 2" in long_one[1] and "Página 1 de 1" in short_one[0]
    ((_, combined),) = render_parts(_Document("T", "S", "pie"), parts, draw, str, "all.pdf")
    assert len(pdf_pages(combined)) == 3


def test_payslip_lists_the_employees_own_deductions() -> None:
    planilla_id, (empleado,) = make_planilla(["25000"])
    add_loan(empleado, "500")
    run_id = services.create_run(planilla_id, *JAN)
    services.calculate_employee(empleado, planilla_id, *JAN)
    (page,) = pdf_pages(reports.payslips(run_id, combined=True)[0][1])
    assert re.search(r"Préstamo\s*500.00", page)
    assert re.search(r"Total deducciones\s*4,816.67", page)
    assert re.search(r"Salario neto\s*20,183.33", page)


def test_xlsx_has_real_numbers_equal_to_the_database(run) -> None:  # type: ignore[no-untyped-def]
    run_id, ids = run
    add_loan(ids[0], "0")  # (a concept column appears only for concepts some result has)
    book = openpyxl.load_workbook(io.BytesIO(reports.run_xlsx(run_id)))
    assert book.sheetnames == ["Resumen", "Empleados", "Detalle"]
    summary = {row[0]: row[1] for row in book["Resumen"].iter_rows(min_row=3, values_only=True)}
    assert summary["Estado"] == "Calculada con errores" and summary["Empleados"] == 3
    with session() as db:
        nomina = db.get(Nomina, run_id)
        assert nomina is not None
        for label, value in (
            ("Total bruto", nomina.total_bruto),
            ("Total deducciones", nomina.total_deducciones),
            ("Total neto", nomina.total_neto),
            ("Aportes patronales", nomina.total_aportes),
        ):
            assert isinstance(summary[label], float | int), label
            assert Decimal(str(summary[label])).quantize(Decimal("0.01")) == value
        db_rows = {
            r.empleado_id: r
            for r in db.scalars(select(NominaEmpleado).where(NominaEmpleado.nomina_id == run_id))
        }
        line_count = db.scalar(
            select(func.count())
            .select_from(NominaLinea)
            .join(NominaEmpleado)
            .where(NominaEmpleado.nomina_id == run_id)
        )
    sheet = book["Empleados"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [r["Código"] for r in rows] == codes(ids)
    columns = {
        "Salario bruto": "salario_bruto",
        "INSS laboral": "inss_laboral",
        "IR": "ir",
        "Total deducciones": "total_deducciones",
        "Salario neto": "salario_neto",
        "INSS patronal": "inss_patronal",
        "INATEC": "inatec",
    }
    for row, empleado_id in zip(rows[:2], ids, strict=False):
        assert row["Estado"] == "Calculado"
        for column, attribute in columns.items():
            cell = row[column]
            assert isinstance(cell, float | int) and not isinstance(cell, bool), column
            expected = getattr(db_rows[empleado_id], attribute)
            assert Decimal(str(cell)).quantize(Decimal("0.01")) == expected, column
    assert rows[0]["Salario neto"] == 20683.33 and rows[0]["IR"] == 2566.67
    assert rows[2]["Estado"] == "Fallido" and rows[2]["Salario neto"] is None
    assert "negative" in rows[2]["Error"]
    detail = list(book["Detalle"].iter_rows(min_row=2, values_only=True))
    assert len(detail) == line_count == 10  # salary, INSS, IR and two employer lines, twice
    assert all(isinstance(line[5], float | int) for line in detail)


def test_bad_input_is_refused_with_a_reason() -> None:
    with pytest.raises(services.PayrollInputError, match="not found"):
        reports.run_summary_pdf("nom_nope")
    with pytest.raises(services.PayrollInputError, match="not found"):
        reports.payslips("nom_nope", combined=True)
    with pytest.raises(services.PayrollInputError, match="not found"):
        reports.run_xlsx("nom_nope")
    with pytest.raises(services.PayrollInputError, match="not found"):
        reports.generate("xlsx", "nom_nope", task_id="t-1")
    with pytest.raises(services.PayrollInputError, match="nomina_id must be an id"):
        reports.run_xlsx(None)

    planilla_id, ids = make_planilla(["1000", "2000"])
    run_id = services.create_run(planilla_id, *JAN)
    services.calculate_employee(ids[0], planilla_id, *JAN)
    with pytest.raises(services.PayrollInputError, match=r"still being calculated \(1 of 2"):
        reports.run_summary_pdf(run_id)
    with pytest.raises(services.PayrollInputError, match="Unknown report kind 'pdf'"):
        reports.generate("pdf", run_id, task_id="t-1")

    empty_planilla, _ = make_planilla([], planilla_id="pla_vacia")
    empty = services.create_run(empty_planilla, *JAN)
    with session(write=True) as db:
        db.execute(update(Nomina).where(Nomina.id == empty).values(estado="calculada"))
    with pytest.raises(services.PayrollInputError, match="has no employees"):
        reports.run_xlsx(empty)

    cancelled, _ = calculated_run(["1000"])
    with session(write=True) as db:
        db.execute(update(Nomina).where(Nomina.id == cancelled).values(estado="cancelada"))
    with pytest.raises(services.PayrollInputError, match="was cancelled: it has no payslips"):
        reports.payslips(cancelled, combined=True)
    assert "Cancelada" in pdf_pages(reports.run_summary_pdf(cancelled))[0]

    all_failed, _ = calculated_run(["-5"])
    reports.run_summary_pdf(all_failed)  # the summary says what failed
    with pytest.raises(services.PayrollInputError, match="calculated no employee"):
        reports.payslips(all_failed, combined=False)
    with session() as db:
        assert db.scalar(select(func.count()).select_from(InformeArchivo)) == 0


def test_names_outside_latin_1_are_printed_or_replaced_readably() -> None:
    run_id, (empleado,) = calculated_run(["25000"])
    with session(write=True) as db:
        db.execute(
            update(Empleado)
            .where(Empleado.id == empleado)
            .values(nombres="Łukasz Дмитрий", apellidos="Ñandú Κώστας 王伟")
        )
    ((name, data),) = reports.payslips(run_id, combined=False)
    assert "Łukasz Дмитрий Ñandú Κώστας 王伟" in name  # file names keep every character
    (page,) = pdf_pages(data)
    assert "Łukasz Дмитрий Ñandú Κώστας ??" in page  # no glyph for Chinese in the PDF font
    (summary,) = pdf_pages(reports.run_summary_pdf(run_id))
    assert "Łukasz Дмитрий Ñandú Κώστας ??" in summary
    book = openpyxl.load_workbook(io.BytesIO(reports.run_xlsx(run_id)))
    assert book["Empleados"]["B2"].value == "Łukasz Дмитрий Ñandú Κώστας 王伟"
    assert reports.printable("ﬁ Ａ\tb\u200b!") == "fi A b!"


def test_file_names_are_safe_on_windows() -> None:
    assert reports.safe_file_name('Colilla a/b\\c:d*e?f"g<h>i|j', "pdf") == (
        "Colilla a-b-c-d-e-f-g-h-i-j.pdf"
    )
    assert reports.safe_file_name("  CON ", "pdf") == "_CON.pdf"
    assert reports.safe_file_name("x\ny\x00z. . ", "xlsx") == "x y z.xlsx"
    assert len(reports.safe_file_name("n" * 400, "pdf")) == reports.MAX_NAME + 4


def test_a_task_retried_with_the_same_id_leaves_one_set_of_files(run) -> None:  # type: ignore[no-untyped-def]
    run_id, _ = run
    first = reports.generate("colillas_pdf", run_id, combined=False, task_id="task-1")
    assert first["archivos"][0]["nombre"].startswith("Colilla T-")
    assert len(reports.report_files("task-1")) == 2
    reports.generate("resumen_pdf", run_id, task_id="task-2")
    again = reports.generate("colillas_pdf", run_id, combined=True, task_id="task-1")
    assert again == {
        "success": True,
        "task_id": "task-1",
        "nomina_id": run_id,
        "tipo": "colillas_pdf",
        "archivos": [
            {"nombre": "Colillas Prueba 2024-01.pdf", "bytes": again["archivos"][0]["bytes"]}
        ],
    }
    ((name, data),) = reports.report_files("task-1")
    assert name == "Colillas Prueba 2024-01.pdf" and len(pdf_pages(data)) == 2
    assert [n for n, _ in reports.report_files("task-2")] == ["Resumen Prueba 2024-01.pdf"]
    assert reports.report_files("task-none") == []


def test_export_files_never_overwrites(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run_id, _ = run
    reports.generate("colillas_pdf", run_id, combined=False, task_id="task-1")
    folder = tmp_path / "informes" / "enero"
    written = reports.export_files("task-1", folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in written] == [name for name, _ in reports.report_files("task-1")]
    again = reports.export_files("task-1", folder)
    assert [p.name for p in again] == [p.name.replace(".pdf", " (2).pdf") for p in written]
    third = reports.export_files("task-1", folder)
    assert third[0].name.endswith(" (3).pdf")
    for path, (_, data) in zip(written, reports.report_files("task-1"), strict=True):
        assert path.read_bytes() == data and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(list(folder.iterdir())) == 6
    with pytest.raises(services.PayrollInputError, match="stored no report files"):
        reports.export_files("task-none", folder)


def test_the_command_line_writes_the_files(run, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.cli import build_parser

    run_id, _ = run

    def report(*argv: str) -> int:
        args = build_parser().parse_args(["report", *argv])
        return int(args.func(args))

    out = tmp_path / "out"
    assert report("--run", run_id, "--kind", "colillas", "--out", str(out)) == 0
    paths = capsys.readouterr().out.split("\n")[:-1]
    assert len(paths) == 2 and all(Path(p).parent == out and Path(p).exists() for p in paths)
    assert report("--run", run_id, "--kind", "xlsx", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip().endswith("Nómina Prueba 2024-01.xlsx")
    assert report("--run", "nom_nope", "--kind", "resumen", "--out", str(out)) == 2
    assert "error: Run 'nom_nope' not found" in capsys.readouterr().err


def test_generate_report_through_the_queue(queue: QueueDriver, workers: WorkerGroup) -> None:
    from coati_desk.queue.tasks import GENERATE_REPORT, generate_report_task

    run_id, _ = calculated_run(["25000", "18000"])
    task_id = queue.enqueue(GENERATE_REPORT, nomina_id=run_id, tipo="colillas_pdf", combinado=True)
    record = wait_until(
        lambda: (r := queue.get_task_result(task_id))["status"] in ("completed", "failed") and r,
        60,
    )
    assert record["status"] == "completed", record
    assert record["result"]["success"] is True and record["result"]["task_id"] == task_id
    ((name, data),) = reports.report_files(task_id)
    assert name == "Colillas Prueba 2024-01.pdf" and len(pdf_pages(data)) == 2

    bad = generate_report_task.send(nomina_id="nom_nope", tipo="xlsx")
    record = wait_until(lambda: (r := queue.get_task_result(bad))["status"] == "completed" and r)
    assert record["result"]["success"] is False and record["attempts"] == 1
    assert "not found" in record["result"]["error"]
    assert reports.report_files(bad) == []


def test_old_report_files_are_pruned_with_the_history(run) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.payroll.models import utcnow

    run_id, _ = run
    reports.generate("resumen_pdf", run_id, task_id="old")
    reports.generate("xlsx", run_id, task_id="recent")
    with session(write=True) as db:
        db.execute(
            update(InformeArchivo)
            .where(InformeArchivo.task_id == "old")
            .values(creado_en=utcnow() - timedelta(days=40))
        )
    assert reports.prune_reports(30) == 1
    assert reports.report_files("old") == [] and len(reports.report_files("recent")) == 1
    assert [r["task_id"] for r in reports.list_reports(run_id)] == ["recent"]
