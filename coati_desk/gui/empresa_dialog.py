"""Empresa: the company's details (name, RUC, INSS employer number, address, logo) and its
size, which sets the employer INSS rate (counted from its employees unless set by hand)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.payroll.empresa import empresa_of, save_empresa, validate_empresa
from coati_desk.payroll.rules import load_rules

LOGO_PREVIEW = (200, 90)  # px


def _load() -> dict[str, Any]:
    rules = load_rules("NI")
    return {
        "empresa": empresa_of(),
        "tasa": rules.inss_patronal,
        "tasa_grande": rules.inss_patronal_grande,
        "umbral": rules.umbral_empleador_grande,
    }


def _percent(rate: Decimal) -> str:
    return f"{rate * 100:.1f} %"


class EmpresaDialog(QDialog):
    """The company's details, read and saved off the GUI thread."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Empresa"))
        self.setMinimumWidth(580)
        self.loaded: dict[str, Any] | None = None
        self.logo: bytes | None = None
        self.logo_changed = False
        self.nombre = QLineEdit()
        self.ruc = QLineEdit()
        self.numero_patronal = QLineEdit()
        self.direccion = QPlainTextEdit()
        self.direccion.setFixedHeight(60)
        self.trabajadores = QLineEdit()
        self.trabajadores.setPlaceholderText(tr("automático"))
        self.trabajadores.setToolTip(
            tr("Déjelo vacío para contar los empleados activos de la empresa")
        )
        self.trabajadores.textChanged.connect(self._show_rate)
        self.rate = QLabel("")
        self.rate.setWordWrap(True)
        self.preview = QLabel(tr("Sin logo"))
        self.preview.setFixedSize(*LOGO_PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c0c0c0; background: white")
        choose = QPushButton(tr("Elegir imagen…"))
        choose.clicked.connect(lambda: self.choose_logo())
        self.remove_button = QPushButton(tr("Quitar logo"))
        self.remove_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.addRow(tr("Nombre:"), self.nombre)
        form.addRow(tr("RUC:"), self.ruc)
        form.addRow(tr("Número patronal INSS:"), self.numero_patronal)
        form.addRow(tr("Dirección:"), self.direccion)
        form.addRow(tr("Trabajadores:"), self.trabajadores)
        form.addRow("", self.rate)
        form.addRow(tr("Logo:"), logo_row)
        hint = QLabel(tr("PNG o JPEG, 1 MB como máximo"))
        hint.setStyleSheet("color: #606060")
        form.addRow("", hint)
        self.problems = QLabel(tr("Cargando…"))
        self.problems.setStyleSheet("color: #a40000")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # until the company is read
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        call_async(_load, self._show, self._failed)

    # -- reading -------------------------------------------------------------------------------
    def _show(self, data: dict[str, Any]) -> None:
        self.loaded = data
        empresa = data["empresa"]
        self.nombre.setText(empresa["nombre"] or "")
        self.ruc.setText(empresa["ruc"] or "")
        self.numero_patronal.setText(empresa["numero_patronal"] or "")
        self.direccion.setPlainText(empresa["direccion"] or "")
        self.trabajadores.setText(str(empresa["trabajadores"] or ""))
        self._set_logo(empresa["logo"], changed=False)
        self._show_rate()
        self.problems.setText("")
        self.buttons.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.problems.setText(error_text(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)

    def _show_rate(self) -> None:
        if self.loaded is None:
            return
        counted = self.loaded["empresa"]["trabajadores_contados"]
        text = self.trabajadores.text().strip()
        size = int(text) if text.isdigit() and int(text) >= 1 else counted
        grande = size >= self.loaded["umbral"]
        rate = self.loaded["tasa_grande"] if grande else self.loaded["tasa"]
        self.rate.setText(
            tr(
                "Empleados activos contados: {0}. INSS patronal: {1} "
                "({2} desde {3} trabajadores, {4} con menos)."
            ).format(
                counted,
                _percent(rate),
                _percent(self.loaded["tasa_grande"]),
                self.loaded["umbral"],
                _percent(self.loaded["tasa"]),
            )
        )

    # -- the logo ------------------------------------------------------------------------------
    def choose_logo(self, path: str | None = None) -> bool:
        """Take the logo from an image file; a file that is not a PNG or JPEG image of at most
        1 MB is refused (said in the dialog) and the logo shown stays."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Elegir logo"), "", tr("Imágenes (*.png *.jpg *.jpeg)")
            )
            if not path:
                return False
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.problems.setText(tr("No se puede leer {0}: {1}").format(path, exc.strerror))
            return False
        _, errors = validate_empresa({"nombre": "-", "logo": data})
        if errors:
            self.problems.setText(error_text("; ".join(errors)))
            return False
        if not QPixmap().loadFromData(data):  # a PNG or JPEG header on a broken image
            self.problems.setText(tr("El archivo no es una imagen que se pueda leer"))
            return False
        self.problems.setText("")
        self._set_logo(data, changed=True)
        return True

    def remove_logo(self) -> None:
        self._set_logo(None, changed=True)

    def _set_logo(self, data: bytes | None, changed: bool) -> None:
        self.logo = data
        self.logo_changed = self.logo_changed or changed
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            width, height = LOGO_PREVIEW
            self.preview.setPixmap(
                pixmap.scaled(
                    width - 4,
                    height - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Sin logo"))
        self.remove_button.setEnabled(data is not None)

    # -- saving --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "nombre": self.nombre.text(),
            "ruc": self.ruc.text(),
            "numero_patronal": self.numero_patronal.text(),
            "direccion": self.direccion.toPlainText(),
            "trabajadores": self.trabajadores.text(),
        }
        if self.logo_changed:  # absent: the saved logo stays
            values["logo"] = self.logo
        return values

    def _save(self) -> None:
        assert self.loaded is not None
        values, empresa_id = self.values(), self.loaded["empresa"]["id"]
        self.problems.setText(tr("Guardando…"))
        self.buttons.setEnabled(False)

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.problems.setText(error_text(message))

        call_async(lambda: save_empresa(values, empresa_id), lambda _: self.accept(), failed)
