// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportScheme.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Ui {

void registerReportScheme()
{
    QWebEngineUrlScheme scheme(reportScheme().toLatin1());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure (no mixed-content downgrade) and local (a remote page could never link into it).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

ReportSchemeHandler::ReportSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void ReportSchemeHandler::setPage(const QString &name, const QByteArray &html)
{
    m_pages.insert(name, html);
}

void ReportSchemeHandler::removePage(const QString &name)
{
    m_pages.remove(name);
}

void ReportSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString name = url.path().mid(1);
    if (url.host() != QLatin1String("report") || !m_pages.contains(name)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // lives as long as the job reads from it
    buffer->setData(m_pages.value(name));
    job->reply(QByteArrayLiteral("text/html;charset=utf-8"), buffer);
}

} // namespace Ui
