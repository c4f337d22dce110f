#pragma once
#include <QImage>
#include <QString>

class QWidget;

namespace mars {

// What a screenshot says about where and when it was taken. Never anything secret.
struct StampInfo {
    QString toolVersion;
    QString machineName;
    QString reportId;
};

// The widget as an image with a footer line: tool version, computer, UTC time, report id.
QImage stampedScreenshot(QWidget& widget, const StampInfo& stamp);
QString stampText(const StampInfo& stamp);

}  // namespace mars
