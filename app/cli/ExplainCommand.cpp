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
#include "codes/Explanation.h"
#include "codes/LineParser.h"
#include "logs/EspEvents.h"
#include "logs/HeaderBlock.h"
#include "logs/LogSummary.h"
#include "logs/PastedInput.h"
#include "util/FdReader.h"
#include "util/TerminalText.h"
#include "util/Translations.h"

namespace {

// Context for lupdate and QCoreApplication::translate: "ExplainCommand".
struct ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
};

QString providerTitle(const QString &key)
{
    static const struct { const char *key; const char *title; } names[] = {
        {"gmail", QT_TRANSLATE_NOOP("ExplainCommand", "Gmail / Google Workspace")},
        {"microsoft", QT_TRANSLATE_NOOP("ExplainCommand", "Microsoft 365 / Outlook.com / Exchange Online")},
        {"yahoo", QT_TRANSLATE_NOOP("ExplainCommand", "Yahoo / AOL")},
        {"apple", QT_TRANSLATE_NOOP("ExplainCommand", "Apple iCloud Mail")},
        {"comcast", QT_TRANSLATE_NOOP("ExplainCommand", "Comcast / Xfinity")},
        {"att", QT_TRANSLATE_NOOP("ExplainCommand", "AT&T")},
    };
    for (const auto &n : names) {
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("ExplainCommand", n.title);
    }
    return key;
}

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

void printList(QTextStream &out, const QString &label, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << "  " << label << '\n';
    for (const QString &i : items)
        out << "    - " << i << '\n';
}

void printHeader(QTextStream &out, const Codes::ParsedLine &p, const Codes::Explanation &e)
{
    QStringList codes;
    if (!p.replyCode.isEmpty())
        codes << p.replyCode;
    if (!p.status.isEmpty())
        codes << p.status;
    if (!codes.isEmpty() || !e.classTitle.isEmpty()) // a log line's own text may carry no code
        out << codes.join(QLatin1Char(' ')) << " - " << e.classTitle << '\n';
    if (!e.title.isEmpty())
        out << "  " << e.title << '\n';
    if (!p.provider.isEmpty()) {
        out << "  " << ExplainCommand::tr("Provider:") << ' ' << providerTitle(p.provider);
        if (!p.providerTag.isEmpty())
            out << ' ' << ExplainCommand::tr("(reference %1)").arg(p.providerTag);
        out << '\n';
    }
    out << "  " << ExplainCommand::tr("Reason:") << ' ' << Codes::reasonName(p.reason);
    if (!e.reasonDescription.isEmpty())
        out << " - " << e.reasonDescription;
    out << '\n' << "  " << (p.hardBounce ? ExplainCommand::tr("Hard bounce: the address itself is unusable.")
                                         : ExplainCommand::tr("Not a hard bounce: the address may still work.")) << '\n';
}

void printDetails(QTextStream &out, const Codes::ParsedLine &p, const Codes::Explanation &e)
{
    if (!e.meaning.isEmpty())
        out << "  " << ExplainCommand::tr("Meaning:") << ' ' << e.meaning << '\n';
    if (!e.replyMeaning.isEmpty())
        out << "  " << ExplainCommand::tr("Reply code %1").arg(p.replyCode) << " - " << e.replyMeaning << '\n';
    if (!e.statusMeaning.isEmpty()) {
        out << "  " << ExplainCommand::tr("Enhanced code %1 (%2, %3)").arg(p.status, e.statusReference, e.subjectTitle)
            << " - " << e.statusMeaning << '\n';
    }
    printList(out, ExplainCommand::tr("Likely causes:"), e.causes);
    printList(out, ExplainCommand::tr("What to do:"), e.fix);
    if (!e.checks.isEmpty())
        out << "  " << ExplainCommand::tr("Live checks that can confirm it:") << ' ' << e.checks.join(QStringLiteral(", ")) << '\n';
    if (!p.command.isEmpty())
        out << "  " << ExplainCommand::tr("Failed at SMTP command:") << ' ' << p.command << '\n';
    const Codes::Entities &en = p.entities;
    if (!en.ips.isEmpty())
        out << "  " << ExplainCommand::tr("IP addresses:") << ' ' << en.ips.join(QStringLiteral(", ")) << '\n';
    if (!en.domains.isEmpty())
        out << "  " << ExplainCommand::tr("Domains:") << ' ' << en.domains.join(QStringLiteral(", ")) << '\n';
    if (!en.addresses.isEmpty())
        out << "  " << ExplainCommand::tr("Addresses:") << ' ' << en.addresses.join(QStringLiteral(", ")) << '\n';
    printList(out, ExplainCommand::tr("Notes:"), e.notes);
}

