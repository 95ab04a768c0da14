#pragma once

#include "types/Interview.h"

#include <QFrame>
#include <QList>
#include <QPair>
#include <QTimeZone>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;
class QToolButton;

namespace lever::ui {

class InterviewerPicker;

// The form of one interview of a panel: subject, interviewers, date and time on the panel zone's wall
// clock, duration, location or video link, feedback form and reminder, a note for the interviewers; it shows
// the time in the panel's zone and in the user's, and the conflict warnings the dialog hands it. It keeps the
// interview it was loaded with, so fields it does not show (per-interviewer forms) survive a rescheduling
// PUT.
class InterviewEditor : public QFrame
{
    Q_OBJECT
public:
    InterviewEditor(QAbstractItemModel *users, QWidget *parent = nullptr);

    // Fills the form from `interview`, whose date is shown on `zone`'s wall clock.
    void setInterview(const api::Interview &interview, const QTimeZone &zone);
    // The interview as edited, its wall-clock time read in `zone`.
    api::Interview interview(const QTimeZone &zone) const;
    QString interviewId() const { return m_base.id; }

    // (id, name) of the account's feedback templates; the interview's own stays selectable.
    void setTemplates(const QList<QPair<QString, QString>> &templates);
    void setNumber(int number, bool removable);
    // The two-zone line under the fields (panel zone first, the user's second when it differs).
    void showTimes(const QTimeZone &panelZone, const QTimeZone &userZone);
    void setWarnings(const QStringList &warnings);

    // For validation: the widget that holds each field.
    QLineEdit *subjectEdit() const { return m_subject; }
    InterviewerPicker *interviewers() const { return m_interviewers; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *durationEdit() const { return m_duration; }
    QStringList interviewerIds() const;
    bool hasUnresolvedInterviewer() const;

Q_SIGNALS:
    void changed();
    void duplicateRequested();
    void removeRequested();

private:
    void selectData(QComboBox *combo, const QString &value, const QString &fallbackText);

    api::Interview m_base;
    QLabel *m_title = nullptr;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_remove = nullptr;
    QLineEdit *m_subject = nullptr;
    InterviewerPicker *m_interviewers = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_reminder = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace lever::ui
