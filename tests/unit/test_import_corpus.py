"""Address books as real programs export them (tests/data/imports, see its README): every
contact lands with the fields a person expects, a second import creates nothing, and Rapport's
own exports of them import back whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.services.import_export.exporter import ExportFormat
from app.services.import_export.readers import FileFormat
from sqlalchemy import text

from tests.unit.import_helpers import contacts, count, run_import

CORPUS = Path(__file__).parent.parent / "data" / "imports"

# file -> display name -> the fields stored (those not named here must be empty)
EXPECTED: dict[str, dict[str, dict[str, Any]]] = {
    "google_2023.csv": {
        "Dana Whitfield": {
            "first_name": "Dana",
            "last_name": "Whitfield",
            "email": "dana@northwind.example.com",
            "phone": "(212) 555-0187",
            "phone_norm": "+12125550187",  # read as a US number: the row's address is in the US
            "company": "Northwind Traders",
            "job_title": "Buyer",
            "street": "1 Main St",
            "city": "New York",
            "postcode": "10001",
            "country": "US",
            "birthday": "1985-03-14",
            "tags": ["Customers"],
            "methods": [
                ("email", "", "dana.w@example.net"),  # the ' ::: ' second value
                ("phone", "", "+1 646 555 0111"),
                ("phone", "Work", "905-555-1234"),
            ],
        },
        "Kenji Tanaka": {
            "first_name": "Kenji",
            "last_name": "Tanaka",
            "email": "kenji@example.jp",
            "phone": "+81 90-1234-5678",
            "phone_norm": "+819012345678",
            "country": "JP",
            "birthday": "1991-01-20",  # day first: 20/01/1991
            "notes": "Prefers e-mail",
        },
        "Acme Supplies": {"company": "Acme Supplies", "email": "orders@acme.example.com"},
    },
    "google_2019_legacy.csv": {
        "Greta Lindqvist": {
            "first_name": "Greta",
            "last_name": "Lindqvist",
            "email": "greta@lindqvist.example.se",
            "phone": "+46 70 123 45 67",
            "phone_norm": "+46701234567",
            "company": "Lindqvist AB",
            "job_title": "CEO",
            "street": "Storgatan 1",
            "city": "Stockholm",
            "postcode": "111 22",
            "country": "SE",
            "birthday": "1979-07-02",
            "notes": "Met at Messe Frankfurt",
            "tags": ["My Contacts", "Suppliers"],
            "methods": [("phone", "Work", "08-123 456 78")],
        },
        "Omar Haddad": {
            "first_name": "Omar",
            "last_name": "Haddad",
            "phone": "+96123456789",  # not valid: kept as typed, unverified
            "search_phones": "96123456789",
            "tags": ["My Contacts"],
        },
    },
    "outlook_365.csv": {
        "Paul Brennan": {
            "first_name": "Paul",
            "last_name": "Brennan",
            "email": "paul.brennan@contoso.example.com",
            "phone": "+353 87 555 0199",
            "phone_norm": "+353875550199",
            "company": "Contoso Ltd",
            "job_title": "Head of Purchasing",
            "city": "Dublin",
            "postcode": "D02 X285",
            "country": "IE",
            "notes": "Key account \N{EN DASH} meets at Café Sacher",
            "tags": ["Ireland", "Key accounts"],
            "methods": [
                ("email", "E-mail 2 Address", "paul@brennan.example.ie"),
                ("email", "E-mail 3 Address", "pb@example.org"),
                ("phone", "Business Phone", "+353 1 555 0123"),
                ("phone", "Business Phone 2", "+353 1 555 0124"),
                ("phone", "Home Phone", "+353 1 555 0100"),
            ],
        },
        "Fabrikam Inc.": {"company": "Fabrikam Inc."},  # its phone was a placeholder
        "Mary Jones": {
            "first_name": "Mary",
            "last_name": "Jones",
            "phone": "(111) 555-1111",
            "search_phones": "1115551111 123456",
            "city": "Springfield",
            "country": "US",
            "birthday": "1980-04-15",
            "methods": [("phone", "Business Phone", "123456")],
        },
    },
    "thunderbird_115.csv": {
        "Dr. Klaus Becker": {  # Thunderbird's Display Name kept
            "first_name": "Klaus",
            "last_name": "Becker",
            "email": "k.becker@example.de",
            "phone": "030 1234567",
            "phone_norm": "+49301234567",
            "company": "Becker GmbH",
            "job_title": "Einkauf",
            "street": "Hauptstraße 5",
            "city": "Berlin",
            "postcode": "10115",
            "country": "DE",
            "birthday": "1971-09-30",  # Birth Year / Birth Month / Birth Day
            "notes": "Ruft gern an",
            "methods": [
                ("email", "Secondary Email", "klaus@becker.example"),
                ("phone", "Mobile Number", "0170 7654321"),
            ],
        },
        "Lena Vogt": {
            "first_name": "Lena",
            "last_name": "Vogt",
            "email": "lena.vogt@example.at",
            "phone": "+43 1 5551234",
            "phone_norm": "+4315551234",
            "birthday": "1604-02-29",  # no year: Apple's convention
        },
    },
    "thunderbird_115.ldif": {
        "Hans Müller": {
            "first_name": "Hans",
            "last_name": "Müller",
            "email": "hans@mueller.example.de",
            "phone": "089 1234567",
            "phone_norm": "+49891234567",
            "company": "Müller KG",
            "job_title": "Inhaber",
            "city": "München",
            "postcode": "80331",
            "country": "DE",
            "birthday": "1965-04-17",
            "notes": "Zahlt pünktlich",
            "methods": [
                ("email", "Secondary Email", "hans.privat@example.de"),
                ("phone", "Mobile Number", "0151 23456789"),
            ],
        },
        "Anouk de Vries": {
            "first_name": "Anouk",
            "last_name": "de Vries",
            "email": "anouk@devries.example.nl",
            "phone": "+31 20 123 4567",
            "phone_norm": "+31201234567",
        },
    },
    "iphone_ios17.vcf": {
        "Chinedu Okafor": {
            "first_name": "Chinedu",
            "last_name": "Okafor",
            "email": "chinedu@okafor.example.ng",
            "phone": "+44 7911 123456",
            "phone_norm": "+447911123456",
            "company": "Okafor Logistics",
            "birthday": "1988-12-05",  # not glued to the photo (CR CR LF line ends)
            "external_id": "7D1F0C2A-4B5E-4A3C-9E61-0F2B3C4D5E6F",  # X-ABUID
            "methods": [("phone", "Lagos office", "+234 803 123 4567")],
        },
        "Apple Computer AG": {  # a company's card: no person called "Apple Computer AG"
            "company": "Apple Computer AG",
            "phone": "+41 44 877 91 11",
            "phone_norm": "+41448779111",
            "external_id": "2B6E3F9A-1C2D-4E5F-8A9B-0C1D2E3F4A5B",
        },
    },
    "android_14.vcf": {
        "Ayşe Öztürk": {
            "first_name": "Ayşe",
            "last_name": "Öztürk",
            "email": "ayse@ozturk.example.com.tr",
            "phone": "+90 532 123 45 67",
            "phone_norm": "+905321234567",
            # the soft break and blank line end the value: the phone is not swallowed
            "company": "Öztürk Tekstil Sanayi ve Ticaret Anonim Şirketi",
        },
    },
    "lotus_notes_85.vcf": {
        "Isabelle Moreau": {
            "first_name": "Isabelle",
            "last_name": "Moreau",
            "email": "isabelle.moreau@example.fr",
            "phone": "+33 1 42 68 53 00",
            "phone_norm": "+33142685300",
            "company": "Moreau & Fils",
            "street": "12 rue de la Paix",
            "city": "Paris",
            "postcode": "75002",
            "country": "FR",
        },
    },
    "outlook_2016_utf16be.vcf": {
        "Tomas Novak": {
            "first_name": "Tomas",
            "last_name": "Novak",
            "email": "tomas@novak.example.cz",
            "phone": "+420 221 111 222",
            "phone_norm": "+420221111222",
            "company": "Novak s.r.o.",
            "notes": "First line\nsecond line",  # a bare CR inside the value
        },
    },
    "evolution_3.vcf": {
        "Sven Olsen": {
            "first_name": "Sven",
            "last_name": "Olsen",
            "email": "sven@olsen.example.dk",
            "external_id": "pas-id-5F1A2B3C00000001",
        },
        "Maja Kowalska": {
            "first_name": "Maja",
            "last_name": "Kowalska",
            "phone": "+48 601 234 567",
            "phone_norm": "+48601234567",
            "external_id": "pas-id-5F1A2B3C00000003",
        },
    },
    "webmail_shift_jis.csv": {
        "田中 太郎": {
            "first_name": "田中",
            "last_name": "太郎",
            "email": "taro@example.jp",
            "phone": "090-1234-5678",  # a national number of another country: unverified
            "search_phones": "09012345678",
            "company": "山田商事",
        },
        "鈴木 花子": {
            "first_name": "鈴木",
            "last_name": "花子",
            "email": "hanako@example.jp",
            "phone": "+81 3-1234-5678",
            "phone_norm": "+81312345678",
            "company": "東京物産",
        },
    },
}
CHECKED = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "phone_norm",
    "company",
    "job_title",
    "street",
    "city",
    "postcode",
    "country",
    "birthday",
    "notes",
    "external_id",
    "tags",
    "methods",
)


def _stored(ctx: AppContext) -> dict[str, dict[str, Any]]:
    """Each live contact's checked fields, empty ones as None (tags and methods as lists)."""
    out = {}
    for name, row in contacts(ctx).items():
        fields = {key: row[key] or None for key in CHECKED} | {"tags": row["tags"]}
        fields["methods"] = row["methods"]
        fields["birthday"] = str(row["birthday"]) if row["birthday"] else None
        fields["search_phones"] = row["search_phones"]
        out[name] = fields
    return out


