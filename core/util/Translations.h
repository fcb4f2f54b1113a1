// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Util {

// Installs the BounceLens translation for lang ("de", "fr", "de_DE", ...) and Qt's own
// translation of that language when available. An empty lang means the system locale.
// Returns false when no BounceLens translation exists for lang (English stays in use).
// Calling it again replaces the previously installed translators.
bool installTranslators(const QString &lang);

// Languages with a compiled BounceLens translation, e.g. {"de", "fr"}.
QStringList availableLanguages();

} // namespace Util
