// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "DkimSignature.h"

namespace Auth {

// Canonicalization of header fields and bodies (RFC 6376 3.4) and the b= removal of 3.7,
// all on raw bytes. Inputs use CRLF line ends; outputs are exactly what gets hashed.
class DkimCanonicalizer
{
public:
    // One whole header field (with its final CRLF) -> canonical form ending in CRLF.
    static QByteArray header(DkimCanonicalization method, const QByteArray &rawField);

    // The body after the empty line -> canonical body (3.4.3 / 3.4.4, errata 3133:
    // an empty relaxed body stays empty, an empty simple body becomes CRLF).
    static QByteArray body(DkimCanonicalization method, const QByteArray &body);

    // The DKIM-Signature field with the value of its b= tag (and surrounding whitespace)
    // deleted and every other byte kept (3.7).
    static QByteArray withoutSignatureValue(const QByteArray &rawField);
};

} // namespace Auth
