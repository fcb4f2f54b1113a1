// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"

using namespace Dsn;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

const DsnField *field(const RecipientResult &r, const char *name)
{
    for (const DsnField &f : r.fields) {
        if (f.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestBounceAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void rfc3464GroupsAndSpans()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("crlf-mbox-line-two-recipients.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(a.reportingMta, QStringLiteral("mx.example.org"));
        QCOMPARE(a.arrivalDate, QStringLiteral("Mon, 1 Jan 2024 00:00:00 +0000"));
        QCOMPARE(a.recipients.size(), 2);
        const RecipientResult &one = a.recipients[0];
        QCOMPARE(one.address, QStringLiteral("one@example.net"));
        QCOMPARE(one.action, QStringLiteral("failed"));
        QCOMPARE(one.status, QStringLiteral("5.1.1")); // Status 5.0.0, the server said 5.1.1
        QCOMPARE(one.replyCode, QStringLiteral("550"));
        QCOMPARE(one.diagnosticCode, QStringLiteral("550 5.1.1 <one@example.net>: user unknown")); // unfolded
        QCOMPARE(one.diagnosticType, QStringLiteral("smtp"));
        const DsnField *diag = field(one, "Diagnostic-Code");
        QVERIFY(diag);
        // The span covers the folded raw field in the decoded bounce text.
        const QString raw = a.bounceText.mid(diag->span.offset, diag->span.length);
        QVERIFY2(raw.startsWith(QLatin1String("Diagnostic-Code: smtp; 550")), qPrintable(raw));
        QVERIFY2(raw.endsWith(QLatin1String(" unknown")), qPrintable(raw));
        const RecipientResult &two = a.recipients[1];
        QCOMPARE(two.action, QStringLiteral("delayed"));
        QCOMPARE(two.status, QStringLiteral("4.2.2"));
        QVERIFY(field(two, "X-Custom"));
        QCOMPARE(field(two, "X-Custom")->value, QStringLiteral("kept"));
    }

    void charsetDecoded()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("crlf-mbox-line-two-recipients.eml")));
        QVERIFY2(a.bounceText.contains(QString::fromUtf8("メール")), qPrintable(a.bounceText.left(40)));
    }

    void returnedOriginal()
    {
        const QByteArray raw = fixture(QStringLiteral("crlf-mbox-line-two-recipients.eml"));
        const OriginalMessage o = BounceAnalyzer::analyze(raw).original;
        QVERIFY(o.present);
        QCOMPARE(o.subject, QString::fromUtf8("Ääö"));
        QCOMPARE(o.messageId, QStringLiteral("<m1@example.com>"));
        QCOMPARE(o.to.size(), 2);
        QCOMPARE(o.dkim.size(), 1);
        QCOMPARE(o.dkim[0].domain, QStringLiteral("example.com"));
        QCOMPARE(o.dkim[0].selector, QStringLiteral("sel1"));
        QCOMPARE(o.received.size(), 3);
        QCOMPARE(o.received[0].delaySeconds, 3);
        QCOMPARE(o.received[1].delaySeconds, 2);
        QCOMPARE(o.sendingIp, QStringLiteral("198.51.100.7")); // 10.0.0.5 is private
        QVERIFY(raw.contains(o.raw.left(60))); // raw bytes kept for DKIM
        QVERIFY(o.raw.contains("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=sel1;\r\n h=from:to"));
    }

    void freeTextQmail()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("qmail-free-text.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(a.mta, QStringLiteral("qmail"));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("nobody@example.net"));
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.1.1"));
        QCOMPARE(a.recipients[0].reason, QStringLiteral("userunknown"));
        QVERIFY(a.recipients[0].hardBounce);
        QCOMPARE(a.original.subject, QStringLiteral("hello"));
        const TextSpan s = a.recipients[0].span;
        QVERIFY(a.bounceText.mid(s.offset, s.length).startsWith(QLatin1String("<nobody@example.net>")));
    }

    void autoReplyIsNotABounce()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("auto-reply.eml")));
        QCOMPARE(a.kind, Kind::AutoReply);
        QVERIFY(a.recipients.isEmpty());
    }

    void jsonShape()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("qmail-free-text.eml")));
        const QJsonObject o = AnalysisJson::toJson(a, QStringLiteral("x.eml"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
        QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("x.eml"));
        const QJsonObject r = o.value(QStringLiteral("recipients")).toArray().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("recipient")).toString(), QStringLiteral("nobody@example.net"));
        QCOMPARE(r.value(QStringLiteral("hardbounce")).toBool(), true);
        QVERIFY(o.contains(QStringLiteral("original")));
        QVERIFY(AnalysisJson::toJsonLine(a, QStringLiteral("x.eml")).endsWith("}\n"));
    }

    // Text from a message reaches the JSON line as data: quotes, backslashes, control
    // characters, line separators and non-BMP characters are escaped or kept, never break it.
    void jsonLineEscapesHostileText()
    {
        BounceAnalysis a;
        a.kind = Kind::Bounce;
        const QString hostile = QStringLiteral("\"}],\\ \u2028 \u0001\u001f\t\r\n</script> ") + QString::fromUtf8("\xF0\x9F\x93\xA7 Grüße");
        RecipientResult r;
        r.address = QStringLiteral("a@b.example");
        r.diagnosticCode = hostile;
        a.recipients << r;
        a.problems << hostile;
        a.original.present = true;
        a.original.subject = hostile;
        a.original.to << hostile;
        ReceivedHop hop;
        hop.from = hostile;
        hop.delaySeconds = 3;
        a.original.received << hop;
        const QByteArray line = AnalysisJson::toJsonLine(a, hostile);
        QVERIFY(line.endsWith("}\n"));
        QCOMPARE(line.count('\n'), 1); // one line per message, whatever the text holds
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), hostile);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().at(0).toString(), hostile);
        const QJsonObject r0 = o.value(QStringLiteral("recipients")).toArray().at(0).toObject();
        QCOMPARE(r0.value(QStringLiteral("diagnostic_code")).toString(), hostile);
        QCOMPARE(r0.value(QStringLiteral("hardbounce")).toBool(true), false);
        const QJsonObject original = o.value(QStringLiteral("original")).toObject();
        QCOMPARE(original.value(QStringLiteral("subject")).toString(), hostile);
        QCOMPARE(original.value(QStringLiteral("to")).toArray().at(0).toString(), hostile);
        const QJsonObject hop0 = original.value(QStringLiteral("received")).toArray().at(0).toObject();
        QCOMPARE(hop0.value(QStringLiteral("from")).toString(), hostile);
        QCOMPARE(hop0.value(QStringLiteral("delay_s")).toInt(), 3);
        QCOMPARE(AnalysisJson::toJson(a, hostile), o); // the object form is read from the same line
        QVERIFY(line.startsWith("{\"file\":")); // documented order, not QJsonObject's sorted keys
    }

    // A bounce forwarded with "> " quoting: the DSN fields are read through the quotes.
    void quotedForwardedDsn()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("quoted-forwarded-dsn.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("gone@example.net"));
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.2.0"));
        QCOMPARE(a.recipients[0].replyCode, QStringLiteral("550"));
    }

    // "I've given up" with a 4.x.x code: the failure is final (action failed), the code stays.
    void givenUpKeepsTransientCode()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("qmail-given-up-transient.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(a.mta, QStringLiteral("qmail"));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("far@example.org"));
        QCOMPARE(a.recipients[0].action, QStringLiteral("failed"));
        QCOMPARE(a.recipients[0].status, QStringLiteral("4.4.1"));
    }

    // A transcript: the failure is the 451 after DATA, not the 250 that accepted RCPT.
    void transcriptSkipsPositiveReplies()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("transcript-after-positive-replies.eml")));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("box@example.org"));
        QCOMPARE(a.recipients[0].replyCode, QStringLiteral("451"));
        QCOMPARE(a.recipients[0].status, QStringLiteral("4.3.0"));
    }
};

QTEST_GUILESS_MAIN(TestBounceAnalyzer)
#include "TestBounceAnalyzer.moc"
