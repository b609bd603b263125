"""Wild input for the bad-input tests: NULs, 1 MB strings, right-to-left marks, SQL- and
FTS-looking text, and (for parsers of bytes) invalid UTF-8. Each test runs a few examples in
`make test` and many more under `-m slow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

T = TypeVar("T")

MEGABYTE_TEXT = ("a" * 2**20, "é" * 2**19, "\u202e" * 2**18 + "x", "' OR 1=1 -- " * 90_000)
NASTY = (
    "\x00",
    "a\x00b",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2066",  # left-to-right isolate
    "שלום",
    "مرحبا",
    "'; DROP TABLE contact; --",
    '" OR "1"="1',
    "Robert'); DELETE FROM audit_log;--",
    "NEAR(a b)",
    'a" AND "b',
    "*",
    "^",
    "-",
    "%",
    "_",
    "\\",
    "\ufeff",
    "\r\n",
    "\t",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "yesterday 15:00",
    "2026-02-30 25:61",
    "@",
    "+",
    "🙂",
)

_pieces = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))
wild_text: st.SearchStrategy[str] = st.one_of(
    st.lists(_pieces, max_size=6).map("".join),
    st.sampled_from(NASTY),
    st.sampled_from(MEGABYTE_TEXT),
)
"""Text a person (or a pasted file) could put in any field."""

wild_bytes: st.SearchStrategy[bytes] = st.one_of(
    st.binary(max_size=2000),
    st.lists(
        st.one_of(
            st.sampled_from(
                [b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3\x28", b"\xed\xa0\x80", b"\x00", b"\x80"]
            ),
            wild_text.filter(lambda text: len(text) < 5000).map(lambda text: text.encode("utf-8")),
            st.sampled_from([b",", b";", b"\t", b'"', b"\n", b"\r\n", b"BEGIN:VCARD\r\n"]),
        ),
        max_size=30,
    ).map(b"".join),
)
"""Bytes of a file to import: mostly text-like, often not valid UTF-8."""

BUDGETS = [
    pytest.param(12, id="fast"),
    pytest.param(300, id="slow", marks=pytest.mark.slow),
]


def fuzz(examples: int) -> Callable[[T], T]:
    """Hypothesis settings for one bad-input property: no deadline, no example database; the
    small `make test` budget replays the same examples each run, the slow one explores."""
    return settings(
        max_examples=examples,
        derandomize=examples < 100,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


def calmly(action: Callable[..., T], *args: Any, **kwargs: Any) -> T | UserError:
    """Run `action`; a UserError is an allowed answer (returned), anything else escapes."""
    try:
        return action(*args, **kwargs)
    except UserError as exc:
        error = exc
    assert str(error).strip(), "a UserError must say something"
    return error


def assert_sound(ctx: AppContext) -> None:
    """The database still passes integrity_check after the wild input."""
    with ctx.db.read() as session:
        found = [row[0] for row in session.connection().exec_driver_sql("PRAGMA integrity_check")]
    assert found == ["ok"]
