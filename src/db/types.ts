import type { Generated, Insertable, Selectable } from "kysely";

/** Columns every content table carries: draft/published, soft delete, timestamps. */
interface ContentMeta {
  status: Generated<"draft" | "published">;
  deleted_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface TranslationsTable {
  entity: string;
  entity_id: number;
  field: string;
  locale: string;
  value: string;
}
export interface CountriesTable {
  id: Generated<number>;
  code: string;
  is_member: Generated<number>;
  sort_order: Generated<number>;
}
export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  sort_order: Generated<number>;
}
export interface OrganizationsTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  kind: string;
  country_code: string | null;
  parent_id: number | null;
  website: string | null;
}
export interface PeopleTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  country_code: string | null;
  sort_name: string;
  is_public: Generated<number>;
}
/** A person's name as a sort key in each locale's alphabet (src/features/people/sort-keys.ts). */
export interface PersonSortKeysTable {
  person_id: number;
  locale: string;
  sort_key: string;
}
export interface PositionsTable {
  id: Generated<number>;
  person_id: number;
  organization_id: number | null;
  starts_on: string | null;
  ends_on: string | null;
  sort_order: Generated<number>;
}
export interface ChairmanshipsTable extends ContentMeta {
  id: Generated<number>;
  year: number;
  handed_over_at: string | null;
  country_code: string;
  chair_person_id: number | null;
  starts_on: string | null;
  ends_on: string | null;
}
export interface ChairmanshipTopicsTable {
  chairmanship_id: number;
  topic_id: number;
  sort_order: Generated<number>;
}
export interface EventsTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  date_approximate: Generated<number>;
  is_online: Generated<number>;
  country_code: string | null;
  chairmanship_id: number | null;
}
export interface EventOrganizationsTable {
  event_id: number;
  organization_id: number;
  role: string;
  sort_order: Generated<number>;
}
export interface EventCountriesTable {
  event_id: number;
  country_code: string;
  role: Generated<string>;
}
export interface SessionsTable {
  id: Generated<number>;
  event_id: number;
  kind: Generated<string>;
  starts_at: string | null;
  sort_order: Generated<number>;
}
export interface ParticipationsTable {
  id: Generated<number>;
  event_id: number;
  session_id: number | null;
  person_id: number;
  role: string;
  position_id: number | null;
  sort_order: Generated<number>;
}
export interface StatementsTable extends ContentMeta {
  id: Generated<number>;
  event_id: number;
  session_id: number | null;
  person_id: number;
  kind: string;
  sort_order: Generated<number>;
}
export interface ActionPlansTable extends ContentMeta {
  id: Generated<number>;
  chairmanship_id: number;
  adopted_event_id: number | null;
  adopted_on: string | null;
}
export type ItemState = "planned" | "in_progress" | "done" | "postponed" | "cancelled";
export interface PlanItemsTable extends ContentMeta {
  id: Generated<number>;
  plan_id: number;
  parent_id: number | null;
  code: string | null;
  state: Generated<ItemState>;
  progress: Generated<number>;
  due_from: string | null;
  due_to: string | null;
  sort_order: Generated<number>;
}
export interface PlanItemCountriesTable {
  item_id: number;
  country_code: string;
}
export interface PlanItemOrganizationsTable {
  item_id: number;
  organization_id: number;
}
export interface PlanUpdatesTable extends ContentMeta {
  id: Generated<number>;
  item_id: number;
  reported_on: string;
  state: ItemState;
  progress: number;
  reported_by_country: string | null;
  evidence_event_id: number | null;
  evidence_document_id: number | null;
  evidence_url: string | null;
}
export interface ShowcaseBlocksTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  event_id: number | null;
  session_id: number | null;
  sort_order: Generated<number>;
}
export interface ProjectsTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  block_id: number | null;
  country_code: string | null;
  stage: Generated<string>;
  website: string | null;
  image_file: string | null;
  sort_order: Generated<number>;
}
export interface ProjectPresentersTable {
  project_id: number;
  person_id: number;
  sort_order: Generated<number>;
}
export interface ProjectLinksTable {
  project_id: number;
  url: string;
  label: string | null;
}
export interface CallsTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  chairmanship_id: number | null;
  opens_on: string | null;
  closes_on: string | null;
}
export interface CallSubmissionsTable extends ContentMeta {
  id: Generated<number>;
  call_id: number;
  project_id: number | null;
  submitted_on: string | null;
  decision: Generated<string>;
}
export interface CallReviewsTable {
  id: Generated<number>;
  submission_id: number;
  reviewer_person_id: number | null;
  score: number | null;
  comment: string | null;
  created_at: string;
}
export interface IndicatorsTable extends ContentMeta {
  id: Generated<number>;
  code: string;
  unit: string;
  source_organization_id: number | null;
  source_url: string | null;
}
export interface ObservationsTable {
  id: Generated<number>;
  indicator_id: number;
  country_code: string | null;
  region: string | null;
  year: number;
  value: number;
  event_id: number | null;
}
export interface NewsTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  published_on: string;
  chairmanship_id: number | null;
  event_id: number | null;
}
export interface DocumentsTable extends ContentMeta {
  id: Generated<number>;
  slug: string;
  kind: string;
  published_on: string | null;
  url: string | null;
  file_name: string | null;
  mime_type: string | null;
  byte_size: number | null;
  event_id: number | null;
  chairmanship_id: number | null;
  plan_id: number | null;
}
export interface TopicLinkTable {
  owner_id: number;
  topic_id: number;
}

