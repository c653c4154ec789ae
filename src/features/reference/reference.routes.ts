import type { Feature } from "../types.ts";

/** Routes of the reference feature. */
export const referenceRoutes: Feature = async () => {};
