// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecipientDetails.h"

#include "ScreenNames.h"

#include "codes/LineParser.h"
#include "codes/Reason.h"
#include "codes/ReasonClassifier.h"

#include <QRegularExpression>

namespace Dsn {
namespace {

QString cleanAddress(QString a)
{
    a = a.trimmed();
    const qsizetype lt = a.indexOf(QLatin1Char('<'));
    const qsizetype gt = a.indexOf(QLatin1Char('>'), lt + 1);
    if (lt >= 0 && gt > lt)
        a = a.mid(lt + 1, gt - lt - 1);
    a.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    while (a.endsWith(QLatin1Char('.')) || a.endsWith(QLatin1Char(',')))
        a.chop(1);
    if (a.startsWith(QLatin1Char('"')) && a.endsWith(QLatin1Char('"')) && a.size() > 1)
        a = a.mid(1, a.size() - 2);
    return a.trimmed();
}

// First RFC 3463 code in a Status value ("5.1.1 (user unknown)" -> "5.1.1").
QString statusToken(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"));
    const auto m = re.match(value);
    return m.hasMatch() ? m.captured(0) : QString();
}

// First SMTP reply code (RFC 5321 section 4.2) of class 4 or 5 that stands as a word.
QString firstReplyCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[\\s'\"(])([45][0-5]\\d)(?=[ -]|$)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

constexpr qsizetype MaxDiagnosticChars = 1200;

bool hasCode(const QString &text)
{
    return !statusToken(text).isEmpty() || !firstReplyCode(text).isEmpty();
}

bool isUnspecific(const QString &status)
{
    return status.size() == 5 && status.endsWith(QLatin1String(".0.0"));
}

// "4.4.7 Message expired ... <421 4.4.2 Connection timed out>": X.4.7 only says the queue
// gave up; the last code quoted after it names the failure itself.
QString preferredTextStatus(const QString &diagnostic, const QString &first)
{
    // "5.1.0 - Unknown address error 550-'5.7.1 ...": a code written right after a reply
    // code is the remote server's own (RFC 2034 section 4); a bare leading code is the
    // reporting MTA's summary of it.
    static const QRegularExpression paired(QStringLiteral("\\b[245]\\d\\d[ -]['\"(]?([245]\\.\\d{1,3}\\.\\d{1,3})\\b"));
    const auto pm = paired.match(diagnostic);
    if (pm.hasMatch() && !first.isEmpty() && pm.captured(1) != first && pm.captured(1)[0] == first[0]
        && !diagnostic.startsWith(pm.captured(0).left(3)) && !isUnspecific(pm.captured(1)))
        return pm.captured(1);
    if (!first.endsWith(QLatin1String(".4.7")))
        return first;
    static const QRegularExpression re(QStringLiteral("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"));
    QString last = first;
    auto it = re.globalMatch(diagnostic);
    while (it.hasNext())
        last = it.next().captured(0);
    return isUnspecific(last) ? first : last;
}

// Reasons that correspond to one detail code (RFC 3463 sections 3.2 to 3.5, RFC 7505, RFC
// 7372); used only when the bounce carries no code or only its class ("5").
QString detailForReason(Codes::Reason r)
{
    switch (r) {
    case Codes::Reason::UserUnknown: return QStringLiteral(".1.1");
    case Codes::Reason::HostUnknown: return QStringLiteral(".1.2");
    case Codes::Reason::HasMoved: return QStringLiteral(".1.6");
    case Codes::Reason::MailboxFull: return QStringLiteral(".2.2");
    case Codes::Reason::MesgTooBig: return QStringLiteral(".3.4");
    // Also defined precisely: RFC 3463 3.3-3.5, RFC 7505 (null MX), RFC 7372 (reverse DNS).
    case Codes::Reason::Suspend: return QStringLiteral(".2.1");
    case Codes::Reason::ExceedLimit: return QStringLiteral(".2.3");
    case Codes::Reason::SystemFull: return QStringLiteral(".3.1");
    case Codes::Reason::Expired: return QStringLiteral(".4.7");
    case Codes::Reason::NotAccept: return QStringLiteral(".1.10");
    case Codes::Reason::RequirePtr: return QStringLiteral(".7.25");
    default: return {};
    }
}

QString actionOf(const QString &value)
{
    const QString a = value.trimmed().toLower();
    const qsizetype sp = a.indexOf(QLatin1Char(' '));
    return sp > 0 ? a.left(sp) : a;
}

Kind kindFromActions(const QList<RecipientResult> &rs)
{
    bool delayed = false, delivered = false;
    for (const RecipientResult &r : rs) {
        if (r.action == QLatin1String("failed"))
            return Kind::Bounce;
        delayed |= r.action == QLatin1String("delayed");
        delivered |= r.action == QLatin1String("delivered") || r.action == QLatin1String("relayed")
            || r.action == QLatin1String("expanded");
    }
    return delayed ? Kind::Delay : delivered ? Kind::Delivered : Kind::Bounce;
}

const FreeTextRecipient *freeBlockFor(const FreeTextResult &free, const QString &address)
{
    for (const FreeTextRecipient &f : free.recipients) {
        if (f.address.compare(address, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

RecipientResult fromGroup(const QList<DsnField> &g)
{
    RecipientResult r;
    r.fields = g;
    QString type;
    r.address = cleanAddress(DeliveryStatusParser::stripType(DeliveryStatusParser::value(g, QLatin1String("Final-Recipient"))));
    r.originalRecipient = cleanAddress(DeliveryStatusParser::stripType(DeliveryStatusParser::value(g, QLatin1String("Original-Recipient"))));
    if (r.address.isEmpty() || !r.address.contains(QLatin1Char('@')))
        r.address = r.originalRecipient.contains(QLatin1Char('@')) ? r.originalRecipient : r.address;
    r.action = actionOf(DeliveryStatusParser::value(g, QLatin1String("Action")));
    r.status = statusToken(DeliveryStatusParser::value(g, QLatin1String("Status")));
    r.diagnosticCode = DeliveryStatusParser::stripType(DeliveryStatusParser::value(g, QLatin1String("Diagnostic-Code")), &type);
    r.diagnosticType = type;
    r.remoteMta = DeliveryStatusParser::stripType(DeliveryStatusParser::value(g, QLatin1String("Remote-MTA")));
    r.lastAttempt = DeliveryStatusParser::value(g, QLatin1String("Last-Attempt-Date"));
    r.willRetryUntil = DeliveryStatusParser::value(g, QLatin1String("Will-Retry-Until"));
    if (!g.isEmpty()) {
        const int start = g.first().span.offset;
        const int end = g.last().span.offset + g.last().span.length;
        r.span = TextSpan{start, end - start};
    }
    return r;
}

// The last "NNN X.Y.Z" reply of class `cls` in a transcript ("554 5.3.0 unknown mailer
// error 255"), with its reply code; empty when none or only X.0.0.
QPair<QString, QString> lastTranscriptReply(const QString &text, QChar cls)
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\n)[ \\t]*(?:<<<\\s*)?([245]\\d\\d)[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b"));
    QPair<QString, QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2)[0] == cls && !isUnspecific(m.captured(2)))
            out = {m.captured(2), m.captured(1)};
    }
    return out;
}

// The command a sendmail-style transcript failed at: the last ">>> CMD" before the first
// "<<< 4xx/5xx" reply (RFC 5321 section 4.2).
QString transcriptCommand(const QString &section)
{
    QString last;
    for (QStringView line : QStringView(section).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String(">>> ")))
            last = line.mid(4).split(QLatin1Char(' ')).first().toString().toUpper();
        else if (line.startsWith(QLatin1String("<<< 4")) || line.startsWith(QLatin1String("<<< 5")))
            return last == QLatin1String("RCPT") || last == QLatin1String("MAIL") || last == QLatin1String("DATA") ? last : QString();
    }
    return {};
}

// Transcripts list the accepted steps first ("250 2.1.5 Ok" after RCPT); the failure is the
// first 4xx/5xx reply (RFC 5321 section 4.2.1). Text before it is dropped when it holds only
// positive replies.
QString fromFirstNegativeReply(const QString &diagnostic)
{
    static const QRegularExpression reply(QStringLiteral("\\b([2345])\\d\\d(?=[ -])"));
    bool positiveSeen = false;
    auto it = reply.globalMatch(diagnostic);
    while (it.hasNext()) {
        const auto m = it.next();
        const QChar c = m.captured(1)[0];
        if (c == QLatin1Char('2') || c == QLatin1Char('3')) {
            positiveSeen = true;
            continue;
        }
        return positiveSeen ? diagnostic.mid(m.capturedStart(0)) : diagnostic;
    }
    return diagnostic;
}

QStringList addressesIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

// RFC 3463 section 3.3: X.2.2 (mailbox full) "should be used as a persistent transient
// failure". When the MTA retried a full mailbox until its retry period ran out and no code
// was written, the condition was transient: 4.2.2, while the action stays "failed".
void transientUntilExpiry(RecipientResult &r)
{
    static const QRegularExpression expiry(QStringLiteral(
        "retry timeout exceeded|in the queue too long|retry time not reached|retried .{0,40}too long"),
        QRegularExpression::CaseInsensitiveOption);
    if (r.reason != QLatin1String("mailboxfull") || !r.replyCode.isEmpty() || !statusToken(r.diagnosticCode).isEmpty())
        return;
    if (expiry.match(r.diagnosticCode).hasMatch())
        r.status = QStringLiteral("4.2.2");
}

// "Final-Recipient: rfc822; @host" (no local part): the address the human part or the
// returned original names, when there is exactly one candidate.
QString soleRecipientElsewhere(const RecipientDetails::Context &ctx, const QString &fallback)
{
    const QString bounceTo = cleanAddress(TextDecoding::decodeHeader(TextDecoding::headerValue(*ctx.topHeader, "To")));
    QStringList found;
    for (const FreeTextRecipient &f : ctx.free->recipients) {
        const QString a = cleanAddress(f.address);
        if (a.contains(QLatin1Char('@')) && a.compare(bounceTo, Qt::CaseInsensitive) != 0 && !found.contains(a, Qt::CaseInsensitive))
            found << a;
    }
    if (found.isEmpty()) {
        for (const QString &t : ctx.analysis->original.to)
            found += addressesIn(t);
    }
    return found.size() == 1 ? found.first() : fallback;
}

// A recipient named without a domain keeps its name; the domain is added only when the
// notice's own context gives exactly one (ScreenNames::complete), and the result says so.
void completeScreenName(RecipientResult &r, const RecipientDetails::Context &ctx)
{
    if (r.address.isEmpty() || r.address.contains(QLatin1Char('@')))
        return;
    const ScreenNames::Completion c = ScreenNames::complete(r.address, *ctx.analysis, ctx.free->errorSection, *ctx.topHeader);
    if (c.address.isEmpty())
        return;
    r.addressAsWritten = r.address;
    r.address = c.address;
    r.addressCompletedFrom = c.from;
}

} // namespace

