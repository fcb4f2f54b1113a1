// SPDX-License-Identifier: GPL-3.0-or-later
#include "BounceAnalyzer.h"

#include "ChallengeNotice.h"
#include "DeliveryStatusParser.h"
#include "FreeTextParser.h"
#include "GoogleGroupsNotice.h"
#include "MimeReader.h"
#include "OriginalMessageParser.h"
#include "RecipientDetails.h"
#include "SenderAddresses.h"
#include "TextDecoding.h"

#include <QRegularExpression>

namespace Dsn {
namespace {

// The parts of a bounce, sorted by role.
struct Sections
{
    QString humanText;
    QString htmlText;
    QString dsnText;
    QString feedbackText;
    QByteArray original;
    bool originalHeadersOnly = false;
    bool hasDsnPart = false;
    bool hasFeedbackPart = false;
};

QByteArray stripMboxLine(const QByteArray &raw)
{
    if (!raw.startsWith("From "))
        return raw;
    const qsizetype eol = raw.indexOf('\n');
    return eol < 0 ? QByteArray() : raw.mid(eol + 1);
}

bool isOriginalType(const QByteArray &t)
{
    return t == "message/rfc822" || t == "message/global" || t == "message/partial";
}

bool isHeadersType(const QByteArray &t)
{
    return t == "text/rfc822-headers" || t == "message/rfc822-headers" || t == "text/rfc822-header"
        || t == "message/global-headers";
}

void appendText(QString &to, const QString &text)
{
    if (!to.isEmpty())
        to += QLatin1Char('\n');
    to += text;
}

Sections collect(const MimeTree &tree)
{
    Sections s;
    for (const MimePart &p : tree.leaves) {
        const QByteArray &t = p.mediaType;
        if (t == "message/delivery-status" || t == "message/global-delivery-status") {
            appendText(s.dsnText, TextDecoding::decode(p.body, p.charset.isEmpty() ? QByteArray("utf-8") : p.charset));
            s.hasDsnPart = true;
        } else if (t == "message/feedback-report") {
            appendText(s.feedbackText, TextDecoding::decode(p.body, p.charset));
            s.hasFeedbackPart = true;
        } else if ((isOriginalType(t) || isHeadersType(t)) && s.original.isEmpty()) {
            s.original = p.body;
            s.originalHeadersOnly = isHeadersType(t);
        } else if (t == "text/html" && s.original.isEmpty()) {
            appendText(s.htmlText, TextDecoding::htmlToText(TextDecoding::decode(p.body, p.charset)));
        } else if ((t.startsWith("text/") || t.isEmpty()) && s.original.isEmpty()) {
            appendText(s.humanText, TextDecoding::decode(p.body, p.charset));
        }
    }
    if (s.humanText.trimmed().isEmpty() && !s.htmlText.isEmpty())
        s.humanText = s.htmlText;
    return s;
}

// A bounce forwarded with "> " quoting (a person's "Begin forwarded message"): when most
// lines are quoted, one level of quoting is removed so that the DSN fields and transcript
// lines read as written (RFC 3676 section 4.5 quote marks).
QString unquoted(const QString &text)
{
    int lines = 0, quoted = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        quoted += line.startsWith(QLatin1Char('>')) ? 1 : 0;
    }
    if (lines < 4 || quoted * 3 < lines * 2)
        return text;
    QString out;
    out.reserve(text.size());
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('>')))
            line = line.mid(line.startsWith(QLatin1String("> ")) ? 2 : 1);
        out += line;
        out += QLatin1Char('\n');
    }
    return out;
}

// Mailing-list managers (fml, RFC 2369 style list servers) answer a post they refused with
// an error notice to the list owner; the X-MLServer header names such a server.
bool isListServerError(const QList<RawHeader> &h, const QString &subject)
{
    static const QRegularExpression subj(QStringLiteral(
        "loop alert|error|reject|not (?:a )?member|denied|not allowed|fail"), QRegularExpression::CaseInsensitiveOption);
    return !TextDecoding::headerValue(h, "X-MLServer").isEmpty() && subj.match(subject).hasMatch();
}

