#include "Prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace mars {

bool DialogPrompter::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);  // the text names files and folders: never markup
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void DialogPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString DialogPrompter::chooseFolder(QWidget* parent, const QString& title, const QString& start)
{
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString DialogPrompter::chooseFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogPrompter::chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DesktopLocation);
    return QFileDialog::getSaveFileName(parent, title, folder + QLatin1Char('/') + suggestedName, filter);
}

}  // namespace mars
