// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTextBuilder.h"

#include <QTextStream>

#include "auth/domain/DnsblChecker.h"
#include "auth/common/Finding.h"

namespace Report {

QString CheckTextBuilder::sections(const Auth::DomainCheckResult &r)
{
    QString text;
    QTextStream out(&text);
    out << tr("Domain: %1   DNS server: %2   (%3 ms)").arg(r.request.domain, r.dnsServer).arg(r.elapsedMs) << "\n";
    if (!r.dmarc.record.text.isEmpty())
        out << "DMARC: " << r.dmarc.recordAt << ": " << r.dmarc.record.text << "\n";
    for (const Auth::MxHost &h : r.mx.hosts) {
        QStringList addresses;
        for (const QHostAddress &a : h.addresses)
            addresses.append(a.toString());
        out << "MX: " << h.preference << ' ' << h.host << " (" << addresses.join(QStringLiteral(", ")) << ")\n";
    }
    if (r.ptr) {
        QStringList names;
        for (const Auth::PtrName &n : r.ptr->names)
            names.append(n.name);
        out << "PTR: " << r.ptr->ip.toString() << " -> " << names.join(QStringLiteral(", "))
            << (r.ptr->fcrdns() ? tr(" (forward-confirmed)") : QString()) << "\n";
    }
    for (const Auth::DnsblResult &b : r.dnsbl)
        out << "DNSBL: " << b.zone.zone << ": " << Auth::DnsblChecker::stateName(b.state) << "\n";
    out.flush();
    return text;
}

QString CheckTextBuilder::findings(const Auth::DomainCheckResult &r)
{
    QString text;
    QTextStream out(&text);
    out << "\n" << tr("Findings:") << "\n";
    for (const Auth::Finding &f : r.findings) {
        out << "  [" << Auth::severityName(f.severity) << "] " << f.id << ": " << f.message << "\n";
        if (!f.evidence.isEmpty())
            out << "      " << tr("evidence: %1").arg(f.evidence) << "\n";
        if (!f.fix.isEmpty())
            out << "      " << tr("fix: %1").arg(f.fix) << "\n";
        for (const Dns::ZoneRecord &record : f.records)
            out << "        " << record.zoneLine() << "\n";
    }
    out.flush();
    return text;
}

QString CheckTextBuilder::build(const Auth::DomainCheckResult &r)
{
    QString text = sections(r) + findings(r);
    if (r.dnsUnreachable)
        text += QStringLiteral("\n") + tr("The DNS server %1 did not answer at all.").arg(r.dnsServer) + QStringLiteral("\n");
    return text;
}

} // namespace Report
