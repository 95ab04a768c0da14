#include "SoakLedger.h"

using namespace Qt::StringLiterals;
using Kind = lever::models::OpportunityAction::Kind;

namespace lever::bench {

void SoakLedger::fieldOf(Kind kind, const QString &value, QString *field, QString *expected)
{
    switch (kind) {
    case Kind::Move:
        *field = u"stage"_s;
        *expected = value;
        return;
    case Kind::Archive:
        *field = u"archive"_s;
        *expected = value;
        return;
    case Kind::Unarchive:
        *field = u"archive"_s;
        expected->clear();
        return;
    case Kind::AddTag:
    case Kind::RemoveTag:
        *field = u"tag:"_s + value;
        *expected = kind == Kind::AddTag ? u"yes"_s : u"no"_s;
        return;
    case Kind::ChangeOwner:
        *field = u"owner"_s;
        *expected = value;
        return;
    case Kind::AddSource:
    case Kind::RemoveSource:
        *field = u"source:"_s + value;
        *expected = kind == Kind::AddSource ? u"yes"_s : u"no"_s;
        return;
    }
}

QString SoakLedger::valueIn(const QString &field, const models::OpportunityRecord &r)
{
    if (field == u"stage"_s)
        return r.stageId;
    if (field == u"archive"_s)
        return r.archived ? r.archiveReasonId : QString();
    if (field == u"owner"_s)
        return r.ownerId;
    if (field.startsWith(u"tag:"_s))
        return r.tags.contains(field.mid(4)) ? u"yes"_s : u"no"_s;
    return r.sources.contains(field.mid(7)) ? u"yes"_s : u"no"_s;
}

void SoakLedger::confirmed(const QString &id, Kind kind, const QString &value)
{
    Expectation e;
    e.id = id;
    fieldOf(kind, value, &e.field, &e.value);
    m_fields.insert(id + u'\n' + e.field, e);
}

void SoakLedger::failed(const QString &id, Kind kind, const QString &value)
{
    Expectation e;
    e.id = id;
    fieldOf(kind, value, &e.field, &e.value);
    Expectation &known = m_fields[id + u'\n' + e.field];
    if (known.id.isEmpty())
        known = e;
    known.uncertain = true;
}

SoakLedger::Outcome SoakLedger::check(const QHash<QString, models::OpportunityRecord> &lever) const
{
    Outcome out;
    for (const Expectation &e : m_fields) {
        if (e.uncertain) {
            ++out.uncertain;
            continue;
        }
        ++out.checked;
        const auto it = lever.constFind(e.id);
        const QString actual = it == lever.cend() ? u"(missing)"_s : valueIn(e.field, *it);
        if (actual == e.value)
            continue;
        ++out.lost;
        if (out.examples.size() < 5)
            out.examples.append(u"%1 %2: expected %3, Lever has %4"_s.arg(e.id, e.field, e.value, actual));
    }
    return out;
}

} // namespace lever::bench
