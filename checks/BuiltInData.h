#pragma once
// Data the program carries in its resources (requirements, rules): parsed once, the first time it is asked for.
// A missing or broken resource is a build defect, not a verdict: it throws, and the check that asked ends as Error.
#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>
#include <stdexcept>
#include <string>

namespace mars {

template <typename Data>
Data parseBuiltIn(const QString& resource, const char* what)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(std::string(what) + " resource is missing");
    QString error;
    std::optional<Data> parsed = Data::parse(file.readAll(), &error);
    if (!parsed)
        throw std::runtime_error(std::string(what) + " resource is broken: " + error.toStdString());
    return *parsed;
}

}  // namespace mars
