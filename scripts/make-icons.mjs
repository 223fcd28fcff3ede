// Draw the AID icon (two linked rings: a supporter and a recipient paired) as PNGs in assets/.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x0f, 0x6c, 0xbd];
const RING_A = [0xff, 0xff, 0xff];
const RING_B = [0xff, 0xd3, 0x4d];

function crc32(buffer) {
  let c = ~0;
  for (const byte of buffer) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Colour of a point in unit coordinates (0..1), or null outside the rounded square.
function shade(u, v) {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const ring = (cx, cy) => Math.abs(Math.hypot(u - cx, v - cy) - 0.2) < 0.055;
  if (ring(0.62, 0.5) && !(u < 0.5 && ring(0.38, 0.5))) return RING_B;
  if (ring(0.38, 0.5)) return RING_A;
  return BACKGROUND;
}

for (const size of SIZES) {
  const samples = 4;
  const data = png(size, (x, y) => {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let i = 0; i < samples; i++)
      for (let j = 0; j < samples; j++) {
        const colour = shade((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    return a === 0
      ? [0, 0, 0, 0]
      : [r / a, g / a, b / a, (255 * a) / (samples * samples)].map(Math.round);
  });
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), data);
}
