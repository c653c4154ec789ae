import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { formatDate } from "../../i18n/format.ts";
import { DataLinks, DateRange, listHref, PageHeader, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { EventCard } from "../events/events.service.ts";
import { EventMeta, RefLink, Txt } from "../events/parts.views.tsx";
import type { TimelineQuery } from "./chairmanships.schema.ts";
import type { ChairCard, TimelineEntry } from "./chairmanships.service.ts";

/** The chairmanships timeline, oldest first, with the launch of the Dialogue before the first chair. */
export function TimelinePage({
  ctx,
  page,
  entries,
  query,
}: {
  ctx: ViewCtx;
  page: Page<ChairCard>;
  entries: TimelineEntry[];
  query: TimelineQuery;
}) {
  const { t, locale } = ctx;
  const base = `/${locale}/chairmanships`;
  const pageSize = pageSizeParam(query.pageSize);
  return (
    <Layout ctx={ctx} title={t("chairmanships.list.title")} description={t("chairmanships.list.intro")}>
      <PageHeader title={t("chairmanships.list.title")} sub={t("chairmanships.list.intro")} />
      {entries.length === 0 ? (
        <p>{t("chairmanships.list.empty")}</p>
      ) : (
        <ol class="cards">
          {entries.map((e) =>
            e.type === "chairmanship" ? (
              <ChairEntry key={`c${e.chair.id}`} ctx={ctx} chair={e.chair} />
            ) : (
              <LooseEvent key={`e${e.event.id}`} ctx={ctx} event={e.event} />
            ),
          )}
        </ol>
      )}
      <Pagination
        ctx={ctx}
        {...page}
        hrefFor={(p) => listHref(base, { country: query.country, pageSize, page: p })}
      />
      <DataLinks ctx={ctx} api={listHref("/api/v1/chairmanships", { country: query.country, locale })} />
    </Layout>
  );
}

function ChairEntry({ ctx, chair }: { ctx: ViewCtx; chair: ChairCard }) {
  const { t, locale } = ctx;
  return (
    <li>
      <h2>
        <a href={`/${locale}/chairmanships/${chair.year}`}>
          {t("chairmanships.heading", { year: String(chair.year), country: chair.country.name })}
        </a>
      </h2>
      {chair.startsOn ? (
        <p class="meta">
          <Period ctx={ctx} chair={chair} />
        </p>
      ) : null}
      <ChairFacts ctx={ctx} chair={chair} />
      <EventLinks ctx={ctx} events={chair.events} />
    </li>
  );
}

function LooseEvent({ ctx, event }: { ctx: ViewCtx; event: EventCard }) {
  return (
    <li>
      <h2>
        {event.startsOn.slice(0, 4)}:{" "}
        <a href={`/${ctx.locale}/events/${event.slug}`}>
          <Txt ctx={ctx} value={event.title} />
        </a>
      </h2>
      <p class="meta">{ctx.t("chairmanships.list.outside")}</p>
      <EventMeta ctx={ctx} event={event} />
    </li>
  );
}

/** When a chairmanship ran; "from …" while its end is not recorded. */
export function Period({ ctx, chair }: { ctx: ViewCtx; chair: ChairCard }) {
  if (!chair.startsOn) return null;
  if (chair.endsOn) return <DateRange ctx={ctx} from={chair.startsOn} to={chair.endsOn} />;
  return (
    <time dateTime={chair.startsOn}>
      {ctx.t("chairmanships.from", { date: formatDate(ctx.locale, chair.startsOn) })}
    </time>
  );
}

/** Chair person, theme and priority topics of a chairmanship. */
export function ChairFacts({ ctx, chair }: { ctx: ViewCtx; chair: ChairCard }) {
  const { t } = ctx;
  return (
    <>
      {chair.chair ? (
        <p>
          {t("chairmanships.chair")}: <RefLink ctx={ctx} section="people" item={chair.chair} />
        </p>
      ) : null}
      {chair.theme ? (
        <p>
          {t("chairmanships.theme")}: <Txt ctx={ctx} value={chair.theme} />
        </p>
      ) : null}
      {chair.priorities.length > 0 ? (
        <ul class="chips" aria-label={t("chairmanships.priorities")}>
          {chair.priorities.map((p) => (
            <li key={p.slug}>
              <Txt ctx={ctx} value={p.name} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** A chairmanship's events as a list of links with dates. */
export function EventLinks({ ctx, events }: { ctx: ViewCtx; events: EventCard[] }) {
  if (events.length === 0) return <p class="meta">{ctx.t("chairmanships.noEvents")}</p>;
  return (
    <ul class="list" aria-label={ctx.t("chairmanships.events")}>
      {events.map((e) => (
        <li key={e.id}>
          <a href={`/${ctx.locale}/events/${e.slug}`}>
            <Txt ctx={ctx} value={e.title} />
          </a>{" "}
          <span class="meta">
            <DateRange ctx={ctx} from={e.startsOn} to={e.endsOn} approximate={e.approximate} />
          </span>
        </li>
      ))}
    </ul>
  );
}
