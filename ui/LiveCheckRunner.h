// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include "DnsSession.h"
#include "auth/DnsblChecker.h"
#include "auth/DomainCheck.h"
#include "dns/ServerConfig.h"
#include "report/ReportModel.h"

namespace Ui {

struct LiveCheckRequest
{
    QString domain;
    QHostAddress ip;           // sending IP (PTR, IP blocklists, SPF check_host); may be null
    QString sender;
    QStringList selectors;     // user-given DKIM selectors
    QByteArray rawOriginal;    // returned original, for the selectors of its DKIM-Signatures
    QList<Auth::DnsblZone> zones;
    Dns::ServerConfig server;
};

// Runs the live checks of one domain (SPF, DKIM, DMARC, MX, PTR, DNSBL) as independent
// futures on a lookup pool, so each panel fills in as soon as its own answers arrive. A new
// start() cancels the old run: results of older runs are dropped when they come in.
class LiveCheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit LiveCheckRunner(QObject *parent = nullptr);
    ~LiveCheckRunner() override;

    // The session's resolver is shared with the diagnosis of the same analysis.
    void start(const LiveCheckRequest &request, const DnsSessionPtr &session);
    void retry(const QString &checkId);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void checkFinished(const Report::Check &check, const QList<Report::DnsQuery> &queriesSoFar);
    void allFinished(const QJsonObject &json, const QList<Report::DnsQuery> &queries);

private:
    struct SectionResult;
    void launch(const QString &id);
    static SectionResult runSection(const QString &id, const LiveCheckRequest &request, Dns::Resolver &resolver,
                                    Dns::LookupPool &pool);
    void accept(const SectionResult &result);

    LiveCheckRequest m_request;
    DnsSessionPtr m_session;
    Auth::DomainCheckResult m_result;
    QJsonValue m_dkimJson;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace Ui
