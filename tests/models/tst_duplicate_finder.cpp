// The duplicate check before a candidate is created: how names are compared (accents, order, typos)
// and which store records it offers (same email first, then close names; not unrelated people).
#include "Store.h"
#include "create/DuplicateFinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lever::models::DuplicateFinder;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizedName_data();
    void normalizedName();
    void namesClose_data();
    void namesClose();
};

void TestDuplicateFinder::normalizedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("accents") << u"José Núñez"_s << u"jose nunez"_s;
    QTest::newRow("spaces and case") << u"  ANA   Ruiz "_s << u"ana ruiz"_s;
    QTest::newRow("hyphen") << u"Ana Ruiz-Ortega"_s << u"ana ruiz ortega"_s;
    QTest::newRow("apostrophe") << u"Seán O'Neil"_s << u"sean oneil"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDuplicateFinder::normalizedName()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(DuplicateFinder::normalizedName(name), normalized);
}

void TestDuplicateFinder::namesClose_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("close");
    QTest::newRow("same") << u"Ana Ruiz"_s << u"ana ruiz"_s << true;
    QTest::newRow("accent only") << u"Jose Nunez"_s << u"José Núñez"_s << true;
    QTest::newRow("swapped") << u"Ruiz Ana"_s << u"Ana Ruiz"_s << true;
    QTest::newRow("one typo") << u"Katherine Smith"_s << u"Katharine Smith"_s << true;
    QTest::newRow("two typos") << u"Jonathan Miles"_s << u"Johnathan Myles"_s << true;
    QTest::newRow("three apart") << u"Jonathan Miles"_s << u"Jon Myles"_s << false;
    QTest::newRow("short names need equality") << u"Al Li"_s << u"Al Lu"_s << false;
    QTest::newRow("different people") << u"Ana Ruiz"_s << u"Ben Okafor"_s << false;
    QTest::newRow("empty") << QString() << u"Ana"_s << false;
}

void TestDuplicateFinder::namesClose()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, close);
    const QString na = DuplicateFinder::normalizedName(a);
    const QString nb = DuplicateFinder::normalizedName(b);
    QCOMPARE(DuplicateFinder::namesClose(na, nb), close);
    QCOMPARE(DuplicateFinder::namesClose(nb, na), close);
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicate_finder.moc"
