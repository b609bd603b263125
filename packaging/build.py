"""`make package`: the PyInstaller one-dir build, its .tar.gz and .deb, and the issue's numbers.

The translation catalogues (resources/translations/*.ts) are compiled to .qm first, with the
lrelease shipped inside the PySide6 wheel, so the build bundles them (the .qm are not committed).

Prints and writes dist/package-report.json: build time, one-dir size with its ten largest files,
and start to first paint of the frozen app against the same from source, measured in one run.
`--onedir-only` stops after PyInstaller (the packaging benchmark uses it).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import linux

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build"
TRANSLATIONS = ROOT / "resources" / "translations"
ONEDIR = DIST / "rapport"
STARTUP_SAMPLES = 5
MB = 1_000_000

sys.path.insert(0, str(ROOT))
from tests.bench.scenarios.packaging import compare_first_paint  # noqa: E402


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise SystemExit("app/__init__.py has no __version__")
    return match[1]


def lrelease() -> Path | None:
    """The lrelease program inside the installed PySide6 package, if it has one."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return Path(folder) / name
    return None


def compile_translations() -> list[Path]:
    """resources/translations/rapport_xx.ts -> rapport_xx.qm beside it; returns the .qm files."""
    catalogues = sorted(TRANSLATIONS.glob("*.ts"))
    tool = lrelease()
    if catalogues and tool is None:
        raise SystemExit("PySide6 has no lrelease: the translations cannot be compiled")
    for catalogue in catalogues:
        subprocess.run(  # noqa: S603 - PySide6's own tool on our files
            [str(tool), "-silent", str(catalogue), "-qm", str(catalogue.with_suffix(".qm"))],
            check=True,
        )
    return [catalogue.with_suffix(".qm") for catalogue in catalogues]


def build_onedir() -> None:
    """Run PyInstaller on a clean dist/rapport."""
    shutil.rmtree(ONEDIR, ignore_errors=True)
    subprocess.run(  # noqa: S603 - our own interpreter and spec
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(ROOT / "packaging" / "rapport.spec"),
        ],
        check=True,
    )


def size_report(folder: Path) -> dict[str, object]:
    """Total size in MB, the ten largest files and what each package costs (the top-level
    entries of _internal, PySide6 split into its parts), relative to the one-dir folder."""
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    largest = sorted(files, key=lambda f: f.stat().st_size, reverse=True)[:10]
    packages: dict[str, int] = {}
    for file in files:
        parts = file.relative_to(folder).parts
        key = "/".join(parts[: 4 if parts[1:3] == ("PySide6", "Qt") else 2])
        packages[key] = packages.get(key, 0) + file.stat().st_size
    return {
        "total_mb": round(sum(f.stat().st_size for f in files) / MB, 1),
        "files": len(files),
        "largest_mb": {
            str(f.relative_to(folder)): round(f.stat().st_size / MB, 1) for f in largest
        },
        "packages_mb": {
            key: round(size / MB, 2)
            for key, size in sorted(packages.items(), key=lambda item: -item[1])[:20]
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onedir-only", action="store_true", help="stop after PyInstaller")
    args = parser.parse_args()
    started = time.perf_counter()
    compiled = compile_translations()
    build_onedir()
    build_seconds = time.perf_counter() - started
    if args.onedir_only:
        return 0
    ver = version()
    started = time.perf_counter()
    tarball = linux.make_tarball(ONEDIR, DIST, ver)
    deb = linux.make_deb(ONEDIR, DIST, WORK / "deb", ver)
    archive_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="rapport-startup-") as tmp:
        startup = compare_first_paint(Path(tmp), sys.executable, STARTUP_SAMPLES)
    report = {
        "version": ver,
        "build_seconds": round(build_seconds, 1),
        "translations": [qm.name for qm in compiled],
        "archive_seconds": round(archive_seconds, 1),
        "onedir": size_report(ONEDIR),
        "tarball_mb": round(tarball.stat().st_size / MB, 1),
        "deb_mb": round(deb.stat().st_size / MB, 1),
        "first_paint": startup,
    }
    (DIST / "package-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
