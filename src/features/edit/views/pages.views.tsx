import type { ViewCtx } from "../../../http/context.ts";
import { listHref, Pagination } from "../../../views/components.tsx";
import { Layout } from "../../../views/Layout.tsx";
import type { ListRow } from "../engine/present.ts";
import type { ResourceDef } from "../engine/types.ts";
import { fieldLabel } from "./fields.views.tsx";

/** A resource on the dashboard: may she list it, and where to create one (null: only under a parent). */
export interface DashboardEntry {
  name: string;
  newHref: string | null;
}

/** The editing dashboard: the resources this user may edit. */
export function DashboardPage({ ctx, entries }: { ctx: ViewCtx; entries: DashboardEntry[] }) {
  const title = ctx.t("edit.dashboard.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="sub">{ctx.t("edit.dashboard.intro")}</p>
      <ul class="cards">
        {entries.map((e) => (
          <li key={e.name}>
            <h2>
              <a href={`/${ctx.locale}/edit/${e.name}`}>{ctx.t(`edit.resources.${e.name}.many`)}</a>
            </h2>
            {e.newHref ? (
              <a href={e.newHref}>
                {ctx.t("edit.form.add", { what: ctx.t(`edit.resources.${e.name}.one`) })}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** What an editing list page shows. */
export interface ListModel {
  def: ResourceDef;
  rows: ListRow[];
  total: number;
  page: number;
  pageSize: number;
  status: string | undefined;
  parent: { param: string; id: number; label: string; href: string } | null;
  newHref: string | null;
  admin: boolean;
  csrf: string;
}

function StatusFilter({ ctx, m }: { ctx: ViewCtx; m: ListModel }) {
  const base = `/${ctx.locale}/edit/${m.def.name}`;
  const options = [...(m.def.content ? ["draft", "published"] : []), ...(m.admin ? ["deleted"] : [])];
  if (options.length === 0) return null;
  return (
    <form class="filters" method="get" action={base}>
      {m.parent ? <input type="hidden" name={m.parent.param} value={String(m.parent.id)} /> : null}
      <div>
        <label for="f-status">{ctx.t("edit.list.status")}</label>
        <select id="f-status" name="status">
          <option value="">{ctx.t(m.admin ? "edit.list.everything" : "edit.list.notDeleted")}</option>
          {options.map((o) => (
            <option key={o} value={o} selected={m.status === o}>
              {ctx.t(`edit.status.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{ctx.t("common.filter")}</button>
    </form>
  );
}

/** An editing list: every row she may read (drafts too; deleted ones for admins, with Restore). */
export function ListPage({ ctx, m }: { ctx: ViewCtx; m: ListModel }) {
  const title = ctx.t(`edit.resources.${m.def.name}.many`);
  const base = `/${ctx.locale}/edit/${m.def.name}`;
  const columns = m.def.columns.map((c) => {
    const f = m.def.fields.find((x) => x.name === c);
    return f ? fieldLabel(ctx, f) : ctx.t(`edit.fields.${c}`);
  });
  return (
    <Layout ctx={ctx} title={title}>
      <p class="meta">
        <a href={`/${ctx.locale}/edit`}>{ctx.t("edit.dashboard.title")}</a>
        {m.parent ? (
          <>
            {" "}
            › <a href={m.parent.href}>{m.parent.label}</a>
          </>
        ) : null}
      </p>
      <h1>{title}</h1>
      {m.newHref ? (
        <p>
          <a href={m.newHref}>
            {ctx.t("edit.form.add", { what: ctx.t(`edit.resources.${m.def.name}.one`) })}
          </a>
        </p>
      ) : m.def.parent ? (
        <p class="meta">{ctx.t("edit.list.addFromParent")}</p>
      ) : null}
      <StatusFilter ctx={ctx} m={m} />
      <p class="meta">{ctx.t("common.count", { count: m.total })}</p>
      {m.rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t("edit.list.name")}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">{ctx.t("edit.list.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.deleted && !m.def.content ? r.label : <a href={`${base}/${r.id}`}>{r.label}</a>}
                </th>
                {r.cells.map((c, i) => (
                  <td key={String(i)}>{c}</td>
                ))}
                <td>
                  {r.deleted && m.admin ? (
                    <form method="post" action={`${base}/${r.id}/restore`}>
                      <input type="hidden" name="_csrf" value={m.csrf} />
                      <button type="submit">{ctx.t("edit.list.restore")}</button>
                    </form>
                  ) : r.deleted ? (
                    ctx.t("edit.status.deleted")
                  ) : (
                    <a href={`${base}/${r.id}`}>{ctx.t("edit.list.edit")}</a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination
        ctx={ctx}
        page={m.page}
        pageSize={m.pageSize}
        total={m.total}
        hrefFor={(page) =>
          listHref(base, { status: m.status, page, ...(m.parent ? { [m.parent.param]: m.parent.id } : {}) })
        }
      />
    </Layout>
  );
}

/** "Delete this?": the confirmation a delete asks for. */
export function DeleteConfirmPage({
  ctx,
  def,
  id,
  label,
  csrf,
}: {
  ctx: ViewCtx;
  def: ResourceDef;
  id: number;
  label: string;
  csrf: string;
}) {
  const what = ctx.t(`edit.resources.${def.name}.one`);
  const title = ctx.t("edit.delete.title", { what, label });
  const base = `/${ctx.locale}/edit/${def.name}/${id}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{ctx.t(def.content ? "edit.delete.explainSoft" : "edit.delete.explainHard")}</p>
      <form method="post" action={`${base}/delete`}>
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit">{ctx.t("edit.delete.confirm")}</button>{" "}
        <a href={base}>{ctx.t("edit.delete.cancel")}</a>
      </form>
    </Layout>
  );
}

/** A short page for a write refused because of the data as it is (e.g. restoring under a deleted parent). */
export function ConflictPage({ ctx }: { ctx: ViewCtx }) {
  const title = ctx.t("edit.errors.conflictTitle");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p role="alert">{ctx.t("edit.errors.conflict")}</p>
      <p>
        <a href={`/${ctx.locale}/edit`}>{ctx.t("edit.dashboard.title")}</a>
      </p>
    </Layout>
  );
}
