#pragma once
// Readable failure messages for Qt strings in Catch2 assertions.
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& list) { return "[" + list.join(QStringLiteral(" | ")).toStdString() + "]"; }
};
}  // namespace Catch
