import zlib from "node:zlib";
import { Negotiator } from "@fastify/accept-negotiator";

/** A body as stored: the same bytes plain, brotli- and gzip-compressed. */
export interface Encoded {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export type Encoding = keyof Encoded;

const negotiator = new Negotiator<Encoding>({ supportedValues: ["br", "gzip", "identity"] });

/** The best encoding the client accepts (q-values honoured; `identity` when it names none we have). */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return (header && negotiator.negotiate(header)) || "identity";
}

/** Compresses a body in one encoding: brotli at `quality` (0–11), gzip at 9 for quality 11, else 4. */
export function encodeOne(body: Buffer, encoding: Encoding, quality: number): Buffer {
  if (encoding === "br") {
    return zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        // A window just large enough for the body: the default (4 MB) made every compression allocate
        // megabytes, which the allocator kept (about 60 MB more RSS when rendering uncached pages).
        [zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(body.length),
      },
    });
  }
  return encoding === "gzip" ? zlib.gzipSync(body, { level: quality >= 11 ? 9 : 4 }) : body;
}

/** Compresses a body once in every encoding (what is cached is sent in all of them). */
export function encodeAll(body: Buffer, quality: number): Encoded {
  return { identity: body, br: encodeOne(body, "br", quality), gzip: encodeOne(body, "gzip", quality) };
}

/**
 * Brotli quality for a page compressed for one request only. Measured on the demo pages (2026-12-05): quality
 * 3 takes about half the time of 4 (event page, 20 KB: 167 µs against 278; home: 84 against 169) for 2–6 %
 * more bytes; compression was 12 % of an uncached page's CPU. Cached pages are compressed at 11, once.
 */
export const ONE_OFF_QUALITY = 3;

/**
 * Brotli for what Fastify compresses as it streams (answers the render cache does not keep: search, JSON
 * of signed-in users, anything with `RENDER_CACHE=off` outside the cached routes): the quality of the
 * cache's one-off pages, and a 256 kB window. With @fastify/compress's defaults (quality 4, a 4 MB window)
 * compressing the 6.5 kB answer of a search took 1.3 ms, more than half the search itself, most of it
 * allocating the window.
 */
export const ONE_OFF_BROTLI = {
  [zlib.constants.BROTLI_PARAM_QUALITY]: ONE_OFF_QUALITY,
  [zlib.constants.BROTLI_PARAM_LGWIN]: 18,
  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
};

/** Brotli's window size (log2) for a body: at least 2¹⁶, at most 2²⁴. */
function windowBits(size: number): number {
  return Math.min(24, Math.max(16, Math.ceil(Math.log2(size + 1))));
}
