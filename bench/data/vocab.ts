import type { Locale } from "../../src/i18n/locales.ts";

/**
 * The words generated texts are made of: the Dialogue's domain concepts, each in the seven languages,
 * with a few word forms per language (Russian cases, English plurals) so stemming has work to do.
 * Columns: en | ru | kk | ky | tg | tk | uz; forms separated by "/".
 */
const CONCEPTS = `
women/woman/women's | женщины/женщин/женщинам/женщинами | әйелдер/әйелдердің/әйелдерге | аялдар/аялдардын/аялдарга | занон/занонро/зан | aýallar/aýallaryň/aýal | ayollar/ayollarning/ayol
leadership/leader/leaders | лидерство/лидеров/лидерства/лидеры | көшбасшылық/көшбасшылар | лидерлик/лидерлер | роҳбарӣ/роҳбарон | ýolbaşçylyk/liderler | yetakchilik/yetakchilar
digital/digitalization | цифровой/цифровая/цифровизация/цифровизации | цифрлық/цифрландыру | санариптик/санариптештирүү | рақамӣ/рақамикунонӣ | sanly/sanlylaşdyryş | raqamli/raqamlashtirish
economy/economic | экономика/экономики/экономический/экономического | экономика/экономикалық | экономика/экономикалык | иқтисод/иқтисодиёт/иқтисодӣ | ykdysadyýet/ykdysady | iqtisodiyot/iqtisodiy
education/educational | образование/образования/образовательный | білім/білім беру | билим/билим берүү | маориф/таҳсилот | bilim/bilim beriş | taʼlim/taʼlimi
health/healthcare | здоровье/здравоохранение/здравоохранения | денсаулық/денсаулық сақтау | ден соолук/саламаттыкты сактоо | саломатӣ/тандурустӣ | saglyk/saglygy goraýyş | sogʻliq/sogʻliqni saqlash
rural/village/villages | сельских/сельские/село/сёл | ауыл/ауылдық | айыл/айылдык | деҳот/деҳқон/деҳа | oba/obalar | qishloq/qishloqlar
entrepreneurship/entrepreneurs/business | предпринимательство/предпринимателей/предпринимательницы/бизнес | кәсіпкерлік/кәсіпкерлер | ишкердик/ишкерлер | соҳибкорӣ/соҳибкорон | telekeçilik/telekeçiler | tadbirkorlik/tadbirkorlar
peace/peaceful | мир/мира/миру | бейбітшілік | тынчтык | сулҳ | parahatçylyk | tinchlik
security | безопасность/безопасности | қауіпсіздік | коопсуздук | амният | howpsuzlyk | xavfsizlik
technology/technologies/technological | технологии/технологий/технологический | технология/технологиялар | технология/технологиялар | технология/технологияҳо | tehnologiýa/tehnologiýalar | texnologiya/texnologiyalar
innovation/innovations/innovative | инновации/инноваций/инновационный | инновация/инновациялық | инновация/инновациялык | инноватсия/инноватсионӣ | innowasiýa/innowasion | innovatsiya/innovatsion
family/families | семья/семьи/семей | отбасы/отбасылар | үй-бүлө/үй-бүлөлөр | оила/оилаҳо | maşgala/maşgalalar | oila/oilalar
society/civil | общество/общества/гражданское | қоғам/азаматтық | коом/жарандык | ҷомеа/шаҳрвандӣ | jemgyýet/raýat | jamiyat/fuqarolik
employment/jobs/vocational | занятость/занятости/профессиональное | жұмыспен қамту/кәсіптік | иш менен камсыз кылуу/кесиптик | шуғл/касбӣ | iş bilen üpjünçilik/hünär | bandlik/kasbiy
cooperation/partnership | сотрудничество/сотрудничества/партнерство | ынтымақтастық/серіктестік | кызматташтык/өнөктөштүк | ҳамкорӣ/шарикӣ | hyzmatdaşlyk/hyzmatdaşlygy | hamkorlik/sheriklik
regional/region | региональный/региона/регионе | аймақтық/өңір | аймактык/регион | минтақавӣ/минтақа | sebitleýin/sebit | mintaqaviy/mintaqa
dialogue | диалог/диалога | диалог/сұхбат | диалог/маектешүү | муколама | dialog/gepleşik | muloqot/dialog
conference/conferences | конференция/конференции | конференция | конференция | конфронс | konferensiýa | konferensiya/anjuman
meeting/meetings | встреча/встречи/заседание | кездесу/отырыс | жолугушуу/жыйын | мулоқот/ҷаласа | duşuşyk/mejlis | uchrashuv/yigʻilish
forum | форум/форума | форум | форум | форум | forum | forum
development/developing | развитие/развития/развитию | даму/дамыту | өнүгүү/өнүктүрүү | рушд | ösüş/ösdürmek | rivojlanish/rivojlantirish
gender | гендерное/гендерного/гендерный | гендерлік | гендердик | гендерӣ | gender | gender
equality/equal | равенство/равенства/равные | теңдік/тең | теңчилик/тең | баробарӣ/баробар | deňlik/deň | tenglik/teng
youth/young/girls | молодёжь/молодежи/девушки/девушек | жастар/қыздар | жаштар/кыздар | ҷавонон/духтарон | ýaşlar/gyzlar | yoshlar/qizlar
programme/program/programmes | программа/программы/программе | бағдарлама | программа | барнома | maksatnama | dastur
initiative/initiatives | инициатива/инициативы | бастама | демилге | ташаббус | başlangyç | tashabbus
support/supporting | поддержка/поддержки/поддержку | қолдау | колдоо | дастгирӣ | goldaw | qoʻllab-quvvatlash
strategy/strategic | стратегия/стратегии | стратегия | стратегия | стратегия | strategiýa | strategiya
report/reports | доклад/отчёт/отчета | баяндама/есеп | баяндама/отчёт | гузориш/ҳисобот | hasabat | hisobot/maʼruza
declaration | декларация/декларации | декларация | декларация | эъломия | jarnama/deklarasiýa | deklaratsiya
parliament/parliamentary | парламент/парламента/парламентский | парламент/мәжіліс | парламент/жогорку кеңеш | парламент/маҷлиси | mejlis/parlament | parlament/majlis
ministry/minister | министерство/министр/министра | министрлік/министр | министрлик/министр | вазорат/вазир | ministrlik/ministr | vazirlik/vazir
association | ассоциация/ассоциации | қауымдастық | ассоциация/бирикме | ассотсиатсия/иттиҳодия | birleşik/assosiasiýa | uyushma/assotsiatsiya
council | совет/совета | кеңес | кеңеш | шӯро | geňeş | kengash
union | союз/союза | одақ | бирлик | иттифоқ | birleşme | ittifoq
centre/center | центр/центра | орталық | борбор | марказ | merkez | markaz
foundation/fund | фонд/фонда | қор | фонд | хазина/фонд | gaznasy/fond | jamgʻarma/fond
project/projects | проект/проекта/проекты | жоба/жобалар | долбоор/долбоорлор | лоиҳа/лоиҳаҳо | taslama/taslamalar | loyiha/loyihalar
plan/measures | план/плана/мероприятий | жоспар/іс-шаралар | план/иш-чаралар | нақша/чорабиниҳо | meýilnama/çäreler | reja/tadbirlar
culture/cultural | культура/культуры/культурный | мәдениет | маданият | фарҳанг | medeniýet | madaniyat
tourism | туризм/туризма | туризм | туризм | сайёҳӣ | syýahatçylyk | turizm
ecology/environment/environmental | экология/экологии/окружающей среды | экология/қоршаған орта | экология/айлана-чөйрө | экология/муҳити зист | ekologiýa/daşky gurşaw | ekologiya/atrof-muhit
trade/e-commerce | торговля/торговли/электронная | сауда | соода | савдо | söwda | savdo
science/research/STEM | наука/науки/исследования | ғылым/зерттеу | илим/изилдөө | илм/тадқиқот | ylym/barlag | fan/tadqiqot
school/schools/schoolgirls | школа/школы/школьниц | мектеп | мектеп | мактаб | mekdep | maktab
university/universities | университет/университета | университет | университет | донишгоҳ | uniwersitet | universitet
rights/human rights | права/прав/правах | құқықтары/құқық | укуктары/укук | ҳуқуқ/ҳуқуқҳо | hukuklary/hukuk | huquqlari/huquq
violence/prevention | насилия/насилие/профилактика | зорлық-зомбылық/алдын алу | зомбулук/алдын алуу | хушунат/пешгирӣ | zorluk/öňüni almak | zoʻravonlik/oldini olish
climate/climate change | климат/климата/изменение | климат | климат | иқлим | howa/klimat | iqlim
water/water resources | вода/водных/ресурсов | су/су ресурстары | суу/суу ресурстары | об/захираҳои об | suw/suw serişdeleri | suv/suv resurslari
agriculture/farming/farmers | сельское хозяйство/фермеров/агро | ауыл шаруашылығы/фермерлер | айыл чарба/фермерлер | кишоварзӣ/деҳқонон | oba hojalygy/daýhanlar | qishloq xoʻjaligi/fermerlar
investment/investments | инвестиции/инвестиций | инвестиция | инвестиция | сармоягузорӣ | maýa goýum | investitsiya/sarmoya
startup/startups/incubator | стартап/стартапов/инкубатор | стартап/инкубатор | стартап/инкубатор | стартап/инкубатор | startap/inkubator | startap/inkubator
platform/online | платформа/платформы/онлайн | платформа/онлайн | платформа/онлайн | платформа/онлайн | platforma/onlaýn | platforma/onlayn
training/courses/skills | обучение/курсы/навыков | оқыту/курстар/дағдылар | окутуу/курстар/көндүмдөр | омӯзиш/курсҳо/малака | okuw/kurslar/endikler | oʻqitish/kurslar/koʻnikmalar
network/networks | сеть/сети | желі | тармак | шабака | tor/ulgam | tarmoq
mentoring/mentors | наставничество/наставников | тәлімгерлік/тәлімгерлер | насаатчылык/насаатчылар | мураббигӣ/мураббиён | halypaçylyk/halypalar | murabbiylik/ustozlar
finance/financial/microcredit | финансы/финансовой/микрокредит | қаржы/қаржылық/микронесие | каржы/каржылык/микрокредит | молия/молиявӣ/қарзи хурд | maliýe/karz | moliya/moliyaviy/mikrokredit
medicine/maternal/pregnant | медицина/материнства/беременных | медицина/ана/жүкті | медицина/энелик/кош бойлуу | тиб/модарӣ/ҳомиладор | lukmançylyk/enelik/göwreli | tibbiyot/onalik/homilador
children/mothers | дети/детей/матерей | балалар/аналар | балдар/энелер | кӯдакон/модарон | çagalar/eneler | bolalar/onalar
national/republic | национальный/национальной/республики | ұлттық/республикасы | улуттук/республикасы | миллӣ/ҷумҳурии | milli/respublikasy | milliy/respublikasi
international/global | международный/международной/глобальный | халықаралық/жаһандық | эл аралык/глобалдык | байналмилалӣ/ҷаҳонӣ | halkara/global | xalqaro/global
Central Asia/Central Asian | Центральной Азии/Центральная Азия | Орталық Азия | Борбордук Азия | Осиёи Марказӣ | Merkezi Aziýa | Markaziy Osiyo
artificial intelligence/AI | искусственный интеллект/ИИ | жасанды интеллект | жасалма интеллект | зеҳни сунъӣ | emeli aň | sunʼiy intellekt
mathematics/coding/programming | математика/программирование/кодинг | математика/бағдарламалау | математика/программалоо | математика/барномасозӣ | matematika/programmirleme | matematika/dasturlash
handicrafts/crafts/textiles | ремесла/ремесленниц/текстиль | қолөнер/тоқыма | кол өнөрчүлүк/токума | ҳунарҳои мардумӣ/бофандагӣ | senetçilik/dokma | hunarmandchilik/toʻqimachilik
`;

