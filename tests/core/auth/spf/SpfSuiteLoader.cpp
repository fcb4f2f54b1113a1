// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfSuiteLoader.h"

#include <QJsonArray>
#include <QSet>

using Dns::RrType;

namespace {

QList<QByteArray> txtStrings(const QJsonValue &value)
{
    QList<QByteArray> strings;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            strings.append(v.toString().toUtf8());
    } else {
        strings.append(value.toString().toUtf8());
    }
    return strings;
}

RrType typeOf(const QString &name)
{
    if (name == QLatin1String("AAAA")) return RrType::AAAA;
    if (name == QLatin1String("MX")) return RrType::MX;
    if (name == QLatin1String("PTR")) return RrType::PTR;
    if (name == QLatin1String("CNAME")) return RrType::CNAME;
    if (name == QLatin1String("TXT") || name == QLatin1String("SPF")) return RrType::TXT;
    return RrType::A;
}

void loadName(const QString &name, const QJsonArray &entries, TestSupport::FakeResolver *resolver)
{
    bool hasTxt = false;
    for (const QJsonValue &entry : entries)
        hasTxt = hasTxt || entry.toArray().at(0).toString() == QLatin1String("TXT");
    QSet<RrType> seen;
    resolver->addEmptyName(name);
    for (const QJsonValue &entry : entries) {
        const QString type = entry.toArray().at(0).toString();
        const QJsonValue value = entry.toArray().at(1);
        if (type == QLatin1String("TIMEOUT")) {
            for (RrType t : {RrType::A, RrType::AAAA, RrType::MX, RrType::TXT, RrType::PTR, RrType::CNAME}) {
                if (!seen.contains(t))
                    resolver->setOutcome(name, t, Dns::Outcome::Timeout);
            }
            return;
        }
        // "TXT: NONE" and type SPF entries do not shield the TXT query from a later TIMEOUT.
        if (type != QLatin1String("SPF") && value.toString() != QLatin1String("NONE"))
            seen.insert(typeOf(type));
        if (type == QLatin1String("SPF") && !hasTxt)
            resolver->addTxtStrings(name, txtStrings(value));
        else if (type == QLatin1String("TXT") && value.toString() != QLatin1String("NONE"))
            resolver->addTxtStrings(name, txtStrings(value));
        else if (type == QLatin1String("A") || type == QLatin1String("AAAA"))
            resolver->addA(name, value.toString());
        else if (type == QLatin1String("MX"))
            resolver->addMx(name, quint16(value.toArray().at(0).toInt()), value.toArray().at(1).toString());
        else if (type == QLatin1String("PTR"))
            resolver->addPtr(name, value.toString());
        else if (type == QLatin1String("CNAME"))
            resolver->addCname(name, value.toString());
    }
}

} // namespace

void loadSpfScenarioZone(const QJsonObject &zonedata, TestSupport::FakeResolver *resolver)
{
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it)
        loadName(it.key(), it.value().toArray(), resolver);
}
