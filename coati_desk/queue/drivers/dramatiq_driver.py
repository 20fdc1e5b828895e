"""Dramatiq on Redis: many worker processes, on many machines, sharing one Redis.

Queues ``default`` and ``priority``; retries with Dramatiq's exponential backoff; a middleware
writes the journal (:mod:`redis_journal`) at every step, and stats are read from Dramatiq's own
Redis keys (``dramatiq:<queue>``, ``.msgs``, ``.DQ.msgs``, ``.XQ``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import threading
import traceback
import uuid
import weakref
from typing import Any

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker, _RedisConsumer
from dramatiq.errors import DecodeError
from dramatiq.middleware import Middleware, Retries, SkipMessage

from coati_desk.queue.batcher import ThreadBatcher
from coati_desk.queue.context import running_task
from coati_desk.queue.contract import Identity, QueueDriver, WorkerGroup, log_failed_attempt
from coati_desk.queue.drivers.redis_journal import RedisJournal
from coati_desk.queue.records import now_ts, to_json
from coati_desk.queue.registry import TaskSpec
from coati_desk.queue.status import QUEUE_NAMES, QueueError, TaskStatus
from coati_desk.redaction import redact_url

log = logging.getLogger("coati_desk.queue")

NAMESPACE = "dramatiq"
HEARTBEAT_SECONDS = 5.0
WORKER_SILENT_AFTER = 60.0  # Dramatiq's own heartbeat timeout
# Dramatiq gives a dead worker's taken messages back during "maintenance", run on one command
# in a thousand and only for that command's queue. With idle workers polling four queues, a
# killed worker's employees waited many minutes (issue 6: they never came back within 5 min
# in tests). One command in twenty: back about a minute after the worker died (its heartbeat).
MAINTENANCE_CHANCE = 50_000  # per million commands
IDENTITY_HOLD_SECONDS = 60.0  # a hold (hold_identity) lapses this long after its last renewal
IDENTITY_RENEW_SECONDS = 15.0


def _in_forked_child(target: object, method: str) -> None:
    """Call ``target.method()`` in every child forked from this process (while it lives)."""
    ref = weakref.ref(target)

    def hook() -> None:
        alive = ref()
        if alive is not None:
            getattr(alive, method)()

    os.register_at_fork(after_in_child=hook)


class JournalMiddleware(Middleware):
    """Writes each message's life to the journal; skips cancelled or already-done messages."""

    def __init__(self, journal: RedisJournal) -> None:
        self.journal = journal
        self.local = threading.local()  # the running task's return value, per worker thread
        self._owner, self._owner_pid = "", -1
        self._stop_beating = threading.Event()
        # A frozen ``coati-desk worker`` runs Dramatiq's CLI in-process: its worker processes are
        # forks that inherit this object; each child gets an identity of its own at once.
        _in_forked_child(self, "_new_owner")

    def _new_owner(self) -> str:
        self._owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._owner_pid = os.getpid()
        return self._owner

    @property
    def owner(self) -> str:
        """This process's worker identity, host:pid:random (made again in a forked child)."""
        return self._owner if self._owner_pid == os.getpid() else self._new_owner()

    def before_enqueue(self, broker: Any, message: Any, delay: int | None) -> None:
        actor = broker.get_actor(message.actor_name)
        self.journal.enqueued(
            message.message_id,
            message.actor_name,
            json.dumps(message.kwargs),
            message.queue_name.removesuffix(".DQ"),
            message.options.get("redis_message_id", ""),
            message.options.get("max_retries", actor.options.get("max_retries")),
            delay / 1000 if delay else None,
            # Retries re-queues the message from inside the thread running it
            own_retry=getattr(self.local, "running", None) == message.message_id,
        )

    def before_process_message(self, broker: Any, message: Any) -> None:
        rid = message.options.get("redis_message_id", "")
        outcome = self.journal.claim(message.message_id, rid, self.owner)
        if outcome == -1:  # sent by a producer without this middleware
            self.before_enqueue(broker, message, None)
            outcome = self.journal.claim(message.message_id, rid, self.owner)
        if outcome != 1:
            raise SkipMessage(f"task {message.message_id} is cancelled, done or a stale copy")
        self.local.result = None
        self.local.running = message.message_id

    def after_process_message(
        self,
        broker: Any,
        message: Any,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        task_id = message.message_id
        self.local.running = None
        if exception is None:
            value, self.local.result = getattr(self.local, "result", None), None
            try:
                result_json = to_json(value, f"The result of {message.actor_name}")
            except QueueError as bad:
                self.journal.transition(
                    task_id, TaskStatus.FAILED, error=str(bad), finished_at=now_ts()
                )
                return
            self.journal.transition(
                task_id,
                TaskStatus.COMPLETED,
                result=result_json,
                error="",
                traceback="",
                finished_at=now_ts(),
            )
            return
        error = f"{type(exception).__name__}: {exception}"
        trace = "".join(traceback.format_exception(exception))
        now = now_ts()
        if message.failed:
            self.journal.transition(
                task_id,
                TaskStatus.FAILED,
                error=error,
                traceback=trace,
                finished_at=now,
                _attempt="failed",
                _at=now,
                _owner=self.owner,
            )
        else:  # Retries has already put it back as scheduled
            self.journal.transition(
                task_id,
                "",
                error=error,
                traceback=trace,
                _attempt="error",
                _at=now,
                _owner=self.owner,
            )
        log_failed_attempt(task_id, message.actor_name, error, final=message.failed)

    def before_worker_boot(self, broker: Any, worker: Any) -> None:
        # The documented ``--queues default,priority`` reaches Dramatiq as one queue name
        # with a comma (it expects ``--queues default priority``): accept both spellings.
        if worker.consumer_whitelist:
            worker.consumer_whitelist = {
                name.strip()
                for item in worker.consumer_whitelist
                for name in item.split(",")
                if name.strip()
            }

    def after_worker_boot(self, broker: Any, worker: Any) -> None:
        details: dict[str, str | int | float] = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "threads": worker.worker_threads,
            "started_at": now_ts(),
        }
        self._stop_beating.clear()

        def beat() -> None:
            while True:
                try:
                    self.journal.beat(self.owner, details, ttl=int(WORKER_SILENT_AFTER * 2))
                except redis.RedisError as exc:
                    log.warning("Worker heartbeat to Redis failed: %s", exc)
                if self._stop_beating.wait(HEARTBEAT_SECONDS):
                    return

        threading.Thread(target=beat, name="coati-heartbeat", daemon=True).start()

    def before_worker_shutdown(self, broker: Any, worker: Any) -> None:
        self._stop_beating.set()
        with contextlib.suppress(redis.RedisError):
            self.journal.forget_worker(self.owner)


