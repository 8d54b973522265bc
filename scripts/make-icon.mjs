// SPDX-License-Identifier: Apache-2.0
// Draws the extension icon (media/icon.png, 128×128): a white shield with a green check on a dark blue
// rounded square. Our own drawing, from geometry, with no image library: each pixel is the coverage of
// 4×4 samples against the shapes, written as an RGBA PNG with node:zlib.
// Usage: node scripts/make-icon.mjs [output.png]   (`npm run icon`)

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Inside a rounded square (the background). */
function inBackground(x, y) {
  const r = 24;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside the shield: a top rising to a peak in the middle, straight sides, then curving to a point. */
function inShield(x, y) {
  const dx = Math.abs(x - 64);
  const top = 14 + 12 * (dx / 42);
  const bottom = 114;
  if (y < top || y > bottom) return false;
  const t = (y - 26) / (bottom - 26);
  const half = t < 0.35 ? 42 : 42 * Math.sqrt(Math.max(0, 1 - ((t - 0.35) / 0.65) ** 2));
  return dx <= half;
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Inside the check mark: two thick strokes with round ends. */
function inCheck(x, y) {
  const w = 7;
  return segmentDistance(x, y, 44, 66, 58, 80) <= w || segmentDistance(x, y, 58, 80, 86, 50) <= w;
}

const BACKGROUND = [0x1f, 0x3b, 0x63];
const SHIELD = [0xf4, 0xf7, 0xfb];
const CHECK = [0x2e, 0xa0, 0x43];

function pixel(px, py) {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (!inBackground(x, y)) continue;
      const c = inShield(x, y) ? (inCheck(x, y) ? CHECK : SHIELD) : BACKGROUND;
      r += c[0];
      g += c[1];
      b += c[2];
      a += 1;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (SAMPLES * SAMPLES))];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function iconPng() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const p = pixel(x, y);
      for (let i = 0; i < 4; i++) raw[y * (SIZE * 4 + 1) + 1 + x * 4 + i] = p[i];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'media', 'icon.png');
fs.writeFileSync(out, iconPng());
console.log(`wrote ${out}`);
