// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPage.h"

#include <QWebEngineProfile>
#include <QWebEngineRegisterProtocolHandlerRequest>

#include "ReportScheme.h"

namespace Ui {

ReportPage::ReportPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &ReportPage::denyPermission);
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
}

void ReportPage::denyPermission(const QUrl &origin, Feature feature)
{
    setFeaturePermission(origin, feature, PermissionDeniedByUser);
}

bool ReportPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == reportScheme() && url.host() == QLatin1String("action")) {
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 2 && type == NavigationTypeLinkClicked)
            emit actionRequested(parts.at(0), parts.at(1));
        return false;
    }
    // Our own report pages (loaded by the app, or an in-page #anchor) and nothing else.
    if (isMainFrame && url.scheme() == reportScheme() && url.host() == QLatin1String("report"))
        return true;
    m_refused.append(url);
    return false;
}

QWebEnginePage *ReportPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups, no new tabs
}

void ReportPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &)
{
    // CSP violations from hostile content land here; they are expected and not worth a log line.
}

} // namespace Ui
