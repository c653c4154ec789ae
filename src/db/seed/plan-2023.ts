import type { MemberCode, Text, TopicSlug } from "./types.ts";

/** The Action Plan of the Dialogue for 2023, adopted at the Astana meeting. */
export const PLAN_2023 = {
  year: 2023,
  adoptedEvent: "astana-2023",
  adoptedOn: "2023-06-19",
  title: {
    en: "Action Plan of the Dialogue of Women of Central Asian Countries for 2023",
    ru: "План действий Диалога женщин стран Центральной Азии на 2023 год",
    kk: "Орталық Азия елдері әйелдері диалогының 2023 жылға арналған іс-қимыл жоспары",
    uz: "Markaziy Osiyo mamlakatlari ayollari muloqotining 2023-yilga moʻljallangan Harakatlar rejasi",
  } satisfies Text,
};

export type ItemState = "planned" | "in_progress" | "done" | "postponed" | "cancelled";

export interface PlanUpdateSeed {
  reportedOn: string;
  state: ItemState;
  progress: number;
  country: MemberCode;
  evidenceEvent?: string;
  evidenceDocument?: string;
  note: Text;
}

export interface PlanItemSeed {
  /** Only for readers of this file: plan items have no slug column, the code identifies them. */
  key: string;
  code: string;
  state: ItemState;
  progress: number;
  dueFrom?: string;
  dueTo?: string;
  countries: MemberCode[];
  orgs?: string[];
  topics: TopicSlug[];
  title: Text;
  description: Text;
  updates: PlanUpdateSeed[];
}

