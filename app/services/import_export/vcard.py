"""vCard 2.1/3.0/4.0 in (through vobject) and 3.0/4.0 out.

Cards are split and parsed one at a time so one broken card is reported and the rest import.
Old Android and Outlook files use quoted-printable values with soft line breaks and CHARSET
parameters that vobject does not unfold, so those lines are joined and decoded here; photos are
dropped before parsing (they are large and Rapport keeps none).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import vobject

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.import_export.values import NO_YEAR

VCARD_COLUMNS = (
    "Full Name",
    "First Name",
    "Last Name",
    "E-mail",
    "E-mail 2",
    "E-mail 2 Label",
    "E-mail 3",
    "E-mail 3 Label",
    "Phone",
    "Phone 2",
    "Phone 2 Label",
    "Phone 3",
    "Phone 3 Label",
    "Company",
    "Job Title",
    "Street",
    "City",
    "Postcode",
    "Region",
    "Country",
    "Birthday",
    "Notes",
    "Tags",
    "UID",
)
_INDEX = {name: n for n, name in enumerate(VCARD_COLUMNS)}
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_PHOTO = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_QP = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([\w-]+)", re.IGNORECASE)
_TECHNICAL_TYPES = frozenset({"internet", "pref", "voice", "x400", "text", "uri"})


def split_cards(text: str) -> Iterator[str]:
    """Each BEGIN:VCARD ... END:VCARD block with photos removed and quoted-printable decoded."""
    lines: list[str] = []
    inside = skipping = False
    for raw in text.splitlines():
        if _BEGIN.match(raw):
            inside, skipping, lines = True, False, [raw]
            continue
        if not inside:
            continue
        if _END.match(raw):
            lines.append(raw)
            yield "\r\n".join(_decode_quoted_printable(lines)) + "\r\n"
            inside = False
            continue
        if skipping and (raw[:1] in {" ", "\t"} or (raw and ":" not in raw)):
            continue  # a photo's folded or 2.1 base64 continuation
        skipping = bool(_PHOTO.match(raw))
        if not skipping and raw.strip():
            lines.append(raw)
    if inside:
        yield "\r\n".join(lines)  # no END:VCARD: vobject reports it as broken


def _decode_quoted_printable(lines: list[str]) -> list[str]:
    """Join soft line breaks of quoted-printable values and decode them to plain text."""
    out: list[str] = []
    pending = ""
    for raw_line in lines:
        line, pending = pending + raw_line, ""
        match = _QP.match(line)
        if match is None:
            out.append(line)
            continue
        if line.endswith("="):
            pending = line[:-1]
            continue
        head = match.group(0)
        charset = _CHARSET.search(head)
        params = re.sub(r";(ENCODING=)?QUOTED-PRINTABLE|;CHARSET=[\w-]+", "", head[:-1], flags=re.I)
        raw = quopri.decodestring(line[len(head) :].encode("latin-1", "replace"))
        try:
            value = raw.decode(charset.group(1) if charset else "utf-8")
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("latin-1")
        escaped = value.replace("\r\n", "\\n").replace("\n", "\\n")
        out.append(f"{params}:{escaped}")
    if pending:
        out.append(pending)
    return out


def vcard_values(card: str) -> tuple[str, ...]:
    """The card as one row of VCARD_COLUMNS; UserError naming the problem when it is broken."""
    try:
        component = vobject.readOne(card)
    except Exception as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "the card cannot be read ({problem})"),
            problem=_short(exc),
        ) from exc
    values = [""] * len(VCARD_COLUMNS)
    labels = _apple_labels(component)
    children = list(component.getChildren())
    _names(component, values)
    emails = [c for c in children if c.name == "EMAIL"]
    phones = [c for c in children if c.name == "TEL"]
    _methods(emails, ("E-mail", "E-mail 2", "E-mail 3"), labels, values)
    _methods(phones, ("Phone", "Phone 2", "Phone 3"), labels, values)
    for child in children:
        _simple(child, values)
    return tuple(values)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def _names(component: Any, values: list[str]) -> None:
    if hasattr(component, "n"):
        name = component.n.value
        if isinstance(name, str):
            values[_INDEX["Last Name"]] = name
        else:
            values[_INDEX["First Name"]] = " ".join(_text(name.given).split())
            values[_INDEX["Last Name"]] = " ".join(_text(name.family).split())
    if hasattr(component, "fn"):
        values[_INDEX["Full Name"]] = _text(component.fn.value)


def _apple_labels(component: Any) -> dict[str, str]:
    """Apple writes `item1.EMAIL` with `item1.X-ABLabel:_$!<Work>!$_`: group -> label."""
    labels: dict[str, str] = {}
    for child in component.getChildren():
        if child.name == "X-ABLABEL" and child.group:
            labels[child.group] = _text(child.value).strip("_$!<>")
    return labels


def _methods(
    children: Sequence[Any],
    columns: tuple[str, str, str],
    labels: dict[str, str],
    values: list[str],
) -> None:
    """Preferred first, then file order; the second and third keep their type as a label."""
    ordered = sorted(children, key=lambda c: not _is_preferred(c))
    for column, child in zip(columns, ordered, strict=False):
        values[_INDEX[column]] = _text(child.value).strip().removeprefix("tel:")
        label_column = f"{column} Label"
        if label_column in _INDEX:
            values[_INDEX[label_column]] = labels.get(child.group or "", "") or _type_label(child)


def _is_preferred(child: Any) -> bool:
    types = [t.lower() for t in child.params.get("TYPE", [])]
    return "pref" in types or "PREF" in child.params or child.params.get("PREF") is not None


def _type_label(child: Any) -> str:
    """The card's own label: the first TYPE that is not technical (INTERNET, PREF, VOICE)."""
    types = [part for t in child.params.get("TYPE", []) for part in t.split(",")]
    types += [k for k, v in child.params.items() if not v]  # 2.1 writes TEL;CELL;HOME
    return next((t for t in types if t.lower() not in _TECHNICAL_TYPES), "")


