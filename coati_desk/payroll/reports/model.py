"""The run a report shows, read once: the run, every employee row, each result's lines.

:func:`load_run` reads it in three queries in one read transaction, however many employees the
run has; the renderers (PDF, XLSX) take the :class:`Run` it returns and touch no database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Session

from coati_desk.payroll import messages as M
from coati_desk.payroll.amounts import AMOUNTS
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id
from coati_desk.payroll.models import (
    Empleado,
    Empresa,
    EstadoFila,
    EstadoNomina,
    Nomina,
    NominaEmpleado,
    NominaLinea,
    Planilla,
    TipoNomina,
)
from coati_desk.payroll.reports.text import period_label, period_tag, run_title

Progress = Callable[[int, int], None]
Files = list[tuple[str, bytes]]

ESTADO_NOMINA: dict[str, str] = {
    EstadoNomina.CALCULANDO: "Calculando",
    EstadoNomina.CALCULADA: "Calculada",
    EstadoNomina.CALCULADA_CON_ERRORES: "Calculada con errores",
    EstadoNomina.CANCELADA: "Cancelada",
    EstadoNomina.APROBADA: "Aprobada",
    EstadoNomina.PAGADA: "Pagada",
}
ESTADO_FILA: dict[str, str] = {
    EstadoFila.PENDING: "Pendiente",
    EstadoFila.PROCESSING: "En proceso",
    EstadoFila.COMPLETED: "Calculado",
    EstadoFila.FAILED: "Fallido",
    EstadoFila.CANCELLED: "Cancelado",
}
TIPO_LINEA = {"percepcion": "percepción", "deduccion": "deducción", "aporte": "aporte patronal"}


@dataclass(frozen=True)
class Linea:
    tipo: str  # percepcion | deduccion | aporte
    codigo: str
    descripcion: str
    monto: Decimal


@dataclass
class Fila:
    """One employee's row in the run, with the lines of their result (completed rows only).

    It has a field for each of the result's amounts (``amounts.AMOUNTS``), in that order."""

    codigo: str
    nombre: str
    identificacion: str
    salario_mensual: Decimal
    estado: str
    dias_trabajados: int | None
    salario_base: Decimal | None
    salario_bruto: Decimal | None
    inss_laboral: Decimal | None
    ir: Decimal | None
    otras_deducciones: Decimal | None
    total_deducciones: Decimal | None
    salario_neto: Decimal | None
    inss_patronal: Decimal | None
    inatec: Decimal | None
    error: str
    lineas: list[Linea] = field(default_factory=list)
    inss_numero: str = ""
    cargo: str = ""
    renta_exenta: Decimal | None = None  # a settlement's aguinaldo and art. 45 compensation

    @property
    def completed(self) -> bool:
        return self.estado == EstadoFila.COMPLETED

    @property
    def salario_cotizable(self) -> Decimal | None:
        """The gross that pays INSS (and IR): all of it but the exempt income."""
        if self.salario_bruto is None:
            return None
        return self.salario_bruto - (self.renta_exenta or 0)


@dataclass(frozen=True)
class Company:
    """The company the run's planilla belongs to, as the reports head it."""

    nombre: str = ""
    ruc: str = ""
    numero_patronal: str = ""
    direccion: str = ""
    logo: bytes | None = None

    @property
    def details(self) -> str:
        """``RUC J0310000012345 · N.º patronal INSS 1234567``: what of them is known."""
        parts = []
        if self.ruc:
            parts.append(f"RUC {self.ruc}")
        if self.numero_patronal:
            parts.append(f"N.º patronal INSS {self.numero_patronal}")
        return " · ".join(parts)


@dataclass(frozen=True)
class Run:
    id: str
    planilla: str
    periodicidad: str
    inicio: date
    fin: date
    estado: str
    usuario: str
    total_empleados: int
    completados: int
    fallidos: int
    cancelados: int
    total_bruto: Decimal
    total_deducciones: Decimal
    total_neto: Decimal
    total_aportes: Decimal
    filas: list[Fila]
    empresa: Company = field(default_factory=Company)
    tipo: str = TipoNomina.ORDINARIA  # a TipoNomina: ordinaria, aguinaldo

    @property
    def periodo(self) -> str:
        return period_label(self.inicio, self.fin)

    @property
    def aguinaldo(self) -> bool:
        return self.tipo == TipoNomina.AGUINALDO

    @property
    def kind_title(self) -> str:
        """``Nómina``, ``Aguinaldo 2026`` or ``Liquidación final``."""
        if self.tipo == TipoNomina.LIQUIDACION:
            return "Liquidación final"
        return f"Aguinaldo {self.fin.year}" if self.aguinaldo else "Nómina"

    @property
    def titulo(self) -> str:
        """``Aguinaldo 2026 (1 de diciembre de 2025 al 30 de noviembre de 2026)``, or the
        period of a period's pay."""
        return run_title(self.tipo, self.inicio, self.fin)

    @property
    def tag(self) -> str:
        """The run in a file name: ``2026-11``, ``Aguinaldo 2026``."""
        if self.tipo == TipoNomina.LIQUIDACION:
            return f"Liquidación {self.fin.isoformat()}"
        return f"Aguinaldo {self.fin.year}" if self.aguinaldo else period_tag(self.inicio, self.fin)

    @property
    def estado_texto(self) -> str:
        return ESTADO_NOMINA.get(self.estado, self.estado)

    @property
    def completed_rows(self) -> list[Fila]:
        return [f for f in self.filas if f.completed]


