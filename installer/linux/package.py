"""Linux packages from the one-folder build: a .deb and a portable .tar.gz.

Used by ``python installer/build.py --deb --tar``; on its own, for a folder already built:

    python installer/linux/package.py --deb --tar [--app dist/coati-desk] [--out dist]

The .deb installs the folder to /opt/coati-desk, a launcher /usr/bin/coati-desk (a symlink: the
PyInstaller bootloader finds its _internal folder through /proc/self/exe), the desktop entry and
the icon. Its Depends are worked out from the build with ldd: the libraries the bundle links to
but does not carry (libGL, libxcb...), each mapped to its Debian package, plus the packages whose
data the bundled libraries read at run time (fontconfig's configuration and fonts, the XKB
keyboard maps). Removing or purging it never touches a user's files.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_NAME = "coati-desk"
DESKTOP_FILE = ROOT / "resources" / f"{APP_NAME}.desktop"
SVG = ROOT / "coati_desk" / "gui" / "assets" / f"{APP_NAME}.svg"
PREFIX = f"/opt/{APP_NAME}"
DEFAULT_MAINTAINER = "Coati Desk maintainers <coati-desk@example.org>"
PNG_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

# Debian packages for sonames that may be missing on the build machine (so no dpkg -S answer).
KNOWN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
# Always depended on, bundled or not: libfontconfig1 brings fontconfig-config and a font (a Qt
# window without fonts shows no text); libxkbcommon-x11-0 brings xkb-data (no keyboard input
# without it); libdbus-1-3 and libxcb-cursor0 are what Qt's xcb plugin documents as needed.
RUNTIME_PACKAGES = (
    "libfontconfig1",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libdbus-1-3",
    "libgl1",
    "libegl1",
)
GLIBC_PACKAGE = "libc6"
GLIBC_SONAMES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def external_libraries(app_dir: Path) -> dict[str, str | None]:
    """Sonames the bundle links to but does not carry: {soname: system path or None}.

    Only those a bundled binary names itself (libGL's own libGLX is libgl1's business)."""
    elves = _elf_files(app_dir)
    bundled_dirs = sorted({str(p.parent) for p in elves})
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(bundled_dirs))
    external: dict[str, str | None] = {}
    needed: set[str] = set()  # what the bundle links to itself (ldd also lists their deps)
    for elf in elves:
        dump = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True)
        needed.update(re.findall(r"^\s*NEEDED\s+(\S+)", dump.stdout, re.MULTILINE))
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (not found|(\S+))", line)
            if not match:
                continue
            soname, target = match.group(1), match.group(3)
            if target is None:
                external.setdefault(soname, None)
            elif not Path(target).resolve().is_relative_to(app_dir.resolve()):
                external[soname] = target
    return {soname: path for soname, path in external.items() if soname in needed}


def glibc_minimum(app_dir: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any bundled binary asks for."""
    newest: tuple[int, ...] = ()
    for elf in _elf_files(app_dir):
        dump = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True)
        for found in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", dump.stdout):
            newest = max(newest, tuple(int(n) for n in found.split(".")))
    return ".".join(map(str, newest)) if newest else None


def _package_of(soname: str, path: str | None) -> str | None:
    if soname in GLIBC_SONAMES or soname.startswith("ld-linux"):
        return GLIBC_PACKAGE
    if path:
        for candidate in {path, str(Path(path).resolve())}:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                return result.stdout.split(":", 1)[0].strip()
    return KNOWN_PACKAGES.get(soname)


def depends(app_dir: Path) -> tuple[list[str], list[str]]:
    """The Depends list, and the sonames no package could be found for."""
    packages: set[str] = set(RUNTIME_PACKAGES)
    unknown: list[str] = []
    for soname, path in sorted(external_libraries(app_dir).items()):
        package = _package_of(soname, path)
        if package is None:
            unknown.append(soname)
        else:
            packages.add(package)
    glibc = glibc_minimum(app_dir)
    packages.discard(GLIBC_PACKAGE)
    result = [f"{GLIBC_PACKAGE} (>= {glibc})" if glibc else GLIBC_PACKAGE, *sorted(packages)]
    return result, unknown


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    target.chmod(mode)


