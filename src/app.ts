import compress from "@fastify/compress";
import swagger from "@fastify/swagger";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { authPlugin, cookieNames } from "./auth/auth.plugin.ts";
import type { CacheBus } from "./cache/bus.ts";
import { cacheFastPath, cachePlugin, serveFromCache } from "./cache/cache.plugin.ts";
import { CacheFastPath, fastPathAllowed } from "./cache/fast-path.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/connection.ts";
import { AppError, NotFoundError, ValidationError } from "./errors.ts";
import { features } from "./features/index.ts";
import { registerAssets } from "./http/assets.ts";
import { attachLocale, sendPage, viewCtx } from "./http/context.ts";
import { ONE_OFF_BROTLI } from "./http/encoding.ts";
import { registerLocaleChoice } from "./http/locale-choice.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import { isLocale } from "./i18n/locales.ts";
import { Messages } from "./i18n/messages.ts";
import { createMailer, type Mailer } from "./mail/mailer.ts";
import { ErrorPage } from "./views/ErrorPage.tsx";

/** What the app is built from; tests pass their own. */
export interface AppDeps {
  config: Config;
  database: Database;
  messages?: Messages;
  /** Defaults to the one the configuration asks for (SMTP or the outbox). */
  mailer?: Mailer;
  /** false in tests that want quiet output. */
  logger?: boolean;
}

/** One registered route. */
export interface RouteInfo {
  method: string;
  url: string;
}

declare module "fastify" {
  interface FastifyInstance {
    routeList: RouteInfo[];
  }
}

/** Everything a feature's routes may use. */
export interface FeatureDeps {
  config: Config;
  database: Database;
  messages: Messages;
  mailer: Mailer;
  /** Cache invalidation: publish inside a write's transaction, invalidate after its commit. */
  cacheBus: CacheBus;
}

/** Builds the Fastify application: plugins, one register() per feature, the error handler. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const messages = deps.messages ?? new Messages();
  const sessionCookie = cookieNames(deps.config).session;
  // A visitor's cached page answered by node:http before Fastify, when requests are not logged (fast-path.ts).
  const fastPath = fastPathAllowed(deps.config.LOG_LEVEL, deps.logger !== false)
    ? new CacheFastPath(sessionCookie)
    : undefined;
  const app = Fastify({
    ...(fastPath ? { serverFactory: fastPath.serverFactory } : {}),
    logger:
      deps.logger === false
        ? false
        : { level: deps.config.LOG_LEVEL, redact: ["req.headers.cookie", "req.headers.authorization"] },
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 1_048_576,
  });
  // Every registered route, for the OpenAPI and authorization-matrix tests.
  const routeList: RouteInfo[] = [];
  app.decorate("routeList", routeList);
  app.addHook("onRoute", (r) => {
    for (const method of [r.method].flat()) if (method !== "HEAD") routeList.push({ method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // A visitor's cached page is answered before anything else runs (see cacheFastPath).
  app.addHook("onRequest", cacheFastPath(sessionCookie));
  registerSecurityHeaders(app);
  // The render cache goes first: its onRoute takes the cached routes out of @fastify/compress.
  await app.register(cachePlugin, { database: deps.database, enabled: deps.config.RENDER_CACHE === "on" });
  if (fastPath) {
    app.addHook("onReady", async () => fastPath.attach(app.renderCache));
    // From here on Fastify answers 503 to new requests; the fast path must not answer them either.
    app.addHook("preClose", async () => fastPath.close());
  }
  await app.register(compress, {
    global: true,
    encodings: ["br", "gzip"],
    threshold: 1024,
    brotliOptions: { params: ONE_OFF_BROTLI },
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Dialogue of Women of Central Asian Countries — open data API",
        version: "1.0.0",
        description:
          "Every public list and record of the platform as JSON; lists also as CSV (`.csv` suffix or `?format=csv`).",
      },
    },
    transform: jsonSchemaTransform,
  });

  app.addHook("onRequest", async (req) => attachLocale(req, messages));
  await app.register(authPlugin, { config: deps.config, database: deps.database });
  app.addHook("onRequest", serveFromCache);
  app.addHook("preValidation", async (req) => {
    // A page under an unknown locale prefix does not exist.
    const locale = (req.params as Record<string, unknown> | undefined)?.locale;
    if (locale !== undefined && !isLocale(locale)) throw new NotFoundError();
    // NUL can never be stored or searched (PostgreSQL rejects it in text): drop it from every input.
    stripNul(req.params);
    stripNul(req.query);
  });

  app.setErrorHandler((err: FastifyError, req, reply) => handleError(err, req, reply));
  app.setNotFoundHandler((req, reply) => handleError(new NotFoundError(), req, reply));

  registerAssets(app);
  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_req, reply) => {
    const ok = await deps.database.ping();
    return reply.code(ok ? 200 : 503).send({ status: ok ? "ready" : "database unavailable" });
  });
  registerLocaleChoice(app, deps.config);
  app.get("/api/v1/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const mailer = deps.mailer ?? createMailer(deps.config, app.log);
  const featureDeps: FeatureDeps = {
    config: deps.config,
    database: deps.database,
    messages,
    mailer,
    cacheBus: app.cacheBus,
  };
  for (const feature of features) await app.register(feature, { deps: featureDeps });
  return app;
}

/** Answers any error as an HTML page or JSON (by path and Accept), translated, never with a stack trace. */
function handleError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(err);
  if (appError.status >= 500) req.log.error({ err }, "request failed");
  const t = req.t;
  const message = t(`errors.${appError.id}`);
  const fields =
    appError instanceof ValidationError
      ? appError.fields.map((f) => ({ path: f.path, message: t(`validation.${f.message}`) }))
      : undefined;
  const wantsJson = req.url.startsWith("/api/") || !(req.headers.accept ?? "*/*").match(/text\/html|\*\/\*/);
  if (appError.status === 401 && !wantsJson && req.method === "GET") {
    return reply.redirect(`/${req.locale}/sign-in?next=${encodeURIComponent(req.url)}`, 303);
  }
  if (wantsJson) {
    return reply.code(appError.status).send({ error: appError.id, message, ...(fields ? { fields } : {}) });
  }
  return sendPage(
    reply,
    ErrorPage({ ctx: viewCtx(req), status: appError.status, message, fields }),
    appError.status,
  );
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    return new ValidationError(
      err.validation.map((v) => ({
        path: [v.instancePath.replace(/^\//, "").replace(/\//g, ".")].filter(Boolean).join(".") || "request",
        message: String(v.keyword || "invalid"),
      })),
    );
  }
  const e = err as Partial<FastifyError>;
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
    const id =
      e.statusCode === 413
        ? "too_large"
        : e.statusCode === 415
          ? "unsupported_media"
          : e.statusCode === 429
            ? "rate_limited"
            : "bad_request";
    return new AppError(e.statusCode, id);
  }
  return new AppError(500, "internal");
}

/** Removes NUL characters from the string values of a parsed params/query object, in place. */
function stripNul(input: unknown): void {
  if (!input || typeof input !== "object") return;
  const record = input as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === "string" && v.includes("\u0000")) record[k] = v.replaceAll("\u0000", "");
    else if (Array.isArray(v))
      record[k] = v.map((x) => (typeof x === "string" ? x.replaceAll("\u0000", "") : x));
  }
}
