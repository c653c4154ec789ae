import type { Feature } from "../types.ts";
import { auditRoutes } from "./audit.routes.ts";
import { invitationRoutes } from "./invitations.routes.ts";
import { userRoutes } from "./users.routes.ts";

/** Administration: invitations (secretariat in office and admins), users and the audit log (admins). */
export const adminRoutes: Feature = async (app, { deps }) => {
  invitationRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
};
