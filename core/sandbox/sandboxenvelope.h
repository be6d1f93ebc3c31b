#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sendscope {

// What the sandbox knows about one stored message besides its bytes: kept as <id>.json
// beside <id>.eml, so the .eml stays exactly what the client sent (after dot-unstuffing).
struct SandboxEnvelope
{
    QString id; // file stem of <id>.eml / <id>.json
    QString from; // reverse-path without <>; empty for the null sender
    QStringList to; // accepted recipients, in order
    qint64 size = 0; // octets of the .eml
    QDateTime received; // UTC
    bool tls = false;
    QString tlsProtocol; // "TLSv1.3"
    QString authUser; // empty when not authenticated
    QString clientName; // the EHLO/HELO argument
    QString peerAddress;
    QString body; // BODY= of MAIL (7BIT, 8BITMIME), empty when not given
    bool smtpUtf8 = false; // MAIL … SMTPUTF8
    quint32 connectionId = 0;

    QJsonObject toJson() const;
    static SandboxEnvelope fromJson(const QJsonObject &object);
};

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::SandboxEnvelope)