export type RoleName = "member" | "focal_point" | "secretariat" | "reviewer" | "admin";
export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  locale: Generated<string>;
  password_hash: string | null;
  person_id: number | null;
  email_confirmed_at: string | null;
  disabled_at: string | null;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}
export interface RoleGrantsTable {
  id: Generated<number>;
  user_id: number;
  role: RoleName;
  country_code: string | null;
  year: number | null;
  call_id: number | null;
  created_at: string;
}
export interface AuthSessionsTable {
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  second_factor: Generated<number>;
  ip: string | null;
  user_agent: string | null;
}
export type TokenKind = "confirm" | "reset" | "invite" | "setup";
export interface AuthTokensTable {
  id: string;
  kind: TokenKind;
  user_id: number | null;
  email: string;
  data: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: string | null;
}
export interface ThrottlesTable {
  key: string;
  count: number;
  window_start: string;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor_email: string | null;
  action: string;
  entity: string | null;
  entity_id: number | null;
  outcome: "success" | "failure" | "denied";
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

/** A combination of facet values (type, country, year) with a stable key; see 004_search.ts. */
export interface SearchFacetsTable {
  key: Generated<number>;
  /** `type|country|year`, then `|topics` when there are any; unique. */
  signature: string;
  type: string;
  country: string | null;
  year: number | null;
  /** The topic slugs, sorted, comma-separated ("" for none). */
  topics: Generated<string>;
}
/** One public entity in the search index (the full-text part is dialect-specific: see search.repo.ts). */
export interface SearchDocsTable {
  id: Generated<number>;
  type: string;
  entity_id: number;
  /** The public page, without the locale prefix: `/people/aida-balayeva`. */
  path: string;
  country: string | null;
  year: number | null;
  facet_key: number;
}
export interface SearchDocTopicsTable {
  doc_id: number;
  topic_slug: string;
}
/** The texts of an index document. */
export interface SearchTextsTable {
  doc_id: number;
  /** Folded title words, one line per distinct title (for exact and phrase ranking). */
  title: string;
  /** Folded body words, one line per text. */
  body: string;
  /** Display texts as JSON: `{ "t": { locale: title }, "x": { locale: text } }`. */
  display: string;
}
export interface SearchTermsTable {
  term: string;
}
/** A vocabulary word under itself and under each string one deletion away from it (typo lookups). */
export interface SearchTermDeletesTable {
  variant: string;
  term: string;
}

/** The database, as Kysely sees it. */
export interface DB {
  users: UsersTable;
  role_grants: RoleGrantsTable;
  auth_sessions: AuthSessionsTable;
  auth_tokens: AuthTokensTable;
  recovery_codes: RecoveryCodesTable;
  throttles: ThrottlesTable;
  audit_log: AuditLogTable;
  translations: TranslationsTable;
  countries: CountriesTable;
  topics: TopicsTable;
  organizations: OrganizationsTable;
  people: PeopleTable;
  person_sort_keys: PersonSortKeysTable;
  positions: PositionsTable;
  chairmanships: ChairmanshipsTable;
  chairmanship_topics: ChairmanshipTopicsTable;
  events: EventsTable;
  event_organizations: EventOrganizationsTable;
  event_countries: EventCountriesTable;
  sessions: SessionsTable;
  participations: ParticipationsTable;
  statements: StatementsTable;
  action_plans: ActionPlansTable;
  plan_items: PlanItemsTable;
  plan_item_countries: PlanItemCountriesTable;
  plan_item_organizations: PlanItemOrganizationsTable;
  plan_updates: PlanUpdatesTable;
  showcase_blocks: ShowcaseBlocksTable;
  projects: ProjectsTable;
  project_presenters: ProjectPresentersTable;
  project_links: ProjectLinksTable;
  calls: CallsTable;
  call_submissions: CallSubmissionsTable;
  call_reviews: CallReviewsTable;
  indicators: IndicatorsTable;
  observations: ObservationsTable;
  news: NewsTable;
  documents: DocumentsTable;
  person_topics: TopicLinkTable;
  event_topics: TopicLinkTable;
  statement_topics: TopicLinkTable;
  plan_item_topics: TopicLinkTable;
  project_topics: TopicLinkTable;
  search_facets: SearchFacetsTable;
  search_docs: SearchDocsTable;
  search_texts: SearchTextsTable;
  search_doc_topics: SearchDocTopicsTable;
  search_terms: SearchTermsTable;
  search_term_deletes: SearchTermDeletesTable;
}

/** Entities whose text lives in `translations`. */
export type TranslatableEntity =
  | "topic"
  | "organization"
  | "person"
  | "position"
  | "chairmanship"
  | "event"
  | "session"
  | "statement"
  | "plan"
  | "plan_item"
  | "plan_update"
  | "block"
  | "project"
  | "call"
  | "indicator"
  | "observation"
  | "news"
  | "document";

export type Row<T extends keyof DB> = Selectable<DB[T]>;
export type NewRow<T extends keyof DB> = Insertable<DB[T]>;
