import type { Kysely } from "kysely";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import type { CurrentUser } from "../../auth/current-user.ts";
import { nowIso } from "../../auth/tokens.ts";
import { loadTranslations, pickOr, saveTranslations } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { refreshPersonSortKeys } from "../people/sort-keys.repo.ts";
import { reindexEntity } from "../search/search.indexer.ts";
import { updateUser } from "./accounts.repo.ts";
import type { FieldErrors } from "./form.ts";
import * as repo from "./profile.repo.ts";

/** What the profile form holds (and keeps when it comes back with errors). */
export interface ProfileForm {
  nameEn: string;
  nameRu: string;
  country: string;
  topics: string[];
  bioEn: string;
  bioRu: string;
  isPublic: boolean;
}

/** The choices the form offers. */
export interface ProfileOptions {
  countries: { value: string; label: string }[];
  topics: { value: string; label: string }[];
}

/** Her profile page's model: the record it edits (null before the first save), its public address, choices. */
export interface ProfileView {
  personId: number | null;
  form: ProfileForm;
  publicPath: string | null;
  options: ProfileOptions;
}

const BIO_MAX = 2000;
const NAME_MAX = 200;

/** The choices of the profile form, in the reader's language. */
export async function profileOptions(db: Kysely<DB>, locale: Locale): Promise<ProfileOptions> {
  const [codes, topics] = await Promise.all([repo.countryCodes(db), repo.allTopics(db)]);
  const names = await loadTranslations(
    db,
    "topic",
    topics.map((t) => t.id),
  );
  return {
    countries: codes.map((c) => ({ value: c, label: countryName(locale, c) })),
    topics: topics.map((t) => ({
      value: t.slug,
      label: pickOr(names.get(t.id), "name", locale, t.slug).text,
    })),
  };
}

/** Loads her profile form (empty, private by default, before the first save). */
export async function loadProfile(db: Kysely<DB>, user: CurrentUser, locale: Locale): Promise<ProfileView> {
  const options = await profileOptions(db, locale);
  const person = user.personId === null ? undefined : await repo.findPersonById(db, user.personId);
  if (!person) {
    return {
      personId: null,
      form: { nameEn: "", nameRu: "", country: "", topics: [], bioEn: "", bioRu: "", isPublic: false },
      publicPath: null,
      options,
    };
  }
  const fields = (await loadTranslations(db, "person", [person.id])).get(person.id) ?? {};
  const visible = person.is_public === 1 && person.status === "published" && person.deleted_at === null;
  return {
    personId: person.id,
    form: {
      nameEn: fields.name?.en ?? "",
      nameRu: fields.name?.ru ?? "",
      country: person.country_code ?? "",
      topics: await repo.personTopicSlugs(db, person.id),
      bioEn: fields.bio?.en ?? "",
      bioRu: fields.bio?.ru ?? "",
      isPublic: person.is_public === 1,
    },
    publicPath: visible ? `/${locale}/people/${person.slug}` : null,
    options,
  };
}

/** Checks a submitted profile against the choices; returns the errors (empty when it can be saved). */
export function profileErrors(f: ProfileForm, options: ProfileOptions): FieldErrors {
  const errors: FieldErrors = {};
  if (!f.nameEn && !f.nameRu) errors.name_en = "accounts.profile.nameRequired";
  if ([...f.nameEn].length > NAME_MAX) errors.name_en = "accounts.form.tooLong";
  if ([...f.nameRu].length > NAME_MAX) errors.name_ru = "accounts.form.tooLong";
  if (f.country && !options.countries.some((c) => c.value === f.country))
    errors.country = "accounts.form.invalidChoice";
  if (f.topics.some((s) => !options.topics.some((t) => t.value === s)))
    errors.topics = "accounts.form.invalidChoice";
  if ([...f.bioEn].length > BIO_MAX) errors.bio_en = "accounts.form.tooLong";
  if ([...f.bioRu].length > BIO_MAX) errors.bio_ru = "accounts.form.tooLong";
  return errors;
}

function slugBase(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** A free slug for a new profile, from her Latin name when there is one. */
async function freeSlug(db: Kysely<DB>, name: string, userId: number): Promise<string> {
  const base = slugBase(name);
  for (const candidate of [base, `${base}-${userId}`, `member-${userId}`, `member-${userId}-${Date.now()}`]) {
    if (/^[a-z0-9][a-z0-9-]*$/.test(candidate) && !(await repo.slugTaken(db, candidate))) return candidate;
  }
  return `member-${userId}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Saves her profile: creates her person record on the first save (published, private unless she opted in)
 * and links it to her account. The change is audited with before and after. Returns the person id.
 */
export async function saveProfile(
  db: Kysely<DB>,
  actor: AuditActor,
  user: CurrentUser,
  before: ProfileView,
  f: ProfileForm,
): Promise<number> {
  const at = nowIso();
  const sortName = f.nameEn || f.nameRu;
  const countryCode = f.country || null;
  const topics = await repo.allTopics(db);
  const topicIds = topics.filter((t) => f.topics.includes(t.slug)).map((t) => t.id);
  const personId = await db.transaction().execute(async (trx) => {
    let id = before.personId;
    if (id === null) {
      id = await repo.insertPerson(trx, {
        slug: await freeSlug(trx, f.nameEn, user.id),
        countryCode,
        sortName,
        isPublic: f.isPublic,
        at,
      });
      await updateUser(trx, user.id, { person_id: id }, at);
    } else {
      await repo.updatePerson(trx, id, { countryCode, sortName, isPublic: f.isPublic, at });
    }
    await saveTranslations(trx, "person", id, {
      name: { en: f.nameEn, ru: f.nameRu },
      bio: { en: f.bioEn, ru: f.bioRu },
    });
    await repo.replacePersonTopics(trx, id, topicIds);
    await refreshPersonSortKeys(trx, [id]);
    await reindexEntity(trx, "person", id);
    return id;
  });
  await recordAudit(db, actor, {
    action: before.personId === null ? "profile_create" : "profile_update",
    entity: "person",
    entityId: personId,
    before: before.personId === null ? null : before.form,
    after: f,
  });
  return personId;
}