void printHuman(QTextStream &out, const Codes::ParsedLine &p)
{
    if (!p.recognized) {
        out << ExplainCommand::tr("Not recognized: this does not look like an SMTP reply or status code.") << '\n'
            << "  " << ExplainCommand::tr("Paste the line that holds the three-digit reply code (e.g. 550) or the "
                          "enhanced status code (e.g. 5.1.1).") << '\n';
        return;
    }
    const Codes::Explanation e = Codes::explain(p, true);
    printHeader(out, p, e);
    printDetails(out, p, e);
}

// ---- Mail-log lines, message traces and sending-service events (issue 14) ----
// Kept apart from the stdin reading above: these functions only classify and print one input.

struct LogState
{
    Logs::LogSummary summary;
    int answers = 0; // objects or blocks printed
    bool sawLog = false; // a log line, trace row or event was read: the summary is printed
};

// A pretty-printed JSON document read from standard input arrives split into lines: join it
// back when the whole is JSON of sending-service events.
QStringList joinJsonInputs(const QStringList &inputs)
{
    if (inputs.size() < 2 || !Logs::looksLikeJson(inputs.first()))
        return inputs;
    const QString all = inputs.join(QLatin1Char('\n'));
    return Logs::readEspJson(all.toUtf8()).json ? QStringList{all} : inputs;
}

void printLogResult(QTextStream &out, const Logs::DeliveryResult &r)
{
    out << (r.recipient.isEmpty() ? ExplainCommand::tr("(recipient not named)") : r.recipient) << " - " << r.action
        << " (" << r.source << ")\n";
    if (!r.remoteHost.isEmpty() || !r.remoteIp.isEmpty())
        out << "  " << ExplainCommand::tr("Remote host:") << ' ' << r.remoteHost
            << (r.remoteIp.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.remoteIp)) << '\n';
    if (!r.delay.isEmpty()) {
        // Postfix writes seconds, Sendmail [D+]HH:MM:SS.
        const bool seconds = !r.delay.contains(QLatin1Char(':'));
        out << "  " << ExplainCommand::tr("Retried for:") << ' '
            << (seconds ? ExplainCommand::tr("%1 s").arg(r.delay) : r.delay) << '\n';
    }
    if (!r.diagnostic.isEmpty())
        out << "  " << ExplainCommand::tr("Reply or MTA text:") << ' ' << r.diagnostic << '\n';
    const Codes::Explanation e = Codes::explain(r.parsed, true);
    if (r.parsed.status.isEmpty() && r.parsed.replyCode.isEmpty() && !r.statusClass.isNull())
        out << "  " << (r.statusClass == QLatin1Char('5') ? ExplainCommand::tr("Permanent failure (no SMTP code given)")
                                                          : ExplainCommand::tr("Temporary failure (no SMTP code given)"))
            << '\n';
    printHeader(out, r.parsed, e);
    printDetails(out, r.parsed, e);
}

void printCounts(QTextStream &out, const QString &title, const QMap<QString, qint64> &counts)
{
    out << "  " << title << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << "    " << it.key() << ": " << it.value() << '\n';
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
            QString text;
            QTextStream human(&text);
            if (state.answers > 0)
                human << '\n';
            printLogResult(human, r);
            human.flush();
            out << Util::escapeTerminal(text);
        }
        ++state.answers;
    }
    return true;
}

// ---- A message header pasted on its own (Logs::readHeaderBlock) ----

