#include "mailbox.h"

#include "headerencoding.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace Sendscope::Mime {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Mime::Mailbox", s);
}

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return true;  // RFC 6531 UTF-8 local parts; SMTPUTF8 is checked by the session
    const char l = char(c.unicode());
    return (l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') || (l >= '0' && l <= '9')
            || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(l);
}

bool validAddress(const QString &a, QString *why)
{
    // lupdate files the strings of this free function under the namespace's context.
    const auto tr = [](const char *s) { return QCoreApplication::translate("Sendscope::Mime", s); };
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == a.size() - 1) {
        *why = tr("it needs the form name@domain");
        return false;
    }
    const QString local = a.left(at);
    const QString domain = a.mid(at + 1);
    // RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, so an address at most 254.
    if (a.toUtf8().size() > 254) {
        *why = tr("it is longer than 254 characters");
        return false;
    }
    if (local.size() > 64) {
        *why = tr("the part before @ is longer than 64 characters");
        return false;
    }
    if (local.startsWith(QLatin1Char('"'))) {
        // RFC 5321 §4.1.2 Quoted-string: qtextSMTP (%d32-33 / %d35-91 / %d93-126, UTF-8 per
        // RFC 6531) or a backslash and one printable character, and one closing quote.
        if (local.size() < 2 || !local.endsWith(QLatin1Char('"'))) {
            *why = tr("the quoted part before @ is not closed");
            return false;
        }
        for (qsizetype i = 1; i < local.size() - 1; ++i) {
            const char16_t u = local.at(i).unicode();
            if (u == '\\') {
                if (i + 1 >= local.size() - 1 || local.at(i + 1).unicode() < 32
                    || local.at(i + 1).unicode() > 126) {
                    *why = tr("a backslash in the quoted part before @ must escape a "
                              "printable character");
                    return false;
                }
                ++i;
                continue;
            }
            if (u == '"' || u < 32 || u == 127) {
                *why = tr("the quoted part before @ contains a quote or control character");
                return false;
            }
        }
    } else {
        if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
            || local.contains(QStringLiteral(".."))) {
            *why = tr("dots in the part before @ must be single and in the middle");
            return false;
        }
        for (QChar c : local) {
            if (c != QLatin1Char('.') && !isAtext(c)) {
                *why = tr("the character '%1' is not allowed before @").arg(c);
                return false;
            }
        }
    }
    if (domain.startsWith(QLatin1Char('['))) {
        // RFC 5321 §4.1.3: only an IPv4 address or "IPv6:" and an IPv6 address. Anything
        // looser could carry "]>" and ESMTP parameters into MAIL FROM / RCPT TO.
        if (!domain.endsWith(QLatin1Char(']'))) {
            *why = tr("the address literal after @ is not closed");
            return false;
        }
        const QString inner = domain.mid(1, domain.size() - 2);
        const bool v6 = inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive);
        QHostAddress ip;
        // Digits, hex, dots and colons only: QHostAddress would also accept surrounding
        // white space and an IPv6 scope.
        bool ok = true;
        for (QChar c : v6 ? inner.mid(5) : inner) {
            if (!(c.isDigit() && c.unicode() < 0x80) && c != QLatin1Char('.')
                && !(v6 && (c == QLatin1Char(':') || (c.toLower() >= QLatin1Char('a')
                                                     && c.toLower() <= QLatin1Char('f')))))
                ok = false;
        }
        if (ok && v6)
            ok = ip.setAddress(inner.mid(5)) && ip.protocol() == QAbstractSocket::IPv6Protocol;
        else if (ok)
            ok = ip.setAddress(inner) && ip.protocol() == QAbstractSocket::IPv4Protocol
                    && inner.count(QLatin1Char('.')) == 3;
        if (!ok) {
            *why = tr("the address literal \"%1\" is neither an IPv4 address nor \"IPv6:\" "
                      "followed by an IPv6 address")
                           .arg(domain);
            return false;
        }
        return true;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-'))) {
            *why = tr("the domain \"%1\" is not a valid host name").arg(domain);
            return false;
        }
        for (QChar c : label) {
            if (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != QLatin1Char('-')) {
                *why = tr("the domain \"%1\" contains '%2'").arg(domain, c);
                return false;
            }
        }
    }
    // An internationalized domain must have an ASCII form (IDNA 2008, RFC 5891) so that a
    // server without SMTPUTF8 can be given it.
    for (QChar c : domain) {
        if (c.unicode() >= 0x80) {
            if (QUrl::toAce(domain).isEmpty()) {
                *why = tr("the international domain \"%1\" has no valid ASCII (punycode) form")
                               .arg(domain);
                return false;
            }
            break;
        }
    }
    return true;
}

} // namespace

