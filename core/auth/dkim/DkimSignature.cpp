// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimSignature.h"

#include "DkimTagList.h"

namespace Auth {

namespace {

using Problem = DkimSignature::Problem;

bool setProblem(DkimSignature &sig, Problem problem, const QString &detail)
{
    sig.problem = problem;
    sig.problemDetail = detail;
    return false;
}

QString latin(const QByteArray &bytes) { return QString::fromLatin1(bytes.left(80)); }

std::optional<qint64> parseNumber(const QByteArray &value, int maxDigits)
{
    if (value.isEmpty() || value.size() > maxDigits)
        return std::nullopt;
    for (char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

// dkim-quoted-printable (RFC 6376 2.11): "=XX" hex escapes, FWS ignored.
QByteArray decodeQuotedPrintable(const QByteArray &value)
{
    const QByteArray text = DkimTagList::stripWhitespace(value);
    QByteArray out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

bool checkRequired(DkimSignature &sig, const DkimTagList &tags)
{
    for (const char *name : {"v", "a", "b", "bh", "d", "h", "s"}) {
        if (!tags.has(name))
            return setProblem(sig, Problem::MissingTag, QStringLiteral("required tag %1= is missing").arg(QLatin1String(name)));
    }
    sig.version = *tags.value("v");
    if (sig.version != "1")
        return setProblem(sig, Problem::Version, QStringLiteral("v=%1 is not 1").arg(latin(sig.version)));
    return true;
}

bool readAlgorithm(DkimSignature &sig, const DkimTagList &tags)
{
    sig.algorithmName = tags.value("a")->toLower();
    if (sig.algorithmName == "rsa-sha256") {
        sig.keyType = DkimKeyType::Rsa;
        sig.hash = DkimHash::Sha256;
    } else if (sig.algorithmName == "rsa-sha1") {
        // Parsed so that it can be named; the verifier refuses it (RFC 8301 3.1).
        sig.keyType = DkimKeyType::Rsa;
        sig.hash = DkimHash::Sha1;
    } else if (sig.algorithmName == "ed25519-sha256") {
        sig.keyType = DkimKeyType::Ed25519;
        sig.hash = DkimHash::Sha256;
    } else {
        return setProblem(sig, Problem::UnknownAlgorithm, QStringLiteral("unknown algorithm a=%1").arg(latin(sig.algorithmName)));
    }
    return true;
}

bool readBase64Tags(DkimSignature &sig, const DkimTagList &tags)
{
    const auto b = DkimTagList::decodeBase64(*tags.value("b"));
    const auto bh = DkimTagList::decodeBase64(*tags.value("bh"));
    if (!b || !bh || b->isEmpty() || bh->isEmpty())
        return setProblem(sig, Problem::TagSyntax, QStringLiteral("b= or bh= is not valid base64"));
    sig.signature = *b;
    sig.bodyHash = *bh;
    return true;
}

bool readCanonicalization(DkimSignature &sig, const DkimTagList &tags)
{
    const QByteArray c = tags.value("c").value_or(QByteArray("simple/simple")).toLower();
    const QList<QByteArray> parts = c.split('/');
    auto method = [](const QByteArray &name) -> std::optional<DkimCanonicalization> {
        if (name == "simple")
            return DkimCanonicalization::Simple;
        if (name == "relaxed")
            return DkimCanonicalization::Relaxed;
        return std::nullopt;
    };
    const auto header = method(parts.value(0));
    const auto body = parts.size() > 1 ? method(parts.at(1)) : std::optional(DkimCanonicalization::Simple);
    if (parts.size() > 2 || !header || !body)
        return setProblem(sig, Problem::TagSyntax, QStringLiteral("unknown canonicalization c=%1").arg(latin(c)));
    sig.headerCanonicalization = *header;
    sig.bodyCanonicalization = *body;
    return true;
}

bool readQueryMethods(DkimSignature &sig, const DkimTagList &tags)
{
    const auto q = tags.value("q");
    if (!q)
        return true;
    for (const QByteArray &method : DkimTagList::splitColonList(*q)) {
        if (method.toLower() == "dns/txt")
            return true;
    }
    return setProblem(sig, Problem::QueryMethod, QStringLiteral("no supported query method in q=%1").arg(latin(*q)));
}

bool readDomainAndSelector(DkimSignature &sig, const DkimTagList &tags)
{
    sig.domain = QString::fromLatin1(*tags.value("d")).toLower();
    if (!DkimSignature::isDomainName(sig.domain))
        return setProblem(sig, Problem::DomainSyntax, QStringLiteral("d=%1 is not a domain name").arg(sig.domain.left(80)));
    sig.selector = QString::fromLatin1(*tags.value("s")).toLower();
    QString selectorCheck = sig.selector;
    // Selectors are sub-domain sequences (3.1); underscores occur in the wild and do no harm in a query.
    selectorCheck.replace(QLatin1Char('_'), QLatin1Char('x'));
    if (!DkimSignature::isDomainName(selectorCheck))
        return setProblem(sig, Problem::TagSyntax, QStringLiteral("s=%1 is not a valid selector").arg(sig.selector.left(80)));
    return true;
}

// h= must be a colon list of field names and MUST include From (RFC 6376 5.4, 6.1.1).
bool readSignedHeaders(DkimSignature &sig, const DkimTagList &tags)
{
    for (const QByteArray &name : DkimTagList::splitColonList(*tags.value("h"))) {
        for (char c : name) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 33 || u > 126 || c == ':')
                return setProblem(sig, Problem::TagSyntax, QStringLiteral("h= contains an invalid field name"));
        }
        if (name.isEmpty())
            return setProblem(sig, Problem::TagSyntax, QStringLiteral("h= contains an empty field name"));
        sig.signedHeaders.append(name.toLower());
    }
    if (!sig.signedHeaders.contains("from"))
        return setProblem(sig, Problem::FromNotSigned, QStringLiteral("h= does not include From"));
    return true;
}

bool readAuid(DkimSignature &sig, const DkimTagList &tags)
{
    const auto i = tags.value("i");
    sig.auid = i ? QString::fromUtf8(decodeQuotedPrintable(*i)) : QStringLiteral("@") + sig.domain;
    const int at = sig.auid.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return setProblem(sig, Problem::TagSyntax, QStringLiteral("i=%1 has no @").arg(sig.auid.left(80)));
    sig.auidDomain = sig.auid.mid(at + 1).toLower();
    if (sig.auidDomain != sig.domain && !sig.auidDomain.endsWith(QLatin1Char('.') + sig.domain))
        return setProblem(sig, Problem::AuidNotInSdid,
                          QStringLiteral("i= domain %1 is not d=%2 or a subdomain of it").arg(sig.auidDomain.left(80), sig.domain));
    return true;
}

bool readNumbers(DkimSignature &sig, const DkimTagList &tags)
{
    struct NumberTag { const char *name; int digits; std::optional<qint64> *target; };
    const NumberTag numbers[] = {{"l", 76, &sig.bodyLength}, {"t", 12, &sig.timestamp}, {"x", 12, &sig.expiration}};
    for (const NumberTag &tag : numbers) {
        const auto value = tags.value(tag.name);
        if (!value)
            continue;
        *tag.target = parseNumber(*value, tag.digits);
        if (!*tag.target)
            return setProblem(sig, Problem::TagSyntax, QStringLiteral("%1=%2 is not a number").arg(QLatin1String(tag.name), latin(*value)));
    }
    if (sig.timestamp && sig.expiration && *sig.expiration < *sig.timestamp)
        return setProblem(sig, Problem::ExpiryBeforeTime, QStringLiteral("x= is earlier than t="));
    return true;
}

} // namespace

DkimSignature DkimSignature::parse(const QByteArray &fieldValue)
{
    DkimSignature sig;
    sig.fieldValue = fieldValue;
    const DkimTagList tags = DkimTagList::parse(fieldValue);
    if (!tags.ok()) {
        setProblem(sig, Problem::TagSyntax, tags.error());
        return sig;
    }
    sig.copiedHeaders = tags.value("z").value_or(QByteArray());
    // Each step stops at the first broken rule; what was read before stays filled in.
    checkRequired(sig, tags) && readAlgorithm(sig, tags) && readDomainAndSelector(sig, tags)
        && readBase64Tags(sig, tags) && readCanonicalization(sig, tags) && readQueryMethods(sig, tags)
        && readSignedHeaders(sig, tags) && readAuid(sig, tags) && readNumbers(sig, tags);
    return sig;
}

QString DkimSignature::reasonCode(Problem problem)
{
    switch (problem) {
    case Problem::None: return QString();
    case Problem::TagSyntax: return QStringLiteral("sig_syntax");
    case Problem::MissingTag: return QStringLiteral("sig_missing_tag");
    case Problem::Version: return QStringLiteral("sig_version");
    case Problem::UnknownAlgorithm: return QStringLiteral("sig_unknown_alg");
    case Problem::QueryMethod: return QStringLiteral("sig_query_method");
    case Problem::DomainSyntax: return QStringLiteral("sig_syntax_d");
    case Problem::FromNotSigned: return QStringLiteral("from_not_signed");
    case Problem::AuidNotInSdid: return QStringLiteral("auid_not_in_sdid");
    case Problem::ExpiryBeforeTime: return QStringLiteral("sig_syntax");
    }
    return QString();
}

bool DkimSignature::isDomainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            const bool ldh = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!ldh)
                return false;
        }
    }
    return true;
}

} // namespace Auth
