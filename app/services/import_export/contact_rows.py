"""One mapped row -> a validated contact, and merging two descriptions of the same person.

Derived columns (display and sort names, normalised e-mail and phone, phone search forms) are
computed with the same domain helpers the contact form uses, so imported and typed contacts match.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

import phonenumbers

from app.domain.enums import ContactSource, LifecycleStage
from app.domain.errors import QT_TRANSLATE_NOOP, Message, UserError
from app.domain.validation import (
    MAX_NAME_LENGTH,
    Phone,
    clean_name,
    clean_text,
    display_name_of,
    email_match_key,
    fold,
    normalise_email,
)
from app.services.import_export.fast_checks import cached_phone, country_code, plain_address
from app.services.import_export.presets import CUSTOM_PREFIX, MAX_PHONES
from app.services.import_export.values import (
    MONTH_FIRST_REGIONS,
    NO_YEAR,
    FieldError,
    parse_birthday,
    parse_choice,
    split_tags,
)

if TYPE_CHECKING:  # check workers import this module: no SQLAlchemy for them
    from sqlalchemy import Connection

# Columns of `contact` an import writes and may update, in insert order.
CONTACT_COLUMNS = (
    "first_name",
    "last_name",
    "display_name",
    "sort_name",
    "email",
    "email_norm",
    "phone",
    "phone_norm",
    "search_phones",
    "company_id",
    "job_title",
    "street",
    "city",
    "postcode",
    "region",
    "country",
    "birthday",
    "stage",
    "source",
    "notes",
    "custom",
    "external_id",
)
# (value field, label field): the first e-mail and phone have no label of their own
_EMAIL_FIELDS = (("email", ""), ("email_2", "email_2_label"), ("email_3", "email_3_label"))
_PHONE_FIELDS = (
    ("phone", ""),
    *((f"phone_{n}", f"phone_{n}_label") for n in range(2, MAX_PHONES + 1)),
)
_PLAIN = ("job_title", "street", "city", "postcode", "region")
_NO_EMAIL: tuple[str | None, str | None] = (None, None)
T = TypeVar("T")
_LIMITS = {"postcode": 20, "external_id": 200}
_PHONE_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)
# (field, its values, the default ContactData starts with)
_CHOICES: tuple[
    tuple[str, type[LifecycleStage] | type[ContactSource], LifecycleStage | ContactSource], ...
] = (
    ("stage", LifecycleStage, LifecycleStage.LEAD),
    ("source", ContactSource, ContactSource.IMPORT),
)


class RowError(Exception):
    """A row that cannot be stored: which field and why (the importer adds the row number);
    `problems` lists every bad field of the row, this one first."""

    def __init__(
        self, field_name: str, reason: Message, more: tuple[tuple[str, Message], ...] = ()
    ) -> None:
        super().__init__(str(reason))
        self.field, self.reason = field_name, reason
        self.problems = ((field_name, reason), *more)


@dataclass(slots=True)
class ContactData:
    """A validated contact before it is written; mutable so duplicates in a file can merge."""

    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    email_norm: str | None = None
    phone: str | None = None
    phone_norm: str | None = None
    search_phones: str = ""
    company: str = ""
    job_title: str | None = None
    street: str | None = None
    city: str | None = None
    postcode: str | None = None
    region: str | None = None
    country: str | None = None
    birthday: str | None = None
    stage: str = LifecycleStage.LEAD.value
    source: str = ContactSource.IMPORT.value
    notes: str | None = None
    custom: dict[str, Any] = field(default_factory=dict)
    external_id: str | None = None
    methods: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind,label,value,norm
    tags: list[str] = field(default_factory=list)
    # fold(display_name), computed where the row is checked (a worker process) so the writing
    # process does not; "" = not known (after a merge), computed when stored.
    sort_name: str = ""
    display: str = ""  # the file's display name, where it differs from first + last
    # (field, reason) of each field left out or kept unverified: the report's warnings
    warnings: tuple[tuple[str, Message], ...] = ()

    @property
    def display_name(self) -> str:
        return self.display or display_name_of(self.first_name, self.last_name, self.company)

    def __reduce__(self) -> tuple[type[ContactData], tuple[Any, ...]]:
        """Pickled as its field values in order (checked rows come back from the workers):
        half the unpickling time of the dataclass's per-slot state."""
        return ContactData, _field_values(self)

    def match_keys(self) -> list[str]:
        """Matching keys, strongest first: external id, e-mail, then phone."""
        found = [f"x:{self.external_id}"] if self.external_id else []
        found += [f"e:{self.email_norm}"] if self.email_norm else []
        found += [f"p:{self.phone_norm}"] if self.phone_norm else []
        weak = not (self.email_norm or self.phone_norm)
        if weak and (self.first_name or self.last_name or self.company or self.display):
            found.append(name_key(self.display_name, self.company))
        return found

    def column_values(self, company_id: int | None) -> dict[str, Any]:
        """The `contact` columns of CONTACT_COLUMNS, as stored."""
        display = self.display_name
        values = {name: getattr(self, name) for name in CONTACT_COLUMNS if hasattr(self, name)}
        values.update(
            display_name=display,
            sort_name=fold(display),
            company_id=company_id,
        )
        return values

    def stored_row(self, company_id: int | None) -> tuple[Any, ...]:
        """The CONTACT_COLUMNS values as bound in an INSERT (custom fields as JSON text)."""
        display = self.display_name
        custom = json.dumps(self.custom) if self.custom else "{}"
        return (
            self.first_name,
            self.last_name,
            display,
            self.sort_name or fold(display),
            self.email,
            self.email_norm,
            self.phone,
            self.phone_norm,
            self.search_phones,
            company_id,
            self.job_title,
            self.street,
            self.city,
            self.postcode,
            self.region,
            self.country,
            self.birthday,
            self.stage,
            self.source,
            self.notes,
            custom,
            self.external_id,
        )

    def merge(self, other: ContactData, *, overwrite: bool) -> None:
        """Take `other`'s values: only into empty fields, or over everything it has."""
        for item in fields(self):
            name = item.name
            if name in {"methods", "tags", "custom", "sort_name", "warnings"}:
                continue
            mine, theirs = getattr(self, name), getattr(other, name)
            if theirs in (None, "") or (name in {"stage", "source"} and not overwrite):
                continue
            if overwrite or mine in (None, ""):
                setattr(self, name, theirs)
        self.custom = (
            {**other.custom, **self.custom} if not overwrite else {**self.custom, **other.custom}
        )
        known = {m[3] or m[2] for m in self.methods} | {self.email_norm, self.phone_norm}
        for method in other.methods + other.primary_methods():
            if (method[3] or method[2]) not in known:
                self.methods.append(method)
                known.add(method[3] or method[2])
        self.tags = list(dict.fromkeys(self.tags + other.tags))
        self.sort_name = ""  # the names may have been filled

    def primary_methods(self) -> list[tuple[str, str, str, str]]:
        """The primary e-mail and phone as extra methods (kept when a merge replaces them)."""
        found = []
        if self.email and self.email_norm:
            found.append(("email", "", self.email, self.email_norm))
        if self.phone:
            found.append(("phone", "", self.phone, self.phone_norm or ""))
        return found


