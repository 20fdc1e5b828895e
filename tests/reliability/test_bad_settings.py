"""Issue 6, item 6 (settings values): malformed Redis URLs and odd queue folders.

Whatever is typed into the settings dialog, edited into the settings file or set in the
environment: a readable reason, the Huey fallback, and never the password written or shown.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coati_desk.gui.settings import AppSettings, Preferences, strip_password, with_password
from coati_desk.gui.settings_dialog import check_folder
from coati_desk.queue import get_queue_driver, selector
from coati_desk.redaction import redact, redact_url

SECRET = "s3cr3t-PW"
SCHEMES = st.sampled_from(["redis", "rediss", "unix", "http", "", "redis:", "REDIS"])
HOSTS = st.sampled_from(
    ["127.0.0.1", "[::1]", "[::1", "::1]", "", "host name", "h\x00st", "ñandú", "%zz", "a@b"]
)
PORTS = st.one_of(
    st.sampled_from(["", ":", ":0", ":65536", ":99999999999", ":-1", ":abc", ": 1", ":1.5"]),
    st.integers(1, 65535).map(lambda p: f":{p}"),
)
TAILS = st.sampled_from(["", "/", "/0", "/99", "/x", "?db=1", "?ssl_password=" + SECRET, "#f"])


@st.composite
def redis_urls(draw: st.DrawFn) -> str:
    """URLs built from odd parts, with the password somewhere in most of them."""
    auth = draw(st.sampled_from(["", f":{SECRET}@", f"user:{SECRET}@", "user@", f":{SECRET}@@"]))
    url = f"{draw(SCHEMES)}://{auth}{draw(HOSTS)}{draw(PORTS)}{draw(TAILS)}"
    return draw(st.one_of(st.just(url), st.text(max_size=40).map(lambda t: url + t)))


FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(url=redis_urls())
def test_masking_never_fails_and_never_shows_the_password(url: str) -> None:
    for shown in (redact_url(url), redact(url), strip_password(url)):
        assert SECRET not in shown.partition("#")[0]  # (what follows # never reaches Redis)


@FAST
@given(url=redis_urls())
def test_the_settings_file_never_holds_the_password(url: str, tmp_path: Path) -> None:
    app_settings = AppSettings(tmp_path / "settings.ini")
    app_settings.save(Preferences(redis_url=url))
    assert SECRET not in app_settings.path.read_text(encoding="utf-8", errors="replace")
    loaded = app_settings.load()
    assert isinstance(loaded.redis_url, str)
    with_password(loaded.redis_url, "pw")  # the app adds the keyring's password back


@settings(max_examples=60, deadline=None)
@given(url=redis_urls())
def test_a_malformed_url_gets_a_reason_not_an_exception(url: str) -> None:
    reason = selector.redis_unreachable_reason(url, timeout=0.3)
    assert reason is None or (isinstance(reason, str) and reason)
    if reason is not None:
        assert SECRET not in reason


@pytest.mark.parametrize(
    "url",
    [
        "redis://[::1/0",
        f"redis://:{SECRET}@127.0.0.1:99999999/0",
        f"redis://:{SECRET}@127.0.0.1:port/0",
        "redis//localhost",
        "localhost:6379",
        f"redis://:{SECRET}@host name/0",
    ],
)
def test_the_app_falls_back_to_huey_on_a_malformed_redis_url(
    url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "coati_desk")
    monkeypatch.setenv("REDIS_URL", url)
    driver = get_queue_driver(refresh=True)
    assert driver.backend == "huey"
    assert "Failed to connect to Redis for Dramatiq" in caplog.text
    assert SECRET not in caplog.text


ODD_PATHS = st.one_of(
    st.sampled_from(
        [
            "relative/queue",
            "~/queue with spaces",
            "  ",
            "carpeta ñandú/cola",
            "x" * 300,
            "/proc/1/no-such",
            "/dev/null",
            "a\x00b",
            "/",
            ".",
            "~0",
            "~no-such-user/cola",
        ]
    ),
    st.text(min_size=1, max_size=30),
)


@settings(max_examples=80, deadline=None)
@given(name=ODD_PATHS)
def test_odd_queue_folders_get_a_reason_or_work(name: str) -> None:
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        problem = check_folder(name)  # relative names land in the scratch folder
    assert problem is None or isinstance(problem, str)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=ODD_PATHS)
def test_an_odd_queue_folder_never_stops_the_queue(
    name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # relative names land in this test's folder
    if "\x00" in name:
        with pytest.raises(ValueError):  # the environment itself refuses it
            monkeypatch.setenv("COATI_QUEUE_PATH", name)
        return
    monkeypatch.setenv("COATI_QUEUE_PATH", name)
    folder = selector.choose_queue_folder()
    assert selector.folder_usable(folder)


def test_a_nul_character_in_a_saved_setting_is_ignored_not_fatal(
    app_settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from coati_desk.gui.runtime import QueueRuntime

    launch_folder = os.environ["COATI_QUEUE_PATH"]
    runtime = QueueRuntime(app_settings)
    chosen = runtime.queue_settings(Preferences(queue_path="a\x00b", redis_url="redis://h\x00/0"))
    assert chosen.queue_path == Path(launch_folder)
    assert chosen.redis_url is None
    assert "COATI_QUEUE_PATH ignored: it holds a NUL character" in caplog.text
