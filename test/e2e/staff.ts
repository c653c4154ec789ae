import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import type { Database } from "../../src/db/connection.ts";
import { newTotpSecret } from "../../src/features/accounts/totp.ts";
import { buildUser, type GrantSpec } from "../auth.ts";
import { submitAndWait } from "./harness.ts";
import { pressSubmit, typeInto } from "./keys.ts";

/** A staff member with TOTP enrolled, written into the server's database. */
export interface StaffMember {
  email: string;
  password: string;
  /** A TOTP code valid now. */
  code: () => string;
}

/** A user with these grants and TOTP enrolled (what secretariat and admin grants need to count). */
export async function staffMember(
  database: Database,
  email: string,
  grants: GrantSpec[],
): Promise<StaffMember> {
  const user = await buildUser(database, { email, grants });
  const secret = newTotpSecret();
  await database.db
    .updateTable("users")
    .set({ totp_secret: secret, totp_enabled_at: new Date().toISOString() })
    .where("id", "=", user.id)
    .execute();
  const code = () => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
  return { email: user.email, password: user.password, code };
}

/** A secretariat member of the 2023 chairmanship with TOTP enrolled. */
export async function secretariatMember(database: Database, email: string): Promise<StaffMember> {
  return staffMember(database, email, [{ role: "member" }, { role: "secretariat", year: 2023 }]);
}

/**
 * Signs in through the browser with password, then the second factor, with the mouse or (`keyboard`) with
 * Tab, typing and Enter alone; answers the path it lands on after each.
 */
export async function signInWithTotp(
  page: Page,
  baseUrl: string,
  who: StaffMember,
  keyboard = false,
): Promise<{ afterPassword: string; afterCode: string }> {
  await page.goto(`${baseUrl}/en/sign-in`);
  if (keyboard) {
    await typeInto(page, "email", who.email);
    await typeInto(page, "password", who.password);
    await pressSubmit(page, "/en/sign-in");
  } else {
    await page.locator('input[name="email"]').fill(who.email);
    await page.locator('input[name="password"]').fill(who.password);
    await submitAndWait(page, () =>
      page.locator('form[action^="/en/sign-in"] button[type="submit"]').click(),
    );
  }
  const afterPassword = new URL(page.url()).pathname;
  if (keyboard) {
    await typeInto(page, "code", who.code());
    await pressSubmit(page, "/en/sign-in/totp");
  } else {
    await page.locator('input[name="code"]').fill(who.code());
    await submitAndWait(page, () =>
      page.locator('form[action^="/en/sign-in/totp"] button[type="submit"]').click(),
    );
  }
  return { afterPassword, afterCode: new URL(page.url()).pathname };
}
