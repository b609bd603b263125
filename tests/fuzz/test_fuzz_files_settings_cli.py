"""Wild input at the remaining entry points: import files (CSV, vCard and xlsx bytes, often not
valid UTF-8), settings, the stats command's arguments and the privacy command."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.cli import main
from app.domain.errors import UserError
from app.services.analytics import stats_scope
from app.services.contacts import ContactDraft
from app.services.import_export.presets import ImportKind
from app.services.import_export.readers import FileFormat
from app.services.settings import BackupSettings, BusinessSettings, ComplaintSettings
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.wild import BUDGETS, assert_sound, calmly, fuzz, wild_bytes, wild_text

SUFFIXES = {FileFormat.CSV: ".csv", FileFormat.VCARD: ".vcf", FileFormat.XLSX: ".xlsx"}
EXIT_CODES = {0, 2}  # ok, or the app's own one-line refusal; 1 would be a bug
ints = st.integers(min_value=-(2**63), max_value=2**63 - 1)


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    """An .xlsx is a zip: wild members inside a real archive reach the workbook reader."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


xlsx_bytes = wild_bytes | st.dictionaries(
    st.sampled_from(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
    wild_bytes,
    max_size=3,
).map(_zip_bytes)


@pytest.mark.parametrize("examples", BUDGETS)
def test_import_files_are_read_or_refused_in_words(
    ctx: AppContext, tmp_path: Path, examples: int
) -> None:
    @fuzz(examples)
    @given(
        file_format=st.sampled_from([FileFormat.AUTO, *SUFFIXES]),
        suffix=st.sampled_from(sorted(SUFFIXES.values())),
        data=st.data(),
        kind=st.none() | st.sampled_from(ImportKind),
    )
    def check(
        *, file_format: FileFormat, suffix: str, data: st.DataObject, kind: ImportKind | None
    ) -> None:
        body = data.draw(xlsx_bytes if suffix == ".xlsx" else wild_bytes)
        path = tmp_path / f"wild{suffix}"
        path.write_bytes(body)
        source = calmly(ctx.imports.inspect, path, file_format=file_format)
        if isinstance(source, UserError):
            return
        plan = calmly(ctx.imports.plan, source, kind=kind, dry_run=True)
        if isinstance(plan, UserError):
            return
        calmly(ctx.imports.preview, plan)
        calmly(ctx.imports.run, plan)

    check()
    assert_sound(ctx)


@pytest.mark.parametrize("examples", BUDGETS)
def test_settings_are_saved_or_refused_in_words(ctx: AppContext, examples: int) -> None:
    @fuzz(examples)
    @given(
        business=st.builds(
            BusinessSettings,
            name=wild_text,
            currency=wild_text,
            phone_region=wild_text,
            churn_window_days=ints,
            gross_margin=st.floats(allow_nan=True, allow_infinity=True),
            retention_months=ints,
            attachment_limit_mb=ints,
            import_limit_mb=ints,
        ),
        backups=st.builds(
            BackupSettings, folder=wild_text, schedule=wild_text, keep_daily=ints, keep_weekly=ints
        ),
        zone=wild_text,
        words=st.lists(wild_text, max_size=3),
    )
    def check(
        *, business: BusinessSettings, backups: BackupSettings, zone: str, words: list[str]
    ) -> None:
        calmly(ctx.settings.save_business, business)
        calmly(ctx.settings.save_backups, backups)
        complaints = ComplaintSettings(time_zone=zone, holidays=words, categories=words)
        calmly(ctx.settings.save_complaints, complaints)
        calmly(ctx.backups.check_folder, backups.folder)
        assert ctx.settings.business().validated() == ctx.settings.business()
        assert ctx.settings.backups().validated() == ctx.settings.backups()

    check()
    assert_sound(ctx)


@pytest.mark.parametrize("examples", BUDGETS)
def test_stats_arguments_are_answered_or_refused_in_words(ctx: AppContext, examples: int) -> None:
    @fuzz(examples)
    @given(start=st.none() | wild_text, end=st.none() | wild_text, segment=st.none() | wild_text)
    def check(*, start: str | None, end: str | None, segment: str | None) -> None:
        scope = calmly(stats_scope, ctx.analytics.default_scope(), start, end, "month", segment)
        if not isinstance(scope, UserError):
            calmly(ctx.analytics.dashboard, scope)

    check()
    assert_sound(ctx)


@pytest.mark.parametrize("examples", BUDGETS)
def test_cli_stats_and_privacy_exit_cleanly(
    ctx: AppContext, tmp_path: Path, examples: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ctx.db.path is not None
    ctx.contacts.create(ContactDraft(first_name="Ada", email="ada@example.org"))
    database = str(ctx.db.path)
    ctx.close()

    @fuzz(max(2, examples // 4))
    @given(value=wild_text.filter(lambda text: "\x00" not in text and len(text) < 10_000))
    def check(value: str) -> None:
        for argv in (
            ["stats", "--db", database, "--from", value],
            ["stats", "--db", database, "--segment", value],
            ["privacy", "export", "--db", database, "--contact", value, "-o", str(tmp_path / "x")],
            ["privacy", "erase", "--db", database, "--contact", value],
        ):
            assert main(argv) in EXIT_CODES
            assert "Traceback" not in capsys.readouterr().err

    check()
