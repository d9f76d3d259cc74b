#pragma once

// Case folding shared by the search index, the query parser, snippets and duplicate detection, so
// that every part of Elshi agrees on when two spellings are "the same word".
//
// Folding is lowercasing (full Unicode, per code point) plus ё → е, because Russian news writes
// ё only sometimes ("её"/"ее", "Алёна"/"Алена") and readers never mean a difference by it.
// Cheap: table lookups, no allocation beyond the result.

#include <QString>
#include <QStringView>

#include <string>

namespace elshi::text {

// The folded form of one code point.
char32_t foldChar(char32_t c);

// Appends the UTF-8 encoding of c to out.
void appendUtf8(std::string &out, char32_t c);

// The folded form of a whole text.
QString foldCase(QStringView text);

// A text reduced for duplicate detection: folded, every run of white space (including line and
// paragraph breaks) one space, no leading or trailing space. Two crawls of one article that differ
// only in wrapping or capitalisation reduce to the same string.
QString normalizedForDedup(QStringView text);

} // namespace elshi::text
