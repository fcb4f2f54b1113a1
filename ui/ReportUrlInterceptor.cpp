// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportUrlInterceptor.h"

#include "ReportScheme.h"

namespace Ui {

namespace {
constexpr int kMaxLog = 1000;
}

ReportUrlInterceptor::ReportUrlInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool ReportUrlInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == reportScheme() || scheme == QLatin1String("data");
}

// Qt 6 calls a profile's interceptor on the UI thread.
void ReportUrlInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const bool allowed = isAllowed(url);
    if (m_log.size() < kMaxLog)
        m_log.append({url, allowed});
    if (!allowed) {
        info.block(true);
        emit blocked(url);
    }
}

} // namespace Ui
