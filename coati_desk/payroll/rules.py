"""Payroll rules as data: one TOML file per country, validated when loaded.

A wrong file never reaches a calculation: :class:`RulesError` names the file and the field.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from coati_desk.config import user_data_dir
from coati_desk.messages import Message
from coati_desk.payroll import messages as M

log = logging.getLogger("coati_desk.payroll")

RULES_DIR = Path(__file__).parent / "rules"
DEFAULT_RULES = "NI"


class RulesError(ValueError):
    """A rule file is missing, unreadable or has a wrong field."""


@dataclass(frozen=True)
class Bracket:
    desde: Decimal
    hasta: Decimal | None  # None: no upper limit
    tasa: Decimal
    base: Decimal

    def tax(self, income: Decimal) -> Decimal:
        return self.base + (income - self.desde) * self.tasa


@dataclass(frozen=True)
class RuleSet:
    codigo: str
    nombre: str
    moneda: str
    inss_laboral: Decimal
    inss_patronal: Decimal
    inss_patronal_grande: Decimal
    umbral_empleador_grande: int
    inatec: Decimal
    tramos_ir: tuple[Bracket, ...]
    dias_mes: int  # the commercial month: daily wage = monthly / dias_mes
    horas_dia: int  # hourly wage = daily / horas_dia
    factor_horas_extra: Decimal
    maximo_horas_extra_dia: Decimal
    maximo_horas_extra_semana: Decimal
    renta_ocasional: frozenset[str]  # novedad kinds taxed by the occasional-income method
    vacaciones_por_mes: Decimal  # vacation days earned per month worked
    dias_aguinaldo: int  # commercial days of a whole year of aguinaldo
    motivos_con_indemnizacion: frozenset[str]  # exit reasons granting art. 45 compensation
    anios_a_mes: int  # years of art. 45 paid one month each
    dias_por_anio_despues: int  # days of salary per year after those
    maximo_meses: int  # the art. 45 cap, in months of salary
    pago_variable: frozenset[str]  # novedad kinds that make pay variable (aguinaldo base)

    def annual_ir(self, income: Decimal) -> Decimal:
        """The IR table applied to an expected annual income (not rounded)."""
        if income <= 0:
            return Decimal(0)
        for bracket in self.tramos_ir:
            if bracket.hasta is None or income < bracket.hasta:
                return bracket.tax(income)
        raise AssertionError("the last bracket is open-ended")  # checked on load


class _Reader:
    def __init__(self, source: str, data: dict[str, Any]) -> None:
        self.source = source
        self.data = data

    def fail(self, message: Message, field: str, **params: object) -> RulesError:
        return RulesError(message(source=self.source, field=field, **params))

    def get(self, field: str) -> Any:
        node: Any = self.data
        for part in field.split("."):
            if not isinstance(node, dict) or part not in node:
                raise self.fail(M.RULE_MISSING, field)
            node = node[part]
        return node

    def text(self, field: str) -> str:
        value = self.get(field)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(M.RULE_NOT_TEXT, field)
        return value.strip()

    def number(
        self, field: str, value: Any = None, low: str = "0", high: str | None = None
    ) -> Decimal:
        value = self.get(field) if value is None else value
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(M.RULE_NOT_NUMBER, field, value=value)
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise self.fail(M.RULE_NOT_NUMBER, field, value=value) from None
        if not number.is_finite() or number < Decimal(low) or (high and number > Decimal(high)):
            if high:
                raise self.fail(M.RULE_NOT_BETWEEN, field, low=low, high=high, value=value)
            raise self.fail(M.RULE_TOO_LOW, field, low=low, value=value)
        return number

    def rate(self, field: str, value: Any = None) -> Decimal:
        return self.number(field, value, "0", "1")

    def names(self, field: str) -> frozenset[str]:
        value = self.get(field)
        if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
            raise self.fail(M.RULE_NOT_TEXT, field)
        return frozenset(value)

    def whole(self, field: str) -> int:
        value = self.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(M.RULE_NOT_WHOLE, field)
        return value


def parse_rules(source: str, data: dict[str, Any]) -> RuleSet:
    """A :class:`RuleSet` from parsed TOML; ``source`` names the file in errors."""
    r = _Reader(source, data)
    raw = r.get("ir.tramos")
    if not isinstance(raw, list) or not raw:
        raise r.fail(M.RULE_NO_BRACKETS, "ir.tramos")
    brackets: list[Bracket] = []
    for i, item in enumerate(raw):
        name = f"ir.tramos[{i + 1}]"
        if not isinstance(item, dict):
            raise r.fail(M.RULE_NOT_BRACKET, name)
        hasta = item.get("hasta")
        bracket = Bracket(
            desde=r.number(f"{name}.desde", item.get("desde", "missing")),
            hasta=None if hasta is None else r.number(f"{name}.hasta", hasta),
            tasa=r.rate(f"{name}.tasa", item.get("tasa", "missing")),
            base=r.number(f"{name}.base", item.get("base", "missing")),
        )
        expected_start = brackets[-1].hasta if brackets else Decimal(0)
        if bracket.desde != expected_start:
            raise r.fail(M.RULE_BRACKET_START, f"{name}.desde", expected=expected_start)
        if bracket.hasta is not None and bracket.hasta <= bracket.desde:
            raise r.fail(M.RULE_BRACKET_EMPTY, f"{name}.hasta")
        if bracket.hasta is None and i != len(raw) - 1:
            raise r.fail(M.RULE_BRACKET_OPEN, f"{name}.hasta")
        brackets.append(bracket)
    if brackets[-1].hasta is not None:
        raise r.fail(M.RULE_LAST_BRACKET_CLOSED, f"ir.tramos[{len(raw)}].hasta")
    occasional, variable = r.names("renta_ocasional.novedades"), r.names("aguinaldo.pago_variable")
    return RuleSet(
        codigo=r.text("codigo"),
        nombre=r.text("nombre"),
        moneda=r.text("moneda"),
        inss_laboral=r.rate("inss_laboral.tasa"),
        inss_patronal=r.rate("inss_patronal.tasa"),
        inss_patronal_grande=r.rate("inss_patronal.tasa_empleador_grande"),
        umbral_empleador_grande=r.whole("inss_patronal.umbral_empleador_grande"),
        inatec=r.rate("inatec.tasa"),
        tramos_ir=tuple(brackets),
        dias_mes=r.whole("mes_comercial.dias"),
        horas_dia=r.whole("mes_comercial.horas_por_dia"),
        factor_horas_extra=r.number("horas_extra.factor", low="1"),
        maximo_horas_extra_dia=r.number("horas_extra.maximo_dia"),
        maximo_horas_extra_semana=r.number("horas_extra.maximo_semana"),
        renta_ocasional=occasional,
        vacaciones_por_mes=r.number("vacaciones.dias_por_mes"),
        dias_aguinaldo=r.whole("aguinaldo.dias_anio"),
        motivos_con_indemnizacion=r.names("liquidacion.motivos_con_indemnizacion"),
        anios_a_mes=r.whole("liquidacion.anios_a_mes"),
        dias_por_anio_despues=r.whole("liquidacion.dias_por_anio_despues"),
        maximo_meses=r.whole("liquidacion.maximo_meses"),
        pago_variable=variable,
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(M.RULES_FILE_NOT_FOUND(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(M.RULES_FILE_UNREADABLE(path=path, detail=exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(M.RULES_FILE_NOT_TOML(path=path, detail=exc)) from None


# Sections added after the first release. An office's own file written before them takes each
# one it lacks, whole, from the shipped file; every other section it must have itself, so a torn
# file is still refused rather than quietly completed with the shipped tables.
LATER_SECTIONS = (
    "mes_comercial",
    "horas_extra",
    "renta_ocasional",
    "vacaciones",
    "aguinaldo",
    "liquidacion",
)


def load_rules_file(path: Path, base: Path | None = None) -> RuleSet:
    """The rules of ``path``; with ``base`` (the shipped file of the same country), a section of
    :data:`LATER_SECTIONS` the file lacks is taken from it, so an office's file written for an
    older release keeps working."""
    data = _read_toml(path)
    if base is not None and base.exists():
        shipped = _read_toml(base)
        later = {k: shipped[k] for k in LATER_SECTIONS if k in shipped and k not in data}
        data = {**data, **later}
    return parse_rules(str(path), data)


def local_rules_dir() -> Path:
    """Where an office keeps its own rule files (``ni.toml`` there replaces the shipped one)."""
    return user_data_dir() / "rules"


def load_rules(codigo: str = DEFAULT_RULES) -> RuleSet:
    """The rule set for a country code (``NI``: Nicaragua): the office's own file if there is
    one, else the one shipped with the app.

    A local file that cannot be used is set aside into ``rules/quarantine`` and reported; while
    a set-aside copy is there and no new file, the shipped rules are *not* used silently: every
    employee fails with the reason, to be retried once the file is restored.
    """
    if not codigo.isalnum():
        raise RulesError(M.RULES_BAD_CODE(codigo=codigo))
    name = f"{codigo.lower()}.toml"
    folder = local_rules_dir()
    local = folder / name
    shipped = RULES_DIR / name
    try:
        return _parsed(str(local), local.stat().st_mtime_ns, str(shipped))
    except FileNotFoundError:
        pass
    except RulesError as exc:
        aside = _set_aside(local)
        raise RulesError(M.RULES_SET_ASIDE(error=exc, aside=aside, local=local)) from None
    aside_copies = sorted((folder / "quarantine").glob(f"{name}.*"))
    if aside_copies:
        raise RulesError(M.RULES_DAMAGED(local=local, aside=aside_copies[-1]))
    return _parsed(str(shipped), shipped.stat().st_mtime_ns if shipped.exists() else 0)


@lru_cache(maxsize=16)
def _parsed(path: str, _mtime_ns: int, base: str | None = None) -> RuleSet:
    """A rule file read once per version of it (a changed file is read again)."""
    return load_rules_file(Path(path), Path(base) if base and base != path else None)


def _set_aside(path: Path) -> Path:
    aside = path.parent / "quarantine"
    aside.mkdir(mode=0o700, exist_ok=True)
    target = aside / f"{path.name}.{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    try:
        path.rename(target)
    except FileNotFoundError:  # another worker set it aside first
        pass
    else:
        log.error("Rule file %s cannot be used: set aside as %s", path, target)
    return target
