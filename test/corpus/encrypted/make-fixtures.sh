#!/bin/sh
# Remakes the encrypted fixtures of this folder from ../writers/original.xlsx with LibreOffice
# (see SOURCES.md). By hand only: needs soffice (Debian libreoffice-calc-nogui) and python3-uno.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../writers/original.xlsx"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s' 'VelvetSweatshop' > "$tmp/default"
printf '%s' 'Bắc Kạn 2020' > "$tmp/vi"
/usr/bin/python3 -c 'import sys, unicodedata; open(sys.argv[1], "w", encoding="utf-8").write(unicodedata.normalize("NFD", "Bắc Kạn 2020"))' "$tmp/vi-nfd"
/usr/bin/python3 -c 'import sys; open(sys.argv[1], "w", encoding="utf-8").write(("ĐoànKết-" * 1250)[:10000])' "$tmp/long"
save() { /usr/bin/python3 "$here/save-with-password.py" "$src" "$here/$1" "$2" "$tmp/$3" ${4:-}; }
save default-password.xlsx 'Calc MS Excel 2007 XML' default Standard
save default-password.xls 'MS Excel 97' default
save password-vi.xlsx 'Calc MS Excel 2007 XML' vi Standard
save password-vi.xls 'MS Excel 97' vi
save password-vi.ods calc8 vi
save password-vi-nfd.xlsx 'Calc MS Excel 2007 XML' vi-nfd Standard
save password-long.xlsx 'Calc MS Excel 2007 XML' long Standard
