#include "Translations.h"

#include "AppLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lever::app {

QStringList Translations::searchPaths()
{
    QStringList paths{QCoreApplication::applicationDirPath() + u"/../share/lever-console/translations"_s};
#ifdef LEVER_BUILD_QM_DIR
    paths.append(QStringLiteral(LEVER_BUILD_QM_DIR));
#endif
    return paths;
}

bool Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QStringList paths = searchPaths();
    for (const QString &path : paths) {
        auto *own = new QTranslator(QCoreApplication::instance());
        if (own->load(locale, u"lever-console"_s, u"_"_s, path)) {
            QCoreApplication::installTranslator(own);
            qCInfo(lcApp) << "translation" << own->language() << "from" << path;
            return true;
        }
        delete own;
    }
    return false;
}

} // namespace lever::app
