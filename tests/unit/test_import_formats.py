"""Realistic exports from Google, Outlook, Apple, Android and Shopify import as a person expects."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.services.import_export.presets import ImportKind
from app.services.import_export.readers import FileFormat

from tests.unit.import_helpers import DATA, contacts, count, run_import


def test_google_csv_maps_names_labels_addresses_and_reports_the_bad_email(ctx: AppContext) -> None:
    source = ctx.imports.inspect(DATA / "google.csv")
    assert (source.format, source.encoding, source.delimiter) == (FileFormat.CSV, "utf-8", ",")
    report = run_import(ctx, DATA / "google.csv")
    assert (report.created, report.with_warnings, report.failed) == (4, 1, 0)
    problem = report.warnings[0]
    assert (problem.row, problem.field) == (5, "email")
    assert problem.sentence() == (
        "Row 5, column 'E-mail 1 - Value': e-mail 'bob@' is not valid; left out."
    )
    assert contacts(ctx)["Broken Row"]["email"] is None  # the row lands without the address
    people = contacts(ctx)
    jurgen = people["Jürgen Müller"]
    assert jurgen["email"] == "juergen@baeckerei-mueller.de"
    assert jurgen["phone_norm"] == "+491701234567"
    assert jurgen["search_phones"] == "491701234567 01701234567 1701234567"
    assert jurgen["sort_name"] == "jurgen muller"
    assert jurgen["company"] == "Bäckerei Müller"
    assert jurgen["notes"] == "Met at the trade fair.\nPrefers calls in the morning."
    assert jurgen["tags"] == ["VIP"]
    assert ("email", "Home", "jm@example.de") in jurgen["methods"]
    assert ("phone", "Work", "030 1234567") in jurgen["methods"]
    assert people["Anna Schmidt"]["email_norm"] == "anna.schmidt@example.com"
    assert str(people["Anna Schmidt"]["birthday"]) == "1604-06-01"  # Google's yearless birthday


def test_outlook_cp1252_csv_is_detected_and_decoded(ctx: AppContext) -> None:
    source = ctx.imports.inspect(DATA / "outlook.csv")
    assert source.encoding == "cp1252"
    plan = ctx.imports.plan(source)
    assert plan.preset.name == "outlook"
    report = ctx.imports.run(plan)
    assert report.created == 2
    rene = contacts(ctx)["René Dubois"]
    assert rene["company"] == "Café Central"
    assert rene["phone_norm"] == "+33142603030"
    assert rene["country"] == "FR"


def test_apple_vcard_groups_labels_photo_and_a_broken_card(ctx: AppContext) -> None:
    report = run_import(ctx, DATA / "apple.vcf")
    assert report.created == 3
    assert [(p.row, p.field) for p in report.failures] == [(3, "")]
    assert "cannot be read" in str(report.failures[0].reason)
    sofia = contacts(ctx)["Sofia García"]
    assert sofia["email"] == "sofia@garcia-design.es"  # the preferred one becomes primary
    assert ("email", "Private", "sofia.private@example.es") in sofia["methods"]
    assert ("phone", "Studio", "+34 912 345 678") in sofia["methods"]
    assert sofia["tags"] == ["Designers", "VIP"]
    assert sofia["external_id"] == "2F1C5D7A-1B2C-4D5E-8F90-ABCDEF012345"
    assert sofia["notes"] == "Long-time customer, prefers e-mail."
    assert contacts(ctx)["Léa Martin"]["phone_norm"] == "+33612345678"  # vCard 4 tel: URI


def test_android_vcard_21_quoted_printable_with_charsets(ctx: AppContext) -> None:
    report = run_import(ctx, DATA / "android.vcf")
    assert (report.created, report.failed) == (2, 0)
    people = contacts(ctx)
    assert people["Jürgen Müller"]["notes"] == "Kunde seit 2019\nMöchte Anrufe am Vormittag"
    assert people["Jürgen Müller"]["email"] == "jm@example.de"
    assert people["Björn Björk"]["phone_norm"] == "+46701234567"  # ISO-8859-1 quoted-printable


def test_shopify_customers_then_orders_match_by_email_and_merge_line_items(
    ctx: AppContext,
) -> None:
    customers = run_import(ctx, DATA / "shopify_customers.csv")
    assert customers.created == 2
    liam = contacts(ctx)["Liam Novak"]
    assert liam["external_id"] == "7012345678901"
    assert liam["company"] is None
    orders = run_import(ctx, DATA / "shopify_orders.csv")
    assert (orders.kind, orders.created, orders.merged) == (ImportKind.ORDERS, 2, 1)
    assert [(p.row, p.field) for p in orders.failures] == [(5, "contact_email")]
    with ctx.db.read() as session:
        from sqlalchemy import text  # noqa: PLC0415

        rows = session.execute(
            text("SELECT reference, amount_minor, currency, occurred_at FROM txn ORDER BY id")
        ).all()
    assert [tuple(r[:3]) for r in rows] == [("#1001", 6450, "EUR"), ("#1002", 120000, "EUR")]
    assert str(rows[0][3]).startswith("2024-01-15 09:23:45")  # +0100 stored as UTC
    again = run_import(ctx, DATA / "shopify_orders.csv")
    assert (again.created, again.skipped) == (0, 2)
    assert count(ctx, "txn") == 2


def test_surveys_and_interactions_use_their_documented_columns(ctx, tmp_path) -> None:
    run_import(ctx, DATA / "google.csv")
    surveys = tmp_path / "nps.csv"
    surveys.write_text(
        "email,kind,score,comment,answered_at\n"
        "juergen@baeckerei-mueller.de,nps,9,Great bread,2026-02-01 10:00\n"
        "anna.schmidt@example.com,nps,11,,2026-02-02\n",
        encoding="utf-8",
    )
    report = run_import(ctx, surveys, kind=ImportKind.SURVEYS)
    assert report.created == 1
    assert (
        report.failures[0].sentence() == "Row 3, column 'score': NPS score 11 is outside 0 to 10."
    )
    calls = tmp_path / "calls.tsv"
    calls.write_text(
        "email\tdate\tchannel\tsubject\tduration\n"
        "juergen@baeckerei-mueller.de\t2026-02-03T09:30:00+01:00\tphone\tReorder\t5\n",
        encoding="utf-8",
    )
    assert ctx.imports.inspect(calls).delimiter == "\t"
    assert run_import(ctx, calls, kind=ImportKind.INTERACTIONS).created == 1


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (
            ImportKind.ORDERS,
            "email,amount,currency,kind,occurred_at\n"
            "juergen@baeckerei-mueller.de,1..2,EURO,gift,yesterday-ish\n",
            ["amount", "kind", "currency", "occurred_at"],
        ),
        (
            ImportKind.SURVEYS,
            "email,kind,score,channel,answered_at\nnobody@example.com,nps,11,pigeon,\n",
            ["contact_email", "score", "channel", "answered_at"],
        ),
        (
            ImportKind.INTERACTIONS,
            "phone,channel,direction,duration_minutes,occurred_at\n"
            "+49 30 999999,telepathy,sideways,-5,2026-02-03\n",
            ["contact_phone", "channel", "direction", "duration_minutes"],
        ),
    ],
)
def test_every_bad_cell_of_a_record_row_is_named_by_its_own_column(
    ctx: AppContext, tmp_path, kind: ImportKind, text: str, expected: list[str]
) -> None:
    run_import(ctx, DATA / "google.csv")
    path = tmp_path / "records.csv"
    path.write_text(text, encoding="utf-8")
    plan = ctx.imports.plan(ctx.imports.inspect(path), kind=kind)
    preview = ctx.imports.preview(plan)
    assert [p.field for p in preview[0].problems] == expected
    report = ctx.imports.run(plan)
    assert [p.field for p in report.failures] == expected
    assert (report.created, report.failed) == (0, 1)


@pytest.mark.parametrize("name", ["google.csv", "apple.vcf"])
def test_preview_shows_rows_as_stored_without_writing(ctx: AppContext, name: str) -> None:
    plan = ctx.imports.plan(ctx.imports.inspect(DATA / name))
    rows = ctx.imports.preview(plan, rows=10)
    assert count(ctx, "contact") == 0
    assert rows[0].action == "create"
    assert rows[0].values["display_name"]
    assert any(row.problems or row.warnings for row in rows)


def test_every_bad_field_of_a_row_is_reported_and_the_row_counted_once(ctx, tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Name,Email,Phone,Postcode,Birthday\n"
        "Anna Weber,anna@,12,123456789012345678901,31.02.1990\n"
        "Bob Stone,bob@example.com,,10115,\n",
        encoding="utf-8",
    )
    plan = ctx.imports.plan(ctx.imports.inspect(path))
    preview = ctx.imports.preview(plan)
    assert [p.field for p in preview[0].warnings] == ["postcode", "email", "phone", "birthday"]
    assert preview[0].action == "create"
    report = ctx.imports.run(plan)
    assert (report.created, report.with_warnings, report.failed) == (2, 1, 0)
    assert [(p.row, p.column) for p in report.warnings] == [
        (2, "Postcode"),
        (2, "Email"),
        (2, "Phone"),
        (2, "Birthday"),
    ]
    assert report.warnings[1].sentence() == (
        "Row 2, column 'Email': e-mail 'anna@' is not valid; left out."
    )
    anna = contacts(ctx)["Anna Weber"]
    assert (anna["phone"], anna["phone_norm"], anna["search_phones"]) == ("12", None, "12")


def test_records_find_their_contact_by_a_further_email_too(ctx: AppContext, tmp_path) -> None:
    """Orders, surveys and interactions match contacts like contact imports do: by any of a
    contact's e-mails and phones, not only the first."""
    run_import(ctx, DATA / "google.csv")  # Jürgen's second e-mail: jm@example.de
    orders = tmp_path / "orders.csv"
    orders.write_text("email,amount,occurred_at\nJM@example.de,12.50,2026-02-01\n", "utf-8")
    report = run_import(ctx, orders, kind=ImportKind.ORDERS)
    assert (report.created, report.failed) == (1, 0)
