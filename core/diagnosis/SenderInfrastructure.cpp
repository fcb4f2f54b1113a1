// SPDX-License-Identifier: GPL-3.0-or-later
#include "SenderInfrastructure.h"

#include <QHostAddress>

#include "RuleHelpers.h"
#include "SendingIp.h"
#include "auth/common/PublicSuffix.h"

namespace Diagnosis {

namespace {

QStringList senderOrgs(const BounceFacts &facts, const Auth::PublicSuffix &psl)
{
    QStringList out;
    for (const QString &d : {facts.fromDomain, facts.returnPathDomain}) {
        const QString org = d.isEmpty() ? QString() : psl.organizationalDomain(d);
        if (!org.isEmpty() && !out.contains(org))
            out.append(org);
    }
    return out;
}

bool inOrgs(const QString &host, const QStringList &orgs, const Auth::PublicSuffix &psl)
{
    return !host.isEmpty() && host.contains(QLatin1Char('.')) && orgs.contains(psl.organizationalDomain(host));
}

std::optional<Evidence> byReverseName(const BounceFacts &facts, const LiveCheckResults &checks, const QStringList &orgs,
                                  const Auth::PublicSuffix &psl)
{
    if (!checks.ptr || QHostAddress(facts.sendingIp) != checks.ptr->ip)
        return std::nullopt;
    for (const Auth::PtrName &n : checks.ptr->names) {
        if (n.confirmed && inOrgs(n.name, orgs, psl))
            return RuleHelpers::dnsEvidence(n.forward, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is %2 (forward-confirmed reverse DNS), a host of your domain."),
                                                            {facts.sendingIp, n.name}));
    }
    return std::nullopt;
}

std::optional<Evidence> byMx(const BounceFacts &facts, const LiveCheckResults &checks)
{
    if (!checks.sender)
        return std::nullopt;
    const QHostAddress ip(facts.sendingIp);
    for (const Auth::MxHost &h : checks.sender->mx.hosts) {
        if (h.addresses.contains(ip))
            return RuleHelpers::dnsEvidence(h.a, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is an address of %2, a mail server (MX) of %3."),
                                                      {facts.sendingIp, h.host, checks.sender->mx.domain}));
    }
    return std::nullopt;
}

std::optional<Evidence> byReceivedChain(const BounceFacts &facts, const QStringList &orgs, const Auth::PublicSuffix &psl)
{
    const QList<Dsn::ReceivedHop> &hops = facts.received;
    // The hop in which the sending IP handed the message on: its own (from the chain), or for an
    // IP the receiver named, the newest hop of the returned copy (the last one before delivery).
    const int handOver = facts.sendingHop >= 0 ? facts.sendingHop : -1;
    const int ownIndex = handOver + 1; // the next older hop: recorded by the host that then sent it
    if (ownIndex < 0 || ownIndex >= hops.size())
        return std::nullopt;
    const QString by = SendingIp::hostName(hops.at(ownIndex).by);
    if (!inOrgs(by, orgs, psl))
        return std::nullopt;
    // With a hop of its own, the sending host must also call itself by a name of the domain.
    if (handOver >= 0 && !inOrgs(SendingIp::hostName(hops.at(handOver).from), orgs, psl))
        return std::nullopt;
    Evidence e;
    e.source = Evidence::Source::Header;
    e.field = QStringLiteral("Received");
    e.value = QStringLiteral("from %1 by %2").arg(hops.at(ownIndex).from, hops.at(ownIndex).by);
    e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The returned message passed through %1, a host of your domain, before %2 delivered it."),
                  {by, facts.sendingIp});
    return e;
}

} // namespace

std::optional<Evidence> SenderInfrastructure::tie(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl)
{
    if (facts.sendingIp.isEmpty())
        return std::nullopt;
    const QStringList orgs = senderOrgs(facts, psl);
    if (orgs.isEmpty())
        return std::nullopt;
    if (auto t = byReverseName(facts, checks, orgs, psl))
        return t;
    if (auto t = byMx(facts, checks))
        return t;
    return byReceivedChain(facts, orgs, psl);
}

} // namespace Diagnosis
