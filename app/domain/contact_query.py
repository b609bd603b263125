"""What the contact list asks for: a search text plus AND-combined filters, and how the search
text becomes an FTS5 query. Pure Python so the rules are unit-tested without a database."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from app.domain.enums import ContactSource, LifecycleStage
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.metrics import RfmSegment

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_ONLY = re.compile(r"^[\d\s+()./-]+$")
MIN_PHONE_DIGITS = 3
MAX_SEARCH_CHARS = 500  # a pasted page is not a search; FTS5 work grows with every term
MAX_SEARCH_WORDS = 16
# German spellings folded away (after casefold, which writes 'ß' as 'ss'); the search index keeps
# the same folded copy (migration 0012), and its tokenizer removes accents on both sides.
_SPELLINGS = (("ue", "u"), ("oe", "o"), ("ae", "a"))


def search_fold(word: str) -> str:
    """A word as the contact index's folded copy writes it: 'Mueller' and 'Müller' as 'muller'
    once the tokenizer has removed the accent, 'Straße' as 'strasse'."""
    folded = word.casefold()
    for spelled, plain in _SPELLINGS:
        folded = folded.replace(spelled, plain)
    return folded


def prefix_term(word: str) -> str:
    """The FTS5 prefix term for one typed word: as typed or as folded ('mueller' finds 'Müller'
    and 'Mueller'; a tag or extra e-mail, indexed unfolded, is still found as typed). Quoted so
    FTS5 operators a person types are taken literally."""
    forms = list(dict.fromkeys((word, search_fold(word))))
    if len(forms) == 1 or forms[1] == word.lower():
        return f'"{word}"*'
    return "(" + " OR ".join(f'"{form}"*' for form in forms) + ")"


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed, or None when nothing is searchable.

    Text made only of digits and phone punctuation searches the phone digit forms as one prefix
    ("030 1234" finds "+49 30 1234..."); anything else becomes AND-ed prefix terms, each quoted so
    FTS5 operators typed by a person are taken literally.
    """
    stripped = text.strip()
    if len(stripped) > MAX_SEARCH_CHARS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The search text is {length:,} characters long; the limit is {limit}."
            ),
            length=len(stripped),
            limit=MAX_SEARCH_CHARS,
        )
    digits = "".join(ch for ch in stripped if ch.isdigit())
    if _PHONE_ONLY.match(stripped or "x") and len(digits) >= MIN_PHONE_DIGITS:
        return f'phone: "{digits}"*'
    words = list(dict.fromkeys(_WORD.findall(stripped)))
    if not words:
        return None
    if len(words) > MAX_SEARCH_WORDS:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Search for at most {limit} different words at a time."),
            limit=MAX_SEARCH_WORDS,
        )
    return " AND ".join(prefix_term(word) for word in words)


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """The list's filter; every set part narrows the result (AND). Money in minor units."""

    text: str = ""
    stages: tuple[LifecycleStage, ...] = ()
    tags: tuple[str, ...] = ()
    owner_id: int | None = None
    source: ContactSource | None = None
    open_complaint: bool | None = None
    contacted_after: date | None = None
    contacted_before: date | None = None
    ltv_min_minor: int | None = None
    ltv_max_minor: int | None = None
    rfm_segment: RfmSegment | None = None
    churn_min: int | None = None  # churn risk score, 0-100, both ends included
    churn_max: int | None = None
    # A retention cohort: customers whose first order fell in the month starting `cohort`,
    # and (with `ordered_in`) who ordered again in the month starting then.
    cohort: date | None = None
    ordered_in: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == ContactFilter()

    def to_rule(self) -> dict[str, Any]:
        """The JSON rule stored in a segment (only the parts that are set)."""
        rule: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if value in (None, "", ()):
                continue
            if isinstance(value, date):
                rule[name] = value.isoformat()
            elif isinstance(value, tuple):
                rule[name] = [str(v) for v in value]
            else:
                rule[name] = value
        return rule

    @classmethod
    def from_rule(cls, rule: dict[str, Any]) -> ContactFilter:
        """Rebuild a filter from a stored rule; unknown keys (from a newer version) are ignored."""
        known = {f.name for f in fields(cls)}
        try:
            values: dict[str, Any] = {k: v for k, v in rule.items() if k in known}
            if "stages" in values:
                values["stages"] = tuple(LifecycleStage(s) for s in values["stages"])
            if "tags" in values:
                values["tags"] = tuple(str(t) for t in values["tags"])
            if values.get("source") is not None:
                values["source"] = ContactSource(values["source"])
            if values.get("rfm_segment") is not None:
                values["rfm_segment"] = RfmSegment(values["rfm_segment"])
            for name in ("contacted_after", "contacted_before", "cohort", "ordered_in"):
                if values.get(name) is not None:
                    values[name] = date.fromisoformat(values[name])
            return cls(**values)
        except (ValueError, TypeError) as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The saved segment rule could not be read ({problem})."
                ),
                problem=exc,
            ) from exc
