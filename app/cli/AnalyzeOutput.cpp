// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyzeOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "util/TerminalText.h"

namespace Cli::Analyze {

namespace {

// lupdate files the tr() calls below under the namespace they are written in, "Cli::Analyze"
// (translations/*.ts); the same context here, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::Analyze", text);
}

QByteArray humanSummary(const Dsn::BounceAnalysis &a, const QString &name)
{
    QString s;
    QTextStream out(&s);
    out << name << ": " << Dsn::kindName(a.kind);
    if (!a.mta.isEmpty())
        out << " (" << a.mta << ')';
    out << '\n';
    if (!a.reportingMta.isEmpty())
        out << "  " << tr("Reporting MTA: %1").arg(a.reportingMta) << '\n';
    for (const Dsn::RecipientResult &r : a.recipients) {
        out << "  " << r.address << "  " << r.action << ' ' << r.status;
        if (!r.replyCode.isEmpty())
            out << ' ' << r.replyCode;
        out << "  " << r.reason << (r.hardBounce ? tr(" (hard bounce)") : QString()) << '\n';
        if (!r.diagnosticCode.isEmpty())
            out << "    " << r.diagnosticCode.left(300) << '\n';
    }
    if (a.original.present) {
        out << "  " << tr("Original: %1 -> %2, \"%3\"").arg(a.original.from, a.original.to.join(QStringLiteral(", ")), a.original.subject)
            << '\n';
        if (!a.original.sendingIp.isEmpty())
            out << "  " << tr("Sending IP: %1").arg(a.original.sendingIp) << '\n';
    }
    for (const QString &p : a.problems)
        out << "  " << tr("Problem: %1").arg(p) << '\n';
    out.flush();
    return Util::escapeTerminal(s).toUtf8();
}

Outcome analyzeMessage(const Dsn::SourceMessage &m, Format format)
{
    Outcome o;
    if (!m.error.isEmpty()) {
        o.readError = true;
        o.text = errorText(m.name, m.error, format);
        return o;
    }
    Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(m.data);
    a.problems = m.problems + a.problems; // what the reader cut comes first
    for (const Dsn::RecipientResult &r : a.recipients) {
        o.reasons << (r.reason.isEmpty() ? QStringLiteral("-") : r.reason);
        o.domains << r.address.section(QLatin1Char('@'), -1).toLower();
    }
    if (format == Format::JsonLines)
        o.text = Dsn::AnalysisJson::toJsonLine(a, m.name);
    else if (format == Format::Json)
        o.text = QJsonDocument(Dsn::AnalysisJson::toJson(a, m.name)).toJson(QJsonDocument::Indented);
    else
        o.text = humanSummary(a, m.name);
    return o;
}

} // namespace

QByteArray errorText(const QString &name, const QString &error, Format format)
{
    if (format == Format::Human)
        return Util::escapeTerminal(QStringLiteral("%1: %2\n").arg(name, error)).toUtf8();
    const QJsonObject o{{QStringLiteral("file"), name}, {QStringLiteral("error"), error}};
    if (format == Format::Json)
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'; // one object per line
}

// The analyzer never throws by contract; should anything (memory exhaustion included) escape
// it, that one message gets an error object and the others are still answered.
Outcome analyzeOne(const Dsn::SourceMessage &m, Format format)
{
    try {
        return analyzeMessage(m, format);
    } catch (const std::exception &e) {
        Outcome o;
        o.readError = true;
        o.text = errorText(m.name, QStringLiteral("analysis failed: %1").arg(QString::fromUtf8(e.what())), format);
        return o;
    }
}

} // namespace Cli::Analyze
