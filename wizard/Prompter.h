#pragma once
#include <QString>

class QWidget;

namespace mars {

// Every question the wizard asks the user goes through here, so GUI tests can answer without a modal dialog.
class Prompter {
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual QString chooseFolder(QWidget* parent, const QString& title, const QString& start) = 0;
    virtual QString chooseFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter) = 0;
};

class DialogPrompter final : public Prompter {
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    QString chooseFolder(QWidget* parent, const QString& title, const QString& start) override;
    QString chooseFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter) override;
};

}  // namespace mars
