#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

// CTest registers each Catch2 test by its name: a ';' splits the name into two tests that match nothing, and a '\'
// escapes the next character of Catch's filter, so such a test "fails" without having run.
TEST_CASE("no test name holds a semicolon or a backslash", "[tests]")
{
    static const QRegularExpression name(QStringLiteral("TEST_CASE\\(\"((?:[^\"\\\\]|\\\\.)*)\""));
    int names = 0;
    // Each library's tests sit beside it; tests/ holds what they share and the benchmarks.
    QStringList sources;
    for (const char* root : {MARS_SOURCE_DIR "/checks", MARS_SOURCE_DIR "/wizard", MARS_SOURCE_DIR "/app", MARS_SOURCE_DIR "/tests"}) {
        QDirIterator files(QString::fromUtf8(root), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            sources << files.next();
    }
    for (const QString& source : std::as_const(sources)) {
        QFile file(source);
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto matches = name.globalMatch(QString::fromUtf8(file.readAll()));
        while (matches.hasNext()) {
            const QString testName = matches.next().captured(1);
            INFO(file.fileName().toStdString() << ": " << testName.toStdString());
            CHECK_FALSE(testName.contains(QLatin1Char(';')));
            CHECK_FALSE(testName.contains(QLatin1Char('\\')));
            ++names;
        }
    }
    CHECK(names > 300);
}
