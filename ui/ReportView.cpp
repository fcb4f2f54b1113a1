// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportView.h"

#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include "ReportPage.h"
#include "ReportScheme.h"
#include "ReportUrlInterceptor.h"

namespace Ui {

ReportView::ReportView(QWidget *parent)
    : QWebEngineView(parent)
{
    // No storage name: off the record (nothing written to disk).
    m_profile = new QWebEngineProfile(this);
    m_handler = new ReportSchemeHandler(m_profile);
    m_interceptor = new ReportUrlInterceptor(m_profile);
    configureProfile();
    m_page = new ReportPage(m_profile, this);
    setPage(m_page);
    setAccessibleName(tr("Report"));
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { m_ready = false; });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_ready = ok;
        if (ok)
            emit reportLoaded();
    });
}

ReportView::~ReportView()
{
    // The page must go before its profile.
    setPage(nullptr);
    delete m_page;
}

void ReportView::configureProfile()
{
    m_profile->installUrlSchemeHandler(reportScheme().toLatin1(), m_handler);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    QWebEngineSettings *s = m_profile->settings();
    using A = QWebEngineSettings;
    for (A::WebAttribute off : {A::JavascriptEnabled, A::JavascriptCanOpenWindows, A::JavascriptCanAccessClipboard,
                                A::PluginsEnabled, A::LocalStorageEnabled, A::LocalContentCanAccessRemoteUrls,
                                A::LocalContentCanAccessFileUrls, A::XSSAuditingEnabled, A::HyperlinkAuditingEnabled,
                                A::DnsPrefetchEnabled, A::WebGLEnabled, A::Accelerated2dCanvasEnabled,
                                A::ScreenCaptureEnabled, A::PdfViewerEnabled, A::NavigateOnDropEnabled,
                                A::AllowRunningInsecureContent, A::AllowGeolocationOnInsecureOrigins,
                                A::AutoLoadIconsForPage, A::TouchIconsEnabled, A::AllowWindowActivationFromJavaScript}) {
        s->setAttribute(off, false);
    }
    s->setAttribute(A::PlaybackRequiresUserGesture, true);
    s->setAttribute(A::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(A::FocusOnNavigationEnabled, false);
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

void ReportView::showHtml(const QString &html)
{
    const QString name = QString::number(++m_pageNumber);
    m_handler->setPage(name, html.toUtf8());
    m_handler->removePage(QString::number(m_pageNumber - 2));
    m_ready = false;
    load(QUrl(reportScheme() + QStringLiteral("://report/") + name));
}

void ReportView::replaceElement(const QString &id, const QString &html)
{
    if (!m_ready)
        return;
    // JSON-encoded arguments: data never becomes script text.
    const QString args = QString::fromUtf8(QJsonDocument(QJsonArray{id, html}).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral("(function(a){var e=document.getElementById(a[0]);if(!e)return false;"
                                          "var t=document.createElement('template');t.innerHTML=a[1];"
                                          "e.replaceWith(t.content);return true;})(") + args + QStringLiteral(")");
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

void ReportView::inspect(const QString &script, const std::function<void(const QVariant &)> &callback)
{
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, callback);
}

void ReportView::contextMenuEvent(QContextMenuEvent *event)
{
    // Only copy and select all: no "view source", "save page", "back" or "open link".
    QMenu menu(this);
    menu.addAction(pageAction(QWebEnginePage::Copy));
    menu.addAction(pageAction(QWebEnginePage::SelectAll));
    menu.exec(event->globalPos());
}

} // namespace Ui
