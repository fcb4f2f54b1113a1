// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRandomGenerator>
#include <QTest>

#include "RealTexts.h"
#include "codes/ProviderMarks.h"
#include "codes/ReasonPhrases.h"
#include "util/PhraseScanner.h"

namespace {

using Hits = QList<QPair<int, qsizetype>>;

Hits allHits(const Util::PhraseScanner &scanner, const QString &text)
{
    Hits hits;
    scanner.scan(text, [&](int index, qsizetype at) {
        hits.append({index, at});
        return true;
    });
    return hits;
}

// The reference: one plain substring search per phrase, every occurrence.
Hits naiveHits(const QStringList &phrases, const QString &text, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    Hits hits;
    for (qsizetype at = 0; at < text.size(); ++at) {
        // The scanner's contract: a phrase starts at two ASCII characters of the text.
        if (at + 1 >= text.size() || text[at].unicode() >= 128 || text[at + 1].unicode() >= 128)
            continue;
        const QChar first = cs == Qt::CaseSensitive ? text[at] : text[at].toLower(); // ASCII: one fold
        for (int i = 0; i < phrases.size(); ++i) {
            if (phrases[i][0] == first && QStringView(text).mid(at).startsWith(phrases[i], cs))
                hits.append({i, at});
        }
    }
    return hits;
}

Hits allHits(const Util::PhraseScanner &scanner, const QString &text, Qt::CaseSensitivity cs)
{
    Hits hits;
    scanner.scan(text, [&](int index, qsizetype at) {
        hits.append({index, at});
        return true;
    }, cs);
    return hits;
}

// A random string over `alphabet`, `length` characters.
QString randomText(QRandomGenerator &random, const QString &alphabet, int length)
{
    QString s;
    for (int k = 0; k < length; ++k)
        s += alphabet[random.bounded(int(alphabet.size()))];
    return s;
}

} // namespace

class TestPhraseScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryOccurrenceInTextOrder()
    {
        const QStringList phrases{QStringLiteral("user unknown"), QStringLiteral("unknown"),
                                  QStringLiteral("un"), QStringLiteral("mailbox full")};
        const Util::PhraseScanner scanner(phrases);
        const QString text = QStringLiteral("550 user unknown; mailbox full; unknown un");
        const Hits hits = allHits(scanner, text);
        QCOMPARE(hits, naiveHits(phrases, text));
        QCOMPARE(hits.first(), qMakePair(0, qsizetype(4)));  // "user unknown" before its own "un"
        QCOMPARE(hits.last(), qMakePair(2, qsizetype(40)));  // the phrase at the very end
    }

    void samePositionKeepsPhraseOrder()
    {
        const Util::PhraseScanner scanner({QStringLiteral("spam"), QStringLiteral("sp"), QStringLiteral("spamhaus")});
        QCOMPARE(allHits(scanner, QStringLiteral("spamhaus")),
                 (Hits{{0, 0}, {1, 0}, {2, 0}}));
    }

    void stopsWhenAsked()
    {
        const Util::PhraseScanner scanner({QStringLiteral("ab")});
        int calls = 0;
        scanner.scan(QStringLiteral("ab ab ab"), [&](int, qsizetype) { return ++calls < 2; });
        QCOMPARE(calls, 2);
    }

    void caseInsensitiveScanFoldsTheText()
    {
        const QStringList phrases{QStringLiteral("gave up"), QStringLiteral("delivery")};
        const Util::PhraseScanner scanner(phrases);
        const QString text = QStringLiteral("I GAVE UP; Delivery failed");
        Hits hits;
        scanner.scan(text, [&](int index, qsizetype at) {
            hits.append({index, at});
            return true;
        }, Qt::CaseInsensitive);
        QCOMPARE(hits, (Hits{{0, 2}, {1, 11}}));
        QVERIFY(allHits(scanner, text).isEmpty()); // case-sensitive by default
    }

    void nonAsciiAndShortTextsAreSafe()
    {
        const QStringList phrases{QStringLiteral("rejected"), QStringLiteral("zu")};
        const Util::PhraseScanner scanner(phrases);
        QVERIFY(allHits(scanner, QString()).isEmpty());
        QVERIFY(allHits(scanner, QStringLiteral("r")).isEmpty());
        QVERIFY(allHits(scanner, QStringLiteral("rejecte")).isEmpty()); // shorter than the phrase
        const QString text = QStringLiteral("unzustellbar – grüße, rejected ✓ zu");
        QCOMPARE(allHits(scanner, text), naiveHits(phrases, text));
        QCOMPARE(allHits(scanner, text).size(), 3);
    }

    // Differential: random phrase tables (shared starts, two- and three-character phrases,
    // non-ASCII third characters) against random texts that splice those phrases in, in both
    // case modes, including U+017F and U+212A, which fold to 's' and 'k' without case.
    void randomTablesMatchTheNaiveSearch()
    {
        QRandomGenerator random(20261206);
        const QString alphabet = QStringLiteral("resuknot .;\u00e9\u017f\u212aRSK");
        int compared = 0, withHits = 0;
        for (int table = 0; table < 200; ++table) {
            QStringList phrases;
            const int count = 1 + random.bounded(40);
            for (int k = 0; k < count; ++k) {
                QString p = randomText(random, QStringLiteral("resuknot "), 2 + random.bounded(7));
                if (random.bounded(8) == 0 && p.size() >= 3)
                    p[2] = QChar(0x00e9); // a non-ASCII third character: bucketed by two
                phrases << p;
            }
            const Util::PhraseScanner scanner(phrases);
            for (int t = 0; t < 50; ++t) {
                QString text = randomText(random, alphabet, random.bounded(60));
                for (int k = random.bounded(4); k > 0; --k)
                    text.insert(random.bounded(int(text.size()) + 1), phrases[random.bounded(int(phrases.size()))]);
                for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
                    const Hits expected = naiveHits(phrases, text, cs);
                    QCOMPARE(allHits(scanner, text, cs), expected);
                    ++compared;
                    withHits += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        qInfo("%d random texts compared, %d with hits", compared, withHits);
        QVERIFY(withHits > compared / 2); // the comparison saw matches, not only empty scans
    }

    // scanAsciiLowered() finds what scan() finds in the text with A-Z lowered, other characters
    // kept (capitals, non-ASCII letters and U+212A in random texts over random tables).
    void asciiLoweredScanAsScanOfTheLoweredCopy()
    {
        QRandomGenerator random(61206);
        const QString alphabet = QStringLiteral("reKSsuknoRT .") + QChar(0x212A) + QChar(0x00C9) + QChar(0x00E9);
        int withHits = 0;
        for (int table = 0; table < 100; ++table) {
            QStringList phrases;
            for (int k = 1 + random.bounded(30); k > 0; --k)
                phrases << randomText(random, QStringLiteral("resukno t"), 2 + random.bounded(6));
            const Util::PhraseScanner scanner(phrases);
            for (int t = 0; t < 50; ++t) {
                QString text = randomText(random, alphabet, random.bounded(50));
                for (int k = random.bounded(3); k > 0; --k)
                    text.insert(random.bounded(int(text.size()) + 1), phrases[random.bounded(int(phrases.size()))].toUpper());
                QString lowered = text;
                for (QChar &c : lowered) {
                    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        c = QChar(c.unicode() + 32);
                }
                Hits got;
                scanner.scanAsciiLowered(text, [&](int index, qsizetype at) {
                    got.append({index, at});
                    return true;
                });
                const Hits expected = allHits(scanner, lowered);
                QCOMPARE(got, expected);
                withHits += expected.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(withHits > 1000);
    }

    // Codes::detectProvider scans an ASCII text lowered on the fly and any other text as
    // toLower() gives it: the same provider as for the lower-cased text (what it was given
    // before), on every real line and its upper-cased copy.
    void providerMarksInAnyCase()
    {
        int found = 0;
        for (const QString &text : TestSupport::realFileTexts()) {
            for (const QString &line : TestSupport::linesOf(text)) {
                const QString provider = Codes::detectProvider(line.toLower());
                QCOMPARE(Codes::detectProvider(line), provider);
                QCOMPARE(Codes::detectProvider(line.toUpper()), Codes::detectProvider(line.toUpper().toLower()));
                found += provider.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(found > 500);
    }

    // The reason table's first parts (the classifier's real load) over every line of the real
    // texts, lower-cased as the classifier folds them, and without case as the free-text
    // detectors scan.
    void reasonPhrasesOnRealTextsMatchTheNaiveSearch()
    {
        QStringList phrases;
        for (const Codes::ReasonPhrase &p : Codes::reasonPhrases()) {
            const QString first = QString::fromUtf8(p.pattern).split(QLatin1Char('*')).front();
            if (first.size() >= 2 && first[0].unicode() < 128 && first[1].unicode() < 128)
                phrases << first;
        }
        QVERIFY(phrases.size() > 1000);
        const Util::PhraseScanner scanner(phrases);
        int lines = 0, hits = 0;
        for (const QString &text : TestSupport::realFileTexts()) {
            for (const QString &line : TestSupport::linesOf(text)) {
                const QString lower = line.toLower();
                const Hits expected = naiveHits(phrases, lower);
                QCOMPARE(allHits(scanner, lower), expected);
                QCOMPARE(allHits(scanner, line, Qt::CaseInsensitive), naiveHits(phrases, line, Qt::CaseInsensitive));
                ++lines;
                hits += int(expected.size());
            }
        }
        qInfo("%d real lines compared, %d phrase hits", lines, hits);
        QVERIFY(hits > 1000);
    }
};

QTEST_APPLESS_MAIN(TestPhraseScanner)
#include "TestPhraseScanner.moc"
