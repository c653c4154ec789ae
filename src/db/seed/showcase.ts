import type { MemberCode, Text, TopicSlug } from "./types.ts";

export interface BlockSeed {
  slug: string;
  title: Text;
}

/** The two blocks of the thematic session of the Astana meeting (session 1). */
export const BLOCKS: BlockSeed[] = [
  { slug: "family-and-society", title: { en: "Family and Society", ru: "Семья и общество" } },
  { slug: "business-and-employment", title: { en: "Business and employment", ru: "Бизнес и занятость" } },
];

export interface ProjectSeed {
  slug: string;
  block: string;
  country: MemberCode;
  presenter: string;
  title: Text;
  summary: Text;
  topics: TopicSlug[];
}

/** The 13 projects presented at the thematic session, in the article's order. */
export const PROJECTS: ProjectSeed[] = [
  {
    slug: "akyl-ayym",
    block: "family-and-society",
    country: "KG",
    presenter: "a-kasymbekov",
    title: { en: "Akyl Ayym", ru: "Акыл Айым" },
    summary: {
      en: "A project from Kyrgyzstan shown in the “Family and Society” block of the Astana thematic session.",
      ru: "Проект из Кыргызстана, представленный в блоке «Семья и общество» тематической сессии в Астане.",
    },
    topics: ["family-society", "innovation-technology"],
  },
  {
    slug: "remote-monitoring-pregnant-women",
    block: "family-and-society",
    country: "KZ",
    presenter: "d-tomilov",
    title: {
      en: "Center for Remote Monitoring of Pregnant Women",
      ru: "Центр дистанционного мониторинга беременных",
    },
    summary: {
      en: "A centre that follows the health of pregnant women remotely, using digital tools.",
      ru: "Центр, который дистанционно наблюдает за здоровьем беременных женщин с помощью цифровых инструментов.",
    },
    topics: ["health", "family-society", "digitalization"],
  },
  {
    slug: "digital-mathematics",
    block: "family-and-society",
    country: "KZ",
    presenter: "f-aksholakov",
    title: { en: "Digital Mathematics", ru: "Цифровая математика" },
    summary: {
      en: "Teaching mathematics with digital tools.",
      ru: "Обучение математике с помощью цифровых инструментов.",
    },
    topics: ["stem-education", "family-society"],
  },
  {
    slug: "icode",
    block: "family-and-society",
    country: "TJ",
    presenter: "n-murodov",
    title: {
      en: "iCode – an educational programme for girls",
      ru: "iCode — образовательная программа для девочек",
    },
    summary: {
      en: "An educational programme that teaches girls to code.",
      ru: "Образовательная программа, обучающая девочек программированию.",
    },
    topics: ["stem-education", "family-society"],
  },
  {
    slug: "ai-womens-startups",
    block: "business-and-employment",
    country: "KZ",
    presenter: "g-uali",
    title: {
      en: "Development of artificial intelligence and women's startups",
      ru: "Развитие искусственного интеллекта и женских стартапов",
    },
    summary: {
      en: "Growing women's startups in artificial intelligence.",
      ru: "Развитие женских стартапов в области искусственного интеллекта.",
    },
    topics: ["innovation-technology", "entrepreneurship"],
  },
  {
    slug: "codify",
    block: "business-and-employment",
    country: "KG",
    presenter: "d-ruslan",
    title: {
      en: "Codify – a platform for training and employment in IT",
      ru: "Codify — платформа для обучения и трудоустройства в IT",
    },
    summary: {
      en: "A platform that trains people in IT and helps them find jobs in the field.",
      ru: "Платформа, которая обучает IT-профессиям и помогает трудоустроиться в отрасли.",
    },
    topics: ["employment", "stem-education", "digitalization"],
  },
  {
    slug: "it-hub-kyrgyzstan",
    block: "business-and-employment",
    country: "KG",
    presenter: "a-ismailova",
    title: { en: "Development of an IT hub in Kyrgyzstan", ru: "Развитие IT-хаба в Кыргызстане" },
    summary: {
      en: "Building an IT hub in Kyrgyzstan.",
      ru: "Создание и развитие IT-хаба в Кыргызстане.",
    },
    topics: ["innovation-technology", "employment"],
  },
  {
    slug: "dalatek",
    block: "business-and-employment",
    country: "UZ",
    presenter: "d-atajanova",
    title: { en: "Dalatek – a platform for agribusiness", ru: "Dalatek — платформа для агробизнеса" },
    summary: {
      en: "A digital platform for agribusiness.",
      ru: "Цифровая платформа для агробизнеса.",
    },
    topics: ["entrepreneurship", "rural-women", "digitalization"],
  },
  {
    slug: "coozin",
    block: "business-and-employment",
    country: "UZ",
    presenter: "m-lutfilaeva",
    title: {
      en: "Coozin – a home kitchen delivery platform",
      ru: "Coozin — платформа доставки домашней еды",
    },
    summary: {
      en: "A platform for delivering home-cooked food.",
      ru: "Платформа для доставки домашней еды.",
    },
    topics: ["entrepreneurship", "digitalization"],
  },
  {
    slug: "technowomen-tajikistan",
    block: "business-and-employment",
    country: "TJ",
    presenter: "m-usmonova",
    title: { en: "TechnoWomen Tajikistan", ru: "TechnoWomen Таджикистан" },
    summary: {
      en: "A project of TechnoWomen in Tajikistan, for women in technology.",
      ru: "Проект TechnoWomen в Таджикистане для женщин в сфере технологий.",
    },
    topics: ["innovation-technology", "employment"],
  },
  {
    slug: "iman-pay",
    block: "business-and-employment",
    country: "UZ",
    presenter: "t-nurakhunova",
    title: {
      en: "Iman Pay – a system for paying for purchases in several parts",
      ru: "Iman Pay — система оплаты покупок в несколько частей",
    },
    summary: {
      en: "A payment system that lets buyers pay for purchases in several instalments.",
      ru: "Платёжная система, позволяющая оплачивать покупки в несколько частей.",
    },
    topics: ["trade", "digitalization", "entrepreneurship"],
  },
  {
    slug: "digitalization-rural-women",
    block: "business-and-employment",
    country: "KZ",
    presenter: "a-kenzhebek",
    title: { en: "Digitalization for rural women", ru: "Цифровизация для сельских женщин" },
    summary: {
      en: "Bringing digital skills and services to women in rural areas.",
      ru: "Цифровые навыки и сервисы для женщин в сельской местности.",
    },
    topics: ["rural-women", "digitalization"],
  },
  {
    slug: "digitalization-environment",
    block: "business-and-employment",
    country: "KG",
    presenter: "a-chynybayeva",
    title: {
      en: "Digitalization as a tool for uniting people in solving environmental problems",
      ru: "Цифровизация как инструмент объединения людей в решении экологических проблем",
    },
    summary: {
      en: "Digital tools that bring people together to solve environmental problems.",
      ru: "Цифровые инструменты, объединяющие людей для решения экологических проблем.",
    },
    topics: ["ecology", "digitalization"],
  },
];
