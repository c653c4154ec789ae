import { OTHER_NAMES } from "./names.ts";
import type { EventSeed } from "./timeline.ts";

const astana: EventSeed["city"] = { en: "Astana", ru: "Астана" };
const bishkek: EventSeed["city"] = { en: "Bishkek", ru: "Бишкек" };
const dushanbe: EventSeed["city"] = { en: "Dushanbe", ru: "Душанбе" };

/** The eleven events of the timeline, oldest first. */
export const EVENTS: EventSeed[] = [
  {
    slug: "first-meeting-2020",
    kind: "meeting",
    startsOn: "2020-12-23",
    online: true,
    country: null,
    chairmanship: null,
    title: {
      en: "First meeting of the Dialogue of Women of Central Asian Countries",
      ru: "Первая встреча Диалога женщин стран Центральной Азии",
    },
    summary: {
      en: `The Dialogue was launched by videoconference on 23 December 2020, on the initiative of the UN Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA) and the regional bureau of UNDP, with the support of UN Women. ${OTHER_NAMES.en}`,
      ru: `Диалог был запущен в формате видеоконференции 23 декабря 2020 года по инициативе Регионального центра ООН по превентивной дипломатии для Центральной Азии (РЦПДЦА) и регионального бюро ПРООН при поддержке ООН-Женщины. ${OTHER_NAMES.ru}`,
    },
    orgs: [
      ["unrcca", "organizer"],
      ["undp", "organizer"],
    ],
  },
  {
    slug: "avaza-2021",
    kind: "meeting",
    startsOn: "2021-08-06",
    country: "TM",
    chairmanship: 2021,
    title: {
      en: "Meeting of the Dialogue in Avaza: adoption of the Declaration",
      ru: "Встреча Диалога в Авазе: принятие Декларации",
    },
    city: { en: "Avaza", ru: "Аваза" },
    summary: {
      en: "Meeting of the Dialogue in Avaza, Turkmenistan, during the chairmanship of Uzbekistan; the participants adopted a Declaration of the Dialogue.",
      ru: "Встреча Диалога в Авазе (Туркменистан) в период председательства Узбекистана; участницы приняли Декларацию Диалога.",
    },
  },
  {
    slug: "tashkent-forum-2021",
    kind: "forum",
    startsOn: "2021-12-23",
    country: "UZ",
    chairmanship: 2021,
    title: {
      en: "Tashkent forum of the Dialogue of Women of Central Asian Countries",
      ru: "Ташкентский форум Диалога женщин стран Центральной Азии",
    },
    city: { en: "Tashkent", ru: "Ташкент" },
    summary: {
      en: "The forum closed the chairmanship of Uzbekistan and handed the chair of the Dialogue to Turkmenistan.",
      ru: "Форум завершил председательство Узбекистана и передал председательство в Диалоге Туркменистану.",
    },
  },
  {
    slug: "ashgabat-2022",
    kind: "meeting",
    startsOn: "2022-12-09",
    approximate: true,
    country: "TM",
    chairmanship: 2022,
    title: {
      en: "Annual meeting of the Dialogue in Ashgabat",
      ru: "Ежегодная встреча Диалога в Ашхабаде",
    },
    city: { en: "Ashgabat", ru: "Ашхабад" },
    summary: {
      en: "The annual meeting under the chairmanship of Turkmenistan (reported as 9 or 10 December 2022). Its Outcome Document was circulated as a document of the UN General Assembly.",
      ru: "Ежегодная встреча в период председательства Туркменистана (по разным данным, 9 или 10 декабря 2022 года). Её Итоговый документ был распространён в качестве документа Генеральной Ассамблеи ООН.",
    },
  },
  {
    slug: "astana-2023",
    kind: "meeting",
    startsOn: "2023-06-19",
    country: "KZ",
    chairmanship: 2023,
    title: {
      en: "Meeting of the Dialogue of Women of Central Asian Countries in Astana",
      ru: "Встреча Диалога женщин стран Центральной Азии в Астане",
    },
    theme: {
      en: "The role of women in the development of innovation and technology",
      ru: "Роль женщин в развитии инноваций и технологий",
    },
    city: astana,
    summary: {
      en: "The meeting opened Kazakhstan's chairmanship of the Dialogue. It was organized with the support of the United Nations, the National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan, and the non-profit organization “TechnoWomen”. Speakers of the chambers of the parliaments of Kazakhstan and Uzbekistan, members of parliament from Kyrgyzstan, Tajikistan and Turkmenistan, heads of state bodies, and representatives of non-governmental and international organizations and the diplomatic corps attended. The Action Plan of the Dialogue for 2023 was adopted, and 13 innovative projects by women were presented at the thematic session.",
      ru: "Встреча открыла председательство Казахстана в Диалоге. Она организована при поддержке Организации Объединённых Наций, Национальной комиссии по делам женщин и семейно-демографической политике при Президенте Республики Казахстан и некоммерческой организации «TechnoWomen». В ней приняли участие спикеры палат парламентов Казахстана и Узбекистана, депутаты из Кыргызстана, Таджикистана и Туркменистана, руководители государственных органов, представители неправительственных и международных организаций, дипломатического корпуса. Был принят План действий Диалога на 2023 год, а на тематической сессии представлены 13 инновационных проектов женщин.",
    },
    orgs: [
      ["kz-national-commission-women", "organizer"],
      ["kz-national-commission-women", "supporter"],
      ["un", "supporter"],
      ["technowomen", "supporter"],
      ["unrcca", "supporter"],
      ["undp", "supporter"],
      ["un-women", "supporter"],
      ["kz-parliament", "participant"],
      ["uz-oliy-majlis", "participant"],
    ],
    countries: ["KZ", "KG", "TJ", "TM", "UZ"],
    topics: [
      "innovation-technology",
      "digitalization",
      "gender-equality",
      "women-peace-security",
      "demographic-development",
      "family-society",
      "entrepreneurship",
      "employment",
    ],
  },
  {
    slug: "almaty-wps-conference-2023",
    kind: "conference",
    startsOn: "2023-10-16",
    country: "KZ",
    chairmanship: 2023,
    title: {
      en: "International Conference “Women, Peace and Security”",
      ru: "Международная конференция «Женщины, мир и безопасность»",
    },
    city: { en: "Almaty", ru: "Алматы" },
    summary: {
      en: "The conference called for in the Action Plan for 2023, held in Almaty during Kazakhstan's chairmanship.",
      ru: "Конференция, предусмотренная Планом действий на 2023 год, прошла в Алматы в период председательства Казахстана.",
    },
    topics: ["women-peace-security"],
  },
  {
    slug: "astana-closing-2023",
    kind: "meeting",
    startsOn: "2023-12-04",
    country: "KZ",
    chairmanship: 2023,
    title: {
      en: "Closing meeting of Kazakhstan's chairmanship",
      ru: "Заключительная встреча председательства Казахстана",
    },
    city: astana,
    summary: {
      en: "The closing meeting in Astana summed up Kazakhstan's chairmanship of 2023 and handed the chairmanship over to Kyrgyzstan.",
      ru: "Заключительная встреча в Астане подвела итоги председательства Казахстана в 2023 году и передала председательство Кыргызстану.",
    },
  },
  {
    slug: "bishkek-2024",
    kind: "meeting",
    startsOn: "2024-05-23",
    country: "KG",
    chairmanship: 2024,
    title: {
      en: "Bishkek meeting on women in the economy and innovation",
      ru: "Встреча в Бишкеке о роли женщин в экономике и инновациях",
    },
    city: bishkek,
    summary: {
      en: "A meeting of the Dialogue under the chairmanship of Kyrgyzstan on the role of women in the economy and innovation.",
      ru: "Встреча Диалога в период председательства Кыргызстана, посвящённая роли женщин в экономике и инновациях.",
    },
    topics: ["innovation-technology", "entrepreneurship"],
  },
  {
    slug: "bishkek-wps-forum-2024",
    kind: "forum",
    startsOn: "2024-10-04",
    country: "KG",
    chairmanship: 2024,
    title: {
      en: "Forum on women, peace and security in Central Asia and Afghanistan",
      ru: "Форум «Женщины, мир и безопасность в Центральной Азии и Афганистане»",
    },
    city: bishkek,
    summary: {
      en: "A forum in Bishkek on women, peace and security in Central Asia and Afghanistan.",
      ru: "Форум в Бишкеке о женщинах, мире и безопасности в Центральной Азии и Афганистане.",
    },
    topics: ["women-peace-security"],
  },
  {
    slug: "dushanbe-opening-2025",
    kind: "meeting",
    startsOn: "2025-05-29",
    country: "TJ",
    chairmanship: 2025,
    title: {
      en: "Opening of Tajikistan's chairmanship",
      ru: "Открытие председательства Таджикистана",
    },
    city: dushanbe,
    summary: {
      en: "The meeting in Dushanbe opened the chairmanship of Tajikistan in the Dialogue.",
      ru: "Встреча в Душанбе открыла председательство Таджикистана в Диалоге.",
    },
  },
  {
    slug: "dushanbe-conference-2025",
    kind: "conference",
    startsOn: "2025-11-25",
    country: "TJ",
    chairmanship: 2025,
    title: {
      en: "Annual conference of the Dialogue in Dushanbe",
      ru: "Ежегодная конференция Диалога в Душанбе",
    },
    city: dushanbe,
    summary: {
      en: "The annual conference, held with the participation of UNFPA, closed the first full cycle of chairmanships of the Dialogue: each of the five countries has chaired it once.",
      ru: "Ежегодная конференция, прошедшая при участии ЮНФПА, завершила первый полный цикл председательств в Диалоге: каждая из пяти стран председательствовала один раз.",
    },
    orgs: [["unfpa", "partner"]],
  },
];
