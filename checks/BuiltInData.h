#pragma once
// Data the program carries in its resources (requirements, rules): parsed once, the first time it is asked for.
// A missing or broken resource is a build defect, not a verdict: it throws, and the check that asked ends as Error.
#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include <optional>
#include <stdexcept>
#include <string>

namespace mars {

// The data's top-level object, or nullopt with the parser's reason in *error (when given).
inline std::optional<QJsonObject> jsonObject(const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

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
