#include "JsonReader.h"

using namespace Qt::StringLiterals;

namespace lever::api {

JsonReader::JsonReader(const QJsonObject &object, QStringList *errors)
    : m_object(object)
    , m_errors(errors)
{}

JsonReader::JsonReader(const QJsonObject &object, QStringList *errors, const JsonReader *parent, Key key,
                       qsizetype index)
    : m_object(object)
    , m_errors(errors)
    , m_parent(parent)
    , m_key(key)
    , m_index(index)
{}

JsonReader JsonReader::child(const QJsonObject &object, Key key, qsizetype index) const
{
    return JsonReader(object, m_errors, this, key, index);
}

QString JsonReader::path() const
{
    if (!m_parent)
        return {};
    return m_parent->pathOf(m_key, m_index);
}

QString JsonReader::pathOf(Key key, qsizetype index) const
{
    QString p = path();
    if (!p.isEmpty())
        p += u'.';
    p += key;
    if (index >= 0)
        p += u'[' + QString::number(index) + u']';
    return p;
}

const char *JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        return "nothing";
    }
    return "?";
}

void JsonReader::typeError(Key key, const char *expected, const QJsonValue &got, qsizetype index)
{
    if (!m_errors)
        return;
    m_errors->append(pathOf(key, index) + u": expected "_s + QLatin1StringView(expected) + u", got "_s +
                     QLatin1StringView(typeName(got)));
}

void JsonReader::fail(Key key, const QString &problem)
{
    if (m_errors)
        m_errors->append(pathOf(key) + u": "_s + problem);
}

bool JsonReader::has(Key key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNull(Key key) const
{
    return m_object.contains(key) && m_object.value(key).isNull();
}

QString JsonReader::string(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "a string", v);
    return {};
}

std::optional<QString> JsonReader::nullableString(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "a string", v);
    return std::nullopt;
}

bool JsonReader::boolean(Key key, bool fallback)
{
    return nullableBool(key).value_or(fallback);
}

std::optional<bool> JsonReader::nullableBool(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "a boolean", v);
    return std::nullopt;
}

double JsonReader::number(Key key, double fallback)
{
    return nullableNumber(key).value_or(fallback);
}

std::optional<double> JsonReader::nullableNumber(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "a number", v);
    return std::nullopt;
}

qint64 JsonReader::integer(Key key, qint64 fallback)
{
    return nullableInteger(key).value_or(fallback);
}

std::optional<qint64> JsonReader::nullableInteger(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Epoch ms fit a double exactly up to 2^53; anything fractional or beyond is not an integer.
        // The range is checked first: converting a double outside qint64's range (1e300) is undefined.
        if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0) || d != double(qint64(d))) {
            fail(key, u"expected an integer"_s);
            return std::nullopt;
        }
        return qint64(d);
    }
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "a number", v);
    return std::nullopt;
}

QStringList JsonReader::strings(Key key)
{
    return nullableStrings(key).value_or(QStringList());
}

std::optional<QStringList> JsonReader::nullableStrings(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        typeError(key, "an array", v);
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString())
            out.append(item.toString());
        else
            typeError(key, "a string", item, i);
    }
    return out;
}

QJsonObject JsonReader::rawObject(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "an object", v);
    return {};
}

QJsonArray JsonReader::rawArray(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isNull() && !v.isUndefined())
        typeError(key, "an array", v);
    return {};
}

} // namespace lever::api
