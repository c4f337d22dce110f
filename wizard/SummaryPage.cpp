#include "SummaryPage.h"

#include "MainWizard.h"
#include "Prompter.h"
#include "StatusIcon.h"
#include "Background.h"
#include "FlowLayout.h"
#include "checks/Catalog.h"
#include "checks/errors/ErrorFocus.h"
#include "checks/report/ReportCompare.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mars {

SummaryPage::SummaryPage(MainWizard* wizard)
    : QWizardPage(wizard), m_comparison(new QLabel(this)), m_wizard(wizard), m_headline(new QLabel(this)), m_errorFocus(new QLabel(this)),
      m_table(new QTreeWidget(this)), m_fixes(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Every check's verdict. Open a section again with Back to see the details or apply a fix."));

    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(false);  // one line, its own width: beside the legend when both fit (FlowLayout below)
    m_headline->setTextFormat(Qt::PlainText);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);

    m_errorFocus->setObjectName(QStringLiteral("errorFocus"));
    m_errorFocus->setWordWrap(true);
    m_errorFocus->setTextFormat(Qt::RichText);
    m_errorFocus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorFocus->setVisible(false);

    auto* legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("statusLegend"));
    legend->setAccessibleName(tr("What each mark means"));
    auto* legendRow = new QHBoxLayout(legend);
    legendRow->setContentsMargins(0, 0, 0, 0);
    const std::pair<Status, QString> meanings[] = {{Status::Pass, tr("passed")},
                                                   {Status::Warning, tr("needs attention")},
                                                   {Status::Fail, tr("found a problem")},
                                                   {Status::Error, tr("could not check")},
                                                   {Status::NotRun, tr("not checked yet")}};
    for (const auto& [status, meaning] : meanings) {
        auto* mark = new QLabel(legend);
        mark->setPixmap(statusIcon(status, 16).pixmap(16, 16));
        auto* word = new QLabel(meaning, legend);
        word->setObjectName(QStringLiteral("legend_") + statusName(status));
        word->setTextFormat(Qt::PlainText);
        legendRow->addWidget(mark);
        legendRow->addWidget(word);
        legendRow->addSpacing(8);
    }

    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setAccessibleName(tr("Every check's verdict"));
    m_table->setColumnCount(3);
    // Read by screen readers; on screen the rows say it. The code is the finding a ticket quotes (MSD-…), the same as
    // in every report: narrow and last, so the verdict keeps the room and every row stays in sight.
    m_table->setHeaderLabels({tr("Check"), tr("Verdict"), tr("Finding code")});
    m_table->setHeaderHidden(true);
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    m_table->setIconSize(QSize(16, 16));  // the text's height: every row in sight at 1366x768 and 150 %

    m_fixes->setObjectName(QStringLiteral("fixHistory"));
    m_fixes->setWordWrap(true);
    m_fixes->setTextFormat(Qt::RichText);

    auto* recheck = new QPushButton(tr("Check everything again"), this);
    recheck->setObjectName(QStringLiteral("recheckAll"));
    connect(recheck, &QPushButton::clicked, &m_wizard->session(), &CheckSession::runAll);
    auto* save = new QPushButton(tr("Save report…"), this);
    save->setObjectName(QStringLiteral("saveReport"));
    save->setToolTip(tr("An HTML page and a JSON file with every verdict and its evidence, for a support ticket"));
    // English for an escalation to Microsoft, Chinese for the local helpdesk: whatever the window shows.
    auto* reportLanguage = new QComboBox(this);
    reportLanguage->setObjectName(QStringLiteral("reportLanguage"));
    reportLanguage->setToolTip(tr("The language the saved report is written in"));
    reportLanguage->setAccessibleName(tr("Report language"));
    reportLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    reportLanguage->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    reportLanguage->setCurrentIndex(qMax(0, reportLanguage->findData(TextRenderer::current().language())));
    connect(save, &QPushButton::clicked, m_wizard, [this, reportLanguage] { m_wizard->saveReport(reportLanguage->currentData().toString()); });
    auto* copy = new QPushButton(tr("Copy summary"), this);
    copy->setObjectName(QStringLiteral("copySummary"));
    copy->setToolTip(tr("A few lines of text to paste into a ticket"));
    connect(copy, &QPushButton::clicked, m_wizard, &MainWizard::copySummary);
    // The support bundle: both languages and the logs in one zip. Its work is off the UI thread; the button waits.
    auto* bundle = new QPushButton(tr("Save support bundle…"), this);
    bundle->setObjectName(QStringLiteral("saveBundle"));
    bundle->setToolTip(tr("One zip for a ticket: the report in English and Chinese, this program's and the agent's logs, and the "
                          "settings checked. Never the passphrase, the vault file or a token."));
    auto* redact = new QCheckBox(tr("Mask names"), this);
    redact->setObjectName(QStringLiteral("redactBundle"));
    redact->setToolTip(tr("Mask user names, the computer name and paths under the user's profile in every file of the bundle"));
    redact->setAccessibleName(tr("Mask names in the support bundle"));
    connect(bundle, &QPushButton::clicked, m_wizard, [this, bundle, redact, reportLanguage] {
        bundle->setEnabled(!m_wizard->saveBundle(redact->isChecked(), reportLanguage->currentData().toString()));
    });
    connect(m_wizard, &MainWizard::bundleSaved, bundle, [bundle] { bundle->setEnabled(true); });
    auto* compare = new QPushButton(tr("Compare with an earlier report…"), this);
    compare->setObjectName(QStringLiteral("compareReport"));
    compare->setToolTip(tr("Choose a JSON report saved before a fix: the page and the saved reports say what changed since"));
    connect(compare, &QPushButton::clicked, this, &SummaryPage::compareWithEarlier);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comparison->setAccessibleName(tr("What changed since the earlier report"));
    m_comparison->setVisible(false);
    // One row of buttons under the table, "Check everything again" beside the headline it changes: at 1366x768 and
    // 150 % every check's row stays in sight, in Chinese too. A narrower window wraps the row rather than cut a button.
    auto* footer = new FlowLayout;
    footer->addWidget(save);
    footer->addWidget(reportLanguage);
    footer->addWidget(copy);
    footer->addWidget(compare);
    footer->addStretch();
    auto* bundleGroup = new QWidget(this);  // the button and its option wrap together
    auto* bundleRow = new QHBoxLayout(bundleGroup);
    bundleRow->setContentsMargins(0, 0, 0, 0);
    bundleRow->addWidget(bundle);
    bundleRow->addWidget(redact);
    footer->addWidget(bundleGroup);
    // The headline, then the legend beside "Check everything again", on one line when they fit (a short headline, as
    // in Chinese) and on two when not; and the table, as one block without the layout's gaps and without a column
    // header: at 1366x768 and 150 %, in Chinese, that keeps the last of sixteen rows in sight (ScreenFitTest).
    auto* headlineRow = new FlowLayout(0);
    headlineRow->addWidget(m_headline);
    headlineRow->addStretch();
    headlineRow->addWidget(legend);
    headlineRow->addWidget(recheck);
    auto* table = new QVBoxLayout;
    table->setSpacing(0);
    table->addLayout(headlineRow);
    table->addWidget(m_errorFocus);
    table->addWidget(m_table, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(table, 1);
    layout->addWidget(m_fixes);
    layout->addWidget(m_comparison);
    layout->addLayout(footer);

    connect(&m_wizard->session(), &CheckSession::resultChanged, this, &SummaryPage::refresh);
    connect(&m_wizard->session(), &CheckSession::fixFinished, this, &SummaryPage::refresh);
}

