// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeAnatomyBuilder.h"

#include "codes/Explanation.h"

namespace Report {

namespace {

QString providerDisplayName(const QString &id)
{
    if (id == QLatin1String("gmail"))
        return QStringLiteral("Gmail / Google Workspace");
    if (id == QLatin1String("microsoft"))
        return QStringLiteral("Microsoft 365 / Outlook.com");
    if (id == QLatin1String("yahoo"))
        return QStringLiteral("Yahoo / AOL");
    if (id == QLatin1String("apple"))
        return QStringLiteral("Apple iCloud");
    if (id == QLatin1String("comcast"))
        return QStringLiteral("Comcast");
    if (id == QLatin1String("att"))
        return QStringLiteral("AT&T");
    return id;
}

} // namespace

QString CodeAnatomyBuilder::reasonText(Codes::Reason reason)
{
    const QByteArray english = Codes::reasonDescription(reason).toUtf8();
    return QCoreApplication::translate("Codes", english.constData());
}

CodeAnatomy CodeAnatomyBuilder::build(const Codes::ParsedLine &line)
{
    CodeAnatomy a;
    a.recognized = line.recognized;
    a.input = line.input;
    if (!line.recognized)
        return a;
    const Codes::Explanation e = Codes::explain(line, true);
    a.replyCode = line.replyCode;
    a.replyMeaning = e.replyMeaning;
    a.status = line.status;
    a.classText = e.classTitle;
    a.subjectText = e.subjectTitle;
    a.detailText = e.statusMeaning;
    a.statusMeaning = e.meaning;
    const QChar cls = line.statusClass();
    a.permanent = cls == QLatin1Char('5');
    a.transient = cls == QLatin1Char('4');
    a.provider = providerDisplayName(line.provider);
    a.providerTag = line.providerTag;
    if (!line.provider.isEmpty())
        a.providerMeaning = e.meaning;
    a.causes = e.causes;
    a.fixes = e.fix;
    a.checks = e.checks;
    a.notes = e.notes;
    a.reason = Codes::reasonName(line.reason);
    a.hardBounce = line.hardBounce;
    setReasonEvidence(a, line.reasonEvidence, line.input);
    return a;
}

void CodeAnatomyBuilder::setReasonEvidence(CodeAnatomy &a, const Codes::ReasonEvidence &e, const QString &text)
{
    a.reasonKind = e.kind;
    a.reasonRule = e.rule;
    a.reasonSource = e.source;
    a.reasonConfidence = qRound(e.confidence * 100);
    a.reasonText = text;
    const bool valid = e.start >= 0 && e.end > e.start && e.end <= text.size();
    a.reasonStart = valid ? int(e.start) : -1;
    a.reasonEnd = valid ? int(e.end) : -1;
}

} // namespace Report
