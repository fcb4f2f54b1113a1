// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli explain [--json] [--lang LANG] LINE... | -": explains pasted SMTP error lines.
// With "-", standard input is read line by line and each input explained as soon as it is
// complete: each line is one input, except that lines continuing an SMTP multi-line reply
// ("550-5.7.26 ..." followed by more lines) or a folded header field (a line starting with
// white space) are joined into the input they continue. A message header pasted on its own
// (Gmail's "Show original", Outlook's message details) is read as the returned original.
// Exit status: 0 all inputs recognized, 1 at least one not recognized, 2 usage error.
#include <algorithm>
#include <functional>

#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include "CliCommand.h"
#include "CliLanguage.h"
#include "codes/LineParser.h"
#include "logs/EspEvents.h"
#include "logs/HeaderBlock.h"
#include "logs/LogSummary.h"
#include "logs/PastedInput.h"
#include "report/HeaderBlockTextBuilder.h"
#include "report/LineTextBuilder.h"
#include "report/LogTextBuilder.h"
#include "util/FdReader.h"
#include "util/TerminalText.h"

namespace {

// Context for lupdate and QCoreApplication::translate: "ExplainCommand".
struct ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
};

// One input read from standard input (a line with the lines that continue it) is held up to
// this size: a 100 MB pipe without a newline, or a reply continued forever, keeps memory flat.
constexpr qsizetype MaxInputBytes = 1024 * 1024;

// One physical line of standard input without its line end, at most MaxInputBytes (the rest
// of a longer line is read past, and `*cut` set); empty QByteArray with `*eof` at the end.
QByteArray readStdinLine(Util::FdReader &in, bool *cut, bool *eof)
{
    QByteArray raw = in.readLine(MaxInputBytes + 1);
    *eof = raw.isEmpty();
    *cut = !raw.endsWith('\n') && raw.size() > MaxInputBytes;
    if (*cut) {
        for (QByteArray rest = raw; !rest.isEmpty() && !rest.endsWith('\n');)
            rest = in.readLine(MaxInputBytes);
        raw.truncate(MaxInputBytes);
    }
    if (raw.endsWith('\n'))
        raw.chop(1);
    if (raw.endsWith('\r'))
        raw.chop(1);
    return raw;
}

// Cheap test before the pattern below, run on every line of a piped log: a reply that
// continues ("550-...") holds a reply code followed by '-'; most log lines hold none.
bool mayContinue(const QString &line)
{
    for (qsizetype i = line.indexOf(QLatin1Char('-'), 3); i >= 3; i = line.indexOf(QLatin1Char('-'), i + 1)) {
        const QChar a = line.at(i - 3), b = line.at(i - 2), c = line.at(i - 1);
        if (a >= QLatin1Char('2') && a <= QLatin1Char('5') && b.isDigit() && c.isDigit())
            return true;
    }
    return false;
}

// Reads standard input line by line to its end, however slowly it arrives, and calls `handle`
// with each input as soon as it is complete: each line is one input, except that lines
// continuing an SMTP multi-line reply (after a "550-" line) or a folded header field (starting
// with white space) join the input they continue. An input is therefore complete when the next
// line starts another one, at an empty line, or at the end of input. An empty line is also
// passed on, as an empty input (it ends a message header: the reader of a pasted header needs it).
void forEachStdinInput(const std::function<void(const QString &)> &handle)
{
    static const QRegularExpression continued(QStringLiteral(R"(^\s*(?:[a-z-]+:\s*(?:smtp;\s*)?)?[2-5]\d\d-)"),
                                              QRegularExpression::CaseInsensitiveOption);
    Util::FdReader in(STDIN_FILENO, false);
    QString pending;
    bool joinNext = false;
    auto complete = [&] {
        if (!pending.isEmpty())
            handle(pending);
        pending.clear();
    };
    for (;;) {
        bool cut = false, eof = false;
        const QByteArray raw = readStdinLine(in, &cut, &eof);
        if (eof)
            break;
        if (cut)
            QTextStream(stderr) << ExplainCommand::tr("explain: a line longer than %1 bytes was cut there.").arg(MaxInputBytes) << '\n';
        // A bare CR also ends a line (old Mac text, some ticket systems).
        for (const QString &line : QString::fromUtf8(raw).split(QLatin1Char('\r'))) {
            if (line.trimmed().isEmpty()) {
                complete();
                handle(QString());
                joinNext = false;
                continue;
            }
            const bool joins = (joinNext || line.at(0).isSpace()) && !pending.isEmpty()
                && pending.size() + line.size() < MaxInputBytes;
            if (!joins)
                complete();
            pending += joins ? QLatin1Char('\n') + line : line;
            joinNext = mayContinue(line) && continued.match(line).hasMatch();
        }
    }
    complete();
}

