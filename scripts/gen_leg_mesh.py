#!/usr/bin/env python3
"""Writes a high-resolution, leg-like lofted mesh for benchmarks (standard library only).

A closed tube along +Y (metres, Y-up, +Z anterior) from the sole (y = 0) to the knee (y = 0.45 m):
elliptical cross-sections whose radii follow a calf bulge and a narrow ankle, plus flat caps.
Triangles = 2 * rings * segments + 2 * segments (rings=600, segments=300 -> 360,600).

usage: gen_leg_mesh.py OUT.(stl|obj) [--rings N] [--segments M]
Binary STL is unwelded (3 vertices per triangle), as scanners write it; OBJ is indexed.
"""
import argparse
import math
import struct
import sys


def radii(t):
    """Cross-section half-widths (x lateral-medial, z anterior-posterior) in m at height t in 0..1."""
    calf = math.exp(-((t - 0.62) / 0.18) ** 2)  # calf bulge two thirds up
    ankle = math.exp(-((t - 0.12) / 0.06) ** 2)  # narrow ankle
    foot = math.exp(-(t / 0.05) ** 2)  # heel flare at the sole
    rx = 0.038 + 0.020 * calf - 0.010 * ankle + 0.012 * foot
    rz = 0.040 + 0.030 * calf - 0.012 * ankle + 0.030 * foot
    return rx, rz


def build(rings, segments, height=0.45):
    verts = []
    for r in range(rings + 1):
        t = r / rings
        rx, rz = radii(t)
        y = t * height
        for s in range(segments):
            a = 2.0 * math.pi * s / segments
            # posterior offset of the calf so the shape is not symmetric front to back
            verts.append((rx * math.cos(a), y, rz * math.sin(a) - 0.01 * math.sin(a) ** 2))
    tris = []
    for r in range(rings):
        base, up = r * segments, (r + 1) * segments
        for s in range(segments):
            s1 = (s + 1) % segments
            # counter-clockwise seen from outside
            tris.append((base + s, up + s, base + s1))
            tris.append((base + s1, up + s, up + s1))
    bottom = len(verts)
    verts.append((0.0, 0.0, 0.0))
    top = len(verts)
    verts.append((0.0, height, 0.0))
    for s in range(segments):
        s1 = (s + 1) % segments
        tris.append((bottom, s, s1))
        tris.append((top, rings * segments + s1, rings * segments + s))
    return verts, tris


def normal(a, b, c):
    ux, uy, uz = b[0] - a[0], b[1] - a[1], b[2] - a[2]
    vx, vy, vz = c[0] - a[0], c[1] - a[1], c[2] - a[2]
    nx, ny, nz = uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx
    n = math.sqrt(nx * nx + ny * ny + nz * nz) or 1.0
    return nx / n, ny / n, nz / n


def write_stl(path, verts, tris):
    pack = struct.Struct("<12fH").pack
    with open(path, "wb") as f:
        f.write(b"soleus-lab benchmark leg".ljust(80, b" "))
        f.write(struct.pack("<I", len(tris)))
        out = []
        for i, j, k in tris:
            a, b, c = verts[i], verts[j], verts[k]
            out.append(pack(*normal(a, b, c), *a, *b, *c, 0))
        f.write(b"".join(out))


def write_obj(path, verts, tris):
    with open(path, "w") as f:
        f.write("# soleus-lab benchmark leg (m, Y-up)\no skin\n")
        f.write("".join("v %.6f %.6f %.6f\n" % v for v in verts))
        f.write("".join("f %d %d %d\n" % (i + 1, j + 1, k + 1) for i, j, k in tris))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--rings", type=int, default=600)
    p.add_argument("--segments", type=int, default=300)
    args = p.parse_args()
    verts, tris = build(args.rings, args.segments)
    if args.out.lower().endswith(".stl"):
        write_stl(args.out, verts, tris)
    elif args.out.lower().endswith(".obj"):
        write_obj(args.out, verts, tris)
    else:
        sys.exit("output must end in .stl or .obj")
    print("%s: %d triangles, %d vertices" % (args.out, len(tris), len(verts)))


if __name__ == "__main__":
    main()
