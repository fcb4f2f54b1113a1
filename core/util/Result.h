// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace Util {

// A tool failure (file unreadable, DNS server unreachable, usage error).
// Facts about the world (NXDOMAIN, SPF permerror, a malformed DSN field) are NOT errors:
// they are data in the result types and appear in the report.
struct Error
{
    QString code;   // stable, machine-readable, e.g. "io.open", "dns.unreachable"
    QString detail; // human-readable, already translated where shown to users
};

// Value or Error. Callers must look at it: [[nodiscard]] on every function returning it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace Util
