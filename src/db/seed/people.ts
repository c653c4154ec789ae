import type { MemberCode, Text, TopicSlug } from "./types.ts";

export interface PositionSeed {
  /** Local key, so participations can name the position held at an event. */
  key: string;
  org: string;
  title: Text;
  startsOn?: string;
}

export interface PersonSeed {
  slug: string;
  country: MemberCode | null;
  sortName: string;
  name: Text;
  positions?: PositionSeed[];
  topics?: TopicSlug[];
}

/** Officials named in the article (the machine-translation slips fixed: Dania Espayeva, Miroslav Jenča). */
export const OFFICIALS: PersonSeed[] = [
  {
    slug: "yerlan-koshanov",
    country: "KZ",
    sortName: "Koshanov Yerlan",
    name: { en: "Yerlan Koshanov", ru: "Ерлан Кошанов", kk: "Ерлан Қошанов", uz: "Yerlan Qoshanov" },
    topics: ["digitalization", "gender-equality"],
    positions: [
      {
        key: "speaker-majilis",
        org: "kz-majilis",
        title: {
          en: "Speaker of the Majilis of the Parliament of the Republic of Kazakhstan",
          ru: "Председатель Мажилиса Парламента Республики Казахстан",
          kk: "Қазақстан Республикасы Парламенті Мәжілісінің Төрағасы",
          uz: "Qozogʻiston Respublikasi Parlamenti Majilisi Raisi",
        },
      },
    ],
  },
  {
    slug: "elvira-azimova",
    country: "KZ",
    sortName: "Azimova Elvira",
    name: { en: "Elvira Azimova", ru: "Эльвира Азимова", kk: "Эльвира Әзімова", uz: "Elvira Azimova" },
    positions: [
      {
        key: "chair-constitutional-court",
        org: "kz-constitutional-court",
        title: {
          en: "Chair of the Constitutional Court of the Republic of Kazakhstan",
          ru: "Председатель Конституционного Суда Республики Казахстан",
          kk: "Қазақстан Республикасы Конституциялық Сотының Төрағасы",
          uz: "Qozogʻiston Respublikasi Konstitutsiyaviy sudi Raisi",
        },
      },
    ],
  },
  {
    slug: "aida-balayeva",
    country: "KZ",
    sortName: "Balayeva Aida",
    name: { en: "Aida Balayeva", ru: "Аида Балаева", kk: "Аида Балаева", uz: "Aida Balayeva" },
    topics: ["demographic-development", "gender-equality", "family-society"],
    positions: [
      {
        key: "deputy-head-administration",
        org: "kz-presidential-administration",
        title: {
          en: "Deputy Head of the Presidential Administration of the Republic of Kazakhstan",
          ru: "Заместитель Руководителя Администрации Президента Республики Казахстан",
          kk: "Қазақстан Республикасы Президенті Әкімшілігі Басшысының орынбасары",
          uz: "Qozogʻiston Respublikasi Prezidenti Administratsiyasi rahbarining oʻrinbosari",
        },
      },
      {
        key: "chair-national-commission",
        org: "kz-national-commission-women",
        title: {
          en: "Chair of the National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan",
          ru: "Председатель Национальной комиссии по делам женщин и семейно-демографической политике при Президенте Республики Казахстан",
          kk: "Қазақстан Республикасы Президентінің жанындағы Әйелдер істері және отбасылық-демографиялық саясат жөніндегі ұлттық комиссияның Төрағасы",
          uz: "Qozogʻiston Respublikasi Prezidenti huzuridagi Xotin-qizlar ishlari va oilaviy-demografik siyosat boʻyicha milliy komissiya raisi",
        },
      },
    ],
  },
  {
    slug: "miroslav-jenca",
    country: null,
    sortName: "Jenca Miroslav",
    name: { en: "Miroslav Jenča", ru: "Мирослав Енча", kk: "Мирослав Енча", uz: "Miroslav Jenča" },
    topics: ["women-peace-security"],
    positions: [
      {
        key: "un-asg",
        org: "un",
        title: {
          en: "Assistant Secretary-General of the United Nations",
          ru: "Помощник Генерального секретаря Организации Объединённых Наций",
          kk: "Біріккен Ұлттар Ұйымы Бас хатшысының көмекшісі",
          uz: "Birlashgan Millatlar Tashkiloti Bosh kotibining yordamchisi",
        },
      },
    ],
  },
  {
    slug: "dania-espayeva",
    country: "KZ",
    sortName: "Espayeva Dania",
    name: { en: "Dania Espayeva", ru: "Дания Еспаева", kk: "Дания Еспаева", uz: "Dania Espayeva" },
    topics: ["digitalization", "women-peace-security"],
    positions: [
      {
        key: "deputy-chair-majilis",
        org: "kz-majilis",
        title: {
          en: "Deputy Chair of the Majilis of the Parliament of the Republic of Kazakhstan",
          ru: "Заместитель Председателя Мажилиса Парламента Республики Казахстан",
          kk: "Қазақстан Республикасы Парламенті Мәжілісі Төрағасының орынбасары",
          uz: "Qozogʻiston Respublikasi Parlamenti Majilisi Raisining oʻrinbosari",
        },
      },
    ],
  },
  {
    slug: "kassym-jomart-tokayev",
    country: "KZ",
    sortName: "Tokayev Kassym-Jomart",
    name: {
      en: "Kassym-Jomart Tokayev",
      ru: "Касым-Жомарт Токаев",
      kk: "Қасым-Жомарт Тоқаев",
      uz: "Qasim-Jomart Toqayev",
    },
    positions: [
      {
        key: "president-kz",
        org: "kz-presidency",
        title: {
          en: "President of the Republic of Kazakhstan",
          ru: "Президент Республики Казахстан",
          kk: "Қазақстан Республикасының Президенті",
          uz: "Qozogʻiston Respublikasi Prezidenti",
        },
      },
    ],
  },
];

