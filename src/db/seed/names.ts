import type { Text } from "./types.ts";

/** The other names of the Dialogue, and the body it must not be confused with (every locale given is a string, for templates). */
export const OTHER_NAMES = {
  en: "The Dialogue also appears as the “Dialogue of Women Leaders of Central Asia” and, in UNRCCA's English, as the “Central Asian Women Leaders' Caucus”. It is not the “Dialogue of Women of Central Asia and Russia”, which is a different body.",
  ru: "Диалог также называют «Диалогом женщин-лидеров Центральной Азии», а в англоязычных материалах РЦПДЦА — «Central Asian Women Leaders' Caucus» (Кокус женщин-лидеров Центральной Азии). Его не следует путать с «Диалогом женщин Центральной Азии и России» — это другая площадка.",
  kk: "Диалог «Орталық Азия әйел көшбасшыларының диалогы» деп те аталады, ал UNRCCA-ның ағылшын тіліндегі материалдарында — «Central Asian Women Leaders' Caucus» (Орталық Азия әйел көшбасшыларының кокусы). Оны «Орталық Азия мен Ресей әйелдерінің диалогымен» шатастыруға болмайды — бұл басқа алаң.",
  uz: "Muloqot “Markaziy Osiyo ayol yetakchilari muloqoti” deb ham ataladi, UNRCCAning ingliz tilidagi materiallarida esa “Central Asian Women Leaders' Caucus” (Markaziy Osiyo ayol yetakchilari kokusi) deb yuritiladi. Uni “Markaziy Osiyo va Rossiya ayollari muloqoti” bilan adashtirmaslik kerak — bu boshqa tuzilma.",
} satisfies Text;
