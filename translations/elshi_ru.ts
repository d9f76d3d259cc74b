<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>elshi::cli</name>
    <message>
        <source>Try &apos;elshi-cli %1--help&apos; for more information.</source>
        <translation>Подробнее: &apos;elshi-cli %1--help&apos;.</translation>
    </message>
    <message>
        <source>Usage: elshi-cli COMMAND [OPTIONS] [ARGUMENTS]
Reads and queries Elshi corpora; results as JSON Lines.

Commands:
</source>
        <translation>Использование: elshi-cli КОМАНДА [ПАРАМЕТРЫ] [АРГУМЕНТЫ]
Читает корпуса Elshi и выполняет запросы к ним; результаты в формате JSON Lines.

Команды:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s with COMMAND --help
  -v, --version  Show the version
</source>
        <translation>
Параметры:
  -h, --help     Показать эту справку или справку команды: КОМАНДА --help
  -v, --version  Показать версию
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>List the articles of a database</source>
        <translation>Список статей базы данных</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>База данных для чтения.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>Вывод в JSON Lines (по умолчанию).</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>требуется --db ФАЙЛ</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>неожиданный аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show one article in full</source>
        <translation>Показать одну статью полностью</translation>
    </message>
    <message>
        <source>The article&apos;s id, as &apos;articles&apos; lists it.</source>
        <translation>Идентификатор статьи из списка &apos;articles&apos;.</translation>
    </message>
    <message>
        <source>give exactly one article id</source>
        <translation>укажите ровно один идентификатор статьи</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; не является идентификатором статьи</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>нет статьи с идентификатором %1</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: не удалось прочитать</translation>
    </message>
    <message>
        <source>%1: no book_*.txt files</source>
        <translation>%1: нет файлов book_*.txt</translation>
    </message>
    <message>
        <source>%1: cannot read the gold file</source>
        <translation>%1: не удалось прочитать эталонный файл</translation>
    </message>
    <message>
        <source>List the meetings stated in a database&apos;s articles</source>
        <translation>Перечислить встречи, упомянутые в статьях базы данных</translation>
    </message>
    <message>
        <source>Only meetings of this person, named by any alias in any script (&quot;Мурат Нуртлеу&quot; finds Murat Nurtleu).</source>
        <translation>Только встречи этого человека, по любому варианту имени в любой письменности (&quot;Мурат Нуртлеу&quot; находит Murat Nurtleu).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>--person needs a name</source>
        <translation>--person требует имени</translation>
    </message>
    <message>
        <source>no person named &apos;%1&apos;</source>
        <translation>нет человека с именем &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the people of a database with their roles</source>
        <translation>Перечислить людей из базы данных с их должностями</translation>
    </message>
    <message>
        <source>Entities of this type instead of people: PERSON, ORG, COUNTRY, CITY, LOC or all (each line then says its type).</source>
        <translation>Сущности этого типа вместо людей: PERSON, ORG, COUNTRY, CITY, LOC или all (тогда в каждой строке указан тип).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>--type takes PERSON, ORG, COUNTRY, CITY, LOC or all</source>
        <translation>--type принимает PERSON, ORG, COUNTRY, CITY, LOC или all</translation>
    </message>
    <message>
        <source>List who held which post when (the role directory)</source>
        <translation>Показать, кто и когда занимал какую должность (справочник должностей)</translation>
    </message>
    <message>
        <source>Only this post, by its English title (&quot;ambassador&quot;).</source>
        <translation>Только эта должность, по английскому названию (&quot;ambassador&quot;).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>ДОЛЖНОСТЬ</translation>
    </message>
    <message>
        <source>Only posts of this country (&quot;Kazakhstan&quot;).</source>
        <translation>Только должности этой страны (&quot;Kazakhstan&quot;).</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>СТРАНА</translation>
    </message>
    <message>
        <source>Only posts in this host country or organisation (&quot;Kenya&quot;, &quot;UNESCO&quot;).</source>
        <translation>Только должности в этой стране пребывания или организации (&quot;Kenya&quot;, &quot;UNESCO&quot;).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ПРЕБЫВАНИЕ</translation>
    </message>
    <message>
        <source>Only the holder of each post on this date (YYYY-MM-DD).</source>
        <translation>Только тот, кто занимал каждую должность в эту дату (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>--at takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--at принимает дату в виде ГГГГ-ММ-ДД, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read the roles</source>
        <translation>%1: не удаётся прочитать должности</translation>
    </message>
    <message>
        <source>%1: no truth/people.jsonl and truth/meetings.jsonl of a generated corpus</source>
        <translation>%1: нет truth/people.jsonl и truth/meetings.jsonl сгенерированного корпуса</translation>
    </message>
</context>
<context>
    <name>elshi::cli::EntityCommand</name>
    <message>
        <source>Merge, split or rename people and other entities</source>
        <translation>Объединить, разделить или переименовать людей и другие сущности</translation>
    </message>
    <message>
        <source>The database to change.</source>
        <translation>Изменяемая база данных.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>Вывод в JSON Lines (по умолчанию).</translation>
    </message>
    <message>
        <source>merge ID ID (the second into the first), split ID ALIAS (the alias becomes its own entity) or rename ID NAME.</source>
        <translation>merge ID ID (вторая в первую), split ID ALIAS (вариант имени становится отдельной сущностью) или rename ID NAME.</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>требуется --db ФАЙЛ</translation>
    </message>
    <message>
        <source>no action: merge, split or rename</source>
        <translation>не указано действие: merge, split или rename</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: merge, split or rename</source>
        <translation>неизвестное действие &apos;%1&apos;: merge, split или rename</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes two arguments</source>
        <translation>&apos;%1&apos; принимает два аргумента</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entity id</source>
        <translation>&apos;%1&apos; не является идентификатором сущности</translation>
    </message>
</context>
<context>
    <name>elshi::cli::EvalCommand</name>
    <message>
        <source>Score entity extraction on gold data</source>
        <translation>Оценить извлечение сущностей по эталонным данным</translation>
    </message>
    <message>
        <source>KazNERD IOB2 file.</source>
        <translation>Файл KazNERD в формате IOB2.</translation>
    </message>
    <message>
        <source>factRuEval-2016 folder (devset).</source>
        <translation>Папка factRuEval-2016 (devset).</translation>
    </message>
    <message>
        <source>Folder of seed corpus files.</source>
        <translation>Папка с исходными файлами корпуса.</translation>
    </message>
    <message>
        <source>Gold JSON for the seeds.</source>
        <translation>Эталонный JSON для исходных файлов.</translation>
    </message>
    <message>
        <source>List every error on standard error.</source>
        <translation>Выводить каждую ошибку в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>--seeds needs --gold</source>
        <translation>--seeds требует --gold</translation>
    </message>
    <message>
        <source>Corpus made by elshi-cli generate, with its truth.</source>
        <translation>Корпус, созданный elshi-cli generate, с его эталоном.</translation>
    </message>
    <message>
        <source>give --seeds DIR --gold FILE, --factrueval DIR, --kaznerd FILE or --generated DIR</source>
        <translation>укажите --seeds ПАПКА --gold ФАЙЛ, --factrueval ПАПКА, --kaznerd ФАЙЛ или --generated ПАПКА</translation>
    </message>
</context>
<context>
    <name>elshi::cli::ExportPdfCommand</name>
    <message>
        <source>The database to read.</source>
        <translation>База данных для чтения.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-файл для записи.</translation>
    </message>
    <message>
        <source>Comma-separated article ids, e.g. 1,2,7.</source>
        <translation>Идентификаторы статей через запятую, например 1,2,7.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ИДЕНТИФИКАТОРЫ</translation>
    </message>
    <message>
        <source>Every article matching this search query (newest first).</source>
        <translation>Все статьи, подходящие под этот запрос (сначала новые).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ЗАПРОС</translation>
    </message>
    <message>
        <source>Title on the cover page.</source>
        <translation>Заголовок на титульной странице.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>требуется --db ФАЙЛ</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>требуется -o ФАЙЛ</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>неожиданный аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; не является идентификатором статьи</translation>
    </message>
    <message>
        <source>--ids needs at least one article id</source>
        <translation>--ids требует хотя бы один идентификатор статьи</translation>
    </message>
    <message>
        <source>Write articles chosen by id, query or person to a PDF</source>
        <translation>Записать статьи, выбранные по идентификаторам, запросу или человеку, в PDF</translation>
    </message>
    <message>
        <source>A person&apos;s meetings table and the articles naming them (any alias, any script).</source>
        <translation>Таблица встреч человека и статьи, где он упомянут (любой вариант имени, любая письменность).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>give exactly one of --ids, --query or --person</source>
        <translation>укажите ровно одно из --ids, --query или --person</translation>
    </message>
    <message>
        <source>--person needs a name</source>
        <translation>--person требует имени</translation>
    </message>
    <message>
        <source>no person named &apos;%1&apos;</source>
        <translation>нет человека с именем &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>elshi::cli::IngestCommand</name>
    <message>
        <source>Read files and folders into a database</source>
        <translation>Прочитать файлы и папки в базу данных</translation>
    </message>
    <message>
        <source>The database to create or update.</source>
        <translation>База данных для создания или обновления.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Показывать ход работы в stderr, даже если это не терминал.</translation>
    </message>
    <message>
        <source>Merge the search index at the end (slower ingest, faster search).</source>
        <translation>Объединить поисковый индекс в конце (чтение медленнее, поиск быстрее).</translation>
    </message>
    <message>
        <source>Corpus files or folders (read recursively).</source>
        <translation>Файлы или папки корпуса (читаются рекурсивно).</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>требуется --db ФАЙЛ</translation>
    </message>
    <message>
        <source>no files or folders to read</source>
        <translation>нет файлов или папок для чтения</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>cancelled; run the same command again to finish</source>
        <translation>отменено; запустите ту же команду снова, чтобы завершить</translation>
    </message>
    <message>
        <source>Text per transaction in MB (default 64): smaller loses less work to a crash.</source>
        <translation>Объём текста на транзакцию в МБ (по умолчанию 64): чем меньше, тем меньше потерь при сбое.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>--batch-mb takes a number of megabytes</source>
        <translation>--batch-mb принимает число мегабайт</translation>
    </message>
    <message>
        <source>%1/%2 files, %3/%4 MB, %5 articles</source>
        <translation>%1/%2 файлов, %3/%4 МБ, %5 статей</translation>
    </message>
    <message>
        <source>%1 articles; indexing people, places and meetings</source>
        <translation>статей: %1; индексируются люди, места и встречи</translation>
    </message>
</context>
<context>
    <name>elshi::cli::SearchCommand</name>
    <message>
        <source>Search a database; hits marked **like this** in snippets</source>
        <translation>Поиск по базе данных; совпадения во фрагментах выделены **так**</translation>
    </message>
    <message>
        <source>The database to search.</source>
        <translation>База данных для поиска.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>Вывод в JSON Lines (по умолчанию).</translation>
    </message>
    <message>
        <source>Order: relevance (default), date (newest first) or oldest.</source>
        <translation>Порядок: relevance (релевантность, по умолчанию), date (сначала новые) или oldest (сначала старые).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ПОРЯДОК</translation>
    </message>
    <message>
        <source>At most N results (default 50; 0 for all).</source>
        <translation>Не более N результатов (по умолчанию 50; 0 — все).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, -exclude, a OR b, title:, lang:, source:, date:2023-06..2024-03.</source>
        <translation>Слова, &quot;фразы&quot;, префикс*, -исключение, a OR b, title:, lang:, source:, date:2023-06..2024-03.</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>требуется --db ФАЙЛ</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>не задан запрос</translation>
    </message>
    <message>
        <source>--sort takes relevance, date or oldest, not &apos;%1&apos;</source>
        <translation>--sort принимает relevance, date или oldest, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit takes a number, not &apos;%1&apos;</source>
        <translation>--limit принимает число, а не &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>elshi::core::DateFormat</name>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%1 %2 (год неизвестен)</translation>
    </message>
</context>
<context>
    <name>elshi::corpus</name>
    <message>
        <source>the file is empty: no articles</source>
        <translation>файл пуст: статей нет</translation>
    </message>
    <message>
        <source>an article without title or text was skipped</source>
        <translation>статья без заголовка и текста пропущена</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>чтение не удалось: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a news corpus file (%1 bytes)</source>
        <translation>файл слишком велик для файла новостного корпуса (%1 байт)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>digest item dated %1 has no text</source>
        <translation>в элементе дайджеста от %1 нет текста</translation>
    </message>
    <message>
        <source>record has a date but no title or content (cut off?)</source>
        <translation>у записи есть дата, но нет заголовка или содержания (обрезана?)</translation>
    </message>
    <message>
        <source>the last record ends without its URL: the file may be cut off</source>
        <translation>последняя запись заканчивается без URL: файл, возможно, обрезан</translation>
    </message>
</context>
<context>
    <name>elshi::corpus::DecodedText</name>
    <message>
        <source>no character table for encoding %1</source>
        <translation>нет таблицы символов для кодировки %1</translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-8: %n byte(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>недопустимый UTF-8: %n байт заменён на U+FFFD</numerusform>
            <numerusform>недопустимый UTF-8: %n байта заменены на U+FFFD</numerusform>
            <numerusform>недопустимый UTF-8: %n байтов заменены на U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-16: %n unit(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>недопустимый UTF-16: %n единица заменена на U+FFFD</numerusform>
            <numerusform>недопустимый UTF-16: %n единицы заменены на U+FFFD</numerusform>
            <numerusform>недопустимый UTF-16: %n единиц заменены на U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elshi::corpus::Encoding</name>
    <message>
        <source>unknown or unsupported encoding %1</source>
        <translation>неизвестная или неподдерживаемая кодировка %1</translation>
    </message>
    <message>
        <source>not a text file: it holds binary data</source>
        <translation>не текстовый файл: в нём двоичные данные</translation>
    </message>
    <message>
        <source>not readable text in any known encoding</source>
        <translation>не читается ни в одной известной кодировке</translation>
    </message>
</context>
<context>
    <name>elshi::entities</name>
    <message>
        <source>List the people, organisations and places in text files</source>
        <translation>Перечислить людей, организации и места в текстовых файлах</translation>
    </message>
    <message>
        <source>Write JSON Lines (the default).</source>
        <translation>Выводить в JSON Lines (по умолчанию).</translation>
    </message>
    <message>
        <source>Language of the text: en, ru or kk (default: guessed).</source>
        <translation>Язык текста: en, ru или kk (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>UTF-8 text files; standard input when none.</source>
        <translation>Текстовые файлы в UTF-8; если не указаны — стандартный ввод.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation>неизвестный язык &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: не удалось прочитать: %2</translation>
    </message>
</context>
<context>
    <name>elshi::exporting</name>
    <message>
        <source>Selected articles: %1</source>
        <translation>Выбранные статьи: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Elshi export</source>
        <translation>Экспорт Элши</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::PdfExporter</name>
    <message>
        <source>cannot write the PDF file: %1</source>
        <translation>не удалось записать PDF-файл: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Source: %1, byte %2</source>
        <translation>Источник: %1, байт %2</translation>
    </message>
    <message>
        <source>cannot write the PDF file</source>
        <translation>не удалось записать PDF-файл</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::TableExport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>elshi::generator</name>
    <message>
        <source>cannot write %1</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <source>Write a synthetic corpus with ground truth</source>
        <translation>Записать синтетический корпус с эталонной разметкой</translation>
    </message>
    <message>
        <source>Folder to write corpus/ and truth/ into (created if missing).</source>
        <translation>Папка для corpus/ и truth/ (создаётся при отсутствии).</translation>
    </message>
    <message>
        <source>Number of articles to write (default 1000).</source>
        <translation>Число статей (по умолчанию 1000).</translation>
    </message>
    <message>
        <source>Seed; the same seed writes the same bytes (default 1).</source>
        <translation>Начальное значение; одинаковое значение даёт одинаковые байты (по умолчанию 1).</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>требуется --out ПАПКА</translation>
    </message>
    <message>
        <source>--articles needs a positive integer, not &apos;%1&apos;</source>
        <translation>--articles требует положительного целого числа, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed требует неотрицательного целого числа, а не &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>elshi::models::ArticleListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>elshi::models::CollectionModel</name>
    <message>
        <source>Article %1</source>
        <translation>Статья %1</translation>
    </message>
</context>
<context>
    <name>elshi::models::EntityListModel</name>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>post</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>elshi::models::MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Met with</source>
        <translation>С кем встреча</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
</context>
<context>
    <name>elshi::models::SearchWorker</name>
    <message>
        <source>No corpus is open.</source>
        <translation>Корпус не открыт.</translation>
    </message>
</context>
<context>
    <name>elshi::search::Query</name>
    <message>
        <source>unbalanced quote: a phrase needs a closing &quot;</source>
        <translation>непарная кавычка: фразе нужна закрывающая &quot;</translation>
    </message>
    <message>
        <source>&apos;*&apos; goes at the end of the start of a word, as in minist*</source>
        <translation>&apos;*&apos; ставится в конце начала слова, например: minist*</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value, as in %1:%2</source>
        <translation>&apos;%1:&apos; требует значения, например: %1:%2</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, as in Astana OR Nur-Sultan</source>
        <translation>OR требует слова или фразы с обеих сторон, например: Astana OR Nur-Sultan</translation>
    </message>
    <message>
        <source>&apos;-&apos; excludes words and phrases; it cannot be used with &apos;%1:&apos;</source>
        <translation>&apos;-&apos; исключает слова и фразы; его нельзя использовать с &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>lang: needs en, ru or kk</source>
        <translation>lang: принимает en, ru или kk</translation>
    </message>
    <message>
        <source>date: needs YYYY, YYYY-MM or YYYY-MM-DD, or a range such as 2023-06..2024-03</source>
        <translation>date: принимает ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД либо диапазон вида 2023-06..2024-03</translation>
    </message>
    <message>
        <source>date: the range ends before it starts</source>
        <translation>date: диапазон заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1:&apos;; use title:, lang:, source: or date:</source>
        <translation>неизвестный фильтр &apos;%1:&apos;; используйте title:, lang:, source: или date:</translation>
    </message>
    <message>
        <source>nothing to search for: type a word, a &quot;phrase&quot; or a filter</source>
        <translation>нечего искать: введите слово, &quot;фразу&quot; или фильтр</translation>
    </message>
    <message>
        <source>add a word or a filter to search for besides the excluded ones</source>
        <translation>добавьте слово или фильтр помимо исключённых</translation>
    </message>
</context>
<context>
    <name>elshi::search::Searcher</name>
    <message>
        <source>the search failed: %1</source>
        <translation>поиск не удался: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store</name>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>в этой сборке SQLite нет полнотекстового поиска (FTS5)</translation>
    </message>
    <message>
        <source>cannot set up the search index</source>
        <translation>не удалось подготовить поисковый индекс</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не удалось открыть: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>cannot be read as a corpus file</source>
        <translation>не читается как файл корпуса</translation>
    </message>
    <message>
        <source>cannot update the database structure: %1</source>
        <translation>не удалось обновить структуру базы данных: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Corpus</name>
    <message>
        <source>cannot read the database: %1</source>
        <translation>не удалось прочитать базу данных: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Database</name>
    <message>
        <source>no database at %1; create one with &apos;elshi-cli ingest&apos;</source>
        <translation>нет базы данных по пути %1; создайте её командой &apos;elshi-cli ingest&apos;</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 — папка, а не база данных</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>не удалось открыть базу данных: %1</translation>
    </message>
    <message>
        <source>cannot open the database: no SQLite connection</source>
        <translation>не удалось открыть базу данных: нет соединения SQLite</translation>
    </message>
    <message>
        <source>%1 is not an Elshi database</source>
        <translation>%1 не является базой данных Elshi</translation>
    </message>
    <message>
        <source>cannot write the database: %1</source>
        <translation>не удалось записать базу данных: %1</translation>
    </message>
    <message>
        <source>the database was made by a newer version of Elshi (schema %1, this one reads up to %2)</source>
        <translation>база данных создана более новой версией Elshi (схема %1, эта версия читает до %2)</translation>
    </message>
</context>
<context>
    <name>elshi::store::EntityStore</name>
    <message>
        <source>cannot %1: %2</source>
        <translation>не удалось %1: %2</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>нет сущности с идентификатором %1</translation>
    </message>
    <message>
        <source>cannot merge entity %1 into itself</source>
        <translation>нельзя объединить сущность %1 саму с собой</translation>
    </message>
    <message>
        <source>cannot merge a %1 into a %2</source>
        <translation>нельзя объединить %1 с %2</translation>
    </message>
    <message>
        <source>merge entity %1 into %2</source>
        <translation>объединить сущность %1 с %2</translation>
    </message>
    <message>
        <source>entity %1 has no alias &apos;%2&apos;</source>
        <translation>у сущности %1 нет варианта имени &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only alias of entity %2; rename it instead</source>
        <translation>&apos;%1&apos; — единственный вариант имени сущности %2; переименуйте её вместо этого</translation>
    </message>
    <message>
        <source>split &apos;%1&apos; from entity %2</source>
        <translation>отделить &apos;%1&apos; от сущности %2</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>у сущности должно быть имя</translation>
    </message>
    <message>
        <source>rename entity %1</source>
        <translation>переименовать сущность %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Ingester</name>
    <message>
        <source>cannot write the database: %1</source>
        <translation>не удалось записать базу данных: %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>cannot build the entity indexes: %1</source>
        <translation>не удалось построить индексы сущностей: %1</translation>
    </message>
</context>
<context>
    <name>elshi::ui</name>
    <message>
        <source>Browse news about Kazakhstan&apos;s diplomacy.</source>
        <translation>Обзор новостей о дипломатии Казахстана.</translation>
    </message>
    <message>
        <source>User-interface language: kk, ru or en.</source>
        <translation>Язык интерфейса: kk, ru или en.</translation>
    </message>
    <message>
        <source>Corpus folder to open.</source>
        <translation>Папка корпуса для открытия.</translation>
    </message>
    <message>
        <source>Render the main window, with its corpus loaded, to a PNG and exit.</source>
        <translation>Сохранить главное окно с загруженным корпусом в PNG и выйти.</translation>
    </message>
    <message>
        <source>Database file (default: in the cache directory).</source>
        <translation>Файл базы данных (по умолчанию — в каталоге кэша).</translation>
    </message>
    <message>
        <source>Start with this full-text query.</source>
        <translation>Начать с этого полнотекстового запроса.</translation>
    </message>
    <message>
        <source>With --screenshot: only this pane (timeline, people, search or article).</source>
        <translation>Вместе с --screenshot: только эта панель (timeline, people, search или article).</translation>
    </message>
</context>
<context>
    <name>elshi::ui::ArticlePane</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Select an article in the timeline or in the search results to read it here.</source>
        <translation>Выберите статью в хронологии или в результатах поиска, чтобы прочитать её здесь.</translation>
    </message>
</context>
<context>
    <name>elshi::ui::MainWindow</name>
    <message>
        <source>Elshi</source>
        <translation>Элши</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open Corpus Folder…</source>
        <translation>&amp;Открыть папку корпуса…</translation>
    </message>
    <message>
        <source>Read a folder of news files and browse it</source>
        <translation>Прочитать папку с файлами новостей и просмотреть её</translation>
    </message>
    <message>
        <source>&amp;Export Selection as PDF…</source>
        <translation>&amp;Экспорт выбранного в PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About Elshi</source>
        <translation>&amp;О программе Элши</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Full Text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>Открыть папку корпуса</translation>
    </message>
    <message>
        <source>About Elshi</source>
        <translation>О программе Элши</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan&apos;s diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Элши %1&lt;/h3&gt;&lt;p&gt;Новости о дипломатии Казахстана по датам, людям и встречам — на казахском, русском и английском.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Elshi</source>
        <translation>%1 — Элши</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Find in Full Text</source>
        <translation>&amp;Найти в полном тексте</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Stop reading; what was read so far is kept</source>
        <translation>Остановить чтение; прочитанное сохранится</translation>
    </message>
    <message>
        <source>Still reading the previous corpus; cancel it first.</source>
        <translation>Предыдущий корпус ещё читается; сначала отмените чтение.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %1 of %2 files, %n article(s)</source>
        <translation>
            <numerusform>Чтение: %1 из %2 файлов, %n статья</numerusform>
            <numerusform>Чтение: %1 из %2 файлов, %n статьи</numerusform>
            <numerusform>Чтение: %1 из %2 файлов, %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(осталось около %n секунды)</numerusform>
            <numerusform>(осталось около %n секунд)</numerusform>
            <numerusform>(осталось около %n секунд)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled; the articles read so far are shown.</source>
        <translation>Чтение отменено; показаны уже прочитанные статьи.</translation>
    </message>
    <message>
        <source>Some files could not be read</source>
        <translation>Некоторые файлы не удалось прочитать</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; everything else was imported.</source>
        <translation>
            <numerusform>%n файл не удалось прочитать; всё остальное загружено.</numerusform>
            <numerusform>%n файла не удалось прочитать; всё остальное загружено.</numerusform>
            <numerusform>%n файлов не удалось прочитать; всё остальное загружено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the corpus</source>
        <translation>Не удалось открыть корпус</translation>
    </message>
    <message>
        <source>No corpus open. Use File → Open Corpus Folder… or drop a folder here.</source>
        <translation>Корпус не открыт. Выберите Файл → Открыть папку корпуса… или перетащите папку сюда.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the corpus</source>
        <translation>
            <numerusform>В корпусе %n статья</numerusform>
            <numerusform>В корпусе %n статьи</numerusform>
            <numerusform>В корпусе %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>Даты: %1 – %2</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Выбранные статьи</translation>
    </message>
    <message>
        <source>The article being read</source>
        <translation>Открытая статья</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>Select articles in the timeline list or in the search results (Ctrl+click or Shift+click for several), then export again.</source>
        <translation>Выберите статьи в списке хронологии или в результатах поиска (несколько — Ctrl+щелчок или Shift+щелчок) и повторите экспорт.</translation>
    </message>
    <message>
        <source>Export Selection as PDF</source>
        <translation>Экспорт выбранного в PDF</translation>
    </message>
    <message>
        <source>elshi-export.pdf</source>
        <translation>elshi-export.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Elshi: %n article(s)</source>
        <translation>
            <numerusform>Элши: %n статья</numerusform>
            <numerusform>Элши: %n статьи</numerusform>
            <numerusform>Элши: %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Корпус: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Export Meetings as PDF</source>
        <translation>Экспорт встреч в PDF</translation>
    </message>
    <message>
        <source>Export &amp;Tables</source>
        <translation>Экспорт &amp;таблиц</translation>
    </message>
    <message>
        <source>All Meetings as CSV…</source>
        <translation>Все встречи в CSV…</translation>
    </message>
    <message>
        <source>All Meetings as JSON…</source>
        <translation>Все встречи в JSON…</translation>
    </message>
    <message>
        <source>All People as CSV…</source>
        <translation>Все люди в CSV…</translation>
    </message>
    <message>
        <source>All People as JSON…</source>
        <translation>Все люди в JSON…</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Встречи: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Человек: %1</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>встречи</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Collection as PDF</source>
        <translation>Экспорт подборки в PDF</translation>
    </message>
    <message>
        <source>elshi-collection.pdf</source>
        <translation>elshi-collection.pdf</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Подборка</translation>
    </message>
    <message>
        <source>Collection (%1)</source>
        <translation>Подборка (%1)</translation>
    </message>
    <message>
        <source>Add Selection to &amp;Collection</source>
        <translation>Добавить выбранное в &amp;подборку</translation>
    </message>
    <message>
        <source>Keep the selected articles in the collection, to read or export them together</source>
        <translation>Сохранить выбранные статьи в подборке, чтобы читать или экспортировать их вместе</translation>
    </message>
    <message>
        <source>Remove from Collection</source>
        <translation>Удалить из подборки</translation>
    </message>
    <message>
        <source>Export &amp;Collection as PDF…</source>
        <translation>Экспорт &amp;подборки в PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the collection</source>
        <translation>
            <numerusform>В подборку добавлена %n статья</numerusform>
            <numerusform>В подборку добавлены %n статьи</numerusform>
            <numerusform>В подборку добавлено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for changes…</source>
        <translation>Проверка %1 на изменения…</translation>
    </message>
    <message>
        <source>Indexing people, places and meetings…</source>
        <translation>Индексируются люди, места и встречи…</translation>
    </message>
</context>
<context>
    <name>elshi::ui::PeoplePane</name>
    <message>
        <source>Select a person to see their roles, meetings and articles.</source>
        <translation>Выберите человека, чтобы увидеть его должности, встречи и статьи.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No role stated in the articles.</source>
        <translation>В статьях должность не указана.</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Корпус не открыт.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Merge Selected into “%1”</source>
        <translation>Объединить выбранное с «%1»</translation>
    </message>
    <message>
        <source>Split Off Alias</source>
        <translation>Отделить вариант имени</translation>
    </message>
    <message>
        <source>Export Meetings…</source>
        <translation>Экспорт встреч…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Не удалось переименовать</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Не удалось объединить</translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation>Не удалось разделить</translation>
    </message>
    <message>
        <source>People, organisations and places named in the articles appear here.</source>
        <translation>Здесь появятся люди, организации и места, упомянутые в статьях.</translation>
    </message>
    <message>
        <source>Filter names in any script</source>
        <translation>Фильтр имён в любой письменности</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Встречи (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <source>Double-click a meeting to read the sentence that states it.</source>
        <translation>Дважды щёлкните встречу, чтобы прочитать предложение о ней.</translation>
    </message>
    <message>
        <source>Export this person&apos;s meetings and articles as PDF</source>
        <translation>Экспорт встреч и статей этого человека в PDF</translation>
    </message>
</context>
<context>
    <name>elshi::ui::SearchPane</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, -exclude, OR, lang:kk, source:, date:2024-03</source>
        <translation>Поиск: слова, &quot;фразы&quot;, префикс*, -исключение, OR, lang:kk, source:, date:2024-03</translation>
    </message>
    <message>
        <source>Words match in any inflection (посол finds послом). Filters: title:, lang:, source:, date:2023-06..2024-03. Press Enter to remember a query.</source>
        <translation>Слова находятся в любой форме (посол находит послом). Фильтры: title:, lang:, source:, date:2023-06..2024-03. Нажмите Enter, чтобы запомнить запрос.</translation>
    </message>
    <message>
        <source>Open a corpus to search its full text in Kazakh, Russian and English.</source>
        <translation>Откройте корпус, чтобы искать по полному тексту на казахском, русском и английском.</translation>
    </message>
    <message>
        <source>Type to search; results appear as you type.</source>
        <translation>Начните вводить; результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <source>No article matches. Try fewer words or a prefix such as minist*.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или префикс вроде minist*.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n подходящая статья</numerusform>
            <numerusform>%n подходящие статьи</numerusform>
            <numerusform>%n подходящих статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elshi::ui::SourceView</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>elshi::ui::TimelinePane</name>
    <message numerus="yes">
        <source>%n undated article(s)</source>
        <translation>
            <numerusform>%n статья без даты</numerusform>
            <numerusform>%n статьи без даты</numerusform>
            <numerusform>%n статей без даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1 to %2</source>
        <translation>
            <numerusform>%n статья с %1 по %2</numerusform>
            <numerusform>%n статьи с %1 по %2</numerusform>
            <numerusform>%n статей с %1 по %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), newest first</source>
        <translation>
            <numerusform>%n статья, сначала новые</numerusform>
            <numerusform>%n статьи, сначала новые</numerusform>
            <numerusform>%n статей, сначала новые</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a corpus folder (Ctrl+O) to see its articles by date.</source>
        <translation>Откройте папку корпуса (Ctrl+O), чтобы увидеть статьи по датам.</translation>
    </message>
    <message>
        <source>Drag to select dates, wheel to zoom, right-drag to pan, Esc to clear</source>
        <translation>Перетащите, чтобы выбрать даты; колесо — масштаб, правая кнопка — сдвиг, Esc — сброс</translation>
    </message>
</context>
<context>
    <name>elshi::ui::TimelineWidget</name>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>Нет статей</translation>
    </message>
    <message numerus="yes">
        <source>Undated or year unknown: %1 articles</source>
        <translation>
            <numerusform>Без даты или без года: %1 статья</numerusform>
            <numerusform>Без даты или без года: %1 статьи</numerusform>
            <numerusform>Без даты или без года: %1 статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 articles</source>
        <translation>
            <numerusform>%1: %2 статья</numerusform>
            <numerusform>%1: %2 статьи</numerusform>
            <numerusform>%1: %2 статей</numerusform>
        </translation>
    </message>
</context>
</TS>
