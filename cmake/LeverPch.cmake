# Precompiled headers: the Qt and standard headers nearly every file of a library includes, parsed once
# per library instead of once per file. Only Qt and std headers go in, never our own, so editing a
# project header never rebuilds a PCH. ccache caches both the PCH and the files using it (the launcher
# sets the sloppiness that needs, see the top-level CMakeLists.txt).
option(LEVER_PCH "Precompile the common Qt headers of each library and test folder" ON)

set(LEVER_PCH_CORE
  <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList>
  <QObject> <QPointer> <QSet> <QString> <QStringList> <QTimer> <QUrl> <QVariant>
  <functional> <memory> <optional>)
set(LEVER_PCH_WIDGETS ${LEVER_PCH_CORE}
  <QAbstractItemModel> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QLabel>
  <QLineEdit> <QLocale> <QPushButton> <QToolButton> <QVBoxLayout> <QWidget>)
set(LEVER_PCH_TEST <QSignalSpy> <QTemporaryDir> <QTest>)

# lever_precompile(<target> CORE|WIDGETS): the header set of that kind.
function(lever_precompile target kind)
  if(LEVER_PCH AND NOT LEVER_FUZZ)
    target_precompile_headers(${target} PRIVATE ${LEVER_PCH_${kind}})
  endif()
endfunction()

# lever_precompile_tests(<kind> <targets...>): one PCH for a folder of one-file test executables, built
# with the first and reused by the rest (a PCH of its own per single-file test would cost more than it
# saves). The folder's tests link the same libraries, so their Qt definitions match the PCH's.
function(lever_precompile_tests kind)
  if(NOT LEVER_PCH OR LEVER_FUZZ OR ARGC LESS 2)
    return()
  endif()
  list(POP_FRONT ARGN first)
  target_precompile_headers(${first} PRIVATE ${LEVER_PCH_${kind}} ${LEVER_PCH_TEST})
  foreach(target ${ARGN})
    target_precompile_headers(${target} REUSE_FROM ${first})
  endforeach()
endfunction()
