#pragma once

// Reads one article: title, date in the UI locale, outlet, URL, and the body with named entities
// highlighted and clickable (clicking emits entityActivated). The evidence sentence of a meeting
// can be marked and scrolled to. Nothing remote is ever loaded: links are only reported, and
// loadResource() answers every request with nothing.

#include <core/datevalue.h>

#include <QTextBrowser>

namespace elshi::ui {

class ReaderView final : public QTextBrowser
{
    Q_OBJECT
public:
    struct Highlight
    {
        int start = 0; // UTF-16 positions in the body (paragraphs joined by a blank line)
        int end = 0;
        qint64 entityId = -1; // -1: not clickable
        QString type; // PERSON, ORG, COUNTRY, CITY, LOC, ROLE
    };
    struct Content
    {
        qint64 articleId = -1;
        QString title;
        core::DateValue date;
        QString outlet;
        QString place;
        QString url;
        QString lang;
        QString body;
        QList<Highlight> entities;
        int evidenceStart = -1; // UTF-16 positions in body, -1 for none
        int evidenceEnd = -1;
    };

    explicit ReaderView(QWidget *parent = nullptr);

    void showContent(const Content &content);
    void clearContent();
    qint64 articleId() const { return m_content.articleId; }
    const Content &content() const { return m_content; }

    // A date as the UI locale writes it, at its precision ("7 March 2024", "March 2024", "2024").
    static QString formatDate(const core::DateValue &date);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void entityActivated(qint64 entityId);
    void externalLinkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void onAnchorClicked(const QUrl &url);

    Content m_content;
};

} // namespace elshi::ui
