<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>elshi::cli</name>
    <message>
        <source>Try &apos;elshi-cli %1--help&apos; for more information.</source>
        <translation>Try &apos;elshi-cli %1--help&apos; for more information.</translation>
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
  -h, --help     Show this help, or a command&apos;s with COMMAND --help
  -v, --version  Show the version
</source>
        <translation>
Options:
  -h, --help     Show this help, or a command&apos;s with COMMAND --help
  -v, --version  Show the version
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>List the articles of a database</source>
        <translation>List the articles of a database</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>The database to read.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>JSON Lines output (the default).</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show one article in full</source>
        <translation>Show one article in full</translation>
    </message>
    <message>
        <source>The article&apos;s id, as &apos;articles&apos; lists it.</source>
        <translation>The article&apos;s id, as &apos;articles&apos; lists it.</translation>
    </message>
    <message>
        <source>give exactly one article id</source>
        <translation>give exactly one article id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; is not an article id</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>no article with id %1</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: cannot read</translation>
    </message>
    <message>
        <source>%1: no book_*.txt files</source>
        <translation>%1: no book_*.txt files</translation>
    </message>
    <message>
        <source>%1: cannot read the gold file</source>
        <translation>%1: cannot read the gold file</translation>
    </message>
    <message>
        <source>List the meetings stated in a database&apos;s articles</source>
        <translation>List the meetings stated in a database&apos;s articles</translation>
    </message>
    <message>
        <source>Only meetings of this person, named by any alias in any script (&quot;Мурат Нуртлеу&quot; finds Murat Nurtleu).</source>
        <translation>Only meetings of this person, named by any alias in any script (&quot;Мурат Нуртлеу&quot; finds Murat Nurtleu).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--person needs a name</source>
        <translation>--person needs a name</translation>
    </message>
    <message>
        <source>no person named &apos;%1&apos;</source>
        <translation>no person named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the people of a database with their roles</source>
        <translation>List the people of a database with their roles</translation>
    </message>
    <message>
        <source>Entities of this type instead of people: PERSON, ORG, COUNTRY, CITY, LOC or all (each line then says its type).</source>
        <translation>Entities of this type instead of people: PERSON, ORG, COUNTRY, CITY, LOC or all (each line then says its type).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>--type takes PERSON, ORG, COUNTRY, CITY, LOC or all</source>
        <translation>--type takes PERSON, ORG, COUNTRY, CITY, LOC or all</translation>
    </message>
    <message>
        <source>List who held which post when (the role directory)</source>
        <translation>List who held which post when (the role directory)</translation>
    </message>
    <message>
        <source>Only this post, by its English title (&quot;ambassador&quot;).</source>
        <translation>Only this post, by its English title (&quot;ambassador&quot;).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Only posts of this country (&quot;Kazakhstan&quot;).</source>
        <translation>Only posts of this country (&quot;Kazakhstan&quot;).</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>Only posts in this host country or organisation (&quot;Kenya&quot;, &quot;UNESCO&quot;).</source>
        <translation>Only posts in this host country or organisation (&quot;Kenya&quot;, &quot;UNESCO&quot;).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Only the holder of each post on this date (YYYY-MM-DD).</source>
        <translation>Only the holder of each post on this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--at takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--at takes a date as YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read the roles</source>
        <translation>%1: cannot read the roles</translation>
    </message>
    <message>
        <source>%1: no truth/people.jsonl and truth/meetings.jsonl of a generated corpus</source>
        <translation>%1: no truth/people.jsonl and truth/meetings.jsonl of a generated corpus</translation>
    </message>