void SummaryPage::initializePage()
{
    refresh();
}

void SummaryPage::refresh()
{
    CheckSession& session = m_wizard->session();
    m_table->clear();
    int failed = 0, couldNot = 0, warned = 0, open = 0;
    QTreeWidgetItem* sectionItem = nullptr;
    QString currentSection;
    for (const QString& id : session.checkIds()) {
        const CheckSpec& spec = *session.spec(id);
        const QString section = spec.sectionText();
        if (!sectionItem || section != currentSection) {
            currentSection = section;
            const SectionSpec* sectionSpec = findSection(section);
            sectionItem = new QTreeWidgetItem(m_table, {sectionSpec ? sectionSpec->titleMessage().render() : section});
            QFont bold = sectionItem->font(0);
            bold.setBold(true);
            sectionItem->setFont(0, bold);
            sectionItem->setFirstColumnSpanned(true);
        }
        const CheckResult result = session.result(id);
        auto* item = new QTreeWidgetItem(sectionItem);
        item->setIcon(0, statusIcon(result.status));
        item->setText(0, spec.titleMessage().render());
        item->setData(0, Qt::UserRole, id);  // which check the row is, in whatever language it is shown
        item->setToolTip(0, statusLabel(result.status).render());
        item->setText(1, result.status == Status::NotRun ? tr("Not checked yet.") : result.summary.render());
        // A label, not the item's text: the table selects nothing, and a ticket needs the code copied exactly.
        auto* code = new QLabel(result.codeText(), m_table);  // empty while not run or running
        code->setObjectName(QStringLiteral("findingCode"));
        code->setTextFormat(Qt::PlainText);
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->setAccessibleName(tr("Finding code"));
        code->setToolTip(tr("The finding's code: quote it in a support ticket"));
        code->setForegroundRole(QPalette::PlaceholderText);
        code->setContentsMargins(6, 0, 4, 0);  // apart from a verdict's "…" and from the table's edge
        m_table->setItemWidget(item, 2, code);
        failed += result.status == Status::Fail;
        couldNot += result.status == Status::Error;
        warned += result.status == Status::Warning;
        open += result.status == Status::NotRun || result.status == Status::Running;
    }
    m_table->expandAll();
    // A check that could not look (Error) found nothing: counted apart from one that found a problem (Failed).
    QStringList sentences;
    if (failed)
        sentences << tr("Checks that found a problem that will stop the agent: %1.").arg(failed);
    else if (warned && !couldNot)
        sentences << tr("No blocking problem. Checks that need attention: %1.").arg(warned);
    else if (warned)
        sentences << tr("Checks that need attention: %1.").arg(warned);
    if (couldNot)
        sentences << tr("Checks that could not check, so nothing is known of what they look at: %1.").arg(couldNot);
    if (sentences.isEmpty() && open)
        sentences << tr("No problem so far. Checks still to finish: %1.").arg(open);
    else if (open)
        sentences << tr("Checks still to finish: %1.").arg(open);
    if (sentences.isEmpty())
        sentences << tr("Everything checked is ready for the agent.");
    m_headline->setText(sentences.join(QLatin1Char(' ')));

    const ErrorFocus focus(session.context().inputs.agentError, [&session](const QString& id) { return session.result(id); });
    m_errorFocus->setText(focus.isSet() ? QStringLiteral("<b>%1</b><br>%2").arg(focus.heading().render().toHtmlEscaped(),
                                                                              focus.verdict().render().toHtmlEscaped())
                                        : QString());
    m_errorFocus->setVisible(focus.isSet());

    QStringList lines;
    for (const FixRecord& record : session.fixHistory())
        lines << QStringLiteral("<li>%1 — %2</li>")
                     .arg(record.title.render().toHtmlEscaped(), record.outcome.ok() ? tr("done") : tr("partly done; see the check's details"));
    m_fixes->setText(lines.isEmpty() ? QString() : tr("<b>Fixes applied</b>") + QStringLiteral("<ul>") + lines.join(QString()) + QStringLiteral("</ul>"));
    m_fixes->setVisible(!lines.isEmpty());
    showComparison();
}

