// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QStringList>

namespace Codes {

// Live checks that can confirm an explanation (names as in JSON "checks").
enum Check : unsigned {
    CheckNone = 0,
    CheckSpf = 1 << 0,
    CheckDkim = 1 << 1,
    CheckDmarc = 1 << 2,
    CheckMx = 1 << 3,
    CheckPtr = 1 << 4,
    CheckDnsbl = 1 << 5,
};

// "spf", "dkim", "dmarc", "mx", "ptr", "dnsbl" in this order.
QStringList checkNames(unsigned checks);

// Whether retrying can help, as the knowledge base sees the code.
enum class Severity { Success, Soft, Hard, Varies, Info };

QString severityName(Severity s); // "success", "soft", "hard", "varies", "info" (JSON)

// The translatable texts of one entry; all QT_TRANSLATE_NOOP("Codes", ...) source strings.
struct CodeText
{
    const char *title = nullptr;
    const char *meaning = nullptr;
    std::array<const char *, 3> causes{};
    std::array<const char *, 3> fix{};
};

// Translated (for display) or English (for JSON) copies of a CodeText.
QString codeString(const char *source, bool translated);
QStringList codeStrings(const std::array<const char *, 3> &sources, bool translated);

} // namespace Codes
