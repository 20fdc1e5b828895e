"""Group commit across the threads of a worker process, for a task with a batch function.

Dramatiq hands each worker thread one message at a time, so a worker cannot claim several due
tasks at once as the Huey workers do. Instead the threads meet: the first to come with a call
of a batched task waits a moment for the others' calls (up to ``limit``), runs the batch
function for them all, and hands each thread its own answer; each thread then finishes its own
message (result, retry or failure) as if it had run alone. A batch that fails as a whole lets
every call run alone.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from coati_desk.queue.registry import BatchFunction

log = logging.getLogger("coati_desk.queue")

GATHER_SECONDS = 0.002  # how long the first call waits for the others
_ALONE = object()  # the answer of a call whose batch failed: it runs alone


def batch_answers(batch: BatchFunction, calls: list[dict[str, Any]], name: str) -> list[Any] | None:
    """The batch function's answer to each call, in order; None (and logged) when the batch
    failed as a whole, so that each call runs alone."""
    try:
        answers = batch(calls)
        if len(answers) != len(calls):
            raise ValueError(f"{len(answers)} answers for {len(calls)} calls")
    except Exception:
        log.exception("Batch of %d %s calls failed; each runs alone", len(calls), name)
        return None
    return answers


class _Call:
    __slots__ = ("answer", "done", "kwargs")

    def __init__(self, kwargs: dict[str, Any]) -> None:
        self.kwargs = kwargs
        self.answer: Any = _ALONE
        self.done = threading.Event()


class ThreadBatcher:
    """The calls of one batched task from this process's threads, done together."""

    def __init__(self, name: str, batch: BatchFunction, limit: int = 32) -> None:
        self._name = name
        self._batch = batch
        self._limit = limit
        self._lock = threading.Lock()
        self._gathering: list[_Call] | None = None

    def call(self, kwargs: dict[str, Any], alone: Callable[..., Any]) -> Any:
        """This call's answer: from a batch, or from ``alone(**kwargs)`` if the batch failed."""
        mine = _Call(kwargs)
        with self._lock:
            group = self._gathering
            if group is not None and len(group) < self._limit:
                group.append(mine)
                group = None  # another thread leads it
            else:
                group = self._gathering = [mine]
        if group is not None:
            self._lead(group)
        mine.done.wait()
        if mine.answer is _ALONE:
            return alone(**kwargs)
        if isinstance(mine.answer, BaseException):
            raise mine.answer
        return mine.answer

    def _close(self, group: list[_Call]) -> None:
        """No call joins ``group`` any more."""
        with self._lock:
            if self._gathering is group:
                self._gathering = None

    def _lead(self, group: list[_Call]) -> None:
        answers: list[Any] | None = None
        try:
            time.sleep(GATHER_SECONDS)  # the other threads' calls join meanwhile
            self._close(group)
            answers = batch_answers(self._batch, [c.kwargs for c in group], self._name)
        finally:  # (even when this thread is interrupted: the others never wait for good)
            self._close(group)
            for call, answer in zip(group, answers or [_ALONE] * len(group), strict=True):
                call.answer = answer
                call.done.set()
