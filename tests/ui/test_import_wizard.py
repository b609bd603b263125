"""The import wizard and export dialog: mapping, preview, run with report, cancel, undo, menus."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.config.paths import AppPaths
from app.config.ui_prefs import UiPrefs
from app.ui.controller import Controller
from app.ui.first_run import FirstRunChoice, FirstRunDialog
from app.ui.i18n import apply_language
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.import_export.wizard import ImportWizard
from app.ui.main_window import MainWindow
from app.ui.security.dialogs import RecoveryKeyDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.unit.import_helpers import DATA, contacts, count

CORPUS = Path(__file__).parent.parent / "data" / "imports"  # address books of real programs

# The offscreen platform cannot resize a wizard to its size hints and says so; harmless here.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> ImportWizard:
    widget = ImportWizard(ctx, UiPrefs.load(ctx.paths.config_dir))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _to_mapping(wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()  # file -> source
    wizard.next()  # source -> mapping


def test_detected_source_and_mapping_are_shown_and_editable(
    wizard: ImportWizard, qtmodeltester, ctx: AppContext
) -> None:
    wizard.file_page.path_edit.setText(str(DATA / "outlook.csv"))
    wizard.next()
    page = wizard.source_page
    assert page.format_label.text() == "CSV"
    assert page.encoding_combo.currentText() == "cp1252"
    assert page.preset_combo.currentData() == "outlook"
    assert page.preset_combo.currentText() == "Outlook CSV"
    wizard.next()
    model = wizard.mapping_page.model
    qtmodeltester.check(model)
    headers = [model.index(r, 0).data() for r in range(model.rowCount())]
    mapping = dict(zip(headers, model.mapping, strict=True))
    assert mapping["E-mail Address"] == "email"
    assert mapping["Mobile Phone"] == "phone"
    assert (mapping["Title"], mapping["Job Title"]) == ("", "job_title")  # Title is Mr/Ms
    assert model.index(headers.index("First Name"), 1).data() == "René"
    # Moving "job_title" to another column releases it from the first one.
    company = headers.index("Company")
    title = headers.index("Job Title")
    assert model.setData(model.index(company, 2), "job_title")
    assert model.mapping[title] == ""
    assert model.index(title, 2).data() == "(ignore)"
    assert not model.setData(model.index(company, 2), "no_such_field")


def test_preview_run_report_save_failures_and_undo(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester, ctx: AppContext, tmp_path: Path
) -> None:
    _to_mapping(wizard, DATA / "google.csv")
    wizard.next()  # mapping -> preview
    preview = wizard.preview_page
    qtmodeltester.check(preview.model)
    assert preview.model.problem_rows() == []
    assert preview.model.warning_rows() == [5]
    assert preview.summary.text() == (
        "1 of the first 4 rows will be imported with a field left out or kept unverified; "
        "the report lists it."
    )
    headers = [preview.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[:3] == ["Row", "Action", "Problems"]
    assert count(ctx, "contact") == 0
    wizard.next()  # preview -> run
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20_000)
    assert "4 created (1 with warnings)" in run.status.text()
    assert "0 failed" in run.status.text()
    # Done: nothing is left to cancel, so only Finish stays.
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert run.failures.toPlainText() == (
        "Warning: Row 5, column 'E-mail 1 - Value': e-mail 'bob@' is not valid; left out."
    )
    saved = tmp_path / "failures.csv"
    run.save_failures_to(saved)
    with saved.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["row", "column", "reason"],
            ["5", "E-mail 1 - Value", "e-mail 'bob@' is not valid; left out"],
        ]
    assert count(ctx, "contact") == 4
    run.undo_button.click()
    assert count(ctx, "contact") == 0
    assert "Undone" in run.status.text()


def test_mapping_is_remembered_per_preset(qtbot: QtBot, ctx: AppContext) -> None:
    prefs = UiPrefs.load(ctx.paths.config_dir)
    first = ImportWizard(ctx, prefs)
    qtbot.addWidget(first)
    first.show()
    _to_mapping(first, DATA / "google.csv")
    model = first.mapping_page.model
    headers = [model.index(r, 0).data() for r in range(model.rowCount())]
    model.setData(model.index(headers.index("Notes"), 2), "")
    first.next()
    again = ImportWizard(ctx, UiPrefs.load(ctx.paths.config_dir))
    qtbot.addWidget(again)
    again.show()
    _to_mapping(again, DATA / "google.csv")
    remembered = dict(zip(headers, again.mapping_page.model.mapping, strict=True))
    assert remembered["Notes"] == ""
    assert remembered["E-mail 1 - Value"] == "email"


def test_cancel_leaves_the_database_unchanged(
    wizard: ImportWizard, qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Email\n" + "".join(f"P {n},p{n}@example.com\n" for n in range(15_000)),
        encoding="utf-8",
    )
    _to_mapping(wizard, path)
    wizard.next()  # preview
    wizard.next()  # run starts
    run = wizard.run_page
    run.cancel_button.click()
    qtbot.waitUntil(run.isComplete, timeout=60_000)
    assert "cancelled" in run.status.text()
    assert count(ctx, "contact") == 0


def test_a_bad_file_is_reported_and_the_wizard_stays(
    wizard: ImportWizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(wizard, "warn", warnings.append)
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert warnings == [f"There is no file at {tmp_path / 'missing.csv'}."]


def test_export_dialog_writes_the_chosen_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from tests.unit.import_helpers import run_import  # noqa: PLC0415

    run_import(ctx, DATA / "apple.vcf")
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("contacts-vcard4"))
    target = tmp_path / "out.vcf"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.status.text() == f"Exported 3 rows to {target}."
    assert target.read_text(encoding="utf-8").count("VERSION:4.0") == 3


def test_export_dialog_exports_a_segment(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from app.domain.contact_query import ContactFilter  # noqa: PLC0415

    from tests.unit.import_helpers import run_import  # noqa: PLC0415

    run_import(ctx, DATA / "apple.vcf")
    segment = ctx.segments.save("Designers", ContactFilter(tags=("Designers",)))
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(segment.id))
    target = tmp_path / "designers.csv"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.status.text() == f"Exported 1 rows to {target}."


def test_file_menu_and_first_run_open_the_wizard(
    qtbot: QtBot, ctx: AppContext, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.global_actions["import.open"].trigger()
    assert window.findChild(ImportWizard) is not None
    window.close()

    def choose_import(dialog: FirstRunDialog) -> int:
        dialog.choice = FirstRunChoice.IMPORT
        return 1

    monkeypatch.setattr(FirstRunDialog, "exec", choose_import)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _dialog: 1)  # typed back elsewhere
    controller = Controller(paths)
    controller.open(None)
    try:
        assert controller.window is not None
        wizard = controller.window.findChild(ImportWizard)
        assert wizard is not None
        assert wizard.isVisible()
    finally:
        controller.close()


def test_closing_during_a_run_cancels_it_first(
    wizard: ImportWizard, qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Email\n" + "".join(f"P {n},p{n}@example.com\n" for n in range(12_000)),
        encoding="utf-8",
    )
    _to_mapping(wizard, path)
    wizard.next()
    wizard.next()
    wizard.reject()
    assert wizard.isVisible()  # stays until the worker has rolled back
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=60_000)
    assert count(ctx, "contact") == 0


def test_undo_last_import_from_the_file_menu(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from tests.unit.import_helpers import run_import  # noqa: PLC0415

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.global_actions["import.undo"].trigger()
    assert told == ["There is no import to undo."]
    run_import(ctx, DATA / "google.csv")
    window.global_actions["import.undo"].trigger()
    assert count(ctx, "contact") == 0


def test_run_page_words_the_services_progress_steps(wizard: ImportWizard) -> None:
    from app.services.import_export.steps import ImportStep  # noqa: PLC0415

    run = wizard.run_page
    run._progress(ImportStep.ROWS, 5_000.0)
    assert run.status.text() == "Importing… 5000 rows read"
    assert run.progress.maximum() == 0  # busy: the row count is not known
    run._progress(ImportStep.UPDATING, 0.25)
    assert run.status.text() == "Updating existing contacts…"
    assert (run.progress.maximum(), run.progress.value()) == (100, 25)


def test_row_problems_read_in_the_interface_language(wizard: ImportWizard, qtbot: QtBot) -> None:
    apply_language("de")
    try:
        _to_mapping(wizard, DATA / "google.csv")
        wizard.next()  # mapping -> preview
        model = wizard.preview_page.model
        bad = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "5")
        assert model.index(bad, 2).data() == "die E-Mail-Adresse „bob@“ ist ungültig; weggelassen"
        wizard.next()  # preview -> run
        run = wizard.run_page
        qtbot.waitUntil(run.isComplete, timeout=20_000)
        assert run.failures.toPlainText() == (
            "Warnung: Zeile 5, Spalte „E-mail 1 - Value“: die E-Mail-Adresse „bob@“ ist "
            "ungültig; weggelassen."
        )
    finally:
        apply_language("en")


def test_imported_look_alikes_are_found_after_the_run_and_can_be_merged(
    wizard: ImportWizard, qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    """A row that is not the same e-mail or phone but a similar name in the same city is
    imported, then offered for review and merging (the look-alike warning of issue 3)."""
    from app.services.contacts import ContactDraft  # noqa: PLC0415
    from app.ui.contacts.dialogs import MergeDialog  # noqa: PLC0415
    from app.ui.contacts.duplicates_view import DuplicatesDialog  # noqa: PLC0415

    ctx.contacts.create(ContactDraft("Anna", "Meyer", city="Berlin"))
    ctx.contacts.create(ContactDraft("Bernd", "Krause", city="Hamburg"))
    path = tmp_path / "people.csv"
    path.write_text("Name,City\nAnna Meier,Berlin\nZoe Adams,Berlin\n", encoding="utf-8")
    _to_mapping(wizard, path)
    wizard.next()  # mapping -> preview
    wizard.next()  # preview -> run
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.isComplete() and run.lookalike_task is None, timeout=20_000)
    assert [(p.first_name, p.second_name) for p in run.pairs] == [("Anna Meyer", "Anna Meier")]
    assert run.lookalikes.text() == "1 likely duplicate pair with imported contacts."
    assert run.review_button.isVisibleTo(run)
    shown: list[DuplicatesDialog] = []

    def merge_first(dialog: DuplicatesDialog) -> int:
        shown.append(dialog)
        dialog.merge_selected()
        return 0

    monkeypatch.setattr(DuplicatesDialog, "exec", merge_first)
    monkeypatch.setattr(MergeDialog, "exec", lambda _self: 1)  # accepted as proposed
    with qtbot.waitSignal(wizard.imported) as merged:
        run.review_button.click()
    assert shown[0].table.rowCount() == 0  # the one pair was merged
    assert len(merged.args[0].contacts) == 2
    assert count(ctx, "contact") == 3
    assert run.lookalikes.text() == "No imported contact looks like another one."
    assert not run.review_button.isVisibleTo(run)


def test_closing_the_wizard_stops_the_look_alike_search(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    """The search runs after the import has committed; closing the wizard then cancels it (it
    may take seconds on a big file) and closes at once."""
    import threading  # noqa: PLC0415
    import time  # noqa: PLC0415

    from app.services.duplicates import DuplicateService  # noqa: PLC0415

    started, stopped = threading.Event(), threading.Event()

    def slow_search(_self: object, _progress: object, cancelled, among=None) -> list[object]:
        started.set()
        deadline = time.monotonic() + 5  # gives up: a wizard that does not cancel fails below
        while not cancelled() and time.monotonic() < deadline:
            threading.Event().wait(0.01)
        if cancelled():
            stopped.set()
        return []

    monkeypatch.setattr(DuplicateService, "find_pairs", slow_search)
    path = tmp_path / "people.csv"
    path.write_text("Name,City\nAnna Meier,Berlin\n", encoding="utf-8")
    _to_mapping(wizard, path)
    wizard.next()  # mapping -> preview
    wizard.next()  # preview -> run
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20_000)
    assert started.wait(5)
    wizard.reject()
    assert not wizard.isVisible()
    assert stopped.wait(6)


def test_custom_fields_are_mapping_targets_named_as_the_business_named_them(
    wizard: ImportWizard, qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """A column named like a custom field is mapped to it; the mapping's editor, the preview's
    column and the report's problem all say the field's own name ("Größe")."""
    from app.services.settings import CustomFieldDef  # noqa: PLC0415

    ctx.settings.save_custom_field(CustomFieldDef(0, "", "Größe"))
    path = tmp_path / "people.csv"
    path.write_text(f"Name,Größe\nAnna Meyer,38\nBen Kurz,{'x' * 1001}\n", encoding="utf-8")
    _to_mapping(wizard, path)
    model = wizard.mapping_page.model
    assert model.mapping == ["full_name", "custom:grosse"]
    assert model.index(1, 2).data() == "Größe"
    assert model.fields["custom:grosse"] == "Größe"  # offered in the column's drop-down
    wizard.next()  # mapping -> preview
    preview = wizard.preview_page.model
    columns = [
        preview.headerData(c, Qt.Orientation.Horizontal) for c in range(preview.columnCount())
    ]
    assert "Größe" in columns
    wizard.next()  # preview -> run
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20_000)
    assert run.failures.toPlainText().startswith("Warning: Row 3, column 'Größe': ")


# Address books as real programs export them (tests/data/imports): the detected encoding and
# the phone region are shown in the preview and can be changed there, and the report says how
# many contacts came with warnings and which columns were not imported.


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
            "0 fehlgeschlagen.\n2 Spalten nicht importiert: „Nickname“, „Custom 1“"
        )
    finally:
        apply_language("en")
