#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/security.md), one at a time, each as a single
# process (one job; -jobs would move the output to fuzz-N.log files in the current directory).
#   scripts/fuzz.sh TARGET|all SECONDS     e.g. scripts/fuzz.sh gltf_gen 600
# Targets: model model_cache content cli gltf_gen scenario settings. Builds them with clang-14 (ASan + UBSan +
# libFuzzer) into build-fuzz/. Each run starts from the committed corpus (tests/fuzz/corpus/T,
# small), keeps its new inputs in build-fuzz/corpus/T, merges the ones that add coverage back
# into the committed corpus (cut to 4 KB), and saves crashers to tests/fuzz/crashers/T,
# which CTest then replays for ever (tests/fuzz/CMakeLists.txt). The final stats (executions,
# cov:, ft:) go to build-fuzz/T.log.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
all=(model model_cache content cli gltf_gen scenario settings)
if [ $# -ne 2 ]; then
  echo "usage: $0 TARGET|all SECONDS   (targets: ${all[*]})" >&2
  exit 2
fi
targets=("$1")
[ "$1" = all ] && targets=("${all[@]}")
seconds="$2"
build="$root/build-fuzz"
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOLEUS_FUZZ=ON \
  -DSOLEUS_BUILD_TESTS=OFF -DSOLEUS_BUILD_BENCHMARKS=OFF >/dev/null
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
for target in "${targets[@]}"; do
  cmake --build "$build" -j2 --target "fuzz_$target"
  corpus="$root/tests/fuzz/corpus/$target"
  crashers="$root/tests/fuzz/crashers/$target"
  work="$build/corpus/$target"
  max_len=16384
  [ "$target" = content ] && max_len=32768  # the seeds are trimmed learn.json and structures.json
  mkdir -p "$corpus" "$crashers" "$work"
  echo "fuzzing $target for $seconds s (log: $build/$target.log)" >&2
  status=0
  nice -n 10 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=2560 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$crashers/" \
    "$work" "$corpus" >"$build/$target.log" 2>&1 || status=$?
  grep -E '^stat::|^#[0-9]+.*DONE|cov:|ft:' "$build/$target.log" | tail -n 12 >&2 || true
  # Add to the committed corpus only the inputs that add coverage, cut to 4 KB (keeps it small).
  "$build/tests/fuzz/fuzz_$target" -merge=1 -max_len=4096 "$corpus" "$work" >/dev/null 2>&1 || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz_$target stopped with a finding (exit $status): see $build/$target.log and $crashers" >&2
    exit "$status"
  fi
done
