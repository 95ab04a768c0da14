// Renders the postings list, the editor with its preview, the conflict dialog and the requisitions page at
// 1280x800 on demo data, checks each has its content on screen, and saves PNGs when LEVER_SHOTS_DIR is set
// (run with QT_QPA_PLATFORM=xcb on a display to look at them).
#include "PostingPageEnv.h"
#include "postings/ConflictDialog.h"
#include "requisitions/RequisitionsPage.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::test::postingui;

class TestPostingScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screens();

private:
    void shoot(QWidget *w, const QString &name)
    {
        const QPixmap pixmap = w->grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), w->size() * pixmap.devicePixelRatio());
        const QString dir = qEnvironmentVariable("LEVER_SHOTS_DIR");
        if (!dir.isEmpty())
            QVERIFY(pixmap.save(QDir(dir).filePath(name + u".png"_s)));
    }
};

void TestPostingScreens::screens()
{
    PostingPageEnv env;
    // A realistic set of postings, seeded through the API.
    const QStringList teams = {u"Engineering"_s, u"Sales"_s, u"Design"_s, u"People"_s};
    const QStringList places = {u"Berlin"_s, u"Paris"_s, u"London"_s, u"Remote"_s};
    const QStringList states = {u"published"_s, u"draft"_s, u"internal"_s, u"closed"_s, u"published"_s};
    const QStringList roles = {u"Backend Engineer"_s,      u"Account Executive"_s,
                               u"Product Designer"_s,      u"Recruiter"_s,
                               u"Data Analyst"_s,          u"Site Reliability Engineer"_s,
                               u"Sales Development Rep"_s, u"UX Researcher"_s,
                               u"HR Business Partner"_s,   u"Frontend Engineer"_s,
                               u"Solutions Engineer"_s,    u"Engineering Manager"_s};
    QString featured;
    for (int i = 0; i < roles.size(); ++i) {
        const QString id = createPosting(
            env.f,
            QJsonObject{
                {u"text"_s, roles.at(i)},
                {u"state"_s, states.at(i % states.size())},
                {u"tags"_s, QJsonArray{u"2027"_s}},
                {u"workplaceType"_s, i % 2 ? u"hybrid"_s : u"onsite"_s},
                {u"categories"_s, QJsonObject{{u"team"_s, teams.at(i % teams.size())},
                                              {u"department"_s, u"Operations"_s},
                                              {u"location"_s, places.at(i % places.size())},
                                              {u"commitment"_s, i % 3 ? u"Full-time"_s : u"Part-time"_s}}},
                {u"salaryRange"_s, QJsonObject{{u"min"_s, 60000 + i * 5000},
                                               {u"max"_s, 80000 + i * 5000},
                                               {u"currency"_s, u"EUR"_s},
                                               {u"interval"_s, u"per-year-salary"_s}}},
                {u"content"_s,
                 QJsonObject{
                     {u"descriptionHtml"_s,
                      QString(u"<div>We are looking for a <b>"_s + roles.at(i) +
                              u"</b> to join a small team that ships a native recruiting console.</div>"
                              u"<div><br></div><div>You will work with <i>recruiters and hiring "
                              u"managers</i> every day. Read more on <a href=\"https://example.com/blog\">"
                              u"our blog</a>.</div>"_s)},
                     {u"lists"_s, QJsonArray{QJsonObject{{u"text"_s, u"What you will do"_s},
                                                         {u"content"_s, u"<li>Own features end to end</li>"
                                                                        u"<li>Review code and designs</li>"
                                                                        u"<li>Talk to users</li>"_s}},
                                             QJsonObject{{u"text"_s, u"What you bring"_s},
                                                         {u"content"_s, u"<li>Curiosity</li><li>Three "
                                                                        u"years of experience</li>"_s}}}},
                     {u"closingHtml"_s, u"<div>We answer every application within a week.</div>"_s}}}});
        if (i == 0)
            featured = id;
    }
    QCOMPARE(env.f
                 .post(u"/requisitions"_s, QJsonObject{{u"name"_s, u"Backend hires"_s},
                                                       {u"requisitionCode"_s, u"ENG-1"_s},
                                                       {u"headcountTotal"_s, 3},
                                                       {u"team"_s, u"Engineering"_s},
                                                       {u"location"_s, u"Berlin"_s},
                                                       {u"postingIds"_s, QJsonArray{featured}}})
                 .status,
             201);
    QCOMPARE(env.f
                 .post(u"/requisitions"_s, QJsonObject{{u"name"_s, u"Sales EMEA"_s},
                                                       {u"requisitionCode"_s, u"SAL-4"_s},
                                                       {u"headcountTotal"_s, u"unlimited"_s},
                                                       {u"status"_s, u"onHold"_s}})
                 .status,
             201);

    auto page = env.page(false);
    QTRY_COMPARE(page->postings()->rowCount(), roles.size());
    shoot(page.get(), u"postings-list"_s);

    page->openPosting(featured);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->isLoaded() && !page->editor()->isBusy(), 10000);
    QTest::qWait(50);
    shoot(page.get(), u"postings-editor"_s);
    auto *scroll = child<QScrollArea>(page->editor(), u"postingFormScroll"_s);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTest::qWait(50);
    shoot(page.get(), u"postings-editor-lists"_s);
    scroll->verticalScrollBar()->setValue(0);

    // Validation shown inline.
    replaceText(child<QLineEdit>(page->editor(), u"salaryMaxEdit"_s), u"100"_s);
    QVERIFY(!page->editor()->save());
    shoot(page.get(), u"postings-validation"_s);
    page->editor()->revert();

    replaceText(child<QLineEdit>(page->editor(), u"titleEdit"_s), u"Senior Backend Engineer"_s);
    QTest::qWait(5);
    QCOMPARE(env.f
                 .post(u"/postings/"_s + featured + u"?perform_as="_s + env.otherUserId(),
                       QJsonObject{{u"text"_s, u"Backend Engineer (Platform)"_s},
                                   {u"categories"_s, QJsonObject{{u"location"_s, u"Munich"_s}}}})
                 .status,
             200);
    QVERIFY(page->editor()->save());
    QTRY_VERIFY_WITH_TIMEOUT(
        page->editor()->conflictDialog() && page->editor()->conflictDialog()->isVisible(), 10000);
    ui::ConflictDialog *dialog = page->editor()->conflictDialog();
    QTest::qWait(50);
    shoot(dialog, u"postings-conflict"_s);
    dialog->reject();

    ui::RequisitionsPage requisitions(*env.client, env.users.get());
    requisitions.resize(1280, 800);
    requisitions.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        !requisitions.requisitions()->isLoading() && requisitions.requisitions()->rowCount() == 2, 10000);
    QTRY_VERIFY(!requisitions.postings()->isLoading());
    requisitions.editRequisition(requisitions.requisitions()->requisition(0).id);
    QTest::qWait(50);
    shoot(&requisitions, u"requisitions-page"_s);
}

QTEST_MAIN(TestPostingScreens)
#include "tst_posting_screens.moc"
