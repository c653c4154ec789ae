import type { ViewCtx } from "../../http/context.ts";
import { listHref, PageHeader, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { AuditItem, AuditQuery } from "./audit.schema.ts";

const formats = new Map<string, Intl.DateTimeFormat>();
/** A UTC time in the reader's locale format. */
function localTime(locale: string, iso: string): string {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
    formats.set(locale, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  // Shown as text: the page engine escapes it.
  return (
    <pre>
      <code>{JSON.stringify(value, null, 1)}</code>
    </pre>
  );
}

function FilterField({
  label,
  name,
  value,
  type = "text",
}: {
  label: string;
  name: string;
  value?: string;
  type?: string;
}) {
  return (
    <label>
      {label} <input name={name} type={type} value={value ?? ""} />
    </label>
  );
}

/** The audit log: filters, and who did what, when (UTC and local), with before and after. */
export function AuditLogPage({
  ctx,
  q,
  items,
  total,
}: {
  ctx: ViewCtx;
  q: AuditQuery;
  items: AuditItem[];
  total: number;
}) {
  const { t, locale } = ctx;
  const base = `/${locale}/admin/audit`;
  const filters = {
    actor: q.actor,
    action: q.action,
    entity: q.entity,
    outcome: q.outcome,
    from: q.from,
    to: q.to,
  };
  return (
    <Layout ctx={ctx} title={t("admin.audit.title")}>
      <PageHeader title={t("admin.audit.title")} sub={t("common.count", { count: total })} />
      <form class="filters" method="get" action={base}>
        <FilterField label={t("admin.audit.actor")} name="actor" type="email" value={q.actor} />
        <FilterField label={t("admin.audit.action")} name="action" value={q.action} />
        <FilterField label={t("admin.audit.entity")} name="entity" value={q.entity} />
        <label>
          {t("admin.audit.outcome")}{" "}
          <select name="outcome">
            <option value="">{t("common.all")}</option>
            {(["success", "failure", "denied"] as const).map((o) => (
              <option key={o} value={o} selected={q.outcome === o}>
                {t(`admin.audit.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <FilterField label={t("admin.audit.from")} name="from" type="date" value={q.from} />
        <FilterField label={t("admin.audit.to")} name="to" type="date" value={q.to} />
        <button type="submit">{t("common.filter")}</button>
      </form>
      <p class="data">
        <a href={listHref("/api/v1/admin/audit", filters)}>JSON</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("admin.audit.when")}</th>
            <th scope="col">{t("admin.audit.actor")}</th>
            <th scope="col">{t("admin.audit.what")}</th>
            <th scope="col">{t("admin.audit.before")}</th>
            <th scope="col">{t("admin.audit.after")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{e.at.replace("T", " ").replace(/\.\d+Z$/, " UTC")}</time>
                <br />
                <small class="meta">{localTime(locale, e.at)}</small>
              </td>
              <td>
                {e.actorEmail ?? t("admin.audit.nobody")}
                {e.ip ? <small class="meta"> ({e.ip})</small> : null}
              </td>
              <td>
                <code>{e.action}</code>{" "}
                {e.entity ? `${e.entity}${e.entityId !== null ? ` #${e.entityId}` : ""}` : ""}{" "}
                <span class={e.outcome === "success" ? "state-done" : "state-cancelled"}>
                  {t(`admin.audit.outcomes.${e.outcome}`)}
                </span>
              </td>
              <td>
                <Json value={e.before} />
              </td>
              <td>
                <Json value={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        ctx={ctx}
        page={q.page}
        pageSize={q.pageSize}
        total={total}
        hrefFor={(page) =>
          listHref(base, { ...filters, page, pageSize: q.pageSize === 20 ? undefined : q.pageSize })
        }
      />
    </Layout>
  );
}
