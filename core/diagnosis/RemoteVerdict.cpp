// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteVerdict.h"

#include <vector>

#include <QRegularExpression>

namespace Diagnosis {

namespace {

// One wording of a remote verdict. Capture groups (0 = not captured) give the domain, IP,
// policy and result; `fixedResult` is used when the wording itself is the result.
struct VerdictPattern
{
    const char *check;
    const char *pattern;
    const char *fixedResult; // nullptr: take it from resultGroup
    int domainGroup;
    int ipGroup;
    int policyGroup;
    int resultGroup;
};

const std::vector<VerdictPattern> &patterns()
{
    static const std::vector<VerdictPattern> table{
        // Gmail 5.7.26/5.7.27 "Authentication results: DKIM = did not pass SPF [example.org] with
        // ip: [192.0.2.44] = did not pass" (support.google.com/mail/answer/81126).
        {"spf", R"(spf \[([^\]\s]+)\] with ip: \[([^\]\s]+)\] = (did not pass|passed|pass))", nullptr, 1, 2, 0, 3},
        {"dkim", R"(dkim(?: \[([^\]\s]+)\])? = (did not pass|passed|pass))", nullptr, 1, 0, 0, 2},
        // Gmail and Yahoo: "requires all senders to authenticate with either SPF or DKIM" means
        // neither passed (support.google.com/mail/answer/81126, senders.yahooinc.com/smtp-error-codes).
        {"spf", R"(sender is unauthenticated|requires all senders to authenticate)", "fail", 0, 0, 0, 0},
        {"dkim", R"(sender is unauthenticated|requires all senders to authenticate)", "fail", 0, 0, 0, 0},
        // Gmail 5.7.26 DMARC: "Unauthenticated email from example.org is not accepted due to
        // domain's DMARC policy" (support.google.com/mail/answer/2451690).
        {"dmarc", R"(unauthenticated email from ([a-z0-9.\-]+) is not accepted due to\s+(?:\d{3}[ \-](?:\d\.\d\.\d+ )?)?domain'?s dmarc policy)", "fail", 1, 0, 0, 0},
        // Microsoft 5.7.509: "sending domain [EXAMPLE.ORG] does not pass DMARC verification and has a
        // DMARC policy of reject" (learn.microsoft.com, "Fix NDR error 550 5.7.509").
        {"dmarc", R"(sending domain \[?([a-z0-9.\-]+)\]? does not pass dmarc verification(?: and has a dmarc policy of (\w+))?)", "fail", 1, 0, 2, 0},
        // Microsoft 5.7.23: "rejected because of Sender Policy Framework violation" (learn.microsoft.com,
        // "Fix NDR error 550 5.7.23"); generic "SPF check failed/SPF validation failed".
        {"spf", R"(sender policy framework violation|spf (?:check|validation|authentication) (?:failed|fail)|failed spf|spf (?:hard)?fail)", "fail", 0, 0, 0, 0},
        // Gmail 5.7.25: "[192.0.2.44] The IP address sending this message does not have a PTR record
        // setup" (support.google.com/mail/answer/81126); generic "reverse DNS" wordings.
        {"ptr", R"((?:\[([0-9a-f.:]+)\]\s+)?the ip address sending this message does not have a (?:ptr|reverse dns) record)", "fail", 0, 1, 0, 0},
        {"ptr", R"((?:no|missing|without) (?:ptr|reverse dns|rdns)(?: record)?|reverse (?:dns|lookup) (?:failed|missing|mismatch)|cannot find your hostname|client host rejected: cannot find your reverse hostname)", "fail", 0, 0, 0, 0},
        // Postfix reject_rbl_client: "Client host [192.0.2.44] blocked using zen.spamhaus.org" (postconf(5)).
        {"dnsbl", R"(client host \[([0-9a-f.:]+)\] blocked using ([a-z0-9.\-]+))", "listed", 2, 1, 0, 0},
        {"dnsbl", R"(listed (?:at|on|in|by) ([a-z0-9\-]+\.[a-z0-9.\-]+))", "listed", 1, 0, 0, 0},
    };
    return table;
}

const QRegularExpression &compiled(std::size_t index)
{
    static const std::vector<QRegularExpression> res = [] {
        std::vector<QRegularExpression> out;
        for (const VerdictPattern &p : patterns())
            out.emplace_back(QString::fromLatin1(p.pattern), QRegularExpression::CaseInsensitiveOption);
        return out;
    }();
    return res.at(index);
}

QString normaliseResult(const QString &raw)
{
    const QString r = raw.toLower();
    if (r == QLatin1String("did not pass"))
        return QStringLiteral("fail");
    if (r == QLatin1String("passed"))
        return QStringLiteral("pass");
    return r;
}

QString group(const QRegularExpressionMatch &m, int index)
{
    return index > 0 ? m.captured(index).toLower().remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString();
}

bool alreadyHave(const QList<RemoteVerdict> &list, const QString &check)
{
    for (const RemoteVerdict &v : list) {
        if (v.check == check)
            return true;
    }
    return false;
}

} // namespace

QList<RemoteVerdict> RemoteVerdictParser::fromReplyText(const QString &text, const Evidence &base)
{
    // Gmail breaks its reply over "550-5.7.26" continuation lines; fold them so phrases match.
    static const QRegularExpression continuation(QStringLiteral(R"(\s*\b[245]\d\d[ \-][245]\.\d\.\d{1,3}\s+)"));
    QString folded = text;
    folded.replace(continuation, QStringLiteral(" "));
    folded = folded.simplified();
    QList<RemoteVerdict> out;
    for (std::size_t i = 0; i < patterns().size(); ++i) {
        const VerdictPattern &p = patterns()[i];
        const QString check = QString::fromLatin1(p.check);
        if (alreadyHave(out, check)) // the first (most specific) wording of a check wins
            continue;
        const QRegularExpressionMatch m = compiled(i).match(folded);
        if (!m.hasMatch())
            continue;
        RemoteVerdict v;
        v.check = check;
        v.result = p.fixedResult ? QString::fromLatin1(p.fixedResult) : normaliseResult(m.captured(p.resultGroup));
        v.domain = group(m, p.domainGroup);
        v.ip = group(m, p.ipGroup);
        v.policy = group(m, p.policyGroup);
        v.evidence = base;
        v.evidence.value = m.captured(0);
        v.evidence.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The receiving server reported: \"%1\"."), {m.captured(0)});
        out.append(v);
    }
    return out;
}