// A bounce returned inside another message (a gateway that wraps the whole DSN in a
// message/rfc822 part): its own header says multipart/report (RFC 6522) of delivery-status.
bool originalIsBounce(const QByteArray &original)
{
    const QList<RawHeader> h = TextDecoding::splitHeaders(original);
    const QByteArray type = TextDecoding::headerValue(h, "Content-Type").toLower();
    return type.startsWith("multipart/report") && type.contains("delivery-status");
}

// RFC 3834 section 5 (Auto-Submitted) plus the usual vendor headers.
bool autoReplyHeader(const QList<RawHeader> &h)
{
    if (!TextDecoding::headerValue(h, "X-Autoreply").isEmpty() || !TextDecoding::headerValue(h, "X-Autorespond").isEmpty())
        return true;
    const QByteArray prec = TextDecoding::headerValue(h, "Precedence").toLower();
    if (prec.contains("auto_reply"))
        return true;
    return TextDecoding::headerValue(h, "Auto-Submitted").toLower().startsWith("auto-replied");
}

// Subjects of out-of-office and other automatic replies.
bool autoReplySubject(const QString &subject)
{
    static const QRegularExpression subj(QStringLiteral(
        "^(?:auto(?:matic)?[ -]?(?:reply|response|respons|antwort)|out of (?:the )?office|autoreply|vacation|"
        "abwesenheit|absence|auto:|r[ée]ponse automatique)"), QRegularExpression::CaseInsensitiveOption);
    return subj.match(subject).hasMatch();
}

// The text reports a failed delivery: a recipient address, an SMTP reply code or RFC 3463
// status of class 4 or 5, and a failure word. RFC 3834 section 5 defines Auto-Submitted:
// auto-replied as "automatically generated as a direct response to another message", which a
// bounce also is; the header says how a message was made, the text says what it is.
bool statesFailure(const FreeTextResult &free)
{
    static const QRegularExpression code(QStringLiteral("(?:^|\\s)[45]\\d\\d[ -]|\\b[45]\\.\\d{1,3}\\.\\d{1,3}\\b"));
    static const QRegularExpression failure(QStringLiteral(
        "unknown|rejected|denied|refused|unavailable|does not exist|no such|not found|invalid|quota|full|blocked|"
        "undeliverable|failed|failure|error"), QRegularExpression::CaseInsensitiveOption);
    bool address = false;
    for (const FreeTextRecipient &r : free.recipients)
        address |= r.address.contains(QLatin1Char('@'));
    if (!address)
        return false;
    const QStringView head = QStringView(free.errorSection).left(1000);
    return code.match(head).hasMatch() && failure.match(head).hasMatch();
}

// A permanent failure in the machine-readable part or in a recipient's text: a notice that
// says so is a bounce, even when it also mentions verification or allowlisting.
bool reportsPermanentFailure(const DeliveryStatus &ds, const FreeTextResult &free)
{
    static const QRegularExpression permanent(QStringLiteral("(?:^|\\s)5\\d\\d[ -]|\\b5\\.\\d{1,3}\\.\\d{1,3}\\b"));
    for (const QList<DsnField> &g : ds.recipientGroups) {
        if (DeliveryStatusParser::value(g, QLatin1String("Action")).trimmed().startsWith(QLatin1String("failed"), Qt::CaseInsensitive)
            || DeliveryStatusParser::value(g, QLatin1String("Status")).trimmed().startsWith(QLatin1Char('5')))
            return true;
    }
    if (!ds.recipientGroups.isEmpty())
        return false; // the machine-readable part decides
    for (const FreeTextRecipient &r : free.recipients) {
        if (permanent.match(r.diagnostic).hasMatch())
            return true;
    }
    return false;
}

