// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyzeOutput.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "diagnosis/SendingIp.h"
#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "report/AnalyzeTextBuilder.h"
#include "util/TerminalText.h"

namespace Cli::Analyze {

namespace {

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
    Diagnosis::SendingIp::settle(a);      // the IP diagnose and the desktop check, not the parser's guess
    for (const Dsn::RecipientResult &r : a.recipients) {
        o.reasons << (r.reason.isEmpty() ? QStringLiteral("-") : r.reason);
        o.domains << r.address.section(QLatin1Char('@'), -1).toLower();
    }
    if (format == Format::JsonLines)
        o.text = Dsn::AnalysisJson::toJsonLine(a, m.name);
    else if (format == Format::Json)
        o.text = QJsonDocument(Dsn::AnalysisJson::toJson(a, m.name)).toJson(QJsonDocument::Indented);
    else
        o.text = Util::escapeTerminal(Report::AnalyzeTextBuilder::build(a, m.name)).toUtf8(); // the message's text: escaped
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
