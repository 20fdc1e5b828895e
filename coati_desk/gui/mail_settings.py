"""The settings dialog's *Correo* tab: the office's mail server and the payslip message.

The server and the message are kept in the payroll database (every worker sends as the office
does); the password in this machine's keyring, like Redis's. *Enviar prueba* sends a message
off the GUI thread and says what the server answered.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coati_desk import mail
from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.settings import AppSettings
from coati_desk.payroll import payslip_mail
from coati_desk.payroll.errors import PayrollInputError

OK_STYLE, BAD_STYLE = "color: #1a7f37", "color: #a40000"
PORTS = {"starttls": 587, "tls": 465, "none": 25}


class MailBox(QWidget):
    """The mail server, its password, the sender and the message; filled off the GUI thread."""

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.loaded: payslip_mail.MailSettings | None = None
        self._password = ""
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.ejemplo.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for value, text in (
            ("starttls", tr("STARTTLS (puerto 587)")),
            ("tls", tr("TLS (puerto 465)")),
            ("none", tr("Ninguna (solo en la red de la oficina)")),
        ):
            self.security.addItem(text, value)
        self.security.activated.connect(self._security_chosen)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(
            tr(
                "Se guarda en el llavero de este equipo. Un worker en otro equipo la toma de su "
                "propio llavero o de la variable COATI_SMTP_PASSWORD."
            )
        )
        self.sender_name = QLineEdit()
        self.sender_name.setPlaceholderText(tr("Planillas · Mi empresa"))
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText("planillas@ejemplo.com")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(110)
        fields = " ".join("{" + f + "}" for f in payslip_mail.FIELDS)
        hint = QLabel(tr("Campos que se reemplazan en el asunto y el mensaje: {0}").format(fields))
        hint.setWordWrap(True)

        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText(tr("dirección que recibe la prueba"))
        self.test_button = QPushButton(tr("Enviar prueba"))
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(BAD_STYLE)

        form = QFormLayout(self)
        form.addRow(tr("Servidor SMTP:"), self.host)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port)
        port_row.addWidget(QLabel(tr("Seguridad:")))
        port_row.addWidget(self.security, 1)
        form.addRow(tr("Puerto:"), port_row)
        form.addRow(tr("Usuario:"), self.user)
        form.addRow(tr("Contraseña:"), self.password)
        form.addRow(tr("Nombre del remitente:"), self.sender_name)
        form.addRow(tr("Correo del remitente:"), self.sender_address)
        form.addRow(tr("Asunto:"), self.subject)
        form.addRow(tr("Mensaje:"), self.body)
        form.addRow("", hint)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(tr("Probar:"), test_row)
        form.addRow("", self.test_result)
        form.addRow("", self.problem)
        self.setEnabled(False)  # until the saved settings are read
        call_async(payslip_mail.load_settings, self._fill, self._unreadable)

    # -- reading and writing ---------------------------------------------------------------------
    def _fill(self, saved: payslip_mail.MailSettings) -> None:
        self.loaded = saved
        server = saved.server
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.security.setCurrentIndex(max(self.security.findData(server.security), 0))
        self.user.setText(server.user)
        self._password = self.settings.smtp_password(server) if server.user else ""
        self.password.setText(self._password)
        self.sender_name.setText(server.sender_name)
        self.sender_address.setText(server.sender_address)
        self.subject.setText(saved.subject)
        self.body.setPlainText(saved.body)
        self.test_to.setText(server.sender_address)
        self.setEnabled(True)

    def _unreadable(self, message: str) -> None:
        self.problem.setText(tr("No se pudo leer la configuración de correo: {0}").format(message))

    def _security_chosen(self) -> None:
        """A port that goes with the security chosen, when the port was a usual one."""
        if self.port.value() in PORTS.values():
            self.port.setValue(PORTS[str(self.security.currentData())])

    def mail_settings(self) -> payslip_mail.MailSettings:
        return payslip_mail.MailSettings(
            mail.MailServer(
                self.host.text().strip(),
                self.port.value(),
                str(self.security.currentData()),
                self.user.text().strip(),
                self.sender_name.text().strip(),
                self.sender_address.text().strip(),
            ),
            self.subject.text(),
            self.body.toPlainText(),
        )

    def check(self) -> bool:
        """Whether what is written can be kept (else it says why, in the tab)."""
        chosen = self.mail_settings()
        try:
            payslip_mail.check_address(chosen.server.sender_address)
            payslip_mail.check_template(chosen.subject)
            payslip_mail.check_template(chosen.body)
        except PayrollInputError as exc:
            self.problem.setText(error_text(str(exc)))
            return False
        self.problem.setText("")
        return True

    def changed(self) -> bool:
        """Whether the settings or the password differ from what was read."""
        if self.loaded is None:
            return False
        return self.loaded != self.mail_settings() or self.password.text() != self._password

    def save(self, done: Any, failed: Any) -> bool:
        """Keep the settings (the database, off the GUI thread) and the password: True when
        in the keyring; else it is this session's, handed to this process's workers and to a
        worker process started from now on (``COATI_SMTP_PASSWORD``)."""
        chosen, password = self.mail_settings(), self.password.text()
        in_keyring = self.settings.set_smtp_password(chosen.server, password)
        if not in_keyring and password:
            os.environ[mail.PASSWORD_ENV] = password
        call_async(lambda: payslip_mail.save_settings(chosen), done, failed)
        return in_keyring or not password

    # -- the test message ------------------------------------------------------------------------
    def send_test(self) -> None:
        chosen, to, password = (
            self.mail_settings(),
            self.test_to.text().strip(),
            self.password.text(),
        )
        if not chosen.server.host or not mail.is_address(to) or not chosen.server.sender_address:
            self.test_result.setText(
                tr("Escriba el servidor, el correo del remitente y a quién enviar la prueba")
            )
            self.test_result.setStyleSheet(BAD_STYLE)
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Enviando…"))
        self.test_result.setStyleSheet("")

        def done(answer: Any) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(tr("Enviado. El servidor respondió: {0}").format(answer))
            self.test_result.setStyleSheet(OK_STYLE)

        def failed(message: str) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(tr("No se envió: {0}").format(message))
            self.test_result.setStyleSheet(BAD_STYLE)

        message = mail.test_message(chosen.server, to)
        call_async(lambda: mail.send(chosen.server, password, message), done, failed)
