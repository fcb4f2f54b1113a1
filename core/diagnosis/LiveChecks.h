// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "BounceFacts.h"
#include "DmarcReadings.h"
#include "Text.h"
#include "auth/dkim/DkimKeyChecker.h"
#include "auth/dkim/DkimVerifier.h"
#include "auth/dmarc/DmarcEvaluator.h"
#include "auth/engine/CheckEngine.h"
#include "auth/domain/MxChecker.h"
#include "auth/spf/SpfEvaluator.h"

namespace Dns {
class LookupPool;
class Resolver;
}

namespace Diagnosis {

// Called on the worker thread after each check: its name ("spf", "dkim", "sender-domain",
// "recipient-mx", "dmarc-evaluation"), how many are done and how many there are.
using ProgressCallback = std::function<void(const QString &check, int done, int total)>;

struct CheckOptions
{
    bool network = true;             // false: diagnose from the message alone (checks are skipped)
    QStringList selectors;           // DKIM selectors to look at besides the returned signature's
    QList<Auth::DnsblZone> dnsblZones; // empty: the lists the reply names, else the default lists
    ProgressCallback progress;
};

struct SkippedCheck
{
    QString check; // "spf", "dkim", "dmarc", "ptr", "dnsbl", "mx"
    Text why;
};

// Today's DNS ("now"), asked for exactly what the bounce involves.
struct LiveCheckResults
{
    QString dnsServer;
    QStringList ran;              // check names in the order they ran
    QList<SkippedCheck> skipped;

    std::optional<Auth::DomainCheckResult> sender; // DMARC, PTR, DNSBL (and SPF/DKIM parts) of the sender domain
    std::optional<Auth::SpfCheckResult> spf;       // check_host(sending IP, SPF domain)
    QString spfIp;
    bool dkimVerified = false;                     // the returned original was verified
    QList<Auth::DkimVerification> dkim;
    std::optional<Auth::DkimKeyReport> dkimKeys;   // headers only: the keys the returned signatures name
    std::optional<Auth::DmarcEvaluation> dmarc;    // this message, with today's SPF and DKIM, by RFC 7489 (PSL)
    DmarcRfc9989Reading dmarcRfc9989;              // the same by RFC 9989 (tree walk), and what differs
    std::optional<Auth::MxCheck> recipientMx;
    std::optional<Auth::PtrCheck> ptr;             // of the sending IP (from `sender`, or alone for a pasted line)
    QList<Auth::DnsblResult> dnsbl;                // of the sending IP (likewise)
    std::optional<Dns::Answer> sendingHostAddress; // A/AAAA of the name the sending host uses (for an exact PTR fix)
    bool dnsUnreachable = false;                   // nothing ever answered

    bool wasRun(const QString &check) const { return ran.contains(check); }
};

// Decides from the facts which checks are worth asking and runs them: the domain and IP checks
// through Auth::CheckEngine (the engine of "check" and of the desktop panels), with the
// sections this bounce needs; check_host, the DKIM verification and the DMARC evaluation of
// the returned message itself. Blocking: call it from a worker thread in the GUI
// (Diagnosis::Diagnoser::runAsync does).
class LiveChecks
{
public:
    LiveChecks(Dns::Resolver &resolver, Dns::LookupPool *pool, const Auth::PublicSuffix &psl);

    LiveCheckResults run(const BounceFacts &facts, const CheckOptions &options) const;
    // Whether the reply talks of blocking (so blocklists are worth asking).
    static bool talksOfBlocking(const BounceFacts &facts);
    // The lists to ask: user zones, else the lists the reply names, else the defaults.
    static QList<Auth::DnsblZone> dnsblZones(const BounceFacts &facts, const CheckOptions &options);

private:
    static Auth::CheckRequest senderRequest(const BounceFacts &facts, const CheckOptions &options);
    Auth::CheckEngine engine() const;
    void runSender(const BounceFacts &facts, const CheckOptions &options, LiveCheckResults &out) const;
    void runSpf(const BounceFacts &facts, LiveCheckResults &out) const;
    void runDkim(const BounceFacts &facts, LiveCheckResults &out) const;
    void runDkimKeys(const BounceFacts &facts, LiveCheckResults &out) const;
    void runDmarcEvaluation(const BounceFacts &facts, LiveCheckResults &out) const;
    void runDmarcRfc9989(const BounceFacts &facts, Auth::DmarcEvaluationInput in, LiveCheckResults &out) const;
    void runOrgDomainWalks(const QStringList &domains, DmarcRfc9989Reading &r) const;
    void runRecipientMx(const BounceFacts &facts, LiveCheckResults &out) const;
    void runIpOnly(const BounceFacts &facts, const CheckOptions &options, LiveCheckResults &out) const;
    void runSendingHost(const BounceFacts &facts, LiveCheckResults &out) const;

    Dns::Resolver &m_resolver;
    Dns::LookupPool *m_pool = nullptr;
    const Auth::PublicSuffix &m_psl;
};

} // namespace Diagnosis
