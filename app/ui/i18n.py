"""The interface language: which languages ship, which one is chosen, and switching it live.

Catalogues live in resources/translations/ as .ts files (committed) and .qm files (compiled).
The frozen build and `make translations` put the .qm beside the .ts; a source checkout without
them compiles missing or stale ones into a cache folder with the PySide6 wheel's lrelease.
The chosen language is a UI preference (UiPrefs.extra), not data; switching installs the new
translators and tells `language_notifier` listeners, which rebuild the main window.
"""

from __future__ import annotations

import logging
import os
import string
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from app.config.paths import APP_NAME, HOME_ENV
from app.config.ui_prefs import UiPrefs
from app.domain.enums import (
    Channel,
    ComplaintEventKind,
    ComplaintStatus,
    ConsentPurpose,
    ContactSource,
    Direction,
    LifecycleStage,
    MethodKind,
    Priority,
    Remedy,
    TimelineKind,
)
from app.domain.errors import ERROR_CONTEXT, Amount, Message, Term, Terms, UserError
from app.domain.errors import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # noqa: PLC0414 - re-export
from app.domain.metrics import RfmSegment
from app.services.import_export.presets import ImportKind
from app.ui.common.formatting import format_date, format_datetime, format_money, format_number
from app.ui.icons import resource_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGE_PREF = "language"  # key in UiPrefs.extra
CATALOGUE = "rapport"  # resources/translations/rapport_<code>.ts


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1, as in the catalogue file names
    name: str  # in the language itself, so anyone can find their own


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("de", "Deutsch"),
    Language("es", "Espa\N{LATIN SMALL LETTER N WITH TILDE}ol"),
)


def deferred_tr(context: str, text: str) -> Callable[[], str]:
    """`text` translated in `context` each time it is called: a title defined once at import
    shows in whatever language is installed when it is displayed."""
    return lambda: QCoreApplication.translate(context, text)


class LanguageNotifier(QObject):
    """Emits `changed(code)` after a switch; the application controller rebuilds its window."""

    changed = Signal(str)


language_notifier = LanguageNotifier()
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available_languages() -> tuple[Language, ...]:
    return LANGUAGES


def current_language() -> str:
    return _current


def translations_dir() -> Path:
    """resources/translations beside the source tree, or inside the frozen build."""
    return resource_dir() / "translations"


def cache_dir() -> Path:
    """Where a source checkout keeps the .qm files it compiled itself."""
    home = os.environ.get(HOME_ENV)
    base = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, False))
    return base / "translations"


