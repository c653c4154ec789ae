import type { Localized } from "../../db/translations.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Ref } from "../reference/names.service.ts";
import type { EventView } from "./event-detail.service.ts";
import type { EventDetail } from "./events.schema.ts";
import { toEventItem } from "./events.service.ts";
import type { TitleHeld } from "./participants.service.ts";

/** A document an event or chairmanship page lists, as its API detail shows it. */
export function documentLink(
  d: { id: number; slug: string; kind: string; title: Localized },
  locale: Locale,
): { id: number; slug: string; kind: string; title: string; url: string } {
  return { id: d.id, slug: d.slug, kind: d.kind, title: d.title.text, url: `/${locale}/documents/${d.slug}` };
}

/** The event view as the JSON detail of `/api/v1/events/{slug}`: plain strings in the request locale. */
export function toEventDetail(v: EventView, locale: Locale): EventDetail {
  const link = (section: string, r: Ref) => ({
    id: r.id,
    slug: r.slug,
    name: r.name.text,
    url: `/${locale}/${section}/${r.slug}`,
  });
  const title = (h: TitleHeld) => ({
    title: h.title?.text ?? null,
    organization: h.organization ? link("organizations", h.organization) : null,
  });
  const all = [...v.sessions.flatMap((s) => s.participants), ...v.participants];
  return {
    ...toEventItem(v.event, locale),
    theme: v.event.theme?.text ?? null,
    summary: v.event.summary?.text ?? null,
    topics: v.topics.map((tp) => ({ slug: tp.slug, name: tp.name.text })),
    chairmanship: v.chairmanship
      ? {
          year: v.chairmanship.year,
          country: v.chairmanship.country,
          url: `/${locale}/chairmanships/${v.chairmanship.year}`,
        }
      : null,
    organizations: v.organizations.map((o) => ({ ...link("organizations", o), role: o.role })),
    countries: v.countries,
    sessions: v.sessions.map((s) => ({ id: s.id, kind: s.kind, title: s.title?.text ?? null })),
    participants: all.map((p) => ({
      sessionId: p.sessionId,
      role: p.role,
      person: link("people", p.person),
      titles: p.titles.map(title),
    })),
    statements: v.statements.map((s) => ({
      id: s.id,
      sessionId: s.sessionId,
      kind: s.kind,
      text: s.text.text,
      person: link("people", s.person),
      topics: s.topics,
    })),
    blocks: v.blocks.map((b) => ({
      slug: b.slug,
      title: b.title.text,
      projects: b.projects.map((p) => ({
        id: p.id,
        slug: p.slug,
        title: p.title.text,
        url: `/${locale}/projects/${p.slug}`,
        country: p.country?.code ?? null,
        presenters: p.presenters.map((pr) => link("people", pr)),
      })),
    })),
    documents: v.documents.map((d) => documentLink(d, locale)),
    outcomePlans: v.plans.map((p) => ({
      year: p.year,
      title: p.title?.text ?? "",
      itemCount: p.itemCount,
      url: `/${locale}/plans/${p.year}`,
    })),
  };
}
