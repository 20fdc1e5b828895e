"""Employees: validation, add/edit, salary history, opening year-to-date figures, and the CSV
import (all or nothing).

CSV columns (UTF-8, comma or semicolon separated, a header line first): required
``codigo, nombres, apellidos, salario_mensual, fecha_ingreso``; optional ``identificacion,
fecha_baja, inss_numero, cargo, banco, cuenta_bancaria, correo`` (where the payslip is
e-mailed), ``forma_pago`` (transferencia, efectivo, cheque), ``salario_vigente_desde`` (the
salary is a change in force from that date; earlier periods keep the earlier salary) and the
opening figures of an office that starts mid-year, ``ytd_anio, ytd_periodos, ytd_bruto,
ytd_inss, ytd_ir`` (all five or none) and the vacation days left on a date,
``vacaciones_saldo, vacaciones_fecha`` (both or none). A code that exists already updates that
employee. Any bad line stops the whole import: nothing is half-imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coati_desk import mail
from coati_desk.payroll import messages as M
from coati_desk.payroll.csv_input import read_csv_rows
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import AMOUNT, MAX_AMOUNT, parse_decimal
from coati_desk.payroll.models import (
    AcumuladoInicial,
    Empleado,
    FormaPago,
    Planilla,
    SalarioEmpleado,
    planilla_empleado,
)

REQUIRED = ("codigo", "nombres", "apellidos", "salario_mensual", "fecha_ingreso")
DETAILS = {"inss_numero": 32, "cargo": 100, "banco": 100, "cuenta_bancaria": 64}  # max length
OPENING = ("ytd_anio", "ytd_periodos", "ytd_bruto", "ytd_inss", "ytd_ir")
COLUMNS = (
    *REQUIRED[:3],
    "identificacion",
    *REQUIRED[3:],
    "fecha_baja",
    *DETAILS,
    "correo",
    "forma_pago",
    "salario_vigente_desde",
    *OPENING,
    "vacaciones_saldo",
    "vacaciones_fecha",
)
# Not columns of the employee: what _apply does with them.
SALARY_FROM = "salario_vigente_desde"
OPENING_FIGURES = "acumulado_inicial"


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
    if AMOUNT.fullmatch(salary_text) and Decimal(salary_text.replace(",", "")) <= MAX_AMOUNT:
        clean["salario_mensual"] = Decimal(salary_text.replace(",", "")).quantize(Decimal("0.01"))
    else:
        errors.append(M.BAD_AMOUNT(value=salary_text))
    # Details not given (a CSV without their columns) are left as they are.
    for name, longest in DETAILS.items():
        if name not in raw:
            continue
        value = str(raw.get(name) or "").strip()
        if len(value) > longest:
            errors.append(M.FIELD_TOO_LONG(name=name))
        clean[name] = value or None
    if "correo" in raw:
        address = str(raw.get("correo") or "").strip()
        if address and not mail.is_address(address):
            errors.append(M.MAIL_BAD_ADDRESS(address=address))
        clean["correo"] = address or None
    if "forma_pago" in raw:
        forma = str(raw.get("forma_pago") or FormaPago.TRANSFERENCIA).strip().lower()
        if forma not in {f.value for f in FormaPago}:
            choices = ", ".join(f.value for f in FormaPago)
            errors.append(M.BAD_CHOICE(name="forma_pago", choices=choices, value=forma))
        clean["forma_pago"] = forma
    clean[OPENING_FIGURES] = _opening_figures(raw, errors)
    clean.update(_opening_vacation(raw, errors))
    for name in ("fecha_ingreso", "fecha_baja", SALARY_FROM):
        text = str(raw.get(name) or "").strip()
        if not text:
            clean[name] = None
            if name == "fecha_ingreso":
                errors.append(M.FIELD_EMPTY(name="fecha_ingreso"))
            continue
        if isinstance(raw.get(name), date):
            clean[name] = raw[name]
            continue
        try:
            clean[name] = date.fromisoformat(text)
        except ValueError:
            errors.append(M.BAD_FIELD_DATE(name=name, value=text))
    start, end = clean.get("fecha_ingreso"), clean.get("fecha_baja")
    if start and end and end < start:
        errors.append(M.BAJA_BEFORE_INGRESO())
    change = clean.get(SALARY_FROM)
    if start and change and change < start:
        errors.append(M.SALARY_CHANGE_BEFORE_HIRE(desde=change, ingreso=start))
    return clean, errors


def _opening_vacation(raw: dict[str, Any], errors: list[str]) -> dict[str, Any]:
    """The vacation days left on a date from before the app (both fields, or none)."""
    days_text = str(raw.get("vacaciones_saldo") or "").strip()
    day_text = str(raw.get("vacaciones_fecha") or "").strip()
    if not days_text and not day_text:
        return {}  # (the balance saved, if any, stays)
    problems: list[str] = []
    days = parse_decimal(days_text, "vacaciones_saldo", problems)
    if days is None and not problems:
        problems.append(M.FIELD_EMPTY(name="vacaciones_saldo"))
    day = None
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        problems.append(M.BAD_FIELD_DATE(name="vacaciones_fecha", value=day_text))
    errors += problems
    return {"vacaciones_saldo_inicial": days, "vacaciones_saldo_fecha": day}


def _opening_figures(raw: dict[str, Any], errors: list[str]) -> dict[str, Any] | None:
    """The opening year-to-date figures (all five fields, or none)."""
    given = {name: str(raw.get(name) or "").strip() for name in OPENING}
    if not any(given.values()):
        return None
    problems: list[str] = []
    year, periods = given["ytd_anio"], given["ytd_periodos"]
    if not (year.isdigit() and 2000 <= int(year) <= 2100):
        problems.append(M.BAD_WHOLE(name="ytd_anio", value=year))
    if not (periods.isdigit() and 1 <= int(periods) <= 52):
        problems.append(M.BAD_WHOLE(name="ytd_periodos", value=periods))
    amounts = {}
    for name in ("ytd_bruto", "ytd_inss", "ytd_ir"):
        amounts[name[4:]] = parse_decimal(given[name], name, problems)
        if amounts[name[4:]] is None and not given[name]:
            problems.append(M.FIELD_EMPTY(name=name))
    errors += problems
    if problems:
        return None
    return {"anio": int(year), "periodos": int(periods), **amounts}


def _apply(db: Session, empleado: Empleado, clean: dict[str, Any]) -> None:
    """Write clean values to the employee: its columns, a salary change from a date, and its
    opening figures (replacing those of that year)."""
    values = dict(clean)
    since = values.pop(SALARY_FROM, None)
    opening = values.pop(OPENING_FIGURES, None)
    new_salary = values.pop("salario_mensual")
    for name, value in values.items():
        setattr(empleado, name, value)
    if empleado.salario_mensual is None:  # a new employee: no change to record
        empleado.salario_mensual = new_salary
        db.flush()
    else:
        db.flush()
        _set_salary(db, empleado, new_salary, since)
    if opening is not None:
        db.execute(
            delete(AcumuladoInicial).where(
                AcumuladoInicial.empleado_id == empleado.id,
                AcumuladoInicial.anio == opening["anio"],
            )
        )
        db.add(AcumuladoInicial(empleado_id=empleado.id, **opening))


def _set_salary(db: Session, empleado: Empleado, salary: Decimal, since: date | None) -> None:
    """The salary, in force from ``since`` when given (the one before it kept for earlier
    periods); without a date, it corrects the salary in force now."""
    history = list(
        db.scalars(
            select(SalarioEmpleado)
            .where(SalarioEmpleado.empleado_id == empleado.id)
            .order_by(SalarioEmpleado.vigente_desde)
        )
    )
    if since is None:
        if history:
            history[-1].salario_mensual = salary
        empleado.salario_mensual = salary
        return
    if not history and since > empleado.fecha_ingreso:
        history.append(
            SalarioEmpleado(
                empleado_id=empleado.id,
                vigente_desde=empleado.fecha_ingreso,
                salario_mensual=empleado.salario_mensual,
            )
        )
        db.add(history[-1])
    same_day = next((h for h in history if h.vigente_desde == since), None)
    if same_day is not None:
        same_day.salario_mensual = salary
    else:
        db.add(
            SalarioEmpleado(empleado_id=empleado.id, vigente_desde=since, salario_mensual=salary)
        )
    db.flush()
    latest = db.scalars(
        select(SalarioEmpleado)
        .where(SalarioEmpleado.empleado_id == empleado.id)
        .order_by(SalarioEmpleado.vigente_desde.desc())
    ).first()
    empleado.salario_mensual = latest.salario_mensual if latest else salary


def salary_history(empleado_id: str) -> list[dict[str, Any]]:
    """The employee's salaries by the date each came into force (empty: never changed)."""
    with session() as db:
        return [
            {"vigente_desde": h.vigente_desde, "salario_mensual": h.salario_mensual}
            for h in db.scalars(
                select(SalarioEmpleado)
                .where(SalarioEmpleado.empleado_id == empleado_id)
                .order_by(SalarioEmpleado.vigente_desde)
            )
        ]


