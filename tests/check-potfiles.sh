#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file with a string marked for translation is listed in
# po/POTFILES.in, and every file listed there exists: a file missed here
# would silently stay in English.
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1
status=0
for f in $(grep -rlE '(^|[^A-Za-z_])N?_\("|translatable="yes"' app ui | sort); do
  if ! grep -qxF "$f" po/POTFILES.in; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in | grep -v '^$'); do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status
