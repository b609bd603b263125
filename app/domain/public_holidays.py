"""A country's and region's public holidays for the SLA calendar, from the `holidays` package
(maintained upstream, offline data for every year). Loaded only when a business chose a country,
since its first use costs about 0.3 s."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True, slots=True)
class PublicHolidays:
    """The public holidays of `country` (ISO 3166 alpha-2) and, if given, its `subdivision`
    (a state, region or province code such as 'BY' for Bavaria)."""

    country: str
    subdivision: str = ""
    _days: Any = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_days", _calendar(self.country, self.subdivision))

    def __contains__(self, day: object) -> bool:
        return day in self._days

    def named(self, year: int, language: str = "") -> list[tuple[date, str]]:
        """The year's holidays with their names, in `language` where the data has it."""
        import holidays  # noqa: PLC0415 - see the module docstring

        spoken = (
            language
            if language in holidays.list_localized_countries().get(self.country, ())
            else None
        )
        days = holidays.country_holidays(
            self.country, subdiv=self.subdivision or None, years=year, language=spoken
        )
        return sorted(days.items())


def holiday_countries() -> list[str]:
    """The codes of every country the data covers."""
    import holidays  # noqa: PLC0415 - see the module docstring

    return sorted(holidays.list_supported_countries())


def subdivisions(country: str) -> list[tuple[str, str]]:
    """(code, name) of a country's regions; the name is the data's longest alias, else the code."""
    import holidays  # noqa: PLC0415 - see the module docstring

    entity = holidays.country_holidays(country)
    names: dict[str, str] = {}
    for alias, code in getattr(entity, "subdivisions_aliases", {}).items():
        if len(alias) > len(names.get(code, "")):
            names[code] = alias
    return [(code, names.get(code, code)) for code in entity.subdivisions]


def _calendar(country: str, subdivision: str) -> Any:
    import holidays  # noqa: PLC0415 - see the module docstring

    if country not in holidays.list_supported_countries():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "There are no public holidays on file for the country '{country}'."
            ),
            country=country[:20],
        )
    try:
        return holidays.country_holidays(country, subdiv=subdivision or None)
    except NotImplementedError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{subdivision}' is not a region of {country} with public holidays."
            ),
            subdivision=subdivision[:20],
            country=country,
        ) from None
