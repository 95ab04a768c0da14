#include "SearchPalette.h"

#include "SearchDelegate.h"
#include "search/SearchModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace lever::ui {

namespace {
constexpr int kMaxListHeight = 460;
}

SearchPalette::SearchPalette(models::SearchModel *model, QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_model(model)
{
    setObjectName(QStringLiteral("searchPalette"));
    setAccessibleName(tr("Search everything"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(6);

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search everything"));
    m_field->setPlaceholderText(tr("Search candidates, postings, people and commands…"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumHeight(m_field->sizeHint().height() + 8);
    QFont larger = m_field->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_field->setFont(larger);
    m_field->installEventFilter(this);
    column->addWidget(m_field);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(model);
    m_list->setItemDelegate(new SearchDelegate(m_list));
    // The field keeps the focus, so typing always goes on; the list follows the arrow keys.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    column->addWidget(m_list);

    connect(m_field, &QLineEdit::textChanged, model, &models::SearchModel::setQuery);
    connect(model, &models::SearchModel::resultsChanged, this, &SearchPalette::onResults);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
}

void SearchPalette::popup()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    m_field->clear();
    m_model->setQuery(QString());
    m_shownQuery = QStringLiteral("\x01"); // choose the selection afresh
    onResults();
    if (window) {
        const int width = std::clamp(window->width() / 2, std::min(520, window->width() - 24), 680);
        setFixedWidth(width);
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCentre.x() - width / 2, topCentre.y() + std::min(90, window->height() / 8));
    }
    fitToContents();
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
}

int SearchPalette::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? current.row() : -1;
}

void SearchPalette::onResults()
{
    // A new query selects its best result; a refresh of the same query keeps the chosen one.
    int row = -1;
    if (m_shownQuery == m_model->query() && !m_selected.title.isEmpty())
        row = m_model->rowOf(m_selected.group, m_selected.id.isEmpty() ? m_selected.title : m_selected.id);
    if (row < 0)
        row = m_model->bestRow();
    m_shownQuery = m_model->query();
    selectRow(row);
    if (isVisible())
        fitToContents();
}

void SearchPalette::selectRow(int row)
{
    if (row < 0 || !m_model->isSelectable(row)) {
        m_list->selectionModel()->clear();
        m_selected = {};
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_selected = m_model->hit(row);
    // Keep the group's header in sight above its first entry.
    if (row > 0 && m_model->rowKind(row - 1) == models::SearchModel::RowKind::Header)
        m_list->scrollTo(m_model->index(row - 1));
    m_list->scrollTo(index);
}

void SearchPalette::step(int delta)
{
    const int count = m_model->rowCount();
    int row = currentRow();
    if (row < 0)
        row = delta > 0 ? -1 : count;
    const int direction = delta > 0 ? 1 : -1;
    int moves = std::abs(delta);
    int target = currentRow();
    for (int r = row + direction; r >= 0 && r < count && moves > 0; r += direction) {
        if (m_model->isSelectable(r)) {
            target = r;
            --moves;
        }
    }
    if (target >= 0)
        selectRow(target);
}

void SearchPalette::activateRow(int row)
{
    if (!m_model->isSelectable(row))
        return;
    if (m_model->rowKind(row) == models::SearchModel::RowKind::More) {
        m_model->showMore(
            models::SearchHit::Group(m_model->index(row).data(models::SearchModel::GroupRole).toInt()));
        selectRow(m_model->isSelectable(row) ? row : m_model->bestRow()); // the first one newly shown
        return;
    }
    const models::SearchHit hit = m_model->hit(row);
    hide();
    // After the popup is gone, so a dialog the command opens gets the focus.
    QTimer::singleShot(0, this, [this, hit] {
        if (hit.action)
            hit.action->trigger();
        Q_EMIT chosen(hit);
    });
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            step(1);
            return true;
        case Qt::Key_Up:
            step(-1);
            return true;
        case Qt::Key_PageDown:
            step(6);
            return true;
        case Qt::Key_PageUp:
            step(-6);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activateRow(currentRow());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPalette::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // The window gets the keyboard back (and its previously focused widget the focus), also where no
    // window manager hands activation back after a popup.
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr)
        window->activateWindow();
}

void SearchPalette::fitToContents()
{
    int height = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows && height < kMaxListHeight; ++row)
        height += m_list->sizeHintForRow(row);
    m_list->setFixedHeight(std::clamp(height + 2 * m_list->frameWidth() + 2, 40, kMaxListHeight));
    m_list->setVisible(rows > 0);
    adjustSize();
}

} // namespace lever::ui
