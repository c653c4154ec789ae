import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import type { OrgDetailJson, OrgItem } from "./organizations.schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface List {
  items: OrgItem[];
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

const slugsOf = (l: List) => l.items.map((o) => o.slug).sort();

describe("the organizations list page", () => {
  it("lists UN Women with the UN as its parent", async () => {
    const { status, html } = await getPage(t.app, "/en/organizations");
    expect(status).toBe(200);
    expect(html).toContain("<title>Organizations ·");
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const card = cardOf(html, "/en/organizations/un-women");
    expect(card).toContain("UN Women");
    expect(card).toContain("United Nations Entity for Gender Equality and the Empowerment of Women");
    expect(card).toContain("International organization");
    expect(card).toContain("Part of: United Nations");
    expect(html).toContain('href="/api/v1/organizations?locale=en"');
    expect(html).toContain('href="/api/v1/organizations.csv?locale=en"');
  });

  it("shows names in the reader's language", async () => {
    const text = textOf((await getPage(t.app, "/ru/organizations")).html);
    expect(text).toContain("Мажилис Парламента Республики Казахстан");
    expect(text).toContain("Входит в: Организация Объединённых Наций");
  });

  it("filters by kind and country, keeping the choice selected", async () => {
    const { html } = await getPage(t.app, "/en/organizations?kind=parliament&country=KZ");
    expect(html).toMatch(/<option value="parliament" selected/);
    expect(html).toMatch(/<option value="KZ" selected/);
    const slugs = [...html.matchAll(/<h2><a href="\/en\/organizations\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(slugs.sort()).toEqual(["kz-majilis", "kz-parliament"]);
  });

  it("paginates, keeping the page size", async () => {
    const { html } = await getPage(t.app, "/en/organizations?pageSize=5");
    expect(textOf(html)).toMatch(/Page 1 of \d+/);
    expect(html).toContain('href="/en/organizations?page=2&amp;pageSize=5"');
  });
});

describe("an organization page", () => {
  it("shows the Majilis with its speaker and deputy chair", async () => {
    const { status, html } = await getPage(t.app, "/en/organizations/kz-majilis");
    expect(status).toBe(200);
    expect(html).toContain("<title>Majilis of the Parliament of the Republic of Kazakhstan ·");
    const text = textOf(html);
    expect(text).toContain("Parliament · Kazakhstan");
    expect(text).toContain("Part of: Parliament of the Republic of Kazakhstan");
    expect(html).toContain('href="/en/organizations/kz-parliament"');
    expect(html).toContain('href="/en/people/yerlan-koshanov"');
    expect(html).toContain('href="/en/people/dania-espayeva"');
    expect(text).toMatch(/Yerlan Koshanov ?, Speaker of the Majilis/);
    expect(text).toMatch(/Dania Espayeva ?, Deputy Chair of the Majilis/);
  });

  it("shows the UN's children, website and events", async () => {
    const { html } = await getPage(t.app, "/en/organizations/un");
    const text = textOf(html);
    expect(html).toContain('href="/en/organizations/un-women"');
    expect(html).toContain('href="/en/organizations/undp"');
    expect(html).toContain('href="https://www.un.org"');
    expect(html).toContain('href="/en/events/astana-2023"');
    expect(text).toContain("Supporter");
  });

  it("shows the events an organization organized", async () => {
    const { html } = await getPage(t.app, "/en/organizations/kz-national-commission-women");
    const text = textOf(html);
    expect(html).toContain('href="/en/events/astana-2023"');
    expect(text).toContain("Organizer, Supporter");
    expect(text).toMatch(/Aida Balayeva ?, Chair of the National Commission/);
  });

  it("shows the Russian page in Cyrillic", async () => {
    const text = textOf((await getPage(t.app, "/ru/organizations/kz-majilis")).html);
    expect(text).toContain("Мажилис Парламента Республики Казахстан");
    expect(text).toContain("Ерлан Кошанов");
    expect(text).toContain("Дания Еспаева");
  });

  it("answers 404 for an unknown, malformed or unpublished organization", async () => {
    await t.database.db
      .insertInto("organizations")
      .values({ slug: "zz-draft-org", kind: "ngo", country_code: null, status: "draft" })
      .execute();
    for (const url of [
      "/en/organizations/nothing",
      "/en/organizations/Bad_Slug",
      "/en/organizations/zz-draft-org",
    ]) {
      const res = await getPage(t.app, url);
      expect(res.status, url).toBe(404);
      expect(res.html).toContain("<title>Error 404");
    }
    const api = await getJson<{ error: string }>(t.app, "/api/v1/organizations/zz-draft-org");
    expect(api.status).toBe(404);
    expect(api.body.error).toBe("not_found");
    const list = await getJson<List>(t.app, "/api/v1/organizations?pageSize=100");
    expect(list.body.items.map((o) => o.slug)).not.toContain("zz-draft-org");
  });
});

describe("the organizations API", () => {
  it("lists organizations sorted by name in the request locale", async () => {
    const { status, body } = await getJson<List>(t.app, "/api/v1/organizations?locale=en&pageSize=100");
    expect(status).toBe(200);
    expect(body.total).toBe(body.items.length);
    expect(body.total).toBeGreaterThanOrEqual(16);
    const names = body.items.map((o) => o.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const unWomen = body.items.find((o) => o.slug === "un-women");
    expect(unWomen).toEqual({
      id: expect.any(Number),
      url: "/en/organizations/un-women",
      slug: "un-women",
      name: "United Nations Entity for Gender Equality and the Empowerment of Women",
      shortName: "UN Women",
      kind: "international",
      country: null,
      parent: { slug: "un", url: "/en/organizations/un", name: "United Nations" },
    });
    const ru = await getJson<List>(t.app, "/api/v1/organizations?locale=ru&pageSize=100");
    expect(ru.body.items[0]?.name).not.toBe(body.items[0]?.name);
    expect(ru.body.items.find((o) => o.slug === "un")?.name).toBe("Организация Объединённых Наций");
  });

  it("pages through the same order without overlap", async () => {
    const all = await getJson<List>(t.app, "/api/v1/organizations?locale=en&pageSize=100");
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.body.total / 5); page++) {
      const p = await getJson<List>(t.app, `/api/v1/organizations?locale=en&pageSize=5&page=${page}`);
      seen.push(...p.body.items.map((o) => o.slug));
    }
    expect(seen).toEqual(all.body.items.map((o) => o.slug));
  });

  it("filters by kind and country; country=none gives the international ones", async () => {
    const parl = await getJson<List>(t.app, "/api/v1/organizations?kind=parliament");
    expect(slugsOf(parl.body)).toEqual(["kz-majilis", "kz-parliament", "uz-oliy-majlis"]);
    const none = await getJson<List>(t.app, "/api/v1/organizations?country=none&pageSize=100");
    expect(slugsOf(none.body)).toContain("un-women");
    expect(slugsOf(none.body)).toContain("technowomen");
    expect(none.body.items.every((o) => o.country === null)).toBe(true);
    const uz = await getJson<List>(t.app, "/api/v1/organizations?country=uz");
    expect(slugsOf(uz.body)).toEqual(["uz-oliy-majlis"]);
    const fr = await getJson<List>(t.app, "/api/v1/organizations?country=FR");
    expect(fr.body).toMatchObject({ items: [], total: 0 });
  });

  it("returns an organization with children, people and events", async () => {
    const { status, body } = await getJson<OrgDetailJson>(
      t.app,
      "/api/v1/organizations/kz-majilis?locale=en",
    );
    expect(status).toBe(200);
    expect(body.parent?.slug).toBe("kz-parliament");
    expect(body.shortName).toBe("Majilis");
    expect(body.people.map((p) => p.person.slug).sort()).toEqual(["dania-espayeva", "yerlan-koshanov"]);
    expect(body.people.every((p) => p.current)).toBe(true);
    const un = await getJson<OrgDetailJson>(t.app, "/api/v1/organizations/un?locale=en");
    expect(un.body.children.map((c) => c.slug)).toContain("un-women");
    expect(un.body.website).toBe("https://www.un.org");
    expect(un.body.events).toContainEqual(
      expect.objectContaining({ slug: "astana-2023", url: "/en/events/astana-2023", roles: ["supporter"] }),
    );
  });

  it("is described in the OpenAPI document", async () => {
    const { status, body } = await getJson<{ paths: Record<string, unknown> }>(t.app, "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/organizations", "/api/v1/organizations/{slug}"]),
    );
  });

  it("has CSV twins", async () => {
    for (const url of [
      "/api/v1/organizations.csv?kind=parliament",
      "/api/v1/organizations?kind=parliament&format=csv",
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      const lines = res.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe("id,url,slug,name,shortName,kind,country,parentSlug,parentName");
      expect(lines).toHaveLength(4);
    }
    const ru = await t.app.inject({ url: "/api/v1/organizations.csv?locale=ru&country=KZ" });
    expect(ru.body).toContain("Мажилис Парламента Республики Казахстан");
  });
});

