// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Ui {

// The page that shows a report: refuses every navigation away from our own report pages,
// turns bouncelens://action/... links into signals, denies every permission
// (messagelib: mailwebenginepage.cpp; qtwebengine: markdowneditor/previewpage.cpp).
class ReportPage : public QWebEnginePage
{
    Q_OBJECT

public:
    ReportPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    QList<QUrl> refusedNavigations() const { return m_refused; }

signals:
    // verb: "copy" or "retry"; argument: the copy key or the check id.
    void actionRequested(const QString &verb, const QString &argument);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    void denyPermission(const QUrl &origin, Feature feature);

    QList<QUrl> m_refused;
};

} // namespace Ui
