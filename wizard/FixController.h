#pragma once
#include <QCoreApplication>
#include <QObject>

namespace mars {

class MainWizard;

// Turns a click on a fix button into action: says what the fix will do and asks first. A fix that needs rights this
// process lacks becomes a "Restart as administrator" fix on its check's behalf, with the fix named, so the new
// instance re-checks and asks again; that restart is recorded like any fix.
class FixController : public QObject {
    Q_OBJECT
public:
    explicit FixController(MainWizard* wizard);
    void request(const QString& checkId, const QString& fixId);

private:
    MainWizard* m_wizard;
};

}  // namespace mars