_ROW_COLUMNS = (
    NominaEmpleado.id,
    Empleado.codigo,
    Empleado.nombres,
    Empleado.apellidos,
    Empleado.identificacion,
    Empleado.salario_mensual,
    Empleado.inss_numero,
    Empleado.cargo,
    NominaEmpleado.estado,
    NominaEmpleado.dias_trabajados,
    NominaEmpleado.salario_base,
    *(getattr(NominaEmpleado, a.name) for a in AMOUNTS),
    NominaEmpleado.error,
    NominaEmpleado.renta_exenta,
)


def load_run(run_id: Any, lines: bool = True, codigos: Collection[str] | None = None) -> Run:
    """The run with every employee row (by code; only those of ``codigos``, when given) and,
    with ``lines``, each result's lines.

    Refused (:class:`PayrollInputError`): an unknown run, one still calculating, one without
    employees. Three queries in one read transaction, whatever the number of employees.
    """
    run_id = parse_id(run_id, "nomina_id")
    with session() as db:
        found = db.execute(
            select(Nomina, Planilla.nombre, Planilla.periodicidad, Planilla.empresa_id)
            .join(Planilla, Planilla.id == Nomina.planilla_id)
            .where(Nomina.id == run_id)
        ).first()
        if found is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        nomina, planilla, periodicidad, empresa_id = found
        if nomina.estado == EstadoNomina.CALCULANDO:
            raise PayrollInputError(
                M.RUN_STILL_CALCULATING(
                    run=run_id, done=nomina.settled, total=nomina.total_empleados
                )
            )
        filas = _rows(db, run_id, lines, codigos)
        empresa = _company(db, empresa_id)
    if not filas:
        raise PayrollInputError(M.RUN_HAS_NO_EMPLOYEES(run=run_id))
    return Run(
        id=nomina.id,
        planilla=planilla,
        periodicidad=periodicidad,
        inicio=nomina.periodo_inicio,
        fin=nomina.periodo_fin,
        estado=nomina.estado,
        usuario=nomina.usuario,
        total_empleados=nomina.total_empleados,
        completados=nomina.completados,
        fallidos=nomina.fallidos,
        cancelados=nomina.cancelados,
        total_bruto=nomina.total_bruto,
        total_deducciones=nomina.total_deducciones,
        total_neto=nomina.total_neto,
        total_aportes=nomina.total_aportes,
        filas=filas,
        empresa=empresa,
        tipo=nomina.tipo,
    )


def _company(db: Session, empresa_id: str | None) -> Company:
    """The planilla's company; a planilla from before companies: the first one (made by the
    window or a calculation when missing; none yet: an empty one)."""
    found = db.get(Empresa, empresa_id) if empresa_id else None
    if found is None:
        found = db.scalars(select(Empresa).order_by(Empresa.creada_en, Empresa.id)).first()
    if found is None:
        return Company()
    return Company(
        nombre=found.nombre or "",
        ruc=found.ruc or "",
        numero_patronal=found.numero_patronal or "",
        direccion=found.direccion or "",
        logo=found.logo,
    )


def _rows(
    db: Session, run_id: str, with_lines: bool, codigos: Collection[str] | None
) -> list[Fila]:
    query = (
        select(*_ROW_COLUMNS)
        .join(Empleado, Empleado.id == NominaEmpleado.empleado_id)
        .where(NominaEmpleado.nomina_id == run_id)
        .order_by(Empleado.codigo)
    )
    if codigos is not None:
        query = query.where(Empleado.codigo.in_(list(codigos)))
    by_id: dict[int, Fila] = {}
    for r in db.execute(query):
        by_id[r.id] = Fila(
            codigo=r.codigo,
            nombre=f"{r.nombres} {r.apellidos}".strip(),
            identificacion=r.identificacion or "",
            salario_mensual=r.salario_mensual,
            estado=r.estado,
            dias_trabajados=r.dias_trabajados,
            salario_base=r.salario_base,
            error=r.error or "",
            inss_numero=r.inss_numero or "",
            cargo=r.cargo or "",
            renta_exenta=r.renta_exenta,
            **{a.name: r._mapping[a.name] for a in AMOUNTS},
        )
    if with_lines and by_id:
        # (a completed row's lines only: a row recalculated and then failed keeps old ones)
        lines = db.execute(
            select(
                NominaLinea.fila_id,
                NominaLinea.tipo,
                NominaLinea.codigo,
                NominaLinea.descripcion,
                NominaLinea.monto,
            )
            .join(NominaEmpleado, NominaEmpleado.id == NominaLinea.fila_id)
            .where(
                NominaEmpleado.nomina_id == run_id,
                NominaEmpleado.estado == EstadoFila.COMPLETED,
                NominaEmpleado.id.in_(by_id) if codigos is not None else sa_true(),
            )
            .order_by(NominaLinea.fila_id, NominaLinea.orden)
        )
        for line in lines:
            by_id[line.fila_id].lineas.append(
                Linea(line.tipo, line.codigo, line.descripcion, line.monto)
            )
    return list(by_id.values())
