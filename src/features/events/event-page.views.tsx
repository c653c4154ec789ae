import type { ViewCtx } from "../../http/context.ts";
import { PageHeader, Text } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { EventView } from "./event-detail.service.ts";
import { DocumentsSection, ShowcaseSection, StatementsSection } from "./event-sections.views.tsx";
import { PARTICIPATION_ROLES } from "./events.schema.ts";
import type { Participant, TitleHeld } from "./participants.service.ts";
import { EventMeta, label, RefLink, Txt } from "./parts.views.tsx";

/** The event page: facts, organizations, countries, agenda, statements, showcase, documents, outcome. */
export function EventPage({ ctx, view }: { ctx: ViewCtx; view: EventView }) {
  const { t, locale } = ctx;
  const e = view.event;
  return (
    <Layout ctx={ctx} title={e.title.text} description={e.theme?.text}>
      <PageHeader title={<Txt ctx={ctx} value={e.title} />}>
        <EventMeta ctx={ctx} event={e} />
      </PageHeader>
      {e.theme ? (
        <p>
          <strong>{t("events.page.theme")}:</strong> <Txt ctx={ctx} value={e.theme} />
        </p>
      ) : null}
      {view.chairmanship ? (
        <p>
          <a href={`/${locale}/chairmanships/${view.chairmanship.year}`}>
            {t("events.chairmanshipOf", {
              country: view.chairmanship.countryName,
              year: String(view.chairmanship.year),
            })}
          </a>
        </p>
      ) : null}
      <Text ctx={ctx} value={e.summary} as="p" />
      {view.topics.length > 0 ? (
        <ul class="chips" aria-label={t("events.page.topics")}>
          {view.topics.map((tp) => (
            <li key={tp.slug}>
              <Txt ctx={ctx} value={tp.name} />
            </li>
          ))}
        </ul>
      ) : null}
      {view.organizations.length > 0 ? (
        <section>
          <h2>{t("events.page.organizations")}</h2>
          <ul class="list">
            {groupRoles(view.organizations).map(({ org, roles }) => (
              <li key={org.id}>
                <RefLink ctx={ctx} section="organizations" item={org} /> —{" "}
                {roles.map((r) => label(ctx, "events.orgRole", r)).join(", ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.countries.length > 0 ? (
        <section>
          <h2>{t("events.page.countries")}</h2>
          <ul class="chips">
            {view.countries.map((c) => (
              <li key={c.code}>
                {c.name}
                {c.role !== "participant" ? ` (${label(ctx, "events.countryRole", c.role)})` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.sessions.length > 0 ? (
        <section>
          <h2>{t("events.page.agenda")}</h2>
          <ol>
            {view.sessions.map((s, i) => (
              <li key={s.id}>
                <h3>
                  {s.title ? <Txt ctx={ctx} value={s.title} /> : t("events.page.session", { n: i + 1 })}
                </h3>
                <RoleGroups ctx={ctx} people={s.participants} level={4} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {view.participants.length > 0 ? (
        <section>
          <h2>{t("events.page.participants")}</h2>
          <RoleGroups ctx={ctx} people={view.participants} level={3} />
        </section>
      ) : null}
      <StatementsSection ctx={ctx} statements={view.statements} />
      <ShowcaseSection ctx={ctx} blocks={view.blocks} />
      <DocumentsSection ctx={ctx} heading={t("events.page.documents")} documents={view.documents} />
      {view.plans.length > 0 ? (
        <section>
          <h2>{t("events.page.outcome")}</h2>
          {view.plans.map((p) => (
            <p key={p.year}>
              <a href={`/${locale}/plans/${p.year}`}>
                {t("events.page.planAdopted", { year: String(p.year), title: p.title?.text ?? "" })}
              </a>{" "}
              ({t("events.page.planItems", { count: p.itemCount })})
            </p>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}

/** Participants grouped by role (moderators first), each with the titles held at the event. */
function RoleGroups({ ctx, people, level }: { ctx: ViewCtx; people: Participant[]; level: 3 | 4 }) {
  const roles = [
    ...PARTICIPATION_ROLES.filter((r) => people.some((p) => p.role === r)),
    ...new Set(
      people.map((p) => p.role).filter((r) => !(PARTICIPATION_ROLES as readonly string[]).includes(r)),
    ),
  ];
  const H = level === 3 ? "h3" : "h4";
  return (
    <>
      {roles.map((role) => (
        <div key={role}>
          <H>{label(ctx, "events.roles", role)}</H>
          <ul class="list">
            {people
              .filter((p) => p.role === role)
              .map((p) => (
                <li key={p.person.id}>
                  <RefLink ctx={ctx} section="people" item={p.person} />
                  {p.titles.length > 0 ? " — " : null}
                  {p.titles.map((title, i) => (
                    <span key={`${p.person.id}-${i}`}>
                      {i > 0 ? "; " : null}
                      <Title ctx={ctx} held={title} />
                    </span>
                  ))}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/**
 * A title held at the event. When the title already names its organization, by full or short
 * name ("Speaker of the Majilis…"), the title itself links to the organization; otherwise the
 * organization's name follows it.
 */
function Title({ ctx, held }: { ctx: ViewCtx; held: TitleHeld }) {
  const org = held.organization;
  if (!held.title) return org ? <RefLink ctx={ctx} section="organizations" item={org} /> : null;
  if (!org) return <Txt ctx={ctx} value={held.title} />;
  const title = held.title.text.toLowerCase();
  const named = [org.name, org.shortName].some((n) => n && title.includes(n.text.toLowerCase()));
  if (named) {
    return (
      <a href={`/${ctx.locale}/organizations/${org.slug}`}>
        <Txt ctx={ctx} value={held.title} />
      </a>
    );
  }
  return (
    <>
      <Txt ctx={ctx} value={held.title} />, <RefLink ctx={ctx} section="organizations" item={org} />
    </>
  );
}

/** One entry per organization, with all its roles at the event, in first-appearance order. */
function groupRoles(orgs: EventView["organizations"]) {
  const byId = new Map<number, { org: EventView["organizations"][number]; roles: string[] }>();
  for (const o of orgs) {
    const entry = byId.get(o.id) ?? { org: o, roles: [] };
    entry.roles.push(o.role);
    byId.set(o.id, entry);
  }
  return [...byId.values()];
}
