import { OTHER_NAMES } from "./names.ts";
import type { Text } from "./types.ts";

const BODY_EN = `A meeting of the Dialogue of Women of Central Asian Countries on the theme “The role of women in the development of innovation and technology” was held in Astana. It was organized with the support of the United Nations, the National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan, and the non-profit organization “TechnoWomen”.

The meeting opened Kazakhstan's chairmanship of the Dialogue. It was attended by the speakers of the chambers of the parliaments of Kazakhstan and Uzbekistan, members of parliament from Kyrgyzstan, Tajikistan and Turkmenistan, heads of state bodies, and representatives of non-governmental and international organizations and the diplomatic corps.

The guests of the Dialogue delivered welcoming speeches: Yerlan Koshanov, Speaker of the Majilis of the Parliament of the Republic of Kazakhstan; Elvira Azimova, Chair of the Constitutional Court; Aida Balayeva, Deputy Head of the Presidential Administration of the Republic of Kazakhstan and Chair of the National Commission for Women and Family and Demographic Policy under the President; and Miroslav Jenča, Assistant Secretary-General of the United Nations.

Yerlan Koshanov noted that eliminating the digital gender gap should become a priority for the countries of Central Asia.

> “President Kassym-Jomart Tokayev is convinced that the level of development of a country is measured by the position of women in society. We believe that today's meeting will contribute to the comprehensive expansion of women's participation in the social, economic and political life of the countries of the region. In this regard, modern information and communication technologies create new opportunities for gender equality,” said Yerlan Koshanov.

In her speech, Aida Balayeva focused on integrating the efforts of active women from the countries of the Central Asian region, the women's business community, academic and scientific circles, and the non-governmental and civil sectors.

> “Given this platform and the active potential of its participants, we can jointly solve common problems of improving the quality of life of women and our families, especially in the face of global and regional challenges,” said Aida Balayeva.

Aida Balayeva also proposed expanding cooperation between the scientific and expert communities of the Central Asian countries on topical issues of demographic development and gender equality, implementing projects in tourism and culture, interacting in the field of ecology, and developing trade, including digital trade.

The meeting was moderated by Dania Espayeva, Deputy Chair of the Majilis of the Parliament of Kazakhstan. She spoke about the priorities of Kazakhstan's chairmanship of the Dialogue. On Kazakhstan's initiative, digitalization has been included in the priorities of the Dialogue as a new, effective tool for involving women broadly in socio-economic relations. Kazakhstan has great achievements here and is ready to share them.

Kazakhstan intends to expand the exchange of experience on the role of women in ensuring peace and security. Six Kazakh military observers, including one woman, currently take part in the UN mission in Western Sahara. The Roadmap for expanding the participation of Kazakhstan's Armed Forces in UN peacekeeping missions includes an item on training female military personnel.

As a result of the session, the Action Plan of the Dialogue of Women of Central Asian Countries for 2023 was adopted. It includes holding the International Conference “Women, Peace and Security” in Almaty.

## Innovative projects by women

With the support of the non-profit organization “TechnoWomen” Central Asia, the thematic session “Best practices in the field of innovation and technology development with the participation of women” presented successful innovative projects that show the role of women in developing new technologies. The projects were presented by representatives of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.

The **“Family and Society”** block included:

- “Akyl Ayym” by A. Kasymbekov (Kyrgyzstan);
- “Center for Remote Monitoring of Pregnant Women” by D. Tomilov (Kazakhstan);
- “Digital Mathematics” by F. Aksholakov (Kazakhstan);
- “iCode – an educational programme for girls” by N. Murodov (Tajikistan).

The **“Business and employment”** block presented:

- “Development of artificial intelligence and women's startups” by G. Uali (Kazakhstan);
- “Codify – a platform for training and employment in IT” by D. Ruslan (Kyrgyzstan);
- “Development of an IT hub in Kyrgyzstan” by A. Ismailova (Kyrgyzstan);
- “Dalatek – a platform for agribusiness” by D. Atajanova (Uzbekistan);
- “Coozin – a home kitchen delivery platform” by M. Lutfilaeva (Uzbekistan);
- “TechnoWomen Tajikistan” by M. Usmonova (Tajikistan);
- “Iman Pay – a system for paying for purchases in several parts” by T. Nurakhunova (Uzbekistan);
- “Digitalization for rural women” by A. Kenzhebek (Kazakhstan);
- “Digitalization as a tool for uniting people in solving environmental problems” by A. Chynybayeva (Kyrgyzstan).

During the session, the participants discussed digital projects for the development of women's startups, artificial intelligence and digitalization in rural areas, and reviewed developments addressing family and society, women's entrepreneurship, vocational education and employment.

## The digital gender gap

The participants of the Dialogue drew attention to the structural and economic problems women face. According to the UN Women Regional Office, more than 60 million women in Europe and Central Asia have no access to mobile internet and therefore miss opportunities for education and economic development more often than men.

Gender inequality in the exact and natural sciences is cross-cutting: it begins at school, grows at university and carries through to the labour market. As a result, women are relatively under-represented in the fields that create technical and technological innovation.

At the same time, experts say, today's digital transformation opens up opportunities to expand the economic and social rights and opportunities of women and can serve gender equality, a goal all Central Asian states have declared.

## For reference

The Dialogue of Women of Central Asian Countries is an informal platform for discussing topical issues of development and strengthening cooperation between women of the region. It was launched in December 2020. Uzbekistan (2021) and Turkmenistan (2022) chaired the Dialogue in previous years. The Dialogue was created and operates with the support of the UN Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA), the UN Development Programme (UNDP) and UN Women.

${OTHER_NAMES.en}
`;

