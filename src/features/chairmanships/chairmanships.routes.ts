import type { Feature } from "../types.ts";

/** Routes of the chairmanships feature. */
export const chairmanshipsRoutes: Feature = async () => {};
