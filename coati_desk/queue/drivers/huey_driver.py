"""Huey on a queue folder: no server, nothing to install.

``huey_consumer coati_desk.queue.drivers.huey_driver.huey`` runs external workers: the module
attribute ``huey`` is made on first use, on the same folder the app would choose, with the
app's tasks (and those of ``COATI_TASK_MODULES``) registered.

The inline driver (``QUEUE_ENABLED=0``) is this driver with ``inline=True``: every task is
journaled the same way, then run at once in the caller, retries included (without waiting).
"""

from __future__ import annotations

import datetime
import importlib
import json
import threading
import traceback
from pathlib import Path
from typing import Any

from huey import Huey
from huey import signals as S
from huey.api import Task, TaskWrapper
from huey.exceptions import CancelExecution
from huey.registry import Message, Registry
from huey.serializer import Serializer
from huey.utils import Error

from coati_desk.config import WORKER_ENTRY_MODULE
from coati_desk.queue.batcher import batch_answers
from coati_desk.queue.context import running_task
from coati_desk.queue.contract import QueueDriver, WorkerGroup, log, log_failed_attempt
from coati_desk.queue.drivers.huey_journal import HueyJournal
from coati_desk.queue.drivers.huey_storage import JournalStorage
from coati_desk.queue.records import to_json
from coati_desk.queue.registry import BatchFunction, TaskSpec
from coati_desk.queue.status import QueueError, TaskStatus

DATETIME_FIELDS = ("eta", "expires_resolved")
BATCH_LIMIT = 32  # tasks a worker thread claims at once for a task with a batch function
_NO_ANSWER = object()


class JsonSerializer(Serializer):
    """Huey messages (and Huey's own stored values) as JSON: nothing is ever unpickled."""

    def _serialize(self, data: Any) -> bytes:
        body = _encode(data) if isinstance(data, Message) else {"__value__": _plain(data)}
        return json.dumps(body, separators=(",", ":")).encode()

    def _deserialize(self, data: bytes) -> Any:
        body = json.loads(data)
        if isinstance(body, dict) and "__value__" in body:
            return _unplain(body["__value__"])
        return _decode(body)


