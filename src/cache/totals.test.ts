import { describe, expect, it } from "vitest";
import { ListTotals, totalKey } from "./totals.ts";

describe("list totals", () => {
  it("keys a total by list, locale and filters, leaving out paging, format and empty filters", () => {
    const a = totalKey("/api/v1/events#events", "en", {
      country: "KZ",
      page: 3,
      pageSize: 5,
      kind: undefined,
    });
    const b = totalKey("/api/v1/events#events", "en", { format: "json", country: "KZ", year: "" });
    expect(a).toBe(b);
    expect(totalKey("/api/v1/events#events", "en", { country: "KG" })).not.toBe(a);
    expect(totalKey("/api/v1/events#events", "ru", { country: "KZ" })).not.toBe(a);
  });

  it("keeps a total until a write to its list, and not a count that a write overtook", async () => {
    const totals = new ListTotals();
    let n = 0;
    const count = async () => ++n;
    expect(await totals.get("k", ["list:event"], count)).toBe(1);
    expect(await totals.get("k", ["list:event"], count)).toBe(1);
    totals.invalidate(["list:person"]);
    expect(await totals.get("k", ["list:event"], count)).toBe(1);
    totals.invalidate(["event:7", "list:event"]);
    expect(await totals.get("k", ["list:event"], count)).toBe(2);
    // A write commits while the count runs: the answer is given, but not kept.
    const slow = totals.get("s", ["list:event"], async () => {
      totals.invalidate(["list:event"]);
      return 40;
    });
    expect(await slow).toBe(40);
    expect(await totals.get("s", ["list:event"], async () => 41)).toBe(41);
  });

  it("keeps at most its limit of totals", async () => {
    const totals = new ListTotals(3);
    for (let i = 0; i < 10; i++) await totals.get(`k${i}`, ["list:event"], async () => i);
    expect(totals.size).toBe(3);
    expect(await totals.get("k0", ["list:event"], async () => -1)).toBe(-1);
    expect(await totals.get("k9", ["list:event"], async () => -1)).toBe(9);
  });
});
