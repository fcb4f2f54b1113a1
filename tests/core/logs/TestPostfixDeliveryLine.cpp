// SPDX-License-Identifier: GPL-3.0-or-later
// Logs::matchPostfixDelivery against the regular expression it replaces (copied below from
// PostfixLog.cpp as it was before, the oracle): over every line of the repository's test data
// and of the shared corpus' messages and hand-made lines around each part of the pattern, the
// match and all six groups must be the same.
#include <QRegularExpression>
#include <QTest>

#include "RealTexts.h"
#include "logs/PostfixDeliveryLine.h"

using namespace Logs;

namespace {

const QString kLine = QStringLiteral(
    "Mar  1 10:00:00 mail postfix/smtp[2103]: 4F3A: to=<u@example.org>, orig_to=<a@example.org>, "
    "relay=mx.example.org[192.0.2.25]:25, conn_use=2, delay=1.2, delays=0.05/0.01/0.6/0.54, tls=TLSv1.3, dsn=5.1.1, "
    "status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 <u@example.org>: no (in reply to RCPT TO command))");

// Each part of the pattern taken away, doubled, changed at its edges; line ends and characters
// outside ASCII.
QStringList edgeCases()
{
    QStringList t = {QString(), kLine, kLine + QStringLiteral("  \t"), kLine + QStringLiteral(" x"), kLine + QStringLiteral(")"),
                     kLine + QStringLiteral("\n"), kLine + QStringLiteral("\r\n"), kLine + QStringLiteral("\n\n"),
                     kLine + QStringLiteral("\nmore)"), kLine + QStringLiteral("\rmore)"), kLine + QString(QChar(0x2028)) + QStringLiteral("x)"),
                     kLine + QString(QChar(0x85)) + QStringLiteral("x)"), QString(kLine).replace(QStringLiteral("(host"), QStringLiteral("(ho\nst")),
                     QString(kLine).replace(QStringLiteral("(host"), QStringLiteral("(ho\rst")), kLine + QChar(0xDC00),
                     QString(kLine).replace(QStringLiteral("said"), QString::fromUtf8("s\u00e4id \U0001F600"))};
    const QList<QPair<QString, QString>> edits = {
        {QStringLiteral(" to=<"), QStringLiteral(" xto=<")}, {QStringLiteral(" to=<"), QStringLiteral(":to=<")},
        {QStringLiteral(" to=<"), QStringLiteral(" to=<a>, to=<")}, {QStringLiteral(" to=<"), QStringLiteral(" to=<x>, relay=none, to=<")},
        {QStringLiteral(" to=<"), QStringLiteral("_to=<")}, {QStringLiteral("<u@example.org>, orig"), QStringLiteral("<u@example.org, orig")},
        {QStringLiteral("orig_to=<a@example.org>, "), QString()}, {QStringLiteral("orig_to=<a@example.org>, "), QStringLiteral("orig_to=<a>,")},
        {QStringLiteral("orig_to=<a@example.org>, "), QStringLiteral("orig_to=<a>, orig_to=<b>, ")},
        {QStringLiteral("relay=mx.example.org[192.0.2.25]:25"), QStringLiteral("relay=")}, {QStringLiteral("relay="), QStringLiteral("relay =")},
        {QStringLiteral(":25, conn"), QStringLiteral(":25,conn")}, {QStringLiteral("conn_use=2, "), QString()},
        {QStringLiteral("conn_use=2, "), QStringLiteral("conn_use=, ")}, {QStringLiteral("conn_use=2, "), QStringLiteral("conn_use=2a, ")},
        {QStringLiteral("delay=1.2"), QStringLiteral("delay=")}, {QStringLiteral("delay=1.2"), QStringLiteral("delay=..")},
        {QStringLiteral("delay=1.2"), QStringLiteral("delay=1.2x")}, {QStringLiteral("delays=0.05/0.01/0.6/0.54, "), QString()},
        {QStringLiteral("delays=0.05/0.01/0.6/0.54, "), QStringLiteral("delays=, ")}, {QStringLiteral("tls=TLSv1.3, "), QString()},
        {QStringLiteral("tls=TLSv1.3, "), QStringLiteral("tls=, ")}, {QStringLiteral("tls=TLSv1.3, "), QStringLiteral("tls=a,b, ")},
        {QStringLiteral("dsn=5.1.1"), QStringLiteral("dsn=5.1.1234")}, {QStringLiteral("dsn=5.1.1"), QStringLiteral("dsn=55.1.1")},
        {QStringLiteral("dsn=5.1.1"), QStringLiteral("dsn=5.123.123")}, {QStringLiteral("dsn=5.1.1"), QStringLiteral("dsn=5..1")},
        {QStringLiteral("dsn=5.1.1"), QStringLiteral("dsn=x.1.1")}, {QStringLiteral("status=bounced"), QStringLiteral("status=deferred")},
        {QStringLiteral("status=bounced"), QStringLiteral("status=expired")}, {QStringLiteral("status=bounced"), QStringLiteral("status=undeliverable")},
        {QStringLiteral("status=bounced"), QStringLiteral("status=sent")}, {QStringLiteral("status=bounced"), QStringLiteral("status=Bounced")},
        {QStringLiteral("bounced (host"), QStringLiteral("bounced(host")}, {QStringLiteral("command))"), QStringLiteral("command")},
        {QStringLiteral("command))"), QStringLiteral("command) ) x")}, {QStringLiteral("(host"), QStringLiteral("()")},
    };
    for (const auto &e : edits)
        t << QString(kLine).replace(e.first, e.second);
    t << QStringLiteral("to=<a>, relay=none, delay=1, dsn=4.4.1, status=deferred ()");
    t << QStringLiteral("to=<a>, relay=none, delay=1, dsn=4.4.1, status=deferred (x)") + QChar(0xD800);
    return t;
}

QStringList allTexts()
{
    QStringList texts = edgeCases();
    for (const QString &whole : TestSupport::realFileTexts()) {
        texts << whole;
        texts << TestSupport::linesOf(whole);
        texts << whole.split(QLatin1Char('\n')); // lines that keep a '\r'
    }
    return texts;
}

} // namespace

