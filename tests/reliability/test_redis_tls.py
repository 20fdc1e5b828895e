"""Issue 6, item 7: a ``rediss://`` (TLS) ``REDIS_URL`` works end to end.

The module starts its own redis-server that speaks only TLS (``--port 0 --tls-port N``), with a
throwaway CA and server certificate made by the ``openssl`` command, and a random password.
``REDIS_URL`` is what an office with its own CA would write:
``rediss://:<password>@host:port/0?ssl_ca_certs=/path/to/office-ca.pem`` (redis-py then
verifies the certificate and the host name, its defaults). With it:

- the selector finds Redis and picks Dramatiq, whose clients really use TLS;
- a payroll runs through in-process workers, and another through the ``dramatiq`` command;
- a certificate from an unrelated CA gives a readable reason, and the app falls back to Huey;
- the password is never logged (by the app, Dramatiq, redis-py, or the worker command).

Without a redis-server built with TLS (or without openssl) the tests skip with the reason, and
under ``CI=true`` that is a failure.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from sqlalchemy import select

from coati_desk.payroll import services
from coati_desk.payroll.db import session
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.payroll.models import NominaEmpleado
from coati_desk.queue import get_queue_driver, selector
from coati_desk.queue.drivers.dramatiq_driver import DramatiqDriver
from coati_desk.queue.tasks import process_payroll_parallel_task
from tests.conftest import dramatiq_cli, wait_until
from tests.redis_server import free_port

EMPLOYEES = 50
HOST = "127.0.0.1"


def unavailable(reason: str) -> None:
    """Skip with ``reason``; under ``CI=true`` fail instead (a skipped TLS test hides nothing)."""
    reason = f"REDIS TLS TESTS NOT RUN: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason + " - in CI this is a failure", pytrace=False)
    pytest.skip(reason)


# -- a throwaway CA and server certificate ----------------------------------------------------
def openssl(folder: Path, *args: str) -> None:
    done = subprocess.run(
        ["openssl", *args], cwd=folder, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.fail(f"openssl {' '.join(args)} failed:\n{done.stdout}{done.stderr}", pytrace=False)


def make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed CA (certificate, key) named ``name``."""
    (folder / f"{name}.ext").write_text(
        "basicConstraints=critical,CA:TRUE\n"
        "keyUsage=critical,keyCertSign,cRLSign\n"
        "subjectKeyIdentifier=hash\n"
    )
    openssl(folder, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
            "-out", f"{name}.csr", "-subj", f"/O=Coati Desk tests/CN={name}")  # fmt: skip
    openssl(folder, "x509", "-req", "-in", f"{name}.csr", "-signkey", f"{name}.key",
            "-days", "2", "-extfile", f"{name}.ext", "-out", f"{name}.crt")  # fmt: skip
    return folder / f"{name}.crt", folder / f"{name}.key"


def make_server_cert(folder: Path, ca_cert: Path, ca_key: Path) -> tuple[Path, Path]:
    """A server certificate for 127.0.0.1 and localhost, signed by the CA."""
    (folder / "server.ext").write_text(
        f"subjectAltName=IP:{HOST},DNS:localhost\n"
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid,issuer\n"
    )
    openssl(folder, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key",
            "-out", "server.csr", "-subj", f"/O=Coati Desk tests/CN={HOST}")  # fmt: skip
    openssl(folder, "x509", "-req", "-in", "server.csr", "-CA", str(ca_cert), "-CAkey",
            str(ca_key), "-set_serial", str(secrets.randbits(63)), "-days", "2",
            "-extfile", "server.ext", "-out", "server.crt")  # fmt: skip
    return folder / "server.crt", folder / "server.key"


# -- the TLS redis-server ---------------------------------------------------------------------
# What a redis-server built without TLS says when asked for --tls-port: up to 7.0 the directive
# is unknown ("Bad directive or wrong number of arguments" after the 'tls-port' line); from 7.2,
# where TLS may be a module, "Missing implement of connection type tls".
NO_TLS_SIGNS = ("bad directive", "connection type tls")


