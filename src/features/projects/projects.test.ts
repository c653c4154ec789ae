import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import type { ProjectDetail, ProjectItem } from "./projects.schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface List<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The titles of the gallery's cards, in order. */
function cardTitles(html: string): string[] {
  return [...html.matchAll(/<h2><a href="\/\w\w\/projects\/[a-z0-9-]+">([\s\S]*?)<\/a><\/h2>/g)].map((m) =>
    textOf(m[1] ?? ""),
  );
}

describe("the projects gallery", () => {
  it("lists all 13 projects, Family and Society first", async () => {
    const { status, html } = await getPage(t.app, "/en/projects");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain("13 projects");
    const titles = cardTitles(html);
    expect(titles).toHaveLength(13);
    expect(titles[0]).toBe("Akyl Ayym");
    for (const title of [
      "Akyl Ayym",
      "Digital Mathematics",
      "Iman Pay",
      "Dalatek – a platform for agribusiness",
    ]) {
      expect(titles.some((x) => x.startsWith(title))).toBe(true);
    }
    expect(titles.findIndex((x) => x.startsWith("iCode"))).toBeLessThan(
      titles.findIndex((x) => x.startsWith("Codify")),
    );
    expect(html).toMatch(/<h1>Projects<\/h1>/);
    expect(text).toContain("Family and Society");
    expect(text).toContain("Kyrgyzstan");
  });

  it("shows each card's presenter, country, block, topics and stage", async () => {
    const { html } = await getPage(t.app, "/en/projects?topic=ecology");
    const text = textOf(html);
    expect(cardTitles(html)).toEqual([
      "Digitalization as a tool for uniting people in solving environmental problems",
    ]);
    expect(text).toContain("Business and employment");
    expect(text).toContain("Stage: Presented");
    expect(html).toMatch(/<ul class="chips"[^>]*>.*Ecology/);
  });

  it("filters by country: Kyrgyzstan has exactly its four projects", async () => {
    const { html } = await getPage(t.app, "/en/projects?country=KG");
    const titles = cardTitles(html);
    expect(titles).toHaveLength(4);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Akyl Ayym",
        "Codify – a platform for training and employment in IT",
        "Development of an IT hub in Kyrgyzstan",
        "Digitalization as a tool for uniting people in solving environmental problems",
      ]),
    );
    expect(textOf(html)).toContain("4 projects");
    expect(textOf(html)).not.toContain("Dalatek");
    const lower = await getPage(t.app, "/en/projects?country=kg");
    expect(cardTitles(lower.html)).toEqual(titles);
  });

  it("filters by block and by topic", async () => {
    const family = cardTitles((await getPage(t.app, "/en/projects?block=family-and-society")).html);
    expect(family).toHaveLength(4);
    expect(family.some((x) => x.startsWith("Codify"))).toBe(false);
    const rural = cardTitles((await getPage(t.app, "/en/projects?topic=rural-women")).html);
    expect(rural.sort()).toEqual(["Dalatek – a platform for agribusiness", "Digitalization for rural women"]);
    const both = cardTitles((await getPage(t.app, "/en/projects?country=KZ&block=family-and-society")).html);
    expect(both).toHaveLength(2);
  });

  it("keeps the chosen filters selected in the form, with a way to clear them", async () => {
    const { html } = await getPage(t.app, "/en/projects?country=KG&topic=digitalization");
    expect(html).toMatch(/<form class="filters" method="get" action="\/en\/projects"/);
    expect(html).toMatch(/<label for="f-country">Country<\/label><select id="f-country" name="country">/);
    expect(html).toMatch(/<option value="KG" selected>Kyrgyzstan<\/option>/);
    expect(html).toMatch(/<option value="digitalization" selected>Digitalization<\/option>/);
    expect(html).not.toMatch(/<option value="KZ" selected/);
    expect(html).toMatch(/<option value="family-and-society">Family and Society<\/option>/);
    expect(html).toContain('<a href="/en/projects">Clear filters</a>');
    expect(cardTitles(html)).toHaveLength(2);
    const plain = await getPage(t.app, "/en/projects");
    expect(plain.html).not.toContain("Clear filters");
  });

  it("offers only the topics that have projects", async () => {
    const { html } = await getPage(t.app, "/en/projects");
    expect(html).toContain('<option value="ecology">');
    expect(html).not.toContain('<option value="women-peace-security">');
  });

  it("treats the form's empty 'All' values as no filter", async () => {
    const { status, html } = await getPage(t.app, "/en/projects?country=&block=&topic=");
    expect(status).toBe(200);
    expect(cardTitles(html)).toHaveLength(13);
  });

  it("links to the JSON and CSV twins with the same filters", async () => {
    const { html } = await getPage(t.app, "/en/projects?country=KG");
    expect(html).toContain('href="/api/v1/projects?country=KG&amp;locale=en"');
    expect(html).toContain('href="/api/v1/projects.csv?country=KG&amp;locale=en"');
  });

  it("shows Russian titles in the Russian gallery", async () => {
    const { html } = await getPage(t.app, "/ru/projects");
    const text = textOf(html);
    expect(html).toMatch(/<h1>Проекты<\/h1>/);
    expect(text).toContain("13 проектов");
    expect(cardTitles(html)).toEqual(expect.arrayContaining(["Акыл Айым", "Цифровая математика"]));
    expect(text).toContain("Семья и общество");
    expect(text).not.toContain("Digital Mathematics");
  });

  it("renders in every locale, borrowing Russian UI text where a locale has none", async () => {
    for (const l of ["kk", "ky", "tg", "tk", "uz"]) {
      const { status, html } = await getPage(t.app, `/${l}/projects?block=family-and-society`);
      expect(status, l).toBe(200);
      expect(cardTitles(html), l).toHaveLength(4);
    }
  });

  it("answers an unknown-but-valid filter value with an empty list", async () => {
    for (const q of ["country=FR", "block=no-such-block", "topic=no-such-topic"]) {
      const { status, html } = await getPage(t.app, `/en/projects?${q}`);
      expect(status).toBe(200);
      expect(cardTitles(html)).toHaveLength(0);
      expect(textOf(html)).toContain("No projects found");
    }
  });

  it("answers a malformed query with a translated 400", async () => {
    for (const q of [
      "country=ZZZ1",
      "page=-1",
      "page=abc",
      "block=%3Cb%3E",
      "topic=A%20B",
      "pageSize=1000",
    ]) {
      const { status, html } = await getPage(t.app, `/en/projects?${q}`);
      expect(status, q).toBe(400);
      expect(html).not.toContain("<b>");
    }
  });
});