def name_key(display_name: str, company: str | None) -> str:
    """The weakest match key, for contacts without e-mail or phone: name and company."""
    return f"n:{fold(display_name)}|{fold(company or '')}"


_field_values = attrgetter(*(item.name for item in fields(ContactData)))  # all, in order


@dataclass(slots=True)
class ContactKeys:
    """Matching keys of live contacts (as `ContactData.match_keys` writes them, e-mails and
    phones of extra methods included) -> contact id, loaded once per import."""

    ids: dict[str, int]

    @classmethod
    def load(cls, connection: Connection) -> ContactKeys:
        ids: dict[str, int] = {}
        for contact_id, uid, external, email, phone in connection.exec_driver_sql(
            "SELECT id, uid, external_id, email_norm, phone_norm FROM contact "
            "WHERE deleted_at IS NULL"
        ):
            # a card Rapport exported carries the contact's own uid when it has no external id
            for key in (
                f"p:{phone}" if phone else "",
                f"e:{email}" if email else "",
                f"x:{uid}",
                f"x:{external}" if external else "",
            ):
                if key:
                    ids.setdefault(key, contact_id)
        for contact_id, kind, norm in connection.exec_driver_sql(
            "SELECT contact_id, kind, value_norm FROM contact_method WHERE deleted_at IS NULL "
            "AND value_norm IS NOT NULL AND kind IN ('email', 'phone')"
        ):
            ids.setdefault(f"{'e' if kind == 'email' else 'p'}:{norm}", contact_id)
        for contact_id, display, company in connection.exec_driver_sql(
            "SELECT c.id, c.display_name, co.name FROM contact c "
            "LEFT JOIN company co ON co.id = c.company_id WHERE c.deleted_at IS NULL"
        ):
            ids.setdefault(name_key(str(display or ""), company), contact_id)
        return cls(ids)

    def find(self, keys: list[str]) -> int | None:
        """The live contact the first of these match keys (strongest first) finds."""
        return next((self.ids[k] for k in keys if k in self.ids), None)


