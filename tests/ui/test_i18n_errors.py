"""UserError messages in the interface language: `error_text` translates the template, fills the
fields the locale's way (numbers, dates, Terms, domain values) and falls back to English when a
translation does not fit; dialogs and background tasks show it.

The shipped German catalogue translates the real messages; two made-up templates (one whose
translation does not fit its fields) come from a small catalogue installed on top of it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import PySide6
import pytest
from app.bootstrap import AppContext
from app.domain.complaint_workflow import check_transition
from app.domain.enums import ComplaintStatus, Remedy
from app.domain.errors import QT_TRANSLATE_NOOP, Amount, UserError
from app.domain.validation import clean_text
from app.ui.common.workers import Task
from app.ui.contacts.dialogs import ContactDialog
from app.ui.i18n import apply_language, error_text
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

GERMAN = {
    (
        "UserError",
        "A {remedy} of {amount} from {day} ({size:.1f} MB).",
    ): "{remedy} über {amount} vom {day} ({size:.1f} MB).",
    ("UserError", "Contact #{contact_id} was {broken}."): "Kontakt #{contact_id} war {kaputt}.",
}


def _compiled(folder: Path) -> Path:
    """GERMAN as a .qm file, compiled with the wheel's lrelease like the shipped catalogues."""
    root = ElementTree.Element("TS", version="2.1", language="de")
    for (context, source), text in GERMAN.items():
        node = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(node, "name").text = context
        message = ElementTree.SubElement(node, "message")
        ElementTree.SubElement(message, "source").text = source
        ElementTree.SubElement(message, "translation").text = text
    source_file, compiled = folder / "errors_de.ts", folder / "errors_de.qm"
    ElementTree.ElementTree(root).write(source_file, encoding="utf-8", xml_declaration=True)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(source_file), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    return compiled


@pytest.fixture
def german(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """The shipped German catalogue, with GERMAN installed last so it is asked first."""
    apply_language("de")
    catalogue = QTranslator()
    assert catalogue.load(str(_compiled(tmp_path)))
    QCoreApplication.installTranslator(catalogue)
    yield
    QCoreApplication.removeTranslator(catalogue)
    apply_language("en")


def _raised(fn: object, *args: object, **kwargs: object) -> UserError:
    assert callable(fn)
    with pytest.raises(UserError) as caught:
        fn(*args, **kwargs)
    return caught.value


def test_english_shows_the_services_own_sentence(qapp: QCoreApplication) -> None:
    apply_language("en")
    exc = _raised(clean_text, "x" * 1500, field="notes", max_length=1000)
    assert error_text(exc) == str(exc) == "The notes is 1,500 characters long; the limit is 1,000."


@pytest.mark.usefixtures("german")
def test_german_translates_the_template_terms_numbers_dates_and_domain_values() -> None:
    exc = _raised(clean_text, "x" * 1500, field="notes", max_length=1000)
    assert error_text(exc) == "Das Feld „Notizen“ ist 1.500 Zeichen lang; erlaubt sind 1.000."
    exc = _raised(check_transition, ComplaintStatus.WAITING_ON_CUSTOMER, ComplaintStatus.NEW)
    assert error_text(exc) == (
        "Eine Reklamation kann nicht von „wartet auf Kunden“ zu „neu“ wechseln; "
        "möglich sind: in Prüfung und gelöst."
    )
    exc = UserError(
        QT_TRANSLATE_NOOP("UserError", "A {remedy} of {amount} from {day} ({size:.1f} MB)."),
        remedy=Remedy.REFUND,
        amount=Amount(123450, "EUR"),
        day=date(2026, 3, 2),
        size=2.4,
    )
    assert exc.message == "A refund of 1,234.50 EUR from 2026-03-02 (2.4 MB)."
    assert error_text(exc) == "Erstattung über 1.234,50\xa0€ vom 02.03.2026 (2,4 MB)."


@pytest.mark.usefixtures("german")
def test_a_translation_that_does_not_fit_its_fields_falls_back_to_english() -> None:
    exc = UserError(
        QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} was {broken}."),
        contact_id=12345,
        broken="gone",
    )
    assert error_text(exc) == "Contact #12345 was gone."


@pytest.mark.usefixtures("german")
def test_the_contact_dialog_shows_its_errors_in_german(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.saved is None
    assert dialog.form_error.isVisibleTo(dialog)
    assert dialog.form_error.text() == (
        "Ein Kontakt braucht einen Vornamen, einen Nachnamen oder eine Firma."
    )
    dialog.first_name.setText("Eve")
    dialog.email.setText("bob@")
    save.click()
    assert dialog.saved is None
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert dialog.errors["email"].text().startswith("„bob@“ ist keine gültige E-Mail-Adresse (")


@pytest.mark.usefixtures("german")
def test_a_background_task_reports_its_error_in_german(qtbot: QtBot) -> None:
    def fail(_progress: object, _cancelled: object) -> None:
        clean_text("x" * 1500, field="notes", max_length=1000)

    task = Task(fail)
    with qtbot.waitSignal(task.signals.failed) as failed:
        task.start()
    assert failed.args == ["Das Feld „Notizen“ ist 1.500 Zeichen lang; erlaubt sind 1.000."]
