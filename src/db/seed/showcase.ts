import type { MemberCode, Text, TopicSlug } from "./types.ts";

export interface BlockSeed {
  slug: string;
  title: Text;
}

/** The two blocks of the thematic session of the Astana meeting (session 1). */
export const BLOCKS: BlockSeed[] = [
  {
    slug: "family-and-society",
    title: {
      en: "Family and Society",
      ru: "Семья и общество",
      kk: "Отбасы және қоғам",
      uz: "Oila va jamiyat",
    },
  },
  {
    slug: "business-and-employment",
    title: {
      en: "Business and employment",
      ru: "Бизнес и занятость",
      kk: "Бизнес және жұмыспен қамту",
      uz: "Biznes va bandlik",
    },
  },
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
    title: { en: "Akyl Ayym", ru: "Акыл Айым", kk: "Акыл Айым", uz: "Akyl Ayym" },
    summary: {
      en: "A project from Kyrgyzstan shown in the “Family and Society” block of the Astana thematic session.",
      ru: "Проект из Кыргызстана, представленный в блоке «Семья и общество» тематической сессии в Астане.",
      kk: "Астанадағы тақырыптық сессияның «Отбасы және қоғам» блогында таныстырылған Қырғызстан жобасы.",
      uz: "Astanadagi tematik sessiyaning “Oila va jamiyat” blokida taqdim etilgan Qirgʻiziston loyihasi.",
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
      kk: "Жүкті әйелдерді қашықтан бақылау орталығы",
      uz: "Homilador ayollarni masofadan monitoring qilish markazi",
    },
    summary: {
      en: "A centre that follows the health of pregnant women remotely, using digital tools.",
      ru: "Центр, который дистанционно наблюдает за здоровьем беременных женщин с помощью цифровых инструментов.",
      kk: "Цифрлық құралдардың көмегімен жүкті әйелдердің денсаулығын қашықтан бақылайтын орталық.",
      uz: "Raqamli vositalar yordamida homilador ayollar salomatligini masofadan kuzatib boradigan markaz.",
    },
    topics: ["health", "family-society", "digitalization"],
  },
  {
    slug: "digital-mathematics",
    block: "family-and-society",
    country: "KZ",
    presenter: "f-aksholakov",
    title: {
      en: "Digital Mathematics",
      ru: "Цифровая математика",
      kk: "Цифрлық математика",
      uz: "Raqamli matematika",
    },
    summary: {
      en: "Teaching mathematics with digital tools.",
      ru: "Обучение математике с помощью цифровых инструментов.",
      kk: "Цифрлық құралдардың көмегімен математиканы оқыту.",
      uz: "Raqamli vositalar yordamida matematikani oʻqitish.",
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
      kk: "iCode — қыздарға арналған білім беру бағдарламасы",
      uz: "iCode — qizlar uchun taʼlim dasturi",
    },
    summary: {
      en: "An educational programme that teaches girls to code.",
      ru: "Образовательная программа, обучающая девочек программированию.",
      kk: "Қыздарды бағдарламалауға үйрететін білім беру бағдарламасы.",
      uz: "Qizlarni dasturlashga oʻrgatadigan taʼlim dasturi.",
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
      kk: "Жасанды интеллект пен әйелдер стартаптарын дамыту",
      uz: "Sunʼiy intellekt va ayollar startaplarini rivojlantirish",
    },
    summary: {
      en: "Growing women's startups in artificial intelligence.",
      ru: "Развитие женских стартапов в области искусственного интеллекта.",
      kk: "Жасанды интеллект саласындағы әйелдер стартаптарын дамыту.",
      uz: "Sunʼiy intellekt sohasidagi ayollar startaplarini rivojlantirish.",
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
      kk: "Codify — IT саласында оқыту және жұмысқа орналастыру платформасы",
      uz: "Codify — IT sohasida oʻqitish va ishga joylashtirish platformasi",
    },
    summary: {
      en: "A platform that trains people in IT and helps them find jobs in the field.",
      ru: "Платформа, которая обучает IT-профессиям и помогает трудоустроиться в отрасли.",
      kk: "Адамдарды IT мамандықтарына оқытып, осы салада жұмысқа орналасуға көмектесетін платформа.",
      uz: "Odamlarni IT kasblariga oʻqitadigan va ularga ushbu sohada ish topishda yordam beradigan platforma.",
    },
    topics: ["employment", "stem-education", "digitalization"],
  },
  {
    slug: "it-hub-kyrgyzstan",
    block: "business-and-employment",
    country: "KG",
    presenter: "a-ismailova",
    title: {
      en: "Development of an IT hub in Kyrgyzstan",
      ru: "Развитие IT-хаба в Кыргызстане",
      kk: "Қырғызстанда IT-хаб дамыту",
      uz: "Qirgʻizistonda IT-xabni rivojlantirish",
    },
    summary: {
      en: "Building an IT hub in Kyrgyzstan.",
      ru: "Создание и развитие IT-хаба в Кыргызстане.",
      kk: "Қырғызстанда IT-хаб құру.",
      uz: "Qirgʻizistonda IT-xab barpo etish.",
    },
    topics: ["innovation-technology", "employment"],
  },
  {
    slug: "dalatek",
    block: "business-and-employment",
    country: "UZ",
    presenter: "d-atajanova",
    title: {
      en: "Dalatek – a platform for agribusiness",
      ru: "Dalatek — платформа для агробизнеса",
      kk: "Dalatek — агробизнеске арналған платформа",
      uz: "Dalatek — agrobiznes uchun platforma",
    },
    summary: {
      en: "A digital platform for agribusiness.",
      ru: "Цифровая платформа для агробизнеса.",
      kk: "Агробизнеске арналған цифрлық платформа.",
      uz: "Agrobiznes uchun raqamli platforma.",
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
      kk: "Coozin — үй тағамдарын жеткізу платформасы",
      uz: "Coozin — uy taomlarini yetkazib berish platformasi",
    },
    summary: {
      en: "A platform for delivering home-cooked food.",
      ru: "Платформа для доставки домашней еды.",
      kk: "Үйде дайындалған тағамдарды жеткізуге арналған платформа.",
      uz: "Uyda tayyorlangan taomlarni yetkazib berish platformasi.",
    },
    topics: ["entrepreneurship", "digitalization"],
  },
  {
    slug: "technowomen-tajikistan",
    block: "business-and-employment",
    country: "TJ",
    presenter: "m-usmonova",
    title: {
      en: "TechnoWomen Tajikistan",
      ru: "TechnoWomen Таджикистан",
      kk: "TechnoWomen Тәжікстан",
      uz: "TechnoWomen Tojikiston",
    },
    summary: {
      en: "A project of TechnoWomen in Tajikistan, for women in technology.",
      ru: "Проект TechnoWomen в Таджикистане для женщин в сфере технологий.",
      kk: "TechnoWomen ұйымының Тәжікстандағы технология саласындағы әйелдерге арналған жобасы.",
      uz: "TechnoWomen tashkilotining Tojikistondagi texnologiya sohasidagi ayollar uchun loyihasi.",
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
      kk: "Iman Pay — сатып алуларды бірнеше бөлікпен төлеу жүйесі",
      uz: "Iman Pay — xaridlar uchun bir necha qismda toʻlash tizimi",
    },
    summary: {
      en: "A payment system that lets buyers pay for purchases in several instalments.",
      ru: "Платёжная система, позволяющая оплачивать покупки в несколько частей.",
      kk: "Сатып алушыларға сатып алуларды бірнеше бөлікпен төлеуге мүмкіндік беретін төлем жүйесі.",
      uz: "Xaridorlarga xaridlar uchun bir necha qismda toʻlash imkonini beradigan toʻlov tizimi.",
    },
    topics: ["trade", "digitalization", "entrepreneurship"],
  },
  {
    slug: "digitalization-rural-women",
    block: "business-and-employment",
    country: "KZ",
    presenter: "a-kenzhebek",
    title: {
      en: "Digitalization for rural women",
      ru: "Цифровизация для сельских женщин",
      kk: "Ауыл әйелдеріне арналған цифрландыру",
      uz: "Qishloq ayollari uchun raqamlashtirish",
    },
    summary: {
      en: "Bringing digital skills and services to women in rural areas.",
      ru: "Цифровые навыки и сервисы для женщин в сельской местности.",
      kk: "Ауылдық жерлердегі әйелдерге цифрлық дағдылар мен қызметтерді жеткізу.",
      uz: "Qishloq joylardagi ayollarga raqamli koʻnikmalar va xizmatlarni yetkazish.",
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
      kk: "Цифрландыру экологиялық мәселелерді шешуде адамдарды біріктіру құралы ретінде",
      uz: "Raqamlashtirish ekologik muammolarni hal qilishda odamlarni birlashtirish vositasi sifatida",
    },
    summary: {
      en: "Digital tools that bring people together to solve environmental problems.",
      ru: "Цифровые инструменты, объединяющие людей для решения экологических проблем.",
      kk: "Экологиялық мәселелерді шешу үшін адамдарды біріктіретін цифрлық құралдар.",
      uz: "Ekologik muammolarni hal qilish uchun odamlarni birlashtiradigan raqamli vositalar.",
    },
    topics: ["ecology", "digitalization"],
  },
];
