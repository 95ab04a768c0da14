#pragma once

#include "insights/InsightsFilter.h"
#include "insights/InsightsResult.h"

#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace lever::models {

class Store;

// The Insights of one Store: keeps the charts' numbers (InsightsResult) up to date with the filter and
// with every change the sync brings. The work happens off the UI thread: the Store's records are copied
// on the UI thread in slices (a few milliseconds each, so the window stays responsive), then computed on
// the thread pool. A newer run (a store change, a new filter) cancels the one under way, whose answer is
// dropped. Changes are gathered for a moment first, since a sync page brings a hundred at once.
class InsightsModel : public QObject
{
    Q_OBJECT
public:
    explicit InsightsModel(Store &store, QObject *parent = nullptr);
    ~InsightsModel() override;

    const InsightsFilter &filter() const { return m_filter; }
    void setFilter(const InsightsFilter &filter);
    // The latest complete result (empty before the first one).
    const InsightsResult &result() const { return m_result; }
    bool isComputing() const { return m_computing; }
    // How many results were delivered so far (tests wait for the next one).
    int resultCount() const { return m_resultCount; }

    // While inactive (the view is hidden), store changes are only noted; activating catches up.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // How long store changes are gathered before a new run (ms).
    void setDebounceMs(int ms);
    // How many store slots are copied per event-loop turn.
    void setSliceSize(int slots) { m_sliceSize = qMax(1, slots); }
    // The moment "now" for the next runs (tests pin it); 0: the clock.
    void setNowForTesting(qint64 now) { m_fixedNow = now; }
    // Copies and computes again at once (tests, after a store change they made).
    void refresh();

Q_SIGNALS:
    void resultChanged();
    void computingChanged(bool computing);

private:
    void storeChanged();
    void copySoon();
    void startCopy();
    void copySlice();
    void startCompute();
    void setComputing(bool computing);

    Store &m_store;
    InsightsFilter m_filter;
    InsightsResult m_result;
    std::shared_ptr<const InsightsInput> m_input; // the last complete copy; null when the store changed
    std::shared_ptr<InsightsInput> m_copying;     // the copy being made
    int m_nextSlot = 0;
    int m_sliceSize = 2500;
    QTimer *m_debounce;
    QTimer *m_slicer;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_active = true;
    bool m_stale = true; // the store changed since the last copy began
    bool m_computing = false;
    int m_resultCount = 0;
    qint64 m_fixedNow = 0;
};

} // namespace lever::models
