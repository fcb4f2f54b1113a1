// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Codes {

// Hand-written scanners that find exactly what the entity patterns of EntityExtractor found
// with QRegularExpression (a PCRE2 search costs ~3,500 instructions of set-up per call and
// these patterns match in nearly every reply). Each returns the spans of the pattern's group 1
// in the order and with the bounds of QRegularExpression::globalMatch; TestEntityScanner holds
// them to the patterns over every test fixture and the shared corpus.
//
// As with PCRE2 without PCRE2_UCP (Qt's default here), every class below is ASCII: \w is
// [A-Za-z0-9_], \d is [0-9] (pcre2pattern(3), "Generic character types"). A text with an
// unpaired surrogate is not valid UTF-16, which PCRE2 refuses to search (pcre2api(3),
// "Checking UTF strings"): the scanners find nothing in it either.
struct EntitySpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// The spans of one text; the text must outlive the scanner.
class EntityScanner
{
public:
    explicit EntityScanner(QStringView text);

    // (?<![\w.+\-])([A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}))
    QList<EntitySpan> addresses() const;
    // (?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)
    QList<EntitySpan> ipv4() const;
    // (?<![\w:])(?:ipv6:)?((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?![\w:]), without case
    QList<EntitySpan> ipv6() const;
    // (?<![\w@.\-])((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-]|\.\w)
    QList<EntitySpan> domains() const;

private:
    QStringView m_text;
    bool m_valid = false;
};

} // namespace Codes
