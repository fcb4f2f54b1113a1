// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLabels.h"

#include <QCoreApplication>

#include "diagnosis/Text.h"

namespace Report {

namespace {

constexpr const char *Context = "Report::ReportLabels";

struct Label
{
    const char *machine;
    const char *text;
};

// Dsn::kindName() (core/dsn/BounceAnalysis.cpp) and the actions log sources write
// (core/logs/DeliveryResult.h).
constexpr Label KindLabels[] = {
    {"bounce", QT_TRANSLATE_NOOP("Report::ReportLabels", "bounce (not delivered)")},
    {"delay", QT_TRANSLATE_NOOP("Report::ReportLabels", "delay (the server is still trying)")},
    {"delivered", QT_TRANSLATE_NOOP("Report::ReportLabels", "delivery report (delivered)")},
    {"feedback", QT_TRANSLATE_NOOP("Report::ReportLabels", "feedback report (a complaint or abuse report)")},
    {"auto-reply", QT_TRANSLATE_NOOP("Report::ReportLabels", "automatic reply")},
    {"not-bounce", QT_TRANSLATE_NOOP("Report::ReportLabels", "not a bounce")},
    {"bounced", QT_TRANSLATE_NOOP("Report::ReportLabels", "bounced")},
    {"deferred", QT_TRANSLATE_NOOP("Report::ReportLabels", "deferred")},
    {"expired", QT_TRANSLATE_NOOP("Report::ReportLabels", "expired")},
    {"failed", QT_TRANSLATE_NOOP("Report::ReportLabels", "failed")},
};

// One sentence per Codes::ReasonEvidence::kind (core/codes/ReasonEvidence.h): %1 the rule,
// %2 the confidence in percent.
constexpr Label ReasonSentences[] = {
    {"provider", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the provider's own error text \"%1\" (confidence %2 %)")},
    {"text", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the words \"%1\" in the reply (confidence %2 %)")},
    {"text-weak", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the word \"%1\" in the reply, a hint that only outranks a general status code (confidence %2 %)")},
    {"status", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the status code %1 (confidence %2 %)")},
    {"status-default", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the status code's general meaning only (confidence %2 %): no words of the reply confirm it")},
    {"reply-code", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the reply code %1 (confidence %2 %)")},
    {"command", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the SMTP command the delivery failed at, %1 (confidence %2 %)")},
    {"diagnostic-type", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the diagnostic type %1 (confidence %2 %)")},
    {"notice", QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by the notice \"%1\" (confidence %2 %)")},
    {"none", QT_TRANSLATE_NOOP("Report::ReportLabels", "nothing in the reply names a reason; it is kept on hold (confidence %2 %)")},
};

// BounceLens's own tables, which the classifier cites by file name (core/codes/).
constexpr Label OwnCitations[] = {
    {"ProviderEntries.cpp (provider's published error page)",
     QT_TRANSLATE_NOOP("Report::ReportLabels", "BounceLens provider catalogue (the provider's published error page)")},
    {"legacy table (written before sources were recorded per entry)",
     QT_TRANSLATE_NOOP("Report::ReportLabels", "BounceLens phrase table (written before sources were recorded per entry)")},
    {"REASONS.md (onhold: too little information)",
     QT_TRANSLATE_NOOP("Report::ReportLabels", "BounceLens reason vocabulary, docs/REASONS.md (onhold: too little information)")},
};

template<std::size_t N>
const char *find(const Label (&table)[N], const QString &machine)
{
    for (const Label &l : table) {
        if (machine == QLatin1String(l.machine))
            return l.text;
    }
    return nullptr;
}

} // namespace

QString messageKindLabel(const QString &kind)
{
    const char *text = find(KindLabels, kind);
    return text ? QCoreApplication::translate(Context, text) : kind;
}

QString reasonDecisionSentence(const QString &kind, const QString &rule, int confidencePercent)
{
    const QString percent = QString::number(confidencePercent);
    // Diagnosis::Text fills the markers in one pass: a '%2' inside a rule quoted from a reply
    // stays text.
    if (const char *text = find(ReasonSentences, kind))
        return Diagnosis::Text(text, {rule, percent}, Context).translated();
    // A kind added to the classifier but not yet here: named as it is.
    return Diagnosis::Text(QT_TRANSLATE_NOOP("Report::ReportLabels", "decided by %1 \"%2\" (confidence %3 %)"), {kind, rule, percent}, Context)
        .translated();
}

QString citationText(const QString &source)
{
    const char *text = find(OwnCitations, source);
    return text ? QCoreApplication::translate(Context, text) : source;
}

} // namespace Report
