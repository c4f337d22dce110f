#include "VaultCredentialsInput.h"

#include "MainWizard.h"
#include "Prompter.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QApplication>

namespace mars {

namespace {
QStringList& testFolders()
{
    static QStringList folders;
    return folders;
}
bool isVaultFileUrl(const QMimeData* mime, QString* path)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return false;
    *path = mime->urls().first().toLocalFile();
    return QFileInfo(*path).isFile();
}
}  // namespace

VaultCredentialsInput::VaultCredentialsInput(MainWizard* wizard, QWidget* parent)
    : QWidget(parent), m_wizard(wizard), m_file(new QLineEdit(this)), m_suggestion(new QLabel(this)),
      m_useSuggestion(new QPushButton(tr("Use this file"), this))
{
    setObjectName(QStringLiteral("vaultCredentialsInput"));
    auto* label = new QLabel(tr("Vault credentials file:"), this);
    m_file->setObjectName(QStringLiteral("vaultCredentialsEdit"));
    m_file->setPlaceholderText(tr("The .VaultCredentials file from the vault: browse, or drop it on this window"));
    m_file->setClearButtonEnabled(true);
    m_file->setText(QDir::toNativeSeparators(m_wizard->session().context().inputs.vaultCredentials));
    label->setBuddy(m_file);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseVaultCredentials"));
    m_suggestion->setObjectName(QStringLiteral("vaultCredentialsSuggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);  // a file's name and folder
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedVaultCredentials"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_file, 0, 1);
    layout->addWidget(browseButton, 0, 2);
    layout->addWidget(m_suggestion, 1, 1);
    layout->addWidget(m_useSuggestion, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_file, &QLineEdit::editingFinished, this, [this] { apply(m_file->text()); });
    connect(browseButton, &QPushButton::clicked, this, &VaultCredentialsInput::browse);
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] { apply(m_suggested); });
    // A fix may change the file ("Copy it to this computer" uses the copy): show what the checks use.
    connect(&m_wizard->session(), &CheckSession::contextChanged, this, [this] {
        m_file->setText(QDir::toNativeSeparators(m_wizard->session().context().inputs.vaultCredentials));
        showSuggestion();
    });
    // Dropped anywhere on the window, not only on this row.
    m_wizard->setAcceptDrops(true);
    m_wizard->installEventFilter(this);
    showSuggestion();
}

QStringList VaultCredentialsInput::searchFolders()
{
    if (!testFolders().isEmpty())
        return testFolders();
    return {QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), QStandardPaths::writableLocation(QStandardPaths::DesktopLocation)};
}

void VaultCredentialsInput::setSearchFoldersForTesting(const QStringList& folders)
{
    testFolders() = folders;
}

QString VaultCredentialsInput::newestVaultFile(const QStringList& folders)
{
    QFileInfo newest;
    for (const QString& folder : folders) {
        if (folder.isEmpty())
            continue;
        // Directly in the folder, never recursing: Downloads can be huge.
        const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.VaultCredentials")}, QDir::Files | QDir::Readable, QDir::Time);
        if (!files.isEmpty() && (!newest.exists() || files.first().lastModified() > newest.lastModified()))
            newest = files.first();
    }
    return newest.exists() ? newest.absoluteFilePath() : QString();
}

void VaultCredentialsInput::showSuggestion()
{
    // Listing Downloads and Desktop (often folders on a server) is never done on the UI thread: a worker looks, and
    // only the newest request's answer is shown.
    const quint64 generation = ++m_generation;
    m_suggested.clear();
    m_suggestion->setVisible(false);
    m_useSuggestion->setVisible(false);
    if (!m_wizard->session().context().inputs.vaultCredentials.isEmpty())
        return;
    const QStringList folders = searchFolders();
    const QPointer<VaultCredentialsInput> self(this);
    QThreadPool::globalInstance()->start([self, generation, folders] {
        const QString found = newestVaultFile(folders);
        const QDateTime saved = found.isEmpty() ? QDateTime() : QFileInfo(found).lastModified();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, found, saved] {
                if (self && self->m_generation == generation)
                    self->offer(found, saved);
            },
            Qt::QueuedConnection);
    });
}

void VaultCredentialsInput::offer(const QString& path, const QDateTime& saved)
{
    m_suggested = m_wizard->session().context().inputs.vaultCredentials.isEmpty() ? path : QString();
    const bool show = !m_suggested.isEmpty();
    if (show) {
        const QFileInfo info(m_suggested);  // names only: no file system access
        m_suggestion->setText(tr("Found %1 in %2 (saved %3). Use it?")
                                  .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()),
                                       QLocale().toString(saved, QLocale::ShortFormat)));
    }
    m_suggestion->setVisible(show);
    m_useSuggestion->setVisible(show);
}

void VaultCredentialsInput::apply(const QString& path)
{
    const QString file = path.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    m_file->setText(file);
    if (file == QDir::toNativeSeparators(m_wizard->session().context().inputs.vaultCredentials))
        return;
    m_wizard->setVaultCredentials(file);
    showSuggestion();
    m_wizard->session().runChecksUsing(Input::VaultCredentials);
}

void VaultCredentialsInput::browse()
{
    const QString chosen = m_wizard->prompter().chooseFile(this, tr("The vault credentials file downloaded from the vault"),
                                                           tr("Vault credentials (*.VaultCredentials);;All files (*)"));
    if (!chosen.isEmpty())
        apply(chosen);
}

bool VaultCredentialsInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_wizard && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        QString path;
        if (isVaultFileUrl(drag->mimeData(), &path)) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_wizard && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        QString path;
        if (isVaultFileUrl(drop->mimeData(), &path)) {
            drop->acceptProposedAction();
            apply(path);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace mars
