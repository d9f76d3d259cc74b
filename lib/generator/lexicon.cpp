#include "lexicon.h"

namespace elshi::generator {

namespace {

// clang-format off
const Country kCountries[] = {
    {"JP", "Japan", "Japanese", "Япония", "Японии", "в Японии", "японская", "Жапония", {"Tokyo", "Токио", "Токио", "Токио", "Токио", "Токиода"}, "japanese", 8},
    {"DE", "Germany", "German", "Германия", "Германии", "в Германии", "германская", "Германия", {"Berlin", "Берлин", "Берлина", "Берлине", "Берлин", "Берлинде"}, "german", 9},
    {"FR", "France", "French", "Франция", "Франции", "во Франции", "французская", "Франция", {"Paris", "Париж", "Парижа", "Париже", "Париж", "Парижде"}, "french", 8},
    {"IT", "Italy", "Italian", "Италия", "Италии", "в Италии", "итальянская", "Италия", {"Rome", "Рим", "Рима", "Риме", "Рим", "Римде"}, "italian", 6},
    {"TR", "Türkiye", "Turkish", "Турция", "Турции", "в Турции", "турецкая", "Түркия", {"Ankara", "Анкара", "Анкары", "Анкаре", "Анкара", "Анкарада"}, "turkish", 9},
    {"EG", "Egypt", "Egyptian", "Египет", "Египта", "в Египте", "египетская", "Египет", {"Cairo", "Каир", "Каира", "Каире", "Каир", "Каирде"}, "arabic", 4},
    {"CN", "China", "Chinese", "Китай", "Китая", "в Китае", "китайская", "Қытай", {"Beijing", "Пекин", "Пекина", "Пекине", "Бейжің", "Бейжіңде"}, "chinese", 10},
    {"RU", "Russia", "Russian", "Россия", "России", "в России", "российская", "Ресей", {"Moscow", "Москва", "Москвы", "Москве", "Мәскеу", "Мәскеуде"}, "russian", 10},
    {"US", "the United States", "American", "США", "США", "в США", "американская", "АҚШ", {"Washington", "Вашингтон", "Вашингтона", "Вашингтоне", "Вашингтон", "Вашингтонда"}, "english", 8},
    {"GB", "the United Kingdom", "British", "Великобритания", "Великобритании", "в Великобритании", "британская", "Ұлыбритания", {"London", "Лондон", "Лондона", "Лондоне", "Лондон", "Лондонда"}, "english", 6},
    {"IN", "India", "Indian", "Индия", "Индии", "в Индии", "индийская", "Үндістан", {"New Delhi", "Нью-Дели", "Нью-Дели", "Нью-Дели", "Нью-Дели", "Нью-Делиде"}, "hindi", 5},
    {"KR", "the Republic of Korea", "Korean", "Республика Корея", "Республики Корея", "в Республике Корея", "корейская", "Оңтүстік Корея", {"Seoul", "Сеул", "Сеула", "Сеуле", "Сеул", "Сеулде"}, "korean", 6},
    {"UZ", "Uzbekistan", "Uzbek", "Узбекистан", "Узбекистана", "в Узбекистане", "узбекская", "Өзбекстан", {"Tashkent", "Ташкент", "Ташкента", "Ташкенте", "Ташкент", "Ташкентте"}, "uzbek", 9},
    {"KG", "Kyrgyzstan", "Kyrgyz", "Кыргызстан", "Кыргызстана", "в Кыргызстане", "кыргызская", "Қырғызстан", {"Bishkek", "Бишкек", "Бишкека", "Бишкеке", "Бішкек", "Бішкекте"}, "kyrgyz", 7},
    {"TJ", "Tajikistan", "Tajik", "Таджикистан", "Таджикистана", "в Таджикистане", "таджикская", "Тәжікстан", {"Dushanbe", "Душанбе", "Душанбе", "Душанбе", "Душанбе", "Душанбеде"}, "tajik", 5},
    {"TM", "Turkmenistan", "Turkmen", "Туркменистан", "Туркменистана", "в Туркменистане", "туркменская", "Түрікменстан", {"Ashgabat", "Ашхабад", "Ашхабада", "Ашхабаде", "Ашғабат", "Ашғабатта"}, "turkmen", 4},
    {"AZ", "Azerbaijan", "Azerbaijani", "Азербайджан", "Азербайджана", "в Азербайджане", "азербайджанская", "Әзірбайжан", {"Baku", "Баку", "Баку", "Баку", "Баку", "Бакуде"}, "azeri", 6},
    {"IR", "Iran", "Iranian", "Иран", "Ирана", "в Иране", "иранская", "Иран", {"Tehran", "Тегеран", "Тегерана", "Тегеране", "Тегеран", "Тегеранда"}, "persian", 4},
    {"AE", "the United Arab Emirates", "Emirati", "ОАЭ", "ОАЭ", "в ОАЭ", "эмиратская", "БАӘ", {"Abu Dhabi", "Абу-Даби", "Абу-Даби", "Абу-Даби", "Әбу-Даби", "Әбу-Дабиде"}, "arabic", 5},
    {"QA", "Qatar", "Qatari", "Катар", "Катара", "в Катаре", "катарская", "Катар", {"Doha", "Доха", "Дохи", "Дохе", "Доха", "Дохада"}, "arabic", 3},
    {"PL", "Poland", "Polish", "Польша", "Польши", "в Польше", "польская", "Польша", {"Warsaw", "Варшава", "Варшавы", "Варшаве", "Варшава", "Варшавада"}, "polish", 4},
    {"ES", "Spain", "Spanish", "Испания", "Испании", "в Испании", "испанская", "Испания", {"Madrid", "Мадрид", "Мадрида", "Мадриде", "Мадрид", "Мадридте"}, "spanish", 4},
    {"NL", "the Netherlands", "Dutch", "Нидерланды", "Нидерландов", "в Нидерландах", "нидерландская", "Нидерланд", {"The Hague", "Гаага", "Гааги", "Гааге", "Гаага", "Гаагада"}, "dutch", 3},
    {"BE", "Belgium", "Belgian", "Бельгия", "Бельгии", "в Бельгии", "бельгийская", "Бельгия", {"Brussels", "Брюссель", "Брюсселя", "Брюсселе", "Брюссель", "Брюссельде"}, "french", 4},
    {"AT", "Austria", "Austrian", "Австрия", "Австрии", "в Австрии", "австрийская", "Австрия", {"Vienna", "Вена", "Вены", "Вене", "Вена", "Венада"}, "german", 4},
    {"CH", "Switzerland", "Swiss", "Швейцария", "Швейцарии", "в Швейцарии", "швейцарская", "Швейцария", {"Bern", "Берн", "Берна", "Берне", "Берн", "Бернде"}, "german", 3},
    {"HU", "Hungary", "Hungarian", "Венгрия", "Венгрии", "в Венгрии", "венгерская", "Венгрия", {"Budapest", "Будапешт", "Будапешта", "Будапеште", "Будапешт", "Будапештте"}, "hungarian", 4},
    {"CZ", "the Czech Republic", "Czech", "Чехия", "Чехии", "в Чехии", "чешская", "Чехия", {"Prague", "Прага", "Праги", "Праге", "Прага", "Прагада"}, "czech", 3},
    {"MN", "Mongolia", "Mongolian", "Монголия", "Монголии", "в Монголии", "монгольская", "Моңғолия", {"Ulaanbaatar", "Улан-Батор", "Улан-Батора", "Улан-Баторе", "Ұлан-Батор", "Ұлан-Баторда"}, "mongolian", 3},
    {"PK", "Pakistan", "Pakistani", "Пакистан", "Пакистана", "в Пакистане", "пакистанская", "Пәкістан", {"Islamabad", "Исламабад", "Исламабада", "Исламабаде", "Исламабад", "Исламабадта"}, "pakistani", 3},
    {"MY", "Malaysia", "Malaysian", "Малайзия", "Малайзии", "в Малайзии", "малайзийская", "Малайзия", {"Kuala Lumpur", "Куала-Лумпур", "Куала-Лумпура", "Куала-Лумпуре", "Куала-Лумпур", "Куала-Лумпурда"}, "malay", 3},
    {"ID", "Indonesia", "Indonesian", "Индонезия", "Индонезии", "в Индонезии", "индонезийская", "Индонезия", {"Jakarta", "Джакарта", "Джакарты", "Джакарте", "Джакарта", "Джакартада"}, "malay", 3},
    {"BR", "Brazil", "Brazilian", "Бразилия", "Бразилии", "в Бразилии", "бразильская", "Бразилия", {"Brasília", "Бразилиа", "Бразилиа", "Бразилиа", "Бразилиа", "Бразилиада"}, "portuguese", 2},
    {"CA", "Canada", "Canadian", "Канада", "Канады", "в Канаде", "канадская", "Канада", {"Ottawa", "Оттава", "Оттавы", "Оттаве", "Оттава", "Оттавада"}, "english", 3},
    {"FI", "Finland", "Finnish", "Финляндия", "Финляндии", "в Финляндии", "финская", "Финляндия", {"Helsinki", "Хельсинки", "Хельсинки", "Хельсинки", "Хельсинки", "Хельсинкиде"}, "nordic", 3},
    {"SE", "Sweden", "Swedish", "Швеция", "Швеции", "в Швеции", "шведская", "Швеция", {"Stockholm", "Стокгольм", "Стокгольма", "Стокгольме", "Стокгольм", "Стокгольмде"}, "nordic", 3},
    {"GE", "Georgia", "Georgian", "Грузия", "Грузии", "в Грузии", "грузинская", "Грузия", {"Tbilisi", "Тбилиси", "Тбилиси", "Тбилиси", "Тбилиси", "Тбилисиде"}, "georgian", 4},
    {"AM", "Armenia", "Armenian", "Армения", "Армении", "в Армении", "армянская", "Армения", {"Yerevan", "Ереван", "Еревана", "Ереване", "Ереван", "Ереванда"}, "armenian", 3},
    {"BY", "Belarus", "Belarusian", "Беларусь", "Беларуси", "в Беларуси", "белорусская", "Беларусь", {"Minsk", "Минск", "Минска", "Минске", "Минск", "Минскіде"}, "russian", 4},
    {"UA", "Ukraine", "Ukrainian", "Украина", "Украины", "в Украине", "украинская", "Украина", {"Kyiv", "Киев", "Киева", "Киеве", "Киев", "Киевте"}, "ukrainian", 4},
    {"IL", "Israel", "Israeli", "Израиль", "Израиля", "в Израиле", "израильская", "Израиль", {"Tel Aviv", "Тель-Авив", "Тель-Авива", "Тель-Авиве", "Тель-Авив", "Тель-Авивте"}, "hebrew", 2},
    {"KE", "Kenya", "Kenyan", "Кения", "Кении", "в Кении", "кенийская", "Кения", {"Nairobi", "Найроби", "Найроби", "Найроби", "Найроби", "Найробиде"}, "african", 2},
    {"ET", "Ethiopia", "Ethiopian", "Эфиопия", "Эфиопии", "в Эфиопии", "эфиопская", "Эфиопия", {"Addis Ababa", "Аддис-Абеба", "Аддис-Абебы", "Аддис-Абебе", "Аддис-Абеба", "Аддис-Абебада"}, "african", 2},
    {"VN", "Vietnam", "Vietnamese", "Вьетнам", "Вьетнама", "во Вьетнаме", "вьетнамская", "Вьетнам", {"Hanoi", "Ханой", "Ханоя", "Ханое", "Ханой", "Ханойда"}, "vietnamese", 2},
    {"TH", "Thailand", "Thai", "Таиланд", "Таиланда", "в Таиланде", "таиландская", "Тайланд", {"Bangkok", "Бангкок", "Бангкока", "Бангкоке", "Бангкок", "Бангкокта"}, "thai", 2},
    {"SG", "Singapore", "Singaporean", "Сингапур", "Сингапура", "в Сингапуре", "сингапурская", "Сингапур", {"Singapore", "Сингапур", "Сингапура", "Сингапуре", "Сингапур", "Сингапурда"}, "chinese", 3},
    {"AU", "Australia", "Australian", "Австралия", "Австралии", "в Австралии", "австралийская", "Аустралия", {"Canberra", "Канберра", "Канберры", "Канберре", "Канберра", "Канберрада"}, "english", 2},
};

const NameGroup kNameGroups[] = {
    {"japanese", "M:Kenji=Кэндзи,Hiroshi=Хироси,Takeshi=Такэси,Masato=Масато,Yoshio=Ёсио,Daisuke=Дайсукэ,Kazuo=Кадзуо,Satoshi=Сатоси;F:Yuko=Юко,Naoko=Наоко,Akiko=Акико,Emi=Эми;S:Yamada=Ямада,Nakano=Накано,Ono=Оно,Suzuki=Судзуки,Takahashi=Такахаси,Watanabe=Ватанабэ,Ito=Ито,Kobayashi=Кобаяси,Matsumoto=Мацумото,Inoue=Иноуэ,Kimura=Кимура,Hayashi=Хаяси,Shimizu=Симидзу,Mori=Мори,Okada=Окада"},
    {"chinese", "!M:Wei=Вэй,Lei=Лэй,Jun=Цзюнь,Tao=Тао,Qiang=Цян,Ming=Мин,Bo=Бо,Hao=Хао;F:Fang=Фан,Jing=Цзин,Lin=Линь,Yan=Янь;S:Wang=Ван,Li=Ли,Zhang=Чжан,Liu=Лю,Chen=Чэнь,Yang=Ян,Zhao=Чжао,Huang=Хуан,Zhou=Чжоу,Sun=Сунь,Ma=Ма,Gao=Гао"},
    {"korean", "!M:Junho=Джунхо,Seungwoo=Сынъу,Dongsu=Донсу,Jaehyun=Джэхён,Sangmin=Санмин,Hyunwoo=Хёну;F:Jiyoung=Джиён,Eunji=Ынджи,Sohee=Сохи,Minji=Минджи;S:Kim=Ким,Lee=Ли,Park=Пак,Choi=Чхве,Jung=Чон,Kang=Кан,Yoon=Юн,Lim=Лим,Han=Хан"},
    {"vietnamese", "!M:Hung=Хунг,Minh=Минь,Tuan=Туан,Duc=Дык,Quang=Куанг;F:Lan=Лан,Huong=Хыонг,Mai=Май;S:Nguyen=Нгуен,Tran=Чан,Le=Ле,Pham=Фам,Hoang=Хоанг,Vu=Ву"},
    {"thai", "M:Somchai=Сомчай,Prasert=Прасерт,Anan=Анан,Kittisak=Киттисак;F:Suda=Суда,Nattaya=Наттая;S:Srisuk=Сисук,Chaiyaphum=Чайяпхум,Wongsa=Вонгса,Rattanakorn=Раттанакон,Boonmee=Бунми"},
    {"german", "M:Matthias=Маттиас,Thomas=Томас,Stefan=Штефан,Andreas=Андреас,Michael=Михаэль,Klaus=Клаус,Jürgen=Юрген,Markus=Маркус,Florian=Флориан;F:Claudia=Клаудия,Sabine=Сабине,Katrin=Катрин,Anna=Анна,Julia=Юлия;S:Keller=Келлер,Brenner=Бреннер,Schneider=Шнайдер,Fischer=Фишер,Wagner=Вагнер,Becker=Беккер,Hoffmann=Хоффман,Schulz=Шульц,Richter=Рихтер,Krüger=Крюгер,Lehmann=Леман,Vogel=Фогель,Hartmann=Хартман,Neumann=Нойман,Braun=Браун"},
    {"french", "M:Pierre=Пьер,Jean=Жан,François=Франсуа#,Nicolas=Николя#,Laurent=Лоран,Olivier=Оливье,Philippe=Филипп,Antoine=Антуан;F:Hélène=Элен,Marguerite=Маргерит,Sophie=Софи,Isabelle=Изабель,Claire=Клэр;S:Dubois=Дюбуа#,Lefèvre=Лефевр,Martin=Мартен,Bernard=Бернар,Moreau=Моро,Girard=Жирар,Rousseau=Руссо,Fontaine=Фонтен,Chevalier=Шевалье,Mercier=Мерсье,Lambert=Ламбер,Garnier=Гарнье"},
    {"italian", "M:Marco=Марко,Luca=Лука,Giuseppe=Джузеппе,Alessandro=Алессандро,Paolo=Паоло,Stefano=Стефано,Andrea=Андреа#;F:Giulia=Джулия,Francesca=Франческа,Chiara=Кьяра,Elena=Елена;S:Ferraro=Ферраро,Conti=Конти,Rossi=Росси,Bianchi=Бьянки,Romano=Романо,Greco=Греко,Marino=Марино,Costa=Коста,Ricci=Риччи,Moretti=Моретти,Esposito=Эспозито,Gallo=Галло,Lombardi=Ломбарди"},
    {"spanish", "M:Carlos=Карлос,Javier=Хавьер,Miguel=Мигель,Alejandro=Алехандро,Pablo=Пабло,Jorge=Хорхе;F:María=Мария,Carmen=Кармен,Lucía=Лусия,Elena=Елена;S:Rodríguez=Родригес,Martínez=Мартинес,López=Лопес,Sánchez=Санчес,Pérez=Перес,Gómez=Гомес,Fernández=Фернандес,Navarro=Наварро,Torres=Торрес,Ruiz=Руис,Moreno=Морено"},
    {"english", "M:John=Джон,Michael=Майкл,David=Дэвид,James=Джеймс,Robert=Роберт,Mark=Марк,Peter=Питер,Andrew=Эндрю,Richard=Ричард,Thomas=Томас;F:Sarah=Сара,Emily=Эмили,Catherine=Кэтрин,Laura=Лора,Rachel=Рэйчел,Helen=Хелен;S:Smith=Смит,Johnson=Джонсон,Williams=Уильямс,Brown=Браун,Taylor=Тейлор,Anderson=Андерсон,Clarke=Кларк,Walker=Уокер,Harris=Харрис,Mitchell=Митчелл,Thompson=Томпсон,Campbell=Кэмпбелл,Bennett=Беннетт,Hughes=Хьюз,Reynolds=Рейнольдс,Stewart=Стюарт,Morgan=Морган,Collins=Коллинз"},
    {"turkish", "M:Selim=Селим,Emre=Эмре,Mehmet=Мехмет,Ahmet=Ахмет,Mustafa=Мустафа,Kemal=Кемаль,Burak=Бурак,Murat=Мурат,Hakan=Хакан;F:Ayşe=Айше,Elif=Элиф,Zeynep=Зейнеп,Fatma=Фатма;S:Arslan=Арслан,Yıldız=Йылдыз,Yılmaz=Йылмаз,Demir=Демир,Şahin=Шахин,Çelik=Челик,Aydın=Айдын,Özdemir=Оздемир,Kaya=Кая,Koç=Коч,Kurt=Курт,Aksoy=Аксой,Doğan=Доган,Erdem=Эрдем"},
    {"azeri", "M:Elnur=Эльнур,Rashad=Рашад,Farid=Фарид,Anar=Анар,Tural=Турал;F:Leyla=Лейла,Gunel=Гюнель,Aynur=Айнур;S:Mammadov/Mammadova=Мамедов/Мамедова,Aliyev/Aliyeva=Алиев/Алиева,Hasanov/Hasanova=Гасанов/Гасанова,Guliyev/Guliyeva=Гулиев/Гулиева,Huseynov/Huseynova=Гусейнов/Гусейнова,Ismayilov/Ismayilova=Исмаилов/Исмаилова,Jafarov/Jafarova=Джафаров/Джафарова,Karimov/Karimova=Керимов/Керимова"},
    {"arabic", "M:Ahmed=Ахмед,Mohamed=Мохамед,Khaled=Халед,Omar=Омар,Tarek=Тарек,Youssef=Юсеф,Hassan=Хасан,Sameh=Самех,Ali=Али;F:Nadia=Надия,Rania=Рания,Mona=Мона,Amira=Амира;S:Farouk=Фарук,El-Sayed=Эль-Сайед,Mansour=Мансур,Abdel-Rahman=Абдель-Рахман,Al-Mansouri=Аль-Мансури,Al-Thani=Аль-Тани,Khalil=Халиль,Saleh=Салех,Nasser=Насер,Haddad=Хаддад,Fahmy=Фахми,Shukri=Шукри,Al-Hashimi=Аль-Хашими"},
    {"persian", "M:Ali=Али,Reza=Реза,Hossein=Хосейн,Mehdi=Мехди,Javad=Джавад,Saeed=Саид;F:Maryam=Марьям,Zahra=Захра;S:Ahmadi=Ахмади,Hosseini=Хосейни,Rezaei=Резаи,Karimi=Карими,Moradi=Моради,Rahimi=Рахими,Jafari=Джафари,Sadeghi=Садеги,Tehrani=Тегерани,Abbasi=Аббаси"},
    {"uzbek", "M:Bakhtiyor=Бахтиёр,Sardor=Сардор,Jamshid=Джамшид,Otabek=Отабек,Rustam=Рустам,Sherzod=Шерзод,Ulugbek=Улугбек;F:Dilnoza=Дильноза,Nigora=Нигора,Malika=Малика,Kamola=Камола;S:Karimov/Karimova=Каримов/Каримова,Yusupov/Yusupova=Юсупов/Юсупова,Rakhimov/Rakhimova=Рахимов/Рахимова,Saidov/Saidova=Саидов/Саидова,Nazarov/Nazarova=Назаров/Назарова,Ergashev/Ergasheva=Эргашев/Эргашева,Mirzayev/Mirzayeva=Мирзаев/Мирзаева,Tursunov/Tursunova=Турсунов/Турсунова,Abdullayev/Abdullayeva=Абдуллаев/Абдуллаева,Kholmatov/Kholmatova=Холматов/Холматова"},
    {"kyrgyz", "M:Azamat=Азамат,Almazbek=Алмазбек,Nurlanbek=Нурланбек,Kubanychbek=Кубанычбек,Emil=Эмиль,Talant=Талант;F:Aizhan=Айжан,Gulnara=Гульнара,Cholpon=Чолпон,Aida=Аида;S:Asanov/Asanova=Асанов/Асанова,Toktogulov/Toktogulova=Токтогулов/Токтогулова,Sadyrov/Sadyrova=Садыров/Садырова,Isakov/Isakova=Исаков/Исакова,Mamatov/Mamatova=Маматов/Маматова,Dzhumabaev/Dzhumabaeva=Джумабаев/Джумабаева,Osmonov/Osmonova=Осмонов/Осмонова,Kasymaliev/Kasymalieva=Касымалиев/Касымалиева"},
    {"tajik", "M:Sirojiddin=Сироджиддин,Farrukh=Фаррух,Davlat=Давлат,Parviz=Парвиз,Bakhodur=Баходур,Jamshed=Джамшед;F:Zarina=Зарина,Firuza=Фируза,Manizha=Манижа;S:Sharipov/Sharipova=Шарипов/Шарипова,Davlatov/Davlatova=Давлатов/Давлатова,Safarov/Safarova=Сафаров/Сафарова,Kurbonov/Kurbonova=Курбонов/Курбонова,Odinaev/Odinaeva=Одинаев/Одинаева,Sultonov/Sultonova=Султонов/Султонова,Zoirov/Zoirova=Зоиров/Зоирова,Khakimov/Khakimova=Хакимов/Хакимова"},
    {"turkmen", "M:Myrat=Мырат,Batyr=Батыр,Dovlet=Довлет,Kakajan=Какаджан,Meret=Мерет;F:Maral=Марал,Jeren=Джерен,Ogulgerek=Огулгерек;S:Meredov/Meredova=Мередов/Мередова,Ataev/Ataeva=Атаев/Атаева,Orazov/Orazova=Оразов/Оразова,Gurbanov/Gurbanova=Гурбанов/Гурбанова,Annaev/Annaeva=Аннаев/Аннаева,Khodzhaev/Khodzhaeva=Ходжаев/Ходжаева,Charyev/Charyeva=Чарыев/Чарыева,Nurmuradov/Nurmuradova=Нурмурадов/Нурмурадова"},
    {"russian", "M:Sergei=Сергей,Alexei=Алексей,Andrei=Андрей,Dmitry=Дмитрий,Mikhail=Михаил,Igor=Игорь,Vladimir=Владимир,Nikolai=Николай,Oleg=Олег,Yuri=Юрий;F:Olga=Ольга,Natalia=Наталья,Elena=Елена,Irina=Ирина,Tatiana=Татьяна,Svetlana=Светлана;S:Ivanov/Ivanova=Иванов/Иванова,Petrov/Petrova=Петров/Петрова,Sokolov/Sokolova=Соколов/Соколова,Volkov/Volkova=Волков/Волкова,Kuznetsov/Kuznetsova=Кузнецов/Кузнецова,Morozov/Morozova=Морозов/Морозова,Lebedev/Lebedeva=Лебедев/Лебедева,Novikov/Novikova=Новиков/Новикова,Orlov/Orlova=Орлов/Орлова,Zakharov/Zakharova=Захаров/Захарова,Belov/Belova=Белов/Белова,Grigoriev/Grigorieva=Григорьев/Григорьева,Fedorov/Fedorova=Фёдоров/Фёдорова,Semenov/Semenova=Семёнов/Семёнова"},
    {"ukrainian", "M:Oleksandr=Александр,Andriy=Андрей,Taras=Тарас,Bohdan=Богдан,Vasyl=Василий,Dmytro=Дмитрий;F:Olena=Елена,Iryna=Ирина,Oksana=Оксана,Yulia=Юлия;S:Shevchenko=Шевченко,Kovalenko=Коваленко,Bondarenko=Бондаренко,Tkachenko=Ткаченко,Kravchuk=Кравчук,Melnyk=Мельник,Boyko=Бойко,Lysenko=Лысенко,Marchenko=Марченко,Savchuk=Савчук"},
    {"polish", "M:Piotr=Петр,Tomasz=Томаш,Krzysztof=Кшиштоф,Marek=Марек,Jakub=Якуб,Andrzej=Анджей;F:Anna=Анна,Katarzyna=Катажина,Agnieszka=Агнешка,Magdalena=Магдалена;S:Kowalski/Kowalska=Ковальский/Ковальская,Nowak=Новак,Wiśniewski/Wiśniewska=Вишневский/Вишневская,Wójcik=Вуйцик,Kamiński/Kamińska=Каминский/Каминская,Lewandowski/Lewandowska=Левандовский/Левандовская,Zieliński/Zielińska=Зелинский/Зелинская,Mazur=Мазур,Krawczyk=Кравчик,Dąbrowski/Dąbrowska=Домбровский/Домбровская"},
    {"czech", "M:Jan=Ян,Petr=Петр,Tomáš=Томаш,Martin=Мартин,Jiří=Иржи;F:Jana=Яна,Petra=Петра,Lucie=Луция;S:Novák/Nováková=Новак/Новакова,Svoboda=Свобода,Dvořák/Dvořáková=Дворжак/Дворжакова,Černý/Černá=Черны/Черна,Procházka/Procházková=Прохазка/Прохазкова,Kučera/Kučerová=Кучера/Кучерова,Veselý/Veselá=Веселы/Весела,Horák/Horáková=Горак/Горакова"},
    {"hungarian", "M:László=Ласло,Gábor=Габор,Zoltán=Золтан,Péter=Петер,István=Иштван,Attila=Аттила;F:Katalin=Каталин,Eszter=Эстер,Judit=Юдит;S:Nagy=Надь,Kovács=Ковач,Tóth=Тот,Szabó=Сабо,Horváth=Хорват,Varga=Варга,Kiss=Кишш,Molnár=Мольнар,Németh=Немет,Farkas=Фаркаш"},
    {"dutch", "M:Jan=Ян,Pieter=Питер,Willem=Виллем,Hendrik=Хендрик,Maarten=Мартен,Joost=Йост;F:Anke=Анке,Sanne=Санне,Marieke=Марике;S:de Vries=де Врис,Jansen=Янсен,van Dijk=ван Дейк,Bakker=Баккер,Visser=Виссер,Smit=Смит,Meijer=Мейер,de Boer=де Бур,Mulder=Мюлдер,van den Berg=ван ден Берг"},
    {"nordic", "M:Mikael=Микаэль,Erik=Эрик,Johan=Юхан,Lars=Ларс,Antti=Антти,Mikko=Микко,Jukka=Юкка;F:Anna=Анна,Sofia=София,Kaisa=Кайса,Ingrid=Ингрид;S:Lindqvist=Линдквист,Johansson=Юханссон,Andersson=Андерссон,Nilsson=Нильссон,Korhonen=Корхонен,Virtanen=Виртанен,Mäkinen=Мякинен,Nieminen=Ниеминен,Lindberg=Линдберг,Holm=Хольм"},
    {"georgian", "M:Giorgi=Георгий,David=Давид,Levan=Леван,Irakli=Ираклий,Nikoloz=Николоз,Zurab=Зураб;F:Nino=Нино,Tamar=Тамар,Ketevan=Кетеван;S:Beridze=Беридзе,Kapanadze=Капанадзе,Gelashvili=Гелашвили,Maisuradze=Майсурадзе,Lomidze=Ломидзе,Tsiklauri=Циклаури,Khutsishvili=Хуцишвили,Gogoladze=Гоголадзе"},
    {"armenian", "M:Armen=Армен,Aram=Арам,Tigran=Тигран,Vahan=Ваан,Ashot=Ашот,Hayk=Айк;F:Anna=Анна,Lilit=Лилит,Mariam=Мариам;S:Petrosyan=Петросян,Sargsyan=Саргсян,Hakobyan=Акопян,Grigoryan=Григорян,Harutyunyan=Арутюнян,Mkrtchyan=Мкртчян,Avetisyan=Аветисян,Hovhannisyan=Оганесян"},
    {"hindi", "M:Rajiv=Раджив,Anil=Анил,Sanjay=Санджай,Vikram=Викрам,Arun=Арун,Suresh=Суреш,Rahul=Рахул;F:Priya=Прия,Anjali=Анджали,Meera=Мира,Sunita=Сунита;S:Menon=Менон,Sharma=Шарма,Gupta=Гупта,Patel=Патель,Singh=Сингх,Reddy=Редди,Nair=Наир,Iyer=Айер,Verma=Верма,Kapoor=Капур,Rao=Рао,Mehta=Мехта"},
    {"pakistani", "M:Imran=Имран,Tariq=Тарик,Asif=Асиф,Bilal=Билал,Faisal=Фейсал,Usman=Усман;F:Ayesha=Аиша,Sana=Сана,Fatima=Фатима;S:Khan=Хан,Qureshi=Куреши,Malik=Малик,Chaudhry=Чаудхри,Siddiqui=Сиддики,Hussain=Хуссейн,Abbasi=Аббаси,Akhtar=Ахтар"},
    {"mongolian", "M:Gantulga=Гантулга,Batbold=Батболд,Enkhbold=Энхболд,Tsogt=Цогт,Bat-Erdene=Бат-Эрдэнэ;F:Oyun=Оюун,Sarangerel=Сарангэрэл,Enkhjargal=Энхжаргал;S:Ganbaatar=Ганбаатар,Tsend=Цэнд,Battulga=Баттулга,Bayar=Баяр,Erdenebat=Эрдэнэбат,Otgonbayar=Отгонбаяр,Dashdorj=Дашдорж,Purev=Пурэв"},
    {"malay", "M:Ahmad=Ахмад,Aziz=Азиз,Hafiz=Хафиз,Budi=Буди,Agus=Агус,Rizal=Ризал;F:Siti=Сити,Nurul=Нурул,Dewi=Деви;S:Abdullah=Абдулла,Rahman=Рахман,Ismail=Исмаил,Hamid=Хамид,Santoso=Сантосо,Wijaya=Виджая,Hidayat=Хидаят,Setiawan=Сетиаван,Yusof=Юсоф"},
    {"portuguese", "M:João=Жуан,Carlos=Карлос,Paulo=Паулу,Ricardo=Рикарду,Fernando=Фернанду,Marcelo=Марселу;F:Ana=Ана,Beatriz=Беатрис,Juliana=Жулиана;S:Silva=Силва,Santos=Сантус,Oliveira=Оливейра,Souza=Соуза,Pereira=Перейра,Almeida=Алмейда,Ribeiro=Рибейру,Carvalho=Карвалью"},
    {"hebrew", "M:David=Давид,Yosef=Йосеф,Avi=Ави,Eitan=Эйтан,Moshe=Моше,Yair=Яир;F:Miriam=Мириам,Tamar=Тамар,Noa=Ноа;S:Cohen=Коэн,Levi=Леви,Mizrahi=Мизрахи,Peretz=Перец,Biton=Битон,Friedman=Фридман,Shapiro=Шапиро,Katz=Кац,Golan=Голан"},
    {"african", "M:Daniel=Даниэль,Samuel=Самуэль,Joseph=Джозеф,Abebe=Абебе,Tesfaye=Тесфайе,Kiprono=Кипроно;F:Grace=Грейс,Wanjiru=Ванджиру,Hirut=Хирут,Meron=Мерон;S:Okafor=Окафор,Mwangi=Мванги,Otieno=Отиено,Kamau=Камау,Wanjala=Ванджала,Kiprop=Кипроп,Tadesse=Тадессе,Bekele=Бекеле,Haile=Хайле,Alemu=Алему,Njoroge=Нджороге"},
};
// clang-format on

// clang-format off
const City kKazakhCities[] = {
    {"Astana", "Астана", "Астаны", "Астане", "Астана", "Астанада"},
    {"Almaty", "Алматы", "Алматы", "Алматы", "Алматы", "Алматыда"},
    {"Shymkent", "Шымкент", "Шымкента", "Шымкенте", "Шымкент", "Шымкентте"},
    {"Aktau", "Актау", "Актау", "Актау", "Ақтау", "Ақтауда"},
    {"Atyrau", "Атырау", "Атырау", "Атырау", "Атырау", "Атырауда"},
    {"Karaganda", "Караганда", "Караганды", "Караганде", "Қарағанды", "Қарағандыда"},
    {"Turkistan", "Туркестан", "Туркестана", "Туркестане", "Түркістан", "Түркістанда"},
    {"Aktobe", "Актобе", "Актобе", "Актобе", "Ақтөбе", "Ақтөбеде"},
    {"Pavlodar", "Павлодар", "Павлодара", "Павлодаре", "Павлодар", "Павлодарда"},
    {"Ust-Kamenogorsk", "Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске", "Өскемен", "Өскеменде"},
    {"Semey", "Семей", "Семея", "Семее", "Семей", "Семейде"},
    {"Kostanay", "Костанай", "Костаная", "Костанае", "Қостанай", "Қостанайда"},
    {"Taraz", "Тараз", "Тараза", "Таразе", "Тараз", "Таразда"},
    {"Kyzylorda", "Кызылорда", "Кызылорды", "Кызылорде", "Қызылорда", "Қызылордада"},
    {"Uralsk", "Уральск", "Уральска", "Уральске", "Орал", "Оралда"},
    {"Petropavlovsk", "Петропавловск", "Петропавловска", "Петропавловске", "Петропавл", "Петропавлда"},
    {"Kokshetau", "Кокшетау", "Кокшетау", "Кокшетау", "Көкшетау", "Көкшетауда"},
    {"Taldykorgan", "Талдыкорган", "Талдыкоргана", "Талдыкоргане", "Талдықорған", "Талдықорғанда"},
    {"Zhezkazgan", "Жезказган", "Жезказгана", "Жезказгане", "Жезқазған", "Жезқазғанда"},
    {"Khorgos", "Хоргос", "Хоргоса", "Хоргосе", "Қорғас", "Қорғаста"},
};

const char *const kKazakhMale[] = {
    "Ерлан", "Қайрат", "Нұрлан", "Тимур", "Бауыржан", "Асқар", "Ержан", "Дәурен", "Мұрат", "Ғалым", "Серік",
    "Бақыт", "Жандос", "Әділ", "Мақсат", "Арман", "Ерболат", "Талғат", "Болат", "Берік", "Қанат", "Ардақ",
    "Мұхтар", "Алмас", "Нұржан", "Рүстем", "Ермек", "Бекзат", "Ақылбек", "Ғабит", "Айдос", "Дархан", "Елдос",
    "Жомарт", "Санжар", "Темірлан", "Азамат", "Рахым", "Самат", "Ерік", "Қуаныш", "Мейрам", "Әлібек", "Нұрбек",
};
const char *const kKazakhFemale[] = {
    "Айгерім", "Дана", "Сәуле", "Гүлнар", "Жанар", "Ақмарал", "Мәдина", "Динара", "Гүлмира", "Ләззат", "Жұлдыз",
    "Салтанат", "Айжан", "Ботагөз", "Назгүл", "Әсел", "Камила", "Индира", "Аружан", "Мөлдір", "Гаухар", "Ажар",
};
const char *const kKazakhSurnameRoots[] = {
    "Байжан", "Сәрсенбай", "Қуанышбек", "Жүніс", "Темірхан", "Есен", "Мырзахмет", "Бейсен", "Оспан", "Ахмет",
    "Нұрмағамбет", "Тоқтар", "Қасымбек", "Серікбай", "Әбдірахман", "Жақып", "Омар", "Ыбырай", "Сұлтан", "Ермек",
    "Бекмұхамбет", "Ыдырыс", "Тәжібай", "Смағұл", "Құдайберген", "Әлімжан", "Дүйсен", "Мұқан", "Нұрпейіс", "Ержан",
    "Абылай", "Сейіт", "Жұмабай", "Қожахмет", "Төлеген", "Шәкен", "Исабек", "Рысқұл", "Сәтбай", "Жанұзақ", "Мамыр",
    "Қабдол", "Әуез", "Байтұрсын", "Жұбан", "Бөкей", "Тұрлыхан", "Айтжан", "Ілияс", "Көшербай", "Мұсабек",
    "Ахметжан", "Орынбас", "Кемел", "Толыбай", "Қойшыбай", "Бектұр", "Ескендір", "Мұхамеджан", "Сағынтай",
    "Нұрлыбай", "Әміржан", "Жолдас", "Қалдыбай", "Шәріп", "Рахымжан", "Амангелді", "Бекболат", "Досым",
    "Дәулетбай", "Тұрсын", "Жақсылық", "Сапар", "Әбілқайыр", "Қаражан", "Бердібек", "Ораз", "Молдабек", "Нұртаз",
    "Садық", "Ерғали", "Жетпісбай", "Әшім", "Құрманғали", "Бақберген", "Тоқаш", "Үсен", "Сыздық", "Мәмет",
    "Әбдіқадыр", "Ысқақ", "Нұрғазы", "Байғазы", "Ақжігіт", "Өтеген", "Ілесбек", "Сүлеймен", "Жарылғап", "Қалиақпар",
};
const char *const kToponymHeads[] = {
    "Ақ", "Қара", "Сары", "Көк", "Жаңа", "Кең", "Бес", "Үш", "Алты", "Тас", "Құм", "Қызыл", "Ала", "Жалпақ",
    "Шұбар", "Күміс", "Алтын", "Ескі", "Терең", "Биік",
};
const char *const kToponymTails[] = {
    "су", "төбе", "көл", "бұлақ", "арық", "тау", "өзек", "жар", "терек", "қайың", "шоқы", "дала", "қорған",
    "сай", "бел", "құдық", "тоғай", "қамыс", "адыр", "үйрек",
};
const char *const kCompanyHeads[] = {
    "Kaz", "Qazaq", "Astana", "Steppe", "Altyn", "Saryarka", "Caspian", "Tengri", "Baiterek", "Zhetysu", "Nomad",
    "Silk Way", "Ertis", "Alatau", "Turan", "Orda", "Tulpar", "Aral", "Khan Tengri", "Burabay", "Shalkar", "Irtysh",
};
const char *const kCompanyTails[] = {
    "Energy", "Logistics", "Agro", "Minerals", "Tech", "Invest", "Trans", "Pharm", "Metals", "Solar", "Grain",
    "Digital", "Water", "Build", "Chem", "Textile", "Foods", "Motors", "Systems", "Holding", "Engineering",
};

const Region kRegions[] = {
    {"Akmola", "Акмолинской", "Ақмола"}, {"Almaty", "Алматинской", "Алматы"}, {"Aktobe", "Актюбинской", "Ақтөбе"},
    {"Atyrau", "Атырауской", "Атырау"}, {"East Kazakhstan", "Восточно-Казахстанской", "Шығыс Қазақстан"},
    {"Zhambyl", "Жамбылской", "Жамбыл"}, {"West Kazakhstan", "Западно-Казахстанской", "Батыс Қазақстан"},
    {"Karaganda", "Карагандинской", "Қарағанды"}, {"Kostanay", "Костанайской", "Қостанай"},
    {"Kyzylorda", "Кызылординской", "Қызылорда"}, {"Mangystau", "Мангистауской", "Маңғыстау"},
    {"Pavlodar", "Павлодарской", "Павлодар"}, {"North Kazakhstan", "Северо-Казахстанской", "Солтүстік Қазақстан"},
    {"Turkistan", "Туркестанской", "Түркістан"},
};
const char *const kSurnameHeads[] = {
    "Нұр", "Ер", "Бек", "Қали", "Жан", "Ақ", "Сейіт", "Тұр", "Әбді", "Мұса", "Қасым", "Дос", "Есен", "Сәрсен",
    "Тәж", "Рахым", "Сағын", "Жұма", "Дәулет", "Айт", "Бақ", "Төле", "Қожа", "Темір", "Алтын", "Жақсы", "Қуат",
    "Сұлтан", "Әлім", "Мырза", "Бер", "Ораз", "Құдай", "Жол", "Сапар", "Өтеп", "Ысқақ", "Шай", "Қайыр", "Елеу",
    "Балта", "Тілеу", "Кәрім", "Әмір", "Сыдық", "Бөрі", "Жарас", "Көпжас", "Мақаш", "Орал",
};
const char *const kSurnameTails[] = {
    "бек", "бай", "жан", "ғали", "хан", "бол", "құл", "ғазы", "тай", "мұрат", "болат", "берген", "ораз",
    "қожа", "тас", "бақ", "тұр", "беков", "сейіт", "махан", "қан", "гел", "ғара", "жігіт",
};

// ---- Topics -----------------------------------------------------------------------------------

#define ELSHI_ARR(name, ...) const char *const name[] = {__VA_ARGS__};

ELSHI_ARR(trEnP, "ways to increase bilateral trade turnover", "the diversification of mutual trade", "the removal of barriers to trade", "the export of Kazakh agricultural and processed goods", "the work of the joint business council", "the preparation of the next meeting of the intergovernmental commission", "the opening of trading houses", "e-commerce and cross-border trade")
ELSHI_ARR(trRuP, "пути наращивания двустороннего товарооборота", "диверсификацию взаимной торговли", "устранение торговых барьеров", "экспорт казахстанской сельскохозяйственной и перерабатывающей продукции", "работу совместного делового совета", "подготовку очередного заседания межправительственной комиссии", "открытие торговых домов", "развитие электронной и приграничной торговли")
ELSHI_ARR(trKkP, "екіжақты тауар айналымын арттыру жолдарын", "өзара сауданы әртараптандыру мәселелерін", "сауда кедергілерін жою мәселесін", "қазақстандық ауыл шаруашылығы және өңделген өнімдер экспортын", "бірлескен іскерлік кеңестің жұмысын", "үкіметаралық комиссияның кезекті отырысына дайындықты", "сауда үйлерін ашу мәселесін", "электрондық және шекара маңы саудасын дамытуды")
ELSHI_ARR(trEnS, "In @W, trade turnover between Kazakhstan and @C amounted to @M, an increase of @P compared with the previous year.", "The sides noted that more than @n Kazakh companies already export their products to @C.")
ELSHI_ARR(trRuS, "По итогам @W года товарооборот Казахстана и @G составил @M, увеличившись на @P.", "Стороны отметили, что продукцию на рынок @G уже поставляют более @n казахстанских компаний.")
ELSHI_ARR(trKkS, "@W жылдың қорытындысы бойынша Қазақстан мен @C арасындағы тауар айналымы @M құрады, өсім @P болды.", "Қазіргі уақытта @C нарығына шамамен @n қазақстандық компания өнім жеткізеді.")

ELSHI_ARR(enEnP, "cooperation in renewable energy", "the construction of wind and solar power plants", "green hydrogen projects", "the modernisation of power grids", "oil and gas transportation routes", "energy efficiency in industry", "the development of civil nuclear energy")
ELSHI_ARR(enRuP, "сотрудничество в сфере возобновляемой энергетики", "строительство ветровых и солнечных электростанций", "проекты в области зеленого водорода", "модернизацию электрических сетей", "маршруты транспортировки нефти и газа", "повышение энергоэффективности промышленности", "развитие мирной атомной энергетики")
ELSHI_ARR(enKkP, "жаңартылатын энергетика саласындағы ынтымақтастықты", "жел және күн электр станцияларының құрылысын", "жасыл сутегі жобаларын", "электр желілерін жаңғырту мәселелерін", "мұнай мен газды тасымалдау бағыттарын", "өнеркәсіптегі энергия тиімділігін арттыруды", "бейбіт атом энергетикасын дамытуды")
ELSHI_ARR(enEnS, "The capacity of the planned solar park near @K will reach @n megawatts.", "A @J company intends to build a wind farm with a capacity of @n megawatts in the @K region.")
ELSHI_ARR(enRuS, "Мощность планируемой солнечной электростанции вблизи города @K составит @n мегаватт.", "@J компания намерена построить в регионе @K ветровую электростанцию мощностью @n мегаватт.")
ELSHI_ARR(enKkS, "@K маңында салынатын күн электр станциясының қуаты @n мегаватт болады.", "@C компаниясы @K өңірінде қуаты @n мегаватт болатын жел электр станциясын салуды көздеп отыр.")

ELSHI_ARR(tpEnP, "the development of the Trans-Caspian International Transport Route", "increasing container traffic through the ports of Aktau and Kuryk", "the North–South transport corridor", "the launch of new direct flights", "the digitalisation of border crossing points", "the construction of a joint logistics hub", "rail freight between China and Europe")
ELSHI_ARR(tpRuP, "развитие Транскаспийского международного транспортного маршрута", "увеличение контейнерных перевозок через порты Актау и Курык", "транспортный коридор «Север – Юг»", "открытие новых прямых авиарейсов", "цифровизацию пунктов пропуска на границе", "строительство совместного логистического хаба", "железнодорожные грузоперевозки между Китаем и Европой")
ELSHI_ARR(tpKkP, "Транскаспий халықаралық көлік бағытын дамытуды", "Ақтау және Құрық порттары арқылы контейнер тасымалын арттыруды", "«Солтүстік – Оңтүстік» көлік дәлізін", "жаңа тікелей әуе рейстерін ашуды", "шекарадағы өткізу бекеттерін цифрландыруды", "бірлескен логистикалық хаб салуды", "Қытай мен Еуропа арасындағы теміржол жүк тасымалын")
ELSHI_ARR(tpEnS, "Last year, @n thousand containers passed through Kazakh ports on the Caspian Sea, @P more than a year earlier.", "Flights between @K and @A are expected to operate {two|three|four} times a week from @H.")
ELSHI_ARR(tpRuS, "В прошлом году через казахстанские порты на Каспии прошло @n тыс. контейнеров, что на @P больше, чем годом ранее.", "Рейсы между городом @K и столицей @G планируется выполнять {два|три|четыре} раза в неделю уже в @h.")
ELSHI_ARR(tpKkS, "Өткен жылы Каспийдегі қазақстандық порттар арқылы @n мың контейнер тасымалданды.", "@K мен @A арасындағы әуе рейстері @H айында аптасына {екі|үш|төрт} рет орындала бастайды деп күтілуде.")

ELSHI_ARR(cuEnP, "holding Days of Kazakh Culture", "the translation of Abai's works", "joint film and theatre projects", "the preservation of historical and cultural heritage", "cooperation between museums and libraries", "the celebration of the anniversary of Al-Farabi", "exchanges of young artists and musicians")
ELSHI_ARR(cuRuP, "проведение Дней культуры Казахстана", "перевод произведений Абая", "совместные кино- и театральные проекты", "сохранение историко-культурного наследия", "сотрудничество музеев и библиотек", "празднование юбилея аль-Фараби", "обмены молодыми художниками и музыкантами")
ELSHI_ARR(cuKkP, "Қазақстан мәдениеті күндерін өткізуді", "Абай шығармаларын аударуды", "бірлескен кино және театр жобаларын", "тарихи-мәдени мұраны сақтауды", "мұражайлар мен кітапханалар арасындағы ынтымақтастықты", "әл-Фараби мерейтойын атап өтуді", "жас суретшілер мен музыканттар алмасуын")
ELSHI_ARR(cuEnS, "An exhibition of works by @N Kazakh artists opened @a, and a concert of young Kazakh musicians was held the same evening.", "The audience was shown a documentary about the traditions of the steppe and the craftsmen of the village of @V.")
ELSHI_ARR(cuRuS, "@a открылась выставка работ @N казахстанских художников, а вечером состоялся концерт молодых казахстанских музыкантов.", "Зрителям показали документальный фильм о традициях степи и мастерах села @V.")
ELSHI_ARR(cuKkS, "@a @N қазақстандық суретшінің көрмесі ашылып, кешке жас музыканттардың концерті өтті.", "Көрермендерге дала дәстүрлері мен @V ауылының шеберлері туралы деректі фильм көрсетілді.")

ELSHI_ARR(edEnP, "academic mobility of students", "the opening of branches of foreign universities in Kazakhstan", "joint scientific research", "scholarships for Kazakh students", "the teaching of the Kazakh language abroad", "cooperation in vocational training")
ELSHI_ARR(edRuP, "академическую мобильность студентов", "открытие филиалов зарубежных университетов в Казахстане", "совместные научные исследования", "предоставление стипендий казахстанским студентам", "преподавание казахского языка за рубежом", "сотрудничество в сфере профессионального обучения")
ELSHI_ARR(edKkP, "студенттердің академиялық ұтқырлығын", "Қазақстанда шетелдік университеттердің филиалдарын ашуды", "бірлескен ғылыми зерттеулерді", "қазақстандық студенттерге шәкіртақы беруді", "шетелде қазақ тілін оқытуды", "кәсіптік оқыту саласындағы ынтымақтастықты")
ELSHI_ARR(edEnS, "More than @n Kazakh students are currently studying at universities in @C.", "A branch of a @J technical university is due to open in @K in @z.")
ELSHI_ARR(edRuS, "В настоящее время в вузах @G обучаются более @n казахстанских студентов.", "В @z году в городе @K планируется открыть филиал одного из технических университетов @G.")
ELSHI_ARR(edKkS, "Қазіргі таңда @G жоғары оқу орындарында @n қазақстандық студент білім алуда.", "@z жылы @k @G техникалық университеттерінің бірінің филиалы ашылады деп жоспарлануда.")

ELSHI_ARR(clEnP, "the adaptation of agriculture to climate change", "the restoration of the Aral Sea ecosystem", "reducing greenhouse gas emissions", "the planting of forests in the steppe zone", "Kazakhstan's goal of carbon neutrality by 2060", "the protection of the saiga population")
ELSHI_ARR(clRuP, "адаптацию сельского хозяйства к изменению климата", "восстановление экосистемы Аральского моря", "сокращение выбросов парниковых газов", "лесопосадки в степной зоне", "достижение Казахстаном углеродной нейтральности к 2060 году", "сохранение популяции сайгаков")
ELSHI_ARR(clKkP, "ауыл шаруашылығын климаттың өзгеруіне бейімдеуді", "Арал теңізі экожүйесін қалпына келтіруді", "парниктік газдар шығарындыларын азайтуды", "дала аймағында орман отырғызуды", "Қазақстанның 2060 жылға қарай көміртегі бейтараптығына қол жеткізу мақсатын", "ақбөкен популяциясын сақтауды")
ELSHI_ARR(clEnS, "Since @W, more than @N million trees have been planted near the village of @V as part of the national greening programme.")
ELSHI_ARR(clRuS, "С @W года вблизи села @V в рамках национальной программы озеленения высажено более @N млн деревьев.")
ELSHI_ARR(clKkS, "@W жылдан бері ұлттық көгалдандыру бағдарламасы аясында @V ауылы маңында @N миллионнан астам ағаш отырғызылды.")

ELSHI_ARR(waEnP, "the joint use of transboundary rivers", "the introduction of water-saving irrigation technologies", "the modernisation of canals and reservoirs", "water quality monitoring", "the replenishment of the Northern Aral Sea")
ELSHI_ARR(waRuP, "совместное использование трансграничных рек", "внедрение водосберегающих технологий орошения", "модернизацию каналов и водохранилищ", "мониторинг качества воды", "наполнение Северного Аральского моря")
ELSHI_ARR(waKkP, "трансшекаралық өзендерді бірлесіп пайдалануды", "суды үнемдейтін суару технологияларын енгізуді", "каналдар мен су қоймаларын жаңғыртуды", "су сапасын бақылауды", "Солтүстік Арал теңізін толтыруды")
ELSHI_ARR(waEnS, "Water-saving technologies are already used on @n thousand hectares of irrigated land in the south of Kazakhstan.")
ELSHI_ARR(waRuS, "Водосберегающие технологии уже применяются на @n тыс. гектаров орошаемых земель на юге Казахстана.")
ELSHI_ARR(waKkS, "Суды үнемдейтін технологиялар Қазақстанның оңтүстігінде @n мың гектар суармалы жерде қолданылып келеді.")

ELSHI_ARR(diEnP, "cooperation in artificial intelligence", "the development of e-government services", "the export of IT services by Astana Hub residents", "cybersecurity", "laying a fibre-optic line across the Caspian Sea", "the creation of data centres")
ELSHI_ARR(diRuP, "сотрудничество в области искусственного интеллекта", "развитие сервисов электронного правительства", "экспорт IT-услуг резидентами Astana Hub", "вопросы кибербезопасности", "прокладку волоконно-оптической линии по дну Каспийского моря", "создание центров обработки данных")
ELSHI_ARR(diKkP, "жасанды интеллект саласындағы ынтымақтастықты", "электрондық үкімет қызметтерін дамытуды", "Astana Hub резиденттерінің IT-қызметтер экспортын", "киберқауіпсіздік мәселелерін", "Каспий теңізінің түбімен талшықты-оптикалық желі тартуды", "деректерді өңдеу орталықтарын құруды")
ELSHI_ARR(diEnS, "Today more than @n companies with @J capital are registered at the Astana Hub technology park.")
ELSHI_ARR(diRuS, "Сегодня в технопарке Astana Hub зарегистрированы более @n компаний с участием капитала @G.")
ELSHI_ARR(diKkS, "Бүгінде Astana Hub технопаркінде @G капиталы қатысқан @n компания тіркелген.")

ELSHI_ARR(heEnP, "cooperation in healthcare and pharmaceuticals", "the localisation of medicine production in Kazakhstan", "the training of medical staff", "telemedicine", "joint vaccine research", "medical tourism")
ELSHI_ARR(heRuP, "сотрудничество в области здравоохранения и фармацевтики", "локализацию производства лекарственных средств в Казахстане", "подготовку медицинских кадров", "развитие телемедицины", "совместные исследования в области вакцин", "медицинский туризм")
ELSHI_ARR(heKkP, "денсаулық сақтау және фармацевтика саласындағы ынтымақтастықты", "дәрі-дәрмек өндірісін Қазақстанда оқшаулауды", "медицина кадрларын даярлауды", "телемедицинаны дамытуды", "вакциналар саласындағы бірлескен зерттеулерді", "медициналық туризмді")
ELSHI_ARR(heEnS, "A @J pharmaceutical company is ready to open a plant in @K with a capacity of @n million packages a year.")
ELSHI_ARR(heRuS, "@J фармацевтическая компания готова открыть в городе @K завод мощностью @n млн упаковок в год.")
ELSHI_ARR(heKkS, "@C фармацевтикалық компаниясы @k жылына @n миллион қаптама шығаратын зауыт ашуға дайын.")

ELSHI_ARR(inEnP, "attracting @J investment into manufacturing", "the portfolio of joint investment projects", "the protection of investors' rights", "the work of the Astana International Financial Centre", "the creation of industrial zones", "public-private partnership projects")
ELSHI_ARR(inRuP, "привлечение инвестиций из @G в обрабатывающую промышленность", "портфель совместных инвестиционных проектов", "защиту прав инвесторов", "работу Международного финансового центра «Астана»", "создание индустриальных зон", "проекты государственно-частного партнерства")
ELSHI_ARR(inKkP, "өңдеу өнеркәсібіне @G инвестицияларын тартуды", "бірлескен инвестициялық жобалар портфелін", "инвесторлардың құқықтарын қорғауды", "«Астана» халықаралық қаржы орталығының жұмысын", "индустриялық аймақтар құруды", "мемлекеттік-жекешелік әріптестік жобаларын")
ELSHI_ARR(inEnS, "Since 2005, @J investors have invested @M in the economy of Kazakhstan.", "The portfolio includes @N projects worth a total of @M.")
ELSHI_ARR(inRuS, "С 2005 года инвесторы из @G вложили в экономику Казахстана @M.", "Портфель включает проекты на общую сумму @M.")
ELSHI_ARR(inKkS, "2005 жылдан бері @C инвесторлары Қазақстан экономикасына @M салды.", "Портфельде жалпы құны @M болатын @N жоба бар.")

ELSHI_ARR(toEnP, "the growth of tourist flows", "the simplification of visa procedures for tourists", "the promotion of Kazakhstan's tourist routes", "ski tourism in the mountains near Almaty", "the pilgrimage route to Turkistan")
ELSHI_ARR(toRuP, "рост туристических потоков", "упрощение визовых процедур для туристов", "продвижение туристических маршрутов Казахстана", "горнолыжный туризм в горах близ Алматы", "паломнический маршрут в Туркестан")
ELSHI_ARR(toKkP, "туристік ағынның өсуін", "туристер үшін визалық рәсімдерді жеңілдетуді", "Қазақстанның туристік бағыттарын насихаттауды", "Алматы маңындағы тауларда тау шаңғысы туризмін", "Түркістанға зиярат ету бағытын")
ELSHI_ARR(toEnS, "Last year Kazakhstan was visited by @n thousand tourists from @C.")
ELSHI_ARR(toRuS, "В прошлом году Казахстан посетили @n тыс. туристов из @G.")
ELSHI_ARR(toKkS, "Өткен жылы Қазақстанға @C елінен @n мың турист келді.")

ELSHI_ARR(agEnP, "the export of Kazakh grain and flour", "the supply of meat and dairy products", "veterinary and phytosanitary requirements", "joint projects in greenhouse farming", "the use of modern agricultural machinery", "food security")
ELSHI_ARR(agRuP, "экспорт казахстанского зерна и муки", "поставки мясной и молочной продукции", "ветеринарные и фитосанитарные требования", "совместные проекты в тепличном хозяйстве", "использование современной сельхозтехники", "вопросы продовольственной безопасности")
ELSHI_ARR(agKkP, "қазақстандық астық пен ұн экспортын", "ет және сүт өнімдерін жеткізуді", "ветеринариялық және фитосанитариялық талаптарды", "жылыжай шаруашылығындағы бірлескен жобаларды", "заманауи ауыл шаруашылығы техникасын пайдалануды", "азық-түлік қауіпсіздігі мәселелерін")
ELSHI_ARR(agEnS, "In @W, Kazakhstan exported @n thousand tonnes of wheat to @C.", "Farmers from the village of @V have started supplying organic honey to @O.")
ELSHI_ARR(agRuS, "В @W году Казахстан поставил на рынок @G @n тыс. тонн пшеницы.", "Фермеры из села @V начали поставлять органический мед компании «@O».")
ELSHI_ARR(agKkS, "@W жылы Қазақстан @C нарығына @n мың тонна бидай экспорттады.", "@V ауылының фермерлері «@O» компаниясына органикалық бал жеткізе бастады.")

ELSHI_ARR(seEnP, "the situation in Afghanistan", "countering terrorism and extremism", "the fight against drug trafficking", "nuclear disarmament and non-proliferation", "the activities of the Conference on Interaction and Confidence-Building Measures in Asia", "stability in Central Asia")
ELSHI_ARR(seRuP, "ситуацию в Афганистане", "противодействие терроризму и экстремизму", "борьбу с незаконным оборотом наркотиков", "вопросы ядерного разоружения и нераспространения", "деятельность Совещания по взаимодействию и мерам доверия в Азии", "обеспечение стабильности в Центральной Азии")
ELSHI_ARR(seKkP, "Ауғанстандағы жағдайды", "терроризм мен экстремизмге қарсы іс-қимылды", "есірткінің заңсыз айналымына қарсы күресті", "ядролық қарусыздану және таратпау мәселелерін", "Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің қызметін", "Орталық Азиядағы тұрақтылықты қамтамасыз етуді")
ELSHI_ARR(seEnS, "The sides reaffirmed their commitment to building a world free of nuclear weapons.")
ELSHI_ARR(seRuS, "Стороны подтвердили приверженность построению мира, свободного от ядерного оружия.")
ELSHI_ARR(seKkS, "Тараптар ядролық қарусыз әлем құру ісіне адалдығын растады.")

ELSHI_ARR(coEnP, "the protection of the rights of Kazakh citizens abroad", "the visa-free regime", "labour migration", "the legal status of the Kazakh diaspora", "the simplified issuance of work permits", "the return of ethnic Kazakhs to their historical homeland")
ELSHI_ARR(coRuP, "защиту прав граждан Казахстана за рубежом", "безвизовый режим", "вопросы трудовой миграции", "правовой статус казахской диаспоры", "упрощение выдачи разрешений на работу", "возвращение этнических казахов на историческую родину")
ELSHI_ARR(coKkP, "шетелдегі Қазақстан азаматтарының құқықтарын қорғауды", "визасыз режимді", "еңбек көші-қоны мәселелерін", "қазақ диаспорасының құқықтық мәртебесін", "жұмысқа рұқсат беруді жеңілдетуді", "этникалық қазақтардың тарихи отанына оралуын")
ELSHI_ARR(coEnS, "About @n thousand citizens of Kazakhstan live and work in @C.", "Since the beginning of the year, the consular section has issued @n visas and processed @N requests for legal assistance.")
ELSHI_ARR(coRuS, "@L проживают и работают около @n тыс. граждан Казахстана.", "С начала года консульский отдел выдал @n виз и рассмотрел обращения граждан о правовой помощи.")
ELSHI_ARR(coKkS, "@L Қазақстанның @n мыңға жуық азаматы тұрады және жұмыс істейді.", "Жыл басынан бері консулдық бөлім @n виза беріп, азаматтардың құқықтық көмек туралы өтініштерін қарады.")

ELSHI_ARR(miEnP, "the exploration of rare earth metals", "the processing of critical raw materials", "geological exploration", "the supply of uranium", "the production of batteries")
ELSHI_ARR(miRuP, "разведку редкоземельных металлов", "переработку критически важного сырья", "геологоразведочные работы", "поставки урана", "производство аккумуляторов")
ELSHI_ARR(miKkP, "сирек жер металдарын барлауды", "сыни шикізатты өңдеуді", "геологиялық барлау жұмыстарын", "уран жеткізуді", "аккумуляторлар өндірісін")
ELSHI_ARR(miEnS, "Kazakhstan has identified @n deposits of critical raw materials that are of interest to foreign partners.")
ELSHI_ARR(miRuS, "В Казахстане выявлено более @n месторождений критически важного сырья, интересных иностранным партнерам.")
ELSHI_ARR(miKkS, "Қазақстанда шетелдік әріптестерді қызықтыратын сыни шикізаттың @n кен орны анықталды.")

ELSHI_ARR(muEnP, "cooperation within the UN and the OSCE", "Kazakhstan's candidacy for the UN Human Rights Council", "the agenda of the Shanghai Cooperation Organisation", "the reform of the UN Security Council", "the Central Asia + @C dialogue", "the Congress of Leaders of World and Traditional Religions")
ELSHI_ARR(muRuP, "взаимодействие в рамках ООН и ОБСЕ", "кандидатуру Казахстана в Совет ООН по правам человека", "повестку Шанхайской организации сотрудничества", "реформу Совета Безопасности ООН", "диалог в формате «Центральная Азия + @C»", "подготовку Съезда лидеров мировых и традиционных религий")
ELSHI_ARR(muKkP, "БҰҰ және ЕҚЫҰ аясындағы өзара іс-қимылды", "Қазақстанның БҰҰ Адам құқықтары жөніндегі кеңесіне кандидатурасын", "Шанхай ынтымақтастық ұйымының күн тәртібін", "БҰҰ Қауіпсіздік Кеңесін реформалауды", "«Орталық Азия + @C» форматындағы диалогты", "Әлемдік және дәстүрлі діндер көшбасшыларының съезіне дайындықты")
ELSHI_ARR(muEnS, "The sides also exchanged views on the preparations for the next summit in the Central Asia + @C format.")
ELSHI_ARR(muRuS, "Стороны также обменялись мнениями о подготовке к очередному саммиту в формате «Центральная Азия + @C».")
ELSHI_ARR(muKkS, "Тараптар сондай-ақ «Орталық Азия + @C» форматындағы кезекті саммитке дайындық барысы туралы пікір алмасты.")

#define ELSHI_TOPIC(id, p, fEn, fRu, fKk, tEn, tRu, tKk) \
    {id, {fEn, fRu, fKk}, {tEn, tRu, tKk}, {p##EnP, p##RuP, p##KkP}, \
     {std::size(p##EnP), std::size(p##RuP), std::size(p##KkP)}, {p##EnS, p##RuS, p##KkS}, \
     {std::size(p##EnS), std::size(p##RuS), std::size(p##KkS)}}

const Topic kTopics[] = {
    ELSHI_TOPIC("trade", tr, "trade", "торговли", "сауда", "trade cooperation", "расширение торговли", "сауда байланыстарын кеңейтуді"),
    ELSHI_TOPIC("energy", en, "energy", "энергетики", "энергетика", "energy cooperation", "энергетическое сотрудничество", "энергетикалық ынтымақтастықты"),
    ELSHI_TOPIC("transport", tp, "transport and logistics", "транспорта и логистики", "көлік және логистика", "transport corridors", "развитие транспортных коридоров", "көлік дәліздерін дамытуды"),
    ELSHI_TOPIC("culture", cu, "culture", "культуры", "мәдениет", "cultural ties", "культурно-гуманитарное сотрудничество", "мәдени-гуманитарлық байланыстарды"),
    ELSHI_TOPIC("education", ed, "education and science", "образования и науки", "білім және ғылым", "cooperation in education", "сотрудничество в сфере образования", "білім беру саласындағы ынтымақтастықты"),
    ELSHI_TOPIC("climate", cl, "environmental protection", "экологии", "экология", "climate action", "климатическую повестку", "климаттық күн тәртібін"),
    ELSHI_TOPIC("water", wa, "water management", "водных ресурсов", "су ресурстары", "water cooperation", "водное сотрудничество", "су ресурстары саласындағы әріптестікті"),
    ELSHI_TOPIC("digital", di, "digital technologies", "цифровых технологий", "цифрлық технологиялар", "digital partnership", "цифровое партнерство", "цифрлық әріптестікті"),
    ELSHI_TOPIC("health", he, "healthcare", "здравоохранения", "денсаулық сақтау", "cooperation in healthcare", "сотрудничество в здравоохранении", "денсаулық сақтау саласындағы ынтымақтастықты"),
    ELSHI_TOPIC("investment", in, "investment", "инвестиций", "инвестиция", "investment projects", "инвестиционные проекты", "инвестициялық жобаларды"),
    ELSHI_TOPIC("tourism", to, "tourism", "туризма", "туризм", "tourism", "развитие туризма", "туризмді дамытуды"),
    ELSHI_TOPIC("agriculture", ag, "agriculture", "сельского хозяйства", "ауыл шаруашылығы", "agricultural cooperation", "аграрное сотрудничество", "агроөнеркәсіптік ынтымақтастықты"),
    ELSHI_TOPIC("security", se, "regional security", "безопасности", "қауіпсіздік", "regional security", "вопросы региональной безопасности", "өңірлік қауіпсіздік мәселелерін"),
    ELSHI_TOPIC("consular", co, "consular matters", "консульских вопросов", "консулдық мәселелер", "consular issues", "консульские вопросы", "консулдық мәселелерді"),
    ELSHI_TOPIC("mining", mi, "critical raw materials", "горнодобывающей отрасли", "тау-кен өнеркәсібі", "critical raw materials", "сотрудничество в сфере критического сырья", "сыни шикізат саласындағы әріптестікті"),
    ELSHI_TOPIC("multilateral", mu, "multilateral cooperation", "многостороннего сотрудничества", "көпжақты ынтымақтастық", "multilateral agenda", "многостороннюю повестку", "көпжақты күн тәртібін"),
};

// ---- Sentence templates ------------------------------------------------------------------------
// Slots: see Composer::slot(). {a|b} picks one; <m|f> agrees with the Kazakh official's gender,
// [m|f] with the counterpart's.

ELSHI_ARR(devEn,
    "During the meeting, the sides {discussed|reviewed|considered|exchanged views on} @T, as well as @U.",
    "{Particular|Special} attention was paid to @T.",
    "The interlocutors {noted|emphasised|stressed} the {high|considerable|significant|untapped} potential for cooperation in the field of @F.",
    "@X briefed the @J side on {the political and economic reforms under way in Kazakhstan|the priorities of Kazakhstan's foreign policy|the main provisions of the President's Address to the People of Kazakhstan|the results of the recent parliamentary session}.",
    "@Y {noted|stressed|confirmed} the interest of @C in {deepening|expanding|strengthening} cooperation in the field of @f.",
    "The parties agreed to hold {the next round of political consultations|a meeting of the intergovernmental commission|a joint business forum} {@c|@a} {in @H|next year|in the first half of @z|before the end of the year}.",
    "Following the talks, the sides signed {a memorandum of understanding|a roadmap|an agreement|a joint action plan} on @T.",
    "The sides also discussed the schedule of {upcoming|forthcoming} {high-level visits|bilateral events|interministerial contacts}.",
    "{Both sides|The parties|The interlocutors} {expressed|confirmed} their {readiness|intention} to {strengthen|develop|expand|deepen} {mutually beneficial|multifaceted|strategic|practical} cooperation.",
    "The meeting also touched upon @U and the implementation of the agreements reached {at the highest level|during the previous visit|in @W}.",
    "According to @X, {Kazakhstan is ready to offer|Kazakh companies are prepared to supply|the Kazakh side proposes} {joint projects|favourable conditions|a package of proposals} in the field of @f.")
ELSHI_ARR(devRu,
    "В ходе встречи стороны {обсудили|рассмотрели|затронули} @T, а также @U.",
    "{Особое|Отдельное} внимание было уделено вопросам @F.",
    "Собеседники отметили {высокий|значительный|нереализованный} потенциал сотрудничества в сфере @F.",
    "@X <проинформировал|проинформировала> @j сторону о {ходе политических и экономических реформ в Казахстане|приоритетах внешней политики Казахстана|основных положениях Послания Главы государства народу Казахстана|итогах недавней парламентской сессии}.",
    "@Y [отметил|отметила] заинтересованность @G в {углублении|расширении|укреплении} сотрудничества в сфере @f.",
    "Стороны договорились провести {очередной раунд политических консультаций|заседание межправительственной комиссии|совместный деловой форум} {@c|@a} {в @h|в следующем году|в первой половине @z года|до конца года}.",
    "По итогам переговоров был подписан {меморандум о сотрудничестве|план совместных действий|протокол о намерениях|договор о партнерстве}.",
    "Стороны также обсудили график {предстоящих|ближайших} {визитов на высшем уровне|двусторонних мероприятий|межведомственных контактов}.",
    "Стороны {выразили|подтвердили} {готовность|намерение} {укреплять|развивать|расширять|углублять} {взаимовыгодное|многоплановое|стратегическое|практическое} сотрудничество.",
    "Также были затронуты @U и ход реализации договоренностей, достигнутых {на высшем уровне|в ходе предыдущего визита|в @W году}.",
    "По словам @x, {Казахстан готов предложить|казахстанские компании готовы поставлять|казахстанская сторона предлагает} {совместные проекты|выгодные условия|пакет предложений} в сфере @f.")
ELSHI_ARR(devKk,
    "Кездесу барысында тараптар @T, сондай-ақ @U {талқылады|қарастырды}.",
    "{Ерекше|Айрықша} назар @F саласына аударылды.",
    "Тараптар @F саласындағы ынтымақтастықтың {зор|айтарлықтай|әлі толық пайдаланылмаған} әлеуетін атап өтті.",
    "@X @C тарапына {Қазақстанда жүргізіліп жатқан саяси және экономикалық реформалар|Қазақстанның сыртқы саясатының басымдықтары|Мемлекет басшысының Қазақстан халқына Жолдауының негізгі ережелері|Парламенттің жуырдағы сессиясының қорытындылары} туралы айтып берді.",
    "@Y @C @f саласында ынтымақтастықты {тереңдетуге|кеңейтуге|нығайтуға} мүдделі екенін {атап өтті|жеткізді|растады}.",
    "Тараптар {саяси консультациялардың кезекті раундын|үкіметаралық комиссияның отырысын|бірлескен іскерлік форумды} {@c|@a} {@H айында|келесі жылы|@z жылдың бірінші жартысында|жыл соңына дейін} өткізуге уағдаласты.",
    "Келіссөздер қорытындысы бойынша {өзара түсіністік туралы меморандумға|бірлескен іс-қимыл жоспарына|жол картасына|әріптестік туралы келісімге} қол қойылды.",
    "Тараптар сондай-ақ алдағы {жоғары деңгейдегі сапарлар|екіжақты іс-шаралар|ведомствоаралық байланыстар} кестесін талқылады.",
    "Тараптар {өзара тиімді|көпқырлы|стратегиялық|практикалық} ынтымақтастықты {нығайтуға|дамытуға|кеңейтуге|тереңдетуге} {дайын екенін|ниетті екенін} {білдірді|растады}.",
    "Сондай-ақ @U және {жоғары деңгейде|алдыңғы сапар барысында|@W жылы} қол жеткізілген уағдаластықтардың іске асырылу барысы сөз болды.",
    "@x айтуынша, {Қазақстан|қазақстандық компаниялар|қазақстандық тарап} @f саласында {бірлескен жобаларды|тиімді шарттарды|ұсыныстар топтамасын} ұсынуға дайын.")

ELSHI_ARR(bgEn,
    "For reference: diplomatic relations between Kazakhstan and @C were established in {1992|1993|1994}.",
    "@C is {one of Kazakhstan's key partners|an important trade partner of Kazakhstan|a reliable partner of Kazakhstan}.",
    "In @W, {direct|gross} investment from @C in Kazakhstan amounted to @M.",
    "More than @n companies with @J participation operate in Kazakhstan, {mainly|most of them} in {@K and @K|the oil and gas sector|manufacturing|trade and services}.",
    "Over the past {five|ten|three} years, the volume of mutual trade has grown by @P.",
    "The @J company @O is implementing a project worth @M in @K.")
ELSHI_ARR(bgRu,
    "Справочно: дипломатические отношения Казахстана и @G установлены в {1992|1993|1994} году.",
    "@C является {одним из ключевых партнеров|важным торговым партнером|надежным партнером} Казахстана.",
    "В @W году объем {прямых|валовых} инвестиций из @G в Казахстан составил @M.",
    "В Казахстане работают более @n компаний с участием капитала @G, {преимущественно|большинство из них} в {сфере торговли и услуг|нефтегазовом секторе|обрабатывающей промышленности|строительстве}.",
    "За последние {пять лет|десять лет|три года} объем взаимной торговли вырос на @P.",
    "Компания «@O» реализует в городе @K проект стоимостью @M.")
ELSHI_ARR(bgKk,
    "Анықтама үшін: Қазақстан мен @C арасындағы дипломатиялық қатынастар {1992|1993|1994} жылы орнатылған.",
    "@C – Қазақстанның {негізгі серіктестерінің бірі|маңызды сауда әріптесі|сенімді әріптесі}.",
    "@W жылы @C тарапынан Қазақстанға салынған {тікелей|жалпы} инвестиция көлемі @M болды.",
    "Қазақстанда @C капиталы қатысқан @n компания жұмыс істейді, олардың {басым бөлігі|көпшілігі} {сауда және қызмет көрсету саласында|мұнай-газ секторында|өңдеу өнеркәсібінде|құрылыс саласында}.",
    "Соңғы {бес|он|үш} жылда өзара сауда көлемі @P өсті.",
    "«@O» компаниясы @k құны @M болатын жобаны жүзеге асыруда.")

ELSHI_ARR(clsEn,
    "The parties agreed to {maintain|continue} regular contacts {at all levels|between the foreign ministries|on the sidelines of international events}.",
    "At the end of the meeting, @X invited @Y to visit Kazakhstan {at a convenient time|in @H|next year}.",
    "The Embassy of Kazakhstan @L will continue to {support|facilitate} the implementation of the agreements reached.",
    "The next meeting {is scheduled|is expected to take place} {in @H|in the first half of @z|in autumn}.")
ELSHI_ARR(clsRu,
    "Стороны договорились {поддерживать|продолжить} регулярные контакты {на всех уровнях|между внешнеполитическими ведомствами|на полях международных мероприятий}.",
    "В завершение встречи @X <пригласил|пригласила> @y посетить Казахстан {в удобное время|в @h|в следующем году}.",
    "Посольство Казахстана @L продолжит содействовать реализации достигнутых договоренностей.",
    "Следующую встречу {планируется|предполагается} провести {в @h|в первой половине @z года|осенью}.")
ELSHI_ARR(clsKk,
    "Тараптар {барлық деңгейде|сыртқы саяси ведомстволар арасында|халықаралық іс-шаралар аясында} тұрақты байланысты {сақтауға|жалғастыруға} келісті.",
    "Кездесу соңында @X @y Қазақстанға {өзіне ыңғайлы уақытта|@H айында|келесі жылы} сапармен келуге шақырды.",
    "Қазақстанның @l елшілігі қол жеткізілген уағдаластықтарды жүзеге асыруға жәрдемдесуді жалғастырады.",
    "Келесі кездесуді {@H айында|@z жылдың бірінші жартысында|күзде} өткізу жоспарлануда.")

ELSHI_ARR(evEn,
    "A {round table|business forum|conference|seminar|briefing} on @T was held @a with the participation of {representatives of @n companies|experts and diplomats|members of the business community|students and teachers}.",
    "{As part of|During} the event, the participants {were introduced to|were presented with} {the investment potential of the @K region|the tourist attractions of @K|the achievements of Kazakh science}.",
    "{The exhibition|The concert|The festival|The photo exhibition} {attracted|brought together} more than @n {visitors|guests|participants}.",
    "Representatives of @O presented {projects|investment proposals} worth @M.",
    "The {event|forum} was organised by the Embassy of Kazakhstan @L together with @O and the {chamber of commerce|city administration|local university} of @A.")
ELSHI_ARR(evRu,
    "@a при участии посольства Казахстана прошел {круглый стол|бизнес-форум|семинар|брифинг}, на котором участники обсудили @T.",
    "В мероприятии приняли участие {представители более @n компаний|эксперты и дипломаты|представители деловых кругов|студенты и преподаватели}.",
    "Участникам {презентовали|представили} {инвестиционный потенциал региона @K|туристические возможности города @K|достижения казахстанской науки}.",
    "{Выставку|Концерт|Фестиваль} посетили более @n {гостей|зрителей|человек}.",
    "Представители компании «@O» {представили|презентовали} проекты на сумму @M.")
ELSHI_ARR(evKk,
    "@a Қазақстан елшілігінің қатысуымен {дөңгелек үстел|іскерлік форум|семинар|брифинг} өтіп, онда қатысушылар @T талқылады.",
    "Іс-шараға {@n компанияның өкілдері|сарапшылар мен дипломаттар|іскер топ өкілдері|студенттер мен оқытушылар} қатысты.",
    "Қатысушыларға {@K өңірінің инвестициялық әлеуеті|@K қаласының туристік мүмкіндіктері|қазақстандық ғылымның жетістіктері} таныстырылды.",
    "{Көрмені|Концертті|Фестивальді} @n адам тамашалады.",
    "«@O» компаниясының өкілдері жалпы құны @M болатын жобаларды таныстырды.")

ELSHI_ARR(qtEn,
    "«Kazakhstan regards @C as a {reliable|important|strategic} partner, and we are ready to {expand|deepen|intensify} our cooperation in @f,» @X said.",
    "\"We see great potential in @T,\" @Y {noted|said|stressed}.",
    "«Our {task|goal|priority} is to fill our {political dialogue|partnership|relations} with concrete {projects|results|content},» @X {emphasised|noted}.")
ELSHI_ARR(qtRu,
    "«Казахстан рассматривает @j сторону как {надежного|важного|стратегического} партнера, и мы готовы {расширять|углублять|наращивать} сотрудничество в сфере @f», – <отметил|отметила> @X.",
    "«Мы видим большой потенциал в {этой сфере|сотрудничестве с Казахстаном|совместных проектах}», – [подчеркнул|подчеркнула] @Y.",
    "«Наша {задача|цель} – наполнить {политический диалог|партнерство|отношения} конкретными {проектами|результатами}», – <заявил|заявила> @X.")
ELSHI_ARR(qtKk,
    "«Қазақстан @C елін {сенімді|маңызды|стратегиялық} әріптес ретінде қарастырады және біз @f саласындағы ынтымақтастықты {кеңейтуге|тереңдетуге} дайынбыз», – деді @X.",
    "«Біз бұл салада үлкен әлеует көріп отырмыз», – деп атап өтті @Y.",
    "«Біздің {міндетіміз|мақсатымыз} – {саяси диалогты|әріптестікті|қарым-қатынасты} нақты {жобалармен|нәтижелермен} толықтыру», – деді @X.")

// @p: a person mentioned in passing (nominative), @g: the same in the genitive, (m|f): their gender.
ELSHI_ARR(loEn,
    "Akim of the @R region @p {noted|said|stressed} that {more than @n jobs would be created|the region was ready to host joint projects|local producers were interested in new markets}.",
    "@p, {head|director|chairman of the board} of @O, presented {a project|an investment proposal|a development plan} worth @M.",
    "According to @p, {director of the agricultural cooperative in the village of @V|chairman of the @R regional chamber of entrepreneurs|rector of a university in @K}, {the first deliveries are expected in @H|the partners have already visited the region|the project will be completed in @z}.",
    "Professor @p of {Al-Farabi Kazakh National University|L.N. Gumilyov Eurasian National University|Nazarbayev University|Satbayev University} gave a lecture on @T.",
    "The delegation also included {the Deputy Akim of the @R region|the head of the @R regional department of entrepreneurship|the director of the @K special economic zone} @p.",
    "Farmer @p from the village of @V told the guests about {the cultivation of sunflower and flax|the breeding of horses and camels|drip irrigation of orchards}.")
ELSHI_ARR(loRu,
    "Аким @R области @p (подчеркнул|подчеркнула), что {в регионе будет создано более @n рабочих мест|регион готов принять совместные проекты|местные производители заинтересованы в новых рынках}.",
    "@p, {руководитель|директор|председатель правления} компании «@O», (представил|представила) {проект|инвестиционное предложение|план развития} стоимостью @M.",
    "По словам @g, {директора сельхозкооператива в селе @V|председателя палаты предпринимателей @R области|ректора университета в городе @K}, {первые поставки ожидаются в @h|партнеры уже посетили регион|проект будет завершен в @z году}.",
    "Профессор {Казахского национального университета имени аль-Фараби|Евразийского национального университета имени Л. Н. Гумилева|Назарбаев Университета|Satbayev University} @p (прочитал|прочитала) лекцию по теме @F.",
    "В состав делегации также (вошел|вошла) {заместитель акима @R области|руководитель управления предпринимательства @R области|директор специальной экономической зоны в городе @K} @p.",
    "Фермер из села @V @p (рассказал|рассказала) гостям о {выращивании подсолнечника и льна|разведении лошадей и верблюдов|капельном орошении садов}.")
ELSHI_ARR(loKk,
    "@R облысының әкімі @p {өңірде жүздеген жаңа жұмыс орны ашылатынын|өңір бірлескен жобаларды қабылдауға дайын екенін|жергілікті өндірушілер жаңа нарықтарға мүдделі екенін} атап өтті.",
    "«@O» компаниясының {басшысы|директоры|басқарма төрағасы} @p құны @M болатын {жобаны|инвестициялық ұсынысты|даму жоспарын} таныстырды.",
    "{@V ауылындағы ауыл шаруашылығы кооперативінің директоры|@R облыстық кәсіпкерлер палатасының төрағасы|@K қаласындағы университеттің ректоры} @g айтуынша, {алғашқы жеткізілімдер @H айында күтілуде|әріптестер өңірге барып қайтты|жоба @z жылы аяқталады}.",
    "{Әл-Фараби атындағы Қазақ ұлттық университетінің|Л.Н. Гумилев атындағы Еуразия ұлттық университетінің|Назарбаев Университетінің|Сәтбаев университетінің} профессоры @p @F тақырыбында дәріс оқыды.",
    "Делегация құрамында {@R облысы әкімінің орынбасары|@R облысының кәсіпкерлік басқармасының басшысы|@K арнайы экономикалық аймағының директоры} @p да болды.",
    "@V ауылының фермері @p қонақтарға {күнбағыс пен зығыр өсіру|жылқы мен түйе өсіру|бақтарды тамшылатып суару} тәжірибесі туралы айтып берді.")

const std::span<const char *const> kTemplates[int(Pool::Count)][LangCount] = {
    {devEn, devRu, devKk}, {bgEn, bgRu, bgKk}, {clsEn, clsRu, clsKk}, {evEn, evRu, evKk}, {qtEn, qtRu, qtKk},
    {loEn, loRu, loKk},
};

const char *const kMonthsEn[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
const char *const kMonthsRuGen[] = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};
const char *const kMonthsRuPre[] = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"};
const char *const kMonthsKk[] = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
const char *const kMonthsKkLoc[] = {"қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"};
// clang-format on

} // namespace

std::span<const Country> countries()
{
    return kCountries;
}
std::span<const NameGroup> nameGroups()
{
    return kNameGroups;
}
std::span<const City> kazakhCities()
{
    return kKazakhCities;
}
std::span<const char *const> kazakhMaleNames()
{
    return kKazakhMale;
}
std::span<const char *const> kazakhFemaleNames()
{
    return kKazakhFemale;
}
std::span<const char *const> kazakhSurnameRoots()
{
    return kKazakhSurnameRoots;
}
std::span<const char *const> toponymHeads()
{
    return kToponymHeads;
}
std::span<const char *const> toponymTails()
{
    return kToponymTails;
}
std::span<const char *const> companyHeads()
{
    return kCompanyHeads;
}
std::span<const char *const> companyTails()
{
    return kCompanyTails;
}
std::span<const Topic> topics()
{
    return kTopics;
}
std::span<const Region> regions()
{
    return kRegions;
}
std::span<const char *const> surnameHeads()
{
    return kSurnameHeads;
}
std::span<const char *const> surnameTails()
{
    return kSurnameTails;
}

std::span<const char *const> templates(Pool pool, int lang)
{
    return kTemplates[int(pool)][lang];
}

const char *monthName(int lang, int month, bool inflected)
{
    const int i = (month - 1) % 12;
    switch (lang) {
    case Ru:
        return inflected ? kMonthsRuGen[i] : kMonthsRuPre[i];
    case Kk:
        return inflected ? kMonthsKkLoc[i] : kMonthsKk[i];
    default:
        return kMonthsEn[i];
    }
}

} // namespace elshi::generator
