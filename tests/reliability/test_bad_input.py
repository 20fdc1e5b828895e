"""Issue 6, item 6 (task arguments): whatever a task is given, a readable error and no change.

Arguments come from plug-ins, the command line and other machines: ids with SQL
metacharacters, numbers, None, dates in the wrong shape or impossible periods.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coati_desk.payroll import services
from coati_desk.payroll.db import database_url, session
from coati_desk.payroll.models import Nomina, NominaEmpleado, NominaLinea
from tests.payroll.conftest import make_planilla

NASTY_TEXT = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["' OR 1=1 --", '"; DROP TABLE empleado; --', "%", "_", "\\", "\x00", " "]),
)
ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), NASTY_TEXT, st.lists(st.integers())
)
DATES = st.one_of(
    ANYTHING,
    st.dates().map(str),
    st.sampled_from(["2024-02-30", "2024-13-01", "01/01/2024", "2024-01-31T00:00", ""]),
)


_made: dict[str, tuple[str, list[str]]] = {}


def known_planilla() -> tuple[str, list[str]]:
    """One planilla with one employee per test database (examples share the database)."""
    url = database_url()
    if url not in _made:
        _made[url] = make_planilla(["10000"])
    return _made[url]


def stored() -> tuple[int, int, int]:
    with session() as db:
        return (
            db.scalar(select(func.count()).select_from(Nomina)) or 0,
            db.scalar(select(func.count()).select_from(NominaEmpleado)) or 0,
            db.scalar(select(func.count()).select_from(NominaLinea)) or 0,
        )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    empleado=st.one_of(ANYTHING, st.just("known")),
    planilla=st.one_of(ANYTHING, st.just("known")),
    inicio=st.one_of(DATES, st.just("2024-01-01")),
    fin=st.one_of(DATES, st.just("2024-01-31")),
)
def test_any_task_arguments_get_a_readable_error_and_change_nothing(
    isolated_env: Any, empleado: Any, planilla: Any, inicio: Any, fin: Any
) -> None:
    planilla_id, ids = known_planilla()
    empleado = ids[0] if empleado == "known" else empleado
    planilla = planilla_id if planilla == "known" else planilla
    real_period = (inicio, fin) == ("2024-01-01", "2024-01-31")
    before = stored()
    result = services.calculate_employee(empleado, planilla, inicio, fin)
    if result["success"]:  # only a real employee, planilla and period can succeed
        assert empleado == ids[0] and planilla == planilla_id
        return
    assert isinstance(result["error"], str) and 0 < len(result["error"]) < 500
    if not real_period:
        assert stored() == before
