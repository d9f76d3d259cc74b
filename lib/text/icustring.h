#pragma once

// ICU's and Qt's strings are both UTF-16: the copy between them, in one place.

#include <QString>
#include <QStringView>

#include <unicode/unistr.h>

namespace elshi::text {

inline QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), qsizetype(s.length()));
}

inline icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t *>(s.utf16()), int32_t(s.size()));
}

} // namespace elshi::text
