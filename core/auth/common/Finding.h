// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "dns/ZoneRecord.h"

namespace Auth {

// How bad a finding is. Unknown means the DNS could not answer (timeout, SERVFAIL, refused):
// it is never evidence of a misconfiguration.
enum class Severity { Ok, Info, Warning, Error, Unknown };

QString severityName(Severity severity); // "ok", "info", "warning", "error", "unknown"

// One judged fact about a domain or IP, e.g. id "spf.too-many-lookups".
// Ids are stable (they appear in JSON and in tests); message and fix are translated texts.
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QString message;   // one sentence for a person
    QString evidence;  // the record and the query it came from, e.g. "TXT example.org: v=spf1 ..."
    QString fix;       // what to do, in words. Empty when nothing to do.
    // The exact records the fix asks to publish (Copy buttons, `record` in JSON); empty when the
    // fix is not a record or the record cannot be known exactly (then `fix` says what to find out).
    QList<Dns::ZoneRecord> records = {};

    // The records as a master-file fragment, one line each (RFC 1035 5.1); empty without records.
    QString recordText() const;
};

using Findings = QList<Finding>;

} // namespace Auth