void SummaryPage::compareWithEarlier()
{
    const QString path = m_wizard->prompter().chooseFile(this, tr("Compare with an earlier report"), tr("JSON report (*.json)"));
    if (path.isEmpty())
        return;
    m_comparison->setText(tr("Reading %1…").arg(path.toHtmlEscaped()));
    m_comparison->setVisible(true);
    struct Read {
        std::shared_ptr<const ReadReport> report;
        Message error;
    };
    // A file on a slow share, or a large one, must not freeze the window: read and parsed on a thread of its own.
    runInBackground(
        this,
        [path] {
            Read read;
            if (auto report = ReportReader::readFile(path, &read.error))
                read.report = std::make_shared<const ReadReport>(std::move(*report));
            return read;
        },
        [this, path](const Read& read) {
            if (!read.report) {
                m_comparison->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Could not compare:").toHtmlEscaped(), read.error.render().toHtmlEscaped()));
                return;
            }
            m_wizard->setEarlierReport(read.report);
            showComparison();
        });
}

void SummaryPage::showComparison()
{
    const auto earlier = m_wizard->earlierReport();
    if (!earlier)
        return;
    const Report now = Report::fromSession(m_wizard->session(), QString(), m_wizard->reportId());
    const ReportComparison comparison = ReportComparison::between(*earlier, now);
    QString items;
    for (const CheckChange& change : comparison.changes) {
        if (change.kind == CheckChange::Kind::Same)
            continue;
        const QString title = change.spec ? change.spec->titleMessage().render() : escapeControl(change.earlierTitle);
        const QString before = change.before ? statusLabel(*change.before).render() : QStringLiteral("—");
        const QString after = change.after ? statusLabel(*change.after).render() : QStringLiteral("—");
        items += QStringLiteral("<li><b>%1</b>: %2 → %3 (%4)</li>")
                     .arg(title.toHtmlEscaped(), before.toHtmlEscaped(), after.toHtmlEscaped(), ReportComparison::kindLabel(change.kind).render().toHtmlEscaped());
    }
    m_comparison->setText(QStringLiteral("<b>%1</b> %2<ul>%3</ul>")
                              .arg(tr("Before and after:").toHtmlEscaped(), comparison.headline().render().toHtmlEscaped(), items));
    m_comparison->setVisible(true);
}

}  // namespace mars
