import { accountsRoutes } from "./accounts/accounts.routes.ts";
import { adminRoutes } from "./admin/admin.routes.ts";
import { chairmanshipsRoutes } from "./chairmanships/chairmanships.routes.ts";
import { editRoutes } from "./edit/edit.routes.ts";
import { eventsRoutes } from "./events/events.routes.ts";
import { homeRoutes } from "./home/home.routes.ts";
import { indicatorsRoutes } from "./indicators/indicators.routes.ts";
import { newsRoutes } from "./news/news.routes.ts";
import { offlineRoutes } from "./offline/offline.routes.ts";
import { organizationsRoutes } from "./organizations/organizations.routes.ts";
import { peopleRoutes } from "./people/people.routes.ts";
import { plansRoutes } from "./plans/plans.routes.ts";
import { projectsRoutes } from "./projects/projects.routes.ts";
import { referenceRoutes } from "./reference/reference.routes.ts";
import { searchRoutes } from "./search/search.routes.ts";
import type { Feature } from "./types.ts";
import { uploadsRoutes } from "./uploads/uploads.routes.ts";

/** Every feature, registered in this order by buildApp. */
export const features: Feature[] = [
  homeRoutes,
  chairmanshipsRoutes,
  eventsRoutes,
  peopleRoutes,
  organizationsRoutes,
  projectsRoutes,
  plansRoutes,
  indicatorsRoutes,
  newsRoutes,
  referenceRoutes,
  searchRoutes,
  accountsRoutes,
  adminRoutes,
  editRoutes,
  uploadsRoutes,
  offlineRoutes,
];
