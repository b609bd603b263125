"""Limits that keep a hostile or mistaken file from exhausting the machine, and cell safety."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP, UserError

MEGABYTE = 1024 * 1024
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """How much an import may read; the file size comes from the business settings."""

    max_file_bytes: int = 200 * MEGABYTE
    max_rows: int = 1_000_000
    max_field_chars: int = 100_000
    max_unzipped_bytes: int = 2_000 * MEGABYTE  # xlsx: the sum of the uncompressed parts
    max_zip_ratio: int = 200  # xlsx: uncompressed / compressed size of any one part


def check_file_size(path: Path, limits: ImportLimits) -> int:
    """The file's size in bytes; UserError when it is missing or larger than the limit."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no file at {path}."), path=path
        ) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} cannot be read ({reason})."),
            path=path,
            reason=exc.strerror,
        ) from exc
    if size > limits.max_file_bytes:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The file {path} is {size_mb:,.0f} MB; the import limit is "
                "{limit_mb:,.0f} MB (change it in the settings).",
            ),
            path=path.name,
            size_mb=size / MEGABYTE,
            limit_mb=limits.max_file_bytes / MEGABYTE,
        )
    return size


def content_bytes(path: Path) -> int:
    """How much text the file holds: an xlsx (a zip) by its parts' unpacked size, since it
    compresses its rows 5 to 10 times; any other file by its size."""
    if not zipfile.is_zipfile(path):
        return path.stat().st_size
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def check_zip_bomb(path: Path, limits: ImportLimits) -> None:
    """Refuse an xlsx whose parts expand beyond the limits before any XML is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The file {path} is not a valid Excel (.xlsx) workbook."
            ),
            path=path.name,
        ) from exc
    total = sum(info.file_size for info in infos)
    if total > limits.max_unzipped_bytes:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The workbook {path} would expand to {size_mb:,.0f} MB; it was refused "
                "as a possible zip bomb.",
            ),
            path=path.name,
            size_mb=total / MEGABYTE,
        )
    for info in infos:
        if info.file_size > max(info.compress_size, 1) * limits.max_zip_ratio + MEGABYTE:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The part {filename} of {path} is compressed suspiciously well; the "
                    "workbook was refused as a possible zip bomb.",
                ),
                filename=info.filename,
                path=path.name,
            )


def neutralise(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe (CSV injection)."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def restore_neutralised(value: str) -> str:
    """Undo `neutralise` on a cell read back from a file Rapport (or a careful tool) wrote."""
    return value[1:] if value[:1] == "'" and value[1:2].startswith(FORMULA_STARTS) else value
