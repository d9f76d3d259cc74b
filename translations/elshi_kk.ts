<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>elshi::cli</name>
    <message>
        <source>Try 'elshi-cli %1--help' for more information.</source>
        <translation>Толығырақ: 'elshi-cli %1--help'.</translation>
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
  -h, --help     Show this help, or a command's with COMMAND --help
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
        <source>unknown option '%1'</source>
        <translation>белгісіз опция '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>белгісіз пәрмен '%1'</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::PdfExporter</name>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%2 %1 (жылы белгісіз)</translation>
    </message>
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
    <name>elshi::ui</name>
    <message>
        <source>Browse news about Kazakhstan's diplomacy.</source>
        <translation>Қазақстан дипломатиясы туралы жаңалықтарды шолу.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG and exit.</source>
        <translation>Басты терезені PNG файлына сақтап, шығу.</translation>
    </message>
    <message>
        <source>User-interface language: kk, ru or en.</source>
        <translation>Интерфейс тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>Corpus folder to open.</source>
        <translation>Ашылатын корпус қалтасы.</translation>
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
        <source>Open a corpus folder (Ctrl+O) to see its articles by date.</source>
        <translation>Мақалаларды күн бойынша көру үшін корпус қалтасын ашыңыз (Ctrl+O).</translation>
    </message>
    <message>
        <source>People, organisations and places named in the articles appear here.</source>
        <translation>Мақалаларда аталған адамдар, ұйымдар мен жерлер осында көрсетіледі.</translation>
    </message>
    <message>
        <source>Search the full text in Kazakh, Russian and English.</source>
        <translation>Толық мәтін бойынша қазақ, орыс және ағылшын тілдерінде іздеу.</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Оқу үшін мақаланы таңдаңыз.</translation>
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
        <source>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan's diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Елші %1&lt;/h3&gt;&lt;p&gt;Қазақстан дипломатиясы туралы жаңалықтарды күн, адамдар және кездесулер бойынша қазақ, орыс және ағылшын тілдерінде шолу.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>elshi::ui::ReaderView</name>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%2 %1 (жылы белгісіз)</translation>
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
