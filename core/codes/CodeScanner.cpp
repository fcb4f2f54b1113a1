// SPDX-License-Identifier: GPL-3.0-or-later
// Why each reader finds what its pattern finds (the patterns are in CodeScanner.h): a
// backtracking search tries the start positions left to right and, at each, the alternatives
// in their written order and the greedy choices first; the first success is the match. Every
// repetition below is followed by something its class cannot contain, so it has one way to
// succeed and the readers need no backtracking:
//  - "\s*" and "[\s\-]+" take their whole run: giving a character back leaves a space or '-'
//    where '#', '(' or a digit must follow;
//  - "#?" and "\(?" take the character when it is there: without it, the digit that must follow
//    would have to be that '#' or '(';
//  - "\d{1,3}(?!\.?\d)" succeeds only on a whole run of one to three digits not followed by
//    '.' and a digit: any shorter take leaves a digit next, which the look-ahead refuses;
//    "\d{1,2}\)" likewise needs a whole run of one or two digits;
//  - the literal alternatives are tried in written order at each start, as PCRE does, so
//    "after database" reads "data" (no word boundary in the pattern).
// "$" without multiline also matches before a final '\n' (pcre2pattern(3), "Circumflex and
// dollar"); where it is used here that '\n' is already in the \s of the same look-ahead.
#include "CodeScanner.h"

#include "RegexPrefilter.h"

