#pragma once

#include "types/Contact.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lever::models {
class CandidateWrites;
}

namespace lever::ui {

// The inline form that edits a person's contact fields (name, headline, location, emails, phones)
// and saves them through the API; on failure it stays open with the input and says why.
class ContactEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ContactEditor(models::CandidateWrites &writes, QWidget *parent = nullptr);

    // Fills the form from the contact (what Save starts from: unknown fields are kept).
    void edit(const api::Contact &contact);
    // Whether the fields differ from what was loaded.
    bool isDirty() const;
    // The contact as the form has it.
    api::Contact current() const;
    QString errorText() const;

    // "mobile: +1 555 0100; work: 0200" <-> phones.
    static QList<api::Phone> parsePhones(const QString &text);
    static QString formatPhones(const QList<api::Phone> &phones);

Q_SIGNALS:
    void saved();
    void cancelled();

private:
    void save();

    models::CandidateWrites &m_writes;
    api::Contact m_loaded;
    QLineEdit *m_name;
    QLineEdit *m_headline;
    QLineEdit *m_location;
    QLineEdit *m_emails;
    QLineEdit *m_phones;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace lever::ui
