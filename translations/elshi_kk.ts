<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>elshi::cli</name>
    <message>
        <source>Try &apos;elshi-cli %1--help&apos; for more information.</source>
        <translation>Толығырақ: &apos;elshi-cli %1--help&apos;.</translation>
    </message>
    <message>
        <source>Usage: elshi-cli COMMAND [OPTIONS] [ARGUMENTS]
Reads and queries Elshi corpora; results as JSON Lines.

Commands:
</source>
        <translation>Қолданылуы: elshi-cli ПӘРМЕН [ОПЦИЯЛАР] [АРГУМЕНТТЕР]
Elshi корпустарын оқиды және сұрайды; нәтижелер JSON Lines түрінде.

Пәрмендер:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s with COMMAND --help
  -v, --version  Show the version
</source>
        <translation>
Опциялар:
  -h, --help     Осы анықтаманы, ал ПӘРМЕН --help арқылы пәрмен анықтамасын көрсету
  -v, --version  Нұсқаны көрсету
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>пәрмен берілмеген</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>белгісіз опция &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>белгісіз пәрмен &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>List the articles of a database</source>
        <translation>Дерекқордағы мақалалар тізімі</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>Оқылатын дерекқор.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>JSON Lines шығысы (әдепкі).</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db ФАЙЛ міндетті</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>күтілмеген аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show one article in full</source>
        <translation>Бір мақаланы толық көрсету</translation>
    </message>
    <message>
        <source>The article&apos;s id, as &apos;articles&apos; lists it.</source>
        <translation>Мақаланың &apos;articles&apos; тізіміндегі идентификаторы.</translation>
    </message>
    <message>
        <source>give exactly one article id</source>
        <translation>бір ғана мақала идентификаторын беріңіз</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; мақала идентификаторы емес</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>%1 идентификаторлы мақала жоқ</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: оқылмады</translation>
    </message>
    <message>
        <source>%1: no book_*.txt files</source>
        <translation>%1: book_*.txt файлдары жоқ</translation>
    </message>
    <message>
        <source>%1: cannot read the gold file</source>
        <translation>%1: эталон файлы оқылмады</translation>
    </message>
    <message>
        <source>List the meetings stated in a database&apos;s articles</source>
        <translation>Дерекқор мақалаларында айтылған кездесулерді тізу</translation>
    </message>
    <message>
        <source>Only meetings of this person, named by any alias in any script (&quot;Мурат Нуртлеу&quot; finds Murat Nurtleu).</source>
        <translation>Тек осы адамның кездесулері; кез келген атымен, кез келген жазуда (&quot;Мұрат Нұртілеу&quot; Murat Nurtleu-ді табады).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>--person needs a name</source>
        <translation>--person үшін есім керек</translation>
    </message>
    <message>
        <source>no person named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; есімді адам жоқ</translation>
    </message>
    <message>
        <source>List the people of a database with their roles</source>
        <translation>Дерекқордағы адамдарды лауазымдарымен тізу</translation>
    </message>
    <message>
        <source>Entities of this type instead of people: PERSON, ORG, COUNTRY, CITY, LOC or all (each line then says its type).</source>
        <translation>Адамдардың орнына осы түрдегі нысандар: PERSON, ORG, COUNTRY, CITY, LOC немесе all (әр жолда түрі көрсетіледі).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТҮРІ</translation>
    </message>
    <message>
        <source>--type takes PERSON, ORG, COUNTRY, CITY, LOC or all</source>
        <translation>--type мәні PERSON, ORG, COUNTRY, CITY, LOC немесе all</translation>
    </message>
    <message>
        <source>List who held which post when (the role directory)</source>
        <translation>Кім қай лауазымды қашан атқарғанын көрсету (лауазымдар анықтамалығы)</translation>
    </message>
    <message>
        <source>Only this post, by its English title (&quot;ambassador&quot;).</source>
        <translation>Тек осы лауазым, ағылшынша атауымен (&quot;ambassador&quot;).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>ЛАУАЗЫМ</translation>
    </message>
    <message>
        <source>Only posts of this country (&quot;Kazakhstan&quot;).</source>
        <translation>Тек осы елдің лауазымдары (&quot;Kazakhstan&quot;).</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>ЕЛ</translation>
    </message>
    <message>
        <source>Only posts in this host country or organisation (&quot;Kenya&quot;, &quot;UNESCO&quot;).</source>
        <translation>Тек осы қабылдаушы елдегі немесе ұйымдағы лауазымдар (&quot;Kenya&quot;, &quot;UNESCO&quot;).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ҚАБЫЛДАУШЫ</translation>
    </message>
    <message>
        <source>Only the holder of each post on this date (YYYY-MM-DD).</source>
        <translation>Әр лауазымды осы күні атқарған адам ғана (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>КҮНІ</translation>
    </message>
    <message>
        <source>--at takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--at күнді ЖЖЖЖ-АА-КК түрінде алады, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>%1: cannot read the roles</source>
        <translation>%1: лауазымдарды оқу мүмкін емес</translation>
    </message>
    <message>
        <source>%1: no truth/people.jsonl and truth/meetings.jsonl of a generated corpus</source>
        <translation>%1: жасалған корпустың truth/people.jsonl және truth/meetings.jsonl файлдары жоқ</translation>
    </message>
</context>
<context>
    <name>elshi::cli::EntityCommand</name>
    <message>
        <source>Merge, split or rename people and other entities</source>
        <translation>Адамдар мен басқа нысандарды біріктіру, бөлу немесе қайта атау</translation>
    </message>
    <message>
        <source>The database to change.</source>
        <translation>Өзгертілетін дерекқор.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>JSON Lines шығысы (әдепкі).</translation>
    </message>
    <message>
        <source>merge ID ID (the second into the first), split ID ALIAS (the alias becomes its own entity) or rename ID NAME.</source>
        <translation>merge ID ID (екіншісі біріншісіне қосылады), split ID ALIAS (бүркеншік ат жеке нысанға айналады) немесе rename ID NAME.</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db ФАЙЛ міндетті</translation>
    </message>
    <message>
        <source>no action: merge, split or rename</source>
        <translation>әрекет жоқ: merge, split немесе rename</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: merge, split or rename</source>
        <translation>белгісіз әрекет &apos;%1&apos;: merge, split немесе rename</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes two arguments</source>
        <translation>&apos;%1&apos; екі аргумент қабылдайды</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entity id</source>
        <translation>&apos;%1&apos; нысан идентификаторы емес</translation>
    </message>
</context>
<context>
    <name>elshi::cli::EvalCommand</name>
    <message>
        <source>Score entity extraction on gold data</source>
        <translation>Атаулы нысандарды алу сапасын эталон деректермен бағалау</translation>
    </message>
    <message>
        <source>KazNERD IOB2 file.</source>
        <translation>KazNERD IOB2 файлы.</translation>
    </message>
    <message>
        <source>factRuEval-2016 folder (devset).</source>
        <translation>factRuEval-2016 қалтасы (devset).</translation>
    </message>
    <message>
        <source>Folder of seed corpus files.</source>
        <translation>Бастапқы корпус файлдарының қалтасы.</translation>
    </message>
    <message>
        <source>Gold JSON for the seeds.</source>
        <translation>Бастапқы файлдарға арналған эталон JSON.</translation>
    </message>
    <message>
        <source>List every error on standard error.</source>
        <translation>Әр қатені стандартты қате ағынына шығару.</translation>
    </message>
    <message>
        <source>--seeds needs --gold</source>
        <translation>--seeds үшін --gold керек</translation>
    </message>
    <message>
        <source>Corpus made by elshi-cli generate, with its truth.</source>
        <translation>elshi-cli generate жасаған корпус, эталонымен бірге.</translation>
    </message>
    <message>
        <source>give --seeds DIR --gold FILE, --factrueval DIR, --kaznerd FILE or --generated DIR</source>
        <translation>--seeds ҚАЛТА --gold ФАЙЛ, --factrueval ҚАЛТА, --kaznerd ФАЙЛ немесе --generated ҚАЛТА беріңіз</translation>
    </message>
</context>
<context>
    <name>elshi::cli::ExportPdfCommand</name>
    <message>
        <source>The database to read.</source>
        <translation>Оқылатын дерекқор.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Жазылатын PDF файлы.</translation>
    </message>
    <message>
        <source>Comma-separated article ids, e.g. 1,2,7.</source>
        <translation>Үтірмен бөлінген мақала идентификаторлары, мысалы 1,2,7.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ИДЕНТИФИКАТОРЛАР</translation>
    </message>
    <message>
        <source>Every article matching this search query (newest first).</source>
        <translation>Осы іздеу сұрауына сәйкес барлық мақала (ең жаңасы бірінші).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>СҰРАУ</translation>
    </message>
    <message>
        <source>Title on the cover page.</source>
        <translation>Мұқаба бетіндегі тақырып.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>МӘТІН</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db ФАЙЛ міндетті</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o ФАЙЛ міндетті</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>күтілмеген аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; мақала идентификаторы емес</translation>
    </message>
    <message>
        <source>--ids needs at least one article id</source>
        <translation>--ids үшін кемінде бір мақала идентификаторы керек</translation>
    </message>
    <message>
        <source>Write articles chosen by id, query or person to a PDF</source>
        <translation>Идентификатор, сұрау не адам бойынша таңдалған мақалаларды PDF-ке жазу</translation>
    </message>
    <message>
        <source>A person&apos;s meetings table and the articles naming them (any alias, any script).</source>
        <translation>Адамның кездесулер кестесі және ол аталған мақалалар (кез келген аты, кез келген жазу).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>give exactly one of --ids, --query or --person</source>
        <translation>--ids, --query немесе --person опцияларының біреуін ғана беріңіз</translation>
    </message>
    <message>
        <source>--person needs a name</source>
        <translation>--person үшін есім керек</translation>
    </message>
    <message>
        <source>no person named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; есімді адам жоқ</translation>
    </message>
</context>
<context>
    <name>elshi::cli::IngestCommand</name>
    <message>
        <source>Read files and folders into a database</source>
        <translation>Файлдар мен қалталарды дерекқорға оқу</translation>
    </message>
    <message>
        <source>The database to create or update.</source>
        <translation>Жасалатын немесе жаңартылатын дерекқор.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Барысын stderr терминал болмаса да көрсету.</translation>
    </message>
    <message>
        <source>Merge the search index at the end (slower ingest, faster search).</source>
        <translation>Соңында іздеу индексін біріктіру (оқу баяулау, іздеу жылдамырақ).</translation>
    </message>
    <message>
        <source>Corpus files or folders (read recursively).</source>
        <translation>Корпус файлдары немесе қалталары (ішкі қалталарымен оқылады).</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db ФАЙЛ міндетті</translation>
    </message>
    <message>
        <source>no files or folders to read</source>
        <translation>оқитын файл немесе қалта жоқ</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <source>cancelled; run the same command again to finish</source>
        <translation>тоқтатылды; аяқтау үшін сол пәрменді қайта іске қосыңыз</translation>
    </message>
    <message>
        <source>Text per transaction in MB (default 64): smaller loses less work to a crash.</source>
        <translation>Бір транзакциядағы мәтін көлемі, МБ (әдепкі 64): азырақ болса, апат кезінде азырақ жұмыс жоғалады.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>--batch-mb takes a number of megabytes</source>
        <translation>--batch-mb мәні мегабайт саны болуы керек</translation>
    </message>
    <message>
        <source>%1/%2 files, %3/%4 MB, %5 articles</source>
        <translation>%1/%2 файл, %3/%4 МБ, %5 мақала</translation>
    </message>
    <message>
        <source>%1 articles; indexing people, places and meetings</source>
        <translation>%1 мақала; адамдар, орындар мен кездесулер индекстелуде</translation>
    </message>
</context>
<context>
    <name>elshi::cli::SearchCommand</name>
    <message>
        <source>Search a database; hits marked **like this** in snippets</source>
        <translation>Дерекқордан іздеу; үзінділерде табылғандар **осылай** белгіленеді</translation>
    </message>
    <message>
        <source>The database to search.</source>
        <translation>Ізделетін дерекқор.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>JSON Lines шығысы (әдепкі).</translation>
    </message>
    <message>
        <source>Order: relevance (default), date (newest first) or oldest.</source>
        <translation>Реті: relevance (сәйкестік, әдепкі), date (ең жаңасы бірінші) немесе oldest (ең ескісі).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>РЕТІ</translation>
    </message>
    <message>
        <source>At most N results (default 50; 0 for all).</source>
        <translation>Ең көбі N нәтиже (әдепкі 50; барлығы үшін 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, -exclude, a OR b, title:, lang:, source:, date:2023-06..2024-03.</source>
        <translation>Сөздер, &quot;тіркестер&quot;, түбір*, -алып тастау, a OR b, title:, lang:, source:, date:2023-06..2024-03.</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db ФАЙЛ міндетті</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>сұрау берілмеген</translation>
    </message>
    <message>
        <source>--sort takes relevance, date or oldest, not &apos;%1&apos;</source>
        <translation>--sort мәні relevance, date немесе oldest болуы керек, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>--limit takes a number, not &apos;%1&apos;</source>
        <translation>--limit мәні сан болуы керек, &apos;%1&apos; емес</translation>
    </message>
</context>
<context>
    <name>elshi::core::DateFormat</name>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%1 %2 (жылы белгісіз)</translation>
    </message>
</context>
<context>
    <name>elshi::corpus</name>
    <message>
        <source>the file is empty: no articles</source>
        <translation>файл бос: мақала жоқ</translation>
    </message>
    <message>
        <source>an article without title or text was skipped</source>
        <translation>тақырыбы да, мәтіні де жоқ мақала өткізіп жіберілді</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>файлды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a news corpus file (%1 bytes)</source>
        <translation>файл жаңалықтар корпусының файлы болу үшін тым үлкен (%1 байт)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>digest item dated %1 has no text</source>
        <translation>%1 күнгі дайджест жазбасында мәтін жоқ</translation>
    </message>
    <message>
        <source>record has a date but no title or content (cut off?)</source>
        <translation>жазбада күн бар, бірақ тақырып не мазмұн жоқ (кесіліп қалған ба?)</translation>
    </message>
    <message>
        <source>the last record ends without its URL: the file may be cut off</source>
        <translation>соңғы жазба URL-сыз аяқталады: файл кесіліп қалған болуы мүмкін</translation>
    </message>
</context>
<context>
    <name>elshi::corpus::DecodedText</name>
    <message>
        <source>no character table for encoding %1</source>
        <translation>%1 кодтамасы үшін таңбалар кестесі жоқ</translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-8: %n byte(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>жарамсыз UTF-8: %n байт U+FFFD таңбасына ауыстырылды</numerusform>
            <numerusform>жарамсыз UTF-8: %n байт U+FFFD таңбасына ауыстырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-16: %n unit(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>жарамсыз UTF-16: %n бірлік U+FFFD таңбасына ауыстырылды</numerusform>
            <numerusform>жарамсыз UTF-16: %n бірлік U+FFFD таңбасына ауыстырылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elshi::corpus::Encoding</name>
    <message>
        <source>unknown or unsupported encoding %1</source>
        <translation>белгісіз немесе қолдау көрсетілмейтін кодтама %1</translation>
    </message>
    <message>
        <source>not a text file: it holds binary data</source>
        <translation>мәтіндік файл емес: онда екілік деректер бар</translation>
    </message>
    <message>
        <source>not readable text in any known encoding</source>
        <translation>белгілі кодтамалардың ешқайсысында оқылмайды</translation>
    </message>
</context>
<context>
    <name>elshi::entities</name>
    <message>
        <source>List the people, organisations and places in text files</source>
        <translation>Мәтіндік файлдардағы адамдарды, ұйымдарды және жерлерді тізу</translation>
    </message>
    <message>
        <source>Write JSON Lines (the default).</source>
        <translation>JSON Lines түрінде жазу (әдепкі).</translation>
    </message>
    <message>
        <source>Language of the text: en, ru or kk (default: guessed).</source>
        <translation>Мәтін тілі: en, ru немесе kk (әдепкі: анықталады).</translation>
    </message>
    <message>
        <source>UTF-8 text files; standard input when none.</source>
        <translation>UTF-8 мәтіндік файлдары; берілмесе — стандартты кіріс.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation>белгісіз тіл &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: оқылмады: %2</translation>
    </message>
</context>
<context>
    <name>elshi::exporting</name>
    <message>
        <source>Selected articles: %1</source>
        <translation>Таңдалған мақалалар: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <source>Elshi export</source>
        <translation>Елші экспорты</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::PdfExporter</name>
    <message>
        <source>cannot write the PDF file: %1</source>
        <translation>PDF файлын жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортталған уақыты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n мақала</numerusform>
            <numerusform>%n мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n кездесу</numerusform>
            <numerusform>%n кездесу</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <source>Source: %1, byte %2</source>
        <translation>Дереккөз: %1, %2-байт</translation>
    </message>
    <message>
        <source>cannot write the PDF file</source>
        <translation>PDF файлын жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::TableExport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>файлға жазу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>elshi::generator</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 жазылмады</translation>
    </message>
    <message>
        <source>Write a synthetic corpus with ground truth</source>
        <translation>Эталон деректерімен бірге синтетикалық корпус жазу</translation>
    </message>
    <message>
        <source>Folder to write corpus/ and truth/ into (created if missing).</source>
        <translation>corpus/ және truth/ жазылатын қалта (жоқ болса жасалады).</translation>
    </message>
    <message>
        <source>Number of articles to write (default 1000).</source>
        <translation>Жазылатын мақалалар саны (әдепкі 1000).</translation>
    </message>
    <message>
        <source>Seed; the same seed writes the same bytes (default 1).</source>
        <translation>Бастапқы сан; бірдей сан бірдей байттарды жазады (әдепкі 1).</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out ҚАЛТА міндетті</translation>
    </message>
    <message>
        <source>--articles needs a positive integer, not &apos;%1&apos;</source>
        <translation>--articles оң бүтін сан болуы керек, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed теріс емес бүтін сан болуы керек, &apos;%1&apos; емес</translation>
    </message>
</context>
<context>
    <name>elshi::models::ArticleListModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>elshi::models::CollectionModel</name>
    <message>
        <source>Article %1</source>
        <translation>%1-мақала</translation>
    </message>
</context>
<context>
    <name>elshi::models::EntityListModel</name>
    <message>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <source>place</source>
        <translation>жер</translation>
    </message>
    <message>
        <source>post</source>
        <translation>лауазым</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
</context>
<context>
    <name>elshi::models::MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Met with</source>
        <translation>Кіммен кездесті</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
</context>
<context>
    <name>elshi::models::SearchWorker</name>
    <message>
        <source>No corpus is open.</source>
        <translation>Ашық корпус жоқ.</translation>
    </message>
</context>
<context>
    <name>elshi::search::Query</name>
    <message>
        <source>unbalanced quote: a phrase needs a closing &quot;</source>
        <translation>тырнақша жабылмаған: тіркестің соңына &quot; қойыңыз</translation>
    </message>
    <message>
        <source>&apos;*&apos; goes at the end of the start of a word, as in minist*</source>
        <translation>&apos;*&apos; сөз басының соңына қойылады, мысалы: minist*</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value, as in %1:%2</source>
        <translation>&apos;%1:&apos; мәні керек, мысалы: %1:%2</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, as in Astana OR Nur-Sultan</source>
        <translation>OR екі жағында сөз не тіркес болуы керек, мысалы: Astana OR Nur-Sultan</translation>
    </message>
    <message>
        <source>&apos;-&apos; excludes words and phrases; it cannot be used with &apos;%1:&apos;</source>
        <translation>&apos;-&apos; сөздер мен тіркестерді алып тастайды; оны &apos;%1:&apos; сүзгісімен қолдануға болмайды</translation>
    </message>
    <message>
        <source>lang: needs en, ru or kk</source>
        <translation>lang: мәні en, ru немесе kk болуы керек</translation>
    </message>
    <message>
        <source>date: needs YYYY, YYYY-MM or YYYY-MM-DD, or a range such as 2023-06..2024-03</source>
        <translation>date: мәні ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК, не 2023-06..2024-03 сияқты аралық болуы керек</translation>
    </message>
    <message>
        <source>date: the range ends before it starts</source>
        <translation>date: аралық басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1:&apos;; use title:, lang:, source: or date:</source>
        <translation>белгісіз сүзгі &apos;%1:&apos;; title:, lang:, source: немесе date: қолданыңыз</translation>
    </message>
    <message>
        <source>nothing to search for: type a word, a &quot;phrase&quot; or a filter</source>
        <translation>іздейтін ештеңе жоқ: сөз, &quot;тіркес&quot; немесе сүзгі жазыңыз</translation>
    </message>
    <message>
        <source>add a word or a filter to search for besides the excluded ones</source>
        <translation>алып тасталғандардан басқа іздейтін сөз не сүзгі қосыңыз</translation>
    </message>
</context>
<context>
    <name>elshi::search::Searcher</name>
    <message>
        <source>the search failed: %1</source>
        <translation>іздеу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store</name>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>бұл SQLite-та толық мәтінді іздеу (FTS5) жоқ</translation>
    </message>
    <message>
        <source>cannot set up the search index</source>
        <translation>іздеу индексін дайындау мүмкін емес</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ашылмады: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>оқылмады: %1</translation>
    </message>
    <message>
        <source>cannot be read as a corpus file</source>
        <translation>корпус файлы ретінде оқылмайды</translation>
    </message>
    <message>
        <source>cannot update the database structure: %1</source>
        <translation>дерекқор құрылымын жаңарту мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Corpus</name>
    <message>
        <source>cannot read the database: %1</source>
        <translation>дерекқорды оқу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Database</name>
    <message>
        <source>no database at %1; create one with &apos;elshi-cli ingest&apos;</source>
        <translation>%1 жолында дерекқор жоқ; оны &apos;elshi-cli ingest&apos; арқылы жасаңыз</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 — қалта, дерекқор емес</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>дерекқорды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot open the database: no SQLite connection</source>
        <translation>дерекқорды ашу мүмкін емес: SQLite қосылымы жоқ</translation>
    </message>
    <message>
        <source>%1 is not an Elshi database</source>
        <translation>%1 — Elshi дерекқоры емес</translation>
    </message>
    <message>
        <source>cannot write the database: %1</source>
        <translation>дерекқорға жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the database was made by a newer version of Elshi (schema %1, this one reads up to %2)</source>
        <translation>дерекқорды Elshi-дің жаңарақ нұсқасы жасаған (сұлба %1, бұл нұсқа %2 дейін оқиды)</translation>
    </message>
</context>
<context>
    <name>elshi::store::EntityStore</name>
    <message>
        <source>cannot %1: %2</source>
        <translation>%1 мүмкін емес: %2</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>%1 идентификаторлы нысан жоқ</translation>
    </message>
    <message>
        <source>cannot merge entity %1 into itself</source>
        <translation>%1 нысанын өзіне біріктіру мүмкін емес</translation>
    </message>
    <message>
        <source>cannot merge a %1 into a %2</source>
        <translation>%1 түрін %2 түріне біріктіру мүмкін емес</translation>
    </message>
    <message>
        <source>merge entity %1 into %2</source>
        <translation>%1 нысанын %2 нысанына біріктіру</translation>
    </message>
    <message>
        <source>entity %1 has no alias &apos;%2&apos;</source>
        <translation>%1 нысанында &apos;%2&apos; деген бүркеншік ат жоқ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only alias of entity %2; rename it instead</source>
        <translation>&apos;%1&apos; — %2 нысанының жалғыз аты; оның орнына қайта атаңыз</translation>
    </message>
    <message>
        <source>split &apos;%1&apos; from entity %2</source>
        <translation>&apos;%1&apos; атын %2 нысанынан бөлу</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>нысанның аты болуы керек</translation>
    </message>
    <message>
        <source>rename entity %1</source>
        <translation>%1 нысанын қайта атау</translation>
    </message>
</context>
<context>
    <name>elshi::store::Ingester</name>
    <message>
        <source>cannot write the database: %1</source>
        <translation>дерекқорға жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>мұндай файл не қалта жоқ</translation>
    </message>
    <message>
        <source>cannot build the entity indexes: %1</source>
        <translation>нысандар индекстерін құру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>elshi::ui</name>
    <message>
        <source>Browse news about Kazakhstan&apos;s diplomacy.</source>
        <translation>Қазақстан дипломатиясы туралы жаңалықтарды шолу.</translation>
    </message>
    <message>
        <source>User-interface language: kk, ru or en.</source>
        <translation>Интерфейс тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>Corpus folder to open.</source>
        <translation>Ашылатын корпус қалтасы.</translation>
    </message>
    <message>
        <source>Render the main window, with its corpus loaded, to a PNG and exit.</source>
        <translation>Корпус жүктелген басты терезені PNG файлына сақтап, шығу.</translation>
    </message>
    <message>
        <source>Database file (default: in the cache directory).</source>
        <translation>Дерекқор файлы (әдепкі: кэш қалтасында).</translation>
    </message>
    <message>
        <source>Start with this full-text query.</source>
        <translation>Осы толық мәтінді сұраумен бастау.</translation>
    </message>
    <message>
        <source>With --screenshot: only this pane (timeline, people, search or article).</source>
        <translation>--screenshot бірге: тек осы аумақ (timeline, people, search немесе article).</translation>
    </message>
</context>
<context>
    <name>elshi::ui::ArticlePane</name>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Select an article in the timeline or in the search results to read it here.</source>
        <translation>Осында оқу үшін уақыт шкаласынан немесе іздеу нәтижелерінен мақаланы таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>elshi::ui::MainWindow</name>
    <message>
        <source>Elshi</source>
        <translation>Елші</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Open Corpus Folder…</source>
        <translation>Корпус қалтасын &amp;ашу…</translation>
    </message>
    <message>
        <source>Read a folder of news files and browse it</source>
        <translation>Жаңалық файлдары бар қалтаны оқып, шолу</translation>
    </message>
    <message>
        <source>&amp;Export Selection as PDF…</source>
        <translation>Таңдалғанды PDF ретінде &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;About Elshi</source>
        <translation>Елші &amp;туралы</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Full Text</source>
        <translation>Толық мәтін</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>Корпус қалтасын ашу</translation>
    </message>
    <message>
        <source>About Elshi</source>
        <translation>Елші туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan&apos;s diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Елші %1&lt;/h3&gt;&lt;p&gt;Қазақстан дипломатиясы туралы жаңалықтарды күн, адамдар және кездесулер бойынша қазақ, орыс және ағылшын тілдерінде шолу.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Elshi</source>
        <translation>%1 — Елші</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Соңғы &amp;ашылғандар</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Find in Full Text</source>
        <translation>Толық мәтіннен &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Алға</translation>
    </message>
    <message>
        <source>Stop reading; what was read so far is kept</source>
        <translation>Оқуды тоқтату; оқылғаны сақталады</translation>
    </message>
    <message>
        <source>Still reading the previous corpus; cancel it first.</source>
        <translation>Алдыңғы корпус әлі оқылуда; алдымен оны тоқтатыңыз.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 қалта емес.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %1 of %2 files, %n article(s)</source>
        <translation>
            <numerusform>Оқылуда: %2 файлдың %1-і, %n мақала</numerusform>
            <numerusform>Оқылуда: %2 файлдың %1-і, %n мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(шамамен %n секунд қалды)</numerusform>
            <numerusform>(шамамен %n секунд қалды)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled; the articles read so far are shown.</source>
        <translation>Оқу тоқтатылды; осы уақытқа дейін оқылған мақалалар көрсетілді.</translation>
    </message>
    <message>
        <source>Some files could not be read</source>
        <translation>Кейбір файлдар оқылмады</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; everything else was imported.</source>
        <translation>
            <numerusform>%n файл оқылмады; қалғанының бәрі жүктелді.</numerusform>
            <numerusform>%n файл оқылмады; қалғанының бәрі жүктелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the corpus</source>
        <translation>Корпусты ашу мүмкін емес</translation>
    </message>
    <message>
        <source>No corpus open. Use File → Open Corpus Folder… or drop a folder here.</source>
        <translation>Корпус ашылмаған. Файл → Корпус қалтасын ашу… мәзірін пайдаланыңыз немесе қалтаны осында сүйреп әкеліңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the corpus</source>
        <translation>
            <numerusform>Корпуста %n мақала</numerusform>
            <numerusform>Корпуста %n мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>Күндер: %1 – %2</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Таңдалған мақалалар</translation>
    </message>
    <message>
        <source>The article being read</source>
        <translation>Оқылып жатқан мақала</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Экспорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>Select articles in the timeline list or in the search results (Ctrl+click or Shift+click for several), then export again.</source>
        <translation>Уақыт шкаласы тізімінен немесе іздеу нәтижелерінен мақалаларды таңдаңыз (бірнешеуін таңдау үшін Ctrl+шерту немесе Shift+шерту), содан кейін қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Export Selection as PDF</source>
        <translation>Таңдалғанды PDF ретінде экспорттау</translation>
    </message>
    <message>
        <source>elshi-export.pdf</source>
        <translation>elshi-export.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Elshi: %n article(s)</source>
        <translation>
            <numerusform>Елші: %n мақала</numerusform>
            <numerusform>Елші: %n мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Корпус: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 файлына экспортталды</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Export Meetings as PDF</source>
        <translation>Кездесулерді PDF ретінде экспорттау</translation>
    </message>
    <message>
        <source>Export &amp;Tables</source>
        <translation>&amp;Кестелерді экспорттау</translation>
    </message>
    <message>
        <source>All Meetings as CSV…</source>
        <translation>Барлық кездесулер — CSV…</translation>
    </message>
    <message>
        <source>All Meetings as JSON…</source>
        <translation>Барлық кездесулер — JSON…</translation>
    </message>
    <message>
        <source>All People as CSV…</source>
        <translation>Барлық адамдар — CSV…</translation>
    </message>
    <message>
        <source>All People as JSON…</source>
        <translation>Барлық адамдар — JSON…</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>%1 кездесулері</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Адам: %1</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>кездесулер</translation>
    </message>
    <message>
        <source>people</source>
        <translation>адамдар</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export Collection as PDF</source>
        <translation>Жинақты PDF ретінде экспорттау</translation>
    </message>
    <message>
        <source>elshi-collection.pdf</source>
        <translation>elshi-collection.pdf</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Жинақ</translation>
    </message>
    <message>
        <source>Collection (%1)</source>
        <translation>Жинақ (%1)</translation>
    </message>
    <message>
        <source>Add Selection to &amp;Collection</source>
        <translation>Таңдалғанды &amp;жинаққа қосу</translation>
    </message>
    <message>
        <source>Keep the selected articles in the collection, to read or export them together</source>
        <translation>Таңдалған мақалаларды бірге оқу не экспорттау үшін жинақта сақтау</translation>
    </message>
    <message>
        <source>Remove from Collection</source>
        <translation>Жинақтан алып тастау</translation>
    </message>
    <message>
        <source>Export &amp;Collection as PDF…</source>
        <translation>&amp;Жинақты PDF ретінде экспорттау…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the collection</source>
        <translation>
            <numerusform>Жинаққа %n мақала қосылды</numerusform>
            <numerusform>Жинаққа %n мақала қосылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for changes…</source>
        <translation>%1 өзгерістерге тексерілуде…</translation>
    </message>
    <message>
        <source>Indexing people, places and meetings…</source>
        <translation>Адамдар, орындар мен кездесулер индекстелуде…</translation>
    </message>
</context>
<context>
    <name>elshi::ui::PeoplePane</name>
    <message>
        <source>Select a person to see their roles, meetings and articles.</source>
        <translation>Лауазымдарын, кездесулерін және мақалаларын көру үшін адамды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No role stated in the articles.</source>
        <translation>Мақалаларда лауазымы айтылмаған.</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Ашық корпус жоқ.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Қайта атау…</translation>
    </message>
    <message>
        <source>Merge Selected into “%1”</source>
        <translation>Таңдалғандарды «%1» нысанына біріктіру</translation>
    </message>
    <message>
        <source>Split Off Alias</source>
        <translation>Бүркеншік атты бөліп алу</translation>
    </message>
    <message>
        <source>Export Meetings…</source>
        <translation>Кездесулерді экспорттау…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Қайта атау</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Қайта атау мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Біріктіру мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation>Бөлу мүмкін емес</translation>
    </message>
    <message>
        <source>People, organisations and places named in the articles appear here.</source>
        <translation>Мақалаларда аталған адамдар, ұйымдар мен жерлер осында көрсетіледі.</translation>
    </message>
    <message>
        <source>Filter names in any script</source>
        <translation>Аттарды кез келген жазумен сүзу</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Қалалар</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Жерлер</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Кездесулер (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Мақалалар (%1)</translation>
    </message>
    <message>
        <source>Double-click a meeting to read the sentence that states it.</source>
        <translation>Кездесу туралы сөйлемді оқу үшін оны екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>Export this person&apos;s meetings and articles as PDF</source>
        <translation>Осы адамның кездесулері мен мақалаларын PDF ретінде экспорттау</translation>
    </message>
</context>
<context>
    <name>elshi::ui::SearchPane</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, -exclude, OR, lang:kk, source:, date:2024-03</source>
        <translation>Іздеу: сөздер, &quot;тіркестер&quot;, түбір*, -алып тастау, OR, lang:kk, source:, date:2024-03</translation>
    </message>
    <message>
        <source>Words match in any inflection (посол finds послом). Filters: title:, lang:, source:, date:2023-06..2024-03. Press Enter to remember a query.</source>
        <translation>Сөздер кез келген тұлғада табылады (елші сөзі елшісі сөзін де табады). Сүзгілер: title:, lang:, source:, date:2023-06..2024-03. Сұрауды есте сақтау үшін Enter басыңыз.</translation>
    </message>
    <message>
        <source>Open a corpus to search its full text in Kazakh, Russian and English.</source>
        <translation>Толық мәтінді қазақ, орыс және ағылшын тілдерінде іздеу үшін корпусты ашыңыз.</translation>
    </message>
    <message>
        <source>Type to search; results appear as you type.</source>
        <translation>Іздеу үшін жазыңыз; нәтижелер жазған сайын шығады.</translation>
    </message>
    <message>
        <source>No article matches. Try fewer words or a prefix such as minist*.</source>
        <translation>Сәйкес мақала жоқ. Азырақ сөз немесе minist* сияқты түбір жазып көріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n сәйкес мақала</numerusform>
            <numerusform>%n сәйкес мақала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elshi::ui::SourceView</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
</context>
<context>
    <name>elshi::ui::TimelinePane</name>
    <message numerus="yes">
        <source>%n undated article(s)</source>
        <translation>
            <numerusform>Күні жоқ %n мақала</numerusform>
            <numerusform>Күні жоқ %n мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1 to %2</source>
        <translation>
            <numerusform>%1 – %2 аралығында %n мақала</numerusform>
            <numerusform>%1 – %2 аралығында %n мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), newest first</source>
        <translation>
            <numerusform>%n мақала, ең жаңасы басында</numerusform>
            <numerusform>%n мақала, ең жаңасы басында</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a corpus folder (Ctrl+O) to see its articles by date.</source>
        <translation>Мақалаларды күн бойынша көру үшін корпус қалтасын ашыңыз (Ctrl+O).</translation>
    </message>
    <message>
        <source>Drag to select dates, wheel to zoom, right-drag to pan, Esc to clear</source>
        <translation>Күндерді таңдау үшін сүйреңіз, масштаб — тінтуір дөңгелегі, жылжыту — оң жақ батырмамен сүйреу, тазарту — Esc</translation>
    </message>
</context>
<context>
    <name>elshi::ui::TimelineWidget</name>
    <message>
        <source>Week of %1</source>
        <translation>%1 басталған апта</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>Мақала жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Undated or year unknown: %1 articles</source>
        <translation>
            <numerusform>Күні белгісіз немесе жылы белгісіз: %1 мақала</numerusform>
            <numerusform>Күні белгісіз немесе жылы белгісіз: %1 мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 articles</source>
        <translation>
            <numerusform>%1: %2 мақала</numerusform>
            <numerusform>%1: %2 мақала</numerusform>
        </translation>
    </message>
</context>
</TS>
