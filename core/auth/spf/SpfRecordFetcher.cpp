// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfRecordFetcher.h"

#include "SpfRecord.h"

namespace Auth {

QString SpfRecordFetcher::Fetched::query() const
{
    return QStringLiteral("TXT ") + answer.name;
}

SpfRecordFetcher::Fetched SpfRecordFetcher::fetch(Dns::Resolver &resolver, const QString &domain)
{
    Fetched fetched;
    fetched.answer = resolver.query(domain, Dns::RrType::TXT);
    if (fetched.answer.isUnknown()) { // 4.4: server failure or timeout => temperror
        fetched.status = Status::DnsError;
        return fetched;
    }
    for (const Dns::Record &record : fetched.answer.records) {
        if (SpfRecord::isSpfRecord(record.txt))
            fetched.records.append(QString::fromUtf8(record.txt));
    }
    if (fetched.records.size() > 1) {
        fetched.status = Status::Multiple; // 4.5: more than one record => permerror
    } else if (fetched.records.size() == 1) {
        fetched.status = Status::Found;
        fetched.record = fetched.records.first();
    }
    return fetched;
}

} // namespace Auth
