import type { Feature } from "../types.ts";

/** Routes of the people feature. */
export const peopleRoutes: Feature = async () => {};
