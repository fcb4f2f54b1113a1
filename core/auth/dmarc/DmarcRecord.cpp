// SPDX-License-Identifier: GPL-3.0-or-later
#include "DmarcRecord.h"

#include <QRegularExpression>
#include <QSet>

#include "auth/common/PublicSuffix.h"

namespace Auth {

namespace {

// RFC 7489 6.4: dmarc-version = "v" *WSP "=" *WSP %x44 %x4d %x41 %x52 %x43 %x31. The tag name is
// an ABNF quoted string (case-insensitive, RFC 5234 2.3), the value is hex-coded (case-sensitive).
// The record must START with it (6.6.3 step 2), so leading whitespace disqualifies it.
// Note: RFC 6376 3.2 (the tag-list syntax DMARC borrows) calls tag names case-sensitive; the
// DMARC ABNF is the more specific text and is followed here.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(QStringLiteral("^[vV][ \\t]*=[ \\t]*DMARC1[ \\t]*(;|$)"));
    return re;
}

DmarcPolicy parsePolicy(const QString &value, bool *ok)
{
    const QString v = value.toLower();
    *ok = true;
    if (v == QLatin1String("none"))
        return DmarcPolicy::None;
    if (v == QLatin1String("quarantine"))
        return DmarcPolicy::Quarantine;
    if (v == QLatin1String("reject"))
        return DmarcPolicy::Reject;
    *ok = false;
    return DmarcPolicy::Unset;
}

bool isDigits(const QString &s, int maxLen)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return !s.isEmpty() && s.size() <= maxLen && re.match(s).hasMatch();
}

// URI (RFC 3986 scheme ":" ...) with optional "!" size (RFC 7489 6.4). mailto: needs addr-spec.
bool parseReportUri(const QString &raw, DmarcReportUri *out)
{
    static const QRegularExpression uriRe(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):([^\\s!]+)(?:!([0-9]+[kmgtKMGT]?))?$"));
    const QRegularExpressionMatch m = uriRe.match(raw.trimmed());
    if (!m.hasMatch())
        return false;
    out->uri = m.captured(1) + QLatin1Char(':') + m.captured(2);
    out->maxSize = m.captured(3).toLower();
    if (m.captured(1).compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression mailRe(QStringLiteral("^[^@\\s]+@[A-Za-z0-9.-]+\\.?$"));
        return mailRe.match(m.captured(2)).hasMatch();
    }
    return true;
}

struct Parser
{
    DmarcRecord &r;
    QSet<QString> seen;
    bool pValid = false;
    bool spInvalid = false;
    bool npInvalid = false;
    bool foGiven = false;
    bool ruaValid = false;

    void tag(const QString &name, const QString &value);
    void uriList(const QString &value, QList<DmarcReportUri> *list, const QString &errorCode);
    void colonList(const QString &value, const QSet<QString> &allowed, QStringList *out, const QString &error);
    void rfc9989Tag(const QString &name, const QString &value);
    void finish(const QString &policyDomain, const PublicSuffix *psl);
    void finishRfc9989();
};

void Parser::finishRfc9989()
{
    // RFC 9989 4.10.1: "does not contain a valid p tag, or contains an sp or np tag that is not
    // valid": a valid rua keeps p=none, otherwise no DMARC processing. (4.7 calls a record
    // without p one "treated as if it included p=none"; 4.10.1, which 4.7 points to, decides.)
    if (!pValid || spInvalid || npInvalid)
        r.rfc9989Processing = r.rua.isEmpty() ? DmarcProcessing::NoProcessing : DmarcProcessing::AsPolicyNone;
    // 4.8: obs-dmarc-report-size "!10m" is obsolete; reporters should ignore it.
    for (const QList<DmarcReportUri> *list : {&r.rua, &r.ruf}) {
        for (const DmarcReportUri &u : *list) {
            if (!u.maxSize.isEmpty() && !r.rfc9989Warnings.contains(QStringLiteral("uri_size_obsolete")))
                r.rfc9989Warnings.append(QStringLiteral("uri_size_obsolete"));
        }
    }
}

