#include "MainWizard.h"

#include "AboutDialog.h"
#include "CheckPage.h"
#include "FixController.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include "Background.h"
#include "Prompter.h"
#include "Stamp.h"
#include "checks/Catalog.h"
#include "checks/bundle/SupportBundle.h"
#include "checks/report/AtomicWrite.h"
#include "checks/report/Report.h"
#include "checks/report/ReportCompare.h"

#include <QApplication>
#include <QAbstractButton>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScreen>
#include <QShortcut>
#include <QSysInfo>

namespace mars {


MainWizard::MainWizard(const Services& services, QWidget* parent)
    : QWizard(parent), m_services(services), m_fixes(new FixController(this)), m_reportId(Report::newReportId()),
      m_statusLine(new QLabel(this))
{
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setTextFormat(Qt::PlainText);  // it names paths the user chose
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setAccessibleName(tr("What was saved or copied"));
    m_statusLine->setVisible(false);
    setObjectName(QStringLiteral("mainWizard"));
    setWindowTitle(tr("MARS Setup Doctor"));
    // ModernStyle on every platform, on purpose: Aero's look depends on DWM composition (it is drawn black under Wine
    // and over some remote sessions), and screenshots in tickets should look the same wherever they were taken.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Small enough for 1366x768 at 150 % (about 910x510 device-independent pixels): the pages scroll instead.
    setMinimumSize(560, 420);
    const QPixmap logo(QStringLiteral(":/app/mars-setup-doctor.png"));
    if (!logo.isNull())
        setPixmap(QWizard::LogoPixmap, logo.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));

    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Save screenshot"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveScreenshot"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save a picture of this window for a support ticket (Ctrl+Shift+S)"));
    // About (the license and third-party notices) on every page, beside the screenshot button: out of the way.
    setOption(QWizard::HaveCustomButton2, true);
    setButtonText(QWizard::CustomButton2, tr("About"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("aboutButton"));
    button(QWizard::CustomButton2)->setToolTip(tr("Version, license and third-party notices"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton2)
            showAbout();
        else
            saveScreenshot();
    });
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(shortcut, &QShortcut::activated, this, [this] { saveScreenshot(); });

    setPage(WelcomePageId, new WelcomePage(this));
    int id = WelcomePageId;
    for (const SectionSpec& section : sections())
        setPage(++id, new CheckPage(section, this));
    setPage(summaryPageId(), new SummaryPage(this));

    connect(this, &QWizard::currentIdChanged, this, &MainWizard::rememberPage);
    connect(this, &QWizard::currentIdChanged, this, &MainWizard::showStatusLineOnCurrentPage);
    connect(this, &MainWizard::bundleSaved, this, [this](const QString& path, bool ok) {
        note(ok ? tr("Support bundle saved: %1").arg(escapeControl(QDir::toNativeSeparators(path))) : tr("The support bundle was not saved."));
    });
    // A fix switched the cloud ("Use the file's cloud"): the Welcome page's choice follows.
    connect(m_services.session, &CheckSession::contextChanged, this, [this] { emit cloudChanged(cloudId()); });
    connect(m_services.session, &CheckSession::restartRequested, this, &QWidget::close);
    connect(m_services.session, &CheckSession::fixReady, this, &MainWizard::requestFix);
    connect(m_services.session, &CheckSession::fixFinished, this, [](const QString&, const FixRecord& record) {
        if (!record.outcome.clipboardText.isEmpty())
            QApplication::clipboard()->setText(record.outcome.clipboardText);
    });
    rememberPage();
}

MainWizard::~MainWizard()
{
    // Nothing of this window speaks once it goes: a field losing focus as it is destroyed (the folder field's
    // editingFinished) would otherwise read from a wizard already half gone. Seen under UBSan when the language
    // switch replaced the window.
    for (QWidget* child : findChildren<QWidget*>())
        child->blockSignals(true);
}

QStringList MainWizard::pageNames()
{
    QStringList names{QStringLiteral("welcome")};
    for (const SectionSpec& section : sections())
        names << section.idText();
    return names << QStringLiteral("summary");
}

QString MainWizard::pageName(int id)
{
    return pageNames().value(id);
}

int MainWizard::pageIdFromName(const QString& name)
{
    return int(pageNames().indexOf(name));
}

