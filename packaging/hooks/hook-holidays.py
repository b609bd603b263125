"""holidays imports each country's module by name when a business picks it (registry.py's
importlib), and reads holiday names from gettext catalogues beside its package: ship both."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = [
    *collect_submodules("holidays.countries"),
    *collect_submodules("holidays.financial"),
    *collect_submodules("holidays.calendars"),
    *collect_submodules("holidays.groups"),
]
# Only the catalogues of the languages Rapport speaks (a country's own language needs none: its
# names are the source strings); all of them would add some 800 files.
datas = collect_data_files(
    "holidays",
    includes=["locale/de/**/*.mo", "locale/es/**/*.mo", "locale/en_US/**/*.mo"],
)
