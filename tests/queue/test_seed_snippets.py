"""The seed's "Uso Básico" and "Monitoreo" snippets, as written (coati_desk for coati_payroll)."""

from __future__ import annotations

import pytest

from coati_desk.queue import QueueDriver, start_workers
from tests.conftest import wait_until


def test_uso_basico_and_monitoreo(queue: QueueDriver, capsys: pytest.CaptureFixture[str]) -> None:
    # --- Registrar una Tarea ---
    from coati_desk.queue import get_queue_driver

    queue = get_queue_driver()

    def calculate_something(employee_id: str, value: int) -> dict:
        # Lógica de cálculo
        result = value * 2
        return {"employee_id": employee_id, "result": result}

    # Registrar la tarea
    calculate_task = queue.register_task(
        calculate_something,
        name="calculate_employee",
        max_retries=3,
        min_backoff=15000,  # 15 segundos
        max_backoff=3600000,  # 1 hora
    )

    # --- Encolar una Tarea ---
    # Encolar inmediatamente
    task_id = queue.enqueue("calculate_employee", employee_id="123", value=100)

    # Encolar con delay (5 minutos)
    delayed_id = queue.enqueue("calculate_employee", employee_id="456", value=200, delay=300)

    workers = start_workers(2, queue)
    try:
        third = calculate_task.send(employee_id="789", value=1)
        wait_until(lambda: queue.get_bulk_results([task_id, third])["completed"] == 2)

        # --- Obtener Feedback del Proceso ---
        # Obtener resultado de una tarea individual
        result = queue.get_task_result(task_id)
        print(f"Status: {result['status']}")

        # Obtener feedback de múltiples tareas (x de y completadas)
        task_ids = [task_id, delayed_id, third]
        bulk_results = queue.get_bulk_results(task_ids)
        print(f"Completadas: {bulk_results['completed']} de {bulk_results['total']}")
        print(f"Progreso: {bulk_results['progress_percentage']}%")

        # --- Monitoreo ---
        stats = queue.get_stats()

        print(f"Driver: {stats['driver']}")
        print(f"Backend: {stats['backend']}")
        print(f"Tareas registradas: {stats['registered_tasks']}")

        # Para Huey
        if "pending_tasks" in stats:
            print(f"Tareas pendientes: {stats['pending_tasks']}")

        # Para Dramatiq
        if "queues" in stats:
            for queue_name, length in stats["queues"].items():
                print(f"Cola {queue_name}: {length} mensajes")
    finally:
        workers.stop(timeout=30)

    out = capsys.readouterr().out
    assert "Status: completed" in out
    assert "Completadas: 2 de 3" in out
    assert "Progreso: 66.67%" in out
    seed_words = {"huey": ("huey", "filesystem"), "dramatiq": ("dramatiq", "redis")}
    driver_word, backend_word = seed_words[queue.backend]
    assert f"Driver: {driver_word}\n" in out and f"Backend: {backend_word}\n" in out
    assert "calculate_employee" in out
    assert ("Tareas pendientes: 0" in out) or ("Cola default: 0 mensajes" in out)
    assert result["result"] == {"employee_id": "123", "result": 200}
    assert queue.get_task_result(delayed_id)["status"] == "scheduled"
