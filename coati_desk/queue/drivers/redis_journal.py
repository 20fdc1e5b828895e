"""The task journal in Redis, shared by every Dramatiq worker on every machine.

Keys (namespace ``coati``): ``coati:task:<id>`` a hash per task, ``coati:task:<id>:attempts``
its attempts that did not succeed (JSON, oldest first); ``coati:tasks`` every id by enqueue
time; ``coati:status:<status>`` the ids in each status; ``coati:finished`` finished ids by
finish time; ``coati:minute:<epoch minute>`` completed and failed counts (kept two hours);
``coati:workers`` live worker processes by last heartbeat, ``coati:worker:<id>`` their details;
``coati:identity:<name>`` what every process on this Redis must share (the payroll database's
id), with ``coati:identity:<name>:holders`` the live processes holding it.
State changes are Lua scripts, so a task is always in exactly one status set.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import redis

from coati_desk.queue.records import FORGET_WORKER_AFTER, now_ts, worker_row
from coati_desk.queue.status import TaskStatus

CHUNK = 500

# ARGV: ns, id, status, now, available_at, name, kwargs, queue, redis message id, max_retries,
# '1' when the worker running the task re-queues it (a retry)
_ENQUEUE = """
local ns, id = ARGV[1], ARGV[2]
local key = ns .. ':task:' .. id
local old = redis.call('HGET', key, 'status')
if old == 'completed' or old == 'failed' or old == 'cancelled' then
  return 0  -- finished: only a retry by hand (which reopens it first) runs it again
end
if old == 'processing' and ARGV[11] ~= '1' then
  return 0  -- running: a stale copy coming due must not take over (it will be skipped)
end
if old then redis.call('ZREM', ns .. ':status:' .. old, id) end
local enq = redis.call('HGET', key, 'enqueued_at')
if not enq then
  enq = ARGV[4]
  redis.call('HSET', key, 'enqueued_at', enq, 'max_retries', ARGV[10], 'attempts', 0)
  redis.call('ZADD', ns .. ':tasks', enq, id)
end
redis.call('HSET', key, 'status', ARGV[3], 'available_at', ARGV[5], 'name', ARGV[6],
           'kwargs', ARGV[7], 'queue', ARGV[8], 'rid', ARGV[9], 'owner', '', 'progress', '')
redis.call('ZADD', ns .. ':status:' .. ARGV[3], enq, id)
return 1
"""

# ARGV: ns, id, redis message id, owner, now. 1: claimed; 0: cancelled, done, or a stale copy
# of the message (only the copy the journal last queued may run); -1: unknown id.
_CLAIM = """
local ns, id = ARGV[1], ARGV[2]
local key = ns .. ':task:' .. id
local old = redis.call('HGET', key, 'status')
if not old then return -1 end
if old ~= 'pending' and old ~= 'scheduled' and old ~= 'processing' then return 0 end
local rid = redis.call('HGET', key, 'rid')
if rid and rid ~= '' and rid ~= ARGV[3] then return 0 end
if old == 'processing' then  -- its worker was lost: Dramatiq handed the message on
  local a = redis.call('HMGET', key, 'attempts', 'owner', 'started_at')
  redis.call('RPUSH', key .. ':attempts', cjson.encode({n = tonumber(a[1]), owner = a[2],
    started_at = tonumber(a[3]), outcome = 'lost',
    error = 'Its worker stopped (or went silent) while running it; queued again'}))
