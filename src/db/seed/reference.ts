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
  {
    slug: "digitalization",
    name: { en: "Digitalization", ru: "Цифровизация", kk: "Цифрландыру", uz: "Raqamlashtirish" },
  },
  {
    slug: "women-peace-security",
    name: {
      en: "Women, peace and security",
      ru: "Женщины, мир и безопасность",
      kk: "Әйелдер, бейбітшілік және қауіпсіздік",
      uz: "Ayollar, tinchlik va xavfsizlik",
    },
  },
  {
    slug: "demographic-development",
    name: {
      en: "Demographic development",
      ru: "Демографическое развитие",
      kk: "Демографиялық даму",
      uz: "Demografik rivojlanish",
    },
  },
  {
    slug: "gender-equality",
    name: { en: "Gender equality", ru: "Гендерное равенство", kk: "Гендерлік теңдік", uz: "Gender tengligi" },
  },
  {
    slug: "stem-education",
    name: { en: "STEM education", ru: "STEM-образование", kk: "STEM-білім беру", uz: "STEM taʼlimi" },
  },
  {
    slug: "entrepreneurship",
    name: { en: "Entrepreneurship", ru: "Предпринимательство", kk: "Кәсіпкерлік", uz: "Tadbirkorlik" },
  },
  {
    slug: "rural-women",
    name: { en: "Rural women", ru: "Сельские женщины", kk: "Ауыл әйелдері", uz: "Qishloq ayollari" },
  },
  {
    slug: "health",
    name: { en: "Health", ru: "Здравоохранение", kk: "Денсаулық сақтау", uz: "Sogʻliqni saqlash" },
  },
  { slug: "tourism", name: { en: "Tourism", ru: "Туризм", kk: "Туризм", uz: "Turizm" } },
  { slug: "culture", name: { en: "Culture", ru: "Культура", kk: "Мәдениет", uz: "Madaniyat" } },
  { slug: "ecology", name: { en: "Ecology", ru: "Экология", kk: "Экология", uz: "Ekologiya" } },
  {
    slug: "trade",
    name: {
      en: "Trade, including digital trade",
      ru: "Торговля, в том числе цифровая",
      kk: "Сауда, оның ішінде цифрлық сауда",
      uz: "Savdo, shu jumladan raqamli savdo",
    },
  },
  {
    slug: "innovation-technology",
    name: {
      en: "Innovation and technology",
      ru: "Инновации и технологии",
      kk: "Инновациялар және технологиялар",
      uz: "Innovatsiyalar va texnologiyalar",
    },
  },
  {
    slug: "family-society",
    name: {
      en: "Family and society",
      ru: "Семья и общество",
      kk: "Отбасы және қоғам",
      uz: "Oila va jamiyat",
    },
  },
  {
    slug: "employment",
    name: {
      en: "Employment and vocational education",
      ru: "Занятость и профессиональное образование",
      kk: "Жұмыспен қамту және кәсіптік білім беру",
      uz: "Bandlik va kasbiy taʼlim",
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
    name: {
      en: "United Nations",
      ru: "Организация Объединённых Наций",
      kk: "Біріккен Ұлттар Ұйымы",
      uz: "Birlashgan Millatlar Tashkiloti",
    },
    shortName: { en: "UN", ru: "ООН", kk: "БҰҰ", uz: "BMT" },
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
      kk: "Біріккен Ұлттар Ұйымының Орталық Азия үшін превентивті дипломатия жөніндегі өңірлік орталығы",
      uz: "Birlashgan Millatlar Tashkilotining Markaziy Osiyo uchun preventiv diplomatiya boʻyicha mintaqaviy markazi",
    },
    shortName: { en: "UNRCCA", ru: "РЦПДЦА", kk: "UNRCCA", uz: "UNRCCA" },
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
      kk: "Біріккен Ұлттар Ұйымының Даму бағдарламасы",
      uz: "Birlashgan Millatlar Tashkilotining Taraqqiyot dasturi",
    },
    shortName: { en: "UNDP", ru: "ПРООН", kk: "БҰҰДБ", uz: "BMTTD" },
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
      kk: "Гендерлік теңдік және әйелдердің құқықтары мен мүмкіндіктерін кеңейту жөніндегі Біріккен Ұлттар Ұйымының құрылымы",
      uz: "Gender tengligi va xotin-qizlarning huquq va imkoniyatlarini kengaytirish boʻyicha Birlashgan Millatlar Tashkiloti tuzilmasi",
    },
    shortName: { en: "UN Women", ru: "ООН-Женщины", kk: "БҰҰ Әйелдер", uz: "BMT Xotin-qizlar" },
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
      kk: "БҰҰ Әйелдер құрылымының Еуропа және Орталық Азия бойынша өңірлік бөлімшесі",
      uz: "BMT Xotin-qizlar tuzilmasining Yevropa va Markaziy Osiyo boʻyicha mintaqaviy boʻlimi",
    },
    shortName: {
      en: "UN Women ECA",
      ru: "ООН-Женщины, ЕЦА",
      kk: "БҰҰ Әйелдер, ЕОА",
      uz: "BMT Xotin-qizlar, YeMO",
    },
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
      kk: "Біріккен Ұлттар Ұйымының Халықты қоныстандыру қоры",
      uz: "Birlashgan Millatlar Tashkilotining Aholishunoslik jamgʻarmasi",
    },
    shortName: { en: "UNFPA", ru: "ЮНФПА", kk: "ЮНФПА", uz: "UNFPA" },
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
      kk: "Батыс Сахарада референдум өткізу жөніндегі Біріккен Ұлттар Ұйымының миссиясы",
      uz: "Gʻarbiy Saxarada referendum oʻtkazish boʻyicha Birlashgan Millatlar Tashkiloti missiyasi",
    },
    shortName: { en: "MINURSO", ru: "МООНРЗС", kk: "MINURSO", uz: "MINURSO" },
  },
  {
    slug: "kz-parliament",
    kind: "parliament",
    country: "KZ",
    website: "https://www.parlam.kz",
    name: {
      en: "Parliament of the Republic of Kazakhstan",
      ru: "Парламент Республики Казахстан",
      kk: "Қазақстан Республикасының Парламенті",
      uz: "Qozogʻiston Respublikasi Parlamenti",
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
      kk: "Қазақстан Республикасы Парламентінің Мәжілісі",
      uz: "Qozogʻiston Respublikasi Parlamenti Majilisi",
    },
    shortName: { en: "Majilis", ru: "Мажилис", kk: "Мәжіліс", uz: "Majilis" },
  },
  {
    slug: "kz-constitutional-court",
    kind: "court",
    country: "KZ",
    name: {
      en: "Constitutional Court of the Republic of Kazakhstan",
      ru: "Конституционный Суд Республики Казахстан",
      kk: "Қазақстан Республикасының Конституциялық Соты",
      uz: "Qozogʻiston Respublikasi Konstitutsiyaviy sudi",
    },
  },
  {
    slug: "kz-presidential-administration",
    kind: "state_body",
    country: "KZ",
    name: {
      en: "Administration of the President of the Republic of Kazakhstan",
      ru: "Администрация Президента Республики Казахстан",
      kk: "Қазақстан Республикасы Президентінің Әкімшілігі",
      uz: "Qozogʻiston Respublikasi Prezidenti Administratsiyasi",
    },
  },
  {
    slug: "kz-national-commission-women",
    kind: "state_body",
    country: "KZ",
    name: {
      en: "National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan",
      ru: "Национальная комиссия по делам женщин и семейно-демографической политике при Президенте Республики Казахстан",
      kk: "Қазақстан Республикасы Президентінің жанындағы Әйелдер істері және отбасылық-демографиялық саясат жөніндегі ұлттық комиссия",
      uz: "Qozogʻiston Respublikasi Prezidenti huzuridagi Xotin-qizlar ishlari va oilaviy-demografik siyosat boʻyicha milliy komissiya",
    },
    shortName: {
      en: "National Commission for Women",
      ru: "Национальная комиссия по делам женщин",
      kk: "Әйелдер істері жөніндегі ұлттық комиссия",
      uz: "Xotin-qizlar ishlari boʻyicha milliy komissiya",
    },
  },
  {
    slug: "kz-armed-forces",
    kind: "state_body",
    country: "KZ",
    name: {
      en: "Armed Forces of the Republic of Kazakhstan",
      ru: "Вооружённые силы Республики Казахстан",
      kk: "Қазақстан Республикасының Қарулы Күштері",
      uz: "Qozogʻiston Respublikasi Qurolli Kuchlari",
    },
  },
  {
    slug: "kz-presidency",
    kind: "state_body",
    country: "KZ",
    website: "https://www.akorda.kz",
    name: {
      en: "Presidency of the Republic of Kazakhstan",
      ru: "Президент Республики Казахстан",
      kk: "Қазақстан Республикасының Президенті",
      uz: "Qozogʻiston Respublikasi Prezidenti",
    },
  },
  {
    slug: "uz-oliy-majlis",
    kind: "parliament",
    country: "UZ",
    name: {
      en: "Oliy Majlis of the Republic of Uzbekistan",
      ru: "Олий Мажлис Республики Узбекистан",
      kk: "Өзбекстан Республикасының Олий Мәжілісі",
      uz: "Oʻzbekiston Respublikasi Oliy Majlisi",
    },
  },
  {
    slug: "technowomen",
    kind: "ngo",
    country: null,
    name: {
      en: "TechnoWomen Central Asia (non-profit organization)",
      ru: "Некоммерческая организация «TechnoWomen» Центральная Азия",
      kk: "«TechnoWomen» Орталық Азия коммерциялық емес ұйымы",
      uz: "“TechnoWomen” Markaziy Osiyo notijorat tashkiloti",
    },
    shortName: { en: "TechnoWomen", ru: "TechnoWomen", kk: "TechnoWomen", uz: "TechnoWomen" },
  },
];