class DramatiqWorkers:
    """A Dramatiq ``Worker`` (consumer and worker threads) inside this process."""

    def __init__(self, broker: RedisBroker, threads: int) -> None:
        self.threads = threads
        self._worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=100)
        self._worker.start()

    def is_alive(self) -> bool:
        return any(thread.is_alive() for thread in self._worker.workers)

    def stop(self, timeout: float | None = None) -> bool:
        self._worker.stop(timeout=int((600 if timeout is None else timeout) * 1000))
        return not self.is_alive()


QUARANTINE_KEY = "coati:quarantine"  # hash: Redis message id -> the bytes that were unreadable


class SetAsideConsumer(_RedisConsumer):
    """Dramatiq's Redis consumer, but a message that cannot be decoded (torn, foreign) is set
    aside in :data:`QUARANTINE_KEY` and acknowledged, instead of an error on every fetch and
    the message coming back after each worker restart."""

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except DecodeError as exc:
            self._set_aside(exc.data, exc.error)
            return None

    def _set_aside(self, data: bytes, error: Exception) -> None:
        client = self.broker.client
        stored = f"{NAMESPACE}:{self.queue_name}.msgs"
        ids = [key for key, value in client.hscan_iter(stored) if value == data]
        for redis_id in ids:
            client.hset(QUARANTINE_KEY, redis_id, data)
            self.broker.do_ack(self.queue_name, redis_id)
        log.error(
            "A message in queue %s cannot be read (%s): set aside in Redis under %s %s",
            self.queue_name,
            error,
            QUARANTINE_KEY,
            ", ".join(i.decode(errors="replace") for i in ids) or "(already gone)",
        )


