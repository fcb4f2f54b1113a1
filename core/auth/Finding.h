// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

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
    QString fix;       // what to do; for DNS fixes the exact record to publish. Empty when nothing to do.
};

using Findings = QList<Finding>;

} // namespace Auth
