#pragma once

#include <QLayout>
#include <QList>

namespace lever::ui {

// Lays widgets out left to right and wraps to the next line when the width runs out (chips, e-mail
// and phone buttons), so a long list grows the header downwards instead of widening the window.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), true); }
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;

private:
    int arrange(const QRect &rect, bool measureOnly) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace lever::ui
