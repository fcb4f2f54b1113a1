// SPDX-License-Identifier: GPL-3.0-or-later
// Why this finds what the pattern of PostfixDeliveryLine.h finds: every repetition there is
// followed by a character its class cannot hold ("[^>]*>", "[^,]*, ", "\d+, ", "[\d.]+, ",
// "\d{1,3}\." and "\d{1,3}, "), so it can only succeed with the whole run, and each optional
// group starts with a word that the text after it cannot also start with: the match from a
// given "to=<" is deterministic, and the search takes the first "to=<" after a non-word
// character (\b) from which it succeeds. The reason "(.*)" stops at the first line feed ('.'
// does not match it: PCRE2's default newline, pcre2pattern(3) "Newline conventions") and gives
// back characters until the last ')' before it; only \s may follow that ')' ("\s*$").
#include "PostfixDeliveryLine.h"

#include <cstdint>

#include <QLatin1String>

#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

bool isWordChar(char16_t c) // PCRE's \w without PCRE2_UCP
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || Codes::isAsciiDigit(c) || c == u'_';
}

// Moves `p` past `w` when the text there starts with it (a plain loop: QStringView::startsWith
// with a QLatin1String costs ~150 instructions of set-up, ten calls per line).
bool literal(QStringView s, qsizetype &p, QLatin1String w)
{
    if (p < 0 || s.size() - p < w.size())
        return false;
    for (qsizetype k = 0; k < w.size(); ++k) {
        if (s[p + k].unicode() != char16_t(static_cast<unsigned char>(w[k].toLatin1())))
            return false;
    }
    p += w.size();
    return true;
}

// Moves `p` past a run of characters for which `in` holds; the length of the run.
template <typename Class>
qsizetype run(QStringView s, qsizetype &p, Class in)
{
    const qsizetype from = p;
    while (p < s.size() && in(s[p].unicode()))
        ++p;
    return p - from;
}

// "[^c]*" then c: moves `p` to the first c; false when there is none.
bool upTo(QStringView s, qsizetype &p, char16_t c)
{
    const qsizetype at = Codes::indexOfAsciiUnit(s, c, p); // memchr: no per-call set-up of QStringView::indexOf
    if (at < 0)
        return false;
    p = at;
    return true;
}

// An optional group "word<body>, ": taken when all of it is there.
template <typename Body>
void optional(QStringView s, qsizetype &p, QLatin1String word, Body body)
{
    qsizetype q = p;
    if (literal(s, q, word) && body(q) && literal(s, q, QLatin1String(", ")))
        p = q;
}

