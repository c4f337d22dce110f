#pragma once
// What a helpdesk user would see as broken on a screenshot, found in the widget tree: text cut off (a label or button
// narrower or shorter than its text needs) and controls drawn over each other (visible siblings that intersect), and
// text too faint on its background (contrast below WCAG's 4.5:1).
#include <QAbstractButton>
#include <QLabel>
#include <QWidget>

#include <cmath>

namespace mars::test {

inline QString describe(const QWidget* widget)
{
    QString path;
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (!w->objectName().isEmpty())
            path = w->objectName() + (path.isEmpty() ? QString() : QStringLiteral("/") + path);
    return QStringLiteral("%1 (%2) %3x%4").arg(path, QString::fromLatin1(widget->metaObject()->className()))
        .arg(widget->width()).arg(widget->height());
}

inline double luminance(const QColor& color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

inline double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline QStringList layoutProblems(const QWidget& root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty() && label->pixmap().isNull()) {
            const bool cut = label->wordWrap() ? label->heightForWidth(label->width()) > label->height() + 1
                                               : label->minimumSizeHint().width() > label->width() + 1;
            if (cut)
                problems << QStringLiteral("text cut off: ") + describe(label) + QStringLiteral(": ") + label->text().left(60);
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty()) {
            const QSize needed = button->minimumSizeHint().isValid() ? button->minimumSizeHint() : button->sizeHint();
            if (needed.width() > button->width() + 1 || needed.height() > button->height() + 1)
                problems << QStringLiteral("button text cut off: ") + describe(button) + QStringLiteral(": ") + button->text();
        }
        if (qobject_cast<QLabel*>(widget) || qobject_cast<QAbstractButton*>(widget)) {
            const QPalette& palette = widget->palette();
            const QColor text = palette.color(widget->foregroundRole());
            const QColor background = palette.color(widget->backgroundRole());
            if (widget->isEnabled() && contrast(text, background) < 4.5)
                problems << QStringLiteral("low contrast %1:1: ").arg(contrast(text, background), 0, 'f', 1) + describe(widget);
        }
        // Visible siblings drawn over each other.
        const QList<QWidget*> siblings = widget->parentWidget() ? widget->parentWidget()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)
                                                                : QList<QWidget*>();
        for (QWidget* other : siblings) {
            if (other <= widget || !other->isVisible() || other->isWindow())
                continue;
            const QRect overlap = widget->geometry().intersected(other->geometry());
            if (overlap.width() > 1 && overlap.height() > 1)
                problems << QStringLiteral("overlap: ") + describe(widget) + QStringLiteral(" and ") + describe(other);
        }
    }
    return problems;
}

}  // namespace mars::test
