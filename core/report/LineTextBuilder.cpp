// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineTextBuilder.h"

#include <QTextStream>

#include "codes/Reason.h"

namespace Report {

QString LineTextBuilder::providerTitle(const QString &key)
{
    static const struct { const char *key; const char *title; } names[] = {
        {"gmail", QT_TRANSLATE_NOOP("Report::LineTextBuilder", "Gmail / Google Workspace")},
        {"microsoft", QT_TRANSLATE_NOOP("Report::LineTextBuilder", "Microsoft 365 / Outlook.com / Exchange Online")},
        {"yahoo", QT_TRANSLATE_NOOP("Report::LineTextBuilder", "Yahoo / AOL")},
        {"apple", QT_TRANSLATE_NOOP("Report::LineTextBuilder", "Apple iCloud Mail")},
        {"comcast", QT_TRANSLATE_NOOP("Report::LineTextBuilder", "Comcast / Xfinity")},
        {"att", QT_TRANSLATE_NOOP("Report::LineTextBuilder", "AT&T")},
    };
    for (const auto &n : names) {
        if (key == QLatin1String(n.key))
            return tr(n.title);
    }
    return key;
}

QString LineTextBuilder::list(const QString &label, const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString text = QStringLiteral("  ") + label + QLatin1Char('\n');
    for (const QString &i : items)
        text += QStringLiteral("    - ") + i + QLatin1Char('\n');
    return text;
}

QString LineTextBuilder::header(const Codes::ParsedLine &p, const Codes::Explanation &e)
{
    QString text;
    QTextStream out(&text);
    QStringList codes;
    if (!p.replyCode.isEmpty())
        codes << p.replyCode;
    if (!p.status.isEmpty())
        codes << p.status;
    if (!codes.isEmpty() || !e.classTitle.isEmpty()) // a log line's own text may carry no code
        out << codes.join(QLatin1Char(' ')) << " - " << e.classTitle << '\n';
    if (!e.title.isEmpty())
        out << "  " << e.title << '\n';
    if (!p.provider.isEmpty()) {
        out << "  " << tr("Provider:") << ' ' << providerTitle(p.provider);
        if (!p.providerTag.isEmpty())
            out << ' ' << tr("(reference %1)").arg(p.providerTag);
        out << '\n';
    }
    out << "  " << tr("Reason:") << ' ' << Codes::reasonName(p.reason);
    if (!e.reasonDescription.isEmpty())
        out << " - " << e.reasonDescription;
    out << '\n' << "  " << (p.hardBounce ? tr("Hard bounce: the address itself is unusable.")
                                         : tr("Not a hard bounce: the address may still work.")) << '\n';
    out.flush();
    return text;
}

QString LineTextBuilder::details(const Codes::ParsedLine &p, const Codes::Explanation &e)
{
    QString text;
    QTextStream out(&text);
    if (!e.meaning.isEmpty())
        out << "  " << tr("Meaning:") << ' ' << e.meaning << '\n';
    if (!e.replyMeaning.isEmpty())
        out << "  " << tr("Reply code %1").arg(p.replyCode) << " - " << e.replyMeaning << '\n';
    if (!e.statusMeaning.isEmpty())
        out << "  " << tr("Enhanced code %1 (%2, %3)").arg(p.status, e.statusReference, e.subjectTitle) << " - " << e.statusMeaning << '\n';
    out << list(tr("Likely causes:"), e.causes) << list(tr("What to do:"), e.fix);
    if (!e.checks.isEmpty())
        out << "  " << tr("Live checks that can confirm it:") << ' ' << e.checks.join(QStringLiteral(", ")) << '\n';
    if (!p.command.isEmpty())
        out << "  " << tr("Failed at SMTP command:") << ' ' << p.command << '\n';
    const Codes::Entities &en = p.entities;
    if (!en.ips.isEmpty())
        out << "  " << tr("IP addresses:") << ' ' << en.ips.join(QStringLiteral(", ")) << '\n';
    if (!en.domains.isEmpty())
        out << "  " << tr("Domains:") << ' ' << en.domains.join(QStringLiteral(", ")) << '\n';
    if (!en.addresses.isEmpty())
        out << "  " << tr("Addresses:") << ' ' << en.addresses.join(QStringLiteral(", ")) << '\n';
    out << list(tr("Notes:"), e.notes);
    out.flush();
    return text;
}

QString LineTextBuilder::explanation(const Codes::ParsedLine &p, const Codes::Explanation &e)
{
    return header(p, e) + details(p, e);
}

QString LineTextBuilder::build(const Codes::ParsedLine &p)
{
    if (!p.recognized) {
        return tr("Not recognized: this does not look like an SMTP reply or status code.") + QLatin1Char('\n')
            + QStringLiteral("  ")
            + tr("Paste the line that holds the three-digit reply code (e.g. 550) or the "
                 "enhanced status code (e.g. 5.1.1).")
            + QLatin1Char('\n');
    }
    return explanation(p, Codes::explain(p, true));
}

} // namespace Report
