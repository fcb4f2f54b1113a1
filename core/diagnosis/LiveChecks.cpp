// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveChecks.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"
#include "dns/DnsName.h"
#include "dns/LookupPool.h"

namespace Diagnosis {

namespace {

void skip(LiveCheckResults &out, const char *check, const char *why, QStringList args = {})
{
    out.skipped.append(SkippedCheck{QString::fromLatin1(check), Text(why, std::move(args))});
}

// Counts progress for the callback; the total is fixed up front from the plan.
struct Progress
{
    const ProgressCallback &callback;
    int total = 0;
    int done = 0;
    void step(LiveCheckResults &out, const QString &check)
    {
        out.ran.append(check);
        ++done;
        if (callback)
            callback(check, done, total);
    }
};

} // namespace

LiveChecks::LiveChecks(Dns::Resolver &resolver, Dns::LookupPool *pool, const Auth::PublicSuffix &psl)
    : m_resolver(resolver), m_pool(pool), m_psl(psl)
{
}

bool LiveChecks::talksOfBlocking(const BounceFacts &facts)
{
    // Blocklist wording of Spamhaus, Postfix reject_rbl_client, Microsoft S3150/5.7.606-649,
    // Yahoo TSS04/PH01, Comcast BL000001 (providers' published bounce pages).
    static const QRegularExpression words(QStringLiteral(
        R"(blocked (?:using|by)|black ?list|block ?list|\blisted\b|spamhaus|spamcop|barracuda|\brbl\b|dnsbl|reputation|banned)"));
    for (const RecipientFacts &r : facts.recipients) {
        if (r.reason == Codes::Reason::Blocked || r.reason == Codes::Reason::BadReputation)
            return true;
        if (words.match(r.lowerText).hasMatch())
            return true;
    }
    return facts.remote(QStringLiteral("dnsbl")) != nullptr;
}

QList<Auth::DnsblZone> LiveChecks::dnsblZones(const BounceFacts &facts, const CheckOptions &options)
{
    if (!options.dnsblZones.isEmpty())
        return options.dnsblZones;
    QList<Auth::DnsblZone> named;
    for (const RemoteVerdict &v : facts.remoteSaw) {
        if (v.check == QLatin1String("dnsbl") && !v.domain.isEmpty())
            named.append(Auth::DnsblChecker::zoneFromName(v.domain));
    }
    return named.isEmpty() ? Auth::DnsblChecker::defaultZones() : named;
}

Auth::CheckEngine LiveChecks::engine() const
{
    return m_pool ? Auth::CheckEngine(*m_pool, m_psl) : Auth::CheckEngine(m_resolver, m_psl);
}

Auth::CheckRequest LiveChecks::senderRequest(const BounceFacts &facts, const CheckOptions &options)
{
    Auth::CheckRequest request;
    request.domain = facts.fromDomain.isEmpty() ? facts.spfDomain() : facts.fromDomain;
    request.ip = QHostAddress(facts.sendingIp);
    request.sender = QStringLiteral("postmaster@") + facts.spfDomain();
    request.selectors = options.selectors;
    request.dnsblZones = talksOfBlocking(facts) ? dnsblZones(facts, options) : QList<Auth::DnsblZone>{};
    // runSpf already does check_host for this IP and MAIL FROM domain (keeping the whole result
    // for the fix), and runDkim / runDkimKeys ask the returned signature's key under its own d=.
    // So the SPF section runs as linter only, and the DKIM section only for user selectors, or
    // to look for any key (common selectors) when the message carries no signature. The DNSSEC
    // summary is not a cause of a bounce.
    request.spfCheckHost = false;
    request.sections = {Auth::CheckSection::Spf, Auth::CheckSection::Dmarc, Auth::CheckSection::Mx,
                        Auth::CheckSection::Ptr, Auth::CheckSection::Dnsbl, Auth::CheckSection::MtaSts,
                        Auth::CheckSection::TlsRpt, Auth::CheckSection::Bimi};
    if (!options.selectors.isEmpty() || facts.dkimDomains.isEmpty())
        request.sections.append(Auth::CheckSection::Dkim);
    return request;
}

void LiveChecks::runSender(const BounceFacts &facts, const CheckOptions &options, LiveCheckResults &out) const
{
    const Auth::CheckRequest request = senderRequest(facts, options);
    if (request.dnsblZones.isEmpty())
        skip(out, "dnsbl", QT_TRANSLATE_NOOP("Diagnosis", "The reply does not talk of blocking, so blocklists were not asked."));
    if (request.ip.isNull())
        skip(out, "ptr", QT_TRANSLATE_NOOP("Diagnosis", "The sending IP is not known (the reply names none and no external Received hop came back)."));
    out.sender = engine().run(request);
    out.dnsUnreachable = out.sender->dnsUnreachable;
    out.ptr = out.sender->ptr;
    out.dnsbl = out.sender->dnsbl;
}

void LiveChecks::runSpf(const BounceFacts &facts, LiveCheckResults &out) const
{
    // RFC 7208 2.4/4.1: check_host(<ip>, <MAIL FROM domain>, <sender>) for *that* IP.
    Auth::SpfEvaluator spf(m_resolver);
    const QString domain = facts.spfDomain();
    out.spfIp = facts.sendingIp;
    out.spf = spf.checkHost(QHostAddress(facts.sendingIp), domain, QStringLiteral("postmaster@") + domain, QString());
}

void LiveChecks::runDkim(const BounceFacts &facts, LiveCheckResults &out) const
{
    // RFC 6376 6: verify on the raw bytes as returned. No time checks: the bounce may be old.
    Auth::DkimVerifier verifier(m_resolver);
    out.dkim = verifier.verify(facts.originalRaw);
    out.dkimVerified = true;
}

void LiveChecks::runDkimKeys(const BounceFacts &facts, LiveCheckResults &out) const
{
    // RFC 6376 3.6.2.1: the key of each returned signature sits at <s>._domainkey.<d>.
    QList<Auth::DkimSelector> selectors;
    for (qsizetype i = 0; i < facts.dkimDomains.size() && i < facts.dkimSelectors.size(); ++i) {
        if (!facts.dkimSelectors.at(i).isEmpty() && !facts.dkimDomains.at(i).isEmpty())
            selectors.append(Auth::DkimSelector{facts.dkimSelectors.at(i), Auth::DkimSelectorSource::Signature, facts.dkimDomains.at(i)});
    }
    if (selectors.isEmpty())
        return;
    out.dkimKeys = Auth::DkimKeyChecker(m_resolver).check(facts.dkimDomains.first(), selectors);
}

void LiveChecks::runDmarcEvaluation(const BounceFacts &facts, LiveCheckResults &out) const
{
    const Auth::DmarcDiscovery &d = out.sender->dmarc;
    Auth::DmarcEvaluationInput in;
    in.fromDomain = facts.fromDomain;
    if (out.spf)
        in.spf = Auth::DmarcAuthResult{Auth::spfResultName(out.spf->result), facts.spfDomain()};
    for (const Auth::DkimVerification &v : out.dkim)
        in.dkim.append(Auth::DmarcAuthResult{Auth::dkimResultName(v.result), v.signature.domain});
    if (!out.dkimVerified) {
        // Headers only: the signature's d= still decides alignment; its result is what the remote saw.
        const RemoteVerdict *remote = facts.remote(QStringLiteral("dkim"));
        for (const QString &d2 : facts.dkimDomains)
            in.dkim.append(Auth::DmarcAuthResult{remote ? remote->result : QStringLiteral("none"), d2});
    }
    if (d.status == Auth::DmarcDiscovery::Status::Found) {
        Auth::DmarcEvaluationInput in7489 = in;
        in7489.record = d.record;
        in7489.useSubdomainPolicy = d.useSubdomainPolicy;
        out.dmarc = Auth::DmarcEvaluator::evaluate(in7489, m_psl);
    }
    runDmarcRfc9989(facts, std::move(in), out);
}

void LiveChecks::runDmarcRfc9989(const BounceFacts &facts, Auth::DmarcEvaluationInput in, LiveCheckResults &out) const
{
    const Auth::DmarcDiscovery &d = out.sender->dmarc;
    const Auth::DmarcBisDiscovery &b = d.rfc9989;
    const QString from = Dns::DnsName::normalize(facts.fromDomain);
    if (from.isEmpty() || from != d.fromDomain)
        return; // the sender check ran for the SPF domain: no From to align with
    DmarcRfc9989Reading &r = out.dmarcRfc9989;
    // RFC 9989 4.10.2: the Organizational Domain of each identifier by its own tree walk. From's
    // walk is the sender check's (DmarcChecker::discover asked it); the others go out in one
    // batch through the pool, and names they share with From's walk come from the session cache.
    QStringList others;
    QStringList names{in.spf.domain};
    for (const Auth::DmarcAuthResult &sig : std::as_const(in.dkim))
        names.append(sig.domain);
    r.pslOrgDomains.insert(from, m_psl.organizationalDomain(from));
    r.orgDomains.insert(from, b.walk.tempError ? QString() : b.walk.organizationalDomain);
    for (const QString &name : std::as_const(names)) {
        const QString n = Dns::DnsName::normalize(name);
        if (n.isEmpty() || r.pslOrgDomains.contains(n))
            continue;
        r.pslOrgDomains.insert(n, m_psl.organizationalDomain(n));
        others.append(n);
    }
    if (!others.isEmpty())
        runOrgDomainWalks(others, r);
    if (b.status == Auth::DmarcBisDiscovery::Status::Found) {
        // 4.10.1: the record found by the walk; sp (or np for a non-existent author, 3.2.13)
        // when it is inherited from the Organizational or Public Suffix Domain; t=y in the
        // evaluation; pct is not applied.
        in.record = b.record;
        in.useSubdomainPolicy = b.inherited();
        in.authorNonexistent = b.authorExistence == Auth::DmarcBisDiscovery::Existence::NonExistent;
        r.evaluation = Auth::DmarcEvaluator::evaluateRfc9989(in, r.orgDomains);
    }
    r.differences = DmarcReadings::differences(d, out.dmarc, r);
}

void LiveChecks::runOrgDomainWalks(const QStringList &domains, DmarcRfc9989Reading &r) const
{
    // One batch for all walks (at most 8 names each, RFC 9989 4.10), each name asked once.
    const Auth::DomainCheckQueries queries = m_pool ? Auth::DomainCheckQueries(*m_pool) : Auth::DomainCheckQueries(m_resolver);
    const QHash<QString, Auth::DmarcTreeWalkResult> walks = Auth::DmarcChecker(queries, m_psl).organizationalDomains(domains);
    QStringList asked;
    for (auto it = walks.cbegin(); it != walks.cend(); ++it) {
        r.orgDomains.insert(it.key(), it->tempError ? QString() : it->organizationalDomain);
        for (const QString &t : Auth::DmarcTreeWalk::targets(it.key()))
            if (!asked.contains(t))
                asked.append(t);
    }
    r.walkQueries = int(asked.size());
}

void LiveChecks::runRecipientMx(const BounceFacts &facts, LiveCheckResults &out) const
{
    Auth::CheckRequest request;
    request.domain = facts.primary()->domain;
    request.sections = {Auth::CheckSection::Mx};
    request.probeServer = false; // the sender check tells whether the server answers at all
    out.recipientMx = engine().run(request).mx;
}

void LiveChecks::runIpOnly(const BounceFacts &facts, const CheckOptions &options, LiveCheckResults &out) const
{
    // A pasted line names the IP but no sender domain: PTR and blocklists still apply.
    Auth::CheckRequest request;
    request.ip = QHostAddress(facts.sendingIp);
    request.sections = {Auth::CheckSection::Ptr};
    if (talksOfBlocking(facts)) {
        request.sections.append(Auth::CheckSection::Dnsbl);
        request.dnsblZones = dnsblZones(facts, options);
    } else {
        skip(out, "dnsbl", QT_TRANSLATE_NOOP("Diagnosis", "The reply does not talk of blocking, so blocklists were not asked."));
    }
    const Auth::DomainCheckResult r = engine().run(request);
    out.ptr = r.ptr;
    out.dnsbl = r.dnsbl;
    // Only silence is "never answered": a garbage or mismatched reply came from a server.
    out.dnsUnreachable = out.ptr->status == Auth::PtrCheck::Status::Unknown && out.ptr->ptr.rcode < 0
        && !out.ptr->ptr.responded;
}

void LiveChecks::runSendingHost(const BounceFacts &facts, LiveCheckResults &out) const
{
    // A PTR fix names a host; whether that name already points at the IP decides whether the
    // fix is only the PTR, or would move a name that serves another address.
    const QString host = Dns::ZoneRecord::validName(facts.sendingHost);
    if (host.isEmpty() || !host.contains(QLatin1Char('.')))
        return;
    const bool v6 = QHostAddress(facts.sendingIp).protocol() == QAbstractSocket::IPv6Protocol;
    out.sendingHostAddress = m_resolver.query(host, v6 ? Dns::RrType::AAAA : Dns::RrType::A);
}

LiveCheckResults LiveChecks::run(const BounceFacts &facts, const CheckOptions &options) const
{
    LiveCheckResults out;
    const bool haveSender = !facts.spfDomain().isEmpty() || !facts.fromDomain.isEmpty();
    const bool haveIp = !QHostAddress(facts.sendingIp).isNull();
    const bool haveRecipient = facts.primary() && !facts.primary()->domain.isEmpty();
    const bool canVerify = facts.wholeOriginal && !facts.dkimDomains.isEmpty();
    if (!options.network) {
        for (const char *c : {"spf", "dkim", "dmarc", "mx", "ptr", "dnsbl"})
            skip(out, c, QT_TRANSLATE_NOOP("Diagnosis", "No network checks were asked for (--no-network)."));
        return out;
    }
    out.dnsServer = m_resolver.serverDescription();
    Progress progress{options.progress,
                      int(haveSender) * 2 + int(haveIp) + int(!facts.dkimDomains.isEmpty()) + int(haveRecipient)};
    if (haveRecipient) {
        runRecipientMx(facts, out);
        progress.step(out, QStringLiteral("recipient-mx"));
    } else {
        skip(out, "mx", QT_TRANSLATE_NOOP("Diagnosis", "The recipient domain is not known."));
    }
    if (!haveSender) {
        for (const char *c : {"spf", "dkim", "dmarc"})
            skip(out, c, QT_TRANSLATE_NOOP("Diagnosis", "The sender domain is not known: the bounce did not return the original message's headers."));
        if (haveIp) {
            runIpOnly(facts, options, out);
            runSendingHost(facts, out);
            progress.step(out, QStringLiteral("sending-ip"));
        } else {
            for (const char *c : {"ptr", "dnsbl"})
                skip(out, c, QT_TRANSLATE_NOOP("Diagnosis", "The sending IP is not known (the reply names none and no external Received hop came back)."));
        }
        return out;
    }
    runSender(facts, options, out);
    if (haveIp)
        runSendingHost(facts, out);
    progress.step(out, QStringLiteral("sender-domain"));
    if (haveIp) {
        runSpf(facts, out);
        progress.step(out, QStringLiteral("spf"));
    } else {
        skip(out, "spf", QT_TRANSLATE_NOOP("Diagnosis", "SPF needs the sending IP, which the bounce does not show."));
    }
    if (canVerify) {
        runDkim(facts, out);
        progress.step(out, QStringLiteral("dkim"));
    } else if (facts.dkimDomains.isEmpty()) {
        skip(out, "dkim", QT_TRANSLATE_NOOP("Diagnosis", "The returned message carries no DKIM-Signature to verify."));
    } else {
        skip(out, "dkim", QT_TRANSLATE_NOOP("Diagnosis", "Only the headers came back, so the signature cannot be verified; the key was looked up."));
        runDkimKeys(facts, out);
        progress.step(out, QStringLiteral("dkim-key"));
    }
    runDmarcEvaluation(facts, out);
    progress.step(out, QStringLiteral("dmarc"));
    return out;
}

} // namespace Diagnosis
