// Admin › Reference data through the real window on an in-process sandbox: every tab lists what the
// sandbox has (read here straight from its API), stages in pipeline order, archive reasons by type,
// sources and tags with counts, referrals of the referred candidates with their referrer, every offer
// opening its candidate (feedback templates: tst_admin_feedback_templates).
#include "AppController.h"
#include "IsolatedAppMain.h"
#include "SandboxAccount.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Sync.h"
#include "Workspace.h"
#include "admin/ReferenceDataModel.h"
#include "admin/ReferenceDataView.h"
#include "candidate/CandidatesView.h"
#include "common/Confirm.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lever;
using List = models::ReferenceDataModel::List;
using State = models::ReferenceDataModel::State;

class TestAdminReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stagesInPipelineOrder();
    void archiveReasonsByType();
    void sourcesAndTagsWithCounts();
    void offersOpenTheirCandidate();
    void referralsWithTheReferrer();

private:
    ui::ReferenceDataView *view() const;
    // Every record of a list from the sandbox's API, all pages.
    QList<QJsonObject> all(const QString &path);
    // A column of the list as shown (in the view's order).
    QStringList column(List list, int column) const;
    void show(List list);
    QString userName(const QString &id) const;

    std::unique_ptr<test::SandboxFixture> m_f;
    std::unique_ptr<auth::SessionSecretStore> m_keychain;
    std::unique_ptr<app::AppController> m_controller;
};

void TestAdminReference::initTestCase()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    sandbox::SandboxOptions options = test::SandboxFixture::testOptions();
    options.demoSize = 150;
    m_f = std::make_unique<test::SandboxFixture>(options);
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
    const auth::Account account = test::saveSandboxAccount(*m_controller, *m_f);
    QVERIFY(!account.id.isEmpty());
    m_controller->openAccount(account.id);
    QTRY_VERIFY(m_controller->workspace());
    models::Session &session = m_controller->workspace()->session();
    // Referred candidates are found among the loaded ones, archived included.
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded() && !session.sync().isBusy(), 30000);
    ui::MainWindow *window = m_controller->window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->showView(u"admin-reference"_s));
    QVERIFY(view());
}

ui::ReferenceDataView *TestAdminReference::view() const
{
    return qobject_cast<ui::ReferenceDataView *>(m_controller->window()->view(u"admin-reference"_s));
}

QList<QJsonObject> TestAdminReference::all(const QString &path)
{
    QList<QJsonObject> out;
    QString next;
    for (int guard = 0; guard < 100; ++guard) {
        QString url = path + (path.contains(u'?') ? u"&"_s : u"?"_s) + u"limit=100"_s;
        if (!next.isEmpty())
            url += u"&offset="_s + next;
        const auto reply = m_f->get(url);
        if (reply.status != 200) {
            qWarning() << path << reply.status << reply.body;
            return {};
        }
        for (const QJsonValue &v : reply.list())
            out.append(v.toObject());
        if (!reply.json.value(u"hasNext"_s).toBool())
            break;
        next = reply.json.value(u"next"_s).toString();
    }
    return out;
}

QStringList TestAdminReference::column(List list, int column) const
{
    QTableView *table = view()->table(list);
    QStringList out;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        out.append(table->model()->index(row, column).data().toString());
    return out;
}

void TestAdminReference::show(List list)
{
    m_controller->window()->showView(u"admin-reference"_s);
    view()->showList(list);
    QTRY_COMPARE_WITH_TIMEOUT(view()->model().state(list), State::Ready, 20000);
    QVERIFY(view()->table(list)->isVisible());
}

QString TestAdminReference::userName(const QString &id) const
{
    for (const models::UserInfo &u : m_controller->workspace()->session().store().users())
        if (u.id == id)
            return u.name;
    return id;
}

void TestAdminReference::stagesInPipelineOrder()
{
    show(List::Stages);
    QStringList expected;
    for (const QJsonObject &s : all(u"/stages"_s))
        expected.append(s.value(u"text"_s).toString());
    QVERIFY(expected.size() > 3);
    QCOMPARE(column(List::Stages, 1), expected);
    QCOMPARE(column(List::Stages, 0).first(), u"1"_s);
}

void TestAdminReference::archiveReasonsByType()
{
    show(List::ArchiveReasons);
    const QList<QJsonObject> reasons = all(u"/archive_reasons"_s);
    QStringList hired, other;
    for (const QJsonObject &r : reasons)
        (r.value(u"type"_s).toString() == u"hired"_s ? hired : other).append(r.value(u"text"_s).toString());
    QVERIFY(!hired.isEmpty() && !other.isEmpty());
    // Hired reasons first, then the others, each in Lever's order.
    QCOMPARE(column(List::ArchiveReasons, 0), hired + other);
    // Only the hired ones, asked of Lever with its type filter.
    auto *type = view()->findChild<QComboBox *>(u"referenceReasonType"_s);
    QVERIFY(type);
    type->setCurrentIndex(type->findText(u"Hired"_s, Qt::MatchExactly));
    QTRY_COMPARE_WITH_TIMEOUT(view()->model().state(List::ArchiveReasons), State::Ready, 10000);
    QCOMPARE(column(List::ArchiveReasons, 0), hired);
    type->setCurrentIndex(type->findText(u"Not hired"_s, Qt::MatchExactly));
    QTRY_COMPARE_WITH_TIMEOUT(view()->model().state(List::ArchiveReasons), State::Ready, 10000);
    QCOMPARE(column(List::ArchiveReasons, 0), other);
    type->setCurrentIndex(0);
}

