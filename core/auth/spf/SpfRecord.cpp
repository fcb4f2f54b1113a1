// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfRecord.h"

#include <QRegularExpression>
#include <QStringList>

#include "SpfMacro.h"

namespace Auth {

namespace {

using Kind = SpfTerm::Kind;

// 7.1 toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral("^(?:[0-9a-z]*[a-z][0-9a-z]*|[0-9a-z]+-[0-9a-z-]*[0-9a-z])\\z"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(label).hasMatch();
}

// domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand
bool isDomainSpec(const QString &spec, QString *error)
{
    if (spec.isEmpty() || !SpfMacro::isValid(spec, false, error)) {
        if (error && error->isEmpty())
            *error = QStringLiteral("empty domain");
        return false;
    }
    static const QRegularExpression macroEnd(QStringLiteral("(?:%\\{[^}]*\\}|%%|%_|%-)\\z"));
    if (macroEnd.match(spec).hasMatch())
        return true;
    QString body = spec;
    if (body.endsWith(QLatin1Char('.')))
        body.chop(1);
    const int dot = body.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || !isTopLabel(body.mid(dot + 1))) {
        *error = QStringLiteral("\"%1\" does not end with a valid top-level label").arg(spec);
        return false;
    }
    return true;
}

// ip4-cidr-length = "/" ( "0" / %x31-39 0*1DIGIT ); ip6 up to three digits.
bool parseCidr(const QString &text, int max, int *out)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,2})\\z"));
    if (!re.match(text).hasMatch())
        return false;
    *out = text.toInt();
    return *out <= max;
}

// Splits "domain/24//64" into its parts. Returns false on a bad length.
bool splitDualCidr(QString arg, QString *domain, int *cidr4, int *cidr6, bool allow4, bool allow6)
{
    static const QRegularExpression tail(QStringLiteral("(?:/([0-9]+))?(?://([0-9]+))?\\z"));
    const QRegularExpressionMatch m = tail.match(arg);
    if (m.hasMatch() && m.capturedLength(0) > 0) {
        if (m.capturedLength(1) > 0 && (!allow4 || !parseCidr(m.captured(1), 32, cidr4)))
            return false;
        if (m.capturedLength(2) > 0 && (!allow6 || !parseCidr(m.captured(2), 128, cidr6)))
            return false;
        arg.chop(m.capturedLength(0));
    }
    *domain = arg;
    return true;
}

bool parseIp4(const QString &text, QHostAddress *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\z"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toInt() > 255)
            return false;
    }
    return out->setAddress(text);
}

bool parseIp6(const QString &text, QHostAddress *out)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F:.]+\\z"));
    return text.contains(QLatin1Char(':')) && re.match(text).hasMatch() && out->setAddress(text)
        && out->protocol() == QAbstractSocket::IPv6Protocol;
}

Kind mechanismKind(const QString &name, bool *ok)
{
    static const QList<QPair<QString, Kind>> names = {
        {QStringLiteral("all"), Kind::All}, {QStringLiteral("include"), Kind::Include},
        {QStringLiteral("a"), Kind::A}, {QStringLiteral("mx"), Kind::Mx}, {QStringLiteral("ptr"), Kind::Ptr},
        {QStringLiteral("ip4"), Kind::Ip4}, {QStringLiteral("ip6"), Kind::Ip6}, {QStringLiteral("exists"), Kind::Exists}};
    for (const auto &entry : names) {
        if (entry.first == name) {
            *ok = true;
            return entry.second;
        }
    }
    *ok = false;
    return Kind::All;
}

