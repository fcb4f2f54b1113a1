// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written entity scanners of codes/EntityScanner.h against the regular expressions
// they replace (copied below from EntityExtractor.cpp as it was before the scanners, the
// oracle): over every line of the repository's test data and of the shared corpus' messages,
// every whole message, and hand-made edge cases, each scanner must give the same spans, in the
// same order, as QRegularExpression::globalMatch's group 1.
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "RealTexts.h"
#include "codes/EntityExtractor.h"
#include "codes/EntityScanner.h"

using namespace Codes;

namespace {

// What no fixture may hold: bounds of label and top-level lengths, look-behind and look-ahead
// neighbours, starts after a previous match, lone surrogates and characters outside ASCII.
QStringList edgeCases()
{
    const QString label63(63, QLatin1Char('a')), label64(64, QLatin1Char('a'));
    const QString tld24(24, QLatin1Char('z')), tld25(25, QLatin1Char('z'));
    QStringList t = {
        QString(), QStringLiteral("@"), QStringLiteral("a@b"), QStringLiteral("@example.com"), QStringLiteral("x@y.zz"),
        QStringLiteral("a/b@x.com"), QStringLiteral("#a@x.com"), QStringLiteral("a@b.com.x@c.com"), QStringLiteral("a@b.com x@c.com"),
        QStringLiteral("x@a.b.c1"), QStringLiteral("x@a.b.c1 y"), QStringLiteral("user+tag@example.com"), QStringLiteral("+tag@example.com"),
        QStringLiteral(".dot@example.com"), QStringLiteral("x.@example.com"), QStringLiteral("ex@mple.com@other.org"),
        QStringLiteral("a@@b.com"), QStringLiteral("a@-b.com"), QStringLiteral("a@b-.com"), QStringLiteral("a@b--c.com"),
        QStringLiteral("<a@b.com>"), QStringLiteral("a@b.c"), QStringLiteral("a@b.co1m"), QStringLiteral("a@1.2.3.4"),
        QStringLiteral("x@[1.2.3.4]"), QStringLiteral("a@b.com."), QStringLiteral("a@b.com.de"), QStringLiteral("a@b_c.com"),
        QStringLiteral("foo.bar. "), QStringLiteral("foo.bar.5"), QStringLiteral("foo.bar_"), QStringLiteral("foo.bar-"),
        QStringLiteral("foo.bar.x"), QStringLiteral("foo.bar.-"), QStringLiteral("-a.com"), QStringLiteral("a-.com b.org"),
        QStringLiteral("_x.com"), QStringLiteral("exa_mple.com"), QStringLiteral("123.com"), QStringLiteral("1.2.3.com"),
        QStringLiteral("a.b.c.d.e.f.gh"), QStringLiteral("mail.example.com: host"), QStringLiteral("www.example.com/x.html"),
        QStringLiteral("example.com.) x"), QStringLiteral("@example.com"), QStringLiteral(".example.com"), QStringLiteral("e.x"),
        label63 + QStringLiteral(".com"), label64 + QStringLiteral(".com"), QStringLiteral("x.") + label63 + QStringLiteral(".org"),
        QStringLiteral("a@") + label64 + QStringLiteral(".com"), QStringLiteral("a.") + tld24, QStringLiteral("a.") + tld25,
        QStringLiteral("a@b.") + tld25, QStringLiteral("a@b.") + tld25 + QStringLiteral(".de"), QStringLiteral("b.") + tld25 + QStringLiteral(".de"),
        QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4.5"), QStringLiteral("1.2.3.4."), QStringLiteral("1.2.3.4.x"),
        QStringLiteral("x1.2.3.4"), QStringLiteral(".1.2.3.4"), QStringLiteral("1234.1.1.1"), QStringLiteral("1.1.1.1234"),
        QStringLiteral("01.2.3.4 999.1.1.1"), QStringLiteral("1.2.3.4 1.2.3.4,5.6.7.8"), QStringLiteral("[192.0.2.1]:25"),
        QStringLiteral("1.2.3"), QStringLiteral("1..2.3.4"), QStringLiteral("1.2.3.4a"), QStringLiteral("v1.2.3.4"),
        QStringLiteral("1.2.3.4.5.6.7.8"), QStringLiteral("10.0.0.1.example.com"),
        QStringLiteral("[IPv6:2001:db8::1]"), QStringLiteral("[2001:DB8::1]:25"), QStringLiteral("ipv6:ipv6:::1"), QStringLiteral("IPV6:::"),
        QStringLiteral("iPv6:fe80::1%eth0"), QStringLiteral("ipv6:1:2"), QStringLiteral("xipv6:1::2"), QStringLiteral("ipv6::1::2"),
        QStringLiteral("]:25: Connection"), QStringLiteral("10:00:00 mail"), QStringLiteral("1:2:3:4:5:6:7:8"), QStringLiteral("1:2:3:4:5:6:7:8:9"),
        QStringLiteral("::1:2:3:4:5:6:7"), QStringLiteral("12345::1"), QStringLiteral("1::12345"), QStringLiteral("1::1234:"), QStringLiteral("a::b_"),
        QStringLiteral("::g"), QStringLiteral("-::1-"), QStringLiteral(":::"), QStringLiteral("x::1 y::2 ::3"), QStringLiteral("2001:db8::1.2.3.4"),
        QString::fromUtf8("İpv6::1 ıpv6::1 ipv6：::1"),
        QString::fromUtf8("\u017F@x.com \u212A.com k.\u212Aom"), QString::fromUtf8("caf\u00e9.example.com \u00e9a@b.com"),
        QString::fromUtf8("x\u00e9@b.com 1.2.3.4\u00e9"),
        QStringLiteral("a@b.com ") + QChar(0xD83D) + QChar(0xDE00) + QStringLiteral("c@d.org 1.2.3.4"),
        QChar(0xD83D) + QStringLiteral("a@b.com 1.2.3.4 example.com"), QStringLiteral("a@b.com example.com 1.2.3.4") + QChar(0xDC00),
    };
    return t;
}

QStringList allTexts()
{
    QStringList texts = edgeCases();
    for (const QString &whole : TestSupport::realFileTexts()) {
        texts << whole;
        for (const QString &line : TestSupport::linesOf(whole)) {
            texts << line;
            for (const QString &column : line.split(QLatin1Char('\t')))
                texts << column;
        }
    }
    return texts;
}

using Spans = QList<QPair<qsizetype, qsizetype>>;

Spans oracle(const QRegularExpression &re, const QString &text)
{
    Spans spans;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(1), m.capturedLength(1)});
    }
    return spans;
}

