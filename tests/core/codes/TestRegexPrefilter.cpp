// SPDX-License-Identifier: GPL-3.0-or-later
// The byte tests of codes/RegexPrefilter.h against the regular expressions they guard or
// replace: over every line of the repository's test data (reply texts, log fixtures, .eml
// bounces) and of the shared corpus' messages, plus hand-picked edge cases, each test must be
// true wherever its pattern matches, and the hand-read lengths and searches must equal what the
// pattern or Qt gives. The patterns below are copied from LineParser.cpp, EntityExtractor.cpp
// and ProviderMarks.cpp as they were before the tests existed.
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "RealTexts.h"
#include "codes/RegexPrefilter.h"
#include "util/PhraseScanner.h"

using namespace Codes;

namespace {

// Texts no fixture holds: the characters PCRE folds across scripts, lone surrogates, codes at
// the edges, digits runs longer than a pattern takes.
QStringList edgeCases()
{
    return {
        QString(), QStringLiteral(" "), QStringLiteral("550"), QStringLiteral("550-5.1.1 x"), QStringLiteral("  550 5.1.1"),
        QStringLiteral("#5.1.1 qmail"), QStringLiteral("5.1.1234 x"), QStringLiteral("5.1234.1"), QStringLiteral("550 #5.1.1"),
        QStringLiteral("550--  5.7.1\tblocked"), QStringLiteral("4.4.7"), QStringLiteral("2.0.0"), QStringLiteral("5.8.1 x"),
        QStringLiteral("said: (550)"), QStringLiteral("]:451:"), QStringLiteral("'552'"), QStringLiteral("status: 5.1.1"),
        QStringLiteral("\x0b\x0c status : 4.2.2"), QString::fromUtf8("ſtatus: 5.1.1"), QString::fromUtf8("ſmtp; 550 x"),
        QStringLiteral("Diagnostic-Code: smtp; 550 5.1.1 nope"), QStringLiteral("x-unix; 1"), QStringLiteral("X-Postfix; host"),
        QStringLiteral("[TS01] [TSS04] [PH01] [BL21] [CS01] [HM08] [RL02]"), QStringLiteral("BL000001 RL000001 DM000001"),
        QStringLiteral("(S3150) SC-001 DY-001 OU-002 RP-001 HE-001"), QStringLiteral("DNSBL:RBL 521"), QStringLiteral("dnsbl:attrbl\t 521"),
        QString::fromUtf8("(ſ3150)"), QString::fromUtf8("[Tſ01]"), QStringLiteral("ipv6:2001:db8::1"), QStringLiteral("[IPv6:::1]"),
        QStringLiteral("fe80::"), QStringLiteral("a:b"), QStringLiteral("1.2.3.4"), QStringLiteral("1.2"), QStringLiteral("x@y.zz"),
        QStringLiteral("in reply to RCPT TO command"), QStringLiteral("AFTER END OF DATA"), QStringLiteral(">>> DATA"),
        QStringLiteral("(state 14)."), QStringLiteral("does not like recipient."), QStringLiteral("most progress was RCPT TO response"),
        QStringLiteral("FAILED after I sent the message"), QString(QChar(0xD800)) + QStringLiteral("550 5.1.1"),
        QStringLiteral("550 5.1.1") + QChar(0xDC00), QStringLiteral("550 ") + QChar(0xD83D) + QChar(0xDE00) + QStringLiteral(" 5.1.1"),
        QString::fromUtf8("Benutzer unbekannt 550 5.1.1 Postfach voll"), QString::fromUtf8("KELVIN \u212A and long \u017F"),
    };
}

QStringList allTexts()
{
    QStringList texts = edgeCases();
    for (const QString &whole : TestSupport::realFileTexts()) {
        for (const QString &line : TestSupport::linesOf(whole)) {
            texts << line;
            // Reply texts hold a tab-separated text column; the text alone starts where codes do.
            for (const QString &column : line.split(QLatin1Char('\t')))
                texts << column;
        }
    }
    return texts;
}

struct Guard
{
    const char *name;
    QRegularExpression pattern;
    bool (*test)(QStringView);
};

QList<Guard> guards()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    return {
        {"status field", QRegularExpression(QStringLiteral(R"(^\s*status\s*:\s*#?([245]\.\d{1,3}\.\d{1,3})\b)"), ci), &mayBeStatusField},
        {"continuation", QRegularExpression(QStringLiteral(R"(^\s*([2-5][0-5]\d)-(?:#?([245]\.[0-7]\.\d{1,3})(?:\s+|$))?)")), &mayBeContinuation},
        {"status", QRegularExpression(QStringLiteral(R"((?<![\d.])#?([245])\.([0-7])\.(\d{1,3})(?!\.?\d))")), &mayHaveEnhancedCode},
        {"reply before status", QRegularExpression(QStringLiteral(R"((?<![\d.])([245][0-5]\d)[\s\-]+#?[245]\.[0-7]\.\d{1,3}(?!\.?\d))")), &mayHaveEnhancedCode},
        {"marked status", QRegularExpression(QStringLiteral(R"((?:^\s*#?|#|[:;(\[]\s*)([245])\.([0-7])\.(\d{1,3})(?!\.?\d))")), &mayHaveEnhancedCode},
        {"ipv4", QRegularExpression(QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d))")), &mayHaveIpv4},
        {"ipv6", QRegularExpression(QStringLiteral(R"((?<![\w:])(?:ipv6:)?((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?![\w:]))"), ci), &mayHaveIpv6},
        {"tag", QRegularExpression(QStringLiteral(R"(\[((?:TSS|TS|PH|BL|CS|HM|RL)\d{2})\]|\b((?:BL|RL|DM)\d{6})\b|\((S\d{3,6})\)|)"
                                                  R"(\b((?:SC|DY|OU|RP|HE)-\d{3})\b|\b(DNSBL:(?:ATT)?RBL\s*\d{3}))"), ci), &mayHaveTag},
    };
}

