// SPDX-License-Identifier: GPL-3.0-or-later
// Completeness of the knowledge base: every reply code of RFC 5321 / RFC 7504, every code of
// the IANA "SMTP Enhanced Status Codes" registry, and the provider catalogs.
#include <QSet>
#include <QTest>

#include "codes/KnowledgeBase.h"
#include "codes/ProviderCatalog.h"
#include "codes/ProviderMarks.h"

using namespace Codes;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private slots:
    void ianaRegistry_data();
    void ianaRegistry();
    void noExtraEnhancedCodes();
    void replyCodes_data();
    void replyCodes();
    void lookupByClass();
    void subjectsAndClasses();
    void providerCatalogs();
    void providerTags_data();
    void providerTags();
};

// The enumerated status codes of the IANA registry (updated 2024-12-06), with the RFC that
// defines each: https://www.iana.org/assignments/smtp-enhanced-status-codes
void TestKnowledgeBase::ianaRegistry_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rfc");
    const struct { const char *code, *rfc; } registry[] = {
        {"X.0.0", "3463"},
        {"X.1.0", "3463"}, {"X.1.1", "3463"}, {"X.1.2", "3463"}, {"X.1.3", "3463"}, {"X.1.4", "3463"},
        {"X.1.5", "3463"}, {"X.1.6", "3463"}, {"X.1.7", "3463"}, {"X.1.8", "3463"}, {"X.1.9", "3886"},
        {"X.1.10", "7505"},
        {"X.2.0", "3463"}, {"X.2.1", "3463"}, {"X.2.2", "3463"}, {"X.2.3", "3463"}, {"X.2.4", "3463"},
        {"X.3.0", "3463"}, {"X.3.1", "3463"}, {"X.3.2", "3463"}, {"X.3.3", "3463"}, {"X.3.4", "3463"},
        {"X.3.5", "3463"}, {"X.3.6", "6710"},
        {"X.4.0", "3463"}, {"X.4.1", "3463"}, {"X.4.2", "3463"}, {"X.4.3", "3463"}, {"X.4.4", "3463"},
        {"X.4.5", "3463"}, {"X.4.6", "3463"}, {"X.4.7", "3463"},
        {"X.5.0", "3463"}, {"X.5.1", "3463"}, {"X.5.2", "3463"}, {"X.5.3", "3463"}, {"X.5.4", "3463"},
        {"X.5.5", "3463"}, {"X.5.6", "4954"},
        {"X.6.0", "3463"}, {"X.6.1", "3463"}, {"X.6.2", "3463"}, {"X.6.3", "3463"}, {"X.6.4", "3463"},
        {"X.6.5", "3463"}, {"X.6.6", "4468"}, {"X.6.7", "6531"}, {"X.6.8", "6531"}, {"X.6.9", "6531"},
        {"X.6.10", "6531"},
        {"X.7.0", "3463"}, {"X.7.1", "3463"}, {"X.7.2", "3463"}, {"X.7.3", "3463"}, {"X.7.4", "3463"},
        {"X.7.5", "3463"}, {"X.7.6", "3463"}, {"X.7.7", "3463"}, {"X.7.8", "4954"}, {"X.7.9", "4954"},
        {"X.7.10", "5248"}, {"X.7.11", "4954"}, {"X.7.12", "4954"}, {"X.7.13", "5248"}, {"X.7.14", "5248"},
        {"X.7.15", "6710"}, {"X.7.16", "6710"}, {"X.7.17", "7293"}, {"X.7.18", "7293"}, {"X.7.19", "7293"},
        {"X.7.20", "7372"}, {"X.7.21", "7372"}, {"X.7.22", "7372"}, {"X.7.23", "7372"}, {"X.7.24", "7372"},
        {"X.7.25", "7372"}, {"X.7.26", "7372"}, {"X.7.27", "7505"}, {"X.7.28", ""}, {"X.7.29", "8617"},
        {"X.7.30", "8689"},
    };
    for (const auto &r : registry)
        QTest::newRow(r.code) << QString::fromLatin1(r.code) << QString::fromLatin1(r.rfc);
}

