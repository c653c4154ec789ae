import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import type { EventDetail, EventItem } from "./events.schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type List = { items: EventItem[]; total: number; page: number; pageSize: number };

describe("events list page", () => {
  it("lists events newest first with dates, place and kind, and links to the open data", async () => {
    const { status, html } = await getPage(t.app, "/en/events");
    expect(status).toBe(200);
    expect(html).toContain("<title>Events");
    expect(html.match(/<h1/g)).toHaveLength(1);
    const text = textOf(html);
    expect(text).toContain("11 events");
    expect(text).toContain("Year (calendar year of the start date)");
    // Newest first: Dushanbe 2025 before Astana 2023 before the launch in 2020.
    const newest = html.indexOf('href="/en/events/dushanbe-conference-2025"');
    const astana = html.indexOf('href="/en/events/astana-2023"');
    expect(newest).toBeGreaterThan(-1);
    expect(astana).toBeGreaterThan(newest);
    expect(html).toContain('href="/en/events/first-meeting-2020"');
    expect(text).toContain("Astana, Kazakhstan");
    expect(text).toContain("June 19, 2023");
    // Ashgabat's date is uncertain and says so.
    expect(text).toMatch(/c\. December 9, 2022/);
    expect(html).toContain('href="/api/v1/events?locale=en"');
    expect(html).toContain('href="/api/v1/events.csv?locale=en"');
  });

  it("filters by calendar year, country and kind", async () => {
    const y = textOf((await getPage(t.app, "/en/events?year=2023")).html);
    expect(y).toContain("3 events");
    const kg = await getPage(t.app, "/en/events?country=kg");
    expect(kg.html).toContain('href="/en/events/bishkek-2024"');
    expect(kg.html).toContain('href="/en/events/bishkek-wps-forum-2024"');
    expect(kg.html).not.toContain('href="/en/events/astana-2023"');
    const none = await getPage(t.app, "/en/events?country=FR");
    expect(none.status).toBe(200);
    expect(textOf(none.html)).toContain("No events match these filters.");
    // An empty form field is no filter.
    const blank = await getPage(t.app, "/en/events?year=&country=&kind=");
    expect(textOf(blank.html)).toContain("11 events");
  });

  it("paginates", async () => {
    const p1 = await getPage(t.app, "/en/events?pageSize=5");
    expect(textOf(p1.html)).toContain("Page 1 of 3");
    expect(p1.html).toContain('href="/en/events?pageSize=5&amp;page=2"');
    const p3 = await getPage(t.app, "/en/events?pageSize=5&page=3");
    expect(p3.html).toContain('href="/en/events/first-meeting-2020"');
    expect(p3.html).not.toContain('href="/en/events/astana-2023"');
  });

  it("answers bad query values with 400, never 5xx", async () => {
    for (const q of ["page=0", "year=abc", "kind=%3Cscript%3E", "country=123", "pageSize=1000"]) {
      const res = await getPage(t.app, `/en/events?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.html).not.toContain("<script>");
    }
  });

  it("speaks Russian", async () => {
    const { html } = await getPage(t.app, "/ru/events?year=2023");
    const text = textOf(html);
    expect(text).toContain("События");
    expect(text).toContain("3 события");
  });
});

describe("the Astana 2023 event page", () => {
  let html: string;
  let text: string;
  beforeAll(async () => {
    const res = await getPage(t.app, "/en/events/astana-2023");
    expect(res.status).toBe(200);
    html = res.html;
    text = textOf(html);
  });

  it("shows the facts, the chairmanship and the organizers", () => {
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(text).toContain("The role of women in the development of innovation and technology");
    expect(text).toContain("June 19, 2023");
    expect(html).toContain('href="/en/chairmanships/2023"');
    expect(html).toContain('href="/en/organizations/technowomen"');
    expect(html).toContain('href="/en/organizations/kz-national-commission-women"');
    expect(text).toMatch(/Organizer|Supporter/);
  });

  it("names the moderator and the speakers with the titles they held there", () => {
    const agenda = text.slice(text.indexOf("Agenda"));
    expect(agenda).toMatch(/Moderators Dania Espayeva — Deputy Chair of the Majilis/);
    expect(agenda).toContain(
      "Yerlan Koshanov — Speaker of the Majilis of the Parliament of the Republic of Kazakhstan",
    );
    expect(html).toContain('href="/en/people/yerlan-koshanov"');
    expect(html).toContain('href="/en/people/dania-espayeva"');
    // Aida Balayeva held two posts at once; both are shown.
    const aida = agenda.slice(agenda.indexOf("Aida Balayeva —"));
    expect(aida).toContain("Deputy Head of the Presidential Administration");
    expect(aida).toContain("Chair of the National Commission for Women and Family and Demographic Policy");
    expect(text).toContain("Miroslav Jenča");
  });

  it("lists both sessions in order, with the presenters in the thematic one", () => {
    const first = text.indexOf(
      "The role of women in the development of innovation and technology Moderators",
    );
    const second = text.indexOf("Best practices in the field of innovation and technology development");
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(text.slice(second)).toContain("Presenters");
  });

  it("quotes Yerlan Koshanov on President Tokayev, in a blockquote with speaker and kind", () => {
    const quote =
      /<blockquote>[\s\S]*?President Kassym-Jomart Tokayev is convinced[\s\S]*?<\/blockquote>/.exec(html);
    expect(quote).not.toBeNull();
    const statements = text.slice(text.indexOf("Statements"));
    expect(statements).toMatch(/President Kassym-Jomart Tokayev is convinced.*Yerlan Koshanov · Quote/);
  });

  it("shows both showcase blocks with their projects", () => {
    expect(text).toContain("Family and Society");
    expect(text).toMatch(/Business and employment/i);
    expect(html).toContain('href="/en/projects/akyl-ayym"');
    expect(html).toContain('href="/en/projects/iman-pay"');
    expect(html.match(/href="\/en\/projects\//g)).toHaveLength(13);
  });

  it("shows the action plan 2023 as the outcome", () => {
    const outcome = text.slice(text.indexOf("Outcome"));
    expect(outcome).toMatch(/Action plan 2023 adopted/);
    expect(outcome).toMatch(/\d+ items?/);
    expect(html).toContain('href="/en/plans/2023"');
  });

  it("reads in Russian", async () => {
    const ru = textOf((await getPage(t.app, "/ru/events/astana-2023")).html);
    expect(ru).toContain("Ерлан Кошанов");
    expect(ru).toContain("Председатель Мажилиса Парламента Республики Казахстан");
    expect(ru).toContain("Дания Еспаева");
    expect(ru).toContain("Президент Касым-Жомарт Токаев убеждён");
    expect(ru).toContain("Принят план действий на 2023 год");
  });

  it("answers 404 for an unknown event and 400 for a malformed slug", async () => {
    expect((await getPage(t.app, "/en/events/no-such-event")).status).toBe(404);
    expect((await getPage(t.app, "/en/events/Bad_Slug!")).status).toBe(400);
  });
});

describe("events API", () => {
  it("lists events with filters and pagination", async () => {
    const all = await getJson<List>(t.app, "/api/v1/events?locale=en");
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(11);
    expect(all.body.items[0]?.slug).toBe("dushanbe-conference-2025");
    const y = await getJson<List>(t.app, "/api/v1/events?year=2023&locale=en");
    expect(y.body.items.map((e) => e.slug).sort()).toEqual([
      "almaty-wps-conference-2023",
      "astana-2023",
      "astana-closing-2023",
    ]);
    const astana = y.body.items.find((e) => e.slug === "astana-2023");
    expect(astana).toMatchObject({
      url: "/en/events/astana-2023",
      startsOn: "2023-06-19",
      country: "KZ",
      chairmanshipYear: 2023,
      dateApproximate: false,
    });
    expect(astana?.city).toBe("Astana");
    const kg = await getJson<List>(t.app, "/api/v1/events?country=KG");
    expect(kg.body.items.every((e) => e.country === "KG")).toBe(true);
    expect(kg.body.items.map((e) => e.slug)).toContain("bishkek-2024");
    const ashgabat = (await getJson<List>(t.app, "/api/v1/events?year=2022")).body.items[0];
    expect(ashgabat?.dateApproximate).toBe(true);
    const p2 = await getJson<List>(t.app, "/api/v1/events?pageSize=4&page=2");
    expect(p2.body).toMatchObject({ page: 2, pageSize: 4, total: 11 });
    expect(p2.body.items).toHaveLength(4);
    const fr = await getJson<List>(t.app, "/api/v1/events?country=FR");
    expect(fr.body).toMatchObject({ total: 0, items: [] });
  });

  it("rejects malformed filters with 400", async () => {
    for (const q of ["page=0", "year=abc", "kind=%3Cscript%3E", "country=KGZ"]) {
      expect((await getJson(t.app, `/api/v1/events?${q}`)).status, q).toBe(400);
    }
  });

  it("has a CSV twin with a header row", async () => {
    for (const url of ["/api/v1/events.csv?locale=en", "/api/v1/events?format=csv&locale=en"]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      const [header] = res.body.replace(/^\uFEFF/, "").split("\n");
      expect(header).toBe(
        "id,url,slug,title,kind,startsOn,endsOn,dateApproximate,isOnline,city,country,countryName,chairmanshipYear",
      );
      expect(res.body).toContain("/en/events/astana-2023");
    }
    const ru = await t.app.inject({ url: "/api/v1/events.csv?locale=ru&year=2023" });
    expect(ru.body).toContain("Астана");
  });

  it("returns one event with its sessions, participants, statements, blocks, documents and outcome", async () => {
    const { status, body } = await getJson<EventDetail>(t.app, "/api/v1/events/astana-2023?locale=en");
    expect(status).toBe(200);
    expect(body.sessions).toHaveLength(2);
    const koshanov = body.participants.find((p) => p.person.slug === "yerlan-koshanov");
    expect(koshanov?.role).toBe("speaker");
    expect(koshanov?.person.url).toBe("/en/people/yerlan-koshanov");
    expect(koshanov?.titles[0]?.title).toBe(
      "Speaker of the Majilis of the Parliament of the Republic of Kazakhstan",
    );
    expect(koshanov?.titles[0]?.organization?.slug).toBe("kz-majilis");
    expect(body.participants.find((p) => p.role === "moderator")?.person.slug).toBe("dania-espayeva");
    expect(body.participants.find((p) => p.person.slug === "aida-balayeva")?.titles).toHaveLength(2);
    expect(body.participants.filter((p) => p.role === "presenter").length).toBeGreaterThanOrEqual(13);
    const quote = body.statements.find((s) => s.kind === "quote" && s.person.slug === "yerlan-koshanov");
    expect(quote?.text).toContain("President Kassym-Jomart Tokayev");
    expect(body.blocks.map((b) => b.slug)).toEqual(["family-and-society", "business-and-employment"]);
    expect(body.blocks.map((b) => b.projects.length)).toEqual([4, 9]);
    expect(body.organizations.map((o) => o.slug)).toContain("technowomen");
    expect(body.outcomePlans).toEqual([expect.objectContaining({ year: 2023, url: "/en/plans/2023" })]);
    expect(body.chairmanship).toMatchObject({ year: 2023, country: "KZ" });
    const ru = await getJson<EventDetail>(t.app, "/api/v1/events/astana-2023?locale=ru");
    expect(ru.body.participants.map((p) => p.person.name)).toContain("Ерлан Кошанов");
  });

  it("answers 404 JSON for an unknown event", async () => {
    const res = await getJson<{ error: string }>(t.app, "/api/v1/events/no-such-event");
    expect(res.status).toBe(404);
    expect(res.body.error).toBe("not_found");
  });

  it("lists documents of the event that have them", async () => {
    const avaza = await getJson<EventDetail>(t.app, "/api/v1/events/avaza-2021?locale=en");
    expect(avaza.body.documents.map((d) => d.slug)).toContain("avaza-declaration-2021");
    const page = await getPage(t.app, "/en/events/avaza-2021");
    expect(page.html).toContain('href="/en/documents/avaza-declaration-2021"');
  });

  it("is described in the OpenAPI document", async () => {
    const res = await getJson<{ paths: Record<string, unknown> }>(t.app, "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/events", "/api/v1/events.csv", "/api/v1/events/{slug}"]),
    );
  });
});
