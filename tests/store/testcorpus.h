#pragma once

// A tiny corpus format for store and search tests, read by testReader() instead of the real
// readers so these tests do not depend on layout detection:
//
//   TITLE: Посол встретился с министром
//   DATE: 2024-03-07          (ISO at any precision; optional)
//   LANG: ru                  (optional)
//   SOURCE: Kazinform         (optional)
//   body paragraph…
//   ===                       (between articles)
//
// A file containing the line BROKEN is unreadable.

#include <store/ingester.h>

#include <QDir>
#include <QFile>
#include <QString>

inline elshi::store::FileContent testReader(const QByteArray &bytes, const QString &path)
{
    using namespace elshi;
    store::FileContent content;
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QStringLiteral("\nBROKEN")) || text.startsWith(QStringLiteral("BROKEN"))) {
        content.readable = false;
        content.problems.append(core::Error{QStringLiteral("broken on purpose"), path, -1, qint64(text.indexOf(u'B'))});
        return content;
    }
    qint64 offset = 0;
    for (const QString &block : text.split(QStringLiteral("\n===\n"))) {
        corpus::Article article;
        QStringList body;
        for (const QString &line : block.split(u'\n')) {
            if (line.startsWith(QStringLiteral("TITLE: ")))
                article.title = line.mid(7);
            else if (line.startsWith(QStringLiteral("DATE: ")))
                article.date = core::DateValue::fromIso(line.mid(6));
            else if (line.startsWith(QStringLiteral("LANG: ")))
                article.lang = line.mid(6);
            else if (line.startsWith(QStringLiteral("SOURCE: ")))
                article.outlet = line.mid(8);
            else if (!line.trimmed().isEmpty())
                body.append(line.trimmed());
        }
        const qint64 length = block.toUtf8().size();
        article.paragraphs = body;
        article.source = {path, offset, length};
        offset += length + 5;
        if (!article.title.isEmpty() || !body.isEmpty())
            content.articles.append(article);
    }
    return content;
}

struct TestArticle
{
    QString title;
    QString date;
    QString lang;
    QString source;
    QString body;
};

inline QByteArray testFile(const QList<TestArticle> &articles)
{
    QStringList blocks;
    for (const TestArticle &a : articles) {
        QString block = QStringLiteral("TITLE: ") + a.title + u'\n';
        if (!a.date.isEmpty())
            block += QStringLiteral("DATE: ") + a.date + u'\n';
        if (!a.lang.isEmpty())
            block += QStringLiteral("LANG: ") + a.lang + u'\n';
        if (!a.source.isEmpty())
            block += QStringLiteral("SOURCE: ") + a.source + u'\n';
        blocks.append(block + a.body);
    }
    return blocks.join(QStringLiteral("\n===\n")).toUtf8();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
