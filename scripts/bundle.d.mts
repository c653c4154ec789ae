/** Bundles entry points ({ name: "src/file.ts" }) into `outdir` (relative to the project root). */
export function bundle(entryPoints: Record<string, string>, outdir?: string): Promise<void>;
