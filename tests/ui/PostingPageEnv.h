#pragma once
// One posting-page test environment: sandbox, client, users model, a scripted prompter and a data folder.
#include "PostingUiKit.h"
#include "postings/PostingEditor.h"
#include "postings/PostingFormWidget.h"
#include "postings/PostingListModel.h"
#include "postings/PostingsPage.h"
#include "postings/RequisitionListModel.h"

#include <QApplication>
#include <QTemporaryDir>

namespace lever::test::postingui {

struct PostingPageEnv
{
    SandboxFixture f;
    std::unique_ptr<api::Client> client = makeClient(f);
    std::unique_ptr<QStandardItemModel> users = makeUsersModel(*client);
    QTemporaryDir dir;
    std::shared_ptr<ScriptedPrompter> prompter = std::make_shared<ScriptedPrompter>();

    // A shown page whose lists have loaded; active (for keyboard focus) unless `needFocus` is false, as on
    // an X server without a window manager.
    std::unique_ptr<ui::PostingsPage> page(bool needFocus = true)
    {
        auto p = std::make_unique<ui::PostingsPage>(*client, users.get(), dir.path());
        p->setPrompter(prompter);
        p->resize(1280, 800);
        p->show();
        QApplication::setActiveWindow(p.get());
        [&] {
            if (needFocus)
                QVERIFY(QTest::qWaitForWindowActive(p.get()));
            else
                QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        }();
        ui::PostingsPage *raw = p.get();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!raw->postings()->isLoading() && !raw->requisitions()->isLoading(),
                                     10000);
        }();
        return p;
    }

    // The first active user other than the acting one.
    QString otherUserId() const
    {
        for (int row = 0; row < users->rowCount(); ++row) {
            const QString id = users->item(row)->data(Qt::UserRole).toString();
            if (id != client->actingUserId())
                return id;
        }
        return {};
    }
};

template <class T> T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning() << "no widget named" << name;
    return w;
}

// Whether keyboard focus is on `w` or inside it.
inline bool focusWithin(QWidget *w)
{
    QWidget *focus = QApplication::focusWidget();
    return w && focus && (focus == w || w->isAncestorOf(focus) || focus->focusProxy() == w);
}

inline void replaceText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

} // namespace lever::test::postingui
