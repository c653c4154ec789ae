import type { Feature } from "../types.ts";

/** Routes of the organizations feature. */
export const organizationsRoutes: Feature = async () => {};
