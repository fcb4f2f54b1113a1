// SPDX-License-Identifier: GPL-3.0-or-later
// Runs ../shared/conformance/dkim/manifest.json (57 signatures over 56 CRLF byte-exact messages)
// through DkimVerifier with a fake resolver holding each vector's TXT data.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "FakeResolver.h"
#include "auth/dkim/DkimVerifier.h"

using namespace Auth;

namespace {

const QString suiteDir = QStringLiteral(BOUNCELENS_SHARED_DIR "/conformance/dkim/");

QJsonArray loadVectors()
{
    QFile file(suiteDir + QStringLiteral("manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
}

// "A name absent from dns_txt is NXDOMAIN; the value "TIMEOUT" means the query times out."
void loadDns(TestSupport::FakeResolver &resolver, const QJsonObject &dnsTxt)
{
    for (auto it = dnsTxt.begin(); it != dnsTxt.end(); ++it) {
        if (it.value().isString() && it.value().toString() == QLatin1String("TIMEOUT")) {
            resolver.setOutcome(it.key(), Dns::RrType::TXT, Dns::Outcome::Timeout);
            continue;
        }
        for (const QJsonValue &record : it.value().toArray()) {
            QList<QByteArray> strings;
            for (const QJsonValue &s : record.toArray())
                strings.append(s.toString().toUtf8());
            resolver.addTxtStrings(it.key(), strings);
        }
    }
}

QStringList acceptable(const QJsonValue &expected)
{
    if (expected.isString())
        return {expected.toString()};
    QStringList list;
    for (const QJsonValue &v : expected.toArray())
        list << v.toString();
    return list;
}

} // namespace

class TestDkimConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vector_data();
    void vector();
    void cleanupTestCase();

private:
    QJsonArray m_vectors;
    QStringList m_failures;
    int m_signatures = 0;
    int m_accepted = 0;
    int m_preferred = 0;
    int m_reasonsMatched = 0;
    int m_reasonsGiven = 0;
};

void TestDkimConformance::initTestCase()
{
    m_vectors = loadVectors();
    QCOMPARE(m_vectors.size(), 56);
}

void TestDkimConformance::vector_data()
{
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &v : loadVectors())
        QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("id")).toString())) << v.toObject();
}

void TestDkimConformance::vector()
{
    QFETCH(QJsonObject, vector);
    QFile file(suiteDir + vector.value(QStringLiteral("file")).toString());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    TestSupport::FakeResolver resolver;
    loadDns(resolver, vector.value(QStringLiteral("dns_txt")).toObject());
    DkimVerifyOptions options;
    if (!vector.value(QStringLiteral("verify_at")).isNull())
        options.now = qint64(vector.value(QStringLiteral("verify_at")).toDouble());
    DkimVerifier verifier(resolver);
    const QList<DkimVerification> results = verifier.verify(file.readAll(), options);

    const QJsonArray expected = vector.value(QStringLiteral("signatures")).toArray();
    const QString id = vector.value(QStringLiteral("id")).toString();
    QCOMPARE(results.size(), expected.size());
    QStringList problems;
    for (const QJsonValue &e : expected) {
        const QJsonObject sig = e.toObject();
        const int index = sig.value(QStringLiteral("index")).toInt();
        const QStringList ok = acceptable(sig.value(QStringLiteral("expected")));
        const QString got = dkimResultName(results.at(index).result);
        const QString reason = sig.value(QStringLiteral("reason")).toString();
        ++m_signatures;
        if (!ok.contains(got)) {
            problems << QStringLiteral("%1#%2: got %3 (%4: %5), expected %6")
                            .arg(id).arg(index).arg(got, results.at(index).reason, results.at(index).detail, ok.join(QLatin1Char('|')));
            continue;
        }
        ++m_accepted;
        m_preferred += got == ok.first() ? 1 : 0;
        if (!reason.isEmpty() && reason != QLatin1String("exim_prestandard") && got == ok.first()) {
            ++m_reasonsGiven;
            m_reasonsMatched += results.at(index).reason == reason ? 1 : 0;
            if (results.at(index).reason != reason)
                qWarning("%s#%d: reason %s, manifest says %s", qPrintable(id), index,
                         qPrintable(results.at(index).reason), qPrintable(reason));
        }
    }
    m_failures += problems;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDkimConformance::cleanupTestCase()
{
    qInfo("DKIM conformance: %d/%d signatures as expected (%d the preferred result), reason codes %d/%d",
          m_accepted, m_signatures, m_preferred, m_reasonsMatched, m_reasonsGiven);
    if (!m_failures.isEmpty())
        qInfo("Failures:\n%s", qPrintable(m_failures.join(QLatin1Char('\n'))));
    QCOMPARE(m_signatures, 57);
    QCOMPARE(m_accepted, m_signatures);
    QCOMPARE(m_reasonsMatched, m_reasonsGiven);
}

QTEST_GUILESS_MAIN(TestDkimConformance)
#include "TestDkimConformance.moc"
