"""Linux distributables of the one-dir build: a .tar.gz and a .deb installing to /opt/rapport."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
ICONS = ROOT / "resources" / "icons"
DEB_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What the frozen Qt needs from the system: the build leaves these libraries out (SYSTEM_LIBS in
# rapport.spec) so the distribution's own, security-updated copies are used.
DEPENDS = (
    "libc6 (>= 2.34)",
    "libstdc++6",
    "libffi8",
    "libssl3 | libssl3t64",
    "zlib1g",
    "libglib2.0-0",
    "libdbus-1-3",
    "fontconfig",
    "libfontconfig1",
    "libfreetype6",
    "libpng16-16",
    "libharfbuzz0b",
    "libjpeg62-turbo | libjpeg62",
    "libegl1",
    "libgl1",
    "libopengl0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libpq5",  # team sync: psycopg uses the system's libpq
)


def package_names() -> list[str]:
    """The Depends as installable names (the first of each alternative), for apt-get."""
    return [dep.split("|")[0].split("(")[0].strip() for dep in DEPENDS]


def make_tarball(onedir: Path, out: Path, version: str) -> Path:
    """rapport-VERSION/ holding the one-dir build, its desktop entry and icon."""
    tarball = out / f"rapport-{version}-linux-x86_64.tar.gz"
    top = f"rapport-{version}"
    with tarfile.open(tarball, "w:gz", compresslevel=3) as archive:  # fast, nearly as small
        archive.add(onedir, arcname=top)
        archive.add(PACKAGING / "rapport.desktop", arcname=f"{top}/rapport.desktop")
        archive.add(ICONS / "rapport.svg", arcname=f"{top}/rapport.svg")
    return tarball


def make_deb(onedir: Path, out: Path, staging: Path, version: str) -> Path:
    """A .deb: the build in /opt/rapport, /usr/bin/rapport linking to it, menu entry and icons."""
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(onedir, staging / "opt" / "rapport", symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / "rapport").symlink_to("/opt/rapport/rapport")
    share = staging / "usr" / "share"
    _install(PACKAGING / "rapport.desktop", share / "applications" / "rapport.desktop")
    _install(ICONS / "rapport.svg", share / "icons/hicolor/scalable/apps/rapport.svg")
    for size in DEB_ICON_SIZES:
        _install(
            ICONS / f"rapport-{size}.png", share / f"icons/hicolor/{size}x{size}/apps/rapport.png"
        )
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(_control(version, _installed_kib(staging)), encoding="utf-8")
    deb = out / f"rapport_{version}_amd64.deb"
    subprocess.run(  # noqa: S603 - fixed command on paths we made
        [_tool("dpkg-deb"), "--root-owner-group", "-Zzstd", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} is needed to build the .deb (apt-get install dpkg)")
    return path


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    target.chmod(0o644)


def _installed_kib(root: Path) -> int:
    return (
        sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    )


def _control(version: str, installed_kib: int) -> str:
    return (
        "Package: rapport\n"
        f"Version: {version}\n"
        "Section: office\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        "Maintainer: Rapport <dev@rapport.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Description: offline-first desktop CRM\n"
        " Contacts, their timeline, complaints and how they were put right, and the\n"
        " trends that tell whether customers are happy and staying, in one local file.\n"
    )


if __name__ == "__main__":
    print(" ".join(package_names()))  # for apt-get in packaging/ci-deps.sh