const BODY_RU = `В Астане состоялась встреча Диалога женщин стран Центральной Азии на тему «Роль женщин в развитии инноваций и технологий», организованная при поддержке Организации Объединённых Наций, Национальной комиссии по делам женщин и семейно-демографической политике при Президенте Республики Казахстан, а также некоммерческой организации «TechnoWomen».

Встреча открыла председательство Казахстана в Диалоге. В ней приняли участие спикеры палат парламентов Казахстана и Узбекистана, депутаты из Кыргызстана, Таджикистана и Туркменистана, руководители государственных органов, представители неправительственных и международных организаций, дипломатического корпуса.

С приветственным словом к участникам Диалога обратились Председатель Мажилиса Парламента Республики Казахстан Ерлан Кошанов, Председатель Конституционного Суда Эльвира Азимова, заместитель Руководителя Администрации Президента Республики Казахстан, Председатель Национальной комиссии по делам женщин и семейно-демографической политике при Президенте Аида Балаева и Помощник Генерального секретаря ООН Мирослав Енча.

Ерлан Кошанов отметил, что устранение цифрового гендерного разрыва должно стать приоритетом для стран Центральной Азии.

> «Президент Касым-Жомарт Токаев убеждён, что уровень развития страны измеряется положением женщин в обществе. Считаем, что сегодняшняя встреча будет способствовать всестороннему расширению участия женщин в социальной, экономической и политической жизни стран региона. В этой связи современные информационно-коммуникационные технологии создают новые возможности для гендерного равенства», — сказал Ерлан Кошанов.

В своём выступлении Аида Балаева акцентировала внимание на интеграции усилий активных женщин стран Центральноазиатского региона, женского бизнес-сообщества, академических и научных кругов, неправительственного и гражданского секторов.

> «Учитывая данную площадку и активный потенциал её участниц, мы можем совместно решать общие проблемы повышения качества жизни женщин, наших семей, особенно в условиях глобальных и региональных вызовов», — сказала Аида Балаева.

Аида Балаева также предложила расширить сотрудничество научных и экспертных сообществ стран Центральной Азии по актуальным вопросам демографического развития, гендерного равенства, реализовывать проекты в сфере туризма, культуры, взаимодействовать в сфере экологии, развивать торговлю, в том числе цифровую.

Модератором встречи выступила заместитель Председателя Мажилиса Парламента Казахстана Дания Еспаева. Она рассказала о приоритетах председательства Казахстана в Диалоге. В частности, по инициативе нашей страны в приоритеты Диалога включена цифровизация как новый эффективный инструмент широкого вовлечения женщин в социально-экономические отношения. Казахстан имеет большие достижения в этом вопросе и готов ими делиться.

Наша страна намерена расширять обмен опытом о роли женщин в обеспечении мира и безопасности. В настоящее время шесть казахстанских военных наблюдателей, в том числе одна женщина-военнослужащая, участвуют в миссии ООН в Западной Сахаре. Дорожная карта по расширению участия Вооружённых сил страны в миротворческих миссиях ООН включает пункт о подготовке женщин-военнослужащих.

По итогам сессии принят План действий Диалога женщин стран Центральной Азии на 2023 год. В него вошло проведение в Алматы Международной конференции «Женщины, мир и безопасность».

## Инновационные проекты женщин

При поддержке некоммерческой организации «TechnoWomen» Central Asia на тематической сессии «Лучшие практики в сфере развития инноваций и технологий с участием женщин» прошла презентация успешных инновационных проектов, демонстрирующих роль женщин в развитии новых технологий. Проекты представили представители Казахстана, Кыргызстана, Таджикистана и Узбекистана.

В блок **«Семья и общество»** вошли проекты:

- «Акыл Айым» — А. Касымбеков (Кыргызстан);
- «Центр дистанционного мониторинга беременных» — Д. Томилов (Казахстан);
- «Цифровая математика» — Ф. Акшолаков (Казахстан);
- «iCode — образовательная программа для девочек» — Н. Муродов (Таджикистан).

В блоке **«Бизнес и занятость»** были представлены проекты:

- «Развитие искусственного интеллекта и женских стартапов» — Г. Уали (Казахстан);
- «Codify — платформа для обучения и трудоустройства в IT» — Д. Руслан (Кыргызстан);
- «Развитие IT-хаба в Кыргызстане» — А. Исмаилова (Кыргызстан);
- «Dalatek — платформа для агробизнеса» — Д. Атажанова (Узбекистан);
- «Coozin — платформа доставки домашней еды» — М. Лутфилаева (Узбекистан);
- «TechnoWomen Таджикистан» — М. Усмонова (Таджикистан);
- «Iman Pay — система оплаты покупок в несколько частей» — Т. Нурахунова (Узбекистан);
- «Цифровизация для сельских женщин» — А. Кенжебек (Казахстан);
- «Цифровизация как инструмент объединения людей в решении экологических проблем» — А. Чыныбаева (Кыргызстан).

В ходе сессии участники обсудили цифровые проекты, направленные на развитие женских стартапов, искусственного интеллекта, цифровизацию в сельской местности, а также рассмотрели разработки, направленные на решение актуальных вопросов семьи и общества, женского предпринимательства, профессионального образования и занятости.

## Цифровой гендерный разрыв

Участники Диалога обратили внимание на структурные и экономические проблемы, с которыми сталкиваются женщины. По данным Регионального отделения ООН-Женщины, более 60 миллионов женщин в Европе и Центральной Азии не имеют доступа к мобильному интернету и поэтому чаще мужчин упускают возможности для образования и экономического развития.

Гендерное неравенство в точных и естественных науках носит сквозной характер: оно начинается в школе, усиливается в университете и переходит на рынок труда. В результате женщины относительно недостаточно представлены в областях, отвечающих за создание технических и технологических инноваций.

Вместе с тем, по мнению экспертов, современная цифровая трансформация открывает возможности для расширения экономических и социальных прав и возможностей женщин и может служить достижению гендерного равенства, о стремлении к которому заявили все государства Центральной Азии.

## Справка

Диалог женщин стран Центральной Азии — неформальная площадка для обсуждения актуальных вопросов развития и укрепления сотрудничества между женщинами региона. Диалог был запущен в декабре 2020 года. В предыдущие годы в Диалоге председательствовали Узбекистан (2021) и Туркменистан (2022). Диалог создан и действует при поддержке Регионального центра ООН по превентивной дипломатии для Центральной Азии (РЦПДЦА), Программы развития ООН (ПРООН) и структуры «ООН-Женщины».

${OTHER_NAMES.ru}
`;

