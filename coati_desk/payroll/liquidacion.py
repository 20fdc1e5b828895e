"""The final settlement (liquidación) of an employee who leaves: pending salary days, untaken
vacation, the proportional aguinaldo and, where the exit reason grants it, the seniority
compensation of Código del Trabajo art. 45; each part with the taxes that apply to it.

- pending salary (from the day after the last period calculated for the employee to the exit
  date, commercial days): INSS and IR, as one more period of the year (accumulated average);
- untaken vacation (the balance on the exit date at the last daily wage): INSS, and IR by the
  occasional-income method (it is paid once);
- aguinaldo, proportional to the accrual year: exempt;
- art. 45 (one month per year for the first ``anios_a_mes`` years, ``dias_por_anio_despues``
  days per year after, proportional for fractions, at most ``maximo_meses`` months): exempt from
  INSS, and from IR within that cap.
Rates, day counts, the reasons that grant art. 45 and the cap are in the rules file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from coati_desk.payroll import calculation as calc
from coati_desk.payroll import messages as M
from coati_desk.payroll.aguinaldo import calculate_aguinaldo
from coati_desk.payroll.db import connect, session
from coati_desk.payroll.employee_reads import salary_history_of, year_to_date
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_date, parse_id
from coati_desk.payroll.models import (
    Empleado,
    EstadoFila,
    EstadoNomina,
    MotivoBaja,
    Nomina,
    NominaEmpleado,
    Planilla,
    TipoNomina,
    planilla_empleado,
)
from coati_desk.payroll.rules import RuleSet, load_rules
from coati_desk.payroll.runs import check_unlocked, run_for
from coati_desk.payroll.vacaciones import vacation_balance

ZERO = calc.ZERO
SALARY_PARTS = ("SALARIO_PENDIENTE", "VACACIONES")  # the parts that pay INSS (and IR)


@dataclass(frozen=True)
class Parte:
    codigo: str  # SALARIO_PENDIENTE, VACACIONES, AGUINALDO, INDEMNIZACION
    descripcion: str
    monto: Decimal
    inss: Decimal = ZERO
    ir: Decimal = ZERO

    @property
    def neto(self) -> Decimal:
        return self.monto - self.inss - self.ir


@dataclass
class Liquidacion:
    empleado_id: str
    codigo: str
    nombre: str
    ingreso: date
    baja: date
    motivo: MotivoBaja
    salario_mensual: Decimal
    partes: list[Parte] = field(default_factory=list)
    desde: date | None = None  # pending salary from this day (the day after the last paid period)

    @property
    def total(self) -> Decimal:
        return sum((p.monto for p in self.partes), ZERO)

    @property
    def inss(self) -> Decimal:
        return sum((p.inss for p in self.partes), ZERO)

    @property
    def ir(self) -> Decimal:
        return sum((p.ir for p in self.partes), ZERO)

    @property
    def neto(self) -> Decimal:
        return self.total - self.inss - self.ir


def seniority_months(ingreso: date, baja: date, rules: RuleSet) -> Decimal:
    """Months of salary art. 45 grants for the time served (before the cap)."""
    years = Decimal(calc.commercial_days(ingreso, baja, rules.dias_mes)) / rules.dias_aguinaldo
    first = min(years, Decimal(rules.anios_a_mes))
    after = max(years - rules.anios_a_mes, ZERO)
    return first + after * rules.dias_por_anio_despues / rules.dias_mes


def capped_seniority_months(ingreso: date, baja: date, rules: RuleSet) -> Decimal:
    """The months art. 45 pays: the time served's, at most ``maximo_meses``."""
    return min(seniority_months(ingreso, baja, rules), Decimal(rules.maximo_meses))


def seniority_compensation(monthly: Decimal, ingreso: date, baja: date, rules: RuleSet) -> Decimal:
    return calc.money(monthly * capped_seniority_months(ingreso, baja, rules))


