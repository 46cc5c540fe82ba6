#!/usr/bin/env bash
# llama.cpp's own `llama-bench` and `llama-server`, built from the llama.cpp sources that the
# pinned llama-cpp-python sdist vendors and run against the venv's installed llama.cpp
# libraries (an rpath into the venv; this build's copies of those libraries are deleted, its
# own helper library libllama-common stays beside the tools), so the benchmark and the
# server use the very kernels the app does. Built once into
# build/llama.cpp/bin (about 8 minutes on 2 cores); later runs return at once.
#   scripts/build_llama_tools.sh [VENV]      (default .venv)
set -euo pipefail

VENV=${1:-.venv}
OUT=build/llama.cpp
BIN=$OUT/bin
PY=$VENV/bin/python
VERSION=$($PY -c "import importlib.metadata as m; print(m.version('llama_cpp_python'))")
LIB=$($PY -c "import llama_cpp, pathlib; print(pathlib.Path(llama_cpp.__file__).parent / 'lib')")
STAMP=$BIN/.built-for  # the version and the libraries it was linked to

if [ -x "$BIN/llama-server" ] && [ -x "$BIN/llama-bench" ] \
   && [ "$(cat "$STAMP" 2>/dev/null)" = "$VERSION $(realpath "$LIB") $(realpath "$BIN")" ]; then
  exit 0
fi

SRC=build/llama-sdist
mkdir -p "$SRC"
if [ ! -d "$SRC/llama_cpp_python-$VERSION/vendor/llama.cpp" ]; then
  # The source archive only (pip reads its metadata in a throw-away build environment;
  # nothing is installed or compiled).
  $PY -m pip download --quiet --no-deps --no-binary :all: "llama-cpp-python==$VERSION" -d "$SRC"
  tar -xzf "$SRC/llama_cpp_python-$VERSION.tar.gz" -C "$SRC"
fi

# The venv's libraries first, then this build's own helper libraries (libllama-common, the
# tools' -impl libraries), for the tools and for those helper libraries alike.
mkdir -p "$BIN"
RPATHS="-Wl,-rpath,$(realpath "$LIB") -Wl,-rpath,$(realpath "$BIN")"

# No web UI (it would be fetched from the network), no HTTPS (loopback and the tests' own
# TLS proxy need none), no tests or examples: only the two tools and what they link.
cmake -S "$SRC/llama_cpp_python-$VERSION/vendor/llama.cpp" -B "$OUT" \
  -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=ON \
  -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
  -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF \
  -DCMAKE_SKIP_BUILD_RPATH=ON -DCMAKE_EXE_LINKER_FLAGS="$RPATHS" \
  -DCMAKE_SHARED_LINKER_FLAGS="$RPATHS" \
  > "$OUT.configure.log"
cmake --build "$OUT" --target llama-bench llama-server -j "$(nproc)" > "$OUT.build.log"

# The tools must load the venv's libraries, not the copies this build made.
for built in "$BIN"/lib*.so*; do
  if [ -e "$LIB/$(basename "$built")" ]; then rm -f "$built"; fi
done
for tool in llama-bench llama-server; do
  if ldd "$BIN/$tool" | grep -q "not found" \
     || ! ldd "$BIN/$tool" | grep -q "$(realpath "$LIB")/libllama.so"; then
    ldd "$BIN/$tool"; echo "$tool does not load the venv's llama.cpp libraries in $LIB"; exit 1
  fi
done
echo "$VERSION $(realpath "$LIB") $(realpath "$BIN")" > "$STAMP"
echo "llama-bench and llama-server $VERSION in $BIN, using the libraries in $LIB"
