#!/usr/bin/env bash
# Time to export one stride's video at 1280x720 (a benchmark, not a timed test; issue 13):
# `soleus-lab --video OUT.mp4` with the panels and with --no-ui, and the PNG sequence, each
# run N times (default 3) alternating, the median wall time printed in seconds.
#   scripts/bench_video.sh [N]
# Runs itself under xvfb-run when there is no DISPLAY.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${SOLEUS_LAB_BIN:-$root/build/soleus-lab}"
runs="${1:-3}"
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"; fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
seconds() {  # wall time of one run
  local start end
  start=$(date +%s.%N)
  "$bin" "$@" --width 1280 --height 720 >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A times
for _ in $(seq "$runs"); do
  times[mp4_ui]+="$(seconds --video "$out/ui.mp4") "
  times[mp4_noui]+="$(seconds --video "$out/noui.mp4" --no-ui) "
  times[png_noui]+="$(seconds --video "$out/frames/" --no-ui) "
done
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 \
  "$out/ui.mp4" 2>/dev/null || echo "?")
echo "one stride at 1280x720, $frames frames, median of $runs runs (s):"
for key in mp4_ui mp4_noui png_noui; do
  echo "  $key: $(tr ' ' '\n' <<<"${times[$key]}" | grep . | median)"
done
