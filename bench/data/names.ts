/**
 * Name pools of the region, written as people write them at home: Kazakh, Kyrgyz, Tajik and Uzbek
 * names in their national Cyrillic (Қ, Ң, Ө, Ү, Ғ, Ҷ, Ҳ, Ӯ, Ў…), Turkmen names as Latin/Cyrillic pairs
 * (Turkmen is written in Latin), Russian names in Russian. `romanize.ts` derives the Russian Cyrillic
 * and the Latin spellings (BGN/PCGN, ICAO, national Latin) from these.
 */

export type Nationality = "kk" | "ky" | "tg" | "tk" | "uz" | "ru";

export interface NamePool {
  /** Member country people of this pool usually belong to (null: Russian names, spread over the region). */
  country: "KZ" | "KG" | "TJ" | "TM" | "UZ" | null;
  female: readonly string[];
  male: readonly string[];
  /** Surnames in their masculine form (Қошанов); the feminine is derived (Қошанова). */
  surnames: readonly string[];
}

const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const POOLS: Record<Exclude<Nationality, "tk">, NamePool> = {
  kk: {
    country: "KZ",
    female: split(`Әйгерім Айгүл Гүлнар Динара Жанар Жұлдыз Әсел Мадина Сәуле Ақмарал Балжан Гүлмира Дана Ерке
      Аружан Назерке Перизат Сая Томирис Үміт Шолпан Ботагөз Ләззат Қарлығаш Индира Дания Эльвира Аида
      Гауһар Мөлдір Салтанат Айнұр Ақбота Жібек Күләш Нұржамал`),
    male: split(`Ерлан Нұрлан Қасым Асхат Бауыржан Дәурен Ержан Марат Серік Талғат Ғалым Мұрат Ақылбек`),
    surnames: split(`Қошанов Балаев Әбдірахманов Байжанов Жұмабаев Қасымов Нұрпейісов Сәрсенбаев Төлеуов
      Оспанов Ахметов Бекмұхамбетов Дәулетов Ерғалиев Жақсылықов Құдайбергенов Мұқанов Смағұлов Тоқаев
      Үсенов Шәкенов Есенов Айтбаев Исабеков Қайратов Еспаев Ақшолақов Уәлиев Кенжебеков Әзімов Нұрғалиев
      Сейітов Бөкейханов Ғабдуллин Мыңбаев Тұрсынов`),
  },
  ky: {
    country: "KG",
    female: split(`Айгүл Айпери Асел Бермет Гүлнара Жылдыз Нургүл Чолпон Бурул Динара Элмира Айзада Каныкей
      Мээрим Нурзат Сезим Толкун Үмүт Айжамал Жаңыл Күмүшай Гүлзат Роза Алтынай Назира Айнура`),
    male: split(`Алмазбек Бакыт Нурлан Садыр Таалайбек Эрлан Улан Кубанычбек Өмүрбек Жеңишбек`),
    surnames: split(`Асанов Бакиев Жээнбеков Исмаилов Кенжебеков Мамытов Осмонов Өмүрбеков Сатыбалдиев
      Токтогулов Үсөнов Чыныбаев Нурахунов Касымбеков Абдылдаев Бейшеналиев Жапаров Дүйшөнбиев Эсенгулов
      Турдубаев Бөрүбаев Сыдыков Ташиев Отунбаев Шаршеналиев Медетбеков`),
  },
  tg: {
    country: "TJ",
    female: split(`Мунира Фарзона Зарина Нигора Малика Гулноза Дилором Шаҳло Мадина Сабоҳат Рухшона Ситора
      Фотима Зулфия Озода Парвина Таҳмина Ҳуршеда Ҷамила Нилуфар Манижа Шаҳноза Гулрӯ Дилафрӯз Мавҷуда`),
    male: split(`Фаррух Шодмон Ҷамшед Рустам Бахтиёр Далер Искандар Умед Қурбон Ҳусейн`),
    surnames: split(`Усмонов Муродов Раҳимов Назаров Қодиров Ҷалолов Саидов Шарипов Ҳакимов Холов Мирзоев
      Азимов Юсуфов Каримов Давлатов Исмоилов Ғафуров Нуриддинов Шоев Бобоев Қурбонов Ҷумъаев Раҳмонов
      Сафаров Зиёев Ҳамроев`),
  },
  uz: {
    country: "UZ",
    female: split(`Гулнора Дилноза Малика Нигора Шаҳноза Феруза Мадина Зулфия Лола Ҳилола Ўғилой Саодат
      Нодира Моҳира Дилфуза Гулчеҳра Маржона Севара Барно Танзила Мафтуна Ўлмас Юлдуз Нозима Шоира
      Муниса`),
    male: split(`Ўктам Шавкат Бахтиёр Жасур Улуғбек Акмал Ботир Санжар Ғайрат Ҳамид`),
    surnames: split(`Усмонов Лутфиллаев Қодиров Мирзаев Тошматов Юлдошев Ҳасанов Абдуллаев Раҳмонов Султонов
      Эргашев Ғуломов Исмоилов Норматов Каримов Азимов Ўразов Шукуров Холматов Турсунов Саидов Нарбаев
      Қурбонов Ҳайдаров Жўраев Тўхтаев`),
  },
  ru: {
    country: null,
    female: split(`Елена Ольга Наталья Татьяна Ирина Мария Анна Екатерина Светлана Юлия Ксения Дарья Людмила
      Валентина Евгения Алёна Софья Ульяна`),
    male: split(`Дмитрий Сергей Алексей Андрей Игорь Юрий Фёдор Евгений`),
    surnames: split(`Смирнов Иванов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Томилов
      Щербаков Журавлёв Воробьёв Яковлев Зайцев Ефимов Юдин Ершов Шевчук Григорьев Белоусов Тихонов
      Соловьёв`),
  },
};

