#pragma once

#include <QStringList>
#include <QWidget>

namespace lever::ui {

class FlowLayout;

// A row of removable chips ("Senior ×"): tags, followers. Clicking a chip's button asks to remove it.
class ChipRow : public QWidget
{
    Q_OBJECT
public:
    explicit ChipRow(const QString &objectNamePrefix, QWidget *parent = nullptr);

    // `keys` identify the chips (tag text, user id); `labels` are shown (same order).
    void setChips(const QStringList &keys, const QStringList &labels);
    QStringList keys() const { return m_keys; }
    // A widget kept after the chips (the "add" field), wrapped with them.
    void setTrailingWidget(QWidget *widget);

Q_SIGNALS:
    void removeRequested(const QString &key);

private:
    QString m_prefix;
    FlowLayout *m_layout;
    QStringList m_keys;
    QWidget *m_trailing = nullptr;
};

} // namespace lever::ui