Spans spansOf(const QList<EntitySpan> &found)
{
    Spans spans;
    for (const EntitySpan &s : found)
        spans.append({s.start, s.length});
    return spans;
}

} // namespace

class TestEntityScanner : public QObject
{
    Q_OBJECT

private slots:
    // isIpv4Address against QHostAddress over every dotted quad built from groups around each
    // boundary (0, 9/10, 99/100, 255/256, 999, leading zeros that octal readers take), and
    // shapes other than four groups.
    void ipv4AddressAsQHostAddress()
    {
        const QStringList groups{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("10"),
                                 QStringLiteral("99"), QStringLiteral("100"), QStringLiteral("199"), QStringLiteral("249"),
                                 QStringLiteral("255"), QStringLiteral("256"), QStringLiteral("300"), QStringLiteral("999"),
                                 QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("07"), QStringLiteral("08"),
                                 QStringLiteral("000"), QStringLiteral("010"), QStringLiteral("077"), QStringLiteral("099")};
        QStringList quads{QString(), QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4.5"), QStringLiteral("1..2.3"),
                          QStringLiteral("1.2.3."), QStringLiteral(".1.2.3"), QStringLiteral("1.2.3.4a"), QStringLiteral("1234.1.1.1")};
        for (const QString &a : groups)
            for (const QString &b : groups)
                for (const QString &c : groups)
                    for (const QString &d : groups)
                        quads << a + QLatin1Char('.') + b + QLatin1Char('.') + c + QLatin1Char('.') + d;
        int valid = 0;
        for (const QString &q : quads) {
            QHostAddress a;
            const bool expected = a.setAddress(q) && a.protocol() == QAbstractSocket::IPv4Protocol;
            QVERIFY2(Codes::isIpv4Address(q) == expected, qPrintable(q));
            valid += expected ? 1 : 0;
        }
        QVERIFY(valid > 1000 && valid < quads.size() - 1000); // both answers were exercised
    }