const BODY_KK = `Астанада Орталық Азия елдері әйелдері диалогының «Инновациялар мен технологияларды дамытудағы әйелдердің рөлі» тақырыбындағы кездесуі өтті. Ол Біріккен Ұлттар Ұйымының, Қазақстан Республикасы Президентінің жанындағы Әйелдер істері және отбасылық-демографиялық саясат жөніндегі ұлттық комиссияның, сондай-ақ «TechnoWomen» коммерциялық емес ұйымының қолдауымен ұйымдастырылды.

Кездесу Қазақстанның Диалогтағы төрағалығын ашты. Оған Қазақстан мен Өзбекстан парламенттері палаталарының спикерлері, Қырғызстан, Тәжікстан және Түрікменстан депутаттары, мемлекеттік органдардың басшылары, үкіметтік емес және халықаралық ұйымдардың, дипломатиялық корпустың өкілдері қатысты.

Диалог қатысушыларына Қазақстан Республикасы Парламенті Мәжілісінің Төрағасы Ерлан Қошанов, Конституциялық Соттың Төрағасы Эльвира Әзімова, Қазақстан Республикасы Президенті Әкімшілігі Басшысының орынбасары, Президент жанындағы Әйелдер істері және отбасылық-демографиялық саясат жөніндегі ұлттық комиссияның Төрағасы Аида Балаева және Біріккен Ұлттар Ұйымы Бас хатшысының көмекшісі Мирослав Енча құттықтау сөз сөйледі.

Ерлан Қошанов цифрлық гендерлік алшақтықты жою Орталық Азия елдері үшін басымдыққа айналуы тиіс екенін атап өтті.

> «Президент Қасым-Жомарт Тоқаев елдің даму деңгейі қоғамдағы әйелдердің жағдайымен өлшенетініне сенімді. Бүгінгі кездесу өңір елдерінің әлеуметтік, экономикалық және саяси өміріне әйелдердің қатысуын жан-жақты кеңейтуге ықпал етеді деп есептейміз. Осыған байланысты заманауи ақпараттық-коммуникациялық технологиялар гендерлік теңдік үшін жаңа мүмкіндіктер туғызады», — деді Ерлан Қошанов.

Аида Балаева өз сөзінде Орталық Азия өңірі елдерінің белсенді әйелдерінің, әйелдер бизнес-қоғамдастығының, академиялық және ғылыми ортаның, үкіметтік емес және азаматтық секторлардың күш-жігерін біріктіруге назар аударды.

> «Осы алаңды және оның қатысушыларының белсенді әлеуетін ескере отырып, біз, әсіресе жаһандық және өңірлік сын-қатерлер жағдайында, әйелдер мен біздің отбасыларымыздың өмір сапасын арттырудың ортақ мәселелерін бірлесіп шеше аламыз», — деді Аида Балаева.

Сондай-ақ Аида Балаева демографиялық даму мен гендерлік теңдіктің өзекті мәселелері бойынша Орталық Азия елдерінің ғылыми және сараптамалық қоғамдастықтарының ынтымақтастығын кеңейтуді, туризм және мәдениет салаларында жобалар іске асыруды, экология саласында өзара іс-қимыл жасауды, сауданы, оның ішінде цифрлық сауданы дамытуды ұсынды.

Кездесуді Қазақстан Парламенті Мәжілісі Төрағасының орынбасары Дания Еспаева жүргізді. Ол Қазақстанның Диалогтағы төрағалығының басымдықтары туралы айтты. Қазақстанның бастамасымен цифрландыру әйелдерді әлеуметтік-экономикалық қатынастарға кеңінен тартудың жаңа тиімді құралы ретінде Диалог басымдықтарына енгізілді. Қазақстанның бұл салада үлкен жетістіктері бар және ол олармен бөлісуге дайын.

Қазақстан бейбітшілік пен қауіпсіздікті қамтамасыз етудегі әйелдердің рөлі туралы тәжірибе алмасуды кеңейтуге ниетті. Қазіргі уақытта БҰҰ-ның Батыс Сахарадағы миссиясына алты қазақстандық әскери бақылаушы, оның ішінде бір әйел қатысады. Қазақстан Қарулы Күштерінің БҰҰ бітімгершілік миссияларына қатысуын кеңейту жөніндегі Жол картасы әйел әскери қызметшілерді даярлау туралы тармақты қамтиды.

Сессия қорытындысы бойынша Орталық Азия елдері әйелдері диалогының 2023 жылға арналған іс-қимыл жоспары қабылданды. Оған Алматыда «Әйелдер, бейбітшілік және қауіпсіздік» халықаралық конференциясын өткізу енгізілді.

## Әйелдердің инновациялық жобалары

«TechnoWomen» Central Asia коммерциялық емес ұйымының қолдауымен «Әйелдердің қатысуымен инновациялар мен технологияларды дамыту саласындағы үздік тәжірибелер» тақырыптық сессиясында жаңа технологияларды дамытудағы әйелдердің рөлін көрсететін табысты инновациялық жобалар таныстырылды. Жобаларды Қазақстан, Қырғызстан, Тәжікстан және Өзбекстан өкілдері ұсынды.

**«Отбасы және қоғам»** блогына мына жобалар енді:

- «Акыл Айым» — А. Қасымбеков (Қырғызстан);
- «Жүкті әйелдерді қашықтан бақылау орталығы» — Д. Томилов (Қазақстан);
- «Цифрлық математика» — Ф. Ақшолақов (Қазақстан);
- «iCode — қыздарға арналған білім беру бағдарламасы» — Н. Муродов (Тәжікстан).

**«Бизнес және жұмыспен қамту»** блогында мына жобалар таныстырылды:

- «Жасанды интеллект пен әйелдер стартаптарын дамыту» — Г. Уәли (Қазақстан);
- «Codify — IT саласында оқыту және жұмысқа орналастыру платформасы» — Д. Руслан (Қырғызстан);
- «Қырғызстанда IT-хаб дамыту» — А. Исмаилова (Қырғызстан);
- «Dalatek — агробизнеске арналған платформа» — Д. Атажанова (Өзбекстан);
- «Coozin — үй тағамдарын жеткізу платформасы» — М. Лутфилаева (Өзбекстан);
- «TechnoWomen Тәжікстан» — М. Усмонова (Тәжікстан);
- «Iman Pay — сатып алуларды бірнеше бөлікпен төлеу жүйесі» — Т. Нурахунова (Өзбекстан);
- «Ауыл әйелдеріне арналған цифрландыру» — А. Кенжебек (Қазақстан);
- «Цифрландыру экологиялық мәселелерді шешуде адамдарды біріктіру құралы ретінде» — А. Чыныбаева (Қырғызстан).

Сессия барысында қатысушылар әйелдер стартаптарын, жасанды интеллектіні дамытуға және ауылдық жерлерді цифрландыруға бағытталған цифрлық жобаларды талқылап, отбасы мен қоғам, әйелдер кәсіпкерлігі, кәсіптік білім беру және жұмыспен қамту мәселелерін шешуге арналған әзірлемелерді қарады.

## Цифрлық гендерлік алшақтық

Диалог қатысушылары әйелдер кездесетін құрылымдық және экономикалық мәселелерге назар аударды. БҰҰ Әйелдер құрылымының өңірлік бөлімшесінің деректері бойынша, Еуропа мен Орталық Азияда 60 миллионнан астам әйелдің мобильді интернетке қолжетімділігі жоқ, сондықтан олар білім алу және экономикалық даму мүмкіндіктерін ерлерге қарағанда жиі жіберіп алады.

Нақты және жаратылыстану ғылымдарындағы гендерлік теңсіздік өтпелі сипатқа ие: ол мектепте басталып, университетте күшейеді және еңбек нарығына ауысады. Соның салдарынан техникалық және технологиялық инновациялар жасалатын салаларда әйелдердің өкілдігі салыстырмалы түрде жеткіліксіз.

Сонымен қатар, сарапшылардың пікірінше, қазіргі цифрлық трансформация әйелдердің экономикалық және әлеуметтік құқықтары мен мүмкіндіктерін кеңейтуге жол ашады және Орталық Азияның барлық мемлекеттері ұмтылатынын мәлімдеген гендерлік теңдікке қол жеткізуге қызмет ете алады.

## Анықтама

Орталық Азия елдері әйелдерінің диалогы — өңірдің дамуының өзекті мәселелерін талқылауға және өңір әйелдері арасындағы ынтымақтастықты нығайтуға арналған бейресми алаң. Ол 2020 жылғы желтоқсанда іске қосылды. Алдыңғы жылдары Диалогқа Өзбекстан (2021) және Түрікменстан (2022) төрағалық етті. Диалог Біріккен Ұлттар Ұйымының Орталық Азия үшін превентивті дипломатия жөніндегі өңірлік орталығының (UNRCCA), БҰҰ Даму бағдарламасының (БҰҰДБ) және БҰҰ Әйелдер құрылымының қолдауымен құрылған және жұмыс істейді.

${OTHER_NAMES.kk}
`;

