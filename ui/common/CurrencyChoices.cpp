#include "common/CurrencyChoices.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
// Every ISO 4217 code some locale uses, sorted (Qt has no list of its own).
QStringList allCodes()
{
    static const QStringList codes = [] {
        QSet<QString> seen;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                seen.insert(code);
        }
        QStringList sorted(seen.cbegin(), seen.cend());
        sorted.sort();
        return sorted;
    }();
    return codes;
}
} // namespace

void setUpCurrencyChoices(QComboBox *box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    const QString currency = QCoreApplication::translate("lever::ui::CurrencyChoices", "Currency");
    box->lineEdit()->setPlaceholderText(currency);
    // The text field inside is what a screen reader lands on: the box's own name, else "Currency".
    box->lineEdit()->setAccessibleName(box->accessibleName().isEmpty() ? currency : box->accessibleName());
    QStringList first{QLocale().currencySymbol(QLocale::CurrencyIsoCode)};
    for (const QString &common :
         {u"USD"_s, u"EUR"_s, u"GBP"_s, u"CAD"_s, u"AUD"_s, u"CHF"_s, u"JPY"_s, u"INR"_s})
        first.append(common);
    first.removeAll(QString());
    first.removeDuplicates();
    QStringList items{QString()}; // none: the band or salary is left out
    items += first;
    for (const QString &code : allCodes()) {
        if (!first.contains(code))
            items.append(code);
    }
    box->addItems(items);
    box->setMaxVisibleItems(15);
    // Wide enough for the hint and a code, next to the amount fields that would otherwise squeeze it.
    box->setMinimumContentsLength(9);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

} // namespace lever::ui
