import type { Text, TopicSlug } from "./types.ts";

export interface SessionSeed {
  kind: string;
  title: Text;
}

/** The two sessions of the Astana meeting, in order (sort_order = index). */
export const ASTANA_SESSIONS: SessionSeed[] = [
  {
    kind: "plenary",
    title: {
      en: "The role of women in the development of innovation and technology",
      ru: "Роль женщин в развитии инноваций и технологий",
      kk: "Инновациялар мен технологияларды дамытудағы әйелдердің рөлі",
      uz: "Innovatsiyalar va texnologiyalarni rivojlantirishda ayollarning roli",
    },
  },
  {
    kind: "thematic",
    title: {
      en: "Best practices in the field of innovation and technology development with the participation of women",
      ru: "Лучшие практики в сфере развития инноваций и технологий с участием женщин",
      kk: "Әйелдердің қатысуымен инновациялар мен технологияларды дамыту саласындағы үздік тәжірибелер",
      uz: "Ayollar ishtirokida innovatsiyalar va texnologiyalarni rivojlantirish sohasidagi ilgʻor amaliyotlar",
    },
  },
];

export type ParticipationRole = "speaker" | "moderator" | "guest" | "presenter" | "delegate";

/**
 * Who took part in the main session, one row per position held there (presenters come from the
 * showcase): Aida Balayeva spoke both as Deputy Head of the Presidential Administration and as
 * Chair of the National Commission, so she has two rows with the same role.
 */
export const ASTANA_MAIN_PARTICIPANTS: { person: string; role: ParticipationRole; position: string }[] = [
  { person: "dania-espayeva", role: "moderator", position: "deputy-chair-majilis" },
  { person: "yerlan-koshanov", role: "speaker", position: "speaker-majilis" },
  { person: "elvira-azimova", role: "speaker", position: "chair-constitutional-court" },
  { person: "aida-balayeva", role: "speaker", position: "deputy-head-administration" },
  { person: "aida-balayeva", role: "speaker", position: "chair-national-commission" },
  { person: "miroslav-jenca", role: "speaker", position: "un-asg" },
];

export type StatementKind = "quote" | "welcome_speech" | "proposal" | "remark";

export interface StatementSeed {
  person: string;
  kind: StatementKind;
  session: number;
  text: Text;
  topics: TopicSlug[];
}

