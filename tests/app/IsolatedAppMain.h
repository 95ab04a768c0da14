#pragma once

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace lever::test {

// main() of an app test: config, data and cache folders in a fresh temporary folder (so nothing of the
// user's is read or written), a QApplication named after the test, then the test object `T` run.
// `root` (optional) receives the temporary folder while the test runs.
template <class T>
int isolatedAppMain(int argc, char **argv, const QString &name, QTemporaryDir **root = nullptr)
{
    QTemporaryDir folder;
    if (root)
        *root = &folder;
    qputenv("XDG_CONFIG_HOME", QString(folder.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QString(folder.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QString(folder.path() + QStringLiteral("/cache")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lever-console-tests"));
    QCoreApplication::setApplicationName(name);
    T test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace lever::test
