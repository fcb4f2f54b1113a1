// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineReportBuilder.h"

#include "report/CodeAnatomyBuilder.h"

namespace Report {

QString LineReportBuilder::whoActsForReason(Codes::Reason reason)
{
    using R = Codes::Reason;
    switch (reason) {
    case R::UserUnknown: case R::HostUnknown: case R::HasMoved: case R::SyntaxError: case R::MesgTooBig:
    case R::ContentError: case R::NotCompliantRfc: case R::SpamDetected: case R::VirusDetected:
        return QStringLiteral("sender");
    case R::AuthFailure: case R::RequirePtr: case R::BadReputation: case R::Blocked: case R::FailedStartTls:
    case R::SecurityError: case R::NoRelaying: case R::MailerError:
        return QStringLiteral("sender-admin");
    case R::MailboxFull: case R::Suspend:
        return QStringLiteral("recipient");
    case R::PolicyViolation: case R::Rejected: case R::Filtered: case R::NotAccept:
        return QStringLiteral("recipient-admin");
    case R::Speeding: case R::TooManyConn: case R::SystemFull: case R::NetworkError: case R::SystemError:
    case R::Expired: case R::ExceedLimit: case R::OnHold:
        return QStringLiteral("nobody-retry");
    default:
        return QString();
    }
}

void LineReportBuilder::setVerdict(ReportModel &model, const CodeAnatomy &code, Codes::Reason reason, const QString &recipient)
{
    const QString why = CodeAnatomyBuilder::reasonText(reason);
    const QString who = recipient.isEmpty() ? QString() : recipient;
    if (code.permanent) {
        model.verdictState = State::Error;
        model.permanence = QStringLiteral("permanent");
        model.verdict = who.isEmpty() ? tr("The receiving server refused the message for good: %1").arg(why)
                                      : tr("Delivery to %1 failed for good: %2").arg(who, why);
    } else if (code.transient) {
        model.verdictState = State::Warning;
        model.permanence = QStringLiteral("temporary");
        model.verdict = who.isEmpty() ? tr("The receiving server deferred the message; it is usually retried: %1").arg(why)
                                      : tr("Delivery to %1 is delayed; it is usually retried: %2").arg(who, why);
    } else {
        model.verdictState = State::Ok;
        model.verdict = tr("This code reports success, not a failure.");
    }
    const QString acts = whoActsForReason(reason);
    model.whoActs = acts;
    if (code.transient || acts == QLatin1String("nobody-retry"))
        model.retryHelps = true;
    else if (code.permanent)
        model.retryHelps = false;
}

ReportModel LineReportBuilder::build(const Codes::ParsedLine &line)
{
    ReportModel model;
    model.kind = ReportModel::Kind::Line;
    model.title = tr("Explained SMTP reply");
    model.source = tr("Pasted line");
    const CodeAnatomy code = CodeAnatomyBuilder::build(line);
    model.code = code;
    if (!line.recognized) {
        model.verdictState = State::Info;
        model.verdict = tr("This does not look like an SMTP error, so there is nothing to explain.");
        return model;
    }
    setVerdict(model, code, line.reason, QString());
    return model;
}

} // namespace Report
