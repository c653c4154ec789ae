import type { FastifyPluginAsync } from "fastify";
import type { FeatureDeps } from "../app.ts";

/** A feature registers its page and API routes; it receives the shared dependencies. */
export type Feature = FastifyPluginAsync<{ deps: FeatureDeps }>;
