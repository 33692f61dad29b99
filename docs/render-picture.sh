#!/usr/bin/env bash
# Renders docs/images/corpus-graph.png, the README's picture: the shared corpus's graph as knowledge.html shows it,
# screenshotted by headless Chromium at 1200x800, then reduced to a 256-colour palette so it stays small.
# Needs the .NET SDK, chromium (apt-get install chromium) and python3; run from anywhere in the repository,
# with the shared material beside the clone (../shared/corpus).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project src/Knowledge.Cli -c Release -- extract ../shared/corpus --out "$out/graph" --format all --quiet

# --no-sandbox: Chromium's sandbox refuses to start as root (as in CI containers); the page is our own.
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
  --hide-scrollbars --force-device-scale-factor=1 --window-size=1200,800 --virtual-time-budget=10000 \
  --user-data-dir="$out/profile" --screenshot="$out/shot.png" "file://$out/graph/knowledge.html" 2>/dev/null

mkdir -p docs/images
python3 - "$out/shot.png" docs/images/corpus-graph.png <<'PY'
"""Rewrites an 8-bit RGB(A) PNG as a palette PNG: the 256 most common colours, every other colour mapped
to its nearest one. Standard library only."""
import struct, sys, zlib
from collections import Counter

src, dst = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()
pos, idat, ihdr = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR": ihdr = body
    elif kind == b"IDAT": idat += body
    pos += 12 + length
width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", ihdr)
assert depth == 8 and colour in (2, 6) and interlace == 0, "expected an 8-bit RGB(A) PNG"
bpp = 4 if colour == 6 else 3
stride, raw = width * bpp, zlib.decompress(idat)
rows, prev = [], bytearray(stride)
for y in range(height):
    f, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: row[i] = (row[i] + a) & 255
        elif f == 2: row[i] = (row[i] + b) & 255
        elif f == 3: row[i] = (row[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append([bytes(row[x * bpp:x * bpp + 3]) for x in range(width)])
    prev = row
counts = Counter(p for r in rows for p in r)
palette = [p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:256]]
index = {p: i for i, p in enumerate(palette)}
for p in counts:
    if p not in index:
        index[p] = min(range(len(palette)), key=lambda i: sum((u - v) ** 2 for u, v in zip(p, palette[i])))
out = b"".join(b"\x00" + bytes(index[p] for p in r) for r in rows)

def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
png += chunk(b"PLTE", b"".join(palette)) + chunk(b"IDAT", zlib.compress(out, 9)) + chunk(b"IEND", b"")
open(dst, "wb").write(png)
print(f"{dst}: {width}x{height}, {len(counts)} colours reduced to {len(palette)}, {len(png) // 1024} KB")
PY
