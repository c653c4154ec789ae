import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser, clientFor } from "../../../test/auth.ts";
import { addExtraProjects, pathsOf, searchApi } from "./search.testkit.ts";

let t: TestApp;
let extra: Record<"uz" | "tj" | "tm", string>;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await buildUser(t.database, { email: "admin@example.org", grants: [{ role: "admin" }] });
  extra = await addExtraProjects(
    t.app,
    t.database.db,
    await clientFor(t.app, t.database, t.config, admin.id),
  );
});
afterAll(async () => t.close());

const AIDA = "/people/aida-balayeva";
const KOSHANOV = "/people/yerlan-koshanov";
const ESPAYEVA = "/people/dania-espayeva";
const JENCA = "/people/miroslav-jenca";
const TOKAYEV = "/people/kassym-jomart-tokayev";
const CHYNYBAYEVA = "/people/a-chynybayeva";

/** How a case is checked: the entity is among the results, ranks first, or is absent. */
type Expect = "found" | "first" | "absent";

/** query, expected public path (or a key of the projects the test adds), how, what the case covers. */
const CASES: [string, string, Expect, string][] = [
  // Cyrillic and Latin spellings of one name find each other.
  ["Балаева", AIDA, "found", "Russian/Kazakh Cyrillic"],
  ["Balayeva", AIDA, "found", "BGN/PCGN"],
  ["Balaeva", AIDA, "found", "ICAO passport and Kazakh 2021 Latin"],
  ["Aida Balaeva", AIDA, "first", "Kazakh 2021 Latin, full name ranks first"],
  ["Аида Балаева", AIDA, "first", "Cyrillic full name ranks first"],
  ["Қошанов", KOSHANOV, "found", "Kazakh Cyrillic"],
  ["Кошанов", KOSHANOV, "found", "Russian Cyrillic"],
  ["Qoşanov", KOSHANOV, "found", "Kazakh 2021 Latin"],
  ["Koshanov", KOSHANOV, "found", "ICAO"],
  ["Qoshanov", KOSHANOV, "found", "mixed romanization"],
  ["Yerlan Koshanov", KOSHANOV, "first", "BGN/PCGN full name ranks first"],
  ["Erlan Qoşanov", KOSHANOV, "first", "Kazakh 2021 Latin full name ranks first"],
  ["Espayeva", ESPAYEVA, "found", "BGN/PCGN"],
  ["Еспаева", ESPAYEVA, "found", "Cyrillic"],
  ["Yespayeva", ESPAYEVA, "found", "initial Ye"],
  ["Jenča", JENCA, "found", "Czech/Slovak spelling"],
  ["Jenca", JENCA, "found", "without the caron"],
  ["Енча", JENCA, "found", "Russian Cyrillic"],
  ["Tokayev", TOKAYEV, "found", "BGN/PCGN"],
  ["Тоқаев", TOKAYEV, "found", "Kazakh Cyrillic"],
  ["Токаев", TOKAYEV, "found", "Russian Cyrillic"],
  ["Chynybayeva", CHYNYBAYEVA, "found", "BGN/PCGN of a Kyrgyz name"],
  ["Чыныбаева", CHYNYBAYEVA, "found", "Kyrgyz Cyrillic"],
  ["Chynybaeva", CHYNYBAYEVA, "found", "ICAO"],
  ["Усмонова", "/people/m-usmonova", "found", "Tajik Cyrillic"],
  ["Usmonova", "/people/m-usmonova", "found", "Tajik name in Latin"],
  ["Тоҷикистон", "tj", "found", "Tajik Cyrillic ҷ"],
  ["Tojikiston", "tj", "found", "Tajik in Latin"],
  ["Oʻzbekiston", "uz", "found", "Uzbek Latin with oʻ (U+02BB)"],
  ["O'zbekiston", "uz", "found", "Uzbek Latin with an ASCII apostrophe"],
  ["O‘zbekiston", "uz", "found", "Uzbek Latin with o‘ (U+2018)"],
  ["Ozbekiston", "uz", "found", "Uzbek Latin without the apostrophe"],
  ["Ўзбекистон", "uz", "found", "Uzbek Cyrillic ў"],
  ["Türkmenistan", "/events/avaza-2021", "found", "Turkmen Latin finds Russian Туркменистан"],
  ["Туркменистан", "tm", "found", "Cyrillic finds Turkmen Türkmenistanyň (ň)"],
  ["Gökdepäniň", "tm", "found", "Turkmen ö ä ň"],
  ["yash zenanlary", "tm", "found", "Turkmen ý ş"],
  ["uchin kompyuter", "tm", "found", "Turkmen ü ç ý"],
  // Stemming: Russian and English word forms.
  ["встречи", "/events/avaza-2021", "found", "встречи finds Встреча"],
  ["встреча", "/documents/ashgabat-outcome-2022", "found", "встреча finds встречи"],
  ["женщинам", "/organizations/un-women", "found", "женщинам finds Женщины"],
  ["meetings", "/events/avaza-2021", "found", "meetings finds Meeting"],
  ["innovations", "/events/astana-2023", "found", "innovations finds innovation"],
  // Prefixes while typing: the first three letters of a surname.
  ["Кош", KOSHANOV, "first", "prefix in Cyrillic"],
  ["Bal", AIDA, "first", "prefix in Latin"],
  ["Balay", AIDA, "first", "prefix ending half-way through a romanized ya/ye/yu"],
  ["Esp", ESPAYEVA, "first", "prefix"],
  ["Чын", CHYNYBAYEVA, "first", "prefix in Kyrgyz Cyrillic"],
  // One typo in words of five letters or more, none in shorter ones.
  ["Balayava", AIDA, "found", "one substitution"],
  ["Koshnaov", KOSHANOV, "found", "one transposition"],
  ["Espaeyva", ESPAYEVA, "found", "one transposition"],
  ["Tokaeb", TOKAYEV, "found", "one substitution"],
  ["Koshanovy", KOSHANOV, "found", "one insertion"],
  ["Aoda", AIDA, "absent", "no typo in a four-letter word"],
  ["Dnia", ESPAYEVA, "absent", "no typo in a four-letter word"],
  ["Bolayava", AIDA, "absent", "two typos are too many"],
  // Exact and phrase matches first.
  ["TechnoWomen", "/organizations/technowomen", "first", "exact title beats longer titles"],
  ["TechnoWomen Tajikistan", "/projects/technowomen-tajikistan", "first", "exact title"],
  ["Akyl Ayym", "/projects/akyl-ayym", "first", "exact title"],
  ["Akyl Aym", "/projects/akyl-ayym", "first", "prefix of the last word"],
  ['"innovation and technology"', "/events/astana-2023", "found", "quoted phrase"],
  ["«инноваций и технологий»", "/events/astana-2023", "found", "quoted phrase in Russian quotes"],
  ['"Inovatsiy i tekhnologiy"', "/events/astana-2023", "found", "quoted phrase, romanized"],
  // Case and diacritics are ignored.
  ["BALAYEVA", AIDA, "found", "upper case"],
  ["jenČA", JENCA, "found", "mixed case with a caron"],
  ["QOŞANOV", KOSHANOV, "found", "upper case with a cedilla"],
];

describe("one search box for every script and romanization", () => {
  it("has a table of at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("%s → %s (%s: %s)", async (q, target, how) => {
    const path = target in extra ? extra[target as keyof typeof extra] : target;
    const { status, body } = await searchApi(t.app, q);
    expect(status).toBe(200);
    const paths = pathsOf(body);
    if (how === "absent") expect(paths).not.toContain(path);
    else if (how === "first") expect(paths[0]).toBe(path);
    else expect(paths).toContain(path);
  });

  it("finds nothing for a quoted phrase whose words are not together", async () => {
    const { body } = await searchApi(t.app, '"technology innovation"');
    expect(pathsOf(body)).not.toContain("/events/astana-2023");
  });
});
