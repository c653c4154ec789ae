import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getPage, type TestApp, textOf } from "../../../test/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("home page", () => {
  it("shows the current chairmanship, recent events, plan progress, projects and what the Dialogue is", async () => {
    const { status, html } = await getPage(t.app, "/en/");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(text).toContain("Tajikistan, 2025");
    expect(html).toContain('href="/en/chairmanships/2025"');
    expect(html).toContain('href="/en/events/dushanbe-conference-2025"');
    expect(html).toContain('href="/en/events/dushanbe-opening-2025"');
    expect(html.match(/href="\/en\/events\/[a-z0-9-]+"/g)).toHaveLength(5);
    expect(text).toContain("Action plan 2023: progress");
    expect(html).toContain('href="/en/plans/2023"');
    expect(html).toMatch(/<progress id="plan-progress" value="\d+" max="100">/);
    expect(text).toMatch(/Done: \d+/);
    expect(html.match(/href="\/en\/projects\/[a-z0-9-]+"/g)).toHaveLength(4);
    expect(text).toContain("launched in December 2020");
    expect(text).toContain("Central Asian Women Leaders’ Caucus");
    expect(text).toContain("Dialogue of Women of Central Asia and Russia");
  });

  it("serves /en without the slash too", async () => {
    expect((await getPage(t.app, "/en")).status).toBe(200);
  });

  it("speaks Russian on /ru", async () => {
    const { status, html } = await getPage(t.app, "/ru/");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toContain('<html lang="ru">');
    expect(text).toContain("Таджикистан, 2025");
    expect(text).toContain("Последние мероприятия");
    expect(text).toContain("План действий 2023");
    expect(text).toContain("в декабре 2020 года");
  });

  it("stays under 14 KB compressed, with its stylesheet", async () => {
    const { html } = await getPage(t.app, "/ru/");
    const css = readFileSync(new URL("../../client/style.css", import.meta.url));
    const size = gzipSync(html).length + gzipSync(css).length;
    expect(size).toBeLessThan(14 * 1024);
    // No inline script or style; every script is external and deferred, so none blocks the first render.
    expect(html).not.toMatch(/style=/);
    for (const tag of html.match(/<script[^>]*>/g) ?? [])
      expect(tag).toMatch(/\ssrc="\/assets\/[^"]+"[^>]*\sdefer|\sdefer[^>]*\ssrc="\/assets\//);
  });

  it("answers an unknown locale with 404", async () => {
    expect((await getPage(t.app, "/xx/")).status).toBe(404);
  });
});