/** What was said at the Astana meeting, in the order of the article. */
export const ASTANA_STATEMENTS: StatementSeed[] = [
  {
    person: "elvira-azimova",
    kind: "welcome_speech",
    session: 0,
    text: {
      en: "Elvira Azimova delivered a welcoming speech to the participants of the Dialogue.",
      ru: "Эльвира Азимова выступила с приветственным словом к участникам Диалога.",
      kk: "Эльвира Әзімова Диалог қатысушыларына құттықтау сөз сөйледі.",
      uz: "Elvira Azimova Muloqot ishtirokchilariga tabrik soʻzi bilan murojaat qildi.",
    },
    topics: [],
  },
  {
    person: "miroslav-jenca",
    kind: "welcome_speech",
    session: 0,
    text: {
      en: "Miroslav Jenča delivered a welcoming speech to the participants of the Dialogue.",
      ru: "Мирослав Енча выступил с приветственным словом к участникам Диалога.",
      kk: "Мирослав Енча Диалог қатысушыларына құттықтау сөз сөйледі.",
      uz: "Miroslav Jenča Muloqot ishtirokchilariga tabrik soʻzi bilan murojaat qildi.",
    },
    topics: [],
  },
  {
    person: "yerlan-koshanov",
    kind: "remark",
    session: 0,
    text: {
      en: "Eliminating the digital gender gap should become a priority for the countries of Central Asia.",
      ru: "Устранение цифрового гендерного разрыва должно стать приоритетом для стран Центральной Азии.",
      kk: "Цифрлық гендерлік алшақтықты жою Орталық Азия елдері үшін басымдыққа айналуы тиіс.",
      uz: "Raqamli gender tafovutini bartaraf etish Markaziy Osiyo mamlakatlari uchun ustuvor vazifaga aylanishi lozim.",
    },
    topics: ["digitalization", "gender-equality"],
  },
  {
    person: "yerlan-koshanov",
    kind: "quote",
    session: 0,
    text: {
      en: "President Kassym-Jomart Tokayev is convinced that the level of development of a country is measured by the position of women in society. We believe that today's meeting will contribute to the comprehensive expansion of women's participation in the social, economic and political life of the countries of the region. In this regard, modern information and communication technologies create new opportunities for gender equality.",
      ru: "Президент Касым-Жомарт Токаев убеждён, что уровень развития страны измеряется положением женщин в обществе. Считаем, что сегодняшняя встреча будет способствовать всестороннему расширению участия женщин в социальной, экономической и политической жизни стран региона. В этой связи современные информационно-коммуникационные технологии создают новые возможности для гендерного равенства.",
      kk: "Президент Қасым-Жомарт Тоқаев елдің даму деңгейі қоғамдағы әйелдердің жағдайымен өлшенетініне сенімді. Бүгінгі кездесу өңір елдерінің әлеуметтік, экономикалық және саяси өміріне әйелдердің қатысуын жан-жақты кеңейтуге ықпал етеді деп есептейміз. Осыған байланысты заманауи ақпараттық-коммуникациялық технологиялар гендерлік теңдік үшін жаңа мүмкіндіктер туғызады.",
      uz: "Prezident Qasim-Jomart Toqayev mamlakatning rivojlanish darajasi jamiyatda ayollarning tutgan oʻrni bilan oʻlchanishiga ishonadi. Bugungi uchrashuv mintaqa mamlakatlarining ijtimoiy, iqtisodiy va siyosiy hayotida ayollar ishtirokini har tomonlama kengaytirishga xizmat qiladi, deb hisoblaymiz. Shu munosabat bilan zamonaviy axborot-kommunikatsiya texnologiyalari gender tengligi uchun yangi imkoniyatlar yaratmoqda.",
    },
    topics: ["gender-equality", "digitalization"],
  },
  {
    person: "aida-balayeva",
    kind: "remark",
    session: 0,
    text: {
      en: "Aida Balayeva focused on integrating the efforts of active women from the countries of the Central Asian region, the women's business community, academic and scientific circles, and the non-governmental and civil sectors.",
      ru: "Аида Балаева акцентировала внимание на интеграции усилий активных женщин стран Центральноазиатского региона, женского бизнес-сообщества, академических и научных кругов, неправительственного и гражданского секторов.",
      kk: "Аида Балаева Орталық Азия өңірі елдерінің белсенді әйелдерінің, әйелдер бизнес-қоғамдастығының, академиялық және ғылыми ортаның, үкіметтік емес және азаматтық секторлардың күш-жігерін біріктіруге назар аударды.",
      uz: "Aida Balayeva Markaziy Osiyo mintaqasi mamlakatlarining faol ayollari, ayollar biznes hamjamiyati, akademik va ilmiy doiralar, nodavlat va fuqarolik sektorlari saʼy-harakatlarini birlashtirishga eʼtibor qaratdi.",
    },
    topics: ["entrepreneurship", "gender-equality"],
  },
  {
    person: "aida-balayeva",
    kind: "quote",
    session: 0,
    text: {
      en: "Given this platform and the active potential of its participants, we can jointly solve common problems of improving the quality of life of women and our families, especially in the face of global and regional challenges.",
      ru: "Учитывая данную площадку и активный потенциал её участниц, мы можем совместно решать общие проблемы повышения качества жизни женщин, наших семей, особенно в условиях глобальных и региональных вызовов.",
      kk: "Осы алаңды және оның қатысушыларының белсенді әлеуетін ескере отырып, біз, әсіресе жаһандық және өңірлік сын-қатерлер жағдайында, әйелдер мен біздің отбасыларымыздың өмір сапасын арттырудың ортақ мәселелерін бірлесіп шеше аламыз.",
      uz: "Ushbu maydon va uning ishtirokchilarining faol salohiyatini inobatga olgan holda, biz, ayniqsa, global va mintaqaviy tahdidlar sharoitida ayollar va oilalarimiz hayot sifatini oshirishga oid umumiy muammolarni birgalikda hal qila olamiz.",
    },
    topics: ["family-society"],
  },
  {
    person: "aida-balayeva",
    kind: "proposal",
    session: 0,
    text: {
      en: "Expand cooperation between the scientific and expert communities of the Central Asian countries on topical issues of demographic development and gender equality; implement projects in tourism and culture; interact in the field of ecology; and develop trade, including digital trade.",
      ru: "Расширить сотрудничество научных и экспертных сообществ стран Центральной Азии по актуальным вопросам демографического развития, гендерного равенства, реализовывать проекты в сфере туризма, культуры, взаимодействовать в сфере экологии, развивать торговлю, в том числе цифровую.",
      kk: "Демографиялық даму мен гендерлік теңдіктің өзекті мәселелері бойынша Орталық Азия елдерінің ғылыми және сараптамалық қоғамдастықтарының ынтымақтастығын кеңейту; туризм және мәдениет салаларында жобалар іске асыру; экология саласында өзара іс-қимыл жасау; сауданы, оның ішінде цифрлық сауданы дамыту.",
      uz: "Demografik rivojlanish va gender tengligining dolzarb masalalari boʻyicha Markaziy Osiyo mamlakatlari ilmiy va ekspert hamjamiyatlari oʻrtasidagi hamkorlikni kengaytirish; turizm va madaniyat sohalarida loyihalarni amalga oshirish; ekologiya sohasida hamkorlik qilish; savdoni, shu jumladan raqamli savdoni rivojlantirish.",
    },
    topics: ["demographic-development", "gender-equality", "tourism", "culture", "ecology", "trade"],
  },
  {
    person: "dania-espayeva",
    kind: "remark",
    session: 0,
    text: {
      en: "Priorities of Kazakhstan's chairmanship of the Dialogue: on the initiative of Kazakhstan, digitalization has been included in the priorities of the Dialogue as a new, effective tool for involving women broadly in socio-economic relations; Kazakhstan has great achievements here and is ready to share them. Kazakhstan also intends to expand the exchange of experience on the role of women in ensuring peace and security. Six Kazakh military observers, one of them a woman, currently serve in the UN mission in Western Sahara (MINURSO), and the Roadmap for expanding the participation of Kazakhstan's Armed Forces in UN peacekeeping missions includes an item on training female military personnel.",
      ru: "Приоритеты председательства Казахстана в Диалоге: по инициативе Казахстана цифровизация включена в приоритеты Диалога как новый эффективный инструмент широкого вовлечения женщин в социально-экономические отношения; Казахстан имеет большие достижения в этом вопросе и готов ими делиться. Казахстан также намерен расширять обмен опытом о роли женщин в обеспечении мира и безопасности. В настоящее время в миссии ООН в Западной Сахаре (МООНРЗС) участвуют шесть казахстанских военных наблюдателей, в том числе одна женщина-военнослужащая, а Дорожная карта по расширению участия Вооружённых сил страны в миротворческих миссиях ООН включает пункт о подготовке женщин-военнослужащих.",
      kk: "Қазақстанның Диалогтағы төрағалығының басымдықтары: Қазақстанның бастамасымен цифрландыру әйелдерді әлеуметтік-экономикалық қатынастарға кеңінен тартудың жаңа тиімді құралы ретінде Диалог басымдықтарына енгізілді; Қазақстанның бұл салада үлкен жетістіктері бар және ол олармен бөлісуге дайын. Сондай-ақ Қазақстан бейбітшілік пен қауіпсіздікті қамтамасыз етудегі әйелдердің рөлі туралы тәжірибе алмасуды кеңейтуге ниетті. Қазіргі уақытта БҰҰ-ның Батыс Сахарадағы миссиясында (MINURSO) алты қазақстандық әскери бақылаушы, оның ішінде бір әйел қызмет атқарады, ал Қазақстан Қарулы Күштерінің БҰҰ бітімгершілік миссияларына қатысуын кеңейту жөніндегі Жол картасы әйел әскери қызметшілерді даярлау туралы тармақты қамтиды.",
      uz: "Qozogʻistonning Muloqotdagi raisligi ustuvor yoʻnalishlari: Qozogʻiston tashabbusi bilan raqamlashtirish ayollarni ijtimoiy-iqtisodiy munosabatlarga keng jalb etishning yangi samarali vositasi sifatida Muloqot ustuvor yoʻnalishlariga kiritildi; Qozogʻiston bu borada katta yutuqlarga ega va ular bilan boʻlishishga tayyor. Shuningdek, Qozogʻiston tinchlik va xavfsizlikni taʼminlashda ayollarning roli boʻyicha tajriba almashishni kengaytirish niyatida. Hozirgi vaqtda BMTning Gʻarbiy Saxaradagi missiyasida (MINURSO) oltita qozogʻistonlik harbiy kuzatuvchi, ulardan biri ayol, xizmat qilmoqda, Qozogʻiston Qurolli Kuchlarining BMT tinchlikparvarlik missiyalaridagi ishtirokini kengaytirish boʻyicha Yoʻl xaritasi esa ayol harbiy xizmatchilarni tayyorlash haqidagi bandni oʻz ichiga oladi.",
    },
    topics: ["digitalization", "women-peace-security"],
  },
];
