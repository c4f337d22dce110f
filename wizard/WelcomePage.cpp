#include "WelcomePage.h"

#include "Background.h"
#include "MainWizard.h"
#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/CloudProfile.h"
#include "checks/errors/ErrorFocus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
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
    // Said once: the bullets between the numbers are not steps skipped.
    QString text = QStringLiteral("<p>%1</p>").arg(tr("The numbers are the article's steps; \u2022 marks a check this tool adds.").toHtmlEscaped());
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
    if (const auto& custom = m_wizard->session().context().inputs.customProfile)
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
    // The user's own choice is shown in the field; one found in the agent's records is shown as the offer below.
    if (const ErrorMatch match = lookUpAgentError(m_wizard->agentError()); match.found() && !m_wizard->session().context().environment.agentErrorSource)
        m_error->setText(match.idText());
    m_errorMatch = new QLabel(this);
    m_errorMatch->setObjectName(QStringLiteral("agentErrorMatch"));
    m_errorMatch->setWordWrap(true);
    m_errorMatch->setTextFormat(Qt::PlainText);  // it quotes what the user pasted
    // What the agent's own records name, offered below the field: accepted at once while the field is empty; the
    // user's own choice wins (typing in the field, or unticking it).
    m_foundOffer = new QCheckBox(this);
    m_foundOffer->setObjectName(QStringLiteral("foundErrorOffer"));
    m_foundLine = new QLabel(this);
    m_foundLine->setObjectName(QStringLiteral("foundErrorLine"));
    m_foundLine->setTextFormat(Qt::PlainText);  // a line of the agent's log: anyone could have written it
    m_foundLine->setWordWrap(true);
    m_foundLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The offer and its line as one row: the line under the box's text, close to it.
    m_foundRow = new QWidget(this);
    m_foundRow->setObjectName(QStringLiteral("foundErrorRow"));
    auto* foundLayout = new QVBoxLayout(m_foundRow);
    foundLayout->setContentsMargins(0, 0, 0, 0);
    foundLayout->setSpacing(2);
    foundLayout->addWidget(m_foundOffer);
    foundLayout->addWidget(m_foundLine);
    m_foundLine->setContentsMargins(m_foundOffer->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                        m_foundOffer->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing), 0, 0, 0);
    m_foundRow->setVisible(false);
    connect(m_error, &QLineEdit::textChanged, this, [this] {
        if (!m_error->text().trimmed().isEmpty() && m_foundOffer->isChecked()) {
            const QSignalBlocker quiet(m_foundOffer);
            m_foundOffer->setChecked(false);
        }
        applyErrorChoice();
        showErrorMatch();
    });
    connect(m_foundOffer, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_error->text().isEmpty()) {
            const QSignalBlocker quiet(m_error);
            m_error->clear();
            showErrorMatch();
        }
        applyErrorChoice();
    });
    showErrorMatch();
    if (const CheckContext context = m_wizard->session().context(); context.environment.agentErrorSource && !context.inputs.agentError.isEmpty()) {
        // This window rebuilt in another language: the offer accepted before stays accepted.
        FoundAgentError earlier;
        earlier.match = lookUpAgentError(context.inputs.agentError);
        earlier.source = *context.environment.agentErrorSource;
        AgentRecordsSearch search;
        search.found = earlier;
        offer(search, true);
    } else if (context.inputs.agentError.isEmpty() && !context.environment.agentErrorChosen) {
        // Files and the event log: read on a worker, never here.
        const std::shared_ptr<platform::Platform> platform = m_wizard->sharedPlatform();
        runInBackground(this, [platform, context] { return findAgentsLastError(*platform, context); },
                        [this](const AgentRecordsSearch& search) {
                            // Too late once the checks started from the Welcome page, and never over what the user typed.
                            offer(search, m_wizard->currentPage() == this && m_error->text().trimmed().isEmpty() && m_wizard->agentError().isEmpty() &&
                                             !m_wizard->session().context().environment.agentErrorChosen);
                        });
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Your vault is in:"), m_cloud);
    form->addRow(tr("Language:"), languages);
    form->addRow(tr("Error the agent showed:"), m_error);
    form->addRow(QString(), m_errorMatch);
    form->addRow(QString(), m_foundRow);

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

void WelcomePage::offer(const AgentRecordsSearch& search, bool accept)
{
    if (!search.found || !search.found->match.found())
        return;
    m_found = search.found;
    m_foundOffer->setText(m_found->offer().render());
    m_foundLine->setText(m_found->source.line);
    m_foundRow->setVisible(true);
    if (accept) {
        const QSignalBlocker quiet(m_foundOffer);
        m_foundOffer->setChecked(true);
        applyErrorChoice();
    }
}

void WelcomePage::applyErrorChoice()
{
    if (!m_error->text().trimmed().isEmpty() || !m_found || !m_foundOffer->isChecked()) {
        m_wizard->setAgentError(lookUpAgentError(m_error->text()).idText());
        return;
    }
    m_wizard->setAgentError(m_found->errorId(), m_found->source);
}

bool WelcomePage::validatePage()
{
    m_wizard->session().runCausesOfError();
    return true;
}

}  // namespace mars
