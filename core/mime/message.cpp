#include "message.h"

#include <QFileInfo>

namespace Sendscope::Mime {

QString Attachment::effectiveFileName() const
{
    if (!fileName.isEmpty())
        return fileName;
    return QFileInfo(filePath).fileName();
}

QStringList Message::envelopeRecipients() const
{
    QStringList out;
    for (const auto *list : {&to, &cc, &bcc}) {
        for (const Mailbox &m : *list) {
            if (!out.contains(m.address, Qt::CaseInsensitive))
                out.append(m.address);
        }
    }
    return out;
}

} // namespace Sendscope::Mime
