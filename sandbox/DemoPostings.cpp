#include "DemoPostings.h"

#include "BulkQueue.h"
#include "DemoAccount.h"
#include "DemoRandom.h"
#include "DemoSeed.h"
#include "DemoWords.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kStates = {u"published"_s, u"internal"_s, u"closed"_s,
                             u"draft"_s,     u"pending"_s,  u"rejected"_s};
const QList<double> kStateWeights = {50, 12, 18, 10, 5, 5};
const QStringList kCommitments = {u"Full-time"_s, u"Part-time"_s, u"Contract"_s, u"Internship"_s};
const QList<double> kCommitmentWeights = {80, 6, 8, 6};
const QStringList kWorkplaces = {u"onsite"_s, u"hybrid"_s, u"remote"_s, u"unspecified"_s};
const QList<double> kWorkplaceWeights = {35, 35, 25, 5};

QString currencyFor(const QString &country)
{
    static const QHash<QString, QString> currencies = {
        {u"US"_s, u"USD"_s}, {u"CA"_s, u"CAD"_s}, {u"GB"_s, u"GBP"_s}, {u"CH"_s, u"CHF"_s},
        {u"JP"_s, u"JPY"_s}, {u"IN"_s, u"INR"_s}, {u"AU"_s, u"AUD"_s}, {u"SG"_s, u"SGD"_s},
        {u"BR"_s, u"BRL"_s}, {u"MX"_s, u"MXN"_s}, {u"DE"_s, u"EUR"_s}, {u"FR"_s, u"EUR"_s},
        {u"NL"_s, u"EUR"_s}, {u"BE"_s, u"EUR"_s}, {u"AT"_s, u"EUR"_s}, {u"ES"_s, u"EUR"_s},
        {u"PT"_s, u"EUR"_s}, {u"IT"_s, u"EUR"_s}, {u"FI"_s, u"EUR"_s}, {u"IE"_s, u"EUR"_s},
        {u"GR"_s, u"EUR"_s}, {u"SE"_s, u"SEK"_s}, {u"DK"_s, u"DKK"_s}, {u"NO"_s, u"NOK"_s},
        {u"PL"_s, u"PLN"_s},
    };
    return currencies.value(country, u"USD"_s);
}

// Rough units per US dollar, so ranges look plausible in each currency.
double perDollar(const QString &currency)
{
    static const QHash<QString, double> rates = {
        {u"CAD"_s, 1.35}, {u"GBP"_s, 0.8},  {u"CHF"_s, 0.9},  {u"JPY"_s, 150}, {u"INR"_s, 83},
        {u"AUD"_s, 1.5},  {u"SGD"_s, 1.35}, {u"BRL"_s, 5},    {u"MXN"_s, 17},  {u"EUR"_s, 0.92},
        {u"SEK"_s, 10.5}, {u"DKK"_s, 6.9},  {u"NOK"_s, 10.6}, {u"PLN"_s, 4},
    };
    return rates.value(currency, 1.0);
}

double baseSalaryUsd(const QString &department)
{
    static const QHash<QString, double> base = {
        {u"Engineering"_s, 145000}, {u"Data"_s, 140000},      {u"Product"_s, 145000},
        {u"Design"_s, 120000},      {u"Sales"_s, 95000},      {u"Customer Success"_s, 80000},
        {u"Marketing"_s, 105000},   {u"People"_s, 90000},     {u"Finance"_s, 95000},
        {u"Legal"_s, 160000},       {u"Operations"_s, 75000},
    };
    return base.value(department, 90000);
}

