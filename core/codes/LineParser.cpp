// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineParser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include "CodeScanner.h"
#include "EntityExtractor.h"
#include "KnowledgeBase.h"
#include "ProviderCatalog.h"
#include "ProviderMarks.h"
#include "ReasonClassifier.h"
#include "RegexPrefilter.h"

namespace Codes {

namespace {

// Longer pastes are cut: one reply is never this long, and regexes stay fast.
constexpr qsizetype kMaxInput = 64 * 1024;

// "Diagnostic-Code: smtp; ", "Status: ", "smtp;", "X-Postfix;" prefixes (RFC 3464 2.3.6).
const QRegularExpression &prefixPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:(?:diagnostic-code|x-diagnostic-code)\s*:\s*)?(?:(?:smtp|x-postfix|x-unix|x-local)\s*;\s*)?)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// RFC 5321 4.2: "550-" continuation and "550 " last line, optionally followed by an enhanced code.
const QRegularExpression &continuationPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([2-5][0-5]\d)-(?:#?([245]\.[0-7]\.\d{1,3})(?:\s+|$))?)"));
    return re;
}

const QRegularExpression &statusFieldPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*status\s*:\s*#?([245]\.\d{1,3}\.\d{1,3})\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString normalizeCommand(const QString &raw)
{
    const QString c = raw.toUpper().simplified();
    if (c.startsWith(QLatin1String("RCPT")))
        return QStringLiteral("RCPT");
    if (c.startsWith(QLatin1String("MAIL")))
        return QStringLiteral("MAIL");
    if (c == QLatin1String("END OF DATA") || c == QLatin1String("BDAT"))
        return QStringLiteral("DATA");
    if (c == QLatin1String("INITIAL CONNECTION") || c == QLatin1String("CONNECT"))
        return QStringLiteral("CONNECT");
    return c;
}

void addNote(ParsedLine &p, const char *source, const QStringList &args = {})
{
    QString english = QString::fromUtf8(source);
    for (const QString &a : args)
        english = english.arg(a);
    p.notes << english;
    p.noteSources << ParsedLine::Note{source, args};
}

// Folds a multi-line paste into one text: strips field prefixes and "550-" continuation marks,
// and takes "Status:" fields as the enhanced code.
QString foldLines(const QString &input, QString &statusField, QString &firstReply, QString &diagnosticType)
{
    static const QRegularExpression typePattern(QStringLiteral(R"((?:^|;|:)\s*(x-unix|x-postfix|smtp|x-local)\s*;)"),
                                                QRegularExpression::CaseInsensitiveOption);
    // Compiled once: this runs for every recipient of every analysed bounce.
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QRegularExpression::MatchOptions options = matchOptionsFor(input);
    // One line: its text without field prefix and continuation mark, trimmed; or empty when it
    // is a Status: field (taken into statusField) or has nothing left.
    const auto foldLine = [&](QString line) -> QString {
        if (mayBeStatusField(line)) {
            const QRegularExpressionMatch sf = statusFieldPattern().match(line, 0, QRegularExpression::NormalMatch, options);
            if (sf.hasMatch()) {
                if (statusField.isEmpty())
                    statusField = sf.captured(1);
                return {};
            }
        }
        // typePattern ends in ';'.
        if (diagnosticType.isEmpty() && line.contains(QLatin1Char(';'))) {
            const QRegularExpressionMatch tm = typePattern.match(line, 0, QRegularExpression::NormalMatch, options);
            if (tm.hasMatch())
                diagnosticType = tm.captured(1).toUpper();
        }
        // Without a prefix word the pattern takes only leading \s, which the continuation
        // pattern (its own "^\s*") and trimmed() below take as well.
        if (mayHavePrefix(line))
            line.remove(prefixPattern());
        if (mayBeContinuation(line)) {
            const QRegularExpressionMatch cont = continuationPattern().match(line, 0, QRegularExpression::NormalMatch, options);
            if (cont.hasMatch()) {
                if (firstReply.isEmpty())
                    firstReply = cont.captured(1);
                if (statusField.isEmpty() && !cont.captured(2).isEmpty())
                    statusField = cont.captured(2);
                line = line.mid(cont.capturedLength());
            }
        }
        return line.trimmed();
    };
    // One reply on one line (every log line) needs no split and no join: its fold is the text.
    if (!input.contains(QLatin1Char('\n')) && !input.contains(QLatin1Char('\r'))) {
        const QString folded = foldLine(input);
        return folded.isEmpty() ? QString() : folded; // as joining no parts gave
    }
    QStringList parts;
    for (const QString &line : input.split(lineBreak)) {
        const QString folded = foldLine(line);
        if (!folded.isEmpty())
            parts << folded;
    }
    return parts.join(QLatin1Char(' '));
}

