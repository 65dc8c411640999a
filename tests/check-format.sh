#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every .c file is formatted as uncrustify.cfg says (GTK style).
top=${1:?usage: check-format.sh SOURCE_ROOT}
command -v uncrustify >/dev/null 2>&1 || { echo "uncrustify is not installed: formatting not checked"; exit 77; }
cd "$top" || exit 1
status=0
for f in $(find app tests bench -name '*.c' | sort); do
  if ! uncrustify -q -c uncrustify.cfg -f "$f" 2>/dev/null | cmp -s - "$f"; then
    echo "$f is not formatted as uncrustify.cfg says; run: uncrustify -c uncrustify.cfg --no-backup --replace $f"
    status=1
  fi
done
[ $status -eq 0 ] && echo "every .c file is formatted as uncrustify.cfg says"
exit $status