def contact_from_row(values: dict[str, str], region: str) -> ContactData:
    """Validate a mapped row (field -> text). A field that does not validate is kept as text
    where that is safe (a phone: unverified) or left out, and noted in `warnings`; RowError only
    when nothing identifies a contact (no name, company, e-mail or phone)."""
    problems: list[tuple[str, Message]] = []
    data = _contact(values, region, problems)
    if not (data.first_name or data.last_name or data.company or data.display):
        problems.insert(
            0,
            (
                "",
                Message(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "nothing identifies a contact (no name, company, e-mail or phone)",
                    )
                ),
            ),
        )
        raise RowError(*problems[0], tuple(problems[1:]))
    data.warnings = tuple(problems)
    return data


def _try(problems: list[tuple[str, Message]], default: T, check: Callable[..., T], *args: Any) -> T:
    """check(*args), or `default` with the problem noted, so every bad field is reported."""
    try:
        return check(*args)
    except RowError as exc:
        problems.append((exc.field, exc.reason))
        return default


def _contact(
    values: dict[str, str], region: str, problems: list[tuple[str, Message]]
) -> ContactData:
    data = ContactData()
    first, last = (
        _field(problems, values, "first_name"),
        _field(problems, values, "last_name"),
    )
    full = _field(problems, values, "full_name")
    data.company = _field(problems, values, "company")
    if full and not (first or last) and fold(full) != fold(data.company):
        first, _, last = full.rpartition(" ") if " " in full else ("", "", full)
        first, last = (first, last) if first else (last, "")
    elif full and (first or last) and full != display_name_of(first, last):
        data.display = full  # Thunderbird's Display Name, a vCard's FN: kept as written
    data.first_name, data.last_name = first, last
    for name in _PLAIN:
        text = _field(problems, values, name)
        if not text:
            continue  # None, as ContactData starts
        limit = _LIMITS.get(name, MAX_NAME_LENGTH)
        if len(text) > limit:
            problems.append(
                (
                    name,
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "UserError", "'{text}…' is longer than {limit} characters; left out"
                        ),
                        text=text[:40],
                        limit=limit,
                    ),
                )
            )
            continue
        setattr(data, name, text)
    data.country, data.custom = _country(_field(problems, values, "country"))
    _emails(data, values, problems)
    _phones(data, values, phone_region(data.country, region), problems)
    if not (first or last or data.company):
        _name_from_contact_details(data, values)
    for name in values:
        if name.startswith(CUSTOM_PREFIX) and (text := _try(problems, "", _custom, values, name)):
            data.custom[name.removeprefix(CUSTOM_PREFIX)] = text
    data.birthday = _birthday(values, region, problems)
    # absent fields keep ContactData's defaults without a call (most rows have few fields)
    if values.get("notes"):
        data.notes = _try(problems, "", _text, values, "notes") or None
    if tags := _field(problems, values, "tags"):
        data.tags = split_tags(tags)
    data.external_id = _field(problems, values, "external_id").lstrip("'")[:200] or None
    for name, choices, default in _CHOICES:
        if values.get(name):
            setattr(
                data, name, _try(problems, default.value, _choice, values, name, choices, default)
            )
    data.sort_name = fold(data.display_name)
    return data


