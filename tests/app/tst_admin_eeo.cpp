// Admin › EEO through the real window on an in-process sandbox: the aggregate table and chart match
// counts worked out here from the sandbox's own EEO documents; the identifying (PII) view is refused
// without its scope; with it, it is shown only after a warning, cleared when the page is hidden,
// exported only after a second confirmation, and nothing of it reaches a file under the config, data or
// cache folders.
#include "ApiKeyCredentials.h"
#include "AppController.h"
#include "Client.h"
#include "IsolatedAppMain.h"
#include "SandboxAccount.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Sync.h"
#include "Workspace.h"
#include "admin/EeoCountsModel.h"
#include "admin/EeoPiiModel.h"
#include "admin/EeoView.h"
#include "common/Confirm.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDirIterator>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using State = models::EeoCountsModel::State;

namespace {
QTemporaryDir *g_root = nullptr;
const QString kMarkerOpportunity = u"opp-eeo-pii-marker-5821"_s;
const QString kMarkerContact = u"contact-eeo-pii-marker-7730"_s;
const QString kMarkerId = u"eeo-pii-marker-response-4410"_s;
} // namespace

class TestAdminEeo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aggregatesMatchTheSandbox();
    void piiRefusedWithoutTheScope();
    void piiWarnedClearedAndExportedOnlyWhenConfirmed();
    void nothingOfThePiiViewOnDisk();

private:
    ui::EeoView *eeoView() const;
    // answer → count, worked out from the sandbox's stored documents (one posting title, or all).
    QMap<QString, int> expectedCounts(const QString &question, const QString &posting = {});
    static QMap<QString, int> shownCounts(const models::EeoCountsModel &model);

    std::unique_ptr<test::SandboxFixture> m_f;
    std::unique_ptr<auth::SessionSecretStore> m_keychain;
    std::unique_ptr<app::AppController> m_controller;
    QList<ui::Confirm::Question> m_asked;
    bool m_answer = true;
    QStringList m_piiIds;
};

void TestAdminEeo::initTestCase()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([this](const ui::Confirm::Question &q) {
        m_asked.append(q);
        return m_answer;
    });
    sandbox::SandboxOptions options = test::SandboxFixture::testOptions();
    options.demoSize = 150;
    m_f = std::make_unique<test::SandboxFixture>(options);
    // A response whose identifying fields appear nowhere else (no such opportunity or contact).
    const auto docs = m_f->documents(u"eeo_response"_s);
    QVERIFY2(docs.size() > 10, "the demo data has EEO responses");
    QJsonObject marker = docs.first().second;
    marker.insert(u"id"_s, kMarkerId);
    marker.insert(u"opportunityId"_s, kMarkerOpportunity);
    marker.insert(u"contact"_s, kMarkerContact);
    m_f->seedDocument(u"eeo_response"_s, kMarkerOpportunity, marker);
    for (const auto &[parent, doc] : m_f->documents(u"eeo_response"_s))
        m_piiIds.append(doc.value(u"id"_s).toString());

    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
    const auth::Account account = test::saveSandboxAccount(*m_controller, *m_f);
    QVERIFY(!account.id.isEmpty());
    m_controller->openAccount(account.id);
    QTRY_VERIFY(m_controller->workspace());
    models::Session &session = m_controller->workspace()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded() && !session.sync().isBusy(), 30000);
    ui::MainWindow *window = m_controller->window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->viewIds().contains(u"admin-eeo"_s));
}

ui::EeoView *TestAdminEeo::eeoView() const
{
    return qobject_cast<ui::EeoView *>(m_controller->window()->view(u"admin-eeo"_s));
}

