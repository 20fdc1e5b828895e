"""The payroll tables (SQLAlchemy 2.0, typed). Money is Numeric(14, 2): exact on every database.

A company (``Empresa``) has planillas; a planilla has employees, with their salary history
(``SalarioEmpleado``), opening year-to-date figures (``AcumuladoInicial``) and loans
(``Prestamo``). A run (``Nomina``) of a planilla over a period has one row per employee
(``NominaEmpleado``, unique on run + employee), each with the detail lines of its result
(``NominaLinea``); the period's inputs (overtime, absences, ...) are ``Novedad`` rows; approval,
payment and reopening are logged as ``NominaEvento``; reports are files in the database
(``InformeArchivo``); payslips e-mailed are ``EnvioColilla`` rows, through the office's mail
server (``AjustesCorreo``). Times are naive UTC.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from coati_desk.payroll.calculation import TipoNovedad as TipoNovedad

MONEY = Numeric(14, 2)


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {Decimal: MONEY}  # noqa: RUF012  (read by SQLAlchemy)


class EstadoNomina(StrEnum):
    CALCULANDO = "calculando"
    CALCULADA = "calculada"
    CALCULADA_CON_ERRORES = "calculada_con_errores"
    CANCELADA = "cancelada"
    APROBADA = "aprobada"  # locked: nothing in it changes until it is reopened
    PAGADA = "pagada"  # locked for good

    @property
    def locked(self) -> bool:
        return self in (EstadoNomina.APROBADA, EstadoNomina.PAGADA)


LOCKED_STATES = (EstadoNomina.APROBADA.value, EstadoNomina.PAGADA.value)


class MotivoBaja(StrEnum):
    DESPIDO = "despido"  # dismissal without cause
    RENUNCIA = "renuncia"  # resignation
    JUSTIFICADO = "justificado"  # dismissal with cause (art. 48)


class TipoNomina(StrEnum):
    ORDINARIA = "ordinaria"  # a period's pay
    AGUINALDO = "aguinaldo"  # the thirteenth month of a year (1 December - 30 November)
    LIQUIDACION = "liquidacion"  # one employee's final settlement (Nomina.empleado_id)


class FormaPago(StrEnum):
    TRANSFERENCIA = "transferencia"
    EFECTIVO = "efectivo"
    CHEQUE = "cheque"


class AccionNomina(StrEnum):
    APROBAR = "aprobar"
    PAGAR = "pagar"
    REABRIR = "reabrir"


class EstadoFila(StrEnum):
    """An employee's row in a run (the same words as the queue's task statuses)."""

    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


planilla_empleado = Table(
    "planilla_empleado",
    Base.metadata,
    Column("planilla_id", ForeignKey("planilla.id", ondelete="CASCADE"), primary_key=True),
    Column("empleado_id", ForeignKey("empleado.id", ondelete="CASCADE"), primary_key=True),
)


class Empresa(Base):
    """The employer: named on payslips and reports; its size sets the employer INSS rate."""

    __tablename__ = "empresa"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=lambda: new_id("epr"))
    nombre: Mapped[str] = mapped_column(String(200))
    ruc: Mapped[str | None] = mapped_column(String(32))
    numero_patronal: Mapped[str | None] = mapped_column(String(32))  # INSS employer number
    direccion: Mapped[str | None] = mapped_column(String(300))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG or JPEG
    trabajadores: Mapped[int | None]  # set by hand; None: its active employees are counted
    creada_en: Mapped[datetime] = mapped_column(default=utcnow)


class Empleado(Base):
    __tablename__ = "empleado"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=lambda: new_id("emp"))
    codigo: Mapped[str] = mapped_column(String(32), unique=True)
    nombres: Mapped[str] = mapped_column(String(100))
    apellidos: Mapped[str] = mapped_column(String(100))
    identificacion: Mapped[str | None] = mapped_column(String(32))
    salario_mensual: Mapped[Decimal]
    fecha_ingreso: Mapped[date]
    fecha_baja: Mapped[date | None]
    activo: Mapped[bool] = mapped_column(default=True)
    creado_en: Mapped[datetime] = mapped_column(default=utcnow)
    inss_numero: Mapped[str | None] = mapped_column(String(32))
    cargo: Mapped[str | None] = mapped_column(String(100))
    banco: Mapped[str | None] = mapped_column(String(100))
    cuenta_bancaria: Mapped[str | None] = mapped_column(String(64))
    forma_pago: Mapped[str] = mapped_column(String(16), default=FormaPago.TRANSFERENCIA)
    motivo_baja: Mapped[str | None] = mapped_column(String(16))  # a MotivoBaja, when it left
    # The vacation days left on a date, from before the office used Coati Desk: days are
    # earned from the day after (none: from the hire date, with nothing owed before).
    vacaciones_saldo_inicial: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    vacaciones_saldo_fecha: Mapped[date | None]
    correo: Mapped[str | None] = mapped_column(String(254))  # where the payslip is e-mailed

    conceptos: Mapped[list[ConceptoEmpleado]] = relationship(
        back_populates="empleado", cascade="all, delete-orphan", order_by="ConceptoEmpleado.id"
    )
    planillas: Mapped[list[Planilla]] = relationship(
        secondary=planilla_empleado, back_populates="empleados"
    )

    @property
    def nombre_completo(self) -> str:
        return f"{self.nombres} {self.apellidos}"


class ConceptoEmpleado(Base):
    """A recurring perception (bonus) or deduction (loan) of one employee."""

    __tablename__ = "concepto_empleado"
    __table_args__ = (Index("concepto_empleado_por_empleado", "empleado_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    codigo: Mapped[str] = mapped_column(String(32))
    descripcion: Mapped[str] = mapped_column(String(200))
    tipo: Mapped[str] = mapped_column(String(16))  # percepcion | deduccion
    valor: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    porcentaje: Mapped[bool] = mapped_column(default=False)
    prioridad: Mapped[int] = mapped_column(default=100)
    activo: Mapped[bool] = mapped_column(default=True)

    empleado: Mapped[Empleado] = relationship(back_populates="conceptos")


class SalarioEmpleado(Base):
    """A monthly salary in force from a date (until the next one): a period spanning a change
    pays each part by its days. An employee with none is paid ``Empleado.salario_mensual``."""

    __tablename__ = "salario_empleado"
    __table_args__ = (UniqueConstraint("empleado_id", "vigente_desde", name="salario_desde"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    vigente_desde: Mapped[date]
    salario_mensual: Mapped[Decimal]
    creado_en: Mapped[datetime] = mapped_column(default=utcnow)


class AcumuladoInicial(Base):
    """Year-to-date figures from before the office used Coati Desk (for the IR average)."""

    __tablename__ = "acumulado_inicial"
    __table_args__ = (UniqueConstraint("empleado_id", "anio", name="acumulado_inicial_anio"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    anio: Mapped[int]
    periodos: Mapped[int]  # pay periods the figures cover
    bruto: Mapped[Decimal]
    inss: Mapped[Decimal]
    ir: Mapped[Decimal]


class Prestamo(Base):
    """A loan repaid by instalments: each approved or paid run's deduction lowers its balance."""

    __tablename__ = "prestamo"
    __table_args__ = (Index("prestamo_por_empleado", "empleado_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    descripcion: Mapped[str] = mapped_column(String(200))
    monto: Mapped[Decimal]
    cuota: Mapped[Decimal]
    inicio: Mapped[date]  # deducted from the first period that ends on or after it
    activo: Mapped[bool] = mapped_column(default=True)  # False: stopped (forgiven, paid apart)
    creado_en: Mapped[datetime] = mapped_column(default=utcnow)


class Planilla(Base):
    __tablename__ = "planilla"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=lambda: new_id("pla"))
    nombre: Mapped[str] = mapped_column(String(120))
    periodicidad: Mapped[str] = mapped_column(String(16))  # mensual | quincenal | semanal
    reglas: Mapped[str] = mapped_column(String(8), default="NI")
    creada_en: Mapped[datetime] = mapped_column(default=utcnow)
    empresa_id: Mapped[str | None] = mapped_column(
        ForeignKey("empresa.id", ondelete="SET NULL"), index=True
    )

    empresa: Mapped[Empresa | None] = relationship()
    empleados: Mapped[list[Empleado]] = relationship(
        secondary=planilla_empleado, back_populates="planillas", order_by="Empleado.codigo"
    )


_LIVE_PERIOD_RUN = "estado != 'cancelada' AND tipo != 'liquidacion'"
_LIVE_SETTLEMENT = "estado != 'cancelada' AND tipo = 'liquidacion'"


class Nomina(Base):
    """One payroll run: a planilla over a period."""

    __tablename__ = "nomina"
    __table_args__ = (
        # Two live runs over the same period are refused; a cancelled one does not count.
        Index(
            "nomina_periodo_vivo",
            "planilla_id",
            "periodo_inicio",
            "periodo_fin",
            unique=True,
            sqlite_where=text(_LIVE_PERIOD_RUN),
            postgresql_where=text(_LIVE_PERIOD_RUN),
        ),
        # A final settlement is one employee's: one live settlement per employee and exit day.
        Index(
            "nomina_liquidacion_viva",
            "planilla_id",
            "empleado_id",
            "periodo_fin",
            unique=True,
            sqlite_where=text(_LIVE_SETTLEMENT),
            postgresql_where=text(_LIVE_SETTLEMENT),
        ),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=lambda: new_id("nom"))
    planilla_id: Mapped[str] = mapped_column(ForeignKey("planilla.id", ondelete="CASCADE"))
    periodo_inicio: Mapped[date]
    periodo_fin: Mapped[date]
    tipo: Mapped[str] = mapped_column(String(16), default=TipoNomina.ORDINARIA)
    # A final settlement's employee (tipo liquidacion; its period runs from the day after the
    # last paid period to the exit day). Other runs are the planilla's: None.
    empleado_id: Mapped[str | None] = mapped_column(String(64))
    estado: Mapped[str] = mapped_column(String(32), default=EstadoNomina.CALCULANDO)
    usuario: Mapped[str] = mapped_column(String(64), default="")
    total_empleados: Mapped[int] = mapped_column(default=0)
    completados: Mapped[int] = mapped_column(default=0)
    fallidos: Mapped[int] = mapped_column(default=0)
    cancelados: Mapped[int] = mapped_column(default=0)
    total_bruto: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    total_deducciones: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    total_neto: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    total_aportes: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    creada_en: Mapped[datetime] = mapped_column(default=utcnow)
    finalizada_en: Mapped[datetime | None]
    trabajadores_empresa: Mapped[int | None]  # the employer's size when the run was made
    aprobada_por: Mapped[str | None] = mapped_column(String(64))
    aprobada_en: Mapped[datetime | None]
    pagada_por: Mapped[str | None] = mapped_column(String(64))
    pagada_en: Mapped[datetime | None]

    planilla: Mapped[Planilla] = relationship()
    filas: Mapped[list[NominaEmpleado]] = relationship(
        back_populates="nomina", cascade="all, delete-orphan", order_by="NominaEmpleado.id"
    )

    @property
    def settled(self) -> int:
        """Employees whose row is final: completed, failed or cancelled."""
        return self.completados + self.fallidos + self.cancelados


class NominaEmpleado(Base):
    """One employee's result in one run, written once however often its task runs."""

    __tablename__ = "nomina_empleado"
    __table_args__ = (
        UniqueConstraint("nomina_id", "empleado_id", name="nomina_empleado_unico"),
        Index("nomina_empleado_estado", "nomina_id", "estado"),
        Index("nomina_empleado_por_empleado", "empleado_id", "estado"),  # year to date
        Index("nomina_empleado_settled", "nomina_id", "finalizado_en"),  # the window's polls
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nomina_id: Mapped[str] = mapped_column(ForeignKey("nomina.id", ondelete="CASCADE"))
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    estado: Mapped[str] = mapped_column(String(16), default=EstadoFila.PENDING)
    task_id: Mapped[str | None] = mapped_column(String(64), index=True)
    intentos: Mapped[int] = mapped_column(default=0)
    dias_trabajados: Mapped[int | None]
    salario_base: Mapped[Decimal | None]
    salario_bruto: Mapped[Decimal | None]
    inss_laboral: Mapped[Decimal | None]
    ir: Mapped[Decimal | None]
    otras_deducciones: Mapped[Decimal | None]
    total_deducciones: Mapped[Decimal | None]
    salario_neto: Mapped[Decimal | None]
    inss_patronal: Mapped[Decimal | None]
    inatec: Mapped[Decimal | None]
    # One-off income (net of its INSS) and the IR withheld on it: left out of later periods'
    # IR average (the occasional-income method).
    renta_ocasional: Mapped[Decimal | None]
    ir_ocasional: Mapped[Decimal | None]
    # Income in the gross that pays neither INSS nor IR (a settlement's aguinaldo and art. 45
    # compensation): left out of the taxable figures of the filings and the IR year to date.
    renta_exenta: Mapped[Decimal | None]
    error: Mapped[str | None] = mapped_column(Text)
    lease_until: Mapped[datetime | None]
    iniciado_en: Mapped[datetime | None]
    finalizado_en: Mapped[datetime | None]

    nomina: Mapped[Nomina] = relationship(back_populates="filas")
    empleado: Mapped[Empleado] = relationship()
    lineas: Mapped[list[NominaLinea]] = relationship(
        back_populates="fila", cascade="all, delete-orphan", order_by="NominaLinea.orden"
    )


class NominaLinea(Base):
    """A detail line of a result: a perception, a deduction or an employer contribution."""

    __tablename__ = "nomina_linea"

    id: Mapped[int] = mapped_column(primary_key=True)
    fila_id: Mapped[int] = mapped_column(
        ForeignKey("nomina_empleado.id", ondelete="CASCADE"), index=True
    )
    orden: Mapped[int]
    tipo: Mapped[str] = mapped_column(String(16))  # percepcion | deduccion | aporte
    codigo: Mapped[str] = mapped_column(String(32))
    descripcion: Mapped[str] = mapped_column(String(200))
    monto: Mapped[Decimal]
    prestamo_id: Mapped[int | None] = mapped_column(
        ForeignKey("prestamo.id", ondelete="SET NULL"), index=True
    )

    fila: Mapped[NominaEmpleado] = relationship(back_populates="lineas")


class Novedad(Base):
    """A per-period input of one employee in one planilla: overtime hours, absent days, a
    commission, a one-off bonus or a one-off deduction."""

    __tablename__ = "novedad"
    __table_args__ = (
        Index("novedad_periodo", "planilla_id", "periodo_inicio", "periodo_fin", "empleado_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    planilla_id: Mapped[str] = mapped_column(ForeignKey("planilla.id", ondelete="CASCADE"))
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    periodo_inicio: Mapped[date]
    periodo_fin: Mapped[date]
    tipo: Mapped[str] = mapped_column(String(16))  # a TipoNovedad (calculation)
    cantidad: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))  # hours or days
    monto: Mapped[Decimal | None]
    descripcion: Mapped[str] = mapped_column(String(200), default="")
    fecha: Mapped[date | None]  # the day, when known (overtime limits per day and week)
    usuario: Mapped[str] = mapped_column(String(64), default="")
    creada_en: Mapped[datetime] = mapped_column(default=utcnow)


class NominaEvento(Base):
    """Who approved, paid or reopened a run, when, and why."""

    __tablename__ = "nomina_evento"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomina_id: Mapped[str] = mapped_column(ForeignKey("nomina.id", ondelete="CASCADE"), index=True)
    accion: Mapped[str] = mapped_column(String(16))  # an AccionNomina
    usuario: Mapped[str] = mapped_column(String(64), default="")
    motivo: Mapped[str] = mapped_column(Text, default="")
    creado_en: Mapped[datetime] = mapped_column(default=utcnow)


class TipoInforme(StrEnum):
    RESUMEN_PDF = "resumen_pdf"
    COLILLAS_PDF = "colillas_pdf"
    XLSX = "xlsx"
    # the filings and the payment file, of an approved or paid run (reports.filings)
    INSS = "inss"
    IR = "ir"
    BANCO = "banco"


class InformeArchivo(Base):
    """A file a report task made (run summary PDF, payslips, XLSX), kept here rather than on a
    path: the task may run on another machine. The files of one task are written together."""

    __tablename__ = "informe_archivo"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(String(64), index=True)
    nomina_id: Mapped[str] = mapped_column(ForeignKey("nomina.id", ondelete="CASCADE"), index=True)
    tipo: Mapped[str] = mapped_column(String(16))  # a TipoInforme
    nombre: Mapped[str] = mapped_column(String(255))  # a file name, safe on Windows
    contenido: Mapped[bytes] = mapped_column(LargeBinary)
    creado_en: Mapped[datetime] = mapped_column(default=utcnow)


class EstadoEnvio(StrEnum):
    """A payslip's e-mail: waiting for its task, being handed to the server, sent, failed."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class EnvioColilla(Base):
    """An employee's payslip of a run, e-mailed: to whom, when, by whose request, how it went.

    ``solicitud`` counts the requests: a task carries the one it was sent for, and does nothing
    once the row is sent or asked again (nothing is sent twice unless someone asks again)."""

    __tablename__ = "envio_colilla"
    __table_args__ = (UniqueConstraint("nomina_id", "empleado_id", name="envio_colilla_unico"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    nomina_id: Mapped[str] = mapped_column(ForeignKey("nomina.id", ondelete="CASCADE"), index=True)
    empleado_id: Mapped[str] = mapped_column(ForeignKey("empleado.id", ondelete="CASCADE"))
    estado: Mapped[str] = mapped_column(String(16), default=EstadoEnvio.PENDING)
    solicitud: Mapped[int] = mapped_column(default=1)
    task_id: Mapped[str | None] = mapped_column(String(64))
    intentos: Mapped[int] = mapped_column(default=0)  # of this request
    destinatario: Mapped[str | None] = mapped_column(String(254))
    respuesta: Mapped[str | None] = mapped_column(Text)  # the server's answer when it took it
    error: Mapped[str | None] = mapped_column(Text)
    usuario: Mapped[str] = mapped_column(String(64), default="")
    solicitado_en: Mapped[datetime] = mapped_column(default=utcnow)
    enviado_en: Mapped[datetime | None]


class AjustesCorreo(Base):
    """The office's mail server and the payslip message (one row): in the payroll database,
    so a worker on any machine sends as the office does. The password is not here: each
    machine keeps it in its keyring (or ``COATI_SMTP_PASSWORD``)."""

    __tablename__ = "ajustes_correo"

    id: Mapped[int] = mapped_column(primary_key=True)
    servidor: Mapped[str] = mapped_column(String(255), default="")
    puerto: Mapped[int] = mapped_column(default=587)
    seguridad: Mapped[str] = mapped_column(String(16), default="starttls")
    usuario: Mapped[str] = mapped_column(String(255), default="")
    remitente_nombre: Mapped[str] = mapped_column(String(200), default="")
    remitente_correo: Mapped[str] = mapped_column(String(254), default="")
    asunto: Mapped[str] = mapped_column(String(300), default="")
    cuerpo: Mapped[str] = mapped_column(Text, default="")


DEFAULT_EMPRESA = "Mi empresa"


def default_empresa(db: Session) -> Empresa:
    """The first company, made ("Mi empresa") when there is none."""
    empresa = db.scalars(select(Empresa).order_by(Empresa.creada_en, Empresa.id)).first()
    if empresa is None:
        empresa = Empresa(nombre=DEFAULT_EMPRESA)
        db.add(empresa)
        db.flush()
    return empresa


@event.listens_for(Session, "before_flush")
def _planillas_belong_to_a_company(db: Session, _context: Any, _instances: Any) -> None:
    """A new planilla without a company belongs to the first one (made when missing)."""
    homeless = [
        o for o in db.new if isinstance(o, Planilla) and o.empresa_id is None and o.empresa is None
    ]
    if homeless:
        empresa = db.scalars(select(Empresa).order_by(Empresa.creada_en, Empresa.id)).first()
        for planilla in homeless:
            planilla.empresa = empresa or Empresa(nombre=DEFAULT_EMPRESA)
            empresa = planilla.empresa
