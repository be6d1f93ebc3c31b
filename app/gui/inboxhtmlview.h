#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace Sendscope::Gui {

// Shows a received message's HTML without loading anything from outside the message: only
// cid: parts of the message itself (RFC 2392) are resolved; http, https, ftp, file and every
// other scheme are refused and counted, so a tracking pixel never phones home. Links are
// never opened, not even on click: the target is only shown.
class InboxHtmlView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit InboxHtmlView(QWidget *parent = nullptr);

    // Inline parts by Content-ID (without angle brackets), then the HTML.
    void showHtml(const QString &html, const QHash<QByteArray, QByteArray> &inlineParts);
    void clearMessage();
    // Distinct outside resources refused for the current message.
    int blockedCount() const { return int(m_blocked.size()); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void blockedChanged(int count);

private:
    QHash<QByteArray, QByteArray> m_parts;
    QSet<QUrl> m_blocked;
};

} // namespace Sendscope::Gui
