import type { ViewCtx } from "../../http/context.ts";
import { DateText, PageHeader, Text } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import { DocumentsSection } from "../events/event-sections.views.tsx";
import { RefLink } from "../events/parts.views.tsx";
import type { ChairView } from "./chairmanships.service.ts";
import { ChairFacts, EventLinks, Period } from "./chairmanships.views.tsx";

/** One chairmanship: chair, theme, priorities, events, handover notes, action plan, news, documents. */
export function ChairmanshipPage({ ctx, view }: { ctx: ViewCtx; view: ChairView }) {
  const { t, locale } = ctx;
  const year = String(view.year);
  const title = t("chairmanships.title", { country: view.country.name, year });
  return (
    <Layout ctx={ctx} title={title} description={view.theme?.text}>
      <PageHeader title={title} sub={view.startsOn ? <Period ctx={ctx} chair={view} /> : undefined} />
      <ChairFacts ctx={ctx} chair={view} />
      <section>
        <h2>{t("chairmanships.events")}</h2>
        <EventLinks ctx={ctx} events={view.events} />
      </section>
      <section>
        <h2>{t("chairmanships.plan")}</h2>
        {view.plan ? (
          <p>
            <a href={`/${locale}/plans/${year}`}>
              {t("chairmanships.planLink", { year, title: view.plan.title?.text ?? "" })}
            </a>{" "}
            <span class="meta">({t("chairmanships.planItems", { count: view.plan.itemCount })})</span>
          </p>
        ) : (
          <p class="meta">{t("chairmanships.noPlan")}</p>
        )}
      </section>
      {view.handoverNotes ? (
        <section>
          <h2>{t("chairmanships.handover")}</h2>
          <Text ctx={ctx} value={view.handoverNotes} as="p" />
        </section>
      ) : null}
      {view.news.length > 0 ? (
        <section>
          <h2>{t("chairmanships.news")}</h2>
          <ul class="list">
            {view.news.map((n) => (
              <li key={n.id}>
                <RefLink ctx={ctx} section="news" item={{ id: n.id, slug: n.slug, name: n.title }} />{" "}
                <span class="meta">
                  <DateText ctx={ctx} iso={n.publishedOn} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <DocumentsSection ctx={ctx} heading={t("chairmanships.documents")} documents={view.documents} />
      {view.previousYear !== null || view.nextYear !== null ? (
        <nav class="pager" aria-label={t("chairmanships.around")}>
          {view.previousYear !== null ? (
            <a rel="prev" href={`/${locale}/chairmanships/${view.previousYear}`}>
              {t("chairmanships.previous", { year: String(view.previousYear) })}
            </a>
          ) : null}
          {view.nextYear !== null ? (
            <a rel="next" href={`/${locale}/chairmanships/${view.nextYear}`}>
              {t("chairmanships.next", { year: String(view.nextYear) })}
            </a>
          ) : null}
        </nav>
      ) : null}
    </Layout>
  );
}