/** The 13 presenters of the thematic session, as the article names them (initial and surname). */
export const PRESENTERS: PersonSeed[] = [
  {
    slug: "a-kasymbekov",
    country: "KG",
    sortName: "Kasymbekov A.",
    name: { en: "A. Kasymbekov", ru: "А. Касымбеков", kk: "А. Қасымбеков", uz: "A. Qasimbekov" },
  },
  {
    slug: "d-tomilov",
    country: "KZ",
    sortName: "Tomilov D.",
    name: { en: "D. Tomilov", ru: "Д. Томилов", kk: "Д. Томилов", uz: "D. Tomilov" },
  },
  {
    slug: "f-aksholakov",
    country: "KZ",
    sortName: "Aksholakov F.",
    name: { en: "F. Aksholakov", ru: "Ф. Акшолаков", kk: "Ф. Ақшолақов", uz: "F. Aqsholaqov" },
  },
  {
    slug: "n-murodov",
    country: "TJ",
    sortName: "Murodov N.",
    name: { en: "N. Murodov", ru: "Н. Муродов", kk: "Н. Муродов", uz: "N. Murodov" },
  },
  {
    slug: "g-uali",
    country: "KZ",
    sortName: "Uali G.",
    name: { en: "G. Uali", ru: "Г. Уали", kk: "Г. Уәли", uz: "G. Uali" },
  },
  {
    slug: "d-ruslan",
    country: "KG",
    sortName: "Ruslan D.",
    name: { en: "D. Ruslan", ru: "Д. Руслан", kk: "Д. Руслан", uz: "D. Ruslan" },
  },
  {
    slug: "a-ismailova",
    country: "KG",
    sortName: "Ismailova A.",
    name: { en: "A. Ismailova", ru: "А. Исмаилова", kk: "А. Исмаилова", uz: "A. Ismailova" },
  },
  {
    slug: "d-atajanova",
    country: "UZ",
    sortName: "Atajanova D.",
    name: { en: "D. Atajanova", ru: "Д. Атажанова", kk: "Д. Атажанова", uz: "D. Atajanova" },
  },
  {
    slug: "m-lutfilaeva",
    country: "UZ",
    sortName: "Lutfilaeva M.",
    name: { en: "M. Lutfilaeva", ru: "М. Лутфилаева", kk: "М. Лутфилаева", uz: "M. Lutfilayeva" },
  },
  {
    slug: "m-usmonova",
    country: "TJ",
    sortName: "Usmonova M.",
    name: { en: "M. Usmonova", ru: "М. Усмонова", kk: "М. Усмонова", uz: "M. Usmonova" },
  },
  {
    slug: "t-nurakhunova",
    country: "UZ",
    sortName: "Nurakhunova T.",
    name: { en: "T. Nurakhunova", ru: "Т. Нурахунова", kk: "Т. Нурахунова", uz: "T. Nuraxunova" },
  },
  {
    slug: "a-kenzhebek",
    country: "KZ",
    sortName: "Kenzhebek A.",
    name: { en: "A. Kenzhebek", ru: "А. Кенжебек", kk: "А. Кенжебек", uz: "A. Kenjebek" },
  },
  {
    slug: "a-chynybayeva",
    country: "KG",
    sortName: "Chynybayeva A.",
    name: { en: "A. Chynybayeva", ru: "А. Чыныбаева", kk: "А. Чыныбаева", uz: "A. Chinibayeva" },
  },
];

/** Everyone in the demo data: 6 officials and 13 presenters. */
export const PEOPLE: PersonSeed[] = [...OFFICIALS, ...PRESENTERS];
