// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the DKIM tag-list parsers (RFC 6376 3.2): the DKIM-Signature field value
// (3.5) and the key record (3.6.1), which come from hostile messages and hostile DNS.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "auth/dkim/DkimKeyRecord.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/DkimTagList.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray copy(raw); // parsers may keep slices: give them owned bytes
    (void)Auth::DkimTagList::parse(copy);
    (void)Auth::DkimTagList::decodeBase64(copy);
    (void)Auth::DkimTagList::splitColonList(copy);
    const Auth::DkimSignature signature = Auth::DkimSignature::parse(copy);
    (void)Auth::DkimSignature::isDomainName(signature.domain);
    const Auth::DkimKeyRecord key = Auth::DkimKeyRecord::parse(copy);
    if (key.keyBits < 0 || (key.usable() && key.keyData.isEmpty()))
        __builtin_trap();
    (void)key.allowsEmailService();
    return 0;
}
