// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineParser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

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

// Enhanced status code (RFC 3463 2): class.subject.detail, subject 0-7 here, not part of an IP.
const QRegularExpression &statusPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])#?([245])\.([0-7])\.(\d{1,3})(?!\.?\d))"));
    return re;
}

// A reply code where replies start: text start, after "said:", "smtp;", "<<<", "error:", ...
const QRegularExpression &replyAtStartPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|said:|smtp;|<<<|error:|reply:|response:|returned:|\]:|>:|'|status:)\s*\(?([245][0-5]\d)(?=[\s\-.,;:)]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A reply code right before an enhanced code anywhere in the text: "... 550 5.1.1 ...".
const QRegularExpression &replyBeforeStatusPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])([245][0-5]\d)[\s\-]+#?[245]\.[0-7]\.\d{1,3}(?!\.?\d))"));
    return re;
}

// Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:", Sendmail ">>> DATA".
const QRegularExpression &commandPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:in reply to|after|>>>)\s+(end of data|rcpt to|mail from|data|helo|ehlo|starttls|auth|quit|bdat|initial connection|connect))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// MTAs that name the stage in their own words instead of quoting the command:
//  - qmail-remote.c: "H does not like recipient." (a 5xx/4xx to RCPT TO), "failed on DATA
//    command", "failed after I sent the message" (the reply to the end of data);
//  - qmail-remote-fallback.patch: "Sorry, no SMTP connection got far enough; most progress
//    was RCPT TO response";
//  - DragonFly Mail Agent (dma, net.c): "H [ip] did not like our RCPT TO:" / "... our final DATA:".
const QRegularExpression &stageWordsPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((does not like recipient|did not like our rcpt to|most progress was rcpt|)"
                       R"(failed on data command|failed after i sent the message|did not like our (?:final )?data))"),
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
    // One reply on one line (every log line) needs no split.
    const bool oneLine = !input.contains(QLatin1Char('\n')) && !input.contains(QLatin1Char('\r'));
    const QStringList lines = oneLine ? QStringList{input} : input.split(lineBreak);
    const QRegularExpression::MatchOptions options = matchOptionsFor(input);
    QStringList parts;
    for (QString line : lines) {
        if (mayBeStatusField(line)) {
            const QRegularExpressionMatch sf = statusFieldPattern().match(line, 0, QRegularExpression::NormalMatch, options);
            if (sf.hasMatch()) {
                if (statusField.isEmpty())
                    statusField = sf.captured(1);
                continue;
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
        line = line.trimmed();
        if (!line.isEmpty())
            parts << line;
    }
    return parts.join(QLatin1Char(' '));
}

// With a reply code, the first enhanced code after it; without one, only an enhanced code at
// the start, marked with '#' (qmail) or right after ':', ';', '(' or '[' ("The reason for the
// problem: 5.1.0"), so that "version 2.4.6" in prose is not taken for one.
QRegularExpressionMatch findStatus(const QString &folded, const QString &replyCode, QRegularExpression::MatchOptions options)
{
    if (!replyCode.isEmpty())
        return statusPattern().match(folded, qMax<qsizetype>(0, folded.indexOf(replyCode)), QRegularExpression::NormalMatch, options);
    static const QRegularExpression marked(QStringLiteral(R"((?:^\s*#?|#|[:;(\[]\s*)([245])\.([0-7])\.(\d{1,3})(?!\.?\d))"));
    return marked.match(folded, 0, QRegularExpression::NormalMatch, options);
}

void findCodes(ParsedLine &p, const QString &folded, const QString &statusField, const QString &firstReply,
               QRegularExpression::MatchOptions options)
{
    QString status = statusField;
    const bool enhanced = mayHaveEnhancedCode(folded);
    const QRegularExpressionMatch rs =
        enhanced ? replyBeforeStatusPattern().match(folded, 0, QRegularExpression::NormalMatch, options) : QRegularExpressionMatch();
    const QRegularExpressionMatch ra =
        mayHaveReplyCode(folded) ? replyAtStartPattern().match(folded, 0, QRegularExpression::NormalMatch, options) : QRegularExpressionMatch();
    if (!firstReply.isEmpty())
        p.replyCode = firstReply;
    else if (ra.hasMatch() && (!rs.hasMatch() || ra.capturedStart(1) <= rs.capturedStart(1)))
        p.replyCode = ra.captured(1);
    else if (rs.hasMatch())
        p.replyCode = rs.captured(1);
    if (status.isEmpty() && enhanced) {
        const QRegularExpressionMatch sm = findStatus(folded, p.replyCode, options);
        if (sm.hasMatch())
            status = sm.captured(1) + QLatin1Char('.') + sm.captured(2) + QLatin1Char('.') + QString::number(sm.captured(3).toInt());
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
    const QRegularExpression::MatchOptions options = matchOptionsFor(folded);
    findCodes(p, folded, statusField, firstReply, options);
    p.text = folded.mid(leadingCodesLength(folded));

    const QString lower = asciiFastToLower(folded);
    p.providerTag = extractProviderTag(folded);
    p.provider = detectProvider(lower);
    if (p.provider.isEmpty() && !p.providerTag.isEmpty())
        p.provider = providerOfTag(p.providerTag);

    p.command = extractCommand(folded);
    p.entities = extractEntities(folded);

    // The catalog answers nothing without a provider: the simplified copy is made only for one.
    const ProviderEntry *entry =
        p.provider.isEmpty() ? nullptr : ProviderCatalog::match(p.provider, lower.simplified(), p.status, p.replyCode);
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

// Gmail's older delivery-failure notices end the remote reply with the sending session's
// state ("... User Unknown (state 14)."); the states and their SMTP stages as Sisimai's
// Lhost/Gmail table documents them from Gmail help-forum threads.
QString gmailStateCommand(const QString &text, QRegularExpression::MatchOptions options)
{
    static const QRegularExpression re(QStringLiteral(R"(\(state (\d{1,2})\)\.?)"));
    if (!containsAscii(text, QLatin1String("(state "))) // the pattern's own literal, case-sensitive
        return {};
    const QRegularExpressionMatch m = re.match(text, 0, QRegularExpression::NormalMatch, options);
    if (!m.hasMatch())
        return {};
    switch (m.captured(1).toInt()) {
    case 6: return QStringLiteral("MAIL");
    case 8: case 9: case 12: return QStringLiteral("AUTH");
    case 13: return QStringLiteral("EHLO");
    case 14: return QStringLiteral("RCPT");
    case 15: case 17: case 18: return QStringLiteral("DATA");
    default: return {};
    }
}

QString extractCommand(const QString &text)
{
    const QRegularExpression::MatchOptions options = matchOptionsFor(text);
    // commandPattern() starts with "in reply to", "after" or ">>>" (no 's' or 'k' to fold).
    if (containsAsciiCaseless(text, QLatin1String("in reply to")) || containsAsciiCaseless(text, QLatin1String("after"))
        || containsAscii(text, QLatin1String(">>>"))) {
        const QRegularExpressionMatch cm = commandPattern().match(text, 0, QRegularExpression::NormalMatch, options);
        if (cm.hasMatch())
            return normalizeCommand(cm.captured(1));
    }
    if (const QString gmail = gmailStateCommand(text, options); !gmail.isEmpty())
        return gmail;
    // Every alternative of stageWordsPattern() holds "not li", "rogre" or "failed".
    if (!containsAsciiCaseless(text, QLatin1String("not li")) && !containsAsciiCaseless(text, QLatin1String("rogre"))
        && !containsAsciiCaseless(text, QLatin1String("failed")))
        return {};
    const QRegularExpressionMatch sm = stageWordsPattern().match(text, 0, QRegularExpression::NormalMatch, options);
    if (!sm.hasMatch())
        return {};
    const QString words = sm.captured(1).toLower();
    return words.contains(QLatin1String("rcpt")) || words.contains(QLatin1String("recipient")) ? QStringLiteral("RCPT")
                                                                                              : QStringLiteral("DATA");
}

} // namespace Codes
