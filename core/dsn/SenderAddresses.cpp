// SPDX-License-Identifier: GPL-3.0-or-later
#include "SenderAddresses.h"

#include "FreeTextParser.h"

namespace Dsn {
namespace {

void add(QStringList &to, const QString &header)
{
    const QString a = FreeTextParser::firstAddress(header).toLower();
    if (!a.isEmpty() && !to.contains(a))
        to << a;
}

} // namespace

QStringList SenderAddresses::of(const QList<RawHeader> &bounceHeader, const OriginalMessage &original)
{
    QStringList senders;
    add(senders, TextDecoding::decodeHeader(TextDecoding::headerValue(bounceHeader, "To")));
    if (original.present) {
        add(senders, original.from);
        add(senders, original.returnPath);
    }
    QStringList recipients;
    for (const QString &t : original.to)
        add(recipients, t);
    QStringList out;
    for (const QString &s : senders) {
        if (!recipients.contains(s))
            out << s;
    }
    return out;
}

bool SenderAddresses::contains(const QStringList &senders, const QString &address)
{
    if (senders.isEmpty())
        return false;
    QString a = address.trimmed().toLower();
    if (a.startsWith(QLatin1Char('<')) && a.endsWith(QLatin1Char('>')))
        a = a.mid(1, a.size() - 2);
    return senders.contains(a);
}

} // namespace Dsn