</context>
<context>
    <name>elshi::cli::EntityCommand</name>
    <message>
        <source>Merge, split or rename people and other entities</source>
        <translation>Merge, split or rename people and other entities</translation>
    </message>
    <message>
        <source>The database to change.</source>
        <translation>The database to change.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>JSON Lines output (the default).</translation>
    </message>
    <message>
        <source>merge ID ID (the second into the first), split ID ALIAS (the alias becomes its own entity) or rename ID NAME.</source>
        <translation>merge ID ID (the second into the first), split ID ALIAS (the alias becomes its own entity) or rename ID NAME.</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>no action: merge, split or rename</source>
        <translation>no action: merge, split or rename</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: merge, split or rename</source>
        <translation>unknown action &apos;%1&apos;: merge, split or rename</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes two arguments</source>
        <translation>&apos;%1&apos; takes two arguments</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entity id</source>
        <translation>&apos;%1&apos; is not an entity id</translation>
    </message>
</context>
<context>
    <name>elshi::cli::EvalCommand</name>
    <message>
        <source>Score entity extraction on gold data</source>
        <translation>Score entity extraction on gold data</translation>
    </message>
    <message>
        <source>KazNERD IOB2 file.</source>
        <translation>KazNERD IOB2 file.</translation>
    </message>
    <message>
        <source>factRuEval-2016 folder (devset).</source>
        <translation>factRuEval-2016 folder (devset).</translation>
    </message>
    <message>
        <source>Folder of seed corpus files.</source>
        <translation>Folder of seed corpus files.</translation>
    </message>
    <message>
        <source>Gold JSON for the seeds.</source>
        <translation>Gold JSON for the seeds.</translation>
    </message>
    <message>
        <source>List every error on standard error.</source>
        <translation>List every error on standard error.</translation>
    </message>
    <message>
        <source>--seeds needs --gold</source>
        <translation>--seeds needs --gold</translation>
    </message>
    <message>
        <source>Corpus made by elshi-cli generate, with its truth.</source>
        <translation>Corpus made by elshi-cli generate, with its truth.</translation>
    </message>
    <message>
        <source>give --seeds DIR --gold FILE, --factrueval DIR, --kaznerd FILE or --generated DIR</source>
        <translation>give --seeds DIR --gold FILE, --factrueval DIR, --kaznerd FILE or --generated DIR</translation>
    </message>
</context>
<context>
    <name>elshi::cli::ExportPdfCommand</name>
    <message>
        <source>The database to read.</source>
        <translation>The database to read.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Comma-separated article ids, e.g. 1,2,7.</source>
        <translation>Comma-separated article ids, e.g. 1,2,7.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Every article matching this search query (newest first).</source>
        <translation>Every article matching this search query (newest first).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Title on the cover page.</source>
        <translation>Title on the cover page.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE is required</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; is not an article id</translation>
    </message>
    <message>
        <source>--ids needs at least one article id</source>
        <translation>--ids needs at least one article id</translation>
    </message>
    <message>
        <source>Write articles chosen by id, query or person to a PDF</source>
        <translation>Write articles chosen by id, query or person to a PDF</translation>
    </message>
    <message>
        <source>A person&apos;s meetings table and the articles naming them (any alias, any script).</source>
        <translation>A person&apos;s meetings table and the articles naming them (any alias, any script).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>give exactly one of --ids, --query or --person</source>
        <translation>give exactly one of --ids, --query or --person</translation>
    </message>
    <message>
        <source>--person needs a name</source>
        <translation>--person needs a name</translation>
    </message>
    <message>
        <source>no person named &apos;%1&apos;</source>
        <translation>no person named &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>elshi::cli::IngestCommand</name>
    <message>
        <source>Read files and folders into a database</source>
        <translation>Read files and folders into a database</translation>
    </message>
    <message>
        <source>The database to create or update.</source>
        <translation>The database to create or update.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Show progress on stderr even when it is not a terminal.</translation>
    </message>
    <message>
        <source>Merge the search index at the end (slower ingest, faster search).</source>
        <translation>Merge the search index at the end (slower ingest, faster search).</translation>
    </message>
    <message>
        <source>Corpus files or folders (read recursively).</source>
        <translation>Corpus files or folders (read recursively).</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>no files or folders to read</source>
        <translation>no files or folders to read</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>cancelled; run the same command again to finish</source>
        <translation>cancelled; run the same command again to finish</translation>
    </message>
    <message>
        <source>Text per transaction in MB (default 64): smaller loses less work to a crash.</source>
        <translation>Text per transaction in MB (default 64): smaller loses less work to a crash.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>--batch-mb takes a number of megabytes</source>
        <translation>--batch-mb takes a number of megabytes</translation>
    </message>
    <message>
        <source>%1/%2 files, %3/%4 MB, %5 articles</source>
        <translation>%1/%2 files, %3/%4 MB, %5 articles</translation>
    </message>
    <message>
        <source>%1 articles; indexing people, places and meetings</source>
        <translation>%1 articles; indexing people, places and meetings</translation>
    </message>
