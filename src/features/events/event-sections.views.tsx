import type { Localized } from "../../db/translations.ts";
import type { ViewCtx } from "../../http/context.ts";
import { Text } from "../../views/components.tsx";
import type { EventView, Statement } from "./event-detail.service.ts";
import { label, RefLink, Txt } from "./parts.views.tsx";

/** What was said at the event, grouped by speaker (in order of first word), each as a quotation. */
export function StatementsSection({ ctx, statements }: { ctx: ViewCtx; statements: Statement[] }) {
  if (statements.length === 0) return null;
  const groups = new Map<number, Statement[]>();
  for (const s of statements) groups.set(s.person.id, [...(groups.get(s.person.id) ?? []), s]);
  return (
    <section>
      <h2>{ctx.t("events.page.statements")}</h2>
      {[...groups.values()].map((said) => {
        const person = said[0]!.person;
        return (
          <div key={person.id}>
            <h3>
              <RefLink ctx={ctx} section="people" item={person} />
            </h3>
            {said.map((s) => (
              <figure key={s.id}>
                <blockquote>
                  <Text ctx={ctx} value={s.text} as="p" />
                </blockquote>
                <figcaption class="meta">
                  <Txt ctx={ctx} value={person.name} /> · {label(ctx, "events.statementKind", s.kind)}
                </figcaption>
              </figure>
            ))}
          </div>
        );
      })}
    </section>
  );
}

/** The showcase blocks of the event and the projects presented in each. */
export function ShowcaseSection({ ctx, blocks }: { ctx: ViewCtx; blocks: EventView["blocks"] }) {
  if (blocks.length === 0) return null;
  return (
    <section>
      <h2>{ctx.t("events.page.showcase")}</h2>
      {blocks.map((b) => (
        <div key={b.slug}>
          <h3>
            <Txt ctx={ctx} value={b.title} />
          </h3>
          <ul class="list">
            {b.projects.map((p) => (
              <li key={p.id}>
                <RefLink ctx={ctx} section="projects" item={{ id: p.id, slug: p.slug, name: p.title }} />
                {p.country ? <span class="meta"> · {p.country.name}</span> : null}
                {p.presenters.length > 0 ? (
                  <span class="meta">
                    {" "}
                    — {ctx.t("events.page.presentedBy")}{" "}
                    {p.presenters.map((pr, i) => (
                      <span key={pr.id}>
                        {i > 0 ? ", " : null}
                        <RefLink ctx={ctx} section="people" item={pr} />
                      </span>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** A page's documents (an event's, a chairmanship's) as a titled list of links to their pages. */
export function DocumentsSection({
  ctx,
  heading,
  documents,
}: {
  ctx: ViewCtx;
  heading: string;
  documents: { id: number; slug: string; title: Localized }[];
}) {
  if (documents.length === 0) return null;
  return (
    <section>
      <h2>{heading}</h2>
      <ul class="list">
        {documents.map((d) => (
          <li key={d.id}>
            <RefLink ctx={ctx} section="documents" item={{ id: d.id, slug: d.slug, name: d.title }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
