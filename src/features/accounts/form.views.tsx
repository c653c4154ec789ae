import type { ComponentChildren } from "preact";
import type { ViewCtx } from "../../http/context.ts";
import type { FieldErrors } from "./form.ts";

const fieldId = (name: string) => `f-${name}`;
const errorId = (name: string) => `f-${name}-error`;

/** The hidden CSRF field every state-changing form carries. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** The list of a form's problems at its top, announced to screen readers, each linking to its field. */
export function ErrorSummary({ ctx, errors }: { ctx: ViewCtx; errors: FieldErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div role="alert" class="errors">
      <h2>{ctx.t("accounts.form.problems", { count: entries.length })}</h2>
      <ul>
        {entries.map(([name, key]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>{ctx.t(key)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message at the top of a page (a notice after a redirect, or a refusal), announced politely. */
export function Notice({ children, alert }: { children: ComponentChildren; alert?: boolean }) {
  return alert ? (
    <p role="alert" class="state-cancelled">
      {children}
    </p>
  ) : (
    <p role="status" class="state-done">
      {children}
    </p>
  );
}

interface FieldProps {
  ctx: ViewCtx;
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
}

function described(name: string, errors: FieldErrors | undefined, hint: string | undefined) {
  const ids = [hint ? `${fieldId(name)}-hint` : "", errors?.[name] ? errorId(name) : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldShell({
  ctx,
  name,
  label,
  errors,
  hint,
  children,
}: FieldProps & { children: ComponentChildren }) {
  const error = errors?.[name];
  return (
    <p class="field">
      <label for={fieldId(name)}>{label}</label>
      {hint ? (
        <small id={`${fieldId(name)}-hint`} class="meta">
          {hint}
        </small>
      ) : null}
      {children}
      {error ? (
        <strong id={errorId(name)} class="state-cancelled">
          {ctx.t(error)}
        </strong>
      ) : null}
    </p>
  );
}

/** A labelled input with its hint and error wired to it (aria-describedby, aria-invalid). */
export function Input(
  props: FieldProps & {
    type?: "text" | "email" | "password";
    value?: string;
    autocomplete?: string;
    maxLength?: number;
    inputMode?: "numeric" | "text";
  },
) {
  const { name, errors, hint, type = "text" } = props;
  return (
    <FieldShell {...props}>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        value={type === "password" ? undefined : props.value}
        required={props.required}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={described(name, errors, hint)}
      />
    </FieldShell>
  );
}

/** A labelled multi-line text field. */
export function TextArea(props: FieldProps & { value?: string; maxLength?: number; lang?: string }) {
  const { name, errors, hint } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={5}
        cols={60}
        lang={props.lang}
        maxLength={props.maxLength}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={described(name, errors, hint)}
      >
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

/** A labelled select. */
export function Select(props: FieldProps & { value?: string; options: { value: string; label: string }[] }) {
  const { name, errors, hint } = props;
  return (
    <FieldShell {...props}>
      <select
        id={fieldId(name)}
        name={name}
        required={props.required}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={described(name, errors, hint)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A checkbox with its label after it. */
export function Checkbox({
  name,
  label,
  checked,
  value = "1",
}: {
  name: string;
  label: string;
  checked: boolean;
  value?: string;
}) {
  const id = `${fieldId(name)}-${value}`;
  return (
    <p class="field">
      <input id={id} type="checkbox" name={name} value={value} checked={checked} />{" "}
      <label for={id}>{label}</label>
    </p>
  );
}

/** A form's submit button. */
export function Submit({ label }: { label: string }) {
  return (
    <p>
      <button type="submit">{label}</button>
    </p>
  );
}
