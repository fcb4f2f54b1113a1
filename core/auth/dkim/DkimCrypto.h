// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

namespace Auth {

enum class DkimKeyType { Unknown, Rsa, Ed25519 };
enum class DkimHash { Unknown, Sha1, Sha256 };

// The OpenSSL 3 (EVP) work behind DKIM: key import, key size, digests, signature checks.
// No OpenSSL type leaks out of this class; every EVP object lives in a unique_ptr.
class DkimCrypto
{
public:
    // Size in bits of the public key in p= data, or nullopt when the bytes are not a key of
    // that type: RSA as SubjectPublicKeyInfo or bare RSAPublicKey (RFC 6376 3.6.1 says
    // RSAPublicKey, deployed keys use SubjectPublicKeyInfo); Ed25519 as the raw 32 bytes
    // only (RFC 8463 4.2, so a SubjectPublicKeyInfo wrapper is rejected).
    static std::optional<int> keyBits(DkimKeyType type, const QByteArray &keyData);

    static QByteArray digest(DkimHash hash, const QByteArray &data); // empty for Unknown

    // True when signature is valid for data. RSA: PKCS#1 v1.5 with the given hash over data.
    // Ed25519 (RFC 8463 3): PureEdDSA over the SHA-256 digest of data. False on any error.
    static bool verify(DkimKeyType type, const QByteArray &keyData, DkimHash hash,
                       const QByteArray &data, const QByteArray &signature);
};

} // namespace Auth
