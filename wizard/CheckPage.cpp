#include "CheckPage.h"

#include "CheckRow.h"
#include "MainWizard.h"

#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace mars {

CheckPage::CheckPage(const QString& section, MainWizard* wizard)
    : QWizardPage(wizard), m_section(section), m_wizard(wizard), m_inputs(new QVBoxLayout), m_rows(new QVBoxLayout),
      m_recheck(new QPushButton(tr("Check again"), this)), m_progressTimer(new QTimer(this))
{
    // Fix progress is polled, not signalled: a cleanup of 100,000 files must not flood the event loop.
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &CheckPage::showProgress);
    setObjectName(section + QStringLiteral("Page"));
    m_recheck->setObjectName(QStringLiteral("recheck"));
    connect(m_recheck, &QPushButton::clicked, this, [this] { m_wizard->session().runSection(m_section); });

    auto* rowsWidget = new QWidget;
    rowsWidget->setLayout(m_rows);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_recheck);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_inputs);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    CheckSession& session = m_wizard->session();
    connect(&session, &CheckSession::resultChanged, this, &CheckPage::showResult);
    connect(&session, &CheckSession::fixFinished, this, &CheckPage::showFix);
    connect(&session, &CheckSession::resultChanged, this, &CheckPage::updateRecheckButton);
}

void CheckPage::buildRows()
{
    for (const auto& check : m_wizard->session().checks(m_section)) {
        auto* row = new CheckRow(check->id(), check->title(), this);
        connect(row, &CheckRow::fixRequested, m_wizard, &MainWizard::requestFix);
        connect(row, &CheckRow::cancelRequested, &m_wizard->session(), &CheckSession::cancelFix);
        m_rows->addWidget(row);
        m_rowById.insert(check->id(), row);
        showResult(check->id());
    }
    m_rows->addStretch(1);
}

void CheckPage::initializePage()
{
    if (m_rowById.isEmpty())
        buildRows();
    for (const auto& check : m_wizard->session().checks(m_section))
        if (m_wizard->session().result(check->id()).status == Status::NotRun)
            m_wizard->session().run(check->id());
}

void CheckPage::showResult(const QString& checkId)
{
    // Whether a fix button wears the UAC shield depends on the admin check: redraw every row when it changes.
    if (checkId == QLatin1String("admin-rights")) {
        for (auto it = m_rowById.cbegin(); it != m_rowById.cend(); ++it)
            it.value()->setResult(m_wizard->session().result(it.key()), m_wizard->processElevated());
        return;
    }
    if (CheckRow* row = m_rowById.value(checkId))
        row->setResult(m_wizard->session().result(checkId), m_wizard->processElevated());
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
