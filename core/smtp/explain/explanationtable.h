#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Sendscope {

// One row of explanations.json: English source strings, translated at lookup time.
struct ExplanationEntry
{
    QString sentence;
    QString suggestion;
    QString reference;

    bool isValid() const { return !sentence.isEmpty(); }
};

// A mail provider recognised by its host name (suffix match) or by words in its replies.
struct ExplanationProvider
{
    QString id;
    QString name;
    QStringList hosts;
    QRegularExpression text;
};

// A hint fires when every condition it states holds (a list holds when any element does).
struct ExplanationHint
{
    QString id;
    QString provider;  // id in ExplanationTable::providers
    QList<int> codes;
    QStringList enhanced;
    QRegularExpression text;  // invalid (empty pattern) when not given
    QList<int> ports;
    QStringList security;      // securityModeName() values
    QStringList socketErrors;  // QAbstractSocket::SocketError enumerator names
    QStringList sslErrors;     // QSslError::SslError enumerator names
    QStringList kinds;         // SmtpError::Kind enumerator names
    QStringList steps;         // SmtpError::Step enumerator names
    bool remoteOnly = false;   // never for a loopback host (no network in between)
    ExplanationEntry entry;

    // True when the hint states something beyond the provider; a hint on the provider
    // alone would explain every reply from that host the same way.
    bool hasCondition() const;
};

// The checked-in table (core/smtp/explain/explanations.json, compiled in as a resource).
struct ExplanationTable
{
    QMap<int, ExplanationEntry> classes;  // 2..5; 0 for a code SMTP does not define
    QMap<int, ExplanationEntry> replies;
    QMap<QString, ExplanationEntry> enhanced;  // "X.7.8" or a class-specific "5.7.0"
    QMap<QString, ExplanationProvider> providers;
    QMap<QString, QMap<QString, ExplanationEntry>> vendorCodes;  // provider id → code → entry
    QList<ExplanationHint> hints;
    QMap<QString, ExplanationEntry> socketErrors;
    QMap<QString, ExplanationEntry> sslErrors;
    QMap<QString, ExplanationEntry> kinds;
    QMap<QString, ExplanationEntry> kindSteps;  // "Timeout/Greeting"
    QString error;  // why the table could not be read, empty when it could

    // The table compiled into the program, parsed once.
    static const ExplanationTable &builtIn();
    static ExplanationTable fromJson(const QByteArray &json);

    // Every sentence and suggestion, each once, in table order (what lupdate must see).
    QStringList sourceStrings() const;
    // Every string explanations_tr.cpp marks with QT_TRANSLATE_NOOP.
    static QStringList markedSourceStrings();

    static const char *translationContext() { return "Sendscope::ReplyExplainer"; }
};

} // namespace Sendscope
