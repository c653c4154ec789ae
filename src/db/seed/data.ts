import type { MemberCode, Text } from "./types.ts";

export interface IndicatorSeed {
  code: string;
  unit: string;
  sourceOrg: string;
  name: Text;
  unitLabel: Text;
  source: Text;
  observations: {
    country?: MemberCode;
    region?: string;
    year: number;
    value: number;
    event?: string;
    note: Text;
  }[];
}

const astanaStatement: Text = {
  en: "Statement of Kazakhstan (Ministry of Defence data) at the Astana meeting of the Dialogue, 19 June 2023",
  ru: "Заявление Казахстана (данные Министерства обороны) на встрече Диалога в Астане 19 июня 2023 года",
  kk: "Қазақстанның Диалогтың Астанадағы кездесуіндегі мәлімдемесі (Қорғаныс министрлігінің деректері), 2023 жылғы 19 маусым",
  uz: "Qozogʻistonning Muloqotning Astanadagi uchrashuvidagi bayonoti (Mudofaa vazirligi maʼlumotlari), 2023-yil 19-iyun",
};

/** The figures the article cites, as indicators with one observation each. */
export const INDICATORS: IndicatorSeed[] = [
  {
    code: "women-without-mobile-internet",
    unit: "persons",
    sourceOrg: "un-women-eca",
    name: {
      en: "Women without access to mobile internet",
      ru: "Женщины без доступа к мобильному интернету",
      kk: "Мобильді интернетке қолжетімділігі жоқ әйелдер",
      uz: "Mobil internetdan foydalana olmaydigan ayollar",
    },
    unitLabel: { en: "women", ru: "женщин", kk: "әйел", uz: "ayol" },
    source: {
      en: "UN Women Regional Office for Europe and Central Asia",
      ru: "Региональное отделение ООН-Женщины по Европе и Центральной Азии",
      kk: "БҰҰ Әйелдер құрылымының Еуропа және Орталық Азия бойынша өңірлік бөлімшесі",
      uz: "BMT Xotin-qizlar tuzilmasining Yevropa va Markaziy Osiyo boʻyicha mintaqaviy boʻlimi",
    },
    observations: [
      {
        region: "ECA",
        year: 2023,
        value: 60_000_000,
        event: "astana-2023",
        note: {
          en: "More than 60 million women in Europe and Central Asia do not have access to mobile internet and therefore miss opportunities for education and economic development more often than men (UN Women Regional Office, cited at the Astana meeting).",
          ru: "Более 60 миллионов женщин в Европе и Центральной Азии не имеют доступа к мобильному интернету и поэтому чаще мужчин упускают возможности для образования и экономического развития (Региональное отделение ООН-Женщины, данные приведены на встрече в Астане).",
          kk: "Еуропа мен Орталық Азияда 60 миллионнан астам әйелдің мобильді интернетке қолжетімділігі жоқ, сондықтан олар білім алу және экономикалық даму мүмкіндіктерін ерлерге қарағанда жиі жіберіп алады (БҰҰ Әйелдер құрылымының өңірлік бөлімшесі, деректер Астанадағы кездесуде келтірілді).",
          uz: "Yevropa va Markaziy Osiyoda 60 milliondan ortiq ayol mobil internetdan foydalana olmaydi va shu sababli taʼlim olish hamda iqtisodiy rivojlanish imkoniyatlarini erkaklarga qaraganda koʻproq boy beradi (BMT Xotin-qizlar tuzilmasining mintaqaviy boʻlimi, maʼlumotlar Astanadagi uchrashuvda keltirildi).",
        },
      },
    ],
  },
  {
    code: "kz-un-military-observers",
    unit: "persons",
    sourceOrg: "kz-armed-forces",
    name: {
      en: "Kazakh military observers in the UN mission in Western Sahara (MINURSO)",
      ru: "Казахстанские военные наблюдатели в миссии ООН в Западной Сахаре (МООНРЗС)",
      kk: "БҰҰ-ның Батыс Сахарадағы миссиясындағы (MINURSO) қазақстандық әскери бақылаушылар",
      uz: "BMTning Gʻarbiy Saxaradagi missiyasidagi (MINURSO) qozogʻistonlik harbiy kuzatuvchilar",
    },
    unitLabel: { en: "observers", ru: "наблюдателей", kk: "бақылаушы", uz: "kuzatuvchi" },
    source: astanaStatement,
    observations: [
      {
        country: "KZ",
        year: 2023,
        value: 6,
        event: "astana-2023",
        note: {
          en: "Six Kazakh military observers, including one woman, take part in the UN mission in Western Sahara.",
          ru: "Шесть казахстанских военных наблюдателей, в том числе одна женщина, участвуют в миссии ООН в Западной Сахаре.",
          kk: "БҰҰ-ның Батыс Сахарадағы миссиясына алты қазақстандық әскери бақылаушы, оның ішінде бір әйел қатысады.",
          uz: "BMTning Gʻarbiy Saxaradagi missiyasida oltita qozogʻistonlik harbiy kuzatuvchi, shu jumladan bitta ayol ishtirok etmoqda.",
        },
      },
    ],
  },
  {
    code: "kz-un-military-observers-women",
    unit: "persons",
    sourceOrg: "kz-armed-forces",
    name: {
      en: "Women among Kazakh military observers in the UN mission in Western Sahara (MINURSO)",
      ru: "Женщины среди казахстанских военных наблюдателей в миссии ООН в Западной Сахаре (МООНРЗС)",
      kk: "БҰҰ-ның Батыс Сахарадағы миссиясындағы (MINURSO) қазақстандық әскери бақылаушылар арасындағы әйелдер",
      uz: "BMTning Gʻarbiy Saxaradagi missiyasidagi (MINURSO) qozogʻistonlik harbiy kuzatuvchilar orasidagi ayollar",
    },
    unitLabel: { en: "women", ru: "женщин", kk: "әйел", uz: "ayol" },
    source: astanaStatement,
    observations: [
      {
        country: "KZ",
        year: 2023,
        value: 1,
        event: "astana-2023",
        note: {
          en: "One of the six Kazakh military observers in the UN mission in Western Sahara is a woman.",
          ru: "Одна из шести казахстанских военных наблюдателей в миссии ООН в Западной Сахаре — женщина.",
          kk: "БҰҰ-ның Батыс Сахарадағы миссиясындағы алты қазақстандық әскери бақылаушының біреуі — әйел.",
          uz: "BMTning Gʻarbiy Saxaradagi missiyasidagi oltita qozogʻistonlik harbiy kuzatuvchidan biri — ayol.",
        },
      },
    ],
  },
];

