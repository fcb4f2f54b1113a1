// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryStatusParser.h"

namespace Dsn {
namespace {

bool isRecipientStart(const QString &name)
{
    return name.compare(QLatin1String("Final-Recipient"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Original-Recipient"), Qt::CaseInsensitive) == 0;
}

bool hasField(const QList<DsnField> &group, const QString &name)
{
    for (const DsnField &f : group) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isRecipientGroup(const QList<DsnField> &group)
{
    return hasField(group, QLatin1String("Final-Recipient")) || hasField(group, QLatin1String("Original-Recipient"))
        || (hasField(group, QLatin1String("Action")) && hasField(group, QLatin1String("Status")));
}

// Reads "Name: value" fields; continuation lines (leading white space) are unfolded
// (RFC 3464 section 2.1 uses RFC 822 header syntax). A blank line ends a group.
QList<QList<DsnField>> readGroups(const QString &text, int base)
{
    QList<QList<DsnField>> groups(1);
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = n;
        qsizetype end = eol;
        if (end > pos && text[end - 1] == QLatin1Char('\r'))
            --end;
        const QStringView line = QStringView(text).mid(pos, end - pos);
        if (line.trimmed().isEmpty()) {
            if (!groups.last().isEmpty())
                groups.append(QList<DsnField>());
        } else if (line[0].isSpace()) {
            if (!groups.last().isEmpty()) {
                DsnField &f = groups.last().last();
                f.value += QLatin1Char(' ') + line.trimmed().toString();
                f.span.length = int(base + end - f.span.offset);
            }
        } else {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0 && !line.left(colon).contains(QLatin1Char(' '))) {
                DsnField f;
                f.name = line.left(colon).toString();
                f.value = line.mid(colon + 1).trimmed().toString();
                f.span = TextSpan{int(base + pos), int(end - pos)};
                if (isRecipientStart(f.name) && hasField(groups.last(), f.name)
                    && isRecipientGroup(groups.last()))
                    groups.append(QList<DsnField>());
                groups.last().append(f);
            }
        }
        pos = eol + 1;
    }
    if (groups.last().isEmpty())
        groups.removeLast();
    return groups;
}

} // namespace

DeliveryStatus DeliveryStatusParser::parse(const QString &text, int baseOffset)
{
    DeliveryStatus out;
    const QList<QList<DsnField>> groups = readGroups(text, baseOffset);
    for (const QList<DsnField> &g : groups) {
        if (isRecipientGroup(g))
            out.recipientGroups.append(g);
        else if (out.recipientGroups.isEmpty())
            out.messageFields += g;
        else
            out.recipientGroups.last() += g; // stray fields after a recipient belong to it
    }
    return out;
}

QString DeliveryStatusParser::value(const QList<DsnField> &fields, QLatin1String name)
{
    for (const DsnField &f : fields) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.value;
    }
    return {};
}

QString DeliveryStatusParser::stripType(const QString &value, QString *type)
{
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    // A type is one atom ("rfc822", "smtp", "X-Postfix"); otherwise the ';' is in the text.
    if (semi > 0 && semi < 24 && !value.left(semi).contains(QLatin1Char(' '))) {
        if (type)
            *type = value.left(semi).trimmed().toLower();
        return value.mid(semi + 1).trimmed();
    }
    if (type)
        type->clear();
    return value.trimmed();
}

} // namespace Dsn
