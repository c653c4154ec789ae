import type { Kysely } from "kysely";
import type { Localized } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { eventParticipations, heldPositions } from "./event-detail.repo.ts";
import { namer, organizationNamer, personNamer, type Ref } from "./names.service.ts";

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
 * The participants of an event with the titles each held there: first the positions their
 * participations name, then any other position of theirs whose dates cover the event's date
 * (so a person holding two posts at once, like Aida Balayeva in 2023, shows both).
 */
export async function eventParticipants(
  db: Kysely<DB>,
  event: { id: number; startsOn: string },
  locale: Locale,
): Promise<Participant[]> {
  const rows = await eventParticipations(db, event.id);
  const named = rows.flatMap((r) => (r.position_id ? [r.position_id] : []));
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const positions = await heldPositions(db, named, personIds, event.startsOn);
  const [personName, positionText, orgName] = await Promise.all([
    personNamer(db, personIds, locale),
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
    if (r.position_id !== null && !e.positions.includes(r.position_id)) e.positions.push(r.position_id);
  }
  return [...entries.values()].map(({ entry, positions: ids }) => {
    const concurrent = positions
      .filter((p) => p.person_id === entry.person.id && !ids.includes(p.id) && !named.includes(p.id))
      .map((p) => p.id);
    const titles = [...ids, ...concurrent].flatMap((pid) => titleOf(pid) ?? []);
    return { ...entry, titles };
  });
}
