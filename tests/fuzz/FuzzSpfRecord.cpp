// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the SPF record and macro parsers (RFC 7208 4.6, 7.1): any TXT text must
// give a record or a permerror, never a crash, and valid macro strings must expand.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QHostAddress>

#include "auth/spf/SpfMacro.h"
#include "auth/spf/SpfRecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Auth::SpfRecord::isSpfRecord(raw);
    const QString text = QString::fromUtf8(raw);
    const Auth::SpfRecord record = Auth::SpfRecord::parse(text);
    for (const Auth::SpfTerm &term : record.terms) {
        if (record.isValid() && (term.text.isEmpty() || term.cidr4 < -1 || term.cidr4 > 32 || term.cidr6 < -1 || term.cidr6 > 128))
            __builtin_trap();
        if (!term.domainSpec.isEmpty() && Auth::SpfMacro::isValid(term.domainSpec, false)) {
            Auth::SpfMacroContext context;
            context.ip = QHostAddress(QStringLiteral("2001:db8::1"));
            context.localPart = QStringLiteral("user");
            context.senderDomain = context.domain = context.helo = QStringLiteral("example.org");
            context.validatedName = [] { return QStringLiteral("mail.example.org"); };
            (void)Auth::SpfMacro::expandDomain(term.domainSpec, context);
        }
    }
    if (Auth::SpfMacro::isValid(text, true)) {
        Auth::SpfMacroContext context;
        context.ip = QHostAddress(QStringLiteral("192.0.2.1"));
        context.domain = QStringLiteral("example.org");
        context.validatedName = [] { return QStringLiteral("unknown"); };
        (void)Auth::SpfMacro::expand(text, context, true);
    }
    return 0;
}
