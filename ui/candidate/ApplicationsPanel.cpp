#include "candidate/ApplicationsPanel.h"

#include "Store.h"
#include "candidate/CandidateModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

ApplicationsPanel::ApplicationsPanel(models::CandidateModel &model, models::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_applications(new QTreeWidget(this))
    , m_offers(new QTreeWidget(this))
{
    setObjectName(u"applicationsPanel"_s);
    m_applications->setObjectName(u"applicationsList"_s);
    m_applications->setAccessibleName(tr("Applications"));
    m_applications->setHeaderLabels({tr("Posting"), tr("Type"), tr("Applied"), tr("Status"), tr("Comments")});
    m_applications->setRootIsDecorated(false);
    m_applications->header()->resizeSection(0, 280);
    m_offers->setObjectName(u"offersList"_s);
    m_offers->setAccessibleName(tr("Offers"));
    m_offers->setHeaderLabels({tr("Offer"), tr("Status"), tr("Created"), tr("Sent"), tr("Details")});
    m_offers->header()->resizeSection(0, 280);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Applications")), this));
    layout->addWidget(m_applications, 1);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Offers")), this));
    layout->addWidget(m_offers, 1);
    connect(&model, &models::CandidateModel::changed, this, [this](models::CandidateModel::Part p) {
        if (p == models::CandidateModel::Part::Applications)
            rebuild();
    });
    rebuild();
}

void ApplicationsPanel::rebuild()
{
    const QLocale locale;
    auto when = [&locale](std::optional<qint64> ms) -> QString {
        return ms ? locale.toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
    };
    auto postingName = [this](const QString &id) -> QString {
        const models::PostingInfo *p = id.isEmpty() ? nullptr : m_store.posting(id);
        return p ? p->text : (id.isEmpty() ? tr("No posting") : id);
    };
    m_applications->clear();
    for (const api::Application &a : m_model.applications()) {
        auto *item = new QTreeWidgetItem(m_applications);
        item->setText(0, postingName(a.posting.value_or(QString())));
        item->setText(1, a.type);
        item->setText(2, when(a.createdAt));
        item->setText(3, a.archived ? tr("Archived") : tr("Active"));
        item->setText(4, a.comments.value_or(QString()));
    }
    if (m_model.applications().isEmpty() && m_model.isLoaded(models::CandidateModel::Part::Applications))
        (new QTreeWidgetItem(m_applications))->setText(0, tr("No applications."));
    m_offers->clear();
    for (const api::Offer &o : m_model.offers()) {
        auto *item = new QTreeWidgetItem(m_offers);
        item->setText(0, postingName(o.posting));
        item->setText(1, o.status);
        item->setText(2, when(o.createdAt));
        item->setText(3, when(o.sentAt));
        QStringList details;
        for (const api::Offer::Field &f : o.fields) {
            const QString v = f.value.toVariant().toString();
            if (!v.isEmpty())
                details.append(f.text + u": "_s + v);
        }
        item->setText(4, details.join(u"; "_s));
        item->setToolTip(4, details.join(u"\n"_s));
        for (const QString &d : std::as_const(details))
            (new QTreeWidgetItem(item))->setText(4, d);
    }
    if (m_model.offers().isEmpty() && m_model.isLoaded(models::CandidateModel::Part::Applications))
        (new QTreeWidgetItem(m_offers))->setText(0, tr("No offers."));
}

} // namespace lever::ui
