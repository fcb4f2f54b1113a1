// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHostAddress>
#include <QString>

namespace Dns {

// One DNS record a fix asks someone to publish, and the only way BounceLens writes one down:
// every Copy button, every `record` in JSON and every record in the report comes from
// zoneLine(). The factories validate what goes in (owner and target names, addresses), so a
// record can never be built from unchecked text of a bounce: they return nullopt instead.
class ZoneRecord
{
public:
    enum class Type { A, AAAA, CNAME, MX, PTR, TXT };

    static constexpr quint32 DefaultTtl = 3600;

    // TXT at `owner` (e.g. "_dmarc.example.org"). `text` is the record's value as one string;
    // zoneLine() splits it into <= 255-octet character-strings (RFC 1035 3.3.14, RFC 7208 3.3).
    static std::optional<ZoneRecord> txt(const QString &owner, const QString &text);
    static std::optional<ZoneRecord> cname(const QString &owner, const QString &target);
    static std::optional<ZoneRecord> mx(const QString &owner, int preference, const QString &host); // host "." = null MX
    static std::optional<ZoneRecord> address(const QString &owner, const QHostAddress &ip);       // A or AAAA
    // The PTR of `ip` (its in-addr.arpa / ip6.arpa name) pointing at `host`.
    static std::optional<ZoneRecord> ptr(const QHostAddress &ip, const QString &host);

    // A host name fit for a record: LDH labels (plus "_" for service labels such as _dmarc,
    // RFC 8552), 1..63 octets each, 253 in all, after IDNA conversion. Returns the ASCII
    // (A-label) form, lower-case, without trailing dot; empty when not valid.
    static QString validName(const QString &name);

    Type type() const { return m_type; }
    QString typeName() const;
    QString owner() const { return m_owner; }  // ASCII, no trailing dot
    QString value() const { return m_value; }  // TXT text unquoted, or the rdata ("10 mail.example.org.")
    quint32 ttl() const { return m_ttl; }

    // RFC 1035 5.1 master-file line: "_dmarc.example.org. 3600 IN TXT \"v=DMARC1; p=none\"".
    QString zoneLine() const;
    // The value as web forms of DNS hosters want it: TXT text without quotes, else the rdata.
    QString formValue() const { return m_value; }

    bool operator==(const ZoneRecord &other) const
    {
        return m_type == other.m_type && m_owner == other.m_owner && m_value == other.m_value && m_ttl == other.m_ttl;
    }

private:
    ZoneRecord(Type type, QString owner, QString value) : m_type(type), m_owner(std::move(owner)), m_value(std::move(value)) {}

    Type m_type = Type::TXT;
    QString m_owner;
    QString m_value;
    quint32 m_ttl = DefaultTtl;
};

} // namespace Dns
