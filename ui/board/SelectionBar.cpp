#include "SelectionBar.h"

#include "BoardCommands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

SelectionBar::SelectionBar(BoardCommands *commands, std::function<QStringList()> selection, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"selectionBar"_s);
    setAccessibleName(tr("Selected cards"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_text->setObjectName(u"selectionText"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    auto button = [this, layout](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setAccessibleName(accessible);
        b->setToolTip(accessible);
        layout->addWidget(b);
        return b;
    };
    using Run = std::function<void(const QStringList &)>;
    const QList<std::tuple<QString, QString, QString, Run>> bulk{
        {u"bulkMove"_s, tr("Move to…"), tr("Move the selected cards to a stage (Ctrl+M)"),
         [commands](const QStringList &ids) { commands->askMove(ids); }},
        {u"bulkArchive"_s, tr("Archive…"), tr("Archive the selected cards (Delete)"),
         [commands](const QStringList &ids) { commands->askArchive(ids); }},
        {u"bulkUnarchive"_s, tr("Unarchive"), tr("Unarchive the selected cards (Ctrl+U)"),
         [commands](const QStringList &ids) { commands->unarchive(ids); }},
        {u"bulkAddTag"_s, tr("Add tag…"), tr("Add a tag to the selected cards (Ctrl+T)"),
         [commands](const QStringList &ids) { commands->askAddTag(ids); }},
        {u"bulkRemoveTag"_s, tr("Remove tag…"), tr("Remove a tag from the selected cards (Ctrl+Shift+T)"),
         [commands](const QStringList &ids) { commands->askRemoveTag(ids); }},
        {u"bulkOwner"_s, tr("Change owner…"), tr("Change the owner of the selected cards (Ctrl+Shift+O)"),
         [commands](const QStringList &ids) { commands->askOwner(ids); }}};
    for (const auto &[name, text, accessible, run] : bulk) {
        QToolButton *b = button(name, text, accessible);
        connect(b, &QToolButton::clicked, this, [run, selection] { run(selection()); });
    }
    layout->addStretch(1);
    QToolButton *clear = button(u"clearSelection"_s, tr("Clear selection"), tr("Clear the selection (Esc)"));
    connect(clear, &QToolButton::clicked, this, &SelectionBar::clearRequested);
    hide();
}

void SelectionBar::setSelectedCount(int count)
{
    setVisible(count > 1);
    m_text->setText(count == 1 ? tr("1 card selected") : tr("%1 cards selected").arg(count));
    m_text->setAccessibleName(m_text->text());
}

} // namespace lever::ui
