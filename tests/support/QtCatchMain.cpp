// Catch2 main for tests that need a Qt event loop: a QApplication (offscreen unless told otherwise) for the
// whole run, English texts, and a private settings location so tests never touch the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Skip.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mars-setup-doctor-tests"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
    return mars::test::runResult(Catch::Session().run(argc, argv));
}
