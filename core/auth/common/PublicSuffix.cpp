// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicSuffix.h"

#include <cstdlib>

#include <libpsl.h>

#include <QFile>

namespace Auth {

namespace {

// psl_registrable_domain wants lower-case UTF-8 (libpsl docs); psl_str_to_utf8lower does both.
QByteArray toUtf8Lower(const QString &domain)
{
    const QByteArray utf8 = domain.trimmed().toUtf8();
    char *lower = nullptr;
    if (psl_str_to_utf8lower(utf8.constData(), "utf-8", nullptr, &lower) != PSL_SUCCESS || !lower)
        return utf8.toLower();
    QByteArray result(lower);
    psl_free_string(lower);
    return result;
}

void freeContext(const psl_ctx_st *ctx)
{
    // psl_builtin() returns a static context that must not be freed.
    if (ctx && ctx != psl_builtin())
        psl_free(const_cast<psl_ctx_t *>(ctx));
}

} // namespace

PublicSuffix::PublicSuffix(std::shared_ptr<const psl_ctx_st> ctx) : m_ctx(std::move(ctx)) {}

const PublicSuffix &PublicSuffix::system()
{
    static const PublicSuffix instance([] {
        const psl_ctx_t *ctx = psl_latest(nullptr);
        if (!ctx)
            ctx = psl_builtin();
        return std::shared_ptr<const psl_ctx_st>(ctx, freeContext);
    }());
    return instance;
}

Util::Result<PublicSuffix> PublicSuffix::fromFile(const QString &path)
{
    if (!QFile::exists(path))
        return Util::Error{QStringLiteral("psl.open"), path};
    psl_ctx_t *ctx = psl_load_file(QFile::encodeName(path).constData());
    if (!ctx)
        return Util::Error{QStringLiteral("psl.parse"), path};
    return PublicSuffix(std::shared_ptr<const psl_ctx_st>(ctx, freeContext));
}

QString PublicSuffix::registrableDomain(const QString &domain) const
{
    if (domain.isEmpty() || domain.startsWith(QLatin1Char('.')))
        return {};
    const QByteArray lower = toUtf8Lower(domain);
    const char *registrable = psl_registrable_domain(m_ctx.get(), lower.constData());
    return registrable ? QString::fromUtf8(registrable) : QString();
}

QString PublicSuffix::organizationalDomain(const QString &domain) const
{
    const QString registrable = registrableDomain(domain);
    return registrable.isEmpty() ? QString::fromUtf8(toUtf8Lower(domain)) : registrable;
}

bool PublicSuffix::isPublicSuffix(const QString &domain) const
{
    const QByteArray lower = toUtf8Lower(domain);
    return psl_is_public_suffix(m_ctx.get(), lower.constData()) != 0;
}

} // namespace Auth