def opening_figures(empleado_id: str) -> list[dict[str, Any]]:
    """The employee's opening year-to-date figures, by year."""
    with session() as db:
        return [
            {"anio": a.anio, "periodos": a.periodos, "bruto": a.bruto, "inss": a.inss, "ir": a.ir}
            for a in db.scalars(
                select(AcumuladoInicial)
                .where(AcumuladoInicial.empleado_id == empleado_id)
                .order_by(AcumuladoInicial.anio)
            )
        ]


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
        empleado.activo = bool(raw.get("activo", True))
        _apply(db, empleado, clean)
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
                **{name: getattr(e, name) or "" for name in DETAILS},
                "correo": e.correo or "",
                "forma_pago": e.forma_pago,
                "vacaciones_saldo_inicial": e.vacaciones_saldo_inicial,
                "vacaciones_saldo_fecha": e.vacaciones_saldo_fecha,
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


def import_employees_csv(
    source: Path | bytes, planilla_id: str | None = None, planilla_nombre: str | None = None
) -> ImportResult:
    """Import employees into a planilla (a new monthly one when none is given).

    Every problem is reported by line; if there is any, nothing is written.
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    rows, errors = read_csv_rows(data, REQUIRED, COLUMNS)
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
                empleado = Empleado()
                db.add(empleado)
                result.created += 1
            else:
                result.updated += 1
            _apply(db, empleado, clean)
            if empleado.id not in members:
                db.execute(
                    planilla_empleado.insert().values(
                        planilla_id=planilla.id, empleado_id=empleado.id
                    )
                )
                members.add(empleado.id)
        result.planilla_id = planilla.id
    return result
