#include "insights/InsightsTables.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
double percent(double ratio)
{
    return qRound(ratio * 1000.0) / 10.0;
}
double rounded(double value)
{
    return qRound(value * 10.0) / 10.0;
}
} // namespace

InsightsTable InsightsTables::funnel(const InsightsResult &result)
{
    InsightsTable t;
    t.name = tr("Funnel");
    t.header = {tr("Stage"), tr("Reached"), tr("Conversion to next (%)"), tr("Archived here"),
                tr("Archived by reason")};
    for (const InsightsResult::FunnelStage &f : result.funnel) {
        QStringList reasons;
        for (const InsightsResult::ReasonCount &r : f.reasons)
            reasons.append(u"%1: %2"_s.arg(r.reason).arg(r.count));
        t.cells.append({f.stage, f.reached, f.conversion < 0 ? QVariant() : QVariant(percent(f.conversion)),
                        f.archivedHere, reasons.join(u"; "_s)});
        t.rows.append(f.rows);
    }
    return t;
}

InsightsTable InsightsTables::timeInStage(const InsightsResult &result)
{
    InsightsTable t;
    t.name = tr("Time in stage");
    t.header = {tr("Stage"), tr("Candidates"), tr("Still in stage"), tr("Median (days)"),
                tr("90th percentile (days)")};
    for (const InsightsResult::StageTime &s : result.times) {
        t.cells.append({s.stage, s.candidates, s.stillIn, rounded(days(s.medianMs)), rounded(days(s.p90Ms))});
        t.rows.append(s.rows);
    }
    return t;
}

InsightsTable InsightsTables::sources(const InsightsResult &result)
{
    InsightsTable t;
    t.name = tr("Source effectiveness");
    t.header = {tr("Kind"),       tr("Source or origin"),
                tr("Candidates"), tr("Reached %1").arg(result.interviewStageName),
                tr("Hires"),      tr("Hire rate (%)")};
    for (const InsightsResult::SourceRow &s : result.sources) {
        t.cells.append({s.origin ? tr("Origin") : tr("Source"), s.name, s.candidates, s.interviewed, s.hires,
                        percent(s.hireRate)});
        t.rows.append(s.rows);
    }
    return t;
}

InsightsTable InsightsTables::velocity(const InsightsResult &result)
{
    InsightsTable t;
    t.name = tr("Velocity");
    t.header = {tr("Week of"), tr("New candidates"), tr("Hires"), tr("In pipeline")};
    for (const QString &stage : result.flowStages)
        t.header.append(tr("In %1").arg(stage));
    for (const InsightsResult::Week &w : result.weeks) {
        QVariantList line{QDateTime::fromMSecsSinceEpoch(w.startMs, QTimeZone::utc()).date(), w.created,
                          w.hires};
        int total = 0;
        for (int n : w.inStage)
            total += n;
        line.append(total);
        for (int n : w.inStage)
            line.append(n);
        t.cells.append(line);
        t.rows.append(QList<int>());
    }
    return t;
}

InsightsTable InsightsTables::stale(const InsightsResult &result)
{
    InsightsTable t;
    t.name = tr("Stale candidates");
    t.header = {tr("Owner"), tr("No stage change for %n day(s)", nullptr, result.staleDays)};
    for (const InsightsResult::StaleOwner &s : result.stale) {
        t.cells.append({s.owner, s.count});
        t.rows.append(s.rows);
    }
    return t;
}

QString InsightsTables::csvText(const QVariant &cell, int decimals)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
        return QString::number(cell.toDouble(), 'f', decimals);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(cell.toLongLong());
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    default:
        return cell.toString();
    }
}

} // namespace lever::models
