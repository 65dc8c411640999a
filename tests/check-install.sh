#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `meson install` into a scratch prefix gives a prospect that finds its
# settings schema, desktop file, metainfo and icons, and runs.
build=${1:?usage: check-install.sh BUILD_DIR}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
prefix=$(meson introspect "$build" --buildoptions | python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"))')
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null || { echo "meson install failed"; exit 1; }
root="$dest$prefix"
status=0
for f in bin/prospect \
         share/glib-2.0/schemas/io.github.prospect.Prospect.gschema.xml \
         share/applications/io.github.prospect.Prospect.desktop \
         share/metainfo/io.github.prospect.Prospect.metainfo.xml \
         share/icons/hicolor/scalable/apps/io.github.prospect.Prospect.svg \
         share/icons/hicolor/symbolic/apps/io.github.prospect.Prospect-symbolic.svg; do
  [ -e "$root/$f" ] || { echo "not installed: $f"; status=1; }
done
# A packager's post-install step compiles the schemas; DESTDIR installs skip it.
glib-compile-schemas "$root/share/glib-2.0/schemas" || status=1
home=$(mktemp -d)
XDG_DATA_HOME="$home" "$root/bin/prospect" --list-funds >/dev/null || { echo "installed prospect --list-funds failed"; status=1; }
# The window finds the installed schema: no "not installed" message.
out=$(XDG_DATA_HOME="$home" XDG_DATA_DIRS="$root/share" GSETTINGS_SCHEMA_DIR= timeout 5 "$root/bin/prospect" --non-unique 2>&1)
case "$out" in *"is not installed"*) echo "installed prospect did not find its schema: $out"; status=1 ;; esac
rm -rf "$home"
[ $status -eq 0 ] && echo "install: prospect, schema, desktop file, metainfo and icons in place; it runs"
exit $status
