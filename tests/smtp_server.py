"""A real SMTP server for the tests (aiosmtpd, on a free port of 127.0.0.1): it keeps every
message it accepts, and can refuse some on purpose."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


class MailCatcher:
    """What the server does: ``unknown`` mailboxes are refused for good (550 at RCPT);
    ``busy[address]`` times a message to it is answered "try again later" (451 after DATA)
    first."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.unknown: set[str] = set()
        self.busy: dict[str, int] = {}
        self.attempts: dict[str, int] = {}
        self._lock = threading.Lock()

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.unknown:
            return "550 5.1.1 <" + address + ">: no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        (address,) = envelope.rcpt_tos
        with self._lock:
            self.attempts[address] = self.attempts.get(address, 0) + 1
            if self.busy.get(address, 0) > 0:
                self.busy[address] -= 1
                return "451 4.7.1 greylisted, try again later"
            parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
            self.messages.append(parsed)  # type: ignore[arg-type]
        return "250 2.0.0 queued as " + str(len(self.messages))

    def to(self, address: str) -> list[EmailMessage]:
        """The messages accepted for ``address``."""
        return [m for m in self.messages if m["To"] == address]


@contextmanager
def smtp_server() -> Iterator[tuple[MailCatcher, int]]:
    catcher = MailCatcher()
    with socket.socket() as probe:  # a free port (aiosmtpd wants one given)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(catcher, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield catcher, controller.port
    finally:
        controller.stop()
