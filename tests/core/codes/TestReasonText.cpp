// SPDX-License-Identifier: GPL-3.0-or-later
// Codes::foldText against the one-character-at-a-time fold it was written as (copied below as
// the oracle): its fast path for texts it only lower-cases must give the same text and the same
// offsets, over every line of the test data and the corpus and over random texts built to sit
// on the fast path's edges (single/double spaces, tabs, leading/trailing space, non-ASCII).
#include <QRandomGenerator>
#include <QTest>

#include "RealTexts.h"
#include "codes/ReasonText.h"

namespace {

Codes::FoldedText oracle(const QString &text)
{
    Codes::FoldedText f;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace()) {
            pendingSpace = !f.text.isEmpty();
            continue;
        }
        if (pendingSpace) {
            f.text += QLatin1Char(' ');
            f.origin.push_back(i - 1);
            pendingSpace = false;
        }
        f.text += text[i].toLower();
        f.origin.push_back(i);
    }
    return f;
}

} // namespace

class TestReasonText : public QObject
{
    Q_OBJECT

private slots:
    void foldsAsTheOracle()
    {
        QStringList texts{QString(), QStringLiteral(" "), QStringLiteral("a"), QStringLiteral("A b"), QStringLiteral("a  b"),
                          QStringLiteral(" a"), QStringLiteral("a "), QStringLiteral("a\tb"), QStringLiteral("550 5.1.1 User UNKNOWN"),
                          QStringLiteral("Gr\u00fc\u00dfe"), QStringLiteral("a\u00a0b"), QStringLiteral("[@`{Z")};
        for (const QString &whole : TestSupport::realFileTexts())
            texts << TestSupport::linesOf(whole);
        QRandomGenerator random(20261206);
        const QString alphabet = QStringLiteral("aZ@[`{ \t\r\n.") + QChar(0x00C9) + QChar(0x2028) + QChar(0x00A0);
        for (int k = 0; k < 50000; ++k) {
            QString t;
            for (int n = random.bounded(16); n > 0; --n)
                t += alphabet[random.bounded(int(alphabet.size()))];
            texts << t;
        }
        int lowerOnly = 0;
        for (const QString &t : std::as_const(texts)) {
            const Codes::FoldedText got = Codes::foldText(t), expected = oracle(t);
            QCOMPARE(got.text, expected.text);
            for (qsizetype i = 0; i < expected.text.size(); ++i)
                QVERIFY2(got.originOf(i) == expected.origin[size_t(i)], qPrintable(t));
            QCOMPARE(got.originalSpan(0, got.text.size()), expected.text.isEmpty() ? qMakePair(qsizetype(-1), qsizetype(-1))
                                                                                 : qMakePair(expected.origin.front(), expected.origin.back() + 1));
            lowerOnly += got.text == t.toLower() ? 1 : 0;
        }
        QVERIFY(lowerOnly > 10000 && lowerOnly < texts.size() - 10000); // both paths were taken
    }
};

QTEST_APPLESS_MAIN(TestReasonText)
#include "TestReasonText.moc"