export interface DocumentSeed {
  slug: string;
  kind: string;
  publishedOn: string;
  event: string;
  chairmanship: number;
  plan?: boolean;
  title: Text;
  description: Text;
}

/** Outcome documents of the timeline (no files: the platform links what it knows). */
export const DOCUMENTS: DocumentSeed[] = [
  {
    slug: "avaza-declaration-2021",
    kind: "declaration",
    publishedOn: "2021-08-06",
    event: "avaza-2021",
    chairmanship: 2021,
    title: {
      en: "Avaza Declaration of the Dialogue of Women of Central Asian Countries",
      ru: "Авазинская декларация Диалога женщин стран Центральной Азии",
      kk: "Орталық Азия елдері әйелдері диалогының Аваза декларациясы",
      uz: "Markaziy Osiyo mamlakatlari ayollari muloqotining Avaza deklaratsiyasi",
    },
    description: {
      en: "The Declaration adopted at the meeting of the Dialogue in Avaza, Turkmenistan, on 6 August 2021.",
      ru: "Декларация, принятая на встрече Диалога в Авазе (Туркменистан) 6 августа 2021 года.",
      kk: "2021 жылғы 6 тамызда Авазада (Түрікменстан) өткен Диалог кездесуінде қабылданған декларация.",
      uz: "2021-yil 6-avgustda Avazada (Turkmaniston) boʻlib oʻtgan Muloqot uchrashuvida qabul qilingan deklaratsiya.",
    },
  },
  {
    slug: "ashgabat-outcome-2022",
    kind: "outcome_document",
    publishedOn: "2022-12-09",
    event: "ashgabat-2022",
    chairmanship: 2022,
    title: {
      en: "Outcome Document of the Ashgabat meeting of the Dialogue",
      ru: "Итоговый документ Ашхабадской встречи Диалога",
      kk: "Диалогтың Ашхабад кездесуінің қорытынды құжаты",
      uz: "Muloqotning Ashxobod uchrashuvi yakuniy hujjati",
    },
    description: {
      en: "The Outcome Document of the annual meeting in Ashgabat, December 2022, circulated as a document of the UN General Assembly.",
      ru: "Итоговый документ ежегодной встречи в Ашхабаде в декабре 2022 года, распространённый в качестве документа Генеральной Ассамблеи ООН.",
      kk: "2022 жылғы желтоқсанда Ашхабадта өткен жыл сайынғы кездесудің БҰҰ Бас Ассамблеясының құжаты ретінде таратылған қорытынды құжаты.",
      uz: "2022-yil dekabrida Ashxobodda boʻlib oʻtgan yillik uchrashuvning BMT Bosh Assambleyasi hujjati sifatida tarqatilgan yakuniy hujjati.",
    },
  },
  {
    slug: "action-plan-2023",
    kind: "action_plan",
    publishedOn: "2023-06-19",
    event: "astana-2023",
    chairmanship: 2023,
    plan: true,
    title: {
      en: "Action Plan of the Dialogue of Women of Central Asian Countries for 2023",
      ru: "План действий Диалога женщин стран Центральной Азии на 2023 год",
      kk: "Орталық Азия елдері әйелдері диалогының 2023 жылға арналған іс-қимыл жоспары",
      uz: "Markaziy Osiyo mamlakatlari ayollari muloqotining 2023-yilga moʻljallangan Harakatlar rejasi",
    },
    description: {
      en: "Adopted at the Astana meeting on 19 June 2023; it includes holding the International Conference “Women, Peace and Security” in Almaty.",
      ru: "Принят на встрече в Астане 19 июня 2023 года; включает проведение в Алматы Международной конференции «Женщины, мир и безопасность».",
      kk: "2023 жылғы 19 маусымда Астанадағы кездесуде қабылданды; Алматыда «Әйелдер, бейбітшілік және қауіпсіздік» халықаралық конференциясын өткізуді қамтиды.",
      uz: "2023-yil 19-iyunda Astanadagi uchrashuvda qabul qilingan; Olmaotada “Ayollar, tinchlik va xavfsizlik” xalqaro konferensiyasini oʻtkazishni oʻz ichiga oladi.",
    },
  },
];