class TestPostfixDeliveryLine : public QObject
{
    Q_OBJECT

private slots:
    void asThePattern()
    {
        static const QRegularExpression re(QStringLiteral(
            R"(\bto=<([^>]*)>, (?:orig_to=<[^>]*>, )?relay=([^,]*), (?:conn_use=\d+, )?delay=([\d.]+), )"
            R"((?:delays=[\d./]+, )?(?:tls=[^,]*, )?dsn=(\d\.\d{1,3}\.\d{1,3}), status=(bounced|deferred|expired|undeliverable) \((.*)\)\s*$)"));
        const QStringList texts = allTexts();
        QVERIFY2(texts.size() > 20000, qPrintable(QString::number(texts.size()))); // the data was found
        int matches = 0;
        for (const QString &t : texts) {
            const QRegularExpressionMatch m = re.match(t);
            const std::optional<PostfixDeliveryFields> f = matchPostfixDelivery(t);
            QVERIFY2(m.hasMatch() == f.has_value(), qPrintable(t.left(400)));
            if (!f)
                continue;
            ++matches;
            for (int g = 1; g <= 6; ++g) {
                QVERIFY2(f->start[g] == m.capturedStart(g) && f->end[g] == m.capturedEnd(g),
                         qPrintable(QStringLiteral("group %1 in ").arg(g) + t.left(400)));
            }
        }
        QVERIFY2(matches > 30, qPrintable(QString::number(matches))); // the pattern did match real lines
    }

    void knownAnswer()
    {
        const std::optional<PostfixDeliveryFields> f = matchPostfixDelivery(kLine);
        QVERIFY(f);
        QCOMPARE(f->captured(kLine, 1), u"u@example.org");
        QCOMPARE(f->captured(kLine, 2), u"mx.example.org[192.0.2.25]:25");
        QCOMPARE(f->captured(kLine, 3), u"1.2");
        QCOMPARE(f->captured(kLine, 4), u"5.1.1");
        QCOMPARE(f->captured(kLine, 5), u"bounced");
        QVERIFY(f->captured(kLine, 6).endsWith(u"RCPT TO command)"));
    }
};

QTEST_GUILESS_MAIN(TestPostfixDeliveryLine)
#include "TestPostfixDeliveryLine.moc"
