import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's root folder: the nearest folder above this module with a package.json. This module runs
 * from `src/` (tsx, tests) or bundled into `dist/` (the build that `npm start` runs).
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(from);
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Files the running app reads besides its code: UI catalogs and browser assets. */
export const LOCALES_DIR = path.join(ROOT, "src", "i18n", "locales");
export const CLIENT_DIR = path.join(ROOT, "src", "client");
