import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp } from "../../../test/app.ts";
import type { EventDetail, EventItem } from "./events.schema.ts";

type List = { items: EventItem[]; total: number };

describe("only public rows appear", () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await createTestApp();
    const db = p.database.db;
    await db
      .insertInto("events")
      .values({ slug: "draft-event", kind: "meeting", starts_on: "2023-07-01", status: "draft" })
      .execute();
    await db
      .insertInto("events")
      .values({
        slug: "deleted-event",
        kind: "meeting",
        starts_on: "2023-07-02",
        deleted_at: "2024-01-01T00:00:00Z",
      })
      .execute();
    await db.updateTable("people").set({ is_public: 0 }).where("slug", "=", "elvira-azimova").execute();
    await db.updateTable("people").set({ status: "draft" }).where("slug", "=", "miroslav-jenca").execute();
    await db
      .updateTable("showcase_blocks")
      .set({ status: "draft" })
      .where("slug", "=", "family-and-society")
      .execute();
    await db
      .updateTable("projects")
      .set({ deleted_at: "2024-01-01T00:00:00Z" })
      .where("slug", "=", "iman-pay")
      .execute();
    await db
      .updateTable("organizations")
      .set({ status: "draft" })
      .where("slug", "=", "technowomen")
      .execute();
  });
  afterAll(async () => p.close());

  it("hides draft and deleted events from the list, the API and their pages", async () => {
    const list = await getJson<List>(p.app, "/api/v1/events?year=2023");
    expect(list.body.items.map((e) => e.slug)).not.toContain("draft-event");
    expect(list.body.total).toBe(3);
    expect((await getPage(p.app, "/en/events/draft-event")).status).toBe(404);
    expect((await getJson(p.app, "/api/v1/events/deleted-event")).status).toBe(404);
  });

  it("hides non-public people, their statements, and draft or deleted blocks, projects and organizations", async () => {
    const { html } = await getPage(p.app, "/en/events/astana-2023");
    expect(html).not.toContain("elvira-azimova");
    expect(html).not.toContain("Elvira Azimova");
    expect(html).not.toContain("miroslav-jenca");
    expect(html).not.toContain("akyl-ayym");
    expect(html).not.toContain("iman-pay");
    expect(html).not.toContain("/en/organizations/technowomen");
    expect(html).toContain("/en/people/yerlan-koshanov");
    const api = await getJson<EventDetail>(p.app, "/api/v1/events/astana-2023");
    expect(api.body.blocks.map((b) => b.slug)).toEqual(["business-and-employment"]);
    expect(api.body.statements.some((s) => s.person.slug === "elvira-azimova")).toBe(false);
  });
});
