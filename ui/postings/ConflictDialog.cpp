#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::PostingForm;

namespace lever::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text.isEmpty() ? ConflictDialog::tr("(empty)") : text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    l->setMinimumWidth(280);
    l->setFrameShape(QFrame::StyledPanel);
    l->setMargin(6);
    return l;
}

} // namespace

ConflictDialog::ConflictDialog(const PostingForm &mine, const PostingForm &theirs, const PostingForm &base,
                               std::function<QString(const QString &)> userName, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_fields(mine.differences(theirs))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Someone else changed this posting"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("While you were editing, this posting was changed in Lever. Choose, for each "
                                "field below, which version to keep. Nothing is saved until you decide."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto *grid = new QWidget(area);
    auto *g = new QGridLayout(grid);
    g->setColumnStretch(1, 1);
    g->setColumnStretch(2, 1);
    auto header = [&](const QString &text, int column) {
        auto *l = new QLabel(u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s, grid);
        g->addWidget(l, 0, column);
    };
    header(tr("Field"), 0);
    header(tr("Your version"), 1);
    header(tr("Their version (in Lever now)"), 2);
    const QStringList mineChanged = mine.differences(base);
    int row = 1;
    for (const QString &field : std::as_const(m_fields)) {
        auto *name = new QLabel(PostingForm::label(field), grid);
        name->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        g->addWidget(name, row, 0);
        auto *mineBox = new QWidget(grid);
        auto *mineLayout = new QVBoxLayout(mineBox);
        mineLayout->setContentsMargins(0, 0, 0, 0);
        auto *mineRadio = new QRadioButton(tr("Keep mine"), mineBox);
        mineRadio->setObjectName(u"mine_"_s + field);
        mineRadio->setAccessibleName(tr("Keep my %1").arg(PostingForm::label(field)));
        mineLayout->addWidget(mineRadio);
        mineLayout->addWidget(valueLabel(mine.displayText(field, userName), mineBox));
        auto *theirsBox = new QWidget(grid);
        auto *theirsLayout = new QVBoxLayout(theirsBox);
        theirsLayout->setContentsMargins(0, 0, 0, 0);
        auto *theirsRadio = new QRadioButton(tr("Take theirs"), theirsBox);
        theirsRadio->setObjectName(u"theirs_"_s + field);
        theirsRadio->setAccessibleName(tr("Take their %1").arg(PostingForm::label(field)));
        theirsLayout->addWidget(theirsRadio);
        theirsLayout->addWidget(valueLabel(theirs.displayText(field, userName), theirsBox));
        g->addWidget(mineBox, row, 1);
        g->addWidget(theirsBox, row, 2);
        auto *group = new QButtonGroup(this);
        group->addButton(mineRadio, int(Choice::Mine));
        group->addButton(theirsRadio, int(Choice::Theirs));
        m_groups.insert(field, group);
        // A field the user edited defaults to mine; one only the other person changed defaults to theirs.
        (mineChanged.contains(field) ? mineRadio : theirsRadio)->setChecked(true);
        ++row;
    }
    g->setRowStretch(row, 1);
    area->setWidget(grid);
    layout->addWidget(area, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *allMine = buttons->addButton(tr("Keep all mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(u"keepAllMine"_s);
    allMine->setAccessibleName(allMine->text());
    auto *allTheirs = buttons->addButton(tr("Take all theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(u"takeAllTheirs"_s);
    allTheirs->setAccessibleName(allTheirs->text());
    auto *save = buttons->addButton(tr("Save my choices"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveChoices"_s);
    save->setAccessibleName(save->text());
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelConflict"_s);
    cancel->setAccessibleName(tr("Cancel, keep editing"));
    layout->addWidget(buttons);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { Q_EMIT resolved(merged()); });
    resize(900, 560);
}

ConflictDialog::Choice ConflictDialog::choice(const QString &field) const
{
    const QButtonGroup *g = m_groups.value(field);
    return g && g->checkedId() == int(Choice::Mine) ? Choice::Mine : Choice::Theirs;
}

void ConflictDialog::setChoice(const QString &field, Choice choice)
{
    if (QButtonGroup *g = m_groups.value(field))
        g->button(int(choice))->setChecked(true);
}

void ConflictDialog::chooseAll(Choice choice)
{
    for (const QString &field : std::as_const(m_fields))
        setChoice(field, choice);
}

PostingForm ConflictDialog::merged() const
{
    PostingForm out = m_theirs;
    for (const QString &field : m_fields) {
        if (choice(field) == Choice::Mine)
            out.set(field, m_mine.value(field));
    }
    return out;
}

} // namespace lever::ui
