#!/usr/bin/env bash
# Soleus Lab side by side with f3d and Assimp's own tool, on this machine, in one run.
#
#   scripts/bench.sh [--pairs N] [--frames N] [--no-reference] [--no-app] [--no-doc] [--bin PATH]
#                    [--baseline PATH] [--no-models]
#
# For each model (the default lower leg, a generated ~360k-triangle leg as binary STL and as OBJ,
# and every file in ../shared/reference-anatomy when present) it runs N alternating pairs (order
# flipped every pair, so drift and warm-up hit both sides equally) of:
#   render  soleus-lab --screenshot X.png --no-ui --width 1280 --height 720 --model M
#           vs f3d --output X.png --resolution 1280,720 M  (process wall time, both)
#           "cold"   = no processed-model cache present (our cache directory emptied first). The OS
#                      page cache is NOT dropped: the source file is warm for both tools.
#           "cached" = our processed cache present (written by the cold run just before).
#   load    our model load (load_s of --benchmark --frames 1 --json, in-process, cache off and on)
#           vs assimp info M ("import took approx." in-process, and process wall time)
# and prints ratios ours/theirs as the median over the pairs of the per-pair ratio. Then it runs
# the app benchmark (--benchmark --frames 300 --json at 1280x720, UI on and --no-ui, 5 runs each,
# alternating) and writes
# everything to docs/performance.md between the bench markers (the rest of the file is kept).
# --baseline PATH (a soleus-lab built from the previous commit, e.g. from `git archive HEAD~1`)
# adds the frame cost against it: the full and the lite leg with the UI, N pairs alternated, and
# the median over pairs of each per-pair ratio ours/baseline, which minute-to-minute drift of the
# machine distorts far less than the absolute times. --no-models skips the render/load pairs.
# Runs itself under xvfb-run when there is no DISPLAY. Not run by CI (it takes a few minutes).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAIRS=5
FRAMES=300
WITH_REFERENCE=1
WITH_APP=1
WRITE_DOC=1
WITH_MODELS=1
BASELINE=""
BIN="${SOLEUS_LAB_BIN:-}"
W=1280
H=720
ORIG_ARGS=("$@")

while [[ $# -gt 0 ]]; do
  case "$1" in
    --pairs) PAIRS="$2"; shift 2 ;;
    --frames) FRAMES="$2"; shift 2 ;;
    --no-reference) WITH_REFERENCE=0; shift ;;
    --no-app) WITH_APP=0; shift ;;
    --no-doc) WRITE_DOC=0; shift ;;
    --bin) BIN="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --no-models) WITH_MODELS=0; shift ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if (( PAIRS < 5 )); then echo "bench.sh: note: fewer than 5 pairs ($PAIRS); ratios are less robust" >&2; fi

# --- a display: one virtual X server for the whole run (its start-up is never timed) ----------
if [[ -z "${DISPLAY:-}" ]]; then
  if command -v xvfb-run >/dev/null; then
    exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp -noreset" "$0" ${ORIG_ARGS[@]+"${ORIG_ARGS[@]}"}
  fi
  echo "bench.sh: no DISPLAY and no xvfb-run: apt-get install -y xvfb" >&2
  exit 1
fi