// Cheap test before SenderAddresses: does a recipient found in the text occur in a header
// that names the sender side at all?
bool mayNameSender(const FreeTextResult &free, const QList<RawHeader> &top, const OriginalMessage &original)
{
    if (free.recipients.isEmpty())
        return false;
    const QByteArray to = TextDecoding::headerValue(top, "To");
    const QLatin1StringView toView(to.constData(), to.size());
    for (const FreeTextRecipient &r : free.recipients) {
        if (toView.contains(r.address, Qt::CaseInsensitive) || original.from.contains(r.address, Qt::CaseInsensitive)
            || original.returnPath.contains(r.address, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Drops sender addresses found on recipient lines, except where one stands alone as a list
// entry; true when one was dropped.
bool dropSenders(FreeTextResult &free, const QStringList &senders)
{
    if (senders.isEmpty())
        return false;
    const qsizetype before = free.recipients.size();
    free.recipients.removeIf([&](const FreeTextRecipient &r) {
        return SenderAddresses::contains(senders, r.address) && !FreeTextParser::standsAlone(free.errorSection, r);
    });
    return free.recipients.size() != before;
}

bool senderLooksLikeMailer(const QList<RawHeader> &h, const QString &from, const QString &subject)
{
    static const QRegularExpression fromRe(QStringLiteral(
        "mailer-daemon|post_?master|mail delivery|mail administrator|mailer_daemon|mdaemon|bounce|nobody@|"
        "mail system|MAILER|devnull|double-bounce|Microsoft Outlook"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subjRe(QStringLiteral(
        "undeliver|undelivered|delivery (?:status|fail|notification|report|problem)|returned (?:mail|to sender)|"
        "failure notice|mail delivery|non.?deliver|could not be delivered|not delivered|bounce|mail error|"
        "delivery has failed|failed delivery|rejected|unzustellbar|Unable to deliver|Delivery Status|"
        "error sending|warning: could not send|message status|mail failure|delivery error|system administrator"),
        QRegularExpression::CaseInsensitiveOption);
    return fromRe.match(from).hasMatch() || subjRe.match(subject).hasMatch()
        || !TextDecoding::headerValue(h, "X-Failed-Recipients").isEmpty();
}

// Each recipient costs a reply-line parse and a reason classification; real bounces name at
// most a few hundred (RFC 5321 section 4.5.3.1.8 asks servers to accept 100 per message;
// Postfix's default limit is 1,000), so past BounceAnalyzer::MaxRecipients the rest of a
// hostile list is dropped and the problems say so.
template<typename List>
void capRecipients(List &recipients, QStringList &problems)
{
    if (recipients.size() <= BounceAnalyzer::MaxRecipients)
        return;
    problems << QStringLiteral("more than %1 recipients; only the first %1 were read").arg(BounceAnalyzer::MaxRecipients);
    recipients.resize(BounceAnalyzer::MaxRecipients);
}

} // namespace

BounceAnalysis BounceAnalyzer::analyze(const QByteArray &raw)
{
    return analyzeNested(raw, 0);
}

BounceAnalysis BounceAnalyzer::analyzeNested(const QByteArray &raw, int depth)
{
    BounceAnalysis a;
    const QByteArray msg = stripMboxLine(raw);
    if (msg.trimmed().isEmpty()) {
        a.problems << QStringLiteral("empty message");
        return a;
    }
    const MimeTree tree = MimeReader::read(msg);
    a.problems += tree.problems;
    const QList<RawHeader> top = TextDecoding::splitHeaders(tree.topHeader);
    if (top.isEmpty())
        a.problems << QStringLiteral("no message header found");
    a.subject = TextDecoding::decodeHeader(TextDecoding::headerValue(top, "Subject"));
    a.from = TextDecoding::decodeHeader(TextDecoding::headerValue(top, "From"));
    Sections s = collect(tree);
    s.humanText = unquoted(s.humanText);

    // The free text sees only the human part; a pasted original is cut off and read as such.
    FreeTextResult free = FreeTextParser::parse(s.humanText);
    capRecipients(free.recipients, a.problems);
    if (s.original.isEmpty() && free.originalStart >= 0) {
        const qsizetype eol = s.humanText.indexOf(QLatin1Char('\n'), free.originalStart);
        if (eol >= 0) {
            QString rest = s.humanText.mid(eol + 1);
            while (rest.startsWith(QLatin1Char('\n')) || rest.startsWith(QLatin1Char('\r')))
                rest.remove(0, 1);
            s.original = rest.toUtf8();
            s.originalHeadersOnly = !rest.contains(QLatin1String("\n\n"));
        }
    }
    if (!s.original.isEmpty())
        a.original = OriginalMessageParser::parse(s.original, s.originalHeadersOnly);
    // A sender is never a recipient (SenderAddresses): a recipient line that starts with one
    // ("Dear <alice@...>, your message to <bob@...>") is dropped, unless the address stands
    // alone there as a listed failed address.
    const QStringList senders = mayNameSender(free, top, a.original) ? SenderAddresses::of(top, a.original) : QStringList();
    if (dropSenders(free, senders) && free.recipients.isEmpty()) {
        // Nothing else stood on a recipient line: read the sentences again, without senders.
        free = FreeTextParser::parse(s.humanText, senders);
        QStringList reported; // the first parse already said so
        capRecipients(free.recipients, reported);
    }

    a.bounceText = s.humanText.left(free.originalStart >= 0 ? free.originalStart : s.humanText.size());
    const int dsnBase = a.bounceText.isEmpty() ? 0 : int(a.bounceText.size() + 1);
    if (!s.dsnText.isEmpty()) {
        if (!a.bounceText.isEmpty())
            a.bounceText += QLatin1Char('\n');
        a.bounceText += s.dsnText;
    }

    RecipientDetails::Context ctx{&a, &free, &top};
    if (s.hasFeedbackPart || tree.topReportType == "feedback-report") {
        RecipientDetails::readFeedback(ctx, s.feedbackText);
        return a;
    }
    DeliveryStatus ds;
    if (s.hasDsnPart)
        ds = DeliveryStatusParser::parse(s.dsnText, dsnBase);
    else if (s.humanText.contains(QLatin1String("Final-Recipient:"), Qt::CaseInsensitive))
        ds = DeliveryStatusParser::parse(a.bounceText, 0); // DSN fields pasted into a text body
    capRecipients(ds.recipientGroups, a.problems);
    // A challenge-response request may come dressed as a DSN ("Action: delayed"); nothing
    // failed or is retried, the sender has to answer. A permanent failure stays a bounce.
    const QString challenge = reportsPermanentFailure(ds, free) ? QString() : ChallengeNotice::detect(top, a.subject, s.humanText);
    if (!challenge.isEmpty()) {
        a.kind = Kind::Challenge;
        a.mta = challenge;
        a.messageFields = ds.messageFields;
        a.reportingMta = DeliveryStatusParser::stripType(DeliveryStatusParser::value(ds.messageFields, QLatin1String("Reporting-MTA")));
        return a;
    }
    if (!ds.recipientGroups.isEmpty()) {
        RecipientDetails::readDeliveryStatus(ctx, ds);
        return a;
    }
    if (depth < MaxNesting && !s.original.isEmpty() && !s.originalHeadersOnly && originalIsBounce(s.original)) {
        BounceAnalysis inner = analyzeNested(s.original, depth + 1);
        if (!inner.recipients.isEmpty()) {
            inner.problems.prepend(QStringLiteral("the bounce was found inside a forwarded message"));
            return inner;
        }
    }
    if (isListServerError(top, a.subject)) {
        free.looksLikeBounce = true;
        if (free.family.isEmpty())
            free.family = QStringLiteral("mailinglist");
    }
    const bool mailer = senderLooksLikeMailer(top, a.from, a.subject);
    // Marked as an automatic reply by its header only: decided by what the text says (an
    // out-of-office subject or a text without a failure stays an auto-reply).
    const bool mayBeAutoReply = !free.looksLikeBounce && !mailer;
    const bool subjectSaysAutoReply = mayBeAutoReply && autoReplySubject(a.subject);
    const bool headerSaysAutoReply = mayBeAutoReply && autoReplyHeader(top);
    const bool failureText = headerSaysAutoReply && !subjectSaysAutoReply && statesFailure(free);
    if ((subjectSaysAutoReply || headerSaysAutoReply) && !failureText) {
        a.kind = Kind::AutoReply;
        return a;
    }
    // A null reverse-path (RFC 5321 section 4.5.5) marks notifications, bounces among them.
    const bool nullSender = TextDecoding::headerValue(top, "Return-Path").trimmed() == "<>";
    if (!free.looksLikeBounce && !mailer && !nullSender && !failureText && tree.topReportType != "delivery-status") {
        a.kind = Kind::NotBounce;
        return a;
    }
    RecipientDetails::readFreeText(ctx);
    if (GoogleGroupsNotice::matches(top, a.bounceText))
        GoogleGroupsNotice::applyTo(a);
    return a;
}

} // namespace Dsn