// With a reply code, the first enhanced code after it; without one, only an enhanced code at
// the start, marked with '#' (qmail) or right after ':', ';', '(' or '[' ("The reason for the
// problem: 5.1.0"), so that "version 2.4.6" in prose is not taken for one.
StatusSpans findStatus(const CodeScanner &scan, const QString &folded, const QString &replyCode)
{
    if (!replyCode.isEmpty())
        return scan.status(qMax<qsizetype>(0, folded.indexOf(replyCode)));
    return scan.markedStatus();
}

// The reply code where replies start ("said: 550", "<<< 550") or right before an enhanced code,
// whichever comes first; the enhanced code after it. A 550- continuation mark or a Status: field
// (foldLines) wins over both.
void findCodes(ParsedLine &p, const QString &folded, const CodeScanner &scan, const QString &statusField,
               const QString &firstReply)
{
    const QStringView text(folded);
    const bool enhanced = mayHaveEnhancedCode(folded);
    if (!firstReply.isEmpty()) {
        p.replyCode = firstReply;
    } else {
        const CodeSpan rs = enhanced ? scan.replyBeforeStatus() : CodeSpan();
        const CodeSpan ra = scan.replyAtStart();
        if (ra.found() && (!rs.found() || ra.start <= rs.start))
            p.replyCode = text.mid(ra.start, ra.length).toString();
        else if (rs.found())
            p.replyCode = text.mid(rs.start, rs.length).toString();
    }
    QString status = statusField;
    if (status.isEmpty() && enhanced) {
        const StatusSpans sm = findStatus(scan, folded, p.replyCode);
        if (sm.found())
            status = folded.mid(sm.codeClass.start, 1) + QLatin1Char('.') + folded.mid(sm.subject.start, 1) + QLatin1Char('.')
                     + QString::number(text.mid(sm.detail.start, sm.detail.length).toInt());
    }
    p.status = status;
}

void addClassNotes(ParsedLine &p)
{
    if (!p.replyCode.isEmpty() && !p.status.isEmpty() && p.replyCode.at(0) != p.status.at(0)) {
        addNote(p, QT_TRANSLATE_NOOP("Codes",
            "The reply code %1 and the enhanced status code %2 disagree on the class of the failure "
            "(RFC 3463 section 2 requires them to agree). Sending servers act on the reply code."),
            {p.replyCode, p.status});
    }
    if (!p.status.isEmpty() && !KnowledgeBase::enhancedCode(p.status)) {
        addNote(p, QT_TRANSLATE_NOOP("Codes",
            "The enhanced status code %1 is not in the IANA registry; it is an extension of the receiving system."),
            {p.status});
    }
    if (p.replyCode.isEmpty() && !p.status.isEmpty())
        addNote(p, QT_TRANSLATE_NOOP("Codes", "Only an enhanced status code was given; the explanation is generic."));
    if (!p.replyCode.isEmpty() && p.status.isEmpty() && p.text.isEmpty())
        addNote(p, QT_TRANSLATE_NOOP("Codes", "Only a reply code was given; the explanation is generic."));
}

void addTemporaryNotes(ParsedLine &p, const ProviderEntry *entry)
{
    if (p.statusClass() != QLatin1Char('5'))
        return;
    const bool providerSaysSo = entry && entry->reallyTemporary;
    const bool reasonSaysSo = p.reason == Reason::Speeding || p.reason == Reason::TooManyConn
                              || p.reason == Reason::BadReputation;
    if (providerSaysSo || reasonSaysSo) {
        addNote(p, QT_TRANSLATE_NOOP("Codes",
            "This is sent as a permanent (5xx) error, but the condition is temporary (a rate limit or a "
            "reputation block): once the cause is fixed and time has passed, mail to this recipient is accepted again. "
            "Do not remove the recipient from your list for this."));
    }
}

