#pragma once
// The wizard's dialogs, answered by the test: it records what was asked, so tests can check the wording too.
#include "wizard/Prompter.h"

#include <QStringList>

namespace mars::test {

class AnsweringPrompter final : public Prompter {
public:
    bool answer = true;
    QString folder;
    QStringList asked;

    bool confirm(QWidget*, const QString& title, const QString& text, const QString& acceptLabel) override
    {
        asked << title + QStringLiteral("|") + text + QStringLiteral("|") + acceptLabel;
        return answer;
    }
    void inform(QWidget*, const QString& title, const QString& text) override { asked << title + QStringLiteral("|") + text; }
    QString chooseFolder(QWidget*, const QString&, const QString&) override { return folder; }
    QString file;
    QString chooseFile(QWidget*, const QString&, const QString&) override { return file; }
    QString saveFolder;  // empty: the user cancels saving
    QString chooseSaveFile(QWidget*, const QString&, const QString& suggestedName, const QString&) override
    {
        return saveFolder.isEmpty() ? QString() : saveFolder + QLatin1Char('/') + suggestedName;
    }
};

}  // namespace mars::test
