#include "sourceview.h"

#include <corpus/encoding.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFile>
#include <QFontDatabase>
#include <QTextBlock>

namespace elshi::ui {

namespace {
constexpr qint64 ContextBytes = 4096;

KSyntaxHighlighting::Repository *sharedRepository()
{
    // Loading the repository parses hundreds of definitions; do it once per process.
    static auto *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/"));
        return r;
    }();
    return repository;
}
} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(sharedRepository())
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("Elshi Corpus")));
    applyTheme();
}

SourceView::~SourceView() = default;

QString SourceView::definitionName() const
{
    return m_highlighter->definition().name();
}

void SourceView::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
    markSpans();
}

void SourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

bool SourceView::showSource(const QString &path, const QString &encoding, Span article, Span evidence)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setPlainText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        m_articleStart = m_articleEnd = m_evidenceStart = m_evidenceEnd = 0;
        return false;
    }
    qint64 from = std::max<qint64>(0, article.offset - ContextBytes);
    const qint64 to = std::min(file.size(), article.offset + article.length + ContextBytes);
    file.seek(from);
    QByteArray bytes = file.read(to - from);
    // Start on a line boundary so the highlighter sees whole lines.
    if (from > 0) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline >= 0 && newline < article.offset - from) {
            bytes.remove(0, newline + 1);
            from += newline + 1;
        }
    }
    // The store may not know the encoding (files read before it recorded one): detect it from
    // the window, which is what the readers did with the whole file.
    const QString scheme = encoding.isEmpty() ? corpus::Encoding::detect(bytes) : encoding;
    // Decoding the pieces separately maps byte offsets to character offsets exactly.
    auto decodeRange = [&](qint64 begin, qint64 end) {
        return corpus::Encoding::decodeAs(bytes.sliced(begin, end - begin), scheme).text();
    };
    const qint64 aStart = std::clamp<qint64>(article.offset - from, 0, bytes.size());
    const qint64 aEnd = std::clamp<qint64>(article.offset + article.length - from, aStart, bytes.size());
    const QString before = decodeRange(0, aStart);
    const QString inside = decodeRange(aStart, aEnd);
    const QString after = decodeRange(aEnd, bytes.size());
    const QString text = before + inside + after;
    m_articleStart = int(before.size());
    m_articleEnd = int(before.size() + inside.size());
    m_evidenceStart = m_evidenceEnd = 0;
    if (evidence.length > 0 && evidence.offset >= from) {
        const qint64 eStart = std::clamp<qint64>(evidence.offset - from, 0, bytes.size());
        const qint64 eEnd = std::clamp<qint64>(evidence.offset + evidence.length - from, eStart, bytes.size());
        m_evidenceStart = int(decodeRange(0, eStart).size());
        m_evidenceEnd = m_evidenceStart + int(decodeRange(eStart, eEnd).size());
    }
    setPlainText(text);
    markSpans();
    QTextCursor cursor(document());
    cursor.setPosition(m_evidenceEnd > m_evidenceStart ? m_evidenceStart : m_articleStart);
    setTextCursor(cursor);
    centerCursor();
    return true;
}

QString SourceView::articleText() const
{
    return toPlainText().mid(m_articleStart, m_articleEnd - m_articleStart);
}

void SourceView::markSpans()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_articleEnd > m_articleStart) {
        QTextEdit::ExtraSelection article;
        article.cursor = QTextCursor(document());
        article.cursor.setPosition(m_articleStart);
        article.cursor.setPosition(m_articleEnd, QTextCursor::KeepAnchor);
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(28);
        article.format.setBackground(shade);
        selections << article;
    }
    if (m_evidenceEnd > m_evidenceStart) {
        QTextEdit::ExtraSelection evidence;
        evidence.cursor = QTextCursor(document());
        evidence.cursor.setPosition(m_evidenceStart);
        evidence.cursor.setPosition(m_evidenceEnd, QTextCursor::KeepAnchor);
        QColor mark = palette().color(QPalette::Highlight);
        mark.setAlpha(90);
        evidence.format.setBackground(mark);
        evidence.format.setFontUnderline(true);
        selections << evidence;
    }
    setExtraSelections(selections);
}

} // namespace elshi::ui
