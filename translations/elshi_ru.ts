<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>elshi::cli</name>
    <message>
        <source>Try 'elshi-cli %1--help' for more information.</source>
        <translation>Подробнее: 'elshi-cli %1--help'.</translation>
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
  -h, --help     Show this help, or a command's with COMMAND --help
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
        <source>unknown option '%1'</source>
        <translation>неизвестный параметр '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>неизвестная команда '%1'</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::PdfExporter</name>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%1 %2 (год неизвестен)</translation>
    </message>
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
    <name>elshi::ui</name>
    <message>
        <source>Browse news about Kazakhstan's diplomacy.</source>
        <translation>Обзор новостей о дипломатии Казахстана.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG and exit.</source>
        <translation>Сохранить главное окно в PNG и выйти.</translation>
    </message>
    <message>
        <source>User-interface language: kk, ru or en.</source>
        <translation>Язык интерфейса: kk, ru или en.</translation>
    </message>
    <message>
        <source>Corpus folder to open.</source>
        <translation>Папка корпуса для открытия.</translation>
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
        <source>Open a corpus folder (Ctrl+O) to see its articles by date.</source>
        <translation>Откройте папку корпуса (Ctrl+O), чтобы увидеть статьи по датам.</translation>
    </message>
    <message>
        <source>People, organisations and places named in the articles appear here.</source>
        <translation>Здесь появятся люди, организации и места, упомянутые в статьях.</translation>
    </message>
    <message>
        <source>Search the full text in Kazakh, Russian and English.</source>
        <translation>Поиск по полному тексту на казахском, русском и английском.</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Выберите статью, чтобы прочитать её здесь.</translation>
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
        <source>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan's diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Элши %1&lt;/h3&gt;&lt;p&gt;Новости о дипломатии Казахстана по датам, людям и встречам — на казахском, русском и английском.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>elshi::ui::ReaderView</name>
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
    <name>elshi::ui::SourceView</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
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
