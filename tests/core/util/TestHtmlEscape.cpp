// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "util/HtmlEscape.h"

class TestHtmlEscape : public QObject
{
    Q_OBJECT

private slots:
    void escape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("550 5.1.1 user unknown") << QStringLiteral("550 5.1.1 user unknown");
        QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>")
                                    << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
        QTest::newRow("attribute breakout") << QStringLiteral("\" onmouseover='x'")
                                            << QStringLiteral("&quot; onmouseover=&#39;x&#39;");
        QTest::newRow("ampersand first") << QStringLiteral("&lt;") << QStringLiteral("&amp;lt;");
        QTest::newRow("control chars") << QString(QStringLiteral("a") + QChar(1) + QStringLiteral("b\nc")) << QString(QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b\nc"));
    }
    void escape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Util::escapeHtml(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestHtmlEscape)
#include "TestHtmlEscape.moc"
