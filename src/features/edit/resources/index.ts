import type { ResourceDef } from "../engine/types.ts";
import { events, participations, sessions, statements } from "./events.ts";
import { indicators, observations } from "./indicators.ts";
import { chairmanships, planItems, plans, planUpdates } from "./plans.ts";
import { documents, news } from "./publications.ts";
import { organizations, people, positions, topics } from "./reference.ts";
import { blocks, projects } from "./showcase.ts";

/** Every editable resource, in the order the dashboard lists them. */
export const RESOURCES: readonly ResourceDef[] = [
  chairmanships,
  events,
  sessions,
  participations,
  statements,
  plans,
  planItems,
  planUpdates,
  blocks,
  projects,
  people,
  positions,
  organizations,
  topics,
  indicators,
  observations,
  news,
  documents,
];

const BY_NAME = new Map(RESOURCES.map((r) => [r.name, r]));

/** A resource by its URL name, or undefined. */
export function resourceByName(name: string): ResourceDef | undefined {
  return BY_NAME.get(name);
}