/** The items: the conference the article names, and items derived from the chairmanship's stated priorities. */
export const PLAN_ITEMS: PlanItemSeed[] = [
  {
    key: "wps-conference",
    code: "1",
    state: "done",
    progress: 100,
    dueTo: "2023-12-31",
    countries: ["KZ"],
    topics: ["women-peace-security"],
    title: {
      en: "Hold the International Conference “Women, Peace and Security” in Almaty",
      ru: "Провести Международную конференцию «Женщины, мир и безопасность» в Алматы",
      kk: "Алматыда «Әйелдер, бейбітшілік және қауіпсіздік» халықаралық конференциясын өткізу",
      uz: "Olmaotada “Ayollar, tinchlik va xavfsizlik” xalqaro konferensiyasini oʻtkazish",
    },
    description: {
      en: "The Action Plan adopted in Astana included holding the International Conference “Women, Peace and Security” in Almaty.",
      ru: "Принятый в Астане План действий предусматривал проведение в Алматы Международной конференции «Женщины, мир и безопасность».",
      kk: "Астанада қабылданған іс-қимыл жоспары Алматыда «Әйелдер, бейбітшілік және қауіпсіздік» халықаралық конференциясын өткізуді көздеді.",
      uz: "Astanada qabul qilingan Harakatlar rejasi Olmaotada “Ayollar, tinchlik va xavfsizlik” xalqaro konferensiyasini oʻtkazishni nazarda tutgan.",
    },
    updates: [
      {
        reportedOn: "2023-10-16",
        state: "done",
        progress: 100,
        country: "KZ",
        evidenceEvent: "almaty-wps-conference-2023",
        note: {
          en: "The International Conference “Women, Peace and Security” was held in Almaty on 16 October 2023.",
          ru: "Международная конференция «Женщины, мир и безопасность» состоялась в Алматы 16 октября 2023 года.",
          kk: "«Әйелдер, бейбітшілік және қауіпсіздік» халықаралық конференциясы 2023 жылғы 16 қазанда Алматыда өтті.",
          uz: "“Ayollar, tinchlik va xavfsizlik” xalqaro konferensiyasi 2023-yil 16-oktabrda Olmaotada boʻlib oʻtdi.",
        },
      },
    ],
  },
  {
    key: "digitalization-priority",
    code: "2",
    state: "in_progress",
    progress: 50,
    dueTo: "2023-12-31",
    countries: ["KZ"],
    topics: ["digitalization", "gender-equality"],
    title: {
      en: "Make digitalization a priority of the Dialogue and share Kazakhstan's experience",
      ru: "Сделать цифровизацию приоритетом Диалога и поделиться опытом Казахстана",
      kk: "Цифрландыруды Диалогтың басымдығына айналдыру және Қазақстанның тәжірибесімен бөлісу",
      uz: "Raqamlashtirishni Muloqotning ustuvor yoʻnalishiga aylantirish va Qozogʻiston tajribasini ulashish",
    },
    description: {
      en: "On Kazakhstan's initiative, digitalization is included in the priorities of the Dialogue as a new, effective tool for involving women broadly in socio-economic relations; Kazakhstan is ready to share its achievements, and the countries work to close the digital gender gap.",
      ru: "По инициативе Казахстана цифровизация включена в приоритеты Диалога как новый эффективный инструмент широкого вовлечения женщин в социально-экономические отношения; Казахстан готов делиться своими достижениями, а страны работают над устранением цифрового гендерного разрыва.",
      kk: "Қазақстанның бастамасымен цифрландыру әйелдерді әлеуметтік-экономикалық қатынастарға кеңінен тартудың жаңа тиімді құралы ретінде Диалог басымдықтарына енгізілді; Қазақстан өз жетістіктерімен бөлісуге дайын, ал елдер цифрлық гендерлік алшақтықты жою бойынша жұмыс істеуде.",
      uz: "Qozogʻiston tashabbusi bilan raqamlashtirish ayollarni ijtimoiy-iqtisodiy munosabatlarga keng jalb etishning yangi samarali vositasi sifatida Muloqot ustuvor yoʻnalishlariga kiritilgan; Qozogʻiston oʻz yutuqlari bilan boʻlishishga tayyor, mamlakatlar esa raqamli gender tafovutini bartaraf etish ustida ishlamoqda.",
    },
    updates: [
      {
        reportedOn: "2023-06-19",
        state: "in_progress",
        progress: 50,
        country: "KZ",
        evidenceEvent: "astana-2023",
        note: {
          en: "Digitalization was included in the priorities of the Dialogue at the Astana meeting; 13 digital projects by women were presented at its thematic session.",
          ru: "Цифровизация включена в приоритеты Диалога на встрече в Астане; на её тематической сессии представлены 13 цифровых проектов женщин.",
          kk: "Цифрландыру Астанадағы кездесуде Диалог басымдықтарына енгізілді; оның тақырыптық сессиясында әйелдердің 13 цифрлық жобасы таныстырылды.",
          uz: "Raqamlashtirish Astanadagi uchrashuvda Muloqot ustuvor yoʻnalishlariga kiritildi; uning tematik sessiyasida ayollarning 13 ta raqamli loyihasi taqdim etildi.",
        },
      },
    ],
  },
  {
    key: "wps-experience-exchange",
    code: "3",
    state: "in_progress",
    progress: 50,
    dueTo: "2023-12-31",
    countries: ["KZ"],
    orgs: ["kz-armed-forces"],
    topics: ["women-peace-security"],
    title: {
      en: "Expand the exchange of experience on the role of women in ensuring peace and security",
      ru: "Расширить обмен опытом о роли женщин в обеспечении мира и безопасности",
      kk: "Бейбітшілік пен қауіпсіздікті қамтамасыз етудегі әйелдердің рөлі туралы тәжірибе алмасуды кеңейту",
      uz: "Tinchlik va xavfsizlikni taʼminlashda ayollarning roli boʻyicha tajriba almashishni kengaytirish",
    },
    description: {
      en: "Share experience such as Kazakhstan's: six Kazakh military observers, one of them a woman, serve in the UN mission in Western Sahara, and the Roadmap for expanding the participation of the Armed Forces in UN peacekeeping missions includes training female military personnel.",
      ru: "Делиться опытом, в том числе опытом Казахстана: шесть казахстанских военных наблюдателей, среди них одна женщина, служат в миссии ООН в Западной Сахаре, а Дорожная карта по расширению участия Вооружённых сил в миротворческих миссиях ООН включает подготовку женщин-военнослужащих.",
      kk: "Тәжірибемен, соның ішінде Қазақстанның тәжірибесімен бөлісу: БҰҰ-ның Батыс Сахарадағы миссиясында алты қазақстандық әскери бақылаушы, оның ішінде бір әйел қызмет етеді, ал Қарулы Күштердің БҰҰ бітімгершілік миссияларына қатысуын кеңейту жөніндегі Жол картасы әйел әскери қызметшілерді даярлауды қамтиды.",
      uz: "Tajriba, jumladan, Qozogʻiston tajribasi bilan boʻlishish: BMTning Gʻarbiy Saxaradagi missiyasida oltita qozogʻistonlik harbiy kuzatuvchi, ulardan biri ayol, xizmat qilmoqda, Qurolli Kuchlarning BMT tinchlikparvarlik missiyalaridagi ishtirokini kengaytirish boʻyicha Yoʻl xaritasi esa ayol harbiy xizmatchilarni tayyorlashni oʻz ichiga oladi.",
    },
    updates: [
      {
        reportedOn: "2023-10-16",
        state: "in_progress",
        progress: 50,
        country: "KZ",
        evidenceEvent: "almaty-wps-conference-2023",
        note: {
          en: "Experience was exchanged at the International Conference “Women, Peace and Security” in Almaty.",
          ru: "Обмен опытом состоялся на Международной конференции «Женщины, мир и безопасность» в Алматы.",
          kk: "Алматыдағы «Әйелдер, бейбітшілік және қауіпсіздік» халықаралық конференциясында тәжірибе алмасу өтті.",
          uz: "Olmaotadagi “Ayollar, tinchlik va xavfsizlik” xalqaro konferensiyasida tajriba almashildi.",
        },
      },
    ],
  },
  {
    key: "closing-handover",
    code: "4",
    state: "done",
    progress: 100,
    dueTo: "2023-12-31",
    countries: ["KZ"],
    topics: [],
    title: {
      en: "Hold the closing meeting of the chairmanship and hand the chairmanship over to Kyrgyzstan",
      ru: "Провести заключительную встречу председательства и передать председательство Кыргызстану",
      kk: "Төрағалықтың қорытынды кездесуін өткізу және төрағалықты Қырғызстанға тапсыру",
      uz: "Raislikning yakuniy uchrashuvini oʻtkazish va raislikni Qirgʻizistonga topshirish",
    },
    description: {
      en: "Sum up Kazakhstan's chairmanship of 2023 and hand over to the next chair, Kyrgyzstan.",
      ru: "Подвести итоги председательства Казахстана в 2023 году и передать председательство следующей стране — Кыргызстану.",
      kk: "Қазақстанның 2023 жылғы төрағалығын қорытындылау және төрағалықты келесі елге — Қырғызстанға тапсыру.",
      uz: "Qozogʻistonning 2023-yildagi raisligini yakunlash va raislikni navbatdagi mamlakat — Qirgʻizistonga topshirish.",
    },
    updates: [
      {
        reportedOn: "2023-12-04",
        state: "done",
        progress: 100,
        country: "KZ",
        evidenceEvent: "astana-closing-2023",
        note: {
          en: "The closing meeting took place in Astana on 4 December 2023 and handed the chairmanship over to Kyrgyzstan.",
          ru: "Заключительная встреча прошла в Астане 4 декабря 2023 года; председательство передано Кыргызстану.",
          kk: "Қорытынды кездесу 2023 жылғы 4 желтоқсанда Астанада өтті; төрағалық Қырғызстанға тапсырылды.",
          uz: "Yakuniy uchrashuv 2023-yil 4-dekabrda Astanada boʻlib oʻtdi; raislik Qirgʻizistonga topshirildi.",
        },
      },
    ],
  },
];
