// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsblChecker.h"

#include <QMap>

#include "auth/common/DomainCheckQueries.h"
#include "dns/DnsName.h"

namespace Auth {

namespace {

using State = DnsblResult::State;

bool zoneIs(const QString &zone, const char *name)
{
    return Dns::DnsName::isSubdomainOf(zone, QLatin1String(name));
}

// Spamhaus "return codes" page: 127.0.0.2-11 for ZEN (SBL, CSS, XBL, DROP, PBL), 127.0.1.x for
// DBL; 127.255.255.252/254/255 are errors (typo in the query, query through a public/open
// resolver, excessive queries) and never mean "listed".
DnsblCodeMeaning spamhaus(quint8 c, quint8 d)
{
    if (c == 255 && d == 255) return {State::Refused, QStringLiteral("query refused: excessive number of queries")};
    if (c == 255 && d == 254) return {State::Refused, QStringLiteral("query refused: public/open resolver (use a DQS key or own resolver)")};
    if (c == 255 && d == 252) return {State::Refused, QStringLiteral("query refused: malformed query (typo in zone)")};
    if (c == 255) return {State::Refused, QStringLiteral("query refused (error code)")};
    static const QMap<int, const char *> zen{
        {2, "SBL: Spamhaus block list (spam source)"}, {3, "SBL CSS: snowshoe spam"},
        {4, "XBL: exploited / infected host (CBL)"}, {5, "XBL"}, {6, "XBL"}, {7, "XBL"},
        {9, "SBL DROP/EDROP: hijacked netblock"}, {10, "PBL: end-user range, ISP policy (not a spam listing)"},
        {11, "PBL: end-user range, Spamhaus policy (not a spam listing)"}};
    static const QMap<int, const char *> dbl{
        {2, "DBL: spam domain"}, {4, "DBL: phishing domain"}, {5, "DBL: malware domain"},
        {6, "DBL: botnet C&C domain"}, {102, "DBL: abused legit domain (spam)"},
        {103, "DBL: abused redirector/URL shortener"}, {104, "DBL: abused legit domain (phishing)"},
        {105, "DBL: abused legit domain (malware)"}, {106, "DBL: abused legit domain (botnet C&C)"}};
    const QMap<int, const char *> &table = c == 1 ? dbl : zen;
    const char *meaning = (c == 0 || c == 1) ? table.value(d, nullptr) : nullptr;
    return {State::Listed, meaning ? QString::fromLatin1(meaning) : QStringLiteral("listed (code not documented)")};
}

DnsblCodeMeaning sorbs(quint8 d)
{
    // SORBS closed in 2024; its zone is kept for old configurations.
    static const QMap<int, const char *> t{
        {2, "HTTP proxy"}, {3, "SOCKS proxy"}, {4, "misc proxy"}, {5, "open SMTP relay"},
        {6, "spam source"}, {7, "vulnerable web server"}, {8, "blocked on request of the owner"},
        {9, "zombie/hijacked network"}, {10, "dynamic IP range"}, {11, "bad mail server config"},
        {12, "domain sends no mail"}, {14, "no server should be here"}};
    return {State::Listed, QString::fromLatin1(t.value(d, "listed"))};
}

// SURBL multi: a bit mask in the last octet; 127.0.0.1 means the querier is blocked.
DnsblCodeMeaning surbl(quint8 d)
{
    if (d == 1)
        return {State::Refused, QStringLiteral("query refused: querier blocked")};
    QStringList parts;
    if (d & 8) parts << QStringLiteral("phishing");
    if (d & 16) parts << QStringLiteral("malware");
    if (d & 64) parts << QStringLiteral("abuse/spam");
    if (d & 128) parts << QStringLiteral("cracked site");
    return {State::Listed, parts.isEmpty() ? QStringLiteral("listed") : parts.join(QStringLiteral(", "))};
}

// Where each list explains a listing and takes removal requests (the lists' own pages).
QString delistingPage(const QString &zone)
{
    struct Page { const char *zone; const char *url; };
    static const Page pages[] = {
        {"spamhaus.org", "https://check.spamhaus.org/"},          // Spamhaus "IP and Domain Reputation Checker"
        {"spamhaus.net", "https://check.spamhaus.org/"},
        {"barracudacentral.org", "https://www.barracudacentral.org/rbl/removal-request"},
        {"spamcop.net", "https://www.spamcop.net/bl.shtml"},      // SpamCop listings expire by themselves (24 h)
        {"uceprotect.net", "https://www.uceprotect.net/en/rblcheck.php"},
        {"surbl.org", "https://www.surbl.org/surbl-analysis"},
        {"mailspike.net", "https://mailspike.org/anubis/lookup.html"},
        {"psbl.org", "https://psbl.org/remove"},
    };
    for (const Page &p : pages)
        if (zoneIs(zone, p.zone))
            return QString::fromLatin1(p.url);
    return QString();
}

// SpamCop (bl.spamcop.net FAQ), Barracuda (barracudacentral.org "Usage"), UCEPROTECT (its
// "Usage" page): 127.0.0.2 is the only listing code.
DnsblCodeMeaning singleCode(const QString &zone, quint8 c, quint8 d)
{
    if (c == 0 && d == 2)
        return {State::Listed, zoneIs(zone, "uceprotect.net") ? QStringLiteral("listed (UCEPROTECT level of this zone)")
                                                              : QStringLiteral("listed")};
    return {State::Listed, QStringLiteral("listed (code 127.%1.%2 not documented by the list)").arg(c).arg(d)};
}

Finding make(const char *id, Severity severity, const QString &message, const QString &evidence,
             const QString &fix = {})
{
    return Finding{QString::fromLatin1(id), severity, message, evidence, fix};
}

} // namespace

DnsblChecker::DnsblChecker(const DomainCheckQueries &queries) : m_queries(queries) {}

QList<DnsblZone> DnsblChecker::defaultZones()
{
    return {{QStringLiteral("zen.spamhaus.org"), DnsblZone::Kind::Ip},
            {QStringLiteral("b.barracudacentral.org"), DnsblZone::Kind::Ip},
            {QStringLiteral("bl.spamcop.net"), DnsblZone::Kind::Ip},
            {QStringLiteral("dnsbl-1.uceprotect.net"), DnsblZone::Kind::Ip},
            {QStringLiteral("dbl.spamhaus.org"), DnsblZone::Kind::Domain},
            {QStringLiteral("multi.surbl.org"), DnsblZone::Kind::Domain}};
}

DnsblZone DnsblChecker::zoneFromName(const QString &name)
{
    const QString zone = Dns::DnsName::normalize(name);
    const bool domainList = zoneIs(zone, "dbl.spamhaus.org") || zoneIs(zone, "surbl.org")
        || zoneIs(zone, "uribl.com") || zoneIs(zone, "rhsbl.sorbs.net") || zone.contains(QLatin1String("rhsbl"))
        || zone.contains(QLatin1String("dbl."));
    return {zone, domainList ? DnsblZone::Kind::Domain : DnsblZone::Kind::Ip};
}

DnsblCodeMeaning DnsblChecker::interpret(const QString &zone, const QHostAddress &code)
{
    bool ok = false;
    const quint32 v = code.toIPv4Address(&ok);
    // RFC 5782 2.1: answers are in 127.0.0.0/8. Anything else is a broken or parked zone that
    // answers everything (this happened with expired lists), not a listing.
    if (!ok || (v >> 24) != 127)
        return {State::Refused, QStringLiteral("answer outside 127.0.0.0/8: list broken or retired")};
    const quint8 c = quint8(v >> 8);
    const quint8 d = quint8(v);
    const QString z = Dns::DnsName::normalize(zone);
    if (zoneIs(z, "spamhaus.org") || zoneIs(z, "spamhaus.net"))
        return spamhaus(c, d);
    if (zoneIs(z, "surbl.org"))
        return surbl(d);
    if (zoneIs(z, "sorbs.net"))
        return sorbs(d);
    if (c == 0 && d == 1) // RFC 5782 5: 127.0.0.1 is never listed; URIBL and others use it for "refused"
        return {State::Refused, QStringLiteral("query refused (127.0.0.1)")};
    if (zoneIs(z, "barracudacentral.org") || zoneIs(z, "spamcop.net") || zoneIs(z, "uceprotect.net"))
        return singleCode(z, c, d);
    return {State::Listed, QStringLiteral("listed")};
}

QList<DnsblResult> DnsblChecker::check(const QHostAddress &ip, const QString &domain, const QList<DnsblZone> &zones) const
{
    QString reversed = ip.isNull() ? QString() : Dns::DnsName::reverseName(ip);
    reversed.chop(reversed.endsWith(QLatin1String(".in-addr.arpa")) ? 13 : reversed.endsWith(QLatin1String(".ip6.arpa")) ? 9 : 0);
    QList<DnsblResult> results;
    QList<DnsQuestion> questions;
    for (const DnsblZone &z : zones) {
        const bool isIp = z.kind == DnsblZone::Kind::Ip;
        const QString subject = isIp ? reversed : Dns::DnsName::normalize(domain);
        if (subject.isEmpty())
            continue;
        DnsblResult r;
        r.zone = z;
        r.subject = isIp ? ip.toString() : subject;
        r.query = subject + QLatin1Char('.') + z.zone;
        results.append(r);
        questions.append({r.query, Dns::RrType::A});
    }
    const QList<Dns::Answer> answers = m_queries.all(questions);
    QList<DnsQuestion> reasons;
    for (int i = 0; i < results.size(); ++i) {
        DnsblResult &r = results[i];
        r.answer = answers.at(i);
        r.state = r.answer.isUnknown() ? State::Unknown : State::NotListed;
        for (const Dns::Record &rec : r.answer.records) {
            const DnsblCodeMeaning m = interpret(r.zone.zone, rec.address);
            r.codes.append(rec.address.toString());
            r.meanings.append(m.meaning);
            // A real listing wins over an error code in the same answer.
            if (m.state == State::Listed || r.state == State::NotListed)
                r.state = m.state;
        }
        if (r.state == State::Listed)
            reasons.append({r.query, Dns::RrType::TXT});
    }
    const QList<Dns::Answer> txt = m_queries.all(reasons);
    for (int i = 0, j = 0; i < results.size() && j < txt.size(); ++i) {
        if (results[i].state == State::Listed)
            results[i].reason = DomainCheckQueries::txtTexts(txt.at(j++)).join(QStringLiteral(" "));
    }
    return results;
}

QString DnsblChecker::stateName(DnsblResult::State state)
{
    switch (state) {
    case State::NotListed: return QStringLiteral("not-listed");
    case State::Listed: return QStringLiteral("listed");
    case State::Refused: return QStringLiteral("refused");
    case State::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

Findings DnsblChecker::findings(const QList<DnsblResult> &results)
{
    Findings out;
    for (const DnsblResult &r : results) {
        const QString evidence = DomainCheckQueries::evidence(r.answer)
            + (r.reason.isEmpty() ? QString() : QStringLiteral(" (") + r.reason + QLatin1Char(')'));
        if (r.state == State::Listed) {
            const QString page = delistingPage(r.zone.zone);
            out.append(make("dnsbl.listed", Severity::Error,
                            tr("%1 is listed on %2: %3.").arg(r.subject, r.zone.zone, r.meanings.join(QStringLiteral("; "))),
                            evidence,
                            page.isEmpty()
                                ? tr("Stop the cause (compromised account, open relay, bad list), then request delisting "
                                     "on the web site of %1.").arg(r.zone.zone)
                                : tr("Stop the cause (compromised account, open relay, bad list), then look up %1 and "
                                     "request delisting at %2").arg(r.subject, page)));
        } else if (r.state == State::Refused || r.state == State::Unknown) {
            out.append(make("dnsbl.error", Severity::Unknown,
                            r.state == State::Refused
                                ? tr("%1 refused the query for %2 (%3); this is not a listing.")
                                      .arg(r.zone.zone, r.subject, r.meanings.join(QStringLiteral("; ")))
                                : r.answer.outcome == Dns::Outcome::Refused
                                ? tr("The DNS server refused to ask %1 about %2 (REFUSED): unknown, not a listing.").arg(r.zone.zone, r.subject)
                                : r.answer.outcome == Dns::Outcome::ServFail
                                ? tr("The DNS server failed to get an answer from %1 about %2 (SERVFAIL): unknown, not a listing.").arg(r.zone.zone, r.subject)
                                : tr("%1 could not be asked about %2: no answer in time (%3).").arg(r.zone.zone, r.subject, Dns::outcomeName(r.answer.outcome)),
                            evidence,
                            tr("Query the list through your own resolver (public resolvers are often refused).")));
        }
    }
    if (out.isEmpty() && !results.isEmpty())
        out.append(make("dnsbl.ok", Severity::Ok,
                        results.size() == 1 ? tr("Not listed on %1.").arg(results.first().zone.zone)
                                            : tr("Not listed on any of the %n blocklists asked.", nullptr, int(results.size())),
                        QString()));
    return out;
}

} // namespace Auth
