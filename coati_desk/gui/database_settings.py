"""The settings dialog's database part: this PC's SQLite file, or a PostgreSQL server.

*Probar conexión* and the check made when the dialog is accepted run off the GUI thread. A
database that cannot be used is not saved: the dialog stays open and says why, and the window
keeps the one it has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coati_desk.gui.background import call_async
from coati_desk.gui.labels import tr
from coati_desk.gui.settings import AppSettings, Preferences, database_url
from coati_desk.payroll.db import DatabaseProblem, database_id, probe_database
from coati_desk.redaction import redact

DB_FIELDS = ("database", "db_host", "db_port", "db_name", "db_user")
OK_STYLE, BAD_STYLE = "color: #1a7f37", "color: #a40000"


def problem_text(problem: DatabaseProblem, prefs: Preferences) -> str:
    """Why a database cannot be used, in the office's words."""
    words = {
        "driver": tr("falta el controlador de PostgreSQL (psycopg) en esta instalación"),
        "refused": tr(
            "nada responde en {0}:{1} (¿está encendido el servidor y acepta conexiones?)"
        ),
        "host": tr("no se encuentra el servidor «{0}» (revise el nombre)"),
        "auth": tr("usuario o contraseña incorrectos"),
        "database": tr("el servidor no tiene una base de datos «{2}»"),
        "timeout": tr("el servidor {0}:{1} no respondió a tiempo"),
        "url": tr("faltan datos: servidor, base de datos y usuario"),
    }.get(problem.kind)
    if words is None:
        return redact(problem.detail)
    return words.format(prefs.db_host, prefs.db_port, prefs.db_name)


def check_database(url: str, migrate: bool) -> DatabaseProblem | None:
    """None if ``url`` can be used (with ``migrate``: its schema made or upgraded now, as on
    first use), else why not."""
    problem = probe_database(url)
    if problem is not None or not migrate:
        return problem
    try:
        database_id(url)
    except Exception as exc:
        detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
        return DatabaseProblem("other", detail or type(exc).__name__)
    return None


class DatabaseBox(QWidget):
    """Which payroll database: kind, server, port, database, user and password."""

    def __init__(self, settings: AppSettings, prefs: Preferences) -> None:
        super().__init__()
        self.settings = settings
        self.initial = prefs
        self.initial_password = settings.database_password(prefs)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.addItem(tr("Este equipo (archivo SQLite)"), "sqlite")
        self.kind.addItem(tr("Servidor PostgreSQL (varios equipos)"), "postgresql")
        self.kind.setCurrentIndex(max(self.kind.findData(prefs.database), 0))
        form.addRow(self.kind)
        self.host = QLineEdit(prefs.db_host)
        self.host.setPlaceholderText(tr("servidor o dirección IP"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(prefs.db_port)
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(QLabel(tr("Puerto:")))
        server_row.addWidget(self.port)
        form.addRow(tr("Servidor:"), server_row)
        self.name = QLineEdit(prefs.db_name)
        form.addRow(tr("Base de datos:"), self.name)
        self.user = QLineEdit(prefs.db_user)
        form.addRow(tr("Usuario:"), self.user)
        self.password = QLineEdit(self.initial_password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Contraseña:"), self.password)
        self.test_button = QPushButton(tr("Probar conexión"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form.addRow(test_row)
        self.server_widgets: list[QWidget] = [self.host, self.port, self.name, self.user]
        self.server_widgets.append(self.password)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        server = self.kind.currentData() == "postgresql"
        for widget in self.server_widgets:
            widget.setEnabled(server)
        self.result.setText("")

    def apply(self, prefs: Preferences) -> Preferences:
        """``prefs`` with this box's database."""
        return replace(
            prefs,
            database=str(self.kind.currentData()),
            db_host=self.host.text().strip(),
            db_port=self.port.value(),
            db_name=self.name.text().strip(),
            db_user=self.user.text().strip(),
        )

    def password_text(self) -> str:
        return self.password.text()

    def changed(self) -> bool:
        """Whether the database chosen differs from the one the dialog opened with."""
        chosen = self.apply(self.initial)
        return any(getattr(chosen, f) != getattr(self.initial, f) for f in DB_FIELDS) or (
            chosen.database == "postgresql" and self.password_text() != self.initial_password
        )

    def _url(self) -> tuple[Preferences, str | None]:
        prefs = self.apply(self.initial)
        return prefs, database_url(prefs, self.password_text())

    def _check(
        self, migrate: bool, answer: Callable[[Preferences, DatabaseProblem | None], None]
    ) -> None:
        prefs, url = self._url()
        if url is None:  # this PC's file: nothing to reach
            answer(prefs, None)
            return
        if not (prefs.db_host and prefs.db_name and prefs.db_user):
            answer(prefs, DatabaseProblem("url", "host, database and user are needed"))
            return
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(tr("Probando…"))

        def done(problem: Any) -> None:
            self.test_button.setEnabled(True)
            answer(prefs, problem)

        def failed(message: str) -> None:
            done(DatabaseProblem("other", message))

        call_async(lambda: check_database(url, migrate), done, failed)

    def test_connection(self) -> None:
        def show(prefs: Preferences, problem: DatabaseProblem | None) -> None:
            if problem is None:
                self.result.setText(
                    tr("Conexión correcta")
                    if prefs.database == "postgresql"
                    else tr("Se usa el archivo de este equipo")
                )
                self.result.setStyleSheet(OK_STYLE)
            else:
                self.result.setText(
                    tr("No se pudo conectar: {0}").format(problem_text(problem, prefs))
                )
                self.result.setToolTip(redact(problem.detail))
                self.result.setStyleSheet(BAD_STYLE)

        self._check(False, show)

    def check_then(self, accept: Callable[[], None]) -> None:
        """``accept()`` if the database did not change or can be used (its schema made now);
        otherwise say why and leave the dialog open: nothing is saved or switched."""
        if not self.changed():
            accept()
            return

        def answer(prefs: Preferences, problem: DatabaseProblem | None) -> None:
            if problem is None:
                self.result.setText("")
                accept()
                return
            self.result.setText(
                tr(
                    "No se puede usar esta base de datos: {0}. No se guardó nada; se sigue "
                    "usando la anterior."
                ).format(problem_text(problem, prefs))
            )
            self.result.setToolTip(redact(problem.detail))
            self.result.setStyleSheet(BAD_STYLE)

        self._check(True, answer)
