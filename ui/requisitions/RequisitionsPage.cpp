#include "RequisitionsPage.h"

#include "common/CurrencyChoices.h"
#include "pickers/UserPicker.h"
#include "postings/PostingForm.h"
#include "postings/PostingListModel.h"
#include "postings/PostingRules.h"
#include "postings/Prompter.h"
#include "postings/RequisitionListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::RequisitionListModel;

namespace lever::ui {

namespace {

template <class W> W *named(W *w, const QString &name, const QString &accessible)
{
    w->setObjectName(name);
    w->setAccessibleName(accessible);
    return w;
}

std::optional<QString> optionalText(const QString &s)
{
    return s.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(s.trimmed());
}

} // namespace

RequisitionsPage::RequisitionsPage(api::Client &client, QAbstractItemModel *users, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_users(users)
    , m_model(new RequisitionListModel(client, this))
    , m_postings(new models::PostingListModel(client, this))
    , m_prompter(std::make_shared<Prompter>())
{
    setObjectName(u"requisitionsPage"_s);
    setAccessibleName(tr("Requisitions"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_new =
        named(new QPushButton(tr("New requisition"), left), u"newRequisitionButton"_s, tr("New requisition"));
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_new);
    leftLayout->addLayout(top);
    m_table = named(new QTableView(left), u"requisitionTable"_s, tr("Requisitions"));
    m_table->horizontalHeader()->setAccessibleName(tr("Requisition columns"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequisitionListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(70);
    leftLayout->addWidget(m_table, 1);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget(scroll);
    auto *form = new QFormLayout(right);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_heading = new QLabel(right);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_heading->setFont(f);
    form->addRow(m_heading);
    m_name = named(new QLineEdit(right), u"reqNameEdit"_s, tr("Name"));
    form->addRow(tr("&Name"), m_name);
    m_code = named(new QLineEdit(right), u"reqCodeEdit"_s, tr("Requisition code"));
    form->addRow(tr("&Code"), m_code);
    auto *headcount = new QWidget(right);
    auto *headcountLayout = new QHBoxLayout(headcount);
    headcountLayout->setContentsMargins(0, 0, 0, 0);
    m_headcount = named(new QSpinBox(headcount), u"reqHeadcountSpin"_s, tr("Headcount"));
    m_headcount->setRange(1, 100000);
    m_unlimited =
        named(new QCheckBox(tr("Unlimited"), headcount), u"reqUnlimitedCheck"_s, tr("Unlimited headcount"));
    headcountLayout->addWidget(m_headcount);
    headcountLayout->addWidget(m_unlimited);
    headcountLayout->addStretch();
    form->addRow(tr("Headcount"), headcount);
    m_status = named(new QComboBox(right), u"reqStatusCombo"_s, tr("Status"));
    for (const QString &s : RequisitionListModel::statuses())
        m_status->addItem(RequisitionListModel::statusLabel(s), s);
    form->addRow(tr("&Status"), m_status);
    m_employment = named(new QComboBox(right), u"reqEmploymentCombo"_s, tr("Employment status"));
    m_employment->addItem(tr("Not set"), QString());
    m_employment->addItem(tr("Full-time"), u"full-time"_s);
    m_employment->addItem(tr("Part-time"), u"part-time"_s);
    m_employment->addItem(tr("Intern"), u"intern"_s);
    m_employment->addItem(tr("Contractor"), u"contractor"_s);
    m_employment->addItem(tr("Temporary worker"), u"temp-worker"_s);
    form->addRow(tr("Employment"), m_employment);
    m_backfill = named(new QCheckBox(tr("Backfill (replaces someone who left)"), right),
                       u"reqBackfillCheck"_s, tr("Backfill"));
    form->addRow(QString(), m_backfill);
    m_hiringManager = named(new UserPicker(users, right), u"reqHiringManagerPicker"_s, tr("Hiring manager"));
    m_hiringManager->lineEdit()->setAccessibleName(tr("Hiring manager"));
    form->addRow(tr("Hiring manager"), m_hiringManager);
    m_owner = named(new UserPicker(users, right), u"reqOwnerPicker"_s, tr("Owner"));
    m_owner->lineEdit()->setAccessibleName(tr("Owner"));
    form->addRow(tr("Owner"), m_owner);
    m_team = named(new QLineEdit(right), u"reqTeamEdit"_s, tr("Team"));
    form->addRow(tr("Team"), m_team);
    m_department = named(new QLineEdit(right), u"reqDepartmentEdit"_s, tr("Department"));
    form->addRow(tr("Department"), m_department);
    m_location = named(new QLineEdit(right), u"reqLocationEdit"_s, tr("Location"));
    form->addRow(tr("Location"), m_location);
    auto *band = new QWidget(right);
    auto *bandLayout = new QHBoxLayout(band);
    bandLayout->setContentsMargins(0, 0, 0, 0);
    m_bandMin = named(new QLineEdit(band), u"reqBandMinEdit"_s, tr("Compensation minimum"));
    m_bandMin->setPlaceholderText(tr("Minimum"));
    m_bandMax = named(new QLineEdit(band), u"reqBandMaxEdit"_s, tr("Compensation maximum"));
    m_bandMax->setPlaceholderText(tr("Maximum"));
    m_bandCurrency = named(new QComboBox(band), u"reqBandCurrencyCombo"_s, tr("Compensation currency"));
    setUpCurrencyChoices(m_bandCurrency);
    m_bandInterval = named(new QComboBox(band), u"reqBandIntervalCombo"_s, tr("Compensation interval"));
    m_bandInterval->addItem(tr("Interval"), QString());
    for (const QString &i : models::PostingForm::payIntervals())
        m_bandInterval->addItem(models::PostingRules::intervalLabel(i), i);
    for (QWidget *w : {static_cast<QWidget *>(m_bandMin), static_cast<QWidget *>(m_bandMax),
                       static_cast<QWidget *>(m_bandCurrency), static_cast<QWidget *>(m_bandInterval)})
        bandLayout->addWidget(w);
    form->addRow(tr("Compensation band"), band);
    m_notes = named(new QPlainTextEdit(right), u"reqNotesEdit"_s, tr("Internal notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("Internal notes"), m_notes);
    m_linked = named(new QListWidget(right), u"reqPostingsList"_s, tr("Linked postings"));
    m_linked->setMaximumHeight(120);
    form->addRow(tr("Linked postings"), m_linked);
    m_custom = named(new QLabel(right), u"reqCustomFields"_s, tr("Custom fields"));
    m_custom->setWordWrap(true);
    m_custom->setTextFormat(Qt::PlainText);
    form->addRow(tr("Custom fields"), m_custom);
    m_message = named(new QLabel(right), u"requisitionStatus"_s, tr("Requisition status message"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto *buttons = new QHBoxLayout;
    m_delete = named(new QPushButton(tr("Delete"), right), u"deleteRequisitionButton"_s,
                     tr("Delete the requisition"));
    m_save =
        named(new QPushButton(tr("Save"), right), u"saveRequisitionButton"_s, tr("Save the requisition"));
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_save);
    form->addRow(buttons);
    scroll->setWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({680, 560});

    connect(m_unlimited, &QCheckBox::toggled, m_headcount, &QSpinBox::setDisabled);
    connect(m_new, &QPushButton::clicked, this, &RequisitionsPage::newRequisition);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, &RequisitionsPage::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    editRequisition(index.data(RequisitionListModel::IdRole).toString());
            });
    connect(m_model, &RequisitionListModel::created, this, [this](const api::Requisition &r) {
        showRequisition(r);
        m_table->selectRow(m_model->rowOf(r.id));
        setStatus(tr("Requisition %1 created.").arg(r.requisitionCode));
    });
    connect(m_model, &RequisitionListModel::updated, this, [this](const api::Requisition &r) {
        if (r.id == m_current.id)
            showRequisition(r);
        setStatus(tr("Requisition %1 saved.").arg(r.requisitionCode));
    });
    connect(m_model, &RequisitionListModel::removed, this, [this](const QString &id) {
        if (id == m_current.id)
            newRequisition();
        setStatus(tr("Requisition deleted."));
    });
    connect(m_model, &RequisitionListModel::writeFailed, this,
            [this](const QString &m) { setStatus(m, true); });
    connect(m_model, &RequisitionListModel::changedElsewhere, this, [this](const api::Requisition &current) {
        if (current.id != m_current.id)
            return;
        // A three-way merge per field: their version becomes the base (hidden fields included), what the
        // user changed stays on top, what only they changed comes into the form. Fields both changed keep
        // the user's value and are named, so saving again overwrites nothing unseen.
        const QJsonObject base = m_current.toJson();
        const QJsonObject mine = formRequisition().toJson();
        const QJsonObject theirs = current.toJson();
        QJsonObject merged = theirs;
        QStringList both;
        for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
            if (it.value() == base.value(it.key()))
                continue;
            merged.insert(it.key(), it.value());
            if (theirs.value(it.key()) != base.value(it.key()) && theirs.value(it.key()) != it.value())
                both.append(fieldLabel(it.key()));
        }
        const std::optional<api::Requisition> result = api::Requisition::fromJson(merged);
        if (result)
            showRequisition(*result);
        m_current = current;
        setStatus(
            both.isEmpty()
                ? tr("Someone else changed this requisition in Lever meanwhile. Their changes are now in "
                     "the form, with your edits on top: check them and save again.")
                : tr("Someone else changed this requisition in Lever meanwhile. Their changes are now in "
                     "the form, with your edits on top; you both changed %1 (yours is shown). Check and "
                     "save again.")
                      .arg(both.join(u", "_s)),
            true);
    });
    connect(m_model, &RequisitionListModel::loadFailed, this,
            [this](const QString &m) { setStatus(tr("Could not load the requisitions: %1").arg(m), true); });
    connect(m_postings, &QAbstractItemModel::rowsInserted, this,
            [this] { refreshPostings(checkedPostings()); });
    m_model->reload();
    m_postings->reload();
    newRequisition();
}

void RequisitionsPage::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void RequisitionsPage::newRequisition()
{
    api::Requisition r;
    r.status = u"open"_s;
    r.owner =
        m_client.actingUserId().isEmpty() ? std::nullopt : std::optional<QString>(m_client.actingUserId());
    showRequisition(r);
    m_table->clearSelection();
    m_name->setFocus();
}

void RequisitionsPage::editRequisition(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        showRequisition(m_model->requisition(row));
}

QString RequisitionsPage::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {u"name"_s, QT_TR_NOOP("name")},
        {u"requisitionCode"_s, QT_TR_NOOP("requisition code")},
        {u"headcountTotal"_s, QT_TR_NOOP("headcount")},
        {u"headcountInfinite"_s, QT_TR_NOOP("unlimited headcount")},
        {u"status"_s, QT_TR_NOOP("status")},
        {u"employmentStatus"_s, QT_TR_NOOP("employment status")},
        {u"hiringManager"_s, QT_TR_NOOP("hiring manager")},
        {u"owner"_s, QT_TR_NOOP("owner")},
        {u"team"_s, QT_TR_NOOP("team")},
        {u"department"_s, QT_TR_NOOP("department")},
        {u"location"_s, QT_TR_NOOP("location")},
        {u"compensationBand"_s, QT_TR_NOOP("compensation band")},
        {u"internalNotes"_s, QT_TR_NOOP("internal notes")},
        {u"postings"_s, QT_TR_NOOP("linked postings")}};
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

void RequisitionsPage::showRequisition(const api::Requisition &r)
{
    m_current = r;
    m_heading->setText(r.id.isEmpty() ? tr("New requisition") : tr("Requisition %1").arg(r.requisitionCode));
    m_name->setText(r.name);
    m_code->setText(r.requisitionCode);
    m_headcount->setValue(qMax(1, r.headcountTotal));
    m_unlimited->setChecked(r.headcountInfinite);
    // Lever: once a requisition left draft it cannot go back.
    const bool draftAllowed = r.id.isEmpty() || r.status == u"draft"_s;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model()); model) {
        if (QStandardItem *item = model->item(m_status->findData(u"draft"_s)))
            item->setEnabled(draftAllowed);
    }
    m_status->setCurrentIndex(qMax(0, m_status->findData(r.status.isEmpty() ? u"open"_s : r.status)));
    m_employment->setCurrentIndex(qMax(0, m_employment->findData(r.employmentStatus.value_or(QString()))));
    m_backfill->setChecked(r.backfill);
    m_hiringManager->setCurrentUserId(r.hiringManager.value_or(QString()));
    m_owner->setCurrentUserId(r.owner.value_or(QString()));
    m_team->setText(r.team.value_or(QString()));
    m_department->setText(r.department.value_or(QString()));
    m_location->setText(r.location.value_or(QString()));
    m_bandMin->setText(r.compensationBand ? QString::number(r.compensationBand->min, 'g', 15) : QString());
    m_bandMax->setText(r.compensationBand ? QString::number(r.compensationBand->max, 'g', 15) : QString());
    m_bandCurrency->setCurrentText(r.compensationBand ? r.compensationBand->currency : QString());
    m_bandInterval->setCurrentIndex(
        qMax(0, m_bandInterval->findData(r.compensationBand ? r.compensationBand->interval : QString())));
    m_notes->setPlainText(r.internalNotes);
    refreshPostings(r.postings);
    m_custom->setText(
        r.customFields.isEmpty()
            ? tr("None")
            : tr("%n field(s), kept as they are: ", nullptr, int(r.customFields.size())) +
                  QString::fromUtf8(QJsonDocument(r.customFields).toJson(QJsonDocument::Compact)));
    m_delete->setEnabled(!r.id.isEmpty());
    setStatus(QString());
}

void RequisitionsPage::refreshPostings(const QStringList &checked)
{
    m_linked->clear();
    QStringList shown;
    for (int row = 0; row < m_postings->rowCount(); ++row) {
        const api::Posting &p = m_postings->posting(row);
        auto *item = new QListWidgetItem(p.text, m_linked);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        shown.append(p.id);
    }
    for (const QString &id : checked) {
        if (shown.contains(id))
            continue;
        auto *item = new QListWidgetItem(id, m_linked); // a linked posting not loaded (yet)
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList RequisitionsPage::checkedPostings() const
{
    QStringList out;
    for (int i = 0; i < m_linked->count(); ++i) {
        if (m_linked->item(i)->checkState() == Qt::Checked)
            out.append(m_linked->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

api::Requisition RequisitionsPage::formRequisition() const
{
    // Start from what was loaded: PUT replaces the whole object, so nothing the form does not show
    // (custom fields, approval, createdAt...) may be dropped.
    api::Requisition r = m_current;
    r.name = m_name->text().trimmed();
    r.requisitionCode = m_code->text().trimmed();
    r.headcountInfinite = m_unlimited->isChecked();
    r.headcountTotal = m_headcount->value();
    r.status = m_status->currentData().toString();
    r.employmentStatus = optionalText(m_employment->currentData().toString());
    r.backfill = m_backfill->isChecked();
    r.hiringManager = optionalText(m_hiringManager->currentUserId());
    r.owner = optionalText(m_owner->currentUserId());
    r.team = optionalText(m_team->text());
    r.department = optionalText(m_department->text());
    r.location = optionalText(m_location->text());
    if (m_bandMin->text().trimmed().isEmpty() && m_bandMax->text().trimmed().isEmpty() &&
        m_bandCurrency->currentText().trimmed().isEmpty() &&
        m_bandInterval->currentData().toString().isEmpty()) {
        r.compensationBand.reset();
    } else {
        r.compensationBand = api::Requisition::CompensationBand{
            m_bandCurrency->currentText().trimmed(), m_bandInterval->currentData().toString(),
            m_bandMin->text().trimmed().toDouble(), m_bandMax->text().trimmed().toDouble()};
    }
    r.internalNotes = m_notes->toPlainText();
    r.postings = checkedPostings();
    return r;
}

void RequisitionsPage::refuse(QWidget *field, const QString &message)
{
    setStatus(message, true);
    field->setFocus(Qt::OtherFocusReason);
}

bool RequisitionsPage::save()
{
    if (m_name->text().trimmed().isEmpty()) {
        refuse(m_name, tr("Enter a name for the requisition."));
        return false;
    }
    if (m_code->text().trimmed().isEmpty()) {
        refuse(m_code, tr("Enter a requisition code: postings link to requisitions by it."));
        return false;
    }
    const QString code = m_code->text().trimmed();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->requisition(row).requisitionCode == code &&
            m_model->requisition(row).id != m_current.id) {
            refuse(m_code, tr("Another requisition already has the code %1.").arg(code));
            return false;
        }
    }
    const QString status = m_status->currentData().toString();
    if (status == u"draft"_s && !m_current.id.isEmpty() && m_current.status != u"draft"_s) {
        refuse(m_status, tr("A requisition cannot move back to draft once it left it."));
        return false;
    }
    for (UserPicker *picker : {m_hiringManager, m_owner}) {
        if (picker->hasUnresolvedText()) {
            refuse(picker, tr("No Lever user matches \"%1\"; pick one from the list.").arg(picker->text()));
            return false;
        }
    }
    const QString min = m_bandMin->text().trimmed();
    const QString max = m_bandMax->text().trimmed();
    const QString currency = m_bandCurrency->currentText().trimmed();
    const QString interval = m_bandInterval->currentData().toString();
    const int filled =
        int(!min.isEmpty()) + int(!max.isEmpty()) + int(!currency.isEmpty()) + int(!interval.isEmpty());
    if (filled > 0 && filled < 4) {
        QWidget *first = min.isEmpty()        ? static_cast<QWidget *>(m_bandMin)
                         : max.isEmpty()      ? static_cast<QWidget *>(m_bandMax)
                         : currency.isEmpty() ? static_cast<QWidget *>(m_bandCurrency)
                                              : static_cast<QWidget *>(m_bandInterval);
        refuse(first,
               tr("A compensation band needs minimum, maximum, currency and interval together, or none."));
        return false;
    }
    if (filled == 4) {
        bool minOk = false;
        bool maxOk = false;
        const double lo = min.toDouble(&minOk);
        const double hi = max.toDouble(&maxOk);
        if (!minOk || lo < 0) {
            refuse(m_bandMin, tr("The compensation minimum must be a number of 0 or more."));
            return false;
        }
        if (!maxOk || hi < 0) {
            refuse(m_bandMax, tr("The compensation maximum must be a number of 0 or more."));
            return false;
        }
        if (lo > hi) {
            refuse(m_bandMin, tr("The compensation minimum must not be greater than the maximum."));
            return false;
        }
        static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
        if (!iso.match(currency).hasMatch()) {
            refuse(m_bandCurrency,
                   tr("The currency must be a three-letter ISO 4217 code such as USD or EUR."));
            return false;
        }
    }
    const api::Requisition r = formRequisition();
    setStatus(tr("Saving…"));
    if (r.id.isEmpty())
        m_model->create(r);
    else
        m_model->update(r);
    return true;
}

void RequisitionsPage::deleteCurrent()
{
    if (m_current.id.isEmpty())
        return;
    const QString id = m_current.id;
    QPointer<RequisitionsPage> self(this);
    m_prompter->ask(this, tr("Delete requisition"),
                    tr("Delete the requisition %1 (%2)? Postings linked to it lose the link.")
                        .arg(m_current.requisitionCode, m_current.name),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                    [self, id](QMessageBox::StandardButton answer) {
                        if (self && answer == QMessageBox::Yes) {
                            self->setStatus(tr("Deleting…"));
                            self->m_model->remove(id);
                        }
                    });
}

void RequisitionsPage::setStatus(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

QString RequisitionsPage::statusText() const
{
    return m_message->text();
}

} // namespace lever::ui
