// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoogleGroupsNotice.h"

#include <QStringView>

#include "codes/Reason.h"

namespace Dsn::GoogleGroupsNotice {

namespace {

// The four causes are one bullet line each ("* " or "*" before right-to-left text); the
// count does not depend on the language.
int bulletLines(const QString &text)
{
    int n = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('*')))
            ++n;
    }
    return n;
}

} // namespace

bool matches(const QList<RawHeader> &top, const QString &humanText)
{
    const QByteArray from = TextDecoding::headerValue(top, "From").toLower();
    const QByteArray failed = TextDecoding::headerValue(top, "X-Failed-Recipients").toLower();
    return from.contains("<mailer-daemon@googlemail.com>") && failed.contains("@googlegroups.com")
           && !TextDecoding::headerValue(top, "X-Google-Smtp-Source").isEmpty()
           && humanText.contains(QLatin1String("Google")) && bulletLines(humanText) == 4;
}

void applyTo(BounceAnalysis &a)
{
    for (RecipientResult &r : a.recipients) {
        if (!r.address.endsWith(QLatin1String("@googlegroups.com"), Qt::CaseInsensitive))
            continue;
        if (r.reason != QLatin1String("onhold") && r.reason != QLatin1String("undefined") && !r.reason.isEmpty())
            continue;
        r.reason = QStringLiteral("rejected");
        r.reasonEvidence = {};
        r.reasonEvidence.kind = QStringLiteral("notice");
        r.reasonEvidence.rule = QStringLiteral("Google Groups: the group may not exist, or you may not post to it");
        r.reasonEvidence.source = QStringLiteral("Google Groups posting notice (mailer-daemon@googlemail.com, X-Failed-Recipients, four listed causes; Sisimai Lhost/GoogleGroups)");
        r.reasonEvidence.confidence = 0.8;
        r.hardBounce = Codes::isHardBounce(Codes::Reason::Rejected, r.status.isEmpty() ? QLatin1Char('5') : r.status.front());
    }
}

} // namespace Dsn::GoogleGroupsNotice
