#include "CheckPage.h"

#include "CheckRow.h"
#include "InstallFolderInput.h"
#include "MainWizard.h"
#include "PassphraseInput.h"
#include "VaultCredentialsInput.h"

#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace mars {

CheckPage::CheckPage(const SectionSpec& section, MainWizard* wizard)
    : QWizardPage(wizard), m_section(section.idText()), m_wizard(wizard), m_inputs(new QVBoxLayout), m_rows(new QVBoxLayout),
      m_recheck(new QPushButton(tr("Check again"), this)), m_progressTimer(new QTimer(this))
{
    // Fix progress is polled, not signalled: a cleanup of 100,000 files must not flood the event loop.
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &CheckPage::showProgress);
    setObjectName(m_section + QStringLiteral("Page"));
    setTitle(section.titleMessage().render());
    setSubTitle(section.subtitleMessage().render());
    m_recheck->setObjectName(QStringLiteral("recheck"));
    connect(m_recheck, &QPushButton::clicked, this, [this] { m_wizard->session().runSection(m_section); });

    // Inputs and rows scroll together, so the page fits a small screen (1366x768 at 150 %) with its buttons on it.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_inputs);
    contentLayout->addLayout(m_rows, 1);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidget(content);
    scroll->setFocusPolicy(Qt::NoFocus);  // Tab goes to the controls; the area scrolls to the one focused
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_recheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    CheckSession& session = m_wizard->session();
    connect(&session, &CheckSession::resultChanged, this, &CheckPage::showResult);
    connect(&session, &CheckSession::fixFinished, this, &CheckPage::showFix);
    connect(&session, &CheckSession::resultChanged, this, &CheckPage::updateRecheckButton);

    Inputs inputs;
    for (const QString& id : session.checkIds(m_section))
        inputs |= session.spec(id)->inputs;
    addInputs(inputs);
}

void CheckPage::addInputs(Inputs inputs)
{
    // The temp folder is a command-line option only: in the wizard it is always the agent's own.
    if (inputs & Input::InstallFolder)
        m_inputs->addWidget(new InstallFolderInput(m_wizard, this));
    if (inputs & Input::VaultCredentials)
        m_inputs->addWidget(new VaultCredentialsInput(m_wizard, this));
    if (inputs & Input::Passphrase)
        m_inputs->addWidget(new PassphraseInput(m_wizard, this));
    if (m_inputs->count())
        m_inputs->addSpacing(6);
}

void CheckPage::buildRows()
{
    for (const QString& id : m_wizard->session().checkIds(m_section)) {
        auto* row = new CheckRow(*m_wizard->session().spec(id), this);
        connect(row, &CheckRow::fixRequested, m_wizard, &MainWizard::requestFix);
        connect(row, &CheckRow::cancelRequested, &m_wizard->session(), &CheckSession::cancelFix);
        m_rows->addWidget(row);
        m_rowById.insert(id, row);
        showResult(id);
    }
    // A window rebuilt in another language shows what the fixes of this session did, too.
    for (const FixRecord& record : m_wizard->session().fixHistory())
        showFix(record.checkId, record);
    m_rows->addStretch(1);
}

void CheckPage::initializePage()
{
    if (m_rowById.isEmpty())
        buildRows();
    else
        for (const QString& id : m_wizard->session().checkIds(m_section))
            showResult(id);  // the error to start from may have changed on the Welcome page: the marks follow
    for (const QString& id : m_wizard->session().checkIds(m_section))
        if (m_wizard->session().result(id).status == Status::NotRun)
            m_wizard->session().run(id);
}

void CheckPage::showResult(const QString& checkId)
{
    if (CheckRow* row = m_rowById.value(checkId)) {
        row->setResult(m_wizard->session().result(checkId), m_wizard->session().context());
        orderTabs();
    }
}

void CheckPage::orderTabs()
{
    // A row's fix buttons are made anew with each result and would join the end of the tab chain: put the whole
    // page back in reading order — inputs, each row in turn, "Check again".
    QList<QWidget*> order;
    for (int i = 0; i < m_inputs->count(); ++i)
        if (QWidget* input = m_inputs->itemAt(i)->widget())
            for (QWidget* child : input->findChildren<QWidget*>())
                if (child->focusPolicy() & Qt::TabFocus)
                    order << child;
    for (const QString& id : m_wizard->session().checkIds(m_section))
        if (CheckRow* row = m_rowById.value(id))
            order << row->focusOrder();
    order << m_recheck;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void CheckPage::showFix(const QString& checkId, const FixRecord& record)
{
    if (CheckRow* row = m_rowById.value(checkId))
        row->setFixRecord(record);
}

void CheckPage::updateRecheckButton()
{
    bool running = false;
    for (auto it = m_rowById.cbegin(); it != m_rowById.cend(); ++it)
        running = running || m_wizard->session().result(it.key()).status == Status::Running;
    m_recheck->setEnabled(!running);
    if (running && !m_progressTimer->isActive())
        m_progressTimer->start();
    else if (!running)
        m_progressTimer->stop();
    showProgress();
}

void CheckPage::showProgress()
{
    for (auto it = m_rowById.cbegin(); it != m_rowById.cend(); ++it) {
        if (const auto progress = m_wizard->session().fixProgress(it.key()))
            it.value()->setProgress(progress->done, progress->total);
    }
}

}  // namespace mars
