// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckReportBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "auth/engine/CheckSection.h"

namespace Report {


State CheckReportBuilder::stateOf(Auth::Severity severity)
{
    switch (severity) {
    case Auth::Severity::Ok: return State::Ok;
    case Auth::Severity::Info: return State::Info;
    case Auth::Severity::Warning: return State::Warning;
    case Auth::Severity::Error: return State::Error;
    case Auth::Severity::Unknown: return State::Unknown;
    }
    return State::Unknown;
}

State CheckReportBuilder::stateOf(const Auth::Findings &findings)
{
    State worst = State::Ok;
    for (const Auth::Finding &f : findings) {
        const State s = stateOf(f.severity);
        if (stateBadness(s) > stateBadness(worst))
            worst = s;
    }
    return worst;
}

QString CheckReportBuilder::title(const QString &id)
{
    if (id == QLatin1String("spf")) return tr("SPF — who may send for the domain");
    if (id == QLatin1String("dkim")) return tr("DKIM — signing keys");
    if (id == QLatin1String("dmarc")) return tr("DMARC — policy for failing mail");
    if (id == QLatin1String("mx")) return tr("MX — where the domain receives mail");
    if (id == QLatin1String("ptr")) return tr("PTR — reverse name of the sending IP");
    if (id == QLatin1String("dnsbl")) return tr("Blocklists");
    if (id == QLatin1String("mta-sts")) return tr("MTA-STS — TLS required for mail to the domain");
    if (id == QLatin1String("tls-rpt")) return tr("TLS-RPT — reports about TLS failures");
    if (id == QLatin1String("bimi")) return tr("BIMI — brand logo");
    if (id == QLatin1String("dnssec")) return tr("DNSSEC — signed answers");
    return id;
}

QString CheckReportBuilder::whatWeChecked(const QString &id)
{
    if (id == QLatin1String("spf"))
        return tr("The TXT record of the domain and every include and redirect, counting DNS lookups against the limit of 10 (RFC 7208 §4.6.4).");
    if (id == QLatin1String("dkim"))
        return tr("The key records of the selectors named in the bounce, given in the settings, or common provider selectors. A failed selector lookup does not prove that DKIM is absent.");
    if (id == QLatin1String("dmarc"))
        return tr("The _dmarc record of the domain, then of its organizational domain (RFC 7489 §6.6.3), and report address authorizations.");
    if (id == QLatin1String("mx"))
        return tr("The MX records, null MX (RFC 7505) and whether each target resolves.");
    if (id == QLatin1String("ptr"))
        return tr("The PTR record of the sending IP and whether its name resolves back to the IP (FCrDNS).");
    if (id == QLatin1String("dnsbl"))
        return tr("The configured blocklists, for the sending IP and the domain. A list's error codes are not counted as listings.");
    if (id == QLatin1String("mta-sts"))
        return tr("The _mta-sts TXT record (RFC 8461 §3.1). The policy file served over HTTPS is not fetched.");
    if (id == QLatin1String("tls-rpt"))
        return tr("The _smtp._tls TXT record and its report address (RFC 8460 §3).");
    if (id == QLatin1String("bimi"))
        return tr("The default._bimi TXT record. The logo and its certificate are not fetched.");
    if (id == QLatin1String("dnssec"))
        return tr("Whether the DNS server marked the answers for the domain as validated (AD bit, RFC 4035 §3.2.3). Only a validating resolver sets it.");
    return QString();
}

QList<Check> CheckReportBuilder::pendingChecks(bool withIp)
{
    QList<Check> checks;
    // Every section of Auth::CheckEngine, so the app shows all that "check" reports.
    for (Auth::CheckSection section : Auth::allCheckSections()) {
        const QString key = Auth::checkSectionKey(section);
        Check c;
        c.id = key;
        c.title = title(key);
        c.state = (key == QLatin1String("ptr") && !withIp) ? State::NotChecked : State::Pending;
        if (c.state == State::NotChecked)
            c.verdict = tr("No sending IP is known, so there is no reverse name to check.");
        checks.append(c);
    }
    return checks;
}

Check CheckReportBuilder::build(const QString &id, const Auth::Findings &findings, const QJsonValue &details,
                                const QString &server)
{
    Check c;
    c.id = id;
    c.title = title(id);
    c.state = stateOf(findings);
    c.server = server;
    c.checkedAt = QDateTime::currentDateTimeUtc();
    c.whatWeChecked = whatWeChecked(id);
    for (const Auth::Finding &f : findings) {
        // A finding's Copy box holds only Auth::Finding::records (written by Dns::ZoneRecord),
        // never text cut out of a sentence.
        c.findings.append({stateOf(f.severity), f.id, f.message, f.evidence, f.fix, f.recordText()});
        if (c.verdict.isEmpty() && stateOf(f.severity) == c.state)
            c.verdict = f.message;
    }
    if (c.verdict.isEmpty())
        c.verdict = findings.isEmpty() ? tr("Nothing to report.") : tr("No problem found.");
    const QJsonDocument doc = details.isObject() ? QJsonDocument(details.toObject()) : QJsonDocument(details.toArray());
    if (!details.isNull() && !details.isUndefined())
        c.details = QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return c;
}

} // namespace Report
