// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>

#include "dns/Resolver.h"

namespace TestSupport {

// In-memory resolver for unit tests. Names are case-insensitive. A query for a name that has
// no entry of that type gives NoData when the name has any entry (of another type) and NxDomain
// otherwise. setOutcome() makes (name, type) answer Timeout/ServFail/...; setNameOutcome() does it
// for every type of a name. CNAME entries are followed like a recursive resolver would.
// Thread-safe; every query is logged.
class FakeResolver : public Dns::Resolver
{
public:
    FakeResolver &addRecord(const Dns::Record &record); // record.owner and record.type say where
    FakeResolver &addA(const QString &name, const QString &address); // A or AAAA by address family
    FakeResolver &addTxt(const QString &name, const QByteArray &text);
    FakeResolver &addTxtStrings(const QString &name, const QList<QByteArray> &strings);
    FakeResolver &addMx(const QString &name, quint16 preference, const QString &exchange);
    FakeResolver &addPtr(const QString &name, const QString &target);
    FakeResolver &addCname(const QString &name, const QString &target);
    FakeResolver &setOutcome(const QString &name, Dns::RrType type, Dns::Outcome outcome);
    FakeResolver &setNameOutcome(const QString &name, Dns::Outcome outcome);
    // Makes the name exist without records (an empty non-terminal): queries give NoData.
    FakeResolver &addEmptyName(const QString &name);

    Dns::Answer query(const QString &name, Dns::RrType type) override;
    QString serverDescription() const override { return QStringLiteral("fake"); }

    QStringList queryLog() const; // "example.org/TXT", in order
    int queryCount() const;
    void clearLog();

private:
    Dns::Answer lookup(const QString &name, Dns::RrType type) const;
    static QString key(const QString &name, Dns::RrType type);

    mutable QMutex m_mutex;
    QHash<QString, QList<Dns::Record>> m_records;   // key(name, type)
    QHash<QString, Dns::Outcome> m_typeOutcomes;    // key(name, type)
    QHash<QString, Dns::Outcome> m_nameOutcomes;    // name
    QHash<QString, int> m_names;                    // names that exist
    QStringList m_log;
};

} // namespace TestSupport