void RecipientDetails::complete(RecipientResult &r, QChar defaultClass)
{
    // The codes sit at the start of a diagnostic; the line parser and the classifier get a
    // bounded prefix so that a pasted novel does not cost more than a bounce.
    const QString diagnostic = r.diagnosticCode.left(MaxDiagnosticChars);
    const Codes::ParsedLine pl = Codes::parseLine(diagnostic);
    if (r.replyCode.isEmpty())
        r.replyCode = pl.replyCode;
    if (r.command.isEmpty())
        r.command = pl.command;
    const QString textStatus = preferredTextStatus(r.diagnosticCode, pl.status.isEmpty() ? statusToken(diagnostic) : statusToken(pl.status));
    // The remote server's own code in Diagnostic-Code is more precise than the Status the
    // reporting MTA derived from it (RFC 3464 section 2.3.6), as long as the class agrees.
    if (r.status.isEmpty() || (!textStatus.isEmpty() && !isUnspecific(textStatus) && textStatus[0] == r.status[0]))
        r.status = textStatus.isEmpty() ? r.status : textStatus;
    QChar cls = !r.status.isEmpty() ? r.status[0] : !r.replyCode.isEmpty() ? r.replyCode[0] : defaultClass;
    const Codes::ReasonDecision decision = Codes::decideReason({diagnostic, r.replyCode, r.status, pl.provider, r.command, r.diagnosticType, true});
    const Codes::Reason reason = decision.reason;
    // Status refinement: a bounce that gives no code, or only its class ("5"), gets the code
    // RFC 3463 defines for the reason (user unknown -> X.1.1, mailbox full -> X.2.2), marked
    // derived. A class the bounce wrote is kept.
    if ((r.status.isEmpty() || r.status.size() == 1) && (cls == QLatin1Char('4') || cls == QLatin1Char('5'))) {
        const QString detail = detailForReason(reason);
        r.status = detail.isEmpty() ? QString(cls) : QString(cls) + detail;
        r.statusDerived = !detail.isEmpty();
    }
    r.reason = Codes::reasonName(reason);
    r.reasonEvidence = decision.evidence;
    r.hardBounce = Codes::isHardBounce(reason, cls);
    if (r.action.isEmpty())
        r.action = cls == QLatin1Char('2') ? QStringLiteral("delivered") : cls == QLatin1Char('4') ? QStringLiteral("delayed") : QStringLiteral("failed");
}

