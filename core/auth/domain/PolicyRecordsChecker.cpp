// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyRecordsChecker.h"

#include <QRegularExpression>

#include "auth/common/DomainCheckQueries.h"
#include "dns/DnsName.h"

namespace Auth {

namespace {

struct Kind
{
    const char *kind;
    const char *prefix;  // label(s) before the domain
    const char *version; // required first tag
    const char *required; // another tag the record needs
};

const Kind kinds[] = {
    {"mta-sts", "_mta-sts.", "v=STSv1", "id="},
    {"tls-rpt", "_smtp._tls.", "v=TLSRPTv1", "rua="},
    {"bimi", "default._bimi.", "v=BIMI1", nullptr},
};

bool startsWithVersion(const QString &text, const char *version)
{
    const QString v = QString::fromLatin1(version);
    const QString tag = v.section(QLatin1Char('='), 0, 0);
    const QString value = v.section(QLatin1Char('='), 1);
    const QRegularExpression re(QStringLiteral("^") + tag + QStringLiteral("\\s*=\\s*") + value + QStringLiteral("\\s*(;|$)"));
    return re.match(text).hasMatch();
}

PolicyRecord judge(const Kind &k, const Dns::Answer &answer)
{
    PolicyRecord p;
    p.kind = QString::fromLatin1(k.kind);
    p.name = answer.name;
    p.answer = answer;
    if (answer.isUnknown()) {
        p.state = PolicyRecord::State::Unknown;
        return p;
    }
    // Records of this kind: those whose version tag matches ignoring case and spaces, so that a
    // wrongly written version is reported as malformed rather than missing.
    const QString version = QString::fromLatin1(k.version).toLower();
    QStringList candidates;
    for (const QString &t : DomainCheckQueries::txtTexts(answer)) {
        if (QString(t).remove(QLatin1Char(' ')).remove(QLatin1Char('\t')).toLower().startsWith(version))
            candidates.append(t);
    }
    if (candidates.isEmpty())
        return p; // Missing
    p.record = candidates.first();
    if (candidates.size() > 1)
        p.state = PolicyRecord::State::Multiple;
    else if (!startsWithVersion(p.record, k.version)
             || (k.required && !p.record.contains(QString::fromLatin1(k.required))))
        p.state = PolicyRecord::State::Invalid;
    else
        p.state = PolicyRecord::State::Present;
    return p;
}

} // namespace

PolicyRecordsChecker::PolicyRecordsChecker(const DomainCheckQueries &queries) : m_queries(queries) {}

QList<PolicyRecord> PolicyRecordsChecker::check(const QString &domain) const
{
    const QString d = Dns::DnsName::normalize(domain);
    QList<DnsQuestion> questions;
    for (const Kind &k : kinds)
        questions.append({QString::fromLatin1(k.prefix) + d, Dns::RrType::TXT});
    const QList<Dns::Answer> answers = m_queries.all(questions);
    QList<PolicyRecord> records;
    for (int i = 0; i < answers.size(); ++i)
        records.append(judge(kinds[i], answers.at(i)));
    return records;
}

QString PolicyRecordsChecker::stateName(PolicyRecord::State state)
{
    switch (state) {
    case PolicyRecord::State::Present: return QStringLiteral("present");
    case PolicyRecord::State::Missing: return QStringLiteral("missing");
    case PolicyRecord::State::Invalid: return QStringLiteral("invalid");
    case PolicyRecord::State::Multiple: return QStringLiteral("multiple");
    case PolicyRecord::State::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

Findings PolicyRecordsChecker::findings(const QList<PolicyRecord> &records)
{
    Findings out;
    for (const PolicyRecord &p : records) {
        const QString evidence = DomainCheckQueries::evidence(p.answer);
        Finding f{p.kind, Severity::Info, QString(), evidence, QString()};
        switch (p.state) {
        case PolicyRecord::State::Present:
            f.id += QStringLiteral(".ok");
            f.severity = Severity::Ok;
            f.message = tr("A %1 record is published.").arg(p.kind);
            break;
        case PolicyRecord::State::Missing:
            f.id += QStringLiteral(".none");
            f.message = tr("No %1 record at %2 (optional).").arg(p.kind, p.name);
            break;
        case PolicyRecord::State::Invalid:
            f.id += QStringLiteral(".syntax");
            f.severity = Severity::Warning;
            f.message = tr("The %1 record at %2 is malformed; receivers ignore it.").arg(p.kind, p.name);
            break;
        case PolicyRecord::State::Multiple:
            f.id += QStringLiteral(".multiple-records");
            f.severity = Severity::Warning;
            f.message = tr("%1 has more than one %2 record; receivers ignore them all.").arg(p.name, p.kind);
            break;
        case PolicyRecord::State::Unknown:
            f.id += QStringLiteral(".dns-error");
            f.severity = Severity::Unknown;
            f.message = tr("The %1 record at %2 could not be looked up: the DNS did not answer.").arg(p.kind, p.name);
            break;
        }
        out.append(f);
    }
    return out;
}

} // namespace Auth
