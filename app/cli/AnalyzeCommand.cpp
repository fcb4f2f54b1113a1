// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli analyze [--json | --jsonl] PATH...": reads bounces (files, directories,
// Maildirs, mbox files, "-" for stdin) and prints what each says. Messages are analysed in
// batches on all cores (QtConcurrent) and printed in input order, each answer written and
// flushed as soon as it and those before it are done: what was answered is never lost, and
// a message that cannot be analysed gets an error object while the batch goes on.
#include <cstdio>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QTextStream>
#include <QtConcurrent>

#include "CliCommand.h"
#include "codes/ReasonPhrases.h"
#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "dsn/MessageSource.h"
#include "util/TerminalText.h"

namespace {

enum class Format { Human, Json, JsonLines };

constexpr qsizetype BatchSize = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("AnalyzeCommand", text);
}

struct Outcome
{
    QByteArray text; // what to print for this message
    QStringList reasons;
    QStringList domains;
    bool readError = false;
};

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

QByteArray errorText(const QString &name, const QString &error, Format format)
{
    if (format == Format::Human)
        return Util::escapeTerminal(QStringLiteral("%1: %2\n").arg(name, error)).toUtf8();
    const QJsonObject o{{QStringLiteral("file"), name}, {QStringLiteral("error"), error}};
    if (format == Format::Json)
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'; // one object per line
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

void printTable(const QMap<QString, int> &counts, const QString &title)
{
    QTextStream out(stdout);
    out << '\n' << title << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << "  " << Util::escapeTerminal(it.key()).leftJustified(30) << ' ' << it.value() << '\n';
}

int usage(int code)
{
    QTextStream(code == 0 ? stdout : stderr)
        << tr("Usage: bouncelens-cli analyze [--json | --jsonl] PATH...\n"
              "Reads bounce messages (.eml, mbox, Maildir or directory; \"-\" for standard input)\n"
              "and prints recipients, status codes, reasons and the returned original.\n");
    return code;
}

int run(const QStringList &args)
{
    Format format = Format::Human;
    QStringList paths;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            format = Format::Json;
        else if (a == QLatin1String("--jsonl"))
            format = Format::JsonLines;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage(Cli::ExitOk);
        else if (a.startsWith(QLatin1String("--without-rules-from=")))
            // Leave-one-family-out scoring (scripts/score_reasons.py): reason phrases whose
            // provenance is this origin ("corpus:postfix") are switched off. Not for daily use.
            Codes::setExcludedPhraseOrigin(a.mid(int(qstrlen("--without-rules-from="))).toUtf8().constData());
        else if (a.startsWith(QLatin1String("--")))
            return usage(Cli::ExitUsage);
        else
            paths << a;
    }
    if (paths.isEmpty())
        return usage(Cli::ExitUsage);

    Dsn::MessageSource source(paths);
    QMap<QString, int> reasons, domains;
    int messages = 0;
    bool anyError = false;
    bool firstJson = true;
    QList<Dsn::SourceMessage> batch;
    auto flush = [&]() {
        // Results are taken in input order as each is ready (resultAt waits for that one only)
        // and flushed at once, so a later message that takes long or dies cannot cost the
        // answers before it.
        QFuture<Outcome> results = QtConcurrent::mapped(
            batch, [format](const Dsn::SourceMessage &m) { return analyzeOne(m, format); });
        for (int i = 0; i < batch.size(); ++i) {
            const Outcome o = results.resultAt(i);
            if (format == Format::Json) {
                std::fputs(firstJson ? "[\n" : ",\n", stdout);
                firstJson = false;
            }
            std::fwrite(o.text.constData(), 1, size_t(o.text.size()), stdout);
            std::fflush(stdout);
            anyError |= o.readError;
            for (const QString &r : o.reasons)
                ++reasons[r];
            for (const QString &d : o.domains)
                ++domains[d];
        }
        results.waitForFinished();
        messages += int(batch.size());
        batch.clear();
    };
    Dsn::SourceMessage m;
    while (source.next(m)) {
        batch.append(std::move(m));
        if (batch.size() >= BatchSize)
            flush();
    }
    flush();
    if (format == Format::Json)
        std::fputs(firstJson ? "[]\n" : "]\n", stdout);
    std::fflush(stdout);
    if (format == Format::Human && messages > 1) {
        printTable(reasons, tr("Recipients per reason:"));
        printTable(domains, tr("Recipients per domain:"));
    }
    return anyError ? Cli::ExitNotRecognized : Cli::ExitOk;
}

const Cli::CommandRegistrar registrar({"analyze", "read bounce messages (DSN, MTA texts) and print what they say", &run});

} // namespace
