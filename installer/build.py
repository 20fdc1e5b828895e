#!/usr/bin/env python3
"""Build Coati Desk for a double-click install: a PyInstaller one-folder build, and from it the
Linux packages.

    python installer/build.py                  # dist/coati-desk/ (one folder: the app)
    python installer/build.py --deb --tar      # ... and the .deb and the portable .tar.gz (Linux)
    python installer/build.py --out DIR        # outputs in DIR instead of dist/

The recipe itself is ``installer/coati-desk.spec``; this script renders the icons it needs
(``<work>/icons``: PNGs, .ico for Windows, .icns for macOS, drawn from the svg by Qt), runs
PyInstaller on it, checks that the result starts (``--version``) and reports time and size.
Needs ``pip install pyinstaller`` in the environment where Coati Desk is installed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "coati-desk.spec"
SVG = ROOT / "coati_desk" / "gui" / "assets" / "coati-desk.svg"
APP_NAME = "coati-desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns entries that hold PNG data (macOS 10.7+): type -> pixel size
ICNS_TYPES = {
    "icp4": 16,
    "icp5": 32,
    "icp6": 64,
    "ic07": 128,
    "ic08": 256,
    "ic09": 512,
    "ic10": 1024,  # 512@2x
    "ic11": 32,  # 16@2x
    "ic12": 64,  # 32@2x
    "ic13": 256,  # 128@2x
    "ic14": 512,  # 256@2x
}


def app_version() -> str:
    sys.path.insert(0, str(ROOT))
    from coati_desk import __version__

    return __version__


# -- icons -------------------------------------------------------------------------------------
def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, tuple[bytes, bytes]]:
    """The svg drawn by Qt at each size: {size: (png bytes, raw BGRA rows top-down)}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication, QImage, QImageReader

    _app = QGuiApplication.instance() or QGuiApplication([])
    images: dict[int, tuple[bytes, bytes]] = {}
    for size in sizes:
        reader = QImageReader(str(svg))
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if image.isNull():
            raise SystemExit(
                f"error: Qt cannot draw {svg} ({reader.errorString()}): the svg image plugin "
                "(PySide6/Qt/plugins/imageformats) is missing"
            )
        image = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory (LE)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        raw = b"".join(bytes(image.constScanLine(y))[: size * 4] for y in range(image.height()))
        images[size] = (bytes(buffer.data()), raw)
    return images


def ico_bytes(images: dict[int, tuple[bytes, bytes]]) -> bytes:
    """A Windows .ico: 32-bit DIB entries below 256 px (any Windows), PNG at 256 (Vista+)."""
    entries: list[tuple[int, bytes]] = []
    for size in sorted(images):
        png, bgra = images[size]
        if size >= 256:
            entries.append((size, png))
            continue
        header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
        rows = [bgra[y * size * 4 : (y + 1) * size * 4] for y in range(size)]
        mask_row = b"\0" * (((size + 31) // 32) * 4)  # the alpha channel does the work
        dib = header + b"".join(reversed(rows)) + mask_row * size  # bottom-up
        entries.append((size, dib))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _size, data in entries)


def icns_bytes(images: dict[int, tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns made of PNG entries (what ``iconutil`` writes for macOS 10.7 and later)."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(images[size][0])) + images[size][0]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> None:
    """Render the icons in a child process (Qt stays out of PyInstaller's process)."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, __file__, "--render-icons", str(out)], check=True, env=env)


def _render_icons_here(out: Path) -> None:
    images = render_pngs(SVG, PNG_SIZES)
    for size, (png, _raw) in images.items():
        (out / f"{APP_NAME}-{size}.png").write_bytes(png)
    (out / f"{APP_NAME}.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    (out / f"{APP_NAME}.icns").write_bytes(icns_bytes(images))
    shutil.copy2(SVG, out / f"{APP_NAME}.svg")
    print(f"Icons in {out}: PNG {', '.join(map(str, PNG_SIZES))}, .ico, .icns, .svg")


# -- the build ---------------------------------------------------------------------------------
def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def pyinstaller(out: Path, work: Path, no_prune: bool) -> None:
    try:
        import PyInstaller
    except ImportError:
        raise SystemExit(
            "error: PyInstaller is not installed here: pip install 'pyinstaller>=6.22'"
        ) from None
    print(f"PyInstaller {PyInstaller.__version__}, Python {platform.python_version()}")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if no_prune:
        command += ["--", "--no-prune"]
    # A fresh analysis every time (not --clean: that also empties PyInstaller's cache of
    # stripped libraries in ~/.cache/pyinstaller, which other builds may be using).
    shutil.rmtree(work / APP_NAME, ignore_errors=True)
    subprocess.run(command, check=True, cwd=ROOT)


def cli_executable(app_dir: Path) -> Path:
    if sys.platform == "win32":
        return app_dir / f"{APP_NAME}-cli.exe"  # the windowed .exe has no stdout
    return app_dir / APP_NAME


def check_version(app_dir: Path, version: str) -> None:
    exe = cli_executable(app_dir)
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=120)
    printed = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or printed != f"{APP_NAME} {version}":
        raise SystemExit(f"error: {exe} --version said {printed!r} (exit {result.returncode})")
    print(f"{exe} --version: {printed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)"
    )
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux)")
    parser.add_argument("--tar", action="store_true", help="also build the portable .tar.gz")
    parser.add_argument(
        "--no-build", action="store_true", help="package the existing <out>/coati-desk"
    )
    parser.add_argument(
        "--no-prune", action="store_true", help="keep Qt and system libraries nothing links to"
    )
    parser.add_argument("--maintainer", help="the .deb's Maintainer field")
    parser.add_argument("--render-icons", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.render_icons:
        _render_icons_here(args.render_icons)
        return 0
    if (args.deb or args.tar) and not sys.platform.startswith("linux"):
        parser.error("--deb and --tar build Linux packages: run them on Linux")

    out, work = args.out.resolve(), args.work.resolve()
    version = app_version()
    app_dir = out / APP_NAME
    icons = work / "icons"
    if not args.no_build:
        started = time.monotonic()
        make_icons(icons)
        pyinstaller(out, work, args.no_prune)
        elapsed = time.monotonic() - started
        print(f"Built {app_dir} in {elapsed:.0f} s: {human(folder_size(app_dir))}")
    elif not app_dir.is_dir():
        parser.error(f"--no-build: {app_dir} does not exist")
    check_version(app_dir, version)

    if args.deb or args.tar:
        sys.path.insert(0, str(ROOT / "installer" / "linux"))
        import package

        if not icons.is_dir():
            make_icons(icons)
        if args.deb:
            deb = package.build_deb(app_dir, out, version, icons, work, args.maintainer)
            print(f"Debian package: {deb} ({human(deb.stat().st_size)})")
        if args.tar:
            tarball = package.build_tar(app_dir, out, version, icons)
            print(f"Portable archive: {tarball} ({human(tarball.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
