#pragma once
// A resolver that answers from a table: a name's addresses, or no answer (with the error a resolver would give).
#include "checks/network/NameResolver.h"

#include <QHash>

namespace mars::test {

class FakeNameResolver final : public NameResolver {
public:
    QHash<QString, QStringList> answers;  // host -> addresses; a host not here is not resolved
    mutable QStringList asked;
    mutable int lastTimeoutMs = 0;

    QList<NameLookup> lookUp(const QStringList& hosts, int timeoutMs) const override
    {
        asked += hosts;
        lastTimeoutMs = timeoutMs;
        QList<NameLookup> results;
        for (const QString& host : hosts) {
            NameLookup lookup{host, {}, {}};
            for (const QString& address : answers.value(host))
                lookup.addresses << QHostAddress(address);
            if (lookup.addresses.isEmpty())
                lookup.error = QStringLiteral("Host not found");
            results << lookup;
        }
        return results;
    }
};

}  // namespace mars::test
