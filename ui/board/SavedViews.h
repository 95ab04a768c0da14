#pragma once

#include "CardFilter.h"
#include "CardSort.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lever::ui {

// The board's saved views of one account: a name → filter and sort, kept in QSettings under the
// account's id so switching accounts never mixes them.
class SavedViews
{
public:
    struct View
    {
        models::CardFilter filter;
        models::CardSort sort;
    };

    explicit SavedViews(const QString &accountId);

    QStringList names() const; // sorted
    void save(const QString &name, const View &view);
    std::optional<View> load(const QString &name) const;
    void remove(const QString &name);

    static QByteArray toJson(const View &view);
    static std::optional<View> fromJson(const QByteArray &json);

private:
    QString group() const;
    QString m_accountId;
};

} // namespace lever::ui
