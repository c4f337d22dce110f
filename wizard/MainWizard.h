#pragma once
#include "checks/CheckSession.h"
#include "checks/platform/Platform.h"
#include "checks/report/ReportReader.h"
#include "checks/secret/PassphraseStore.h"

#include <QWizard>

class QLabel;

namespace mars {

class AboutDialog;
class FixController;
class Prompter;

// The wizard window: Welcome, one page per catalogue section, Summary. It owns the state every page reads: the check
// session (and through its context the cloud and inputs), and the seams (platform, prompter) tests replace.
class MainWizard : public QWizard {
    Q_OBJECT
public:
    static constexpr int WelcomePageId = 0;  // then one page per section, in the catalogue's order; then Summary

    struct Services {
        CheckSession* session = nullptr;
        std::shared_ptr<platform::Platform> platform;
        Prompter* prompter = nullptr;
        std::shared_ptr<PassphraseStore> passphrases = std::make_shared<PassphraseStore>();
        QString programLog = {};  // an initializer, so callers may leave it out; this program's log file, for the support bundle ("" when there is none)
    };

    explicit MainWizard(const Services& services, QWidget* parent = nullptr);
    ~MainWizard() override;

    CheckSession& session() const { return *m_services.session; }
    platform::Platform& platform() const { return *m_services.platform; }
    std::shared_ptr<platform::Platform> sharedPlatform() const { return m_services.platform; }
    Prompter& prompter() const { return *m_services.prompter; }
    PassphraseStore& passphrases() const { return *m_services.passphrases; }

    static QStringList pageNames();              // welcome, the sections, summary: what --page accepts
    static QString pageName(int id);
    static int pageIdFromName(const QString& name);  // -1 when unknown
    static int summaryPageId();
    // Opens on `pageId` as if the user had come there with Next from the Welcome page: every page on the way is
    // shown once (so Back leads to it), and every check not run yet starts, whatever page it belongs to.
    void openAt(int pageId);

    QString cloudId() const { return m_services.session->context().inputs.cloudId; }
    void setCloudId(const QString& id);
    QString installFolder() const { return m_services.session->context().inputs.installFolder; }
    void setInstallFolder(const QString& folder);  // exactly as typed: a path is never altered
    void setVaultCredentials(const QString& file);
    QString agentError() const { return m_services.session->context().inputs.agentError; }
    // canonical id (checks/errors/AgentErrors.h), or empty; source: where it was found in the agent's records (unset:
    // the user chose it, and from then on nothing found replaces the choice)
    void setAgentError(const QString& errorId, const std::optional<AgentErrorSource>& source = std::nullopt);
    bool processElevated() const { return m_services.session->context().environment.processElevated; }
    QString reportId() const { return m_reportId; }

public slots:
    void requestFix(const QString& checkId, const QString& fixId);
    // Both ask where to save, then write on a worker thread; false when the user cancelled. reportSaved and
    // screenshotSaved say what was written (empty when it failed, after saying why), and so does the status line.
    // The report is written in `language` ("en" or "zh_CN"; empty: the window's).
    bool saveReport(const QString& language = {});
    // --compare's twin: an earlier report read from its JSON; reports saved from now on say what changed since it.
    void setEarlierReport(std::shared_ptr<const ReadReport> earlier) { m_earlier = std::move(earlier); }
    std::shared_ptr<const ReadReport> earlierReport() const { return m_earlier; }
    bool saveScreenshot();
    // Asks where, then writes the support bundle on a worker thread (it reads the logs and zips); bundleSaved says
    // how it went. False when the user cancelled.
    bool saveBundle(bool redact, const QString& language = {});  // language: MANIFEST.txt's and settings.txt's; empty: the window's
    void copySummary();
    // A line at the foot of the page shown, in plain text: what the last save or copy did, and where.
    void note(const QString& text);
    QString noted() const;
    AboutDialog* showAbout();  // window-modal, deleted when closed

signals:
    void cloudChanged(const QString& id);
    void languageRequested(const QString& language);  // "en" or "zh_CN": the program rebuilds the window in it
    void bundleSaved(const QString& path, bool ok);  // after saveBundle: written, or not (and the user was told why)
    void reportSaved(const QStringList& written);    // after saveReport: the HTML and JSON files; empty when it failed
    void screenshotSaved(const QString& path);       // after saveScreenshot: the PNG; empty when it failed

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rememberPage();
    void showStatusLineOnCurrentPage();

    Services m_services;
    FixController* m_fixes;
    QString m_reportId;
    std::shared_ptr<const ReadReport> m_earlier;
    bool m_sized = false;
    QLabel* m_statusLine;  // one label, moved to the foot of whichever page is shown
};

}  // namespace mars
