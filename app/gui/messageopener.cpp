#include "messageopener.h"

#include "addresslineedit.h"
#include "composerwidget.h"
#include "opennotice.h"

#include "mime/mailto.h"
#include "mime/messagereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QUrl>

namespace Sendscope::Gui {

namespace {

// A file name for the temporary copy: one path component, no control characters.
QString safeFileName(const QString &name)
{
    QString out;
    for (QChar c : name)
        out += (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\')) ? QLatin1Char('_') : c;
    out = out.trimmed().left(200);
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("attachment");
    return out;
}

QStringList uniqueNames(const QList<QPair<QByteArray, QString>> &headers)
{
    QStringList out;
    for (const auto &h : headers) {
        const QString n = QString::fromLatin1(h.first);
        if (!out.contains(n, Qt::CaseInsensitive))
            out.append(n);
    }
    return out;
}

// "a, b, c, d …" — the summary stays one line; Details has them all.
QString shortList(const QStringList &names)
{
    const int shown = 4;
    QString s = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        s += QStringLiteral(" …");
    return s;
}

} // namespace

bool MessageOpener::isMailto(const QString &target)
{
    return Mime::MailtoParser::isMailto(target);
}

OpenOutcome MessageOpener::open(ComposerWidget *composer, const QString &target,
                                const BeforeReplace &beforeReplace)
{
    if (isMailto(target))
        return openMailto(composer, target, beforeReplace);
    QString path = target;
    if (target.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        path = QUrl(target).toLocalFile();
    return openFile(composer, path, beforeReplace);
}

bool MessageOpener::placeAttachments(Mime::Message *message, std::shared_ptr<QTemporaryDir> *storage,
                                     QString *error)
{
    if (message->attachments.isEmpty())
        return true;
    if (!*storage)
        *storage = std::make_shared<QTemporaryDir>();
    if (!(*storage)->isValid()) {
        *error = tr("Cannot make a temporary folder for the attachments: %1")
                         .arg((*storage)->errorString());
        return false;
    }
    int n = 0;
    for (Mime::Attachment &a : message->attachments) {
        QString name = a.effectiveFileName();
        // The composer sends a file again as an inline part when the HTML shows it as
        // "cid:" + its file name (RFC 2392), so an inline part is named after its Content-ID.
        const QString cid = QString::fromLatin1(a.contentId);
        if (!cid.isEmpty() && message->html.contains(QStringLiteral("cid:") + cid)
            && safeFileName(cid) == cid)
            name = cid;
        // One folder per attachment: two parts may have the same name.
        const QString dir = (*storage)->filePath(QStringLiteral("open-%1").arg(++n));
        const QString dest = dir + QLatin1Char('/') + safeFileName(name);
        if (!QDir().mkpath(dir)) {
            *error = tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        if (!a.filePath.isEmpty()) {
            if (!QFile::rename(a.filePath, dest) && !QFile::copy(a.filePath, dest)) {
                *error = tr("Cannot place the attachment %1 in %2.").arg(name, QDir::toNativeSeparators(dir));
                return false;
            }
        } else {
            QFile f(dest);
            if (!f.open(QIODevice::WriteOnly) || f.write(a.data) != a.data.size()) {
                *error = tr("Cannot write the attachment %1: %2").arg(name, f.errorString());
                return false;
            }
        }
        a.filePath = dest;
        a.data.clear();
    }
    return true;
}

OpenOutcome MessageOpener::openFile(ComposerWidget *composer, const QString &path,
                                    const BeforeReplace &beforeReplace)
{
    OpenOutcome out;
    const QString shown = QFileInfo(path).fileName();
    Mime::ReadResult r = Mime::MessageReader().readFile(path);
    if (!r.ok) {
        out.error = tr("%1 could not be opened: %2").arg(shown, r.error);
        return out;
    }
    std::shared_ptr<QTemporaryDir> storage = r.storage;
    if (!placeAttachments(&r.message, &storage, &out.error))
        return out;
    if (beforeReplace && !beforeReplace(&out.error))
        return out;

    const bool fromMatched = composer->setMessage(r.message, storage);

    const QStringList dropped = uniqueNames(r.droppedHeaders);
    const QStringList keepable = uniqueNames(r.message.headers);
    out.warningCount = int(r.warnings.size());
    if (dropped.isEmpty())
        out.summary = tr("Opened %1; every header field was kept (%n warning(s)).", nullptr,
                         out.warningCount).arg(shown);
    else
        out.summary = tr("Opened %1; not kept: %2 (%n warning(s)).", nullptr, out.warningCount)
                              .arg(shown, shortList(dropped));

    QStringList details;
    if (!dropped.isEmpty()) {
        details.append(tr("Not kept (trace, signatures and mailbox state do not apply to a new "
                          "message):"));
        for (const auto &h : std::as_const(r.droppedHeaders))
            details.append(QStringLiteral("  %1: %2").arg(QString::fromLatin1(h.first), h.second.left(200)));
    }
    if (!keepable.isEmpty()) {
        details.append(tr("Can be sent again (the box above decides):"));
        for (const auto &h : std::as_const(r.message.headers))
            details.append(QStringLiteral("  %1: %2").arg(QString::fromLatin1(h.first), h.second.left(200)));
    }
    details.append(tr("Made anew when sending: Date, Message-ID, MIME structure."));
    if (!r.message.html.isEmpty())
        details.append(tr("The HTML version is kept as it was; it cannot be edited here."));
    if (!r.message.replyTo.isEmpty())
        details.append(tr("Reply-To is not kept: the composer has no Reply-To field."));
    if (!fromMatched)
        details.append(composer->fromNote()->text());
    if (!r.warnings.isEmpty()) {
        details.append(tr("Warnings:"));
        for (const QString &w : std::as_const(r.warnings))
            details.append(QStringLiteral("  ") + w);
    }
    out.details = details.join(QLatin1Char('\n'));
    composer->openNotice()->showNotice(out.summary, out.details, keepable);
    out.ok = true;
    return out;
}

OpenOutcome MessageOpener::openMailto(ComposerWidget *composer, const QString &uri,
                                      const BeforeReplace &beforeReplace)
{
    OpenOutcome out;
    const Mime::MailtoResult r = Mime::MailtoParser::parse(uri);
    if (!r.ok) {
        out.error = r.error;
        return out;
    }
    if (beforeReplace && !beforeReplace(&out.error))
        return out;
    Mime::Message m;
    m.subject = r.subject;
    m.text = r.body;
    if (!r.inReplyTo.isEmpty())
        m.headers.append({QByteArrayLiteral("In-Reply-To"), QString::fromLatin1(r.inReplyTo)});
    composer->setMessage(m);
    // Addresses as the link wrote them: the fields check them and say what is wrong.
    const QList<QPair<AddressLineEdit *, QStringList>> fields = {
            {composer->toField(), r.to}, {composer->ccField(), r.cc}, {composer->bccField(), r.bcc}};
    for (const auto &f : fields) {
        f.first->setText(f.second.join(QStringLiteral(", ")));
        f.first->validate();
    }

    out.warningCount = int(r.warnings.size());
    QStringList parts;
    if (!r.refusedFields.isEmpty())
        parts.append(tr("refused: %1").arg(shortList(r.refusedFields)));
    if (!r.ignoredFields.isEmpty())
        parts.append(tr("not used: %1").arg(shortList(r.ignoredFields)));
    out.summary = parts.isEmpty()
            ? tr("Filled in from a mailto: link (%n warning(s)).", nullptr, out.warningCount)
            : tr("Filled in from a mailto: link; %1 (%n warning(s)).", nullptr, out.warningCount)
                      .arg(parts.join(QStringLiteral("; ")));
    QStringList details;
    if (!r.refusedFields.isEmpty())
        details.append(tr("Refused (a link may not set them, RFC 6068 §7): %1")
                               .arg(r.refusedFields.join(QStringLiteral(", "))));
    if (!r.ignoredFields.isEmpty())
        details.append(tr("Not used (the composer has no such field): %1")
                               .arg(r.ignoredFields.join(QStringLiteral(", "))));
    for (const QString &w : r.warnings)
        details.append(w);
    out.details = details.join(QLatin1Char('\n'));
    composer->openNotice()->showNotice(out.summary, out.details,
                                       r.inReplyTo.isEmpty() ? QStringList()
                                                             : QStringList{QStringLiteral("In-Reply-To")});
    out.ok = true;
    return out;
}

} // namespace Sendscope::Gui
