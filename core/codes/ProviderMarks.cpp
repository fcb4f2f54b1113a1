// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderMarks.h"

#include <QRegularExpression>

#include "RegexPrefilter.h"
#include "util/PhraseScanner.h"

namespace Codes {

namespace {

struct Mark
{
    const char *provider;
    const char *mark; // lower-case substring
};

// Server-side marks first (the host that answered), then domains that only hint at it.
// Sources: the providers' postmaster pages and the texts their MTAs send.
const Mark kServerMarks[] = {
    {"gmail", "gsmtp"}, {"gmail", "support.google.com/mail"}, {"gmail", "aspmx.l.google.com"},
    {"gmail", "mx.google.com"}, {"gmail", "google.com/mail/?p="}, {"gmail", "googlemail.com"},
    {"microsoft", "protection.outlook.com"}, {"microsoft", "prod.outlook.com"}, {"microsoft", "outlook.com"},
    {"microsoft", "hotmail.com"}, {"microsoft", "sender.office.com"}, {"microsoft", "messaging.microsoft.com"},
    {"microsoft", "office365"}, {"microsoft", "microsoft.com"}, {"microsoft", "resolver.adr."},
    {"microsoft", "resolver.rst."}, {"microsoft", "tenantattribution"}, {"microsoft", "exchangelabs"},
    {"microsoft", "windows live hotmail"}, {"microsoft", "live.com"},
    {"yahoo", "postmaster.yahooinc.com"}, {"yahoo", "senders.yahooinc.com"}, {"yahoo", "yahooinc.com"},
    {"yahoo", "yahoodns.net"}, {"yahoo", "help.yahoo.com"}, {"yahoo", "postmaster.yahoo.com"},
    {"yahoo", "yahoo.com"}, {"yahoo", "aol.com"}, {"yahoo", "yahoo"},
    {"apple", "support.apple.com"}, {"apple", "icloud.com"}, {"apple", "apple.com"}, {"apple", "me.com"},
    {"apple", "mac.com"},
    {"comcast", "comcast.net"}, {"comcast", "xfinity"}, {"comcast", "comcast"},
    {"att", "abuse-att.net"}, {"att", "att.net"}, {"att", "sbcglobal"}, {"att", "bellsouth"},
    {"att", "dnsbl:rbl"}, {"att", "dnsbl:attrbl"},
};

const QRegularExpression &tagPattern()
{
    // Yahoo [TS01] [TSS04] [PH01] [BL21], Apple [CS01] [HM08], AT&T [RL02]; Comcast BL000001,
    // RL000001, DM000001; outlook.com (S3150) and SC-001/DY-001/OU-002/RP-001 tags; AT&T DNSBL:RBL 521.
    static const QRegularExpression re(
        QStringLiteral(R"(\[((?:TSS|TS|PH|BL|CS|HM|RL)\d{2})\]|\b((?:BL|RL|DM)\d{6})\b|\((S\d{3,6})\)|)"
                       R"(\b((?:SC|DY|OU|RP|HE)-\d{3})\b|\b(DNSBL:(?:ATT)?RBL\s*\d{3}))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString detectProvider(const QString &text)
{
    static const Util::PhraseScanner scanner = [] {
        QStringList marks;
        for (const Mark &m : kServerMarks)
            marks << QString::fromLatin1(m.mark);
        return Util::PhraseScanner(marks);
    }();
    // The marks are lower case: an ASCII text is scanned with its capitals lowered on the fly,
    // any other text as QString::toLower() gives it (Unicode lowering can make ASCII letters,
    // U+212A KELVIN SIGN becomes 'k').
    const bool ascii = isAllAscii(text);
    const QString lowered = ascii ? QString() : text.toLower();
    const QString &scanned = ascii ? text : lowered;
    // The first mark in table order wins, wherever in the text it occurs.
    int best = scanner.size();
    const auto consider = [&](int index, qsizetype at) {
        const QString &mark = scanner.phrase(index);
        // Domain marks must not be the tail of a longer label ("notme.com" is not "me.com").
        const bool domainLike = mark.contains(QLatin1Char('.')) && !mark.contains(QLatin1Char('/'));
        if (index < best && (!domainLike || at == 0 || !scanned.at(at - 1).isLetterOrNumber()))
            best = index;
        return best > 0;
    };
    if (ascii)
        scanner.scanAsciiLowered(text, consider);
    else
        scanner.scan(lowered, consider);
    return best < scanner.size() ? QString::fromLatin1(kServerMarks[best].provider) : QString();
}

QString extractProviderTag(const QString &text)
{
    if (!mayHaveTag(text))
        return QString();
    const QRegularExpressionMatch m = tagPattern().match(text, 0, QRegularExpression::NormalMatch, matchOptionsFor(text));
    if (!m.hasMatch())
        return QString();
    for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
        const QString cap = m.captured(i);
        if (!cap.isEmpty())
            return cap.toUpper().simplified();
    }
    return QString();
}

QString providerOfTag(const QString &tag)
{
    static const QRegularExpression yahoo(QStringLiteral(R"(^(TSS?\d{2}|PH\d{2}|BL\d{2})$)"));
    static const QRegularExpression apple(QStringLiteral(R"(^(CS|HM)\d{2}$)"));
    static const QRegularExpression comcast(QStringLiteral(R"(^(BL|RL|DM)\d{6}$)"));
    static const QRegularExpression microsoft(QStringLiteral(R"(^(S\d{3,6}|(SC|DY|OU|RP|HE)-\d{3})$)"));
    static const QRegularExpression att(QStringLiteral(R"(^(RL\d{2}|DNSBL:.*)$)"));
    if (yahoo.match(tag).hasMatch())
        return QStringLiteral("yahoo");
    if (apple.match(tag).hasMatch())
        return QStringLiteral("apple");
    if (comcast.match(tag).hasMatch())
        return QStringLiteral("comcast");
    if (microsoft.match(tag).hasMatch())
        return QStringLiteral("microsoft");
    if (att.match(tag).hasMatch())
        return QStringLiteral("att");
    return QString();
}

} // namespace Codes
