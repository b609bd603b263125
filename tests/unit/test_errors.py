"""UserError: an English template with named fields that the UI can translate.

Every `UserError(...)` (and its import subclass `FieldError`) in app/ must be raised with a
literal template marked for lupdate in the "UserError" context, and the fields it names must be
exactly the ones given; the same holds for the `Message(...)` / `Message.of(...)` sentences import
reports keep; lupdate must find every template (and every Term) in that context.
"""

from __future__ import annotations

import ast
import string
import subprocess
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

import PySide6
import pytest
from app.domain.complaint_workflow import check_transition
from app.domain.enums import ComplaintStatus, Remedy
from app.domain.errors import ERROR_CONTEXT, QT_TRANSLATE_NOOP, Term, Terms, UserError
from app.domain.validation import FIELD_LABELS, clean_name, clean_text
from defusedxml.ElementTree import parse as parse_xml

APP = Path(__file__).resolve().parents[2] / "app"


@cache
def _nodes() -> tuple[tuple[Path, ast.AST], ...]:
    """Every AST node of app/, parsed once for all the tests here."""
    return tuple(
        (path, node)
        for path in sorted(APP.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    )


ERRORS_MODULE = APP / "domain" / "errors.py"  # defines them (and rebuilds one when unpickled)
SENTENCES = ("UserError", "FieldError", "Message", "Message.of")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def _calls(*names: str) -> Iterator[tuple[str, ast.Call]]:
    """(file:line, call) of every call of one of `names` in app/, outside errors.py."""
    for path, node in _nodes():
        if isinstance(node, ast.Call) and _name(node.func) in names and path != ERRORS_MODULE:
            yield f"{path.relative_to(APP.parent)}:{node.lineno}", node


def _marked_text(node: ast.expr) -> str | None:
    """The literal of QT_TRANSLATE_NOOP("UserError", "literal"), else None."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and not node.keywords
    ):
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == ERROR_CONTEXT):
        return None
    if isinstance(text, ast.Constant) and isinstance(text.value, str):
        return text.value
    return None


def _placeholders(template: str) -> set[str]:
    return {field for _text, field, _spec, _conv in string.Formatter().parse(template) if field}


def _templates() -> dict[str, str]:
    """template -> where it is raised first."""
    found: dict[str, str] = {}
    for where, call in _calls(*SENTENCES):
        template = _marked_text(call.args[0]) if call.args else None
        assert template is not None, where
        found.setdefault(template, where)
    return found


def test_a_user_error_keeps_its_template_and_fields_and_reads_in_english() -> None:
    exc = UserError(
        QT_TRANSLATE_NOOP("UserError", "'{text}' is {length:,} characters; at most {limit:,}."),
        text="bob",
        length=12345,
        limit=200,
    )
    assert str(exc) == exc.message == "'bob' is 12,345 characters; at most 200."
    assert exc.template == "'{text}' is {length:,} characters; at most {limit:,}."
    assert dict(exc.fields) == {"text": "bob", "length": 12345, "limit": 200}
    assert exc.args == (exc.message,)


def test_terms_enums_and_dates_read_as_the_english_sentence_always_did() -> None:
    with pytest.raises(UserError) as caught:
        check_transition(ComplaintStatus.WAITING_ON_CUSTOMER, ComplaintStatus.NEW)
    assert str(caught.value) == (
        "A complaint can't go from waiting on customer to new; "
        "allowed next: investigating, resolved."
    )
    assert isinstance(caught.value.fields["allowed"], Terms)
    with pytest.raises(UserError, match=r"^The first name contains a NUL") as nul:
        clean_name("a\x00b", field="first name")
    assert nul.value.fields["field"] == Term("first name")
    exc = UserError(
        QT_TRANSLATE_NOOP("UserError", "A {remedy} from {day}."),
        remedy=Remedy.REFUND,
        day=date(2026, 3, 5),
    )
    assert exc.message == "A refund from 2026-03-05."


def test_every_user_error_in_app_is_a_marked_literal_template_with_matching_fields() -> None:
    calls = list(_calls(*SENTENCES))
    assert len(calls) > 200
    for where, call in calls:
        assert len(call.args) == 1, f"{where}: give the template alone, the values by name"
        template = _marked_text(call.args[0])
        assert template is not None, (
            f'{where}: raise UserError(QT_TRANSLATE_NOOP("UserError", "literal {{field}}"), '
            "field=value) - no f-string, no concatenation, no variable"
        )
        names = {keyword.arg for keyword in call.keywords}
        assert None not in names, f"{where}: name every field (no **fields)"
        assert _placeholders(template) == names, f"{where}: {template!r} vs fields {names}"
        assert all(name.isidentifier() for name in names), where


def test_every_literal_field_label_is_marked_for_translation() -> None:
    """The `field=` names in error sentences are Terms: each literal must be in FIELD_LABELS."""
    labels = set(FIELD_LABELS)
    for path, node in _nodes():
        for value in _field_arguments(node):
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                assert value.value in labels, f"{path}: {value.value!r}"


def _field_arguments(node: ast.AST) -> list[ast.expr]:
    """`field=...` given in a call, or a `field=...` keyword default of a function."""
    if isinstance(node, ast.Call):
        return [k.value for k in node.keywords if k.arg == "field"]
    if isinstance(node, ast.FunctionDef):
        pairs = zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
        return [default for arg, default in pairs if arg.arg == "field" and default is not None]
    return []


def test_a_long_text_names_its_field_and_counts_with_grouping() -> None:
    with pytest.raises(UserError) as caught:
        clean_text("x" * 1500, field="notes", max_length=1000)
    assert str(caught.value) == "The notes is 1,500 characters long; the limit is 1,000."
    assert caught.value.fields["length"] == 1500


def test_lupdate_extracts_every_template_in_the_user_error_context(tmp_path: Path) -> None:
    """`make translations` runs plain pyside6-lupdate over app/: it must see every template."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.is_file():
        lupdate = lupdate.with_suffix(".exe")
    catalogue = tmp_path / "check_de.ts"
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            str(APP),
            "-ts",
            str(catalogue),
        ],
        check=True,
        capture_output=True,
    )
    extracted = {
        message.findtext("source") or ""
        for context in parse_xml(catalogue).getroot().iter("context")
        if context.findtext("name") == ERROR_CONTEXT
        for message in context.iter("message")
    }
    missing = {t: where for t, where in _templates().items() if t not in extracted}
    assert not missing
    assert set(FIELD_LABELS) <= extracted
    assert {"waiting on customer", "resolved"} <= extracted


def test_a_message_without_fields_is_kept_as_it_is_braces_and_all() -> None:
    assert str(UserError("The name '{x}' was typed like this.")) == (
        "The name '{x}' was typed like this."
    )
