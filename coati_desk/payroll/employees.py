"""Employees: validation, add/edit, and the CSV import (all or nothing).

CSV columns (UTF-8, comma or semicolon separated, a header line first):
``codigo, nombres, apellidos, identificacion, salario_mensual, fecha_ingreso, fecha_baja``;
``identificacion`` and ``fecha_baja`` may be empty. A code that exists already updates that
employee. Any bad line stops the whole import: nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado, Planilla, planilla_empleado

REQUIRED = ("codigo", "nombres", "apellidos", "salario_mensual", "fecha_ingreso")
COLUMNS = (*REQUIRED[:3], "identificacion", *REQUIRED[3:], "fecha_baja")
MAX_SALARY = Decimal("999999999.99")
AMOUNT = re.compile(r"(\d+|\d{1,3}(,\d{3})+)(\.\d{1,2})?")


def validate_employee(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Clean values from text fields, and the problems found (empty when all is well)."""
    errors: list[str] = []
    clean: dict[str, Any] = {}
    for name in ("codigo", "nombres", "apellidos"):
        value = str(raw.get(name) or "").strip()
        if not value:
            errors.append(M.FIELD_EMPTY(name=name))
        elif len(value) > (32 if name == "codigo" else 100):
            errors.append(M.FIELD_TOO_LONG(name=name))
        clean[name] = value
    ident = str(raw.get("identificacion") or "").strip()
    clean["identificacion"] = ident or None
    salary_text = str(raw.get("salario_mensual") or "").strip()
    # 25000, 25000.5, 25,000.00 - but not 1.500,50: a decimal comma is refused, not guessed
    if AMOUNT.fullmatch(salary_text) and Decimal(salary_text.replace(",", "")) <= MAX_SALARY:
        clean["salario_mensual"] = Decimal(salary_text.replace(",", "")).quantize(Decimal("0.01"))
    else:
        errors.append(M.BAD_AMOUNT(value=salary_text))
    for name in ("fecha_ingreso", "fecha_baja"):
        text = str(raw.get(name) or "").strip()
        if not text:
            clean[name] = None
            if name == "fecha_ingreso":
                errors.append(M.FIELD_EMPTY(name="fecha_ingreso"))
            continue
        try:
            clean[name] = date.fromisoformat(text)
        except ValueError:
            errors.append(M.BAD_FIELD_DATE(name=name, value=text))
    start, end = clean.get("fecha_ingreso"), clean.get("fecha_baja")
    if start and end and end < start:
        errors.append(M.BAJA_BEFORE_INGRESO())
    return clean, errors


def save_employee(
    raw: dict[str, Any], empleado_id: str | None = None, planilla_id: str | None = None
) -> str:
    """Add (or edit) one employee; raises PayrollInputError listing every problem."""
    clean, errors = validate_employee(raw)
    with session(write=True) as db:
        clash = db.scalar(select(Empleado.id).where(Empleado.codigo == clean["codigo"]))
        if clash and clash != empleado_id:
            errors.append(M.CODE_TAKEN(codigo=clean["codigo"]))
        if errors:
            raise PayrollInputError("; ".join(errors))
        if empleado_id:
            empleado = db.get(Empleado, empleado_id)
            if empleado is None:
                raise PayrollInputError(M.EMPLOYEE_NOT_FOUND())
        else:
            empleado = Empleado()
            db.add(empleado)
        for name, value in clean.items():
            setattr(empleado, name, value)
        empleado.activo = bool(raw.get("activo", True))
        if planilla_id:
            planilla = db.get(Planilla, planilla_id)
            if planilla is None:
                raise PayrollInputError(M.PLANILLA_NOT_FOUND())
            if planilla not in empleado.planillas:
                empleado.planillas.append(planilla)
        db.flush()
        return empleado.id


def list_employees(search: str = "") -> list[dict[str, Any]]:
    with session() as db:
        query = select(Empleado).order_by(Empleado.codigo)
        if search:
            like = f"%{search.strip()}%"
            query = query.where(
                Empleado.codigo.ilike(like)
                | Empleado.nombres.ilike(like)
                | Empleado.apellidos.ilike(like)
            )
        return [
            {
                "id": e.id,
                "codigo": e.codigo,
                "nombre": e.nombre_completo,
                "nombres": e.nombres,
                "apellidos": e.apellidos,
                "identificacion": e.identificacion or "",
                "salario_mensual": e.salario_mensual,
                "fecha_ingreso": e.fecha_ingreso,
                "fecha_baja": e.fecha_baja,
                "activo": e.activo,
            }
            for e in db.scalars(query)
        ]


