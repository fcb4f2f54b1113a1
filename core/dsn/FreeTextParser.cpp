// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreeTextParser.h"

#include <iterator>
#include <vector>

#include <QHash>
#include <QRegularExpression>

#include "SenderAddresses.h"
#include "util/PhraseScanner.h"

namespace Dsn {
namespace {

const QString &addrPattern()
{
    static const QString p = QStringLiteral("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    return p;
}

// Phrases that name an MTA family. The first match wins; each is a shape many messages share.
constexpr qsizetype FamilyScanChars = 3000;

struct Family
{
    const char *name;
    const char *pattern;
    // Lower-case literals, '|'-separated: every alternative of the pattern contains one, so a
    // text without any of them cannot match and the pattern is not run (speed).
    const char *hints;
};
const Family families[] = {
    {"postfix", "This is the (?:mail system|Postfix program) at host", "this is the "},
    {"qmail", "This is the qmail-send program|qmail-send program at|\\(#[45]\\.\\d+\\.\\d+\\)", "qmail-send program|(#"},
    {"exim", "This message was created automatically by mail delivery software|The following address\\(es\\) failed|SMTP error from remote mail server",
     "this message was created automatically|the following address(es) failed|smtp error from remote mail server"},
    {"sendmail", "-+ ?Transcript of session follows|The original message was received at",
     "transcript of session follows|the original message was received at"},
    {"office365", "Delivery has failed to these recipients or groups|Your message to .* couldn't be delivered",
     "delivery has failed to these recipients|couldn't be delivered"},
    {"exchange2007", "Delivery has failed to these recipients or distribution lists|Diagnostic information for administrators",
     "delivery has failed to these recipients|diagnostic information for administrators"},
    {"exchange2003", "did not reach the following recipient\\(s\\)|MSEXCH:", "did not reach the following recipient|msexch:"},
    {"gmail", "Delivery to the following recipient(?:s)? (?:failed|has been delayed)|Technical details of (?:permanent|temporary) failure",
     "delivery to the following recipient|technical details of "},
    {"yahoo", "Sorry, we were unable to deliver your message to the following address",
     "sorry, we were unable to deliver your message"},
    {"opensmtpd", "This is the MAILER-DAEMON, please DO NOT REPLY|An error has occurred while attempting to deliver a message",
     "this is the mailer-daemon|an error has occurred while attempting"},
    {"courier", "This is a delivery status notification from|Courier mail server",
     "this is a delivery status notification from|courier mail server"},
    {"googlegroups", "Google Groups", "google groups"},
    {"dragonfly", "This is the DragonFly Mail Agent|DragonFly Mail Agent", "dragonfly mail agent"},
    {"amazonses", "The following message to <.*> was undeliverable|amazonses", "the following message to <|amazonses"},
};

// A case-insensitive pattern run only when one of its literal hints occurs ('|'-separated,
// lower case; every alternative of the pattern contains one). Most notices contain none, and
// one PhraseScanner pass is far cheaper than the regex over the whole text.
class HintedPattern
{
public:
    HintedPattern(const char *pattern, const char *hints)
        : m_pattern(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption)
        , m_hints(QString::fromLatin1(hints).split(QLatin1Char('|')))
    {
    }

    bool matches(const QString &text) const
    {
        bool hinted = false;
        m_hints.scan(text, [&](int, qsizetype) { hinted = true; return false; }, Qt::CaseInsensitive);
        return hinted && m_pattern.match(text).hasMatch();
    }

private:
    QRegularExpression m_pattern;
    Util::PhraseScanner m_hints;
};

// Markers that introduce the returned original in a text body.
const QRegularExpression &originalMarker()
{
    static const QRegularExpression re(QStringLiteral(
        "^[ \\t>]*(?:-{2,}|={2,}|_{2,}|\\*{2,})?[ \\t]*(?:"
        "Below this line is a copy of the message|This is a copy of the message|"
        "(?:The )?original message(?: headers)?(?: follows|:|\\s*-)|Original message headers|Unsent message below|"
        "Undelivered message (?:headers )?follows|Returned message|Message header follows|"
        "The header of the original message|Headers of the original message|Message headers follow|"
        "Original mail|Original message header|Copy of the original message|"
        "The text you sent follows|The message you sent follows|Attached is a copy|"
        "\\(?Original message\\)?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re;
}

// A line that starts with a recipient: "<a@b>: ...", "a@b", "Name<mailto:a@b>", "a@b on date",
// "Recipient: a@b", "RCPT TO:<a@b>" transcript lines and "Original-Recipient:" style lines.
const QRegularExpression &recipientLine()
{
    static const QRegularExpression re(
        QStringLiteral("^[ \\t]*(?:(?:(?:[A-Za-z-]+[ \\t]){0,3}(?:Recipient|Address|Addressee|To|Final-Recipient|RCPT TO)|"
                       "(?:In|>>>|Out)[ \\t]*:?[ \\t]*RCPT TO)s?(?: address)?[ \\t]*:[ \\t]*(?:rfc822;[ \\t]*)?|--+[ \\t]*|\\*[ \\t]*|[^<>\\s@:]{0,40}[ \\t]*(?=<))?"
                       "<?(?:mailto:)?\"?(") + addrPattern() + QStringLiteral(")\"?>?(.*)$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// An address inside a sentence ("error delivering your mail to <a@b>", "Your message to a@b
// couldn't be delivered"); used only when no line starts with a recipient.
const QRegularExpression &recipientInSentence()
{
    static const QRegularExpression re(
        QStringLiteral("(?:<|\\bto:?\\s*|\\bfor\\s+|\\bin\\s+<)(?:mailto:)?\"?(") + addrPattern() + QStringLiteral(")\"?>?([^\\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The sender side of a transcript or notice, never the failed recipient.
bool isSenderContext(const QString &text, qsizetype pos)
{
    static const QRegularExpression sender(QStringLiteral("(?:MAIL\\s+From|envelope-from|sender|Reply-To|Return-Path|From)\\s*:?\\s*<?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), pos) + 1;
    return sender.match(text.mid(lineStart, pos - lineStart + 1)).hasMatch();
}

// Words after an address that show the line is a sentence about someone else, not a recipient.
bool isNoiseLine(const QString &line, const QString &address)
{
    static const QRegularExpression noise(QStringLiteral(
        "^\\s*(?:From|Sender|Reply-To|Return-Path|Message-Id|Cc|Subject|Date|Received|In-Reply-To|References)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    if (noise.match(line).hasMatch())
        return true;
    const QString lower = address.toLower();
    return lower.startsWith(QLatin1String("postmaster@")) || lower.startsWith(QLatin1String("mailer-daemon@"));
}

// The address stands alone on its line ("  a@b", "<a@b>:"), as MTAs list failed addresses
// (Exim's "The following address(es) failed:", qmail's "<a@b>:"), not at the start of a
// sentence ("Dear <a@b>, your message to ...").
bool isListEntry(QStringView line, const QRegularExpressionMatch &m)
{
    static const QRegularExpression bare(QStringLiteral("^[ \\t]*(?:Final-Recipient:[ \\t]*rfc822;)?[ \\t<\"]*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tail(QStringLiteral("^[\">:\\s]*$"));
    return bare.match(line.left(m.capturedStart(1))).hasMatch() && tail.match(m.captured(2)).hasMatch();
}

// "Action: failed" written into a text body (a field line of its own): RFC 3464 section
// 2.3.3, the MTA stopped trying, whatever the class of the status beside it. The field name
// is written capitalised in practice; a plain search keeps this cheap on every message.
bool saysActionFailed(const QString &text)
{
    for (qsizetype at = text.indexOf(QLatin1String("Action:")); at >= 0; at = text.indexOf(QLatin1String("Action:"), at + 7)) {
        qsizetype p = at;
        while (p > 0 && (text[p - 1] == QLatin1Char(' ') || text[p - 1] == QLatin1Char('\t') || text[p - 1] == QLatin1Char('>')))
            --p;
        if (p > 0 && text[p - 1] != QLatin1Char('\n'))
            continue;
        const QStringView value = QStringView(text).mid(at + 7).trimmed();
        if (value.startsWith(QLatin1String("failed"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A recipient line or sentence: offsets in the text searched.
struct RecipientMatch
{
    QString address;
    qsizetype start = 0;     // the whole match
    qsizetype end = 0;
    qsizetype restStart = 0; // the text after the address
};

// End of the paragraph that starts at `from` (an empty or white-space only line ends it), or
// `limit`. Callers keep only min(result, stop): once the scan passes `stop` it returns `stop`,
// so N recipient lines in one paragraph cost O(text), not O(N x text).
qsizetype paragraphEnd(const QString &text, qsizetype from, qsizetype limit, qsizetype stop)
{
    qsizetype pos = from;
    while (pos < limit) {
        if (pos >= stop)
            return stop;
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0 || eol > limit)
            return limit;
        qsizetype next = eol + 1;
        // An empty (or white-space only) line ends the paragraph.
        qsizetype p = next;
        while (p < limit && (text[p] == QLatin1Char(' ') || text[p] == QLatin1Char('\t') || text[p] == QLatin1Char('\r')))
            ++p;
        if (p >= limit || text[p] == QLatin1Char('\n'))
            return eol;
        pos = next;
    }
    return limit;
}

bool hasDiagnosticContent(const QString &s)
{
    static const QRegularExpression codeOrWords(QStringLiteral("\\b[245]\\d\\d\\b|\\b[245]\\.\\d{1,3}\\.\\d{1,3}\\b|[A-Za-z]{3,}\\s+[A-Za-z]{2,}"));
    return codeOrWords.match(s).hasMatch();
}

// Each family's pattern, compiled once, and one scanner over all their hints.
struct FamilyIndex
{
    std::vector<QRegularExpression> patterns;
    std::vector<int> familyOfHint;
    Util::PhraseScanner hints;

    static const FamilyIndex &instance()
    {
        static const FamilyIndex index;
        return index;
    }

private:
    FamilyIndex() : hints(allHints()) {}

    QStringList allHints()
    {
        QStringList out;
        for (int i = 0; i < int(std::size(families)); ++i) {
            patterns.emplace_back(QString::fromLatin1(families[i].pattern), QRegularExpression::CaseInsensitiveOption);
            for (const QString &h : QString::fromLatin1(families[i].hints).split(QLatin1Char('|'))) {
                out << h;
                familyOfHint.push_back(i);
            }
        }
        return out;
    }
};

// The first family in table order whose pattern matches.
QString familyOf(const QString &text)
{
    const FamilyIndex &index = FamilyIndex::instance();
    std::vector<bool> candidate(std::size(families), false);
    index.hints.scan(text, [&](int hint, qsizetype) {
        candidate[size_t(index.familyOfHint[size_t(hint)])] = true;
        return true;
    }, Qt::CaseInsensitive);
    for (size_t i = 0; i < std::size(families); ++i) {
        if (candidate[i] && index.patterns[i].match(text).hasMatch())
            return QString::fromLatin1(families[i].name);
    }
    return {};
}

// The diagnostic of a block: its text without the address prefix; if that is empty (Gmail,
// Exchange 2003 lists), the following paragraph(s) up to the next recipient.
FreeTextRecipient makeRecipient(const QString &text, const RecipientMatch &m, qsizetype nextStart, qsizetype limit)
{
    FreeTextRecipient r;
    r.address = m.address;
    const qsizetype start = m.start;
    qsizetype end = paragraphEnd(text, m.end, limit, nextStart);
    if (end > nextStart)
        end = nextStart;
    QString rest = text.mid(m.restStart, end - m.restStart).simplified();
    int extra = 0;
    while (!hasDiagnosticContent(rest) && end < nextStart && end < limit && extra < 3) {
        const qsizetype more = paragraphEnd(text, end + 1 < limit ? end + 1 : limit, limit, nextStart);
        const qsizetype stop = qMin(more, nextStart);
        rest = QString(rest + QLatin1Char(' ') + text.mid(end, stop - end)).simplified();
        end = stop;
        ++extra;
    }
    if (rest.startsWith(QLatin1Char(':')))
        rest = rest.mid(1).trimmed();
    r.diagnostic = rest;
    r.span = TextSpan{int(start), int(end - start)};
    return r;
}

// One entry per address (ASCII by addrPattern(), so lower-casing is the case-insensitive
// comparison); `index` maps the lower-cased address to its entry, so many recipients cost
// O(n), not O(n^2) comparisons.
// "550 ", "550-", "421 ": an SMTP reply (RFC 5321 section 4.2).
bool startsWithReplyCode(QStringView line)
{
    return line.size() >= 4 && QStringLiteral("245").contains(line[0]) && line[1].isDigit() && line[2].isDigit()
           && (line[3] == QLatin1Char(' ') || line[3] == QLatin1Char('-'));
}

void mergeRecipient(QList<FreeTextRecipient> &list, QHash<QString, qsizetype> &index, FreeTextRecipient r)
{
    const QString key = r.address.toLower();
    const auto found = index.constFind(key);
    if (found != index.constEnd()) {
        FreeTextRecipient &e = list[*found];
        // The same address again right where its block ends: the block was cut at the
        // server's reply that quotes it (dma: "H did not like our RCPT TO:\n550 5.7.0 <addr>:
        // Recipient address rejected: ..."); one block, one diagnostic.
        if (e.span.offset + e.span.length == r.span.offset && !e.diagnostic.isEmpty() && !r.diagnostic.isEmpty()) {
            e.diagnostic = QStringLiteral("%1 <%2>: %3").arg(e.diagnostic, r.address, r.diagnostic);
            e.span.length += r.span.length;
            return;
        }
        static const QRegularExpression code(QStringLiteral("\\b[245]\\d\\d\\b|\\b[245]\\.\\d{1,3}\\.\\d{1,3}\\b"));
        const bool eCode = code.match(e.diagnostic).hasMatch();
        const bool rCode = code.match(r.diagnostic).hasMatch();
        if ((!eCode && rCode) || (eCode == rCode && e.diagnostic.size() < 8 && r.diagnostic.size() > e.diagnostic.size()))
            e = r;
        return;
    }
    index.insert(key, list.size());
    list.append(std::move(r));
}

} // namespace

qsizetype FreeTextParser::findOriginalMarker(const QString &text)
{
    const auto m = originalMarker().match(text);
    return m.hasMatch() ? m.capturedStart(0) : -1;
}

bool FreeTextParser::standsAlone(const QString &section, const FreeTextRecipient &r)
{
    if (!r.span.isValid() || r.span.offset >= section.size())
        return false;
    const qsizetype lineStart = section.lastIndexOf(QLatin1Char('\n'), r.span.offset) + 1;
    const qsizetype lineEnd = section.indexOf(QLatin1Char('\n'), r.span.offset);
    const QStringView line = QStringView(section).mid(lineStart, (lineEnd < 0 ? section.size() : lineEnd) - lineStart);
    const auto m = recipientLine().match(line, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && isListEntry(line, m);
}

QString FreeTextParser::firstAddress(const QString &text)
{
    static const QRegularExpression re(addrPattern());
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

FreeTextResult FreeTextParser::parse(const QString &text, const QStringList &senders)
{
    FreeTextResult out;
    out.originalStart = findOriginalMarker(text);
    const qsizetype limit = out.originalStart >= 0 ? out.originalStart : text.size();
    out.errorSection = text.left(limit);
    // Family phrases open a notice; the head is enough and bounds the cost of long texts.
    out.family = familyOf(QStringView(out.errorSection).left(FamilyScanChars).toString());
    out.looksLikeBounce = !out.family.isEmpty();
    static const HintedPattern temporary(
        "will (?:continue|keep) (?:trying|to try|retrying)|has been delayed|still trying|Delivery.*(?:delayed|deferred)|"
        "not yet been delivered|temporary failure|will retry",
        "will continue|will keep|has been delayed|still trying|delivery|not yet been delivered|temporary failure|will retry");
    static const HintedPattern gaveUp(
        "I've given up|giving up|gave up|not going to try again|retry timeout exceeded|in the queue too long|"
        "permanent (?:fatal )?error|failed permanently|will not (?:be )?retr",
        "given up|giving up|gave up|not going to try again|retry timeout exceeded|in the queue too long|"
        "permanent |failed permanently|will not ");
    out.gaveUp = gaveUp.matches(out.errorSection) || saysActionFailed(out.errorSection);
    out.temporary = !out.gaveUp && temporary.matches(out.errorSection);

    // A recipient line lies within one line and holds an '@', so the pattern is tried only at
    // the start of lines with one, on that line alone: the same matches as a global match.
    // Matching on the line (not the whole text from an offset) keeps the cost linear: PCRE2
    // validates the UTF-16 of the whole subject it is given on every call.
    QList<RecipientMatch> lines;
    const QString &section = out.errorSection;
    for (qsizetype at = section.indexOf(QLatin1Char('@')); at >= 0;) {
        const qsizetype lineStart = section.lastIndexOf(QLatin1Char('\n'), at) + 1;
        const qsizetype lineEnd = section.indexOf(QLatin1Char('\n'), at);
        const QStringView line = QStringView(section).mid(lineStart, (lineEnd < 0 ? section.size() : lineEnd) - lineStart);
        const auto m = recipientLine().match(line, 0, QRegularExpression::NormalMatch,
                                             QRegularExpression::AnchorAtOffsetMatchOption);
        // A line naming the address of the block above continues that block when it is
        // indented (Postfix bounce(8) folds a long reason: "    <addr>... User Unknown (in
        // reply to RCPT TO command)") or is the server's reply quoting it (dma: "H did not like
        // our RCPT TO:" then "550 5.7.0 <addr>: Recipient address rejected: ...").
        const bool continuation = m.hasMatch() && !lines.isEmpty() && !line.isEmpty()
                                  && (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t') || startsWithReplyCode(line))
                                  && lines.constLast().address.compare(m.captured(1), Qt::CaseInsensitive) == 0;
        if (m.hasMatch() && !continuation && !isNoiseLine(m.captured(0), m.captured(1))
            && !(SenderAddresses::contains(senders, m.captured(1)) && !isListEntry(line, m)))
            lines.append(RecipientMatch{m.captured(1), lineStart + m.capturedStart(0), lineStart + m.capturedEnd(0),
                                        lineStart + m.capturedStart(2)});
        at = lineEnd < 0 ? -1 : section.indexOf(QLatin1Char('@'), lineEnd);
    }
    if (lines.isEmpty()) {
        // The text is checked once here; the matches that follow skip PCRE2's check of the
        // whole subject (one per match otherwise). Lone surrogates (invalid UTF-16 from a
        // broken charset) are replaced first: same length, so every offset stays valid.
        QString checked = out.errorSection;
        if (!QStringView(checked).isValidUtf16()) {
            for (qsizetype i = 0; i < checked.size(); ++i) {
                if (checked[i].isHighSurrogate() && i + 1 < checked.size() && checked[i + 1].isLowSurrogate())
                    ++i;
                else if (checked[i].isSurrogate())
                    checked[i] = QChar::ReplacementCharacter;
            }
        }
        auto weak = recipientInSentence().globalMatch(checked, 0, QRegularExpression::NormalMatch,
                                                      QRegularExpression::DontCheckSubjectStringMatchOption);
        while (weak.hasNext()) {
            const auto m = weak.next();
            if (!isSenderContext(checked, m.capturedStart(1) - 1) && !isNoiseLine(m.captured(0), m.captured(1))
                && !SenderAddresses::contains(senders, m.captured(1)))
                lines.append(RecipientMatch{m.captured(1), m.capturedStart(0), m.capturedEnd(0), m.capturedStart(2)});
        }
    }
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype next = i + 1 < lines.size() ? lines[i + 1].start : limit;
        mergeRecipient(out.recipients, seen, makeRecipient(out.errorSection, lines[i], next, limit));
    }
    return out;
}

} // namespace Dsn
