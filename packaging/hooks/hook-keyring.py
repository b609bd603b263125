"""keyring finds its backends through entry points and imports them lazily; ship them all.

SecretService needs secretstorage and jeepney on Linux; the macOS and Windows backends bring their
own platform modules, which are only importable there.
"""

from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = [
    *collect_submodules("keyring.backends"),
    *collect_submodules("secretstorage"),
    *collect_submodules("jeepney", filter=lambda name: ".tests" not in name),
]
datas = copy_metadata("keyring")