// ---- Mail-log lines, message traces and sending-service events (issue 14) ----
// Kept apart from the stdin reading above: these functions only classify and print one input.

struct LogState
{
    Logs::LogSummary summary;
    int answers = 0; // objects or blocks printed
    bool sawLog = false; // a log line, trace row or event was read: the summary is printed
};

// Answers in readable text are parted by an empty line.
QString separator(const LogState &state)
{
    return state.answers > 0 ? QStringLiteral("\n") : QString();
}

// A pretty-printed JSON document read from standard input arrives split into lines: join it
// back when the whole is JSON of sending-service events.
QStringList joinJsonInputs(const QStringList &inputs)
{
    if (inputs.size() < 2 || !Logs::looksLikeJson(inputs.first()))
        return inputs;
    const QString all = inputs.join(QLatin1Char('\n'));
    return Logs::readEspJson(all.toUtf8()).json ? QStringList{all} : inputs;
}

// Log lines, trace rows and events are answered here; returns false for anything else, which
// is then explained as an SMTP reply. Log lines that hold no failure are skipped silently.
bool answerLogInput(const QString &input, bool json, QTextStream &out, LogState &state)
{
    const Logs::PastedInput p = Logs::readPastedInput(input);
    if (p.kind == Logs::PastedInput::Kind::Other)
        return false;
    state.sawLog = true;
    state.summary.lines += p.lines;
    if (p.kind == Logs::PastedInput::Kind::Notification)
        ++state.summary.notifications;
    for (const Logs::DeliveryResult &r : p.results) {
        state.summary.add(r);
        if (json) {
            out << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << '\n';
        } else {
            // Recipients, hosts and replies come from the log: escaped.
            out << Util::escapeTerminal(separator(state) + Report::LogTextBuilder::result(r));
        }
        ++state.answers;
    }
    return true;
}

// ---- A message header pasted on its own (Logs::readHeaderBlock) ----