def _simple(child: Any, values: list[str]) -> None:
    name = child.name
    if name == "ORG":
        parts = child.value if isinstance(child.value, list) else [child.value]
        values[_INDEX["Company"]] = _text(parts[0] if parts else "")
    elif name == "TITLE":
        values[_INDEX["Job Title"]] = _text(child.value)
    elif name == "NOTE":
        values[_INDEX["Notes"]] = _text(child.value)
    elif name == "BDAY":
        values[_INDEX["Birthday"]] = _text(child.value)
    elif name == "CATEGORIES":
        items = child.value if isinstance(child.value, list) else [child.value]
        values[_INDEX["Tags"]] = ", ".join(_text(i) for i in items if _text(i))
    elif name == "UID":
        values[_INDEX["UID"]] = _text(child.value)
    elif name == "ADR" and not values[_INDEX["City"]]:
        address = child.value
        if not isinstance(address, str):
            values[_INDEX["Street"]] = _text(address.street)
            values[_INDEX["City"]] = _text(address.city)
            values[_INDEX["Postcode"]] = _text(address.code)
            values[_INDEX["Region"]] = _text(address.region)
            values[_INDEX["Country"]] = _text(address.country)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class VCardPerson:
    """What an export writes into one card."""

    uid: str
    first_name: str
    last_name: str
    display_name: str
    emails: tuple[tuple[str, str], ...]  # (label, address), primary first
    phones: tuple[tuple[str, str], ...]
    company: str
    job_title: str
    street: str
    city: str
    postcode: str
    region: str
    country: str
    birthday: str
    notes: str
    tags: tuple[str, ...]
    custom: dict[str, str] = field(default_factory=dict)  # custom field key -> value


def write_vcard(person: VCardPerson, version: str) -> str:
    """One card in vCard `version` ("3.0" or "4.0"), serialised by vobject."""
    card = vobject.vCard()
    card.add("version").value = version
    card.add("uid").value = person.uid
    card.add("fn").value = person.display_name
    card.add("n").value = vobject.vcard.Name(family=person.last_name, given=person.first_name)
    for kind, entries in (("email", person.emails), ("tel", person.phones)):
        for label, value in entries:
            line = card.add(kind)
            line.value = value
            if label:
                line.type_param = label
    if person.company:
        card.add("org").value = [person.company]
    for key, value in (("title", person.job_title), ("note", person.notes)):
        if value:
            card.add(key).value = value
    if person.birthday:
        no_year = person.birthday.startswith(f"{NO_YEAR}-")
        card.add("bday").value = f"--{person.birthday[5:]}" if no_year else person.birthday
    if any((person.street, person.city, person.postcode, person.region, person.country)):
        card.add("adr").value = vobject.vcard.Address(
            street=person.street,
            city=person.city,
            region=person.region,
            code=person.postcode,
            country=person.country,
        )
    if person.tags:
        card.add("categories").value = list(person.tags)
    return str(card.serialize())
