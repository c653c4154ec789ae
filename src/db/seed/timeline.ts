import type { MemberCode, Text, TopicSlug } from "./types.ts";

export interface ChairmanshipSeed {
  year: number;
  country: MemberCode;
  chair?: string;
  startsOn?: string;
  endsOn?: string;
  theme?: Text;
  handoverNotes?: Text;
  topics: TopicSlug[];
}

/** The rotation of the chairmanship, 2021–2025 (PRODUCT.md timeline). */
export const CHAIRMANSHIPS: ChairmanshipSeed[] = [
  {
    year: 2021,
    country: "UZ",
    endsOn: "2021-12-23",
    topics: [],
    handoverNotes: {
      en: "Uzbekistan handed the chairmanship over to Turkmenistan at the Tashkent forum on 23 December 2021.",
      ru: "Узбекистан передал председательство Туркменистану на Ташкентском форуме 23 декабря 2021 года.",
      kk: "Өзбекстан 2021 жылғы 23 желтоқсанда Ташкент форумында төрағалықты Түрікменстанға тапсырды.",
      uz: "Oʻzbekiston 2021-yil 23-dekabrda Toshkent forumida raislikni Turkmanistonga topshirdi.",
    },
  },
  {
    year: 2022,
    country: "TM",
    startsOn: "2021-12-23",
    topics: [],
    handoverNotes: {
      en: "The Outcome Document of the Ashgabat meeting was circulated as a document of the UN General Assembly.",
      ru: "Итоговый документ Ашхабадской встречи был распространён в качестве документа Генеральной Ассамблеи ООН.",
      kk: "Ашхабад кездесуінің қорытынды құжаты БҰҰ Бас Ассамблеясының құжаты ретінде таратылды.",
      uz: "Ashxobod uchrashuvining yakuniy hujjati BMT Bosh Assambleyasi hujjati sifatida tarqatildi.",
    },
  },
  {
    year: 2023,
    country: "KZ",
    chair: "dania-espayeva",
    startsOn: "2023-06-19",
    endsOn: "2023-12-04",
    theme: {
      en: "The role of women in the development of innovation and technology",
      ru: "Роль женщин в развитии инноваций и технологий",
      kk: "Инновациялар мен технологияларды дамытудағы әйелдердің рөлі",
      uz: "Innovatsiyalar va texnologiyalarni rivojlantirishda ayollarning roli",
    },
    topics: [
      "digitalization",
      "women-peace-security",
      "demographic-development",
      "gender-equality",
      "innovation-technology",
    ],
    handoverNotes: {
      en: "Kazakhstan opened its chairmanship at the Astana meeting on 19 June 2023, where the Action Plan for 2023 was adopted, and handed the chairmanship over to Kyrgyzstan at the closing meeting in Astana on 4 December 2023.",
      ru: "Казахстан открыл своё председательство встречей в Астане 19 июня 2023 года, на которой был принят План действий на 2023 год, и передал председательство Кыргызстану на заключительной встрече в Астане 4 декабря 2023 года.",
      kk: "Қазақстан өз төрағалығын 2023 жылғы 19 маусымда Астанадағы кездесумен ашты, онда 2023 жылға арналған іс-қимыл жоспары қабылданды, ал 2023 жылғы 4 желтоқсанда Астанадағы қорытынды кездесуде төрағалықты Қырғызстанға тапсырды.",
      uz: "Qozogʻiston oʻz raisligini 2023-yil 19-iyunda Astanadagi uchrashuv bilan boshladi, unda 2023-yilga moʻljallangan Harakatlar rejasi qabul qilindi, 2023-yil 4-dekabrda Astanadagi yakuniy uchrashuvda esa raislikni Qirgʻizistonga topshirdi.",
    },
  },
  {
    year: 2024,
    country: "KG",
    startsOn: "2023-12-04",
    topics: ["innovation-technology", "entrepreneurship", "women-peace-security"],
  },
  {
    year: 2025,
    country: "TJ",
    startsOn: "2025-05-29",
    endsOn: "2025-11-25",
    topics: [],
    handoverNotes: {
      en: "The annual conference in Dushanbe on 25 November 2025 closed the first full cycle of chairmanships: every member country has chaired the Dialogue once.",
      ru: "Ежегодная конференция в Душанбе 25 ноября 2025 года завершила первый полный цикл председательств: каждая страна-участница один раз председательствовала в Диалоге.",
      kk: "2025 жылғы 25 қарашада Душанбеде өткен жыл сайынғы конференция төрағалықтардың алғашқы толық циклін аяқтады: әрбір қатысушы ел Диалогқа бір реттен төрағалық етті.",
      uz: "2025-yil 25-noyabrda Dushanbeda boʻlib oʻtgan yillik konferensiya raisliklarning birinchi toʻliq davrasini yakunladi: har bir aʼzo mamlakat Muloqotga bir martadan raislik qildi.",
    },
  },
];

export type EventKind = "meeting" | "conference" | "thematic_session" | "webinar" | "forum";
export type OrgRole = "organizer" | "supporter" | "partner" | "participant";

export interface EventSeed {
  slug: string;
  kind: EventKind;
  startsOn: string;
  approximate?: boolean;
  online?: boolean;
  country: MemberCode | null;
  chairmanship: number | null;
  title: Text;
  theme?: Text;
  city?: Text;
  summary: Text;
  orgs?: [string, OrgRole][];
  countries?: MemberCode[];
  topics?: TopicSlug[];
}
