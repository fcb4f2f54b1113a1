// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimKeyChecker.h"

#include "DkimFindingFactory.h"
#include "DkimRawMessage.h"
#include "DkimSignature.h"

namespace Auth {

namespace {

bool isUnknown(Dns::Outcome outcome)
{
    Dns::Answer answer;
    answer.outcome = outcome;
    return answer.isUnknown();
}

bool sameSelector(const DkimSelector &a, const DkimSelector &b)
{
    return a.name == b.name && a.domain == b.domain;
}

void appendUnique(QList<DkimSelector> &list, const DkimSelector &selector)
{
    for (const DkimSelector &known : list) {
        if (sameSelector(known, selector))
            return;
    }
    list.append(selector);
}

} // namespace

QString selectorSourceName(DkimSelectorSource source)
{
    switch (source) {
    case DkimSelectorSource::Signature: return QStringLiteral("signature");
    case DkimSelectorSource::User: return QStringLiteral("user");
    case DkimSelectorSource::CommonList: return QStringLiteral("common-list");
    }
    return QStringLiteral("user");
}

DkimKeyChecker::DkimKeyChecker(Dns::Resolver &resolver)
    : m_resolver(resolver)
{
}

const QStringList &DkimKeyChecker::commonSelectors()
{
    // Selectors of widespread providers and signing software defaults.
    static const QStringList selectors = {
        QStringLiteral("google"), QStringLiteral("selector1"), QStringLiteral("selector2"),
        QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3"), QStringLiteral("s1"),
        QStringLiteral("s2"), QStringLiteral("default"), QStringLiteral("dkim"), QStringLiteral("mail"),
        QStringLiteral("smtp"), QStringLiteral("mandrill"), QStringLiteral("amazonses"),
        QStringLiteral("mxvault"), QStringLiteral("fm1"), QStringLiteral("fm2"), QStringLiteral("fm3"),
        QStringLiteral("protonmail"), QStringLiteral("protonmail2"), QStringLiteral("protonmail3"),
        QStringLiteral("zoho"), QStringLiteral("zmail"), QStringLiteral("mailjet"), QStringLiteral("pm"),
        QStringLiteral("cm"), QStringLiteral("key1"), QStringLiteral("key2"), QStringLiteral("dk"),
        QStringLiteral("sig1"), QStringLiteral("everlytickey1"), QStringLiteral("everlytickey2"),
    };
    return selectors;
}

QList<DkimSelector> DkimKeyChecker::selectorsFor(const QString &domain, const QByteArray &rawMessage,
                                                 const QStringList &userSelectors)
{
    QList<DkimSelector> selectors;
    const DkimRawMessage message = DkimRawMessage::fromBytes(rawMessage);
    for (int index : message.fieldIndexes("dkim-signature")) {
        const DkimSignature sig = DkimSignature::parse(DkimRawMessage::fieldValue(message.fields().at(index)));
        if (!sig.selector.isEmpty() && DkimSignature::isDomainName(sig.domain))
            appendUnique(selectors, {sig.selector, DkimSelectorSource::Signature, sig.domain});
    }
    for (const QString &name : userSelectors)
        appendUnique(selectors, {name.trimmed().toLower(), DkimSelectorSource::User, domain.toLower()});
    if (selectors.isEmpty()) {
        for (const QString &name : commonSelectors())
            selectors.append({name, DkimSelectorSource::CommonList, domain.toLower()});
    }
    return selectors;
}

DkimKeyReport DkimKeyChecker::check(const QString &domain, const QList<DkimSelector> &selectors)
{
    DkimKeyReport report;
    report.domain = domain.toLower();
    bool foundCommon = false;
    int commonAnswered = 0;
    for (const DkimSelector &selector : selectors) {
        const DkimKeyCheck check = checkOne(report.domain, selector);
        if (selector.source == DkimSelectorSource::CommonList) {
            ++report.commonSelectorsTried;
            commonAnswered += isUnknown(check.outcome) ? 0 : 1;
            // A guessed selector that is absent proves nothing; only DNS trouble or a hit is news.
            if (!check.found() && !isUnknown(check.outcome))
                continue;
            foundCommon = foundCommon || check.found();
        }
        report.keys.append(check);
        report.findings += check.findings;
    }
    // "No key found" counts only the selectors the DNS answered for: when every look-up timed
    // out or failed, nothing is known (their dkim.dns-error findings say so), not "no key".
    if (commonAnswered > 0 && !foundCommon)
        report.findings.append(DkimFindingFactory::noSelectorFound(report.domain, commonAnswered));
    return report;
}

DkimKeyCheck DkimKeyChecker::checkOne(const QString &domain, const DkimSelector &selector)
{
    DkimKeyCheck check;
    check.selector = selector.name;
    check.source = selector.source;
    check.query = selector.name + QStringLiteral("._domainkey.") + (selector.domain.isEmpty() ? domain : selector.domain);
    const Dns::Answer answer = m_resolver.query(check.query, Dns::RrType::TXT);
    check.outcome = answer.outcome;
    if (answer.isUnknown()) {
        check.findings.append(DkimFindingFactory::dnsUnknown(check.query, answer.outcome));
        return check;
    }
    for (const Dns::Record &record : answer.records) {
        if (record.type == Dns::RrType::TXT)
            check.records.append(record.txt);
    }
    if (check.records.isEmpty()) {
        check.findings.append(DkimFindingFactory::keyMissing(check.query, answer.outcome));
        return check;
    }
    if (check.records.size() > 1)
        check.findings.append(DkimFindingFactory::multipleKeys(check.query, int(check.records.size())));
    check.key = DkimKeyRecord::parse(check.records.first());
    const bool inUse = selector.source != DkimSelectorSource::CommonList;
    check.findings += DkimFindingFactory::forKey(check.query, *check.key, inUse);
    return check;
}

} // namespace Auth
