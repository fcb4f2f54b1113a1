// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include "auth/engine/CheckEngine.h"
#include "report/ReportModel.h"

namespace Report {

// What the live-check panels of a report ask and say, without widgets: the request for
// Auth::CheckEngine, the panels' state before any answer, the status line while checks and
// diagnosis run, and the JSON export of the report. The desktop window only wires these up.
class LiveCheckPlan
{
    Q_DECLARE_TR_FUNCTIONS(Report::LiveCheckPlan)

public:
    // The panels' request: a domain report checks its domain; a bounce or delay checks the
    // sender's side (the returned original's From domain, its sending IP, SPF for its MAIL FROM).
    // Nothing for other reports or when no usable domain is known.
    static std::optional<Auth::CheckRequest> request(const ReportModel &model, const QByteArray &originalRaw);
    // The domain check's optional fields: an IP literal (v4 or v6) and DKIM selectors separated
    // by spaces or commas, each LDH labels plus '_' (RFC 6376 3.1). Empty fields are fine;
    // nothing when either holds something else.
    struct TypedInputs
    {
        QHostAddress ip;
        QStringList selectors;
    };
    static std::optional<TypedInputs> typedInputs(const QString &ip, const QString &selectors);
    // The report of a typed domain before any answer: title, source, "Checking …" verdict.
    static ReportModel domainReport(const QString &domain);
    // "Alice <alice@example.org>" -> "example.org"; empty without an '@'.
    static QString domainOf(const QString &address);

    // No check will run: lookups are off, or no DNS server is known (`serverError` says why).
    static void markUnavailable(QList<Check> &checks, bool liveLookups, const QString &serverError);

    // The status line. `checked` is the report whose panels are filling (null when none),
    // `diagnosed` whether the shown report's diagnosis is done.
    static QString status(const ReportModel *checked, bool diagnosing, bool diagnosed);

    // The export ("bouncelens-cli diagnose --json" shape for a diagnosed bounce, "check --json"
    // under "checks" for a domain): `current` with the diagnosis put in, keeping the panels' part.
    static QJsonObject withDiagnosis(const QJsonObject &current, const QJsonObject &diagnosis);
    // `current` with the panels' results: under "checks" for a domain report (the export is the
    // check itself), else under "domain_check" beside the diagnosis.
    static QJsonObject withChecks(const QJsonObject &current, ReportModel::Kind kind, const QJsonObject &checks);
};

} // namespace Report
