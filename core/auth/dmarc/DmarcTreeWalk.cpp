// SPDX-License-Identifier: GPL-3.0-or-later
#include "DmarcTreeWalk.h"

#include "auth/common/DomainCheckQueries.h"
#include "auth/common/DomainName.h"

namespace Auth {

namespace {

DmarcWalkStep makeStep(const QString &domain, const Dns::Answer &answer)
{
    DmarcWalkStep s;
    s.domain = domain;
    s.answer = answer;
    for (const QString &t : DomainCheckQueries::txtTexts(answer)) {
        if (DmarcRecord::looksLikeDmarc(t)) // 4.10 step 2: other TXT records are discarded
            s.records.append(t);
    }
    if (s.hasRecord())
        s.record = DmarcRecord::parse(s.records.first(), domain);
    return s;
}

// "mail.example.com" with one more label of start below "example.com".
QString oneLabelBelow(const QString &start, const QString &parent)
{
    const QStringList labels = start.split(QLatin1Char('.'));
    const int keep = int(parent.count(QLatin1Char('.'))) + 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

} // namespace

QString dmarcOrgRuleName(DmarcOrgRule rule)
{
    switch (rule) {
    case DmarcOrgRule::PsdN: return QStringLiteral("psd=n");
    case DmarcOrgRule::BelowPsdY: return QStringLiteral("psd=y");
    case DmarcOrgRule::FewestLabels: return QStringLiteral("fewest-labels");
    case DmarcOrgRule::Start: return QStringLiteral("start");
    case DmarcOrgRule::Unknown: break;
    }
    return QStringLiteral("unknown");
}

const DmarcWalkStep *DmarcTreeWalkResult::step(const QString &domain) const
{
    for (const DmarcWalkStep &s : steps) {
        if (s.domain == domain)
            return &s;
    }
    return nullptr;
}

DmarcTreeWalk::DmarcTreeWalk(const DomainCheckQueries &queries) : m_queries(queries) {}

QStringList DmarcTreeWalk::targets(const QString &domain)
{
    const QString d = normalizedDomain(domain);
    if (d.isEmpty())
        return {};
    QStringList labels = d.split(QLatin1Char('.'));
    QStringList names{d};
    // Step 4: fewer than 8 labels lose one; 8 or more are cut to the last 7 (so a name of any
    // length costs at most 1 + 7 = 8 queries; 4.10 example "a.b.c.d.e.f.g.h.i.j.mail.example.com").
    labels = labels.size() < maxQueries ? labels.mid(1) : labels.mid(labels.size() - (maxQueries - 1));
    // Step 7: then one label less each time, down to the last label (a PSO's "_dmarc.com").
    while (!labels.isEmpty()) {
        names.append(labels.join(QLatin1Char('.')));
        labels.removeFirst();
    }
    return names;
}

QString DmarcTreeWalk::organizationalDomain(const QString &start, const QList<DmarcWalkStep> &steps,
                                            DmarcOrgRule *rule)
{
    DmarcOrgRule which = DmarcOrgRule::Start;
    QString org = start; // "If this process does not determine the Organizational Domain..."
    // From the longest name to the shortest; the walk stopped at the first psd=y/n record.
    for (const DmarcWalkStep &s : steps) {
        if (!s.hasRecord())
            continue;
        if (s.psd() == QLatin1String("n")) { // rule 1
            org = s.domain;
            which = DmarcOrgRule::PsdN;
            break;
        }
        if (s.psd() == QLatin1String("y") && s.domain != start) { // rule 2
            org = oneLabelBelow(start, s.domain);
            which = DmarcOrgRule::BelowPsdY;
            break;
        }
        org = s.domain; // rule 3: the last record read has the fewest labels
        which = DmarcOrgRule::FewestLabels;
        if (s.psd() == QLatin1String("y"))
            break; // psd=y at the start domain itself: the walk stopped there
    }
    if (rule)
        *rule = which;
    return org;
}

DmarcTreeWalkResult DmarcTreeWalk::fromAnswers(const QString &domain, const QList<Dns::Answer> &answers)
{
    DmarcTreeWalkResult r;
    r.start = normalizedDomain(domain);
    const QStringList names = targets(r.start);
    r.queries = int(answers.size());
    for (int i = 0; i < names.size() && i < answers.size(); ++i) {
        if (answers.at(i).isUnknown()) {
            r.tempError = true; // a record there could change the answer: no conclusion
            r.errorAnswer = answers.at(i);
            break;
        }
        r.steps.append(makeStep(names.at(i), answers.at(i)));
        const QString psd = r.steps.last().psd();
        if (psd == QLatin1String("y") || psd == QLatin1String("n"))
            break; // steps 2 and 6: stop
    }
    if (!r.tempError)
        r.organizationalDomain = organizationalDomain(r.start, r.steps, &r.orgRule);
    return r;
}

DmarcTreeWalkResult DmarcTreeWalk::walk(const QString &domain) const
{
    QList<DnsQuestion> questions;
    for (const QString &name : targets(domain))
        questions.append({QStringLiteral("_dmarc.") + name, Dns::RrType::TXT});
    return fromAnswers(domain, m_queries.all(questions));
}

} // namespace Auth
