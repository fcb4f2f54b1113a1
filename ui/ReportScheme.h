// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace Ui {

// The app's own URL scheme. Reports are served as bouncelens://report/<n>; links of the form
// bouncelens://action/<verb>/<arg> are commands intercepted by ReportPage, never loaded.
inline QString reportScheme() { return QStringLiteral("bouncelens"); }

// Must run before QApplication is constructed (QWebEngineUrlScheme contract).
void registerReportScheme();

// Serves report pages from memory, so a report of any size loads (setHtml stops at ~2 MB).
class ReportSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit ReportSchemeHandler(QObject *parent = nullptr);

    void setPage(const QString &name, const QByteArray &html);
    void removePage(const QString &name);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QHash<QString, QByteArray> m_pages;
};

} // namespace Ui