void Parser::uriList(const QString &value, QList<DmarcReportUri> *list, const QString &errorCode)
{
    bool bad = false;
    for (const QString &part : value.split(QLatin1Char(','))) {
        DmarcReportUri uri;
        if (parseReportUri(part, &uri))
            list->append(uri);
        else
            bad = true;
    }
    if (bad)
        r.errors.append(errorCode);
}

void Parser::colonList(const QString &value, const QSet<QString> &allowed, QStringList *out,
                       const QString &error)
{
    QStringList items;
    for (const QString &part : value.split(QLatin1Char(':'))) {
        const QString item = part.trimmed().toLower();
        if (!allowed.contains(item)) {
            r.errors.append(error); // the whole tag falls back to its default
            return;
        }
        items.append(item);
    }
    *out = items;
}

void Parser::rfc9989Tag(const QString &name, const QString &value)
{
    bool ok = false;
    if (name == QLatin1String("np")) {
        r.nonexistentPolicy = parsePolicy(value, &ok);
        npInvalid = !ok;
        if (!ok)
            r.rfc9989Errors.append(QStringLiteral("np_invalid"));
    } else if (name == QLatin1String("psd")) {
        r.psd = value.toLower();
        if (r.psd != QLatin1String("y") && r.psd != QLatin1String("n") && r.psd != QLatin1String("u"))
            r.rfc9989Errors.append(QStringLiteral("psd_invalid"));
    } else if (name == QLatin1String("t")) {
        r.testing = value.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0;
        if (!r.testing && value.compare(QLatin1String("n"), Qt::CaseInsensitive) != 0)
            r.rfc9989Errors.append(QStringLiteral("t_invalid"));
    }
}

void Parser::tag(const QString &name, const QString &value)
{
    bool ok = false;
    if (name == QLatin1String("p")) {
        r.policy = parsePolicy(value, &ok);
        pValid = ok;
        if (!ok)
            r.errors.append(QStringLiteral("p_invalid"));
    } else if (name == QLatin1String("sp")) {
        r.subdomainPolicy = parsePolicy(value, &ok);
        r.subdomainPolicyGiven = ok;
        spInvalid = !ok;
        if (!ok)
            r.errors.append(QStringLiteral("sp_invalid"));
    } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
        const QString v = value.toLower();
        if (v != QLatin1String("r") && v != QLatin1String("s"))
            r.errors.append(name + QStringLiteral("_invalid"));
        else
            (name == QLatin1String("adkim") ? r.strictDkim : r.strictSpf) = (v == QLatin1String("s"));
    } else if (name == QLatin1String("pct")) {
        const int pct = value.toInt(&ok);
        if (!isDigits(value, 3) || !ok || pct > 100)
            r.errors.append(QStringLiteral("pct_invalid"));
        else
            r.pct = pct;
    } else if (name == QLatin1String("fo")) {
        static const QSet<QString> fo{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("d"), QStringLiteral("s")};
        const int before = r.errors.size();
        colonList(value, fo, &r.fo, QStringLiteral("fo_invalid"));
        foGiven = r.errors.size() == before;
    } else if (name == QLatin1String("rf")) {
        static const QSet<QString> rf{QStringLiteral("afrf")}; // the only format defined (RFC 7489 6.3)
        colonList(value, rf, &r.rf, QStringLiteral("rf_invalid"));
    } else if (name == QLatin1String("ri")) {
        if (!isDigits(value, 32))
            r.errors.append(QStringLiteral("ri_invalid"));
        else
            r.ri = value.toLongLong();
    } else if (name == QLatin1String("rua")) {
        uriList(value, &r.rua, QStringLiteral("rua_invalid_uri"));
    } else if (name == QLatin1String("ruf")) {
        uriList(value, &r.ruf, QStringLiteral("ruf_invalid_uri"));
    } else if (name == QLatin1String("np") || name == QLatin1String("psd") || name == QLatin1String("t")) {
        rfc9989Tag(name, value);
    } else {
        r.warnings.append(QStringLiteral("unknown_tag")); // unknown tags MUST be ignored (6.3)
        // RFC 9989 4.7 and 4.8 say the same; the name is kept to say which tag was ignored.
        r.unknownTags.append(name);
        if (!r.rfc9989Warnings.contains(QStringLiteral("unknown_tag")))
            r.rfc9989Warnings.append(QStringLiteral("unknown_tag"));
    }
}

