import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { getJson } from "../../../test/app.ts";
import type { Client } from "../../../test/auth.ts";
import type { DB } from "../../db/types.ts";
import { idFromLocation, postForm } from "../edit/test-helpers.ts";

/** A search answer as the tests read it. */
export interface ApiResult {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  results: {
    type: string;
    id: number;
    title: string;
    url: string;
    snippet: string;
    country: string | null;
    year: number | null;
  }[];
  facets: Record<
    "type" | "country" | "topic" | "year",
    { value: string; label: string; count: number; active: boolean }[]
  >;
}

/** GETs `/api/v1/search` with a query and more parameters (URL-encoded here). */
export async function searchApi(
  app: FastifyInstance,
  q: string,
  params: Record<string, string | number> = {},
): Promise<{ status: number; body: ApiResult }> {
  const qs = new URLSearchParams({ q, locale: "en", pageSize: "100" });
  for (const [k, v] of Object.entries(params)) qs.set(k, String(v));
  return getJson<ApiResult>(app, `/api/v1/search?${qs}`);
}

/** The public paths of the results, without the locale prefix. */
export function pathsOf(r: ApiResult): string[] {
  return r.results.map((x) => x.url.replace(/^\/[a-z]{2}/, ""));
}

/** Projects in scripts the demo data lacks (Uzbek Latin and Cyrillic, Tajik, Turkmen), added through the editing engine. */
export const EXTRA_PROJECTS = {
  uz: {
    "title.en": "Digital school for the women of Uzbekistan",
    "title.uz": "Oʻzbekiston ayollari uchun raqamli maktab",
    // Uzbek Cyrillic, kept in another locale's slot: the platform has one Uzbek locale (Latin).
    "title.ky": "Ўзбекистон хотин-қизлари учун рақамли мактаб",
    country_code: "UZ",
  },
  tj: {
    "title.en": "Women of Tajikistan in science",
    "title.tg": "Занони Тоҷикистон дар илм",
    country_code: "TJ",
  },
  tm: {
    "title.en": "Computer literacy for young women of Gokdepe",
    "title.tk": "Gökdepäniň ýaş zenanlary üçin kompýuter sowatlylygy, Türkmenistanyň",
    country_code: "TM",
  },
} as const;

/** Creates the extra projects (published) as the given editor; returns their public paths by key. */
export async function addExtraProjects(
  app: FastifyInstance,
  db: Kysely<DB>,
  editor: Client,
): Promise<Record<keyof typeof EXTRA_PROJECTS, string>> {
  const out = {} as Record<keyof typeof EXTRA_PROJECTS, string>;
  for (const [key, fields] of Object.entries(EXTRA_PROJECTS) as [
    keyof typeof EXTRA_PROJECTS,
    Record<string, string>,
  ][]) {
    const res = await postForm(app, editor, "/en/edit/projects/new", {
      ...fields,
      stage: "presented",
      sort_order: "0",
      status: "published",
    });
    if (res.status !== 303)
      throw new Error(`could not create the ${key} project: ${res.status}\n${res.body.slice(0, 3000)}`);
    const id = idFromLocation(res.location);
    const row = await db.selectFrom("projects").select("slug").where("id", "=", id).executeTakeFirstOrThrow();
    out[key] = `/projects/${row.slug}`;
  }
  return out;
}
