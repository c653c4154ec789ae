import type { Text } from "./types.ts";

/** The other names of the Dialogue, and the body it must not be confused with. */
export const OTHER_NAMES: Text = {
  en: "The Dialogue also appears as the “Dialogue of Women Leaders of Central Asia” and, in UNRCCA's English, as the “Central Asian Women Leaders' Caucus”. It is not the “Dialogue of Women of Central Asia and Russia”, which is a different body.",
  ru: "Диалог также называют «Диалогом женщин-лидеров Центральной Азии», а в англоязычных материалах РЦПДЦА — «Central Asian Women Leaders' Caucus» (Кокус женщин-лидеров Центральной Азии). Его не следует путать с «Диалогом женщин Центральной Азии и России» — это другая площадка.",
};
