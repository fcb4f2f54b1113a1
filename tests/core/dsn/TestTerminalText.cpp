// SPDX-License-Identifier: GPL-3.0-or-later
// Util::escapeTerminal, the one escape of every human printer of bouncelens-cli.
#include <QtTest>

#include "util/TerminalText.h"

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void escapesControls_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain text is kept") << QStringLiteral("550 5.1.1 user\tunknown\nnext") << QStringLiteral("550 5.1.1 user\tunknown\nnext");
        QTest::newRow("CSI clear screen") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
        QTest::newRow("OSC window title") << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::newRow("NUL, CR, DEL") << QString::fromLatin1("a\0b\rc\x7f", 6) << QStringLiteral("a\\x00b\\x0dc\\x7f");
        QTest::newRow("C1 CSI") << QStringLiteral("x\u009b31my") << QStringLiteral("x\\u{009b}31my");
        QTest::newRow("bidi override") << QStringLiteral("abc\u202Edef") << QStringLiteral("abc\\u{202e}def");
        QTest::newRow("letters of any script are kept") << QStringLiteral("bücher 例え") << QStringLiteral("bücher 例え");
    }

    void escapesControls()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Util::escapeTerminal(in), out);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "TestTerminalText.moc"
