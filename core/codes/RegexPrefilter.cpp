// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegexPrefilter.h"

namespace Codes {

namespace {

bool isHex(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

// The first character that is not PCRE's \s, or the end.
qsizetype firstNonSpace(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isPcreSpace(s[i].unicode()))
        ++i;
    return i;
}

// prefixPattern() can consume more than leading \s only where a field name or a diagnostic
// type begins: "diagnostic-code", "x-diagnostic-code", "smtp", "x-postfix", "x-unix", "x-local".
bool mayHavePrefix(QStringView line)
{
    const qsizetype i = firstNonSpace(line);
    if (i >= line.size())
        return false;
    const char16_t c = line[i].unicode();
    return c == u'd' || c == u'D' || c == u'x' || c == u'X' || c == u's' || c == u'S' || c == 0x017F; // U+017F folds to s
}

// statusFieldPattern() begins "^\s*status".
bool mayBeStatusField(QStringView line)
{
    const qsizetype i = firstNonSpace(line);
    return i < line.size() && (line[i] == u's' || line[i] == u'S' || line[i].unicode() == 0x017F);
}

// continuationPattern() begins "^\s*[2-5]".
bool mayBeContinuation(QStringView line)
{
    const qsizetype i = firstNonSpace(line);
    return i < line.size() && line[i] >= u'2' && line[i] <= u'5';
}

// Whether the text holds "[245].[0-7].<digit>": the enhanced-code readers of CodeScanner (the
// status, reply-before-status and marked-status patterns) all need one.
bool mayHaveEnhancedCode(QStringView s)
{
    for (qsizetype i = 0; i + 4 < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if ((c == u'2' || c == u'4' || c == u'5') && s[i + 1] == u'.' && s[i + 2] >= u'0' && s[i + 2] <= u'7'
            && s[i + 3] == u'.' && isAsciiDigit(s[i + 4].unicode()))
            return true;
    }
    return false;
}

// Length of what "^\s*(?:[245]\d\d[\s\-]*)?(?:#?[245]\.\d{1,3}\.\d{1,3})?\s*" matches: every part
// is optional and greedy, so the first match PCRE finds is the greedy one, read here by hand.
qsizetype leadingCodesLength(QStringView s)
{
    const qsizetype n = s.size();
    auto digitRun = [&](qsizetype at) {
        qsizetype k = at;
        while (k < n && isAsciiDigit(s[k].unicode()))
            ++k;
        return k - at;
    };
    auto isClassDigit = [&](qsizetype at) { return at < n && (s[at] == u'2' || s[at] == u'4' || s[at] == u'5'); };
    qsizetype i = firstNonSpace(s);
    if (isClassDigit(i) && i + 2 < n && isAsciiDigit(s[i + 1].unicode()) && isAsciiDigit(s[i + 2].unicode())) {
        i += 3;
        while (i < n && (isPcreSpace(s[i].unicode()) || s[i] == u'-'))
            ++i;
    }
    // "#?[245]\.\d{1,3}\.\d{1,3}": a \d{1,3} followed by '.' needs a run of one to three digits.
    qsizetype k = i < n && s[i] == u'#' ? i + 1 : i;
    if (isClassDigit(k) && k + 1 < n && s[k + 1] == u'.') {
        const qsizetype subject = digitRun(k + 2);
        const qsizetype dot = k + 2 + subject;
        if (subject >= 1 && subject <= 3 && dot < n && s[dot] == u'.') {
            const qsizetype detail = digitRun(dot + 1);
            if (detail >= 1)
                i = dot + 1 + qMin<qsizetype>(detail, 3);
        }
    }
    while (i < n && isPcreSpace(s[i].unicode()))
        ++i;
    return i;
}

// ipv4Pattern() needs "<digit>.<digit>".
bool mayHaveIpv4(QStringView s)
{
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        if (s[i + 1] == u'.' && isAsciiDigit(s[i].unicode()) && isAsciiDigit(s[i + 2].unicode()))
            return true;
    }
    return false;
}

// ipv6Pattern() needs two colons with at most four hex digits between them.
bool mayHaveIpv6(QStringView s)
{
    for (qsizetype i = s.indexOf(u':'); i >= 0 && i + 1 < s.size(); i = s.indexOf(u':', i + 1)) {
        qsizetype k = i + 1;
        while (k < s.size() && k - i <= 4 && isHex(s[k].unicode()))
            ++k;
        if (k < s.size() && s[k] == u':')
            return true;
    }
    return false;
}

// Every alternative of tagPattern() has two digits right after 'S', 'L', 'M', 'H' or '-' (any
// case; U+017F folds to 's'), or after "RBL" and \s*: the text is searched only where it has such
// a pair.
bool mayHaveTag(QStringView s)
{
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if (!isAsciiDigit(s[i].unicode()) || !isAsciiDigit(s[i + 1].unicode()))
            continue;
        qsizetype k = i - 1;
        const char16_t before = s[k].unicode();
        switch (before) { // a plain switch: QLatin1String::contains is a library call per digit pair
        case u's': case u'S': case u'l': case u'L': case u'm': case u'M': case u'h': case u'H': case u'-':
            return true;
        default:
            if (before >= 0x80)
                return true;
        }
        while (k > 0 && isPcreSpace(s[k].unicode()))
            --k;
        if (s[k] == u'l' || s[k] == u'L')
            return true;
    }
    return false;
}

} // namespace Codes
