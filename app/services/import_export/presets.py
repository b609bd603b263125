"""What each kind of import stores (its documented fields) and presets that map real exports.

A mapping is one target field (or "" to ignore) per source column. Auto-mapping compares
headers case-, space- and punctuation-free with the preset's aliases, then the kind's own.

Documented columns (header aliases accepted in brackets):
- contacts: full_name, first_name, last_name, email, email_2 (+ _label), email_3 (+ _label),
  phone, phone_2 (+ _label), phone_3 (+ _label), company, job_title, street, city, postcode,
  region, country (ISO 2 letters), birthday (YYYY-MM-DD or --MM-DD), notes, tags (comma or
  ' ::: ' separated), external_id, stage, source.
- interactions: contact_email | contact_phone | contact_external_id (the contact), occurred_at,
  channel, direction, subject, body, duration_minutes, outcome.
- orders: the contact columns, occurred_at, kind (order, payment, refund, credit; default
  order), amount (decimal, e.g. 12.50), currency (ISO 4217; default the business currency),
  reference (rows repeating a reference, as Shopify writes one per line item, merge), description.
- surveys: the contact columns, kind (nps, csat, ces), score, comment, answered_at, channel.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, UserError


class ImportKind(StrEnum):
    CONTACTS = "contacts"
    INTERACTIONS = "interactions"
    ORDERS = "orders"
    SURVEYS = "surveys"


_CONTACT_REF = ("contact_email", "contact_phone", "contact_external_id")
MAX_PHONES = 8  # Outlook writes up to 19 phone columns; the eight most used are mapped
FIELDS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CONTACTS: (
        "full_name",
        "first_name",
        "last_name",
        "email",
        "email_2",
        "email_2_label",
        "email_3",
        "email_3_label",
        "phone",
        "phone_2",
        "phone_2_label",
        "phone_3",
        "phone_3_label",
        *(name for n in range(4, MAX_PHONES + 1) for name in (f"phone_{n}", f"phone_{n}_label")),
        "company",
        "job_title",
        "street",
        "city",
        "postcode",
        "region",
        "country",
        "birthday",
        "birth_year",
        "birth_month",
        "birth_day",
        "notes",
        "tags",
        "external_id",
        "stage",
        "source",
    ),
    ImportKind.INTERACTIONS: (
        *_CONTACT_REF,
        "occurred_at",
        "channel",
        "direction",
        "subject",
        "body",
        "duration_minutes",
        "outcome",
    ),
    ImportKind.ORDERS: (
        *_CONTACT_REF,
        "occurred_at",
        "kind",
        "amount",
        "currency",
        "reference",
        "description",
    ),
    ImportKind.SURVEYS: (*_CONTACT_REF, "kind", "score", "comment", "answered_at", "channel"),
}

# Header aliases every preset of a kind understands (after `header_key`).
_COMMON: dict[ImportKind, dict[str, str]] = {
    ImportKind.CONTACTS: {
        "name": "full_name",
        "fullname": "full_name",
        "displayname": "full_name",
        "firstname": "first_name",
        "givenname": "first_name",
        "lastname": "last_name",
        "surname": "last_name",
        "familyname": "last_name",
        "email": "email",
        "emailaddress": "email",
        "mail": "email",
        "email2": "email_2",
        "email2label": "email_2_label",
        "email3": "email_3",
        "email3label": "email_3_label",
        "phone": "phone",
        "telephone": "phone",
        "mobile": "phone",
        "mobilephone": "phone",
        "mobilenumber": "phone",
        "cellphone": "phone",
        "workphone": "phone",
        "homephone": "phone",
        "businessphone": "phone",
        "phonenumber": "phone",
        "phone2": "phone_2",
        "phone2label": "phone_2_label",
        "phone3": "phone_3",
        "phone3label": "phone_3_label",
        "company": "company",
        "organisation": "company",
        "organization": "company",
        "jobtitle": "job_title",
        "title": "job_title",
        "street": "street",
        "address": "street",
        "city": "city",
        "postcode": "postcode",
        "zip": "postcode",
        "postalcode": "postcode",
        "region": "region",
        "state": "region",
        "country": "country",
        "birthday": "birthday",
        "birthyear": "birth_year",
        "birthmonth": "birth_month",
        "notes": "notes",
        "note": "notes",
        "tags": "tags",
        "labels": "tags",
        "categories": "tags",
        "uid": "external_id",
        "id": "external_id",
        "externalid": "external_id",
        "customerid": "external_id",
        "stage": "stage",
        "source": "source",
    },
    ImportKind.INTERACTIONS: {
        "email": "contact_email",
        "phone": "contact_phone",
        "customerid": "contact_external_id",
        "date": "occurred_at",
        "when": "occurred_at",
        "occurredat": "occurred_at",
        "channel": "channel",
        "type": "channel",
        "direction": "direction",
        "subject": "subject",
        "body": "body",
        "notes": "body",
        "duration": "duration_minutes",
        "durationminutes": "duration_minutes",
        "outcome": "outcome",
    },
    ImportKind.ORDERS: {
        "email": "contact_email",
        "phone": "contact_phone",
        "customerid": "contact_external_id",
        "date": "occurred_at",
        "occurredat": "occurred_at",
        "createdat": "occurred_at",
        "kind": "kind",
        "amount": "amount",
        "total": "amount",
        "currency": "currency",
        "reference": "reference",
        "ordernumber": "reference",
        "order": "reference",
        "description": "description",
    },
    ImportKind.SURVEYS: {
        "email": "contact_email",
        "phone": "contact_phone",
        "customerid": "contact_external_id",
        "kind": "kind",
        "type": "kind",
        "score": "score",
        "rating": "score",
        "comment": "comment",
        "answeredat": "answered_at",
        "date": "answered_at",
        "channel": "channel",
    },
}
for _kind, _names in FIELDS.items():
    for _name in _names:
        _COMMON[_kind].setdefault(_name.replace("_", ""), _name)


@dataclass(frozen=True, slots=True)
class Preset:
    """A known export: its kind, headers that identify it, and how its headers map."""

    name: str
    title: str
    kind: ImportKind
    aliases: dict[str, str] = field(default_factory=dict)
    signature: tuple[str, ...] = ()

    def field_for(self, header: str) -> str:
        """The field a column fills; a preset's "" means "ignore", whatever the common name
        would say (Outlook's "Title" is Mr/Ms, not a job title)."""
        key = header_key(header)
        if key in self.aliases:
            return self.aliases[key]
        return _COMMON[self.kind].get(key, "")


def header_key(header: str) -> str:
    """'E-mail 1 - Value' -> 'email1value': how headers are compared."""
    return re.sub(r"[^0-9a-z]", "", header.casefold())


def _keys(mapping: dict[str, str]) -> dict[str, str]:
    return {header_key(k): v for k, v in mapping.items()}


def _numbered(pattern: str, base: str, count: int, *, label: bool = False) -> dict[str, str]:
    """'Phone {n} - Value' for n = 1..count -> phone, phone_2, ...; with `label` the label
    fields ('Phone 1 - Label' is "": the first has no label of its own)."""
    found = {}
    for n in range(1, count + 1):
        target = base if n == 1 else f"{base}_{n}"
        found[pattern.format(n=n)] = (f"{target}_label" if n > 1 else "") if label else target
    return found


PRESETS: tuple[Preset, ...] = (
    Preset("generic", "Name, Email, Phone, Company sheet", ImportKind.CONTACTS),
    Preset(
        "google",
        "Google Contacts CSV",
        ImportKind.CONTACTS,
        _keys(
            {
                "Given Name": "first_name",
                "Family Name": "last_name",
                "Organization Name": "company",
                "Organization 1 - Name": "company",
                "Organization Title": "job_title",
                "Organization 1 - Title": "job_title",
                **_numbered("E-mail {n} - Value", "email", 3),
                **_numbered("E-mail {n} - Label", "email", 3, label=True),
                **_numbered("E-mail {n} - Type", "email", 3, label=True),
                **_numbered("Phone {n} - Value", "phone", MAX_PHONES),
                **_numbered("Phone {n} - Label", "phone", MAX_PHONES, label=True),
                **_numbered("Phone {n} - Type", "phone", MAX_PHONES, label=True),
                "Address 1 - Street": "street",
                "Address 1 - City": "city",
                "Address 1 - Postal Code": "postcode",
                "Address 1 - Region": "region",
                "Address 1 - Country": "country",
                "Group Membership": "tags",
                "Labels": "tags",
                "File As": "full_name",
            }
        ),
        # the newer layout (2021 on) | the older one (Google CSV, "Group Membership")
        (
            "First Name|Given Name",
            "Last Name|Family Name",
            "E-mail 1 - Value",
            "Phone 1 - Value",
            "Labels|Group Membership",
        ),
    ),
    Preset(
        "outlook",
        "Outlook CSV",
        ImportKind.CONTACTS,
        _keys(
            {
                "E-mail Address": "email",
                "E-mail 2 Address": "email_2",
                "E-mail 3 Address": "email_3",
                # the first phone has no label of its own; the others are labelled by column
                "Mobile Phone": "phone",
                "Business Phone": "phone_2",
                "Home Phone": "phone_3",
                "Business Phone 2": "phone_4",
                "Home Phone 2": "phone_5",
                "Company Main Phone": "phone_6",
                "Other Phone": "phone_7",
                "Primary Phone": "phone_8",
                "Business Street": "street",
                "Business City": "city",
                "Business Postal Code": "postcode",
                "Business State": "region",
                "Business Country/Region": "country",
                "Categories": "tags",
                "Title": "",
            }
        ),
        ("First Name", "Last Name", "E-mail Address", "Mobile Phone", "Business Phone"),
    ),
    Preset(
        "thunderbird",
        "Thunderbird CSV or LDIF",
        ImportKind.CONTACTS,
        _keys(
            {
                "Display Name": "full_name",
                "Primary Email": "email",
                "Secondary Email": "email_2",
                "Work Phone": "phone",
                "Mobile Number": "phone_2",
                "Home Phone": "phone_3",
                "Pager Number": "phone_4",
                "Fax Number": "phone_5",
                "Work Address": "street",
                "Work City": "city",
                "Work State": "region",
                "Work ZipCode": "postcode",
                "Work Country": "country",
                "Organization": "company",
                "Birth Year": "birth_year",
                "Birth Month": "birth_month",
                "Birth Day": "birth_day",
            }
        ),
        ("Primary Email", "Secondary Email", "Display Name", "Mobile Number", "Work Phone"),
    ),
    Preset(
        "vcard",
        "Apple/iCloud, Android or Outlook vCard",
        ImportKind.CONTACTS,
        _keys({"UID": "external_id"}),
        ("Full Name", "E-mail 2 Label", "Phone 3 Label", "UID"),
    ),
    Preset(
        "shopify-customers",
        "Shopify customers CSV",
        ImportKind.CONTACTS,
        _keys(
            {
                "Customer ID": "external_id",
                "Default Address Company": "company",
                "Company": "company",
                "Default Address Address1": "street",
                "Address1": "street",
                "Default Address City": "city",
                "Default Address Province Code": "region",
                "Province Code": "region",
                "Default Address Country Code": "country",
                "Country Code": "country",
                "Default Address Zip": "postcode",
                "Default Address Phone": "phone_2",
                "Note": "notes",
                "Province": "",
                "Country": "",
            }
        ),
        ("First Name", "Last Name", "Email", "Accepts Email Marketing", "Total Spent", "Tags"),
    ),
    Preset(
        "shopify-orders",
        "Shopify orders CSV",
        ImportKind.ORDERS,
        _keys(
            {
                "Name": "reference",
                "Created at": "occurred_at",
                "Total": "amount",
                "Billing Phone": "contact_phone",
                "Lineitem name": "description",
                "Id": "",
            }
        ),
        ("Name", "Email", "Financial Status", "Paid at", "Lineitem name", "Total"),
    ),
    Preset(
        "woocommerce-customers",
        "WooCommerce customers CSV",
        ImportKind.CONTACTS,
        _keys(
            {
                "customer_id": "external_id",
                "ID": "external_id",
                "user_email": "email",
                "billing_email": "email",
                "billing_company": "company",
                "billing_phone": "phone",
                "billing_address_1": "street",
                "billing_city": "city",
                "billing_state": "region",
                "billing_postcode": "postcode",
                "billing_country": "country",
            }
        ),
        ("first_name", "last_name", "billing_phone", "billing_company", "billing_city"),
    ),
    Preset("interactions", "Interactions (documented columns)", ImportKind.INTERACTIONS),
    Preset("orders", "Orders and payments (documented columns)", ImportKind.ORDERS),
    Preset("surveys", "Survey answers (documented columns)", ImportKind.SURVEYS),
)
PRESETS_BY_NAME = {preset.name: preset for preset in PRESETS}
GENERIC_FOR_KIND = {
    ImportKind.CONTACTS: "generic",
    ImportKind.INTERACTIONS: "interactions",
    ImportKind.ORDERS: "orders",
    ImportKind.SURVEYS: "surveys",
}


def preset_named(name: str) -> Preset:
    try:
        return PRESETS_BY_NAME[name]
    except KeyError:
        known = ", ".join(PRESETS_BY_NAME)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "There is no import preset called '{name}'; known: {known}."
            ),
            name=name,
            known=known,
        ) from None


