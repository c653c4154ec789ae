import type { Feature } from "../types.ts";

/** Routes of the home feature. */
export const homeRoutes: Feature = async () => {};
