"""Huey's own storage and API tests, run against our storage with JSON messages.

The test cases ship inside the installed ``huey`` package (``huey/tests/``); each is subclassed
here with a ``get_huey()`` that gives it :class:`CoatiHuey`: the journal storage in a fresh
queue folder and the JSON serializer. Huey's tests that rely on what our storage does not do on
purpose are skipped with the reason (the table in ``huey_storage``'s docstring).
"""

from __future__ import annotations

import shutil
import tempfile
import unittest
from pathlib import Path
from typing import Any

import pytest
from huey.tests import test_api as huey_api
from huey.tests import test_storage as huey_storage

from coati_desk.queue.drivers.huey_driver import CoatiHuey

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestCollectionWarning")

JSON_ONLY = "JSON only: Huey's test stores opaque bytes as messages (ours are Coati JSON)"
JSON_VALUES = "JSON only: the test passes exceptions, tuples or Huey sentinels through messages"
RESULTS = "results live in the journal: result_items/result_store_size count completed tasks"
RESULT_COUNT = (
    "results live in the journal: result_count counts completed tasks (a None result too, not "
    "a failed task's error) and does not drop when a result is read"
)
SCHEDULE = "a delayed task or retry waits as a 'scheduled' row, dequeued when due (no scheduler)"
ONE_ROW = (
    "one row per id: a second enqueue of a finished task (completed, failed, or cancelled: "
    "revoked or flushed) is ignored; only a retry by hand runs it again"
)
INTERNALS = "reads MemoryStorage internals or its message order"

# Huey's tests that assume what our storage does not do on purpose: name -> reason.
DIFFERENT: dict[str, str] = {
    # StorageTests
    "test_priority": JSON_ONLY,
    "test_queue_methods": JSON_ONLY,
    "test_schedule_methods": JSON_ONLY,
    "test_result_items_str_keys": RESULTS,
    "test_result_store_methods": RESULTS,
    # TestQueue
    "test_pending_scheduled_unregistered": SCHEDULE,
    "test_read_schedule": SCHEDULE,
    "test_reschedule": SCHEDULE,
    "test_reschedule_no_delay": SCHEDULE,
    "test_schedule_s": SCHEDULE,
    "test_scheduling": SCHEDULE,
    "test_scheduling_expires": SCHEDULE,
    "test_retry": SCHEDULE,
    "test_retry_to_success": SCHEDULE,
    "test_retrytask_explicit": SCHEDULE,
    "test_workflow": SCHEDULE,
    "test_retrying_exceptions_not_surfaced": JSON_VALUES,
    "test_retry_backoff": ONE_ROW,  # flush_schedule cancels the retry, run again by execute()
    "test_result_readiness_reads_result": RESULT_COUNT,
    "test_result_store": RESULT_COUNT,
    "test_revoke_once": RESULT_COUNT,
    "test_revoke_until": RESULT_COUNT,
    "test_revoke_task_instance": ONE_ROW,  # the revoked task, cancelled, is enqueued again
    "test_revoke_task_instance_persistent": ONE_ROW,
    "test_task_error": RESULT_COUNT,
    "test_timeout_cooperative_full": RESULT_COUNT,
    # TestDecorators
    "test_task_id": SCHEDULE,  # the task scheduled with a delay is expected first
    # groups, chords and pipelines
    "test_group_callback_task_args": JSON_VALUES,
    "test_group_error_handler": JSON_VALUES,
    "test_chord_callback_err": JSON_VALUES,
    "test_chord_chaining": JSON_VALUES,
    "test_chord_error_cb": JSON_VALUES,
    "test_chord_expired_member": JSON_VALUES,
    "test_chord_failed_and_revoked_members": JSON_VALUES,
    "test_chord_member_error_callback_independent": JSON_VALUES,
    "test_chord_pipeline_member_head_revoked": JSON_VALUES,
    "test_chord_revoked_member": JSON_VALUES,
    "test_chain_errors": JSON_VALUES,
    "test_error_callback": JSON_VALUES,
    "test_error_callback_retries": JSON_VALUES,
    "test_pipeline_error_retries_then_downstream": JSON_VALUES,
    "test_pipeline_tuple": JSON_VALUES,
    "test_put_get": JSON_VALUES,
    "test_chord_bookkeeping_cleared": INTERNALS,
    "test_storage_wrappers": INTERNALS,
    "test_chord": RESULT_COUNT,
    "test_chord_scheduling": SCHEDULE,
    "test_empty_chord": ONE_ROW,  # the same chord enqueued twice: its callback's id twice
}


class OnJournalStorage:
    """Gives one of Huey's test cases our Huey: journal storage in a fresh folder, JSON."""

    huey: CoatiHuey

    def get_huey(self) -> CoatiHuey:
        folder = Path(tempfile.mkdtemp(prefix="coati-huey-suite-"))
        huey = CoatiHuey(folder, {}, results=True, utc=False)
        journal = huey.storage.journal
        huey.storage.dequeue = lambda: journal.next_due(wait=0)  # type: ignore[method-assign]
        self.addCleanup(shutil.rmtree, folder, True)  # type: ignore[attr-defined]
        self.addCleanup(journal.shutdown)  # type: ignore[attr-defined]
        return huey

    def setUp(self) -> None:
        reason = DIFFERENT.get(self._testMethodName)  # type: ignore[attr-defined]
        if reason:
            raise unittest.SkipTest(reason)
        super().setUp()  # type: ignore[misc]


def _on_journal(case: type) -> type:
    """``case`` (one of Huey's) run against our storage, named after it."""
    attrs: dict[str, Any] = {"__module__": __name__, "__qualname__": f"{case.__name__}OnJournal"}
    return type(f"{case.__name__}OnJournal", (OnJournalStorage, case), attrs)


class TestStorageOnJournal(OnJournalStorage, huey_storage.StorageTests, huey_storage.BaseTestCase):
    """Huey's storage tests (``StorageTests``)."""


_CASES = [
    huey_api.TestQueue,
    huey_api.TestDecorators,
    huey_api.TestTaskHooks,
    huey_api.TestGroupPrimitive,
    huey_api.TestChordPrimitive,
    huey_api.TestTaskChaining,
    huey_api.TestTaskLocking,
    huey_api.TestRateLimit,
    huey_api.TestHueyAPIs,
    huey_api.TestStorageWrappers,
]
for _case in _CASES:
    globals()[f"{_case.__name__}OnJournal"] = _on_journal(_case)
del _case  # (else pytest collects Huey's own last case, on MemoryHuey)