describe("a project page", () => {
  it("shows the project, its presenter, country, block, event and topics", async () => {
    const { status, html } = await getPage(t.app, "/en/projects/akyl-ayym");
    expect(status).toBe(200);
    expect(html).toMatch(/<h1><span>Akyl Ayym<\/span><\/h1>/);
    expect(html).toMatch(/<a href="\/en\/people\/a-kasymbekov">/);
    expect(html).toMatch(/<a href="\/en\/events\/astana-2023">/);
    expect(html).toContain('href="/en/projects?country=KG"');
    expect(html).toContain('href="/en/projects?block=family-and-society"');
    expect(html).toContain('href="/en/projects?topic=family-society"');
    const text = textOf(html);
    expect(text).toContain("Kyrgyzstan");
    expect(text).toContain("Family and Society");
    expect(html).toContain('<time datetime="2023-06-19">June 19, 2023</time>');
    expect(text).toContain("Presented");
  });

  it("shows its links as external links", async () => {
    const project = await t.database.db
      .selectFrom("projects")
      .select("id")
      .where("slug", "=", "codify")
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("project_links")
      .values([
        { project_id: project.id, url: "https://codify.example.org", label: "Codify" },
        { project_id: project.id, url: "javascript:alert(1)", label: "bad" },
      ])
      .execute();
    const { html } = await getPage(t.app, "/en/projects/codify");
    expect(html).toContain('<a href="https://codify.example.org" rel="noopener">Codify</a>');
    expect(html).not.toContain("javascript:");
  });

  it("answers 404 for an unknown project and 400 for a malformed slug", async () => {
    const missing = await getPage(t.app, "/en/projects/no-such-project");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("This page does not exist");
    expect((await getPage(t.app, "/en/projects/Bad_Slug")).status).toBe(400);
  });
});