class CoatiRedisBroker(RedisBroker):
    @property
    def consumer_class(self) -> type[_RedisConsumer]:
        return SetAsideConsumer


class DramatiqDriver(QueueDriver):
    backend = "dramatiq"
    storage = "redis"

    def __init__(self, url: str) -> None:
        self.url = url
        self.journal_client = redis.Redis.from_url(
            url, decode_responses=True, socket_connect_timeout=2, socket_timeout=10
        )
        self._journal = RedisJournal(self.journal_client)
        self.broker_client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=10)
        self.broker = CoatiRedisBroker(
            client=self.broker_client, namespace=NAMESPACE, maintenance_chance=MAINTENANCE_CHANCE
        )
        self.middleware = JournalMiddleware(self._journal)
        # "after" hooks run in reverse order: placed before Retries, ours runs after it and
        # sees whether the message has failed for good.
        self.broker.add_middleware(self.middleware, before=Retries)
        for queue in QUEUE_NAMES:
            self.broker.declare_queue(queue)
        dramatiq.set_broker(self.broker)
        self._held: dict[str, Identity] = {}
        self._held_lock = threading.Lock()
        self._keeper_pid = -1
        self._closing = threading.Event()
        _in_forked_child(self, "_forget_holds")
        super().__init__()

    def _forget_holds(self) -> None:
        """In a forked child: its parent's holds are the parent's (and its lock may be taken)."""
        self._held, self._held_lock, self._keeper_pid = {}, threading.Lock(), -1

    @property
    def journal(self) -> RedisJournal:
        return self._journal

    @property
    def location(self) -> str:
        return redact_url(self.url)

    def _install(self, spec: TaskSpec) -> None:
        local, journal = self.middleware.local, self._journal
        batcher = ThreadBatcher(spec.name, spec.batch) if spec.batch is not None else None

        def run(**kwargs: Any) -> None:
            with running_task(local.running, journal, self):
                if batcher is None:
                    local.result = spec.fn(**kwargs)
                else:  # (its calls from this process's other threads, done together)
                    local.result = batcher.call(kwargs, spec.fn)

        self.broker.actors.pop(spec.name, None)  # re-registered with a new function
        dramatiq.Actor(
            run,
            broker=self.broker,
            actor_name=spec.name,
            queue_name=spec.queue,
            priority=0,
            options={
                "max_retries": spec.max_retries,
                "min_backoff": spec.min_backoff,
                "max_backoff": spec.max_backoff,
            },
        )

    def _send(self, message: dramatiq.Message, delay: float | None) -> str:
        try:
            self.broker.enqueue(message, delay=int(delay * 1000) if delay else None)
        except ValueError as exc:  # a delay of more than 7 days
            raise QueueError(str(exc)) from exc
        return str(message.message_id)

    def _enqueue(self, spec: TaskSpec, kwargs: dict[str, Any], delay: float | None) -> str:
        return self._send(
            self.broker.get_actor(spec.name).message_with_options(kwargs=kwargs), delay
        )

    def _enqueue_batch(self, spec: TaskSpec, batch: list[dict[str, Any]]) -> list[str]:
        with self._journal.enqueued_many():  # the journal in one round trip
            return super()._enqueue_batch(spec, batch)

    def _forget_message(self, spec: TaskSpec, task_id: str, rid: str | None = None) -> None:
        rid = rid or self._journal.field(task_id, "rid")
        if rid:  # out of the dead letters (a retried task would be counted twice)
            dead = f"{NAMESPACE}:{spec.queue}.XQ"
            self.broker_client.zrem(dead, rid)
            self.broker_client.hdel(f"{dead}.msgs", rid)

    def _purge_messages(self, queue: str) -> None:
        self.broker.flush(queue)  # the queue and its delayed messages; not its dead letters

    def _requeue(self, spec: TaskSpec, task_id: str, kwargs: dict[str, Any]) -> None:
        self._forget_message(spec, task_id)
        message: dramatiq.Message[Any] = dramatiq.Message(
            queue_name=spec.queue,
            actor_name=spec.name,
            args=(),
            kwargs=kwargs,
            options={},
            message_id=task_id,
        )
        self._send(message, None)

    def _backend_stats(self) -> dict[str, Any]:
        pipe = self.broker_client.pipeline(transaction=False)
        for queue in QUEUE_NAMES:
            key = f"{NAMESPACE}:{queue}"
            pipe.llen(key)
            pipe.hlen(f"{key}.msgs")
            pipe.hlen(f"{key}.DQ.msgs")
            pipe.zcard(f"{key}.XQ")
        values = pipe.execute()
        per_queue = {q: values[i * 4 : i * 4 + 4] for i, q in enumerate(QUEUE_NAMES)}
        return {
            "redis": self.location,
            "queues": {q: v[0] for q, v in per_queue.items()},
            "in_flight": {q: max(v[1] - v[0], 0) for q, v in per_queue.items()},
            "delayed": {q: v[2] for q, v in per_queue.items()},
            "dead_letters": {q: v[3] for q, v in per_queue.items()},
            "delayed_tasks": sum(v[2] for v in per_queue.values()),
            "dead_letter_tasks": sum(v[3] for v in per_queue.values()),
            "workers": self._journal.workers(WORKER_SILENT_AFTER),
        }

    def start_workers(self, threads: int) -> WorkerGroup:
        return DramatiqWorkers(self.broker, threads)

    # -- identities (in Redis: every process on this Redis shares them) ------------------------
    def hold_identity(self, name: str, identity: Identity) -> Identity:
        owner = self.middleware.owner
        value, label = self._journal.hold_identity(
            name, identity.value, identity.label, owner, IDENTITY_HOLD_SECONDS
        )
        with self._held_lock:
            if value != identity.value:
                self._held.pop(name, None)
                return Identity(value, label)
            self._held[name] = identity
            if self._keeper_pid != os.getpid():  # (a forked child starts its own)
                self._keeper_pid = os.getpid()
                threading.Thread(
                    target=self._keep_identities, name="coati-identity", daemon=True
                ).start()
        return Identity(value, label)

    def release_identity(self, name: str) -> None:
        with self._held_lock:
            held = self._held.pop(name, None)
        if held is not None:
            with contextlib.suppress(redis.RedisError):
                self._journal.release_identity(name, self.middleware.owner)

    def _keep_identities(self) -> None:
        """Renew this process's holds while it lives (a hold lapses IDENTITY_HOLD_SECONDS after
        its process stops renewing it)."""
        failing = False
        while not self._closing.wait(IDENTITY_RENEW_SECONDS):
            with self._held_lock:
                held = dict(self._held)
            try:
                for name, identity in held.items():
                    if self.hold_identity(name, identity).value != identity.value:
                        log.error(
                            "Another process took over %s on this queue while this one was "
                            "silent: this process no longer holds %s",
                            name,
                            identity.label or identity.value,
                        )
                failing = False
            except redis.RedisError as exc:
                if not failing:
                    log.warning("Could not renew this process's hold on Redis: %s", exc)
                failing = True

    def close(self) -> None:
        self._closing.set()
        for name in list(self._held):
            self.release_identity(name)
        self.broker.close()
        self.journal_client.close()