void Parser::finish(const QString &policyDomain, const PublicSuffix *psl)
{
    if (!seen.contains(QStringLiteral("p")))
        r.errors.append(QStringLiteral("p_missing"));
    for (const DmarcReportUri &u : std::as_const(r.rua)) {
        if (!u.isMailto() && !r.warnings.contains(QStringLiteral("rua_scheme_not_mailto")))
            r.warnings.append(QStringLiteral("rua_scheme_not_mailto"));
    }
    // RFC 7489 6.6.3 step 6: no valid p, or an invalid sp.
    if (!pValid || spInvalid) {
        r.processing = r.rua.isEmpty() ? DmarcProcessing::NoProcessing : DmarcProcessing::AsPolicyNone;
        r.policy = r.processing == DmarcProcessing::AsPolicyNone ? DmarcPolicy::None : DmarcPolicy::Unset;
        r.subdomainPolicy = r.policy;
        r.subdomainPolicyGiven = false;
        return; // the record is broken: its errors say so, policy advice would only add noise
    }
    if (!r.subdomainPolicyGiven)
        r.subdomainPolicy = r.policy;
    if (r.errors.contains(QStringLiteral("duplicate_tag")))
        return;
    if (r.policy == DmarcPolicy::None)
        r.warnings.append(QStringLiteral("policy_none_monitoring_only"));
    if (r.policy != DmarcPolicy::None && r.subdomainPolicyGiven && r.subdomainPolicy == DmarcPolicy::None)
        r.warnings.append(QStringLiteral("sp_none_weakens_policy"));
    if (r.rua.isEmpty())
        r.warnings.append(QStringLiteral("no_rua"));
    if (r.pct < 100)
        r.warnings.append(QStringLiteral("pct_less_than_100"));
    if (foGiven && r.ruf.isEmpty())
        r.warnings.append(QStringLiteral("fo_without_ruf"));
    if (!policyDomain.isEmpty() && !r.externalReportDomains(policyDomain, psl).isEmpty())
        r.warnings.append(QStringLiteral("rua_external_needs_authorization"));
}

} // namespace

QString dmarcPolicyName(DmarcPolicy policy)
{
    switch (policy) {
    case DmarcPolicy::None: return QStringLiteral("none");
    case DmarcPolicy::Quarantine: return QStringLiteral("quarantine");
    case DmarcPolicy::Reject: return QStringLiteral("reject");
    case DmarcPolicy::Unset: break;
    }
    return QString();
}