void TestKnowledgeBase::ianaRegistry()
{
    QFETCH(QString, code);
    QFETCH(QString, rfc);
    for (const char cls : {'2', '4', '5'}) {
        const QString status = QString(code).replace(0, 1, QLatin1Char(cls));
        const EnhancedCodeInfo *e = KnowledgeBase::enhancedCode(status);
        QVERIFY2(e, qPrintable(status));
        QCOMPARE(QString::fromLatin1(e->code), code);
    }
    const EnhancedCodeInfo *e = KnowledgeBase::enhancedCode(code);
    QVERIFY(e->text.title && qstrlen(e->text.title) > 5);
    QVERIFY(e->text.meaning && qstrlen(e->text.meaning) > 20);
    QVERIFY(QString::fromLatin1(e->reference).contains(rfc));
    if (e->severity != Severity::Success && e->severity != Severity::Info)
        QVERIFY2(e->text.fix[0], "failure codes say what to do");
}

void TestKnowledgeBase::noExtraEnhancedCodes()
{
    // 81 enumerated codes; a duplicate or an invented code would change the count.
    QSet<QString> seen;
    for (const EnhancedCodeInfo &e : enhancedCodeTable())
        seen.insert(QString::fromLatin1(e.code));
    QCOMPARE(seen.size(), int(enhancedCodeTable().size()));
    QCOMPARE(seen.size(), 81);
    QVERIFY(!KnowledgeBase::enhancedCode(QStringLiteral("5.7.31")));
    QVERIFY(!KnowledgeBase::enhancedCode(QStringLiteral("5.8.1")));
    QVERIFY(!KnowledgeBase::enhancedCode(QStringLiteral("garbage")));
}

void TestKnowledgeBase::replyCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    // RFC 5321 section 4.2.3, RFC 4954 (AUTH), RFC 3207 (454), RFC 7504 (521, 556).
    const struct { const char *code; Severity sev; } codes[] = {
        {"211", Severity::Success}, {"214", Severity::Success}, {"220", Severity::Success}, {"221", Severity::Success},
        {"235", Severity::Success}, {"250", Severity::Success}, {"251", Severity::Success}, {"252", Severity::Success},
        {"334", Severity::Info}, {"354", Severity::Info}, {"421", Severity::Soft}, {"432", Severity::Soft},
        {"450", Severity::Soft}, {"451", Severity::Soft}, {"452", Severity::Soft}, {"454", Severity::Soft},
        {"455", Severity::Soft}, {"500", Severity::Hard}, {"501", Severity::Hard}, {"502", Severity::Hard},
        {"503", Severity::Hard}, {"504", Severity::Hard}, {"521", Severity::Hard}, {"530", Severity::Hard},
        {"534", Severity::Hard}, {"535", Severity::Hard}, {"538", Severity::Hard}, {"550", Severity::Hard},
        {"551", Severity::Hard}, {"552", Severity::Hard}, {"553", Severity::Hard}, {"554", Severity::Hard},
        {"555", Severity::Hard}, {"556", Severity::Hard},
    };
    for (const auto &c : codes)
        QTest::newRow(c.code) << QString::fromLatin1(c.code) << int(c.sev);
}

void TestKnowledgeBase::replyCodes()
{
    QFETCH(QString, code);
    QFETCH(int, severity);
    const ReplyCodeInfo *r = KnowledgeBase::replyCode(code);
    QVERIFY(r);
    QCOMPARE(int(r->severity), severity);
    QVERIFY(r->text.title && r->text.meaning);
}

