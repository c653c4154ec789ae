import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { openAndPrepare } from "./db/open.ts";

/** Starts the server: read config, open and migrate the database, listen, shut down cleanly on SIGTERM/SIGINT. */
export async function startServer(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const database = await openAndPrepare(config);
  const app = await buildApp({ config, database });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down: finishing requests in flight");
    const timer = setTimeout(() => {
      app.log.error("shutdown timed out");
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  await app.listen({ port: config.PORT, host: config.HOST });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
