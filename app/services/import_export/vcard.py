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
from typing import Any, TextIO

from app.domain.errors import QT_TRANSLATE_NOOP, Message, UserError
from app.services.import_export.presets import MAX_PHONES
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
    *(name for n in range(2, MAX_PHONES + 1) for name in (f"Phone {n}", f"Phone {n} Label")),
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
_PHONE_COLUMNS = ("Phone", *(f"Phone {n}" for n in range(2, MAX_PHONES + 1)))
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_PHOTO = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
# Lines vobject rejects or that carry nothing for a contact: Lotus Notes' PROFILE:VCARD,
# NAME and SOURCE (RFC 2425 directory headers).
_DROPPED = re.compile(r"^(PROFILE|NAME|SOURCE|MAILER)[;:]", re.IGNORECASE)
_QP = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([\w-]+)", re.IGNORECASE)
_TECHNICAL_TYPES = frozenset({"internet", "pref", "voice", "x400", "text", "uri"})
MAX_LINE_CHARS = 100_000  # longer lines (other than photos, which are skipped) are refused
MAX_CARD_LINES = 2_000  # a card with more properties is refused (a real one has < 100)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class CardText:
    """One card as read from the file: where it starts, and its text or why it cannot be read."""

    number: int
    line: int
    text: str = ""
    problem: Message | None = None


def read_cards(handle: TextIO, encoding: str = "utf-8") -> Iterator[CardText]:
    """Each BEGIN:VCARD ... END:VCARD block of an open file (newline=""), read line by line
    with bounded memory: photos are skipped however long, any other line longer than
    MAX_LINE_CHARS or a card with more than MAX_CARD_LINES lines is reported and passed over.
    Line ends may be LF, CR LF, CR CR LF or CR; quoted-printable values are decoded."""
    number = start = 0
    lines: list[str] = []
    problem: Message | None = None
    inside = skipping = False
    for line_number, raw, too_long in _lines(handle):
        if _BEGIN.match(raw):
            if inside:  # the previous card had no END:VCARD
                yield CardText(number, start, problem=problem or _unended())
            number, start, lines, problem = number + 1, line_number, [raw], None
            inside, skipping = True, False
            continue
        if not inside:
            continue
        if _END.match(raw):
            lines.append(raw)
            inside = False
            if problem is not None:
                yield CardText(number, start, problem=problem)
            else:
                yield CardText(number, start, "\r\n".join(_unfold_values(lines, encoding)))
            continue
        skipping, problem = _take(raw, (line_number, too_long), lines, skipping, problem)
    if inside:
        yield CardText(number, start, problem=problem or _unended())


def _take(
    raw: str,
    where: tuple[int, bool],
    lines: list[str],
    skipping: bool,
    problem: Message | None,
) -> tuple[bool, Message | None]:
    """Add one line inside a card to `lines` unless it belongs to a photo (skipped) or the
    card is already refused; (skipping a photo now, the card's problem)."""
    line_number, too_long = where
    if skipping and (raw[:1] in {" ", "\t"} or ":" not in raw):
        return True, problem  # a photo's folded or 2.1 base64 continuation (or a blank line)
    if _PHOTO.match(raw):
        return True, problem
    if problem is not None or _DROPPED.match(raw):
        return False, problem
    if too_long:
        return False, Message.of(
            QT_TRANSLATE_NOOP("UserError", "line {line:,} is longer than {limit:,} characters"),
            line=line_number,
            limit=MAX_LINE_CHARS,
        )
    if len(lines) >= MAX_CARD_LINES:
        return False, Message.of(
            QT_TRANSLATE_NOOP("UserError", "the card has more than {limit:,} lines"),
            limit=MAX_CARD_LINES,
        )
    lines.append(raw)
    return False, problem


def _unended() -> Message:
    return Message(QT_TRANSLATE_NOOP("UserError", "the card has no END:VCARD line"))


def _lines(handle: TextIO) -> Iterator[tuple[int, str, bool]]:
    """(line number, text without its line end, longer than MAX_LINE_CHARS) of each line.

    Line ends are LF, CR LF, CR CR LF (iPhone) or, in a file without LF, CR (old Macs); a bare
    CR inside a line of a file that has LF ends (Outlook) is a line break inside the value,
    written as vCard's escaped \\n. A long line is read in chunks and only its start kept."""
    number, saw_lf = 0, False
    pending: str | None = None  # a line cut by a bare CR, waiting for the rest of its value
    for part, ending, too_long in _raw_lines(handle):
        saw_lf = saw_lf or ending.endswith("\n")
        text = part
        if pending is not None:
            if not part and ending.endswith("\n"):  # CR CR LF: the CR was part of the end
                number += 1
                yield number, pending, False
                pending = None
                continue
            text = f"{pending}\\n{part}"
            pending = None
        if ending == "\r" and saw_lf:
            pending = text
            continue
        number += 1
        yield number, text, too_long
    if pending is not None:
        yield number + 1, pending, False


