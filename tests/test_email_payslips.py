"""``coati-desk email-payslips``: 300 payslips through the queue to a real SMTP server, each
once, with the right PDF; asked again, nothing goes twice unless said so."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from coati_desk.payroll import approval, payslip_mail, queries
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.payroll.conftest import make_planilla
from tests.smtp_server import smtp_server

EMPLOYEES = 300
JAN = ("2024-01-01", "2024-01-31")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coati_desk", *args], capture_output=True, text=True, timeout=300
    )


def approved_run() -> tuple[str, dict[str, str]]:
    """An approved January run of 300 employees; their addresses by code."""
    planilla_id, ids = make_planilla([str(8000 + 10 * n) for n in range(EMPLOYEES)])
    with session(write=True) as db:
        for n, empleado_id in enumerate(ids):
            db.get(Empleado, empleado_id).correo = f"empleado{n}@coati.test"  # type: ignore[union-attr]
    run_id = cli("run", "--planilla", planilla_id, "--from", JAN[0], "--to", JAN[1], "--aprobar")
    assert run_id.returncode == 0, run_id.stderr
    (run,) = queries.list_runs()
    rows = queries.run_rows(run["id"])
    return run["id"], {
        r["codigo"]: f"empleado{ids.index(r['empleado_id'])}@coati.test" for r in rows
    }


def test_300_payslips_reach_the_mail_server_once_each(isolated_env: Path) -> None:
    run_id, address_of = approved_run()
    unset = cli("mail-settings")
    assert unset.returncode == 1 and "Servidor: (sin configurar)" in unset.stdout
    with smtp_server() as (server, port):
        bad = cli("mail-settings", "--sender", "planillas en la oficina")
        assert bad.returncode == 2 and "is not an e-mail address" in bad.stderr
        set_up = cli("mail-settings", "--server", "127.0.0.1", "--port", str(port),
                     "--security", "none", "--sender-name", "Planillas",
                     "--sender", "planillas@coati.test")  # fmt: skip
        assert set_up.returncode == 0, set_up.stderr
        assert "Remitente: Planillas <planillas@coati.test>" in set_up.stdout
        first_code = min(address_of)
        server.busy[address_of[first_code]] = 1  # "try again later" once: the queue retries
        sent = cli("email-payslips", "--run", run_id, "--usuario", "contadora")
        assert sent.returncode == 0, sent.stderr[-3000:]
        assert f"Enviadas: {EMPLOYEES}  fallidas: 0" in sent.stdout
        assert len(server.messages) == EMPLOYEES
        assert sorted(m["To"] for m in server.messages) == sorted(address_of.values())
        assert server.attempts[address_of[first_code]] == 2
        for code in (first_code, max(address_of)):
            (message,) = server.to(address_of[code])
            (attachment,) = message.iter_attachments()
            text = PdfReader(io.BytesIO(attachment.get_content())).pages[0].extract_text()
            assert code in text and attachment.get_filename().startswith(f"Colilla {code} ")

        again = cli("email-payslips", "--run", run_id)
        assert again.returncode == 0 and "Nada que enviar" in again.stdout
        assert len(server.messages) == EMPLOYEES
        resend = cli("email-payslips", "--run", run_id, "--only", first_code, "--again")
        assert resend.returncode == 0 and "Enviadas: 1  fallidas: 0" in resend.stdout
        assert len(server.to(address_of[first_code])) == 2 and len(server.messages) == 301

    rows = payslip_mail.send_rows(run_id)
    assert {r["estado"] for r in rows} == {"sent"} and len(rows) == EMPLOYEES
    assert {r["usuario"] for r in rows} >= {"contadora"}
    refused = cli("email-payslips", "--run", "nom_nope")
    assert refused.returncode == 2 and "not found" in refused.stderr


def test_an_unreachable_server_and_a_run_not_approved_are_said_plainly(isolated_env: Path) -> None:
    planilla_id, ids = make_planilla(["8500.00"])
    with session(write=True) as db:
        db.get(Empleado, ids[0]).correo = "ana@coati.test"  # type: ignore[union-attr]
    made = cli("run", "--planilla", planilla_id, "--from", JAN[0], "--to", JAN[1])
    assert made.returncode == 0, made.stderr
    (run,) = queries.list_runs()
    not_approved = cli("email-payslips", "--run", run["id"])
    assert not_approved.returncode == 2 and "approved or paid run only" in not_approved.stderr
    approval.approve_run(run["id"], "jefa")
    no_server = cli("email-payslips", "--run", run["id"])
    assert no_server.returncode == 2, no_server.stderr
    assert "error: The mail server is not set up" in no_server.stderr
    assert payslip_mail.send_rows(run["id"]) == []  # nothing asked, nothing to undo
