// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimCrypto.h"

#include <memory>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace Auth {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const auto *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

PkeyPtr loadRsa(const QByteArray &keyData)
{
    const unsigned char *cursor = bytes(keyData);
    PkeyPtr key(d2i_PUBKEY(nullptr, &cursor, keyData.size()));
    if (key && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA)
        return key;
    // Bare PKCS#1 RSAPublicKey, the form RFC 6376 3.6.1 literally names.
    cursor = bytes(keyData);
    key.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &cursor, keyData.size()));
    return key;
}

PkeyPtr loadKey(DkimKeyType type, const QByteArray &keyData)
{
    switch (type) {
    case DkimKeyType::Rsa:
        return loadRsa(keyData);
    case DkimKeyType::Ed25519:
        if (keyData.size() != 32)
            return nullptr;
        return PkeyPtr(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(keyData), 32));
    case DkimKeyType::Unknown:
        break;
    }
    return nullptr;
}

const EVP_MD *messageDigest(DkimHash hash)
{
    switch (hash) {
    case DkimHash::Sha1: return EVP_sha1();
    case DkimHash::Sha256: return EVP_sha256();
    case DkimHash::Unknown: break;
    }
    return nullptr;
}

} // namespace

std::optional<int> DkimCrypto::keyBits(DkimKeyType type, const QByteArray &keyData)
{
    const PkeyPtr key = loadKey(type, keyData);
    if (!key) {
        ERR_clear_error(); // a rejected key is an answer, not an error to keep queued
        return std::nullopt;
    }
    // OpenSSL reports 253 for Ed25519 (the group order's size); users know it as a 256-bit key.
    return type == DkimKeyType::Ed25519 ? 256 : EVP_PKEY_get_bits(key.get());
}

QByteArray DkimCrypto::digest(DkimHash hash, const QByteArray &data)
{
    const EVP_MD *md = messageDigest(hash);
    if (!md)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

bool DkimCrypto::verify(DkimKeyType type, const QByteArray &keyData, DkimHash hash,
                        const QByteArray &data, const QByteArray &signature)
{
    const PkeyPtr key = loadKey(type, keyData);
    const EVP_MD *md = messageDigest(hash);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !md || !ctx) {
        ERR_clear_error();
        return false;
    }
    QByteArray signedData = data;
    if (type == DkimKeyType::Ed25519) {
        // RFC 8463 3: the Ed25519 input is the hash, and Ed25519 takes no digest of its own.
        signedData = digest(hash, data);
        md = nullptr;
    }
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.get()) != 1) {
        ERR_clear_error();
        return false;
    }
    const bool valid = EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()),
                                        bytes(signedData), size_t(signedData.size())) == 1;
    ERR_clear_error(); // a bad signature leaves errors queued in this thread
    return valid;
}

} // namespace Auth