void TestAdminReference::sourcesAndTagsWithCounts()
{
    for (const auto &[list, path] :
         {std::pair{List::Sources, u"/sources"_s}, std::pair{List::Tags, u"/tags"_s}}) {
        show(list);
        QMap<QString, qint64> expected, shown;
        for (const QJsonObject &s : all(path))
            expected.insert(s.value(u"text"_s).toString(), s.value(u"count"_s).toInteger());
        QVERIFY(!expected.isEmpty());
        QStandardItemModel *model = view()->model().model(list);
        for (int row = 0; row < model->rowCount(); ++row)
            shown.insert(model->item(row, 0)->text(),
                         model->item(row, 1)->data(models::ReferenceDataModel::SortRole).toLongLong());
        QCOMPARE(shown, expected);
    }
}

void TestAdminReference::offersOpenTheirCandidate()
{
    show(List::Offers);
    const QList<QJsonObject> offers = all(u"/offers"_s);
    QVERIFY(!offers.isEmpty());
    QStandardItemModel *model = view()->model().model(List::Offers);
    QCOMPARE(model->rowCount(), offers.size());
    const models::Store &store = m_controller->workspace()->session().store();
    QHash<QString, QString> offerParents;
    for (const auto &[parent, doc] : m_f->documents(u"offer"_s))
        offerParents.insert(doc.value(u"id"_s).toString(), parent);
    for (int row = 0; row < offers.size(); ++row) {
        const QJsonObject &o = offers.at(row);
        QCOMPARE(model->item(row, 1)->text(), o.value(u"status"_s).toString());
        // The sandbox knows whose offer it is (Lever's answer does not say): the row names that candidate.
        const QString opp = offerParents.value(o.value(u"id"_s).toString());
        QVERIFY(!opp.isEmpty());
        QCOMPARE(model->item(row, 0)->data(models::ReferenceDataModel::OpportunityIdRole).toString(), opp);
        QVERIFY(store.slotOf(opp) >= 0);
        QCOMPARE(model->item(row, 0)->text(), store.at(store.slotOf(opp)).name);
        QString postingName;
        for (const models::PostingInfo &p : store.postings())
            if (p.id == o.value(u"posting"_s).toString())
                postingName = p.text;
        QVERIFY(!postingName.isEmpty());
        QCOMPARE(model->item(row, 2)->text(), postingName);
    }
    // Activating a row (Enter) opens the candidate.
    QTableView *table = view()->table(List::Offers);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString opp = table->currentIndex().data(models::ReferenceDataModel::OpportunityIdRole).toString();
    QSignalSpy opened(view(), &ui::ReferenceDataView::openCandidate);
    QTest::keyClick(table, Qt::Key_Return);
    if (opened.isEmpty()) { // no key focus without a window manager: the button does the same
        auto *open = view()->findChild<QPushButton *>(u"referenceOffersOpen"_s);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
    }
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), opp);
    QTRY_COMPARE(m_controller->window()->currentViewId(), u"candidates"_s);
}

void TestAdminReference::referralsWithTheReferrer()
{
    m_controller->window()->showView(u"admin-reference"_s);
    view()->showList(List::Referrals);
    QTest::qWait(200);
    QCOMPARE(view()->model().state(List::Referrals), State::Idle); // one request per candidate: on demand
    const QStringList referred = view()->model().referredCandidates();
    QVERIFY(!referred.isEmpty());
    QMultiMap<QString, QString> expected; // opportunity → referrer name
    for (const QString &id : referred)
        for (const QJsonObject &r : all(u"/opportunities/"_s + id + u"/referrals"_s))
            expected.insert(id, userName(r.value(u"referrer"_s).toString()));
    QVERIFY(!expected.isEmpty());
    QTest::mouseClick(view()->findChild<QPushButton *>(u"referenceLoadReferrals"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view()->model().state(List::Referrals), State::Ready, 30000);
    QStandardItemModel *model = view()->model().model(List::Referrals);
    QMultiMap<QString, QString> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(model->item(row, 0)->data(models::ReferenceDataModel::OpportunityIdRole).toString(),
                     model->item(row, 1)->text());
    QCOMPARE(shown.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY(shown.contains(it.key(), it.value()));
    // Referrers are shown by name, not id.
    QVERIFY(!model->item(0, 1)->text().isEmpty());
    QVERIFY(m_controller->workspace()->session().store().users().size() > 0);
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestAdminReference>(argc, argv, u"tst_admin_reference"_s);
}

#include "tst_admin_reference.moc"
