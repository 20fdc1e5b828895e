"""Rule files are validated on load, with errors that name the file and the field."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from coati_desk.payroll.rules import RULES_DIR, RulesError, load_rules, load_rules_file


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "xx.toml"
    path.write_text(text, encoding="utf-8")
    return path


def shipped(tmp_path: Path, old: str, new: str) -> Path:
    text = (RULES_DIR / "ni.toml").read_text(encoding="utf-8")
    assert old in text
    return write(tmp_path, text.replace(old, new, 1))


def test_the_shipped_rules_load() -> None:
    rules = load_rules("NI")
    assert rules.nombre == "Nicaragua" and len(rules.tramos_ir) == 5


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('tasa = "0.07"', 'tasa = "7"', "inss_laboral.tasa must be between 0 and 1"),
        ('tasa = "0.07"', 'tasa = "siete"', "inss_laboral.tasa must be a number"),
        ('tasa = "0.07"', "", "inss_laboral.tasa is missing"),
        ('desde = "200000.00"', 'desde = "210000.00"', "ir.tramos[3].desde must be 200000.00"),
        ('hasta = "350000.00"', 'hasta = "150000.00"', "ir.tramos[3].hasta must be above"),
        ("umbral_empleador_grande = 50", "umbral_empleador_grande = 0", "umbral_empleador_grande"),
    ],
)
def test_a_wrong_field_is_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = shipped(tmp_path, old, new)
    with pytest.raises(RulesError) as error:
        load_rules_file(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_broken_or_missing_files(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="not valid TOML"):
        load_rules_file(write(tmp_path, "tasa = = 3"))
    with pytest.raises(RulesError, match="not found"):
        load_rules_file(tmp_path / "nope.toml")
    bad = tmp_path / "bin.toml"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(RulesError, match=r"cannot be read|not valid TOML"):
        load_rules_file(bad)
    with pytest.raises(RulesError, match="not a country code"):
        load_rules("../../etc/passwd")


def test_an_office_file_from_before_the_commercial_month_keeps_working(tmp_path: Path) -> None:
    """A file written for the first release lacks the sections added since: it takes them from
    the shipped file and keeps its own rates."""
    text = (RULES_DIR / "ni.toml").read_text(encoding="utf-8")
    start, end = text.index("[mes_comercial]"), text.index("# IR (income tax)")
    old = write(tmp_path, text[:start].replace('tasa = "0.02"', 'tasa = "0.025"') + text[end:])
    rules = load_rules_file(old, RULES_DIR / "ni.toml")
    assert (rules.inatec, rules.dias_mes, rules.horas_dia) == (
        load_rules("NI").inatec + Decimal("0.005"),
        30,
        8,
    )
    assert rules.factor_horas_extra == 2 and rules.renta_ocasional == {"bono"}


def test_a_torn_office_file_is_not_completed_with_the_shipped_tables(tmp_path: Path) -> None:
    text = (RULES_DIR / "ni.toml").read_text(encoding="utf-8")
    torn = write(tmp_path, text[: text.index("[[ir.tramos]]")])
    with pytest.raises(RulesError, match=r"ir\.tramos is missing"):
        load_rules_file(torn, RULES_DIR / "ni.toml")