</context>
<context>
    <name>elshi::cli::SearchCommand</name>
    <message>
        <source>Search a database; hits marked **like this** in snippets</source>
        <translation>Search a database; hits marked **like this** in snippets</translation>
    </message>
    <message>
        <source>The database to search.</source>
        <translation>The database to search.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON Lines output (the default).</source>
        <translation>JSON Lines output (the default).</translation>
    </message>
    <message>
        <source>Order: relevance (default), date (newest first) or oldest.</source>
        <translation>Order: relevance (default), date (newest first) or oldest.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>At most N results (default 50; 0 for all).</source>
        <translation>At most N results (default 50; 0 for all).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, -exclude, a OR b, title:, lang:, source:, date:2023-06..2024-03.</source>
        <translation>Words, &quot;phrases&quot;, prefix*, -exclude, a OR b, title:, lang:, source:, date:2023-06..2024-03.</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>no query given</translation>
    </message>
    <message>
        <source>--sort takes relevance, date or oldest, not &apos;%1&apos;</source>
        <translation>--sort takes relevance, date or oldest, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit takes a number, not &apos;%1&apos;</source>
        <translation>--limit takes a number, not &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>elshi::core::DateFormat</name>
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
    <name>elshi::corpus</name>
    <message>
        <source>the file is empty: no articles</source>
        <translation>the file is empty: no articles</translation>
    </message>
    <message>
        <source>an article without title or text was skipped</source>
        <translation>an article without title or text was skipped</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>reading failed: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a news corpus file (%1 bytes)</source>
        <translation>the file is too large to be a news corpus file (%1 bytes)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>digest item dated %1 has no text</source>
        <translation>digest item dated %1 has no text</translation>
    </message>
    <message>
        <source>record has a date but no title or content (cut off?)</source>
        <translation>record has a date but no title or content (cut off?)</translation>
    </message>
    <message>
        <source>the last record ends without its URL: the file may be cut off</source>
        <translation>the last record ends without its URL: the file may be cut off</translation>
    </message>
