"""Issue 6, item 6 (the CSV import): a broken file gets errors by line and changes nothing."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coati_desk.payroll.db import session
from coati_desk.payroll.employees import import_employees_csv
from coati_desk.payroll.models import Empleado, Planilla

HEADER = "codigo,nombres,apellidos,salario_mensual,fecha_ingreso"
GOOD = "E-1,Ana,López,15000.00,2024-01-15"
CELLS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", " ", "=1+2", "-5", "1.500,50", "abc", "2024-02-30", "9" * 30, "ñ"]),
)
LINES = st.lists(CELLS, min_size=0, max_size=7).map(",".join)


def stored() -> tuple[int, int]:
    with session() as db:
        return (
            db.scalar(select(func.count()).select_from(Empleado)) or 0,
            db.scalar(select(func.count()).select_from(Planilla)) or 0,
        )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    header=st.one_of(st.just(HEADER), LINES),
    lines=st.lists(st.one_of(st.just(GOOD), st.just(""), LINES), max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
    junk=st.binary(max_size=8),
)
def test_a_broken_csv_is_reported_by_line_and_nothing_is_written(
    isolated_env: Any, header: str, lines: list[str], encoding: str, junk: bytes
) -> None:
    data = "\n".join([header, *lines]).encode(encoding, errors="replace") + junk
    before = stored()
    result = import_employees_csv(data)
    if result.errors:
        assert all(isinstance(e, str) and e for e in result.errors)
        assert stored() == before  # all or nothing
    else:
        assert result.created + result.updated > 0


def test_a_50_mb_file_is_read_and_refused_with_a_clear_error(isolated_env: Any) -> None:
    row = "E-{0},Ana,López,15000.00,2024-13-45\n"  # every line has an impossible date
    data = (HEADER + "\n" + "".join(row.format(i) for i in range(1_300_000))).encode()
    assert len(data) > 50_000_000
    result = import_employees_csv(data)
    assert result.errors and "line 2" in result.errors[0]
    assert stored() == (0, 0)
