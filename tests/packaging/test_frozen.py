"""The frozen build works without the source tree: run by `make package` and `.ci/run`.

Without RAPPORT_PACKAGE_BUILT=1 the session builds first (packaging/build.py: one-dir, .tar.gz,
.deb and the report); `make package` builds once and sets it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from app import __version__
from app.config.logs import LOG_FILE
from app.services.import_export.parallel import PARALLEL_MIN_BYTES

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
ONEDIR = DIST / "rapport"
BUILT_ENV = "RAPPORT_PACKAGE_BUILT"
RUN_TIMEOUT = 300
SIZE_BUDGET_BYTES = 160_000_000  # what it is made of: packaging/README.md
TRANSLATIONS = ROOT / "resources" / "translations"


def _linux_packaging() -> ModuleType:
    """packaging/linux.py, loaded by path: a `packaging` import would find the PyPI library."""
    spec = importlib.util.spec_from_file_location("rapport_linux", ROOT / "packaging" / "linux.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def onedir() -> Path:
    if os.environ.get(BUILT_ENV) != "1":
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    assert (ONEDIR / "rapport").is_file(), "packaging/build.py made no dist/rapport/rapport"
    return ONEDIR


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def run(command: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run away from the source tree, offscreen, with every folder under `home`."""
    env = {**os.environ, "RAPPORT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RAPPORT_DB", None)
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
    )


def log_problems(home: Path) -> list[str]:
    log = home / "logs" / LOG_FILE
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return [line for line in lines if " WARNING " in line or " ERROR " in line]


