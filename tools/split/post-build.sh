#!/usr/bin/env bash
# First part of trunk's post_build hook (Trunk.toml): copy the area modules that tools/split/wasm-bindgen split
# off into the staging dir, which trunk does not know about. The loader (__wasm_split.js) is pointed at trunk's
# hashed main JS; every module is wasm-opt'ed (release) and named by its content hash, so the backend serves it
# `immutable`. It must run before the precache list and the compression step, which list the staging dir.
set -euo pipefail
mode=$([ "${TRUNK_PROFILE:-}" = release ] && echo release || echo debug)
splitdir="${CARGO_TARGET_DIR:-$TRUNK_SOURCE_DIR/target}/wasm-bindgen/$mode/wasm-split"
[ -d "$splitdir" ] || { echo "post-build: no $splitdir: build through cargo xtask (tools/split on PATH)" >&2; exit 1; }
loader=$(cd "$splitdir" && ls __wasm_split*.js)
cd "$TRUNK_STAGING_DIR"
main_js=$(ls ./*.js | sed 's|^\./||' | grep -E -- '-[0-9a-f]{8,16}\.js$')
[ "$(echo "$main_js" | wc -l)" = 1 ] || { echo "post-build: expected one main JS, got: $main_js" >&2; exit 1; }
grep -q "from *\"./$loader\"" "$main_js" ||
  { echo "post-build: $main_js does not import ./$loader: the build ran without tools/split/wasm-bindgen" >&2; exit 1; }
sed "s|from \"./main.js\"|from \"./$main_js\"|" "$splitdir/$loader" > "$loader"
# The same wasm-opt level and parameters as trunk gives the main module (index.html's rust link).
opt_level=$(grep -o 'data-wasm-opt="[a-z0-9]*"' "$TRUNK_SOURCE_DIR/index.html" | cut -d'"' -f2)
opt_params=$(grep -o 'data-wasm-opt-params="[^"]*"' "$TRUNK_SOURCE_DIR/index.html" | cut -d'"' -f2)
[ -n "$opt_level" ] || { echo "post-build: no data-wasm-opt in index.html" >&2; exit 1; }
for f in "$splitdir"/*.wasm; do
  b=$(basename "$f" .wasm)
  [ "$b" = main ] && continue
  if [ "$mode" = release ]; then wasm-opt "-O$opt_level" $opt_params "$f" -o "$b.tmp.wasm"; else cp "$f" "$b.tmp.wasm"; fi
  h=$(sha256sum "$b.tmp.wasm" | cut -c1-16)
  mv "$b.tmp.wasm" "$b-$h.wasm"
  sed -i "s|\"./$b.wasm\"|\"./$b-$h.wasm\"|" "$loader"
done
# The main JS imports the loader at start: fetch both at once.
grep -q "href=\"/$main_js\"" index.html || { echo "post-build: index.html does not preload /$main_js" >&2; exit 1; }
sed -i "s|<link rel=\"modulepreload\" href=\"/$main_js\"|<link rel=\"modulepreload\" href=\"/$loader\" crossorigin=\"anonymous\"><link rel=\"modulepreload\" href=\"/$main_js\"|" index.html
