// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "auth/common/Finding.h"
#include "dns/Resolver.h"

namespace Auth {

class DomainCheckQueries;

// Presence of one optional policy TXT record.
struct PolicyRecord
{
    enum class State { Present, Missing, Invalid, Multiple, Unknown };
    QString kind;     // "mta-sts", "tls-rpt", "bimi"
    QString name;     // the name asked
    State state = State::Missing;
    QString record;   // the record found (the first one)
    Dns::Answer answer;
};

// MTA-STS (RFC 8461 3.1: _mta-sts TXT "v=STSv1; id=..."), TLS-RPT (RFC 8460 3: _smtp._tls TXT
// "v=TLSRPTv1; rua=...") and BIMI (draft-brand-indicators-for-message-identification:
// default._bimi TXT "v=BIMI1; l=...") records, all asked at once. Only presence and the version
// tag (plus id=/rua=) are checked; the MTA-STS policy file over HTTPS is not fetched.
class PolicyRecordsChecker
{
    Q_DECLARE_TR_FUNCTIONS(Auth::PolicyRecordsChecker)

public:
    explicit PolicyRecordsChecker(const DomainCheckQueries &queries);

    QList<PolicyRecord> check(const QString &domain) const;
    // mta-sts.none / tls-rpt.none / bimi.none (info), *.syntax, *.multiple-records (warning),
    // *.ok, *.dns-error (unknown).
    static Findings findings(const QList<PolicyRecord> &records);
    static QString stateName(PolicyRecord::State state);

private:
    const DomainCheckQueries &m_queries;
};

} // namespace Auth