describe("the projects API", () => {
  it("lists projects with id, url and fields, paginated", async () => {
    const { status, body } = await getJson<List<ProjectItem>>(t.app, "/api/v1/projects?locale=en");
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 13, page: 1, pageSize: 20 });
    expect(body.items).toHaveLength(13);
    const first = body.items[0];
    expect(first).toMatchObject({
      slug: "akyl-ayym",
      url: "/en/projects/akyl-ayym",
      title: "Akyl Ayym",
      country: "KG",
      countryName: "Kyrgyzstan",
      block: { slug: "family-and-society", title: "Family and Society" },
      stage: "presented",
    });
    expect(typeof first?.id).toBe("number");
    expect(first?.presenters[0]).toMatchObject({ slug: "a-kasymbekov", url: "/en/people/a-kasymbekov" });
    expect(first?.topics.map((x) => x.slug)).toContain("family-society");
    const page2 = await getJson<List<ProjectItem>>(t.app, "/api/v1/projects?pageSize=5&page=3");
    expect(page2.body).toMatchObject({ total: 13, page: 3, pageSize: 5 });
    expect(page2.body.items).toHaveLength(3);
  });

  it("answers GET /api/v1/projects?country=KG with the four Kyrgyz projects", async () => {
    const { body } = await getJson<List<ProjectItem>>(t.app, "/api/v1/projects?country=KG");
    expect(body.total).toBe(4);
    expect(body.items.map((i) => i.slug).sort()).toEqual([
      "akyl-ayym",
      "codify",
      "digitalization-environment",
      "it-hub-kyrgyzstan",
    ]);
    for (const i of body.items) {
      expect(i.country).toBe("KG");
      expect(i.title).toBeTruthy();
      expect(i.url).toMatch(/^\/ru\/projects\//);
    }
    const topic = await getJson<List<ProjectItem>>(
      t.app,
      "/api/v1/projects?topic=ecology&block=business-and-employment",
    );
    expect(topic.body.items.map((i) => i.slug)).toEqual(["digitalization-environment"]);
  });

  it("answers in the requested language", async () => {
    const { body } = await getJson<List<ProjectItem>>(
      t.app,
      "/api/v1/projects?locale=ru&block=family-and-society",
    );
    expect(body.items[0]?.title).toBe("Акыл Айым");
    expect(body.items[0]?.url).toBe("/ru/projects/akyl-ayym");
  });

  it("returns one project with its event", async () => {
    const { status, body } = await getJson<ProjectDetail>(t.app, "/api/v1/projects/iman-pay?locale=en");
    expect(status).toBe(200);
    expect(body).toMatchObject({ slug: "iman-pay", country: "UZ", url: "/en/projects/iman-pay" });
    expect(body.title).toMatch(/^Iman Pay/);
    expect(body.event).toMatchObject({ slug: "astana-2023", url: "/en/events/astana-2023" });
    expect(body.presenters[0]?.slug).toBe("t-nurakhunova");
  });

  it("has CSV twins", async () => {
    for (const url of [
      "/api/v1/projects.csv?country=KG&locale=en",
      "/api/v1/projects?country=KG&format=csv&locale=en",
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      const lines = res.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe("id,url,slug,title,country,countryName,block,topics,presenters,stage,summary");
      expect(lines).toHaveLength(5);
      expect(res.body).toContain("Codify");
    }
  });

  it("answers 404 JSON for an unknown project, 400 for bad queries, empty lists for unknown values", async () => {
    const missing = await getJson<{ error: string }>(t.app, "/api/v1/projects/no-such-project");
    expect(missing).toMatchObject({ status: 404, body: { error: "not_found" } });
    for (const q of ["country=ZZZ1", "page=-1", "block=%3Cb%3E", "format=xml"]) {
      const res = await getJson<{ error: string }>(t.app, `/api/v1/projects?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
    for (const q of ["country=FR", "block=nothing", "topic=nothing", "page=9"]) {
      const res = await getJson<List<ProjectItem>>(t.app, `/api/v1/projects?${q}`);
      expect(res.status, q).toBe(200);
      expect(res.body.items).toEqual([]);
    }
  });

  it("is described in the OpenAPI document", async () => {
    const { status, body } = await getJson<{ paths: Record<string, unknown> }>(t.app, "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/projects", "/api/v1/projects/{slug}"]),
    );
  });
});

describe("what is not public", () => {
  it("hides a deleted project everywhere", async () => {
    await t.database.db
      .updateTable("projects")
      .set({ deleted_at: "2024-01-01T00:00:00Z" })
      .where("slug", "=", "coozin")
      .execute();
    t.app.renderCache.clear(); // changed in the database behind the app's back: drop what it rendered
    expect(cardTitles((await getPage(t.app, "/en/projects")).html)).toHaveLength(12);
    expect((await getPage(t.app, "/en/projects/coozin")).status).toBe(404);
    const api = await getJson<List<ProjectItem>>(t.app, "/api/v1/projects?country=UZ");
    expect(api.body.items.map((i) => i.slug)).not.toContain("coozin");
  });
});

describe("the block filter of a long archive", () => {
  it("offers the last 30 blocks of the showcase, and always the one chosen", async () => {
    const { db } = t.database;
    for (let i = 0; i < 35; i++) {
      await db
        .insertInto("showcase_blocks")
        .values({ slug: `zz-archive-${i}`, event_id: null, sort_order: 1000 + i, status: "published" })
        .execute();
    }
    t.app.renderCache.clear();
    const options = (html: string) => {
      const select = /<select[^>]*name="block"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
      return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter((v) => v !== "");
    };
    const all = options((await getPage(t.app, "/en/projects")).html);
    expect(all).toHaveLength(30);
    expect(all.at(-1)).toBe("zz-archive-34");
    expect(all).not.toContain("zz-archive-0");
    const chosen = await getPage(t.app, "/en/projects?block=zz-archive-0");
    expect(chosen.status).toBe(200);
    const withChosen = options(chosen.html);
    expect(withChosen).toContain("zz-archive-0");
    expect(chosen.html).toMatch(/<option value="zz-archive-0" selected/);
  });
});
