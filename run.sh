#!/usr/bin/env bash
# Build Soleus Lab (Release, into build/) and start it. Arguments go to build/soleus-lab,
# e.g. ./run.sh --screenshot leg.png --view posterior
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=third_party/ensure_packages.sh
source "$root/third_party/ensure_packages.sh"
ensure_packages "${SOLEUS_BUILD_PACKAGES[@]}" || exit 1

cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" --target soleus-lab -j "$(nproc)"
exec "$root/build/soleus-lab" "$@"
