import type { ViewCtx } from "../../http/context.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";

/** The page the service worker shows for a page not visited before, when the network is gone. */
export function OfflinePage({ ctx }: { ctx: ViewCtx }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("offline.title")}>
      <PageHeader title={t("offline.title")} sub={t("offline.text")} />
      <p>
        <a href={`/${ctx.locale}/`}>{t("errors.home")}</a>
      </p>
    </Layout>
  );
}
