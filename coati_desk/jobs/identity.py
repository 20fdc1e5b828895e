"""One payroll database for every process on a queue: a process whose database is not the one
the queue's other live processes use refuses to work on it."""

from __future__ import annotations

from dataclasses import dataclass

from coati_desk.queue.contract import Identity, QueueDriver

DATABASE_IDENTITY = "database"


@dataclass(frozen=True)
class DatabaseMismatch:
    """This process's payroll database is not the one the queue's other processes use."""

    ours: Identity
    theirs: Identity
    queue: str  # where the queue is, for people (password masked)

    def __str__(self) -> str:
        return (
            f"The queue at {self.queue} works with the payroll database {self.theirs.value} "
            f"({self.theirs.label}), not with this process's database {self.ours.value} "
            f"({self.ours.label}): refusing to work on it. Point this process at the same "
            "database, or stop every process that uses the other one first."
        )


def claim_database(queue: QueueDriver, url: str | None = None) -> DatabaseMismatch | None:
    """Hold this process's payroll database (``url``, default this process's) as the one of
    ``queue``: None if it is (or no live process holds another), else the mismatch."""
    from coati_desk.payroll.db import database_id, describe_database

    ours = Identity(database_id(url), describe_database(url))
    recorded = queue.hold_identity(DATABASE_IDENTITY, ours)
    if recorded.value == ours.value:
        return None
    return DatabaseMismatch(ours, recorded, queue.location)
