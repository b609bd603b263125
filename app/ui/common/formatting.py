"""Dates, times, numbers and money as the chosen language writes them (QLocale's default).

`app.ui.i18n.apply_language` sets the default locale, so every call here follows a language
switch: "1,234.50" in English, "1.234,50" in German and Spanish. Panes use these instead of
strftime or f"{x:,.2f}", which always write English.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# Symbols for the currencies a small business is likely to keep its books in; others show
# their ISO code, which every reader understands.
CURRENCY_SYMBOLS = {
    "EUR": "\N{EURO SIGN}",
    "USD": "$",
    "GBP": "\N{POUND SIGN}",
    "JPY": "\N{YEN SIGN}",
    "INR": "\N{INDIAN RUPEE SIGN}",
}


def _locale(locale: QLocale | None = None) -> QLocale:
    """The given locale (a preview of another language) or the chosen language's default."""
    return locale if locale is not None else QLocale()


def _full_year(pattern: str) -> str:
    """Short date formats write two-digit years ("22.11.26"); customers' histories need four."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(day: date, locale: QLocale | None = None) -> str:
    """A calendar date in the locale's short form with a four-digit year."""
    locale = _locale(locale)
    pattern = _full_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def format_time(moment: datetime) -> str:
    """Hours and minutes of `moment` in local time."""
    local = moment.astimezone()
    return _locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime, *, seconds: bool = False) -> str:
    """Date and time of `moment` in local time ("22.11.2026 14:05")."""
    local = moment.astimezone()
    locale = _locale()
    pattern = _full_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in time_pattern:
        time_pattern = time_pattern.replace("mm", "mm:ss", 1)
    stamp = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    return locale.toString(stamp, f"{pattern} {time_pattern}")


def format_weekday_datetime(moment: datetime) -> str:
    """A due time with its weekday ("Mon 02.03.2026 10:00"), for task lists."""
    local = moment.astimezone()
    locale = _locale()
    weekday = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {format_datetime(moment)}"


def month_name(month: int, locale: QLocale | None = None) -> str:
    """The short stand-alone name of `month` (1-12): "Mar", "Mär", "mar"."""
    return _locale(locale).standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A number with the locale's grouping and decimal separators."""
    locale = _locale(locale)
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def format_percent(value: float, decimals: int = 1) -> str:
    """`value` already in percent (12.5 -> "12.5 %" or "12,5 %")."""
    return f"{format_number(value, decimals)}\N{NO-BREAK SPACE}%"


def currency_symbol(code: str) -> str:
    return CURRENCY_SYMBOLS.get(code.upper(), code.upper())


def format_money(amount_minor: int, currency: str, locale: QLocale | None = None) -> str:
    """An amount kept in minor units (cents) in `currency`, written the locale's way."""
    return _locale(locale).toCurrencyString(amount_minor / 100, currency_symbol(currency), 2)
