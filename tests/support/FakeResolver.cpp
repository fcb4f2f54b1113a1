// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeResolver.h"

#include "dns/DnsName.h"

namespace TestSupport {

using Dns::DnsName;
using Dns::Outcome;
using Dns::Record;
using Dns::RrType;

QString FakeResolver::key(const QString &name, RrType type)
{
    return DnsName::normalize(name) + QLatin1Char('/') + Dns::rrTypeName(type);
}

FakeResolver &FakeResolver::addRecord(const Record &record)
{
    QMutexLocker locker(&m_mutex);
    Record copy = record;
    copy.owner = DnsName::normalize(record.owner);
    copy.target = DnsName::normalize(record.target);
    if (copy.ttl == 0)
        copy.ttl = 300;
    m_records[key(copy.owner, copy.type)].append(copy);
    m_names[copy.owner] += 1;
    return *this;
}

FakeResolver &FakeResolver::addA(const QString &name, const QString &address)
{
    Record record;
    record.address = QHostAddress(address);
    record.type = record.address.protocol() == QAbstractSocket::IPv6Protocol ? RrType::AAAA : RrType::A;
    record.owner = name;
    return addRecord(record);
}

FakeResolver &FakeResolver::addTxt(const QString &name, const QByteArray &text)
{
    return addTxtStrings(name, {text});
}

FakeResolver &FakeResolver::addTxtStrings(const QString &name, const QList<QByteArray> &strings)
{
    Record record;
    record.type = RrType::TXT;
    record.owner = name;
    record.txtStrings = strings;
    for (const QByteArray &s : strings)
        record.txt += s;
    return addRecord(record);
}

FakeResolver &FakeResolver::addMx(const QString &name, quint16 preference, const QString &exchange)
{
    Record record;
    record.type = RrType::MX;
    record.owner = name;
    record.preference = preference;
    record.target = exchange;
    return addRecord(record);
}

FakeResolver &FakeResolver::addPtr(const QString &name, const QString &target)
{
    Record record;
    record.type = RrType::PTR;
    record.owner = name;
    record.target = target;
    return addRecord(record);
}

FakeResolver &FakeResolver::addCname(const QString &name, const QString &target)
{
    Record record;
    record.type = RrType::CNAME;
    record.owner = name;
    record.target = target;
    return addRecord(record);
}

FakeResolver &FakeResolver::setOutcome(const QString &name, RrType type, Outcome outcome)
{
    QMutexLocker locker(&m_mutex);
    m_typeOutcomes.insert(key(name, type), outcome);
    return *this;
}

FakeResolver &FakeResolver::setNameOutcome(const QString &name, Outcome outcome)
{
    QMutexLocker locker(&m_mutex);
    m_nameOutcomes.insert(DnsName::normalize(name), outcome);
    return *this;
}

FakeResolver &FakeResolver::addEmptyName(const QString &name)
{
    QMutexLocker locker(&m_mutex);
    m_names[DnsName::normalize(name)] += 0;
    return *this;
}

Dns::Answer FakeResolver::lookup(const QString &name, RrType type) const
{
    Dns::Answer answer;
    answer.name = name;
    answer.type = type;
    answer.server = serverDescription();
    const auto forced = m_typeOutcomes.constFind(key(name, type));
    const auto forcedName = m_nameOutcomes.constFind(name);
    if (forced != m_typeOutcomes.constEnd() || forcedName != m_nameOutcomes.constEnd()) {
        answer.outcome = forced != m_typeOutcomes.constEnd() ? forced.value() : forcedName.value();
        answer.rcode = answer.outcome == Outcome::ServFail ? 2 : answer.outcome == Outcome::Refused ? 5 : -1;
        return answer;
    }
    answer.records = m_records.value(key(name, type));
    if (!answer.records.isEmpty())
        answer.outcome = Outcome::Answer;
    else
        answer.outcome = m_names.contains(name) ? Outcome::NoData : Outcome::NxDomain;
    answer.rcode = answer.outcome == Outcome::NxDomain ? 3 : 0;
    return answer;
}

Dns::Answer FakeResolver::query(const QString &name, RrType type)
{
    QMutexLocker locker(&m_mutex);
    QString current = DnsName::normalize(name);
    m_log.append(current + QLatin1Char('/') + Dns::rrTypeName(type));
    QStringList chain;
    for (int hop = 0; hop <= 8; ++hop) {
        Dns::Answer answer = lookup(current, type);
        const QList<Record> cnames = type == RrType::CNAME ? QList<Record>() : m_records.value(key(current, RrType::CNAME));
        if (answer.outcome != Outcome::NoData || cnames.isEmpty()) {
            answer.name = DnsName::normalize(name);
            answer.cnameChain = chain;
            return answer;
        }
        current = cnames.first().target;
        if (chain.contains(current))
            break;
        chain.append(current);
    }
    Dns::Answer loop;
    loop.name = DnsName::normalize(name);
    loop.type = type;
    loop.outcome = Outcome::Error;
    loop.detail = QStringLiteral("cname-loop");
    loop.cnameChain = chain;
    return loop;
}

QStringList FakeResolver::queryLog() const
{
    QMutexLocker locker(&m_mutex);
    return m_log;
}

int FakeResolver::queryCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_log.size();
}

void FakeResolver::clearLog()
{
    QMutexLocker locker(&m_mutex);
    m_log.clear();
}

} // namespace TestSupport
