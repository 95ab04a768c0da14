#pragma once

#include <QString>
#include <QStringList>

namespace lever::app {

// Loads the console's translations (and Qt's own) for a language: "en", "de", "fr", or empty for the
// system's. The .qm files come from share/lever-console/translations when installed, else the build tree.
class Translations
{
public:
    static QStringList searchPaths();
    // Installs translators on the application; false when no console translation matched.
    static bool install(const QString &language);
};

} // namespace lever::app
