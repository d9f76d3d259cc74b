#pragma once

// The entry lines of a hunspell word list (.dic), read whole: both lexicons load theirs at start,
// and reading 50,000-150,000 lines one by one through QIODevice::readLine cost more than what
// the lexicons do with them.

#include <QByteArray>
#include <QByteArrayView>

namespace elshi::entities::detail {

// entry(line) for each line of dic after the first (the entry count), without its line break.
template<typename Entry>
void forEachDicEntry(const QByteArray &dic, Entry entry)
{
    qsizetype from = dic.indexOf('\n') + 1;
    while (from > 0 && from < dic.size()) {
        qsizetype to = dic.indexOf('\n', from);
        if (to < 0)
            to = dic.size();
        entry(QByteArrayView(dic.constData() + from, to - from));
        from = to + 1;
    }
}

} // namespace elshi::entities::detail
