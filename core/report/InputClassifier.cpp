// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputClassifier.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringList>

#include "logs/PastedInput.h"

namespace Report {

namespace {

// RFC 5322 section 2.2 header field: name, colon. Counted at line starts.
int headerLines(const QStringList &lines)
{
    static const QRegularExpression header(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,40}:\\s"));
    int n = 0;
    for (const QString &line : lines) {
        if (header.match(line).hasMatch())
            ++n;
    }
    return n;
}

bool hasBounceMarkers(const QString &text)
{
    static const QRegularExpression markers(
        QStringLiteral("^(Final-Recipient|Original-Recipient|Reporting-MTA|Action|Received|Message-ID|Return-Path|"
                       "DKIM-Signature|Authentication-Results|Content-Type|MIME-Version|X-Failed-Recipients):"
                       "|This is the mail system|Delivery has failed|permanent fatal errors|qmail-send program"
                       "|Mail Delivery (Subsystem|System)|Undelivered Mail|could not be delivered|Delivery Status Notification"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return markers.match(text).hasMatch();
}

// A log excerpt or events: any line (or the JSON document) holds a delivery result.
bool hasLogResults(const QString &text, const QStringList &lines)
{
    if (Logs::looksLikeJson(text))
        return !Logs::readPastedInput(text).results.isEmpty();
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const QString &line) { return !Logs::readPastedInput(line.trimmed()).results.isEmpty(); });
}

} // namespace

bool InputClassifier::looksLikeDomain(const QString &text)
{
    // LDH labels (RFC 1035 2.3.1) or A-labels / U-labels, at least two labels.
    static const QRegularExpression domain(QStringLiteral("^(?!-)[\\w-]{1,63}(?<!-)(\\.(?!-)[\\w-]{1,63}(?<!-))+\\.?$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const QString t = text.trimmed();
    if (t.size() > 253 || t.contains(QLatin1Char('_')) || !domain.match(t).hasMatch())
        return false;
    // A top-level label is never all digits, so "192.0.2.1" is not a domain.
    const QString last = t.section(QLatin1Char('.'), -1, -1, QString::SectionSkipEmpty);
    return std::any_of(last.cbegin(), last.cend(), [](QChar c) { return c.isLetter(); });
}

InputClassifier::Kind InputClassifier::classify(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Kind::Empty;
    if (looksLikeDomain(t))
        return Kind::Domain;
    const QStringList lines = t.split(QLatin1Char('\n'));
    if (hasBounceMarkers(t) || headerLines(lines) >= 3)
        return Kind::Message;
    if (hasLogResults(t, lines))
        return Kind::Log;
    // A folded multi-line reply ("550-5.7.26 ..." repeated) or a short excerpt is a line.
    if (lines.size() <= 12)
        return Kind::Line;
    return Kind::Message;
}

} // namespace Report
