"""Passwords kept out of logs, files and the window: one masker.

:func:`redact_url` masks (or takes out) the passwords of one URL, malformed or not; :func:`redact`
does the same to every URL inside any text (a log line, an error message), and masks
``password=`` values outside URLs too.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_URL = re.compile(r"(?:\b[A-Za-z][A-Za-z0-9+.-]*)?://[^\s'\"<>]+")  # (a torn one too)
_QUERY_PASSWORD = re.compile(r"(?i)([?&;](?:ssl_)?password=)[^&\s#'\"]+")


def redact(text: str) -> str:
    """``text`` with every URL password and ``password=`` value replaced by ``***``."""
    return _QUERY_PASSWORD.sub(r"\1***", _URL.sub(lambda url: redact_url(url.group(0)), text))


SECRET_QUERY_KEYS = frozenset({"password", "ssl_password"})  # redis-py reads these from a URL


def split_url(url: str) -> tuple[str, str, str]:
    """``scheme://``, the authority (``user:password@host:port``) and the rest of a URL.

    Done by hand, not with ``urlsplit``: that refuses malformed URLs (a bad port, a torn IPv6
    address), and those must be masked just as well before they reach a log or a file.
    """
    head, sep, rest = url.partition("://")
    if not sep:
        head, rest = "", url
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    return head + sep, rest[:cut], rest[cut:]


def redact_url(url: str, mask: str | None = "***") -> str:
    """The URL with its passwords (before the host, or in the query) replaced by ``mask``,
    or taken out when ``mask`` is None."""
    head, authority, rest = split_url(url)
    userinfo, at, host = authority.rpartition("@")
    user, colon, _ = userinfo.partition(":")
    if at and colon:
        authority = (f"{user}:{mask}@" if mask is not None else f"{user}@" if user else "") + host
    path, qmark, query = rest.partition("?")
    query, hash_mark, fragment = query.partition("#")
    pairs = []
    for pair in query.split("&") if query else []:
        key = pair.partition("=")[0]
        if unquote(key).lower() in SECRET_QUERY_KEYS:
            if mask is None:
                continue
            pair = f"{key}={mask}"
        pairs.append(pair)
    query = "&".join(pairs)
    return head + authority + path + (qmark if query else "") + query + hash_mark + fragment