/** Turkmen names: [Turkmen Latin, Russian Cyrillic]. */
export interface TurkmenName {
  latin: string;
  cyrillic: string;
}

const pairs = (s: string): TurkmenName[] =>
  split(s).map((p) => {
    const [latin, cyrillic] = p.split("/");
    return { latin: latin!, cyrillic: cyrillic! };
  });

export const TURKMEN = {
  country: "TM" as const,
  female: pairs(`Ogulgerek/Огулгерек Bahar/Бахар Jennet/Дженнет Maýsa/Майса Aýna/Айна Gülnara/Гульнара
    Leýli/Лейли Merjen/Мерджен Aýgül/Айгуль Ogulnabat/Огулнабат Şirin/Ширин Dursun/Дурсун Gözel/Гозель
    Sona/Сона Mähri/Мяхри Ogulşat/Огулшат Bägül/Бягуль Ýazgül/Язгуль Akjemal/Акджемал Enejan/Энеджан
    Jemile/Джемиле Läle/Ляле Nurjemal/Нурджемал Täzegül/Тязегуль`),
  male: pairs(`Serdar/Сердар Döwlet/Довлет Berdimuhamed/Бердымухамед Myrat/Мурат Rahym/Рахым Ata/Ата
    Kakajan/Какаджан Merdan/Мердан`),
  /** Masculine forms; the feminine adds -a (Atajanow → Atajanowa, Атаджанов → Атаджанова). */
  surnames: pairs(`Atajanow/Атаджанов Berdiýew/Бердыев Annaýew/Аннаев Orazow/Оразов Amanow/Аманов
    Hojamuhammedow/Ходжамухаммедов Gurbanow/Гурбанов Durdyýew/Дурдыев Meredow/Мередов
    Nurmuhammedow/Нурмухаммедов Rejepow/Реджепов Saparow/Сапаров Täçmyradow/Тачмурадов Öwezow/Овезов
    Ýazmyradow/Язмурадов Hallyýew/Халлыев Çaryýew/Чарыев Muhammedow/Мухаммедов Babaýew/Бабаев
    Kerimow/Керимов Amanmyradow/Аманмурадов Geldiýew/Гельдыев`),
};

/** The feminine form of a masculine surname (-ов/-ев/-ин/-ёв + а; Turkmen -ow/-ew + a). */
export function feminine(surname: string): string {
  if (/(ов|ев|ёв|ин)$/i.test(surname)) return `${surname}а`;
  if (/(ow|ew)$/i.test(surname)) return `${surname}a`;
  return surname;
}

/** Share of people of each nationality in the generated data. */
export const NATIONALITY_WEIGHTS: readonly [Nationality, number][] = [
  ["kk", 0.24],
  ["uz", 0.22],
  ["ky", 0.16],
  ["tg", 0.15],
  ["tk", 0.13],
  ["ru", 0.1],
];