    // isIpv6Address against QHostAddress over every text of up to seven characters from
    // "0", "f", ":" (every arrangement of colons at the ends and inside) and seeded random ones
    // up to 39 characters, and every ipv6() span of the real texts.
    void ipv6AddressAsQHostAddress()
    {
        const auto expected = [](const QString &s) {
            QHostAddress a;
            return s.count(QLatin1Char(':')) >= 2 && a.setAddress(s) && a.protocol() == QAbstractSocket::IPv6Protocol;
        };
        QStringList spans{QString()};
        for (int length = 1; length <= 7; ++length) {
            int combinations = 1;
            for (int k = 0; k < length; ++k)
                combinations *= 3;
            for (int c = 0; c < combinations; ++c) {
                QString s;
                for (int k = 0, v = c; k < length; ++k, v /= 3)
                    s += QLatin1Char("0f:"[v % 3]);
                spans << s;
            }
        }
        QRandomGenerator random(20261206);
        for (int k = 0; k < 50000; ++k) {
            QString s;
            for (int n = 1 + random.bounded(39); n > 0; --n)
                s += QLatin1Char("0123456789abcdef::::"[random.bounded(20)]);
            spans << s;
        }
        for (const QString &t : std::as_const(m_texts)) {
            for (const EntitySpan &m : EntityScanner(t).ipv6())
                spans << t.mid(m.start, m.length);
        }
        int valid = 0;
        for (const QString &s : std::as_const(spans)) {
            QVERIFY2(Codes::isIpv6Address(s) == expected(s), qPrintable(s));
            valid += expected(s) ? 1 : 0;
        }
        QVERIFY(valid > 100);
    }

    void initTestCase()
    {
        m_texts = allTexts();
        QVERIFY2(m_texts.size() > 20000, qPrintable(QString::number(m_texts.size()))); // the data was found
    }

    void addressesAsThePattern()
    {
        static const QRegularExpression re(QStringLiteral(
            R"((?<![\w.+\-])([A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})))"));
        compareAll(re, &EntityScanner::addresses, 2000);
    }

    void ipv4AsThePattern()
    {
        static const QRegularExpression re(QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d))"));
        compareAll(re, &EntityScanner::ipv4, 500);
    }

    void ipv6AsThePattern()
    {
        static const QRegularExpression re(
            QStringLiteral(R"((?<![\w:])(?:ipv6:)?((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?![\w:]))"),
            QRegularExpression::CaseInsensitiveOption);
        compareAll(re, &EntityScanner::ipv6, 500);
    }

    void domainsAsThePattern()
    {
        static const QRegularExpression re(QStringLiteral(
            R"((?<![\w@.\-])((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-]|\.\w))"));
        compareAll(re, &EntityScanner::domains, 5000);
    }

    // A few answers written out, so that a pattern and a scanner cannot agree on nonsense.
    void knownAnswers()
    {
        QCOMPARE(spansOf(EntityScanner(u"to <a.b+c@mx.example.com>: x@y.zz").addresses()), (Spans{{4, 20}, {27, 6}}));
        QCOMPARE(spansOf(EntityScanner(u"a@b.com.x@c.com").addresses()), (Spans{{0, 7}}));
        QCOMPARE(spansOf(EntityScanner(u"host[192.0.2.1] 1.2.3.4.5 10.0.0.1").ipv4()), (Spans{{5, 9}, {26, 8}}));
        QCOMPARE(spansOf(EntityScanner(u"mx.example.com[1.2.3.4] foo.bar. a_b.com").domains()), (Spans{{0, 14}, {24, 7}}));
        QCOMPARE(spansOf(EntityScanner(u"[IPv6:2001:db8::1] ]:25: x").ipv6()), (Spans{{6, 11}, {20, 4}}));
        QVERIFY(EntityScanner(QString(QString(QChar(0xDC00)) + QStringLiteral(" example.com"))).domains().isEmpty());
    }

private:
    void compareAll(const QRegularExpression &re, QList<EntitySpan> (EntityScanner::*scan)() const, int minimumMatches)
    {
        QVERIFY(re.isValid());
        int matches = 0;
        for (const QString &t : std::as_const(m_texts)) {
            const Spans expected = oracle(re, t);
            matches += expected.size();
            const Spans got = spansOf((EntityScanner(t).*scan)());
            if (got != expected) {
                QString detail = t.left(300) + QStringLiteral("\n expected:");
                for (const auto &s : expected)
                    detail += QStringLiteral(" [%1,%2]").arg(s.first).arg(s.second);
                detail += QStringLiteral("\n got:");
                for (const auto &s : got)
                    detail += QStringLiteral(" [%1,%2]").arg(s.first).arg(s.second);
                QFAIL(qPrintable(detail));
            }
        }
        QVERIFY2(matches > minimumMatches, qPrintable(QString::number(matches))); // the pattern did match real texts
    }

    QStringList m_texts;
};

QTEST_GUILESS_MAIN(TestEntityScanner)
#include "TestEntityScanner.moc"
