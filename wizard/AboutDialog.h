#pragma once
#include <QDialog>

namespace mars {

// "About": the program's name, version and license, the third-party notices (compiled in from
// resources/notices/THIRD-PARTY-NOTICES.txt, the file the install folder also holds) and where the license texts are.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString noticesText();  // the compiled-in notices (and Qt's, when linked in); empty if missing
    // Where the license texts are: beside the program when it is installed (MSI, zip); a development build has them
    // in the source tree only, and says so rather than name files that are not there.
    static QString licenseWhere(const QString& programFolder);
};

}  // namespace mars