void TestKnowledgeBase::lookupByClass()
{
    QVERIFY(!KnowledgeBase::replyCode(QStringLiteral("999")));
    QCOMPARE(QString::fromLatin1(KnowledgeBase::enhancedCode(QStringLiteral("4.7.26"))->code), QStringLiteral("X.7.26"));
    QCOMPARE(checkNames(KnowledgeBase::enhancedCode(QStringLiteral("5.7.26"))->checks),
             (QStringList{QStringLiteral("spf"), QStringLiteral("dkim"), QStringLiteral("dmarc")}));
    QCOMPARE(checkNames(KnowledgeBase::enhancedCode(QStringLiteral("5.7.25"))->checks), QStringList{QStringLiteral("ptr")});
}

void TestKnowledgeBase::subjectsAndClasses()
{
    QCOMPARE(KnowledgeBase::subjectKey(QStringLiteral("5.7.26")), QStringLiteral("security-policy"));
    QCOMPARE(KnowledgeBase::subjectKey(QStringLiteral("4.4.1")), QStringLiteral("network-routing"));
    QCOMPARE(KnowledgeBase::subjectKey(QStringLiteral("5.1.1")), QStringLiteral("addressing"));
    QCOMPARE(KnowledgeBase::subjectKey(QStringLiteral("5.6.0")), QStringLiteral("content-media"));
    QCOMPARE(KnowledgeBase::subjectKey(QString()), QString());
    QCOMPARE(KnowledgeBase::classKey(QLatin1Char('5')), QStringLiteral("permanent"));
    QCOMPARE(KnowledgeBase::classKey(QLatin1Char('4')), QStringLiteral("transient"));
    QCOMPARE(KnowledgeBase::classKey(QLatin1Char('2')), QStringLiteral("success"));
    QCOMPARE(KnowledgeBase::classKey(QLatin1Char('3')), QString());
}

void TestKnowledgeBase::providerCatalogs()
{
    QHash<QString, int> perProvider;
    for (const ProviderEntry &e : ProviderCatalog::entries()) {
        ++perProvider[QString::fromLatin1(e.provider)];
        QVERIFY(e.tag || e.phrase || e.status);
        QVERIFY(e.text.title && e.text.meaning && e.text.fix[0]);
        if (e.phrase)
            QCOMPARE(QString::fromLatin1(e.phrase), QString::fromLatin1(e.phrase).toLower());
    }
    QVERIFY(perProvider.value(QStringLiteral("gmail")) >= 30);
    QVERIFY(perProvider.value(QStringLiteral("microsoft")) >= 40);
    QVERIFY(perProvider.value(QStringLiteral("yahoo")) >= 15);
    QVERIFY(perProvider.value(QStringLiteral("apple")) >= 8);
    QVERIFY(perProvider.value(QStringLiteral("comcast")) >= 8);
    QVERIFY(perProvider.value(QStringLiteral("att")) >= 3);
}

void TestKnowledgeBase::providerTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("provider");
    for (const char *t : {"TS01", "TS02", "TS03", "TSS04", "TSS09", "TSS11", "PH01", "BL21"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("yahoo");
    QTest::newRow("CS01") << QStringLiteral("CS01") << QStringLiteral("apple");
    for (const char *t : {"BL000000", "BL000001", "BL000010", "BL000011", "RL000001", "DM000001"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("comcast");
    QTest::newRow("RL02") << QStringLiteral("RL02") << QStringLiteral("att");
    QTest::newRow("RBL") << QStringLiteral("DNSBL:RBL 521") << QStringLiteral("att");
    QTest::newRow("S3150") << QStringLiteral("S3150") << QStringLiteral("microsoft");
}

void TestKnowledgeBase::providerTags()
{
    QFETCH(QString, tag);
    QFETCH(QString, provider);
    const ProviderEntry *e = ProviderCatalog::byTag(tag);
    QVERIFY(e);
    QCOMPARE(QString::fromLatin1(e->provider), provider);
    QCOMPARE(providerOfTag(tag), provider);
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "TestKnowledgeBase.moc"
