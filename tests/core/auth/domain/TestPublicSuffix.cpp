// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "auth/common/PublicSuffix.h"

using Auth::PublicSuffix;

// The official PSL test vectors (../shared/conformance/psl/tests.txt) against the pinned list.
class TestPublicSuffix : public QObject
{
    Q_OBJECT

private:
    static QString dir() { return QStringLiteral(BOUNCELENS_SHARED_DIR "/conformance/psl/"); }

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QFile f(dir() + QStringLiteral("tests.txt"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        int n = 0;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1String("//")))
                continue;
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(parts.size(), 2);
            const auto value = [](const QString &s) { return s == QLatin1String("null") ? QString() : s; };
            QTest::addRow("%d %s", ++n, qPrintable(parts.at(0))) << value(parts.at(0)) << value(parts.at(1));
        }
        QCOMPARE(n, 78); // the README's count of active vectors
    }

    void vectors()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        static const Util::Result<PublicSuffix> psl = PublicSuffix::fromFile(dir() + QStringLiteral("public_suffix_list.dat"));
        QVERIFY(psl.ok());
        QCOMPARE(psl.value().registrableDomain(input), expected);
    }

    void systemList()
    {
        const PublicSuffix &psl = PublicSuffix::system();
        QCOMPARE(psl.registrableDomain(QStringLiteral("Mail.Example.CO.UK")), QStringLiteral("example.co.uk"));
        QCOMPARE(psl.organizationalDomain(QStringLiteral("co.uk")), QStringLiteral("co.uk"));
        QVERIFY(psl.isPublicSuffix(QStringLiteral("co.uk")));
        QVERIFY(!psl.isPublicSuffix(QStringLiteral("example.co.uk")));
        // Whole list (PRIVATE section too): blogspot.com is a suffix.
        QCOMPARE(psl.registrableDomain(QStringLiteral("foo.blogspot.com")), QStringLiteral("foo.blogspot.com"));
    }

    void missingFile()
    {
        const auto psl = PublicSuffix::fromFile(QStringLiteral("/nonexistent/psl.dat"));
        QVERIFY(!psl.ok());
        QCOMPARE(psl.error().code, QStringLiteral("psl.open"));
    }
};

QTEST_GUILESS_MAIN(TestPublicSuffix)
#include "TestPublicSuffix.moc"