// The scan of Util::PhraseScanner written the slow, obvious way: every position, every phrase.
QList<QPair<int, qsizetype>> naiveScan(const QStringList &phrases, QStringView text, Qt::CaseSensitivity cs)
{
    QList<QPair<int, qsizetype>> hits;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar a = text[i], b = text[i + 1];
        if (a.unicode() >= 128 || b.unicode() >= 128)
            continue;
        for (int k = 0; k < phrases.size(); ++k) {
            const QString &p = phrases[k];
            if (p.size() > text.size() - i)
                continue;
            const bool head = cs == Qt::CaseSensitive ? (a == p[0] && b == p[1])
                                                      : (a.toLower() == p[0] && b.toLower() == p[1]);
            if (head && text.mid(i, p.size()).compare(p, cs) == 0)
                hits.append({k, i});
        }
    }
    return hits;
}

} // namespace

class TestRegexPrefilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_texts = allTexts();
        QVERIFY2(m_texts.size() > 20000, qPrintable(QString::number(m_texts.size()))); // the data was found
    }

    // Each byte test is true wherever its pattern matches (else a match would be lost).
    void guardsNeverHideAMatch()
    {
        int matched = 0;
        for (const Guard &g : guards()) {
            QVERIFY2(g.pattern.isValid(), g.name);
            for (const QString &t : std::as_const(m_texts)) {
                if (!g.pattern.match(t).hasMatch())
                    continue;
                ++matched;
                QVERIFY2(g.test(t), qPrintable(QString::fromLatin1(g.name) + QStringLiteral(": ") + t));
            }
        }
        QVERIFY2(matched > 5000, qPrintable(QString::number(matched))); // the patterns did match real texts
    }

    // Where mayHavePrefix() says no, the field-prefix pattern takes only the leading \s.
    void prefixOnlyWherePossible()
    {
        static const QRegularExpression prefix(
            QStringLiteral(R"(^\s*(?:(?:diagnostic-code|x-diagnostic-code)\s*:\s*)?(?:(?:smtp|x-postfix|x-unix|x-local)\s*;\s*)?)"),
            QRegularExpression::CaseInsensitiveOption);
        int prefixes = 0;
        for (const QString &t : std::as_const(m_texts)) {
            const QRegularExpressionMatch m = prefix.match(t);
            if (!m.hasMatch())
                continue; // invalid UTF-16
            if (mayHavePrefix(t))
                prefixes += m.capturedLength() > firstNonSpace(t);
            else
                QVERIFY2(m.capturedLength() == firstNonSpace(t), qPrintable(t));
        }
        QVERIFY(prefixes > 100);
    }

    void leadingCodesAsThePattern()
    {
        static const QRegularExpression leading(QStringLiteral(R"(^\s*(?:[245]\d\d[\s\-]*)?(?:#?[245]\.\d{1,3}\.\d{1,3})?\s*)"));
        int nonEmpty = 0;
        for (const QString &t : std::as_const(m_texts)) {
            const QRegularExpressionMatch m = leading.match(t);
            if (!m.hasMatch())
                continue; // invalid UTF-16: PCRE refuses the subject; parseLine's caller never sees one
            nonEmpty += m.capturedLength() > 0;
            QVERIFY2(leadingCodesLength(t) == m.capturedLength(), qPrintable(t));
            QCOMPARE(QString(t).remove(leading), t.mid(leadingCodesLength(t)));
        }
        QVERIFY(nonEmpty > 1000);
    }

    void searchesAsQt()
    {
        const QLatin1String words[] = {QLatin1String("status="), QLatin1String("in reply to"), QLatin1String("not li"),
                                       QLatin1String(", stat="), QLatin1String("a"), QLatin1String("{LED="),
                                       QLatin1String("to=<"), QLatin1String("NOQUEUE: "), QLatin1String("=")};
        for (const QString &t : std::as_const(m_texts)) {
            for (const QLatin1String &w : words) {
                QCOMPARE(indexOfAscii(t, w), t.indexOf(w));
                QCOMPARE(indexOfAscii(t, w, 3), t.indexOf(w, 3));
                // Lower-case words without 's'/'k' (RegexPrefilter.h): ASCII folding finds what Qt finds.
                const QString word(w);
                if (word == word.toLower() && !word.contains(QLatin1Char('s')) && !word.contains(QLatin1Char('k')))
                    QVERIFY2(containsAsciiCaseless(t, w) == t.contains(w, Qt::CaseInsensitive), qPrintable(QString(w) + QStringLiteral(" in ") + t));
            }
            const QString needle = t.mid(t.size() / 3, 7).toUpper();
            QCOMPARE(indexOfCaseless(t, needle), t.indexOf(needle, 0, Qt::CaseInsensitive));
            QCOMPARE(asciiFastToLower(t), t.toLower());
        }
    }

    // The memchr search keeps only whole units: characters whose high or low byte equals the
    // searched ASCII byte ('=' is 0x3D: U+3D3D, U+003D, U+3D00) and hits at every offset.
    void asciiSearchSkipsHalfUnits()
    {
        QRandomGenerator random(20261206);
        const QString alphabet = QStringLiteral("=<to st") + QChar(0x3D3D) + QChar(0x3D00) + QChar(0x3C3D) + QChar(0x743D);
        int found = 0;
        for (int k = 0; k < 20000; ++k) {
            QString t;
            for (int n = random.bounded(40); n > 0; --n)
                t += alphabet[random.bounded(int(alphabet.size()))];
            for (const QLatin1String w : {QLatin1String("="), QLatin1String("to=<"), QLatin1String("st")}) {
                const qsizetype from = random.bounded(4);
                QCOMPARE(indexOfAscii(t, w, from), t.indexOf(w, from));
                found += t.indexOf(w, from) >= 0 ? 1 : 0;
            }
        }
        QVERIFY(found > 10000);
    }

    void utfCheckOnlyForValidText()
    {
        QCOMPARE(matchOptionsFor(u"550 5.1.1 user unknown"), QRegularExpression::DontCheckSubjectStringMatchOption);
        const QString pair = QStringLiteral("x") + QChar(0xD83D) + QChar(0xDE00);
        QCOMPARE(matchOptionsFor(pair), QRegularExpression::DontCheckSubjectStringMatchOption);
        QCOMPARE(matchOptionsFor(QString(QChar(0xD83D))), QRegularExpression::NoMatchOption);
        QCOMPARE(matchOptionsFor(QString(QString(QChar(0xDE00)) + QStringLiteral("x"))), QRegularExpression::NoMatchOption);
        QCOMPARE(matchOptionsFor(pair.left(2)), QRegularExpression::NoMatchOption);
    }

    // The four-units-at-a-time surrogate test against one unit at a time: every length up to
    // 12 with a surrogate (high or low, each end of the range) or a near miss (0xD7FF, 0xE000,
    // 0xF800, 0x5800: the same low bits) at every position, and every real text.
    void surrogateTestAsOneUnitAtATime()
    {
        const auto naive = [](QStringView s) {
            for (const QChar c : s) {
                if (c.unicode() >= 0xD800 && c.unicode() <= 0xDFFF)
                    return true;
            }
            return false;
        };
        int withSurrogate = 0;
        for (const char16_t unit : {char16_t(0xD800), char16_t(0xDBFF), char16_t(0xDC00), char16_t(0xDFFF),
                                    char16_t(0xD7FF), char16_t(0xE000), char16_t(0xF800), char16_t(0x5800), char16_t(0xFFFF)}) {
            for (int length = 0; length <= 12; ++length) {
                for (int at = 0; at < length; ++at) {
                    QString s(length, QLatin1Char('a'));
                    s[at] = QChar(unit);
                    QCOMPARE(hasSurrogate(s), naive(s));
                    withSurrogate += naive(s) ? 1 : 0;
                }
            }
        }
        QVERIFY(withSurrogate > 100);
        for (const QString &t : std::as_const(m_texts))
            QCOMPARE(hasSurrogate(t), naive(t));
    }

    // The scanner's third-character test finds what comparing every phrase at every position finds.
    void phraseScannerAsNaiveScan()
    {
        const QStringList phrases = {QStringLiteral("us"), QStringLiteral("user unknown"), QStringLiteral("use"),
                                     QStringLiteral("uss"), QStringLiteral("usk"), QString::fromUtf8("usé"),
                                     QStringLiteral("in reply"), QStringLiteral("in"), QStringLiteral("5.1.1"),
                                     QStringLiteral("ma"), QStringLiteral("mailbox full"), QStringLiteral("mak")};
        const Util::PhraseScanner scanner(phrases);
        QStringList texts = m_texts;
        texts << QString::fromUtf8("USſ usK US\u212A usé USÉ user UNKNOWN us");
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const QString &raw : std::as_const(texts)) {
                const QString t = cs == Qt::CaseSensitive ? raw.toLower() : raw;
                QList<QPair<int, qsizetype>> hits;
                scanner.scan(t, [&](int index, qsizetype at) { hits.append({index, at}); return true; }, cs);
                QCOMPARE(hits, naiveScan(phrases, t, cs));
            }
        }
    }

private:
    QStringList m_texts;
};

QTEST_GUILESS_MAIN(TestRegexPrefilter)
#include "TestRegexPrefilter.moc"
