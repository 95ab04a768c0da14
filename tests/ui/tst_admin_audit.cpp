// Admin › Audit log against a real sandbox: more than one page read through fetchMore as the table
// scrolls, each filter (event type, user, target type and id, dates) checked against the sandbox's own
// events, the details panel, and the two refusals (scope missing, feature not enabled) shown as a notice
// instead of an empty table.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "SandboxFixture.h"
#include "Store.h"
#include "admin/AuditLogModel.h"
#include "admin/AuditLogView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using State = models::AuditLogModel::State;

class TestAdminAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesAsTheTableScrolls();
    void filters();
    void detailsOfTheSelectedEvent();
    void missingScopeExplained();
    void notEnabledExplained();

private:
    std::unique_ptr<api::Client> client(const QString &key = {});
    std::unique_ptr<ui::AuditLogView> view(api::Client &client, models::AuditLogModel *&model);
    // The sandbox's audit events (straight from its store) that pass `accept`, by id.
    QSet<QString> expected(const std::function<bool(const QJsonObject &)> &accept);
    static QSet<QString> shownIds(const models::AuditLogModel &model);
    static void loadAll(ui::AuditLogView &view);

    std::unique_ptr<test::SandboxFixture> m_f;
    models::Store m_store;
    QString m_userA, m_userB;
    qint64 m_base = 0;
};

std::unique_ptr<api::Client> TestAdminAudit::client(const QString &key)
{
    api::Client::Options o;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 100;
    auto c = std::make_unique<api::Client>(
        m_f->sandbox().baseUrl(),
        std::make_shared<api::ApiKeyCredentials>(key.isEmpty() ? m_f->apiKey() : key), o);
    c->setActingUserId(m_f->firstUserId());
    return c;
}

void TestAdminAudit::initTestCase()
{
    m_f = std::make_unique<test::SandboxFixture>();
    m_userA = m_f->firstUserId();
    m_userB = m_f->userWithRole(u"interviewer"_s).value(u"id"_s).toString();
    QVERIFY(!m_userB.isEmpty());
    m_store.setUsers(
        {{m_userA, u"Ada Admin"_s, {}, u"AA"_s, false}, {m_userB, u"Bo Viewer"_s, {}, u"BV"_s, false}});
    // 250 events over 25 days, three types, two users, two target types: well over two pages of 100.
    m_base = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QStringList types{u"user.created"_s, u"posting.created"_s, u"webhook.deleted"_s};
    for (int i = 0; i < 250; ++i) {
        const QString id = u"audit-%1"_s.arg(i, 4, 10, QChar(u'0'));
        m_f->seedDocument(u"audit_event"_s, QString(),
                          {{u"id"_s, id},
                           {u"type"_s, types.at(i % 3)},
                           {u"createdAt"_s, double(m_base + qint64(i / 10) * 86400000)},
                           {u"user"_s, i % 2 ? m_userB : m_userA},
                           {u"target"_s, QJsonObject{{u"type"_s, i % 5 ? u"user"_s : u"posting"_s},
                                                     {u"id"_s, u"target-%1"_s.arg(i % 7)}}},
                           {u"meta"_s, QJsonObject{{u"note"_s, u"seeded %1"_s.arg(i)}}}});
    }
}

QSet<QString> TestAdminAudit::expected(const std::function<bool(const QJsonObject &)> &accept)
{
    QSet<QString> ids;
    for (const auto &[parent, doc] : m_f->documents(u"audit_event"_s))
        if (accept(doc))
            ids.insert(doc.value(u"id"_s).toString());
    return ids;
}

QSet<QString> TestAdminAudit::shownIds(const models::AuditLogModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(models::AuditLogModel::IdRole).toString());
    return ids;
}

std::unique_ptr<ui::AuditLogView> TestAdminAudit::view(api::Client &client, models::AuditLogModel *&model)
{
    model = new models::AuditLogModel(client);
    auto v = std::make_unique<ui::AuditLogView>(*model, m_store);
    model->setParent(v.get());
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, v.get());
    v->resize(1200, 700);
    v->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(v.get())); }();
    return v;
}

