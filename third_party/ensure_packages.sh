#!/usr/bin/env bash
# Sourced by run.sh and test.sh: makes sure the Debian packages we build and test with are
# installed. As root it installs what is missing; otherwise it prints the exact command.
#   ensure_packages PKG...   returns 0 when everything is present afterwards.

SOLEUS_BUILD_PACKAGES=(cmake g++ make pkg-config python3-glad libglfw3-dev libglm-dev libassimp-dev
  libimgui-dev nlohmann-json3-dev libstb-dev libpng-dev libgl1-mesa-dev libgl1-mesa-dri fonts-dejavu-core
  fonts-wqy-microhei libmeshoptimizer-dev)
SOLEUS_TEST_PACKAGES=(libgtest-dev libbenchmark-dev xvfb xauth ffmpeg chromium xdotool)

ensure_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "soleus-lab: installing missing packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 && return 0
    echo "soleus-lab: apt-get failed; install these and retry: ${missing[*]}" >&2
    return 1
  fi
  echo "soleus-lab: missing packages. Run this, then try again:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  return 1
}
