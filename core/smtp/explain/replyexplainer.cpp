#include "replyexplainer.h"

#include "explanationtable.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaEnum>

namespace Sendscope {

namespace {

// Everything known about one failure, as the table's hints name it.
struct Situation
{
    int code = 0;  // 0: no reply
    QString enhanced;
    QString text;  // the server's words, or the error's own description
    QString host;
    int port = 0;
    QString security;
    QString socketError;
    QStringList sslErrors;
    QString kind;
    QString step;
};

template<typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

QString translated(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate(ExplanationTable::translationContext(), utf8.constData());
}

// The server's words as quoted inside a sentence: one line, and not a page of it.
QString quotedWords(const Situation &s)
{
    QString words = s.text.simplified();
    constexpr int maxLength = 240;
    if (words.size() > maxLength)
        words = words.left(maxLength - 1) + QChar(0x2026);
    if (words.isEmpty() && s.code > 0)
        words = s.enhanced.isEmpty()
                ? QString::number(s.code)
                : QString::number(s.code) + QLatin1Char(' ') + s.enhanced;
    return words;
}

// %1 = the server's words, %2 = host, %3 = port; one pass, so a "%2" inside the server's
// words stays as it is.
QString fill(const QString &translatedText, const Situation &s)
{
    QString out;
    out.reserve(translatedText.size() + 64);
    for (qsizetype i = 0; i < translatedText.size(); ++i) {
        const QChar c = translatedText.at(i);
        if (c == QLatin1Char('%') && i + 1 < translatedText.size()) {
            const QChar n = translatedText.at(i + 1);
            if (n == QLatin1Char('1')) {
                out += quotedWords(s);
                ++i;
                continue;
            }
            if (n == QLatin1Char('2')) {
                out += s.host;
                ++i;
                continue;
            }
            if (n == QLatin1Char('3')) {
                out += QString::number(s.port);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

Explanation make(const ExplanationEntry &e, const Situation &s, const QString &key,
                 bool generic = false)
{
    Explanation x;
    x.sentence = fill(translated(e.sentence), s);
    x.suggestion = fill(translated(e.suggestion), s);
    x.reference = e.reference;
    x.generic = generic;
    x.key = key;
    return x;
}

bool hostMatches(const QStringList &suffixes, const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h.isEmpty())
        return false;
    for (const QString &suffix : suffixes) {
        if (h == suffix || h.endsWith(QLatin1Char('.') + suffix))
            return true;
    }
    return false;
}

bool isLoopback(const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool providerMatches(const ExplanationProvider &p, const Situation &s)
{
    return hostMatches(p.hosts, s.host)
            || (!p.text.pattern().isEmpty() && p.text.match(s.text).hasMatch());
}

bool hintMatches(const ExplanationHint &h, const ExplanationTable &t, const Situation &s)
{
    if (!h.hasCondition())
        return false;
    if (!h.codes.isEmpty() && !h.codes.contains(s.code))
        return false;
    if (!h.enhanced.isEmpty() && !h.enhanced.contains(s.enhanced))
        return false;
    if (!h.text.pattern().isEmpty() && !h.text.match(s.text).hasMatch())
        return false;
    if (!h.ports.isEmpty() && !h.ports.contains(s.port))
        return false;
    if (!h.security.isEmpty() && !h.security.contains(s.security))
        return false;
    if (!h.socketErrors.isEmpty() && !h.socketErrors.contains(s.socketError))
        return false;
    if (!h.sslErrors.isEmpty()) {
        bool any = false;
        for (const QString &e : s.sslErrors)
            any = any || h.sslErrors.contains(e);
        if (!any)
            return false;
    }
    if (!h.kinds.isEmpty() && !h.kinds.contains(s.kind))
        return false;
    if (!h.steps.isEmpty() && !h.steps.contains(s.step))
        return false;
    if (h.remoteOnly && isLoopback(s.host))
        return false;
    if (!h.provider.isEmpty()) {
        const auto p = t.providers.constFind(h.provider);
        if (p == t.providers.cend() || !providerMatches(*p, s))
            return false;
    }
    return true;
}

// RFC 3463 §2: class.subject.detail, class 2, 4 or 5.
bool splitEnhanced(const QString &code, QString *subject, QString *detail)
{
    const QStringList parts = code.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        p.toInt(&ok);
        if (!ok)
            return false;
    }
    if (parts.at(0) != QLatin1String("2") && parts.at(0) != QLatin1String("4")
        && parts.at(0) != QLatin1String("5"))
        return false;
    *subject = QString::number(parts.at(1).toInt());
    *detail = QString::number(parts.at(2).toInt());
    return true;
}

Explanation explainReplySituation(const ExplanationTable &t, const Situation &s)
{
    QString subject, detail;
    const bool hasEnhanced = splitEnhanced(s.enhanced, &subject, &detail);
    const QString registered = QStringLiteral("X.%1.%2").arg(subject, detail);
    const bool known = hasEnhanced && (t.enhanced.contains(s.enhanced) || t.enhanced.contains(registered));

    // A provider's own codes: always when the code is not in the IANA registry, and for a
    // registered code only when the reply comes from that provider (Microsoft reuses 5.7.3
    // and 5.7.12 with its own meaning).
    if (hasEnhanced) {
        for (auto v = t.vendorCodes.cbegin(); v != t.vendorCodes.cend(); ++v) {
            const auto e = v->constFind(s.enhanced);
            if (e == v->cend())
                continue;
            const auto p = t.providers.constFind(v.key());
            if (!known || (p != t.providers.cend() && providerMatches(*p, s)))
                return make(*e, s, QStringLiteral("vendor:%1:%2").arg(v.key(), s.enhanced));
        }
    }
    if (hasEnhanced) {
        const auto exact = t.enhanced.constFind(s.enhanced);
        if (exact != t.enhanced.cend())
            return make(*exact, s, QStringLiteral("enhanced:") + s.enhanced);
        const auto x = t.enhanced.constFind(registered);
        if (x != t.enhanced.cend())
            return make(*x, s, QStringLiteral("enhanced:") + registered);
    }
    const auto reply = t.replies.constFind(s.code);
    if (reply != t.replies.cend())
        return make(*reply, s, QStringLiteral("reply:%1").arg(s.code));
    // An unknown detail still names its subject (RFC 3463 §2): X.y.0.
    if (hasEnhanced) {
        const QString other = QStringLiteral("X.%1.0").arg(subject);
        const auto x = t.enhanced.constFind(other);
        if (x != t.enhanced.cend())
            return make(*x, s, QStringLiteral("enhanced:") + other);
    }
    const int cls = s.code >= 200 && s.code <= 599 ? s.code / 100 : 0;
    const auto c = t.classes.constFind(t.classes.contains(cls) ? cls : 0);
    if (c != t.classes.cend())
        return make(*c, s, QStringLiteral("class:%1").arg(cls), true);
    return {};
}

Explanation explainSituation(const Situation &s)
{
    const ExplanationTable &t = ExplanationTable::builtIn();
    for (const ExplanationHint &h : t.hints) {
        if (hintMatches(h, t, s))
            return make(h.entry, s, QStringLiteral("hint:") + h.id);
    }
    if (s.code > 0)
        return explainReplySituation(t, s);
    for (const QString &name : s.sslErrors) {
        const auto e = t.sslErrors.constFind(name);
        if (e != t.sslErrors.cend() && name != QLatin1String("NoError"))
            return make(*e, s, QStringLiteral("ssl:") + name);
    }
    if (!s.socketError.isEmpty()) {
        const auto e = t.socketErrors.constFind(s.socketError);
        if (e != t.socketErrors.cend())
            return make(*e, s, QStringLiteral("socket:") + s.socketError);
    }
    if (!s.kind.isEmpty()) {
        const QString kindStep = s.kind + QLatin1Char('/') + s.step;
        const auto ks = t.kindSteps.constFind(kindStep);
        if (ks != t.kindSteps.cend())
            return make(*ks, s, QStringLiteral("kind:") + kindStep);
        const auto k = t.kinds.constFind(s.kind);
        if (k != t.kinds.cend())
            return make(*k, s, QStringLiteral("kind:") + s.kind);
    }
    return {};
}

} // namespace

Explanation ReplyExplainer::explainReply(int code, const QString &enhancedCode,
                                         const QString &serverText, const QString &host)
{
    Situation s;
    s.code = code;
    s.enhanced = enhancedCode.trimmed();
    s.text = serverText;
    s.host = host;
    if (s.code <= 0) {
        const ExplanationTable &t = ExplanationTable::builtIn();
        const auto c = t.classes.constFind(0);
        return c != t.classes.cend() ? make(*c, s, QStringLiteral("class:0"), true)
                                     : Explanation();
    }
    return explainSituation(s);
}

Explanation ReplyExplainer::explainReply(const SmtpReply &reply, const QString &host)
{
    return explainReply(reply.code, reply.enhancedCode, reply.text(), host);
}

Explanation ReplyExplainer::explainSocketError(QAbstractSocket::SocketError error)
{
    Situation s;
    s.socketError = enumName(error);
    return explainSituation(s);
}

Explanation ReplyExplainer::explainSslError(QSslError::SslError error)
{
    // NoError explains itself only when asked for directly.
    if (error == QSslError::NoError) {
        const ExplanationTable &t = ExplanationTable::builtIn();
        const auto e = t.sslErrors.constFind(QStringLiteral("NoError"));
        return e != t.sslErrors.cend() ? make(*e, Situation(), QStringLiteral("ssl:NoError"))
                                       : Explanation();
    }
    return explainSslErrors({error});
}

Explanation ReplyExplainer::explainSslErrors(const QList<QSslError::SslError> &errors,
                                             const QString &certificateText)
{
    Situation s;
    for (QSslError::SslError e : errors)
        s.sslErrors.append(enumName(e));
    s.text = certificateText;
    return explainSituation(s);
}

Explanation ReplyExplainer::explainError(const SmtpError &error, const SessionOptions &options)
{
    if (!error.isError())
        return {};
    Situation s;
    s.host = options.host;
    s.port = options.port ? options.port : defaultPort(options.security);
    s.security = securityModeName(options.security);
    s.kind = enumName(error.kind);
    s.step = enumName(error.step);
    if (error.reply.code > 0) {
        s.code = error.reply.code;
        s.enhanced = error.reply.enhancedCode;
        s.text = error.reply.text();
    } else {
        // The session describes certificates (subject, issuer) in its message and detail.
        s.text = error.message + QLatin1Char(' ') + error.detail;
    }
    for (QSslError::SslError e : error.sslErrors)
        s.sslErrors.append(enumName(e));
    // UnknownSocketError is SmtpError's "no socket error".
    if (error.socketError != QAbstractSocket::UnknownSocketError)
        s.socketError = enumName(error.socketError);
    return explainSituation(s);
}

} // namespace Sendscope
