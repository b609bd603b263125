"""The import wizard with address books as real programs export them (tests/data/imports): the
detected encoding and the phone region are shown in the preview and can be changed there, and
the report says how many contacts came with warnings and which columns were not imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.ui.i18n import apply_language
from app.ui.import_export.wizard import ImportWizard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.unit.import_helpers import contacts, count

CORPUS = Path(__file__).parent.parent / "data" / "imports"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> ImportWizard:
    widget = ImportWizard(ctx, UiPrefs.load(ctx.paths.config_dir))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _to_preview(qtbot: QtBot, wizard: ImportWizard, name: str) -> None:
    wizard.file_page.path_edit.clear()
    qtbot.keyClicks(wizard.file_page.path_edit, str(CORPUS / name))
    for _page in ("source", "mapping", "preview"):
        _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page


def _row_problems(wizard: ImportWizard, display: str) -> str:
    model = wizard.preview_page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    name = titles.index("full name") if "full name" in titles else None
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        if display in cells or (name is not None and cells[name] == display):
            return str(cells[2])
    raise AssertionError(f"{display} is not in the preview")


def test_encoding_and_region_are_shown_and_the_region_changes_the_preview_and_the_run(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester, ctx: AppContext
) -> None:
    wizard.file_page.path_edit.clear()
    qtbot.keyClicks(wizard.file_page.path_edit, str(CORPUS / "webmail_shift_jis.csv"))
    _next(qtbot, wizard)
    assert wizard.source_page.encoding_combo.currentText() == "cp932"  # detected, listed
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtmodeltester.check(preview.model)
    assert preview.reading.text() == "CSV, encoding cp932 (change it on the previous page)"
    assert preview.region_combo.currentData() == "DE"  # the settings' region
    assert "kept as typed, unverified" in _row_problems(wizard, "田中")
    assert preview.model.warning_rows() == [2]
    preview.region_combo.setFocus()
    qtbot.keyClicks(preview.region_combo, "Japan")
    assert preview.region_combo.currentData() == "JP"
    assert preview.model.warning_rows() == []
    assert preview.summary.text() == "The first 2 rows look fine."
    _next(qtbot, wizard)
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20_000)
    assert run.status.text().startswith("Done: 2 created, 0 updated")
    assert contacts(ctx)["田中 太郎"]["phone_norm"] == "+819012345678"


def test_the_report_counts_warnings_and_names_the_columns_not_imported(
    wizard: ImportWizard, qtbot: QtBot, ctx: AppContext
) -> None:
    _to_preview(qtbot, wizard, "outlook_365.csv")
    assert wizard.preview_page.reading.text() == (
        "CSV, encoding cp1252 (change it on the previous page)"
    )
    _next(qtbot, wizard)
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20_000)
    assert run.status.text() == (
        "Done: 3 created (2 with warnings), 0 updated, 0 skipped, 0 merged, 0 failed.\n"
        "6 columns not imported: 'Title', 'Initials', 'Anniversary', 'Sensitivity', "
        "'Priority', 'Private'"
    )
    lines = run.failures.toPlainText().splitlines()
    assert lines[0] == (
        "Warning: Row 3, column 'Business Phone': phone 'BusinessPhone' has no digits; left out."
    )
    assert len(lines) == 4
    assert run.save_button.isEnabled()
    assert count(ctx, "contact") == 3


def test_the_report_reads_in_german(wizard: ImportWizard, qtbot: QtBot) -> None:
    apply_language("de")
    try:
        _to_preview(qtbot, wizard, "thunderbird_115.csv")
        assert wizard.preview_page.reading.text() == (
            "CSV, Kodierung utf-8 (auf der vorigen Seite änderbar)"
        )
        _next(qtbot, wizard)
        run = wizard.run_page
        qtbot.waitUntil(run.isComplete, timeout=20_000)
        assert run.status.text() == (
            "Fertig: 2 angelegt, 0 aktualisiert, 0 übersprungen, 0 zusammengeführt, "
            "0 fehlgeschlagen.\n2 Spalten nicht importiert: 'Nickname', 'Custom 1'"
        )
    finally:
        apply_language("en")
