#pragma once

// Shared helpers of the export tests: reading exported files back with Python (its csv module and the
// icalendar package), as a spreadsheet or calendar program would, rather than with our own code.
#include <QByteArray>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace lever::test {

using namespace Qt::StringLiterals;

// Debian's own Python, where python3-icalendar is installed (a python3 earlier on PATH, such as a
// pyenv shim, does not see Debian's packages).
inline QString pythonExecutable()
{
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

// Runs `python3 -c script args…` and gives its stdout; an empty array (and a test warning) on failure.
inline QByteArray runPython(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(pythonExecutable(), QStringList{u"-c"_s, script} + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("python3 failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

// Every record of a CSV file as Python's csv module reads it (utf-8-sig drops the BOM).
inline QList<QStringList> readCsvWithPython(const QString &path)
{
    const QString script = uR"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
)"_s;
    const QJsonArray rows = QJsonDocument::fromJson(runPython(script, {path})).array();
    QList<QStringList> out;
    for (const QJsonValue &row : rows) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields.append(field.toString());
        out.append(fields);
    }
    return out;
}

} // namespace lever::test