@dataclass
class TlsRedis:
    proc: subprocess.Popen[bytes]
    port: int
    password: str
    ca: Path
    other_ca: Path  # an unrelated CA, which did not sign the server's certificate
    folder: Path

    def url(self, ca: Path | None = None) -> str:
        ca_param = quote(str(ca or self.ca), safe="/")
        return f"rediss://:{self.password}@{HOST}:{self.port}/0?ssl_ca_certs={ca_param}"

    def output(self) -> str:
        return "\n".join(
            path.read_text(errors="replace")
            for path in (self.folder / "redis.out", self.folder / "redis.log")
            if path.exists()
        )


def start_tls_redis(folder: Path) -> TlsRedis:
    binary = shutil.which("redis-server")
    if not binary:
        unavailable("no redis-server on PATH (install redis-server, built with TLS)")
    if not shutil.which("openssl"):
        unavailable("no openssl command on PATH to make the test certificates")
    assert binary
    ca, ca_key = make_ca(folder, "office-ca")
    other_ca, _ = make_ca(folder, "unrelated-ca")
    cert, key = make_server_cert(folder, ca, ca_key)
    port = free_port()
    password = secrets.token_hex(16)
    out = open(folder / "redis.out", "wb")  # noqa: SIM115  (the server's stdout and stderr)
    proc = subprocess.Popen(
        [binary, "--port", "0", "--tls-port", str(port), "--bind", HOST,
         "--tls-cert-file", str(cert), "--tls-key-file", str(key),
         "--tls-ca-cert-file", str(ca), "--tls-auth-clients", "no",
         "--requirepass", password, "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--logfile", str(folder / "redis.log")],
        stdout=out,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    out.close()
    server = TlsRedis(proc, port, password, ca, other_ca, folder)
    client = redis.Redis.from_url(server.url(), socket_connect_timeout=1, socket_timeout=1)
    deadline = time.monotonic() + 15
    last_error: Exception | None = None
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                text = server.output()
                lowered = text.lower()
                if "tls" in lowered and any(sign in lowered for sign in NO_TLS_SIGNS):
                    unavailable(f"{binary} was built without TLS support:\n{text[-1500:]}")
                pytest.fail(f"TLS redis-server exited with {proc.returncode}:\n{text[-3000:]}")
            try:
                client.ping()
                return server
            except redis.RedisError as exc:
                last_error = exc
                time.sleep(0.1)
    finally:
        client.close()
    stop(server)
    pytest.fail(
        f"TLS redis-server did not answer a TLS PING within 15 s ({last_error}):\n"
        f"{server.output()[-3000:]}"
    )


def stop(server: TlsRedis) -> None:
    if server.proc.poll() is None:
        server.proc.terminate()
        try:
            server.proc.wait(10)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsRedis]:
    server = start_tls_redis(tmp_path_factory.mktemp("redis-tls"))
    yield server
    stop(server)


@pytest.fixture
def tls_redis(
    tls_server: TlsRedis, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> TlsRedis:
    """The TLS Redis, emptied, as ``REDIS_URL``; every log record at INFO kept in ``caplog``."""
    assert tls_server.proc.poll() is None, "the TLS redis-server died:\n" + tls_server.output()
    caplog.set_level(logging.INFO)
    client = redis.Redis.from_url(tls_server.url())
    client.flushdb()
    client.close()
    monkeypatch.setenv("REDIS_URL", tls_server.url())
    selector.reset()
    return tls_server


# -- checks -----------------------------------------------------------------------------------
def check_dramatiq_over_tls(server: TlsRedis) -> DramatiqDriver:
    """``REDIS_URL`` answers, the auto backend is Dramatiq, and its clients really use TLS."""
    url = os.environ["REDIS_URL"]
    assert selector.redis_unreachable_reason(url) is None
    driver = get_queue_driver()
    assert driver.backend == "dramatiq"
    assert isinstance(driver, DramatiqDriver)
    for client in (driver.broker_client, driver.journal_client):
        pool = client.connection_pool
        assert issubclass(pool.connection_class, redis.SSLConnection), pool.connection_class
        assert pool.connection_kwargs.get("ssl_ca_certs") == str(server.ca), pool.connection_kwargs
    assert server.password not in driver.location and "***" in driver.location
    return driver


def start_payroll(seed: int) -> str:
    """Send a payroll of ``EMPLOYEES`` demo employees; its run id once the tasks are queued."""
    queue = get_queue_driver()
    planilla_id = create_demo_planilla(EMPLOYEES, seed=seed, today=date(2026, 11, 20))
    fan_out = process_payroll_parallel_task.send(
        planilla_id=planilla_id, periodo_inicio="2026-11-01", periodo_fin="2026-11-30"
    )
    result = wait_until(lambda: queue.get_task_result(fan_out)["result"], timeout=60)
    assert result.get("nomina_id"), result
    return str(result["nomina_id"])


def check_every_employee_completed(run_id: str) -> None:
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=120)
    summary = services.run_summary(run_id)
    assert summary["estado"] == "calculada", summary
    assert summary["total_empleados"] == summary["completados"] == EMPLOYEES, summary
    assert summary["fallidos"] == summary["cancelados"] == 0, summary
    with session() as db:
        states = db.scalars(
            select(NominaEmpleado.estado).where(NominaEmpleado.nomina_id == run_id)
        ).all()
    assert sorted(states) == ["completed"] * EMPLOYEES