bool DmarcReportUri::isMailto() const
{
    return uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

QString DmarcReportUri::host() const
{
    if (isMailto()) {
        QString host = uri.mid(uri.lastIndexOf(QLatin1Char('@')) + 1).toLower();
        if (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        return host;
    }
    static const QRegularExpression re(QStringLiteral("^[^:]+://([^/:?#]+)"));
    return re.match(uri).captured(1).toLower();
}

bool DmarcRecord::looksLikeDmarc(const QString &text)
{
    return versionPattern().match(text).hasMatch();
}

DmarcRecord DmarcRecord::parse(const QString &text, const QString &policyDomain, const PublicSuffix *psl)
{
    DmarcRecord record;
    record.text = text;
    record.isDmarc = looksLikeDmarc(text);
    if (!record.isDmarc)
        return record;
    Parser parser{record, {}, false, false, false, false, false};
    const QStringList parts = text.split(QLatin1Char(';'));
    for (int i = 1; i < parts.size(); ++i) { // parts[0] is the version tag
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue; // a trailing ";" is allowed
        const int eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq).trimmed().toLower();
        if (eq < 0 || name.isEmpty()) {
            record.errors.append(QStringLiteral("tag_syntax"));
            continue;
        }
        if (parser.seen.contains(name)) {
            // RFC 7489 is silent on repeated tags; the DKIM tag-list it borrows (RFC 6376 3.2)
            // makes them invalid. Keep the first and report the error.
            if (!record.errors.contains(QStringLiteral("duplicate_tag")))
                record.errors.append(QStringLiteral("duplicate_tag"));
            continue;
        }
        parser.seen.insert(name);
        parser.tag(name, part.mid(eq + 1).trimmed());
    }
    parser.finishRfc9989(); // before finish(): it may reset p and sp of a broken record
    parser.finish(policyDomain, psl);
    if (parser.seen.contains(QStringLiteral("pct")))
        record.rfc9989Warnings.append(QStringLiteral("pct_historic"));
    if (parser.seen.contains(QStringLiteral("rf")))
        record.rfc9989Warnings.append(QStringLiteral("rf_historic"));
    if (parser.seen.contains(QStringLiteral("ri")))
        record.rfc9989Warnings.append(QStringLiteral("ri_historic"));
    return record;
}

QStringList DmarcRecord::rfc9989AllErrors() const
{
    // pct, rf and ri are removed (RFC 9989 Appendix C.5.2): their syntax no longer matters.
    static const QStringList removed{QStringLiteral("pct_invalid"), QStringLiteral("rf_invalid"), QStringLiteral("ri_invalid")};
    QStringList out;
    for (const QString &e : errors) {
        if (!removed.contains(e))
            out.append(e);
    }
    return out + rfc9989Errors;
}

DmarcPolicy DmarcRecord::rfc9989Policy(bool subdomain, bool nonexistent) const
{
    if (!isDmarc || rfc9989Processing == DmarcProcessing::NoProcessing)
        return DmarcPolicy::Unset;
    if (rfc9989Processing == DmarcProcessing::AsPolicyNone)
        return DmarcPolicy::None;
    if (!subdomain)
        return policy;
    if (nonexistent && nonexistentPolicy != DmarcPolicy::Unset)
        return nonexistentPolicy;
    return subdomainPolicy; // sp, which defaults to p
}

QString DmarcRecord::rfc9989PolicyTag(bool subdomain, bool nonexistent) const
{
    if (!subdomain || rfc9989Processing != DmarcProcessing::Normal)
        return QStringLiteral("p");
    if (nonexistent && nonexistentPolicy != DmarcPolicy::Unset)
        return QStringLiteral("np");
    return subdomainPolicyGiven ? QStringLiteral("sp") : QStringLiteral("p");
}

QStringList DmarcRecord::externalReportDomains(const QString &policyDomain, const PublicSuffix *psl) const
{
    // RFC 7489 7.1: a destination outside the organizational domain of the record's domain
    // needs the authorization record <policyDomain>._report._dmarc.<destination>.
    const auto org = [psl](const QString &d) { return psl ? psl->organizationalDomain(d) : d.toLower(); };
    const QString own = org(policyDomain);
    QStringList hosts;
    for (const QList<DmarcReportUri> *list : {&rua, &ruf}) {
        for (const DmarcReportUri &u : *list) {
            const QString host = u.host();
            if (u.isMailto() && !host.isEmpty() && org(host) != own && !hosts.contains(host))
                hosts.append(host);
        }
    }
    return hosts;
}

} // namespace Auth
