import type { ViewCtx } from "../../http/context.ts";
import { countryName } from "../../i18n/format.ts";
import { Country, DateRange, Text } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { HomeChair, HomeData, HomeEvent, HomePlan, HomeProject } from "./home.service.ts";

function Chair({ ctx, chair }: { ctx: ViewCtx; chair: HomeChair }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="h-chair">
      <h2 id="h-chair">{t("home.chair.title")}</h2>
      <p>
        <a href={chair.url}>
          {t("home.chair.heading", {
            country: countryName(ctx.locale, chair.country),
            year: String(chair.year),
          })}
        </a>
        {chair.startsOn ? (
          <span class="meta">
            {" · "}
            <DateRange ctx={ctx} from={chair.startsOn} to={chair.endsOn} />
          </span>
        ) : null}
        {chair.chair ? (
          <>
            {" · "}
            {t("home.chair.chair")}:{" "}
            <a href={chair.chair.url}>
              <Text ctx={ctx} value={chair.chair.name} />
            </a>
          </>
        ) : null}
      </p>
      {chair.theme ? (
        <p>
          {t("home.chair.theme")}: <Text ctx={ctx} value={chair.theme} />
        </p>
      ) : null}
      {chair.priorities.length > 0 ? (
        <>
          <h3>{t("home.chair.priorities")}</h3>
          <ul class="chips">
            {chair.priorities.map((p) => (
              <li key={p.text}>
                <Text ctx={ctx} value={p} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Events({ ctx, events }: { ctx: ViewCtx; events: HomeEvent[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="h-events">
      <h2 id="h-events">{t("home.events.title")}</h2>
      {events.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="list">
          {events.map((e) => (
            <li key={e.id}>
              <a href={e.url}>
                <Text ctx={ctx} value={e.title} />
              </a>
              <span class="meta">
                {" · "}
                <DateRange ctx={ctx} from={e.startsOn} to={e.endsOn} approximate={e.approximate} />
                {e.online ? ` · ${t("home.events.online")}` : null}
                {!e.online && e.city ? " · " : null}
                {!e.online && e.city ? <Text ctx={ctx} value={e.city} /> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/${ctx.locale}/events`}>{t("home.events.all")}</a>
      </p>
    </section>
  );
}

function Plan({ ctx, plan }: { ctx: ViewCtx; plan: HomePlan }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="h-plan">
      <h2 id="h-plan">{t("home.plan.title", { year: String(plan.year) })}</h2>
      <p>
        <label for="plan-progress">{t("home.plan.overall", { items: plan.items })}</label>{" "}
        <progress id="plan-progress" value={plan.progress} max={100}>
          {plan.progress} %
        </progress>{" "}
        {t("home.plan.percent", { progress: plan.progress })}
      </p>
      <ul class="chips">
        {plan.byState.map((s) => (
          <li key={s.state} class={`state-${s.state}`}>
            {t(`home.state.${s.state}`)}: {s.count}
          </li>
        ))}
      </ul>
      <p>
        <a href={plan.url}>
          {plan.title ? (
            <Text ctx={ctx} value={plan.title} />
          ) : (
            t("home.plan.open", { year: String(plan.year) })
          )}
        </a>
      </p>
    </section>
  );
}

function Projects({ ctx, projects }: { ctx: ViewCtx; projects: HomeProject[] }) {
  const { t } = ctx;
  if (projects.length === 0) return null;
  return (
    <section aria-labelledby="h-projects">
      <h2 id="h-projects">{t("home.projects.title")}</h2>
      <ul class="cards">
        {projects.map((p) => (
          <li key={p.id}>
            <a href={p.url}>
              <Text ctx={ctx} value={p.title} />
            </a>
            {p.country ? (
              <span class="meta">
                {" · "}
                <Country ctx={ctx} code={p.country} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/${ctx.locale}/projects`}>{t("home.projects.all")}</a>
      </p>
    </section>
  );
}

/** The home page: the current chairmanship, recent events, action-plan progress, projects, and what the Dialogue is. */
export function HomePage({ ctx, data }: { ctx: ViewCtx; data: HomeData }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("home.title")} description={t("home.about.text")}>
      <h1>{t("common.siteName")}</h1>
      <p class="sub">{t("home.tagline")}</p>
      {data.chair ? <Chair ctx={ctx} chair={data.chair} /> : null}
      <Events ctx={ctx} events={data.events} />
      {data.plan ? <Plan ctx={ctx} plan={data.plan} /> : null}
      <Projects ctx={ctx} projects={data.projects} />
      <section aria-labelledby="h-about">
        <h2 id="h-about">{t("home.about.title")}</h2>
        <p>{t("home.about.text")}</p>
        <p>{t("home.about.names")}</p>
      </section>
    </Layout>
  );
}