QMap<QString, int> TestAdminEeo::expectedCounts(const QString &question, const QString &posting)
{
    QMap<QString, int> counts;
    for (const auto &[parent, doc] : m_f->documents(u"eeo_response"_s)) {
        if (!posting.isEmpty() && doc.value(u"applicationTitle"_s).toString() != posting)
            continue;
        const QJsonValue v = doc.value(question);
        QStringList answers;
        if (v.isArray()) {
            for (const QJsonValue &a : v.toArray())
                answers.append(a.toString());
            answers.removeDuplicates();
        } else if (v.isString() && !v.toString().isEmpty()) {
            answers.append(v.toString());
        }
        if (answers.isEmpty())
            answers.append(QString());
        for (const QString &a : answers)
            ++counts[a];
    }
    return counts;
}

QMap<QString, int> TestAdminEeo::shownCounts(const models::EeoCountsModel &model)
{
    QMap<QString, int> counts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        counts.insert(i.data(models::EeoCountsModel::AnswerRole).toString(),
                      i.data(models::EeoCountsModel::CountRole).toInt());
    }
    return counts;
}

void TestAdminEeo::aggregatesMatchTheSandbox()
{
    ui::MainWindow *window = m_controller->window();
    QVERIFY(window->showView(u"admin-eeo"_s));
    ui::EeoView *view = eeoView();
    QVERIFY(view);
    models::EeoCountsModel &counts = view->counts();
    QTRY_COMPARE_WITH_TIMEOUT(counts.state(), State::Ready, 20000);
    auto *category = view->findChild<QComboBox *>(u"eeoCategory"_s);
    auto *posting = view->findChild<QComboBox *>(u"eeoPosting"_s);
    auto *chartView = view->findChild<QChartView *>(u"eeoChart"_s);
    QVERIFY(category && posting && chartView);

    const QList<QPair<int, QString>> questions{
        {0, u"gender"_s}, {1, u"race"_s}, {2, u"veteran"_s}, {3, u"disability"_s}};
    for (const auto &[index, question] : questions) {
        category->setCurrentIndex(index);
        QCOMPARE(shownCounts(counts), expectedCounts(question));
    }
    // One posting, chosen in the list.
    QVERIFY(posting->count() > 2);
    posting->setCurrentIndex(2);
    const QString title = posting->currentText();
    for (const auto &[index, question] : questions) {
        category->setCurrentIndex(index);
        QCOMPARE(shownCounts(counts), expectedCounts(question, title));
    }
    // The chart draws the same numbers (the table's order, top to bottom).
    const auto series = chartView->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    QVERIFY(bars && bars->barSets().size() == 1);
    QBarSet *set = bars->barSets().first();
    QCOMPARE(set->count(), counts.rowCount());
    for (int row = 0; row < counts.rowCount(); ++row)
        QCOMPARE(int(set->at(set->count() - 1 - row)),
                 counts.index(row, 0).data(models::EeoCountsModel::CountRole).toInt());
    posting->setCurrentIndex(0);
    category->setCurrentIndex(0);
}

void TestAdminEeo::piiRefusedWithoutTheScope()
{
    // A credential with the aggregate scope but not the PII one.
    const QString key = m_f->sandbox().createApiKey({u"eeo_responses:read:admin"_s}, true);
    api::Client client(QUrl(m_f->sandbox().baseUrl()), std::make_shared<api::ApiKeyCredentials>(key));
    client.setActingUserId(m_f->firstUserId());
    models::Store store;
    auto *counts = new models::EeoCountsModel(client);
    auto *pii = new models::EeoPiiModel(client, store);
    ui::EeoView view(*counts, *pii);
    counts->setParent(&view);
    pii->setParent(&view);
    new QAbstractItemModelTester(counts, QAbstractItemModelTester::FailureReportingMode::Fatal, &view);
    new QAbstractItemModelTester(pii, QAbstractItemModelTester::FailureReportingMode::Fatal, &view);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE_WITH_TIMEOUT(counts->state(), State::Ready, 10000);
    m_asked.clear();
    m_answer = true;
    auto *show = view.findChild<QPushButton *>(u"eeoShowPii"_s);
    QVERIFY(show && show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pii->state(), State::MissingScope, 10000);
    QCOMPARE(m_asked.size(), 1); // the warning came first
    QCOMPARE(pii->rowCount(), 0);
    QVERIFY(!show->isEnabled());
    const QString status = view.findChild<QLabel *>(u"eeoPiiStatus"_s)->text();
    QVERIFY2(status.contains(u"eeo_responses_pii:read:admin"_s), qPrintable(status));
    QVERIFY(!view.findChild<QPushButton *>(u"eeoPiiExport"_s)->isEnabled());
}