def _plain(value: Any) -> Any:
    """Huey's stored values (revocations, chord results, errors) and a message's arguments (a
    chord's callback gets its members' results, a failed one's as Huey's ``Error``) as JSON."""
    if isinstance(value, datetime.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, Error):  # a failed task's error, as Huey stores it (a namedtuple)
        return {"__error__": _plain(value.metadata)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _unplain(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__datetime__"}:
            return datetime.datetime.fromisoformat(value["__datetime__"])
        if set(value) == {"__error__"}:
            return Error(_unplain(value["__error__"]))
        return {k: _unplain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unplain(v) for v in value]
    return value


def _encode(message: Message) -> dict[str, Any]:
    out = message._asdict()
    out["args"], out["kwargs"] = _plain(out["args"]), _plain(out["kwargs"])
    for field in (*DATETIME_FIELDS, "expires"):
        if isinstance(out[field], datetime.datetime):
            out[field] = out[field].isoformat()
        elif isinstance(out[field], datetime.timedelta):
            out[field] = out[field].total_seconds()
    for field in ("on_complete", "on_error"):
        if out[field] is not None:
            out[field] = _encode(out[field])
    if out["chord_config"] is not None:
        cid, size, idx, callback = out["chord_config"]
        out["chord_config"] = [cid, size, idx, _encode(callback)]
    return out


def _decode(data: dict[str, Any]) -> Message:
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ValueError("not a Coati task message")
    fields: dict[str, Any] = {key: data.get(key) for key in Message._fields}
    for field in (*DATETIME_FIELDS, "expires"):
        if isinstance(fields[field], str):
            fields[field] = datetime.datetime.fromisoformat(fields[field])
    for field in ("on_complete", "on_error"):
        if fields[field] is not None:
            fields[field] = _decode(fields[field])
    if fields["chord_config"] is not None:
        cid, size, idx, callback = fields["chord_config"]
        fields["chord_config"] = (cid, size, idx, _decode(callback))
    fields["args"] = tuple(_unplain(fields["args"] or []))
    fields["kwargs"] = _unplain(fields["kwargs"])
    return Message(**fields)


def _expire_from_due(task: Task) -> None:
    """A relative ``expires`` counts from when a delayed task (or a retry) falls due, as with
    Huey's scheduler, which enqueues it again then; here due rows are taken directly, so the
    expiry resolved when it was first queued is moved to its eta."""
    expires = task.expires
    if isinstance(expires, int | float) and not isinstance(expires, bool):
        expires = datetime.timedelta(seconds=expires)
    if not isinstance(expires, datetime.timedelta) or task.eta is None:
        return
    resolved = task.expires_resolved
    if resolved is None or task.eta > resolved - expires:  # it fell due after it was queued
        task.expires_resolved = task.eta + expires


class PlainNameRegistry(Registry):
    """Tasks known by their plain name ("calculate_employee"), not by module path."""

    def task_to_string(self, task_class: type) -> str:
        return task_class.__name__


class CoatiHuey(Huey):
    """Huey on :class:`JournalStorage`, writing each outcome to the journal."""

    storage: JournalStorage

    def __init__(
        self, folder: Path, specs: dict[str, TaskSpec], inline: bool = False, **options: Any
    ):
        # (``options``: Huey's own, e.g. ``results=True`` for Huey's test suite)
        super().__init__(
            "coati",
            **{"results": False, "utc": True, **options},
            serializer=JsonSerializer(),
            storage_class=JournalStorage,
            path=str(folder),
        )
        self._registry = PlainNameRegistry()
        self.specs = specs
        self.inline = inline
        self.post_execute("coati-journal")(self._record_outcome)
        # Outcomes Huey reaches without running the task (so without post-execute hooks):
        self.signal(S.SIGNAL_REVOKED, S.SIGNAL_EXPIRED)(self._record_skipped)
        self.signal(S.SIGNAL_INTERRUPTED)(self._record_interrupted)

    def dequeue(self) -> Task | None:
        data = self.storage.dequeue()
        if data is None:
            return None
        try:
            return self.deserialize_task(data)
        except Exception as exc:  # a task this process does not know: fail it visibly
            task_id = json.loads(data)["id"]
            error = f"{exc}. Is its module in COATI_TASK_MODULES for this worker?"
            log.error("Task %s cannot run here: %s", task_id, error)
            self.storage.journal.mark_failed(task_id, error)
            return None

    def deserialize_task(self, data: bytes) -> Task:
        task = super().deserialize_task(data)
        _expire_from_due(task)
        return task

    def _run_pre_execute(self, task: Task) -> None:
        # A hook that vetoes the task (CancelExecution) ends it: Huey then returns without
        # post-execute hooks, which would leave it "processing", to run again after a restart.
        try:
            super()._run_pre_execute(task)
        except CancelExecution:
            error = "Not run: cancelled by a pre-execute hook"
            self.storage.journal.finish(task.id, TaskStatus.CANCELLED, error=error)
            raise

    def _record_skipped(self, signal: str, task: Task, *_: Any) -> None:
        self.storage.journal.finish(task.id, TaskStatus.CANCELLED, error=f"Not run: {signal}")

    def _record_interrupted(self, signal: str, task: Task, *_: Any) -> None:
        self.storage.journal.hand_back(task.id)

    def _record_outcome(self, task: Task, value: Any, exc: BaseException | None) -> None:
        store = self.storage.journal
        if exc is None:
            try:
                result = to_json(value, f"The result of {task.name}")
            except QueueError as bad:
                store.finish(task.id, TaskStatus.FAILED, error=str(bad))
                return
            store.finish(task.id, TaskStatus.COMPLETED, result=result)
            return
        error = f"{type(exc).__name__}: {exc}"
        trace = "".join(traceback.format_exception(exc))
        # (Huey has settled ``task.retries`` by now, CancelExecution's ``retry`` included.)
        if task.retries:
            # A Coati task waits our backoff before its retry (none inline); a task Huey
            # knows without a spec keeps its own retry_delay and retry_backoff.
            spec = self.specs.get(task.name)
            if self.inline:
                task.retry_delay = task.retry_backoff = 0
            elif spec is not None:
                task.retry_delay = spec.backoff_ms(spec.max_retries - task.retries + 1) / 1000
                task.retry_backoff = 0
            # Still "processing" until Huey puts it back as scheduled, a moment from now.
            store.finish(task.id, TaskStatus.PROCESSING, error=error, traceback=trace)
            log_failed_attempt(task.id, task.name, error, final=False)
        else:
            store.finish(task.id, TaskStatus.FAILED, error=error, traceback=trace)
            log_failed_attempt(task.id, task.name, error, final=True)


class HueyDriver(QueueDriver):
    backend = "huey"
    storage = "filesystem"  # the inline driver's journal lives in the folder too

    def __init__(self, folder: Path, inline: bool = False) -> None:
        self.folder = Path(folder)
        self.inline = inline
        self._answers = threading.local()  # a worker thread's batch answers, by task id
        self._batch_turn = threading.Lock()  # one batch at a time in this process
        if inline:
            self.backend = "inline"
        self._wrappers: dict[str, TaskWrapper] = {}
        self._huey_specs: dict[str, TaskSpec] = {}
        self.huey = CoatiHuey(self.folder, self._huey_specs, inline=inline)
        super().__init__()

    @property
    def journal(self) -> HueyJournal:
        return self.huey.storage.journal

    @property
    def location(self) -> str:
        return str(self.folder)

    def _install(self, spec: TaskSpec) -> None:
        old = self._wrappers.pop(spec.name, None)
        if old is not None:
            old.unregister()
        priority = 1 if spec.queue == "priority" else None
        journal = self.journal

        def run(task: Task, **kwargs: Any) -> Any:
            with running_task(task.id, journal, self):
                answered = self._batch_answers().pop(task.id, _NO_ANSWER)
                if answered is _NO_ANSWER:
                    return spec.fn(**kwargs)
                if isinstance(answered, BaseException):
                    raise answered  # (retried like any failure of this task)
                return answered

        self._wrappers[spec.name] = self.huey.task(
            retries=spec.max_retries, name=spec.name, priority=priority, context=True
        )(run)
        self._huey_specs[spec.name] = spec

    def _send(
        self, spec: TaskSpec, kwargs: dict[str, Any], task_id: str | None, delay: float | None
    ) -> str:
        task_class = self._wrappers[spec.name].task_class
        eta = None
        if delay and not self.inline:
            eta = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
            eta += datetime.timedelta(seconds=delay)
        task = task_class((), kwargs, id=task_id, eta=eta)
        self.huey.enqueue(task)
        if self.inline:
            self.run_waiting(task.id)
        return str(task.id)

    def _enqueue(self, spec: TaskSpec, kwargs: dict[str, Any], delay: float | None) -> str:
        return self._send(spec, kwargs, None, delay)

    def _enqueue_batch(self, spec: TaskSpec, batch: list[dict[str, Any]]) -> list[str]:
        if self.inline:
            return super()._enqueue_batch(spec, batch)
        with self.journal.batch():  # one write transaction
            return [self._send(spec, kwargs, None, None) for kwargs in batch]

    def _requeue(self, spec: TaskSpec, task_id: str, kwargs: dict[str, Any]) -> None:
        self._send(spec, kwargs, task_id, None)

    # (a task's message lives in its journal row: cancelling or deleting the row drops it)

    def run_waiting(self, task_id: str | None = None) -> bool:
        """Run one waiting task here (that one, if given, retries included). False if none."""
        ran = False
        while (data := self.journal.claim(task_id)) is not None:
            ran = True
            try:
                task = self.huey.deserialize_task(data)
            except Exception as exc:
                self.journal.mark_failed(json.loads(data)["id"], f"{exc}")
                return ran
            self.huey.execute(task)
            if task_id is None:
                break
        return ran

    def step(self) -> bool:
        """One worker step: take a due task and run it (waits up to ~1 s). False if idle.

        A task whose spec has a ``batch`` function comes with up to ``BATCH_LIMIT - 1`` more
        due tasks of its name, claimed in one write: the batch function does their work at
        once, then Huey executes each task as usual (hooks, retries, journal), its function
        answering what the batch found, and the successes reach the journal in one write. If
        the batch itself fails, each task runs alone.

        Batches take turns in a process: their work is Python under one GIL and their writes
        queue for one SQLite lock, so side by side they only got slower (4 threads took 13%
        longer than 1). A thread waiting for its turn holds the one task it took; the others
        run whatever else is due."""
        task = self.huey.dequeue()
        if task is None:
            return False
        spec = self._huey_specs.get(task.name)
        if spec is None or spec.batch is None:
            self.huey.execute(task)
            return True
        with self._batch_turn:
            self._run_batch(spec.batch, task)
        return True

    def _run_batch(self, batch: BatchFunction, task: Task) -> None:
        tasks = [task]
        for data in self.journal.claim_more(task.name, BATCH_LIMIT - 1):
            try:
                tasks.append(self.huey.deserialize_task(data))
            except Exception as exc:
                self.journal.mark_failed(json.loads(data)["id"], f"{exc}")
        answers = batch_answers(batch, [dict(t.kwargs) for t in tasks], task.name)
        if answers is not None:
            self._batch_answers().update(zip((t.id for t in tasks), answers, strict=True))
        try:
            with self.journal.completions_together():
                for each in tasks:
                    self.huey.execute(each)
        finally:
            self._batch_answers().clear()  # (a task Huey skipped leaves none behind)

    def _batch_answers(self) -> dict[str, Any]:
        """This worker thread's answers from its current batch, by task id."""
        answers: dict[str, Any] | None = getattr(self._answers, "by_id", None)
        if answers is None:
            answers = self._answers.by_id = {}
        return answers

    def _backend_stats(self) -> dict[str, Any]:
        counts = self.journal.status_counts()
        return {
            "storage_path": str(self.folder),
            "database": str(self.journal.db_path),
            "pending_tasks": counts.get(TaskStatus.PENDING, 0),
            "scheduled_tasks": counts.get(TaskStatus.SCHEDULED, 0),
            "processing_tasks": counts.get(TaskStatus.PROCESSING, 0),
            "workers": self.journal.workers(),
        }

    def start_workers(self, threads: int) -> WorkerGroup:
        from coati_desk.queue.worker import IdleWorkers, ThreadWorkers

        if self.inline:
            return IdleWorkers()  # tasks run in the caller: nothing to consume
        return ThreadWorkers(
            self.step, threads, wake=self.journal.notify, on_stop=self.journal.release
        )

    def close(self) -> None:
        self.journal.shutdown()


def __getattr__(name: str) -> Any:
    """``huey``: the Huey instance external ``huey_consumer`` workers run (made on first use)."""
    if name != "huey":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    entry = importlib.import_module(WORKER_ENTRY_MODULE)  # (the app's, named by the config)
    huey = entry.huey_for_consumer()
    assert isinstance(huey, Huey)
    globals()["huey"] = huey  # bound once: later reads do not switch drivers again
    return huey