bool Mailbox::isAsciiAddress() const
{
    for (QChar c : address) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool Mailbox::isAsciiLocalPart() const
{
    const QString local = localPart();
    for (QChar c : local) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString Mailbox::asciiDomainAddress() const
{
    if (isAsciiAddress())
        return address;
    const QString d = domain();
    const QByteArray ace = QUrl::toAce(d);
    return localPart() + QLatin1Char('@') + (ace.isEmpty() ? d : QString::fromLatin1(ace));
}

QByteArray Mailbox::toHeader(bool smtpUtf8, int *column) const
{
    const QByteArray addr = (smtpUtf8 ? address : asciiDomainAddress()).toUtf8();
    if (displayName.isEmpty()) {
        *column += int(addr.size()) + 1;
        return ' ' + addr;
    }
    QByteArray out = encodePhrase(displayName, column);
    if (*column + int(addr.size()) + 3 > HeaderFoldColumn) {
        out += "\r\n";
        *column = 0;
    }
    out += " <" + addr + '>';
    *column += int(addr.size()) + 3;
    return out;
}

QByteArray formatMailboxList(const QList<Mailbox> &list, bool smtpUtf8, int column)
{
    QByteArray out;
    int col = column;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0) {
            out += ',';
            // Start each further mailbox on its own line when it would not fit.
            int probe = 0;
            const QByteArray next = list.at(i).toHeader(smtpUtf8, &probe);
            if (next.contains('\n') || col + 1 + next.size() > HeaderFoldColumn) {
                out += "\r\n";
                col = 0;
            } else {
                ++col;
            }
        }
        out += list.at(i).toHeader(smtpUtf8, &col);
    }
    return out;
}

bool Mailbox::parse(const QString &text, Mailbox *out, QString *error)
{
    const QString t = text.trimmed();
    for (QChar c : t) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0) {
            *error = tr("The address \"%1\" contains a line break or NUL character.")
                             .arg(QString(t).replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                                          .replace(QLatin1Char('\n'), QStringLiteral("\\n")));
            return false;
        }
    }
    if (t.isEmpty()) {
        *error = tr("An address is empty.");
        return false;
    }
    Mailbox m;
    const qsizetype lt = t.lastIndexOf(QLatin1Char('<'));
    if (lt >= 0) {
        if (!t.endsWith(QLatin1Char('>'))) {
            *error = tr("The address \"%1\" has a '<' without a closing '>'.").arg(t);
            return false;
        }
        m.address = t.mid(lt + 1, t.size() - lt - 2).trimmed();
        const QString name = t.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            // RFC 5322 §3.2.4: a quoted-pair stands for the character after the backslash.
            QString unquoted;
            for (qsizetype i = 1; i + 1 < name.size(); ++i) {
                if (name.at(i) == QLatin1Char('\\') && i + 2 < name.size())
                    ++i;
                unquoted += name.at(i);
            }
            m.displayName = unquoted;
        } else {
            m.displayName = decodeEncodedWords(name);
        }
    } else {
        m.address = t;
    }
    QString why;
    if (!validAddress(m.address, &why)) {
        *error = tr("The address \"%1\" is not valid: %2.").arg(m.address, why);
        return false;
    }
    *out = m;
    return true;
}

bool Mailbox::parseList(const QString &text, QList<Mailbox> *out, QString *error)
{
    QStringList parts;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            cur += c;
            cur += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !quoted) {
            parts.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts.append(cur);
    for (const QString &p : std::as_const(parts)) {
        if (p.trimmed().isEmpty())
            continue;
        Mailbox m;
        if (!parse(p, &m, error))
            return false;
        out->append(m);
    }
    return true;
}

} // namespace Sendscope::Mime
