#!/usr/bin/env bash
# Build everything (Release, into build/) and run every test with CTest. GPU tests run under
# Xvfb with Mesa's software OpenGL when there is no display. Arguments go to ctest (e.g. -R biomech).
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=third_party/ensure_packages.sh
source "$root/third_party/ensure_packages.sh"
ensure_packages "${SOLEUS_BUILD_PACKAGES[@]}" "${SOLEUS_TEST_PACKAGES[@]}" || exit 1

cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" -j "$(nproc)"

ctest_args=(--test-dir "$root/build" --output-on-failure -j "$(nproc)" "$@")
if [ -z "${DISPLAY:-}" ]; then
  # One X server for the whole run; 24-bit so screenshots have true colour. -noreset: by default
  # Xvfb resets whenever its last client leaves, and a test connecting during that reset fails.
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" ctest "${ctest_args[@]}"
fi
exec ctest "${ctest_args[@]}"
