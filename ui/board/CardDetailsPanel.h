#pragma once

#include <QFrame>

class QFormLayout;
class QLabel;

namespace lever::models {
class Session;
}

namespace lever::ui {

// A read-only side panel of the board showing every field of one card (until the candidate page
// exists): name, contact, stage or archive reason, posting, owner, tags, origin, sources, dates, the
// next interview and every interview loaded for it. It follows the store while open.
class CardDetailsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CardDetailsPanel(models::Session &session, QWidget *parent = nullptr);

    // Shows this opportunity (and asks for its latest data at Interactive priority).
    void showOpportunity(const QString &opportunityId);
    QString opportunityId() const { return m_id; }
    // A field's shown text by its label key ("stage", "owner", ...), for tests.
    QString fieldText(const QString &key) const;

Q_SIGNALS:
    void closeRequested();

private:
    void refresh();
    void setField(const QString &key, const QString &text);

    models::Session &m_session;
    QString m_id;
    QLabel *m_name;
    QLabel *m_headline;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
};

} // namespace lever::ui
