import type { ViewCtx } from "../../../http/context.ts";
import { ENDONYMS, type Locale } from "../../../i18n/locales.ts";
import type { Choice } from "../engine/targets.repo.ts";
import type { FieldDef, FieldError, RawValue } from "../engine/types.ts";

/** Form inputs in this order: English and Russian first, then the other five. */
export const FORM_LOCALES: readonly Locale[] = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];
const CHECKBOX_LIMIT = 40;

/** The label of a field. */
export function fieldLabel(ctx: ViewCtx, f: FieldDef): string {
  return ctx.t(f.label ?? `edit.fields.${f.name}`);
}

/** The message of a field error in the reader's language. */
export function errorText(ctx: ViewCtx, e: FieldError): string {
  return ctx.t(`edit.errors.${e.key}`, e.values);
}

interface FieldProps {
  ctx: ViewCtx;
  field: FieldDef;
  value: RawValue | undefined;
  error: FieldError | undefined;
  choices: Choice[];
}

const str = (v: RawValue | undefined) => (typeof v === "string" ? v : "");
const list = (v: RawValue | undefined) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);

function Described({ ctx, field, error }: Pick<FieldProps, "ctx" | "field" | "error">) {
  return (
    <>
      {field.hint ? (
        <small class="hint" id={`h-${field.name}`}>
          {ctx.t(field.hint)}
        </small>
      ) : null}
      {error ? (
        <p class="error" id={`e-${field.name}`}>
          {errorText(ctx, error)}
        </p>
      ) : null}
    </>
  );
}

/** aria attributes tying an input to its hint and error. */
function aria(field: FieldDef, error: FieldError | undefined) {
  const ids = [field.hint ? `h-${field.name}` : "", error ? `e-${field.name}` : ""].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": error ? ("true" as const) : undefined };
}

function Translated({ ctx, field, value, error }: FieldProps) {
  if (field.kind !== "translated") return null;
  const map = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  return (
    <fieldset class="field translated" id={`f-${field.name}`} {...aria(field, error)}>
      <legend>
        {fieldLabel(ctx, field)}
        {field.required ? ` (${ctx.t("edit.form.required")})` : ""}
      </legend>
      <Described ctx={ctx} field={field} error={error} />
      {FORM_LOCALES.map((l) => {
        const id = `f-${field.name}-${l}`;
        const text = map[l] ?? "";
        const props = { id, name: `${field.name}.${l}`, lang: l, ...aria(field, error) };
        return (
          <div key={l}>
            <label for={id}>
              {ENDONYMS[l]} ({l})
              {text.trim() === "" ? (
                <small class="fb missing"> — {ctx.t("edit.form.missingTranslation")}</small>
              ) : null}
            </label>
            {field.long ? (
              <textarea {...props} rows={4} value={text} />
            ) : (
              <input type="text" {...props} value={text} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function Multi({ ctx, field, value, error, choices }: FieldProps) {
  const chosen = new Set(list(value));
  if (choices.length > CHECKBOX_LIMIT) {
    return (
      <div class="field">
        <label for={`f-${field.name}`}>{fieldLabel(ctx, field)}</label>
        <select id={`f-${field.name}`} name={field.name} multiple size={8} {...aria(field, error)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value} selected={chosen.has(c.value)}>
              {c.label}
            </option>
          ))}
        </select>
        <Described ctx={ctx} field={field} error={error} />
      </div>
    );
  }
  return (
    <fieldset class="field" id={`f-${field.name}`} {...aria(field, error)}>
      <legend>{fieldLabel(ctx, field)}</legend>
      <Described ctx={ctx} field={field} error={error} />
      {choices.length === 0 ? <p class="meta">{ctx.t("common.none")}</p> : null}
      {choices.map((c) => (
        <label key={c.value}>
          <input type="checkbox" name={field.name} value={c.value} checked={chosen.has(c.value)} /> {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function SelectInput({
  ctx,
  field,
  value,
  error,
  options,
}: Omit<FieldProps, "choices"> & { options: Choice[] }) {
  const v = str(value);
  const known = options.some((o) => o.value === v);
  return (
    <select id={`f-${field.name}`} name={field.name} required={field.required} {...aria(field, error)}>
      {!field.required || !known ? <option value="">{ctx.t("edit.form.choose")}</option> : null}
      {!known && v ? (
        <option value={v} selected>
          {v}
        </option>
      ) : null}
      {options.map((o) => (
        <option key={o.value} value={o.value} selected={o.value === v}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function Control(p: FieldProps) {
  const { ctx, field, value, error, choices } = p;
  const base = { id: `f-${field.name}`, name: field.name, ...aria(field, error) };
  switch (field.kind) {
    case "select":
      return (
        <SelectInput
          {...p}
          options={field.values.map((v) => ({ value: v, label: ctx.t(`edit.values.${field.labels}.${v}`) }))}
        />
      );
    case "status":
      return (
        <SelectInput
          {...p}
          field={{ ...field, required: true }}
          options={["draft", "published"].map((v) => ({ value: v, label: ctx.t(`edit.status.${v}`) }))}
        />
      );
    case "ref":
      return <SelectInput {...p} options={choices} />;
    case "date":
      return <input type="date" {...base} value={str(value)} required={field.required} />;
    case "integer":
    case "number":
      return (
        <input
          type="text"
          inputMode={field.kind === "integer" ? "numeric" : "decimal"}
          {...base}
          value={str(value)}
        />
      );
    case "file":
      return <input type="file" {...base} accept="application/pdf,image/png,image/jpeg,image/webp" />;
    case "links":
      return <textarea {...base} rows={4} value={str(value)} />;
    case "text":
      return field.long ? (
        <textarea {...base} rows={4} value={str(value)} />
      ) : (
        <input type={field.url ? "url" : "text"} {...base} value={str(value)} />
      );
    default:
      return <input type="text" {...base} value={str(value)} />;
  }
}

/** One labelled field of a form, with its hint and its error next to it. */
export function Field(p: FieldProps) {
  const { ctx, field, value, error } = p;
  if (field.kind === "translated") return <Translated {...p} />;
  if (field.kind === "multi") return <Multi {...p} />;
  if (field.kind === "boolean") {
    return (
      <div class="field">
        <label for={`f-${field.name}`}>
          <input
            type="checkbox"
            id={`f-${field.name}`}
            name={field.name}
            value="1"
            checked={str(value) === "1"}
            {...aria(field, error)}
          />{" "}
          {fieldLabel(ctx, field)}
        </label>
        <Described ctx={ctx} field={field} error={error} />
      </div>
    );
  }
  return (
    <div class="field">
      <label for={`f-${field.name}`}>
        {fieldLabel(ctx, field)}
        {field.required ? ` (${ctx.t("edit.form.required")})` : ""}
      </label>
      <Control {...p} />
      <Described ctx={ctx} field={field} error={error} />
    </div>
  );
}
