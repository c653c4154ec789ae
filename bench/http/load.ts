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
