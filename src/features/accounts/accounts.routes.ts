import type { Feature } from "../types.ts";
import { accountRoutes } from "./account.routes.ts";
import { onboardingRoutes } from "./onboarding.routes.ts";
import { profileRoutes } from "./profile.routes.ts";
import { resetRoutes } from "./reset.routes.ts";
import { securityRoutes } from "./security.routes.ts";
import { signInRoutes } from "./sign-in.routes.ts";
import { signUpRoutes } from "./sign-up.routes.ts";

/**
 * Accounts: sign-up with e-mail confirmation, sign-in (throttled, with the TOTP step), sign-out, password
 * reset, her account, security (TOTP enrolment, recovery codes, password) and profile pages, the admin setup
 * link and invitation links. Nothing changes on GET; every POST carries a CSRF token.
 */
export const accountsRoutes: Feature = async (app, { deps }) => {
  signInRoutes(app, deps);
  signUpRoutes(app, deps);
  resetRoutes(app, deps);
  accountRoutes(app, deps);
  securityRoutes(app, deps);
  profileRoutes(app, deps);
  onboardingRoutes(app, deps);
};
