#include "insights/InsightsModel.h"

#include "Store.h"
#include "insights/InsightsCompute.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace lever::models {

namespace {
// Frees a copy of the store on the thread pool: 100,000 rows take milliseconds to release, which the UI
// thread would otherwise spend between two frames.
void releaseOffThread(std::shared_ptr<const InsightsInput> input)
{
    if (input && input.use_count() == 1)
        QThreadPool::globalInstance()->start([input = std::move(input)]() mutable { input.reset(); });
}
} // namespace

InsightsModel::InsightsModel(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_debounce(new QTimer(this))
    , m_slicer(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &InsightsModel::startCopy);
    // A zero timer: one slice per event-loop turn, so input and painting run in between.
    m_slicer->setInterval(0);
    connect(m_slicer, &QTimer::timeout, this, &InsightsModel::copySlice);
    auto changed = [this] { storeChanged(); };
    connect(&store, &Store::opportunityInserted, this, changed);
    connect(&store, &Store::opportunityUpdated, this, changed);
    connect(&store, &Store::opportunityRemoved, this, changed);
    connect(&store, &Store::opportunitiesReset, this, changed);
    connect(&store, &Store::opportunitiesCleared, this, changed);
    connect(&store, &Store::stagesChanged, this, changed);
    connect(&store, &Store::archiveReasonsChanged, this, changed);
    connect(&store, &Store::postingsChanged, this, changed);
    connect(&store, &Store::usersChanged, this, changed);
    copySoon();
}

InsightsModel::~InsightsModel()
{
    // A run under way stops at its next check; its answer has nowhere to go.
    if (m_cancel)
        m_cancel->store(true);
}

void InsightsModel::setFilter(const InsightsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // The copy of the store is still good: only the computation runs again.
    if (m_input && !m_slicer->isActive())
        startCompute();
}

void InsightsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && m_stale && !m_slicer->isActive())
        copySoon();
}

void InsightsModel::copySoon()
{
    // On the next turn of the event loop; not m_debounce->start(0), which would keep 0 as its interval.
    m_debounce->stop();
    QMetaObject::invokeMethod(this, &InsightsModel::startCopy, Qt::QueuedConnection);
}

void InsightsModel::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void InsightsModel::refresh()
{
    m_stale = true;
    m_debounce->stop();
    startCopy();
}

void InsightsModel::storeChanged()
{
    m_stale = true;
    if (m_active && !m_debounce->isActive())
        m_debounce->start();
}

void InsightsModel::startCopy()
{
    if (!m_active)
        return;
    m_stale = false;
    auto input = std::make_shared<InsightsInput>();
    input->stages = m_store.stages();
    input->archiveReasons = m_store.archiveReasons();
    input->postings = m_store.postings();
    input->users = m_store.users();
    input->rows.reserve(size_t(m_store.opportunityCount()));
    m_copying = std::move(input);
    m_nextSlot = 0;
    setComputing(true);
    copySlice();
    if (m_copying)
        m_slicer->start();
}

void InsightsModel::copySlice()
{
    if (!m_copying) {
        m_slicer->stop();
        return;
    }
    const int end = qMin(m_store.slotCount(), m_nextSlot + m_sliceSize);
    for (int slot = m_nextSlot; slot < end; ++slot) {
        if (m_store.isLive(slot))
            m_copying->rows.push_back(InsightsRow::of(m_store.at(slot)));
    }
    m_nextSlot = end;
    if (m_nextSlot < m_store.slotCount())
        return;
    m_slicer->stop();
    m_copying->now = m_fixedNow > 0 ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
    releaseOffThread(std::exchange(m_input, std::move(m_copying)));
    m_copying.reset();
    startCompute();
}

void InsightsModel::startCompute()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    setComputing(true);
    auto *watcher = new QFutureWatcher<InsightsResult>(this);
    connect(watcher, &QFutureWatcher<InsightsResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer run took its place
        std::shared_ptr<const InsightsInput> previous = std::move(m_result.input);
        m_result = watcher->result();
        releaseOffThread(std::move(previous));
        ++m_resultCount;
        setComputing(m_slicer->isActive());
        Q_EMIT resultChanged();
        // Changes that came while this ran (and were only noted) get their own run.
        if (m_stale && m_active && !m_debounce->isActive() && !m_slicer->isActive())
            m_debounce->start();
    });
    watcher->setFuture(QtConcurrent::run([input = m_input, filter = m_filter, cancel = m_cancel] {
        return InsightsCompute::run(input, filter, cancel.get());
    }));
}

void InsightsModel::setComputing(bool computing)
{
    if (computing == m_computing)
        return;
    m_computing = computing;
    Q_EMIT computingChanged(computing);
}

} // namespace lever::models
