// SPDX-License-Identifier: GPL-3.0-or-later
// Bounces written in German, French, Russian and Japanese, in the charsets and transfer encodings
// such bounces arrive in (ISO-8859-1 quoted-printable, UTF-8 base64, 8-bit KOI8-R, 7-bit
// ISO-2022-JP; RFC 2047 encoded subjects), end to end through the real "bouncelens-cli analyze":
// the text must be decoded before the reason classifier can read its words. Each fixture's status
// is a bare 5.0.0 or absent, so the localized words, not a code, decide the reason; the evidence
// names the phrase that matched (issue 13).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

const QString kCli = QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli");

QJsonObject analyze(const QString &fixture)
{
    QProcess p;
    p.start(kCli, {QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/") + fixture});
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    // --json prints an array of one object per message.
    const QJsonArray all = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    return all.size() == 1 ? all.first().toObject() : QJsonObject();
}

} // namespace

class TestLocalizedBounces : public QObject
{
    Q_OBJECT

private slots:
    void reasonFromLocalizedText_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("rule");       // the phrase that decided
        QTest::addColumn<QString>("diagnostic"); // decoded words the diagnostic must hold
        QTest::newRow("de latin-1 quoted-printable (Exchange Online)")
            << "localized-de-latin1-qp.eml" << "bob@example.net" << "mailboxfull" << QStringLiteral("postfach des empfängers ist voll")
            << QStringLiteral("Das Postfach des Empfängers ist voll");
        QTest::newRow("fr utf-8 base64 (Exchange Online)")
            << "localized-fr-utf8-base64.eml" << "bob@example.net" << "mailboxfull" << QStringLiteral("boîte aux lettres du destinataire est pleine")
            << QStringLiteral("La boîte aux lettres du destinataire est pleine");
        QTest::newRow("ru koi8-r 8bit (mail.ru shape)")
            << "localized-ru-koi8r.eml" << "bob@example.net" << "mailboxfull" << QStringLiteral("почтовый ящик переполнен")
            << QStringLiteral("Почтовый ящик переполнен");
        QTest::newRow("ja iso-2022-jp (DTI shape)")
            << "localized-ja-iso2022jp.eml" << "bob@example.jp" << "userunknown" << QStringLiteral("のユーザーは登録されていません")
            << QStringLiteral("のユーザーは登録されていません");
    }

    void reasonFromLocalizedText()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, recipient);
        QFETCH(QString, reason);
        QFETCH(QString, rule);
        QFETCH(QString, diagnostic);
        const QJsonObject a = analyze(fixture);
        QVERIFY2(!a.isEmpty(), qPrintable(fixture));
        QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
        const QJsonArray recipients = a.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        const QJsonObject r = recipients.first().toObject();
        QCOMPARE(r.value(QStringLiteral("recipient")).toString(), recipient);
        QVERIFY2(r.value(QStringLiteral("diagnostic_code")).toString().contains(diagnostic),
                 qPrintable(r.value(QStringLiteral("diagnostic_code")).toString()));
        QCOMPARE(r.value(QStringLiteral("reason")).toString(), reason);
        const QJsonObject ev = r.value(QStringLiteral("reason_evidence")).toObject();
        QCOMPARE(ev.value(QStringLiteral("rule")).toString(), rule);
    }

    // RFC 2047 encoded words of the returned original's headers come out as text.
    void encodedSubjectOfTheOriginal()
    {
        const QJsonObject a = analyze(QStringLiteral("localized-de-latin1-qp.eml"));
        QCOMPARE(a.value(QStringLiteral("original")).toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("Angebot für März"));
    }
};

QTEST_GUILESS_MAIN(TestLocalizedBounces)
#include "TestLocalizedBounces.moc"
