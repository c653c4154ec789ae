import type { ViewCtx } from "../../../http/context.ts";
import { Layout } from "../../../views/Layout.tsx";
import type { RowLink } from "../engine/present.ts";
import type { Choice } from "../engine/targets.repo.ts";
import type { FieldError, RawValues, ResourceDef } from "../engine/types.ts";
import { errorText, Field, fieldLabel } from "./fields.views.tsx";

/** A list of children on a parent's edit page (e.g. an event's sessions), with an "add" link. */
export interface ChildSection {
  resource: string;
  rows: RowLink[];
  addHref: string | null;
}

/** Everything the edit (or new) form of a row shows. */
export interface FormModel {
  def: ResourceDef;
  id: number | null;
  /** The row's label (edit), for the heading. */
  label: string | null;
  action: string;
  csrf: string;
  raw: RawValues;
  errors: FieldError[];
  choices: Record<string, Choice[]>;
  parent: { label: string; href: string } | null;
  children: ChildSection[];
  /** She may read but not change the row (e.g. a focal point on a plan item she reports on). */
  readOnly: boolean;
  deleted: boolean;
  deleteHref: string | null;
  publicHref: string | null;
  saved: boolean;
  file: { href: string; mimeType: string; byteSize: number } | null;
  handover: { action: string; handedOverAt: string | null; allowed: boolean } | null;
}

/** The error summary at the top of a form: a count and a link to each field in error. */
export function ErrorSummary({ ctx, def, errors }: { ctx: ViewCtx; def: ResourceDef; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="errors" role="alert" tabIndex={-1}>
      <h2>{ctx.t("edit.form.problems", { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => {
          const f = def.fields.find((x) => x.name === e.field);
          return (
            <li key={e.field}>
              {f ? <a href={`#f-${e.field}`}>{fieldLabel(ctx, f)}</a> : null}
              {f ? ": " : ""}
              {errorText(ctx, e)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Children({ ctx, sections }: { ctx: ViewCtx; sections: ChildSection[] }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.resource} aria-labelledby={`c-${s.resource}`}>
          <h2 id={`c-${s.resource}`}>{ctx.t(`edit.resources.${s.resource}.many`)}</h2>
          {s.rows.length === 0 ? <p class="meta">{ctx.t("common.none")}</p> : null}
          {s.rows.length > 0 ? (
            <ul class="list">
              {s.rows.map((r) => (
                <li key={r.id}>
                  <a href={r.href}>{r.label}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {s.addHref ? (
            <p>
              <a href={s.addHref}>
                {ctx.t("edit.form.add", { what: ctx.t(`edit.resources.${s.resource}.one`) })}
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}

function Handover({ ctx, m }: { ctx: ViewCtx; m: FormModel }) {
  const h = m.handover;
  if (!h) return null;
  return (
    <section aria-labelledby="handover">
      <h2 id="handover">{ctx.t("edit.handover.title")}</h2>
      {h.handedOverAt ? (
        <p>{ctx.t("edit.handover.done", { at: h.handedOverAt.slice(0, 10) })}</p>
      ) : h.allowed ? (
        <form method="post" action={h.action}>
          <input type="hidden" name="_csrf" value={m.csrf} />
          <p>{ctx.t("edit.handover.explain")}</p>
          <button type="submit">{ctx.t("edit.handover.submit")}</button>
        </form>
      ) : (
        <p>{ctx.t("edit.handover.notYet")}</p>
      )}
    </section>
  );
}

/** The create/edit page of a row: every field labelled, errors next to them, children below. */
export function EditFormPage({ ctx, m }: { ctx: ViewCtx; m: FormModel }) {
  const what = ctx.t(`edit.resources.${m.def.name}.one`);
  const title =
    m.id === null
      ? ctx.t("edit.form.newTitle", { what })
      : ctx.t("edit.form.editTitle", { what, label: m.label ?? "" });
  const byField = new Map(m.errors.map((e) => [e.field, e]));
  return (
    <Layout ctx={ctx} title={title}>
      <p class="meta">
        <a href={`/${ctx.locale}/edit`}>{ctx.t("edit.dashboard.title")}</a> ›{" "}
        <a href={`/${ctx.locale}/edit/${m.def.name}`}>{ctx.t(`edit.resources.${m.def.name}.many`)}</a>
        {m.parent ? (
          <>
            {" "}
            › <a href={m.parent.href}>{m.parent.label}</a>
          </>
        ) : null}
      </p>
      <h1>{title}</h1>
      {m.saved ? <p role="status">{ctx.t("edit.form.saved")}</p> : null}
      {m.deleted ? <p role="status">{ctx.t("edit.form.isDeleted")}</p> : null}
      {m.publicHref ? (
        <p>
          <a href={m.publicHref}>{ctx.t("edit.form.viewPublic")}</a>
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} def={m.def} errors={m.errors} />
      {m.readOnly ? <p class="meta">{ctx.t("edit.form.readOnly")}</p> : null}
      <form
        method="post"
        action={m.action}
        enctype={m.def.multipart ? "multipart/form-data" : undefined}
        novalidate
      >
        <input type="hidden" name="_csrf" value={m.csrf} />
        <fieldset class="plain" disabled={m.readOnly}>
          {m.def.fields.map((f) => (
            <Field
              key={f.name}
              ctx={ctx}
              field={f}
              value={m.raw[f.name]}
              error={byField.get(f.name)}
              choices={m.choices[f.name] ?? []}
            />
          ))}
          {m.file ? (
            <p class="meta">
              {ctx.t("edit.form.currentFile", { type: m.file.mimeType, size: m.file.byteSize })}{" "}
              <a href={m.file.href}>{ctx.t("edit.form.download")}</a>
            </p>
          ) : null}
        </fieldset>
        {m.readOnly ? null : <button type="submit">{ctx.t("edit.form.save")}</button>}
      </form>
      {m.deleteHref ? (
        <p>
          <a href={m.deleteHref}>{ctx.t("edit.form.delete")}</a>
        </p>
      ) : null}
      <Handover ctx={ctx} m={m} />
      <Children ctx={ctx} sections={m.children} />
    </Layout>
  );
}
