import type { ViewCtx } from "../../http/context.ts";
import { DateText, PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "./form.ts";
import { Csrf, ErrorSummary, Input, Notice, Submit } from "./form.views.tsx";
import { QrCode } from "./qr.tsx";
import type { SecurityView } from "./security.service.ts";
import { type Message, MessageLine } from "./sign-in.views.tsx";
import { NewPasswordFields } from "./sign-up.views.tsx";

interface Props {
  ctx: ViewCtx;
  csrf: string;
  view: SecurityView;
  errors?: FieldErrors;
  message?: Message | null;
}

function Totp({ ctx, csrf, view, errors }: Props) {
  const { t, locale } = ctx;
  const base = `/${locale}/account/security`;
  if (view.totpEnabledAt) {
    return (
      <>
        <p>
          {t("accounts.security.totpOnSince")} <DateText ctx={ctx} iso={view.totpEnabledAt} />.{" "}
          {t("accounts.security.recoveryLeft", { count: view.recoveryLeft })}
        </p>
        {view.complete ? (
          <form method="post" action={`${base}/recovery-codes`}>
            <Csrf token={csrf} />
            <Submit label={t("accounts.security.regenerate")} />
          </form>
        ) : null}
        {view.canDisable && view.complete ? (
          <form method="post" action={`${base}/totp/disable`} novalidate>
            <Csrf token={csrf} />
            <Input
              ctx={ctx}
              name="disable_password"
              type="password"
              label={t("auth.fields.currentPassword")}
              errors={errors}
              autocomplete="current-password"
              required
            />
            <Submit label={t("accounts.security.disable")} />
          </form>
        ) : (
          <p class="meta">{t("accounts.security.mustKeep")}</p>
        )}
      </>
    );
  }
  if (view.enrolment) {
    return (
      <>
        <ol>
          <li>{t("accounts.security.step1")}</li>
          <li>{t("accounts.security.step2")}</li>
        </ol>
        <QrCode svg={view.enrolment.qr} label={t("accounts.security.qrLabel")} />
        <p>
          {t("accounts.security.manualKey")} <code id="totp-key">{view.enrolment.key}</code>
        </p>
        <form method="post" action={`${base}/totp/confirm`} novalidate>
          <Csrf token={csrf} />
          <Input
            ctx={ctx}
            name="code"
            label={t("auth.totp.code")}
            hint={t("accounts.security.codeHint")}
            errors={errors}
            autocomplete="one-time-code"
            inputMode="numeric"
            required
            maxLength={10}
          />
          <Submit label={t("accounts.security.confirm")} />
        </form>
        <form method="post" action={`${base}/totp/start`}>
          <Csrf token={csrf} />
          <Submit label={t("accounts.security.restart")} />
        </form>
      </>
    );
  }
  return (
    <form method="post" action={`${base}/totp/start`}>
      <Csrf token={csrf} />
      <p>{t("accounts.security.totpIntro")}</p>
      <Submit label={t("accounts.security.start")} />
    </form>
  );
}

/** Her security page: the second factor (enrolment, recovery codes) and her password. */
export function SecurityPage(p: Props) {
  const { ctx, view } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("accounts.security.title")}>
      <PageHeader title={t("accounts.security.title")} />
      {view.mustEnrol ? <Notice alert>{t("accounts.security.mustEnrol")}</Notice> : null}
      <MessageLine ctx={ctx} message={p.message} />
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <section aria-labelledby="totp-h">
        <h2 id="totp-h">{t("accounts.security.totpTitle")}</h2>
        <Totp {...p} />
      </section>
      {view.complete ? (
        <section aria-labelledby="pw-h">
          <h2 id="pw-h">{t("accounts.security.passwordTitle")}</h2>
          <form method="post" action={`/${locale}/account/password`} novalidate>
            <Csrf token={p.csrf} />
            <Input
              ctx={ctx}
              name="current"
              type="password"
              label={t("auth.fields.currentPassword")}
              errors={p.errors}
              autocomplete="current-password"
              required
            />
            <NewPasswordFields ctx={ctx} errors={p.errors} />
            <Submit label={t("accounts.security.changePassword")} />
          </form>
        </section>
      ) : null}
      <p>
        <a href={`/${locale}/account`}>{t("accounts.account.back")}</a>
      </p>
    </Layout>
  );
}

/** The recovery codes, shown once. */
export function RecoveryCodesPage({ ctx, codes }: { ctx: ViewCtx; codes: string[] }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("accounts.security.codesTitle")}>
      <PageHeader title={t("accounts.security.codesTitle")} />
      <Notice alert>{t("accounts.security.codesOnce")}</Notice>
      <ol class="codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <p>
        <a href={`/${locale}/account`}>{t("accounts.security.codesDone")}</a>
      </p>
    </Layout>
  );
}
