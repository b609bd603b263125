"""LDIF address books (Thunderbird, Apple Contacts, Outlook Express) read with the `ldif`
parser (RFC 2849) into rows named like Thunderbird's CSV columns, so the Thunderbird preset maps
both. Entries that are not people (mailing lists, folders) are passed over; an attribute given
several times (Apple writes one `mail` per address) becomes one multi-value cell ('a ::: b').
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ldif import LDIFParser

from app.domain.errors import QT_TRANSLATE_NOOP, Message

# Thunderbird CSV column <- LDIF attributes (lower case), first found wins.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "First Name": ("givenname",),
    "Last Name": ("sn", "surname"),
    "Display Name": ("displayname", "cn", "commonname"),
    "Nickname": ("mozillanickname", "xmozillanickname"),
    "Primary Email": ("mail",),
    "Secondary Email": ("mozillasecondemail", "xmozillasecondemail"),
    "Work Phone": ("telephonenumber",),
    "Home Phone": ("homephone",),
    "Fax Number": ("facsimiletelephonenumber", "fax"),
    "Pager Number": ("pager", "pagerphone"),
    "Mobile Number": ("mobile", "cellphone", "mobiletelephonenumber"),
    "Work Address": ("street", "streetaddress", "postaladdress"),
    "Work City": ("l", "locality"),
    "Work State": ("st", "state"),
    "Work ZipCode": ("postalcode", "zip"),
    "Work Country": ("c", "countryname", "co"),
    "Job Title": ("title",),
    "Department": ("ou", "department"),
    "Organization": ("o", "company"),
    "Birth Year": ("birthyear",),
    "Birth Month": ("birthmonth",),
    "Birth Day": ("birthday",),
    "Notes": ("description", "note"),
}
LDIF_COLUMNS = tuple(_COLUMNS)
_PEOPLE = frozenset({"person", "inetorgperson", "organizationalperson", "mozillaabpersonalpha"})
_SKIPPED = ("jpegphoto", "photo", "usercertificate", "usersmimecertificate", "thumbnailphoto")

Row = tuple[int, tuple[str, ...], Message | None]  # entry number, cells, why it is unreadable


def ldif_rows(path: Path) -> Iterator[Row]:
    """(entry number, cells in LDIF_COLUMNS order, None) for each person in the file; an entry
    the parser rejects is one row with its problem, and reading goes on."""
    with path.open("rb") as handle:
        parser = LDIFParser(handle, ignored_attr_types=_SKIPPED, strict=False)
        entries = parser.parse()
        number = 0
        while True:
            number += 1
            try:
                found = next(entries, None)
            except (ValueError, UnicodeError) as exc:
                yield (
                    number,
                    ("",) * len(LDIF_COLUMNS),
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "UserError", "the entry cannot be read as LDIF ({problem})"
                        ),
                        problem=str(exc),
                    ),
                )
                return  # the parser cannot resume after a broken block
            if found is None:
                return
            _dn, entry = found
            attributes = {name.lower(): values for name, values in entry.items()}
            classes = {_text(v).lower() for v in attributes.get("objectclass", [])}
            if classes and not classes & _PEOPLE:
                number -= 1
                continue
            cells = tuple(_cell(attributes, column, names) for column, names in _COLUMNS.items())
            yield number, cells, None


_MULTI = frozenset({"Primary Email", "Work Phone", "Home Phone", "Mobile Number"})


def _cell(attributes: dict[str, list[str | bytes]], column: str, names: tuple[str, ...]) -> str:
    """The column's text: the first attribute present; e-mails and phones keep every value."""
    for name in names:
        values = [_text(v).strip() for v in attributes.get(name, [])]
        values = [v.replace("$", ", ") if name == "postaladdress" else v for v in values if v]
        if values:
            return " ::: ".join(dict.fromkeys(values)) if column in _MULTI else values[0]
    return ""


def _text(value: str | bytes) -> str:
    """Values that are not UTF-8 (old Outlook Express exports) are read as Windows-1252."""
    return value if isinstance(value, str) else value.decode("cp1252", "replace")
