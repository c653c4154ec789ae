import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { SMTPServer } from "smtp-server";
import { createTestDb, type TestApp, textOf } from "../../../test/app.ts";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { createMailer } from "../../mail/mailer.ts";

/** A mail as it arrived at the test SMTP server, decoded. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  language: string;
}

function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeQp(data.replace(/_/g, " ")),
  );
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const src = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < src.length; i++) {
    const hex = src.slice(i + 1, i + 3);
    if (src[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(src[i] ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Parses a single-part text mail (what the mailer sends): headers, then the body in its transfer encoding. */
export function parseMail(raw: string, to: string[] = []): ReceivedMail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const cte = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const text =
    cte === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : cte === "quoted-printable"
        ? decodeQp(body)
        : body;
  return {
    to: to.length ? to : [headers.get("to") ?? ""],
    subject: decodeWords(headers.get("subject") ?? ""),
    text: text.replace(/\r\n/g, "\n"),
    language: headers.get("content-language") ?? "",
  };
}

/** A real SMTP server on 127.0.0.1 (any free port), keeping every mail it receives. */
export async function startSmtp(): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push(
          parseMail(
            Buffer.concat(chunks).toString("utf8"),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The real app over a fresh database, sending its mail over SMTP to `smtpUrl` (or to the outbox without one). */
export async function createMailApp(smtpUrl?: string): Promise<TestApp> {
  const tdb = await createTestDb();
  const config = { ...tdb.config, ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}) };
  const mailer = createMailer(
    loadConfig({ LOG_LEVEL: "silent", DATA_DIR: tdb.config.dataDir, SMTP_URL: smtpUrl }),
  );
  const app = await buildApp({ config, database: tdb.database, logger: false, mailer });
  await app.ready();
  return {
    ...tdb,
    app,
    close: async () => {
      await app.close();
      await tdb.close();
    },
  };
}

/** A browser: keeps cookies, reads the CSRF token of the last form it saw, follows nothing on its own. */
export class Browser {
  readonly jar = new Map<string, string>();
  csrf = "";
  html = "";
  constructor(
    readonly app: FastifyInstance,
    readonly ip = "127.0.0.1",
  ) {}

  /** Takes over a signed-in client from test/auth.ts (its cookies and CSRF token). */
  adopt(client: { cookie: string; csrf: string }): this {
    for (const pair of client.cookie.split("; ")) {
      const i = pair.indexOf("=");
      if (i > 0) this.jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    this.csrf = client.csrf;
    return this;
  }

  /** The Cookie header it sends. */
  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(setCookie: string | string[] | undefined): void {
    for (const c of [setCookie ?? []].flat()) {
      const [pair = "", ...attrs] = c.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === "") this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  /** GETs a page as HTML. */
  async get(url: string) {
    const res = await this.app.inject({
      method: "GET",
      url,
      remoteAddress: this.ip,
      headers: { accept: "text/html", cookie: this.cookie },
    });
    this.keep(res.headers["set-cookie"]);
    this.html = res.body;
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    return {
      status: res.statusCode,
      html: res.body,
      text: textOf(res.body),
      location: String(res.headers.location ?? ""),
      headers: res.headers,
    };
  }

  /** POSTs a form (with the CSRF token unless `csrf: false`). */
  async post(url: string, fields: Record<string, string | string[]>, o: { csrf?: boolean } = {}) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x);
    if (o.csrf !== false) form.set("_csrf", this.csrf);
    const res = await this.app.inject({
      method: "POST",
      url,
      remoteAddress: this.ip,
      headers: {
        accept: "text/html",
        cookie: this.cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      payload: form.toString(),
    });
    this.keep(res.headers["set-cookie"]);
    this.html = res.body;
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    return {
      status: res.statusCode,
      html: res.body,
      text: textOf(res.body),
      location: String(res.headers.location ?? ""),
      headers: res.headers,
    };
  }

  /** The session cookie's value (the secret), or undefined. */
  get session(): string | undefined {
    return this.jar.get("sid");
  }

  /** Signs in with a password (fetching the form first for its CSRF token); returns the POST's answer. */
  async signIn(email: string, password: string, locale = "en") {
    await this.get(`/${locale}/sign-in`);
    return this.post(`/${locale}/sign-in`, { email, password });
  }
}

/** The first link to this site in a mail's text. */
export function linkIn(text: string, baseUrl: string): string {
  const m = new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(/\\S+)`).exec(text);
  if (!m?.[1]) throw new Error(`no link in mail:\n${text}`);
  return m[1];
}
