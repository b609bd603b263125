"""Fast, exact short-cuts for the per-row checks of a big import.

- `plain_address`: the common plain-ASCII address shape, accepted with the verdict and
  normalised form email-validator gives it (the hypothesis test in test_import_fast_checks.py
  compares the two); anything else goes to email-validator as before.
- `cached_phone`: phonenumbers' verdict per distinct typed number, so a file that repeats an
  office or shop number parses it once.
- `country_code`: a country written out ("Germany", "Deutschland", "Allemagne") -> ISO code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from email_validator import SPECIAL_USE_DOMAIN_NAMES

from app.domain.errors import UserError
from app.domain.validation import Phone, fold, parse_phone
from app.services.import_export.country_names import COUNTRY_NAMES

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_ADDRESS = re.compile(rf"({_ATOM}(?:\.{_ATOM})*)@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})")
_MAX_LOCAL, _MAX_ADDRESS = 64, 254
_SPECIAL_USE = frozenset(SPECIAL_USE_DOMAIN_NAMES)
PHONE_CACHE_SIZE = 65_536
DOMAIN_CACHE_SIZE = 4_096


def plain_address(text: str) -> str | None:
    """`text` normalised as email-validator would (domain lower-cased) when it has the plain
    ASCII shape; None means "not decided here: ask email-validator"."""
    found = _PLAIN_ADDRESS.fullmatch(text)
    if found is None or len(text) > _MAX_ADDRESS:
        return None
    local, domain = found.group(1), found.group(2).lower()
    if len(local) > _MAX_LOCAL or "--" in domain or _special_use(domain):
        return None
    return f"{local}@{domain}"


@lru_cache(maxsize=DOMAIN_CACHE_SIZE)
def _special_use(domain: str) -> bool:
    """Whether the domain or one it belongs to is reserved for special use (a file repeats
    its few domains: decided once each)."""
    labels = domain.split(".")
    return any(".".join(labels[n:]) in _SPECIAL_USE for n in range(len(labels)))


@lru_cache(maxsize=PHONE_CACHE_SIZE)
def cached_phone(text: str, region: str) -> Phone | str | None:
    """`parse_phone` of already cleaned text: the Phone, None when blank, or the error message
    (cached too: a file repeats its bad numbers as often as its good ones)."""
    try:
        return parse_phone(text, region)
    except UserError as exc:
        return exc.message


def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, names in COUNTRY_NAMES.items():
        for name in names:
            index.setdefault(_country_key(name), code)
    return index


def _country_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())


_COUNTRIES = _country_index()


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country given by code or by name, else None."""
    key = _country_key(text)
    if len(text) == 2 and text.isalpha():
        upper = text.upper()
        return upper if upper in COUNTRY_NAMES else _COUNTRIES.get(key, upper)
    return _COUNTRIES.get(key)
