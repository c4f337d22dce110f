#include "CheckPage.h"

#include "CheckRow.h"
#include "MainWizard.h"

#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mars {

CheckPage::CheckPage(const QString& section, MainWizard* wizard)
    : QWizardPage(wizard), m_section(section), m_wizard(wizard), m_inputs(new QVBoxLayout), m_rows(new QVBoxLayout),
      m_recheck(new QPushButton(tr("Check again"), this))
{
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
}

}  // namespace mars