void RecipientDetails::readDeliveryStatus(const Context &ctx, const DeliveryStatus &ds)
{
    BounceAnalysis &a = *ctx.analysis;
    a.messageFields = ds.messageFields;
    a.reportingMta = DeliveryStatusParser::stripType(DeliveryStatusParser::value(ds.messageFields, QLatin1String("Reporting-MTA")));
    a.arrivalDate = DeliveryStatusParser::value(ds.messageFields, QLatin1String("Arrival-Date"));
    a.mta = ctx.free->family.isEmpty() ? QStringLiteral("rfc3464") : ctx.free->family;
    for (const QList<DsnField> &g : ds.recipientGroups) {
        RecipientResult r = fromGroup(g);
        if (!r.address.contains(QLatin1Char('@')) && ds.recipientGroups.size() == 1 && ctx.free->recipients.size() == 1
            && ctx.free->recipients.first().address.contains(QLatin1Char('@')))
            r.address = cleanAddress(ctx.free->recipients.first().address); // "Final-Recipient: rfc822; @host"
        if (!r.address.contains(QLatin1Char('@')) || r.address.startsWith(QLatin1Char('@')))
            r.address = soleRecipientElsewhere(ctx, r.address);
        if (r.address.isEmpty())
            continue;
        completeScreenName(r, ctx);
        const FreeTextRecipient *block = freeBlockFor(*ctx.free, r.addressAsWritten.isEmpty() ? r.address : r.addressAsWritten);
        if (r.diagnosticCode.isEmpty() && block)
            r.diagnosticCode = block->diagnostic;
        // Postfix writes the SMTP stage only in the human part ("... (in reply to RCPT TO
        // command)", bounce(8) templates); Diagnostic-Code carries the bare reply. The stage
        // decides what a "user unknown" means (RFC 5321 section 3.3).
        if (block && r.command.isEmpty() && Codes::extractCommand(r.diagnosticCode).isEmpty())
            r.command = Codes::extractCommand(block->diagnostic);
        const QChar cls = r.action == QLatin1String("delayed") ? QLatin1Char('4') : r.action == QLatin1String("delivered") ? QLatin1Char('2') : QLatin1Char('5');
        if (ds.recipientGroups.size() == 1 && ctx.free->errorSection.contains(QLatin1String("\n<<< ")))
            r.command = transcriptCommand(ctx.free->errorSection);
        complete(r, cls);
        if (ds.recipientGroups.size() == 1 && (r.status.size() == 1 || isUnspecific(r.status))
            && statusToken(r.diagnosticCode).isEmpty()) {
            // "Status: 5.0.0" with "Diagnostic-Code: X-Unix; 255": the human part's
            // transcript usually carries the precise reply (sendmail and relatives).
            const auto reply = lastTranscriptReply(ctx.free->errorSection, r.status[0]);
            if (!reply.first.isEmpty()) {
                r.status = reply.first;
                if (r.replyCode.isEmpty())
                    r.replyCode = reply.second;
                if (r.reason == QLatin1String("onhold") || r.reason.isEmpty() || r.reason == QLatin1String("undefined")) {
                    RecipientResult again = r;
                    again.diagnosticCode = r.diagnosticCode + QLatin1Char(' ') + ctx.free->errorSection.simplified().left(1000);
                    complete(again, r.status[0]);
                    r.reason = again.reason;
                    r.hardBounce = again.hardBounce;
                }
            }
        }
        a.recipients.append(r);
    }
    a.kind = kindFromActions(a.recipients);
}

