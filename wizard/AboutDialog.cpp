#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mars {

QString AboutDialog::noticesText()
{
    QFile file(QStringLiteral(":/notices/THIRD-PARTY-NOTICES.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // The Windows program links Qt (with its own third-party code) and the mingw-w64 runtime in: Debian's records of
    // their notices follow (cmake/WindowsDeploy.cmake compiles them in; a build against a system Qt has none).
    for (const QString& name : {QStringLiteral("qt6-base-copyright.txt"), QStringLiteral("mingw-w64-copyright.txt")}) {
        QFile linked(QStringLiteral(":/notices/") + name);
        if (linked.open(QIODevice::ReadOnly))
            text += QStringLiteral("\n\n=== licenses\\%1 ===\n\n").arg(name) + QString::fromUtf8(linked.readAll());
    }
    return text;
}

QString AboutDialog::licenseWhere(const QString& programFolder)
{
    const QString folder = QDir::toNativeSeparators(programFolder);
    if (QFileInfo(QDir(programFolder).filePath(QStringLiteral("LICENSE.txt"))).isFile())
        return tr("The license texts are in the program's folder, %1: LICENSE.txt, THIRD-PARTY-NOTICES.txt, "
                  "and licenses (LGPL-3.0.txt, GPL-3.0.txt, Qt's patches).")
            .arg(folder);
    return tr("This copy is not installed (%1 holds no license files): the source tree has LICENSE and "
              "resources/notices/THIRD-PARTY-NOTICES.txt; an installed copy keeps LICENSE.txt, THIRD-PARTY-NOTICES.txt "
              "and licenses (LGPL-3.0.txt, GPL-3.0.txt, Qt's patches) in its folder.")
        .arg(folder);
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About MARS Setup Doctor"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("MARS Setup Doctor").toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont larger = title->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    title->setFont(larger);
    layout->addWidget(title);
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(MARS_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(version);
    layout->addWidget(new QLabel(tr("Licensed under the MIT License."), this));

    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Third-party notices:"), this));
    // The notices stay in English, as their licenses are written; fixed-width, as the file is laid out.
    auto* notices = new QPlainTextEdit(this);
    notices->setObjectName(QStringLiteral("noticesText"));
    notices->setReadOnly(true);
    notices->setLineWrapMode(QPlainTextEdit::NoWrap);
    notices->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QString text = noticesText();
    notices->setPlainText(text.isEmpty() ? tr("The third-party notices are missing from this build.") : text);
    layout->addWidget(notices, 1);

    auto* where = new QLabel(licenseWhere(QCoreApplication::applicationDirPath()), this);
    where->setObjectName(QStringLiteral("licenseFolder"));
    where->setTextFormat(Qt::PlainText);  // a folder's name, whatever characters it has
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 520);
}

}  // namespace mars
