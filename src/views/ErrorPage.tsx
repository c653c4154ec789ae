import type { ViewCtx } from "../http/context.ts";
import { Layout } from "./Layout.tsx";

/** The page shown for any error: a title, the message in the reader's language, and a way home. */
export function ErrorPage({
  ctx,
  status,
  message,
  fields,
}: {
  ctx: ViewCtx;
  status: number;
  message: string;
  fields?: { path: string; message: string }[];
}) {
  const title = ctx.t("errors.title", { status });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p role="alert">{message}</p>
      {fields && fields.length > 0 ? (
        <ul>
          {fields.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={`/${ctx.locale}/`}>{ctx.t("errors.home")}</a>
      </p>
    </Layout>
  );
}
