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
    },
  },
  {
    kind: "thematic",
    title: {
      en: "Best practices in the field of innovation and technology development with the participation of women",
      ru: "Лучшие практики в сфере развития инноваций и технологий с участием женщин",
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
    },
    topics: ["digitalization", "women-peace-security"],
  },
];
