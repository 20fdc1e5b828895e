"""Before the window: can Qt's platform plugin load here? If not, say what to do and exit 2.

Qt aborts the process (SIGABRT, exit 134) when no platform plugin can start: on a fresh Linux
desktop because a library its X11 plugin links to is not installed (Qt 6.5+ needs
``libxcb-cursor0``, minimal systems lack ``libxcb-icccm4`` and others), over SSH because there
is no display at all. This module asks the plugin itself (the dynamic loader opens it and every
library it links to) and turns a failure into a message in the window's language naming the
packages to install and how to work without a window. Nothing here creates a QApplication.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator

ASSETS = Path(__file__).parent / "assets"
EXIT_NO_WINDOW = 2

# Libraries whose package is not the Debian soname rule's answer (libfoo.so.1 -> libfoo1).
_DEBIAN_PACKAGES = {"libglib-2.0.so.0": "libglib2.0-0", "libGLX.so.0": "libglx0"}
_FEDORA_PACKAGES = {
    "libxcb-cursor.so.0": "xcb-util-cursor",
    "libxcb-icccm.so.4": "xcb-util-wm",
    "libxcb-keysyms.so.1": "xcb-util-keysyms",
    "libxcb-image.so.0": "xcb-util-image",
    "libxcb-render-util.so.0": "xcb-util-renderutil",
    "libxcb-util.so.1": "xcb-util",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11",
    "libxkbcommon.so.0": "libxkbcommon",
    "libX11-xcb.so.1": "libX11-xcb",
    "libEGL.so.1": "libglvnd-egl",
    "libGL.so.1": "libglvnd-glx",
    "libfontconfig.so.1": "fontconfig",
    "libfreetype.so.6": "freetype",
    "libdbus-1.so.3": "dbus-libs",
    "libwayland-cursor.so.0": "libwayland-cursor",
    "libwayland-egl.so.1": "libwayland-egl",
    "libwayland-client.so.0": "libwayland-client",
}
_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*)(?=:)")  # in the loader's error


def translator(language: str) -> Callable[[str], str]:
    """The window's translation without a QApplication (there is none yet)."""
    if language == "es":
        return lambda text: text
    qm = QTranslator()
    if not qm.load(str(ASSETS / f"coati_desk_{language}.qm")):
        return lambda text: text
    return lambda text: qm.translate("coati", text) or text


