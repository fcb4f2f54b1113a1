// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveCheckPlan.h"

#include <QRegularExpression>

#include "report/InputClassifier.h"

namespace Report {

std::optional<LiveCheckPlan::TypedInputs> LiveCheckPlan::typedInputs(const QString &ip, const QString &selectors)
{
    TypedInputs typed;
    const QString address = ip.trimmed();
    if (!address.isEmpty()) {
        typed.ip = QHostAddress(address);
        if (typed.ip.isNull())
            return std::nullopt;
    }
    // RFC 6376 3.1: a selector is sub-domain labels; '_' is seen in the wild and accepted by DNS.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &selector : selectors.split(separators, Qt::SkipEmptyParts)) {
        for (const QString &part : selector.split(QLatin1Char('.'))) {
            if (!label.match(part).hasMatch())
                return std::nullopt;
        }
        if (!typed.selectors.contains(selector.toLower()))
            typed.selectors.append(selector.toLower());
    }
    return typed;
}

ReportModel LiveCheckPlan::domainReport(const QString &domain)
{
    ReportModel model;
    model.kind = ReportModel::Kind::Domain;
    model.title = tr("Domain check: %1").arg(domain);
    model.source = tr("Live DNS checks");
    model.domain = domain;
    model.verdictState = State::Pending;
    model.verdict = tr("Checking %1…").arg(domain);
    return model;
}

QString LiveCheckPlan::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QString();
    const QString domain = address.mid(at + 1);
    static const QRegularExpression end(QStringLiteral("[>\\s;,]"));
    const qsizetype stop = domain.indexOf(end);
    return (stop >= 0 ? domain.left(stop) : domain).trimmed().toLower();
}

std::optional<Auth::CheckRequest> LiveCheckPlan::request(const ReportModel &model, const QByteArray &originalRaw)
{
    Auth::CheckRequest request;
    if (model.kind == ReportModel::Kind::Domain) {
        request.domain = model.domain;
    } else if (model.kind == ReportModel::Kind::Message && model.original.present
               && (model.messageKind == QLatin1String("bounce") || model.messageKind == QLatin1String("delay")
                   || model.messageKind == QLatin1String("headers"))) { // a pasted header (Logs::readHeaderBlock)
        // The sender's side: the returned original's From domain and sending IP (the diagnosis
        // asks for exactly what the bounce involves; these panels show the whole domain).
        for (const Field &f : model.original.headers) {
            if (f.name == QLatin1String("From"))
                request.domain = domainOf(f.value);
        }
        request.ip = QHostAddress(model.original.sendingIp);
        // RFC 7208 2.4: SPF is checked for the MAIL FROM (Return-Path), which a bulk mailer sets
        // to its own domain; the From domain's SPF would answer a question no receiver asked.
        const QString &mailFrom = model.original.returnPath;
        request.sender = mailFrom.contains(QLatin1Char('@')) ? mailFrom : QStringLiteral("postmaster@") + request.domain;
        request.rawOriginal = originalRaw;
    }
    if (request.domain.isEmpty() || !InputClassifier::looksLikeDomain(request.domain))
        return std::nullopt;
    return request;
}

void LiveCheckPlan::markUnavailable(QList<Check> &checks, bool liveLookups, const QString &serverError)
{
    for (Check &c : checks) {
        c.state = liveLookups ? State::Unknown : State::NotChecked;
        c.verdict = liveLookups ? tr("No DNS server to ask: %1").arg(serverError) : tr("Live lookups are turned off in the settings.");
    }
}

QString LiveCheckPlan::status(const ReportModel *checked, bool diagnosing, bool diagnosed)
{
    const QString diagnosis = diagnosing ? tr("Diagnosing…") : QString();
    if (!checked) {
        // No panels (a pasted line): the status says when the diagnosis is over.
        return !diagnosis.isEmpty() ? diagnosis : diagnosed ? tr("Diagnosis done.") : QString();
    }
    QStringList waiting;
    int done = 0, total = 0;
    for (const Check &c : checked->checks) {
        if (c.state == State::NotChecked)
            continue;
        ++total;
        if (c.state == State::Pending)
            waiting << c.id.toUpper();
        else
            ++done;
    }
    const QString checks = waiting.isEmpty()
        ? tr("Live checks done: %1 of %2.").arg(done).arg(total)
        : tr("Live checks: %1 of %2 done — waiting for %3").arg(done).arg(total).arg(waiting.join(QStringLiteral(", ")));
    return diagnosis.isEmpty() ? checks : diagnosis + QLatin1Char(' ') + checks;
}

QJsonObject LiveCheckPlan::withDiagnosis(const QJsonObject &current, const QJsonObject &diagnosis)
{
    // The panels' own results (when they came first) stay beside the diagnosis.
    QJsonObject out = diagnosis;
    const QJsonValue panels = current.value(QStringLiteral("domain_check"));
    if (!panels.isUndefined())
        out.insert(QStringLiteral("domain_check"), panels);
    return out;
}

QJsonObject LiveCheckPlan::withChecks(const QJsonObject &current, ReportModel::Kind kind, const QJsonObject &checks)
{
    QJsonObject out = current;
    out.insert(kind == ReportModel::Kind::Domain ? QStringLiteral("checks") : QStringLiteral("domain_check"), checks);
    return out;
}

} // namespace Report
