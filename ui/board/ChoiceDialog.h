#pragma once

#include <QDialog>

class QAbstractItemModel;
class QComboBox;
class QLabel;

namespace lever::ui {

// A small window-modal question with one choice (an archive reason, a stage, an owner, a tag or a
// name): shown with open(), answered through chosen(); never exec(), so tests answer it in place.
class ChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    // `model`'s Qt::DisplayRole is shown and `valueRole` is what chosen() returns; an editable dialog
    // (tags, names) returns the typed text.
    ChoiceDialog(const QString &title, const QString &prompt, QAbstractItemModel *model, int valueRole,
                 bool editable, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    // Picks the entry whose value is `value` (or types it when editable); false when absent.
    bool select(const QString &value);
    QString value() const;
    // Picks `value` and accepts: what a user does, in one call (tests and keyboard paths).
    bool answer(const QString &value);

Q_SIGNALS:
    void chosen(const QString &value);

private:
    QComboBox *m_combo;
    int m_valueRole;
};

} // namespace lever::ui