void TestAdminEeo::piiWarnedClearedAndExportedOnlyWhenConfirmed()
{
    ui::MainWindow *window = m_controller->window();
    QVERIFY(window->showView(u"admin-eeo"_s));
    ui::EeoView *view = eeoView();
    models::EeoPiiModel &pii = view->pii();
    auto *show = view->findChild<QPushButton *>(u"eeoShowPii"_s);

    // Declining the warning reads nothing.
    m_asked.clear();
    m_answer = false;
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE(m_asked.size(), 1);
    QTest::qWait(200);
    QCOMPARE(pii.state(), models::EeoPiiModel::State::Idle);
    QVERIFY(m_asked.first().text.contains(u"protected"_s));

    m_answer = true;
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pii.state(), models::EeoPiiModel::State::Ready, 10000);
    QCOMPARE(pii.rowCount(), m_piiIds.size());
    QVERIFY(view->findChild<QTableView *>(u"eeoPiiTable"_s)->isVisible());
    QVERIFY(view->findChild<QLabel *>(u"eeoPiiWarning"_s)->isVisible());

    // Export: a second question; declined, no file.
    QTemporaryDir out;
    const QString path = out.filePath(u"eeo.csv"_s);
    m_asked.clear();
    m_answer = false;
    bool done = false, written = true;
    view->exportPii(path, [&](bool ok) {
        done = true;
        written = ok;
    });
    QTRY_VERIFY(done);
    QVERIFY(!written);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().title.contains(u"Export"_s));
    // Confirmed: written, owner-only.
    m_answer = true;
    done = false;
    view->exportPii(path, [&](bool ok) {
        done = true;
        written = ok;
    });
    QTRY_VERIFY(done);
    QVERIFY(written);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(kMarkerOpportunity.toUtf8()));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Another view: the identifying answers are gone from memory.
    QVERIFY(window->showView(u"board"_s));
    QCOMPARE(pii.rowCount(), 0);
    QCOMPARE(pii.state(), models::EeoPiiModel::State::Idle);
    QVERIFY(window->showView(u"admin-eeo"_s));
    QVERIFY(!view->findChild<QTableView *>(u"eeoPiiTable"_s)->isVisible());

    // Shown again for the disk check, then the window closes with it loaded.
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pii.state(), models::EeoPiiModel::State::Ready, 10000);
    QTest::qWait(500);
}

void TestAdminEeo::nothingOfThePiiViewOnDisk()
{
    // Everything the console keeps is written when it closes: close it, then read every file it left.
    // A candidate's id is in the local cache: the scan below would find what was written.
    const QString cachedId = m_controller->workspace()->session().store().at(0).id;
    m_controller->window()->close();
    m_controller.reset();
    QSettings().sync();
    QStringList needles{kMarkerOpportunity, kMarkerContact};
    needles += m_piiIds;
    QStringList files;
    for (const QString &folder : {u"config"_s, u"data"_s, u"cache"_s}) {
        QDirIterator it(g_root->filePath(folder), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    QVERIFY2(!files.isEmpty(), "the console wrote its settings and cache");
    bool cacheSeen = false;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        cacheSeen = cacheSeen || bytes.contains(cachedId.toUtf8());
        for (const QString &needle : needles) {
            QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(path + u" holds "_s + needle));
            const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(path + u" holds "_s + needle));
        }
    }
    QVERIFY2(cacheSeen, "the scan reads the local cache");
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestAdminEeo>(argc, argv, u"tst_admin_eeo"_s, &g_root);
}

#include "tst_admin_eeo.moc"
