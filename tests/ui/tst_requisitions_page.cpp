// The requisitions page against an in-process sandbox: create, edit (a whole-object PUT that keeps custom
// fields and everything else loaded), delete, and Lever's rules refused before sending.
#include "PostingUiKit.h"
#include "pickers/UserPicker.h"
#include "postings/PostingListModel.h"
#include "postings/RequisitionListModel.h"
#include "requisitions/RequisitionsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::test::postingui;
using lever::test::SandboxFixture;

namespace {

struct Env
{
    SandboxFixture f;
    std::unique_ptr<api::Client> client = makeClient(f);
    std::unique_ptr<QStandardItemModel> users = makeUsersModel(*client);
    std::shared_ptr<ScriptedPrompter> prompter = std::make_shared<ScriptedPrompter>();

    std::unique_ptr<ui::RequisitionsPage> page()
    {
        auto p = std::make_unique<ui::RequisitionsPage>(*client, users.get());
        p->setPrompter(prompter);
        p->resize(1280, 800);
        p->show();
        QApplication::setActiveWindow(p.get());
        ui::RequisitionsPage *raw = p.get();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(raw));
            QTRY_VERIFY_WITH_TIMEOUT(!raw->requisitions()->isLoading() && !raw->postings()->isLoading(),
                                     10000);
        }();
        return p;
    }
};

template <class T> T *w(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning() << "no widget" << name;
    return found;
}

void setCombo(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

QString customFieldId(SandboxFixture &f)
{
    const auto fields = f.get(u"/requisition_fields"_s).list();
    for (const QJsonValue &v : fields) {
        if (v.toObject().value(u"type"_s).toString() == u"text"_s)
            return v.toObject().value(u"id"_s).toString();
    }
    return {};
}

int requisitionWrites(SandboxFixture &f)
{
    int n = 0;
    const auto entries = f.sandbox().requestLog().entries();
    for (const auto &e : entries)
        n += e.method != "GET" && e.path.startsWith(u"/requisitions"_s) ? 1 : 0;
    return n;
}

} // namespace

class TestRequisitionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createEditDelete();
    void rulesRefusedBeforeSending();
    void changeMadeMeanwhileIsNotOverwritten();
    void ownerNamedOnceUsersArriveAndCurrencyChoices();
};

void TestRequisitionsPage::ownerNamedOnceUsersArriveAndCurrencyChoices()
{
    Env env;
    // The page opens a new requisition before the account's users are loaded.
    QStandardItemModel users;
    ui::RequisitionsPage page(*env.client, &users);
    auto *owner = w<ui::UserPicker>(&page, u"reqOwnerPicker"_s);
    const QString me = env.client->actingUserId();
    QCOMPARE(owner->currentUserId(), me);
    QString myName;
    for (int row = 0; row < env.users->rowCount(); ++row) {
        if (env.users->item(row)->data(Qt::UserRole).toString() == me)
            myName = env.users->item(row)->text();
    }
    QVERIFY(!myName.isEmpty());
    // Once they are, the owner reads as a name, not an id.
    for (int row = 0; row < env.users->rowCount(); ++row)
        users.appendRow(env.users->item(row)->clone());
    QCOMPARE(owner->lineEdit()->text(), myName);
    QCOMPARE(owner->currentUserId(), me);
    // The currency box starts empty with a hint, and offers the codes to pick from.
    auto *currency = w<QComboBox>(&page, u"reqBandCurrencyCombo"_s);
    QVERIFY(currency->currentText().isEmpty());
    QCOMPARE(currency->lineEdit()->placeholderText(), u"Currency"_s);
    QVERIFY(currency->findText(u"EUR"_s) > 0 && currency->findText(u"JPY"_s) > 0);
    QVERIFY2(currency->count() > 100, qPrintable(QString::number(currency->count())));
    // Every field of the picker is named for screen readers, its clear button too.
    QVERIFY(!owner->lineEdit()->accessibleName().isEmpty());
    for (QToolButton *clear : owner->lineEdit()->findChildren<QToolButton *>())
        QCOMPARE(clear->accessibleName(), u"Clear"_s);
}

