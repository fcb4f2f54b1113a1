// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "Diagnoser.h"

namespace Diagnosis {

// The machine-readable diagnosis (English, stable snake_case keys), shared by
// "bouncelens-cli diagnose --json", the report and the GUI:
//   {"analysis": <Dsn::AnalysisJson object, or Codes::toJson for a line>,
//    "checks": {"dns_server", "ran", "skipped", "sender": <Auth::CheckJson>, "spf_check_host",
//               "dkim_verify", "dmarc_evaluation": {RFC 7489 "result", "disposition", "spf_aligned",
//               "dkim_aligned", "org_domains", "rfc9989": {the same by RFC 9989, "policy_domain",
//               "policy_tag", "walk_queries"}, "differs", "differences"}, "recipient_mx"},
//    "diagnosis": [{"id", "title", "confidence", "confidence_why", "who_acts", "retry_helps",
//                   "evidence", "fix", "then_vs_now"}]}
class DiagnosisJson
{
public:
    static QJsonObject toJson(const DiagnosisResult &result, const QString &file = QString());
    static QJsonObject analysis(const DiagnosisResult &result, const QString &file);
    static QJsonObject checks(const LiveCheckResults &checks);
    static QJsonObject cause(const Cause &cause);
    static QJsonArray causes(const QList<Cause> &causes);
    static QJsonObject evidence(const Evidence &evidence);
};

} // namespace Diagnosis