// Parses one mechanism after its qualifier: name, then ":" argument and/or "/" lengths.
QString parseMechanism(const QString &body, SpfTerm *term)
{
    static const QRegularExpression nameRe(QStringLiteral("^([A-Za-z][A-Za-z0-9_.-]*)"));
    const QString name = nameRe.match(body).captured(1).toLower();
    bool known = false;
    term->kind = mechanismKind(name, &known);
    if (!known)
        return QStringLiteral("unknown mechanism");
    const QString rest = body.mid(name.size());
    const bool hasColon = rest.startsWith(QLatin1Char(':'));
    if (!rest.isEmpty() && !hasColon && !rest.startsWith(QLatin1Char('/')))
        return QStringLiteral("unknown mechanism");
    QString arg = hasColon ? rest.mid(1) : rest;
    QString error;
    switch (term->kind) {
    case Kind::All:
        return rest.isEmpty() ? QString() : QStringLiteral("\"all\" takes no argument");
    case Kind::Include:
    case Kind::Exists:
        if (!hasColon || !isDomainSpec(arg, &error))
            return error.isEmpty() ? QStringLiteral("domain required") : error;
        term->domainSpec = arg;
        return QString();
    case Kind::Ptr:
        if (!hasColon && !rest.isEmpty())
            return QStringLiteral("\"ptr\" takes no prefix length");
        if (hasColon && !isDomainSpec(arg, &error))
            return error;
        term->domainSpec = arg;
        return QString();
    case Kind::A:
    case Kind::Mx: {
        QString domain;
        if (!splitDualCidr(arg, &domain, &term->cidr4, &term->cidr6, true, true))
            return QStringLiteral("bad prefix length");
        if (hasColon && !isDomainSpec(domain, &error))
            return error;
        if (!hasColon && !domain.isEmpty())
            return QStringLiteral("bad prefix length");
        term->domainSpec = domain;
        return QString();
    }
    case Kind::Ip4:
    case Kind::Ip6: {
        const bool v4 = term->kind == Kind::Ip4;
        const int slash = arg.indexOf(QLatin1Char('/'));
        const QString address = slash < 0 ? arg : arg.left(slash);
        if (!hasColon)
            return QStringLiteral("bad network");
        if (slash >= 0 && !parseCidr(arg.mid(slash + 1), v4 ? 32 : 128, v4 ? &term->cidr4 : &term->cidr6))
            return QStringLiteral("bad prefix length");
        const bool ok = v4 ? parseIp4(address, &term->network) : parseIp6(address, &term->network);
        return ok ? QString() : QStringLiteral("bad IP address \"%1\"").arg(address);
    }
    default:
        return QStringLiteral("unknown mechanism");
    }
}

QString parseModifier(const QString &name, const QString &value, SpfTerm *term)
{
    QString error;
    const QString lower = name.toLower();
    if (lower == QLatin1String("redirect") || lower == QLatin1String("exp")) {
        term->kind = lower == QLatin1String("redirect") ? Kind::Redirect : Kind::Exp;
        if (!isDomainSpec(value, &error))
            return error;
        term->domainSpec = value;
        return QString();
    }
    term->kind = Kind::UnknownModifier; // 6: unknown modifiers are ignored, but must be well-formed
    term->domainSpec = value;
    return SpfMacro::isValid(value, false, &error) ? QString() : error;
}

QString parseTerm(const QString &text, SpfTerm *term)
{
    term->text = text;
    // 4.6.1: terms are separated by spaces only; 7.1: every other character is visible ASCII.
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return QStringLiteral("invalid character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    static const QRegularExpression modifierRe(QStringLiteral("^([A-Za-z][A-Za-z0-9_.-]*)=(.*)\\z"));
    const QRegularExpressionMatch m = modifierRe.match(text);
    if (m.hasMatch())
        return parseModifier(m.captured(1), m.captured(2), term);
    QString body = text;
    if (!body.isEmpty() && QStringLiteral("+-~?").contains(body.at(0))) {
        term->qualifier = body.at(0);
        body.remove(0, 1);
    }
    return parseMechanism(body, term);
}

} // namespace

bool SpfRecord::authorizesNothing() const
{
    bool hardFailAll = false;
    for (const SpfTerm &t : terms) {
        if (t.kind == Kind::All)
            hardFailAll = t.qualifier == QLatin1Char('-');
        else if (t.isMechanism() || t.kind == Kind::Redirect)
            return false;
    }
    return isValid() && hardFailAll;
}

const SpfTerm *SpfRecord::redirect() const
{
    for (const SpfTerm &t : terms) {
        if (t.kind == Kind::Redirect)
            return &t;
    }
    return nullptr;
}

const SpfTerm *SpfRecord::explanation() const
{
    for (const SpfTerm &t : terms) {
        if (t.kind == Kind::Exp)
            return &t;
    }
    return nullptr;
}

bool SpfRecord::isSpfRecord(const QByteArray &txt)
{
    if (txt.size() < 6 || qstrnicmp(txt.constData(), "v=spf1", 6) != 0)
        return false;
    return txt.size() == 6 || txt.at(6) == ' ';
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    record.text = text;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int redirects = 0;
    int exps = 0;
    for (int i = 1; i < parts.size(); ++i) { // parts[0] is "v=spf1"
        SpfTerm term;
        const QString error = parseTerm(parts.at(i), &term);
        redirects += term.kind == Kind::Redirect;
        exps += term.kind == Kind::Exp;
        if (error.isEmpty() && (redirects > 1 || exps > 1)) {
            record.error = QStringLiteral("modifier appears twice"); // 6: at most once each
        } else if (!error.isEmpty()) {
            record.error = error;
        }
        if (!record.error.isEmpty()) {
            record.errorTerm = parts.at(i);
            return record;
        }
        record.terms.append(term);
    }
    return record;
}

} // namespace Auth
