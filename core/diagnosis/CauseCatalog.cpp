// SPDX-License-Identifier: GPL-3.0-or-later
#include "CauseCatalog.h"

#include <QCoreApplication>

namespace Diagnosis {

const std::vector<CauseInfo> &CauseCatalog::all()
{
    // Who acts: the party that can change the outcome (docs/REPORT-DESIGN.md verdict badges).
    static const std::vector<CauseInfo> table{
        {"cause.recipient-unknown", QT_TRANSLATE_NOOP("Diagnosis", "The recipient address does not exist"),
         WhoActs::Sender, false},
        {"cause.recipient-domain-typo", QT_TRANSLATE_NOOP("Diagnosis", "The recipient domain looks like a typo"),
         WhoActs::Sender, false},
        {"cause.recipient-domain-no-mail", QT_TRANSLATE_NOOP("Diagnosis", "The recipient domain does not accept mail"),
         WhoActs::Sender, false},
        {"cause.mailbox-full", QT_TRANSLATE_NOOP("Diagnosis", "The recipient's mailbox is full"),
         WhoActs::Recipient, true},
        {"cause.mailbox-disabled", QT_TRANSLATE_NOOP("Diagnosis", "The recipient's mailbox is disabled or suspended"),
         WhoActs::Recipient, false},
        {"cause.spf-not-authorized", QT_TRANSLATE_NOOP("Diagnosis", "SPF does not authorize the sending server"),
         WhoActs::SenderAdmin, false},
        {"cause.spf-broken", QT_TRANSLATE_NOOP("Diagnosis", "The sender's SPF record is broken"),
         WhoActs::SenderAdmin, false},
        {"cause.dkim-missing-or-failing", QT_TRANSLATE_NOOP("Diagnosis", "DKIM signature missing or failing"),
         WhoActs::SenderAdmin, false},
        {"cause.dmarc-policy-reject", QT_TRANSLATE_NOOP("Diagnosis", "The sender domain's DMARC policy rejected the message"),
         WhoActs::SenderAdmin, false},
        {"cause.no-ptr", QT_TRANSLATE_NOOP("Diagnosis", "The sending IP has no valid reverse DNS (PTR)"),
         WhoActs::SenderAdmin, false},
        {"cause.blocklisted", QT_TRANSLATE_NOOP("Diagnosis", "The sending IP or domain is on a blocklist"),
         WhoActs::SenderAdmin, false},
        {"cause.reputation-or-rate-limit", QT_TRANSLATE_NOOP("Diagnosis", "Sender reputation or rate limit"),
         WhoActs::SenderAdmin, true},
        {"cause.message-too-large", QT_TRANSLATE_NOOP("Diagnosis", "The message is too large"),
         WhoActs::Sender, false},
        {"cause.content-rejected", QT_TRANSLATE_NOOP("Diagnosis", "The content was rejected as spam or malware"),
         WhoActs::Sender, false},
        {"cause.relay-denied", QT_TRANSLATE_NOOP("Diagnosis", "Relaying denied"),
         WhoActs::SenderAdmin, false},
        {"cause.recipient-policy", QT_TRANSLATE_NOOP("Diagnosis", "The recipient's organization does not accept mail from you"),
         WhoActs::RecipientAdmin, false},
        {"cause.tls-required", QT_TRANSLATE_NOOP("Diagnosis", "An encrypted (TLS) connection was required"),
         WhoActs::SenderAdmin, false},
        {"cause.temporary", QT_TRANSLATE_NOOP("Diagnosis", "A temporary problem; a retry will likely work"),
         WhoActs::NobodyRetry, true},
        {"cause.backscatter", QT_TRANSLATE_NOOP("Diagnosis", "Backscatter: a bounce for a message you did not send"),
         WhoActs::Nobody, false},
        {"cause.fixed-since", QT_TRANSLATE_NOOP("Diagnosis", "The problem the bounce describes looks fixed since"),
         WhoActs::Sender, true},
        {"cause.unknown", QT_TRANSLATE_NOOP("Diagnosis", "The cause could not be determined"),
         WhoActs::Sender, false},
    };
    return table;
}

const CauseInfo *CauseCatalog::find(const QString &id)
{
    for (const CauseInfo &info : all()) {
        if (id == QLatin1String(info.id))
            return &info;
    }
    return nullptr;
}

Cause CauseCatalog::make(const QString &id)
{
    Cause c;
    c.id = id;
    const CauseInfo *info = find(id);
    Q_ASSERT(info);
    if (info) {
        c.whoActs = info->whoActs;
        c.retryHelps = info->retryHelps;
    }
    return c;
}

QString Cause::title(bool translated) const
{
    const CauseInfo *info = CauseCatalog::find(id);
    if (!info)
        return id;
    return translated ? QCoreApplication::translate("Diagnosis", info->title) : QString::fromUtf8(info->title);
}

QString whoActsName(WhoActs who)
{
    switch (who) {
    case WhoActs::Sender: return QStringLiteral("sender");
    case WhoActs::SenderAdmin: return QStringLiteral("sender-admin");
    case WhoActs::Recipient: return QStringLiteral("recipient");
    case WhoActs::RecipientAdmin: return QStringLiteral("recipient-admin");
    case WhoActs::NobodyRetry: return QStringLiteral("nobody-retry");
    case WhoActs::Nobody: return QStringLiteral("nobody");
    }
    return QString();
}

QString evidenceSourceName(Evidence::Source source)
{
    switch (source) {
    case Evidence::Source::DsnField: return QStringLiteral("dsn-field");
    case Evidence::Source::BounceText: return QStringLiteral("bounce-text");
    case Evidence::Source::Header: return QStringLiteral("header");
    case Evidence::Source::Dns: return QStringLiteral("dns");
    case Evidence::Source::Input: return QStringLiteral("input");
    }
    return QString();
}

QString thenVsNowStateName(ThenVsNow::State state)
{
    switch (state) {
    case ThenVsNow::State::StillBroken: return QStringLiteral("still-broken");
    case ThenVsNow::State::FixedSince: return QStringLiteral("fixed-since");
    case ThenVsNow::State::Unknown: return QStringLiteral("unknown");
    case ThenVsNow::State::Unchanged: return QStringLiteral("unchanged");
    case ThenVsNow::State::NotComparable: return QStringLiteral("not-comparable");
    }
    return QString();
}

} // namespace Diagnosis
