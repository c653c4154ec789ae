import type { LocaleMap } from "../translations.ts";

/** A text of the demo data: English and Russian always, other locales where known (the demo content has Kazakh and Uzbek too). */
export type Text = LocaleMap & { en: string; ru: string };

/** The fixed creation/update time of every demo row, so two seeded databases are identical. */
export const SEED_TIME = "2025-01-01T00:00:00Z";

/** A topic slug of the demo data contract. */
export type TopicSlug =
  | "digitalization"
  | "women-peace-security"
  | "demographic-development"
  | "gender-equality"
  | "stem-education"
  | "entrepreneurship"
  | "rural-women"
  | "health"
  | "tourism"
  | "culture"
  | "ecology"
  | "trade"
  | "innovation-technology"
  | "family-society"
  | "employment";

/** A member country's ISO code. */
export type MemberCode = "KZ" | "KG" | "TJ" | "TM" | "UZ";
