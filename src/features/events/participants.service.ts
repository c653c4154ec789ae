import type { Kysely } from "kysely";
import type { Localized } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { positionsByIds } from "../people/people.repo.ts";
import { namer, organizationNamer, personNamer, type Ref } from "../reference/names.service.ts";
import { eventParticipations } from "./event-detail.repo.ts";

/** A title a person held at an event: the position's title and its organization. */
export interface TitleHeld {
  title: Localized | undefined;
  organization: (Ref & { shortName: Localized | undefined }) | null;
}

/** A person in a role at an event (one entry per person × session × role, with every title held). */
export interface Participant {
  sessionId: number | null;
  role: string;
  person: Ref;
  titles: TitleHeld[];
}

/**
 * The participants of an event with the titles each held there. A title is the position a
 * participation names; a person who spoke in two capacities has one participation per position,
 * and those of the same person, role and session merge into one entry listing every title
 * (Aida Balayeva at Astana 2023). Positions no participation names are never shown.
 */
export async function eventParticipants(
  db: Kysely<DB>,
  eventId: number,
  locale: Locale,
): Promise<Participant[]> {
  const rows = await eventParticipations(db, eventId);
  const positions = await positionsByIds(
    db,
    rows.flatMap((r) => (r.position_id === null ? [] : [r.position_id])),
  );
  const [personName, positionText, orgName] = await Promise.all([
    personNamer(
      db,
      rows.map((r) => r.person_id),
      locale,
    ),
    namer(
      db,
      "position",
      positions.map((p) => p.id),
      locale,
    ),
    organizationNamer(
      db,
      positions.flatMap((p) => (p.org_id ? [p.org_id] : [])),
      locale,
    ),
  ]);
  const byId = new Map(positions.map((p) => [p.id, p]));
  const titleOf = (positionId: number): TitleHeld | undefined => {
    const p = byId.get(positionId);
    if (!p) return undefined;
    const organization =
      p.org_id && p.org_slug
        ? {
            id: p.org_id,
            slug: p.org_slug,
            name: orgName(p.org_id, p.org_slug),
            shortName: orgName.short(p.org_id),
          }
        : null;
    const title = positionText(p.id, "title");
    return title || organization ? { title, organization } : undefined;
  };

  const entries = new Map<string, { entry: Participant; positions: number[] }>();
  for (const r of rows) {
    const key = `${r.session_id ?? ""}|${r.person_id}|${r.role}`;
    let e = entries.get(key);
    if (!e) {
      const person = { id: r.person_id, slug: r.person_slug, name: personName(r.person_id, r.sort_name) };
      e = { entry: { sessionId: r.session_id, role: r.role, person, titles: [] }, positions: [] };
      entries.set(key, e);
    }
    // A position of someone else (a data error) is not a title she held; the person page skips it too.
    const pos = r.position_id === null ? undefined : byId.get(r.position_id);
    if (pos && pos.person_id === r.person_id && !e.positions.includes(pos.id)) e.positions.push(pos.id);
  }
  return [...entries.values()].map(({ entry, positions: ids }) => ({
    ...entry,
    titles: ids.flatMap((id) => titleOf(id) ?? []),
  }));
}