void RecipientDetails::readFreeText(const Context &ctx)
{
    BounceAnalysis &a = *ctx.analysis;
    const FreeTextResult &free = *ctx.free;
    a.mta = free.family;
    const QString bounceTo = cleanAddress(TextDecoding::decodeHeader(TextDecoding::headerValue(*ctx.topHeader, "To")));
    QList<FreeTextRecipient> found;
    for (const FreeTextRecipient &f : free.recipients) {
        if (f.address.compare(bounceTo, Qt::CaseInsensitive) != 0)
            found.append(f);
    }
    const QString section = free.errorSection.simplified().left(2000);
    if (found.isEmpty()) {
        // The bounce went back to the failed address itself (a forwarder, a list): keep a
        // recipient line of the bounce's addressee when it carries a diagnostic.
        for (const FreeTextRecipient &f : free.recipients) {
            if (hasCode(f.diagnostic))
                found.append(f);
        }
    }
    if (found.isEmpty()) {
        const QString failed = QString::fromLatin1(TextDecoding::headerValue(*ctx.topHeader, "X-Failed-Recipients"));
        for (const QString &c : addressesIn(failed))
            found.append({c, section, TextSpan{}});
    }
    // No address in the text: a recipient named without a domain ("kijitora... User unknown")
    // is what the bounce says failed, before any guess from the returned original.
    if (found.isEmpty() && free.recipients.isEmpty())
        found = ScreenNames::find(free.errorSection);
    if (found.isEmpty()) {
        for (const QString &t : a.original.to) {
            for (const QString &c : addressesIn(t))
                found.append({c, section, TextSpan{}});
        }
    }
    if (found.isEmpty())
        found = free.recipients; // the only address named is the bounce's own addressee
    for (const FreeTextRecipient &f : found) {
        RecipientResult r;
        r.address = cleanAddress(f.address);
        completeScreenName(r, ctx);
        r.diagnosticCode = fromFirstNegativeReply(f.diagnostic);
        r.span = f.span;
        if (!hasCode(f.diagnostic) && found.size() == 1) {
            // One recipient and the codes elsewhere in the notice ("Additional information:
            // 5.4.1 ..."): the first status and reply code of the whole error section.
            r.status = statusToken(section);
            r.replyCode = firstReplyCode(section);
        }
        if (free.gaveUp)
            r.action = QStringLiteral("failed"); // "I've given up": final even with a 4.x.x code
        complete(r, free.temporary ? QLatin1Char('4') : QLatin1Char('5'));
        transientUntilExpiry(r);
        a.recipients.append(r);
    }
    a.kind = a.recipients.isEmpty() ? Kind::Bounce : kindFromActions(a.recipients);
    if (a.recipients.isEmpty())
        a.problems << QStringLiteral("bounce without a recognisable recipient");
}

void RecipientDetails::readFeedback(const Context &ctx, const QString &feedbackText)
{
    BounceAnalysis &a = *ctx.analysis;
    a.kind = Kind::Feedback;
    a.mta = QStringLiteral("arf");
    const int base = a.bounceText.isEmpty() ? 0 : int(a.bounceText.size() + 1);
    if (!a.bounceText.isEmpty())
        a.bounceText += QLatin1Char('\n');
    a.bounceText += feedbackText;
    const DeliveryStatus ds = DeliveryStatusParser::parse(feedbackText, base);
    a.messageFields = ds.messageFields;
    for (const QList<DsnField> &g : ds.recipientGroups)
        a.messageFields += g;
    RecipientResult r;
    r.address = cleanAddress(DeliveryStatusParser::stripType(DeliveryStatusParser::value(a.messageFields, QLatin1String("Original-Rcpt-To"))));
    if (r.address.isEmpty() && !a.original.to.isEmpty())
        r.address = cleanAddress(a.original.to.first());
    r.feedbackType = DeliveryStatusParser::value(a.messageFields, QLatin1String("Feedback-Type"));
    r.reason = QStringLiteral("feedback");
    if (!r.address.isEmpty())
        a.recipients.append(r);
}

} // namespace Dsn