def settle(
    empleado: calc.Empleado,
    baja: date,
    motivo: MotivoBaja,
    pending_from: date,
    vacation_days: Decimal,
    ytd: calc.Acumulado,
    periodicidad: calc.Periodicidad,
    rules: RuleSet,
) -> list[Parte]:
    """The parts of a settlement (pure): ``empleado`` with its exit date set."""
    monthly = empleado.salary_on(baja)
    daily = monthly / rules.dias_mes
    parts: list[Parte] = []
    pending_days = (
        calc.commercial_days(pending_from, baja, rules.dias_mes) if pending_from <= baja else 0
    )
    salary = calc.money(daily * pending_days)
    vacation = calc.money(daily * max(vacation_days, ZERO))
    inss_salary = calc.money(salary * rules.inss_laboral)
    inss_vacation = calc.money(vacation * rules.inss_laboral)
    ir_salary = calc.income_tax(rules, periodicidad, salary, inss_salary, ytd) if salary else ZERO
    ir_vacation = calc.occasional_income_tax(
        rules, periodicidad, salary, inss_salary, ytd, vacation - inss_vacation
    )
    if pending_days:
        text = f"Salario pendiente ({pending_days} días desde el {pending_from:%d/%m/%Y})"
        parts.append(Parte("SALARIO_PENDIENTE", text, salary, inss_salary, ir_salary))
    if vacation:
        text = f"Vacaciones no descansadas ({vacation_days.normalize():f} días)"
        parts.append(Parte("VACACIONES", text, vacation, inss_vacation, ir_vacation))
    year = baja.year + (1 if baja.month == 12 else 0)  # the accrual year the exit falls in
    aguinaldo = calculate_aguinaldo(empleado, year, rules)
    parts.append(
        Parte(
            "AGUINALDO",
            f"Aguinaldo proporcional ({aguinaldo.dias_trabajados} días)",
            aguinaldo.salario_neto,
        )
    )
    if motivo.value in rules.motivos_con_indemnizacion:
        months = capped_seniority_months(empleado.fecha_ingreso, baja, rules)
        amount = seniority_compensation(monthly, empleado.fecha_ingreso, baja, rules)
        text = f"Indemnización por antigüedad, art. 45 ({months.quantize(Decimal('0.01'))} meses)"
        parts.append(Parte("INDEMNIZACION", text, amount))
    return parts


@dataclass
class _Exit:
    """What a settlement is made of, read in one session: the employee leaving, the day and
    reason, and the day its pending salary starts (after its last calculated period)."""

    planilla: Planilla
    empleado: Empleado
    baja: date
    motivo: MotivoBaja
    desde: date


def _read_exit(db: Session, planilla_id: Any, codigo: str, baja: Any, motivo: str) -> _Exit:
    pla_id = parse_id(planilla_id, "planilla_id")
    exit_day = parse_date(baja, "baja")
    try:
        reason = MotivoBaja(str(motivo).strip().lower())
    except ValueError:
        choices = ", ".join(m.value for m in MotivoBaja)
        raise PayrollInputError(
            M.BAD_CHOICE(name="motivo", choices=choices, value=motivo)
        ) from None
    planilla = db.get(Planilla, pla_id)
    if planilla is None:
        raise PayrollInputError(M.PLANILLA_NOT_FOUND())
    row = next((e for e in planilla.empleados if e.codigo == codigo.strip()), None)
    if row is None:
        raise PayrollInputError(M.INPUT_UNKNOWN_EMPLOYEE(codigo=codigo))
    if exit_day < row.fecha_ingreso:
        raise PayrollInputError(M.BAJA_BEFORE_INGRESO())
    start = pending_from(db.connection(), row.id, row.fecha_ingreso, exit_day)
    return _Exit(planilla, row, exit_day, reason, start)


def pending_from(conn: Connection, empleado_id: str, ingreso: date, baja: date) -> date:
    """The first day of pay a settlement owes: the day after the employee's last calculated
    period (after ``baja`` when it is paid to its exit day), or the exit month's first day
    (their hiring day, if later) when no period was ever calculated."""
    last_paid = conn.scalar(
        select(func.max(Nomina.periodo_fin))
        .join(NominaEmpleado, NominaEmpleado.nomina_id == Nomina.id)
        .where(
            NominaEmpleado.empleado_id == empleado_id,
            NominaEmpleado.estado == EstadoFila.COMPLETED,
            Nomina.tipo == TipoNomina.ORDINARIA,
            Nomina.estado != EstadoNomina.CANCELADA,
        )
    )
    return last_paid + timedelta(days=1) if last_paid else max(ingreso, baja.replace(day=1))


def final_settlement(planilla_id: Any, codigo: str, baja: Any, motivo: str) -> Liquidacion:
    """The settlement (a preview: nothing is saved) of the employee with ``codigo`` in the
    planilla, leaving on ``baja`` for ``motivo`` (despido, renuncia, justificado). The run that
    :func:`open_settlement` makes computes the same figures through the queue."""
    with session() as db:
        found = _read_exit(db, planilla_id, codigo, baja, motivo)
        row, exit_day = found.empleado, found.baja
        salarios = salary_history_of(db.connection(), row.id)
        empleado = calc.Empleado(row.salario_mensual, row.fecha_ingreso, exit_day, (), salarios)
        settlement = Liquidacion(
            row.id,
            row.codigo,
            row.nombre_completo,
            row.fecha_ingreso,
            exit_day,
            found.motivo,
            empleado.salary_on(exit_day),
            desde=found.desde,
        )
        periodicidad = calc.Periodicidad(found.planilla.periodicidad)
        rules = load_rules(found.planilla.reglas)
    with connect() as conn:
        ytd = year_to_date(conn, settlement.empleado_id, found.desde)
    days_left = vacation_balance(settlement.empleado_id, exit_day)["saldo"]
    settlement.partes = settle(
        empleado, exit_day, found.motivo, found.desde, days_left, ytd, periodicidad, rules
    )
    return settlement


