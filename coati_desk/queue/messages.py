"""The queue's messages (English; the window translates them by code, see coati_desk.messages)."""

from __future__ import annotations

from coati_desk.messages import Message

QUEUE_UNUSABLE = Message("queue.unusable", "The queue at {location} cannot be used: {error}")
QUEUE_FILE_NOT_WRITABLE = Message(
    "queue.file_not_writable", "the queue file cannot be written: {fault}"
)
TASK_NOT_REGISTERED = Message("queue.task_not_registered", "No task named {name!r} is registered")
NO_SUCH_TASK = Message("queue.no_such_task", "No task with id {task_id!r}")
NOT_RETRYABLE = Message(
    "queue.not_retryable",
    "Task {task_id} is {status}: only failed or cancelled tasks are retried",
)
BAD_DELAY = Message("queue.bad_delay", "delay must be a number of seconds >= 0, not {delay!r}")
UNKNOWN_STATUS = Message("queue.unknown_status", "Unknown task status {status!r}")
UNKNOWN_QUEUE = Message("queue.unknown_queue", "Unknown queue {queue!r}: the queues are {queues}")
BAD_HISTORY_DAYS = Message(
    "queue.bad_history_days", "History must be kept a positive number of days, not {days!r}"
)
NOT_JSON = Message(
    "queue.not_json", "{what} must be JSON (str, int, float, bool, None, list, dict): {error}"
)
DRAMATIQ_NEEDS_URL = Message(
    "queue.dramatiq_needs_url", "Dramatiq needs REDIS_URL (for example redis://localhost:6379/0)"
)
BAD_FORCE_BACKEND = Message(
    "queue.bad_force_backend", "force_backend must be one of {choices}, not {value!r}"
)
INVALID_REDIS_URL = Message("queue.invalid_redis_url", "invalid REDIS_URL {url!r}: {error}")

# Why Redis did not answer, as redis-py and the system word it (read back, never made here).
REDIS_REFUSED = Message("redis.refused", "[Errno {errno}] Connection refused")
REDIS_REFUSED_AT = Message(
    "redis.refused_at", "Error {errno} connecting to {address}. Connection refused."
)
REDIS_TIMEOUT = Message("redis.timeout", "Timeout connecting to server")
REDIS_READ_TIMEOUT = Message("redis.read_timeout", "Timeout reading from socket")
REDIS_TIMED_OUT = Message("redis.timed_out", "timed out")
REDIS_UNKNOWN_HOST = Message("redis.unknown_host", "[Errno {errno}] Name or service not known")
REDIS_AUTH_REQUIRED = Message("redis.auth_required", "Authentication required.")
REDIS_WRONG_PASSWORD = Message(
    "redis.wrong_password", "invalid username-password pair or user is disabled."
)
