// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfEvaluator.h"

#include <optional>

#include <QDateTime>

#include "SpfMacro.h"
#include "SpfRecord.h"
#include "SpfRecordFetcher.h"
#include "dns/DnsName.h"

namespace Auth {

namespace {

using Dns::Outcome;
using Dns::RrType;
using Kind = SpfTerm::Kind;

struct Verdict
{
    Verdict() = default;
    Verdict(SpfResult r, QString why, QString term = QString())
        : result(r), problem(std::move(why)), matchedTerm(std::move(term)) {}

    SpfResult result = SpfResult::Neutral;
    QString problem;
    QString matchedTerm;
    QString explanation;
    bool explanationIsDefault = false;
};

// How one mechanism ended: it matched, it did not, or evaluation must stop with an error.
struct Match
{
    bool matched = false;
    std::optional<SpfResult> error;
    QString problem;
};

Match error(SpfResult result, const QString &problem) { return Match{false, result, problem}; }

// 4.3: a domain that is not a syntactically valid multi-label name gives "none".
bool isCheckableDomain(const QString &domain)
{
    return Dns::DnsName::isValid(domain) && domain.contains(QLatin1Char('.'))
        && !domain.startsWith(QLatin1Char('['));
}

// The state of one check_host() run, shared by its recursions (includes and redirects).
class Run
{
public:
    Run(Dns::Resolver &resolver, const SpfCheckParams &params);
    Verdict evaluate(const QString &domain, SpfTraceNode *node, bool wantExplanation, int depth);

    int lookups = 0;
    int voids = 0;

private:
    Match matchTerm(const SpfTerm &term, const QString &domain, SpfTraceNode *node, int depth);
    Match matchInclude(const QString &target, SpfTraceNode *node, int depth);
    Match matchAddresses(const QString &target, int cidr4, int cidr6, SpfTraceNode *node, bool countVoids = true);
    Match matchMx(const QString &target, int cidr4, int cidr6, SpfTraceNode *node);
    Match matchPtr(const QString &target, SpfTraceNode *node);
    Match matchExists(const QString &target, SpfTraceNode *node);
    std::optional<Match> countVoid(const Dns::Answer &answer, SpfTraceNode *node);
    bool inNetwork(const QHostAddress &address, int cidr4, int cidr6) const;
    QStringList validatedNames();
    QString validatedNameFor(const QString &domain);
    QString explain(const SpfRecord &record, const QString &domain);
    SpfMacroContext macros(const QString &domain);

