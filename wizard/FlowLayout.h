#pragma once
// A row of buttons that wraps onto a second row when the window is too narrow for one, instead of squeezing the
// buttons until their text is cut (the Summary page's footer at 100 % in a small window).
#include <QLayout>
#include <QList>

namespace mars {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    void addStretch() { addItem(nullptr); }  // the items after it go to the right end of their row
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool place) const;  // the height the items take in rect's width; places them
    QList<QLayoutItem*> m_items;
    int m_stretchAt = -1;  // index of the first item pushed right, -1: none
    int m_spacing;
};

}  // namespace mars
