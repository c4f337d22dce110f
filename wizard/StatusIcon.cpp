#include "StatusIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTimer>

namespace mars {

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Pass: return QColor(0x10, 0x7c, 0x10);     // Windows' success green
    case Status::Warning: return QColor(0xc1, 0x7c, 0x00);  // amber, readable on white
    case Status::Fail: return QColor(0xc4, 0x2b, 0x1c);
    case Status::Error: return QColor(0x7a, 0x1f, 0x6e);    // distinct from Fail: the check itself broke
    case Status::Running: return QColor(0x00, 0x5f, 0xb8);
    case Status::NotRun: return QColor(0x8a, 0x8a, 0x8a);
    }
    return Qt::gray;
}

static void paintGlyph(QPainter& painter, Status status, qreal size, int spinnerAngle)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = statusColor(status);
    const QRectF box(size * 0.06, size * 0.06, size * 0.88, size * 0.88);
    QPen stroke(Qt::white, size * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case Status::Running: {
        painter.setPen(QPen(color.lighter(180), size * 0.12));
        painter.drawEllipse(box.adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06));
        painter.setPen(QPen(color, size * 0.12, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(box.adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06), -spinnerAngle * 16, 100 * 16);
        return;
    }
    case Status::NotRun:
        painter.setPen(QPen(color, size * 0.09, Qt::DashLine));
        painter.drawEllipse(box.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05));
        return;
    case Status::Warning: {
        QPainterPath triangle;
        triangle.moveTo(size * 0.5, size * 0.06);
        triangle.lineTo(size * 0.96, size * 0.9);
        triangle.lineTo(size * 0.04, size * 0.9);
        triangle.closeSubpath();
        painter.setPen(QPen(color, size * 0.06, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(color);
        painter.drawPath(triangle);
        painter.setPen(stroke);
        painter.drawLine(QPointF(size * 0.5, size * 0.36), QPointF(size * 0.5, size * 0.6));
        painter.drawPoint(QPointF(size * 0.5, size * 0.76));
        return;
    }
    default:
        break;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(box);
    painter.setPen(stroke);
    if (status == Status::Pass) {
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.73, size * 0.36);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    } else if (status == Status::Fail) {
        painter.drawLine(QPointF(size * 0.33, size * 0.33), QPointF(size * 0.67, size * 0.67));
        painter.drawLine(QPointF(size * 0.67, size * 0.33), QPointF(size * 0.33, size * 0.67));
    } else {  // Error: the check could not decide
        painter.drawLine(QPointF(size * 0.5, size * 0.26), QPointF(size * 0.5, size * 0.56));
        painter.drawPoint(QPointF(size * 0.5, size * 0.74));
    }
}

QPixmap statusPixmap(Status status, int size, qreal devicePixelRatio, int spinnerAngle)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintGlyph(painter, status, size, spinnerAngle);
    return pixmap;
}

QIcon statusIcon(Status status, int size)
{
    QIcon icon;
    icon.addPixmap(statusPixmap(status, size, 1.0));
    icon.addPixmap(statusPixmap(status, size, 2.0));
    return icon;
}

QIcon elevationIcon(const QStyle* style)
{
    const QIcon native = style->standardIcon(QStyle::SP_VistaShield);
    if (!native.isNull())
        return native;
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(16, 16) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath shield;
        shield.moveTo(8, 1);
        shield.lineTo(14.5, 3.5);
        shield.lineTo(14, 9);
        shield.cubicTo(13, 12.5, 10.5, 14, 8, 15);
        shield.cubicTo(5.5, 14, 3, 12.5, 2, 9);
        shield.lineTo(1.5, 3.5);
        shield.closeSubpath();
        painter.setPen(QPen(QColor(0x1b, 0x4f, 0x9c), 1));
        painter.setBrush(QColor(0x2f, 0x7d, 0xe1));
        painter.drawPath(shield);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xf5, 0xc5, 0x18));
        painter.drawRect(QRectF(8, 3, 5.2, 5.5));
        painter.drawRect(QRectF(3, 8.5, 5, 5));
        icon.addPixmap(pixmap);
    }
    return icon;
}

StatusIcon::StatusIcon(QWidget* parent) : QWidget(parent), m_spin(new QTimer(this))
{
    setFixedSize(sizeHint());
    m_spin->setInterval(60);
    connect(m_spin, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

void StatusIcon::setStatus(Status status)
{
    m_status = status;
    setToolTip(statusLabel(status).render());
    setAccessibleName(statusLabel(status).render());
    if (status == Status::Running)
        m_spin->start();
    else
        m_spin->stop();
    update();
}

void StatusIcon::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintGlyph(painter, m_status, qMin(width(), height()), m_angle);
}

}  // namespace mars
