// SPDX-License-Identifier: GPL-3.0-or-later
// Why each scanner finds what its pattern finds (the patterns are in EntityScanner.h): a
// backtracking search tries the start positions left to right and, at each, the greedy choices
// first. Where a class cannot contain the character that must follow it, greedy repetition has
// only one way to succeed (the whole run), so the search reduces to run lengths:
//  - a domain label "[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\." is the whole run of
//    [A-Za-z0-9-] at its start (the dot cannot be inside it), 1-63 long, alphanumeric at both
//    ends, followed by '.': labels chain deterministically;
//  - "(label)+" then gives back labels from the longest chain until the top-level part
//    "[A-Za-z]{2,24}" succeeds after them;
//  - the local part "[...]+@" is the whole run of its class from the start position ('@' is
//    not in the class).
#include "EntityScanner.h"

#include <array>

#include <QVarLengthArray>

#include "RegexPrefilter.h"

namespace Codes {

namespace {

// The ASCII classes below as bits of one table (a character outside ASCII is in none).
enum : quint8 { Letter = 1, Digit = 2, Underscore = 4, LocalPart = 8, HexLetter = 16, DomainNeighbour = 32 };

constexpr std::array<quint8, 128> classTable()
{
    std::array<quint8, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = t[c - 32] = Letter | LocalPart | DomainNeighbour | (c <= 'f' ? HexLetter : 0);
    for (int c = '0'; c <= '9'; ++c)
        t[c] = Digit | LocalPart | DomainNeighbour;
    t['_'] = Underscore | LocalPart | DomainNeighbour;
    for (char c : "!#$%&'*+/=?^`{|}~.-")
        t[static_cast<unsigned char>(c)] |= LocalPart;
    t[0] &= quint8(~LocalPart); // the string literal's terminating NUL
    t['@'] |= DomainNeighbour;
    t['.'] |= DomainNeighbour;
    t['-'] |= DomainNeighbour;
    return t;
}

constexpr std::array<quint8, 128> kClasses = classTable();

inline bool in(char16_t c, quint8 classes)
{
    return c < 128 && (kClasses[c] & classes) != 0;
}

bool isAlnum(char16_t c)
{
    return in(c, Letter | Digit);
}

bool isLetter(char16_t c)
{
    return in(c, Letter);
}

bool isWord(char16_t c) // PCRE's \w without PCRE2_UCP
{
    return in(c, Letter | Digit | Underscore);
}

bool isLocalPartChar(char16_t c) // [A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]
{
    return in(c, LocalPart);
}

char16_t at(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() ? s[i].unicode() : char16_t(0);
}

// Length of the label (with its dot) at `p`, or 0 when none starts there.
qsizetype labelLength(QStringView s, qsizetype p)
{
    if (!isAlnum(at(s, p)))
        return 0;
    qsizetype e = p;
    while (e < s.size() && (isAlnum(s[e].unicode()) || s[e] == u'-'))
        ++e;
    if (e - p > 63 || !isAlnum(s[e - 1].unicode()) || at(s, e) != u'.')
        return 0;
    return e - p + 1;
}

qsizetype letterRun(QStringView s, qsizetype p)
{
    qsizetype e = p;
    while (e < s.size() && isLetter(s[e].unicode()))
        ++e;
    return e - p;
}

// Ends of the longest chain of labels from `p` (each label's end, the position after its dot).
QVarLengthArray<qsizetype, 16> labelEnds(QStringView s, qsizetype p)
{
    QVarLengthArray<qsizetype, 16> ends;
    for (qsizetype n = labelLength(s, p); n > 0; n = labelLength(s, p)) {
        p += n;
        ends << p;
    }
    return ends;
}

// "(label)+[A-Za-z]{2,24}" at `p`, with the domain pattern's look-ahead when `bounded`: the
// length of the first success in backtracking order, or 0.
qsizetype domainLength(QStringView s, qsizetype p, bool bounded)
{
    const QVarLengthArray<qsizetype, 16> ends = labelEnds(s, p);
    for (qsizetype k = ends.size() - 1; k >= 0; --k) {
        const qsizetype q = ends[k];
        const qsizetype run = letterRun(s, q);
        if (run < 2)
            continue;
        if (!bounded)
            return q + qMin<qsizetype>(run, 24) - p;
        // (?![\w\-]|\.\w): a shorter top-level part would be followed by a letter, so only the
        // whole run can pass, and only if it is at most 24 letters long.
        const char16_t next = at(s, q + run);
        if (run > 24 || isWord(next) || next == u'-' || (next == u'.' && isWord(at(s, q + run + 1))))
            continue;
        return q + run - p;
    }
    return 0;
}

bool isHex(char16_t c) // [0-9a-f] without case: no other character folds to one of these
{
    return in(c, Digit | HexLetter);
}

// "((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?![\w:])" at `p`: its length, or -1. Each
// "[0-9a-f]{0,4}:" must take the whole hex run (a ':' or a hex digit follows any shorter
// take), so the groups chain deterministically; giving one back leaves the next group's ':'
// or digits behind the tail, which the look-ahead refuses, so only the longest chain (2 to 7
// groups) can match, with its whole hex tail (at most 4 digits).
qsizetype ipv6Length(QStringView s, qsizetype p)
{
    qsizetype q = p;
    int groups = 0;
    for (;;) {
        qsizetype e = q;
        while (e < s.size() && isHex(s[e].unicode()))
            ++e;
        if (e - q > 4 || at(s, e) != u':')
            break;
        ++groups;
        q = e + 1;
    }
    if (groups < 2 || groups > 7)
        return -1;
    qsizetype e = q;
    while (e < s.size() && isHex(s[e].unicode()))
        ++e;
    const char16_t next = at(s, e);
    if (e - q > 4 || isWord(next) || next == u':')
        return -1;
    return e - p;
}

QList<EntitySpan> scanAddresses(QStringView s)
{
    QList<EntitySpan> found;
    qsizetype i = 0;
    while (i < s.size()) {
        const char16_t before = at(s, i - 1);
        if (!isLocalPartChar(s[i].unicode()) || isWord(before) || before == u'.' || before == u'+' || before == u'-') {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < s.size() && isLocalPartChar(s[j].unicode()))
            ++j;
        // Every later start inside this run ends at the same j, and meets the same domain.
        if (at(s, j) != u'@') {
            i = j;
            continue;
        }
        const qsizetype domain = domainLength(s, j + 1, false);
        if (domain == 0) {
            i = j + 1;
            continue;
        }
        found << EntitySpan{i, j + 1 + domain - i};
        i = j + 1 + domain;
    }
    return found;
}

QList<EntitySpan> scanIpv4(QStringView s)
{
    QList<EntitySpan> found;
    auto digitRun = [&](qsizetype p) {
        qsizetype e = p;
        while (e < s.size() && isAsciiDigit(s[e].unicode()))
            ++e;
        return e - p;
    };
    qsizetype i = 0;
    while (i < s.size()) {
        const char16_t before = at(s, i - 1);
        if (!isAsciiDigit(s[i].unicode()) || isAsciiDigit(before) || before == u'.') {
            ++i;
            continue;
        }
        // Each \d{1,3} must be the whole digit run: a '.' or the look-ahead follows it.
        qsizetype p = i;
        bool ok = true;
        for (int part = 0; part < 4 && ok; ++part) {
            const qsizetype run = digitRun(p);
            ok = run >= 1 && run <= 3 && (part == 3 || at(s, p + run) == u'.');
            p += run + (part == 3 ? 0 : 1);
        }
        if (ok && at(s, p) == u'.' && isAsciiDigit(at(s, p + 1)))
            ok = false;
        if (!ok) {
            ++i;
            continue;
        }
        found << EntitySpan{i, p - i};
        i = p;
    }
    return found;
}

QList<EntitySpan> scanDomains(QStringView s)
{
    QList<EntitySpan> found;
    qsizetype i = 0;
    while (i < s.size()) {
        // (?<![\w@.\-]): after a character of that set, the next candidate follows the run.
        if (i > 0 && in(s[i - 1].unicode(), DomainNeighbour)) {
            while (i < s.size() && in(s[i - 1].unicode(), DomainNeighbour))
                ++i;
            continue;
        }
        if (!isAlnum(s[i].unicode())) {
            ++i;
            continue;
        }
        // A word not followed by '.' is no first label (labelLength): nothing starts here, and
        // every later start inside the word follows a \w, so the search goes on after it.
        qsizetype e = i + 1;
        while (e < s.size() && (isAlnum(s[e].unicode()) || s[e] == u'-'))
            ++e;
        if (at(s, e) != u'.') {
            i = e;
            continue;
        }
        const qsizetype n = domainLength(s, i, true);
        if (n == 0) {
            ++i;
            continue;
        }
        found << EntitySpan{i, n};
        i += n;
    }
    return found;
}

QList<EntitySpan> scanIpv6(QStringView s)
{
    QList<EntitySpan> found;
    qsizetype i = 0;
    while (i < s.size()) {
        const char16_t before = at(s, i - 1);
        if (isWord(before) || before == u':' || (!isHex(s[i].unicode()) && s[i] != u':' && s[i] != u'i' && s[i] != u'I')) {
            ++i;
            continue;
        }
        // "(?:ipv6:)?" is tried first; without it a group cannot start on the 'i'.
        qsizetype start = i;
        qsizetype n = -1;
        if (indexOfAscii(s.mid(i, qMin<qsizetype>(5, s.size() - i)), QLatin1String("ipv6:"), 0, Qt::CaseInsensitive) == 0) {
            start = i + 5;
            n = ipv6Length(s, start);
        } else {
            n = ipv6Length(s, i);
        }
        if (n < 0) {
            ++i;
            continue;
        }
        found << EntitySpan{start, n};
        i = start + n;
    }
    return found;
}

} // namespace

// PCRE2 refuses a subject that is not UTF-16 (RegexPrefilter.h): checked once for all four.
EntityScanner::EntityScanner(QStringView text)
    : m_text(text), m_valid(matchOptionsFor(text) == QRegularExpression::DontCheckSubjectStringMatchOption)
{
}

QList<EntitySpan> EntityScanner::addresses() const
{
    return m_valid ? scanAddresses(m_text) : QList<EntitySpan>();
}

QList<EntitySpan> EntityScanner::ipv4() const
{
    return m_valid ? scanIpv4(m_text) : QList<EntitySpan>();
}

QList<EntitySpan> EntityScanner::ipv6() const
{
    return m_valid ? scanIpv6(m_text) : QList<EntitySpan>();
}

QList<EntitySpan> EntityScanner::domains() const
{
    return m_valid ? scanDomains(m_text) : QList<EntitySpan>();
}

} // namespace Codes