// A pasted message header is answered here; false for anything else.
bool answerHeaderInput(const QString &input, bool json, QTextStream &out, LogState &state)
{
    const std::optional<Dsn::BounceAnalysis> a = Logs::readHeaderBlock(input);
    if (!a)
        return false;
    if (json) {
        out << QJsonDocument(Logs::headerBlockJson(*a, input)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << Util::escapeTerminal(separator(state) + Report::HeaderBlockTextBuilder::build(*a)); // the header's text: escaped
    }
    ++state.answers;
    return true;
}

// After several lines or results: the counts, as "analyze" ends a batch.
void printLogSummary(QTextStream &out, bool json, const LogState &state)
{
    const Logs::LogSummary &s = state.summary;
    if (!state.sawLog || (s.lines < 2 && s.results < 2))
        return;
    if (json) {
        out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    out << Util::escapeTerminal(QLatin1Char('\n') + Report::LogTextBuilder::summary(s)); // reasons and domains come from the log
}

int run(const QStringList &args)
{
    {
        QTextStream helpErr(stderr);
        Cli::useLanguageForHelp(args, helpErr);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(ExplainCommand::tr("Explains SMTP error lines: reply code, enhanced status code, "
                                        "provider, bounce reason, causes and fixes."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), ExplainCommand::tr("Print one JSON object per input (English).")},
        Cli::langOption(),
    });
    parser.addPositionalArgument(QStringLiteral("line"), ExplainCommand::tr("An SMTP error line, or - to read standard input."),
                                 QStringLiteral("LINE...|-"));
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("bouncelens-cli explain")} + args)) {
        err << parser.errorText() << '\n';
        return Cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Cli::ExitOk;
    }
    if (!parser.isSet(QStringLiteral("json")))
        Cli::useLanguage(parser.value(QStringLiteral("lang")), err);

    const QStringList given = parser.positionalArguments();
    const bool fromStdin = given == QStringList{QStringLiteral("-")};
    if (given.isEmpty()) {
        err << ExplainCommand::tr("explain: give one or more lines, or - for standard input.") << '\n';
        return Cli::ExitUsage;
    }

    QTextStream out(stdout);
    const bool json = parser.isSet(QStringLiteral("json"));
    bool allRecognized = true;
    LogState logs;
    qsizetype inputs = 0;
    auto answer = [&](const QString &input) {
        ++inputs;
        if (answerHeaderInput(input, json, out, logs)) {
            ++logs.summary.lines;
        } else if (!answerLogInput(input, json, out, logs)) {
            ++logs.summary.lines;
            const Codes::ParsedLine p = Codes::parseLine(input);
            allRecognized = allRecognized && p.recognized;
            if (json) {
                out << QJsonDocument(Codes::toJson(p)).toJson(QJsonDocument::Compact) << '\n';
            } else {
                // The echoed entities and provider texts come from the input: escaped.
                out << Util::escapeTerminal(separator(logs) + Report::LineTextBuilder::build(p));
            }
            ++logs.answers;
        }
        out.flush(); // each answer as soon as it is known (a pipe may be a live log)
    };
    if (fromStdin) {
        // Inputs stream one by one, except what spans lines: a JSON document of sending-service
        // events (once the first input looks like JSON, the rest is gathered and joined), and a
        // message header (the first input opens a header field: inputs are held up to
        // MaxInputBytes, then read as one header, or answered one by one if they are none).
        enum class Hold { Undecided, Json, Header, None };
        Hold hold = Hold::Undecided;
        QStringList held;
        qsizetype heldSize = 0;
        auto answerHeld = [&] {
            const QString all = held.join(QLatin1Char('\n'));
            if (Logs::readHeaderBlock(all)) {
                answer(all);
                return;
            }
            for (const QString &input : held) {
                if (!input.isEmpty())
                    answer(input);
            }
        };
        forEachStdinInput([&](const QString &input) {
            if (hold == Hold::Undecided && !input.isEmpty())
                hold = Logs::looksLikeJson(input) ? Hold::Json : Logs::startsHeaderField(input) ? Hold::Header : Hold::None;
            if (hold == Hold::Json) {
                if (!input.isEmpty())
                    held << input;
            } else if (hold == Hold::Header) {
                held << input;
                heldSize += input.size() + 1;
                if (heldSize > MaxInputBytes) { // no header is that long: answer what was held, stream the rest
                    hold = Hold::None;
                    for (const QString &h : std::exchange(held, {})) {
                        if (!h.isEmpty())
                            answer(h);
                    }
                }
            } else if (hold == Hold::None && !input.isEmpty()) {
                answer(input);
            }
        });
        if (hold == Hold::Json) {
            for (const QString &input : joinJsonInputs(held))
                answer(input);
        } else if (hold == Hold::Header) {
            answerHeld();
        }
        if (inputs == 0) {
            err << ExplainCommand::tr("explain: give one or more lines, or - for standard input.") << '\n';
            return Cli::ExitUsage;
        }
    } else {
        for (const QString &input : joinJsonInputs(given))
            answer(input);
    }
    if (logs.answers == 0) {
        // Only log lines or events without any failure: say so (the summary counts them).
        if (json)
            out << QJsonDocument(logs.summary.toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            out << Util::escapeTerminal(Report::LogTextBuilder::noFailure(logs.summary.lines));
        return Cli::ExitNotRecognized;
    }
    printLogSummary(out, json, logs);
    return allRecognized ? Cli::ExitOk : Cli::ExitNotRecognized;
}

const Cli::CommandRegistrar registrar({"explain", "Explain SMTP error lines (reply and enhanced status codes)", run});

} // namespace
