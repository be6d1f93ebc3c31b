#pragma once

#include "mime/message.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace Sendscope::Gui {

class ComposerWidget;

// What opening a file or a link did.
struct OpenOutcome
{
    bool ok = false;
    QString error;    // when !ok: why nothing was opened (the composer is untouched)
    QString summary;  // one line for the notice above the composer
    QString details;  // everything left out, made anew or repaired, one item a line
    int warningCount = 0;
};

// Puts an .eml file (MessageReader) or a mailto: link (MailtoParser) into the composer and
// shows what was not kept in the composer's notice. Nothing here blocks or asks.
class MessageOpener
{
    Q_DECLARE_TR_FUNCTIONS(Sendscope::Gui::MessageOpener)
public:
    // Called once the file or link has been read and before the composer is touched; false
    // (with *error) stops the opening and leaves the composer as it was.
    using BeforeReplace = std::function<bool(QString *error)>;

    static bool isMailto(const QString &target);
    // A path, a file: URL or a mailto: link, as the command line or the desktop gives it.
    static OpenOutcome open(ComposerWidget *composer, const QString &target,
                            const BeforeReplace &beforeReplace = {});
    static OpenOutcome openFile(ComposerWidget *composer, const QString &path,
                                const BeforeReplace &beforeReplace = {});
    static OpenOutcome openMailto(ComposerWidget *composer, const QString &uri,
                                  const BeforeReplace &beforeReplace = {});

    // Gives every attachment its own file under *storage (made when null), named as
    // readers show it — or after its Content-ID when the HTML shows it inline, which is how
    // the composer sends an inline part again (cid:NAME). Large parts already in storage
    // are moved, not copied. Returns false with *error when a file cannot be written.
    static bool placeAttachments(Mime::Message *message, std::shared_ptr<QTemporaryDir> *storage,
                                 QString *error);
};

} // namespace Sendscope::Gui