def catalogue_source(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.ts"


def compiled_catalogue(code: str) -> Path | None:
    """The up-to-date .qm for `code`: beside its .ts, else compiled into the cache folder."""
    source = catalogue_source(code)
    beside = source.with_suffix(".qm")
    if _fresh(beside, source):
        return beside
    lrelease = _lrelease()
    if not source.is_file() or lrelease is None:
        return beside if beside.is_file() else None
    cached = cache_dir() / beside.name
    if not _fresh(cached, source):
        cached.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(  # noqa: S603 - the wheel's own lrelease on our own file
            [str(lrelease), "-silent", str(source), "-qm", str(cached)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            log.warning("lrelease failed for %s: %s", source, result.stderr.strip())
            return beside if beside.is_file() else None
    return cached


def _fresh(compiled: Path, source: Path) -> bool:
    if not compiled.is_file():
        return False
    return not source.is_file() or compiled.stat().st_mtime >= source.stat().st_mtime


def _lrelease() -> Path | None:
    """lrelease from the PySide6 wheel (absent in the frozen build, which ships .qm files)."""
    import PySide6  # noqa: PLC0415 - only its location is needed

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    return None


def default_language() -> str:
    """The system's language when Rapport ships it, else English."""
    system = QLocale.system().name().split("_")[0]
    return system if any(lang.code == system for lang in LANGUAGES) else SOURCE_LANGUAGE


def preferred_language(prefs: UiPrefs) -> str:
    """The language chosen in Settings, else the default."""
    chosen = prefs.extra.get(LANGUAGE_PREF)
    if isinstance(chosen, str) and any(lang.code == chosen for lang in LANGUAGES):
        return chosen
    return default_language()


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The system locale when it speaks `code` (keeps de_AT, en_GB...), else `code` as written
    in the system's country: English chosen in Germany writes 07/12/2026 (en_DE), not the
    United States' 12/7/26. A pairing Qt does not know falls back to the language's own."""
    system = QLocale.system() if system is None else system
    if system.name().split("_")[0] == code:
        return system
    language = QLocale(code).language()
    if system.territory() == QLocale.Country.AnyTerritory:
        return QLocale(language)
    return QLocale(language, system.territory())


def apply_language(code: str) -> None:
    """Install the translators for `code` and make its locale the default. English, the
    source language, has a catalogue of plural forms only ("1 contact", "2 contacts").

    Qt sends QEvent.LanguageChange to every widget; listeners of `language_notifier` hear once.
    """
    global _current  # noqa: PLW0603 - one interface language per process
    if not any(lang.code == code for lang in LANGUAGES):
        code = SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(code)
    QLocale.setDefault(locale)
    _install(app, code)
    changed = code != _current
    _current = code
    if changed:
        language_notifier.changed.emit(code)


def _install(app: QCoreApplication, code: str) -> None:
    own = QTranslator(app)
    catalogue = compiled_catalogue(code)
    if catalogue is None or not own.load(str(catalogue)):
        log.warning("No Rapport translation for %s in %s", code, translations_dir())
        return
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator, loaded in (
        (own, True),
        (qt, qt.load(f"qtbase_{code}", qt_folder)),
    ):
        if loaded and QCoreApplication.installTranslator(translator):
            _installed.append(translator)


ENUM_CONTEXT = "Enum"
# The shown name of every domain value a person picks or reads; lupdate sees the literals.
_ENUM_LABELS: dict[str, str] = {
    LifecycleStage.LEAD: QT_TRANSLATE_NOOP("Enum", "Lead"),
    LifecycleStage.PROSPECT: QT_TRANSLATE_NOOP("Enum", "Prospect"),
    LifecycleStage.CUSTOMER: QT_TRANSLATE_NOOP("Enum", "Customer"),
    LifecycleStage.LOYAL: QT_TRANSLATE_NOOP("Enum", "Loyal"),
    LifecycleStage.ADVOCATE: QT_TRANSLATE_NOOP("Enum", "Advocate"),
    LifecycleStage.CHURNED: QT_TRANSLATE_NOOP("Enum", "Churned"),
    ContactSource.REFERRAL: QT_TRANSLATE_NOOP("Enum", "Referral"),
    ContactSource.WEBSITE: QT_TRANSLATE_NOOP("Enum", "Website"),
    ContactSource.WALK_IN: QT_TRANSLATE_NOOP("Enum", "Walk-in"),
    ContactSource.EVENT: QT_TRANSLATE_NOOP("Enum", "Event"),
    ContactSource.CAMPAIGN: QT_TRANSLATE_NOOP("Enum", "Campaign"),
    ContactSource.IMPORT: QT_TRANSLATE_NOOP("Enum", "Import"),
    ContactSource.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
    MethodKind.EMAIL: QT_TRANSLATE_NOOP("Enum", "E-mail"),
    MethodKind.PHONE: QT_TRANSLATE_NOOP("Enum", "Phone"),
    MethodKind.ADDRESS: QT_TRANSLATE_NOOP("Enum", "Address"),
    MethodKind.URL: QT_TRANSLATE_NOOP("Enum", "Web address"),
    MethodKind.SOCIAL: QT_TRANSLATE_NOOP("Enum", "Social media"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Enum", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Enum", "E-mail"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Enum", "Meeting"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Enum", "Video call"),
    Channel.CHAT: QT_TRANSLATE_NOOP("Enum", "Chat"),
    Channel.SMS: QT_TRANSLATE_NOOP("Enum", "SMS"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Enum", "Social media"),
    Channel.WEBSITE: QT_TRANSLATE_NOOP("Enum", "Website"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Enum", "In person"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Enum", "Letter"),
    Channel.NOTE: QT_TRANSLATE_NOOP("Enum", "Note"),
    Direction.INBOUND: QT_TRANSLATE_NOOP("Enum", "Inbound"),
    Direction.OUTBOUND: QT_TRANSLATE_NOOP("Enum", "Outbound"),
    Direction.INTERNAL: QT_TRANSLATE_NOOP("Enum", "Internal"),
    Priority.LOW: QT_TRANSLATE_NOOP("Enum", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Enum", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Enum", "High"),
    Priority.URGENT: QT_TRANSLATE_NOOP("Enum", "Urgent"),
    ComplaintStatus.NEW: QT_TRANSLATE_NOOP("Enum", "New"),
    ComplaintStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Enum", "Acknowledged"),
    ComplaintStatus.INVESTIGATING: QT_TRANSLATE_NOOP("Enum", "Investigating"),
    ComplaintStatus.WAITING_ON_CUSTOMER: QT_TRANSLATE_NOOP("Enum", "Waiting on customer"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("Enum", "Resolved"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Enum", "Closed"),
    Remedy.NONE: QT_TRANSLATE_NOOP("Enum", "None"),
    Remedy.APOLOGY: QT_TRANSLATE_NOOP("Enum", "Apology"),
    Remedy.REFUND: QT_TRANSLATE_NOOP("Enum", "Refund"),
    Remedy.CREDIT: QT_TRANSLATE_NOOP("Enum", "Credit"),
    Remedy.REPLACEMENT: QT_TRANSLATE_NOOP("Enum", "Replacement"),
    Remedy.REPAIR: QT_TRANSLATE_NOOP("Enum", "Repair"),
    Remedy.DISCOUNT: QT_TRANSLATE_NOOP("Enum", "Discount"),
    ConsentPurpose.EMAIL_MARKETING: QT_TRANSLATE_NOOP("Enum", "E-mail marketing"),
    ConsentPurpose.DATA_PROCESSING: QT_TRANSLATE_NOOP("Enum", "Data processing"),
    TimelineKind.INTERACTION: QT_TRANSLATE_NOOP("Enum", "Interaction"),
    TimelineKind.ORDER: QT_TRANSLATE_NOOP("Enum", "Order"),
    TimelineKind.PAYMENT: QT_TRANSLATE_NOOP("Enum", "Payment"),
    TimelineKind.COMPLAINT: QT_TRANSLATE_NOOP("Enum", "Complaint"),
    TimelineKind.SURVEY: QT_TRANSLATE_NOOP("Enum", "Survey"),
    TimelineKind.TASK: QT_TRANSLATE_NOOP("Enum", "Task"),
    TimelineKind.CONSENT: QT_TRANSLATE_NOOP("Enum", "Consent"),
    ImportKind.CONTACTS: QT_TRANSLATE_NOOP("Enum", "Contacts"),
    ImportKind.INTERACTIONS: QT_TRANSLATE_NOOP("Enum", "Interactions"),
    ImportKind.ORDERS: QT_TRANSLATE_NOOP("Enum", "Orders"),
    ImportKind.SURVEYS: QT_TRANSLATE_NOOP("Enum", "Surveys"),
    ComplaintEventKind.REPLY: QT_TRANSLATE_NOOP("Enum", "Reply"),
    # RFM segments; "new" and "loyal" share the labels of the complaint status and stage above.
    RfmSegment.CHAMPIONS: QT_TRANSLATE_NOOP("Enum", "Champions"),
    RfmSegment.POTENTIAL_LOYALIST: QT_TRANSLATE_NOOP("Enum", "Potential loyalists"),
    RfmSegment.PROMISING: QT_TRANSLATE_NOOP("Enum", "Promising"),
    RfmSegment.NEED_ATTENTION: QT_TRANSLATE_NOOP("Enum", "Need attention"),
    RfmSegment.ABOUT_TO_SLEEP: QT_TRANSLATE_NOOP("Enum", "About to sleep"),
    RfmSegment.AT_RISK: QT_TRANSLATE_NOOP("Enum", "At risk"),
    RfmSegment.CANT_LOSE: QT_TRANSLATE_NOOP("Enum", "Can't lose them"),
    RfmSegment.HIBERNATING: QT_TRANSLATE_NOOP("Enum", "Hibernating"),
}


def translated_from(table: Mapping[str, str], context: str, key: str) -> str | None:
    """The translation of `table[key]` (an English source marked for `context`), or None when
    the key is not in the table (the caller words unknown keys its own way)."""
    source = table.get(key)
    return None if source is None else QCoreApplication.translate(context, source)


def enum_label(value: str) -> str:
    """The translated name of a domain value (LifecycleStage.LEAD -> "Lead" / "Interessent").

    Plain strings work too (a StrEnum equals its value), for rows that carry the value.
    """
    shown = translated_from(_ENUM_LABELS, ENUM_CONTEXT, value)
    return str(value).replace("_", " ").capitalize() if shown is None else shown


def error_text(exc: UserError) -> str:
    """A UserError as a person reads it (see message_text)."""
    return message_text(exc.said())


def message_text(said: Message) -> str:
    """A service's sentence as a person reads it: its template in the interface language, filled
    with its fields (numbers, dates and amounts the locale's way, Terms and domain values
    translated).

    English shows the service's own sentence; a translation whose placeholders do not match
    falls back to it too, so a catalogue mistake never hides the error.
    """
    if current_language() == SOURCE_LANGUAGE:
        return str(said)
    template = QCoreApplication.translate(ERROR_CONTEXT, said.template)
    if not said.fields:
        return template
    try:
        return _ErrorFormatter().vformat(template, (), dict(said.fields))
    except (KeyError, IndexError, ValueError):
        log.warning("The translation of %r does not fit its fields", said.template)
        return str(said)


class _ErrorFormatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        return _field_text(value, format_spec)


def _field_text(value: object, spec: str) -> str:
    """One field of an error sentence in the interface language."""
    words = _words(value)
    if words is not None:
        return words
    if isinstance(value, Amount):
        return format_money(value.minor, value.currency)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and _is_quantity(spec):
        return format_number(value, _decimals(spec))
    return format(value, spec)


def _words(value: object) -> str | None:
    """Marked English words (Term, Terms, domain values) translated; None for other values."""
    if isinstance(value, Term):
        return QCoreApplication.translate(ERROR_CONTEXT, value.text)
    if isinstance(value, Terms):
        words = [QCoreApplication.translate(ERROR_CONTEXT, term.text) for term in value.items]
        return QLocale().createSeparatedList(words)
    if isinstance(value, StrEnum):
        return enum_label(value)
    return None


def _is_quantity(spec: str) -> bool:
    """A grouped or fixed-point spec ("," or ".1f") marks a quantity; a bare id stays as is."""
    return "," in spec or spec.endswith("f")


def _decimals(spec: str) -> int:
    precision = spec.rpartition(".")[2].rstrip("f")
    return int(precision) if "." in spec and precision.isdigit() else 0
