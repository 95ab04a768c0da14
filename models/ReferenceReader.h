#pragma once

#include "ApiError.h"
#include "Pager.h"
#include "Priority.h"
#include "types/Opportunity.h"

#include <QObject>
#include <QSet>
#include <functional>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// Sync's reference data: the lists every screen names things by (stages, archive reasons, users,
// postings), the account's tags and sources with their counts, and the single stage or archive reason a
// card names that the lists did not have yet. Each read lands in the Store.
class ReferenceReader : public QObject
{
    Q_OBJECT
public:
    // listRead() comes once per list of read(): the board is usable once all have come.
    static constexpr int kLists = 4;

    ReferenceReader(api::Client &client, Store &store, QObject *parent = nullptr);

    // Stages, archive reasons, users (deactivated ones too) and postings, each answering listRead();
    // then tags and sources, which nothing waits for and which may be missing (a credential without their
    // scopes keeps the filters' lists made from the loaded cards).
    void read(api::Priority priority);
    // A stage or archive reason made in Lever after the lists were read: that one is read on its own
    // (GET /stages/{id}, /archive_reasons/{id}), so the card gets its column and its reason's name now,
    // not at the next full read. Only once the lists are in, and once per id.
    void readUnknown(const api::Opportunity &opportunity);

Q_SIGNALS:
    // `ok` false: the list could not be read, `error` says why.
    void listRead(bool ok, const lever::api::ApiError &error);

private:
    // Collects every page of `pager`, converting each item, then hands the whole list to `keep`.
    template <class T, class Info>
    void collect(api::Pager<T> pager, std::function<Info(const T &)> convert,
                 std::function<void(const QList<Info> &)> keep,
                 std::function<void(const api::ApiError &)> failed);

    api::Client &m_client;
    Store &m_store;
    QSet<QString> m_asked; // stage and archive reason ids read on their own
};

} // namespace lever::models
