// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Auth {

// One term of an SPF record (RFC 7208 4.6.1, 5, 6).
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, UnknownModifier };

    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+'); // mechanisms only
    QString text;        // the term as published
    QString domainSpec;  // include, a, mx, ptr, exists, redirect, exp (may hold macros); empty = current domain
    QHostAddress network; // ip4, ip6
    int cidr4 = -1;      // -1 = not given (a, mx, ip4)
    int cidr6 = -1;      // -1 = not given (a, mx, ip6)

    bool isMechanism() const { return kind != Kind::Redirect && kind != Kind::Exp && kind != Kind::UnknownModifier; }
    // 4.6.4: terms that cost one of the 10 DNS lookups.
    bool countsAsLookup() const
    {
        return kind == Kind::Include || kind == Kind::A || kind == Kind::Mx || kind == Kind::Ptr
            || kind == Kind::Exists || kind == Kind::Redirect;
    }
};

// A parsed SPF record. Parsing is strict: any syntax error anywhere makes the whole record a
// permerror (RFC 7208 4.6), reported in `error` with the offending term in `errorTerm`.
struct SpfRecord
{
    QString text;
    QList<SpfTerm> terms;   // mechanisms and modifiers in published order
    QString error;          // empty when the record is valid
    QString errorTerm;

    bool isValid() const { return error.isEmpty(); }
    const SpfTerm *redirect() const;
    const SpfTerm *explanation() const;
    // A valid record whose only mechanism is "-all" (no redirect): nobody may send (RFC 7208 A.1).
    bool authorizesNothing() const;

    // True when `txt` is an SPF record: "v=spf1" followed by a space or the end (4.5).
    static bool isSpfRecord(const QByteArray &txt);
    static SpfRecord parse(const QString &text);
};

} // namespace Auth
