#include "candidate/ContactEditor.h"

#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

ContactEditor::ContactEditor(models::CandidateWrites &writes, QWidget *parent)
    : QWidget(parent)
    , m_writes(writes)
    , m_name(new QLineEdit(this))
    , m_headline(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_emails(new QLineEdit(this))
    , m_phones(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("Save contact"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"contactEditor"_s);
    auto *form = new QFormLayout;
    const struct
    {
        QLineEdit *edit;
        const char *name;
        QString label;
    } fields[] = {{m_name, "contactName", tr("Name")},
                  {m_headline, "contactHeadline", tr("Headline")},
                  {m_location, "contactLocation", tr("Location")},
                  {m_emails, "contactEmails", tr("Emails")},
                  {m_phones, "contactPhones", tr("Phones")}};
    for (const auto &f : fields) {
        f.edit->setObjectName(QString::fromLatin1(f.name));
        f.edit->setAccessibleName(f.label);
        form->addRow(f.label, f.edit);
    }
    m_emails->setPlaceholderText(tr("ada@example.com, ada@work.example"));
    m_phones->setPlaceholderText(tr("mobile: +44 20 7946 0000; work: +44 20 7946 0001"));
    m_error->setObjectName(u"contactError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828; font-weight: 600;"_s);
    m_error->hide();
    m_save->setObjectName(u"contactSave"_s);
    m_save->setAccessibleName(tr("Save contact"));
    m_save->setDefault(true);
    m_cancel->setObjectName(u"contactCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel editing"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ContactEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_error->hide();
        Q_EMIT cancelled();
    });
}

void ContactEditor::edit(const api::Contact &contact)
{
    m_loaded = contact;
    m_name->setText(contact.name);
    m_headline->setText(contact.headline);
    m_location->setText(contact.location);
    m_emails->setText(contact.emails.join(u", "_s));
    m_phones->setText(formatPhones(contact.phones));
    m_error->hide();
    m_save->setEnabled(true);
}

QList<api::Phone> ContactEditor::parsePhones(const QString &text)
{
    QList<api::Phone> phones;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        api::Phone phone;
        if (colon > 0 && !part.left(colon).contains(u'+')) {
            phone.type = part.left(colon).trimmed();
            phone.value = part.mid(colon + 1).trimmed();
        } else {
            phone.value = part.trimmed();
        }
        if (!phone.value.isEmpty())
            phones.append(phone);
    }
    return phones;
}

QString ContactEditor::formatPhones(const QList<api::Phone> &phones)
{
    QStringList parts;
    for (const api::Phone &p : phones)
        parts.append(p.type.isEmpty() ? p.value : QString(p.type + u": "_s + p.value));
    return parts.join(u"; "_s);
}

api::Contact ContactEditor::current() const
{
    api::Contact c = m_loaded;
    c.name = m_name->text().trimmed();
    c.headline = m_headline->text().trimmed();
    c.location = m_location->text().trimmed();
    c.emails.clear();
    const QStringList emails = m_emails->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &e : emails) {
        if (!e.trimmed().isEmpty())
            c.emails.append(e.trimmed());
    }
    c.phones = parsePhones(m_phones->text());
    return c;
}

bool ContactEditor::isDirty() const
{
    const api::Contact c = current();
    return c.name != m_loaded.name || c.headline != m_loaded.headline || c.location != m_loaded.location ||
           c.emails != m_loaded.emails || c.phones != m_loaded.phones;
}

QString ContactEditor::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void ContactEditor::save()
{
    m_error->hide();
    m_save->setEnabled(false);
    models::CandidateWrite *write = m_writes.saveContact(current());
    connect(write, &models::CandidateWrite::finished, this, [this](bool ok, const QString &message) {
        m_save->setEnabled(true);
        if (ok) {
            m_loaded = current();
            Q_EMIT saved();
            return;
        }
        // The form stays as typed; only the reason is added.
        m_error->setText(message);
        m_error->show();
    });
}

} // namespace lever::ui
