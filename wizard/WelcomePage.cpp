#include "WelcomePage.h"

#include "MainWizard.h"
#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/CloudProfile.h"
#include "checks/errors/ErrorFocus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mars {

WelcomePage::WelcomePage(MainWizard* wizard) : QWizardPage(wizard), m_wizard(wizard), m_cloud(new QComboBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to MARS Setup Doctor"));
    setSubTitle(tr("Finds and fixes what stops the Microsoft Azure Recovery Services (MARS) agent from installing or registering."));
    setButtonText(QWizard::NextButton, tr("Start"));

    auto* intro = new QLabel(tr("The tool runs the checks from Microsoft's troubleshooting article, shows what it found, and offers a "
                                "one-click fix where one exists. Nothing is changed until you confirm a fix."),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    // What is checked, below the questions: on a small screen at 150 % the questions are in sight without scrolling.
    auto* checklist = new QLabel(this);
    checklist->setObjectName(QStringLiteral("checklist"));
    checklist->setWordWrap(true);
    checklist->setTextFormat(Qt::RichText);
    // Numbered in a table: Qt's rich text ignores <ol start>, and the numbers are the article's steps.
    const QString item = QStringLiteral("<tr><td style=\"padding:1px 8px 1px 16px\">%1</td><td style=\"padding:1px\">%2</td></tr>");
    QString text;
    for (const SectionSpec& section : sections()) {
        text += QStringLiteral("<p><b>%1</b></p><table>").arg(section.titleMessage().render().toHtmlEscaped());
        for (const CheckSpec& check : checkCatalog()) {
            if (check.sectionText() != section.idText())
                continue;
            const QString number = check.articleStep ? QStringLiteral("%1.").arg(check.articleStep) : QStringLiteral("•");
            text += item.arg(number, check.welcomeMessage().render().toHtmlEscaped());
        }
        text += QStringLiteral("</table>");
    }
    checklist->setText(text);

    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    const QString language = TextRenderer::current().language();
    for (const CloudProfile& profile : CloudProfiles::builtIn())
        m_cloud->addItem(profile.displayName(language), profile.id);
    // A --profile file's cloud is offered too, or the list would show China while its endpoints are probed.
    if (const auto& custom = m_wizard->session().context().customProfile)
        m_cloud->addItem(custom->displayName(language), custom->id);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(m_wizard->cloudId())));
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] { m_wizard->setCloudId(m_cloud->currentData().toString()); });
    connect(m_wizard, &MainWizard::cloudChanged, this, [this](const QString& id) { m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(id))); });

    auto* languages = new QComboBox(this);
    languages->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own words, so a user can find theirs whatever is shown now.
    languages->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languages->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    languages->setCurrentIndex(qMax(0, languages->findData(language)));
    connect(languages, &QComboBox::activated, this, [this, languages] {
        emit m_wizard->languageRequested(languages->currentData().toString());
    });

    m_error = new QLineEdit(this);
    m_error->setObjectName(QStringLiteral("agentErrorInput"));
    m_error->setPlaceholderText(tr("Optional: an ID such as 34513, or paste the message"));
    m_error->setAccessibleName(tr("The error the agent showed"));
    m_error->setAccessibleDescription(tr("The checks of its causes run first and are marked."));
    m_error->setMaxLength(int(kMaxErrorInput));
    m_error->setClearButtonEnabled(true);
    if (const ErrorMatch match = lookUpAgentError(m_wizard->agentError()); match.found())
        m_error->setText(match.idText());
    m_errorMatch = new QLabel(this);
    m_errorMatch->setObjectName(QStringLiteral("agentErrorMatch"));
    m_errorMatch->setWordWrap(true);
    m_errorMatch->setTextFormat(Qt::PlainText);  // it quotes what the user pasted
    connect(m_error, &QLineEdit::textChanged, this, [this] {
        m_wizard->setAgentError(lookUpAgentError(m_error->text()).idText());
        showErrorMatch();
    });
    showErrorMatch();

    auto* form = new QFormLayout;
    form->addRow(tr("Your vault is in:"), m_cloud);
    form->addRow(tr("Language:"), languages);
    form->addRow(tr("Error the agent showed:"), m_error);
    form->addRow(QString(), m_errorMatch);

    // Scrolls on a small screen (1366x768 at 150 %) rather than push the wizard's buttons off it.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(form);
    contentLayout->addWidget(checklist);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidget(content);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void WelcomePage::showErrorMatch()
{
    const ErrorMatch match = lookUpAgentError(m_error->text());
    QString text;
    if (match.error) {
        QStringList titles;
        for (const QString& id : match.error->checks)
            if (const CheckSpec* spec = findCheck(id))
                titles << spec->titleMessage().render();
        text = tr("%1 — its causes are checked first: %2.")
                   .arg(ErrorFocus(match.idText()).heading().render(),
                        titles.join(tr("; ")));
    } else if (match.advice) {
        text = ErrorFocus(match.idText()).heading().render() + QStringLiteral(" — ") +
               match.advice->adviceMessage().render();
    } else if (!m_error->text().trimmed().isEmpty()) {
        text = tr("Not an error this tool knows; every check runs as usual.");
    }
    m_errorMatch->setText(text);
    m_errorMatch->setVisible(!text.isEmpty());
}

bool WelcomePage::validatePage()
{
    m_wizard->session().runCausesOfError();
    return true;
}

}  // namespace mars
