// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainCheckQueries.h"

#include <QFuture>

#include "dns/LookupPool.h"

namespace Auth {

DomainCheckQueries::DomainCheckQueries(Dns::Resolver &resolver) : m_resolver(&resolver) {}

DomainCheckQueries::DomainCheckQueries(Dns::LookupPool &pool) : m_resolver(&pool.resolver()), m_pool(&pool) {}

Dns::Answer DomainCheckQueries::one(const QString &name, Dns::RrType type) const
{
    return m_resolver->query(name, type);
}

QList<Dns::Answer> DomainCheckQueries::all(const QList<DnsQuestion> &questions) const
{
    QList<Dns::Answer> answers;
    answers.reserve(questions.size());
    if (!m_pool || questions.size() < 2) {
        for (const DnsQuestion &q : questions)
            answers.append(m_resolver->query(q.name, q.type));
        return answers;
    }
    // Waiting inside a pool thread is safe: QFuture::waitForFinished runs a task that has not
    // started yet in the waiting thread instead of blocking on a full pool.
    QList<QFuture<Dns::Answer>> futures;
    futures.reserve(questions.size());
    for (const DnsQuestion &q : questions)
        futures.append(m_pool->query(q.name, q.type));
    for (QFuture<Dns::Answer> &f : futures)
        answers.append(f.result());
    return answers;
}

QStringList DomainCheckQueries::txtTexts(const Dns::Answer &answer)
{
    QStringList texts;
    for (const Dns::Record &r : answer.records) {
        if (r.type == Dns::RrType::TXT)
            texts.append(QString::fromUtf8(r.txt));
    }
    return texts;
}

QString DomainCheckQueries::evidence(const Dns::Answer &answer)
{
    const QString question = Dns::rrTypeName(answer.type) + QLatin1Char(' ') + answer.name;
    if (answer.outcome != Dns::Outcome::Answer)
        return question + QStringLiteral(": ") + Dns::outcomeName(answer.outcome)
            + (answer.detail.isEmpty() ? QString() : QStringLiteral(" (") + answer.detail + QLatin1Char(')'));
    QStringList values;
    for (const Dns::Record &r : answer.records) {
        switch (r.type) {
        case Dns::RrType::TXT: values.append(QLatin1Char('"') + QString::fromUtf8(r.txt) + QLatin1Char('"')); break;
        case Dns::RrType::A:
        case Dns::RrType::AAAA: values.append(r.address.toString()); break;
        case Dns::RrType::MX: values.append(QString::number(r.preference) + QLatin1Char(' ') + r.target); break;
        default: values.append(r.target); break;
        }
    }
    return question + QStringLiteral(": ") + values.join(QStringLiteral(", "));
}

} // namespace Auth