def phone_region(country: str | None, region: str) -> str:
    """The region national numbers are read in: the row's own country when phone numbering
    knows it (an address in Canada reads 905-555-1234 as Canadian), else the import's."""
    return country if country in _PHONE_REGIONS else region


def _name_from_contact_details(data: ContactData, values: dict[str, str]) -> None:
    """A contact with neither name nor company is shown by its e-mail's local part (as typed,
    even when the address itself did not validate), else by its phone."""
    email = next((e for e in _entries(values, _EMAIL_FIELDS) if e[2]), None)
    if email is not None:
        data.first_name = email[2].split("@")[0][:MAX_NAME_LENGTH]
    elif data.phone:
        data.display = data.phone


def _entries(
    values: dict[str, str], pairs: tuple[tuple[str, str], ...]
) -> list[tuple[str, str, str]]:
    """(field, label, text) of every e-mail or phone of the row; Google's multi-value cells
    ('a@x.com ::: b@y.com', labels '* Work ::: Home') give one entry per value."""
    found = []
    for name, label_name in pairs:
        text = values.get(name, "")
        if not text:
            continue
        label = values.get(label_name, "") if label_name else ""
        if ":::" not in text and ":::" not in label:  # one value: most cells
            if text.strip():
                found.append((name, label.strip().lstrip("* ").strip()[:50], text))
            continue
        labels = [part.strip().lstrip("* ").strip() for part in label.split(":::")]
        for n, part in enumerate(text.split(":::")):
            if part.strip():
                found.append((name, (labels[n] if n < len(labels) else labels[0])[:50], part))
    return found


def _emails(data: ContactData, values: dict[str, str], problems: list[tuple[str, Message]]) -> None:
    found: list[tuple[str, str, str]] = []
    for name, label, text in _entries(values, _EMAIL_FIELDS):
        address, key = _try(problems, _NO_EMAIL, _email, name, text)
        if address and key and key not in {k for _l, _a, k in found}:
            found.append((label, address, key))
    if found:
        _label, data.email, data.email_norm = found.pop(0)
    data.methods.extend(("email", label, a, k) for label, a, k in found)


def _phones(
    data: ContactData, values: dict[str, str], region: str, problems: list[tuple[str, Message]]
) -> None:
    """Valid numbers first (the first is the primary); one that does not validate is kept as
    typed, unverified (no E.164 form), and found by its digits."""
    valid: list[tuple[str, str, str, str]] = []
    unverified: list[tuple[str, str, str]] = []
    for name, label, text in _entries(values, _PHONE_FIELDS):
        raw = _try(problems, "", _clean, name, text)
        if not raw:
            continue
        phone = cached_phone(raw, region)
        if isinstance(phone, Phone):
            if phone.e164 not in {v[2] for v in valid}:
                valid.append((label, raw[:50], phone.e164, " ".join(phone.search_forms())))
        elif digits := "".join(ch for ch in raw if ch.isdigit()):
            unverified.append((label, raw[:50], digits))
            problems.append(
                (
                    name,
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "phone '{text}' is not a valid phone number; kept as typed, unverified",
                        ),
                        text=raw,
                    ),
                )
            )
        else:
            problems.append(
                (
                    name,
                    Message.of(
                        QT_TRANSLATE_NOOP("UserError", "phone '{text}' has no digits; left out"),
                        text=raw,
                    ),
                )
            )
    if valid:
        _label, data.phone, data.phone_norm, data.search_phones = valid.pop(0)
    elif unverified:
        _label, data.phone, data.search_phones = unverified.pop(0)
    data.methods.extend(("phone", label, raw, e164) for label, raw, e164, _f in valid)
    data.methods.extend(("phone", label, raw, "") for label, raw, _d in unverified)
    extra_digits = [d for _l, _r, d in unverified]
    if extra_digits:
        data.search_phones = " ".join([data.search_phones, *extra_digits]).strip()


