import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { auditOf, formFields, getAs, idBySlug, idFromLocation, postForm } from "./test-helpers.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;
let chair2023 = 0;

beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
  const row = await t.database.db
    .selectFrom("chairmanships")
    .select("id")
    .where("year", "=", 2023)
    .executeTakeFirstOrThrow();
  chair2023 = row.id;
});
afterAll(async () => t.close());

const EVENT = (over: Record<string, string | string[]> = {}) => ({
  "title.en": "Almaty roundtable on digital skills",
  "title.ru": "Круглый стол в Алматы о цифровых навыках",
  kind: "conference",
  starts_on: "2023-09-12",
  country_code: "KZ",
  chairmanship_id: String(chair2023),
  topics: [],
  status: "draft",
  ...over,
});

describe("the secretariat runs an event from the editing UI", () => {
  it("creates an event with a session, a participant and a statement, publishes it, and a visitor sees it", async () => {
    const s = c["secretariat-2023"];
    const created = await postForm(t.app, s, "/en/edit/events/new", EVENT());
    expect(created.status).toBe(303);
    const eventId = idFromLocation(created.location);
    const ev = await t.database.db
      .selectFrom("events")
      .selectAll()
      .where("id", "=", eventId)
      .executeTakeFirstOrThrow();
    expect(ev.slug).toBe("almaty-roundtable-on-digital-skills");
    expect(ev.status).toBe("draft");

    const session = await postForm(t.app, s, `/en/edit/sessions/new?event=${eventId}`, {
      "title.en": "Opening session",
      kind: "plenary",
      sort_order: "0",
    });
    expect(session.status).toBe(303);
    const sessionId = idFromLocation(session.location);
    const person = await idBySlug(t.database.db, "people", "aida-balayeva");
    const part = await postForm(t.app, s, `/en/edit/participations/new?event=${eventId}`, {
      person_id: String(person),
      role: "speaker",
      session_id: String(sessionId),
    });
    expect(part.status).toBe(303);
    const st = await postForm(t.app, s, `/en/edit/statements/new?event=${eventId}`, {
      person_id: String(person),
      kind: "quote",
      "text.en": "Digital skills open every door for women in the region.",
      session_id: String(sessionId),
      status: "published",
    });
    expect(st.status).toBe(303);

    // The event page lists its children with "add" links.
    const page = await getAs(t.app, s, `/en/edit/events/${eventId}`);
    expect(page.status).toBe(200);
    expect(textOf(page.body)).toContain("Opening session");
    expect(page.body).toContain(`/en/edit/sessions/new?event=${eventId}`);

    // Still a draft: not public.
    expect((await getPage(t.app, "/en/events/almaty-roundtable-on-digital-skills")).status).toBe(404);
    const pub = await postForm(
      t.app,
      s,
      `/en/edit/events/${eventId}`,
      EVENT({ status: "published", slug: ev.slug }),
    );
    expect(pub.status).toBe(303);
    const visitor = await getPage(t.app, "/en/events/almaty-roundtable-on-digital-skills");
    expect(visitor.status).toBe(200);
    const text = textOf(visitor.html);
    expect(text).toContain("Almaty roundtable on digital skills");
    expect(text).toContain("Digital skills open every door for women in the region.");
    expect(text).toContain("Aida Balayeva");
  });

  it("keeps a draft away from public pages and lists, but shows it to staff", async () => {
    const s = c["secretariat-2023"];
    const r = await postForm(
      t.app,
      s,
      "/en/edit/events/new",
      EVENT({ "title.en": "Secret planning meeting", "title.ru": "" }),
    );
    expect(r.status).toBe(303);
    expect((await getPage(t.app, "/en/events/secret-planning-meeting")).status).toBe(404);
    const api = await t.app.inject({ url: "/api/v1/events?pageSize=100&locale=en" });
    expect(api.body).not.toContain("secret-planning-meeting");
    const staffList = await getAs(t.app, s, "/en/edit/events?status=draft");
    expect(textOf(staffList.body)).toContain("Secret planning meeting");
    expect(textOf(staffList.body)).toContain("Draft");
  });

  it("edits per-locale texts, keeps the others, and marks missing translations", async () => {
    const s = c["secretariat-2023"];
    const id = await idBySlug(t.database.db, "events", "astana-closing-2023");
    const before = await getAs(t.app, s, `/en/edit/events/${id}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatch(
      /for="f-title-ky">[^<]*<small class="fb missing"> — missing translation<\/small>/,
    );
    const fields = formFields(before.body);
    const ru = fields["title.ru"];
    const summary = fields["summary.en"];
    expect(ru).toBe("Заключительная встреча председательства Казахстана");
    expect(summary).toContain("closing meeting in Astana");
    const r = await postForm(t.app, s, `/en/edit/events/${id}`, {
      ...fields,
      "title.ky": "Астанадагы жыйынтыктоочу жолугушуу",
    });
    expect(r.status).toBe(303);
    const after = formFields((await getAs(t.app, s, `/en/edit/events/${id}`)).body);
    expect(after["title.ky"]).toBe("Астанадагы жыйынтыктоочу жолугушуу");
    expect(after["title.ru"]).toBe(ru);
    expect(after["summary.en"]).toBe(summary);
    expect(after.chairmanship_id).toBe(String(chair2023));
    const again = await getAs(t.app, s, `/en/edit/events/${id}`);
    expect(again.body).not.toMatch(/for="f-title-ky">[^<]*<small class="fb missing">/);
    expect(again.body).toMatch(/for="f-title-tg">[^<]*<small class="fb missing">/);
    const ky = await getPage(t.app, "/ky/events/astana-closing-2023");
    expect(textOf(ky.html)).toContain("Астанадагы жыйынтыктоочу жолугушуу");
  });
});

describe("a refused form", () => {
  it("answers 400, keeps everything typed, and shows each error next to its field", async () => {
    const s = c["secretariat-2023"];
    const before = await t.database.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    const r = await postForm(
      t.app,
      s,
      "/en/edit/events/new",
      EVENT({ "title.en": "Typed <b>title</b> & more", starts_on: "2023-02-30", "theme.ru": "Тема" }),
    );
    expect(r.status).toBe(400);
    expect(r.body).toContain('value="Typed &lt;b>title&lt;/b> &amp; more"');
    expect(r.body).toContain('value="Тема"');
    expect(r.body).toContain('value="2023-02-30"');
    expect(r.body).toMatch(/<div class="errors" role="alert"/);
    expect(r.body).toMatch(/id="f-starts_on"[^>]*aria-describedby="e-starts_on"[^>]*aria-invalid="true"/);
    expect(r.body).toMatch(/<p class="error" id="e-starts_on">Enter a real date as YYYY-MM-DD.<\/p>/);
    const after = await t.database.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    expect(Number(after?.n)).toBe(Number(before?.n));
  });

  it("speaks Russian on /ru/", async () => {
    const r = await postForm(
      t.app,
      c["secretariat-2023"],
      "/ru/edit/events/new",
      EVENT({ "title.en": "", "title.ru": "" }),
    );
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/<p class="error" id="e-title">Заполните это поле.<\/p>/);
    expect(textOf(r.body)).toContain("Нужно исправить 1 ошибку");
  });
});

describe("delete and restore", () => {
  it("asks for confirmation, hides the row publicly, and an admin restores it", async () => {
    const s = c["secretariat-2023"];
    const id = await idBySlug(t.database.db, "events", "almaty-wps-conference-2023");
    expect((await getPage(t.app, "/en/events/almaty-wps-conference-2023")).status).toBe(200);
    const confirm = await getAs(t.app, s, `/en/edit/events/${id}/delete`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain(`action="/en/edit/events/${id}/delete"`);
    expect((await getPage(t.app, "/en/events/almaty-wps-conference-2023")).status).toBe(200);

    const del = await postForm(t.app, s, `/en/edit/events/${id}/delete`, {});
    expect(del.status).toBe(303);
    expect((await getPage(t.app, "/en/events/almaty-wps-conference-2023")).status).toBe(404);
    expect((await getAs(t.app, s, `/en/edit/events?status=deleted`)).status).toBe(403);
    expect((await postForm(t.app, s, `/en/edit/events/${id}/restore`, {})).status).toBe(403);

    const adminList = await getAs(t.app, c.admin, "/en/edit/events?status=deleted");
    expect(adminList.status).toBe(200);
    expect(adminList.body).toContain(`action="/en/edit/events/${id}/restore"`);
    const restored = await postForm(t.app, c.admin, `/en/edit/events/${id}/restore`, {});
    expect(restored.status).toBe(303);
    expect((await getPage(t.app, "/en/events/almaty-wps-conference-2023")).status).toBe(200);
  });

  it("removes a session (no soft delete) and restores it with its texts from the audit log", async () => {
    const s = c["secretariat-2023"];
    const event = await idBySlug(t.database.db, "events", "astana-2023");
    const session = await t.database.db
      .selectFrom("sessions")
      .select("id")
      .where("event_id", "=", event)
      .where("sort_order", "=", 1)
      .executeTakeFirstOrThrow();
    expect((await postForm(t.app, s, `/en/edit/sessions/${session.id}/delete`, {})).status).toBe(303);
    expect(textOf((await getPage(t.app, "/en/events/astana-2023")).html)).not.toContain(
      "Best practices in the field",
    );
    const trash = await getAs(t.app, c.admin, `/en/edit/sessions?status=deleted`);
    expect(trash.body).toContain(`/en/edit/sessions/${session.id}/restore`);
    expect((await postForm(t.app, c.admin, `/en/edit/sessions/${session.id}/restore`, {})).status).toBe(303);
    expect(textOf((await getPage(t.app, "/en/events/astana-2023")).html)).toContain(
      "Best practices in the field",
    );
  });
});

describe("the audit log", () => {
  it("records every write with who, before and after", async () => {
    const s = c["secretariat-2023"];
    const r = await postForm(t.app, s, "/en/edit/events/new", EVENT({ "title.en": "Audited event" }));
    const id = idFromLocation(r.location);
    await postForm(
      t.app,
      s,
      `/en/edit/events/${id}`,
      EVENT({ "title.en": "Audited event, renamed", slug: "audited-event" }),
    );
    await postForm(t.app, s, `/en/edit/events/${id}/delete`, {});
    await postForm(t.app, c.admin, `/en/edit/events/${id}/restore`, {});
    const log = await auditOf(t.database.db, "event", id);
    expect(log.map((e) => e.action)).toEqual(["create", "update", "delete", "restore"]);
    expect(log.every((e) => e.outcome === "success")).toBe(true);
    expect(log[0]?.actor_email).toBe("secretariat-2023@example.org");
    expect(log[0]?.before_json).toBeNull();
    expect(JSON.parse(log[0]?.after_json ?? "{}").translations.title.en).toBe("Audited event");
    expect(JSON.parse(log[1]?.before_json ?? "{}").translations.title.en).toBe("Audited event");
    expect(JSON.parse(log[1]?.after_json ?? "{}").translations.title.en).toBe("Audited event, renamed");
    expect(JSON.parse(log[2]?.after_json ?? "{}").row.deleted_at).not.toBeNull();
    expect(JSON.parse(log[3]?.after_json ?? "{}").row.deleted_at).toBeNull();
  });
});
