<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>elshi::cli</name>
    <message>
        <source>Try 'elshi-cli %1--help' for more information.</source>
        <translation>Try 'elshi-cli %1--help' for more information.</translation>
    </message>
    <message>
        <source>Usage: elshi-cli COMMAND [OPTIONS] [ARGUMENTS]
Reads and queries Elshi corpora; results as JSON Lines.

Commands:
</source>
        <translation>Usage: elshi-cli COMMAND [OPTIONS] [ARGUMENTS]
Reads and queries Elshi corpora; results as JSON Lines.

Commands:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command's with COMMAND --help
  -v, --version  Show the version
</source>
        <translation>
Options:
  -h, --help     Show this help, or a command's with COMMAND --help
  -v, --version  Show the version
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>unknown option '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>unknown command '%1'</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::PdfExporter</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%1 %2 (year unknown)</translation>
    </message>
    <message>
        <source>cannot write the PDF file: %1</source>
        <translation>cannot write the PDF file: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Source: %1, byte %2</source>
        <translation>Source: %1, byte %2</translation>
    </message>
    <message>
        <source>cannot write the PDF file</source>
        <translation>cannot write the PDF file</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>elshi::ui</name>
    <message>
        <source>Browse news about Kazakhstan's diplomacy.</source>
        <translation>Browse news about Kazakhstan's diplomacy.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG and exit.</source>
        <translation>Render the main window to a PNG and exit.</translation>
    </message>
    <message>
        <source>User-interface language: kk, ru or en.</source>
        <translation>User-interface language: kk, ru or en.</translation>
    </message>
    <message>
        <source>Corpus folder to open.</source>
        <translation>Corpus folder to open.</translation>
    </message>
</context>
<context>
    <name>elshi::ui::MainWindow</name>
    <message>
        <source>Elshi</source>
        <translation>Elshi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Corpus Folder…</source>
        <translation>&amp;Open Corpus Folder…</translation>
    </message>
    <message>
        <source>Read a folder of news files and browse it</source>
        <translation>Read a folder of news files and browse it</translation>
    </message>
    <message>
        <source>&amp;Export Selection as PDF…</source>
        <translation>&amp;Export Selection as PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Elshi</source>
        <translation>&amp;About Elshi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Full Text</source>
        <translation>Full Text</translation>
    </message>
    <message>
        <source>Open a corpus folder (Ctrl+O) to see its articles by date.</source>
        <translation>Open a corpus folder (Ctrl+O) to see its articles by date.</translation>
    </message>
    <message>
        <source>People, organisations and places named in the articles appear here.</source>
        <translation>People, organisations and places named in the articles appear here.</translation>
    </message>
    <message>
        <source>Search the full text in Kazakh, Russian and English.</source>
        <translation>Search the full text in Kazakh, Russian and English.</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Select an article to read it here.</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>Open Corpus Folder</translation>
    </message>
    <message>
        <source>About Elshi</source>
        <translation>About Elshi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan's diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan's diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>elshi::ui::ReaderView</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>%1 %2 (year unknown)</source>
        <translation>%1 %2 (year unknown)</translation>
    </message>
</context>
<context>
    <name>elshi::ui::SourceView</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>elshi::ui::TimelineWidget</name>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>No articles</translation>
    </message>
    <message numerus="yes">
        <source>Undated or year unknown: %1 articles</source>
        <translation>
            <numerusform>Undated or year unknown: %1 article</numerusform>
            <numerusform>Undated or year unknown: %1 articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 articles</source>
        <translation>
            <numerusform>%1: %2 article</numerusform>
            <numerusform>%1: %2 articles</numerusform>
        </translation>
    </message>
</context>
</TS>