void TestRequisitionsPage::createEditDelete()
{
    Env env;
    const QString postingId = createPosting(env.f, QJsonObject{{u"text"_s, u"Backend Engineer"_s}});
    auto page = env.page();
    QTRY_COMPARE(page->postings()->rowCount(), 1);

    QTest::mouseClick(w<QPushButton>(page.get(), u"newRequisitionButton"_s), Qt::LeftButton);
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqNameEdit"_s), u"Backend hires 2027"_s);
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqCodeEdit"_s), u"ENG-100"_s);
    w<QSpinBox>(page.get(), u"reqHeadcountSpin"_s)->setValue(3);
    setCombo(w<QComboBox>(page.get(), u"reqEmploymentCombo"_s), u"full-time"_s);
    QTest::keyClicks(w<QWidget>(page.get(), u"reqHiringManagerPicker"_s)->findChild<QLineEdit *>(),
                     env.users->item(1)->text());
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqTeamEdit"_s), u"Platform"_s);
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqLocationEdit"_s), u"Berlin"_s);
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqBandMinEdit"_s), u"70000"_s);
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqBandMaxEdit"_s), u"90000"_s);
    w<QComboBox>(page.get(), u"reqBandCurrencyCombo"_s)->setCurrentText(u"EUR"_s);
    setCombo(w<QComboBox>(page.get(), u"reqBandIntervalCombo"_s), u"per-year-salary"_s);
    QTest::keyClicks(w<QPlainTextEdit>(page.get(), u"reqNotesEdit"_s), u"Budget agreed in Q3"_s);
    w<QListWidget>(page.get(), u"reqPostingsList"_s)->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(w<QPushButton>(page.get(), u"saveRequisitionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->currentId().isEmpty(), 10000);

    const QString id = page->currentId();
    QJsonObject r = env.f.get(u"/requisitions/"_s + id).data();
    QCOMPARE(r.value(u"name"_s).toString(), u"Backend hires 2027"_s);
    QCOMPARE(r.value(u"requisitionCode"_s).toString(), u"ENG-100"_s);
    QCOMPARE(r.value(u"headcountTotal"_s).toInt(), 3);
    QCOMPARE(r.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(r.value(u"employmentStatus"_s).toString(), u"full-time"_s);
    QCOMPARE(r.value(u"hiringManager"_s).toString(), env.users->item(1)->data(Qt::UserRole).toString());
    QCOMPARE(r.value(u"owner"_s).toString(), env.client->actingUserId());
    QCOMPARE(r.value(u"team"_s).toString(), u"Platform"_s);
    QCOMPARE(r.value(u"location"_s).toString(), u"Berlin"_s);
    QCOMPARE(r.value(u"compensationBand"_s).toObject(), (QJsonObject{{u"min"_s, 70000},
                                                                     {u"max"_s, 90000},
                                                                     {u"currency"_s, u"EUR"_s},
                                                                     {u"interval"_s, u"per-year-salary"_s}}));
    QCOMPARE(r.value(u"internalNotes"_s).toString(), u"Budget agreed in Q3"_s);
    QCOMPARE(r.value(u"postings"_s).toArray(), QJsonArray{postingId});
    QCOMPARE(page->requisitions()->rowCount(), 1);

    // A custom field set elsewhere must survive the page's whole-object PUT.
    const QString fieldId = customFieldId(env.f);
    QVERIFY(!fieldId.isEmpty());
    QJsonObject body = r;
    body.insert(u"customFields"_s, QJsonObject{{fieldId, u"CC-42"_s}});
    body.insert(u"headcountTotal"_s, 3);
    for (const QString &key : {u"id"_s, u"postings"_s, u"headcountHired"_s, u"offerIds"_s, u"approval"_s,
                               u"closedAt"_s, u"timeToFillStartAt"_s, u"timeToFillEndAt"_s, u"creator"_s,
                               u"confidentiality"_s, u"headcountInfinite"_s, u"updatedAt"_s})
        body.remove(key);
    body.insert(u"postingIds"_s, QJsonArray{postingId});
    QCOMPARE(env.f.put(u"/requisitions/"_s + id, body).status, 200);
    page->requisitions()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->requisitions()->isLoading() && page->requisitions()->rowCount() == 1,
                             10000);
    page->editRequisition(id);

    w<QLineEdit>(page.get(), u"reqNameEdit"_s)->setText(u"Backend hires 2027, revised"_s);
    setCombo(w<QComboBox>(page.get(), u"reqStatusCombo"_s), u"onHold"_s);
    w<QCheckBox>(page.get(), u"reqUnlimitedCheck"_s)->setChecked(true);
    QTest::mouseClick(w<QPushButton>(page.get(), u"saveRequisitionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        env.f.get(u"/requisitions/"_s + id).data().value(u"status"_s).toString() == u"onHold"_s, 10000);
    r = env.f.get(u"/requisitions/"_s + id).data();
    QCOMPARE(r.value(u"name"_s).toString(), u"Backend hires 2027, revised"_s);
    QCOMPARE(r.value(u"headcountTotal"_s).toString(), u"unlimited"_s);
    QCOMPARE(r.value(u"customFields"_s).toObject(), (QJsonObject{{fieldId, u"CC-42"_s}}));
    QCOMPARE(r.value(u"internalNotes"_s).toString(), u"Budget agreed in Q3"_s);
    QCOMPARE(r.value(u"compensationBand"_s).toObject().value(u"max"_s).toInt(), 90000);
    QCOMPARE(r.value(u"postings"_s).toArray(), QJsonArray{postingId});
    QCOMPARE(r.value(u"team"_s).toString(), u"Platform"_s);

    // Delete asks first; "No" keeps it.
    env.prompter->answers = {QMessageBox::No};
    QTest::mouseClick(w<QPushButton>(page.get(), u"deleteRequisitionButton"_s), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(env.f.get(u"/requisitions/"_s + id).status, 200);
    env.prompter->answers = {QMessageBox::Yes};
    QTest::mouseClick(w<QPushButton>(page.get(), u"deleteRequisitionButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(env.f.get(u"/requisitions/"_s + id).status, 404, 10000);
    QTRY_COMPARE(page->requisitions()->rowCount(), 0);
    QVERIFY(page->currentId().isEmpty());
}

void TestRequisitionsPage::rulesRefusedBeforeSending()
{
    Env env;
    const auto created = env.f.post(u"/requisitions"_s, QJsonObject{{u"name"_s, u"Sales"_s},
                                                                    {u"requisitionCode"_s, u"S-1"_s},
                                                                    {u"headcountTotal"_s, 1},
                                                                    {u"status"_s, u"open"_s}});
    QCOMPARE(created.status, 201);
    const QString id = created.data().value(u"id"_s).toString();
    auto page = env.page();
    QTRY_COMPARE(page->requisitions()->rowCount(), 1);
    page->editRequisition(id);
    const int writes = requisitionWrites(env.f);
    auto *save = w<QPushButton>(page.get(), u"saveRequisitionButton"_s);

    // Back to draft: refused, the status focused.
    auto *status = w<QComboBox>(page.get(), u"reqStatusCombo"_s);
    setCombo(status, u"draft"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(page->statusText().contains(u"cannot move back to draft"_s));
    QVERIFY(status->hasFocus());
    setCombo(status, u"open"_s);

    // A band needs all four parts.
    auto *min = w<QLineEdit>(page.get(), u"reqBandMinEdit"_s);
    QTest::keyClicks(min, u"5"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(page->statusText().contains(u"together"_s));
    QVERIFY(w<QLineEdit>(page.get(), u"reqBandMaxEdit"_s)->hasFocus());
    min->clear();

    // Name and code are required; codes are unique.
    auto *name = w<QLineEdit>(page.get(), u"reqNameEdit"_s);
    name->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(page->statusText().contains(u"name"_s));
    QVERIFY(name->hasFocus());
    page->newRequisition();
    QTest::keyClicks(name, u"Second"_s);
    QTest::keyClicks(w<QLineEdit>(page.get(), u"reqCodeEdit"_s), u"S-1"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(page->statusText().contains(u"already has the code S-1"_s));

    QTest::qWait(50);
    QCOMPARE(requisitionWrites(env.f), writes);
}

void TestRequisitionsPage::changeMadeMeanwhileIsNotOverwritten()
{
    Env env;
    const QJsonObject body{{u"name"_s, u"Support"_s},
                           {u"requisitionCode"_s, u"SUP-1"_s},
                           {u"headcountTotal"_s, 2},
                           {u"internalNotes"_s, u"original"_s}};
    const auto created = env.f.post(u"/requisitions"_s, body);
    QCOMPARE(created.status, 201);
    const QString id = created.data().value(u"id"_s).toString();
    auto page = env.page();
    QTRY_COMPARE(page->requisitions()->rowCount(), 1);
    page->editRequisition(id);
    auto *notes = w<QPlainTextEdit>(page.get(), u"reqNotesEdit"_s);
    notes->setPlainText(u"mine"_s);

    QTest::qWait(5);
    QJsonObject theirs = body;
    theirs.insert(u"headcountTotal"_s, 5);
    QCOMPARE(env.f.put(u"/requisitions/"_s + id, theirs).status, 200);

    QVERIFY(page->save());
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(u"Someone else changed"_s), 10000);
    QJsonObject now = env.f.get(u"/requisitions/"_s + id).data();
    QCOMPARE(now.value(u"headcountTotal"_s).toInt(), 5);
    QCOMPARE(now.value(u"internalNotes"_s).toString(), u"original"_s);
    QCOMPARE(notes->toPlainText(), u"mine"_s);
    // Their headcount came into the form (the user had not touched it); nothing both changed.
    QCOMPARE(w<QSpinBox>(page.get(), u"reqHeadcountSpin"_s)->value(), 5);
    QVERIFY(!page->statusText().contains(u"you both changed"_s));

    // Saving again keeps both: their headcount, the user's notes.
    QVERIFY(page->save());
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(u"saved"_s), 10000);
    now = env.f.get(u"/requisitions/"_s + id).data();
    QCOMPARE(now.value(u"internalNotes"_s).toString(), u"mine"_s);
    QCOMPARE(now.value(u"headcountTotal"_s).toInt(), 5);

    // Both change the notes: the user's stay in the form, and the message names the field.
    notes->setPlainText(u"mine again"_s);
    QTest::qWait(5);
    theirs.insert(u"internalNotes"_s, u"theirs"_s);
    QCOMPARE(env.f.put(u"/requisitions/"_s + id, theirs).status, 200);
    QVERIFY(page->save());
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(u"you both changed internal notes"_s), 10000);
    QCOMPARE(notes->toPlainText(), u"mine again"_s);
    QCOMPARE(env.f.get(u"/requisitions/"_s + id).data().value(u"internalNotes"_s).toString(), u"theirs"_s);
}

QTEST_MAIN(TestRequisitionsPage)
#include "tst_requisitions_page.moc"
