#include "plaintextreader.h"

namespace elshi::corpus {

PlainTextReader::PlainTextReader()
    : PageReader(QStringLiteral("plain-text"), QString())
{
}

int PlainTextReader::detect(const SourceText &source) const
{
    return source.lineCount() > 0 ? 1 : 0;
}

} // namespace elshi::corpus