const BODY_UZ = `Astanada Markaziy Osiyo mamlakatlari ayollari muloqotining “Innovatsiyalar va texnologiyalarni rivojlantirishda ayollarning roli” mavzusidagi uchrashuvi boʻlib oʻtdi. U Birlashgan Millatlar Tashkiloti, Qozogʻiston Respublikasi Prezidenti huzuridagi Xotin-qizlar ishlari va oilaviy-demografik siyosat boʻyicha milliy komissiya, shuningdek, “TechnoWomen” notijorat tashkiloti koʻmagida tashkil etildi.

Uchrashuv bilan Qozogʻistonning Muloqotdagi raisligi boshlandi. Unda Qozogʻiston va Oʻzbekiston parlamentlari palatalarining spikerlari, Qirgʻiziston, Tojikiston va Turkmaniston deputatlari, davlat organlari rahbarlari, nodavlat va xalqaro tashkilotlar hamda diplomatik korpus vakillari ishtirok etdi.

Muloqot ishtirokchilariga Qozogʻiston Respublikasi Parlamenti Majilisi Raisi Yerlan Qoshanov, Konstitutsiyaviy sud Raisi Elvira Azimova, Qozogʻiston Respublikasi Prezidenti Administratsiyasi rahbarining oʻrinbosari, Prezident huzuridagi Xotin-qizlar ishlari va oilaviy-demografik siyosat boʻyicha milliy komissiya raisi Aida Balayeva hamda Birlashgan Millatlar Tashkiloti Bosh kotibining yordamchisi Miroslav Jenča tabrik soʻzi bilan murojaat qildi.

Yerlan Qoshanov raqamli gender tafovutini bartaraf etish Markaziy Osiyo mamlakatlari uchun ustuvor vazifaga aylanishi lozimligini taʼkidladi.

> “Prezident Qasim-Jomart Toqayev mamlakatning rivojlanish darajasi jamiyatda ayollarning tutgan oʻrni bilan oʻlchanishiga ishonadi. Bugungi uchrashuv mintaqa mamlakatlarining ijtimoiy, iqtisodiy va siyosiy hayotida ayollar ishtirokini har tomonlama kengaytirishga xizmat qiladi, deb hisoblaymiz. Shu munosabat bilan zamonaviy axborot-kommunikatsiya texnologiyalari gender tengligi uchun yangi imkoniyatlar yaratmoqda”, — dedi Yerlan Qoshanov.

Aida Balayeva oʻz nutqida Markaziy Osiyo mintaqasi mamlakatlarining faol ayollari, ayollar biznes hamjamiyati, akademik va ilmiy doiralar, nodavlat va fuqarolik sektorlari saʼy-harakatlarini birlashtirishga eʼtibor qaratdi.

> “Ushbu maydon va uning ishtirokchilarining faol salohiyatini inobatga olgan holda, biz, ayniqsa, global va mintaqaviy tahdidlar sharoitida ayollar va oilalarimiz hayot sifatini oshirishga oid umumiy muammolarni birgalikda hal qila olamiz”, — dedi Aida Balayeva.

Shuningdek, Aida Balayeva demografik rivojlanish va gender tengligining dolzarb masalalari boʻyicha Markaziy Osiyo mamlakatlari ilmiy va ekspert hamjamiyatlari oʻrtasidagi hamkorlikni kengaytirish, turizm va madaniyat sohalarida loyihalarni amalga oshirish, ekologiya sohasida hamkorlik qilish, savdoni, shu jumladan raqamli savdoni rivojlantirishni taklif qildi.

Uchrashuvni Qozogʻiston Parlamenti Majilisi Raisining oʻrinbosari Dania Espayeva olib bordi. U Qozogʻistonning Muloqotdagi raisligi ustuvor yoʻnalishlari haqida soʻzlab berdi. Qozogʻiston tashabbusi bilan raqamlashtirish ayollarni ijtimoiy-iqtisodiy munosabatlarga keng jalb etishning yangi samarali vositasi sifatida Muloqot ustuvor yoʻnalishlariga kiritildi. Qozogʻiston bu borada katta yutuqlarga ega va ular bilan boʻlishishga tayyor.

Qozogʻiston tinchlik va xavfsizlikni taʼminlashda ayollarning roli boʻyicha tajriba almashishni kengaytirish niyatida. Hozirgi vaqtda BMTning Gʻarbiy Saxaradagi missiyasida oltita qozogʻistonlik harbiy kuzatuvchi, shu jumladan bitta ayol ishtirok etmoqda. Qozogʻiston Qurolli Kuchlarining BMT tinchlikparvarlik missiyalaridagi ishtirokini kengaytirish boʻyicha Yoʻl xaritasi ayol harbiy xizmatchilarni tayyorlash haqidagi bandni oʻz ichiga oladi.

Sessiya yakunlariga koʻra, Markaziy Osiyo mamlakatlari ayollari muloqotining 2023-yilga moʻljallangan Harakatlar rejasi qabul qilindi. Unga Olmaotada “Ayollar, tinchlik va xavfsizlik” xalqaro konferensiyasini oʻtkazish kiritildi.

## Ayollarning innovatsion loyihalari

“TechnoWomen” Central Asia notijorat tashkiloti koʻmagida “Ayollar ishtirokida innovatsiyalar va texnologiyalarni rivojlantirish sohasidagi ilgʻor amaliyotlar” tematik sessiyasida yangi texnologiyalarni rivojlantirishda ayollarning rolini namoyon etuvchi muvaffaqiyatli innovatsion loyihalar taqdim etildi. Loyihalarni Qozogʻiston, Qirgʻiziston, Tojikiston va Oʻzbekiston vakillari taqdim etdi.

**“Oila va jamiyat”** blokiga quyidagi loyihalar kiritildi:

- “Akyl Ayym” — A. Qasimbekov (Qirgʻiziston);
- “Homilador ayollarni masofadan monitoring qilish markazi” — D. Tomilov (Qozogʻiston);
- “Raqamli matematika” — F. Aqsholaqov (Qozogʻiston);
- “iCode — qizlar uchun taʼlim dasturi” — N. Murodov (Tojikiston).

**“Biznes va bandlik”** blokida quyidagi loyihalar taqdim etildi:

- “Sunʼiy intellekt va ayollar startaplarini rivojlantirish” — G. Uali (Qozogʻiston);
- “Codify — IT sohasida oʻqitish va ishga joylashtirish platformasi” — D. Ruslan (Qirgʻiziston);
- “Qirgʻizistonda IT-xabni rivojlantirish” — A. Ismailova (Qirgʻiziston);
- “Dalatek — agrobiznes uchun platforma” — D. Atajanova (Oʻzbekiston);
- “Coozin — uy taomlarini yetkazib berish platformasi” — M. Lutfilayeva (Oʻzbekiston);
- “TechnoWomen Tojikiston” — M. Usmonova (Tojikiston);
- “Iman Pay — xaridlar uchun bir necha qismda toʻlash tizimi” — T. Nuraxunova (Oʻzbekiston);
- “Qishloq ayollari uchun raqamlashtirish” — A. Kenjebek (Qozogʻiston);
- “Raqamlashtirish ekologik muammolarni hal qilishda odamlarni birlashtirish vositasi sifatida” — A. Chinibayeva (Qirgʻiziston).

Sessiya davomida ishtirokchilar ayollar startaplari, sunʼiy intellektni rivojlantirish va qishloq joylarini raqamlashtirishga qaratilgan raqamli loyihalarni muhokama qildi, shuningdek, oila va jamiyat, ayollar tadbirkorligi, kasbiy taʼlim va bandlik masalalarini hal etishga qaratilgan ishlanmalarni koʻrib chiqdi.

## Raqamli gender tafovuti

Muloqot ishtirokchilari ayollar duch kelayotgan tarkibiy va iqtisodiy muammolarga eʼtibor qaratdi. BMT Xotin-qizlar tuzilmasi mintaqaviy boʻlimi maʼlumotlariga koʻra, Yevropa va Markaziy Osiyoda 60 milliondan ortiq ayol mobil internetdan foydalana olmaydi va shu sababli taʼlim olish hamda iqtisodiy rivojlanish imkoniyatlarini erkaklarga qaraganda koʻproq boy beradi.

Aniq va tabiiy fanlardagi gender tengsizligi uzluksiz xususiyatga ega: u maktabda boshlanadi, universitetda kuchayadi va mehnat bozoriga oʻtadi. Natijada texnik va texnologik innovatsiyalar yaratiladigan sohalarda ayollar nisbatan kam ulushga ega.

Shu bilan birga, ekspertlarning fikricha, bugungi raqamli transformatsiya ayollarning iqtisodiy va ijtimoiy huquq va imkoniyatlarini kengaytirish uchun yoʻl ochadi hamda Markaziy Osiyoning barcha davlatlari intilishini eʼlon qilgan gender tengligiga erishishga xizmat qilishi mumkin.

## Maʼlumot uchun

Markaziy Osiyo mamlakatlari ayollari muloqoti — mintaqa rivojlanishining dolzarb masalalarini muhokama qilish va mintaqa ayollari oʻrtasidagi hamkorlikni mustahkamlash uchun norasmiy maydon. U 2020-yil dekabrida ishga tushirilgan. Oldingi yillarda Muloqotga Oʻzbekiston (2021) va Turkmaniston (2022) raislik qilgan. Muloqot Birlashgan Millatlar Tashkilotining Markaziy Osiyo uchun preventiv diplomatiya boʻyicha mintaqaviy markazi (UNRCCA), BMT Taraqqiyot dasturi (BMTTD) va BMT Xotin-qizlar tuzilmasi koʻmagida tashkil etilgan va faoliyat yuritadi.

${OTHER_NAMES.uz}
`;

