#pragma once
#include <QCoreApplication>
#include <QObject>

namespace mars {

class MainWizard;

// Turns a click on a fix button into action: says what the fix will do and asks first; when the fix needs rights
// this process lacks, restarts elevated with the fix named, so the new instance re-checks and asks again.
class FixController : public QObject {
    Q_OBJECT
public:
    explicit FixController(MainWizard* wizard);
    void request(const QString& checkId, const QString& fixId);

signals:
    void elevatedInstanceStarted();

private:
    void restartElevatedFor(const QString& checkId, const QString& fixId);
    MainWizard* m_wizard;
};

}  // namespace mars
