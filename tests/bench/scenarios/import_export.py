"""Import/export benchmarks (issue 7): CSV, vCard and xlsx imports beside their floors.

- CSV: 100,000 contacts into an empty database (validation and duplicate checks included)
  <= 8 s and <= 2.5x the CSV's lower bound (issue 24; below).
- vCard: 10,000 cards <= 10 s; xlsx: 50,000 rows <= 10 s (issue 24).
- Growth: per row, importing into a copy of the large sample is at most 1.5x slower than
  into an empty database (reported as the ratio to the empty-database run).
- Memory: peak resident size of a whole `rapport import` of the CSV (the process and its
  validation workers) <= 400 MB.
- Reference, no target: the least the libraries need for the same CSV (read, FTS5-indexed as
  search needs it, phones checked on workers started for it, one per core), beside the sqlite3
  command line's `.import` of the same file into a bare table.

Run alone: `python -m tests.bench.scenarios.import_export [/work/data/large.db]`.
"""

from __future__ import annotations

import csv
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from tests.bench.model import BenchEnv, Scenario

CSV_ROWS, VCARD_CARDS, XLSX_ROWS = 100_000, 10_000, 50_000
FIRST = ("Anna", "Jürgen", "Sofia", "Liam", "Zoë", "Mateo", "Chloé", "Lukas", "Amélie", "Noah")
LAST = ("Müller", "Schmidt", "García", "Novak", "Rossi", "Dubois", "Weber", "Fischer")
CITIES = ("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden")


