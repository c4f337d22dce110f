#include "Stamp.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace mars {

QString stampText(const StampInfo& stamp)
{
    return QStringLiteral("MARS Setup Doctor %1  ·  %2  ·  %3 UTC  ·  report %4")
        .arg(stamp.toolVersion, stamp.machineName,
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), stamp.reportId);
}

QImage stampedScreenshot(QWidget& widget, const StampInfo& stamp)
{
    const QPixmap shot = widget.grab();
    const qreal ratio = shot.devicePixelRatio();
    QFont font = widget.font();
    const QFontMetrics metrics(font);
    const int footer = metrics.height() + 10;
    QImage image(QSize(shot.width(), shot.height() + int(footer * ratio)), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(0xf3, 0xf3, 0xf3));
    QPainter painter(&image);
    painter.drawPixmap(0, 0, shot);
    const qreal top = shot.height() / ratio;
    painter.setPen(QColor(0xc8, 0xc8, 0xc8));
    painter.drawLine(QPointF(0, top), QPointF(image.width() / ratio, top));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.setFont(font);
    painter.drawText(QRectF(8, top, image.width() / ratio - 16, footer), Qt::AlignVCenter | Qt::AlignLeft, stampText(stamp));
    return image;
}

}  // namespace mars
