#pragma once
#include "checks/CheckResult.h"

#include <QIcon>
#include <QWidget>

class QStyle;
class QTimer;

namespace mars {

QColor statusColor(Status status);
// Painted, not loaded: one drawing serves every size and DPI, and the Windows build needs no SVG plugin for it.
QPixmap statusPixmap(Status status, int size, qreal devicePixelRatio, int spinnerAngle = 0);
QIcon statusIcon(Status status, int size = 20);
// The UAC shield for buttons that need administrator rights: the style's where it has one (Windows), else painted.
QIcon elevationIcon(const QStyle* style);

// The status glyph of a check row; spins while the check runs.
class StatusIcon : public QWidget {
    Q_OBJECT
public:
    explicit StatusIcon(QWidget* parent = nullptr);
    void setStatus(Status status);
    Status status() const { return m_status; }
    QSize sizeHint() const override { return {28, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Status m_status = Status::NotRun;
    QTimer* m_spin;
    int m_angle = 0;
};

}  // namespace mars
