// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "DmarcRecord.h"
#include "dns/Resolver.h"

namespace Auth {

class DomainCheckQueries;

// One name asked during a DNS Tree Walk (RFC 9989 4.10).
struct DmarcWalkStep
{
    QString domain;        // "mail.example.com"
    Dns::Answer answer;    // TXT _dmarc.<domain>
    QStringList records;   // the answer's TXT records that start with v=DMARC1
    DmarcRecord record;    // parsed when exactly one (hasRecord())

    // 4.10 steps 2 and 6: exactly one DMARC record is a valid DMARC Policy Record; several
    // are all discarded (and the walk goes on, unlike RFC 7489 6.6.3 step 5).
    bool hasRecord() const { return records.size() == 1; }
    // "y", "n" or "u"/"" of the record, empty without one.
    QString psd() const { return hasRecord() ? record.psd : QString(); }
};

// How the Organizational Domain was chosen (RFC 9989 4.10.2).
enum class DmarcOrgRule {
    Unknown,      // a DNS error before the walk could end: no answer
    PsdN,         // rule 1: a record with psd=n
    BelowPsdY,    // rule 2: one label below a record with psd=y
    FewestLabels, // rule 3: the record with the fewest labels
    Start,        // no record at all: the start domain itself
};
QString dmarcOrgRuleName(DmarcOrgRule rule); // "psd=n", "psd=y", "fewest-labels", "start", "unknown"

// The answers of one walk, read in order until it stops.
struct DmarcTreeWalkResult
{
    QString start;               // normalised start domain
    QList<DmarcWalkStep> steps;  // the names read, longest first, up to the stop
    bool tempError = false;      // an answer was a DNS error before the walk stopped
    Dns::Answer errorAnswer;     // that answer, for evidence
    int queries = 0;             // TXT queries sent (all targets, at most 8)
    QString organizationalDomain; // 4.10.2; empty when tempError
    DmarcOrgRule orgRule = DmarcOrgRule::Unknown;

    const DmarcWalkStep *step(const QString &domain) const;
};

// The DNS Tree Walk of RFC 9989 4.10, used for DMARC policy discovery (4.10.1) and for the
// Organizational Domain of identifier alignment (4.10.2) instead of the Public Suffix List.
// All targets (at most 8, see targets()) are asked at once through DomainCheckQueries::all()
// so a walk costs one round trip; the answers are then read in the RFC's order.
class DmarcTreeWalk
{
public:
    static constexpr int maxQueries = 8; // 4.10: "no more than eight DNS queries"

    explicit DmarcTreeWalk(const DomainCheckQueries &queries);

    // The names whose _dmarc TXT the walk asks, longest first (4.10 steps 1, 3, 4, 7): the
    // domain itself; then, with fewer than 8 labels, each parent in turn; with 8 or more,
    // the last 7 labels and their parents. Never more than 8 names; empty for an empty domain.
    static QStringList targets(const QString &domain);
    // Reads the answers of targets(domain) in order (4.10 steps 2, 6: stop at psd=y/n) and
    // picks the Organizational Domain (4.10.2). answers[i] answers targets(domain)[i].
    static DmarcTreeWalkResult fromAnswers(const QString &domain, const QList<Dns::Answer> &answers);
    // Applies 4.10.2 to the steps read.
    static QString organizationalDomain(const QString &start, const QList<DmarcWalkStep> &steps,
                                        DmarcOrgRule *rule = nullptr);

    DmarcTreeWalkResult walk(const QString &domain) const;

private:
    const DomainCheckQueries &m_queries;
};

} // namespace Auth
