// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "CodeInfo.h"

namespace Codes {

// One SMTP reply code (RFC 5321 4.2.3, RFC 7504).
struct ReplyCodeInfo
{
    const char *code; // "550"
    Severity severity;
    unsigned checks;
    CodeText text;
};

// One enumerated code of the IANA SMTP Enhanced Status Codes registry, class-independent.
struct EnhancedCodeInfo
{
    const char *code;      // "X.1.1"
    const char *reference; // "RFC 3463"
    Severity severity;
    unsigned checks;
    CodeText text;
};

const std::vector<ReplyCodeInfo> &replyCodeTable();       // ReplyCodeTable.cpp
const std::vector<EnhancedCodeInfo> &enhancedCodeTable(); // EnhancedCodeTable.cpp

// Look-ups over the tables. All return nullptr / empty when the code is not known.
class KnowledgeBase
{
public:
    static const ReplyCodeInfo *replyCode(const QString &code);
    // "5.1.1", "4.7.26" or "X.7.26": the registry entry for subject.detail.
    static const EnhancedCodeInfo *enhancedCode(const QString &status);

    // JSON subject of RFC 3463 section 3 for a status: "other", "addressing", "mailbox",
    // "mail-system", "network-routing", "protocol", "content-media", "security-policy".
    static QString subjectKey(const QString &status);
    static const char *subjectTitle(const QString &status); // translatable source text

    // "permanent", "transient", "success" from '5', '4', '2'; empty otherwise.
    static QString classKey(QChar statusClass);
    static const char *classTitle(QChar statusClass); // translatable source text
};

} // namespace Codes