def _people(count: int, seed: int = 7) -> list[tuple[str, str, str, str, str, str]]:
    """Believable rows; the last 1 % repeat earlier e-mails (in-file duplicates to merge)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    rows = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email_n = n if n < count * 0.99 else rng.randrange(count // 2)
        phone = f"+49 30 {1_000_000 + n * 7 % 8_999_999}" if n % 5 else ""
        company = f"{last} GmbH" if n % 3 == 0 else ""
        rows.append(
            (first, last, f"person{email_n}@example.com", phone, company, rng.choice(CITIES))
        )
    return rows


def write_csv(path: Path, count: int = CSV_ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("First Name", "Last Name", "Email", "Phone", "Company", "City"))
        writer.writerows(_people(count))
    return path


def write_vcards(path: Path, count: int = VCARD_CARDS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for first, last, email, phone, company, city in _people(count, seed=11):
            handle.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\n"
                f"EMAIL;TYPE=INTERNET:{email}\r\n"
                + (f"TEL;TYPE=CELL:{phone}\r\n" if phone else "")
                + (f"ORG:{company};\r\n" if company else "")
                + f"ADR;TYPE=HOME:;;;{city};;;DE\r\nEND:VCARD\r\n"
            )
    return path


def write_xlsx(path: Path, count: int = XLSX_ROWS) -> Path:
    import openpyxl  # noqa: PLC0415

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    sheet.append(["First Name", "Last Name", "Email", "Phone", "Company", "City"])
    for row in _people(count, seed=13):
        sheet.append(list(row))
    workbook.save(path)
    return path


def _import_seconds(database: Path, file: Path, home: Path) -> float:
    """One import through the service, timed from reading the file to the commit."""
    from app.bootstrap import build_context  # noqa: PLC0415
    from app.config.paths import AppPaths  # noqa: PLC0415
    from app.services.security import KeyRequest  # noqa: PLC0415

    paths = AppPaths(home / "data", home / "config", home / "logs")
    # plain, like the sqlite3 floor; the encryption cost is the security scenario's subject
    ctx = build_context(database, paths=paths, keys=KeyRequest(plain=True))
    try:
        started = time.perf_counter()
        plan = ctx.imports.plan(ctx.imports.inspect(file))
        report = ctx.imports.run(plan)
        seconds = time.perf_counter() - started
    finally:
        ctx.close()
    assert report.created > 0, report.as_dict()
    return seconds


def _fresh(env: BenchEnv, name: str) -> Path:
    target = env.scratch / name
    target.unlink(missing_ok=True)
    return target


def _data(env: BenchEnv, name: str) -> Path:
    path = env.scratch / name
    if not path.exists():
        {"contacts.csv": write_csv, "cards.vcf": write_vcards, "sheet.xlsx": write_xlsx}[name](path)
    return path


def csv_import(env: BenchEnv) -> float:
    return _import_seconds(_fresh(env, "empty.db"), _data(env, "contacts.csv"), env.scratch)


def sqlite_cli_import(env: BenchEnv) -> float:
    """The floor: sqlite3's own CSV import of the same file into a bare table."""
    target = _fresh(env, "bare.db")
    started = time.perf_counter()
    subprocess.run(
        ["sqlite3", str(target), ".mode csv", f".import {_data(env, 'contacts.csv')} people"],  # noqa: S607
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def csv_lower_bound(env: BenchEnv) -> float:
    """Reference, no target: what the libraries alone need for the same CSV, with nothing of
    the app's. This process starts one worker process per core, reads the file with Python's
    csv module and lets SQLite's FTS5 (configured like `contact_fts`: searchable is part of
    imported) index each row as search needs it, while the workers have phonenumbers parse,
    validate and format every phone (the checks the issue asks for). Its ratio to the sqlite3
    floor is the smallest ratio `csv_import` could ever report on this machine: no contact
    table, no other check, no duplicate matching, no import record.

    Since issue 24's second round it indexes what the import must make searchable, which it
    left out before: the company, the spelling without umlauts beside a name, e-mail or
    company that has them ('mueller' finds 'Müller', as `search_fold` asks), and a phone's
    forms a search starts with (international and national digits, the latter with and without
    the trunk zero) instead of the text as typed, although it formatted them already; and the
    workers' start is timed, which any import that checks on every core pays.
    """
    target = _fresh(env, "fts-only.db")
    cores = os.cpu_count() or 1
    with sqlite3.connect(target) as con:
        con.execute(
            "CREATE VIRTUAL TABLE t USING fts5(name, email, phone, company, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )
        started = time.perf_counter()
        with ProcessPoolExecutor(cores, mp_context=get_context("spawn")) as pool:
            with _data(env, "contacts.csv").open(newline="", encoding="utf-8") as handle:
                rows = list(csv.reader(handle))[1:]
            phones = [row[3] for row in rows if row[3]]
            checks = [
                pool.submit(_phone_forms, phones[n : n + 5_000])
                for n in range(0, len(phones), 5_000)
            ]
            forms = (form for check in checks for form in check.result())
            con.executemany(
                "INSERT INTO t VALUES (?, ?, ?, ?)",
                (
                    (
                        _with_folded(f"{first} {last}"),
                        _with_folded(email),
                        next(forms) if phone else "",
                        _with_folded(company),
                    )
                    for first, last, email, phone, company, *_ in rows
                ),
            )
            con.commit()
            valid = sum(bool(form) for check in checks for form in check.result())
        seconds = time.perf_counter() - started
    assert valid == len(phones), (valid, len(phones))
    return seconds


_FOLDED = (("ue", "u"), ("oe", "o"), ("ae", "a"), ("ß", "ss"), ("ẞ", "ss"))


def _with_folded(text: str) -> str:
    """`text`, followed by its spelling without umlauts when that differs (as search folds a
    word: 'Müller' is also 'muller' after the tokenizer, 'Mueller' needs 'muller' written)."""
    lower = text.lower()
    folded = lower
    for spelled, plain in _FOLDED:
        folded = folded.replace(spelled, plain)
    return text if folded == lower else f"{text} {folded}"


def _phone_forms(phones: list[str]) -> list[str]:
    """Each phone's search forms ("" when phonenumbers finds it invalid): parsed, checked and
    formatted as E.164 (stored, matched) and nationally (searched: "030 1234" finds
    "+49 30 1234…")."""
    import phonenumbers  # noqa: PLC0415

    found = []
    for text in phones:
        number = phonenumbers.parse(text, "DE")
        if not phonenumbers.is_valid_number(number):
            found.append("")
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(ch for ch in national if ch.isdigit())
        found.append(" ".join(dict.fromkeys((e164[1:], digits, digits.lstrip("0")))))
    return found


def vcard_import(env: BenchEnv) -> float:
    return _import_seconds(_fresh(env, "empty.db"), _data(env, "cards.vcf"), env.scratch)


def xlsx_import(env: BenchEnv) -> float:
    return _import_seconds(_fresh(env, "empty.db"), _data(env, "sheet.xlsx"), env.scratch)


def large_import(env: BenchEnv) -> float:
    """The CSV into a copy of the sample database (per row compared with csv_import)."""
    target = _fresh(env, "large-copy.db")
    shutil.copyfile(env.database, target)
    return _import_seconds(target, _data(env, "contacts.csv"), env.scratch)


def import_memory(env: BenchEnv) -> float:
    """Peak resident MB of a whole `rapport import` of the CSV: the import process and its
    validation workers together, sampled from /proc every 20 ms.

    Not ru_maxrss: Linux carries a process's high-water mark across exec, so a child started by
    this (large) benchmark process reported the benchmark's own peak (741.7 MB in session 1).
    """
    target = _fresh(env, "memory.db")
    arguments = ["--db", str(target), "import", "--plain", str(_data(env, "contacts.csv"))]
    command = [
        env.python,
        "-c",
        f"import sys; from app.cli import main; sys.exit(main({arguments!r}))",
    ]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.02)
        if process.returncode != 0:
            errors.seek(0)
            raise RuntimeError(errors.read().decode(errors="replace"))
    return peak / 1024


def _tree_rss_kib(root: int) -> int:
    """Resident KiB of `root` and all its descendants now (0 for processes already gone)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= children
        grew = bool(children)
    return sum(_rss_kib(pid) for pid in tree)


def _rss_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "")
    return int(found.split()[1]) if found else 0


SCENARIOS: list[Scenario] = [
    # Issue 24: beside the CSV's lower bound (what the libraries alone need), not the sqlite3
    # command line's `.import`, which no importer that validates and indexes can approach.
    Scenario(
        "import: 100k-contact CSV into an empty database",
        24,
        csv_import,
        floor=csv_lower_bound,
        target=8.0,
        max_ratio=2.5,
        repeat=3,
        warmup=0,
    ),
    Scenario(
        "import: 100k-contact CSV, lower bound (reference)",
        7,
        csv_lower_bound,
        floor=sqlite_cli_import,
        repeat=3,
        warmup=0,
    ),
    Scenario("import: 10k vCards", 7, vcard_import, target=10.0, repeat=3, warmup=0),
    Scenario("import: 50k-row xlsx", 24, xlsx_import, target=10.0, repeat=3, warmup=0),
    Scenario(
        "import: 100k-contact CSV into the large sample (floor: empty database)",
        7,
        large_import,
        floor=csv_import,
        max_ratio=1.5,
        repeat=3,
        warmup=0,
    ),
    Scenario(
        "import: peak memory of a 100k-contact CSV import",
        7,
        import_memory,
        target=400.0,
        unit="MB",
        repeat=1,
        warmup=0,
    ),
]


def main() -> None:
    database = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/data/large.db")
    with tempfile.TemporaryDirectory() as scratch:
        env = BenchEnv("large", database, Path(scratch), sys.executable)
        for scenario in SCENARIOS:
            value = scenario.measure(env)
            floor = scenario.floor(env) if scenario.floor else None
            ratio = f"  ratio {value / floor:.2f}" if floor else ""
            print(f"{scenario.name}: {value:.2f} {scenario.unit}{ratio}", flush=True)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"(bench process peak {peak:.0f} MB)")


if __name__ == "__main__":
    main()
