// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// The resource lives in the bouncelens_i18n object library (translations/CMakeLists.txt).
// Q_INIT_RESOURCE must be used outside any namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(bouncelens_translations);
}

namespace Util {

namespace {

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

void removeInstalled()
{
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
}

} // namespace

bool installTranslators(const QString &lang)
{
    initTranslationResources();
    removeInstalled();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);

    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("bouncelens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

QStringList availableLanguages()
{
    initTranslationResources();
    QStringList langs;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bouncelens_*.qm")});
    for (const QString &f : files)
        langs << f.mid(11, f.size() - 14); // "bouncelens_" ... ".qm"
    return langs;
}

} // namespace Util
