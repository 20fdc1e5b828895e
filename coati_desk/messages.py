"""Texts the domain layers show people: a stable code and an English template per message.

The payroll and the queue raise and store English (logs, the CLI, the task API's results such
as ``{"success": False, "error": "Employee not found"}``). Each message is made from a
:class:`Message` here, so a text can be read back into its code and parameters
(:func:`parse`) wherever it turns up: a raised error, a failed row stored in the database, a
task's error in the queue journal. The window says it in its own language from the code. No Qt
here: ``coati_desk.gui.errors`` holds the translations.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

_catalog: dict[str, Message] = {}


@dataclass(frozen=True)
class Message:
    """One message: ``code`` never changes; ``english`` is a ``str.format`` template with named
    fields (``{value!r}`` allowed)."""

    code: str
    english: str
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts, seen = [], set()
        for literal, name, _spec, _conversion in string.Formatter().parse(self.english):
            parts.append(re.escape(literal))
            if name is None:
                continue
            if not name.isidentifier():
                raise ValueError(f"{self.code}: fields must be named, not {name!r}")
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
        object.__setattr__(self, "_pattern", re.compile("".join(parts), re.DOTALL))
        if self.code in _catalog and _catalog[self.code].english != self.english:
            raise ValueError(f"message code {self.code!r} is defined twice")
        _catalog[self.code] = self

    def __call__(self, **params: object) -> str:
        """The English text, for logs, results and exceptions."""
        return self.english.format(**params)

    @property
    def specificity(self) -> int:
        """How much fixed text the template has (the more, the surer a match)."""
        return sum(len(part[0]) for part in string.Formatter().parse(self.english))

    def match(self, text: str) -> dict[str, str] | None:
        found = self._pattern.fullmatch(text)
        return found.groupdict() if found else None


def parse(text: str) -> list[tuple[Message, dict[str, str]]]:
    """The messages ``text`` may have been made from, with their parameters (as text), the most
    specific first; empty if none. (A message inside another one, "line 2: codigo is empty",
    matches both "line {line}: {problem}" and "{name} is empty": the reader picks.)"""
    found = []
    for message in sorted(_catalog.values(), key=lambda m: -m.specificity):
        params = message.match(text)
        if params is not None:
            found.append((message, params))
    return found


def catalog() -> dict[str, Message]:
    return dict(_catalog)