// Scrolls the table to its end until the model has read every page.
void TestAdminAudit::loadAll(ui::AuditLogView &view)
{
    auto *table = view.findChild<QTableView *>(u"auditTable"_s);
    models::AuditLogModel &model = view.model();
    for (int guard = 0; guard < 20; ++guard) {
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != State::Loading, 10000);
        if (!model.canFetchMore())
            return;
        table->scrollToBottom();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(50);
        if (model.state() != State::Loading && model.canFetchMore())
            model.fetchMore(); // the view asks only when its scroll bar moves; a short window may not
    }
    QFAIL("the log did not end");
}

void TestAdminAudit::pagesAsTheTableScrolls()
{
    auto c = client();
    models::AuditLogModel *model = nullptr;
    auto v = view(*c, model);
    // The first page only: the next waits for the table to scroll.
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Ready, 10000);
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(model->pagesLoaded(), 1);
    QTest::qWait(200);
    QCOMPARE(model->pagesLoaded(), 1);
    QVERIFY(model->canFetchMore());
    auto *table = v->findChild<QTableView *>(u"auditTable"_s);
    QVERIFY(table);
    // Scrolling to the end is what asks for the next page (QAbstractItemView calls fetchMore()).
    table->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model->pagesLoaded() >= 2, 10000);
    QCOMPARE(model->rowCount(), 200);
    loadAll(*v);
    QVERIFY(model->pagesLoaded() >= 3);
    QCOMPARE(shownIds(*model), expected([](const QJsonObject &) { return true; }));
    QVERIFY(!model->canFetchMore());
    const QString status = v->findChild<QLabel *>(u"auditStatus"_s)->text();
    const QString all = QString::number(expected([](const QJsonObject &) { return true; }).size());
    QVERIFY2(status.contains(all) && !status.contains(u"scroll"_s), qPrintable(status));
}

