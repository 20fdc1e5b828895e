"""Payslips by e-mail, against a real SMTP server on a free port (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from coati_desk import mail
from coati_desk.payroll import approval, payslip_mail, services
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado, EnvioColilla, EstadoEnvio
from tests.payroll.conftest import make_planilla
from tests.smtp_server import MailCatcher, smtp_server

JAN = ("2024-01-01", "2024-01-31")


@pytest.fixture
def server() -> Iterator[MailCatcher]:
    with smtp_server() as (catcher, port):
        payslip_mail.save_settings(
            payslip_mail.MailSettings(
                mail.MailServer("127.0.0.1", port, "none", "", "Planillas", "planillas@coati.test")
            )
        )
        yield catcher


def approved_run(salaries: list[str], addresses: list[str | None]) -> tuple[str, list[str]]:
    planilla_id, ids = make_planilla(salaries)
    with session(write=True) as db:
        for empleado_id, address in zip(ids, addresses, strict=True):
            db.get(Empleado, empleado_id).correo = address  # type: ignore[union-attr]
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for empleado_id in ids:
        services.calculate_employee(empleado_id, planilla_id, *JAN, "tester")
    approval.approve_run(run_id, "jefa")
    return run_id, ids


def send_all(run_id: str, **request: object) -> list[dict[str, object]]:
    """What the queue's tasks would do, one after the other."""
    return [
        payslip_mail.send_payslip(run_id, empleado_id, solicitud)
        for empleado_id, solicitud in payslip_mail.request_sends(run_id, "tester", **request)  # type: ignore[arg-type]
    ]


def test_each_employee_gets_their_own_payslip_once(server: MailCatcher) -> None:
    run_id, _ = approved_run(["8500.00", "15000.00"], ["ana@coati.test", "luis@coati.test"])
    results = send_all(run_id)
    assert [r["success"] for r in results] == [True, True]
    (first,) = server.to("ana@coati.test")
    assert first["Subject"] == "Colilla de pago 1 al 31 de enero de 2024 · Mi empresa"
    assert first["From"] == "Planillas <planillas@coati.test>"
    assert "Estimado(a) Nombre0 Prueba:" in first.get_body().get_content()  # type: ignore[union-attr]
    (attachment,) = list(first.iter_attachments())
    assert attachment.get_filename().startswith("Colilla ")  # type: ignore[union-attr]
    text = PdfReader(io.BytesIO(attachment.get_content())).pages[0].extract_text()
    assert "Nombre0 Prueba" in text and "Nombre1" not in text
    assert (
        "Nombre1 Prueba"
        in PdfReader(
            io.BytesIO(next(server.to("luis@coati.test")[0].iter_attachments()).get_content())
        )
        .pages[0]
        .extract_text()
    )

    rows = payslip_mail.send_rows(run_id)
    assert [r["estado"] for r in rows] == ["sent", "sent"]
    assert rows[0]["destinatario"] == "ana@coati.test" and rows[0]["enviado_en"] is not None
    assert rows[0]["usuario"] == "tester"
    # Asked again without saying so: nothing goes twice.
    assert payslip_mail.request_sends(run_id, "tester") == []
    assert len(server.messages) == 2
    # An explicit resend of one employee: that one again.
    code = rows[1]["codigo"]
    assert [r["success"] for r in send_all(run_id, only=[code], again=True)] == [True]
    assert len(server.to("luis@coati.test")) == 2 and len(server.to("ana@coati.test")) == 1


def test_a_temporary_refusal_is_tried_again_and_a_permanent_one_fails_with_the_reason(
    server: MailCatcher,
) -> None:
    run_id, _ = approved_run(
        ["8500.00", "9000.00", "9500.00"], ["ana@coati.test", "nadie@coati.test", None]
    )
    server.busy["ana@coati.test"] = 1
    server.unknown.add("nadie@coati.test")
    chosen = payslip_mail.request_sends(run_id, "tester")
    with pytest.raises(payslip_mail.TryAgain, match=r"451 4\.7\.1 greylisted"):
        payslip_mail.send_payslip(run_id, *chosen[0])
    assert payslip_mail.send_rows(run_id)[0]["estado"] == "pending"  # (the queue comes back)
    refused = payslip_mail.send_payslip(run_id, *chosen[1])
    assert not refused["success"]
    assert "refused it: 550 5.1.1 <nadie@coati.test>: no such mailbox" in str(refused["error"])
    no_address = payslip_mail.send_payslip(run_id, *chosen[2])
    assert "has no e-mail address on file" in str(no_address["error"])
    assert payslip_mail.send_payslip(run_id, *chosen[0])["success"]  # the queue's retry
    assert len(server.to("ana@coati.test")) == 1 and server.attempts["ana@coati.test"] == 2

    rows = payslip_mail.send_rows(run_id)
    assert [r["estado"] for r in rows] == ["sent", "failed", "failed"]
    assert rows[0]["intentos"] == 2
    assert payslip_mail.send_counts(run_id) == {
        "pending": 0, "sending": 0, "sent": 1, "failed": 2, "total": 3,
    }  # fmt: skip
    # Retrying the failed ones sends only those (the mailbox exists now).
    server.unknown.clear()
    retried = payslip_mail.request_sends(run_id, "tester", failed_only=True)
    assert [e for e, _ in retried] == [rows[1]["empleado_id"], rows[2]["empleado_id"]]
    assert payslip_mail.send_payslip(run_id, *retried[0])["success"]
    assert len(server.messages) == 2


