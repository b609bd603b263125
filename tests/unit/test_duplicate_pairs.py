"""Find Duplicates limited to some contacts (an import's) and to the most likely pairs."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.services import duplicates
from app.services.contacts import ContactDraft


def _pairs(ctx: AppContext, among: list[int] | None = None) -> set[tuple[int, int]]:
    found = ctx.duplicates.find_pairs(lambda _m, _f: None, lambda: False, among=among)
    return {(p.first_id, p.second_id) for p in found}


@pytest.mark.parametrize("narrowed", [5_000, 0])  # read only block mates, or everyone
def test_among_keeps_only_the_pairs_with_those_contacts(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, narrowed: int
) -> None:
    monkeypatch.setattr(duplicates, "MAX_NARROWED", narrowed)
    old = ctx.contacts.create(ContactDraft("Jonathan", "Smithson", city="Berlin")).id
    old2 = ctx.contacts.create(ContactDraft("Jonathan", "Smithsen", city="Berlin")).id
    new = ctx.contacts.create(ContactDraft("Jonathan", "Smithson", city="Berlin")).id
    mail = ctx.contacts.create(ContactDraft("Other", "Person", email="x@example.com")).id
    mail2 = ctx.contacts.create(ContactDraft("Someone", "Else", email="X@example.com")).id
    assert _pairs(ctx) == {(old, old2), (old, new), (old2, new), (mail, mail2)}
    assert _pairs(ctx, among=[new]) == {(old, new), (old2, new)}
    assert _pairs(ctx, among=[mail2]) == {(mail, mail2)}
    assert _pairs(ctx, among=[]) == set()


def test_many_equal_names_give_the_most_likely_pairs_only(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicates, "MAX_PAIRS", 3)
    exact = [ctx.contacts.create(ContactDraft("Anna", "Weber", city="Köln")).id for _ in range(2)]
    for last in ("Webers", "Webber", "Weberr", "Wever"):
        ctx.contacts.create(ContactDraft("Anna", last, city="Köln"))
    found = ctx.duplicates.find_pairs(lambda _m, _f: None, lambda: False)
    assert len(found) == 3
    # equal names in one city are weak evidence without a shared e-mail or phone
    same_city = 100 - duplicates.SAME_CITY_DISCOUNT
    assert (found[0].first_id, found[0].second_id, found[0].score) == (*exact, same_city)
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    shared = [
        ctx.contacts.create(ContactDraft("P", str(n), phone="+49 30 1234567")).id for n in range(5)
    ]
    by_phone = ctx.duplicates.find_pairs(lambda _m, _f: None, lambda: False, among=shared)
    assert len(by_phone) == 3
    assert {p.reason for p in by_phone} == {"same phone"}
