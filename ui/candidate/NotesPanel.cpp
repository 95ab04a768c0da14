#include "candidate/NotesPanel.h"

#include "Session.h"
#include "UsersModel.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"
#include "candidate/MentionEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

NotesPanel::NotesPanel(models::CandidateModel &model, models::CandidateWrites &writes, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_writes(writes)
    , m_list(new QTreeWidget(this))
    , m_edit(new MentionEdit(
          &model.session().users(), [&model](const QString &id) { return model.username(id); }, this))
    , m_secret(new QCheckBox(tr("&Secret"), this))
    , m_score(new QComboBox(this))
    , m_reply(new QPushButton(tr("&Reply to selected"), this))
    , m_replyLabel(new QLabel(this))
    , m_cancelReply(new QPushButton(tr("Cancel reply"), this))
    , m_send(new QPushButton(tr("Add &note"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"notesPanel"_s);
    m_list->setObjectName(u"notesList"_s);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setHeaderLabels({tr("Note"), tr("Author"), tr("When"), tr("Score")});
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_edit->setObjectName(u"noteEditor"_s);
    m_edit->setAccessibleName(tr("New note"));
    m_edit->setPlaceholderText(tr("Write a note… type @ to mention someone"));
    m_edit->setTabChangesFocus(true);
    m_secret->setObjectName(u"noteSecret"_s);
    m_secret->setAccessibleName(tr("Secret note"));
    m_score->setObjectName(u"noteScore"_s);
    m_score->setAccessibleName(tr("Score"));
    m_score->addItem(tr("No score"), 0);
    m_score->addItem(tr("4 - Strong hire"), 4);
    m_score->addItem(tr("3 - Hire"), 3);
    m_score->addItem(tr("2 - No hire"), 2);
    m_score->addItem(tr("1 - Strong no hire"), 1);
    m_reply->setObjectName(u"noteReply"_s);
    m_reply->setAccessibleName(tr("Reply to the selected note"));
    m_reply->setEnabled(false);
    m_replyLabel->setObjectName(u"noteReplyLabel"_s);
    m_cancelReply->setObjectName(u"noteCancelReply"_s);
    m_cancelReply->setAccessibleName(tr("Cancel reply"));
    m_send->setObjectName(u"noteSend"_s);
    m_send->setAccessibleName(tr("Add note"));
    m_error->setObjectName(u"noteError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828; font-weight: 600;"_s);
    m_error->hide();

    auto *composer = new QWidget(this);
    auto *c = new QVBoxLayout(composer);
    c->setContentsMargins(0, 0, 0, 0);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyLabel, 1);
    replyRow->addWidget(m_cancelReply);
    c->addLayout(replyRow);
    c->addWidget(m_edit);
    c->addWidget(m_error);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret);
    row->addWidget(m_score);
    row->addStretch();
    row->addWidget(m_reply);
    row->addWidget(m_send);
    c->addLayout(row);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(composer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setReplyTo({}, {});

    connect(m_send, &QPushButton::clicked, this, &NotesPanel::send);
    connect(m_edit, &MentionEdit::submitRequested, this, [this] {
        if (m_send->isEnabled())
            send();
    });
    m_send->setToolTip(tr("Add the note (Ctrl+Enter)"));
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_reply->setEnabled(item != nullptr); });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        while (item && item->parent())
            item = item->parent();
        if (item)
            setReplyTo(item->data(0, Qt::UserRole).toString(), item->text(1));
        m_edit->setFocus();
    });
    connect(m_cancelReply, &QPushButton::clicked, this, [this] { setReplyTo({}, {}); });
    connect(&model, &models::CandidateModel::changed, this, [this](models::CandidateModel::Part part) {
        if (part == models::CandidateModel::Part::Notes)
            rebuild();
    });
    rebuild();
}

bool NotesPanel::hasUnsentText() const
{
    return !m_edit->toPlainText().trimmed().isEmpty();
}

void NotesPanel::setReplyTo(const QString &noteId, const QString &who)
{
    m_replyTo = noteId;
    m_replyLabel->setText(noteId.isEmpty() ? QString() : tr("Replying to %1's note").arg(who));
    m_replyLabel->setVisible(!noteId.isEmpty());
    m_cancelReply->setVisible(!noteId.isEmpty());
    m_send->setText(noteId.isEmpty() ? tr("Add &note") : tr("Send &reply"));
}

void NotesPanel::rebuild()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    QList<api::Note> notes = m_model.mine().notes;
    std::sort(notes.begin(), notes.end(), [](const api::Note &a, const api::Note &b) {
        return a.createdAt.value_or(0) > b.createdAt.value_or(0);
    });
    const QLocale locale;
    auto when = [&locale](std::optional<qint64> ms) -> QString {
        return ms ? locale.toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
    };
    for (const api::Note &note : std::as_const(notes)) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString text = note.value().isEmpty() ? note.text : note.value();
        item->setText(0, note.secret ? tr("🔒 %1").arg(text) : text);
        item->setToolTip(0, text);
        item->setText(1, m_model.userName(note.user));
        item->setText(2, when(note.createdAt));
        const auto score = note.fields.isEmpty() ? std::optional<qint64>() : note.fields.first().score;
        item->setText(3, score ? QString::number(*score) : QString());
        item->setData(0, Qt::UserRole, note.id);
        item->setData(
            0, Qt::AccessibleTextRole,
            tr("Note by %1: %2").arg(item->text(1), note.secret ? tr("secret, %1").arg(text) : text));
        // The first field is the note; the rest are its thread, oldest first.
        for (qsizetype i = 1; i < note.fields.size(); ++i) {
            const api::Note::Field &f = note.fields.at(i);
            auto *reply = new QTreeWidgetItem(item);
            reply->setText(0, f.value.isEmpty() ? f.text : f.value);
            reply->setText(1, m_model.userName(f.user));
            reply->setText(2, when(f.createdAt));
            reply->setData(0, Qt::UserRole, note.id);
        }
        item->setExpanded(true);
        if (note.id == current)
            m_list->setCurrentItem(item);
    }
}

void NotesPanel::send()
{
    m_error->hide();
    m_send->setEnabled(false);
    models::CandidateWrite *write = m_writes.addNote(m_edit->toPlainText(), m_secret->isChecked(),
                                                     m_score->currentData().toInt(), m_replyTo);
    connect(write, &models::CandidateWrite::finished, this, [this](bool ok, const QString &message) {
        m_send->setEnabled(true);
        if (!ok) {
            m_error->setText(message); // the text stays in the editor
            m_error->show();
            return;
        }
        m_edit->clear();
        m_secret->setChecked(false);
        m_score->setCurrentIndex(0);
        setReplyTo({}, {});
    });
}

} // namespace lever::ui
