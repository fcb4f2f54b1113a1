// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

#include <QCoreApplication>

namespace Diagnosis {

namespace {

QString fill(const QString &pattern, const QStringList &args)
{
    // One pass over the pattern: a '%2' inside an argument (a hostile DSN text) is never read
    // as a marker, unlike chained QString::arg() calls.
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

// The pattern with its arguments, each nested text rendered the same way; translated: the
// pattern and the arguments marked as phrases through QCoreApplication::translate.
QString Text::rendered(bool translate) const
{
    if (!source)
        return QString();
    QStringList filled = args;
    if (!textArgs.empty()) {
        filled.clear();
        for (const Text &t : textArgs)
            filled << t.rendered(translate);
    }
    if (!translate)
        return fill(QString::fromUtf8(source), filled);
    for (qsizetype i = 0; i < filled.size() && i < 32; ++i) {
        if (translatedArgs & (1u << i))
            filled[i] = QCoreApplication::translate(context, filled.at(i).toUtf8().constData());
    }
    return fill(QCoreApplication::translate(context, source), filled);
}

} // namespace Diagnosis
