#include "FlowLayout.h"

#include <QWidget>

namespace mars {

FlowLayout::FlowLayout(int spacing) : m_spacing(spacing) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    if (!item) {
        m_stretchAt = int(m_items.size());
        return;
    }
    m_items << item;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    if (index < m_stretchAt)
        --m_stretchAt;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0, height = 0;
    for (const QLayoutItem* item : m_items) {
        width += item->sizeHint().width() + m_spacing;
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Rows of item indices in order; a row ends where the next item would not fit.
    QList<QList<int>> rows;
    rows.append(QList<int>());
    int x = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isEmpty())
            continue;
        const int width = m_items[i]->sizeHint().width();
        if (x > 0 && x + width > area.width()) {
            rows.append(QList<int>());
            x = 0;
        }
        rows.last() << i;
        x += width + m_spacing;
    }
    int y = area.y();
    for (int r = 0; r < rows.size(); ++r) {
        int height = 0, tail = -m_spacing;  // tail: the width of the items pushed right
        for (const int i : rows[r]) {
            height = qMax(height, m_items[i]->sizeHint().height());
            if (m_stretchAt >= 0 && i >= m_stretchAt)
                tail += m_items[i]->sizeHint().width() + m_spacing;
        }
        if (place) {
            int left = area.x();
            bool pushed = false;
            for (const int i : rows[r]) {
                if (!pushed && m_stretchAt >= 0 && i >= m_stretchAt) {
                    left = qMax(left, area.right() + 1 - tail);
                    pushed = true;
                }
                const QSize size = m_items[i]->sizeHint();
                m_items[i]->setGeometry(QRect(QPoint(left, y + (height - size.height()) / 2), size));
                left += size.width() + m_spacing;
            }
        }
        y += height + (r + 1 < rows.size() ? m_spacing : 0);
    }
    return y - rect.y() + contentsMargins().bottom();
}

}  // namespace mars