std::optional<PostfixDeliveryFields> matchAt(QStringView s, qsizetype p)
{
    PostfixDeliveryFields f;
    const auto digit = [](char16_t c) { return Codes::isAsciiDigit(c); };
    const auto group = [&](int g, qsizetype from) { f.start[g] = from; f.end[g] = p; };
    if (!literal(s, p, QLatin1String("to=<")))
        return std::nullopt;
    qsizetype from = p;
    if (!upTo(s, p, u'>'))
        return std::nullopt;
    group(1, from);
    if (!literal(s, ++p, QLatin1String(", ")))
        return std::nullopt;
    optional(s, p, QLatin1String("orig_to=<"), [&](qsizetype &q) {
        if (!upTo(s, q, u'>'))
            return false;
        ++q;
        return true;
    });
    if (!literal(s, p, QLatin1String("relay=")))
        return std::nullopt;
    from = p;
    if (!upTo(s, p, u','))
        return std::nullopt;
    group(2, from);
    if (!literal(s, p, QLatin1String(", ")))
        return std::nullopt;
    optional(s, p, QLatin1String("conn_use="), [&](qsizetype &q) { return run(s, q, digit) > 0; });
    if (!literal(s, p, QLatin1String("delay=")))
        return std::nullopt;
    from = p;
    if (run(s, p, [](char16_t c) { return Codes::isAsciiDigit(c) || c == u'.'; }) == 0)
        return std::nullopt;
    group(3, from);
    if (!literal(s, p, QLatin1String(", ")))
        return std::nullopt;
    optional(s, p, QLatin1String("delays="),
             [&](qsizetype &q) { return run(s, q, [](char16_t c) { return Codes::isAsciiDigit(c) || c == u'.' || c == u'/'; }) > 0; });
    optional(s, p, QLatin1String("tls="), [&](qsizetype &q) { return upTo(s, q, u','); });
    if (!literal(s, p, QLatin1String("dsn=")))
        return std::nullopt;
    from = p;
    if (run(s, p, digit) != 1 || !literal(s, p, QLatin1String(".")))
        return std::nullopt;
    qsizetype n = run(s, p, digit);
    if (n < 1 || n > 3 || !literal(s, p, QLatin1String(".")))
        return std::nullopt;
    n = run(s, p, digit);
    if (n < 1 || n > 3)
        return std::nullopt;
    group(4, from);
    if (!literal(s, p, QLatin1String(", status=")))
        return std::nullopt;
    from = p;
    if (!literal(s, p, QLatin1String("bounced")) && !literal(s, p, QLatin1String("deferred"))
        && !literal(s, p, QLatin1String("expired")) && !literal(s, p, QLatin1String("undeliverable")))
        return std::nullopt;
    group(5, from);
    if (!literal(s, p, QLatin1String(" (")))
        return std::nullopt;
    qsizetype lineEnd = s.indexOf(QChar(u'\n'), p);
    if (lineEnd < 0)
        lineEnd = s.size();
    const qsizetype close = s.first(lineEnd).lastIndexOf(QChar(u')'));
    if (close < p)
        return std::nullopt;
    for (qsizetype k = close + 1; k < s.size(); ++k) {
        if (!Codes::isPcreSpace(s[k].unicode()))
            return std::nullopt;
    }
    f.start[6] = p;
    f.end[6] = close;
    return f;
}

} // namespace

std::optional<PostfixDeliveryFields> matchPostfixDelivery(QStringView line)
{
    // PCRE2 refuses a subject that is not UTF-16 (RegexPrefilter.h): no match either.
    if (Codes::matchOptionsFor(line) != QRegularExpression::DontCheckSubjectStringMatchOption)
        return std::nullopt;
    const QLatin1String to("to=<");
    for (qsizetype at = Codes::indexOfAscii(line, to); at >= 0; at = Codes::indexOfAscii(line, to, at + 1)) {
        if (at > 0 && isWordChar(line[at - 1].unicode()))
            continue; // \b before "to"
        if (auto f = matchAt(line, at))
            return f;
    }
    return std::nullopt;
}

std::optional<HostAndIp> matchHostAndIp(QStringView s, qsizetype from)
{
    // Both runs are followed by the one character their class excludes ('[' ends the host, ']'
    // the address): each run must be taken whole, so the match is deterministic.
    HostAndIp m;
    qsizetype p = from;
    const qsizetype n = s.size();
    m.hostStart = p;
    while (p < n && s[p].unicode() != u'[' && !Codes::isPcreSpace(s[p].unicode()))
        ++p;
    m.hostEnd = p;
    if (m.hostEnd == m.hostStart || p >= n || s[p].unicode() != u'[')
        return std::nullopt;
    m.ipStart = ++p;
    while (p < n && s[p].unicode() != u']')
        ++p;
    m.ipEnd = p;
    if (m.ipEnd == m.ipStart || p >= n)
        return std::nullopt;
    return m;
}

double delayValue(QStringView s)
{
    static constexpr double powersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::uint64_t digits = 0;
    int count = 0, fraction = 0;
    bool dot = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'.' && !dot) {
            dot = true;
            continue;
        }
        if (!Codes::isAsciiDigit(u) || ++count > 15)
            return s.toDouble();
        digits = digits * 10 + (u - u'0');
        fraction += dot ? 1 : 0;
    }
    // "", "." and "5." (no digit after the dot) are left to Qt, whatever it makes of them.
    if (count == 0 || (dot && fraction == 0))
        return s.toDouble();
    return double(digits) / powersOfTen[fraction];
}

} // namespace Logs
