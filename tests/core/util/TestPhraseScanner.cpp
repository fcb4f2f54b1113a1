// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

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
Hits naiveHits(const QStringList &phrases, const QString &text)
{
    Hits hits;
    for (qsizetype at = 0; at < text.size(); ++at) {
        for (int i = 0; i < phrases.size(); ++i) {
            if (QStringView(text).mid(at).startsWith(phrases[i]))
                hits.append({i, at});
        }
    }
    return hits;
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
};

QTEST_APPLESS_MAIN(TestPhraseScanner)
#include "TestPhraseScanner.moc"
