import type { ViewCtx } from "../../http/context.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import { Csrf, Submit } from "./form.views.tsx";

/** An invitation for someone who already has an account: one button to accept the role. */
export function AcceptPage({
  ctx,
  csrf,
  action,
  role,
}: {
  ctx: ViewCtx;
  csrf: string;
  action: string;
  role: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("accounts.invitation.title")}>
      <PageHeader title={t("accounts.invitation.title")} sub={t("accounts.invitation.intro", { role })} />
      <form method="post" action={action}>
        <Csrf token={csrf} />
        <Submit label={t("accounts.invitation.accept")} />
      </form>
    </Layout>
  );
}
