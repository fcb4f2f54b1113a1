// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "codes/LineParser.h"
#include "report/ReportModel.h"

namespace Report {

// Presents a parsed SMTP reply (Codes::ParsedLine) as a CodeAnatomy: reply code, then the
// enhanced code split into class, subject and detail (RFC 3463 section 3), then the provider's
// meaning, reason and soft/hard. Texts come translated from the codes knowledge base.
class CodeAnatomyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::CodeAnatomyBuilder)

public:
    static CodeAnatomy build(const Codes::ParsedLine &line);
    // Puts what decided the reason into the anatomy; `text` is what the evidence span indexes.
    static void setReasonEvidence(CodeAnatomy &anatomy, const Codes::ReasonEvidence &evidence, const QString &text);

    // The reason's one-sentence definition, translated.
    static QString reasonText(Codes::Reason reason);
};

} // namespace Report
