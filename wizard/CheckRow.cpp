#include "CheckRow.h"

#include "StatusIcon.h"
#include "checks/errors/ErrorFocus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace mars {

namespace {
QString bulletList(const QStringList& lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-24px; margin-top:0px;\">");
    for (const QString& line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}
}  // namespace

CheckRow::CheckRow(const CheckSpec& spec, QWidget* parent)
    : QFrame(parent), m_checkId(spec.idText()), m_icon(new StatusIcon(this)), m_title(new QLabel(spec.titleMessage().render(), this)),
      m_statusWord(new QLabel(this)), m_code(new QLabel(this)), m_errorMark(new QLabel(this)),
      m_verdict(new QLabel(this)), m_detailsToggle(new QToolButton(this)), m_evidence(new QLabel(this)),
      m_lastFix(new QLabel(this)), m_fixButtons(new QHBoxLayout), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("checkRow_") + m_checkId);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    // What a check found is data (a vault file's AadAuthority, a folder's name): shown as it is, never as markup.
    for (QLabel* label : {m_title, m_statusWord, m_code, m_errorMark, m_verdict})
        label->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("title"));
    m_statusWord->setObjectName(QStringLiteral("statusWord"));
    m_code->setObjectName(QStringLiteral("findingCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setToolTip(tr("The finding's code: quote it in a support ticket"));
    m_code->setForegroundRole(QPalette::PlaceholderText);
    m_errorMark->setObjectName(QStringLiteral("errorCauseMark"));
    m_errorMark->setVisible(false);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::RichText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setVisible(false);
    m_lastFix->setObjectName(QStringLiteral("lastFix"));
    m_lastFix->setWordWrap(true);
    m_lastFix->setTextFormat(Qt::RichText);  // built here, every piece of data escaped
    m_lastFix->setVisible(false);

    m_detailsToggle->setObjectName(QStringLiteral("details"));
    m_detailsToggle->setText(tr("Why we think so"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setVisible(false);
    connect(m_detailsToggle, &QToolButton::toggled, this, &CheckRow::setDetailsVisible);

    m_progress->setObjectName(QStringLiteral("fixProgress"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel->setObjectName(QStringLiteral("cancelFix"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        emit cancelRequested(m_checkId);
    });
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_statusWord);
    heading->addSpacing(6);
    heading->addWidget(m_code, 1);
    heading->addLayout(m_fixButtons);
    text->addLayout(heading);
    text->addWidget(m_errorMark);
    text->addWidget(m_verdict);
    text->addLayout(progressRow);
    text->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    text->addWidget(m_evidence);
    text->addWidget(m_lastFix);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void CheckRow::setDetailsVisible(bool visible)
{
    m_detailsToggle->setChecked(visible);
    m_detailsToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_evidence->setVisible(visible && !m_evidence->text().isEmpty());
}

void CheckRow::setProgress(quint64 done, quint64 total)
{
    // QProgressBar counts in int; scale large counts so 100,000 files still move the bar smoothly.
    const quint64 scale = total > quint64(INT_MAX) ? total / INT_MAX + 1 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(qMin(done, total) / scale));
    const QLocale locale = TextRenderer::current().locale();
    m_progress->setFormat(total ? tr("%1 of %2").arg(locale.toString(done), locale.toString(total)) : tr("Preparing…"));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
}

void CheckRow::setResult(const CheckResult& result, const CheckContext& context)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_cancel->setEnabled(true);
    m_icon->setStatus(result.status);
    const Message mark = ErrorFocus::causeMark(context.inputs.agentError, m_checkId);
    // A word and a glyph, in the window's own colours: readable in a high-contrast theme too.
    m_errorMark->setText(mark.isEmpty() ? QString() : QStringLiteral("◆ ") + mark.render());
    m_errorMark->setVisible(!mark.isEmpty());
    m_statusWord->setText(QStringLiteral("· ") + statusLabel(result.status).render());
    m_code->setText(result.codeText());  // empty while not run or running
    const QString verdict = result.status == Status::NotRun ? tr("Not checked yet.") : result.summary.render();
    m_verdict->setText(verdict);
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText, result.status == Status::Running || result.status == Status::NotRun
                                               ? palette.color(QPalette::PlaceholderText)
                                               : palette.color(QPalette::Text));
    m_verdict->setPalette(palette);
    setAccessibleName(m_title->text() + QStringLiteral(": ") + statusLabel(result.status).render() +
                      (result.finding ? QStringLiteral(" (") + result.codeText() + QLatin1Char(')') : QString()) + QStringLiteral(". ") + verdict +
                      (mark.isEmpty() ? QString() : QStringLiteral(" ") + mark.render() + QLatin1Char('.')));

    m_evidence->setText(result.evidence.isEmpty() ? QString() : bulletList(renderAll(result.evidence)));
    m_detailsToggle->setVisible(!result.evidence.isEmpty());
    setDetailsVisible(m_detailsToggle->isChecked());

    // The old buttons go later: this may run inside one of their clicked() signals (a fix that finishes at once).
    while (QLayoutItem* item = m_fixButtons->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->setObjectName(QString());
            old->deleteLater();
        }
        delete item;
    }
    for (const auto& fix : result.fixes) {
        auto* button = new QPushButton(fix->title().render(), this);
        button->setObjectName(QStringLiteral("fix_") + fix->id());
        button->setToolTip(Qt::convertFromPlainText(fix->plan().render(), Qt::WhiteSpaceNormal));  // a tooltip guesses rich text
        if (fix->needsElevation(context))
            button->setIcon(elevationIcon(style()));
        const QString fixId = fix->id();
        connect(button, &QPushButton::clicked, this, [this, fixId] { emit fixRequested(m_checkId, fixId); });
        m_fixButtons->addWidget(button);
        button->show();  // a layout shows a new child of a visible row only on a later event; screenshots come sooner
    }
}

QList<QWidget*> CheckRow::focusOrder() const
{
    QList<QWidget*> order;
    for (int i = 0; i < m_fixButtons->count(); ++i)
        if (QWidget* button = m_fixButtons->itemAt(i)->widget())
            order << button;
    return order << m_cancel << m_detailsToggle;
}

void CheckRow::setFixRecord(const FixRecord& record)
{
    QStringList lines;
    for (const QString& before : renderAll(record.outcome.before))
        lines << tr("Before: %1").arg(before);
    for (const QString& change : renderAll(record.outcome.changes))
        lines << tr("Changed: %1").arg(change);
    for (const QString& failure : renderAll(record.outcome.failures))
        lines << tr("Not changed: %1").arg(failure);
    if (lines.isEmpty())
        lines << tr("Nothing needed changing.");
    m_lastFix->setText(QStringLiteral("<b>") + tr("Fix “%1”:").arg(record.title.render()).toHtmlEscaped() + QStringLiteral("</b>") +
                       bulletList(lines));
    m_lastFix->setVisible(true);
}

}  // namespace mars
