import http from "node:http";
import autocannon from "autocannon";

/** What one load run measured. */
export interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Headers of a browser on a phone: wants brotli, HTML or JSON. */
export const HEADERS = { "accept-encoding": "br, gzip", accept: "text/html,application/json" };

/** Runs autocannon against one URL: `connections` keep-alive connections for `seconds`. */
export async function load(url: string, connections: number, seconds: number): Promise<Load> {
  const r = await autocannon({ url, connections, duration: seconds, headers: HEADERS });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/** How many bytes the app sends such a browser for a URL (compressed, as on the wire). */
export function sentBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: HEADERS }, (res) => {
        let n = 0;
        res.on("data", (b: Buffer) => {
          n += b.length;
        });
        res.on("end", () =>
          res.statusCode === 200 ? resolve(n) : reject(new Error(`${url} answered ${res.statusCode}`)),
        );
      })
      .on("error", reject);
  });
}

/** The body the app answers a URL with, uncompressed (what a page costs to compress). */
export async function plainBody(url: string): Promise<Buffer> {
  const res = await fetch(url, { headers: { accept: HEADERS.accept, "accept-encoding": "identity" } });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET over a kept-alive connection, body read to the end: its status and milliseconds. */
function timedGet(url: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: HEADERS, agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      })
      .on("error", reject);
  });
}

/**
 * Requests a URL one at a time for `seconds` (one connection: the page's own time, no queueing) and
 * answers each request's latency in fractional milliseconds, as seen by the client, and the errors.
 */
export async function latencies(url: string, seconds: number): Promise<{ times: number[]; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const r = await timedGet(url);
    if (r.status !== 200) errors++;
    times.push(r.ms);
  }
  return { times, errors };
}

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
