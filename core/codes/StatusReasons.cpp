// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusReasons.h"

#include <QHash>

namespace Codes {

namespace {

struct StatusReason
{
    const char *status;
    Reason reason;
};

// RFC 3463 / IANA registry codes mapped to a reason. Follows Sisimai's status table
// (smtp/status "Name") so that results compare; class-specific where the meaning differs.
const StatusReason kStatusReasons[] = {
    {"2.1.5", Reason::Delivered},
    {"4.1.6", Reason::HasMoved}, {"4.1.7", Reason::Rejected}, {"4.1.8", Reason::Rejected},
    {"4.1.9", Reason::SystemError}, {"4.2.1", Reason::Blocked}, {"4.2.2", Reason::MailboxFull},
    {"4.2.3", Reason::ExceedLimit}, {"4.2.4", Reason::Filtered}, {"4.3.1", Reason::SystemFull},
    {"4.3.2", Reason::NotAccept}, {"4.3.3", Reason::SystemError}, {"4.3.5", Reason::SystemError},
    {"4.4.1", Reason::Expired}, {"4.4.2", Reason::NetworkError}, {"4.4.3", Reason::SystemError},
    {"4.4.4", Reason::NetworkError}, {"4.4.5", Reason::SystemFull}, {"4.4.6", Reason::NetworkError},
    {"4.4.7", Reason::Expired}, {"4.4.8", Reason::NetworkError}, {"4.5.3", Reason::SystemError},
    {"4.5.5", Reason::SystemError}, {"4.6.0", Reason::ContentError}, {"4.6.2", Reason::ContentError},
    {"4.6.5", Reason::ContentError}, {"4.7.1", Reason::Blocked}, {"4.7.2", Reason::Blocked},
    {"4.7.5", Reason::SecurityError}, {"4.7.6", Reason::SecurityError}, {"4.7.7", Reason::SecurityError},
    {"4.7.12", Reason::SecurityError}, {"4.7.15", Reason::SecurityError}, {"4.7.16", Reason::MesgTooBig},
    {"4.7.24", Reason::AuthFailure}, {"4.7.25", Reason::RequirePtr}, {"4.7.26", Reason::AuthFailure},
    {"5.1.0", Reason::UserUnknown}, {"5.1.1", Reason::UserUnknown}, {"5.1.2", Reason::HostUnknown},
    {"5.1.3", Reason::UserUnknown}, {"5.1.4", Reason::Filtered}, {"5.1.6", Reason::HasMoved},
    {"5.1.7", Reason::Rejected}, {"5.1.8", Reason::Rejected}, {"5.1.9", Reason::SystemError},
    {"5.1.10", Reason::NotAccept}, {"5.2.0", Reason::Filtered}, {"5.2.1", Reason::Suspend},
    {"5.2.2", Reason::MailboxFull}, {"5.2.3", Reason::ExceedLimit}, {"5.2.4", Reason::Filtered},
    {"5.3.0", Reason::SystemError}, {"5.3.1", Reason::SystemFull}, {"5.3.2", Reason::NotAccept},
    {"5.3.3", Reason::SystemError}, {"5.3.4", Reason::MesgTooBig}, {"5.3.5", Reason::SystemError},
    {"5.4.0", Reason::NetworkError}, {"5.4.3", Reason::SystemError}, {"5.4.4", Reason::HostUnknown},
    {"5.4.6", Reason::NetworkError}, // routing loop detected (RFC 3463 3.5), like 4.4.6
    {"5.4.7", Reason::Expired},      // delivery time expired (RFC 3463 3.5), like 4.4.7
    {"5.5.2", Reason::SyntaxError}, {"5.5.3", Reason::TooManyConn}, {"5.5.4", Reason::SystemError},
    {"5.5.5", Reason::SystemError}, {"5.5.6", Reason::SyntaxError}, {"5.6.0", Reason::ContentError},
    {"5.6.1", Reason::ContentError}, {"5.6.2", Reason::ContentError}, {"5.6.3", Reason::ContentError},
    {"5.6.5", Reason::ContentError}, {"5.6.6", Reason::ContentError}, {"5.6.7", Reason::ContentError},
    {"5.6.8", Reason::ContentError}, {"5.6.9", Reason::ContentError}, {"5.6.10", Reason::ContentError},
    {"5.7.0", Reason::SecurityError}, {"5.7.1", Reason::SecurityError}, {"5.7.2", Reason::SecurityError},
    {"5.7.3", Reason::SecurityError}, {"5.7.4", Reason::SecurityError}, {"5.7.5", Reason::SecurityError},
    {"5.7.6", Reason::SecurityError}, {"5.7.7", Reason::SecurityError}, {"5.7.8", Reason::SecurityError},
    {"5.7.9", Reason::SecurityError}, {"5.7.10", Reason::SecurityError}, {"5.7.11", Reason::SecurityError},
    {"5.7.13", Reason::Suspend}, {"5.7.14", Reason::SecurityError}, {"5.7.15", Reason::SecurityError},
    {"5.7.16", Reason::MesgTooBig}, {"5.7.17", Reason::HasMoved}, {"5.7.18", Reason::HasMoved},
    {"5.7.19", Reason::SecurityError}, {"5.7.20", Reason::AuthFailure}, {"5.7.21", Reason::AuthFailure},
    {"5.7.22", Reason::AuthFailure}, {"5.7.23", Reason::AuthFailure}, {"5.7.24", Reason::AuthFailure},
    {"5.7.25", Reason::RequirePtr}, {"5.7.26", Reason::AuthFailure}, {"5.7.27", Reason::NotAccept},
    {"5.7.28", Reason::SpamDetected}, {"5.7.29", Reason::AuthFailure}, {"5.7.30", Reason::FailedStartTls},
};

const QHash<QString, Reason> &table()
{
    static const QHash<QString, Reason> hash = [] {
        QHash<QString, Reason> h;
        for (const StatusReason &s : kStatusReasons)
            h.insert(QString::fromLatin1(s.status), s.reason);
        return h;
    }();
    return hash;
}

} // namespace

Reason reasonForStatus(const QString &status)
{
    return table().value(status, Reason::Undefined);
}

} // namespace Codes