def test_the_last_temporary_refusal_fails_the_row() -> None:
    """Six "try again later" in a row: the row fails with the server's last answer."""
    with smtp_server() as (catcher, port):
        payslip_mail.save_settings(
            payslip_mail.MailSettings(
                mail.MailServer("127.0.0.1", port, "none", "", "", "p@c.test")
            )
        )
        run_id, _ = approved_run(["8500.00"], ["ana@coati.test"])
        catcher.busy["ana@coati.test"] = payslip_mail.MAX_ATTEMPTS
        ((empleado_id, solicitud),) = payslip_mail.request_sends(run_id)
        for _ in range(payslip_mail.MAX_ATTEMPTS - 1):
            with pytest.raises(payslip_mail.TryAgain):
                payslip_mail.send_payslip(run_id, empleado_id, solicitud)
        last = payslip_mail.send_payslip(run_id, empleado_id, solicitud)
        assert f"Not sent after {payslip_mail.MAX_ATTEMPTS} attempts" in str(last["error"])
        assert catcher.messages == []


def test_a_send_cut_off_by_a_stopped_worker_is_not_sent_again(server: MailCatcher) -> None:
    """The worker stopped while it handed the message to the server: it may have gone, so
    its task's next run fails the row saying so, and a person decides."""
    run_id, _ = approved_run(["8500.00"], ["ana@coati.test"])
    ((empleado_id, solicitud),) = payslip_mail.request_sends(run_id)
    with session(write=True) as db:
        db.execute(update(EnvioColilla).values(estado=EstadoEnvio.SENDING))
    outcome = payslip_mail.send_payslip(run_id, empleado_id, solicitud)
    assert "Perhaps sent" in str(outcome["error"]) and server.messages == []
    # A task for an older request does nothing.
    ((_, newer),) = payslip_mail.request_sends(run_id, failed_only=True)
    assert payslip_mail.send_payslip(run_id, empleado_id, solicitud)["skipped"]
    assert payslip_mail.send_payslip(run_id, empleado_id, newer)["success"]
    assert len(server.messages) == 1


def test_what_is_refused_before_anything_is_sent(server: MailCatcher) -> None:
    planilla_id, ids = make_planilla(["8500.00"])
    open_run = services.create_run(planilla_id, *JAN, "tester")
    with pytest.raises(PayrollInputError, match="approved or paid run only"):
        payslip_mail.request_sends(open_run)
    services.calculate_employee(ids[0], planilla_id, *JAN, "tester")
    approval.approve_run(open_run, "jefa")
    with pytest.raises(PayrollInputError, match="no calculated employee with code"):
        payslip_mail.request_sends(open_run, only=["NOPE"])
    with pytest.raises(PayrollInputError, match=r"unknown field \{salario\}"):
        payslip_mail.save_settings(
            payslip_mail.MailSettings(mail.MailServer("h"), subject="Pago {salario}")
        )
    with pytest.raises(PayrollInputError, match="is not an e-mail address"):
        payslip_mail.check_address("ana@")
    assert payslip_mail.check_address("  ana@coati.test ") == "ana@coati.test"
    kept = payslip_mail.load_settings()
    assert kept.ready and kept.server.sender_address == "planillas@coati.test"
    assert kept.subject == payslip_mail.DEFAULT_SUBJECT and not server.messages


def test_a_batch_draws_its_payslips_together_and_sends_over_one_connection(
    server: MailCatcher,
) -> None:
    """A worker's batch: a refused mailbox and a "try again later" in the middle do not stop
    the others, each answered as alone."""
    run_id, _ = approved_run(
        ["8500.00", "9000.00", "9500.00", "10000.00"],
        ["ana@coati.test", "nadie@coati.test", "luis@coati.test", "eva@coati.test"],
    )
    server.unknown.add("nadie@coati.test")
    server.busy["luis@coati.test"] = 1
    calls = [
        {"nomina_id": run_id, "empleado_id": e, "solicitud": n, "usuario": "tester"}
        for e, n in payslip_mail.request_sends(run_id, "tester")
    ]
    answers = payslip_mail.send_payslips(calls)
    assert answers[0]["success"] and answers[3]["success"]  # type: ignore[index]
    assert "no such mailbox" in answers[1]["error"]  # type: ignore[index]
    assert isinstance(answers[2], payslip_mail.TryAgain)
    assert sorted(m["To"] for m in server.messages) == ["ana@coati.test", "eva@coati.test"]
    for message in server.messages:  # each its own payslip, cut from the batch's document
        (attachment,) = message.iter_attachments()
        pages = PdfReader(io.BytesIO(attachment.get_content())).pages
        assert len(pages) == 1
    again = payslip_mail.send_payslips([calls[2]])  # the queue's retry of that one
    assert again[0]["success"] and len(server.to("luis@coati.test")) == 1  # type: ignore[index]


def test_a_batch_meets_an_unreachable_server_once_and_tries_again_later() -> None:
    with smtp_server() as (_, port):
        pass  # (stopped: nothing answers on that port now)
    payslip_mail.save_settings(
        payslip_mail.MailSettings(mail.MailServer("127.0.0.1", port, "none", "", "", "p@c.test"))
    )
    run_id, _ = approved_run(["8500.00", "9000.00"], ["ana@coati.test", "luis@coati.test"])
    calls = [
        {"nomina_id": run_id, "empleado_id": e, "solicitud": n}
        for e, n in payslip_mail.request_sends(run_id, "tester")
    ]
    answers = payslip_mail.send_payslips(calls)
    assert all(isinstance(a, payslip_mail.TryAgain) for a in answers)
    assert "Connection refused" in str(answers[0]) and str(answers[1]) == str(answers[0])
    assert [r["estado"] for r in payslip_mail.send_rows(run_id)] == ["pending", "pending"]
