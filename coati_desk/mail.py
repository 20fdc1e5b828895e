"""Sending e-mail through the office's SMTP server, and saying what went wrong in a way that
decides what to do next.

A failed send is one of three kinds (:class:`MailError`):

- **transient**: the server could not take it now and said so, or could not be reached (a
  refused connection, a 4xx answer such as "try again later" or "mailbox busy"). Nothing was
  delivered: trying again later is right;
- **permanent**: the server refused it for good (a 5xx answer: no such mailbox, a wrong
  password, a message too big). Trying again changes nothing;
- **uncertain**: the connection broke while the server was taking the message, before it
  answered. It may have been delivered: trying again could send it twice, so a person decides.

No Qt, no payroll here: the payroll's task (``coati_desk.payroll.payslip_mail``) and the
settings dialog's *Enviar prueba* use it.
"""

from __future__ import annotations

import email.policy
import os
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr

KEYRING_SERVICE = "coati-desk-smtp"
PASSWORD_ENV = "COATI_SMTP_PASSWORD"  # a worker without the keyring (a server, a container)
SECURITY = ("starttls", "tls", "none")  # STARTTLS on a plain port, TLS from the start, neither
TIMEOUT = 30.0  # seconds for each step with the server
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]+$")


def is_address(text: str) -> bool:
    """Whether ``text`` looks like one e-mail address (``name@domain.tld``, nothing around)."""
    return len(text) <= 254 and bool(_ADDRESS.match(text))


@dataclass(frozen=True)
class MailServer:
    """Where and as whom the office sends mail."""

    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""

    @property
    def account(self) -> str:
        """The keyring's account for this server's password."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def sender(self) -> str:
        return formataddr((self.sender_name, self.sender_address))


class MailError(Exception):
    """A send that failed: ``kind`` is transient, permanent or uncertain (see the module)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason

    @property
    def transient(self) -> bool:
        return self.kind == TRANSIENT


TRANSIENT, PERMANENT, UNCERTAIN = "transient", "permanent", "uncertain"


def password_for(server: MailServer) -> str:
    """The server's password: ``COATI_SMTP_PASSWORD``, else the system keyring's, else none."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not server.user:
        return ""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, server.account) or ""
    except Exception:  # (no keyring service on this machine)
        return ""


def _answer(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def _kind_of(code: int) -> str:
    return TRANSIENT if 400 <= code < 500 else PERMANENT


def _refused(exc: smtplib.SMTPResponseException) -> MailError:
    """The server's answer, as the failure it means."""
    return MailError(_kind_of(exc.smtp_code), _answer(exc.smtp_code, exc.smtp_error))


def _connect(server: MailServer, password: str) -> smtplib.SMTP:
    """Connected, secured and logged in (MailError otherwise: nothing was sent)."""
    context = ssl.create_default_context()
    try:
        if server.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=TIMEOUT, context=context
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
    except smtplib.SMTPConnectError as exc:
        raise _refused(exc) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(TRANSIENT, f"{server.host}:{server.port}: {exc}") from exc
    try:
        smtp.ehlo()
        if server.security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        if server.user:
            smtp.login(server.user, password)
    except smtplib.SMTPResponseException as exc:
        smtp.close()
        raise _refused(exc) from exc
    except smtplib.SMTPNotSupportedError as exc:
        smtp.close()
        raise MailError(PERMANENT, f"{server.host}:{server.port}: {exc}") from exc
    except (OSError, smtplib.SMTPException) as exc:
        smtp.close()
        raise MailError(TRANSIENT, f"{server.host}:{server.port}: {exc}") from exc
    return smtp


class MailSession:
    """Messages sent one after the other over one connection (opened at the first, opened
    again after one broke): what a worker's batch of payslips uses. ``send`` answers the
    server's answer or raises :class:`MailError`, per message."""

    def __init__(self, server: MailServer, password: str) -> None:
        self.server, self._password = server, password
        self._smtp: smtplib.SMTP | None = None
        self._unreachable: MailError | None = None  # the rest fail at once, as the first did

    def __enter__(self) -> MailSession:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def _broken(self, kind: str, exc: BaseException) -> MailError:
        """The connection is gone: the next message opens another."""
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None
        return MailError(kind, f"{self.server.host}:{self.server.port}: {exc}")

    def send(self, message: EmailMessage) -> str:
        """Send ``message`` (its From, To, Subject and Message-ID set); the server's answer
        ("250 ...")."""
        if self._unreachable is not None:
            raise self._unreachable
        if self._smtp is None:
            try:
                self._smtp = _connect(self.server, self._password)
            except MailError as exc:  # (a server that does not answer: not 32 timeouts)
                self._unreachable = exc
                raise
        smtp = self._smtp
        try:  # before the message's data: whatever happens, nothing was delivered
            code, text = smtp.mail(self.server.sender_address)
            if code == 250:
                code, text = smtp.rcpt(str(message["To"]))
            if code not in (250, 251):
                smtp.rset()  # (this message is refused; the connection serves the next)
                raise MailError(_kind_of(code), _answer(code, text))
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            raise self._broken(TRANSIENT, exc) from exc
        try:
            code, text = smtp.data(message.as_bytes(policy=email.policy.SMTP))  # (CRLF lines)
        except smtplib.SMTPDataError as exc:  # refused, with an answer: not delivered
            raise _refused(exc) from exc
        except (OSError, smtplib.SMTPException) as exc:  # cut off mid-message: who knows
            raise self._broken(UNCERTAIN, exc) from exc
        if code != 250:  # it answered after the message: refused
            raise MailError(_kind_of(code), _answer(code, text))
        return _answer(code, text)


def send(server: MailServer, password: str, message: EmailMessage) -> str:
    """Send one message over a connection of its own (see :meth:`MailSession.send`)."""
    with MailSession(server, password) as session:
        return session.send(message)


def test_message(server: MailServer, recipient: str) -> EmailMessage:
    """The settings dialog's test message."""
    message = EmailMessage()
    message["From"] = server.sender
    message["To"] = recipient
    message["Subject"] = "Coati Desk: mensaje de prueba"
    message.set_content(
        "Este es un mensaje de prueba de Coati Desk: el servidor de correo está bien "
        "configurado para enviar las colillas de pago.\n"
    )
    return message