def check_password_not_logged(
    server: TlsRedis, caplog: pytest.LogCaptureFixture, *files: Path
) -> None:
    # The URL was logged (masked), so the capture did see the lines that could leak it.
    masked = [r for r in caplog.records if f"rediss://:***@{HOST}:{server.port}" in r.getMessage()]
    assert masked, "the masked Redis URL was never logged:\n" + caplog.text
    assert server.password not in caplog.text
    for record in caplog.records:
        assert server.password not in record.getMessage(), record
    for path in files:
        assert server.password not in path.read_text(errors="replace"), path


# -- the tests --------------------------------------------------------------------------------
def test_the_server_speaks_only_tls(tls_redis: TlsRedis) -> None:
    plain = f"redis://:{tls_redis.password}@{HOST}:{tls_redis.port}/0"
    assert selector.redis_unreachable_reason(plain, timeout=1) is not None
    assert selector.redis_unreachable_reason(tls_redis.url()) is None


def test_rediss_url_selects_dramatiq_and_runs_a_payroll_in_process(
    tls_redis: TlsRedis, caplog: pytest.LogCaptureFixture
) -> None:
    driver = check_dramatiq_over_tls(tls_redis)
    workers = driver.start_workers(2)
    try:
        run_id = start_payroll(seed=7)
        check_every_employee_completed(run_id)
    finally:
        stopped = workers.stop(timeout=30)
    assert stopped, "the in-process Dramatiq workers did not stop"
    check_password_not_logged(tls_redis, caplog)


def test_rediss_url_works_for_the_external_dramatiq_worker(
    tls_redis: TlsRedis,
    spawn: Callable[..., subprocess.Popen[bytes]],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    check_dramatiq_over_tls(tls_redis)
    dramatiq_cli(spawn, "-p", "1", "-t", "2")  # REDIS_URL comes from this test's environment
    run_id = start_payroll(seed=8)
    check_every_employee_completed(run_id)
    check_password_not_logged(tls_redis, caplog, *tmp_path.glob("worker-*.log"))


def test_a_certificate_from_another_ca_is_refused_and_the_app_falls_back_to_huey(
    tls_redis: TlsRedis, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = tls_redis.url(ca=tls_redis.other_ca)
    reason = selector.redis_unreachable_reason(wrong)
    assert isinstance(reason, str) and reason.strip(), reason
    assert "certificate" in reason.lower(), reason  # e.g. "certificate verify failed: ..."
    assert tls_redis.password not in reason

    monkeypatch.setenv("REDIS_URL", wrong)
    selector.reset()
    assert get_queue_driver().backend == "huey"
    assert any(
        r.levelno == logging.WARNING and "Failed to connect to Redis for Dramatiq" in r.getMessage()
        for r in caplog.records
    ), caplog.text
    assert tls_redis.password not in caplog.text
    for record in caplog.records:
        assert tls_redis.password not in record.getMessage(), record
