// SPDX-License-Identifier: GPL-3.0-or-later
// The language of bouncelens-cli's readable output (issue 17), end to end with the real binary
// and a real bounce: every command takes --lang; without it the locale decides (LC_ALL, then
// LC_MESSAGES, then LANG; C/POSIX = English); JSON is English whatever the language. The
// German words asserted are translations already in translations/bouncelens_de.ts
// ("Reporting MTA: %1" = "Berichtender MTA: %1"), not ones waiting in pending-i18n.tsv.
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QtTest>

#include "CliProcess.h"

namespace {

const QString kCli = QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli");
// A Postfix-style DSN with a Reporting-MTA field and the returned original's sending IP.
const QString kBounce = QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/crlf-mbox-line-two-recipients.eml");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI with only the locale variables given (the test's own locale must not leak in).
Run cli(const QStringList &args, const QMap<QString, QString> &locale = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (auto it = locale.cbegin(); it != locale.cend(); ++it)
        env.insert(it.key(), it.value());
    const TestSupport::CliRun c = TestSupport::runCli(args, {}, env);
    return {c.exitCode, QString::fromUtf8(c.out), QString::fromUtf8(c.err)};
}

const QString kEnglish = QStringLiteral("Reporting MTA: ");
const QString kGerman = QStringLiteral("Berichtender MTA: ");

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void analyzeFollowsLang_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("locale"); // name=value pairs
        QTest::addColumn<bool>("german");
        QTest::newRow("no-locale-english") << QStringList() << QStringList() << false;
        QTest::newRow("lang-de") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")} << QStringList() << true;
        QTest::newRow("lang=de") << QStringList{QStringLiteral("--lang=de")} << QStringList() << true;
        QTest::newRow("lang-en-beats-locale")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << false;
        QTest::newRow("LANG-de") << QStringList() << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << true;
        QTest::newRow("LC_MESSAGES-beats-LANG")
            << QStringList() << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_MESSAGES=de_DE.UTF-8")} << true;
        QTest::newRow("LC_ALL-C-beats-LANG")
            << QStringList() << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=C")} << false;
        QTest::newRow("LANG-POSIX") << QStringList() << QStringList{QStringLiteral("LANG=POSIX")} << false;
    }

    void analyzeFollowsLang()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, locale);
        QFETCH(bool, german);
        QMap<QString, QString> env;
        for (const QString &pair : locale)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        // --lang goes before the path and is handed to the worker processes that write the text.
        const Run r = cli(QStringList{QStringLiteral("analyze")} + options + QStringList{kBounce}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(german ? kGerman : kEnglish), qPrintable(r.out));
        QVERIFY2(!r.out.contains(german ? kEnglish : kGerman), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void analyzeJsonStaysEnglish()
    {
        // The JSON under --lang de and a German locale is byte for byte the English one.
        const Run english = cli({QStringLiteral("analyze"), QStringLiteral("--json"), kBounce});
        const Run german = cli({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("de"), kBounce},
                               {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(english.out.toUtf8()).isNull());
        QCOMPARE(german.out, english.out);
        QVERIFY(english.out.contains(QStringLiteral("\"kind\": \"bounce\"")));
    }

    void unknownLanguageWarnsAndKeepsEnglish()
    {
        const Run r = cli({QStringLiteral("analyze"), QStringLiteral("--lang"), QStringLiteral("xx"), kBounce});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(kEnglish), qPrintable(r.out));
        // Once, from the supervisor; the workers keep quiet.
        QCOMPARE(r.err.count(QStringLiteral("\"xx\"")), 1);
        // A locale without a translation is not worth a warning.
        const Run quiet = cli({QStringLiteral("analyze"), kBounce}, {{QStringLiteral("LANG"), QStringLiteral("xx_YY.UTF-8")}});
        QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
    }

    void everyCommandTakesLang_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"analyze", "check", "diagnose", "explain"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void everyCommandTakesLang()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--lang")), qPrintable(r.out));
        // The help itself speaks the language asked for, by option or by locale.
        const Run de = cli({command, QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.contains(QStringLiteral("JSON")) && de.out != r.out, qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("ausgeben")) || de.out.contains(QStringLiteral("Aufruf")), qPrintable(de.out));
        const Run fr = cli({command, QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}});
        QVERIFY2(fr.out != r.out, qPrintable(fr.out));
    }

    void diagnoseFollowsLang()
    {
        // A pasted line, no network: the cause list is German with --lang de (the Diagnosis texts
        // "Most likely" etc. are in bouncelens_de.ts), English without.
        const QStringList args{QStringLiteral("diagnose"), QStringLiteral("--no-network"), QStringLiteral("--line"),
                               QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table")};
        const Run english = cli(args);
        const Run german = cli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        QVERIFY(!english.out.isEmpty());
        QVERIFY2(german.out != english.out, qPrintable(german.out));
        const Run json = cli(args + QStringList{QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("de")});
        const Run jsonEnglish = cli(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, jsonEnglish.out);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
