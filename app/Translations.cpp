#include "Translations.h"

#include "checks/Message.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QTranslator>

namespace mars {

namespace {
// Translates for the UI thread only. Text made on a worker (Qt's own network error strings, above all) stays English
// and is kept as data, so a report rendered in English holds no Chinese, whatever the window's language.
class UiThreadTranslator final : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            return {};
        return QTranslator::translate(context, source, disambiguation, n);
    }
};

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

    // No QLocale::setDefault: workers may be running. What checks found is formatted by the renderer's own locale.
    const QString wanted = language.isEmpty() ? QLocale::system().name() : language;
    const TextRenderer renderer = TextRenderer::forLanguage(wanted);
    TextRenderer::setCurrent(renderer);
    if (renderer.language() != QLatin1String("zh_CN"))
        return QStringLiteral("en");  // English is the source language: nothing to load
    // Each library's catalogue for the text widgets show at once (tr()), and Qt's own strings (dialog buttons):
    // compiled into the Windows program (cmake/WindowsDeploy.cmake), in Qt's folder elsewhere.
    for (const char* library : {"mars_app_core", "mars_wizard", "mars_checks"}) {
        auto* own = new UiThreadTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/%1_zh_CN.qm").arg(QLatin1String(library))))
            install(app, own);
        else
            delete own;
    }
    auto* qt = new UiThreadTranslator(&app);
    if (qt->load(QStringLiteral(":/i18n/qtbase_zh_CN.qm")) ||
        qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(app, qt);
    else
        delete qt;
    return QStringLiteral("zh_CN");
}

}  // namespace mars
