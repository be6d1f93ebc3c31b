#include "bearererror.h"

#include "sasltext_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Sendscope::Sasl {

namespace {

// A JSON member as printable text; numbers too ("status": 401 from some servers).
QString member(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return Detail::printableExcerpt(v.toString().toUtf8());
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

} // namespace

BearerError BearerError::fromChallenge(const QByteArray &decodedChallenge)
{
    BearerError e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(decodedChallenge, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        e.m_raw = Detail::printableExcerpt(decodedChallenge.trimmed());
        return e;
    }
    const QJsonObject o = doc.object();
    e.m_json = true;
    e.m_status = member(o, QLatin1String("status"));
    e.m_schemes = member(o, QLatin1String("schemes"));
    e.m_scope = member(o, QLatin1String("scope"));
    e.m_openidConfiguration = member(o, QLatin1String("openid-configuration"));
    return e;
}

QString BearerError::describe() const
{
    if (!m_json) {
        if (m_raw.isEmpty())
            return QCoreApplication::translate("Sendscope::Sasl",
                                               "The server refused the token without a reason.");
        return QCoreApplication::translate("Sendscope::Sasl", "The server refused the token: %1")
                .arg(m_raw);
    }
    // Google and Microsoft send HTTP codes; RFC 7628 §3.2.2 uses the OAuth error registry.
    QString meaning;
    if (m_status == QLatin1String("401") || m_status == QLatin1String("invalid_token"))
        meaning = QCoreApplication::translate("Sendscope::Sasl",
                                              "the token is invalid or has expired");
    else if (m_status == QLatin1String("403") || m_status == QLatin1String("insufficient_scope"))
        meaning = QCoreApplication::translate("Sendscope::Sasl",
                                              "the token does not grant the needed scope");
    else if (m_status == QLatin1String("400") || m_status == QLatin1String("invalid_request"))
        meaning = QCoreApplication::translate("Sendscope::Sasl",
                                              "the server could not read the request");
    const QString status = m_status.isEmpty() ? QStringLiteral("?") : m_status;
    QString text = meaning.isEmpty()
            ? QCoreApplication::translate("Sendscope::Sasl",
                                          "The server refused the token (status %1).")
                      .arg(status)
            : QCoreApplication::translate("Sendscope::Sasl",
                                          "The server refused the token (status %1): %2.")
                      .arg(status, meaning);
    if (!m_scope.isEmpty())
        text += QLatin1Char(' ')
                + QCoreApplication::translate("Sendscope::Sasl", "Required scope: %1.")
                          .arg(m_scope);
    if (!m_schemes.isEmpty())
        text += QLatin1Char(' ')
                + QCoreApplication::translate("Sendscope::Sasl", "Accepted schemes: %1.")
                          .arg(m_schemes);
    return text;
}

} // namespace Sendscope::Sasl