void TestAdminAudit::filters()
{
    auto c = client();
    models::AuditLogModel *model = nullptr;
    auto v = view(*c, model);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Ready, 10000);
    auto *type = v->findChild<QComboBox *>(u"auditType"_s);
    auto *user = v->findChild<QComboBox *>(u"auditUser"_s);
    auto *targetType = v->findChild<QComboBox *>(u"auditTargetType"_s);
    auto *targetId = v->findChild<QLineEdit *>(u"auditTargetId"_s);
    auto *apply = v->findChild<QPushButton *>(u"auditApply"_s);
    QVERIFY(type && user && targetType && targetId && apply);

    // Event type (chosen from the list) and user.
    type->setCurrentIndex(type->findData(u"posting.created"_s));
    user->setCurrentIndex(user->findData(m_userB));
    QTest::mouseClick(apply, Qt::LeftButton);
    loadAll(*v);
    QSet<QString> want = expected([&](const QJsonObject &e) {
        return e.value(u"type"_s).toString() == u"posting.created"_s &&
               e.value(u"user"_s).toString() == m_userB;
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(shownIds(*model), want);
    QCOMPARE(model->filter().types, QStringList{u"posting.created"_s});

    // Target type (typed) and id.
    type->setCurrentIndex(0);
    user->setCurrentIndex(0);
    targetType->setEditText(u"posting"_s);
    targetId->setText(u"target-3"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    loadAll(*v);
    want = expected([](const QJsonObject &e) {
        const QJsonObject t = e.value(u"target"_s).toObject();
        return t.value(u"type"_s).toString() == u"posting"_s && t.value(u"id"_s).toString() == u"target-3"_s;
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(shownIds(*model), want);

    // Dates: whole local days from the 5th to the 9th day of the seeded span.
    targetType->setCurrentIndex(0);
    targetId->clear();
    const QDate from = QDateTime::fromMSecsSinceEpoch(m_base + 5 * 86400000LL).toLocalTime().date();
    const QDate to = from.addDays(4);
    v->findChild<QCheckBox *>(u"auditFromEnabled"_s)->setChecked(true);
    v->findChild<QDateEdit *>(u"auditFrom"_s)->setDate(from);
    v->findChild<QCheckBox *>(u"auditToEnabled"_s)->setChecked(true);
    v->findChild<QDateEdit *>(u"auditTo"_s)->setDate(to);
    QTest::mouseClick(apply, Qt::LeftButton);
    loadAll(*v);
    const qint64 start = from.startOfDay().toMSecsSinceEpoch(), end = to.endOfDay().toMSecsSinceEpoch();
    want = expected([&](const QJsonObject &e) {
        const qint64 at = qint64(e.value(u"createdAt"_s).toDouble());
        return at >= start && at <= end;
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(shownIds(*model), want);

    // Nothing matches: the table stays, with a sentence saying so.
    v->findChild<QCheckBox *>(u"auditFromEnabled"_s)->setChecked(false);
    v->findChild<QCheckBox *>(u"auditToEnabled"_s)->setChecked(false);
    targetId->setText(u"no-such-target"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Ready, 10000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(v->findChild<QLabel *>(u"auditStatus"_s)->text().contains(u"No audit events"_s));
}

void TestAdminAudit::detailsOfTheSelectedEvent()
{
    auto c = client();
    models::AuditLogModel *model = nullptr;
    auto v = view(*c, model);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::Ready, 10000);
    auto *table = v->findChild<QTableView *>(u"auditTable"_s);
    table->selectRow(3);
    const QString id = model->index(3, 0).data(models::AuditLogModel::IdRole).toString();
    const QString details = v->findChild<QPlainTextEdit *>(u"auditDetails"_s)->toPlainText();
    QVERIFY2(details.contains(id), qPrintable(details));
    QVERIFY(details.contains(u"seeded"_s)); // the event's meta
    // User ids are shown by name.
    QVERIFY(details.contains(u"Ada Admin"_s) || details.contains(u"Bo Viewer"_s));
}

void TestAdminAudit::missingScopeExplained()
{
    const QString key = m_f->sandbox().createApiKey({u"users:read:admin"_s}, false);
    auto c = client(key);
    models::AuditLogModel *model = nullptr;
    auto v = view(*c, model);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::MissingScope, 10000);
    QCOMPARE(model->rowCount(), 0);
    auto *stack = v->findChild<QStackedWidget *>();
    QVERIFY(!v->findChild<QTableView *>(u"auditTable"_s)->isVisible()); // no empty table
    QCOMPARE(stack->currentIndex(), 1);
    QVERIFY(v->findChild<QLabel *>(u"auditNotice"_s)->text().contains(u"audit_events:read:admin"_s));
}

namespace {
// Real Lever refuses an add-on the account has not bought with a 403 that names no scope; the sandbox
// always has the audit log (and its fault rules answer only 500/503), so this one answer comes from a
// minimal loopback server.
class RefusingServer : public QTcpServer
{
public:
    RefusingServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray body =
                        R"({"code":"ForbiddenError","message":"Audit events are not enabled for this account"})";
                    socket->write(
                        "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString baseUrl() const { return u"http://127.0.0.1:%1/v1"_s.arg(serverPort()); }
};
} // namespace

void TestAdminAudit::notEnabledExplained()
{
    RefusingServer server;
    QVERIFY(server.isListening());
    api::Client::Options o;
    o.retry.baseDelayMs = 10;
    auto c = std::make_unique<api::Client>(QUrl(server.baseUrl()),
                                           std::make_shared<api::ApiKeyCredentials>(u"k"_s), o);
    c->setActingUserId(m_userA);
    models::AuditLogModel *model = nullptr;
    auto v = view(*c, model);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), State::NotEnabled, 10000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!v->findChild<QTableView *>(u"auditTable"_s)->isVisible()); // no empty table
    const QString notice = v->findChild<QLabel *>(u"auditNotice"_s)->text();
    QVERIFY2(notice.contains(u"not enabled"_s) && notice.contains(u"add-on"_s), qPrintable(notice));
    QVERIFY(v->findChild<QPushButton *>(u"auditRetry"_s)->isVisible());
}

QTEST_MAIN(TestAdminAudit)

#include "tst_admin_audit.moc"
