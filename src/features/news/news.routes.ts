import type { Feature } from "../types.ts";

/** Routes of the news feature. */
export const newsRoutes: Feature = async () => {};
