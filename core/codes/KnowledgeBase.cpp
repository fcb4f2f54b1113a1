// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnowledgeBase.h"

#include <QHash>

namespace Codes {

namespace {

template<typename Info>
QHash<QString, const Info *> indexBy(const std::vector<Info> &table)
{
    QHash<QString, const Info *> h;
    for (const Info &i : table)
        h.insert(QString::fromLatin1(i.code), &i);
    return h;
}

// RFC 3463 section 3: subject sub-codes.
struct Subject
{
    const char *key;
    const char *title;
};

const Subject kSubjects[] = {
    {"other", QT_TRANSLATE_NOOP("Codes", "Other or undefined status")},
    {"addressing", QT_TRANSLATE_NOOP("Codes", "Addressing")},
    {"mailbox", QT_TRANSLATE_NOOP("Codes", "Mailbox")},
    {"mail-system", QT_TRANSLATE_NOOP("Codes", "Mail system")},
    {"network-routing", QT_TRANSLATE_NOOP("Codes", "Network and routing")},
    {"protocol", QT_TRANSLATE_NOOP("Codes", "Mail delivery protocol")},
    {"content-media", QT_TRANSLATE_NOOP("Codes", "Message content or media")},
    {"security-policy", QT_TRANSLATE_NOOP("Codes", "Security or policy")},
};

int subjectIndex(const QString &status)
{
    const QStringList parts = status.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return -1;
    bool ok = false;
    const int s = parts.at(1).toInt(&ok);
    return ok && s >= 0 && s <= 7 ? s : -1;
}

} // namespace

const ReplyCodeInfo *KnowledgeBase::replyCode(const QString &code)
{
    static const auto index = indexBy(replyCodeTable());
    return index.value(code, nullptr);
}

const EnhancedCodeInfo *KnowledgeBase::enhancedCode(const QString &status)
{
    static const auto index = indexBy(enhancedCodeTable());
    const qsizetype dot = status.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return nullptr;
    return index.value(QStringLiteral("X") + status.mid(dot), nullptr);
}

QString KnowledgeBase::subjectKey(const QString &status)
{
    const int s = subjectIndex(status);
    return s < 0 ? QString() : QString::fromLatin1(kSubjects[s].key);
}

const char *KnowledgeBase::subjectTitle(const QString &status)
{
    const int s = subjectIndex(status);
    return s < 0 ? nullptr : kSubjects[s].title;
}

QString KnowledgeBase::classKey(QChar statusClass)
{
    switch (statusClass.unicode()) {
    case '2': return QStringLiteral("success");
    case '4': return QStringLiteral("transient");
    case '5': return QStringLiteral("permanent");
    default: return QString();
    }
}

const char *KnowledgeBase::classTitle(QChar statusClass)
{
    switch (statusClass.unicode()) {
    case '2': return QT_TRANSLATE_NOOP("Codes", "Success");
    case '4': return QT_TRANSLATE_NOOP("Codes", "Temporary failure (the sending server retries)");
    case '5': return QT_TRANSLATE_NOOP("Codes", "Permanent failure (the message was returned)");
    default: return nullptr;
    }
}

} // namespace Codes
