// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace Util {

// Writes compact JSON (RFC 8259) straight into a byte buffer, keys in the order they are
// written. For batch output, where building a QJsonObject per message and serialising it
// was an eighth of `analyze --jsonl`. The caller keeps begin/end calls balanced.
class JsonWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Inside an object: the member name; the next call writes its value.
    void key(QLatin1StringView name);

    void value(const QString &s);
    void value(bool b);
    void value(qint64 n);
    void value(const QStringList &list);
    void value(const char *) = delete; // would silently become value(bool)

    // Shorthands for "name": value.
    template<typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void open(char c);
    void close(char c);
    void appendString(QByteArrayView utf8);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace Util
