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
//
// Speed (issue #14): each reader first looks for a character every match must hold at a known
// place (the reply code's digit, an alternative's first character), so that most characters of
// a reply cost one or two comparisons; the whole text is checked for unpaired surrogates only
// once a reader has found something, since an invalid text only changes a found answer.
#include "CodeScanner.h"

#include <array>
#include <initializer_list>

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
inline bool caselessAt(QStringView s, qsizetype at, QLatin1String word)
{
    if (at + word.size() > s.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (!sameCaseless(s[at + k].unicode(), word[k].toLatin1()))
            return false;
    }
    return true;
}

inline bool exactAt(QStringView s, qsizetype at, QLatin1String word)
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

// "(?=[\s\-.,;:)]|$)" after the reply code at `at`.
bool replyCodeEndsAt(QStringView s, qsizetype at)
{
    const qsizetype next = at + 3;
    if (next == s.size())
        return true;
    const char16_t c = s[next].unicode();
    return isPcreSpace(c) || c == u'-' || c == u'.' || c == u',' || c == u';' || c == u':' || c == u')';
}

// replyAtStart()'s literal alternatives. None ends in \s or '(' and none is the end of another,
// so before a reply code at q, "\s*\(?" leaves one place where an alternative can end (before
// the spaces, and the '(' when there is one) and at most one alternative ends there.
const QLatin1String kReplyMarks[] = {
    QLatin1String("said:"), QLatin1String("smtp;"), QLatin1String("<<<"), QLatin1String("error:"),
    QLatin1String("reply:"), QLatin1String("response:"), QLatin1String("returned:"), QLatin1String("]:"),
    QLatin1String(">:"), QLatin1String("'"), QLatin1String("status:"),
};

// Where replyAtStart()'s match starts when its group 1 is the reply code at `q`, or -1.
qsizetype replyMarkBefore(QStringView s, qsizetype q)
{
    qsizetype end = q;
    if (end > 0 && s[end - 1] == u'(')
        --end;
    while (end > 0 && isPcreSpace(s[end - 1].unicode()))
        --end;
    if (end == 0)
        return 0; // "^"
    for (const QLatin1String &w : kReplyMarks) {
        if (end >= w.size() && caselessAt(s, end - w.size(), w))
            return end - w.size();
    }
    return -1;
}

const QLatin1String kCommands[] = {
    QLatin1String("end of data"), QLatin1String("rcpt to"), QLatin1String("mail from"), QLatin1String("data"),
    QLatin1String("helo"), QLatin1String("ehlo"), QLatin1String("starttls"), QLatin1String("auth"),
    QLatin1String("quit"), QLatin1String("bdat"), QLatin1String("initial connection"), QLatin1String("connect"),
};

// "(?:in reply to|after|>>>)" at `at`: its length, or -1.
qsizetype commandLeadAt(QStringView s, qsizetype at)
{
    // c | 0x20 is 'i' only for 'i' and 'I', 'a' only for 'a' and 'A' (no U+017F or U+212A to fold).
    const char16_t c = s[at].unicode();
    if ((c | 0x20) == u'i')
        return caselessAt(s, at, QLatin1String("in reply to")) ? 11 : -1;
    if ((c | 0x20) == u'a')
        return caselessAt(s, at, QLatin1String("after")) ? 5 : -1;
    if (c == u'>')
        return exactAt(s, at, QLatin1String(">>>")) ? 3 : -1;
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

// PCRE2 refuses a subject that is not UTF-16; matchOptionsFor() tests it (four units a step
// for any surrogate first, RegexPrefilter.h).
bool isValidUtf16(QStringView s)
{
    return matchOptionsFor(s) == QRegularExpression::DontCheckSubjectStringMatchOption;
}

} // namespace

CodeScanner::CodeScanner(QStringView text)
    : m_text(text)
{
}

bool CodeScanner::valid() const
{
    if (m_validity < 0)
        m_validity = isValidUtf16(m_text) ? 1 : 0;
    return m_validity == 1;
}

CodeSpan CodeScanner::checked(CodeSpan found) const
{
    return found.found() && valid() ? found : CodeSpan();
}

StatusSpans CodeScanner::checked(StatusSpans found) const
{
    return found.found() && valid() ? found : StatusSpans();
}

// The reply codes "[245][0-5]\d" from `from`, left to right: the loop every reply-code reader
// runs, one comparison for most characters.
qsizetype CodeScanner::nextReplyCode(qsizetype from) const
{
    const QStringView s = m_text;
    for (qsizetype i = from; i + 2 < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if ((c == u'2' || c == u'4' || c == u'5') && replyCodeAt(s, i))
            return i;
    }
    return -1;
}

CodeSpan CodeScanner::replyBeforeStatus() const
{
    const QStringView s = m_text;
    for (qsizetype i = nextReplyCode(0); i >= 0; i = nextReplyCode(i + 1)) {
        if (i > 0 && isDigitOrDot(s[i - 1].unicode()))
            continue;
        qsizetype k = i + 3;
        while (k < s.size() && (isPcreSpace(s[k].unicode()) || s[k] == u'-'))
            ++k;
        if (k == i + 3)
            continue;
        if (k < s.size() && s[k] == u'#')
            ++k;
        if (enhancedCodeAt(s, k).found())
            return checked(CodeSpan{i, 3});
    }
    return {};
}