end
local enq = redis.call('HGET', key, 'enqueued_at')
redis.call('ZREM', ns .. ':status:' .. old, id)
redis.call('ZADD', ns .. ':status:processing', enq, id)
redis.call('HSET', key, 'status', 'processing', 'owner', ARGV[4], 'started_at', ARGV[5])
redis.call('HINCRBY', key, 'attempts', 1)
return 1
"""

# ARGV: ns, id, new status ('' keeps it), allowed old statuses ('*' or 'a,b'), add an attempt
# ('1'/'0'), then field/value pairs; the pseudo-fields _attempt (an outcome) and _at (a time)
# (and _owner, its worker) log the attempt that just ended.
# Returns 1 done, 0 refused (status), -1 unknown id.
_TRANSITION = """
local ns, id, new = ARGV[1], ARGV[2], ARGV[3]
local key = ns .. ':task:' .. id
local old = redis.call('HGET', key, 'status')
if not old then return -1 end
if ARGV[4] ~= '*' and not string.find(',' .. ARGV[4] .. ',', ',' .. old .. ',', 1, true) then
  return 0
end
if new ~= '' and new ~= old then
  local enq = redis.call('HGET', key, 'enqueued_at')
  redis.call('ZREM', ns .. ':status:' .. old, id)
  redis.call('ZADD', ns .. ':status:' .. new, enq, id)
  redis.call('HSET', key, 'status', new)
end
if ARGV[5] == '1' then redis.call('HINCRBY', key, 'attempts', 1) end
local logged = {}
for i = 6, #ARGV, 2 do
  if string.sub(ARGV[i], 1, 1) == '_' then logged[ARGV[i]] = ARGV[i + 1]
  else redis.call('HSET', key, ARGV[i], ARGV[i + 1]) end
end
if logged._attempt then
  local a = redis.call('HMGET', key, 'attempts', 'owner', 'started_at', 'error', 'traceback')
  redis.call('RPUSH', key .. ':attempts', cjson.encode({n = tonumber(a[1]),
    owner = logged._owner or a[2], started_at = tonumber(a[3]),
    finished_at = tonumber(logged._at), outcome = logged._attempt,
    error = a[4], traceback = a[5]}))
end
local finished = {completed = true, failed = true, cancelled = true}
if new ~= '' and new ~= old then
  if finished[new] then
    local t = tonumber(redis.call('HGET', key, 'finished_at'))
    if t then
      redis.call('ZADD', ns .. ':finished', t, id)
      if new ~= 'cancelled' then
        local minute = ns .. ':minute:' .. string.format('%d', math.floor(t / 60))
        redis.call('HINCRBY', minute, new, 1)
        redis.call('EXPIRE', minute, 7200)
      end
    end
  elseif finished[old] then
    redis.call('ZREM', ns .. ':finished', id)
  end
end
return 1
"""

# ARGV: ns, id. Forgets a finished task: 1, or 0 if it is waiting, running or unknown.
_DELETE = """
local ns, id = ARGV[1], ARGV[2]
local key = ns .. ':task:' .. id
local old = redis.call('HGET', key, 'status')
if old ~= 'completed' and old ~= 'failed' and old ~= 'cancelled' then return 0 end
redis.call('ZREM', ns .. ':status:' .. old, id)
redis.call('ZREM', ns .. ':tasks', id)
redis.call('ZREM', ns .. ':finished', id)
redis.call('DEL', key, key .. ':attempts')
return 1
"""

FINISHED_STATUSES = ("completed", "failed", "cancelled")


def _has_value(kwargs: str, wanted: set[str]) -> bool:
    """Whether one of the task's arguments (JSON text) equals one of ``wanted``."""
    try:
        arguments = json.loads(kwargs)
    except ValueError:
        return False
    return isinstance(arguments, dict) and any(
        isinstance(v, str) and v in wanted for v in arguments.values()
    )


# ARGV: ns, name, value, label, holder, seconds the hold lasts. ``ns:identity:<name>`` holds
# the value and its label; ``...:holders`` the processes holding it, by expiry (Redis's clock).
# A different value replaces the recorded one only when no other live process holds it.
# Returns the recorded value and label.
_HOLD_IDENTITY = """
local key = ARGV[1] .. ':identity:' .. ARGV[2]
local holders = key .. ':holders'
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', holders, '-inf', now)
local current = redis.call('HGET', key, 'value')
if current ~= ARGV[3] then
  redis.call('ZREM', holders, ARGV[5])
  if current and redis.call('ZCARD', holders) > 0 then
    return {current, redis.call('HGET', key, 'label') or ''}
  end
  redis.call('HSET', key, 'value', ARGV[3], 'label', ARGV[4])
end
redis.call('ZADD', holders, now + tonumber(ARGV[6]), ARGV[5])
return {ARGV[3], redis.call('HGET', key, 'label')}
"""


