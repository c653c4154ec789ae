import fs from "node:fs/promises";
import path from "node:path";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { Config } from "../config.ts";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The language of the mail (the recipient's), set as Content-Language. */
  locale: string;
}

/** Sends mail: over SMTP when SMTP_URL is set, else as .eml files in $DATA_DIR/outbox (the embedded default). */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Where mails go: "smtp" or the outbox folder. */
  readonly target: string;
}

/** Builds the mailer the configuration asks for. */
export function createMailer(config: Config, log?: FastifyBaseLogger): Mailer {
  const message = (m: Mail) => ({
    from: config.MAIL_FROM,
    to: m.to,
    subject: m.subject,
    text: m.text,
    headers: { "Content-Language": m.locale },
  });
  if (config.SMTP_URL) {
    const transport = nodemailer.createTransport(config.SMTP_URL);
    return {
      target: "smtp",
      send: async (m) => {
        await transport.sendMail(message(m));
        log?.info({ to: m.to, subject: m.subject }, "mail sent over SMTP");
      },
    };
  }
  const outbox = path.join(config.dataDir, "outbox");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    target: outbox,
    send: async (m) => {
      const info = await transport.sendMail(message(m));
      await fs.mkdir(outbox, { recursive: true });
      const file = path.join(
        outbox,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`,
      );
      await fs.writeFile(file, info.message as Buffer);
      log?.info({ to: m.to, subject: m.subject, file }, "mail written to the outbox");
    },
  };
}
