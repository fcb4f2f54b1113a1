// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonValue>
#include <QList>
#include <QString>

#include "auth/common/Finding.h"

namespace Auth {

// The sections of a domain check, in report order. Each is one panel in the desktop app and
// one key in "check --json".
enum class CheckSection { Spf, Dkim, Dmarc, Mx, Ptr, Dnsbl, MtaSts, TlsRpt, Bimi, Dnssec };

// "spf", "dkim", "dmarc", "mx", "ptr", "dnsbl", "mta-sts", "tls-rpt", "bimi", "dnssec"
QString checkSectionKey(CheckSection section);
std::optional<CheckSection> checkSectionFromKey(const QString &key);
// Every section, in report order.
const QList<CheckSection> &allCheckSections();

// One finished section: its findings (with their records) and its part of the JSON report.
struct SectionResult
{
    CheckSection section = CheckSection::Spf;
    Findings findings;
    QJsonValue json;

    QString key() const { return checkSectionKey(section); }
};

} // namespace Auth
