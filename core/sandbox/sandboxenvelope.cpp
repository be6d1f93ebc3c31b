#include "sandboxenvelope.h"

#include <QJsonArray>

namespace Sendscope {

QJsonObject SandboxEnvelope::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("from"), from);
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("received"), received.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("tls"), tls);
    o.insert(QStringLiteral("tlsProtocol"), tlsProtocol);
    o.insert(QStringLiteral("authUser"), authUser);
    o.insert(QStringLiteral("clientName"), clientName);
    o.insert(QStringLiteral("peerAddress"), peerAddress);
    o.insert(QStringLiteral("body"), body);
    o.insert(QStringLiteral("smtpUtf8"), smtpUtf8);
    o.insert(QStringLiteral("connectionId"), qint64(connectionId));
    return o;
}

SandboxEnvelope SandboxEnvelope::fromJson(const QJsonObject &o)
{
    SandboxEnvelope e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.from = o.value(QStringLiteral("from")).toString();
    const QJsonArray to = o.value(QStringLiteral("to")).toArray();
    for (const auto &v : to)
        e.to.append(v.toString());
    e.size = qint64(o.value(QStringLiteral("size")).toDouble());
    e.received = QDateTime::fromString(o.value(QStringLiteral("received")).toString(),
                                       Qt::ISODateWithMs);
    e.tls = o.value(QStringLiteral("tls")).toBool();
    e.tlsProtocol = o.value(QStringLiteral("tlsProtocol")).toString();
    e.authUser = o.value(QStringLiteral("authUser")).toString();
    e.clientName = o.value(QStringLiteral("clientName")).toString();
    e.peerAddress = o.value(QStringLiteral("peerAddress")).toString();
    e.body = o.value(QStringLiteral("body")).toString();
    e.smtpUtf8 = o.value(QStringLiteral("smtpUtf8")).toBool();
    e.connectionId = quint32(o.value(QStringLiteral("connectionId")).toDouble());
    return e;
}

} // namespace Sendscope