def _birthday(
    values: dict[str, str], region: str, problems: list[tuple[str, Message]]
) -> str | None:
    """The birthday from one cell, or from Thunderbird's Birth Year / Month / Day; one that is
    not a date is left out (and reported)."""
    if values.get("birthday"):
        if not values["birthday"].strip("0/.-: "):
            return None  # Outlook's "0/0/00": no birthday
        return _try(problems, None, _parsed, values, "birthday", region)
    month, day = values.get("birth_month", "").strip(), values.get("birth_day", "").strip()
    if not (month or day):
        return None
    year = values.get("birth_year", "").strip() or str(NO_YEAR)
    text = f"{year}-{month.zfill(2)}-{day.zfill(2)}"
    try:
        return parse_birthday(text).isoformat()
    except FieldError:
        field_name = "birth_day" if values.get("birth_day") else "birth_month"
        problems.append(
            (
                field_name,
                Message.of(
                    QT_TRANSLATE_NOOP("UserError", "birthday '{text}' is not a date; left out"),
                    text=" / ".join(p for p in (values.get("birth_year", ""), month, day) if p),
                ),
            )
        )
        return None


def _field(problems: list[tuple[str, Message]], values: dict[str, str], name: str) -> str:
    """The cleaned text of one field, "" when absent or bad (noted); absent fields (most of a
    row's) return before any call, which is a sixth of a big import's checking time."""
    if not values.get(name):
        return ""
    return _try(problems, "", _name, values, name)


def _name(values: dict[str, str], name: str) -> str:
    if not values.get(name):
        return ""
    try:
        return clean_name(values.get(name), field=name.replace("_", " "))
    except UserError as exc:
        raise RowError(name, exc.said()) from None


def _text(values: dict[str, str], name: str) -> str:
    if not values.get(name):
        return ""
    try:
        return clean_text(values.get(name), field=name.replace("_", " "))
    except UserError as exc:
        raise RowError(name, exc.said()) from None


def _custom(values: dict[str, str], name: str) -> str:
    """A custom field's text: lines allowed, at most 1,000 characters (as the contact form)."""
    key = name.removeprefix(CUSTOM_PREFIX)
    try:
        return clean_text(values.get(name), field=key.replace("_", " "), max_length=1000)
    except UserError as exc:
        raise RowError(name, exc.said()) from None


def _clean(name: str, text: str) -> str:
    try:
        return clean_name(text, field=name.replace("_", " "))
    except UserError as exc:
        raise RowError(name, exc.said()) from None


def _email(name: str, text: str) -> tuple[str | None, str | None]:
    """A valid address and its match key; RowError (the address is left out) otherwise."""
    cleaned = _clean(name, text)
    if not cleaned:
        return None, None
    try:
        address = plain_address(cleaned) or normalise_email(cleaned, field="e-mail")
    except UserError:
        raise RowError(
            name,
            Message.of(
                QT_TRANSLATE_NOOP("UserError", "e-mail '{text}' is not valid; left out"),
                text=text.strip(),
            ),
        ) from None
    return address, email_match_key(address)


def _country(text: str) -> tuple[str | None, dict[str, Any]]:
    """ISO codes are stored as such, and so are names we know ("Deutschland" -> DE); any other
    country written out is kept in the custom fields rather than lost."""
    if not text:
        return None, {}
    code = country_code(text)
    return (code, {}) if code else (None, {"country_name": text})


def _parsed(values: dict[str, str], name: str, region: str) -> str | None:
    text = values.get(name, "").strip()
    if not text:
        return None
    try:
        return parse_birthday(text, month_first=region in MONTH_FIRST_REGIONS).isoformat()
    except FieldError as exc:
        raise RowError(name, exc.said()) from None


def _choice(
    values: dict[str, str],
    name: str,
    choices: type[LifecycleStage] | type[ContactSource],
    default: LifecycleStage | ContactSource,
) -> str:
    try:
        return parse_choice(values.get(name, ""), choices, default).value
    except FieldError as exc:
        raise RowError(name, exc.said()) from None
