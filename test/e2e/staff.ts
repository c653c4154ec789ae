import type { Page } from "playwright-core";
import { Secret, TOTP } from "otpauth";
import type { Database } from "../../src/db/connection.ts";
import { newTotpSecret } from "../../src/features/accounts/totp.ts";
import { buildUser } from "../auth.ts";
import { submitAndWait } from "./harness.ts";

/** A secretariat member of the 2023 chairmanship with TOTP enrolled, written into the server's database. */
export interface StaffMember {
  email: string;
  password: string;
  /** A TOTP code valid now. */
  code: () => string;
}

export async function secretariatMember(database: Database, email: string): Promise<StaffMember> {
  const user = await buildUser(database, {
    email,
    grants: [{ role: "member" }, { role: "secretariat", year: 2023 }],
  });
  const secret = newTotpSecret();
  await database.db
    .updateTable("users")
    .set({ totp_secret: secret, totp_enabled_at: new Date().toISOString() })
    .where("id", "=", user.id)
    .execute();
  const code = () => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
  return { email: user.email, password: user.password, code };
}

/** Signs in through the browser with password, then the second factor; answers the path it lands on after each. */
export async function signInWithTotp(
  page: Page,
  baseUrl: string,
  who: StaffMember,
): Promise<{ afterPassword: string; afterCode: string }> {
  await page.goto(`${baseUrl}/en/sign-in`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await submitAndWait(page, () => page.locator('form[action^="/en/sign-in"] button[type="submit"]').click());
  const afterPassword = new URL(page.url()).pathname;
  await page.locator('input[name="code"]').fill(who.code());
  await submitAndWait(page, () =>
    page.locator('form[action^="/en/sign-in/totp"] button[type="submit"]').click(),
  );
  return { afterPassword, afterCode: new URL(page.url()).pathname };
}
