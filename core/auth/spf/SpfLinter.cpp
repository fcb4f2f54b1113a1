// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfLinter.h"

#include "SpfMacro.h"
#include "SpfRecord.h"
#include "SpfRecordFetcher.h"
#include "dns/DnsName.h"

namespace Auth {

namespace {

using Kind = SpfTerm::Kind;
using Dns::Outcome;
using Dns::RrType;

// What one record (with everything below it) costs and whether it can be replaced by addresses.
struct Cost
{
    int lookups = 0;
    bool flattenable = true;  // only ip4/ip6/a/mx/include without macros below
    QStringList networks;     // "ip4:192.0.2.1", ... when flattenable
};

QString tr(const char *text) { return QCoreApplication::translate("SpfLinter", text); }

QString evidenceFor(const QString &domain, const QString &record)
{
    return QStringLiteral("TXT %1: %2").arg(domain, record);
}

Finding finding(const QString &id, Severity severity, const QString &message, const QString &evidence,
                const QString &fix = QString())
{
    return Finding{id, severity, message, evidence, fix};
}

// Walks records depth-first in evaluation order, like check_host() would without an IP.
class Walker
{
public:
    Walker(Dns::Resolver &resolver, SpfLintResult *result) : m_resolver(resolver), m_result(result) {}
    Cost walk(const QString &domain, SpfTraceNode *node, const QString &via, int depth);
    QList<QPair<SpfTerm, Cost>> topTerms; // the top record's terms with their cost, for the fix
    QString breakingBranch;               // top-level term during which the count passed 10
    QString breakingTerm;
    QString breakingChain;                // records being walked when the count passed 10
    bool stopped = false;                 // the walk stopped at SpfLinter::maxWalkLookups
    int voids = 0;

private:
    Cost walkTerm(const SpfTerm &term, const QString &domain, SpfTraceNode *node, int depth);
    Cost addresses(const QString &name, SpfTraceNode *node, bool countVoid);
    void countLookup(const SpfTerm &term);
    void checkRecord(const QString &domain, const SpfRecord &record, const QString &raw);