/** Column order of CONCEPTS. */
export const VOCAB_LOCALES: readonly Locale[] = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];

/** One concept: its word forms per locale. */
export type Concept = Record<Locale, readonly string[]>;

/** The parsed vocabulary. */
export const VOCAB: readonly Concept[] = CONCEPTS.trim()
  .split("\n")
  .map((line) => {
    const cols = line.split("|").map((c) => c.trim().split("/"));
    if (cols.length !== VOCAB_LOCALES.length)
      throw new Error(`vocab line has ${cols.length} columns: ${line}`);
    const concept = {} as Record<Locale, string[]>;
    for (const [i, l] of VOCAB_LOCALES.entries()) concept[l] = cols[i]!;
    return concept;
  });

/** Cities by member country, in every locale. Columns as in CONCEPTS. */
const CITY_LINES = `
KZ | Astana | Астана | Астана | Астана | Остона | Astana | Astana
KZ | Almaty | Алматы | Алматы | Алматы | Алмаато | Almaty | Olmaota
KZ | Shymkent | Шымкент | Шымкент | Шымкент | Чимкент | Şymkent | Chimkent
KG | Bishkek | Бишкек | Бішкек | Бишкек | Бишкек | Bişkek | Bishkek
KG | Osh | Ош | Ош | Ош | Ӯш | Oş | Oʻsh
KG | Karakol | Каракол | Қаракөл | Каракол | Қарақӯл | Garagol | Qoraqoʻl
TJ | Dushanbe | Душанбе | Душанбе | Душанбе | Душанбе | Duşenbe | Dushanbe
TJ | Khujand | Худжанд | Хұжанд | Худжанд | Хуҷанд | Hojent | Xoʻjand
TM | Ashgabat | Ашхабад | Ашхабад | Ашхабад | Ашқобод | Aşgabat | Ashxobod
TM | Avaza | Аваза | Аваза | Аваза | Аваза | Awaza | Avaza
TM | Mary | Мары | Мары | Мары | Марв | Mary | Marv
UZ | Tashkent | Ташкент | Ташкент | Ташкент | Тошкент | Daşkent | Toshkent
UZ | Samarkand | Самарканд | Самарқанд | Самарканд | Самарқанд | Samarkant | Samarqand
UZ | Bukhara | Бухара | Бұхара | Бухара | Бухоро | Buhara | Buxoro
`;

/** A city: its country and its name per locale. */
export interface City {
  country: string;
  name: Record<Locale, string>;
}

export const CITIES: readonly City[] = CITY_LINES.trim()
  .split("\n")
  .map((line) => {
    const [country, ...names] = line.split("|").map((c) => c.trim());
    return {
      country: country!,
      name: Object.fromEntries(VOCAB_LOCALES.map((l, i) => [l, names[i]!])) as Record<Locale, string>,
    };
  });
