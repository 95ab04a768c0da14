#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lever::models {

// One chart's numbers as a table: what the table view beside the chart shows and what CSV export
// writes, so nothing is only visible as colour. Cells hold numbers as numbers (the view formats them
// for the locale, CSV writes them plainly); `rows` per line name the candidates behind it.
struct InsightsTable
{
    QString name; // for file names and messages ("Funnel")
    QStringList header;
    QList<QVariantList> cells;
    QList<QList<int>> rows; // per line: rows of the result's input (may be empty)
    int decimals = 1;       // for the double cells
};

} // namespace lever::models
