"""The payroll's refusals: input that can never succeed."""

from __future__ import annotations


class PayrollInputError(ValueError):
    """Input that can never succeed (unknown id, bad date...): reported, not retried."""
