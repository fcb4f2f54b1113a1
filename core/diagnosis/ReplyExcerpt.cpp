// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyExcerpt.h"

#include <QRegularExpression>

namespace Diagnosis {

namespace {

// " 550-5.7.26 " or " 550 5.7.26 " inside the text: a continuation line's code.
QString withoutRepeatedCodes(const QString &text)
{
    static const QRegularExpression repeated(
        QStringLiteral(R"(\s[245]\d\d(?:-(?:[245]\.\d{1,3}\.\d{1,3})?|\s[245]\.\d{1,3}\.\d{1,3})(?=\s|$))"));
    QString s = text.simplified();
    // Keep the reply's own leading code; drop its repetitions.
    const qsizetype head = std::min<qsizetype>(s.size(), 12);
    QString tail = s.mid(head);
    tail.replace(repeated, QString());
    return QString(s.left(head) + tail).simplified();
}

// Sentence ends are ". ", "! ", "? " (a dot inside a URL or a host name is not followed by a space).
qsizetype sentenceStart(const QString &s, qsizetype at)
{
    for (qsizetype i = at - 1; i > 0; --i) {
        const QChar c = s.at(i - 1);
        if (s.at(i).isSpace() && (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')))
            return i + 1;
    }
    return 0;
}

qsizetype sentenceEnd(const QString &s, qsizetype at)
{
    for (qsizetype i = at; i + 1 < s.size(); ++i) {
        const QChar c = s.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && s.at(i + 1).isSpace())
            return i + 1;
    }
    return s.size();
}

QString cut(const QString &s, int limit)
{
    if (s.size() <= limit)
        return s;
    qsizetype at = s.lastIndexOf(QLatin1Char(' '), limit);
    if (at < limit / 2)
        at = limit;
    return s.left(at).trimmed() + QStringLiteral(" …");
}

} // namespace

QString ReplyExcerpt::of(const QString &reply, const QString &focus, int limit)
{
    const QString s = withoutRepeatedCodes(reply);
    const qsizetype hit = focus.isEmpty() ? -1 : s.indexOf(focus.simplified(), 0, Qt::CaseInsensitive);
    if (hit < 0)
        return cut(s, limit);
    const qsizetype from = sentenceStart(s, hit);
    const qsizetype to = sentenceEnd(s, hit + focus.simplified().size());
    const QString sentence = s.mid(from, to - from).trimmed();
    if (sentence.size() <= limit)
        return from > 0 ? QStringLiteral("… ") + sentence : sentence;
    // A sentence longer than the limit: a window around the phrase, at word bounds.
    const qsizetype start = std::max<qsizetype>(from, s.lastIndexOf(QLatin1Char(' '), std::max<qsizetype>(0, hit - limit / 3)));
    return (start > 0 ? QStringLiteral("… ") : QString()) + cut(s.mid(start).trimmed(), limit);
}

} // namespace Diagnosis
