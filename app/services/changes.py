"""What a write changed, so views refresh only that (the Anki pattern)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    contacts: frozenset[int] = field(default_factory=frozenset)
    interactions: frozenset[int] = field(default_factory=frozenset)
    tasks: frozenset[int] = field(default_factory=frozenset)
    complaints: frozenset[int] = field(default_factory=frozenset)
    txns: frozenset[int] = field(default_factory=frozenset)
    surveys: frozenset[int] = field(default_factory=frozenset)
    settings: bool = False
    segments: bool = False  # a saved segment was added, renamed or deleted

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.contacts | other.contacts,
            self.interactions | other.interactions,
            self.tasks | other.tasks,
            self.complaints | other.complaints,
            self.txns | other.txns,
            self.surveys | other.surveys,
            self.settings or other.settings,
            self.segments or other.segments,
        )

    @classmethod
    def of_contacts(cls, *ids: int) -> Changes:
        return cls(contacts=frozenset(ids))