def guess_preset(headers: tuple[str, ...], kind: ImportKind | None = None) -> Preset:
    """The preset whose signature headers the file has most of; the kind's generic one else."""
    present = {header_key(h) for h in headers}
    best, best_share = None, 0.0
    for preset in PRESETS:
        if not preset.signature or (kind is not None and preset.kind is not kind):
            continue
        share = sum(
            any(header_key(option) in present for option in s.split("|")) for s in preset.signature
        ) / len(preset.signature)
        if share > best_share:
            best, best_share = preset, share
    if best is not None and best_share >= 0.6:
        return best
    return PRESETS_BY_NAME[GENERIC_FOR_KIND[kind or ImportKind.CONTACTS]]


# Fields a further column of the same kind fills once the first is taken.
_FURTHER = {
    "phone": tuple(f"phone_{n}" for n in range(2, MAX_PHONES + 1)),
    "email": ("email_2", "email_3"),
}
CUSTOM_PREFIX = "custom:"  # a mapping target "custom:shoe_size" fills that custom field


def custom_target(key: str) -> str:
    return f"{CUSTOM_PREFIX}{key}"


def auto_mapping(
    headers: tuple[str, ...], preset: Preset, custom: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """One target field per column; a field is used by its first column only. `custom`
    (target -> label) lets a column named like a custom field ("Shoe size") fill it."""
    by_label = {header_key(label): target for target, label in (custom or {}).items()}
    keys = {header_key(h) for h in headers}
    # 'Birth Day' beside 'Birth Month' is the day of a split birthday, not a whole date
    split_birthday = bool(keys & {"birthyear", "birthmonth"})
    used: set[str] = set()
    mapping: list[str] = []
    for header in headers:
        target = preset.field_for(header) or by_label.get(header_key(header), "")
        if target == "birthday" and split_birthday:
            target = "birth_day"
        if target in used and target in _FURTHER:  # a second phone column fills phone 2 ...
            target = next((t for t in _FURTHER[target] if t not in used), target)
        if target and target not in used:
            used.add(target)
            mapping.append(target)
        else:
            mapping.append("")
    return tuple(mapping)
