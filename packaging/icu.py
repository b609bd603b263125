"""Linux: a smaller libicudata for the one-dir build (32 MB of ICU data, most of it unused).

Qt Core calls ICU for four things only: collation (QCollator), case mapping, time-zone names
(QTimeZone) and legacy text codecs (QStringDecoder). Rapport uses none of the codecs, and Qt
formats numbers, dates and language names from its own CLDR tables. So this keeps the shared
calendar, normalisation and time-zone data, plus locale data, collation and zone names for
English and the languages Rapport ships, and drops unit, currency, language and region names,
break-iterator dictionaries, transliterators, spell-out rules, character names and the codec
tables. Other languages fall back to ICU's root data: they sort in Unicode's default order and
see English time-zone names. The self-test checks collation and zone names in the frozen app.

The data is taken out of Qt's own libicudata (`icupkg`, from icu-devtools), trimmed, and linked
back into a library with the same soname and symbol (gcc), so nothing else changes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

TOOLS = ("readelf", "icupkg", "gcc")  # binutils, icu-devtools, gcc (packaging/ci-deps.sh)
DROP_TREES = ("unit/", "curr/", "lang/", "region/", "translit/", "rbnf/", "brkitr/")
DROP_SUFFIXES = (".cnv", ".spp")  # codec tables; stringprep (IDNA, which Qt does itself)
DROP_NAMES = ("unames.icu",)  # Unicode character names
PER_LANGUAGE_TREES = ("coll/", "zone/")  # kept for root and the shipped languages only, as are
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")  # the top-level locale data (de.res, de_AT.res)
TREE_FILES = ("root", "res_index", "pool", "tzdbNames", "ucadata")
ALWAYS_LANGUAGES = ("en",)


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wanted(item: str, languages: tuple[str, ...]) -> bool:
    """Whether an item of the ICU package (e.g. `coll/de.res`) stays in the build."""
    if item.startswith(DROP_TREES) or item.endswith(DROP_SUFFIXES) or item in DROP_NAMES:
        return False
    tree = next((t for t in PER_LANGUAGE_TREES if item.startswith(t)), None)
    if tree is None and "/" in item:
        return True
    stem = item[len(tree or "") :].rsplit(".", 1)[0]
    if tree is None and not (item.endswith(".res") and LOCALE.fullmatch(stem)):
        return True  # top-level data shared by every locale (supplementalData, zoneinfo64...)
    return stem in TREE_FILES or stem.split("_")[0] in (*ALWAYS_LANGUAGES, *languages)


def trim_icudata(library: Path, workdir: Path, languages: tuple[str, ...]) -> Path:
    """A copy of `library` (libicudata.so.NN) holding only the data Rapport can reach."""
    workdir.mkdir(parents=True, exist_ok=True)
    symbol, data = _extract(library)
    package = symbol.removesuffix("_dat") + "l.dat"  # icupkg wants its own name: icudt73l.dat
    (workdir / "full").mkdir(exist_ok=True)
    full, trimmed = workdir / "full" / package, workdir / package
    full.write_bytes(data)
    listing = _run("icupkg", "-l", str(full)).split()
    drop = [item for item in listing if not wanted(item, languages)]
    (workdir / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
    trimmed.unlink(missing_ok=True)
    _run("icupkg", "-r", str(workdir / "drop.txt"), str(full), str(trimmed))
    source = workdir / f"{symbol}.S"
    source.write_text(
        "\n".join(
            (
                '.section .rodata,"a"',
                f".globl {symbol}",
                f".type {symbol}, @object",
                ".balign 16",
                f"{symbol}:",
                f'.incbin "{trimmed}"',
                f".size {symbol}, . - {symbol}",
                '.section .note.GNU-stack,"",@progbits',
                "",
            )
        ),
        encoding="utf-8",
    )
    out = workdir / library.name
    _run(
        "gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-s", "-o", str(out),
        str(source),
    )  # fmt: skip
    return out


def _extract(library: Path) -> tuple[str, bytes]:
    """The data symbol's name (icudtNN_dat) and bytes, found through the ELF tables."""
    symbols = _run("readelf", "-Ws", "--dyn-syms", str(library))
    match = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+"
                      r"(icudt\d+_dat)\b", symbols)  # fmt: skip
    if match is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol")
    address, size, symbol = int(match[1], 16), int(match[2], 0), match[3]
    for line in _run("readelf", "-SW", str(library)).splitlines():
        section = re.match(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)",
                           line)  # fmt: skip
        if section is None:
            continue
        start, offset, length = (int(group, 16) for group in section.groups())
        if start <= address < start + length:
            with library.open("rb") as handle:
                handle.seek(offset + address - start)
                return symbol, handle.read(size)
    raise SystemExit(f"{library}: {symbol} lies in no section")


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
