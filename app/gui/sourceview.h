#pragma once

// The raw text of an article's file around the article, highlighted with Elshi's own syntax
// definition for corpus layouts (resources/syntax/elshi-corpus.xml) and a theme that follows the
// palette. The article's span is shaded and an evidence span, when given, is marked, so a
// researcher can check what the readers made of the source.
//
// Reads only a window of the file around the article, so huge files open instantly.

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace elshi::ui {

class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    struct Span
    {
        qint64 offset = 0; // bytes in the file
        qint64 length = 0;
    };
    // Shows the file's bytes around article, decoded with encoding ("UTF-8", "windows-1251", …).
    // evidence, when its length is non-zero, is relative to the file too. False when unreadable.
    bool showSource(const QString &file, const QString &encoding, Span article, Span evidence);
    bool showSource(const QString &file, const QString &encoding, Span article)
    {
        return showSource(file, encoding, article, Span{0, 0});
    }
    QString definitionName() const;
    // The text the user sees selected as the article (for tests).
    QString articleText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::Repository *m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    int m_articleStart = 0;
    int m_articleEnd = 0;
    int m_evidenceStart = 0;
    int m_evidenceEnd = 0;
    void markSpans();
};

} // namespace elshi::ui
