#!/usr/bin/env bash
# Build everything (Release, into build/) and run every test with CTest; then the sanitizer suite.
# GPU tests run under Xvfb with Mesa's software OpenGL when there is no display.
#   ./test.sh [ctest args]             the full suite, then the sanitizer suite (e.g. -R biomech)
#   ./test.sh --sanitize [ctest args]  the sanitizer suite only (the args filter its unit tests)
#   SOLEUS_SKIP_SANITIZE=1 ./test.sh   the full suite only
# The sanitizer suite (docs/security.md) builds into build-asan/ with AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer (GCC, -O0: half the compile time of -O1, so CI on
# two cores stays under 15 minutes) and runs the unit tests (with the fuzz corpus and crasher
# replays) plus a representative subset of the app tests (start-up, a capture, bad and special
# files, every panel for hundreds of frames: the Release build's test_app driving the sanitizer
# build's app); any report fails the run.
# Third-party findings are suppressed by the narrow, commented rules in tests/sanitizers/.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=third_party/ensure_packages.sh
source "$root/third_party/ensure_packages.sh"
ensure_packages "${SOLEUS_BUILD_PACKAGES[@]}" "${SOLEUS_TEST_PACKAGES[@]}" || exit 1

# The tests never read or write the user's settings (docs/settings.md): a fresh config folder.
XDG_CONFIG_HOME="$(mktemp -d)"
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT

sanitize_only=0
if [ "${1:-}" = "--sanitize" ]; then
  sanitize_only=1
  shift
fi

# One X server per ctest run; 24-bit so screenshots have true colour. -noreset: by default Xvfb
# resets whenever its last client leaves, and a test connecting during that reset fails.
run_ctest() {
  if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" ctest "$@"
  else
    ctest "$@"
  fi
}

if [ "$sanitize_only" -eq 0 ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" -j "$(nproc)"
  run_ctest --test-dir "$root/build" --output-on-failure -j "$(nproc)" "$@"
  [ "${SOLEUS_SKIP_SANITIZE:-0}" = 1 ] && exit 0
fi

# The sanitizer suite. "Sanitize" is a build type of its own: only the flags below, asserts on.
flags="-O0 -g1 -fsanitize=address,undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=Sanitize -DSOLEUS_BUILD_BENCHMARKS=OFF \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
unit_tests=(test_core test_biomech test_motion test_anatomy test_scene test_document test_content test_ui test_generator test_cli
  replay_model replay_model_cache replay_content replay_cli replay_gltf_gen replay_scenario replay_settings replay_motion)
cmake --build "$root/build-asan" -j "$(nproc)" --target "${unit_tests[@]}" soleus-lab
# The app tests are the Release build's test_app run against this build's app
# (SOLEUS_TEST_APP_BINARY, tests/app/run_app.h): the harness is not what is under test.
if [ "$sanitize_only" -eq 1 ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" -j "$(nproc)" --target test_app
fi
supp="$root/tests/sanitizers"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
# Mesa's llvmpipe driver keeps allocations in its globals until exit, but libGLX unloads it
# first: LeakSanitizer then sees them unreferenced and reports them from a module that is gone,
# under no name a suppression could match. Keeping the driver loaded in the app (the app tests
# put SOLEUS_TEST_APP_ENV before every command; tests/app/run_app.h) lets LSan see the references.
dri=/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so
if [ -e "$dri" ]; then
  export SOLEUS_TEST_APP_ENV="LD_PRELOAD='$(gcc -print-file-name=libasan.so) $dri'"
  ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0"  # the driver is preloaded after the runtime
fi
app_subset='^(App\.(HelpAndVersion|BadCommandLineExitsTwoAndSaysWhy|ScreenshotWritesAPngOfTheRequestedSize|BadModelFilesFailTheCaptureAndWriteNothing|CapturesKeepSpecialTargetsAndNonFiniteModelsFail)|AppRun\.(SmokeRunsHundredsOfFramesWithEveryPanelAndNoWarning|LearnPageOpensTheLearnTabForACapture))$'
run_ctest --test-dir "$root/build-asan" --output-on-failure -j "$(nproc)" -L unit "$@"
export SOLEUS_TEST_APP_BINARY="$root/build-asan/soleus-lab"
run_ctest --test-dir "$root/build" --output-on-failure -j "$(nproc)" -R "$app_subset"