// Gmail's older delivery-failure notices end the remote reply with the sending session's
// state ("... User Unknown (state 14)."); the states and their SMTP stages as Sisimai's
// Lhost/Gmail table documents them from Gmail help-forum threads.
QString gmailStateCommand(const QString &text, const CodeScanner &scan)
{
    const CodeSpan state = scan.gmailState();
    if (!state.found())
        return {};
    switch (QStringView(text).mid(state.start, state.length).toInt()) {
    case 6: return QStringLiteral("MAIL");
    case 8: case 9: case 12: return QStringLiteral("AUTH");
    case 13: return QStringLiteral("EHLO");
    case 14: return QStringLiteral("RCPT");
    case 15: case 17: case 18: return QStringLiteral("DATA");
    default: return {};
    }
}

// extractCommand() with the scanner of `text` made already (parseLine has one).
QString commandOf(const QString &text, const CodeScanner &scan)
{
    if (const CodeSpan quoted = scan.command(); quoted.found())
        return normalizeCommand(text.mid(quoted.start, quoted.length));
    if (const QString gmail = gmailStateCommand(text, scan); !gmail.isEmpty())
        return gmail;
    const CodeSpan stage = scan.stageWords();
    if (!stage.found())
        return {};
    const QString words = text.mid(stage.start, stage.length).toLower();
    return words.contains(QLatin1String("rcpt")) || words.contains(QLatin1String("recipient")) ? QStringLiteral("RCPT")
                                                                                              : QStringLiteral("DATA");
}

} // namespace

QChar ParsedLine::statusClass() const
{
    // The reply code is what the SMTP client acted on (RFC 5321 4.2.1), so it wins when both
    // are present and disagree (a note says so).
    if (!replyCode.isEmpty())
        return replyCode.at(0);
    if (!status.isEmpty())
        return status.at(0);
    return QChar();
}

ParsedLine parseLine(const QString &text)
{
    ParsedLine p;
    p.input = text;
    QString statusField, firstReply, diagnosticType;
    const QString folded = foldLines(text.left(kMaxInput), statusField, firstReply, diagnosticType);
    const CodeScanner scan(folded);
    findCodes(p, folded, scan, statusField, firstReply);
    p.text = folded.mid(leadingCodesLength(folded));

    p.providerTag = extractProviderTag(folded);
    p.provider = detectProvider(folded);
    if (p.provider.isEmpty() && !p.providerTag.isEmpty())
        p.provider = providerOfTag(p.providerTag);

    p.command = commandOf(folded, scan);
    p.entities = extractEntities(folded);

    // The catalog answers nothing without a provider: the lower-cased, simplified copy is made
    // only for one.
    const ProviderEntry *entry =
        p.provider.isEmpty() ? nullptr : ProviderCatalog::match(p.provider, asciiFastToLower(folded).simplified(), p.status, p.replyCode);
    p.providerEntry = entry;
    p.recognized = !p.replyCode.isEmpty() || !p.status.isEmpty() || (entry && !p.providerTag.isEmpty());
    if (!p.recognized)
        return p;

    const ReasonDecision decision = decideReason({p.text, p.replyCode, p.status, p.provider, p.command, diagnosticType});
    p.reason = decision.reason;
    p.reasonEvidence = decision.evidence;
    // The span is in p.text (codes removed, lines folded): find the matched words in the input.
    if (decision.evidence.start >= 0) {
        const QString matched = p.text.mid(decision.evidence.start, decision.evidence.end - decision.evidence.start);
        const qsizetype at = indexOfCaseless(p.input, matched);
        p.reasonEvidence.start = at;
        p.reasonEvidence.end = at >= 0 ? at + matched.size() : -1;
    }
    p.hardBounce = isHardBounce(p.reason, p.statusClass());
    addClassNotes(p);
    addTemporaryNotes(p, entry);
    return p;
}

QString extractCommand(const QString &text)
{
    return commandOf(text, CodeScanner(text));
}

} // namespace Codes