def _raw_lines(handle: TextIO) -> Iterator[tuple[str, str, bool]]:
    """(text, its line end, too long) as the file's universal-newline reading splits them."""
    while True:
        text = handle.readline(MAX_LINE_CHARS + 2)
        if not text:
            return
        ending = "\r\n" if text.endswith("\r\n") else text[-1:] if text[-1:] in "\r\n" else ""
        too_long = not ending
        if too_long:
            while (more := handle.readline(_CHUNK)) and more[-1:] not in "\r\n":
                pass
            too_long = len(text) > MAX_LINE_CHARS
        yield text.rstrip("\r\n").lstrip("\ufeff"), ending, too_long  # a BOM read as text


def _unfold_values(lines: list[str], encoding: str) -> list[str]:
    """The card's lines ready for vobject: quoted-printable values joined and decoded, blank
    lines dropped."""
    return [line for line in _decode_quoted_printable(lines, encoding) if line.strip()]


def _decode_quoted_printable(lines: list[str], encoding: str) -> list[str]:
    """Join soft line breaks of quoted-printable values and decode them to plain text; a soft
    break followed by a blank line (as Android writes them) or by END:VCARD ends the value."""
    out: list[str] = []
    pending = ""  # a quoted-printable value cut by a soft break, waiting for its next line
    for raw in lines:
        if pending and (not raw.strip() or _END.match(raw)):
            out.append(_decoded_line(pending, encoding))
            pending = ""
            if not raw.strip():
                continue
        line, pending = pending + raw, ""
        if _QP.match(line) is None:
            out.append(line)
        elif line.endswith("="):
            pending = line[:-1]
        else:
            out.append(_decoded_line(line, encoding))
    if pending:
        out.append(_decoded_line(pending, encoding))
    return out


def _decoded_line(line: str, encoding: str) -> str:
    found = _QP.match(line)
    head = found.group(0) if found else ":"
    charset = _CHARSET.search(head)
    params = re.sub(r";(ENCODING=)?QUOTED-PRINTABLE|;CHARSET=[\w-]+", "", head[:-1], flags=re.I)
    raw = quopri.decodestring(line[len(head) :].rstrip("=").encode("latin-1", "replace"))
    try:
        value = raw.decode(charset.group(1) if charset else _byte_encoding(encoding))
    except (LookupError, UnicodeDecodeError):
        value = raw.decode("latin-1")
    escaped = value.replace("\r\n", "\\n").replace("\n", "\\n")
    return f"{params}:{escaped}"


def _byte_encoding(encoding: str) -> str:
    """What a 2.1 card without CHARSET meant by its quoted bytes: the file's own encoding, or
    UTF-8 when the file is UTF-16 (whose bytes QP cannot hold)."""
    return "utf-8" if encoding.lower().replace("_", "-").startswith("utf-16") else encoding


def vcard_values(card: str, line: int = 1) -> tuple[str, ...]:
    """The card (starting on `line` of the file) as one row of VCARD_COLUMNS; UserError naming
    the card and the problem when it is broken."""
    import vobject  # noqa: PLC0415 - 70 ms to load, paid only by vCard files

    try:
        component = vobject.readOne(card)
    except Exception as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "the card starting on line {line:,} cannot be read ({problem})"
            ),
            line=line,
            problem=_short(exc),
        ) from exc
    values = [""] * len(VCARD_COLUMNS)
    labels = _apple_labels(component)
    children = list(component.getChildren())
    _names(component, values)
    emails = [c for c in children if c.name == "EMAIL"]
    phones = [c for c in children if c.name == "TEL"]
    _methods(emails, ("E-mail", "E-mail 2", "E-mail 3"), labels, values)
    _methods(phones, _PHONE_COLUMNS, labels, values)
    for child in children:
        _simple(child, values)
    if not values[_INDEX["UID"]]:
        apple_id = next((c for c in children if c.name == "X-ABUID"), None)
        apple = _text(apple_id.value) if apple_id is not None else ""
        values[_INDEX["UID"]] = apple.removesuffix(":ABPerson")
    if _shown_as_company(children) and not (
        values[_INDEX["First Name"]] or values[_INDEX["Last Name"]]
    ):
        values[_INDEX["Full Name"]] = ""  # a company's card: no person's name to make up
    return tuple(values)


def _shown_as_company(children: Sequence[Any]) -> bool:
    """Apple's X-ABShowAs:COMPANY marks a company's card."""
    return any(
        c.name == "X-ABSHOWAS" and _text(c.value).strip().upper() == "COMPANY" for c in children
    )


def _short(exc: BaseException) -> str:
    """vobject's reason in plain words where it has a usual form."""
    said = " ".join(str(exc).split())
    unparsed = re.search(r"Failed to parse line: (.*)", said)
    if unparsed:
        return f"'{unparsed.group(1)[:80]}' is not a vCard line"
    return said[:120] or type(exc).__name__


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
    columns: tuple[str, ...],
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
    import vobject  # noqa: PLC0415 - 70 ms to load, paid only by vCard exports

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