describe("bad input", () => {
  it("answers 400 for malformed query values, as a page and as JSON", async () => {
    for (const url of [
      "/en/organizations?page=abc",
      "/en/organizations?country=1234",
      "/en/organizations?kind=bank",
    ]) {
      const res = await getPage(t.app, url);
      expect(res.status, url).toBe(400);
      expect(res.html).toContain("<title>Error 400");
    }
    for (const url of [
      "/api/v1/organizations?page=abc",
      "/api/v1/organizations?country=1234",
      "/api/v1/organizations?kind=x",
    ]) {
      const res = await getJson<{ error: string }>(t.app, url);
      expect(res.status, url).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
  });

  it("treats blank filters as no filter and never answers 5xx", async () => {
    expect((await getPage(t.app, "/en/organizations?kind=&country=")).status).toBe(200);
    const urls = [
      "/en/organizations?page=0",
      "/en/organizations?page=99999",
      "/en/organizations?country=NONE",
      "/en/organizations?kind[]=ngo",
      "/en/organizations?kind=ngo&kind=court",
      `/en/organizations/${"x".repeat(300)}`,
      "/en/organizations/%27%3B--",
      "/api/v1/organizations.csv?pageSize=0",
      "/api/v1/organizations/%00",
      "/api/v1/organizations/un?locale=zz",
    ];
    for (const url of urls) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });
});

describe("alphabetical order in the reader's language", () => {
  it("sorts Kazakh names in Kazakh alphabet order (Ә after А, Ө after О, Ұ Ү after У, І last), Russian ones in Russian order", async () => {
    const names = ["Пана", "Өрлеу", "Бақыт", "Әйелдер", "Абай", "Ұлы", "Ушақ", "Іскер"];
    const { db } = t.database;
    for (const [i, name] of names.entries()) {
      const { id } = await db
        .insertInto("organizations")
        .values({ slug: `zz-collation-${i}`, kind: "ngo", country_code: "KZ", status: "published" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("translations")
        .values([
          { entity: "organization", entity_id: id, field: "name", locale: "kk", value: name },
          { entity: "organization", entity_id: id, field: "name", locale: "ru", value: name },
        ])
        .execute();
    }
    t.app.renderCache.clear();
    const order = async (locale: string) => {
      const all: string[] = [];
      for (let page = 1; page <= 20; page++) {
        const res = await getJson<{ items: OrgItem[] }>(
          t.app,
          `/api/v1/organizations?locale=${locale}&country=KZ&pageSize=100&page=${page}`,
        );
        if (res.body.items.length === 0) break;
        all.push(...res.body.items.map((o) => o.name));
      }
      return all.filter((n) => names.includes(n));
    };
    expect(await order("kk")).toEqual(["Абай", "Әйелдер", "Бақыт", "Өрлеу", "Пана", "Ушақ", "Ұлы", "Іскер"]);
    expect(await order("ru")).toEqual([...names].sort(new Intl.Collator("ru").compare));
  });
});
