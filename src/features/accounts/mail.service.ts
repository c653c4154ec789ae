import type { FastifyBaseLogger } from "fastify";
import type { FeatureDeps } from "../../app.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";

/** The mails the platform sends; each has `mail.<kind>.subject` and `mail.<kind>.body` in every language. */
export type MailKind = "confirm" | "alreadyRegistered" | "reset" | "passwordChanged" | "invite";

type Values = Record<string, string>;

/** The language a mail is written in: the recipient's, else Russian (the platform's default). */
export function mailLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : "ru";
}

/** An absolute link for a mail, from a path. */
export function absolute(deps: Pick<FeatureDeps, "config">, path: string): string {
  return `${deps.config.baseUrl}${path}`;
}

/** Composes a mail in the recipient's language: greeting, body, signature. */
export function composeMail(
  deps: Pick<FeatureDeps, "messages">,
  kind: MailKind,
  locale: Locale,
  values: Values,
): { subject: string; text: string } {
  const t = deps.messages.for(locale);
  const text = [
    t("mail.greeting", { name: values.name ?? "" }),
    "",
    t(`mail.${kind}.body`, values),
    "",
    t("mail.signature"),
    "",
  ].join("\n");
  return { subject: t(`mail.${kind}.subject`, values), text };
}

/**
 * Sends a translated mail. A delivery failure is logged, never shown: the answer a visitor sees must
 * not depend on whether a mail went out.
 */
export async function sendMail(
  deps: Pick<FeatureDeps, "mailer" | "messages">,
  log: FastifyBaseLogger,
  m: { to: string; locale: string | null | undefined; kind: MailKind; values: Values },
): Promise<boolean> {
  const locale = mailLocale(m.locale);
  const { subject, text } = composeMail(deps, m.kind, locale, m.values);
  try {
    await deps.mailer.send({ to: m.to, subject, text, locale });
    return true;
  } catch (err) {
    log.error({ err, kind: m.kind }, "mail could not be sent");
    return false;
  }
}
