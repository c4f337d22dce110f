#pragma once
#include "checks/CheckSession.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QHBoxLayout;

namespace mars {

class StatusIcon;

// One check on a page: status glyph, title, one-line verdict, the evidence behind a "Details" toggle, a button per
// fix, and what the last fix did. Child widgets carry objectNames ("verdict", "details", "fix_<id>") for tests.
class CheckRow : public QFrame {
    Q_OBJECT
public:
    CheckRow(const CheckSpec& spec, QWidget* parent = nullptr);

    QString checkId() const { return m_checkId; }
    // Renders the result in the window's language; the context tells which fixes need rights this process lacks.
    void setResult(const CheckResult& result, const CheckContext& context);
    void setFixRecord(const FixRecord& record);
    void setDetailsVisible(bool visible);
    // While a fix runs: how far it got (total 0: not known yet); hidden again by the next setResult().
    void setProgress(quint64 done, quint64 total);
    // What Tab visits in this row, in reading order: its fix buttons, Cancel, "Why we think so".
    QList<QWidget*> focusOrder() const;

signals:
    void fixRequested(const QString& checkId, const QString& fixId);
    void cancelRequested(const QString& checkId);

private:
    QString m_checkId;
    StatusIcon* m_icon;
    QLabel* m_title;
    QLabel* m_statusWord;  // the status in words beside the glyph: never carried by colour (or shape) alone
    QLabel* m_code;  // the finding's code (MSD-…), selectable: what a ticket quotes
    QLabel* m_errorMark;  // "Checks a cause of error 34513" when the run started from that error
    QLabel* m_verdict;
    QToolButton* m_detailsToggle;
    QLabel* m_evidence;
    QLabel* m_lastFix;
    QHBoxLayout* m_fixButtons;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

}  // namespace mars
