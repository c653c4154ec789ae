/**
 * `npx tsx bench/profile-summary.ts bench/profiles/<file>.cpuprofile [top]`: where a CPU profile's time
 * goes, as self time per function and total (inclusive) time per function of the project's own code.
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const totalHits = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0);
const msPerHit = (profile.endTime - profile.startTime) / 1000 / Math.max(1, totalHits);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

const label = (n: ProfileNode): string => {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "");
  return `${n.callFrame.functionName || "(anonymous)"} ${url ? `${url}:${n.callFrame.lineNumber + 1}` : ""}`.trim();
};

const self = new Map<string, number>();
for (const n of profile.nodes) self.set(label(n), (self.get(label(n)) ?? 0) + (n.hitCount ?? 0));

// Inclusive time: each node's subtree, counted once per function even when it recurses.
const inclusive = new Map<string, number>();
const subtree = new Map<number, number>();
const sizeOf = (id: number): number => {
  const cached = subtree.get(id);
  if (cached !== undefined) return cached;
  const n = byId.get(id)!;
  const v = (n.hitCount ?? 0) + (n.children ?? []).reduce((s, c) => s + sizeOf(c), 0);
  subtree.set(id, v);
  return v;
};
const walk = (id: number, open: Set<string>): void => {
  const n = byId.get(id)!;
  const l = label(n);
  const first = !open.has(l);
  if (first) {
    inclusive.set(l, (inclusive.get(l) ?? 0) + sizeOf(id));
    open.add(l);
  }
  for (const c of n.children ?? []) walk(c, open);
  if (first) open.delete(l);
};
walk(profile.nodes[0]!.id, new Set());

const print = (title: string, map: Map<string, number>, filter: (l: string) => boolean): void => {
  console.log(`\n${title}`);
  const rows = [...map.entries()].filter(([l]) => filter(l)).sort((a, b) => b[1] - a[1]);
  for (const [l, hits] of rows.slice(0, top)) {
    const pct = ((hits / totalHits) * 100).toFixed(1).padStart(5);
    console.log(`${pct} % ${(hits * msPerHit).toFixed(0).padStart(7)} ms  ${l}`);
  }
};
console.log(`${file}: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled`);
print("self time", self, () => true);
print("total time, project code", inclusive, (l) => /(src|bench)\//.test(l) && !l.includes("node_modules"));