namespace Codes {

namespace {

constexpr char16_t kLongS = 0x017F;  // folds to 's' in PCRE2's caseless UTF matching
constexpr char16_t kKelvin = 0x212A; // folds to 'k'

bool isClassDigit(char16_t c)
{
    return c == u'2' || c == u'4' || c == u'5';
}

bool isDigitOrDot(char16_t c)
{
    return isAsciiDigit(c) || c == u'.';
}

// Whether the text character `t` matches the pattern character `p` (ASCII, letters in lower
// case) under CaseInsensitiveOption: ASCII case, plus the two characters outside ASCII whose
// case partners are ASCII letters (pcre2pattern(3), "Case-insensitive matching in UTF mode").
bool sameCaseless(char16_t t, char p)
{
    const char16_t c = char16_t(static_cast<unsigned char>(p));
    if (t == c)
        return true;
    if (c < u'a' || c > u'z')
        return false;
    return t == char16_t(c - 32) || (c == u's' && t == kLongS) || (c == u'k' && t == kKelvin);
}

// Whether the text at `at` spells `word` (lower case) without case.
bool caselessAt(QStringView s, qsizetype at, QLatin1String word)
{
    if (at + word.size() > s.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (!sameCaseless(s[at + k].unicode(), word[k].toLatin1()))
            return false;
    }
    return true;
}

bool exactAt(QStringView s, qsizetype at, QLatin1String word)
{
    if (at + word.size() > s.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (s[at + k].unicode() != char16_t(static_cast<unsigned char>(word[k].toLatin1())))
            return false;
    }
    return true;
}

qsizetype skipSpaces(QStringView s, qsizetype at)
{
    while (at < s.size() && isPcreSpace(s[at].unicode()))
        ++at;
    return at;
}

// "([245])\.([0-7])\.(\d{1,3})(?!\.?\d)" at `at`: its groups, or none.
StatusSpans enhancedCodeAt(QStringView s, qsizetype at)
{
    const qsizetype n = s.size();
    if (at < 0 || at + 4 >= n || !isClassDigit(s[at].unicode()) || s[at + 1] != u'.' || s[at + 2] < u'0'
        || s[at + 2] > u'7' || s[at + 3] != u'.')
        return {};
    qsizetype end = at + 4;
    while (end < n && isAsciiDigit(s[end].unicode()))
        ++end;
    const qsizetype run = end - (at + 4);
    if (run < 1 || run > 3)
        return {};
    if (end + 1 < n && s[end] == u'.' && isAsciiDigit(s[end + 1].unicode()))
        return {};
    return {{at, 1}, {at + 2, 1}, {at + 4, run}};
}

// "[245][0-5]\d" at `at`.
bool replyCodeAt(QStringView s, qsizetype at)
{
    return at + 2 < s.size() && isClassDigit(s[at].unicode()) && s[at + 1] >= u'0' && s[at + 1] <= u'5'
           && isAsciiDigit(s[at + 2].unicode());
}

// "\s*\(?([245][0-5]\d)(?=[\s\-.,;:)]|$)" from `at`: where group 1 starts, or -1.
qsizetype replyCodeAfter(QStringView s, qsizetype at)
{
    qsizetype p = skipSpaces(s, at);
    if (p < s.size() && s[p] == u'(')
        ++p;
    if (!replyCodeAt(s, p))
        return -1;
    const qsizetype next = p + 3;
    if (next == s.size())
        return p;
    const char16_t c = s[next].unicode();
    const bool follows = isPcreSpace(c) || c == u'-' || c == u'.' || c == u',' || c == u';' || c == u':' || c == u')';
    return follows ? p : -1;
}

// replyAtStart()'s alternatives after "^", in written order, grouped by what they begin with.
const QLatin1String kAfterS[] = {QLatin1String("said:"), QLatin1String("smtp;"), QLatin1String("status:")};
const QLatin1String kAfterR[] = {QLatin1String("reply:"), QLatin1String("response:"), QLatin1String("returned:")};

// The literal alternative of replyAtStart() at `at`: its length, or -1.
qsizetype replyMarkAt(QStringView s, qsizetype at)
{
    const char16_t c = s[at].unicode();
    auto firstOf = [&](const auto &words) -> qsizetype {
        for (const QLatin1String &w : words) {
            if (caselessAt(s, at, w))
                return w.size();
        }
        return -1;
    };
    if (sameCaseless(c, 's'))
        return firstOf(kAfterS);
    if (sameCaseless(c, 'r'))
        return firstOf(kAfterR);
    switch (c) {
    case u'<': return exactAt(s, at, QLatin1String("<<<")) ? 3 : -1;
    case u'e': case u'E': return caselessAt(s, at, QLatin1String("error:")) ? 6 : -1;
    case u']': return exactAt(s, at, QLatin1String("]:")) ? 2 : -1;
    case u'>': return exactAt(s, at, QLatin1String(">:")) ? 2 : -1;
    case u'\'': return 1;
    default: return -1;
    }
}

const QLatin1String kCommands[] = {
    QLatin1String("end of data"), QLatin1String("rcpt to"), QLatin1String("mail from"), QLatin1String("data"),
    QLatin1String("helo"), QLatin1String("ehlo"), QLatin1String("starttls"), QLatin1String("auth"),
    QLatin1String("quit"), QLatin1String("bdat"), QLatin1String("initial connection"), QLatin1String("connect"),
};

// "(?:in reply to|after|>>>)" at `at`: its length, or -1.
qsizetype commandLeadAt(QStringView s, qsizetype at)
{
    const char16_t c = s[at].unicode();
    if ((c == u'i' || c == u'I') && caselessAt(s, at, QLatin1String("in reply to")))
        return 11;
    if ((c == u'a' || c == u'A') && caselessAt(s, at, QLatin1String("after")))
        return 5;
    if (c == u'>' && exactAt(s, at, QLatin1String(">>>")))
        return 3;
    return -1;
}

// "\s+(end of data|...|connect)" from `at`: group 1, or none.
CodeSpan commandAfter(QStringView s, qsizetype at)
{
    const qsizetype p = skipSpaces(s, at);
    if (p == at)
        return {};
    for (const QLatin1String &w : kCommands) {
        if (caselessAt(s, p, w))
            return {p, w.size()};
    }
    return {};
}

const QLatin1String kStageWords[] = {
    QLatin1String("does not like recipient"), QLatin1String("did not like our rcpt to"), QLatin1String("most progress was rcpt"),
    QLatin1String("failed on data command"), QLatin1String("failed after i sent the message"),
    QLatin1String("did not like our final data"), QLatin1String("did not like our data"), // "(?:final )?" greedy: with it first
};

} // namespace

CodeScanner::CodeScanner(QStringView text)
    : m_text(text), m_valid(matchOptionsFor(text) == QRegularExpression::DontCheckSubjectStringMatchOption)
{
}

CodeSpan CodeScanner::replyBeforeStatus() const
{
    if (!m_valid)
        return {};
    const QStringView s = m_text;
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        if (!replyCodeAt(s, i) || (i > 0 && isDigitOrDot(s[i - 1].unicode())))
            continue;
        qsizetype k = i + 3;
        while (k < s.size() && (isPcreSpace(s[k].unicode()) || s[k] == u'-'))
            ++k;
        if (k == i + 3)
            continue;
        if (k < s.size() && s[k] == u'#')
            ++k;
        if (enhancedCodeAt(s, k).found())
            return {i, 3};
    }
    return {};
}