void printHeaderBlock(QTextStream &out, const Dsn::BounceAnalysis &a)
{
    const Dsn::OriginalMessage &o = a.original;
    const Logs::HeaderCheckTarget t = Logs::checkTargetOf(a);
    out << ExplainCommand::tr("Message header: read as the returned original (Received hops, authentication, DKIM).") << '\n';
    const QList<QPair<QString, QString>> fields{{ExplainCommand::tr("From:"), o.from},
                                               {ExplainCommand::tr("To:"), o.to.join(QStringLiteral(", "))},
                                               {ExplainCommand::tr("Subject:"), o.subject},
                                               {ExplainCommand::tr("Date:"), o.date},
                                               {ExplainCommand::tr("Message-ID:"), o.messageId},
                                               {ExplainCommand::tr("Return-Path:"), o.returnPath}};
    for (const auto &f : fields) {
        if (!f.second.isEmpty())
            out << "  " << f.first << ' ' << f.second << '\n';
    }
    if (!t.ip.isEmpty())
        out << "  " << ExplainCommand::tr("Sending IP:") << ' ' << t.ip << (t.ipWhyShown.isEmpty() ? QString() : QStringLiteral(" - ") + t.ipWhyShown) << '\n';
    for (const Dsn::DkimSignature &d : o.dkim)
        out << "  " << ExplainCommand::tr("DKIM signature: d=%1, s=%2").arg(d.domain, d.selector) << '\n';
    printList(out, ExplainCommand::tr("Authentication-Results:"), o.authenticationResults);
    QStringList hops;
    for (auto it = o.received.crbegin(); it != o.received.crend(); ++it) // travel order
        hops << (it->ip.isEmpty() ? ExplainCommand::tr("from %1 by %2").arg(it->from, it->by)
                                  : ExplainCommand::tr("from %1 [%2] by %3").arg(it->from, it->ip, it->by));
    printList(out, ExplainCommand::tr("Received hops (oldest first):"), hops);
    if (!t.domain.isEmpty()) {
        // The same checks the desktop runs for a returned original: "check" asks the DNS.
        QString command = QStringLiteral("bouncelens-cli check ") + t.domain;
        if (!t.ip.isEmpty())
            command += QStringLiteral(" --ip ") + t.ip;
        if (!t.sender.isEmpty())
            command += QStringLiteral(" --sender ") + t.sender;
        for (const QString &s : t.selectors)
            command += QStringLiteral(" --selector ") + s;
        out << "  " << ExplainCommand::tr("Live checks of the sender (SPF, DKIM, DMARC, MX, PTR, blocklists):") << ' ' << command << '\n';
    }
    printList(out, ExplainCommand::tr("Problems:"), a.problems);
}

// A pasted message header is answered here; false for anything else.
bool answerHeaderInput(const QString &input, bool json, QTextStream &out, LogState &state)
{
    const std::optional<Dsn::BounceAnalysis> a = Logs::readHeaderBlock(input);
    if (!a)
        return false;
    if (json) {
        out << QJsonDocument(Logs::headerBlockJson(*a, input)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        QString text;
        QTextStream human(&text);
        if (state.answers > 0)
            human << '\n';
        printHeaderBlock(human, *a);
        human.flush();
        out << Util::escapeTerminal(text);
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
    QString text;
    QTextStream human(&text);
    human << '\n' << ExplainCommand::tr("Read %1 lines or events: %2 delivery failures or deferrals.").arg(s.lines).arg(s.results) << '\n';
    if (s.results > 0) {
        printCounts(human, ExplainCommand::tr("Reasons:"), s.reasons);
        printCounts(human, ExplainCommand::tr("Recipients per domain:"), s.domains);
    }
    human.flush();
    out << Util::escapeTerminal(text);
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
                QString text;
                QTextStream human(&text);
                if (logs.answers > 0)
                    human << '\n';
                printHuman(human, p);
                human.flush();
                out << Util::escapeTerminal(text);
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
            out << ExplainCommand::tr("No delivery failure or deferral in %1 log lines or events.").arg(logs.summary.lines) << '\n';
        return Cli::ExitNotRecognized;
    }
    printLogSummary(out, json, logs);
    return allRecognized ? Cli::ExitOk : Cli::ExitNotRecognized;
}

const Cli::CommandRegistrar registrar({"explain", "Explain SMTP error lines (reply and enhanced status codes)", run});

} // namespace
