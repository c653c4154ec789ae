import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, textOf } from "../../../test/app.ts";
import { type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { idFromLocation, multipart, type Res } from "../edit/test-helpers.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;
let chair2023 = 0;

beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
  chair2023 = (
    await t.database.db
      .selectFrom("chairmanships")
      .select("id")
      .where("year", "=", 2023)
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.close());

/** The smallest PDF a reader opens: header, one empty page, xref, trailer. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A real 1×1 PNG. */
const PNG = (() => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.from([0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
})();

async function upload(
  client: Client,
  title: string,
  file: { name: string; type: string; bytes: Buffer } | null,
  extra: Record<string, string> = {},
  url = "/en/edit/documents/new",
): Promise<Res> {
  const { payload, contentType } = multipart(
    {
      _csrf: client.csrf,
      "title.en": title,
      kind: "report",
      chairmanship_id: String(chair2023),
      status: "published",
      ...extra,
    },
    file ? { field: "file", ...file } : null,
  );
  const r = await t.app.inject({
    method: "POST",
    url,
    headers: { cookie: client.cookie, accept: "text/html", "content-type": contentType },
    payload,
  });
  return {
    status: r.statusCode,
    body: r.body,
    headers: r.headers,
    location: String(r.headers.location ?? ""),
  };
}

const uploadsDir = () => path.join(t.config.dataDir, "uploads");
const stored = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()) : []);
const docBySlug = (slug: string) =>
  t.database.db.selectFrom("documents").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow();

describe("document uploads", () => {
  it("accepts a real PDF, stores it under a server-made name, and serves it as an attachment", async () => {
    const r = await upload(c["secretariat-2023"], "Annual report 2023", {
      name: "report.pdf",
      type: "application/pdf",
      bytes: PDF,
    });
    expect(r.status).toBe(303);
    const doc = await docBySlug("annual-report-2023");
    expect(doc.file_name).toMatch(/^[a-f0-9]{32}\.pdf$/);
    expect(doc.mime_type).toBe("application/pdf");
    expect(doc.byte_size).toBe(PDF.length);
    expect(stored()).toContain(doc.file_name);
    const file = await t.app.inject({ url: "/en/documents/annual-report-2023/file" });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toBe('attachment; filename="annual-report-2023.pdf"');
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const page = await t.app.inject({
      url: "/en/documents/annual-report-2023",
      headers: { accept: "text/html" },
    });
    expect(page.body).toContain('href="/en/documents/annual-report-2023/file"');
    expect(page.body).toContain("Download the file (PDF, 1 KB)");
  });

  it("accepts a PNG whatever its declared name and type, and keeps the file when the form is saved without one", async () => {
    const r = await upload(c["secretariat-2023"], "Infographic", {
      name: "picture.txt",
      type: "text/plain",
      bytes: PNG,
    });
    expect(r.status).toBe(303);
    const doc = await docBySlug("infographic");
    expect(doc.mime_type).toBe("image/png");
    expect(doc.file_name).toMatch(/\.png$/);
    const again = await upload(
      c["secretariat-2023"],
      "Infographic (final)",
      null,
      { slug: "infographic" },
      `/en/edit/documents/${doc.id}`,
    );
    expect(again.status).toBe(303);
    const after = await docBySlug("infographic");
    expect(after.file_name).toBe(doc.file_name);
    const file = await t.app.inject({ url: "/ru/documents/infographic/file" });
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["content-disposition"]).toContain("attachment");
  });

  it("refuses HTML bytes named .pdf: 400 next to the field, nothing stored", async () => {
    const before = stored().length;
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const r = await upload(c["secretariat-2023"], "Sneaky", {
      name: "sneaky.pdf",
      type: "application/pdf",
      bytes: html,
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/<p class="error" id="e-file">Only PDF, PNG, JPEG and WebP files are accepted/);
    expect(r.body).toContain('value="Sneaky"');
    expect(r.body).not.toContain("<script>alert(1)");
    expect(stored().length).toBe(before);
    const rows = await t.database.db
      .selectFrom("documents")
      .select("id")
      .where("slug", "=", "sneaky")
      .execute();
    expect(rows).toEqual([]);
  });

  it("refuses a file over the size limit with a translated 413", async () => {
    const before = stored().length;
    const big = Buffer.concat([PDF, Buffer.alloc(t.config.UPLOAD_MAX_BYTES)]);
    const r = await upload(c["secretariat-2023"], "Too big", {
      name: "big.pdf",
      type: "application/pdf",
      bytes: big,
    });
    expect(r.status).toBe(413);
    expect(textOf(r.body)).toContain("What you sent is too large.");
    expect(stored().length).toBe(before);
    const ru = await upload(
      c["secretariat-2023"],
      "Too big",
      { name: "big.pdf", type: "application/pdf", bytes: big },
      {},
      "/ru/edit/documents/new",
    );
    expect(ru.status).toBe(413);
    expect(textOf(ru.body)).not.toContain("What you sent is too large.");
  });

  it("serves a draft's file to staff only", async () => {
    const r = await upload(
      c["secretariat-2023"],
      "Internal memo",
      { name: "memo.pdf", type: "application/pdf", bytes: PDF },
      { status: "draft" },
    );
    expect(r.status).toBe(303);
    expect(idFromLocation(r.location)).toBeGreaterThan(0);
    expect((await t.app.inject({ url: "/en/documents/internal-memo/file" })).statusCode).toBe(404);
    const staff = await t.app.inject({
      url: "/en/documents/internal-memo/file",
      headers: { cookie: c["focal-KZ"].cookie },
    });
    expect(staff.statusCode).toBe(200);
    expect(staff.headers["cache-control"]).toContain("no-store");
    expect((await t.app.inject({ url: "/en/documents/no-such-doc/file" })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/en/documents/action-plan-2023/file" })).statusCode).toBe(404);
  });
});
