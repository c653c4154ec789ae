import type { Page } from "playwright-core";
import { submitAndWait } from "./harness.ts";

/**
 * The keyboard alone: helpers that move the focus with Tab and Shift+Tab, type, choose options with the
 * arrow keys and press buttons with Enter or Space. None of them clicks or sets a value directly.
 */

/** What has the focus: its tag, id, name, type, href, text, the action of its form, and its outline. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    const form = (el as HTMLInputElement | null)?.form;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      name: el?.getAttribute("name") ?? "",
      type: el?.getAttribute("type") ?? "",
      href: el?.getAttribute("href") ?? "",
      text: el?.textContent?.trim() ?? "",
      form: form?.getAttribute("action") ?? "",
      outlined: !!style && style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0,
    };
  });
export type Focused = Awaited<ReturnType<typeof focused>>;

/** Tabs (or Shift+Tabs, `back`) until an element matching `pick` has the focus (at most `max` presses). */
export async function tabTo(
  page: Page,
  pick: (f: Focused) => boolean,
  opts: { max?: number; back?: boolean } = {},
) {
  const key = opts.back ? "Shift+Tab" : "Tab";
  for (let i = 0; i < (opts.max ?? 150); i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (pick(f)) return f;
  }
  throw new Error(`never reached by ${key}`);
}

/** Tabs to the field named `name` and types `text` over what it held. */
export async function typeInto(page: Page, name: string, text: string, back = false): Promise<void> {
  await tabTo(page, (f) => f.name === name, { back });
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/** Tabs to the select named `name` and moves through its options with the arrow keys until `value`. */
export async function chooseByKeys(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, (f) => f.name === name);
  const current = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
  await page.keyboard.press("Home");
  for (let i = 0; i < 1000 && (await current()) !== value; i++) await page.keyboard.press("ArrowDown");
  if ((await current()) !== value) throw new Error(`no option ${value} in ${name}`);
}

/**
 * Tabs to the submit button of the form whose action starts with `action` and presses it (Enter, or
 * Space), waiting for the answer page.
 */
export async function pressSubmit(page: Page, action: string, key: "Enter" | " " = "Enter"): Promise<void> {
  await tabTo(page, (f) => f.tag === "button" && f.type === "submit" && f.form.startsWith(action));
  await submitAndWait(page, () => page.keyboard.press(key));
}

/** Tabs to the link to `href` and follows it with Enter. */
export async function followLink(page: Page, href: (h: string) => boolean): Promise<void> {
  await tabTo(page, (f) => f.tag === "a" && href(f.href));
  await submitAndWait(page, () => page.keyboard.press("Enter"));
}

/**
 * Tabs to the date field named `name` and types the date's digits. Chromium orders the field's parts by
 * its own UI language (month first in headless runs, day first in some), so the other order is tried
 * when the first does not give the date.
 */
export async function typeDate(page: Page, name: string, iso: string): Promise<void> {
  const [y = "", m = "", d = ""] = iso.split("-");
  await tabTo(page, (f) => f.name === name);
  const value = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  for (const digits of [`${m}${d}${y}`, `${d}${m}${y}`]) {
    await page.keyboard.type(digits);
    if ((await value()) === iso) return;
    // Back to the field's first part: Shift+Tab leaves it, Tab comes back.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not type ${iso} into ${name}`);
}