CodeSpan CodeScanner::replyAtStart() const
{
    if (!m_valid)
        return {};
    const QStringView s = m_text;
    if (const qsizetype at = replyCodeAfter(s, 0); at >= 0) // "^"
        return {at, 3};
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qsizetype mark = replyMarkAt(s, i);
        if (mark < 0)
            continue;
        if (const qsizetype at = replyCodeAfter(s, i + mark); at >= 0)
            return {at, 3};
    }
    return {};
}

// Searched from an offset, PCRE2 checks the text only from the longest look-behind (one
// character here) before that offset, and refuses an offset inside a surrogate pair (pcre2api(3),
// "Checking UTF strings"): a text invalid before that point is still searched.
StatusSpans CodeScanner::status(qsizetype from) const
{
    const QStringView s = m_text;
    if (from < 0 || from > s.size())
        return {};
    if (from > 0 && from < s.size() && s[from].isLowSurrogate() && s[from - 1].isHighSurrogate())
        return {};
    if (!m_valid && matchOptionsFor(s.mid(qMax<qsizetype>(0, from - 1))) != QRegularExpression::DontCheckSubjectStringMatchOption)
        return {};
    for (qsizetype i = from; i < s.size(); ++i) {
        if (i > 0 && isDigitOrDot(s[i - 1].unicode()))
            continue;
        if (const StatusSpans m = enhancedCodeAt(s, s[i] == u'#' ? i + 1 : i); m.found())
            return m;
    }
    return {};
}

StatusSpans CodeScanner::markedStatus() const
{
    if (!m_valid)
        return {};
    const QStringView s = m_text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i == 0) { // "^\s*#?"
            const qsizetype k = firstNonSpace(s);
            if (const StatusSpans m = enhancedCodeAt(s, k < s.size() && s[k] == u'#' ? k + 1 : k); m.found())
                return m;
        }
        const char16_t c = s[i].unicode();
        qsizetype at = -1;
        if (c == u'#')
            at = i + 1;
        else if (c == u':' || c == u';' || c == u'(' || c == u'[')
            at = skipSpaces(s, i + 1);
        if (const StatusSpans m = enhancedCodeAt(s, at); m.found())
            return m;
    }
    return {};
}

CodeSpan CodeScanner::command() const
{
    if (!m_valid)
        return {};
    const QStringView s = m_text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qsizetype lead = commandLeadAt(s, i);
        if (lead < 0)
            continue;
        if (const CodeSpan m = commandAfter(s, i + lead); m.found())
            return m;
    }
    return {};
}

CodeSpan CodeScanner::stageWords() const
{
    if (!m_valid)
        return {};
    const QStringView s = m_text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode() | 0x20; // every alternative begins with 'd', 'm' or 'f'
        if (c != u'd' && c != u'm' && c != u'f')
            continue;
        for (const QLatin1String &w : kStageWords) {
            if (caselessAt(s, i, w))
                return {i, w.size()};
        }
    }
    return {};
}

CodeSpan CodeScanner::gmailState() const
{
    if (!m_valid)
        return {};
    const QStringView s = m_text;
    const QLatin1String lead("(state ");
    for (qsizetype i = indexOfAscii(s, lead); i >= 0; i = indexOfAscii(s, lead, i + 1)) {
        const qsizetype d = i + lead.size();
        qsizetype end = d;
        while (end < s.size() && end - d < 3 && isAsciiDigit(s[end].unicode()))
            ++end;
        const qsizetype run = end - d;
        if (run >= 1 && run <= 2 && end < s.size() && s[end] == u')')
            return {d, run};
    }
    return {};
}

} // namespace Codes