    Dns::Resolver &m_resolver;
    SpfCheckParams m_params;
    bool m_v4 = true;
    QString m_localPart;
    QString m_senderDomain;
    std::optional<QStringList> m_validated;
};

Run::Run(Dns::Resolver &resolver, const SpfCheckParams &params)
    : m_resolver(resolver)
    , m_params(params)
{
    bool isV4 = false;
    const quint32 v4 = params.ip.toIPv4Address(&isV4);
    m_v4 = isV4;
    if (isV4)
        m_params.ip = QHostAddress(v4); // ::ffff:a.b.c.d is an IPv4 client
    QString sender = params.sender.isEmpty() ? QStringLiteral("postmaster@") + params.helo : params.sender;
    const int at = sender.lastIndexOf(QLatin1Char('@'));
    m_localPart = at < 0 ? QString() : sender.left(at);
    m_senderDomain = at < 0 ? sender : sender.mid(at + 1);
    if (m_localPart.isEmpty())
        m_localPart = QStringLiteral("postmaster"); // 4.3
    if (m_params.timestamp < 0)
        m_params.timestamp = QDateTime::currentSecsSinceEpoch();
}

SpfMacroContext Run::macros(const QString &domain)
{
    SpfMacroContext ctx;
    ctx.ip = m_params.ip;
    ctx.localPart = m_localPart;
    ctx.senderDomain = m_senderDomain;
    ctx.domain = domain;
    ctx.helo = m_params.helo;
    ctx.receiver = m_params.receiver;
    ctx.timestamp = m_params.timestamp;
    ctx.validatedName = [this, domain]() { return validatedNameFor(domain); };
    return ctx;
}

bool Run::inNetwork(const QHostAddress &address, int cidr4, int cidr6) const
{
    if (m_v4 != (address.protocol() == QAbstractSocket::IPv4Protocol))
        return false;
    const int prefix = m_v4 ? (cidr4 < 0 ? 32 : cidr4) : (cidr6 < 0 ? 128 : cidr6);
    return m_params.ip.isInSubnet(address, prefix);
}

// 4.6.4: NXDOMAIN or an empty answer is a "void lookup"; more than two => permerror.
std::optional<Match> Run::countVoid(const Dns::Answer &answer, SpfTraceNode *node)
{
    if (answer.outcome != Outcome::NxDomain && answer.outcome != Outcome::NoData)
        return std::nullopt;
    ++voids;
    ++node->voidLookups;
    if (voids > m_params.voidLookupLimit)
        return error(SpfResult::PermError, QStringLiteral("more than %1 void DNS lookups").arg(m_params.voidLookupLimit));
    return std::nullopt;
}

Match Run::matchAddresses(const QString &target, int cidr4, int cidr6, SpfTraceNode *node, bool countVoids)
{
    const Dns::Answer answer = m_resolver.query(target, m_v4 ? RrType::A : RrType::AAAA);
    node->query = Dns::rrTypeName(answer.type) + QLatin1Char(' ') + target;
    node->detail = Dns::outcomeName(answer.outcome);
    if (answer.isUnknown()) // 5: a DNS error during a mechanism => temperror
        return error(SpfResult::TempError, QStringLiteral("DNS %1 for %2").arg(node->detail, node->query));
    if (countVoids) {
        if (auto v = countVoid(answer, node))
            return *v;
    }
    for (const Dns::Record &r : answer.records) {
        if (inNetwork(r.address, cidr4, cidr6))
            return Match{true, std::nullopt, QString()};
    }
    return Match{};
}

Match Run::matchMx(const QString &target, int cidr4, int cidr6, SpfTraceNode *node)
{
    const Dns::Answer answer = m_resolver.query(target, RrType::MX);
    node->query = QStringLiteral("MX ") + target;
    node->detail = Dns::outcomeName(answer.outcome);
    if (answer.isUnknown())
        return error(SpfResult::TempError, QStringLiteral("DNS %1 for %2").arg(node->detail, node->query));
    if (auto v = countVoid(answer, node))
        return *v;
    // 4.6.4: at most 10 MX names may be looked up; more is a permerror.
    if (answer.records.size() > 10)
        return error(SpfResult::PermError, QStringLiteral("%1 has more than 10 MX records").arg(target));
    for (const Dns::Record &mx : answer.records) {
        if (mx.target.isEmpty() || mx.target == QLatin1String("."))
            continue; // null MX (RFC 7505)
        SpfTraceNode child;
        // The host lookups of one "mx" term are not separate void lookups.
        const Match m = matchAddresses(mx.target, cidr4, cidr6, &child, false);
        if (m.error && *m.error == SpfResult::TempError)
            return m;
        if (m.matched)
            return m;
    }
    return Match{};
}

QStringList Run::validatedNames()
{
    if (m_validated)
        return *m_validated;
    QStringList names;
    const Dns::Answer ptr = m_resolver.query(Dns::DnsName::reverseName(m_params.ip), RrType::PTR);
    // 4.6.4: only the first 10 PTR names are looked up; 5.5: DNS errors skip the name.
    for (int i = 0; i < ptr.records.size() && i < 10; ++i) {
        const QString name = ptr.records.at(i).target;
        const Dns::Answer forward = m_resolver.query(name, m_v4 ? RrType::A : RrType::AAAA);
        for (const Dns::Record &r : forward.records) {
            if (r.address.isEqual(m_params.ip, QHostAddress::TolerantConversion)) {
                names.append(name);
                break;
            }
        }
    }
    m_validated = names;
    return names;
}

// 7.3 "p": the validated name equal to or below the domain, else any validated name.
QString Run::validatedNameFor(const QString &domain)
{
    const QStringList names = validatedNames();
    for (const QString &n : names) {
        if (n == Dns::DnsName::normalize(domain))
            return n;
    }
    for (const QString &n : names) {
        if (Dns::DnsName::isSubdomainOf(n, domain))
            return n;
    }
    return names.isEmpty() ? QStringLiteral("unknown") : names.first();
}

Match Run::matchPtr(const QString &target, SpfTraceNode *node)
{
    node->query = QStringLiteral("PTR ") + Dns::DnsName::reverseName(m_params.ip);
    const QStringList names = validatedNames();
    node->detail = names.isEmpty() ? QStringLiteral("no validated name") : names.join(QLatin1Char(' '));
    for (const QString &name : names) {
        if (Dns::DnsName::isSubdomainOf(name, target))
            return Match{true, std::nullopt, QString()};
    }
    return Match{};
}

Match Run::matchExists(const QString &target, SpfTraceNode *node)
{
    // 5.7: always an A query, whatever the client's address family.
    const Dns::Answer answer = m_resolver.query(target, RrType::A);
    node->query = QStringLiteral("A ") + target;
    node->detail = Dns::outcomeName(answer.outcome);
    if (answer.isUnknown())
        return error(SpfResult::TempError, QStringLiteral("DNS %1 for %2").arg(node->detail, node->query));
    if (auto v = countVoid(answer, node))
        return *v;
    return Match{!answer.records.isEmpty(), std::nullopt, QString()};
}

Match Run::matchInclude(const QString &target, SpfTraceNode *node, int depth)
{
    const Verdict sub = evaluate(target, node, false, depth + 1);
    switch (sub.result) {
    case SpfResult::Pass: return Match{true, std::nullopt, QString()};
    case SpfResult::Fail:
    case SpfResult::SoftFail:
    case SpfResult::Neutral: return Match{};
    case SpfResult::TempError: return error(SpfResult::TempError, sub.problem);
    case SpfResult::PermError: return error(SpfResult::PermError, sub.problem);
    case SpfResult::None: // 5.2: an include of a domain without SPF record is a permerror
        return error(SpfResult::PermError, QStringLiteral("include:%1 has no SPF record").arg(target));
    }
    return Match{};
}

Match Run::matchTerm(const SpfTerm &term, const QString &domain, SpfTraceNode *node, int depth)
{
    if (term.countsAsLookup()) {
        ++lookups;
        node->lookups = 1;
        if (lookups > m_params.lookupLimit)
            return error(SpfResult::PermError, QStringLiteral("more than %1 DNS lookups (at \"%2\")").arg(m_params.lookupLimit).arg(term.text));
    }
    const QString target = term.domainSpec.isEmpty() ? domain : SpfMacro::expandDomain(term.domainSpec, macros(domain));
    switch (term.kind) {
    case Kind::All: return Match{true, std::nullopt, QString()};
    case Kind::Ip4:
    case Kind::Ip6: return Match{inNetwork(term.network, term.cidr4, term.cidr6), std::nullopt, QString()};
    case Kind::A: return matchAddresses(target, term.cidr4, term.cidr6, node);
    case Kind::Mx: return matchMx(target, term.cidr4, term.cidr6, node);
    case Kind::Ptr: return matchPtr(target, node);
    case Kind::Exists: return matchExists(target, node);
    case Kind::Include: return matchInclude(target, node, depth);
    default: return Match{};
    }
}

QString Run::explain(const SpfRecord &record, const QString &domain)
{
    const SpfTerm *exp = record.explanation();
    if (!exp)
        return QString();
    const QString target = SpfMacro::expandDomain(exp->domainSpec, macros(domain));
    const Dns::Answer answer = m_resolver.query(target, RrType::TXT);
    // 6.2: no explanation on any DNS problem, zero or several records, or a bad macro-string.
    if (answer.records.size() != 1)
        return QString();
    const QString text = QString::fromUtf8(answer.records.first().txt);
    if (!SpfMacro::isValid(text, true))
        return QString();
    return SpfMacro::expand(text, macros(domain), true);
}

Verdict Run::evaluate(const QString &domain, SpfTraceNode *node, bool wantExplanation, int depth)
{
    node->domain = Dns::DnsName::normalize(domain);
    if (!isCheckableDomain(domain) || depth > 20) {
        node->outcome = spfResultName(SpfResult::None);
        node->detail = QStringLiteral("not a valid domain name");
        return Verdict{SpfResult::None, node->detail};
    }
    const SpfRecordFetcher::Fetched fetched = SpfRecordFetcher::fetch(m_resolver, domain);
    node->query = fetched.query();
    node->record = fetched.record;
    Verdict verdict;
    if (fetched.status == SpfRecordFetcher::Status::DnsError) {
        verdict = Verdict{SpfResult::TempError, QStringLiteral("DNS %1 for %2").arg(Dns::outcomeName(fetched.answer.outcome), node->query)};
    } else if (fetched.status == SpfRecordFetcher::Status::None) {
        verdict = Verdict{SpfResult::None, QStringLiteral("no SPF record at %1").arg(node->domain)};
    } else if (fetched.status == SpfRecordFetcher::Status::Multiple) {
        verdict = Verdict{SpfResult::PermError, QStringLiteral("%1 publishes %2 SPF records").arg(node->domain).arg(fetched.records.size())};
    } else {
        const SpfRecord record = SpfRecord::parse(fetched.record);
        if (!record.isValid()) {
            verdict = Verdict{SpfResult::PermError, QStringLiteral("syntax error in \"%1\": %2").arg(record.errorTerm, record.error)};
        } else {
            verdict.result = SpfResult::Neutral; // 4.7: no match and no redirect
            bool decided = false;
            for (const SpfTerm &term : record.terms) {
                if (!term.isMechanism())
                    continue;
                SpfTraceNode child;
                child.term = term.text;
                const Match m = matchTerm(term, node->domain, &child, depth);
                child.outcome = m.error ? spfResultName(*m.error) : m.matched ? QStringLiteral("match") : QStringLiteral("no-match");
                if (m.error && child.detail.isEmpty())
                    child.detail = m.problem;
                node->children.append(child);
                if (m.error) {
                    verdict = Verdict{*m.error, m.problem, term.text};
                    decided = true;
                    break;
                }
                if (m.matched) {
                    verdict = Verdict{spfResultForQualifier(term.qualifier), QString(), term.text};
                    decided = true;
                    break;
                }
            }
            if (!decided && record.redirect()) {
                const SpfTerm &redirect = *record.redirect();
                SpfTraceNode child;
                child.term = redirect.text;
                ++lookups;
                child.lookups = 1;
                if (lookups > m_params.lookupLimit) {
                    verdict = Verdict{SpfResult::PermError, QStringLiteral("more than %1 DNS lookups (at \"%2\")").arg(m_params.lookupLimit).arg(redirect.text)};
                } else {
                    const QString target = SpfMacro::expandDomain(redirect.domainSpec, macros(node->domain));
                    // 6.1: the redirect target's result is the result; its exp= applies, ours does not.
                    verdict = evaluate(target, &child, wantExplanation, depth + 1);
                    if (verdict.result == SpfResult::None)
                        verdict = Verdict{SpfResult::PermError, QStringLiteral("redirect=%1 has no SPF record").arg(target)};
                }
                child.outcome = spfResultName(verdict.result);
                node->children.append(child);
                decided = true;
            } else if (verdict.result == SpfResult::Fail && wantExplanation) {
                verdict.explanation = explain(record, node->domain);
            }
        }
    }
    node->outcome = spfResultName(verdict.result);
    if (node->detail.isEmpty())
        node->detail = verdict.problem;
    for (const SpfTraceNode &child : node->children) {
        node->lookups += child.term.isEmpty() ? 0 : child.lookups;
        node->voidLookups += child.voidLookups;
    }
    return verdict;
}

} // namespace

SpfEvaluator::SpfEvaluator(Dns::Resolver &resolver)
    : m_resolver(resolver)
{
}

QString SpfEvaluator::defaultExplanation(const QString &domain, const QHostAddress &ip)
{
    return QStringLiteral("%1 does not designate %2 as a permitted sender (SPF fail)").arg(domain, ip.toString());
}

SpfCheckResult SpfEvaluator::checkHost(const QHostAddress &ip, const QString &domain, const QString &sender,
                                       const QString &helo)
{
    SpfCheckParams params;
    params.ip = ip;
    params.domain = domain;
    params.sender = sender;
    params.helo = helo;
    return checkHost(params);
}

SpfCheckResult SpfEvaluator::checkHost(const SpfCheckParams &params)
{
    Run run(m_resolver, params);
    SpfCheckResult result;
    result.domain = Dns::DnsName::normalize(params.domain);
    const Verdict verdict = run.evaluate(params.domain, &result.trace, true, 0);
    result.result = verdict.result;
    result.problem = verdict.problem;
    result.matchedTerm = verdict.matchedTerm;
    result.record = result.trace.record;
    result.lookups = run.lookups;
    result.voidLookups = run.voids;
    if (result.result == SpfResult::Fail) {
        result.explanation = verdict.explanation;
        if (result.explanation.isEmpty()) {
            result.explanation = defaultExplanation(result.domain, params.ip);
            result.explanationIsDefault = true;
        }
    }
    return result;
}

} // namespace Auth
