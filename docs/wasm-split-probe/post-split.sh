#!/usr/bin/env bash
# trunk post_build hook: copy the split loader + chunks (trunk doesn't know about them) into the staging dir,
# wasm-opt the chunks, point the loader at trunk's hashed main JS, and content-hash the chunk names.
# Must run BEFORE anything that lists/compresses/precaches dist files (same hook command, not a 2nd [[hooks]]:
# trunk runs all hooks of one stage concurrently).
set -euo pipefail
mode=$([ "$TRUNK_PROFILE" = release ] && echo release || echo debug)
splitdir="${CARGO_TARGET_DIR:-$TRUNK_SOURCE_DIR/target}/wasm-bindgen/$mode/wasm-split"
loader=$(cd "$splitdir" && ls __wasm_split*.js)   # exactly one, else fail
cd "$TRUNK_STAGING_DIR"
# trunk's main JS: <name>-<16 hex>.js (the only JS trunk emits besides snippets/).
main_js=$(ls *.js | grep -v '^__wasm_split' | grep -E -- '-[0-9a-f]{16}\.js$')
[ "$(echo "$main_js" | wc -l)" = 1 ] || { echo "post-split: expected one main JS, got: $main_js" >&2; exit 1; }
grep -q "from \"./$loader\"" "$main_js" || { echo "post-split: $main_js does not import ./$loader (stale split?)" >&2; exit 1; }
sed "s|from \"./main.js\"|from \"./$main_js\"|" "$splitdir/$loader" > "$loader"
for f in "$splitdir"/*.wasm; do
  b=$(basename "$f" .wasm); [ "$b" = main ] && continue
  if [ "$TRUNK_PROFILE" = release ]; then wasm-opt -Oz "$f" -o "$b.tmp.wasm"; else cp "$f" "$b.tmp.wasm"; fi
  h=$(sha256sum "$b.tmp.wasm" | cut -c1-16)
  mv "$b.tmp.wasm" "$b-$h.wasm"
  sed -i "s|\"./$b.wasm\"|\"./$b-$h.wasm\"|" "$loader"
done