def _expected(name: str) -> dict[str, dict[str, Any]]:
    empty: dict[str, Any] = dict.fromkeys(CHECKED) | {"tags": [], "methods": []}
    out = {}
    for display, fields in EXPECTED[name].items():
        full = empty | fields
        full["methods"] = sorted(full["methods"])
        out[display] = full
    return out


def test_the_corpus_is_complete_and_described() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name != "README.md"}
    assert files == set(EXPECTED)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in files)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_contact_lands_with_its_fields(ctx: AppContext, name: str) -> None:
    report = run_import(ctx, CORPUS / name)
    stored = _stored(ctx)
    expected = _expected(name)
    assert set(stored) == set(expected)
    for display, fields in expected.items():
        searched = fields.pop("search_phones", None)
        got = stored[display]
        assert {k: got[k] for k in fields} == fields, display
        if searched is not None:
            assert got["search_phones"] == searched
    assert report.created == len(expected)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_importing_a_file_twice_creates_nothing_new(ctx: AppContext, name: str) -> None:
    first = run_import(ctx, CORPUS / name)
    before = _stored(ctx)
    again = run_import(ctx, CORPUS / name)
    assert (again.created, again.with_warnings) == (0, 0)  # nothing imported, nothing to warn
    assert again.skipped + again.merged == first.created + first.merged
    assert _stored(ctx) == before