int MainWizard::summaryPageId()
{
    return int(sections().size()) + 1;
}

void MainWizard::openAt(int pageId)
{
    setStartId(WelcomePageId);
    restart();
    if (pageId <= WelcomePageId || !page(pageId))
        return;
    while (currentId() >= 0 && currentId() < pageId) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;  // a page on the way would not let the user go on: stop there rather than loop
    }
    // A page's checks run when it is shown; the ones of later pages too, so a report saved from here is whole.
    for (const QString& id : session().checkIds())
        if (session().result(id).status == Status::NotRun)
            session().run(id);
}

void MainWizard::setCloudId(const QString& id)
{
    if (id == cloudId())
        return;
    CheckContext context = m_services.session->context();
    context.inputs.cloudId = id;
    m_services.session->setContext(context);
    emit cloudChanged(id);
}

void MainWizard::setInstallFolder(const QString& folder)
{
    CheckContext context = m_services.session->context();
    context.inputs.installFolder = folder;
    m_services.session->setContext(context);
}

void MainWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    if (!m_sized) {
        // The comfortable size where the screen has room, less where it has not: the buttons never leave it.
        m_sized = true;
        if (const QScreen* display = screen()) {
            const QRect available = display->availableGeometry();
            const QSize frame = frameGeometry().size() - geometry().size();
            const QSize wanted = QSize(860, 660).boundedTo(available.size() - frame - QSize(16, 16)).expandedTo(minimumSize());
            if (size().width() > wanted.width() || size().height() > wanted.height() || !testAttribute(Qt::WA_Resized))
                resize(wanted);
            const QRect placed = frameGeometry();
            if (!available.contains(placed))
                move(available.center() - QPoint(placed.width() / 2, placed.height() / 2));
        }
    }
    // Windows' own prompts (UAC, Settings) belong to this window, so they open in front of it.
    CheckContext context = m_services.session->context();
    context.environment.ownerWindow = quintptr(winId());
    m_services.session->setContext(context);
}

void MainWizard::setVaultCredentials(const QString& file)
{
    CheckContext context = m_services.session->context();
    context.inputs.vaultCredentials = file;
    m_services.session->setContext(context);
}

void MainWizard::setAgentError(const QString& errorId, const std::optional<AgentErrorSource>& source)
{
    CheckContext context = m_services.session->context();
    context.inputs.agentError = errorId;
    context.environment.agentErrorSource = errorId.isEmpty() ? std::nullopt : source;
    context.environment.agentErrorChosen = context.environment.agentErrorChosen || !source;
    m_services.session->setContext(context);
}

void MainWizard::rememberPage()
{
    // An elevated restart comes back to this page.
    CheckContext context = m_services.session->context();
    context.environment.page = pageName(currentId() < 0 ? WelcomePageId : currentId());
    m_services.session->setContext(context);
}

void MainWizard::requestFix(const QString& checkId, const QString& fixId)
{
    m_fixes->request(checkId, fixId);
}

