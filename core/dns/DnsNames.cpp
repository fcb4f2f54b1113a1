// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resolver.h"

namespace Dns {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Answer: return QStringLiteral("answer");
    case Outcome::NoData: return QStringLiteral("nodata");
    case Outcome::NxDomain: return QStringLiteral("nxdomain");
    case Outcome::ServFail: return QStringLiteral("servfail");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString rrTypeName(RrType type)
{
    switch (type) {
    case RrType::A: return QStringLiteral("A");
    case RrType::NS: return QStringLiteral("NS");
    case RrType::CNAME: return QStringLiteral("CNAME");
    case RrType::SOA: return QStringLiteral("SOA");
    case RrType::PTR: return QStringLiteral("PTR");
    case RrType::MX: return QStringLiteral("MX");
    case RrType::TXT: return QStringLiteral("TXT");
    case RrType::AAAA: return QStringLiteral("AAAA");
    case RrType::SRV: return QStringLiteral("SRV");
    case RrType::TLSA: return QStringLiteral("TLSA");
    }
    return QStringLiteral("TYPE%1").arg(quint16(type));
}

} // namespace Dns
