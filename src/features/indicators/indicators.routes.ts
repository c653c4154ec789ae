import type { Feature } from "../types.ts";

/** Routes of the indicators feature. */
export const indicatorsRoutes: Feature = async () => {};