# --- tools -------------------------------------------------------------------------------------
need_pkgs=()
command -v f3d >/dev/null || need_pkgs+=(f3d)
command -v assimp >/dev/null || need_pkgs+=(assimp-utils)
command -v python3 >/dev/null || need_pkgs+=(python3)
if (( ${#need_pkgs[@]} )); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "bench.sh: installing ${need_pkgs[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_pkgs[@]}" >&2
  else
    echo "bench.sh: missing tools; run as root: apt-get install -y ${need_pkgs[*]}" >&2
    command -v python3 >/dev/null || exit 1
  fi
fi
HAVE_F3D=0; command -v f3d >/dev/null && HAVE_F3D=1
HAVE_ASSIMP=0; command -v assimp >/dev/null && HAVE_ASSIMP=1

# --- our binary (a Release build; built into build/ when none is found) ------------------------
if [[ -z "$BIN" ]]; then
  for candidate in "$ROOT/build/soleus-lab" "$ROOT/build-perf/soleus-lab"; do
    [[ -x "$candidate" ]] && { BIN="$candidate"; break; }
  done
fi
if [[ -z "$BIN" ]]; then
  echo "bench.sh: building soleus-lab (Release) into build/" >&2
  cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release >&2
  cmake --build "$ROOT/build" -j"$(nproc)" --target soleus-lab >&2
  BIN="$ROOT/build/soleus-lab"
fi

WORK="$(mktemp -d /tmp/soleus-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
# A private cache directory: "cold" empties it; the user's own cache is never touched.
export XDG_CACHE_HOME="$WORK/xdg-cache"
unset SOLEUS_LAB_NO_CACHE

# --- models --------------------------------------------------------------------------------------
MODELS=()
if (( WITH_MODELS )); then
[[ -f "$ROOT/assets/models/lower_leg.glb" ]] && MODELS+=("$ROOT/assets/models/lower_leg.glb")
GEN_DIR=/tmp/soleus-bench-meshes
mkdir -p "$GEN_DIR"
for ext in stl obj; do
  mesh="$GEN_DIR/leg_360k.$ext"
  [[ -s "$mesh" ]] || python3 "$ROOT/scripts/gen_leg_mesh.py" "$mesh" >&2
  MODELS+=("$mesh")
done
fi
REF="$ROOT/../shared/reference-anatomy"
if (( WITH_MODELS && WITH_REFERENCE )) && [[ -d "$REF" ]]; then
  while IFS= read -r f; do MODELS+=("$f"); done < <(find "$REF" -type f \( -iname '*.obj' -o -iname '*.stl' \
      -o -iname '*.glb' -o -iname '*.gltf' -o -iname '*.ply' -o -iname '*.fbx' -o -iname '*.dae' \) | sort)
fi

# --- timing helpers ------------------------------------------------------------------------------
now() { echo "$EPOCHREALTIME"; }
elapsed() { python3 -c "import sys; print('%.4f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
json_field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())[sys.argv[1]])" "$1"; }

# "wall cpu" (s) of one command: wall clock around fork/wait, CPU = user + system of the child
# (all its threads; less sensitive than wall time to other load on the machine). Output
# discarded; "fail fail" when the command fails.
cat >"$WORK/run.py" <<'PYRUN'
import os, subprocess, sys, time
t0 = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, ru = os.wait4(p.pid, 0)
wall = time.perf_counter() - t0
print("fail fail" if status else "%.4f %.4f" % (wall, ru.ru_utime + ru.ru_stime))
PYRUN
wall() { python3 "$WORK/run.py" "$@"; }

ours_render() { wall "$BIN" --screenshot "$WORK/ours.png" --no-ui --model "$1" --width $W --height $H; }
f3d_render() { wall f3d --dry-run --quiet --resolution "$W,$H" --output "$WORK/f3d.png" "$1"; }
cold() { rm -rf "$XDG_CACHE_HOME/soleus-lab"; }

# Our in-process load time (s) from the benchmark JSON; $2 = "off" disables the cache.
ours_load() {
  local out
  if [[ "$2" == off ]]; then
    out=$(SOLEUS_LAB_NO_CACHE=1 "$BIN" --benchmark --frames 1 --json --no-ui --model "$1" --width 320 --height 240 2>/dev/null) || { echo fail; return; }
  else
    out=$("$BIN" --benchmark --frames 1 --json --no-ui --model "$1" --width 320 --height 240 2>/dev/null) || { echo fail; return; }
  fi
  echo "$out" | json_field renderer >"$WORK/renderer.txt" 2>/dev/null || true
  echo "$out" | json_field load_s
}
# assimp info: "in-process import time wall-time" (s).
assimp_load() {
  local t0 t1 out
  t0=$(now)
  out=$(assimp info "$1" 2>&1) || { echo "fail fail"; return; }
  t1=$(now)
  local took
  took=$(echo "$out" | sed -n 's/.*import took approx\. \([0-9.e+-]*\) seconds.*/\1/p' | head -1)
  echo "${took:-fail} $(elapsed "$t0" "$t1")"
}

# --- the alternating pairs ------------------------------------------------------------------------
RESULTS="$WORK/results.tsv"  # model pair, then wall/cpu of: ours cold, f3d, ours cached, f3d; load off/on; assimp import, wall
: >"$RESULTS"
echo "bench.sh: $BIN, $PAIRS pairs per model, ${#MODELS[@]} models" >&2
for model in "${MODELS[@]}"; do
  name="${model#"$ROOT/"}"; name="${name#../shared/}"; name="${name/#\/tmp\/soleus-bench-meshes\//generated\/}"
  echo "  $name" >&2
  # One untimed warm-up of each tool so the page cache holds the binaries and the file for all.
  cold; ours_render "$model" >/dev/null || true
  (( HAVE_F3D )) && { f3d_render "$model" >/dev/null || true; }
  for ((p = 0; p < PAIRS; p++)); do
    oc="na na"; fc="na na"; ok="na na"; fk="na na"; lo=na; ln=na; ai="na na"
    if (( p % 2 == 0 )); then
      cold; oc=$(ours_render "$model"); ok=$(ours_render "$model")
      (( HAVE_F3D )) && { fc=$(f3d_render "$model"); fk=$(f3d_render "$model"); }
      lo=$(ours_load "$model" off); ln=$(ours_load "$model" on)
      (( HAVE_ASSIMP )) && ai=$(assimp_load "$model")
    else
      (( HAVE_F3D )) && { fc=$(f3d_render "$model"); fk=$(f3d_render "$model"); }
      cold; oc=$(ours_render "$model"); ok=$(ours_render "$model")
      (( HAVE_ASSIMP )) && ai=$(assimp_load "$model")
      lo=$(ours_load "$model" off); ln=$(ours_load "$model" on)
    fi
    line="$name $p $oc $fc $ok $fk $lo $ln $ai"
    echo "${line// /$'\t'}" >>"$RESULTS"
  done
done

# --- app benchmark (frame times), UI on and off, 5 runs each, alternating, median run by median frame
APP="$WORK/app.tsv"
: >"$APP"
RENDERER=unknown
APP_RUNS=5
if (( WITH_APP )); then
  # The app's usual start: the default model's processed cache is present and Mesa's shader cache
  # (private to this run) holds the variants of both views (written here, untimed).
  "$BIN" --benchmark --frames 2 --width $W --height $H >/dev/null 2>&1 || true
  "$BIN" --benchmark --frames 2 --no-ui --width $W --height $H >/dev/null 2>&1 || true
  # Alternating, so a slow minute on a shared machine hits both views alike.
  for run in $(seq 1 $APP_RUNS); do
    for ui in on off; do
      args=(--benchmark --frames "$FRAMES" --json --width $W --height $H)
      [[ $ui == off ]] && args+=(--no-ui)
      if out=$("$BIN" "${args[@]}" 2>/dev/null); then
        printf '%s\t%s\t%s\n' "$ui" "$run" "$(echo "$out" | tr -d '\n')" >>"$APP"
        RENDERER=$(echo "$out" | json_field renderer)
      fi
    done
  done
fi

# --- frame cost against the previous commit (--baseline), full and lite leg, UI on ------------------
FRAMECMP="$WORK/frames.tsv"
: >"$FRAMECMP"
if [[ -n "$BASELINE" ]]; then
  echo "bench.sh: frame cost against $BASELINE, $PAIRS pairs per level of detail" >&2
  for detail in full lite; do
    for bin in "$BIN" "$BASELINE"; do  # untimed: the processed cache and Mesa's shader cache
      "$bin" --benchmark --frames 2 --detail $detail --width $W --height $H >/dev/null 2>&1 || true
    done
    for pair in $(seq 1 "$PAIRS"); do
      order=(ours baseline)
      (( pair % 2 == 0 )) && order=(baseline ours)
      for who in "${order[@]}"; do
        bin="$BIN"; [[ $who == baseline ]] && bin="$BASELINE"
        if out=$("$bin" --benchmark --frames "$FRAMES" --json --detail $detail --width $W --height $H 2>/dev/null); then
          printf '%s\t%s\t%s\t%s\n' "$detail" "$pair" "$who" "$(echo "$out" | tr -d '\n')" >>"$FRAMECMP"
          RENDERER=$(echo "$out" | json_field renderer)
        fi
      done
    done
  done
fi

[[ "$RENDERER" == unknown && -s "$WORK/renderer.txt" ]] && RENDERER=$(cat "$WORK/renderer.txt")

# --- report -----------------------------------------------------------------------------------------
MACHINE_CPU=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
MACHINE_CORES=$(nproc)
MACHINE_RAM=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
MACHINE_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
export FRAMECMP BASELINE RESULTS APP APP_RUNS PAIRS FRAMES MACHINE_CPU MACHINE_CORES MACHINE_RAM MACHINE_LOAD RENDERER BIN W H
export F3D_VERSION="$( (f3d --version 2>/dev/null || true) | sed -n 's/^Version: //p' | head -1)"
export ASSIMP_VERSION="$( (dpkg-query -W -f='${Version}' assimp-utils 2>/dev/null) || true)"
export GIT_REV="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
export DATE_UTC="$(date -u '+%Y-%m-%d %H:%M UTC')"

SECTION="$WORK/section.md"
python3 - >"$SECTION" <<'PY'
import json, os, statistics

def num(x):
    try:
        return float(x)
    except ValueError:
        return None

rows = {}
order = []
for line in open(os.environ["RESULTS"]):
    f = line.rstrip("\n").split("\t")
    name = f[0]
    if name not in rows:
        rows[name] = []
        order.append(name)
    rows[name].append([num(x) for x in f[2:]])

def med(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None

def ratio(pairs, a, b):
    # median over pairs of the per-pair ratio ours/theirs
    return med([p[a] / p[b] if p[a] is not None and p[b] else None for p in pairs])

def fmt(v, spec="%.2f"):
    return "n/a" if v is None else spec % v

out = []
out.append("Measured %s at commit %s with `scripts/bench.sh` (%s pairs per model, order alternated every pair; "
           "load average at the end of the run %s)." % (os.environ["DATE_UTC"], os.environ["GIT_REV"],
                                                          os.environ["PAIRS"], os.environ["MACHINE_LOAD"]))
out.append("")
out.append("### Machine")
out.append("")
out.append("* CPU: %s, %s cores" % (os.environ["MACHINE_CPU"], os.environ["MACHINE_CORES"]))
out.append("* RAM: %s" % os.environ["MACHINE_RAM"])
out.append("* OpenGL: %s (under Xvfb)" % os.environ["RENDERER"])
out.append("* f3d %s; assimp-utils %s" % (os.environ["F3D_VERSION"] or "n/a", os.environ["ASSIMP_VERSION"] or "n/a"))
out.append("")
if order:
    out.append("### Load and render to PNG (1280x720, no UI), and model load")
    out.append("")
    out.append("Times in seconds (median over pairs); ratio = ours / theirs, the median of the per-pair ratios. "
               "*Cold* = no processed cache present (the page cache is not dropped, so the source file is warm for "
               "both tools); *cached* = our processed cache present. f3d has no processed cache, so both columns "
               "compare against its plain run. *Load*: ours = `load_s` of `--benchmark` (in-process: Assimp import, "
               "post-processing, roles, normalisation); assimp = `assimp info`'s own \"import took\" (in-process) "
               "and its process wall time.")
    out.append("")
    out.append("| model | ours cold (s) | ours cached (s) | f3d (s) | **cold ratio** (<= 0.6) | **cached ratio** (<= 0.2) "
               "| cold ratio, CPU | cached ratio, CPU "
               "| ours load (s) | ours load cached (s) | assimp import (s) | assimp info wall (s) "
               "| load / assimp | cached load / assimp |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    table = []
    for name in order:
        p = rows[name]
        # columns: 0/1 ours cold wall/cpu, 2/3 f3d, 4/5 ours cached, 6/7 f3d again, 8 load, 9 load cached,
        # 10 assimp import, 11 assimp info wall
        oc, ok, lo, ln, ai, aw = (med([r[i] for r in p]) for i in (0, 4, 8, 9, 10, 11))
        f3d_wall = med([r[2] for r in p] + [r[6] for r in p])
        table.append("| %s | %s | %s | %s | **%s** | **%s** | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, fmt(oc, "%.3f"), fmt(ok, "%.3f"), fmt(f3d_wall, "%.3f"),
            fmt(ratio(p, 0, 2)), fmt(ratio(p, 4, 6)), fmt(ratio(p, 1, 3)), fmt(ratio(p, 5, 7)),
            fmt(lo, "%.4f"), fmt(ln, "%.4f"), fmt(ai, "%.4f"), fmt(aw, "%.3f"),
            fmt(ratio(p, 8, 10)), fmt(ratio(p, 9, 10))))
    out.extend(table)
    out.append("")
    out.append("*Ratio, CPU* = the same ratio of user + system CPU time (all threads) of the process, which other "
               "load on the machine distorts less than wall time.")
    out.append("")

app = {"on": [], "off": []}
for line in open(os.environ["APP"]):
    ui, run, js = line.rstrip("\n").split("\t", 2)
    app[ui].append(json.loads(js))
if app["on"] or app["off"]:
    out.append("### App benchmark (`--benchmark --frames %s --json`, %sx%s, default model with its processed cache "
               "present, %s runs each, alternating, the run with the median median-frame shown)"
               % (os.environ["FRAMES"], os.environ["W"], os.environ["H"], os.environ["APP_RUNS"]))
    out.append("")
    out.append("| | target | UI on | --no-ui |")
    out.append("|---|---|---|---|")
    def pick(runs):
        if not runs:
            return None
        runs = sorted(runs, key=lambda r: r["median_frame_ms"])
        return runs[len(runs) // 2]
    on, off = pick(app["on"]), pick(app["off"])
    def cell(r, key, spec):
        return "n/a" if r is None else spec % r[key]
    for key, label, target, spec in [
            ("median_frame_ms", "median frame (ms)", "<= 16.7", "%.1f"),
            ("p95_frame_ms", "95th percentile frame (ms)", "< 25", "%.1f"),
            ("max_frame_ms", "worst frame (ms)", "", "%.1f"),
            ("time_to_first_frame_s", "time to first frame (s)", "< 0.5", "%.3f"),
            ("load_s", "model load (s)", "", "%.4f"),
            ("peak_rss_mb", "peak RSS (MB)", "< 200", "%.0f"),
            ("cpu_s", "CPU time (s)", "", "%.2f"),
            ("triangles", "triangles", "", "%d")]:
        out.append("| %s | %s | %s | %s |" % (label, target, cell(on, key, spec), cell(off, key, spec)))
    out.append("")
    out.append("All runs (median / p95 ms): UI on %s; --no-ui %s." % (
        ", ".join("%.1f / %.1f" % (r["median_frame_ms"], r["p95_frame_ms"]) for r in app["on"]) or "n/a",
        ", ".join("%.1f / %.1f" % (r["median_frame_ms"], r["p95_frame_ms"]) for r in app["off"]) or "n/a"))
    out.append("")
frames = {}
for line in open(os.environ["FRAMECMP"]):
    detail, pair, who, js = line.rstrip("\n").split("\t", 3)
    frames.setdefault(detail, {}).setdefault(pair, {})[who] = json.loads(js)
if frames:
    out.append("### Frame cost against the previous commit (`--baseline %s`, `--benchmark --frames %s --json --detail D`, "
               "%sx%s, UI on, %s pairs alternated)" % (os.path.basename(os.environ["BASELINE"]), os.environ["FRAMES"],
                                                      os.environ["W"], os.environ["H"], os.environ["PAIRS"]))
    out.append("")
    out.append("Ratio = ours / baseline: the median over pairs of the per-pair ratio (both runs of a pair a minute "
               "apart, so drift of the machine cancels). Ours and baseline: medians over the pairs.")
    out.append("")
    out.append("| leg | measure | target | ours | baseline | **ratio** |")
    out.append("|---|---|---|---|---|---|")
    targets = {("full", "median_frame_ms"): "<= 12", ("full", "p95_frame_ms"): "<= 16.7",
               ("lite", "p95_frame_ms"): "<= 12"}
    for detail in ("full", "lite"):
        pairs = [p for p in frames.get(detail, {}).values() if "ours" in p and "baseline" in p]
        if not pairs:
            continue
        for key, label in [("median_frame_ms", "median frame (ms)"), ("p95_frame_ms", "95th percentile frame (ms)"),
                           ("max_frame_ms", "worst frame (ms)"), ("cpu_s", "CPU time, all threads (s)")]:
            ours = med([p["ours"][key] for p in pairs])
            base = med([p["baseline"][key] for p in pairs])
            r = med([p["ours"][key] / p["baseline"][key] for p in pairs if p["baseline"][key]])
            out.append("| %s (%d triangles) | %s | %s | %.2f | %.2f | **%s** |" % (
                detail, pairs[0]["ours"]["triangles"], label, targets.get((detail, key), ""), ours, base, fmt(r)))
    out.append("")
    for detail in ("full", "lite"):
        pairs = sorted(frames.get(detail, {}).items(), key=lambda kv: int(kv[0]))
        out.append("All pairs, %s (median / p95 ms, ours vs baseline): %s." % (detail, "; ".join(
            "%.1f / %.1f vs %.1f / %.1f" % (p["ours"]["median_frame_ms"], p["ours"]["p95_frame_ms"],
                                            p["baseline"]["median_frame_ms"], p["baseline"]["p95_frame_ms"])
            for _, p in pairs if "ours" in p and "baseline" in p)))
    out.append("")
print("\n".join(out))
PY

echo
cat "$SECTION"

if (( WRITE_DOC )); then
  DOC="$ROOT/docs/performance.md"
  export DOC SECTION
  python3 - <<'PY'
import os
doc, section = os.environ["DOC"], open(os.environ["SECTION"]).read().rstrip("\n")
begin, end = "<!-- bench:begin (written by scripts/bench.sh) -->", "<!-- bench:end -->"
if os.path.exists(doc):
    text = open(doc).read()
else:
    text = "# Performance\n\n## Latest measurement\n\n%s\n%s\n" % (begin, end)
if begin in text and end in text:
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    text = head + begin + "\n" + section + "\n" + end + tail
else:
    text = text.rstrip("\n") + "\n\n## Latest measurement\n\n" + begin + "\n" + section + "\n" + end + "\n"
tmp = doc + ".tmp"
open(tmp, "w").write(text)
os.replace(tmp, doc)
PY
  echo "bench.sh: wrote $DOC" >&2
fi