</context>
<context>
    <name>elshi::corpus::DecodedText</name>
    <message>
        <source>no character table for encoding %1</source>
        <translation>no character table for encoding %1</translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-8: %n byte(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>invalid UTF-8: %n byte replaced by U+FFFD</numerusform>
            <numerusform>invalid UTF-8: %n bytes replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-16: %n unit(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>invalid UTF-16: %n unit replaced by U+FFFD</numerusform>
            <numerusform>invalid UTF-16: %n units replaced by U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elshi::corpus::Encoding</name>
    <message>
        <source>unknown or unsupported encoding %1</source>
        <translation>unknown or unsupported encoding %1</translation>
    </message>
    <message>
        <source>not a text file: it holds binary data</source>
        <translation>not a text file: it holds binary data</translation>
    </message>
    <message>
        <source>not readable text in any known encoding</source>
        <translation>not readable text in any known encoding</translation>
    </message>
</context>
<context>
    <name>elshi::entities</name>
    <message>
        <source>List the people, organisations and places in text files</source>
        <translation>List the people, organisations and places in text files</translation>
    </message>
    <message>
        <source>Write JSON Lines (the default).</source>
        <translation>Write JSON Lines (the default).</translation>
    </message>
    <message>
        <source>Language of the text: en, ru or kk (default: guessed).</source>
        <translation>Language of the text: en, ru or kk (default: guessed).</translation>
    </message>
    <message>
        <source>UTF-8 text files; standard input when none.</source>
        <translation>UTF-8 text files; standard input when none.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation>unknown language &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>elshi::exporting</name>
    <message>
        <source>Selected articles: %1</source>
        <translation>Selected articles: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Elshi export</source>
        <translation>Elshi export</translation>
    </message>
</context>
<context>
    <name>elshi::exporting::PdfExporter</name>
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
    <name>elshi::exporting::TableExport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>elshi::generator</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Write a synthetic corpus with ground truth</source>
        <translation>Write a synthetic corpus with ground truth</translation>
    </message>
    <message>
        <source>Folder to write corpus/ and truth/ into (created if missing).</source>
        <translation>Folder to write corpus/ and truth/ into (created if missing).</translation>
    </message>
    <message>
        <source>Number of articles to write (default 1000).</source>
        <translation>Number of articles to write (default 1000).</translation>
    </message>
    <message>
        <source>Seed; the same seed writes the same bytes (default 1).</source>
        <translation>Seed; the same seed writes the same bytes (default 1).</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR is required</translation>
    </message>
    <message>
        <source>--articles needs a positive integer, not &apos;%1&apos;</source>
        <translation>--articles needs a positive integer, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed needs a non-negative integer, not &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>elshi::models::ArticleListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>elshi::models::CollectionModel</name>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
</context>
<context>
    <name>elshi::models::EntityListModel</name>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>elshi::models::MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Met with</source>
        <translation>Met with</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>elshi::models::SearchWorker</name>
    <message>
        <source>No corpus is open.</source>
        <translation>No corpus is open.</translation>
    </message>
</context>
<context>
    <name>elshi::search::Query</name>
    <message>
        <source>unbalanced quote: a phrase needs a closing &quot;</source>
        <translation>unbalanced quote: a phrase needs a closing &quot;</translation>
    </message>
    <message>
        <source>&apos;*&apos; goes at the end of the start of a word, as in minist*</source>
        <translation>&apos;*&apos; goes at the end of the start of a word, as in minist*</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value, as in %1:%2</source>
        <translation>&apos;%1:&apos; needs a value, as in %1:%2</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, as in Astana OR Nur-Sultan</source>
        <translation>OR needs a word or phrase on each side, as in Astana OR Nur-Sultan</translation>
    </message>
    <message>
        <source>&apos;-&apos; excludes words and phrases; it cannot be used with &apos;%1:&apos;</source>
        <translation>&apos;-&apos; excludes words and phrases; it cannot be used with &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>lang: needs en, ru or kk</source>
        <translation>lang: needs en, ru or kk</translation>
    </message>
    <message>
        <source>date: needs YYYY, YYYY-MM or YYYY-MM-DD, or a range such as 2023-06..2024-03</source>
        <translation>date: needs YYYY, YYYY-MM or YYYY-MM-DD, or a range such as 2023-06..2024-03</translation>
    </message>
    <message>
        <source>date: the range ends before it starts</source>
        <translation>date: the range ends before it starts</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1:&apos;; use title:, lang:, source: or date:</source>
        <translation>unknown filter &apos;%1:&apos;; use title:, lang:, source: or date:</translation>
    </message>
    <message>
        <source>nothing to search for: type a word, a &quot;phrase&quot; or a filter</source>
        <translation>nothing to search for: type a word, a &quot;phrase&quot; or a filter</translation>
    </message>
    <message>
        <source>add a word or a filter to search for besides the excluded ones</source>
        <translation>add a word or a filter to search for besides the excluded ones</translation>
    </message>
</context>
<context>
    <name>elshi::search::Searcher</name>
    <message>
        <source>the search failed: %1</source>
        <translation>the search failed: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store</name>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>this SQLite has no full-text search (FTS5)</translation>
    </message>
    <message>
        <source>cannot set up the search index</source>
        <translation>cannot set up the search index</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>cannot be read as a corpus file</source>
        <translation>cannot be read as a corpus file</translation>
    </message>
    <message>
        <source>cannot update the database structure: %1</source>
        <translation>cannot update the database structure: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Corpus</name>
    <message>
        <source>cannot read the database: %1</source>
        <translation>cannot read the database: %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Database</name>
    <message>
        <source>no database at %1; create one with &apos;elshi-cli ingest&apos;</source>
        <translation>no database at %1; create one with &apos;elshi-cli ingest&apos;</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 is a folder, not a database</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>cannot open the database: %1</translation>
    </message>
    <message>
        <source>cannot open the database: no SQLite connection</source>
        <translation>cannot open the database: no SQLite connection</translation>
    </message>
    <message>
        <source>%1 is not an Elshi database</source>
        <translation>%1 is not an Elshi database</translation>
    </message>
    <message>
        <source>cannot write the database: %1</source>
        <translation>cannot write the database: %1</translation>
    </message>
    <message>
        <source>the database was made by a newer version of Elshi (schema %1, this one reads up to %2)</source>
        <translation>the database was made by a newer version of Elshi (schema %1, this one reads up to %2)</translation>
    </message>
</context>
<context>
    <name>elshi::store::EntityStore</name>
    <message>
        <source>cannot %1: %2</source>
        <translation>cannot %1: %2</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>no entity with id %1</translation>
    </message>
    <message>
        <source>cannot merge entity %1 into itself</source>
        <translation>cannot merge entity %1 into itself</translation>
    </message>
    <message>
        <source>cannot merge a %1 into a %2</source>
        <translation>cannot merge a %1 into a %2</translation>
    </message>
    <message>
        <source>merge entity %1 into %2</source>
        <translation>merge entity %1 into %2</translation>
    </message>
    <message>
        <source>entity %1 has no alias &apos;%2&apos;</source>
        <translation>entity %1 has no alias &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only alias of entity %2; rename it instead</source>
        <translation>&apos;%1&apos; is the only alias of entity %2; rename it instead</translation>
    </message>
    <message>
        <source>split &apos;%1&apos; from entity %2</source>
        <translation>split &apos;%1&apos; from entity %2</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>an entity needs a name</translation>
    </message>
    <message>
        <source>rename entity %1</source>
        <translation>rename entity %1</translation>
    </message>
</context>
<context>
    <name>elshi::store::Ingester</name>
    <message>
        <source>cannot write the database: %1</source>
        <translation>cannot write the database: %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>cannot build the entity indexes: %1</source>
        <translation>cannot build the entity indexes: %1</translation>
    </message>
</context>
<context>
    <name>elshi::ui</name>
    <message>
        <source>Browse news about Kazakhstan&apos;s diplomacy.</source>
        <translation>Browse news about Kazakhstan&apos;s diplomacy.</translation>
    </message>
    <message>
        <source>User-interface language: kk, ru or en.</source>
        <translation>User-interface language: kk, ru or en.</translation>
    </message>
    <message>
        <source>Corpus folder to open.</source>
        <translation>Corpus folder to open.</translation>
    </message>
    <message>
        <source>Render the main window, with its corpus loaded, to a PNG and exit.</source>
        <translation>Render the main window, with its corpus loaded, to a PNG and exit.</translation>
    </message>
    <message>
        <source>Database file (default: in the cache directory).</source>
        <translation>Database file (default: in the cache directory).</translation>
    </message>
    <message>
        <source>Start with this full-text query.</source>
        <translation>Start with this full-text query.</translation>
    </message>
    <message>
        <source>With --screenshot: only this pane (timeline, people, search or article).</source>
        <translation>With --screenshot: only this pane (timeline, people, search or article).</translation>
    </message>
</context>
<context>
    <name>elshi::ui::ArticlePane</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Select an article in the timeline or in the search results to read it here.</source>
        <translation>Select an article in the timeline or in the search results to read it here.</translation>
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
        <source>Open Corpus Folder</source>
        <translation>Open Corpus Folder</translation>
    </message>
    <message>
        <source>About Elshi</source>
        <translation>About Elshi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan&apos;s diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elshi %1&lt;/h3&gt;&lt;p&gt;Browse news about Kazakhstan&apos;s diplomacy by date, people and meetings, in Kazakh, Russian and English.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Elshi</source>
        <translation>%1 — Elshi</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Find in Full Text</source>
        <translation>&amp;Find in Full Text</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Stop reading; what was read so far is kept</source>
        <translation>Stop reading; what was read so far is kept</translation>
    </message>
    <message>
        <source>Still reading the previous corpus; cancel it first.</source>
        <translation>Still reading the previous corpus; cancel it first.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %1 of %2 files, %n article(s)</source>
        <translation>
            <numerusform>Reading: %1 of %2 files, %n article</numerusform>
            <numerusform>Reading: %1 of %2 files, %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(about %n second left)</numerusform>
            <numerusform>(about %n seconds left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled; the articles read so far are shown.</source>
        <translation>Reading was cancelled; the articles read so far are shown.</translation>
    </message>
    <message>
        <source>Some files could not be read</source>
        <translation>Some files could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; everything else was imported.</source>
        <translation>
            <numerusform>%n file could not be read; everything else was imported.</numerusform>
            <numerusform>%n files could not be read; everything else was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the corpus</source>
        <translation>Cannot open the corpus</translation>
    </message>
    <message>
        <source>No corpus open. Use File → Open Corpus Folder… or drop a folder here.</source>
        <translation>No corpus open. Use File → Open Corpus Folder… or drop a folder here.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the corpus</source>
        <translation>
            <numerusform>%n article in the corpus</numerusform>
            <numerusform>%n articles in the corpus</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>Dates: %1 – %2</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Selected articles</translation>
    </message>
    <message>
        <source>The article being read</source>
        <translation>The article being read</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>Select articles in the timeline list or in the search results (Ctrl+click or Shift+click for several), then export again.</source>
        <translation>Select articles in the timeline list or in the search results (Ctrl+click or Shift+click for several), then export again.</translation>
    </message>
    <message>
        <source>Export Selection as PDF</source>
        <translation>Export Selection as PDF</translation>
    </message>
    <message>
        <source>elshi-export.pdf</source>
        <translation>elshi-export.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Elshi: %n article(s)</source>
        <translation>
            <numerusform>Elshi: %n article</numerusform>
            <numerusform>Elshi: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Corpus: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export Meetings as PDF</source>
        <translation>Export Meetings as PDF</translation>
    </message>
    <message>
        <source>Export &amp;Tables</source>
        <translation>Export &amp;Tables</translation>
    </message>
    <message>
        <source>All Meetings as CSV…</source>
        <translation>All Meetings as CSV…</translation>
    </message>
    <message>
        <source>All Meetings as JSON…</source>
        <translation>All Meetings as JSON…</translation>
    </message>
    <message>
        <source>All People as CSV…</source>
        <translation>All People as CSV…</translation>
    </message>
    <message>
        <source>All People as JSON…</source>
        <translation>All People as JSON…</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Meetings of %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export Collection as PDF</source>
        <translation>Export Collection as PDF</translation>
    </message>
    <message>
        <source>elshi-collection.pdf</source>
        <translation>elshi-collection.pdf</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Collection (%1)</source>
        <translation>Collection (%1)</translation>
    </message>
    <message>
        <source>Add Selection to &amp;Collection</source>
        <translation>Add Selection to &amp;Collection</translation>
    </message>
    <message>
        <source>Keep the selected articles in the collection, to read or export them together</source>
        <translation>Keep the selected articles in the collection, to read or export them together</translation>
    </message>
    <message>
        <source>Remove from Collection</source>
        <translation>Remove from Collection</translation>
    </message>
    <message>
        <source>Export &amp;Collection as PDF…</source>
        <translation>Export &amp;Collection as PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the collection</source>
        <translation>
            <numerusform>%n article added to the collection</numerusform>
            <numerusform>%n articles added to the collection</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for changes…</source>
        <translation>Checking %1 for changes…</translation>
    </message>
    <message>
        <source>Indexing people, places and meetings…</source>
        <translation>Indexing people, places and meetings…</translation>
    </message>
</context>
<context>
    <name>elshi::ui::PeoplePane</name>
    <message>
        <source>Select a person to see their roles, meetings and articles.</source>
        <translation>Select a person to see their roles, meetings and articles.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No role stated in the articles.</source>
        <translation>No role stated in the articles.</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>No corpus is open.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Merge Selected into “%1”</source>
        <translation>Merge Selected into “%1”</translation>
    </message>
    <message>
        <source>Split Off Alias</source>
        <translation>Split Off Alias</translation>
    </message>
    <message>
        <source>Export Meetings…</source>
        <translation>Export Meetings…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Cannot rename</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation>Cannot split</translation>
    </message>
    <message>
        <source>People, organisations and places named in the articles appear here.</source>
        <translation>People, organisations and places named in the articles appear here.</translation>
    </message>
    <message>
        <source>Filter names in any script</source>
        <translation>Filter names in any script</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Meetings (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>Double-click a meeting to read the sentence that states it.</source>
        <translation>Double-click a meeting to read the sentence that states it.</translation>
    </message>
    <message>
        <source>Export this person&apos;s meetings and articles as PDF</source>
        <translation>Export this person&apos;s meetings and articles as PDF</translation>
    </message>
</context>
<context>
    <name>elshi::ui::SearchPane</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, -exclude, OR, lang:kk, source:, date:2024-03</source>
        <translation>Search: words, &quot;phrases&quot;, prefix*, -exclude, OR, lang:kk, source:, date:2024-03</translation>
    </message>
    <message>
        <source>Words match in any inflection (посол finds послом). Filters: title:, lang:, source:, date:2023-06..2024-03. Press Enter to remember a query.</source>
        <translation>Words match in any inflection (посол finds послом). Filters: title:, lang:, source:, date:2023-06..2024-03. Press Enter to remember a query.</translation>
    </message>
    <message>
        <source>Open a corpus to search its full text in Kazakh, Russian and English.</source>
        <translation>Open a corpus to search its full text in Kazakh, Russian and English.</translation>
    </message>
    <message>
        <source>Type to search; results appear as you type.</source>
        <translation>Type to search; results appear as you type.</translation>
    </message>
    <message>
        <source>No article matches. Try fewer words or a prefix such as minist*.</source>
        <translation>No article matches. Try fewer words or a prefix such as minist*.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n matching article</numerusform>
            <numerusform>%n matching articles</numerusform>
        </translation>
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
    <name>elshi::ui::TimelinePane</name>
    <message numerus="yes">
        <source>%n undated article(s)</source>
        <translation>
            <numerusform>%n undated article</numerusform>
            <numerusform>%n undated articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1 to %2</source>
        <translation>
            <numerusform>%n article from %1 to %2</numerusform>
            <numerusform>%n articles from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), newest first</source>
        <translation>
            <numerusform>%n article, newest first</numerusform>
            <numerusform>%n articles, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a corpus folder (Ctrl+O) to see its articles by date.</source>
        <translation>Open a corpus folder (Ctrl+O) to see its articles by date.</translation>
    </message>
    <message>
        <source>Drag to select dates, wheel to zoom, right-drag to pan, Esc to clear</source>
        <translation>Drag to select dates, wheel to zoom, right-drag to pan, Esc to clear</translation>
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
