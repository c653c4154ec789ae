import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { postJson } from "../edit/test-helpers.ts";
import type { PersonItem } from "./people.schema.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;
beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
});
afterAll(async () => t.close());

/**
 * Kazakh women and men whose surnames start with the letters code-point order puts in the wrong place
 * (Ә Ө Ұ Ү sort after Я by code point, І before А) and whose Latin spellings sort otherwise (Esenov before
 * Iskakov, Omirbekova before Ospanova, Ulykbekov and Usenova before Ushakova).
 */
const PEOPLE: { slug: string; kk: string; en: string }[] = [
  { slug: "zz-esenov", kk: "Болат Эсенов", en: "Bolat Esenov" },
  { slug: "zz-iskakov", kk: "Марат Іскаков", en: "Marat Iskakov" },
  { slug: "zz-usenova", kk: "Сара Үсенова", en: "Sara Usenova" },
  { slug: "zz-ulykbekov", kk: "Ерлан Ұлықбеков", en: "Yerlan Ulykbekov" },
  { slug: "zz-ushakova", kk: "Асель Ушакова", en: "Asel Ushakova" },
  { slug: "zz-petrova", kk: "Жанна Петрова", en: "Zhanna Petrova" },
  { slug: "zz-omirbekova", kk: "Гүлнар Өмірбекова", en: "Gulnar Omirbekova" },
  { slug: "zz-ospanova", kk: "Дана Оспанова", en: "Dana Ospanova" },
  { slug: "zz-bakytov", kk: "Нұрлан Бақытов", en: "Nurlan Bakytov" },
  { slug: "zz-aliyeva", kk: "Айгүл Әлиева", en: "Aigul Aliyeva" },
  { slug: "zz-abayeva", kk: "Дина Абаева", en: "Dina Abayeva" },
];

/** The Kazakh alphabet: А Ә Б … О Ө П … У Ұ Ү … Ы І Ь Э. */
const KAZAKH_ORDER = [
  "zz-abayeva",
  "zz-aliyeva",
  "zz-bakytov",
  "zz-ospanova",
  "zz-omirbekova",
  "zz-petrova",
  "zz-ushakova",
  "zz-ulykbekov",
  "zz-usenova",
  "zz-iskakov",
  "zz-esenov",
];

/** The slugs of our people, page by page (3 a page, so the order must hold across pages). */
async function orderIn(locale: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await getJson<{ items: PersonItem[] }>(
      t.app,
      `/api/v1/people?locale=${locale}&country=TM&pageSize=3&page=${page}`,
    );
    expect(res.status).toBe(200);
    slugs.push(...res.body.items.map((p) => p.slug));
    if (res.body.items.length < 3) break;
  }
  return slugs;
}

describe("people in the reader's alphabet", () => {
  beforeAll(async () => {
    for (const p of PEOPLE) {
      const res = await postJson(t.app, c.admin, "/api/v1/edit/people", {
        name: { kk: p.kk, en: p.en },
        slug: p.slug,
        country_code: "TM",
        is_public: true,
        status: "published",
      });
      expect(res.status, res.body).toBe(201);
    }
  });

  it("sorts Kazakh readers' lists by surname in Kazakh order (Ә after А, Ө after О, Ұ Ү after У, І after Ы)", async () => {
    expect(await orderIn("kk")).toEqual(KAZAKH_ORDER);
    const text = textOf((await getPage(t.app, "/kk/people?country=TM")).html);
    const at = PEOPLE.map((p) => ({ slug: p.slug, i: text.indexOf(p.kk) }));
    expect(at.every((p) => p.i >= 0)).toBe(true);
    expect(at.sort((a, b) => a.i - b.i).map((p) => p.slug)).toEqual(KAZAKH_ORDER);
  });

  it("sorts English readers' lists by the Latin surname, and falls back as names do (ky → ru → en)", async () => {
    const latin = [...PEOPLE]
      .sort((a, b) => (a.en.split(" ")[1] ?? "").localeCompare(b.en.split(" ")[1] ?? "", "en"))
      .map((p) => p.slug);
    expect(latin).not.toEqual(KAZAKH_ORDER);
    expect(await orderIn("en")).toEqual(latin);
    expect(await orderIn("ky")).toEqual(latin);
  });

  it("lists an organization's people holding positions from the same day in Kazakh order too", async () => {
    const org = await postJson(t.app, c.admin, "/api/v1/edit/organizations", {
      name: { en: "Zz Collation Council" },
      slug: "zz-council",
      kind: "ngo",
      status: "published",
    });
    expect(org.status, org.body).toBe(201);
    const orgId = (JSON.parse(org.body) as { id: number }).id;
    const list = await getJson<{ items: PersonItem[] }>(
      t.app,
      "/api/v1/people?locale=en&country=TM&pageSize=100",
    );
    for (const p of list.body.items) {
      const res = await postJson(t.app, c.admin, `/api/v1/edit/positions?person=${p.id}`, {
        title: { en: "Member" },
        organization_id: orgId,
        starts_on: "2024-01-01",
      });
      expect(res.status, res.body).toBe(201);
    }
    const detail = await getJson<{ people: { person: { slug: string } }[] }>(
      t.app,
      "/api/v1/organizations/zz-council?locale=kk",
    );
    expect(detail.status).toBe(200);
    expect(detail.body.people.map((h) => h.person.slug)).toEqual(KAZAKH_ORDER);
  });

  it("re-sorts a person when her name changes", async () => {
    const list = await getJson<{ items: PersonItem[] }>(
      t.app,
      "/api/v1/people?locale=kk&country=TM&pageSize=100",
    );
    const id = list.body.items.find((p) => p.slug === "zz-abayeva")?.id;
    const res = await postJson(t.app, c.admin, `/api/v1/edit/people/${id}`, {
      name: { kk: "Дина Ямбаева", en: "Dina Yambayeva" },
    });
    expect(res.status, res.body).toBe(200);
    expect((await orderIn("kk")).at(-1)).toBe("zz-abayeva");
  });
});
