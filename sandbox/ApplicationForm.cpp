#include "ApplicationForm.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// The namespace of the form's name-based ids (any fixed UUID would do).
const QUuid kNamespace(u"6f1c0a52-3b8e-4d7a-9a55-2c9e8f0b7d41"_s);

QJsonObject entry(const QString &name, const QString &text, const QString &type, bool required)
{
    return QJsonObject{{u"name"_s, name},
                       {u"text"_s, text},
                       {u"type"_s, type},
                       {u"required"_s, required},
                       {u"value"_s, QJsonValue()}};
}

QJsonArray options(const QStringList &texts)
{
    QJsonArray out;
    for (const QString &t : texts)
        out.append(QJsonObject{{u"text"_s, t}});
    return out;
}

// Lever's EEO options carry an id beside the text; ours is the text in lower case with dashes.
QJsonArray eeoOptions(const QStringList &texts)
{
    QJsonArray out;
    for (const QString &t : texts) {
        QString slug = t.toLower();
        slug.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
        out.append(QJsonObject{{u"optionId"_s, slug}, {u"text"_s, t}});
    }
    return out;
}

QJsonObject eeoQuestion(const QString &text, const QString &prompt, const QJsonArray &choices)
{
    return QJsonObject{{u"text"_s, text},      {u"description"_s, QJsonValue()}, {u"prompt"_s, prompt},
                       {u"required"_s, false}, {u"type"_s, u"dropdown"_s},       {u"value"_s, QJsonValue()},
                       {u"options"_s, choices}};
}
} // namespace

QString ApplicationForm::stableId(const QString &postingId, const QString &key)
{
    return QUuid::createUuidV5(kNamespace, QString(postingId + u'/' + key)).toString(QUuid::WithoutBraces);
}

QStringList ApplicationForm::names(const QJsonArray &entries)
{
    QStringList out;
    for (const QJsonValue &e : entries)
        out.append(e.toObject().value(u"name"_s).toString());
    return out;
}

QStringList ApplicationForm::optionTexts(const QJsonObject &question)
{
    QStringList out;
    const QJsonArray choices = question.value(u"options"_s).toArray();
    for (const QJsonValue &c : choices)
        out.append(c.toObject().value(u"text"_s).toString());
    return out;
}

QJsonArray ApplicationForm::personalInformation()
{
    return QJsonArray{entry(u"fullName"_s, u"Full name"_s, u"text"_s, true),
                      entry(u"email"_s, u"Email"_s, u"email"_s, true),
                      entry(u"phone"_s, u"Phone"_s, u"phone"_s, false),
                      entry(u"currentLocation"_s, u"Current location"_s, u"location"_s, false),
                      entry(u"currentCompany"_s, u"Current company"_s, u"text"_s, false),
                      entry(u"resume"_s, u"Resume/CV"_s, u"file"_s, false),
                      entry(u"additionalInformation"_s, u"Additional information"_s, u"textarea"_s, false)};
}

QJsonArray ApplicationForm::urls(const QString &department)
{
    QJsonArray out{entry(u"LinkedIn"_s, u"LinkedIn URL"_s, u"url"_s, false)};
    if (department == u"Engineering"_s || department == u"Data"_s)
        out.append(entry(u"GitHub"_s, u"GitHub URL"_s, u"url"_s, false));
    if (department == u"Design"_s || department == u"Marketing"_s)
        out.append(entry(u"Portfolio"_s, u"Portfolio URL"_s, u"url"_s, false));
    out.append(entry(u"Other"_s, u"Other website"_s, u"url"_s, false));
    return out;
}

