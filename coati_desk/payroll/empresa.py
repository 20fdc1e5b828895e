"""The company (``Empresa``) planillas belong to: its details, and its size, which sets the
employer INSS rate (the rules' ``umbral_empleador_grande``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import (
    Empleado,
    Empresa,
    Planilla,
    default_empresa,
    planilla_empleado,
)

MAX_LOGO_BYTES = 1024 * 1024
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG
FIELDS = ("nombre", "ruc", "numero_patronal", "direccion", "trabajadores")
_LENGTHS = {"nombre": 200, "ruc": 32, "numero_patronal": 32, "direccion": 300}


def company_size(db: Session, planilla: Planilla, day: date) -> int:
    """The company's workers on ``day``: the number set by hand, else its active employees
    employed that day, over all its planillas (a planilla without a company gets the default)."""
    if planilla.empresa_id is None:
        planilla.empresa_id = default_empresa(db).id
    empresa = db.get(Empresa, planilla.empresa_id)
    if empresa is not None and empresa.trabajadores:
        return empresa.trabajadores
    return counted_workers(db, planilla.empresa_id, day)


def counted_workers(db: Session, empresa_id: str, day: date) -> int:
    """The company's active employees employed on ``day``, over all its planillas."""
    counted = db.scalar(
        select(func.count(func.distinct(Empleado.id)))
        .join(planilla_empleado, planilla_empleado.c.empleado_id == Empleado.id)
        .join(Planilla, Planilla.id == planilla_empleado.c.planilla_id)
        .where(
            Planilla.empresa_id == empresa_id,
            Empleado.activo.is_(True),
            Empleado.fecha_ingreso <= day,
            or_(Empleado.fecha_baja.is_(None), Empleado.fecha_baja >= day),
        )
    )
    return int(counted or 0)


def validate_empresa(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Clean values from the window's fields, and the problems found."""
    clean: dict[str, Any] = {}
    errors: list[str] = []
    for name, longest in _LENGTHS.items():
        value = str(raw.get(name) or "").strip()
        if name == "nombre" and not value:
            errors.append(M.FIELD_EMPTY(name=name))
        elif len(value) > longest:
            errors.append(M.FIELD_TOO_LONG(name=name))
        clean[name] = value or None
    workers = str(raw.get("trabajadores") or "").strip()
    clean["trabajadores"] = None
    if workers:
        if workers.isdigit() and int(workers) >= 1:
            clean["trabajadores"] = int(workers)
        else:
            errors.append(M.BAD_WHOLE(name="trabajadores", value=workers))
    if "logo" in raw:
        logo = raw["logo"] or None
        if logo is not None and (len(logo) > MAX_LOGO_BYTES or not logo.startswith(_LOGO_MAGIC)):
            errors.append(M.BAD_LOGO())
        clean["logo"] = logo
    return clean, errors


def save_empresa(raw: dict[str, Any], empresa_id: str | None = None) -> str:
    """Add or edit a company (``logo``: image bytes, None to remove, absent to keep)."""
    clean, errors = validate_empresa(raw)
    if errors:
        raise PayrollInputError("; ".join(errors))
    with session(write=True) as db:
        empresa = db.get(Empresa, empresa_id) if empresa_id else Empresa()
        if empresa is None:
            raise PayrollInputError(M.EMPRESA_NOT_FOUND(empresa=empresa_id))
        for name, value in clean.items():
            setattr(empresa, name, value)
        db.add(empresa)
        db.flush()
        return empresa.id


def empresa_of(planilla_id: str | None = None) -> dict[str, Any]:
    """A company's details, as reports and the window show them: the planilla's, or the
    default one (made when missing). ``trabajadores_contados`` is its counted size today."""
    with session(write=True) as db:
        planilla = db.get(Planilla, planilla_id) if planilla_id else None
        if planilla is not None and planilla.empresa_id is None:
            planilla.empresa_id = default_empresa(db).id
        empresa = db.get(Empresa, planilla.empresa_id) if planilla else default_empresa(db)
        assert empresa is not None
        details: dict[str, Any] = {"id": empresa.id, "logo": empresa.logo}
        details |= {name: getattr(empresa, name) for name in FIELDS}
        details["trabajadores_contados"] = counted_workers(db, empresa.id, date.today())
        return details


def list_empresas() -> list[dict[str, Any]]:
    with session() as db:
        return [
            {"id": e.id, "nombre": e.nombre, "ruc": e.ruc}
            for e in db.scalars(select(Empresa).order_by(Empresa.creada_en, Empresa.id))
        ]
