#!/usr/bin/env bash
# CI only (root, Debian): what `make package` needs from the system. PyInstaller needs objdump and
# strip (binutils); readelf, icupkg (icu-devtools) and gcc trim Qt's ICU data (icu.py); the frozen
# app needs the libraries its .deb declares as Depends.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
python="$(command -v python3.11 || command -v python3)"
# shellcheck disable=SC2046 # one word per package
apt-get install -y -qq --no-install-recommends binutils icu-devtools gcc $("$python" packaging/linux.py)
