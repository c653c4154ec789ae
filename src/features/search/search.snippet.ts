/** A piece of a snippet: plain text, or a matched word to highlight. */
export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['‘’ʻʼ`][\p{L}\p{N}]+)*/gu;
/** About how many characters a snippet shows. */
const LENGTH = 200;
/** How much context to keep before the first match. */
const BEFORE = 60;

/**
 * A short excerpt of a text around its first matching word, with every matching word in it marked.
 * Starts at the beginning when nothing matches. Cuts at word boundaries and marks cuts with "…".
 */
export function snippet(text: string, matches: (word: string) => boolean): Segment[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return [];
  let first = -1;
  for (const m of clean.matchAll(WORD)) {
    if (matches(m[0])) {
      first = m.index;
      break;
    }
  }
  let start = first > BEFORE ? clean.lastIndexOf(" ", first - BEFORE) + 1 : 0;
  if (start < 0) start = 0;
  let end = Math.min(clean.length, start + LENGTH);
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    if (space > start && space > first) end = space;
  }
  const window = clean.slice(start, end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of window.matchAll(WORD)) {
    if (!matches(m[0])) continue;
    if (m.index > at) out.push({ text: window.slice(at, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < window.length) out.push({ text: window.slice(at), mark: false });
  if (start > 0) out.unshift({ text: "…", mark: false });
  if (end < clean.length) out.push({ text: "…", mark: false });
  return out;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A snippet as escaped HTML with `<mark>` around the matched words. */
export function snippetHtml(segments: readonly Segment[]): string {
  return segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}