QList<RemoteVerdict> RemoteVerdictParser::fromAuthenticationResults(const QString &value, const Evidence &base)
{
    // RFC 8601 2.2: resinfo = method "=" result *( ptype "." property "=" pvalue ).
    static const QRegularExpression method(
        QStringLiteral(R"(\b(spf|dkim|dmarc|iprev)\s*=\s*(pass|fail|softfail|neutral|none|temperror|permerror|policy)\b([^;]*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prop(QStringLiteral(R"(\b(smtp\.mailfrom|header\.d|header\.from|header\.i|policy\.ip|smtp\.remote-ip)\s*=\s*([^\s;()]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<RemoteVerdict> out;
    for (auto it = method.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        RemoteVerdict v;
        v.check = m.captured(1).toLower() == QLatin1String("iprev") ? QStringLiteral("ptr") : m.captured(1).toLower();
        v.result = m.captured(2).toLower();
        for (auto pit = prop.globalMatch(m.captured(3)); pit.hasNext();) {
            const QRegularExpressionMatch pm = pit.next();
            const QString name = pm.captured(1).toLower();
            QString val = pm.captured(2).toLower();
            if (name == QLatin1String("smtp.mailfrom") || name == QLatin1String("header.i"))
                val = val.section(QLatin1Char('@'), -1);
            if (name.endsWith(QLatin1String("ip")))
                v.ip = val;
            else if (v.domain.isEmpty())
                v.domain = val;
        }
        v.evidence = base;
        v.evidence.value = m.captured(0).trimmed();
        v.evidence.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "Authentication-Results recorded: \"%1\"."), {v.evidence.value});
        out.append(v);
    }
    return out;
}

} // namespace Diagnosis