def open_settlement(
    planilla_id: Any, codigo: str, baja: Any, motivo: str, usuario: str = ""
) -> tuple[str, str]:
    """Record the exit of the employee with ``codigo`` (date and reason, on the employee) and
    make its settlement run: one pending row, from the day after the last paid period to the
    exit day, that the queue's employee task calculates. The run's id and the employee's.

    An earlier settlement of the employee in this planilla is replaced (cancelled) while it is
    not approved; an approved or paid one is refused. All of it or nothing."""
    with session(write=True) as db:
        found = _read_exit(db, planilla_id, codigo, baja, motivo)
        row = found.empleado
        earlier = db.scalars(
            select(Nomina).where(
                Nomina.planilla_id == found.planilla.id,
                Nomina.tipo == TipoNomina.LIQUIDACION,
                Nomina.empleado_id == row.id,
                Nomina.estado != EstadoNomina.CANCELADA,
            )
        ).all()
        for run in earlier:
            check_unlocked(run)
            run.estado = EstadoNomina.CANCELADA
        db.flush()
        row.fecha_baja, row.motivo_baja = found.baja, found.motivo.value
        run = run_for(  # (paid to its exit day already: a period of that one day)
            db,
            found.planilla,
            min(found.desde, found.baja),
            found.baja,
            usuario,
            resume=False,
            tipo=TipoNomina.LIQUIDACION,
            empleado_id=row.id,
        )
        db.add(NominaEmpleado(nomina_id=run.id, empleado_id=row.id, estado=EstadoFila.PENDING))
        run.total_empleados = 1
        db.flush()
        return run.id, row.id


def calculate_settlement(
    empleado: calc.Empleado,
    desde: date,
    baja: date,
    motivo: MotivoBaja,
    vacation_days: Decimal,
    ytd: calc.Acumulado,
    periodicidad: calc.Periodicidad,
    rules: RuleSet,
    empleador_grande: bool,
) -> calc.Resultado:
    """The settlement as a run's row (``desde``: :func:`pending_from`; nothing is pending when
    it is after ``baja``): each part a perception; the INSS and IR of the parts
    that pay them as deductions; the employer's INSS and INATEC on the salary and vacation (the
    aguinaldo and the art. 45 compensation are exempt: ``renta_exenta``)."""
    parts = settle(empleado, baja, motivo, desde, vacation_days, ytd, periodicidad, rules)
    perception = calc.TipoLinea.PERCEPCION
    lineas = [calc.Linea(perception, p.codigo, p.descripcion, p.monto) for p in parts]
    bruto = sum((p.monto for p in parts), ZERO)
    inss = sum((p.inss for p in parts), ZERO)
    ir = sum((p.ir for p in parts), ZERO)
    salary = sum((p.monto for p in parts if p.codigo in SALARY_PARTS), ZERO)
    vacation = next((p for p in parts if p.codigo == "VACACIONES"), None)
    lineas.append(calc.Linea(calc.TipoLinea.DEDUCCION, "INSS", "INSS laboral", inss))
    lineas.append(calc.Linea(calc.TipoLinea.DEDUCCION, "IR", "IR (impuesto sobre la renta)", ir))
    rate = rules.inss_patronal_grande if empleador_grande else rules.inss_patronal
    patronal, inatec = calc.money(salary * rate), calc.money(salary * rules.inatec)
    lineas.append(calc.Linea(calc.TipoLinea.APORTE, "INSS_PATRONAL", "INSS patronal", patronal))
    lineas.append(calc.Linea(calc.TipoLinea.APORTE, "INATEC", "INATEC", inatec))
    days = calc.commercial_days(desde, baja, rules.dias_mes)
    return calc.Resultado(
        dias_trabajados=days,
        dias_periodo=days,
        salario_base=empleado.salary_on(baja),
        salario_bruto=bruto,
        inss_laboral=inss,
        ir=ir,
        otras_deducciones=ZERO,
        total_deducciones=inss + ir,
        salario_neto=bruto - inss - ir,
        inss_patronal=patronal,
        inatec=inatec,
        lineas=lineas,
        renta_ocasional=vacation.monto - vacation.inss if vacation else ZERO,
        ir_ocasional=vacation.ir if vacation else ZERO,
        renta_exenta=bruto - salary,
    )


def employee_planillas(empleado_id: str) -> list[dict[str, Any]]:
    """The planillas an employee belongs to (id, nombre): where a settlement can be made."""
    with session() as db:
        planillas = db.scalars(
            select(Planilla)
            .join(planilla_empleado, planilla_empleado.c.planilla_id == Planilla.id)
            .where(planilla_empleado.c.empleado_id == empleado_id)
            .order_by(Planilla.nombre, Planilla.id)
        )
        return [{"id": p.id, "nombre": p.nombre} for p in planillas]
