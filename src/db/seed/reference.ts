import type { MemberCode, Text, TopicSlug } from "./types.ts";

/** The five member countries, in the order the platform lists them (names come from `countryName`). */
export const COUNTRIES: { code: MemberCode }[] = [
  { code: "KZ" },
  { code: "KG" },
  { code: "TJ" },
  { code: "TM" },
  { code: "UZ" },
];

/** The priority taxonomy. */
export const TOPICS: { slug: TopicSlug; name: Text }[] = [
  { slug: "digitalization", name: { en: "Digitalization", ru: "Цифровизация" } },
  {
    slug: "women-peace-security",
    name: { en: "Women, peace and security", ru: "Женщины, мир и безопасность" },
  },
  {
    slug: "demographic-development",
    name: { en: "Demographic development", ru: "Демографическое развитие" },
  },
  { slug: "gender-equality", name: { en: "Gender equality", ru: "Гендерное равенство" } },
  { slug: "stem-education", name: { en: "STEM education", ru: "STEM-образование" } },
  { slug: "entrepreneurship", name: { en: "Entrepreneurship", ru: "Предпринимательство" } },
  { slug: "rural-women", name: { en: "Rural women", ru: "Сельские женщины" } },
  { slug: "health", name: { en: "Health", ru: "Здравоохранение" } },
  { slug: "tourism", name: { en: "Tourism", ru: "Туризм" } },
  { slug: "culture", name: { en: "Culture", ru: "Культура" } },
  { slug: "ecology", name: { en: "Ecology", ru: "Экология" } },
  {
    slug: "trade",
    name: { en: "Trade, including digital trade", ru: "Торговля, в том числе цифровая" },
  },
  {
    slug: "innovation-technology",
    name: { en: "Innovation and technology", ru: "Инновации и технологии" },
  },
  { slug: "family-society", name: { en: "Family and society", ru: "Семья и общество" } },
  {
    slug: "employment",
    name: {
      en: "Employment and vocational education",
      ru: "Занятость и профессиональное образование",
    },
  },
];

export type OrgKind =
  | "parliament"
  | "state_body"
  | "court"
  | "international"
  | "ngo"
  | "academia"
  | "business"
  | "diplomatic"
  | "media";

export interface OrgSeed {
  slug: string;
  kind: OrgKind;
  country: MemberCode | null;
  parent?: string;
  website?: string;
  name: Text;
  shortName?: Text;
}

/** Organizations named in the article and the timeline; parents come before their children. */
export const ORGANIZATIONS: OrgSeed[] = [
  {
    slug: "un",
    kind: "international",
    country: null,
    website: "https://www.un.org",
    name: { en: "United Nations", ru: "Организация Объединённых Наций" },
    shortName: { en: "UN", ru: "ООН" },
  },
  {
    slug: "unrcca",
    kind: "international",
    country: null,
    parent: "un",
    website: "https://unrcca.unmissions.org",
    name: {
      en: "United Nations Regional Centre for Preventive Diplomacy for Central Asia",
      ru: "Региональный центр ООН по превентивной дипломатии для Центральной Азии",
    },
    shortName: { en: "UNRCCA", ru: "РЦПДЦА" },
  },
  {
    slug: "undp",
    kind: "international",
    country: null,
    parent: "un",
    website: "https://www.undp.org",
    name: {
      en: "United Nations Development Programme",
      ru: "Программа развития Организации Объединённых Наций",
    },
    shortName: { en: "UNDP", ru: "ПРООН" },
  },
  {
    slug: "un-women",
    kind: "international",
    country: null,
    parent: "un",
    website: "https://www.unwomen.org",
    name: {
      en: "United Nations Entity for Gender Equality and the Empowerment of Women",
      ru: "Структура ООН по вопросам гендерного равенства и расширения прав и возможностей женщин",
    },
    shortName: { en: "UN Women", ru: "ООН-Женщины" },
  },
  {
    slug: "un-women-eca",
    kind: "international",
    country: null,
    parent: "un-women",
    website: "https://eca.unwomen.org",
    name: {
      en: "UN Women Regional Office for Europe and Central Asia",
      ru: "Региональное отделение ООН-Женщины по Европе и Центральной Азии",
    },
    shortName: { en: "UN Women ECA", ru: "ООН-Женщины, ЕЦА" },
  },
  {
    slug: "unfpa",
    kind: "international",
    country: null,
    parent: "un",
    website: "https://www.unfpa.org",
    name: {
      en: "United Nations Population Fund",
      ru: "Фонд Организации Объединённых Наций в области народонаселения",
    },
    shortName: { en: "UNFPA", ru: "ЮНФПА" },
  },
  {
    slug: "minurso",
    kind: "international",
    country: null,
    parent: "un",
    website: "https://minurso.unmissions.org",
    name: {
      en: "United Nations Mission for the Referendum in Western Sahara",
      ru: "Миссия Организации Объединённых Наций по проведению референдума в Западной Сахаре",
    },
    shortName: { en: "MINURSO", ru: "МООНРЗС" },
  },
  {
    slug: "kz-parliament",
    kind: "parliament",
    country: "KZ",
    website: "https://www.parlam.kz",
    name: {
      en: "Parliament of the Republic of Kazakhstan",
      ru: "Парламент Республики Казахстан",
    },
  },
  {
    slug: "kz-majilis",
    kind: "parliament",
    country: "KZ",
    parent: "kz-parliament",
    name: {
      en: "Majilis of the Parliament of the Republic of Kazakhstan",
      ru: "Мажилис Парламента Республики Казахстан",
    },
    shortName: { en: "Majilis", ru: "Мажилис" },
  },
  {
    slug: "kz-constitutional-court",
    kind: "court",
    country: "KZ",
    name: {
      en: "Constitutional Court of the Republic of Kazakhstan",
      ru: "Конституционный Суд Республики Казахстан",
    },
  },
  {
    slug: "kz-presidential-administration",
    kind: "state_body",
    country: "KZ",
    name: {
      en: "Administration of the President of the Republic of Kazakhstan",
      ru: "Администрация Президента Республики Казахстан",
    },
  },
  {
    slug: "kz-national-commission-women",
    kind: "state_body",
    country: "KZ",
    name: {
      en: "National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan",
      ru: "Национальная комиссия по делам женщин и семейно-демографической политике при Президенте Республики Казахстан",
    },
    shortName: { en: "National Commission for Women", ru: "Национальная комиссия по делам женщин" },
  },
  {
    slug: "kz-armed-forces",
    kind: "state_body",
    country: "KZ",
    name: {
      en: "Armed Forces of the Republic of Kazakhstan",
      ru: "Вооружённые силы Республики Казахстан",
    },
  },
  {
    slug: "kz-presidency",
    kind: "state_body",
    country: "KZ",
    website: "https://www.akorda.kz",
    name: { en: "Presidency of the Republic of Kazakhstan", ru: "Президент Республики Казахстан" },
  },
  {
    slug: "uz-oliy-majlis",
    kind: "parliament",
    country: "UZ",
    name: {
      en: "Oliy Majlis of the Republic of Uzbekistan",
      ru: "Олий Мажлис Республики Узбекистан",
    },
  },
  {
    slug: "technowomen",
    kind: "ngo",
    country: null,
    name: {
      en: "TechnoWomen Central Asia (non-profit organization)",
      ru: "Некоммерческая организация «TechnoWomen» Центральная Азия",
    },
    shortName: { en: "TechnoWomen", ru: "TechnoWomen" },
  },
];
