#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace mars {

namespace {
// The translators this module installed, so switching language replaces rather than stacks them.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QCoreApplication& app, QTranslator* translator)
{
    app.installTranslator(translator);
    installed() << translator;
}
}  // namespace

QString installTranslations(QCoreApplication& app, const QString& language)
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale.language() == QLocale::Chinese ? locale : QLocale(QLocale::English, QLocale::UnitedStates));
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");  // English is the source language: nothing to load
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/mars_setup_doctor_zh_CN.qm"))) {
        delete own;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    install(app, own);
    // Qt's own strings (dialog buttons): beside the program on Windows, in Qt's folder elsewhere.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QCoreApplication::applicationDirPath() + QStringLiteral("/translations")) ||
        qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(app, qt);
    else
        delete qt;
    return QStringLiteral("zh_CN");
}

}  // namespace mars