class RedisJournal:
    def __init__(self, client: redis.Redis, namespace: str = "coati") -> None:
        self.client = client
        self.ns = namespace
        self._enqueue = client.register_script(_ENQUEUE)
        self._transition = client.register_script(_TRANSITION)
        self._claim = client.register_script(_CLAIM)
        self._delete = client.register_script(_DELETE)
        self._hold = client.register_script(_HOLD_IDENTITY)
        self._local = threading.local()  # .deferred: this thread is inside enqueued_many

    def hold_identity(
        self, name: str, value: str, label: str, holder: str, seconds: float
    ) -> tuple[str, str]:
        """Hold ``value`` under ``name`` for ``seconds`` (see :data:`_HOLD_IDENTITY`); the value
        and label recorded."""
        found = self._hold(args=[self.ns, name, value, label, holder, seconds])
        return str(found[0]), str(found[1] or "")

    def release_identity(self, name: str, holder: str) -> None:
        self.client.zrem(f"{self.ns}:identity:{name}:holders", holder)

    def _ids(self, index: str, start: int, stop: int) -> list[str]:
        return [str(i) for i in self.client.zrevrange(index, start, stop)]

    def key(self, task_id: str) -> str:
        return f"{self.ns}:task:{task_id}"

    def enqueued(
        self,
        task_id: str,
        name: str,
        kwargs_json: str,
        queue: str,
        rid: str,
        max_retries: int | None,
        delay_s: float | None,
        own_retry: bool = False,
    ) -> None:
        """Record a message as queued (at the end of the batch, inside :meth:`enqueued_many`)."""
        now = now_ts()
        status = TaskStatus.SCHEDULED if delay_s else TaskStatus.PENDING
        args = [
            self.ns,
            task_id,
            status.value,
            now,
            now + (delay_s or 0),
            name,
            kwargs_json,
            queue,
            rid,
            "" if max_retries is None else max_retries,
            "1" if own_retry else "0",
        ]
        deferred = getattr(self._local, "deferred", None)
        if deferred is None:
            self._enqueue(args=args)
        else:
            deferred.append(args)

    @contextmanager
    def enqueued_many(self) -> Iterator[None]:
        """Record the messages queued inside the block in one round trip, at its end.

        A worker may take one of them before its record is written: it records the message
        itself (as for a producer without the journal), and the late record leaves it alone.
        """
        batch: list[list[Any]] = []
        self._local.deferred = batch
        try:
            yield
        finally:
            self._local.deferred = None
            pipe = self.client.pipeline(transaction=False)
            for args in batch:
                self._enqueue(args=args, client=pipe)
            pipe.execute()

    def claim(self, task_id: str, rid: str, owner: str) -> int:
        return int(self._claim(args=[self.ns, task_id, rid, owner, now_ts()]))

    def transition(
        self, task_id: str, status: str, allowed: str = "*", attempt: bool = False, **fields: Any
    ) -> int:
        args: list[Any] = [self.ns, task_id, status, allowed, "1" if attempt else "0"]
        for field, value in fields.items():
            args += [field, "" if value is None else value]
        return int(self._transition(args=args))

    def field(self, task_id: str, name: str) -> str | None:
        value = self.client.hget(self.key(task_id), name)
        return None if value is None else str(value)

    def records(self, task_ids: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(task_ids), CHUNK):
            chunk = task_ids[start : start + CHUNK]
            pipe = self.client.pipeline(transaction=False)
            for task_id in chunk:
                pipe.hgetall(self.key(task_id))
            for task_id, row in zip(chunk, pipe.execute(), strict=True):
                if row:
                    found[task_id] = {**row, "id": task_id}
        return found

    def page(
        self,
        status: str | None,
        name: str | None,
        search: str | None,
        values: list[str],
        offset: int,
        limit: int,
    ) -> tuple[int, list[dict[str, Any]]]:
        index = f"{self.ns}:status:{status}" if status else f"{self.ns}:tasks"
        if not name and not search and not values:
            total = int(self.client.zcard(index))
            ids = self._ids(index, offset, offset + limit - 1)
            rows = self.records(ids)
            return total, [rows[i] for i in ids if i in rows]
        needle, wanted = (search or "").lower(), set(values)
        matched: list[str] = []
        start = 0
        while ids := self._ids(index, start, start + CHUNK - 1):  # only name and arguments read
            start += CHUNK
            for task_id, (task_name, kwargs) in zip(
                ids, self._fields(ids, "name", "kwargs"), strict=True
            ):
                if task_name is None or (name and task_name != name):
                    continue
                if (needle or wanted) and not (
                    (needle and (needle in task_id.lower() or needle in kwargs.lower()))
                    or (wanted and _has_value(kwargs, wanted))
                ):
                    continue
                matched.append(task_id)
        page = matched[offset : offset + limit]
        rows = self.records(page)
        return len(matched), [rows[i] for i in page if i in rows]

    def ping(self) -> None:
        self.client.ping()

    def status_counts(self) -> dict[str, int]:
        pipe = self.client.pipeline(transaction=False)
        statuses = [s.value for s in TaskStatus if s is not TaskStatus.UNKNOWN]
        for status in statuses:
            pipe.zcard(f"{self.ns}:status:{status}")
        return dict(zip(statuses, map(int, pipe.execute()), strict=True))

    def cancel(self, task_id: str) -> bool:
        return (
            self.transition(
                task_id, TaskStatus.CANCELLED, "pending,scheduled", finished_at=now_ts()
            )
            == 1
        )

    def reopen(self, task_id: str) -> bool:
        return self.transition(task_id, TaskStatus.PENDING, "failed,cancelled", finished_at="") == 1

    # -- the monitor -------------------------------------------------------------------------
    def set_progress(self, task_id: str, done: int, total: int) -> None:
        self.transition(task_id, "", progress=f"{done}/{total}")

    def attempts(self, task_id: str) -> list[dict[str, Any]]:
        logged = self.client.lrange(f"{self.key(task_id)}:attempts", 0, -1)
        return [json.loads(entry) for entry in logged]

    def delete(self, task_id: str) -> bool:
        return int(self._delete(args=[self.ns, task_id])) == 1

    def _delete_many(self, task_ids: list[str]) -> int:
        deleted = 0
        for start in range(0, len(task_ids), CHUNK):
            pipe = self.client.pipeline(transaction=False)
            for task_id in task_ids[start : start + CHUNK]:
                self._delete(args=[self.ns, task_id], client=pipe)
            deleted += sum(int(n) for n in pipe.execute())
        return deleted

    def _fields(self, task_ids: list[str], *names: str) -> list[list[Any]]:
        pipe = self.client.pipeline(transaction=False)
        for task_id in task_ids:
            pipe.hmget(self.key(task_id), list(names))
        return list(pipe.execute()) if task_ids else []

    def prune(self, finished_before: float) -> int:
        old: list[str] = []
        for status in FINISHED_STATUSES:  # enqueued before the cut-off, then finished before it
            ids = [
                str(i)
                for i in self.client.zrangebyscore(
                    f"{self.ns}:status:{status}", "-inf", finished_before
                )
            ]
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                for task_id, (finished,) in zip(
                    chunk, self._fields(chunk, "finished_at"), strict=True
                ):
                    if finished and float(finished) < finished_before:
                        old.append(task_id)
        return self._delete_many(old)

    def cancel_queue(self, queue: str) -> list[str]:
        cancelled: list[str] = []
        for status in (TaskStatus.PENDING, TaskStatus.SCHEDULED):
            ids = [str(i) for i in self.client.zrange(f"{self.ns}:status:{status}", 0, -1)]
            mine = [
                t for t, (q,) in zip(ids, self._fields(ids, "queue"), strict=True) if q == queue
            ]
            now = now_ts()
            pipe = self.client.pipeline(transaction=False)
            for task_id in mine:
                args: list[Any] = [self.ns, task_id, "cancelled", "pending,scheduled", "0"]
                args += ["finished_at", now, "error", "Purged from the queue"]
                self._transition(args=args, client=pipe)
            outcomes = pipe.execute() if mine else []
            cancelled += [t for t, n in zip(mine, outcomes, strict=True) if int(n) == 1]
        return cancelled

    def ids_in(self, status: str, name: str | None) -> list[str]:
        ids = [str(i) for i in self.client.zrange(f"{self.ns}:status:{status}", 0, -1)]
        if name is None:
            return ids
        return [t for t, (n,) in zip(ids, self._fields(ids, "name"), strict=True) if n == name]

    def activity(
        self, since: float, recent: int
    ) -> tuple[list[tuple[int, str, int]], list[dict[str, Any]]]:
        minutes = list(range(int(since // 60), int(now_ts() // 60) + 1))
        pipe = self.client.pipeline(transaction=False)
        for minute in minutes:
            pipe.hgetall(f"{self.ns}:minute:{minute}")
        per_minute = [
            (minute, str(status), int(count))
            for minute, counts in zip(minutes, pipe.execute(), strict=True)
            for status, count in counts.items()
        ]
        ids = [str(i) for i in self.client.zrevrange(f"{self.ns}:finished", 0, recent - 1)]
        names = ("name", "enqueued_at", "started_at", "finished_at")
        rows = [dict(zip(names, values, strict=True)) for values in self._fields(ids, *names)]
        return per_minute, [row for row in rows if row["name"]]

    # -- live workers --------------------------------------------------------------------------
    def beat(self, owner: str, details: dict[str, str | int | float], ttl: int) -> None:
        pipe = self.client.pipeline(transaction=False)
        pipe.zadd(f"{self.ns}:workers", {owner: now_ts()})
        pipe.hset(f"{self.ns}:worker:{owner}", mapping=dict(details))  # type: ignore[arg-type]
        pipe.expire(f"{self.ns}:worker:{owner}", ttl)
        pipe.execute()

    def forget_worker(self, owner: str) -> None:
        self.client.zrem(f"{self.ns}:workers", owner)
        self.client.delete(f"{self.ns}:worker:{owner}")

    def workers(self, silent_after: float) -> list[dict[str, Any]]:
        """Every worker heard from in the last hour, the silent ones marked, each with the
        tasks it is running (see :func:`worker_row`)."""
        now = now_ts()
        key = f"{self.ns}:workers"
        self.client.zremrangebyscore(key, "-inf", now - FORGET_WORKER_AFTER)
        owners: list[tuple[str, float]] = self.client.zrangebyscore(  # type: ignore[assignment]
            key, now - FORGET_WORKER_AFTER, "+inf", withscores=True
        )
        running_ids: list[str] = self.client.zrange(  # type: ignore[assignment]
            f"{self.ns}:status:{TaskStatus.PROCESSING.value}", 0, -1
        )
        pipe = self.client.pipeline(transaction=False)
        for owner, _ in owners:
            pipe.hgetall(f"{self.ns}:worker:{owner}")
        for task_id in running_ids:
            pipe.hmget(self.key(task_id), "owner", "name")
        answers = pipe.execute()
        running: dict[str, list[str]] = {}
        for task_owner, name in answers[len(owners) :]:
            if task_owner:
                running.setdefault(task_owner, []).append(name or "?")
        return [
            worker_row(owner, seen, details, running.get(owner, []), now - silent_after)
            for (owner, seen), details in zip(owners, answers[: len(owners)], strict=True)
        ]
