#include "capabilities.h"

namespace Sendscope {

Capabilities Capabilities::fromEhloReply(const SmtpReply &reply)
{
    Capabilities caps;
    if (!reply.isPositive() || reply.lines.isEmpty())
        return caps;
    caps.m_domain = reply.lines.first().section(QLatin1Char(' '), 0, 0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        // "AUTH=PLAIN LOGIN" is the pre-standard form some servers still send.
        qsizetype sep = line.indexOf(QLatin1Char(' '));
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const bool oldAuth = eq > 0 && (sep < 0 || eq < sep)
                && line.left(eq).compare(QLatin1String("AUTH"), Qt::CaseInsensitive) == 0;
        if (oldAuth)
            sep = eq;
        const QString keyword = (sep < 0 ? line : line.left(sep)).toUpper();
        const QString params = sep < 0 ? QString() : line.mid(sep + 1).trimmed();
        if (!caps.m_keywords.contains(keyword)) {
            caps.m_keywords.append(keyword);
            caps.m_lines.append(line);
        }
        if (keyword == QLatin1String("AUTH")) {
            const QStringList mechs = params.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &m : mechs) {
                const QString up = m.toUpper();
                if (!caps.m_auth.contains(up))
                    caps.m_auth.append(up);
            }
        } else if (keyword == QLatin1String("SIZE")) {
            bool ok = false;
            const qint64 v = params.toLongLong(&ok);
            caps.m_sizeLimit = ok && v > 0 ? v : 0;
        }
    }
    return caps;
}

bool Capabilities::has(const QString &keyword) const
{
    return m_keywords.contains(keyword.toUpper());
}

QString Capabilities::parameters(const QString &keyword) const
{
    const qsizetype i = m_keywords.indexOf(keyword.toUpper());
    if (i < 0)
        return QString();
    const QString &line = m_lines.at(i);
    const qsizetype sep = line.indexOf(QLatin1Char(' '));
    return sep < 0 ? QString() : line.mid(sep + 1);
}

QString Capabilities::describe() const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_keywords.size(); ++i) {
        if (m_keywords.at(i) == QLatin1String("AUTH"))
            parts.append(QStringLiteral("AUTH ") + m_auth.join(QLatin1Char(' ')));
        else
            parts.append(m_lines.at(i));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Sendscope
