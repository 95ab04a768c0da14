#include "PostingListsEditor.h"

#include "RichTextEdit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

PostingListsEditor::PostingListsEditor(QWidget *parent)
    : QWidget(parent)
    , m_titles(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_items(new RichTextEdit(models::PostingHtml::Profile::List, this))
{
    m_titles->setObjectName(u"listTitles"_s);
    m_titles->setAccessibleName(tr("Lists"));
    m_titles->setMaximumWidth(200);
    m_titles->setMinimumHeight(110);
    m_title->setObjectName(u"listTitleEdit"_s);
    m_title->setAccessibleName(tr("List title"));
    m_title->setPlaceholderText(tr("List title, e.g. Requirements"));
    m_items->setObjectName(u"listItemsEdit"_s);
    m_items->setAccessibleName(tr("List items, one per line"));
    m_items->editor()->setObjectName(u"listItemsText"_s);
    m_items->editor()->setAccessibleName(tr("List items, one per line"));
    m_items->setMinimumHeight(120);

    auto button = [this](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        return b;
    };
    m_add = button(u"addListButton"_s, tr("Add list"), tr("Add a list"));
    m_remove = button(u"removeListButton"_s, tr("Remove"), tr("Remove the selected list"));
    m_up = button(u"moveListUpButton"_s, tr("Up"), tr("Move the selected list up"));
    m_down = button(u"moveListDownButton"_s, tr("Down"), tr("Move the selected list down"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_items, 1);
    layout->addWidget(m_titles, 0, 0);
    layout->addLayout(buttons, 0, 1);
    layout->addLayout(right, 0, 2);
    layout->setColumnStretch(2, 1);

    connect(m_add, &QPushButton::clicked, this, &PostingListsEditor::addList);
    connect(m_remove, &QPushButton::clicked, this, &PostingListsEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_titles, &QListWidget::currentRowChanged, this, &PostingListsEditor::showCurrent);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int i = currentIndex();
        if (i < 0 || m_showing)
            return;
        m_lists[i].text = text;
        m_titles->item(i)->setText(text.isEmpty() ? tr("(untitled)") : text);
        Q_EMIT changed();
    });
    connect(m_items, &RichTextEdit::changed, this, [this] {
        const int i = currentIndex();
        if (i < 0 || m_showing)
            return;
        const QString html = m_items->html();
        if (html == m_lists.at(i).content)
            return;
        m_lists[i].content = html;
        Q_EMIT changed();
    });
    setFocusProxy(m_title);
    showCurrent();
}

void PostingListsEditor::setLists(const QList<api::Posting::ContentList> &lists)
{
    m_lists = lists;
    refreshTitles();
    setCurrentIndex(m_lists.isEmpty() ? -1 : 0);
    showCurrent();
}

int PostingListsEditor::currentIndex() const
{
    return m_titles->currentRow();
}

void PostingListsEditor::setCurrentIndex(int index)
{
    m_titles->setCurrentRow(index);
}

void PostingListsEditor::refreshTitles()
{
    const QSignalBlocker blocker(m_titles);
    m_titles->clear();
    for (const auto &l : std::as_const(m_lists))
        m_titles->addItem(l.text.isEmpty() ? tr("(untitled)") : l.text);
}

void PostingListsEditor::showCurrent()
{
    const int i = currentIndex();
    m_showing = true;
    m_title->setEnabled(i >= 0);
    m_items->setEnabled(i >= 0);
    m_title->setText(i >= 0 ? m_lists.at(i).text : QString());
    m_items->setHtml(i >= 0 ? m_lists.at(i).content : QString());
    m_showing = false;
    updateButtons();
}

void PostingListsEditor::updateButtons()
{
    const int i = currentIndex();
    m_remove->setEnabled(i >= 0);
    m_up->setEnabled(i > 0);
    m_down->setEnabled(i >= 0 && i < m_lists.size() - 1);
}

void PostingListsEditor::addList()
{
    m_lists.append({QString(), QString()});
    refreshTitles();
    setCurrentIndex(int(m_lists.size()) - 1);
    showCurrent();
    m_title->setFocus();
    Q_EMIT changed();
}

void PostingListsEditor::removeCurrent()
{
    const int i = currentIndex();
    if (i < 0)
        return;
    m_lists.removeAt(i);
    refreshTitles();
    setCurrentIndex(qMin(i, int(m_lists.size()) - 1));
    showCurrent();
    Q_EMIT changed();
}

void PostingListsEditor::moveCurrent(int delta)
{
    const int i = currentIndex();
    const int to = i + delta;
    if (i < 0 || to < 0 || to >= m_lists.size())
        return;
    m_lists.move(i, to);
    refreshTitles();
    setCurrentIndex(to);
    showCurrent();
    Q_EMIT changed();
}

} // namespace lever::ui
