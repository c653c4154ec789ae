import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { saveTranslations } from "../../db/translations.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  // A hostile post (old, so it sorts last) and a draft that must stay invisible.
  const hostile = await db
    .insertInto("news")
    .values({ slug: "hostile-post", published_on: "2000-01-01" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await saveTranslations(db, "news", hostile.id, {
    title: { en: "Hostile <b>title</b>" },
    body: { en: '<script>alert(1)</script>\n\n<a href="javascript:x">click</a> [md](javascript:y)' },
  });
  const draft = await db
    .insertInto("news")
    .values({ slug: "draft-post", published_on: "2030-01-01", status: "draft" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await saveTranslations(db, "news", draft.id, { title: { en: "Secret draft" } });
});
afterAll(async () => t.close());

interface NewsJson {
  id: number;
  url: string;
  slug: string;
  title: string;
  date: string;
  summary: string | null;
  event: string | null;
  chairmanship: number | null;
  body?: string | null;
}

describe("news pages", () => {
  it("lists the news, newest first, with title, date and summary", async () => {
    const { status, html } = await getPage(t.app, "/en/news");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(/<h1>News<\/h1>/);
    expect(text).toContain(
      "Kazakhstan heads the chairmanship of the Dialogue of Women of Central Asian Countries in 2023",
    );
    expect(text).toContain("June 19, 2023");
    expect(text).toContain("showcased 13 innovative projects");
    expect(html).toContain('href="/en/news/astana-2023-meeting"');
    expect(text.indexOf("Kazakhstan heads")).toBeLessThan(text.indexOf("Hostile"));
    expect(text).not.toContain("Secret draft");
    expect(html).toContain('href="/api/v1/news.csv"');
  });

  it("shows the post with its body as escaped text and links to its event and chairmanship", async () => {
    const { status, html } = await getPage(t.app, "/en/news/astana-2023-meeting");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(/<h1>(<span>)?Kazakhstan heads the chairmanship/);
    expect(text).toContain("Six Kazakh military observers, including one woman");
    expect(text).toContain("Dania Espayeva");
    expect(text).toContain("Akyl Ayym");
    expect(html).toContain("<blockquote>");
    expect(html).toMatch(/<h2>Innovative projects by women<\/h2>/);
    expect(text).not.toMatch(/##|\*\*/);
    expect(html).toContain('href="/en/events/astana-2023"');
    expect(html).toContain('href="/en/chairmanships/2023"');
    expect(text).toContain("Chairmanship of Kazakhstan, 2023");
  });

  it("never renders stored HTML", async () => {
    const { status, html } = await getPage(t.app, "/en/news/hostile-post");
    expect(status).toBe(200);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>title</b>");
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain("&lt;script>alert(1)&lt;/script>");
  });

  it("speaks Russian on /ru", async () => {
    const list = await getPage(t.app, "/ru/news");
    expect(textOf(list.html)).toContain("Казахстан возглавил председательство");
    const post = await getPage(t.app, "/ru/news/astana-2023-meeting");
    const text = textOf(post.html);
    expect(text).toContain("Дания Еспаева");
    expect(text).toContain("Председательство: Казахстан, 2023");
    expect(text).toContain("19 июня 2023");
  });

  it("answers unknown, draft and malformed slugs with 404/400", async () => {
    expect((await getPage(t.app, "/en/news/no-such-post")).status).toBe(404);
    expect((await getPage(t.app, "/en/news/draft-post")).status).toBe(404);
    expect((await getPage(t.app, "/en/news/Bad_Slug")).status).toBe(400);
    expect((await getPage(t.app, "/en/news?page=abc")).status).toBe(400);
  });
});

describe("news API", () => {
  it("lists the news and answers one post with its body", async () => {
    const list = await getJson<{ items: NewsJson[]; total: number }>(t.app, "/api/v1/news?locale=en");
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]).toMatchObject({
      slug: "astana-2023-meeting",
      url: "/en/news/astana-2023-meeting",
      date: "2023-06-19",
      event: "astana-2023",
      chairmanship: 2023,
    });
    const one = await getJson<NewsJson>(t.app, "/api/v1/news/astana-2023-meeting?locale=ru");
    expect(one.status).toBe(200);
    expect(one.body.title).toContain("Казахстан возглавил");
    expect(one.body.body).toContain("Дания Еспаева");
    const csv = await t.app.inject({ url: "/api/v1/news.csv" });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("astana-2023-meeting");
  });

  it("answers 404 JSON for unknown posts and 400 for bad queries", async () => {
    const none = await getJson<{ error: string }>(t.app, "/api/v1/news/nothing");
    expect(none).toMatchObject({ status: 404, body: { error: "not_found" } });
    expect((await getJson(t.app, "/api/v1/news/draft-post")).status).toBe(404);
    expect((await getJson(t.app, "/api/v1/news?pageSize=0")).status).toBe(400);
  });
});
