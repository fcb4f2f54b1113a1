// SPDX-License-Identifier: GPL-3.0-or-later
// The message is hostile: nothing in it may run, load or navigate (issue 6, "Safety").
#include <QSignalSpy>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include "GuiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/ReportPage.h"
#include "ui/ReportUrlInterceptor.h"

using GuiTest::bodyText;
using GuiTest::dataFile;
using GuiTest::evaluate;

namespace {

QStringList requestsOutsideOurScheme(Ui::ReportView *view)
{
    QStringList out;
    for (const Ui::ReportUrlInterceptor::Entry &e : view->interceptor()->log()) {
        if (!Ui::ReportUrlInterceptor::isAllowed(e.url))
            out << e.url.toString();
    }
    return out;
}

} // namespace

class TestReportViewSafety : public QObject
{
    Q_OBJECT

private slots:
    void profileIsLockedDown()
    {
        Ui::ReportView view;
        QVERIFY(view.reportProfile()->isOffTheRecord());
        const QWebEngineSettings *s = view.reportProfile()->settings();
        QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QVERIFY(!s->testAttribute(QWebEngineSettings::PluginsEnabled));
        QVERIFY(!s->testAttribute(QWebEngineSettings::LocalStorageEnabled));
        QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
        QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
        QVERIFY(!s->testAttribute(QWebEngineSettings::NavigateOnDropEnabled));
    }

    void hostileBounceIsShownAsText()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        window.openFiles({dataFile(QStringLiteral("hostile-bounce.eml"))});
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("5.1.1")), 5000);
        QTest::qWait(500); // give any load or script a chance to happen
        // The payload is visible as text...
        const QString text = bodyText(view);
        QVERIFY2(text.contains(QStringLiteral("<script>document.body.setAttribute('data-pwned','mta')</script>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")));
        // ...and none of it became markup, ran, or loaded.
        QVERIFY(evaluate(view, QStringLiteral("document.body.getAttribute('data-pwned')")).isNull());
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('script,img,iframe,svg,link,object,embed,base,form,input').length")).toInt(), 0);
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('style').length")).toInt(), 1);
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('[onerror],[onload],[onmouseover],[style]').length")).toInt(), 0);
        QCOMPARE(evaluate(view, QStringLiteral("Array.from(document.querySelectorAll('a[href]')).filter(a => !a.getAttribute('href').startsWith('#') && !a.getAttribute('href').startsWith('bouncelens://action/')).length")).toInt(), 0);
        QVERIFY2(requestsOutsideOurScheme(view).isEmpty(), qPrintable(requestsOutsideOurScheme(view).join(QLatin1Char(' '))));
        QVERIFY(!view->interceptor()->log().isEmpty()); // the interceptor did see our own page load
        QCOMPARE(view->url().scheme(), Ui::reportScheme());
    }

    // Defence in depth: even if escaping failed and raw HTML reached the view, scripts stay off
    // and the interceptor blocks every remote load.
    void unescapedHtmlStillContained()
    {
        Ui::ReportView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QFile file(dataFile(QStringLiteral("hostile-bounce.eml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString raw = QString::fromUtf8(file.readAll());
        const QString html = raw.section(QStringLiteral("<html>"), 1).section(QStringLiteral("</html>"), 0, 0);
        QSignalSpy loaded(view.page(), &QWebEnginePage::loadFinished);
        view.showHtml(QStringLiteral("<html>") + html + QStringLiteral("</html>"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QTest::qWait(800);
        QVERIFY(evaluate(&view, QStringLiteral("document.body.getAttribute('data-pwned')")).isNull());
        const QList<Ui::ReportUrlInterceptor::Entry> log = view.interceptor()->log();
        int blocked = 0;
        for (const Ui::ReportUrlInterceptor::Entry &e : log) {
            QVERIFY2(e.allowed == Ui::ReportUrlInterceptor::isAllowed(e.url), qPrintable(e.url.toString()));
            if (!e.allowed)
                ++blocked;
        }
        // Chromium already refuses remote loads from a local secure scheme; whatever reaches the
        // interceptor outside our scheme must have been blocked there.
        QVERIFY2(requestsOutsideOurScheme(&view).size() == blocked, "a request outside our scheme was allowed");
        QCOMPARE(view.url().scheme(), Ui::reportScheme()); // the meta refresh did not navigate away
    }

    void interceptorAllowsOnlyOurSchemeAndData()
    {
        QVERIFY(Ui::ReportUrlInterceptor::isAllowed(QUrl(QStringLiteral("bouncelens://report/1"))));
        QVERIFY(Ui::ReportUrlInterceptor::isAllowed(QUrl(QStringLiteral("data:image/png;base64,AAAA"))));
        for (const char *url : {"http://127.0.0.1:9/x.png", "https://evil.example/", "file:///etc/passwd",
                                "javascript:alert(1)", "ftp://evil.example/", "blob:http://evil.example/1"})
            QVERIFY2(!Ui::ReportUrlInterceptor::isAllowed(QUrl(QString::fromLatin1(url))), url);
    }

    void navigationAwayIsRefused()
    {
        Ui::ReportView view;
        view.show();
        view.showHtml(QStringLiteral("<html><body><p id=x>report</p></body></html>"));
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 10000);
        const QUrl before = view.url();
        evaluate(&view, QStringLiteral("location.href = 'http://127.0.0.1:9/away'; true"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.reportPage()->refusedNavigations().isEmpty(), 5000);
        QCOMPARE(view.reportPage()->refusedNavigations().first().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(view.url(), before);
    }
};

BOUNCELENS_GUI_TEST_MAIN(TestReportViewSafety)
#include "TestReportViewSafety.moc"
