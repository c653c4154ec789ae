import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";

/** The kinds of file a document may be: PDF and three image formats, decided by the bytes alone. */
const ACCEPTED: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

/** A file as the server keeps it: its server-made name, its sniffed type and its size. */
export interface StoredFile {
  fileName: string;
  mimeType: string;
  byteSize: number;
}

/** Names the server makes: 32 hex characters and the extension of the sniffed type. */
const NAME_RE = /^[a-f0-9]{32}\.(pdf|png|jpg|webp)$/;

/** The uploads folder under the data directory. */
export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, "uploads");
}

/**
 * The type of a file judged by its bytes (the name and the declared type are ignored): one of the
 * accepted kinds, or null.
 */
export async function sniffUpload(bytes: Buffer): Promise<{ mimeType: string; ext: string } | null> {
  if (bytes.length === 0) return null;
  const type = await fileTypeFromBuffer(bytes);
  const ext = type ? ACCEPTED[type.mime] : undefined;
  return type && ext ? { mimeType: type.mime, ext } : null;
}

/** Writes the bytes under `$DATA_DIR/uploads/` with a random name of the server's making. */
export async function storeUpload(
  dataDir: string,
  bytes: Buffer,
  sniffed: { mimeType: string; ext: string },
) {
  const dir = uploadsDir(dataDir);
  await fs.mkdir(dir, { recursive: true });
  const fileName = `${randomBytes(16).toString("hex")}.${sniffed.ext}`;
  await fs.writeFile(path.join(dir, fileName), bytes, { flag: "wx", mode: 0o640 });
  return { fileName, mimeType: sniffed.mimeType, byteSize: bytes.length } satisfies StoredFile;
}

/** Removes a stored file (after a failed write); a missing file is not an error. */
export async function removeUpload(dataDir: string, fileName: string): Promise<void> {
  if (!NAME_RE.test(fileName)) return;
  await fs.rm(path.join(uploadsDir(dataDir), fileName), { force: true });
}

/** Reads a stored file by its server-made name; null when the name is not one of ours or the file is gone. */
export async function readUpload(dataDir: string, fileName: string | null): Promise<Buffer | null> {
  if (!fileName || !NAME_RE.test(fileName)) return null;
  try {
    return await fs.readFile(path.join(uploadsDir(dataDir), fileName));
  } catch {
    return null;
  }
}