def test_version(onedir: Path, home: Path, tmp_path: Path) -> None:
    done = run([str(onedir / "rapport"), "--version"], home, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"rapport {__version__}"


def test_self_test_offscreen(onedir: Path, home: Path, tmp_path: Path) -> None:
    done = run([str(onedir / "rapport"), "--self-test"], home, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    assert "migrated to schema" in done.stdout  # the alembic scripts were found and run
    assert "main window rendered" in done.stdout
    assert "Unicode collation and time-zone names (ICU) work" in done.stdout  # trimmed ICU data
    assert "dashboard drawn on the small demo database" in done.stdout  # pyqtgraph and numpy
    assert "duplicate search ran" in done.stdout  # rapidfuzz
    assert log_problems(home) == []  # e.g. no "No application icon found"


def test_demo_then_check(onedir: Path, home: Path, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    demo = run([str(onedir / "rapport"), "demo", "--db", str(database), "--json"], home, tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["counts"]["contact"] > 0
    check = run([str(onedir / "rapport"), "check", "--db", str(database), "--json"], home, tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report["ok"] is True
    assert {c["name"] for c in report["checks"]} >= {
        "integrity_check",
        "schema_version",
        "audit_chain",
    }


@pytest.mark.parametrize("fmt", ["vcard4", "xlsx"])
def test_contacts_export_then_import(onedir: Path, home: Path, tmp_path: Path, fmt: str) -> None:
    """vobject and openpyxl work frozen: contacts written by one database load into another."""
    rapport, source = str(onedir / "rapport"), tmp_path / "source.db"
    demo = run([rapport, "demo", "--plain", "--db", str(source)], home, tmp_path)
    assert demo.returncode == 0, demo.stderr
    exported = tmp_path / ("contacts.vcf" if fmt == "vcard4" else "contacts.xlsx")
    export = run(
        [rapport, "export", "contacts", str(exported), "--format", fmt, "--ids", "1,2,3",
         "--db", str(source)],
        home,
        tmp_path,
    )  # fmt: skip
    assert export.returncode == 0, export.stdout + export.stderr
    target = tmp_path / "target.db"
    done = run(
        [rapport, "import", str(exported), "--kind", "contacts", "--plain", "--json",
         "--db", str(target)],
        home,
        tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["created"] == 3


def test_big_csv_is_checked_by_worker_processes(onedir: Path, home: Path, tmp_path: Path) -> None:
    """A file past PARALLEL_MIN_BYTES is checked by spawned workers, which start through the
    frozen executable (main.py's freeze_support): they must check rows, not start the app."""
    rows = (PARALLEL_MIN_BYTES // 40) + 1_000
    source = tmp_path / "big.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Name,Email,Phone\n")
        handle.writelines(
            f"Person {n},person{n}@example.com,+49 30 {1_000_000 + n}\n" for n in range(rows)
        )
    assert source.stat().st_size > PARALLEL_MIN_BYTES
    done = run(
        [str(onedir / "rapport"), "import", str(source), "--plain", "--json",
         "--db", str(tmp_path / "big.db")],
        home,
        tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["created"] == rows
    assert not log_problems(home)


def test_bundle_within_size_budget(onedir: Path) -> None:
    """The one-dir build holds at most 160 MB (dist/package-report.json lists its largest
    parts); packaging/README.md says what the budget is made of."""
    files = [f for f in onedir.rglob("*") if f.is_file() and not f.is_symlink()]
    assert sum(f.stat().st_size for f in files) <= SIZE_BUDGET_BYTES


def test_bundle_has_the_translations(onedir: Path) -> None:
    """Each resources/translations/*.ts ships compiled, with Qt's own catalogue for its language."""
    languages = [ts.stem.removeprefix("rapport_") for ts in TRANSLATIONS.glob("rapport_*.ts")]
    internal = onedir / "_internal"
    for language in languages:
        assert (internal / "resources" / "translations" / f"rapport_{language}.qm").is_file()
        assert (internal / "PySide6" / "Qt" / "translations" / f"qtbase_{language}.qm").is_file()
    assert not list((internal / "resources").rglob("*.ts")), "catalogue sources were bundled"


def test_bundle_has_what_is_loaded_by_name(onedir: Path) -> None:
    """What imports cannot reveal: alembic scripts as files, the app's resources, keyring's
    entry points."""
    internal = onedir / "_internal"
    migrations = internal / "app" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "versions" / "0001_initial_schema.py").is_file()
    assert (internal / "resources" / "icons" / "rapport-256.png").is_file()
    assert (internal / "resources" / "icons" / "ui" / "contacts.svg").is_file()  # the icon set
    assert (internal / "docs" / "user-guide.md").is_file()  # Help > User Guide
    entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points, "keyring's metadata (its backend entry points) is missing"
    # the public holidays' names in the settings' languages (holidays reads them with gettext)
    assert (internal / "holidays" / "locale" / "de" / "LC_MESSAGES" / "DE.mo").is_file()


def test_bundle_modules(onedir: Path) -> None:
    """keyring backends, sqlcipher3 and pyqtgraph are in; other Qt bindings and the stdlib
    sqlite3 (which must never open our files) are out."""
    from PyInstaller.archive.readers import CArchiveReader  # noqa: PLC0415 - build tool

    package = CArchiveReader(str(onedir / "rapport"))
    modules = set(package.open_embedded_archive("PYZ.pyz").toc)
    assert {
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "keyring.backends.libsecret",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "secretstorage",
        "jeepney.io.blocking",
        "sqlcipher3.dbapi2",
        "pyqtgraph",
        "alembic.runtime.migration",
        "alembic.ddl.sqlite",
        "holidays.countries.germany",  # imported by name when a business picks its country
        "holidays.countries.united_states",
    } <= modules
    roots = {name.split(".")[0] for name in modules}
    assert not roots & {"PyQt5", "PyQt6", "PySide2", "matplotlib", "sqlite3", "tkinter"}
    internal = onedir / "_internal"
    stdlib_extensions = internal / f"python{sys.version_info.major}.{sys.version_info.minor}"
    assert list(stdlib_extensions.rglob("_json.*")), "no stdlib extension modules where expected"
    assert not list(stdlib_extensions.rglob("_sqlite3.*")), "the stdlib sqlite3 was bundled"
    # hashlib.scrypt (passphrase keys when no keychain is usable) lives in OpenSSL's _hashlib
    assert list(stdlib_extensions.rglob("_hashlib.*")), "_hashlib is missing: no scrypt"
    qt = internal / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so"} <= platforms
    assert not (qt / "qml").exists()


def test_tarball_holds_the_build(onedir: Path) -> None:
    import tarfile  # noqa: PLC0415

    tarball = DIST / f"rapport-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = f"rapport-{__version__}"
    assert {f"{top}/rapport", f"{top}/rapport.desktop", f"{top}/rapport.svg"} <= names
    assert f"{top}/_internal/app/storage/migrations/versions/0001_initial_schema.py" in names


def _tool(name: str) -> str:
    """A system tool's full path (the tests run as root: no lookup through a changed PATH)."""
    path = shutil.which(name)
    assert path is not None, f"{name} is not installed"
    return path


def _apt_install(packages: list[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([_tool("apt-get"), "update", "-qq"], check=True, env=env, timeout=RUN_TIMEOUT)
    subprocess.run(
        [_tool("apt-get"), "install", "-y", "-qq", "--no-install-recommends", *packages],
        check=True,
        env=env,
        timeout=RUN_TIMEOUT,
    )


def _unresolved_libraries(folder: Path) -> list[str]:
    """`ldd` lines saying 'not found' for every shared object in the installed build."""
    found: list[str] = []
    for library in sorted(folder.rglob("*.so*")):
        if library.is_symlink() or not library.is_file():
            continue
        done = subprocess.run(
            [_tool("ldd"), str(library)], capture_output=True, text=True, check=False
        )
        found += [f"{library.name}: {line.strip()}" for line in done.stdout.splitlines()
                  if "not found" in line]  # fmt: skip
    return found


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("dpkg") is None,
    reason="installing a .deb needs root and dpkg (CI runs as root on Debian)",
)
def test_deb_installs_runs_and_removes(onedir: Path, home: Path, tmp_path: Path) -> None:
    _apt_install(_linux_packaging().package_names())
    subprocess.run(
        [_tool("dpkg"), "-i", str(DIST / f"rapport_{__version__}_amd64.deb")], check=True
    )
    try:
        command = Path("/usr/bin/rapport")
        assert command.resolve() == Path("/opt/rapport/rapport")
        assert Path("/usr/share/applications/rapport.desktop").is_file()
        assert Path("/usr/share/icons/hicolor/256x256/apps/rapport.png").is_file()
        done = run([str(command), "--self-test"], home, tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "self-test passed" in done.stdout
        assert _unresolved_libraries(Path("/opt/rapport/_internal")) == [], (
            "the .deb's Depends miss libraries the build leaves out"
        )
    finally:
        subprocess.run([_tool("dpkg"), "-r", "rapport"], check=True)
    assert not Path("/opt/rapport").exists()
    assert not Path("/usr/bin/rapport").exists()
    assert not Path("/usr/share/applications/rapport.desktop").exists()
