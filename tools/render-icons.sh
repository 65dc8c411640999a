#!/bin/bash
# Renders the icons the app loads from its resources as PNG, so that starting
# the window does not load librsvg (about 8 MB of memory, measured with
# scripts/bench). The SVGs stay the sources and are what is installed for
# the desktop. Run after changing an SVG; commit the PNGs it writes.
#
# Needs gtk4-encode-symbolic-svg (libgtk-4-bin), a C compiler and
# gdk-pixbuf with its SVG loader.
set -euo pipefail
cd "$(dirname "$0")/.."

out=resources/icons/png
rm -rf "$out"
mkdir -p "$out"

symbolic() { # SVG NAME CONTEXT SIZE...
  local svg=$1 name=$2 context=$3
  shift 3
  for size in "$@"; do
    for scale in 1 2; do
      local dir="$out/${size}x${size}$([ "$scale" = 2 ] && echo @2 || true)/$context"
      local px=$((size * scale))
      mkdir -p "$dir"
      gtk4-encode-symbolic-svg -o "$dir" "$svg" "${px}x${px}"
      [ -f "$dir/$name.symbolic.png" ]
    done
  done
}

symbolic resources/icons/scalable/actions/prospect-chart-symbolic.svg prospect-chart-symbolic actions 16 32
symbolic resources/icons/scalable/actions/prospect-fees-symbolic.svg prospect-fees-symbolic actions 16 32
symbolic resources/icons/hicolor/symbolic/apps/io.github.prospect.Prospect-symbolic.svg \
  io.github.prospect.Prospect-symbolic apps 16 128

# The full-colour application icon, for the window icon and About.
helper=$(mktemp -d)
trap 'rm -rf "$helper"' EXIT
cat >"$helper/render.c" <<'C'
#include <gdk-pixbuf/gdk-pixbuf.h>
int
main (int argc, char **argv)
{
  GError *error = NULL;
  int size = atoi (argv[2]);
  GdkPixbuf *pixbuf = gdk_pixbuf_new_from_file_at_size (argv[1], size, size, &error);

  if (pixbuf == NULL || !gdk_pixbuf_save (pixbuf, argv[3], "png", &error, NULL))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
C
cc -o "$helper/render" "$helper/render.c" $(pkg-config --cflags --libs gdk-pixbuf-2.0)
for size in 16 24 32 48 64 128 256; do
  for scale in 1 2; do
    [ "$scale" = 2 ] && [ "$size" -gt 128 ] && continue
    dir="$out/${size}x${size}$([ "$scale" = 2 ] && echo @2 || true)/apps"
    mkdir -p "$dir"
    "$helper/render" resources/icons/hicolor/scalable/apps/io.github.prospect.Prospect.svg $((size * scale)) \
      "$dir/io.github.prospect.Prospect.png"
  done
done
find "$out" -name '*.png' | sort
