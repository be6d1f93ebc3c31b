#include "inboxhtmlview.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace Sendscope::Gui {

InboxHtmlView::InboxHtmlView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void InboxHtmlView::showHtml(const QString &html, const QHash<QByteArray, QByteArray> &inlineParts)
{
    m_parts = inlineParts;
    m_blocked.clear();
    // A fresh document: nothing cached from the previous message is reused. setDocument()
    // deletes the previous one itself when it is our child (QTextEdit docs), so no delete here.
    setDocument(new QTextDocument(this));
    setHtml(html);
    Q_EMIT blockedChanged(blockedCount());
}

void InboxHtmlView::clearMessage()
{
    m_parts.clear();
    m_blocked.clear();
    clear();
    Q_EMIT blockedChanged(0);
}

QVariant InboxHtmlView::loadResource(int type, const QUrl &name)
{
    if (name.scheme().compare(QLatin1String("cid"), Qt::CaseInsensitive) == 0) {
        const auto it = m_parts.constFind(name.path().toUtf8());
        if (it != m_parts.constEnd()) {
            if (type == QTextDocument::ImageResource)
                return QImage::fromData(it.value());
            return it.value();
        }
        return {};
    }
    // Remote (http, https, ftp) and local (file, relative paths) content alike: refused.
    if (!m_blocked.contains(name)) {
        m_blocked.insert(name);
        Q_EMIT blockedChanged(blockedCount());
    }
    return {};
}

} // namespace Sendscope::Gui
