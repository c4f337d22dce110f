#pragma once
// Saves what a widget shows as PNG under <build>/screenshots, for people to look at (and for tickets' sake, to
// judge what a helpdesk would see). The folder comes from the build: MARS_SCREENSHOT_DIR.
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QWidget>

namespace mars::test {

inline QString saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = QStringLiteral(MARS_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    // Let queued layout requests run first, as the event loop would before the user sees the window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    widget.grab().save(path);
    return path;
}

}  // namespace mars::test
