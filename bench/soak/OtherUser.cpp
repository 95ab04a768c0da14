#include "OtherUser.h"

#include "LeverApi.h"

using namespace Qt::StringLiterals;

namespace lever::bench {

OtherUser::OtherUser(api::Client &client, Choices choices, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_choices(std::move(choices))
    , m_random(seed)
{
    connect(&m_timer, &QTimer::timeout, this, &OtherUser::step);
}

template <class Call> void OtherUser::send(Call call)
{
    ++m_changes;
    ++m_out;
    // Whether it arrived does not matter: the check at the end compares with what Lever holds.
    call.then(this, [this](const auto &) { --m_out; });
}

void OtherUser::step()
{
    const auto pick = [this](const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); };
    api::OpportunityResource opportunities = m_client.opportunities();
    const int roll = int(m_random.bounded(100));
    if (roll < 20 && !m_choices.sharedCards.isEmpty()) {
        api::OpportunityChanges changes;
        changes.owner = pick(m_choices.users);
        send(opportunities.update(pick(m_choices.sharedCards), changes));
        return;
    }
    const QString id = pick(m_choices.ownCards);
    if (roll < 45)
        send(opportunities.moveToStage(id, pick(m_choices.stages)));
    else if (roll < 65)
        send(opportunities.addTags(id, {u"colleague"_s}));
    else if (roll < 80)
        send(opportunities.removeTags(id, {u"colleague"_s}));
    else if (roll < 90)
        send(opportunities.archive(id, pick(m_choices.reasons)));
    else
        send(opportunities.unarchive(id));
}

} // namespace lever::bench
