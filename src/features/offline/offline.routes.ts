import fs from "node:fs";
import path from "node:path";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { assetUrl } from "../../http/assets.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { encodeAll, pickEncoding } from "../../http/encoding.ts";
import { LocaleParams } from "../../http/list.ts";
import { CLIENT_DIR } from "../../paths.ts";
import type { Feature } from "../types.ts";
import { OfflinePage } from "./offline.views.tsx";

/**
 * Offline reading: the web app manifest (per language), the service worker at /sw.js (one fixed address,
 * revalidated on every visit so an update reaches readers), and the offline page it falls back to.
 */
export const offlineRoutes: Feature = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const worker = encodeAll(fs.readFileSync(path.join(CLIENT_DIR, "sw.js")), 11);

  r.get("/sw.js", { schema: { hide: true }, compress: false }, async (req, reply) => {
    const encoding = pickEncoding(req.headers["accept-encoding"]);
    if (encoding !== "identity") reply.header("content-encoding", encoding);
    return reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "no-cache")
      .header("vary", "accept-encoding")
      .send(worker[encoding]);
  });

  r.get(
    "/:locale/manifest.webmanifest",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) =>
      reply
        .type("application/manifest+json; charset=utf-8")
        .header("cache-control", "public, max-age=86400")
        .send({
          name: req.t("common.siteName"),
          short_name: req.t("common.siteShort"),
          lang: req.locale,
          start_url: `/${req.locale}/`,
          scope: "/",
          display: "standalone",
          background_color: "#ffffff",
          theme_color: "#1d4e89",
          icons: [{ src: assetUrl("icon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" }],
        }),
  );

  r.get("/:locale/offline", { schema: { hide: true, params: LocaleParams } }, async (req, reply) =>
    sendPage(reply, OfflinePage({ ctx: viewCtx(req) })),
  );
};
