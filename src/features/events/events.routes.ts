import type { Feature } from "../types.ts";

/** Routes of the events feature. */
export const eventsRoutes: Feature = async () => {};
