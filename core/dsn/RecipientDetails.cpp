// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecipientDetails.h"

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

bool isUnspecific(const QString &status)
{
    return status.size() == 5 && status.endsWith(QLatin1String(".0.0"));
}

// "4.4.7 Message expired ... <421 4.4.2 Connection timed out>": X.4.7 only says the queue
// gave up; the last code quoted after it names the failure itself.
QString preferredTextStatus(const QString &diagnostic, const QString &first)
{
    if (!first.endsWith(QLatin1String(".4.7")))
        return first;
    static const QRegularExpression re(QStringLiteral("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"));
    QString last = first;
    auto it = re.globalMatch(diagnostic);
    while (it.hasNext())
        last = it.next().captured(0);
    return isUnspecific(last) ? first : last;
}

// Reasons that correspond to one RFC 3463 detail code (sections 3.2 to 3.4); used only when
// the bounce carries no code at all.
QString detailForReason(Codes::Reason r)
{
    switch (r) {
    case Codes::Reason::UserUnknown: return QStringLiteral(".1.1");
    case Codes::Reason::HostUnknown: return QStringLiteral(".1.2");
    case Codes::Reason::HasMoved: return QStringLiteral(".1.6");
    case Codes::Reason::MailboxFull: return QStringLiteral(".2.2");
    case Codes::Reason::MesgTooBig: return QStringLiteral(".3.4");
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

QStringList addressesIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

} // namespace

void RecipientDetails::complete(RecipientResult &r, QChar defaultClass)
{
    const Codes::ParsedLine pl = Codes::parseLine(r.diagnosticCode);
    if (r.replyCode.isEmpty())
        r.replyCode = pl.replyCode;
    if (r.command.isEmpty())
        r.command = pl.command;
    const QString textStatus = preferredTextStatus(r.diagnosticCode, statusToken(pl.status));
    // The remote server's own code in Diagnostic-Code is more precise than the Status the
    // reporting MTA derived from it (RFC 3464 section 2.3.6), as long as the class agrees.
    if (r.status.isEmpty() || (!textStatus.isEmpty() && !isUnspecific(textStatus) && textStatus[0] == r.status[0]))
        r.status = textStatus.isEmpty() ? r.status : textStatus;
    QChar cls = !r.status.isEmpty() ? r.status[0] : !r.replyCode.isEmpty() ? r.replyCode[0] : defaultClass;
    const Codes::Reason reason = Codes::classifyReason({r.diagnosticCode, r.replyCode, r.status, pl.provider, r.command});
    if (r.status.isEmpty() && (cls == QLatin1Char('4') || cls == QLatin1Char('5'))) {
        const QString detail = detailForReason(reason);
        r.status = detail.isEmpty() ? QString(cls) : QString(cls) + detail;
    }
    r.reason = Codes::reasonName(reason);
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
        if (!r.address.contains(QLatin1Char('@')) && ds.recipientGroups.size() == 1 && ctx.free->recipients.size() == 1)
            r.address = cleanAddress(ctx.free->recipients.first().address); // "Final-Recipient: rfc822; @host"
        if (r.address.isEmpty())
            continue;
        const FreeTextRecipient *block = freeBlockFor(*ctx.free, r.address);
        if (r.diagnosticCode.isEmpty() && block)
            r.diagnosticCode = block->diagnostic;
        const QChar cls = r.action == QLatin1String("delayed") ? QLatin1Char('4') : r.action == QLatin1String("delivered") ? QLatin1Char('2') : QLatin1Char('5');
        complete(r, cls);
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
        const QString failed = QString::fromLatin1(TextDecoding::headerValue(*ctx.topHeader, "X-Failed-Recipients"));
        QStringList candidates = addressesIn(failed);
        if (candidates.isEmpty())
            for (const QString &t : a.original.to)
                candidates += addressesIn(t);
        for (const QString &c : candidates)
            found.append({c, section, TextSpan{}});
    }
    if (found.isEmpty())
        found = free.recipients; // the only address named is the bounce's own addressee
    for (const FreeTextRecipient &f : found) {
        RecipientResult r;
        r.address = cleanAddress(f.address);
        r.diagnosticCode = f.diagnostic;
        r.span = f.span;
        const Codes::ParsedLine own = Codes::parseLine(f.diagnostic);
        if (own.status.isEmpty() && own.replyCode.isEmpty() && found.size() == 1) {
            const Codes::ParsedLine whole = Codes::parseLine(section);
            r.status = statusToken(whole.status);
            r.replyCode = whole.replyCode;
        }
        complete(r, free.temporary ? QLatin1Char('4') : QLatin1Char('5'));
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