QJsonArray ApplicationForm::customQuestions(const QJsonObject &posting)
{
    const QString postingId = posting.value(u"id"_s).toString();
    const QJsonObject categories = posting.value(u"categories"_s).toObject();
    const QString department = categories.value(u"department"_s).toString();
    const QString country = posting.value(u"country"_s).toString();
    auto field = [&postingId](const QString &key, const QString &type, const QString &text,
                              const QString &description, bool required, const QStringList &choices = {}) {
        QJsonObject f{{u"id"_s, stableId(postingId, key)}, {u"type"_s, type},         {u"text"_s, text},
                      {u"description"_s, description},     {u"required"_s, required}, {u"prompt"_s, text},
                      {u"value"_s, QJsonValue()}};
        if (!choices.isEmpty())
            f.insert(u"options"_s, options(choices));
        return f;
    };
    QJsonArray fields{field(u"authorized"_s, u"multiple-choice"_s,
                            u"Are you legally authorized to work in "_s +
                                (country.isEmpty() ? u"the country of this job"_s : country) + u'?',
                            QString(), true, {u"Yes"_s, u"No"_s}),
                      field(u"sponsorship"_s, u"multiple-choice"_s,
                            u"Will you now or in the future require visa sponsorship?"_s, QString(), false,
                            {u"Yes"_s, u"No"_s})};
    if (department == u"Engineering"_s || department == u"Data"_s)
        fields.append(field(u"languages"_s, u"multiple-select"_s, u"Which of these do you use day to day?"_s,
                            u"Pick any that apply."_s, false,
                            {u"C++"_s, u"Python"_s, u"Go"_s, u"TypeScript"_s, u"Rust"_s, u"Java"_s}));
    else if (department == u"Sales"_s || department == u"Customer Success"_s)
        fields.append(field(u"experience"_s, u"dropdown"_s, u"Years of customer-facing experience"_s,
                            QString(), true, {u"0-1"_s, u"2-4"_s, u"5-7"_s, u"8+"_s}));
    else
        fields.append(field(u"proudOf"_s, u"textarea"_s, u"Tell us about a piece of work you are proud of"_s,
                            u"A few sentences are plenty."_s, false));
    fields.append(
        field(u"heardFrom"_s, u"dropdown"_s, u"How did you hear about this job?"_s, QString(), false,
              {u"Jobs page"_s, u"LinkedIn"_s, u"A friend or colleague"_s, u"An event"_s, u"Other"_s}));
    return QJsonArray{QJsonObject{{u"id"_s, stableId(postingId, u"card"_s)},
                                  {u"text"_s, u"A few questions"_s},
                                  {u"distribution"_s, QJsonArray{u"public"_s, u"internal"_s}},
                                  {u"fields"_s, fields}}};
}

QJsonObject ApplicationForm::eeoQuestions()
{
    const QString voluntary =
        u"Completing this survey is voluntary; your answers do not affect your application."_s;
    QJsonArray races = eeoOptions({u"Hispanic or Latino"_s, u"White"_s, u"Black or African American"_s,
                                   u"Native Hawaiian or Other Pacific Islander"_s, u"Asian"_s,
                                   u"American Indian or Alaska Native"_s, u"Two or More Races"_s,
                                   u"Decline to self-identify"_s});
    // Lever explains the census categories; the first one here as an example of the optional key.
    QJsonObject hispanic = races.at(0).toObject();
    hispanic.insert(u"description"_s,
                    u"A person of Cuban, Mexican, Puerto Rican, South or Central American, or other Spanish "
                    u"culture or origin regardless of race."_s);
    races.replace(0, hispanic);
    return QJsonObject{
        {u"gender"_s,
         eeoQuestion(u"Gender"_s, voluntary,
                     eeoOptions({u"Female"_s, u"Male"_s, u"Non-binary"_s, u"Decline to self-identify"_s}))},
        {u"race"_s, eeoQuestion(u"Race"_s, voluntary, races)},
        {u"veteran"_s,
         eeoQuestion(u"Veteran status"_s, voluntary,
                     eeoOptions({u"I am not a protected veteran"_s,
                                 u"I identify as one or more of the classifications of protected veteran"_s,
                                 u"I don't wish to answer"_s}))},
    };
}

QJsonObject ApplicationForm::of(const QJsonObject &posting)
{
    const QString id = posting.value(u"id"_s).toString();
    const QString department = posting.value(u"categories"_s).toObject().value(u"department"_s).toString();
    QJsonObject form{{u"id"_s, id},
                     {u"text"_s, posting.value(u"text"_s)},
                     {u"consentDisclosures"_s, QJsonValue()},
                     {u"personalInformation"_s, personalInformation()},
                     {u"urls"_s, urls(department)},
                     {u"customQuestions"_s, customQuestions(posting)}};
    // Lever asks the voluntary US survey on US postings only (the key is absent elsewhere).
    if (posting.value(u"country"_s).toString() == u"US"_s)
        form.insert(u"eeoQuestions"_s, eeoQuestions());
    return form;
}

} // namespace lever::sandbox
