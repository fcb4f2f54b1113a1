// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportModel.h"

namespace Report {

QString stateName(State state)
{
    switch (state) {
    case State::Ok: return QStringLiteral("ok");
    case State::Info: return QStringLiteral("info");
    case State::Warning: return QStringLiteral("warning");
    case State::Error: return QStringLiteral("error");
    case State::Unknown: return QStringLiteral("unknown");
    case State::Pending: return QStringLiteral("pending");
    case State::NotChecked: return QStringLiteral("not-checked");
    }
    return QStringLiteral("unknown");
}

int stateBadness(State state)
{
    switch (state) {
    case State::Error: return 5;
    case State::Unknown: return 4;
    case State::Warning: return 3;
    case State::Info: return 2;
    case State::Ok: return 1;
    case State::Pending: case State::NotChecked: return 0;
    }
    return 0;
}

Check *ReportModel::findCheck(const QString &id)
{
    for (Check &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

const Check *ReportModel::findCheck(const QString &id) const
{
    return const_cast<ReportModel *>(this)->findCheck(id);
}

QString ReportModel::copyText(const QString &key) const
{
    if (key.startsWith(QLatin1String("finding-"))) {
        // "finding-<check id>-<index>": the record of one finding of a panel.
        const qsizetype dash = key.lastIndexOf(QLatin1Char('-'));
        const Check *check = findCheck(key.mid(8, dash - 8));
        bool ok = false;
        const int index = key.mid(dash + 1).toInt(&ok);
        return check && ok && index >= 0 && index < check->findings.size() ? check->findings.at(index).record : QString();
    }
    if (key.startsWith(QLatin1String("cause-"))) {
        const QStringList parts = key.split(QLatin1Char('-'));
        if (parts.size() != 3)
            return {};
        bool ok1 = false, ok2 = false;
        const int causeIndex = parts.at(1).toInt(&ok1);
        const int recordIndex = parts.at(2).toInt(&ok2);
        if (!ok1 || !ok2 || causeIndex < 0 || causeIndex >= causes.size())
            return {};
        const QStringList &records = causes.at(causeIndex).dnsRecords;
        return recordIndex >= 0 && recordIndex < records.size() ? records.at(recordIndex) : QString();
    }
    return {};
}

} // namespace Report
