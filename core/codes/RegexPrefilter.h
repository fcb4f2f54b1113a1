// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>

#include <QRegularExpression>
#include <QStringView>

namespace Codes {

// Byte tests that run before a regular expression of the classification path, so that the
// expression runs only where it can match. Each is a necessary condition of the pattern it
// guards (the pattern's own literal text), never a replacement for it: the result of the
// guarded code is the same with or without the test. Qt compiles without
// QRegularExpression::UseUnicodePropertiesOption here, so PCRE's \s and \d are ASCII only
// (pcre2pattern(3), "Generic character types"); case-insensitive matching in UTF mode also
// folds U+017F to 's' and U+212A to 'k' (pcre2pattern(3), "Case-insensitive matching in UTF
// mode"), so the words tested without case below hold neither letter.

// PCRE's \s without PCRE2_UCP: space, \t, \n, \v, \f, \r.
inline bool isPcreSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Position of the first UTF-16 unit equal to the ASCII character `c` (not NUL) in `s` from
// `from`, or -1: glibc's vectorised memchr over the bytes, keeping only hits that are a whole
// unit's low byte with a zero high byte (little-endian: x86 and ARM as Debian builds them;
// elsewhere a plain loop). QStringView::indexOf(QChar) costs ~180 instructions of set-up per
// call, called ~15 times per log line.
inline qsizetype indexOfAsciiUnit(QStringView s, char16_t c, qsizetype from)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    const char *bytes = reinterpret_cast<const char *>(s.data());
    const size_t size = size_t(s.size()) * 2;
    for (size_t b = size_t(qMax<qsizetype>(from, 0)) * 2; b < size;) {
        const void *hit = std::memchr(bytes + b, int(c), size - b);
        if (!hit)
            return -1;
        const size_t at = size_t(static_cast<const char *>(hit) - bytes);
        if ((at & 1) == 0 && bytes[at + 1] == 0)
            return qsizetype(at / 2);
        b = at + 1;
    }
    return -1;
#else
    for (qsizetype i = qMax<qsizetype>(from, 0); i < s.size(); ++i) {
        if (s[i].unicode() == c)
            return i;
    }
    return -1;
#endif
}

// The character of an ASCII word to look for first: the first that is neither a lower-case
// letter nor a space (in a mail log "=", "<", ":", "(" and capitals are far rarer than
// letters), else the first. Only speed depends on it.
inline qsizetype anchorOf(QLatin1String w)
{
    for (qsizetype k = 0; k < w.size(); ++k) {
        const char c = w.data()[k];
        if (!(c >= 'a' && c <= 'z') && c != ' ')
            return k;
    }
    return 0;
}

// Position of the ASCII text `w` in `s` from `from`, or -1: a plain loop (QString::indexOf with a
// QLatin1String converts the needle and sets up a search for every call, ~2,000 instructions
// on a log line). With Qt::CaseInsensitive, `w` is lower case and only ASCII letters fold.
inline qsizetype indexOfAscii(QStringView s, QLatin1String w, qsizetype from = 0,
                              Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    const qsizetype m = w.size();
    const qsizetype last = s.size() - m;
    if (m == 0)
        return from <= s.size() ? from : -1;
    const char *word = w.data();
    const QChar *text = s.data();
    const char16_t first = char16_t(static_cast<unsigned char>(word[0]));
    if (cs == Qt::CaseSensitive) {
        // Candidates are found by the word's least common character (anchorOf) with memchr;
        // each is then compared whole. In ascending order of their start, so the first match
        // found is the leftmost.
        const qsizetype anchor = anchorOf(w);
        const char16_t anchorChar = char16_t(static_cast<unsigned char>(word[anchor]));
        for (qsizetype i = qMax<qsizetype>(from, 0); i <= last;) {
            const qsizetype hit = indexOfAsciiUnit(s, anchorChar, i + anchor);
            if (hit < 0 || hit - anchor > last)
                return -1;
            i = hit - anchor;
            qsizetype k = 0;
            while (k < m && text[i + k].unicode() == char16_t(static_cast<unsigned char>(word[k])))
                ++k;
            if (k == m)
                return i;
            ++i;
        }
        return -1;
    }
    auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    for (qsizetype i = qMax<qsizetype>(from, 0); i <= last; ++i) {
        if (lower(text[i].unicode()) != first)
            continue;
        qsizetype k = 1;
        while (k < m && lower(text[i + k].unicode()) == char16_t(static_cast<unsigned char>(word[k])))
            ++k;
        if (k == m)
            return i;
    }
    return -1;
}

inline bool containsAscii(QStringView s, QLatin1String w)
{
    return indexOfAscii(s, w) >= 0;
}

// Whether `s` contains the lower-case ASCII word `w` in any ASCII case. Only for words without
// 's' and 'k', whose non-ASCII case partners (U+017F, U+212A) PCRE would also match.
inline bool containsAsciiCaseless(QStringView s, QLatin1String w)
{
    return indexOfAscii(s, w, 0, Qt::CaseInsensitive) >= 0;
}

