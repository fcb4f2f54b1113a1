// SPDX-License-Identifier: GPL-3.0-or-later
// Logs::matchPostfixDelivery against the regular expression it replaces (copied below from
// PostfixLog.cpp as it was before, the oracle): over every line of the repository's test data
// and of the shared corpus' messages and hand-made lines around each part of the pattern, the
// match and all six groups must be the same.
#include <cstring>

#include <QRandomGenerator>
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

    // matchHostAndIp against the two patterns it replaced in PostfixLog.cpp: the relay= value
    // and Postfix's "connect to host[ip]:25" text, at every place of the real texts where one
    // can start, and around each of its parts.
    void hostAndIpAsThePatterns()
    {
        static const QRegularExpression relay(QStringLiteral(R"(^([^\[\s]+)\[([^\]]+)\])"));
        static const QRegularExpression connectTo(QStringLiteral(R"(^connect to ([^\[\s]+)\[([^\]]+)\])"));
        QStringList texts{QString(), QStringLiteral("["), QStringLiteral("[]"), QStringLiteral("a[]"), QStringLiteral("a[b"),
                          QStringLiteral("a[b]"), QStringLiteral("a b[c]"), QStringLiteral("a\t[c]"), QStringLiteral("a[[b]]"),
                          QStringLiteral("a[b\nc]:25"), QStringLiteral("none"), QStringLiteral("mx\u00e9.example[192.0.2.1]:25"),
                          QStringLiteral("connect to mx[192.0.2.1]:25: x"), QStringLiteral("connect to [1]"),
                          QStringLiteral("connect  to a[b]"), QStringLiteral("Connect to a[b]"), QStringLiteral("a\u2028b[c]")};
        for (const QString &line : allTexts()) {
            for (const QLatin1String start : {QLatin1String("relay="), QLatin1String("connect to ")}) {
                for (qsizetype at = line.indexOf(start); at >= 0; at = line.indexOf(start, at + 1))
                    texts << line.mid(at + (start.at(0) == QLatin1Char('r') ? start.size() : 0)).left(200);
            }
        }
        int matches = 0;
        for (const QString &t : texts) {
            const QRegularExpressionMatch r = relay.match(t);
            const std::optional<HostAndIp> h = matchHostAndIp(t);
            QVERIFY2(r.hasMatch() == h.has_value(), qPrintable(t));
            if (h) {
                ++matches;
                QCOMPARE(h->hostStart, r.capturedStart(1));
                QCOMPARE(h->hostEnd, r.capturedEnd(1));
                QCOMPARE(h->ipStart, r.capturedStart(2));
                QCOMPARE(h->ipEnd, r.capturedEnd(2));
            }
            const QRegularExpressionMatch c = connectTo.match(t);
            const std::optional<HostAndIp> hc =
                t.startsWith(QLatin1String("connect to ")) ? matchHostAndIp(t, 11) : std::nullopt;
            QVERIFY2(c.hasMatch() == hc.has_value(), qPrintable(t));
            if (hc) {
                ++matches;
                QCOMPARE(hc->hostStart, c.capturedStart(1));
                QCOMPARE(hc->ipEnd, c.capturedEnd(2));
            }
        }
        QVERIFY2(matches > 50, qPrintable(QString::number(matches))); // real relay= and connect to texts were compared
    }

    // delayValue against QString::toDouble: every delay= value of the real texts, and random
    // runs of digits and dots, bit for bit.
    void delayValueAsToDouble()
    {
        QStringList values{QStringLiteral("0"), QStringLiteral("0.0"), QStringLiteral("."), QStringLiteral("5."),
                           QStringLiteral(".5"), QStringLiteral("1..2"), QStringLiteral("999999999999999"),
                           QStringLiteral("9999999999999999"), QStringLiteral("0.000000000000001"),
                           QStringLiteral("0.1"), QStringLiteral("0.3"), QStringLiteral("123456.789012345"), QString()};
        static const QRegularExpression delay(QStringLiteral(R"(\bdelay=([\d.]+))"));
        for (const QString &line : allTexts()) {
            for (auto it = delay.globalMatch(line); it.hasNext();)
                values << it.next().captured(1);
        }
        QRandomGenerator random(20261206);
        for (int k = 0; k < 100000; ++k) {
            QString v;
            for (int n = 1 + random.bounded(20); n > 0; --n)
                v += random.bounded(8) == 0 ? QLatin1Char('.') : QLatin1Char(char('0' + random.bounded(10)));
            values << v;
        }
        for (const QString &v : values) {
            const double expected = v.toDouble(), got = delayValue(v);
            QVERIFY2(std::memcmp(&expected, &got, sizeof(double)) == 0, qPrintable(v));
        }
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
