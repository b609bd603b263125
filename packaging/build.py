"""`make package`: the PyInstaller one-dir build, its .tar.gz and .deb, and the issue's numbers.

Prints and writes dist/package-report.json: build time, one-dir size with its ten largest files,
and start to first paint of the frozen app against the same from source, measured in one run.
`--onedir-only` stops after PyInstaller (the packaging benchmark uses it).
"""

from __future__ import annotations

import argparse
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


def build_onedir() -> float:
    """Run PyInstaller on a clean dist/rapport; returns the seconds it took."""
    shutil.rmtree(ONEDIR, ignore_errors=True)
    started = time.perf_counter()
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
    return time.perf_counter() - started


def size_report(folder: Path) -> dict[str, object]:
    """Total size in MB and the ten largest files, relative to the one-dir folder."""
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    largest = sorted(files, key=lambda f: f.stat().st_size, reverse=True)[:10]
    return {
        "total_mb": round(sum(f.stat().st_size for f in files) / MB, 1),
        "files": len(files),
        "largest_mb": {
            str(f.relative_to(folder)): round(f.stat().st_size / MB, 1) for f in largest
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onedir-only", action="store_true", help="stop after PyInstaller")
    args = parser.parse_args()
    build_seconds = build_onedir()
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
