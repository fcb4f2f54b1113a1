// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Report {

// Translated words for the machine values a report shows. The model and the JSON keep the
// machine value (English, stable); only what a reader sees goes through these.

// The analysis kind (Dsn::kindName(): "bounce", "delay", "delivered", "feedback", "auto-reply",
// "not-bounce") or a log's action ("bounced", "deferred", ...). A value not in the table (a
// log's own word) comes back unchanged.
QString messageKindLabel(const QString &kind);

// The sentence saying what decided the bounce reason (Codes::ReasonEvidence::kind, rule and
// confidence in percent), one whole sentence per kind so a translator sees it complete.
QString reasonDecisionSentence(const QString &kind, const QString &rule, int confidencePercent);

// A reason rule's source as a reader should read it: the citation ("postfix
// src/smtpd/smtpd_check.c", "RFC 3463 3.7 ...") as written, BounceLens's own tables named for
// what they are instead of by file name.
QString citationText(const QString &source);

} // namespace Report
