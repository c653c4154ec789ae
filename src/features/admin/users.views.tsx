import type { ViewCtx } from "../../http/context.ts";
import { DateText, listHref, PageHeader, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "../accounts/form.ts";
import { Csrf, ErrorSummary, Submit } from "../accounts/form.views.tsx";
import { type Message, MessageLine } from "../accounts/sign-in.views.tsx";
import type { GrantChoices, GrantInput } from "./grant-form.ts";
import { GrantFields } from "./grant-form.views.tsx";
import type { UserSummary } from "./users.service.ts";

const yesNo = (ctx: ViewCtx, v: boolean) => (v ? ctx.t("admin.yes") : ctx.t("admin.no"));

/** The list of users, filtered by role, paginated. */
export function UsersPage(p: {
  ctx: ViewCtx;
  items: UserSummary[];
  total: number;
  page: number;
  pageSize: number;
  role: string | undefined;
  roles: { value: string; label: string }[];
}) {
  const { ctx } = p;
  const { t, locale } = ctx;
  const base = `/${locale}/admin/users`;
  return (
    <Layout ctx={ctx} title={t("admin.users.title")}>
      <PageHeader title={t("admin.users.title")} sub={t("common.count", { count: p.total })} />
      <form class="filters" method="get" action={base}>
        <label>
          {t("admin.grant.role")}{" "}
          <select name="role">
            <option value="">{t("common.all")}</option>
            {p.roles.map((r) => (
              <option key={r.value} value={r.value} selected={r.value === p.role}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("common.filter")}</button>
      </form>
      <p>
        <a href={`/${locale}/admin/invitations`}>{t("admin.invitations.title")}</a> ·{" "}
        <a href={`/${locale}/admin/audit`}>{t("admin.audit.title")}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("auth.fields.email")}</th>
            <th scope="col">{t("auth.fields.name")}</th>
            <th scope="col">{t("accounts.account.roles")}</th>
            <th scope="col">{t("admin.users.confirmed")}</th>
            <th scope="col">{t("admin.users.disabled")}</th>
            <th scope="col">{t("admin.users.totp")}</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <a href={`${base}/${u.id}`}>{u.email}</a>
              </th>
              <td>{u.name}</td>
              <td>{u.grants.map((g) => g.label).join(", ")}</td>
              <td>{yesNo(ctx, u.confirmed)}</td>
              <td>{yesNo(ctx, u.disabled)}</td>
              <td>{yesNo(ctx, u.totp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        ctx={ctx}
        page={p.page}
        pageSize={p.pageSize}
        total={p.total}
        hrefFor={(page) =>
          listHref(base, { role: p.role, page, pageSize: p.pageSize === 20 ? undefined : p.pageSize })
        }
      />
    </Layout>
  );
}

/** One user: her state, disable/enable, her roles with revoke buttons, and a form to give a role. */
export function UserPage(p: {
  ctx: ViewCtx;
  csrf: string;
  user: UserSummary;
  self: boolean;
  choices: GrantChoices;
  form: GrantInput;
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx, user: u } = p;
  const { t, locale } = ctx;
  const base = `/${locale}/admin/users/${u.id}`;
  return (
    <Layout ctx={ctx} title={u.email}>
      <PageHeader title={u.email} sub={u.name} />
      <MessageLine ctx={ctx} message={p.message} />
      <dl>
        <dt>{t("admin.users.created")}</dt>
        <dd>
          <DateText ctx={ctx} iso={u.createdAt} />
        </dd>
        <dt>{t("admin.users.confirmed")}</dt>
        <dd>{yesNo(ctx, u.confirmed)}</dd>
        <dt>{t("admin.users.totp")}</dt>
        <dd>{yesNo(ctx, u.totp)}</dd>
        <dt>{t("admin.users.disabled")}</dt>
        <dd>{yesNo(ctx, u.disabled)}</dd>
      </dl>
      {p.self ? null : (
        <form method="post" action={`${base}/${u.disabled ? "enable" : "disable"}`}>
          <Csrf token={p.csrf} />
          <Submit label={u.disabled ? t("admin.users.enable") : t("admin.users.disable")} />
        </form>
      )}
      {u.totp && !p.self ? (
        <form method="post" action={`${base}/reset-totp`}>
          <Csrf token={p.csrf} />
          <Submit label={t("admin.users.resetTotp")} />
        </form>
      ) : null}
      <h2>{t("accounts.account.roles")}</h2>
      <ul class="list">
        {u.grants.map((g) => (
          <li key={g.id}>
            <form method="post" action={`${base}/grants/${g.id}/revoke`}>
              <Csrf token={p.csrf} />
              {g.label} <button type="submit">{t("admin.users.revoke")}</button>
            </form>
          </li>
        ))}
      </ul>
      <h2>{t("admin.users.grant")}</h2>
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`${base}/grants`} novalidate>
        <Csrf token={p.csrf} />
        <GrantFields ctx={ctx} choices={p.choices} value={p.form} errors={p.errors} />
        <Submit label={t("admin.users.grant")} />
      </form>
      <p>
        <a href={`/${locale}/admin/users`}>{t("admin.users.back")}</a>
      </p>
    </Layout>
  );
}
