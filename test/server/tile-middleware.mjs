import { deflateSync } from 'node:zlib';

/**
 * A stand-in tile server for the map tests, mounted in web-test-runner's dev server.
 *
 *   /__tiles/<run-id>/<z>/<x>/<y>.png   a real 256×256 grey PNG; every request is logged for its run id
 *   /__tiles-log/<run-id>               { count, paths } of the tile requests seen for that run id
 *
 * Each test uses its own run id, so counts never leak between tests.
 */

const runs = new Map();

function logFor(runId) {
  if (!runs.has(runId)) runs.set(runId, { count: 0, paths: [] });
  return runs.get(runId);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An 8-bit greyscale PNG of one shade: each row is filter byte 0 followed by its pixels. */
export function greyPng(size = 256, shade = 0xdd) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  const row = Buffer.alloc(size + 1, shade);
  row[0] = 0;
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function tileMiddleware() {
  const tile = greyPng();
  return async function tiles(ctx, next) {
    const logMatch = ctx.path.match(/^\/__tiles-log\/([\w-]+)$/);
    if (logMatch) {
      ctx.set('content-type', 'application/json; charset=utf-8');
      ctx.set('cache-control', 'no-store');
      ctx.body = JSON.stringify(logFor(logMatch[1]));
      return;
    }
    const match = ctx.path.match(/^\/__tiles\/([\w-]+)\/(\d+)\/(-?\d+)\/(-?\d+)\.png$/);
    if (!match) return next();
    const log = logFor(match[1]);
    log.count += 1;
    log.paths.push(`${match[2]}/${match[3]}/${match[4]}`);
    ctx.set('content-type', 'image/png');
    // Every page load must reach the server, or the log would miss requests the browser served from cache.
    ctx.set('cache-control', 'no-store');
    ctx.body = tile;
  };
}
