// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenNames.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

#include "util/PhraseScanner.h"

namespace Dsn {
namespace {

// A local part as MTAs print it (RFC 5321 section 4.1.2 dot-string, the usual subset).
const QString &namePattern()
{
    static const QString p = QStringLiteral("[A-Za-z0-9][A-Za-z0-9._+=-]{0,63}");
    return p;
}

// Words that stand before a colon in bounce texts as labels, never as recipients.
bool isLabel(const QString &name)
{
    static const QSet<QString> labels = {
        QStringLiteral("reason"), QStringLiteral("error"), QStringLiteral("status"), QStringLiteral("action"),
        QStringLiteral("diagnostic"), QStringLiteral("remote"), QStringLiteral("host"), QStringLiteral("note"),
        QStringLiteral("details"), QStringLiteral("message"), QStringLiteral("subject"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("date"), QStringLiteral("recipient"), QStringLiteral("recipients"),
        QStringLiteral("address"), QStringLiteral("code"), QStringLiteral("smtp"), QStringLiteral("description"),
        QStringLiteral("problem"), QStringLiteral("explanation"), QStringLiteral("warning"), QStringLiteral("info"),
        QStringLiteral("information"), QStringLiteral("cause"), QStringLiteral("result"), QStringLiteral("response"),
        QStringLiteral("server"), QStringLiteral("mailbox"), QStringLiteral("user"), QStringLiteral("account"),
        QStringLiteral("sorry"), QStringLiteral("delivery"), QStringLiteral("failed"), QStringLiteral("failure"),
        QStringLiteral("notice"), QStringLiteral("hi"), QStringLiteral("hello"), QStringLiteral("dear"),
        QStringLiteral("transcript"), QStringLiteral("the"), QStringLiteral("this"), QStringLiteral("postmaster"),
        QStringLiteral("mailer-daemon"), QStringLiteral("text"), QStringLiteral("id"), QStringLiteral("queue"),
    };
    bool digitsOnly = true;
    for (const QChar c : name)
        digitsOnly &= c.isDigit();
    return digitsOnly || labels.contains(name.toLower());
}

// Each shape below contains one of its hints; most texts contain none and cost one scan.
enum Hint { Dots, Following, Rcpt, FailurePhrase };
const Util::PhraseScanner &hints()
{
    static const Util::PhraseScanner s(QStringList{
        QStringLiteral("... "), QStringLiteral("following"), QStringLiteral("rcpt to"), QStringLiteral("user unknown"),
        QStringLiteral("unknown user"), QStringLiteral("no such "), QStringLiteral("mailbox unavailable"),
        QStringLiteral("unknown local"), QStringLiteral("user not found"), QStringLiteral("invalid ")});
    return s;
}

Hint hintOf(int phrase)
{
    return phrase == 0 ? Dots : phrase == 1 ? Following : phrase == 2 ? Rcpt : FailurePhrase;
}

// "550 5.1.1 kijitora... User unknown", "kijitora... User unknown" (sendmail's usrerr).
const QRegularExpression &dotsLine()
{
    static const QRegularExpression re(QStringLiteral("^[ \\t]*(?:[45]\\d\\d[ -](?:[45]\\.\\d{1,3}\\.\\d{1,3}[ \\t]+)?)?<?(")
                                           + namePattern() + QStringLiteral(")>?\\.\\.\\.[ \\t]+\\S.*$"),
                                       QRegularExpression::MultilineOption);
    return re;
}

// "kijitora: user unknown" (older MTAs): only with a failure phrase after the colon.
const QRegularExpression &colonLine()
{
    static const QRegularExpression re(QStringLiteral("^[ \\t]*<?(") + namePattern()
                                           + QStringLiteral(")>?:[ \\t]+(?:user unknown|unknown user|no such (?:user|mailbox|recipient)|"
                                                            "mailbox unavailable|unknown local[- ]part|user not found|"
                                                            "invalid (?:user|mailbox|recipient))\\b.*$"),
                                       QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// ">>> RCPT To:<kijitora>" in a transcript.
const QRegularExpression &rcptLine()
{
    static const QRegularExpression re(QStringLiteral("RCPT TO:[ \\t]*<(") + namePattern() + QStringLiteral(")>[^\\n]*(?:\\n<<<[^\\n]*)?"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A heading such as sendmail's "----- The following addresses had permanent fatal errors -----".
const QRegularExpression &listHeading()
{
    static const QRegularExpression re(QStringLiteral("following (?:address(?:es)?|recipients?|screen ?names?|users?)\\b[^\\n]*$"),
                                       QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

FreeTextRecipient block(const QString &name, const QString &diagnostic, qsizetype start, qsizetype end)
{
    FreeTextRecipient r;
    r.address = name;
    r.diagnostic = diagnostic.simplified();
    r.span = TextSpan{int(start), int(end - start)};
    return r;
}

// The names listed one per line under a heading, each with its indented "(reason: ...)".
void listed(const QString &section, QList<FreeTextRecipient> &out)
{
    static const QRegularExpression nameOnly(QStringLiteral("^[ \\t]*<?(") + namePattern() + QStringLiteral(")>?[ \\t]*$"));
    auto it = listHeading().globalMatch(section);
    while (it.hasNext()) {
        qsizetype pos = it.next().capturedEnd(0) + 1;
        while (pos < section.size()) {
            qsizetype eol = section.indexOf(QLatin1Char('\n'), pos);
            if (eol < 0)
                eol = section.size();
            const auto m = nameOnly.match(QStringView(section).mid(pos, eol - pos));
            if (!m.hasMatch() || isLabel(m.captured(1)))
                break;
            const qsizetype start = pos;
            QString diagnostic;
            pos = eol + 1;
            while (pos < section.size() && (section[pos] == QLatin1Char(' ') || section[pos] == QLatin1Char('\t'))) {
                qsizetype e = section.indexOf(QLatin1Char('\n'), pos);
                if (e < 0)
                    e = section.size();
                diagnostic += QLatin1Char(' ') + QStringView(section).mid(pos, e - pos).trimmed();
                pos = e + 1;
            }
            diagnostic = diagnostic.trimmed();
            if (diagnostic.startsWith(QLatin1String("(reason:")) && diagnostic.endsWith(QLatin1Char(')')))
                diagnostic = diagnostic.mid(8, diagnostic.size() - 9);
            out << block(m.captured(1), diagnostic, start, qMin(pos, section.size()));
        }
    }
}

void matchedLines(const QString &section, const QRegularExpression &re, QList<FreeTextRecipient> &out)
{
    auto it = re.globalMatch(section);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!isLabel(m.captured(1)))
            out << block(m.captured(1), m.captured(0).trimmed(), m.capturedStart(0), m.capturedEnd(0));
    }
}

QString hostOf(QString h)
{
    h = h.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h.contains(QLatin1Char('.')) ? h : QString();
}

// Hosts the notice names as the one that wrote it.
QSet<QString> reportingHosts(const BounceAnalysis &a, const QString &errorSection, const QList<RawHeader> &bounceHeader)
{
    static const QRegularExpression said(QStringLiteral(
        "This is the (?:mail system|Postfix program) at host ([A-Za-z0-9.-]+)|qmail-send program at ([A-Za-z0-9.-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> hosts;
    auto addHost = [&](const QString &h) {
        const QString host = hostOf(h);
        if (!host.isEmpty())
            hosts.insert(host);
    };
    addHost(a.reportingMta);
    const auto m = said.match(QStringView(errorSection).left(3000));
    if (m.hasMatch())
        addHost(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    const QString from = FreeTextParser::firstAddress(TextDecoding::decodeHeader(TextDecoding::headerValue(bounceHeader, "From")));
    const QString local = from.section(QLatin1Char('@'), 0, 0).toLower();
    if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster"))
        addHost(from.section(QLatin1Char('@'), 1));
    return hosts;
}

} // namespace

QList<FreeTextRecipient> ScreenNames::find(const QString &section)
{
    QList<FreeTextRecipient> out;
    bool seen[4] = {false, false, false, false};
    hints().scan(section, [&](int phrase, qsizetype) { seen[hintOf(phrase)] = true; return true; }, Qt::CaseInsensitive);
    QList<FreeTextRecipient> all;
    if (seen[Following])
        listed(section, all);
    if (seen[Dots])
        matchedLines(section, dotsLine(), all);
    if (seen[FailurePhrase])
        matchedLines(section, colonLine(), all);
    if (seen[Rcpt])
        matchedLines(section, rcptLine(), all);
    // One entry per name (sendmail lists it and then repeats it in the transcript); the
    // block whose text carries a reply code or status is the more precise one.
    static const QRegularExpression code(QStringLiteral("\\b[245]\\d\\d\\b|\\b[245]\\.\\d{1,3}\\.\\d{1,3}\\b"));
    for (FreeTextRecipient &r : all) {
        auto same = std::find_if(out.begin(), out.end(), [&](const FreeTextRecipient &e) {
            return e.address.compare(r.address, Qt::CaseInsensitive) == 0;
        });
        if (same == out.end())
            out << std::move(r);
        else if (!code.match(same->diagnostic).hasMatch() && code.match(r.diagnostic).hasMatch())
            *same = std::move(r);
    }
    return out;
}

ScreenNames::Completion ScreenNames::complete(const QString &name, const BounceAnalysis &a, const QString &errorSection,
                                              const QList<RawHeader> &bounceHeader)
{
    QStringList matching;
    for (const QString &t : a.original.to) {
        const QString addr = FreeTextParser::firstAddress(t);
        if (addr.section(QLatin1Char('@'), 0, 0).compare(name, Qt::CaseInsensitive) == 0
            && !matching.contains(addr, Qt::CaseInsensitive))
            matching << addr;
    }
    if (matching.size() == 1)
        return {matching.first(), QStringLiteral("original-to")};
    if (!matching.isEmpty())
        return {};
    const QSet<QString> hosts = reportingHosts(a, errorSection, bounceHeader);
    if (hosts.size() == 1)
        return {name + QLatin1Char('@') + *hosts.constBegin(), QStringLiteral("reporting-mta")};
    return {};
}

} // namespace Dsn
