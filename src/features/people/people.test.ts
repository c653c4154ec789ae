import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import type { PersonDetailJson, PersonItem } from "./people.schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface List {
  items: PersonItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** The visible text of the list card whose heading links to `href`. */
function cardOf(html: string, href: string): string {
  const card = [...html.matchAll(/<li>((?:(?!<\/?li>)[\s\S])*)<\/li>/g)].find((m) =>
    m[1]?.includes(`<h2><a href="${href}">`),
  );
  return textOf(card?.[1] ?? "");
}

const KYRGYZ_PRESENTERS = ["a-chynybayeva", "a-ismailova", "a-kasymbekov", "d-ruslan"];

describe("the people list page", () => {
  it("lists public people by sort name with name, current title and country", async () => {
    const { status, html } = await getPage(t.app, "/en/people");
    expect(status).toBe(200);
    expect(html).toContain("<title>People ·");
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const koshanov = cardOf(html, "/en/people/yerlan-koshanov");
    expect(koshanov).toContain("Yerlan Koshanov");
    expect(koshanov).toContain("Speaker of the Majilis of the Parliament of the Republic of Kazakhstan");
    expect(koshanov).toContain("Kazakhstan");
    const balayeva = cardOf(html, "/en/people/aida-balayeva");
    expect(balayeva).toContain("Deputy Head of the Presidential Administration");
    expect(balayeva).toContain(
      "Chair of the National Commission for Women and Family and Demographic Policy",
    );
    const order = [...html.matchAll(/<h2><a href="\/en\/people\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(order.indexOf("f-aksholakov")).toBeLessThan(order.indexOf("aida-balayeva"));
    expect(order.indexOf("aida-balayeva")).toBeLessThan(order.indexOf("yerlan-koshanov"));
    expect(html).toContain('href="/api/v1/people?locale=en"');
    expect(html).toContain('href="/api/v1/people.csv?locale=en"');
  });

  it("shows Cyrillic names on the Russian page", async () => {
    const { status, html } = await getPage(t.app, "/ru/people");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain("Ерлан Кошанов");
    expect(text).toContain("Аида Балаева");
    expect(text).toContain("Председатель Мажилиса Парламента Республики Казахстан");
  });

  it("marks a name shown in another language than the reader's", async () => {
    const { html } = await getPage(t.app, "/ky/people?country=KG");
    const card = /<h2><a href="\/ky\/people\/a-kasymbekov">([\s\S]*?)<\/a><\/h2>/.exec(html)?.[1] ?? "";
    expect(card).toContain('lang="ru"');
    expect(card).toContain('class="fb"');
    expect(textOf(card)).toContain("А. Касымбеков");
  });

  it("filters by country: Kyrgyzstan gives the Kyrgyz presenters", async () => {
    const { status, html } = await getPage(t.app, "/en/people?country=kg");
    expect(status).toBe(200);
    const slugs = [...html.matchAll(/<h2><a href="\/en\/people\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect([...slugs].sort()).toEqual(KYRGYZ_PRESENTERS);
    expect(html).toMatch(/<option value="KG" selected/);
    expect(html).toContain('href="/api/v1/people?country=KG&amp;locale=en"');
  });

  it("filters by expertise topic", async () => {
    const { html } = await getPage(t.app, "/en/people?topic=gender-equality");
    expect(html).toContain('href="/en/people/yerlan-koshanov"');
    expect(html).toContain('href="/en/people/aida-balayeva"');
    expect(html).not.toContain('href="/en/people/d-tomilov"');
  });

  it("treats blank filters (the 'All' choice) as no filter", async () => {
    const all = await getJson<List>(t.app, "/api/v1/people?locale=en");
    const blank = await getJson<List>(t.app, "/api/v1/people?country=&topic=&locale=en");
    expect(blank.status).toBe(200);
    expect(blank.body.total).toBe(all.body.total);
    expect((await getPage(t.app, "/en/people?country=&topic=")).status).toBe(200);
  });

  it("paginates", async () => {
    const p1 = await getPage(t.app, "/en/people?pageSize=5");
    expect(textOf(p1.html)).toMatch(/Page 1 of \d+/);
    expect(p1.html).toContain('href="/en/people?page=2&amp;pageSize=5"');
    const a = await getJson<List>(t.app, "/api/v1/people?pageSize=5&page=1");
    const b = await getJson<List>(t.app, "/api/v1/people?pageSize=5&page=2");
    expect(a.body.items).toHaveLength(5);
    expect(b.body.page).toBe(2);
    const overlap = a.body.items.filter((x) => b.body.items.some((y) => y.id === x.id));
    expect(overlap).toEqual([]);
    const beyond = await getPage(t.app, "/en/people?page=500");
    expect(beyond.status).toBe(200);
    expect(textOf(beyond.html)).toContain("No one matches these filters.");
  });
});

describe("a person page", () => {
  it("shows Aida Balayeva's two positions, her quote and the Astana 2023 meeting", async () => {
    const { status, html } = await getPage(t.app, "/en/people/aida-balayeva");
    expect(status).toBe(200);
    expect(html).toContain("<title>Aida Balayeva ·");
    const text = textOf(html);
    expect(text).toContain("Deputy Head of the Presidential Administration of the Republic of Kazakhstan");
    expect(text).toContain(
      "Chair of the National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan",
    );
    expect(html).toContain('href="/en/organizations/kz-presidential-administration"');
    expect(html).toContain('href="/en/organizations/kz-national-commission-women"');
    expect(text).toContain("Given this platform and the active potential of its participants");
    expect(html).toContain('href="/en/events/astana-2023"');
    expect(text).toContain("Meeting of the Dialogue of Women of Central Asian Countries in Astana");
    expect(text).toContain("Speaker");
    expect(html).toContain('href="/en/people?topic=demographic-development"');
  });

  it("shows Yerlan Koshanov as Speaker of the Majilis, and his name in other scripts", async () => {
    const { html } = await getPage(t.app, "/en/people/yerlan-koshanov");
    const text = textOf(html);
    expect(text).toContain("Speaker of the Majilis");
    expect(text).toContain("Also written as: Ерлан Кошанов · Ерлан Қошанов");
    expect(text).toContain("current");
    expect(html).toContain('href="/en/organizations/kz-majilis"');
  });

  it("links a presenter to the project she presented", async () => {
    const { html } = await getPage(t.app, "/en/people/a-kasymbekov");
    expect(html).toMatch(/<a href="\/en\/projects\/akyl-ayym">(<span>)?Akyl Ayym/);
    expect(textOf(html)).toContain("Presenter");
    expect(textOf(html)).toContain("Kyrgyzstan");
  });

  it("shows the Russian page in Cyrillic", async () => {
    const { status, html } = await getPage(t.app, "/ru/people/aida-balayeva");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain("Аида Балаева");
    expect(text).toContain("Заместитель Руководителя Администрации Президента Республики Казахстан");
    expect(text).toContain("Учитывая данную площадку");
    expect(textOf((await getPage(t.app, "/ru/people/yerlan-koshanov")).html)).toContain(
      "Другие написания: Yerlan Koshanov · Ерлан Қошанов",
    );
    expect(html).toContain('href="/ru/events/astana-2023"');
  });

  it("answers 404 for an unknown or malformed slug, as a page and as JSON", async () => {
    for (const url of ["/en/people/nobody", "/en/people/NOT_a_slug", "/ru/people/%D0%B0"]) {
      const res = await getPage(t.app, url);
      expect(res.status, url).toBe(404);
      expect(res.html).toMatch(/<title>(Error|Ошибка) 404/);
    }
    const api = await getJson<{ error: string }>(t.app, "/api/v1/people/nobody");
    expect(api.status).toBe(404);
    expect(api.body.error).toBe("not_found");
  });

  it("hides people who are not public: drafts, deleted, not opted in", async () => {
    const db = t.database.db;
    const base = { country_code: "KG", status: "published" as const, is_public: 1, deleted_at: null };
    const rows = [
      { ...base, slug: "zz-private", sort_name: "Zz Private", is_public: 0 },
      { ...base, slug: "zz-draft", sort_name: "Zz Draft", status: "draft" as const },
      { ...base, slug: "zz-deleted", sort_name: "Zz Deleted", deleted_at: "2024-01-01T00:00:00Z" },
    ];
    for (const row of rows) await db.insertInto("people").values(row).execute();
    for (const slug of ["zz-private", "zz-draft", "zz-deleted"]) {
      expect((await getPage(t.app, `/en/people/${slug}`)).status).toBe(404);
      expect((await getJson(t.app, `/api/v1/people/${slug}`)).status).toBe(404);
    }
    const kg = await getJson<List>(t.app, "/api/v1/people?country=KG");
    expect(kg.body.items.map((p) => p.slug).sort()).toEqual(KYRGYZ_PRESENTERS);
  });
});

describe("the people API", () => {
  it("lists people with id, url, slug, name, country and titles", async () => {
    const { status, body } = await getJson<List>(t.app, "/api/v1/people?locale=en&pageSize=100");
    expect(status).toBe(200);
    expect(body.total).toBe(body.items.length);
    const k = body.items.find((p) => p.slug === "yerlan-koshanov");
    expect(k).toEqual({
      id: expect.any(Number),
      url: "/en/people/yerlan-koshanov",
      slug: "yerlan-koshanov",
      name: "Yerlan Koshanov",
      country: "KZ",
      titles: ["Speaker of the Majilis of the Parliament of the Republic of Kazakhstan"],
    });
    const ru = await getJson<List>(t.app, "/api/v1/people?locale=ru&country=KZ&pageSize=100");
    expect(ru.body.items.map((p) => p.name)).toContain("Ерлан Кошанов");
  });

  it("filters by country and topic; unknown values give an empty list", async () => {
    const kg = await getJson<List>(t.app, "/api/v1/people?country=KG");
    expect(kg.body.items.map((p) => p.slug).sort()).toEqual(KYRGYZ_PRESENTERS);
    expect(kg.body.total).toBe(4);
    const wps = await getJson<List>(t.app, "/api/v1/people?topic=women-peace-security");
    expect(wps.body.items.map((p) => p.slug)).toContain("miroslav-jenca");
    expect((await getJson<List>(t.app, "/api/v1/people?country=FR")).body).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await getJson<List>(t.app, "/api/v1/people?topic=no-such-topic")).body.total).toBe(0);
  });

  it("returns a person with positions, statements, events and projects", async () => {
    const { status, body } = await getJson<PersonDetailJson>(t.app, "/api/v1/people/aida-balayeva?locale=en");
    expect(status).toBe(200);
    expect(body.url).toBe("/en/people/aida-balayeva");
    expect(body.positions.map((p) => p.organization?.slug).sort()).toEqual([
      "kz-national-commission-women",
      "kz-presidential-administration",
    ]);
    expect(body.titles).toHaveLength(2);
    expect(body.statements.some((s) => s.kind === "quote" && s.event.slug === "astana-2023")).toBe(true);
    expect(body.events).toContainEqual(
      expect.objectContaining({ slug: "astana-2023", url: "/en/events/astana-2023", roles: ["speaker"] }),
    );
    const p = await getJson<PersonDetailJson>(t.app, "/api/v1/people/a-kasymbekov?locale=en");
    expect(p.body.projects).toContainEqual(
      expect.objectContaining({ slug: "akyl-ayym", url: "/en/projects/akyl-ayym", country: "KG" }),
    );
    expect(p.body.events[0]?.roles).toEqual(["presenter"]);
  });

  it("is described in the OpenAPI document", async () => {
    const { status, body } = await getJson<{ paths: Record<string, unknown> }>(t.app, "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/people", "/api/v1/people.csv", "/api/v1/people/{slug}"]),
    );
  });

  it("has CSV twins", async () => {
    for (const url of ["/api/v1/people.csv?country=KG", "/api/v1/people?country=KG&format=csv"]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      const lines = res.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe("id,url,slug,name,country,titles");
      expect(lines).toHaveLength(5);
    }
    const ru = await t.app.inject({ url: "/api/v1/people.csv?locale=ru&pageSize=100" });
    expect(ru.body).toContain("Аида Балаева");
  });
});

describe("bad input", () => {
  it("answers 400 for malformed query values, as a page and as JSON", async () => {
    for (const url of ["/en/people?page=abc", "/en/people?country=1234", "/en/people?topic=Not a slug"]) {
      const res = await getPage(t.app, url);
      expect(res.status, url).toBe(400);
      expect(res.html).toContain("<title>Error 400");
    }
    for (const url of [
      "/api/v1/people?page=abc",
      "/api/v1/people?country=1234",
      "/api/v1/people?pageSize=1000",
    ]) {
      const res = await getJson<{ error: string }>(t.app, url);
      expect(res.status, url).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
  });

  it("never answers 5xx", async () => {
    const urls = [
      "/en/people?page=0",
      "/en/people?page=-1",
      "/en/people?page=1e400",
      "/en/people?country=%00",
      "/en/people?topic=%27%3B--",
      "/en/people?country[]=KG",
      "/en/people?country=KG&country=KZ",
      `/en/people/${"a".repeat(300)}`,
      "/en/people/%27%20or%201%3D1",
      "/xx/people",
      "/api/v1/people?locale=fr",
      "/api/v1/people.csv?page=abc",
      "/api/v1/people/%00",
    ];
    for (const url of urls) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });
});