def build_deb(
    app_dir: Path,
    out_dir: Path,
    version: str,
    icons: Path | None = None,
    work: Path | None = None,
    maintainer: str | None = None,
) -> Path:
    """``<out_dir>/coati-desk_<version>_<arch>.deb`` from the one-folder build."""
    arch = deb_architecture()
    stage_parent = (work or out_dir) / "deb"
    stage = stage_parent / f"{APP_NAME}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    old_umask = os.umask(0o022)
    try:
        _copy_tree(app_dir, stage / PREFIX.lstrip("/"))
        launcher = stage / "usr/bin" / APP_NAME
        launcher.parent.mkdir(parents=True)
        launcher.symlink_to(f"{PREFIX}/{APP_NAME}")
        _install(DESKTOP_FILE, stage / f"usr/share/applications/{APP_NAME}.desktop")
        _install(SVG, stage / f"usr/share/icons/hicolor/scalable/apps/{APP_NAME}.svg")
        for size in PNG_ICON_SIZES:  # for menus and docks that do not draw svg
            png = icons / f"{APP_NAME}-{size}.png" if icons else None
            if png is not None and png.exists():
                _install(png, stage / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_NAME}.png")
        docs = stage / f"usr/share/doc/{APP_NAME}"
        docs.mkdir(parents=True)
        (docs / "copyright").write_text(
            "Coati Desk\nLicense: Apache-2.0\n"
            "On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.\n"
            "The bundled Python, Qt (LGPLv3) and libraries keep their own licenses.\n"
        )

        control_dir = stage / "DEBIAN"
        control_dir.mkdir()
        for script in ("postinst", "postrm"):
            _install(HERE / "debian" / script, control_dir / script, 0o755)
        dependencies, unknown = depends(app_dir)
        if unknown:
            print(f"warning: no Debian package known for {', '.join(unknown)}", file=sys.stderr)
        installed_kib = (
            sum(p.lstat().st_size for p in stage.rglob("*") if "DEBIAN" not in p.parts) // 1024 + 1
        )
        control = {
            "Package": APP_NAME,
            "Version": version,
            "Section": "misc",
            "Priority": "optional",
            "Architecture": arch,
            "Maintainer": maintainer or DEFAULT_MAINTAINER,
            "Installed-Size": str(installed_kib),
            "Depends": ", ".join(dependencies),
            "Description": "payroll control panel that calculates in the background\n"
            " Coati Desk calculates payrolls (planillas) one task per employee, in the\n"
            " background, without freezing the window; its queue is Huey on a folder, or\n"
            " Dramatiq on Redis when REDIS_URL answers.\n"
            " .\n"
            " This package carries its own Python and Qt in /opt/coati-desk.",
        }
        (control_dir / "control").write_text(
            "".join(f"{key}: {value}\n" for key, value in control.items())
        )
        sums = []
        for path in sorted(stage.rglob("*")):
            if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
                digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
                sums.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
        (control_dir / "md5sums").write_text("".join(sums))
        (control_dir / "md5sums").chmod(0o644)
        (control_dir / "control").chmod(0o644)
    finally:
        os.umask(old_umask)

    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{APP_NAME}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"Depends: {control['Depends']}")
    return deb


def build_tar(app_dir: Path, out_dir: Path, version: str, icons: Path | None = None) -> Path:
    """``<out_dir>/coati-desk-<version>-linux-<arch>.tar.gz``: the folder, the desktop entry,
    the icon, a README and a script that adds (or removes) the menu entry for one user."""
    arch = platform.machine().lower() or "unknown"
    top = f"{APP_NAME}-{version}"
    out_dir.mkdir(parents=True, exist_ok=True)
    tarball = out_dir / f"{APP_NAME}-{version}-linux-{arch}.tar.gz"
    extras = {
        f"{APP_NAME}.desktop": (DESKTOP_FILE, 0o644),
        f"{APP_NAME}.svg": (SVG, 0o644),
        "README.txt": (HERE / "README.portable.txt", 0o644),
        "install-menu-entry.sh": (HERE / "install-menu-entry.sh", 0o755),
    }
    if icons is not None and (icons / f"{APP_NAME}-256.png").exists():
        extras[f"{APP_NAME}.png"] = (icons / f"{APP_NAME}-256.png", 0o644)

    def normalized(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=9) as tar:
        tar.add(app_dir, arcname=top, filter=normalized)
        for name, (source, mode) in extras.items():
            info = normalized(tar.gettarinfo(str(source), arcname=f"{top}/{name}"))
            info.mode = mode
            with source.open("rb") as f:
                tar.addfile(info, f)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The .deb and .tar.gz from the one-folder build.")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / APP_NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--deb", action="store_true")
    parser.add_argument("--tar", action="store_true")
    parser.add_argument("--maintainer")
    parser.add_argument("--depends", action="store_true", help="print the Depends and stop")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from coati_desk import __version__

    if args.depends:
        dependencies, unknown = depends(args.app)
        print("Depends:", ", ".join(dependencies))
        for soname, path in sorted(external_libraries(args.app).items()):
            print(f"  {soname} => {path or 'not found on this machine'}")
        if unknown:
            print("no package known for:", ", ".join(unknown))
        return 0
    icons = args.icons if args.icons.is_dir() else None
    if args.deb:
        print(build_deb(args.app, args.out, __version__, icons, ROOT / "build", args.maintainer))
    if args.tar:
        print(build_tar(args.app, args.out, __version__, icons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
