"""The settings dialog: backend, Redis (password kept in the keyring), folder, workers,
refresh; and, on its own tab, the mail server the payslips are e-mailed with."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coati_desk.config import expand_path
from coati_desk.gui.background import call_async
from coati_desk.gui.database_settings import DatabaseBox
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.mail_settings import MailBox
from coati_desk.gui.settings import (
    MAX_HISTORY_DAYS,
    REFRESH_CHOICES,
    AppSettings,
    Preferences,
    with_password,
)
from coati_desk.queue import selector
from coati_desk.redaction import redact


def check_folder(path: str) -> str | None:
    """None if the queue folder can be used, else why not."""
    if not path:
        return None
    try:
        folder = expand_path(path)
        if folder.exists() and not folder.is_dir():
            return tr("no es una carpeta")
    except (OSError, ValueError) as exc:  # a NUL character, a name too long
        return tr("nombre no válido ({0})").format(exc)
    return None if selector.folder_usable(folder) else tr("sin permiso de escritura")


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget, settings: AppSettings, prefs: Preferences) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Configuración"))
        self.settings = settings
        self.setMinimumWidth(560)
        general = QWidget()
        form = QFormLayout(general)

        self.backend = QComboBox()
        for value, text in (
            ("auto", tr("Automático (Redis si responde, si no Huey)")),
            ("huey", tr("Huey (carpeta local, sin servidor)")),
            ("dramatiq", tr("Dramatiq + Redis")),
        ):
            self.backend.addItem(text, value)
        self.backend.setCurrentIndex(max(self.backend.findData(prefs.backend), 0))
        form.addRow(tr("Cola:"), self.backend)

        self.redis_url = QLineEdit(prefs.redis_url)
        self.redis_url.setPlaceholderText("redis://servidor:6379/0")
        form.addRow(tr("URL de Redis:"), self.redis_url)
        self.password = QLineEdit(settings.password(prefs.redis_url))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Contraseña de Redis:"), self.password)
        keyring_note = (
            tr("Se guarda en el llavero del sistema, nunca en el archivo de configuración.")
            if settings.keyring_available()
            else tr(
                "Este equipo no tiene llavero: la contraseña se recuerda solo "
                "hasta cerrar la aplicación."
            )
        )
        note = QLabel(keyring_note)
        note.setWordWrap(True)
        form.addRow("", note)
        self.test_button = QPushButton(tr("Probar conexión"))
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        self.test_button.clicked.connect(self.test_connection)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        form.addRow("", row)

        self.database = DatabaseBox(settings, prefs)
        form.addRow(tr("Base de datos de planillas:"), self.database)

        self.folder = QLineEdit(prefs.queue_path)
        self.folder.setPlaceholderText(tr("(predeterminada)"))
        browse = QPushButton(tr("Examinar…"))
        browse.clicked.connect(self.browse)
        self.folder_result = QLabel("")
        self.folder.editingFinished.connect(self.check_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(tr("Carpeta de la cola:"), folder_row)
        form.addRow("", self.folder_result)

        self.threads = QSpinBox()
        self.threads.setRange(1, 64)
        self.threads.setValue(prefs.worker_threads)
        form.addRow(tr("Hilos de trabajo:"), self.threads)
        self.start_workers = QCheckBox(tr("Calcular en este equipo (workers al iniciar)"))
        self.start_workers.setChecked(prefs.start_workers)
        form.addRow("", self.start_workers)

        self.history_days = QSpinBox()
        self.history_days.setRange(0, MAX_HISTORY_DAYS)
        self.history_days.setValue(prefs.history_days)
        self.history_days.setSuffix(tr(" días"))
        self.history_days.setSpecialValueText(tr("Siempre"))
        self.history_days.setToolTip(
            tr(
                "Las tareas terminadas hace más días se borran del historial de la cola, y "
                "los informes guardados en la base de datos (se pueden generar otra vez)"
            )
        )
        form.addRow(tr("Conservar historial:"), self.history_days)

        self.refresh = QComboBox()
        for seconds in REFRESH_CHOICES:
            self.refresh.addItem(tr("Desactivado") if seconds == 0 else f"{seconds} s", seconds)
        self.refresh.setCurrentIndex(max(self.refresh.findData(prefs.refresh_seconds), 0))
        form.addRow(tr("Actualizar cada:"), self.refresh)
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        form.addRow(tr("Idioma:"), self.language)

        self.mail = MailBox(settings)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, tr("General"))
        self.tabs.addTab(self.mail, tr("Correo"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)

    def accept(self) -> None:
        """Saved only once the database chosen can be used (checked off the GUI thread) and
        the mail settings are right."""
        if not self.mail.check():
            self.tabs.setCurrentWidget(self.mail)
            return
        self.database.check_then(super().accept)

    def database_password_text(self) -> str:
        return self.database.password_text()

    def preferences(self) -> Preferences:
        return self.database.apply(
            Preferences(
                backend=str(self.backend.currentData()),
                redis_url=self.redis_url.text().strip(),
                queue_path=self.folder.text().strip(),
                worker_threads=self.threads.value(),
                start_workers=self.start_workers.isChecked(),
                refresh_seconds=int(self.refresh.currentData()),
                language=str(self.language.currentData()),
                history_days=self.history_days.value(),
            )
        )

    def test_connection(self) -> None:
        url = with_password(self.redis_url.text().strip(), self.password.text())
        if not url:
            self.test_result.setText(tr("Escriba la URL de Redis"))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Probando…"))

        def done(reason: Any) -> None:
            self.test_button.setEnabled(True)
            if reason is None:
                self.test_result.setText(tr("Conexión correcta"))
                self.test_result.setStyleSheet("color: #1a7f37")
            else:
                self.test_result.setText(
                    tr("No se pudo conectar: {0}").format(error_text(redact(str(reason))))
                )
                self.test_result.setStyleSheet("color: #a40000")

        call_async(lambda: selector.redis_unreachable_reason(url), done, lambda m: done(m))

    def browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Carpeta de la cola"), self.folder.text())
        if path:
            self.folder.setText(path)
            self.check_folder()

    def check_folder(self) -> None:
        path = self.folder.text().strip()

        def done(problem: Any) -> None:
            self.folder_result.setText(
                ""
                if not path
                else tr("Carpeta utilizable")
                if problem is None
                else tr("No se puede usar: {0}").format(problem)
            )

        call_async(lambda: check_folder(path), done, done)

    def password_text(self) -> str:
        return self.password.text()
