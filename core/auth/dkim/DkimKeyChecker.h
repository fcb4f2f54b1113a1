// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "DkimKeyRecord.h"
#include "auth/common/Finding.h"
#include "dns/Resolver.h"

namespace Auth {

// Where a selector to check came from; reports say it, since a guessed selector proves little.
enum class DkimSelectorSource { Signature, User, CommonList };
QString selectorSourceName(DkimSelectorSource source); // "signature", "user", "common-list"

struct DkimSelector
{
    QString name;
    DkimSelectorSource source = DkimSelectorSource::User;
    QString domain; // d= of the signature it came from; empty = the domain being checked
};

// The state of one selector's key.
struct DkimKeyCheck
{
    QString selector;
    DkimSelectorSource source = DkimSelectorSource::User;
    QString query;                  // "<selector>._domainkey.<domain>"
    Dns::Outcome outcome = Dns::Outcome::Error;
    QList<QByteArray> records;      // TXT records there (strings concatenated)
    std::optional<DkimKeyRecord> key; // the first record, parsed
    Findings findings;

    bool found() const { return !records.isEmpty(); }
};

struct DkimKeyReport
{
    QString domain;
    QList<DkimKeyCheck> keys;       // selectors from the common list appear only when found
    int commonSelectorsTried = 0;
    Findings findings;              // all findings of all keys, plus dkim.no-selector-found
};

// Looks up and judges the DKIM keys of a domain (RFC 6376 3.6) for a list of selectors.
class DkimKeyChecker
{
public:
    explicit DkimKeyChecker(Dns::Resolver &resolver);

    DkimKeyReport check(const QString &domain, const QList<DkimSelector> &selectors);

    // The selectors to check: those of DKIM-Signature fields in rawMessage (may be empty;
    // e.g. the original returned inside a bounce) and those the user gave; when neither
    // yields any, the common provider selectors.
    static QList<DkimSelector> selectorsFor(const QString &domain, const QByteArray &rawMessage,
                                            const QStringList &userSelectors);
    static const QStringList &commonSelectors();

private:
    DkimKeyCheck checkOne(const QString &domain, const DkimSelector &selector);

    Dns::Resolver &m_resolver;
};

} // namespace Auth
