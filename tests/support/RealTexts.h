// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real texts for equivalence tests of hand-written scanners against the regular expressions
// they replace (TestRegexPrefilter, TestEntityScanner, TestPostfixDeliveryLine): every file
// under tests/data and every message of the shared corpus, whole, as UTF-8.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace TestSupport {

inline QStringList realFileTexts()
{
    QStringList texts;
    for (const QString &root : {QStringLiteral(BOUNCELENS_TEST_DATA), QStringLiteral(BOUNCELENS_SHARED_DIR "/corpus/sisimai-public/eml")}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                texts << QString::fromUtf8(f.readAll());
        }
    }
    return texts;
}

// Lines split at CR LF, CR or LF.
inline QStringList linesOf(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
}

} // namespace TestSupport
