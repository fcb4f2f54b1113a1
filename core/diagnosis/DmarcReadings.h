// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>

#include "Text.h"
#include "auth/dmarc/DmarcChecker.h"
#include "auth/dmarc/DmarcEvaluator.h"

namespace Auth {
class PublicSuffix;
}

namespace Diagnosis {

struct BounceFacts;
struct LiveCheckResults;

// The returned message's DMARC verdict by RFC 9989 (DMARCbis), kept next to the RFC 7489 one
// (LiveCheckResults::dmarc), and where the two readings differ for this message (issue 16).
struct DmarcRfc9989Reading
{
    // RFC 9989 5.3.4-5.3.6 with the RFC 9989 record reading (np=, t=y, no pct); nullopt when no
    // record applies by RFC 9989 or its discovery met a DNS error (see the sender check's rfc9989).
    std::optional<Auth::DmarcEvaluation> evaluation;
    // RFC 9989 4.10.2 Organizational Domains (DNS tree walk) of From, the SPF domain and every DKIM
    // d=, by lower-case name; an empty value is unknown (a DNS error during that walk).
    Auth::DmarcOrgDomains orgDomains;
    // RFC 7489 3.2 Organizational Domains (Public Suffix List) of the same names.
    QHash<QString, QString> pslOrgDomains;
    // _dmarc TXT names the walks of the SPF and DKIM domains asked; From's walk is the sender
    // check's (DmarcChecker::discover) and is never asked again.
    int walkQueries = 0;
    // Codes, in this order when present: the sender check's DmarcDiscovery::rfcDifferences
    // ("status", "record", "applied_policy", "org_domain", "testing", "pct"; the policy codes
    // only when a reading fails, "org_domain" also when an SPF or DKIM domain's differs), then
    // "result", "disposition", "spf_aligned", "dkim_aligned" of this message's two evaluations.
    QStringList differences;

    bool differs() const { return !differences.isEmpty(); }
};

// How the diagnosis reads DMARC by both rule sets: RFC 9989 where the DNS tree walk answered,
// the Public Suffix List (RFC 7489) as fallback, and one sentence where they disagree.
class DmarcReadings
{
public:
    // Fills `differences` of a reading whose evaluation and org domains are set.
    static QStringList differences(const Auth::DmarcDiscovery &discovery,
                                   const std::optional<Auth::DmarcEvaluation> &rfc7489,
                                   const DmarcRfc9989Reading &rfc9989);
    // Relaxed alignment with From for causes and fixes: by the tree-walk Organizational Domains
    // when the walk answered for both names (RFC 9989 4.10.2), else by the PSL (RFC 7489 3.2).
    static bool alignedWithFrom(const BounceFacts &facts, const LiveCheckResults &checks, const QString &domain,
                                const Auth::PublicSuffix &psl);
    // The rule alignedWithFrom() followed for `domain`, as a citation: "RFC 9989 4.10.2" (tree
    // walk) or `rfc7489Section` ("RFC 7489 3.1.1" for DKIM, "RFC 7489 3.1.2" for SPF).
    static QString alignmentRule(const BounceFacts &facts, const LiveCheckResults &checks, const QString &domain,
                                 const char *rfc7489Section);
    // Where a DMARC record for From belongs: its Organizational Domain by the tree walk when a
    // record decided it (rules psd=n, psd=y, fewest labels), else by the PSL. A walk that met
    // no record at all names From itself, which says nothing about the registrable domain.
    static QString recordDomain(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl);
    // "Receivers following RFC 9989 (...) find ...; receivers still on RFC 7489 (...) find ...",
    // or an empty Text when the two readings agree for this message.
    static Text differenceSentence(const LiveCheckResults &checks);
    // "RFC 9989: fail (sp=reject); RFC 7489: pass" when the two results or dispositions differ,
    // else an empty string (protocol tokens, shown as they are).
    static QString bothResults(const LiveCheckResults &checks);
};

} // namespace Diagnosis
