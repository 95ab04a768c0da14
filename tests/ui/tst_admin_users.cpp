// Admin › Users against an in-process sandbox through its real widgets: create, edit (dropping to the
// Interviewer role is confirmed, with what it means), deactivate and reactivate, each checked on the
// sandbox; filters; and a key without users:write:admin gets an explanation instead of write buttons.
#include "AdminTestKit.h"
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "LeverApi.h"
#include "SandboxFixture.h"
#include "admin/UsersAdminModel.h"
#include "admin/UsersPage.h"
#include "common/Confirm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::SandboxFixture;
using namespace lever::test::admin;

namespace {

QJsonObject userByEmail(SandboxFixture &f, const QString &email)
{
    const QJsonArray users = f.get(u"/users?includeDeactivated=true&email="_s + email).list();
    return users.isEmpty() ? QJsonObject() : users.first().toObject();
}

void selectUser(ui::UsersPage *page, const QString &id)
{
    auto *table = page->findChild<QTableView *>(u"usersTable"_s);
    const int row = page->model()->rowOf(id);
    QVERIFY(row >= 0);
    table->selectRow(row);
    QCOMPARE(page->currentId(), id);
}

} // namespace

class TestAdminUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_asked.clear();
        ui::Confirm::setAnswererForTesting([this](const ui::Confirm::Question &q) {
            m_asked.append(q);
            return true;
        });
    }
    void cleanup() { ui::Confirm::setAnswererForTesting({}); }

    void createEditDeactivateReactivate()
    {
        SandboxFixture f;
        auto client = makeClient(f, f.apiKey());
        ui::UsersPage page(*client);
        QAbstractItemModelTester tester(page.model());
        page.resize(1280, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        QVERIFY(page.writeAllowed());

        // Create: name, e-mail, role, job title, manager.
        QTest::mouseClick(w<QPushButton>(&page, u"usersNew"_s), Qt::LeftButton);
        QVERIFY(w<QGroupBox>(&page, u"usersForm"_s)->isVisible());
        QTest::keyClicks(w<QLineEdit>(&page, u"userName"_s), u"Ada Admin-Test"_s);
        QTest::keyClicks(w<QLineEdit>(&page, u"userEmail"_s), u"ada.admintest@example.com"_s);
        auto *role = w<QComboBox>(&page, u"userRole"_s);
        role->setCurrentIndex(role->findData(u"admin"_s));
        QTest::keyClicks(w<QLineEdit>(&page, u"userJobTitle"_s), u"Head of Talent"_s);
        auto *manager = w<QComboBox>(&page, u"userManager"_s);
        const int managerIndex = manager->findData(f.firstUserId());
        QVERIFY(managerIndex > 0);
        manager->setCurrentIndex(managerIndex);
        QTest::mouseClick(w<QPushButton>(&page, u"userSave"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!userByEmail(f, u"ada.admintest@example.com"_s).isEmpty(), 10000);
        QJsonObject made = userByEmail(f, u"ada.admintest@example.com"_s);
        QCOMPARE(made.value(u"name"_s).toString(), u"Ada Admin-Test"_s);
        QCOMPARE(made.value(u"accessRole"_s).toString(), u"admin"_s);
        QCOMPARE(made.value(u"jobTitle"_s).toString(), u"Head of Talent"_s);
        QCOMPARE(made.value(u"managerId"_s).toString(), f.firstUserId());
        const QString id = made.value(u"id"_s).toString();
        QTRY_VERIFY(page.model()->rowOf(id) >= 0);
        QTRY_VERIFY(!w<QGroupBox>(&page, u"usersForm"_s)->isVisible());

        // Edit: drop to Interviewer (confirmed, saying what it means) and change the name; a PUT replaces,
        // so the job title and manager the form shows are sent again and survive.
        selectUser(&page, id);
        QTest::mouseClick(w<QPushButton>(&page, u"usersEdit"_s), Qt::LeftButton);
        QCOMPARE(w<QLineEdit>(&page, u"userName"_s)->text(), u"Ada Admin-Test"_s);
        type(w<QLineEdit>(&page, u"userName"_s), u"Ada Interviewer"_s);
        role->setCurrentIndex(role->findData(u"interviewer"_s));
        QTest::mouseClick(w<QPushButton>(&page, u"userSave"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            userByEmail(f, u"ada.admintest@example.com"_s).value(u"accessRole"_s).toString(),
            u"interviewer"_s, 10000);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().text.contains(u"follow"_s), qPrintable(m_asked.first().text));
        made = userByEmail(f, u"ada.admintest@example.com"_s);
        QCOMPARE(made.value(u"name"_s).toString(), u"Ada Interviewer"_s);
        QCOMPARE(made.value(u"jobTitle"_s).toString(), u"Head of Talent"_s);
        QCOMPARE(made.value(u"managerId"_s).toString(), f.firstUserId());

        // Deactivate: confirmed with "can't sign in"; the row leaves the active-only list.
        selectUser(&page, id);
        QTest::mouseClick(w<QPushButton>(&page, u"usersDeactivate"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !userByEmail(f, u"ada.admintest@example.com"_s).value(u"deactivatedAt"_s).isNull(), 10000);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY2(m_asked.last().text.contains(u"sign in"_s), qPrintable(m_asked.last().text));
        QTRY_COMPARE(page.model()->rowOf(id), -1);

        // Reactivate it from the "include deactivated" list.
        QTest::mouseClick(w<QCheckBox>(&page, u"usersIncludeDeactivated"_s), Qt::LeftButton);
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowOf(id) >= 0);
        selectUser(&page, id);
        QVERIFY(!w<QPushButton>(&page, u"usersDeactivate"_s)->isEnabled());
        QVERIFY(w<QPushButton>(&page, u"usersReactivate"_s)->isEnabled());
        QTest::mouseClick(w<QPushButton>(&page, u"usersReactivate"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            userByEmail(f, u"ada.admintest@example.com"_s).value(u"deactivatedAt"_s).isNull(), 10000);
        QCOMPARE(m_asked.size(), 3);
        QTRY_VERIFY(w<QPushButton>(&page, u"usersDeactivate"_s)->isEnabled());
    }

    void filtersAndSearch()
    {
        SandboxFixture f;
        const QJsonObject interviewer = f.userWithRole(u"interviewer"_s);
        auto client = makeClient(f, f.apiKey());
        ui::UsersPage page(*client);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        auto *role = w<QComboBox>(&page, u"usersRoleFilter"_s);
        role->setCurrentIndex(role->findData(u"interviewer"_s));
        QTRY_VERIFY(!page.model()->isLoading());
        QVERIFY(page.model()->rowCount() > 0);
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, 0).data(models::UsersAdminModel::AccessRoleRole).toString(),
                     u"interviewer"_s);
        QVERIFY(page.model()->rowOf(interviewer.value(u"id"_s).toString()) >= 0);
        // Search by part of the e-mail, in any case.
        QTest::keyClicks(w<QLineEdit>(&page, u"usersSearch"_s),
                         interviewer.value(u"email"_s).toString().section(u'@', 0, 0).toUpper());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, 0).data(models::UsersAdminModel::IdRole).toString(),
                 interviewer.value(u"id"_s).toString());
    }

    void withoutWriteScopeExplainsInsteadOfButtons()
    {
        SandboxFixture f;
        const QString key = f.sandbox().createApiKey({u"users:read:admin"_s}, false);
        auto client = makeClient(f, key);
        ui::UsersPage page(*client);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        const int before = int(f.get(u"/users?includeDeactivated=true"_s).list().size());
        QTest::mouseClick(w<QPushButton>(&page, u"usersNew"_s), Qt::LeftButton);
        QTest::keyClicks(w<QLineEdit>(&page, u"userName"_s), u"No Scope"_s);
        QTest::keyClicks(w<QLineEdit>(&page, u"userEmail"_s), u"no.scope@example.com"_s);
        QTest::mouseClick(w<QPushButton>(&page, u"userSave"_s), Qt::LeftButton);
        auto *explanation = w<QLabel>(&page, u"usersForbidden"_s);
        QTRY_VERIFY_WITH_TIMEOUT(explanation->isVisible(), 10000);
        QVERIFY2(explanation->text().contains(u"users:write:admin"_s), qPrintable(explanation->text()));
        QVERIFY(!page.writeAllowed());
        for (const QString &name :
             {u"usersNew"_s, u"usersEdit"_s, u"usersDeactivate"_s, u"usersReactivate"_s})
            QVERIFY2(!w<QPushButton>(&page, name)->isVisible(), qPrintable(name));
        QVERIFY(!w<QGroupBox>(&page, u"usersForm"_s)->isVisible());
        QCOMPARE(int(f.get(u"/users?includeDeactivated=true"_s).list().size()), before);
        // Browsing still works.
        QTest::mouseClick(w<QCheckBox>(&page, u"usersIncludeDeactivated"_s), Qt::LeftButton);
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
    }

private:
    QList<ui::Confirm::Question> m_asked;
};

QTEST_MAIN(TestAdminUsers)
#include "tst_admin_users.moc"