// From the reply code back to where a match would start: a match whose code comes later also
// starts later (between two codes stand the first code's digits, which no alternative holds),
// so the first code with an alternative before it is the leftmost match, and at its start only
// that alternative (or "^") can match.
CodeSpan CodeScanner::replyAtStart() const
{
    for (qsizetype q = nextReplyCode(0); q >= 0; q = nextReplyCode(q + 1)) {
        if (replyCodeEndsAt(m_text, q) && replyMarkBefore(m_text, q) >= 0)
            return checked(CodeSpan{q, 3});
    }
    return {};
}

// Searched from an offset, PCRE2 checks the text only from the longest look-behind (one
// character here) before that offset, and refuses an offset inside a surrogate pair (pcre2api(3),
// "Checking UTF strings"): a text invalid before that point is still searched. Going back that
// one character, pcre2_match() also steps over every low surrogate it lands on.
StatusSpans CodeScanner::status(qsizetype from) const
{
    const QStringView s = m_text;
    if (from < 0 || from > s.size())
        return {};
    if (from > 0 && from < s.size() && s[from].isLowSurrogate() && s[from - 1].isHighSurrogate())
        return {};
    for (qsizetype i = from; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c != u'#' && !isClassDigit(c))
            continue;
        if (i > 0 && isDigitOrDot(s[i - 1].unicode()))
            continue;
        const StatusSpans m = enhancedCodeAt(s, c == u'#' ? i + 1 : i);
        if (!m.found())
            continue;
        if (valid())
            return m;
        qsizetype checkFrom = qMax<qsizetype>(0, from - 1);
        while (checkFrom > 0 && s[checkFrom].isLowSurrogate())
            --checkFrom;
        return isValidUtf16(s.mid(checkFrom)) ? m : StatusSpans();
    }
    return {};
}

StatusSpans CodeScanner::markedStatus() const
{
    const QStringView s = m_text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i == 0) { // "^\s*#?"
            const qsizetype k = firstNonSpace(s);
            if (const StatusSpans m = enhancedCodeAt(s, k < s.size() && s[k] == u'#' ? k + 1 : k); m.found())
                return checked(m);
        }
        const char16_t c = s[i].unicode();
        qsizetype at = -1;
        if (c == u'#')
            at = i + 1;
        else if (c == u':' || c == u';' || c == u'(' || c == u'[')
            at = skipSpaces(s, i + 1);
        else
            continue;
        if (const StatusSpans m = enhancedCodeAt(s, at); m.found())
            return checked(m);
    }
    return {};
}

// Whether an ASCII character can start one of `words` (in either case): one table load per
// character of the text instead of a comparison per alternative. Words starting with 's' or 'k'
// would also start at U+017F and U+212A; none of the two tables' do.
struct FirstLetters
{
    std::array<bool, 128> can{};
    constexpr FirstLetters(std::initializer_list<char> letters)
    {
        for (const char c : letters) {
            can[size_t(static_cast<unsigned char>(c))] = true;
            if (c >= 'a' && c <= 'z')
                can[size_t(c - 32)] = true;
        }
    }
    bool operator()(char16_t c) const { return c < 128 && can[c]; }
};

constexpr FirstLetters kCommandLeads{'i', 'a', '>'}; // "in reply to", "after", ">>>"
constexpr FirstLetters kStageLeads{'d', 'm', 'f'};   // kStageWords

CodeSpan CodeScanner::command() const
{
    const QStringView s = m_text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!kCommandLeads(s[i].unicode()))
            continue;
        const qsizetype lead = commandLeadAt(s, i);
        if (lead < 0)
            continue;
        if (const CodeSpan m = commandAfter(s, i + lead); m.found())
            return checked(m);
    }
    return {};
}

CodeSpan CodeScanner::stageWords() const
{
    const QStringView s = m_text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        // Every alternative begins with 'd', 'm' or 'f', in either case.
        if (!kStageLeads(s[i].unicode()))
            continue;
        const char16_t c = s[i].unicode() | 0x20;
        for (const QLatin1String &w : kStageWords) {
            if (w[0] == QLatin1Char(char(c)) && caselessAt(s, i, w))
                return checked(CodeSpan{i, w.size()});
        }
    }
    return {};
}

CodeSpan CodeScanner::gmailState() const
{
    const QStringView s = m_text;
    const QLatin1String lead("(state ");
    // Candidates by memchr (indexOfAsciiUnit); "(state " is case-sensitive.
    for (qsizetype i = indexOfAsciiUnit(s, u'(', 0); i >= 0; i = indexOfAsciiUnit(s, u'(', i + 1)) {
        if (!exactAt(s, i, lead))
            continue;
        const qsizetype d = i + lead.size();
        qsizetype end = d;
        while (end < s.size() && end - d < 3 && isAsciiDigit(s[end].unicode()))
            ++end;
        const qsizetype run = end - d;
        if (run >= 1 && run <= 2 && end < s.size() && s[end] == u')')
            return checked(CodeSpan{d, run});
    }
    return {};
}

} // namespace Codes
