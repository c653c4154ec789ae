/** The fixed values of select fields (labels: `edit.values.<list>.<value>`). */
export const EVENT_KINDS = ["meeting", "conference", "thematic_session", "webinar", "forum"] as const;
export const SESSION_KINDS = ["plenary", "thematic", "panel", "workshop"] as const;
export const PARTICIPATION_ROLES = ["speaker", "moderator", "guest", "presenter", "delegate"] as const;
export const STATEMENT_KINDS = ["quote", "welcome_speech", "proposal", "remark"] as const;
export const ORG_KINDS = [
  "parliament",
  "state_body",
  "court",
  "international",
  "ngo",
  "academia",
  "business",
  "diplomatic",
  "media",
] as const;
export const ITEM_STATES = ["planned", "in_progress", "done", "postponed", "cancelled"] as const;
export const PROJECT_STAGES = ["idea", "prototype", "presented", "pilot", "market", "scaling"] as const;
export const DOCUMENT_KINDS = ["action_plan", "declaration", "outcome_document", "report", "other"] as const;