def employee_count() -> int:
    with session() as db:
        return int(db.scalar(select(func.count()).select_from(Empleado)) or 0)


@dataclass
class ImportResult:
    planilla_id: str = ""
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def _read_rows(data: bytes) -> tuple[list[dict[str, str]], list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [M.CSV_NOT_UTF8(byte=exc.start)]
    if "\x00" in text:
        return [], [M.CSV_NUL()]
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    # newline="": the csv module handles \r\n, \r and newlines inside quoted cells itself.
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows_of(reader)
    except csv.Error as exc:  # a malformed line (a stray quote, a bare carriage return...)
        return [], [M.CSV_LINE(line=reader.line_num, problem=M.CSV_INVALID(detail=exc))]


def _rows_of(reader: csv.DictReader[str]) -> tuple[list[dict[str, str]], list[str]]:
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [M.CSV_LINE(line=1, problem=M.CSV_MISSING_COLUMNS(columns=", ".join(missing)))]
    extra = [h for h in header if h and h not in COLUMNS]
    if extra:
        return [], [M.CSV_LINE(line=1, problem=M.CSV_UNKNOWN_COLUMNS(columns=", ".join(extra)))]
    reader.fieldnames = header
    rows: list[dict[str, str]] = []
    errors: list[str] = []
    for row in reader:
        if None in row:  # more cells than the header has
            errors.append(M.CSV_LINE(line=reader.line_num, problem=M.CSV_MORE_CELLS()))
            continue
        if not any((v or "").strip() for v in row.values()):
            continue  # a blank line
        row["__line__"] = str(reader.line_num)
        rows.append(row)
    return rows, errors


def import_employees_csv(
    source: Path | bytes, planilla_id: str | None = None, planilla_nombre: str | None = None
) -> ImportResult:
    """Import employees into a planilla (a new monthly one when none is given).

    Every problem is reported by line; if there is any, nothing is written.
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    rows, errors = _read_rows(data)
    clean_rows = []
    seen: dict[str, str] = {}
    for row in rows:
        clean, problems = validate_employee(row)
        line = row["__line__"]
        if clean.get("codigo") in seen:
            problems.append(M.CODE_REPEATS(codigo=clean["codigo"], line=seen[clean["codigo"]]))
        seen.setdefault(clean.get("codigo", ""), line)
        errors += [M.CSV_LINE(line=line, problem=p) for p in problems]
        clean_rows.append(clean)
    if not rows and not errors:
        errors.append(M.CSV_EMPTY())
    result = ImportResult(errors=errors)
    if errors:
        return result
    with session(write=True) as db:
        if planilla_id:
            planilla = db.get(Planilla, planilla_id)
            if planilla is None:
                result.errors.append(M.CSV_PLANILLA_NOT_FOUND(planilla=planilla_id))
                return result
        else:
            planilla = Planilla(
                nombre=planilla_nombre or "Planilla importada", periodicidad="mensual"
            )
            db.add(planilla)
            db.flush()
        existing = {
            e.codigo: e
            for e in db.scalars(
                select(Empleado).where(Empleado.codigo.in_([c["codigo"] for c in clean_rows]))
            )
        }
        members = set(
            db.scalars(
                select(planilla_empleado.c.empleado_id).where(
                    planilla_empleado.c.planilla_id == planilla.id
                )
            )
        )
        for clean in clean_rows:
            empleado = existing.get(clean["codigo"])
            if empleado is None:
                empleado = Empleado(**clean)
                db.add(empleado)
                result.created += 1
            else:
                for name, value in clean.items():
                    setattr(empleado, name, value)
                result.updated += 1
            db.flush()
            if empleado.id not in members:
                db.execute(
                    planilla_empleado.insert().values(
                        planilla_id=planilla.id, empleado_id=empleado.id
                    )
                )
                members.add(empleado.id)
        result.planilla_id = planilla.id
    return result