QString requisitionPrefix(const QString &department)
{
    return DemoWords::slug(department).left(3).toUpper();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

DemoPostings::DemoPostings(DemoSeed &seed)
    : m_seed(seed)
{}

QString DemoPostings::plainText(const QString &html)
{
    static const QRegularExpression blockEnd(u"<br\\s*/?>|</div>|</p>|</li>"_s);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression blankLines(u"\\n{3,}"_s);
    QString text = html;
    text.replace(blockEnd, u"\n"_s);
    text.remove(tag);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    text.replace(blankLines, u"\n\n"_s);
    return text.trimmed();
}

QJsonObject DemoPostings::content(const Posting &p)
{
    DemoRandom &rng = m_seed.rng;
    const DemoWords &w = m_seed.words;
    auto filled = [&](QString sentence) {
        while (sentence.contains(u"{skill}"_s))
            sentence.replace(sentence.indexOf(u"{skill}"_s), 7, rng.pick(w.skills));
        return esc(sentence);
    };
    // One draw per statement: the order of operands in an expression is unspecified, the data must not be.
    const QString about = filled(rng.sample(w.phrases.value(u"about"_s), 2).join(u' '));
    const QString skill1 = rng.pick(w.skills);
    const QString skill2 = rng.pick(w.skills);
    const QString description = u"<div><b>"_s + esc(p.text) + u"</b> · "_s + esc(p.team) + u" · "_s +
                                esc(p.location) + u"</div><div><br></div><div>"_s + about +
                                u"</div><div><br></div><div>As our next "_s + esc(p.text) + u" on the <u>"_s +
                                esc(p.team) + u"</u> team you will work with <i>"_s + esc(skill1) +
                                u"</i> and <i>"_s + esc(skill2) + u"</i>, and report to the "_s +
                                esc(p.department) + u" lead.</div>"_s;
    QJsonArray lists;
    const QList<QPair<QString, QString>> sections = {{u"What you will do"_s, u"do"_s},
                                                     {u"What you bring"_s, u"bring"_s}};
    for (const auto &[title, kind] : sections) {
        QString items;
        const QStringList picked = rng.sample(w.phrases.value(kind), rng.between(3, 4));
        for (const QString &item : picked)
            items += u"<li>"_s + filled(item) + u"</li>"_s;
        lists.append(QJsonObject{{u"text"_s, title}, {u"content"_s, items}});
    }
    const QStringList closing = rng.sample(w.phrases.value(u"closing"_s), 2);
    const QString closingHtml =
        u"<div>"_s + esc(closing.at(0)) +
        u" <a class=\"postings-link\" href=\"https://leverdemo.example/benefits\">"
        "Read about our benefits</a>.</div><div><br></div><div><span style=\"font-size: "
        "14px\">"_s +
        esc(closing.value(1)) + u"</span></div>"_s;
    return QJsonObject{{u"description"_s, plainText(description)},
                       {u"descriptionHtml"_s, description},
                       {u"lists"_s, lists},
                       {u"closing"_s, plainText(closingHtml)},
                       {u"closingHtml"_s, closingHtml}};
}

QJsonObject DemoPostings::salary(const Posting &p)
{
    const QString currency = currencyFor(p.country);
    double base = baseSalaryUsd(p.department) * perDollar(currency);
    if (p.text.startsWith(u"Senior"_s) || p.text.startsWith(u"Staff"_s) || p.text.startsWith(u"Enterprise"_s))
        base *= 1.25;
    if (p.commitment == u"Internship"_s)
        base *= 0.35;
    else if (p.commitment == u"Part-time"_s)
        base *= 0.5;
    const double step = currency == u"JPY"_s || currency == u"INR"_s ? 100000 : 1000;
    const double min = std::round(base * 0.85 / step) * step;
    const double max = std::round(base * 1.15 / step) * step;
    return QJsonObject{
        {u"currency"_s, currency}, {u"interval"_s, u"per-year-salary"_s}, {u"min"_s, min}, {u"max"_s, max}};
}

void DemoPostings::generate(int opportunities)
{
    DemoRandom &rng = m_seed.rng;
    const DemoWords &w = m_seed.words;
    const DemoAccount &account = m_seed.account;
    const qint64 day = DemoSeed::kDay;
    const int count = qBound(12, opportunities / 400, 400);
    for (int i = 0; i < count; ++i) {
        Posting p;
        p.id = rng.uuid();
        const DemoWords::Role &role = rng.pick(w.roles);
        p.text = role.title;
        p.department = role.department;
        p.team = role.team;
        const DemoWords::City &city = rng.pick(w.cities);
        p.location = city.name;
        p.country = city.country;
        p.timeZone = city.timeZone;
        p.phonePrefix = city.phonePrefix;
        // The first six cover every state; the seventh is a confidential published posting.
        p.state = i < kStates.size() ? kStates.at(i) : kStates.at(rng.weighted(kStateWeights));
        if (i == kStates.size())
            p.state = kStates.at(0);
        const bool listed = p.state == u"published"_s || p.state == u"internal"_s;
        p.confidential = i == kStates.size() || (i > kStates.size() && listed && rng.chance(0.02));
        p.commitment = kCommitments.at(rng.weighted(kCommitmentWeights));
        const QString workplace = kWorkplaces.at(rng.weighted(kWorkplaceWeights));

        int ageDays = 0;
        if (p.state == u"draft"_s)
            ageDays = rng.between(1, 30);
        else if (p.state == u"pending"_s || p.state == u"rejected"_s)
            ageDays = rng.between(3, 60);
        else if (p.state == u"closed"_s)
            ageDays = rng.between(200, 760);
        else
            ageDays = rng.between(30, 420);
        p.createdAt = m_seed.anchor - qint64(ageDays) * day + rng.between64(0, day / 2);
        p.updatedAt = p.createdAt + rng.between64(0, (m_seed.anchor - p.createdAt) / 2);

        p.owner = account.users.at(rng.pick(account.recruiters)).id;
        if (rng.chance(0.85))
            p.hiringManager = account.users.at(rng.pick(account.hiringManagers)).id;
        const QString creator = rng.chance(0.7) ? p.owner : account.users.at(rng.pick(account.recruiters)).id;
        QJsonArray followers{p.owner};
        if (!p.hiringManager.isEmpty() && p.hiringManager != p.owner)
            followers.append(p.hiringManager);
        if (creator != p.owner && creator != p.hiringManager)
            followers.append(creator);

        if (p.state != u"draft"_s && rng.chance(0.75)) {
            p.requisitionCode = requisitionPrefix(p.department) + u'-' + QString::number(1001 + i);
            p.requisitionId = rng.uuid();
        }
        if (rng.chance(0.6))
            p.salaryRange = salary(p);

        QJsonArray allLocations{p.location};
        if (workplace != u"onsite"_s && rng.chance(0.3)) {
            const QString other = rng.pick(w.cities).name;
            if (other != p.location)
                allLocations.append(other);
        }
        QJsonValue urls;
        if (p.state != u"draft"_s) {
            const QString show = m_seed.origin + u"/jobs/"_s + p.id;
            urls = QJsonObject{{u"list"_s, QString(m_seed.origin + u"/jobs"_s)},
                               {u"show"_s, show},
                               {u"apply"_s, QString(show + u"/apply"_s)}};
        }
        QJsonValue channels;
        if (p.state == u"published"_s)
            channels = QJsonArray{u"public"_s, u"internal"_s};
        else if (p.state == u"internal"_s)
            channels = QJsonArray{u"internal"_s};

        QJsonObject doc{
            {u"id"_s, p.id},
            {u"text"_s, p.text},
            {u"state"_s, p.state},
            {u"distributionChannels"_s, channels},
            {u"confidentiality"_s, p.confidential ? u"confidential"_s : u"non-confidential"_s},
            {u"user"_s, creator},
            {u"owner"_s, p.owner},
            {u"hiringManager"_s, p.hiringManager.isEmpty() ? QJsonValue() : QJsonValue(p.hiringManager)},
            {u"categories"_s, QJsonObject{{u"team"_s, p.team},
                                          {u"department"_s, p.department},
                                          {u"location"_s, p.location},
                                          {u"allLocations"_s, allLocations},
                                          {u"commitment"_s, p.commitment},
                                          {u"level"_s, QJsonValue()}}},
            {u"tags"_s, QJsonArray::fromStringList(rng.sample(w.skills, rng.between(1, 3)))},
            {u"content"_s, content(p)},
            {u"country"_s, p.country},
            {u"followers"_s, followers},
            {u"reqCode"_s, p.requisitionCode.isEmpty() ? QJsonValue() : QJsonValue(p.requisitionCode)},
            {u"requisitionCodes"_s,
             p.requisitionCode.isEmpty() ? QJsonArray() : QJsonArray{p.requisitionCode}},
            {u"urls"_s, urls},
            {u"workplaceType"_s, workplace},
            {u"screening"_s, QJsonObject{{u"enabled"_s, rng.chance(0.2)}}},
            {u"transcribeInterviews"_s, false},
            {u"createdAt"_s, p.createdAt},
            {u"updatedAt"_s, p.updatedAt},
        };
        if (!p.salaryRange.isEmpty())
            doc.insert(u"salaryRange"_s, p.salaryRange);
        m_seed.rows.document(u"posting"_s, p.id, {}, doc);

        const int index = int(m_postings.size());
        m_postings.append(p);
        if (p.state == u"published"_s || p.state == u"internal"_s || p.state == u"closed"_s) {
            if (p.confidential) {
                m_confidentialOpen.append(index);
            } else {
                m_open.append(index);
                m_openWeights.append(p.state == u"published"_s ? 3.0 : 1.0);
            }
        }
    }
}

DemoPostings::Posting &DemoPostings::pickForCandidate(bool confidential)
{
    if (confidential && !m_confidentialOpen.isEmpty())
        return m_postings[m_seed.rng.pick(m_confidentialOpen)];
    return m_postings[m_open.at(m_seed.rng.weighted(m_openWeights))];
}

void DemoPostings::writeRequisitions()
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount &account = m_seed.account;
    const QString accountId = rng.uuid();
    static const QHash<QString, QString> employment = {{u"Full-time"_s, u"full-time"_s},
                                                       {u"Part-time"_s, u"part-time"_s},
                                                       {u"Contract"_s, u"contractor"_s},
                                                       {u"Internship"_s, u"intern"_s}};
    for (const Posting &p : std::as_const(m_postings)) {
        if (p.requisitionCode.isEmpty())
            continue;
        const QString &id = p.requisitionId;
        QString status = u"open"_s;
        if (p.state == u"closed"_s || p.state == u"rejected"_s)
            status = u"closed"_s;
        else if (p.state == u"pending"_s)
            status = u"draft"_s;
        else if (rng.chance(0.1))
            status = u"onHold"_s;
        const qint64 createdAt = p.createdAt - rng.between64(1, 20) * DemoSeed::kDay;
        const qint64 updatedAt = qMax(p.updatedAt, createdAt);
        const bool infinite = rng.chance(0.04);
        const QJsonValue headcount =
            infinite ? QJsonValue(u"unlimited"_s) : QJsonValue(qMax(p.hires, rng.between(1, 3)));
        const QString creator = account.users.at(rng.pick(account.recruiters)).id;

        QJsonObject approval{{u"steps"_s, QJsonArray()}};
        if (status != u"draft"_s) {
            const DemoAccount::User &approver = account.users.at(account.recruiters.first());
            const qint64 approvedAt = createdAt + rng.between64(DemoSeed::kHour, 3 * DemoSeed::kDay);
            const QJsonObject step{
                {u"id"_s, rng.uuid()},
                {u"approvalsRequired"_s, 1},
                {u"approvers"_s,
                 QJsonArray{QJsonObject{
                     {u"id"_s, rng.uuid()},
                     {u"type"_s, u"user"_s},
                     {u"isDynamic"_s, false},
                     {u"user"_s, QJsonObject{{u"userId"_s, approver.id}, {u"email"_s, approver.email}}},
                     {u"approved"_s, true},
                     {u"approvedAt"_s, approvedAt}}}},
                {u"completed"_s, true},
                {u"outOfBandOnly"_s, false},
                {u"status"_s, u"approved"_s}};
            approval = QJsonObject{{u"id"_s, rng.uuid()},         {u"accountId"_s, accountId},
                                   {u"createdBy"_s, creator},     {u"startedAt"_s, createdAt},
                                   {u"approvedAt"_s, approvedAt}, {u"status"_s, u"approved"_s},
                                   {u"steps"_s, QJsonArray{step}}};
        }
        QJsonObject customFields;
        for (const QJsonObject &field : account.requisitionFields) {
            const QString fieldId = field.value(u"id"_s).toString();
            if (field.value(u"type"_s).toString() == u"yes-no"_s)
                customFields.insert(fieldId, rng.chance(0.8) ? u"yes"_s : u"no"_s);
            else
                customFields.insert(fieldId, QString(u"CC-"_s + QString::number(rng.between(1000, 9999))));
        }
        const QJsonObject doc{
            {u"id"_s, id},
            {u"requisitionCode"_s, p.requisitionCode},
            {u"name"_s, p.text},
            {u"backfill"_s, rng.chance(0.2)},
            {u"confidentiality"_s, p.confidential ? u"confidential"_s : u"non-confidential"_s},
            {u"createdAt"_s, createdAt},
            {u"updatedAt"_s, updatedAt},
            {u"creator"_s, creator},
            {u"owner"_s, p.owner},
            {u"hiringManager"_s, p.hiringManager.isEmpty() ? QJsonValue() : QJsonValue(p.hiringManager)},
            {u"department"_s, p.department},
            {u"team"_s, p.team},
            {u"location"_s, p.location},
            {u"employmentStatus"_s, employment.value(p.commitment)},
            {u"headcountHired"_s, p.hires},
            {u"headcountInfinite"_s, infinite},
            {u"headcountTotal"_s, headcount},
            {u"status"_s, status},
            {u"closedAt"_s, status == u"closed"_s ? QJsonValue(updatedAt) : QJsonValue()},
            {u"compensationBand"_s, p.salaryRange.isEmpty() ? QJsonValue() : QJsonValue(p.salaryRange)},
            {u"internalNotes"_s, rng.chance(0.3) ? u"Budget confirmed for this year."_s : QString()},
            {u"customFields"_s, customFields},
            {u"approval"_s, approval},
            {u"offerIds"_s, QJsonArray::fromStringList(p.offerIds)},
            {u"postings"_s, QJsonArray{p.id}},
            {u"timeToFillStartAt"_s, QJsonValue()},
            {u"timeToFillEndAt"_s, QJsonValue()},
        };
        m_seed.rows.document(u"requisition"_s, id, {}, doc);
    }
}

} // namespace lever::sandbox
