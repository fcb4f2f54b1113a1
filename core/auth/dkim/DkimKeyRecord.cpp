// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimKeyRecord.h"

#include "DkimTagList.h"

namespace Auth {

namespace {

QList<QByteArray> lowerItems(const QByteArray &value)
{
    QList<QByteArray> items;
    for (const QByteArray &item : DkimTagList::splitColonList(value)) {
        if (!item.isEmpty())
            items.append(item.toLower());
    }
    return items;
}

void fail(DkimKeyRecord &record, DkimKeyRecord::Problem problem, const QString &detail)
{
    record.problem = problem;
    record.problemDetail = detail;
}

// v= is optional but, when present, must be first and exactly "DKIM1" (RFC 6376 3.6.1).
bool checkVersion(DkimKeyRecord &record, const DkimTagList &tags)
{
    const int index = tags.indexOf("v");
    if (index < 0)
        return true;
    record.version = tags.tags().at(index).value;
    if (index != 0) {
        fail(record, DkimKeyRecord::Problem::VersionNotFirst, QStringLiteral("v= is not the first tag"));
        return false;
    }
    if (record.version != "DKIM1") {
        fail(record, DkimKeyRecord::Problem::BadVersion,
             QStringLiteral("v=%1 is not DKIM1").arg(QString::fromLatin1(record.version)));
        return false;
    }
    return true;
}

void readFlags(DkimKeyRecord &record, const DkimTagList &tags)
{
    if (const auto h = tags.value("h"))
        record.hashAlgorithms = lowerItems(*h);
    record.serviceTypes = lowerItems(tags.value("s").value_or(QByteArray("*")));
    // t= flags; unknown flags MUST be ignored.
    for (const QByteArray &flag : lowerItems(tags.value("t").value_or(QByteArray()))) {
        record.testing = record.testing || flag == "y";
        record.strictSubdomain = record.strictSubdomain || flag == "s";
    }
    record.notes = tags.value("n").value_or(QByteArray());
}

bool readKeyType(DkimKeyRecord &record, const DkimTagList &tags)
{
    record.keyTypeName = tags.value("k").value_or(QByteArray("rsa")).toLower();
    if (record.keyTypeName == "rsa") {
        record.keyType = DkimKeyType::Rsa;
    } else if (record.keyTypeName == "ed25519") {
        record.keyType = DkimKeyType::Ed25519;
    } else {
        record.keyType = DkimKeyType::Unknown;
        fail(record, DkimKeyRecord::Problem::UnknownKeyType,
             QStringLiteral("unknown key type k=%1").arg(QString::fromLatin1(record.keyTypeName)));
        return false;
    }
    return true;
}

void readKey(DkimKeyRecord &record, const QByteArray &p)
{
    if (DkimTagList::stripWhitespace(p).isEmpty()) {
        record.revoked = true; // RFC 6376 3.6.1: "An empty value means that this public key has been revoked"
        return;
    }
    const auto decoded = DkimTagList::decodeBase64(p);
    if (!decoded) {
        fail(record, DkimKeyRecord::Problem::BadBase64, QStringLiteral("p= is not valid base64"));
        return;
    }
    record.keyData = *decoded;
    const auto bits = DkimCrypto::keyBits(record.keyType, record.keyData);
    if (!bits) {
        fail(record, DkimKeyRecord::Problem::BadKeyData,
             QStringLiteral("p= (%1 bytes) is not a valid %2 public key")
                 .arg(record.keyData.size())
                 .arg(QString::fromLatin1(record.keyTypeName)));
        return;
    }
    record.keyBits = *bits;
}

} // namespace

DkimKeyRecord DkimKeyRecord::parse(const QByteArray &text)
{
    DkimKeyRecord record;
    record.text = text;
    const DkimTagList tags = DkimTagList::parse(text);
    if (!tags.ok()) {
        fail(record, Problem::TagSyntax, tags.error());
        return record;
    }
    if (!checkVersion(record, tags))
        return record;
    readFlags(record, tags);
    const bool typeKnown = readKeyType(record, tags);
    const auto p = tags.value("p");
    if (!p) {
        fail(record, Problem::MissingKey, QStringLiteral("no p= tag"));
        return record;
    }
    if (typeKnown)
        readKey(record, *p);
    else
        record.revoked = DkimTagList::stripWhitespace(*p).isEmpty();
    return record;
}

bool DkimKeyRecord::allowsHash(DkimHash hash) const
{
    if (hashAlgorithms.isEmpty())
        return true;
    const QByteArray name = hash == DkimHash::Sha1 ? "sha1" : hash == DkimHash::Sha256 ? "sha256" : "";
    return hashAlgorithms.contains(name);
}

bool DkimKeyRecord::allowsEmailService() const
{
    return serviceTypes.contains("*") || serviceTypes.contains("email");
}

QString DkimKeyRecord::problemCode(Problem problem)
{
    switch (problem) {
    case Problem::None: return QStringLiteral("none");
    case Problem::TagSyntax: return QStringLiteral("tag-syntax");
    case Problem::BadVersion: return QStringLiteral("bad-version");
    case Problem::VersionNotFirst: return QStringLiteral("version-not-first");
    case Problem::MissingKey: return QStringLiteral("missing-key");
    case Problem::UnknownKeyType: return QStringLiteral("unknown-key-type");
    case Problem::BadBase64: return QStringLiteral("bad-base64");
    case Problem::BadKeyData: return QStringLiteral("bad-key-data");
    }
    return QStringLiteral("none");
}

} // namespace Auth
