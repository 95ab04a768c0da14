#include "ShellSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace lever::ui {

ShellSettings ShellSettings::load()
{
    QSettings s;
    ShellSettings out;
    out.syncIntervalMinutes = qBound(1, s.value(u"preferences/syncIntervalMinutes"_s, 1).toInt(), 120);
    out.defaultView = s.value(u"preferences/defaultView"_s).toString();
    out.followSystemTheme = s.value(u"preferences/followSystemTheme"_s, true).toBool();
    out.language = s.value(u"preferences/language"_s).toString();
    out.localDataDays = qBound(1, s.value(u"preferences/localDataDays"_s, 30).toInt(), 365);
    if (!languages().contains(out.language))
        out.language.clear();
    return out;
}

void ShellSettings::save() const
{
    QSettings s;
    s.setValue(u"preferences/syncIntervalMinutes"_s, syncIntervalMinutes);
    s.setValue(u"preferences/defaultView"_s, defaultView);
    s.setValue(u"preferences/followSystemTheme"_s, followSystemTheme);
    s.setValue(u"preferences/language"_s, language);
    s.setValue(u"preferences/localDataDays"_s, localDataDays);
    s.sync();
}

} // namespace lever::ui
