#!/usr/bin/env python3
"""Pictures of two soleus-lab builds, pixel by pixel: does a change look different?

    scripts/screenshot_diff.py BASELINE_BIN [BIN]      (BIN defaults to build/soleus-lab)

Takes the same screenshots (1280x720: running full and lite, with and without the UI, posterior,
swing, stretch, heel drop, anatomy, foam rolling, a selected soleus) with both binaries and prints,
for each, how many pixels differ, the largest channel difference and how many differ by more than
8 and 32 levels. Needs a DISPLAY (e.g. xvfb-run -a). Exit status 1 when a capture fails."""
import os, struct, subprocess, sys, tempfile, zlib

SHOTS = {
    "run_full": ["--detail", "full"],
    "run_lite": ["--detail", "lite"],
    "run_full_noui_posterior": ["--detail", "full", "--no-ui", "--view", "posterior"],
    "run_forefoot_swing": ["--detail", "full", "--no-ui", "--strike", "forefoot", "--phase", "0.6"],
    "stretch_bent_knee": ["--detail", "full", "--mode", "stretch", "--pose", "bent-knee"],
    "heel_drop": ["--detail", "full", "--no-ui", "--mode", "stretch", "--pose", "heel-drop"],
    "anatomy": ["--detail", "full", "--mode", "anatomy"],
    "foam_rolling": ["--detail", "full", "--mode", "foam-rolling"],
    "soleus_selected": ["--detail", "full", "--no-ui", "--select", "soleus", "--phase", "0.3"],
}


def read_png(path):
    """(width, height, channels, rows) of an 8-bit, non-interlaced PNG."""
    data = open(path, "rb").read()
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0, path
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def compare(path_a, path_b):
    wa, ha, ca, ra = read_png(path_a)
    wb, hb, cb, rb = read_png(path_b)
    if (wa, ha, ca) != (wb, hb, cb):
        return "sizes differ"
    differ = over8 = over32 = worst = 0
    for a, b in zip(ra, rb):
        if a == b:
            continue
        for x in range(wa):
            d = max(abs(a[x * ca + k] - b[x * ca + k]) for k in range(min(ca, 3)))
            if d:
                differ += 1
                worst = max(worst, d)
                over8 += d > 8
                over32 += d > 32
    return "%d of %d pixels differ (%.3f %%), max channel difference %d, >8: %d, >32: %d" % (
        differ, wa * ha, 100.0 * differ / (wa * ha), worst, over8, over32)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    baseline = sys.argv[1]
    ours = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "build", "soleus-lab")
    failed = False
    with tempfile.TemporaryDirectory() as work:
        for name, args in SHOTS.items():
            paths = []
            for tag, binary in (("baseline", baseline), ("ours", ours)):
                path = os.path.join(work, "%s_%s.png" % (name, tag))
                run = subprocess.run([binary, "--screenshot", path, "--width", "1280", "--height", "720"] + args,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if run.returncode != 0:
                    print("%s: %s capture failed (exit %d)" % (name, tag, run.returncode))
                    failed = True
                paths.append(path)
            if all(os.path.exists(p) for p in paths):
                print("%s: %s" % (name, compare(*paths)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
