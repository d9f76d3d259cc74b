#pragma once

// Substrings without copies, and copies where a substring must not outlive its text.
//
// The extractor cuts every article into tokens; a copy of each token's letters was one allocation
// per word. sharedPart() makes a QString that points into the text's own buffer and holds one more
// reference to it. It behaves as any QString (changing it detaches it), but while any such part
// lives, so does the whole text: a cache that outlives the article stores ownedCopy()s instead.

#include <QString>

namespace elshi::text {

// text[from, from + length), sharing text's buffer when it has one (static or raw data is copied).
inline QString sharedPart(const QString &text, qsizetype from, qsizetype length)
{
    // data_ptr() of a const string: the pointer is only read, and the reference counted.
    QString::DataPointer &whole = const_cast<QString &>(text).data_ptr();
    QTypedArrayData<char16_t> *header = whole.d_ptr();
    if (!header)
        return text.mid(from, length);
    header->ref();
    return QString(QString::DataPointer(header, whole.data() + from, length));
}

// A string of its own: never a part of some larger buffer that it would keep alive.
inline QString ownedCopy(const QString &text)
{
    return QString(text.constData(), text.size());
}

} // namespace elshi::text
