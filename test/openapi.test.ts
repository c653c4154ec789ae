import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, type TestApp } from "./app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and validates", async () => {
    const { status, body } = await getJson<OpenApiDoc>(t.app, "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(body) as never)).resolves.toBeTruthy();
  });

  it("describes every API route the app registers, and no page route", async () => {
    const { body } = await getJson<OpenApiDoc>(t.app, "/api/v1/openapi.json");
    const documented = Object.keys(body.paths);
    for (const list of [
      "events",
      "people",
      "organizations",
      "projects",
      "plans",
      "indicators",
      "news",
      "documents",
      "chairmanships",
    ]) {
      expect(documented).toContain(`/api/v1/${list}`);
      expect(documented).toContain(`/api/v1/${list}.csv`);
    }
    expect(documented.some((p) => p.startsWith("/{locale}"))).toBe(false);
    const apiRoutes = t.app.routeList.filter(
      (r) => r.url.startsWith("/api/v1/") && r.url !== "/api/v1/openapi.json",
    );
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const r of apiRoutes) {
      const openApiPath = r.url.replace(/:(\w+)/g, "{$1}");
      expect(body.paths[openApiPath]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
  });
});