@pytest.fixture
def other(tmp_path: Path, paths: AppPaths, clock: FixedClock) -> Iterator[AppContext]:
    """A second database, to import an export into."""
    context = build_context(tmp_path / "other.db", paths=paths, clock=clock)
    yield context
    context.close()


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.VCARD3, ExportFormat.VCARD4])
def test_an_export_imports_back_whole(
    ctx: AppContext, other: AppContext, tmp_path: Path, name: str, fmt: ExportFormat
) -> None:
    run_import(ctx, CORPUS / name)
    exported = tmp_path / ("export.csv" if fmt is ExportFormat.CSV else "export.vcf")
    ctx.exports.contacts(exported, fmt)
    assert run_import(ctx, exported).created == 0  # the same contacts: found, not duplicated
    report = run_import(other, exported)
    assert report.created == count(ctx, "contact")
    original, copied = _stored(ctx), _stored(other)
    assert _comparable(copied) == _comparable(original)
    if fmt is not ExportFormat.CSV:  # a card's UID: the source's id, else Rapport's uid
        for shown, fields in original.items():
            assert copied[shown]["external_id"] == (fields["external_id"] or _uid(ctx, shown))


def _comparable(stored: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """All but the external id (Google's CSV has no column for it)."""
    return {
        name: {k: v for k, v in fields.items() if k != "external_id"}
        for name, fields in stored.items()
    }


def _uid(ctx: AppContext, display_name: str) -> str:
    with ctx.db.read() as session:
        return str(
            session.scalar(
                text("SELECT uid FROM contact WHERE display_name = :n"), {"n": display_name}
            )
        )


def test_a_broken_card_is_reported_by_number_and_line_and_the_rest_imported(
    ctx: AppContext,
) -> None:
    report = run_import(ctx, CORPUS / "evolution_3.vcf")
    assert (report.created, report.failed) == (2, 1)
    problem = report.failures[0]
    assert problem.row == 2
    assert str(problem.reason) == (
        "the card starting on line 9 cannot be read "
        "('this line is not a property' is not a vCard line)"
    )


def test_the_report_names_each_warning_by_row_column_and_value(ctx: AppContext) -> None:
    report = run_import(ctx, CORPUS / "outlook_365.csv")
    assert report.summary() == (
        "3 created (2 with warnings), 0 updated, 0 skipped, 0 merged, 0 failed."
    )
    assert [p.sentence() for p in report.warnings] == [
        "Row 3, column 'Business Phone': phone 'BusinessPhone' has no digits; left out.",
        "Row 4, column 'E-mail Address': e-mail 'mary.jones@example.invalid' is not valid; "
        "left out.",
        "Row 4, column 'Mobile Phone': phone '(111) 555-1111' is not a valid phone number; "
        "kept as typed, unverified.",
        "Row 4, column 'Business Phone': phone '123456' is not a valid phone number; kept as "
        "typed, unverified.",
    ]
    assert report.unmapped == (
        "Title",
        "Initials",
        "Anniversary",
        "Sensitivity",
        "Priority",
        "Private",
    )


@pytest.mark.parametrize(
    ("name", "file_format", "encoding", "preset"),
    [
        ("outlook_2016_utf16be.vcf", FileFormat.VCARD, "utf-16-be", "vcard"),
        ("webmail_shift_jis.csv", FileFormat.CSV, "cp932", "generic"),  # Shift-JIS
        ("outlook_365.csv", FileFormat.CSV, "cp1252", "outlook"),
        ("thunderbird_115.ldif", FileFormat.LDIF, "utf-8", "thunderbird"),
        ("google_2019_legacy.csv", FileFormat.CSV, "utf-8", "google"),
        ("thunderbird_115.csv", FileFormat.CSV, "utf-8", "thunderbird"),
    ],
)
def test_format_encoding_and_preset_are_detected(
    ctx: AppContext, name: str, file_format: FileFormat, encoding: str, preset: str
) -> None:
    source = ctx.imports.inspect(CORPUS / name)
    assert (source.format, source.encoding) == (file_format, encoding)
    assert ctx.imports.plan(source).preset.name == preset


def test_the_region_reads_national_numbers_and_the_rows_country_wins(ctx: AppContext) -> None:
    source = ctx.imports.inspect(CORPUS / "webmail_shift_jis.csv")
    ctx.imports.run(ctx.imports.plan(source, region="jp"))
    assert contacts(ctx)["田中 太郎"]["phone_norm"] == "+819012345678"