    Dns::Resolver &m_resolver;
    SpfLintResult *m_result;
    QStringList m_stack;
    QString m_currentBranch;
    int m_depth0Terms = 0;
};

void Walker::countLookup(const SpfTerm &term)
{
    if (++m_result->lookups == 11 && breakingBranch.isEmpty()) {
        breakingBranch = m_currentBranch;
        breakingTerm = term.text;
        breakingChain = m_stack.join(QStringLiteral(" -> "));
    }
}

Cost Walker::addresses(const QString &name, SpfTraceNode *node, bool countVoid)
{
    Cost cost;
    for (RrType type : {RrType::A, RrType::AAAA}) {
        const Dns::Answer answer = m_resolver.query(name, type);
        node->query += (node->query.isEmpty() ? QString() : QStringLiteral(", ")) + Dns::rrTypeName(type) + QLatin1Char(' ') + name;
        if (answer.isUnknown())
            cost.flattenable = false;
        for (const Dns::Record &r : answer.records)
            cost.networks.append((type == RrType::A ? QStringLiteral("ip4:") : QStringLiteral("ip6:")) + r.address.toString());
    }
    if (countVoid && cost.networks.isEmpty() && cost.flattenable) {
        ++voids;
        ++node->voidLookups;
        node->detail = QStringLiteral("void lookup");
    }
    return cost;
}

Cost Walker::walkTerm(const SpfTerm &term, const QString &domain, SpfTraceNode *node, int depth)
{
    Cost cost;
    if (term.countsAsLookup()) {
        // Receivers stop at 10 (RFC 7208 4.6.4); the linter walks on a little further so that
        // the report can name the culprit branch and what it costs, then stops: a chain of
        // 1,000 nested includes must not cost 1,000 queries, nor a tree 1,000 levels deep.
        if (m_result->lookups >= SpfLinter::maxWalkLookups) {
            stopped = true;
            cost.flattenable = false;
            node->outcome = QStringLiteral("not-followed");
            node->detail = QStringLiteral("walk stopped after %1 lookups").arg(SpfLinter::maxWalkLookups);
            return cost;
        }
        countLookup(term);
        cost.lookups = 1;
    }
    const bool hasMacro = SpfMacro::containsMacro(term.domainSpec);
    const QString target = term.domainSpec.isEmpty() ? domain : Dns::DnsName::normalize(term.domainSpec);
    switch (term.kind) {
    case Kind::Ip4:
    case Kind::Ip6:
        cost.networks.append(term.text.mid(QStringLiteral("+-~?").contains(term.text.at(0)) ? 1 : 0));
        break;
    case Kind::A:
        if (hasMacro || term.cidr4 >= 0 || term.cidr6 >= 0)
            cost.flattenable = false;
        else
            cost.networks = addresses(target, node, true).networks;
        break;
    case Kind::Mx: {
        if (hasMacro || term.cidr4 >= 0 || term.cidr6 >= 0) {
            cost.flattenable = false;
            break;
        }
        const Dns::Answer mx = m_resolver.query(target, RrType::MX);
        node->query = QStringLiteral("MX ") + target;
        if (mx.outcome == Outcome::NxDomain || mx.outcome == Outcome::NoData) {
            ++voids;
            ++node->voidLookups;
            node->detail = QStringLiteral("void lookup");
        }
        if (mx.records.size() > 10) {
            m_result->findings.append(finding(QStringLiteral("spf.mx-too-many"), Severity::Error,
                tr("\"%1\" names %2 mail servers; receivers stop at 10 and return permerror (RFC 7208 4.6.4).").arg(term.text).arg(mx.records.size()),
                QStringLiteral("MX %1").arg(target)));
        }
        // 4.6.4: receivers look up at most 10 MX hosts (more is a permerror, reported above).
        for (const Dns::Record &r : mx.records.mid(0, 10)) {
            SpfTraceNode host;
            cost.networks += addresses(r.target, &host, false).networks;
        }
        cost.flattenable = !mx.isUnknown();
        break;
    }
    case Kind::Include:
    case Kind::Redirect:
        if (hasMacro) {
            cost.flattenable = false;
            break;
        }
        {
            const Cost sub = walk(target, node, term.text, depth + 1);
            cost.lookups += sub.lookups;
            cost.flattenable = sub.flattenable;
            cost.networks = sub.networks;
        }
        break;
    case Kind::All:
        break;
    default: // ptr, exists, unknown modifiers: cannot be written as addresses
        cost.flattenable = term.kind == Kind::UnknownModifier || term.kind == Kind::Exp;
        break;
    }
    node->lookups = cost.lookups;
    return cost;
}

void Walker::checkRecord(const QString &domain, const SpfRecord &record, const QString &raw)
{
    const QString evidence = evidenceFor(domain, raw);
    if (raw.toUtf8().size() > SpfLinter::maxRecordLength) {
        m_result->findings.append(finding(QStringLiteral("spf.record-too-long"), Severity::Warning,
            tr("The SPF record of %1 is %2 characters long; keep it under %3 so the DNS answer fits in 512 octets (RFC 7208 3.4).")
                .arg(domain).arg(raw.toUtf8().size()).arg(SpfLinter::maxRecordLength),
            evidence, tr("Replace address lists by an include: of a subdomain that holds them.")));
    }
    for (const SpfTerm &term : record.terms) {
        if (term.kind == Kind::Ptr) {
            m_result->findings.append(finding(QStringLiteral("spf.ptr-mechanism"), Severity::Warning,
                tr("%1 uses \"%2\": the ptr mechanism is slow, unreliable and SHOULD NOT be used (RFC 7208 5.5).").arg(domain, term.text),
                evidence, tr("Replace \"%1\" by ip4:/ip6: ranges or a: names of your sending servers.").arg(term.text)));
        }
        if (term.kind == Kind::All && (term.qualifier == QLatin1Char('+') || term.qualifier == QLatin1Char('?'))) {
            const bool pass = term.qualifier == QLatin1Char('+');
            m_result->findings.append(finding(QStringLiteral("spf.permissive-all"), pass ? Severity::Error : Severity::Warning,
                pass ? tr("%1 ends with \"%2\": every server on the Internet may send mail as this domain.").arg(domain, term.text)
                     : tr("%1 ends with \"%2\": mail from unlisted servers gets no SPF verdict (neutral).").arg(domain, term.text),
                evidence, tr("End the record with \"-all\" (or \"~all\" while testing).")));
        }
    }
}

Cost Walker::walk(const QString &domain, SpfTraceNode *node, const QString &via, int depth)
{
    Cost cost;
    cost.flattenable = false;
    node->domain = Dns::DnsName::normalize(domain);
    if (m_stack.contains(node->domain)) {
        node->outcome = QStringLiteral("error");
        node->detail = QStringLiteral("include loop");
        m_result->findings.append(finding(QStringLiteral("spf.include-loop"), Severity::Error,
            tr("\"%1\" leads back to %2: the includes form a loop, and receivers return permerror.").arg(via, node->domain),
            (m_stack + QStringList{node->domain}).join(QStringLiteral(" -> ")), tr("Remove \"%1\".").arg(via)));
        return cost;
    }
    const SpfRecordFetcher::Fetched fetched = SpfRecordFetcher::fetch(m_resolver, node->domain);
    node->query = fetched.query();
    node->record = fetched.record;
    node->outcome = QStringLiteral("error");
    node->detail = Dns::outcomeName(fetched.answer.outcome);
    const QString records = fetched.records.join(QStringLiteral(" | "));
    if (fetched.status == SpfRecordFetcher::Status::DnsError) {
        m_result->findings.append(finding(QStringLiteral("spf.dns-error"), Severity::Unknown,
            tr("The SPF record of %1 could not be read (%2); its state is unknown, retry later.").arg(node->domain, node->detail),
            QStringLiteral("%1: %2 (%3)").arg(node->query, node->detail, fetched.answer.server)));
        return cost;
    }
    if (fetched.status == SpfRecordFetcher::Status::None) {
        if (depth == 0) {
            m_result->findings.append(finding(QStringLiteral("spf.none"), Severity::Warning,
                tr("%1 publishes no SPF record: receivers cannot tell which servers may send its mail.").arg(node->domain),
                QStringLiteral("%1: %2").arg(node->query, node->detail),
                tr("Publish a TXT record at %1 listing your sending servers, e.g. \"v=spf1 mx -all\".").arg(node->domain)));
        } else {
            ++voids;
            ++node->voidLookups;
            m_result->findings.append(finding(QStringLiteral("spf.include-missing"), Severity::Error,
                tr("\"%1\" points to %2, which publishes no SPF record: receivers return permerror.").arg(via, node->domain),
                QStringLiteral("%1: %2").arg(node->query, node->detail),
                tr("Remove \"%1\" or correct the domain name.").arg(via)));
        }
        return cost;
    }
    if (fetched.status == SpfRecordFetcher::Status::Multiple) {
        m_result->findings.append(finding(QStringLiteral("spf.multiple-records"), Severity::Error,
            tr("%1 publishes %2 SPF records; receivers return permerror (RFC 7208 4.5).").arg(node->domain).arg(fetched.records.size()),
            evidenceFor(node->domain, records), QString())); // fix filled in by lint()
        return cost;
    }
    const SpfRecord record = SpfRecord::parse(fetched.record);
    if (!record.isValid()) {
        m_result->findings.append(finding(QStringLiteral("spf.syntax"), Severity::Error,
            tr("The SPF record of %1 has a syntax error at \"%2\" (%3); receivers return permerror.").arg(node->domain, record.errorTerm, record.error),
            evidenceFor(node->domain, fetched.record), tr("Correct or remove \"%1\".").arg(record.errorTerm)));
        return cost;
    }
    node->outcome = QStringLiteral("ok");
    node->detail.clear();
    checkRecord(node->domain, record, fetched.record);
    m_stack.append(node->domain);
    cost.flattenable = true;
    bool hasAll = false;
    for (const SpfTerm &term : record.terms)
        hasAll = hasAll || term.kind == Kind::All;
    for (const SpfTerm &term : record.terms) {
        if (term.kind == Kind::Exp || term.kind == Kind::UnknownModifier || (term.kind == Kind::Redirect && hasAll))
            continue; // 6.1: redirect is ignored when the record has "all"
        if (depth == 0)
            m_currentBranch = term.text;
        SpfTraceNode child;
        child.term = term.text;
        const Cost sub = walkTerm(term, node->domain, &child, depth);
        node->voidLookups += child.voidLookups;
        node->children.append(child);
        cost.lookups += sub.lookups;
        // Only "+" mechanisms can be copied into another record as addresses.
        const bool positive = term.qualifier == QLatin1Char('+') || term.kind == Kind::All || !term.isMechanism();
        cost.flattenable = cost.flattenable && sub.flattenable && positive;
        cost.networks += sub.networks;
        if (depth == 0)
            topTerms.append({term, sub});
    }
    m_stack.removeLast();
    node->lookups = cost.lookups;
    cost.networks.removeDuplicates();
    return cost;
}

// 4.5 fix: one record with every mechanism of the published ones, each once, one "all" at the end.
QString mergedRecord(const QStringList &records)
{
    QStringList terms;
    QString all;
    QString redirect;
    for (const QString &text : records) {
        for (const SpfTerm &term : SpfRecord::parse(text).terms) {
            if (term.kind == Kind::All && all.isEmpty())
                all = term.text;
            else if (term.kind == Kind::Redirect && redirect.isEmpty())
                redirect = term.text;
            else if (term.kind != Kind::All && term.kind != Kind::Redirect && !terms.contains(term.text, Qt::CaseInsensitive))
                terms.append(term.text);
        }
    }
    terms.prepend(QStringLiteral("v=spf1"));
    terms.append(all.isEmpty() ? (redirect.isEmpty() ? QStringLiteral("~all") : redirect) : all);
    return terms.join(QLatin1Char(' '));
}

// 4.6.4 fix: a/mx become their addresses, then the most expensive includes that hold only
// addresses are flattened until the record needs at most 10 lookups; other includes stay.
QString flattenedRecord(const QList<QPair<SpfTerm, Cost>> &terms, int limit, QStringList *flattened)
{
    QList<QPair<SpfTerm, Cost>> work = terms;
    int total = 0;
    for (auto &t : work) {
        if ((t.first.kind == Kind::A || t.first.kind == Kind::Mx) && t.second.flattenable) {
            flattened->append(t.first.text);
            t.second.lookups = 0;
        }
        total += t.second.lookups;
    }
    while (total > limit) {
        int best = -1;
        for (int i = 0; i < work.size(); ++i) {
            const bool candidate = work[i].second.flattenable && work[i].second.lookups > 0;
            if (candidate && (best < 0 || work[i].second.lookups > work[best].second.lookups))
                best = i;
        }
        if (best < 0)
            return QString();
        total -= work[best].second.lookups;
        work[best].second.lookups = 0;
        flattened->append(work[best].first.text);
    }
    QStringList out{QStringLiteral("v=spf1")};
    QString tail;
    for (const auto &t : work) {
        const bool replaced = flattened->contains(t.first.text);
        if (t.first.kind == Kind::All || (t.first.kind == Kind::Redirect && !replaced))
            tail = t.first.text;
        else if (replaced)
            for (const QString &n : t.second.networks)
                out.append(t.first.qualifier == QLatin1Char('+') ? n : t.first.qualifier + n);
        else
            out.append(t.first.text);
    }
    out.removeDuplicates();
    if (!tail.isEmpty())
        out.append(tail);
    return out.join(QLatin1Char(' '));
}

} // namespace

SpfLinter::SpfLinter(Dns::Resolver &resolver)
    : m_resolver(resolver)
{
}

SpfLintResult SpfLinter::lint(const QString &domain)
{
    SpfLintResult result;
    result.domain = Dns::DnsName::normalize(domain);
    Walker walker(m_resolver, &result);
    walker.walk(result.domain, &result.tree, QString(), 0);
    result.record = result.tree.record;
    result.voidLookups = walker.voids;
    for (Finding &f : result.findings) {
        if (f.id == QLatin1String("spf.multiple-records") && f.evidence.startsWith(QStringLiteral("TXT %1:").arg(result.domain))) {
            const QStringList records = f.evidence.section(QStringLiteral(": "), 1).split(QStringLiteral(" | "));
            f.fix = tr("Publish one record only, merging the others into it:");
            if (const auto merged = Dns::ZoneRecord::txt(result.domain, mergedRecord(records)))
                f.records.append(*merged);
        }
    }
    if (result.lookups > 10) {
        QStringList branches;
        int breakingCost = 0;
        for (const auto &t : walker.topTerms) {
            if (t.second.lookups > 0)
                branches.append(QStringLiteral("%1 (%2)").arg(t.first.text).arg(t.second.lookups));
            if (t.first.text == walker.breakingBranch)
                breakingCost = t.second.lookups;
        }
        QStringList flattened;
        // A stopped walk has not seen every address: no flattened record to copy then.
        const QString fixed = walker.stopped ? QString() : flattenedRecord(walker.topTerms, 10, &flattened);
        Finding tooMany{QStringLiteral("spf.too-many-lookups"), Severity::Error,
            (walker.stopped
                 ? tr("The SPF policy of %1 needs more than %2 DNS lookups (the check stopped counting there); receivers stop at 10 and return permerror (RFC 7208 4.6.4). "
                      "The limit is passed inside \"%3\" (at \"%4\"), a branch that costs %5 lookups or more.")
                 : tr("The SPF policy of %1 needs %2 DNS lookups; receivers stop at 10 and return permerror (RFC 7208 4.6.4). "
                      "The limit is passed inside \"%3\" (at \"%4\"), a branch that costs %5 lookups."))
                .arg(result.domain).arg(result.lookups).arg(walker.breakingBranch, walker.breakingTerm).arg(breakingCost),
            evidenceFor(result.domain, result.record) + QStringLiteral("; lookups per branch: ") + branches.join(QStringLiteral(", "))
                + QStringLiteral("; records walked at the 11th lookup: ") + walker.breakingChain,
            fixed.isEmpty() ? tr("Remove includes you no longer use, or move some senders to a subdomain with its own policy.")
                            : tr("Publish instead (addresses copied from %1; keep them up to date):").arg(flattened.join(QStringLiteral(", ")))};
        if (const auto record = fixed.isEmpty() ? std::nullopt : Dns::ZoneRecord::txt(result.domain, fixed))
            tooMany.records.append(*record);
        result.findings.append(tooMany);
    }
    if (result.voidLookups > 2) {
        result.findings.append(Finding{QStringLiteral("spf.void-lookups"), Severity::Error,
            tr("The SPF policy of %1 makes %2 lookups of names that do not exist or have no records; receivers allow 2 and return permerror (RFC 7208 4.6.4).")
                .arg(result.domain).arg(result.voidLookups),
            evidenceFor(result.domain, result.record), tr("Remove the mechanisms whose names no longer resolve.")});
    }
    if (result.findings.isEmpty() && SpfRecord::parse(result.record).authorizesNothing()) {
        // "v=spf1 -all" (RFC 7208 appendix A.1 style): correct for a domain that sends no
        // mail, and the reason every message from it fails SPF if it does send.
        result.findings.append(Finding{QStringLiteral("spf.sends-no-mail"), Severity::Info,
            tr("%1 publishes \"%2\": no server may send mail in its name. That is right for a domain that sends no mail; "
               "if it does send, every message fails SPF.").arg(result.domain, result.record),
            evidenceFor(result.domain, result.record),
            tr("If mail is sent as %1, list the sending servers before the \"-all\".").arg(result.domain)});
    } else if (result.findings.isEmpty()) {
        result.findings.append(Finding{QStringLiteral("spf.ok"), Severity::Ok,
            result.lookups == 1 ? tr("%1 publishes a valid SPF record (one DNS lookup).").arg(result.domain)
                                : tr("%1 publishes a valid SPF record (%2 DNS lookups).").arg(result.domain).arg(result.lookups),
            evidenceFor(result.domain, result.record), QString()});
    }
    return result;
}

} // namespace Auth