// Whether every UTF-16 unit of `s` is ASCII; without branches (the compiler vectorises the loop).
inline bool isAllAscii(QStringView s)
{
    char16_t any = 0;
    for (const QChar c : s)
        any |= c.unicode();
    return any < 128;
}

// QString::indexOf(needle, 0, Qt::CaseInsensitive) with a plain loop when both texts are
// US-ASCII (Qt folds every character through its Unicode tables); the same position.
inline qsizetype indexOfCaseless(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty() || !isAllAscii(haystack) || !isAllAscii(needle))
        return haystack.indexOf(needle, 0, Qt::CaseInsensitive);
    auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    const qsizetype m = needle.size();
    // Candidates are the needle's first letter in either case; the rest is compared folded.
    const char16_t first = lower(needle[0].unicode());
    const char16_t firstUpper = first >= u'a' && first <= u'z' ? char16_t(first - 32) : first;
    for (qsizetype i = 0; i + m <= haystack.size(); ++i) {
        const char16_t c = haystack[i].unicode();
        if (c != first && c != firstUpper)
            continue;
        qsizetype k = 1;
        while (k < m && lower(haystack[i + k].unicode()) == lower(needle[k].unicode()))
            ++k;
        if (k == m)
            return i;
    }
    return -1;
}

// QString::toLower() for a text that is all ASCII (the usual reply) without Qt's Unicode case
// tables; other texts go to toLower() itself. Same result either way.
inline QString asciiFastToLower(QStringView s)
{
    const qsizetype n = s.size();
    QString out(n, Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < n; ++i) { // checked and lower-cased in one pass
        const char16_t c = s[i].unicode();
        if (c >= 128)
            return s.toString().toLower();
        o[i] = QChar(char16_t(c + ((c >= u'A' && c <= u'Z') ? 32 : 0)));
    }
    return out;
}

// Whether any UTF-16 unit of `s` is a surrogate (0xD800-0xDFFF), four units per step: a unit
// is one when its top five bits are 11011, so (unit & 0xF800) ^ 0xD800 is zero exactly for
// surrogates, and the zero-lane test of Hacker's Delight (2nd ed., 6-1) finds a zero among
// four 16-bit lanes at once. Nearly every text has none, and the exact check below then has
// nothing to do.
inline bool hasSurrogate(QStringView s)
{
    constexpr std::uint64_t topBits = 0xF800F800F800F800ULL, surrogate = 0xD800D800D800D800ULL;
    constexpr std::uint64_t ones = 0x0001000100010001ULL, highs = 0x8000800080008000ULL;
    const QChar *p = s.data();
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        std::uint64_t units;
        std::memcpy(&units, p + i, sizeof units);
        const std::uint64_t t = (units & topBits) ^ surrogate;
        if ((t - ones) & ~t & highs)
            return true;
    }
    for (; i < n; ++i) {
        if ((p[i].unicode() & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

// PCRE2 validates the whole subject as UTF-16 on every match unless PCRE2_NO_UTF_CHECK is
// given (pcre2api(3), "Checking UTF strings"): ~1,100 instructions per match of a 150-character
// reply, 15-20 matches per reply. With the check off, an invalid subject is undefined behaviour,
// so the text is checked once here (an unpaired surrogate is the only invalid UTF-16) and the
// option is given only when the text is valid; the matches are then the same.
inline QRegularExpression::MatchOptions matchOptionsFor(QStringView s)
{
    const qsizetype n = s.size();
    if (!hasSurrogate(s))
        return QRegularExpression::DontCheckSubjectStringMatchOption;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0xD800 || c > 0xDFFF)
            continue;
        if (c >= 0xDC00 || i + 1 >= n || s[i + 1].unicode() < 0xDC00 || s[i + 1].unicode() > 0xDFFF)
            return QRegularExpression::NoMatchOption; // unpaired: let PCRE2 check (and refuse) it
        ++i;
    }
    return QRegularExpression::DontCheckSubjectStringMatchOption;
}

// The tests before the patterns of LineParser.cpp, EntityExtractor.cpp and ProviderMarks.cpp;
// each is true whenever its pattern can match (TestRegexPrefilter holds them to that).
qsizetype firstNonSpace(QStringView s);          // first character that is not PCRE's \s, or the size
bool mayHavePrefix(QStringView line);            // prefixPattern() can take more than leading \s
bool mayBeStatusField(QStringView line);         // "^\s*status\s*:..."
bool mayBeContinuation(QStringView line);        // "^\s*[2-5]..."
bool mayHaveEnhancedCode(QStringView s);         // "[245].[0-7].<digit>" (CodeScanner's status patterns)
bool mayHaveIpv4(QStringView s);                 // ipv4Pattern()
bool mayHaveIpv6(QStringView s);                 // ipv6Pattern()
bool mayHaveTag(QStringView s);                  // ProviderMarks' tagPattern()
// What "^\s*(?:[245]\d\d[\s\-]*)?(?:#?[245]\.\d{1,3}\.\d{1,3})?\s*" matches at the start (its length).
qsizetype leadingCodesLength(QStringView s);

} // namespace Codes
