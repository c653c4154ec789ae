import type { Feature } from "../types.ts";

/** Routes of the plans feature. */
export const plansRoutes: Feature = async () => {};