def candidate_platforms(env: Mapping[str, str]) -> list[str]:
    """The plugins Qt will try, in order (``QT_QPA_PLATFORM`` may list several with ``;``)."""
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return [item.split(":")[0].strip() for item in asked.split(";") if item.strip()]
    if env.get("XDG_SESSION_TYPE") == "wayland":  # Qt 6 prefers Wayland in a Wayland session
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_file(name: str, env: Mapping[str, str]) -> Path | None:
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    folders += [Path(p) for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    for folder in folders:
        found = folder / "platforms" / f"libq{name}.so"
        if found.is_file():
            return found
    return None


def missing_libraries(plugin: Path) -> tuple[list[str], bool]:
    """The libraries ``plugin`` links to that cannot be loaded ([] if it loads), and whether
    one of them is there but damaged (so its package must be reinstalled)."""
    try:
        ctypes.CDLL(str(plugin))
        return [], False
    except OSError as exc:  # "libxcb-icccm.so.4: cannot open shared object file: ...", or
        # "/lib/.../libxcb-icccm.so.4: file too short" for a damaged one
        first = _SONAME.search(str(exc))
        missing = [first.group(1)] if first else [str(exc)]
        damaged = "cannot open shared object file" not in str(exc)
    ldd = shutil.which("ldd")
    if ldd:  # the loader only names the first; ldd lists every one
        try:
            listing = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=10
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        for line in listing.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.strip() == "not found" and name not in missing:
                missing.append(name)
    return missing, damaged


def packages_for(
    libraries: list[str], os_release: Mapping[str, str], reinstall: bool = False
) -> tuple[str, list[str]]:
    """The command that installs (or reinstalls) ``libraries`` on this system, and its
    packages ("" if the system is not one we know: the message then names the files)."""
    family = f"{os_release.get('ID', '')} {os_release.get('ID_LIKE', '')}".split()
    if "debian" in family or "ubuntu" in family:
        command = "sudo apt install --reinstall" if reinstall else "sudo apt install"
        return command, [_DEBIAN_PACKAGES.get(lib) or _debian_name(lib)
                                    for lib in libraries]  # fmt: skip
    if {"fedora", "rhel", "centos"} & set(family):
        command = "sudo dnf reinstall" if reinstall else "sudo dnf install"
        return command, [_FEDORA_PACKAGES.get(lib, lib) for lib in libraries]
    return "", libraries


def _debian_name(soname: str) -> str:
    """Debian's library package naming: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    base, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    base = base.lower()
    return f"{base}-{version}" if base[-1:].isdigit() and version else f"{base}{version}"


def read_os_release() -> dict[str, str]:
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            continue
        pairs = (line.partition("=") for line in text.splitlines() if "=" in line)
        return {key.strip(): value.strip().strip('"') for key, _, value in pairs}
    return {}


_held_connections: list[tuple[ctypes.CDLL, int]] = []


def _display_answers(display: str) -> bool:
    """Whether the X server ``display`` names accepts a connection (libxcb, as Qt does).

    A connection that answered is kept open until :func:`release_display` (once Qt has its
    own): an X server whose last client leaves resets itself (Xvfb does), and Qt connecting
    during that reset fails and aborts."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the plugin check names it
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    if connection is None:
        return False
    if xcb.xcb_connection_has_error(connection) != 0:
        xcb.xcb_disconnect(connection)
        return False
    _held_connections.append((xcb, connection))
    return True


def release_display() -> None:
    """Close the check's X connection (call once the QApplication is made)."""
    while _held_connections:
        xcb, connection = _held_connections.pop()
        xcb.xcb_disconnect(connection)


def _wayland_socket(env: Mapping[str, str]) -> bool:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    return Path(name).is_absolute() or bool(env.get("XDG_RUNTIME_DIR"))


def problem(
    env: Mapping[str, str] | None = None,
    tr: Callable[[str], str] = lambda text: text,
    os_release: Mapping[str, str] | None = None,
) -> str | None:
    """None when one of the platforms Qt will try can start; else what to tell the user."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS wheels carry everything their plugins need
    candidates = candidate_platforms(env)
    reasons: list[str] = []
    no_display = True
    for name in candidates:
        if name not in ("xcb", "wayland"):
            return None  # offscreen, minimal, vnc, eglfs...: no system display needed
        if name == "xcb" and not env.get("DISPLAY"):
            continue
        if name == "wayland" and not _wayland_socket(env):
            continue
        no_display = False
        plugin = plugin_file(name, env)
        if plugin is None:
            reasons.append(tr("Falta el complemento «{0}» de Qt: reinstale PySide6.").format(name))
            continue
        missing, damaged = missing_libraries(plugin)
        if missing:
            reasons.append(_install_advice(name, missing, damaged, tr, os_release))
            continue
        if name == "xcb" and not _display_answers(env["DISPLAY"]):
            reasons.append(
                tr("No se puede conectar con la pantalla «{0}» (DISPLAY).").format(env["DISPLAY"])
            )
            continue
        return None
    if no_display:
        reasons.append(
            tr(
                "No hay pantalla: DISPLAY y WAYLAND_DISPLAY están vacíos (¿una sesión SSH?). "
                "Abra Coati Desk desde el escritorio, o con «ssh -X»."
            )
        )
    return "\n\n".join([tr("Coati Desk no puede abrir su ventana."), *reasons, _without(tr)])


def _install_advice(
    platform: str,
    missing: list[str],
    damaged: bool,
    tr: Callable[[str], str],
    os_release: Mapping[str, str] | None,
) -> str:
    command, packages = packages_for(
        missing, read_os_release() if os_release is None else os_release, reinstall=damaged
    )
    head = tr(
        "A la plataforma gráfica «{0}» de Qt le faltan bibliotecas del sistema, o no se "
        "pueden cargar: {1}."
    ).format(platform, ", ".join(missing))
    if not command:
        return head + "\n" + tr("Instale los paquetes que las contienen.")
    how = tr("Instálelas con:")
    return f"{head}\n{how}\n    {command} {' '.join(packages)}"


def _without(tr: Callable[[str], str]) -> str:
    return "\n".join(
        [
            tr("Sin ventana:"),
            "    QT_QPA_PLATFORM=offscreen coati-desk --self-test   "
            + tr("(comprueba la instalación)"),
            "    QT_QPA_PLATFORM=wayland coati-desk                 "
            + tr("(en un escritorio Wayland)"),
            "    coati-desk worker                                  "
            + tr("(workers para la cola)"),
            "    coati-desk --help                                  "
            + tr("(los comandos: demo, run, export, report...)"),
        ]
    )
