#include "readerview.h"

#include <core/dateformat.h>

#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrl>

#include <algorithm>

namespace elshi::ui {

namespace {
const QString EntityScheme = QStringLiteral("elshi-entity");

QString colorFor(const QString &type, bool dark)
{
    // Soft backgrounds that stay readable on light and dark palettes.
    struct Pair
    {
        const char *light;
        const char *dark;
    };
    static const QHash<QString, Pair> colors = {
        {QStringLiteral("PERSON"), {"#ffe8a3", "#6b5410"}},  {QStringLiteral("ORG"), {"#cfe6ff", "#1d4a75"}},
        {QStringLiteral("COUNTRY"), {"#d7f5d0", "#25552a"}}, {QStringLiteral("CITY"), {"#d7f5d0", "#25552a"}},
        {QStringLiteral("LOC"), {"#e4f7df", "#2c4f2f"}},     {QStringLiteral("ROLE"), {"#eee0ff", "#4b3470"}},
    };
    const Pair pair = colors.value(type, {"#eeeeee", "#444444"});
    return QString::fromLatin1(dark ? pair.dark : pair.light);
}
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
}

QVariant ReaderView::loadResource(int, const QUrl &)
{
    // The article view never fetches anything: no images, no style sheets, nothing remote.
    return {};
}

QString ReaderView::formatDate(const core::DateValue &date)
{
    return core::DateFormat::format(date);
}

void ReaderView::showContent(const Content &content)
{
    m_content = content;
    std::sort(m_content.entities.begin(), m_content.entities.end(),
              [](const Highlight &a, const Highlight &b) { return a.start < b.start; });
    render();
    if (m_content.evidenceStart >= 0)
        scrollToAnchor(QStringLiteral("evidence"));
    else
        verticalScrollBar()->setValue(0);
}

void ReaderView::clearContent()
{
    m_content = {};
    clear();
}

void ReaderView::render()
{
    if (m_content.articleId < 0 && m_content.title.isEmpty()) {
        clear();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString &body = m_content.body;
    QString html;
    html.reserve(body.size() * 2);
    html += QStringLiteral("<h2>%1</h2>").arg(m_content.title.toHtmlEscaped());
    QStringList meta;
    meta << formatDate(m_content.date);
    if (!m_content.outlet.isEmpty())
        meta << m_content.outlet.toHtmlEscaped();
    if (!m_content.place.isEmpty())
        meta << m_content.place.toHtmlEscaped();
    html += QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(), meta.join(QStringLiteral(" · ")));
    if (!m_content.url.isEmpty()) {
        // Shown as a link the user can copy; activating it is reported, never followed here.
        html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                    .arg(m_content.url.toHtmlEscaped(), m_content.url.toHtmlEscaped());
    }

    // Walk the body once, opening and closing entity and evidence spans at their positions.
    html += QStringLiteral("<p>");
    int next = 0;
    auto emitText = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (i == m_content.evidenceStart)
                html += QStringLiteral("<a name='evidence'></a><span style='background:%1;text-decoration:underline'>")
                            .arg(dark ? QStringLiteral("#665500") : QStringLiteral("#fff3b0"));
            if (i == m_content.evidenceEnd && m_content.evidenceStart >= 0)
                html += QStringLiteral("</span>");
            const QChar c = body.at(i);
            if (c == u'\n') {
                if (i + 1 < body.size() && body.at(i + 1) == u'\n') {
                    html += QStringLiteral("</p><p>");
                    ++i;
                } else {
                    html += QStringLiteral("<br/>");
                }
                continue;
            }
            if (c == u'<')
                html += QStringLiteral("&lt;");
            else if (c == u'>')
                html += QStringLiteral("&gt;");
            else if (c == u'&')
                html += QStringLiteral("&amp;");
            else
                html += c;
        }
    };
    for (const Highlight &h : std::as_const(m_content.entities)) {
        if (h.start < next || h.end <= h.start || h.end > body.size())
            continue; // overlapping or out of range: keep the first
        emitText(next, h.start);
        const QString style = QStringLiteral("background:%1;color:%2;text-decoration:none")
                                  .arg(colorFor(h.type, dark), palette().color(QPalette::Text).name());
        if (h.entityId >= 0)
            html += QStringLiteral("<a href='%1:%2' style='%3'>").arg(EntityScheme).arg(h.entityId).arg(style);
        else
            html += QStringLiteral("<span style='%1'>").arg(style);
        emitText(h.start, h.end);
        html += h.entityId >= 0 ? QStringLiteral("</a>") : QStringLiteral("</span>");
        next = h.end;
    }
    emitText(next, int(body.size()));
    if (m_content.evidenceStart >= 0 && m_content.evidenceEnd >= body.size())
        html += QStringLiteral("</span>");
    html += QStringLiteral("</p>");
    setHtml(html);
}

void ReaderView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == EntityScheme) {
        bool ok = false;
        const qint64 id = url.path().toLongLong(&ok);
        if (ok)
            Q_EMIT entityActivated(id);
        return;
    }
    Q_EMIT externalLinkActivated(url);
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

} // namespace elshi::ui
