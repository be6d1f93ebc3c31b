#include "explanationtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace Sendscope {

namespace {

QRegularExpression makeRegex(const QString &pattern)
{
    if (pattern.isEmpty())
        return QRegularExpression();
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const auto &e : a)
        out.append(e.toString());
    return out;
}

QList<int> intList(const QJsonValue &v)
{
    QList<int> out;
    const QJsonArray a = v.toArray();
    for (const auto &e : a)
        out.append(e.toInt());
    return out;
}

ExplanationEntry entryFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("sentence")).toString(),
            o.value(QLatin1String("suggestion")).toString(),
            o.value(QLatin1String("reference")).toString()};
}

QMap<QString, ExplanationEntry> entryMap(const QJsonValue &v)
{
    QMap<QString, ExplanationEntry> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), entryFrom(it.value().toObject()));
    return out;
}

QMap<int, ExplanationEntry> codeMap(const QJsonValue &v, QString *error)
{
    QMap<int, ExplanationEntry> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int code = it.key().toInt(&ok);
        if (!ok && error->isEmpty())
            *error = QStringLiteral("not a number: %1").arg(it.key());
        out.insert(code, entryFrom(it.value().toObject()));
    }
    return out;
}

void checkRegex(const QRegularExpression &re, const QString &where, QString *error)
{
    if (!re.pattern().isEmpty() && !re.isValid() && error->isEmpty())
        *error = QStringLiteral("%1: %2").arg(where, re.errorString());
}

} // namespace

bool ExplanationHint::hasCondition() const
{
    return !codes.isEmpty() || !enhanced.isEmpty() || !text.pattern().isEmpty()
            || !ports.isEmpty() || !security.isEmpty() || !socketErrors.isEmpty()
            || !sslErrors.isEmpty() || !kinds.isEmpty() || !steps.isEmpty();
}

ExplanationTable ExplanationTable::fromJson(const QByteArray &json)
{
    ExplanationTable t;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        t.error = pe.errorString();
        return t;
    }
    if (!doc.isObject()) {
        t.error = QStringLiteral("the table is not a JSON object");
        return t;
    }
    const QJsonObject root = doc.object();
    t.classes = codeMap(root.value(QLatin1String("classes")), &t.error);
    t.replies = codeMap(root.value(QLatin1String("replies")), &t.error);
    t.enhanced = entryMap(root.value(QLatin1String("enhanced")));

    const QJsonObject providers = root.value(QLatin1String("providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ExplanationProvider p;
        p.id = it.key();
        p.name = o.value(QLatin1String("name")).toString();
        p.hosts = stringList(o.value(QLatin1String("hosts")));
        p.text = makeRegex(o.value(QLatin1String("text")).toString());
        checkRegex(p.text, p.id, &t.error);
        t.providers.insert(p.id, p);
    }

    const QJsonObject vendors = root.value(QLatin1String("vendorCodes")).toObject();
    for (auto it = vendors.begin(); it != vendors.end(); ++it) {
        t.vendorCodes.insert(it.key(), entryMap(it.value()));
        if (!t.providers.contains(it.key()) && t.error.isEmpty())
            t.error = QStringLiteral("vendorCodes: unknown provider %1").arg(it.key());
    }

    const QJsonArray hints = root.value(QLatin1String("hints")).toArray();
    for (const auto &v : hints) {
        const QJsonObject o = v.toObject();
        ExplanationHint h;
        h.id = o.value(QLatin1String("id")).toString();
        h.provider = o.value(QLatin1String("provider")).toString();
        h.codes = intList(o.value(QLatin1String("codes")));
        h.enhanced = stringList(o.value(QLatin1String("enhanced")));
        h.text = makeRegex(o.value(QLatin1String("text")).toString());
        h.ports = intList(o.value(QLatin1String("ports")));
        h.security = stringList(o.value(QLatin1String("security")));
        h.socketErrors = stringList(o.value(QLatin1String("socketErrors")));
        h.sslErrors = stringList(o.value(QLatin1String("sslErrors")));
        h.kinds = stringList(o.value(QLatin1String("kinds")));
        h.steps = stringList(o.value(QLatin1String("steps")));
        h.remoteOnly = o.value(QLatin1String("remoteOnly")).toBool();
        h.entry = entryFrom(o);
        checkRegex(h.text, h.id, &t.error);
        if (!h.provider.isEmpty() && !t.providers.contains(h.provider) && t.error.isEmpty())
            t.error = QStringLiteral("%1: unknown provider %2").arg(h.id, h.provider);
        t.hints.append(h);
    }

    t.socketErrors = entryMap(root.value(QLatin1String("socketErrors")));
    t.sslErrors = entryMap(root.value(QLatin1String("sslErrors")));
    t.kinds = entryMap(root.value(QLatin1String("kinds")));
    t.kindSteps = entryMap(root.value(QLatin1String("kindSteps")));
    return t;
}

const ExplanationTable &ExplanationTable::builtIn()
{
    static const ExplanationTable table = [] {
        QFile f(QStringLiteral(":/sendscope/explain/explanations.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            ExplanationTable t;
            t.error = f.errorString();
            return t;
        }
        return fromJson(f.readAll());
    }();
    return table;
}

QStringList ExplanationTable::sourceStrings() const
{
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const ExplanationEntry &e) {
        for (const QString &s : {e.sentence, e.suggestion}) {
            if (!s.isEmpty() && !seen.contains(s)) {
                seen.insert(s);
                out.append(s);
            }
        }
    };
    for (const ExplanationEntry &e : classes)
        add(e);
    for (const ExplanationEntry &e : replies)
        add(e);
    for (const ExplanationEntry &e : enhanced)
        add(e);
    for (const auto &codes : vendorCodes)
        for (const ExplanationEntry &e : codes)
            add(e);
    for (const ExplanationHint &h : hints)
        add(h.entry);
    for (const ExplanationEntry &e : socketErrors)
        add(e);
    for (const ExplanationEntry &e : sslErrors)
        add(e);
    for (const ExplanationEntry &e : kinds)
        add(e);
    for (const ExplanationEntry &e : kindSteps)
        add(e);
    return out;
}

} // namespace Sendscope
