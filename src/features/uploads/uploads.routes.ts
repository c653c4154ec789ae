import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { can } from "../../auth/policies.ts";
import { NotFoundError } from "../../errors.ts";
import { LocaleParams } from "../../http/list.ts";
import { metaOf } from "../edit/engine/service.ts";
import { documents } from "../edit/resources/publications.ts";
import type { Feature } from "../types.ts";
import { findDocumentBySlug } from "./uploads.repo.ts";
import { readUpload } from "./uploads.service.ts";

const FileParams = LocaleParams.extend({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/) });
const EXT: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

/**
 * Serves a document's uploaded file, only when the viewer may read the document (a draft or deleted one
 * is a 404 for the public): always as an attachment, with the type sniffed at upload and `nosniff`.
 */
export const uploadsRoutes: Feature = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/:locale/documents/:slug/file",
    { schema: { hide: true, params: FileParams } },
    async (req, reply) => {
      const { db } = deps.database;
      const doc = await findDocumentBySlug(db, req.params.slug);
      if (!doc?.file_name) throw new NotFoundError("document");
      const meta = metaOf(documents, doc);
      if (!can(req.user, "read", await documents.subject(db, doc, meta))) throw new NotFoundError("document");
      const bytes = await readUpload(deps.config.dataDir, doc.file_name);
      const ext = EXT[doc.mime_type ?? ""];
      if (!bytes || !ext) throw new NotFoundError("document");
      return reply
        .header("content-type", doc.mime_type)
        .header("content-disposition", `attachment; filename="${doc.slug}.${ext}"`)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", meta.published ? "public, max-age=3600" : "private, no-store")
        .send(bytes);
    },
  );
};