/** The article, edited (machine-translation slips fixed), as the news post of the Astana meeting. */
export const NEWS = [
  {
    slug: "astana-2023-meeting",
    publishedOn: "2023-06-19",
    event: "astana-2023",
    chairmanship: 2023,
    title: {
      en: "Kazakhstan heads the chairmanship of the Dialogue of Women of Central Asian Countries in 2023",
      ru: "Казахстан возглавил председательство в Диалоге женщин стран Центральной Азии в 2023 году",
      kk: "Қазақстан 2023 жылы Орталық Азия елдері әйелдері диалогына төрағалық етеді",
      uz: "Qozogʻiston 2023-yilda Markaziy Osiyo mamlakatlari ayollari muloqotiga raislik qiladi",
    } satisfies Text,
    summary: {
      en: "A meeting in Astana on the role of women in the development of innovation and technology opened Kazakhstan's chairmanship, adopted the Action Plan for 2023 and showcased 13 innovative projects by women of the region.",
      ru: "Встреча в Астане о роли женщин в развитии инноваций и технологий открыла председательство Казахстана, приняла План действий на 2023 год и представила 13 инновационных проектов женщин региона.",
      kk: "Инновациялар мен технологияларды дамытудағы әйелдердің рөліне арналған Астанадағы кездесу Қазақстанның төрағалығын ашты, 2023 жылға арналған іс-қимыл жоспарын қабылдады және өңір әйелдерінің 13 инновациялық жобасын таныстырды.",
      uz: "Astanada boʻlib oʻtgan, innovatsiyalar va texnologiyalarni rivojlantirishda ayollarning roliga bagʻishlangan uchrashuv Qozogʻiston raisligini boshlab berdi, 2023-yilga moʻljallangan Harakatlar rejasini qabul qildi va mintaqa ayollarining 13 ta innovatsion loyihasini namoyish etdi.",
    } satisfies Text,
    body: { en: BODY_EN, ru: BODY_RU, kk: BODY_KK, uz: BODY_UZ } satisfies Text,
  },
];