bool MainWizard::saveReport(const QString& language)
{
    const QString suggested = QStringLiteral("MARS-Setup-Doctor-%1-%2.html")
                                  .arg(QSysInfo::machineHostName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString html = prompter().chooseSaveFile(this, tr("Save report"), suggested, tr("Web page (*.html)"));
    if (html.isEmpty())
        return false;
    const QString base = html.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? html.chopped(5) : html;
    Report report = Report::fromSession(session(), QCoreApplication::applicationVersion(), m_reportId);
    if (m_earlier)
        report.comparison = std::make_shared<const ReportComparison>(ReportComparison::between(*m_earlier, report));
    const TextRenderer renderer = language.isEmpty() ? TextRenderer::current() : TextRenderer::forLanguage(language);
    const QList<std::pair<QString, QByteArray>> files = {{base + QStringLiteral(".html"), report.toHtml(renderer).toUtf8()},
                                                         {base + QStringLiteral(".json"), QJsonDocument(report.toJson(renderer)).toJson()}};
    struct Written {
        QStringList paths;
        Message error;
    };
    // Rendered here (the translations live on this thread), written on a worker: a slow share never freezes the window.
    runInBackground(
        this,
        [files] {
            Written written;
            for (const auto& [path, bytes] : files) {
                // Atomically: a report is either whole or not there; never through a link.
                if (!writeFileAtomically(path, bytes, &written.error))
                    return written;
                written.paths << path;
            }
            return written;
        },
        [this](const Written& written) {
            if (!written.error.isEmpty()) {
                note(tr("The report was not saved: %1").arg(written.error.render()));
                prompter().inform(this, tr("Could not save the report"), written.error.render());
                emit reportSaved({});
                return;
            }
            QStringList shown;
            for (const QString& path : written.paths)
                shown << escapeControl(QDir::toNativeSeparators(path));  // a name printed: its control characters escaped
            note(tr("Report saved: %1").arg(shown.join(QStringLiteral(", "))));
            emit reportSaved(written.paths);
        });
    return true;
}

bool MainWizard::saveBundle(bool redact, const QString& language)
{
    const Report report = Report::fromSession(session(), QCoreApplication::applicationVersion(), m_reportId);
    const QString path = prompter().chooseSaveFile(this, tr("Save support bundle"), suggestedBundleName(report, redact), tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return false;
    // The session's snapshot and the cheap OS answers here; the logs are read and zipped on a worker thread.
    // Its own texts in the language chosen for reports beside the button (the window's by default): the reader's.
    const SupportBundleSources sources = bundleSources(report, platform(), session().context(), m_services.programLog, redact,
                                                       language.isEmpty() ? TextRenderer::current().language() : language);
    runInBackground(
        this,
        [path, sources] {
            Message error;
            const bool ok = writeSupportBundle(path, sources, &error);
            return std::pair{ok, error};
        },
        [this, path](const std::pair<bool, Message>& outcome) {
            if (!outcome.first)
                prompter().inform(this, tr("Could not save the support bundle"), outcome.second.render());
            emit bundleSaved(path, outcome.first);
        });
    return true;
}

bool MainWizard::saveScreenshot()
{
    const QString suggested = QStringLiteral("MARS-Setup-Doctor-%1-%2-%3.png")
                                  .arg(QSysInfo::machineHostName(), pageName(currentId()),
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Taken before the file dialog opens, so the dialog is not in it.
    const QImage image = stampedScreenshot(*this, {QCoreApplication::applicationVersion(), QSysInfo::machineHostName(), m_reportId});
    const QString path = prompter().chooseSaveFile(this, tr("Save screenshot"), suggested, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return false;
    runInBackground(
        this,
        [image, path] {
            QByteArray png;
            QBuffer buffer(&png);
            Message error;
            const bool encoded = buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG");
            if (encoded)
                writeFileAtomically(path, png, &error);  // never through a link, never half-written
            return std::pair{encoded, error};
        },
        [this, path](const std::pair<bool, Message>& outcome) {
            if (!outcome.first || !outcome.second.isEmpty()) {
                const QString why = outcome.first ? outcome.second.render() : tr("the picture could not be made into a PNG file");
                note(tr("The screenshot was not saved: %1").arg(why));
                prompter().inform(this, tr("Could not save the screenshot"), why);
                emit screenshotSaved({});
                return;
            }
            note(tr("Screenshot saved: %1").arg(escapeControl(QDir::toNativeSeparators(path))));
            emit screenshotSaved(path);
        });
    return true;
}

AboutDialog* MainWizard::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWizard::copySummary()
{
    const QString text = Report::fromSession(session(), QCoreApplication::applicationVersion(), m_reportId).toShortText();
    QApplication::clipboard()->setText(text);
    note(tr("Summary copied to the clipboard (%1 lines): paste it into the ticket.").arg(text.count(QLatin1Char('\n')) + 1));
}

void MainWizard::note(const QString& text)
{
    m_statusLine->setText(text);
    m_statusLine->setVisible(!text.isEmpty());
}

QString MainWizard::noted() const
{
    return m_statusLine->text();
}

void MainWizard::showStatusLineOnCurrentPage()
{
    if (QWizardPage* shown = currentPage(); shown && shown->layout() && m_statusLine->parentWidget() != shown) {
        // Added to the page's layout, it leaves the last page's: the layout lets go of a child that moves away.
        shown->layout()->addWidget(m_statusLine);
        m_statusLine->setVisible(!m_statusLine->text().isEmpty());
    }
}

}  // namespace mars
