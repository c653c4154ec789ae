import type { Feature } from "../types.ts";

/** Routes of the projects feature. */
export const projectsRoutes: Feature = async () => {};
