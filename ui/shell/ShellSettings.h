#pragma once

#include <QString>
#include <QStringList>

namespace lever::ui {

// The console's preferences, in QSettings (group "preferences"); defaults when nothing is stored.
struct ShellSettings
{
    int syncIntervalMinutes = 1; // how often the models look for changes (1..120); Lever has no push
    QString defaultView;         // id of the view opened after sign-in; empty: the first one added
    bool followSystemTheme = true;
    QString language;       // "en", "de", "fr"; empty: the system's language
    int localDataDays = 30; // how long the local cache keeps data not refreshed (1..365 days)

    static ShellSettings load();
    void save() const;
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    }
};

} // namespace lever::ui
