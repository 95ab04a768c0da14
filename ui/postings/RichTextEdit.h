#pragma once

#include "postings/PostingHtml.h"

#include <QTextEdit>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace lever::ui {

// A QTextEdit that only ever holds what Lever's posting HTML can say: pasted HTML is cleaned on the way in
// (and the user told what was dropped), and html() gives whitelisted markup.
class LeverTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    LeverTextEdit(models::PostingHtml::Profile profile, QWidget *parent = nullptr);

Q_SIGNALS:
    // Pasted or dropped content lost something Lever does not accept; `message` says what.
    void cleaned(const QString &message);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    models::PostingHtml::Profile m_profile;
};

// The rich-text field of the posting editor: a small formatting bar (bold, italic, underline, strike,
// Lever's font sizes, links) over a LeverTextEdit, and a notice line for cleaned pastes.
class RichTextEdit : public QWidget
{
    Q_OBJECT
public:
    RichTextEdit(models::PostingHtml::Profile profile, QWidget *parent = nullptr);

    QString html() const;
    void setHtml(const QString &html);
    LeverTextEdit *editor() const { return m_edit; }
    QString notice() const;

Q_SIGNALS:
    void changed();

private:
    QToolButton *formatButton(const QString &name, const QString &text, const QString &tip);
    void applyLink();
    void syncButtons();

    models::PostingHtml::Profile m_profile;
    LeverTextEdit *m_edit = nullptr;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QToolButton *m_underline = nullptr;
    QToolButton *m_strike = nullptr;
    QComboBox *m_size = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace lever::ui
