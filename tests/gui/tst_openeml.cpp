// Opening messages in the window: every corpus file in tests/data/eml (expected values in
// NAME.json) through MainWindow::openTarget, then built again and read back; broken input;
// mailto: links from the command line and from a QFileOpenEvent; the Open dialog; About.
#include "../reader/messagejson.h"

#include "aboutdialog.h"
#include "addresslineedit.h"
#include "composerwidget.h"
#include "fileopenfilter.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "messagebuilder.h"
#include "opennotice.h"

#include "accounts/accountstore.h"
#include "mime/mailbox.h"
#include "mime/messagereader.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileOpenEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Sendscope;
using namespace Sendscope::Gui;

namespace {

QString emlDir()
{
    return qEnvironmentVariable("SENDSCOPE_SOURCE_DIR") + QStringLiteral("/tests/data/eml");
}

QJsonArray mailboxes(const QString &fieldText)
{
    QJsonArray out;
    QList<Mime::Mailbox> list;
    QString why;
    if (!fieldText.trimmed().isEmpty() && !Mime::Mailbox::parseList(fieldText, &list, &why))
        return QJsonArray{QStringLiteral("unparsable: ") + why};
    for (const Mime::Mailbox &m : std::as_const(list))
        out.append(QJsonObject{{QStringLiteral("name"), m.displayName},
                               {QStringLiteral("address"), m.address}});
    return out;
}

QByteArray sha256Of(const QString &path, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray all = f.readAll();
    *size = all.size();
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex();
}

QString show(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestOpenEml : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_adaId;

    QString addAccount(const QString &address, const QString &name)
    {
        AccountStore store(m_settings.get());
        Account a;
        a.name = name;
        a.host = QStringLiteral("127.0.0.1");
        a.port = 2525;
        a.security = SecurityMode::None;
        a.authMechanism = QStringLiteral("none");
        a.fromAddress = address;
        a.fromName = name;
        return store.add(a);
    }

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The message the composer would send now, read back by MessageReader.
    Mime::ReadResult rebuilt()
    {
        BuiltMessage built;
        QString error;
        if (!buildMessage(m_window->composer()->composed(), BuildPurpose::Draft, &built, &error)) {
            Mime::ReadResult r;
            r.error = error;
            return r;
        }
        return Mime::MessageReader().read(built.device.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sendscope-openeml-test"));
        QVERIFY2(QDir(emlDir()).exists(), qPrintable(emlDir()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("sendscope.ini")),
                                                 QSettings::IniFormat);
        m_adaId = addAccount(QStringLiteral("ada@example.org"), QStringLiteral("Ada"));
        AccountStore(m_settings.get()).setDefaultAccountId(m_adaId);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("eml");
        const QStringList files = QDir(emlDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 16);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void corpus()
    {
        QFETCH(QString, eml);
        QFile expFile(emlDir() + QLatin1Char('/') + QString(eml).replace(QLatin1String(".eml"), QLatin1String(".json")));
        QVERIFY(expFile.open(QIODevice::ReadOnly));
        const QJsonObject fileJson = QJsonDocument::fromJson(expFile.readAll()).object();
        QVERIFY(!fileJson.isEmpty());
        // What NAME.json leaves out is taken from the reader itself (tested on its own in
        // test_messagereader); what it states is checked as stated.
        const QString path = emlDir() + QLatin1Char('/') + eml;
        const Mime::ReadResult read = Mime::MessageReader().readFile(path);
        QVERIFY(read.ok);
        QJsonObject expected = Mime::Test::resultJson(read);
        for (auto it = fileJson.begin(); it != fileJson.end(); ++it)
            expected.insert(it.key(), it.value());

        // The file's sender as a second account: opening must select it.
        const QJsonObject from = expected.value(QLatin1String("from")).toObject();
        const QString fromAddress = from.value(QLatin1String("address")).toString();
        QString fromId;
        if (!fromAddress.isEmpty())
            fromId = addAccount(fromAddress, from.value(QLatin1String("name")).toString());
        makeWindow();
        ComposerWidget *c = m_window->composer();
        QCOMPARE(c->currentAccountId(), m_adaId);

        QVERIFY(m_window->openTarget(path));
        QVERIFY(!m_window->banner()->isVisible());
        QCOMPARE(c->currentAccountId(), fromAddress.isEmpty() ? m_adaId : fromId);
        QVERIFY(c->fromNote()->isHidden());

        for (const char *field : {"to", "cc", "bcc"}) {
            const QString key = QString::fromLatin1(field);
            AddressLineEdit *edit = key == QLatin1String("to") ? c->toField()
                    : key == QLatin1String("cc")               ? c->ccField()
                                                               : c->bccField();
            const QJsonArray want = expected.value(key).toArray();
            // The field shows each mailbox as "Name <address>", a name with specials quoted;
            // an address the file got wrong is shown as it was, and the field marks it.
            QStringList text;
            bool allValid = true;
            for (const QJsonValue &v : want) {
                Mime::Mailbox m;
                m.displayName = v.toObject().value(QLatin1String("name")).toString();
                m.address = v.toObject().value(QLatin1String("address")).toString();
                text.append(ComposerWidget::mailboxText(m));
                allValid = allValid && m.address.contains(QLatin1Char('@'));
            }
            QCOMPARE(edit->text(), text.join(QStringLiteral(", ")));
            QCOMPARE(edit->isMarkedBad(), !allValid);
            if (allValid) {
                const QJsonArray got = mailboxes(edit->text());
                QVERIFY2(got == want, qPrintable(key + QLatin1String(": ") + show(got) + QLatin1String(" want ") + show(want)));
            }
        }
        const QString subject = expected.value(QLatin1String("subject")).toString();
        const QString text = expected.value(QLatin1String("text")).toString();
        const QString html = expected.value(QLatin1String("html")).toString();
        QCOMPARE(c->subjectField()->text(), subject);
        QCOMPARE(c->bodyField()->toPlainText(), text);
        QCOMPARE(c->keptHtml(), html);
        QCOMPARE(c->sendHtmlBox()->isVisibleTo(m_window.get()), !html.isEmpty());
        QCOMPARE(c->sendHtmlBox()->isChecked(), !html.isEmpty());

        // Headers kept to send again, while the notice's box is checked.
        OpenNotice *notice = c->openNotice();
        QVERIFY(notice->isVisible());
        {
            QJsonArray kept;
            for (const auto &h : c->keptHeaders())
                kept.append(QJsonArray{QString::fromLatin1(h.first), h.second});
            QCOMPARE(kept, expected.value(QLatin1String("headers")).toArray());
            QCOMPARE(notice->keepHeadersBox()->isVisibleTo(m_window.get()), !kept.isEmpty());
            notice->keepHeadersBox()->setChecked(false);
            QVERIFY(c->keptHeaders().isEmpty());
            notice->keepHeadersBox()->setChecked(true);
        }
        const QString summary = notice->summaryLabel()->text();
        QVERIFY2(summary.contains(eml), qPrintable(summary));
        const QString details = notice->detailsView()->toPlainText();
        const QJsonArray dropped = expected.value(QLatin1String("droppedNames")).toArray();
        for (qsizetype i = 0; i < dropped.size(); ++i) {
            QVERIFY2(details.contains(dropped.at(i).toString() + QLatin1Char(':')), qPrintable(details));
            if (i < 4)
                QVERIFY2(summary.contains(dropped.at(i).toString()), qPrintable(summary));
        }
        if (read.droppedHeaders.isEmpty())
            QVERIFY2(summary.contains(QLatin1String("every header field was kept")), qPrintable(summary));
        for (const QJsonValue &w : expected.value(QLatin1String("warningsContain")).toArray())
            QVERIFY2(details.contains(w.toString()), qPrintable(details));
        if (expected.value(QLatin1String("noWarnings")).toBool())
            QVERIFY2(summary.contains(QLatin1String("(0 warning")), qPrintable(summary));
        QVERIFY(notice->detailsView()->isHidden());
        notice->detailsButton()->click();
        QVERIFY(notice->detailsView()->isVisible());

        // Attachments: files with the same octets, named as the file named them — or after
        // the Content-ID when the HTML shows them inline.
        const QJsonArray atts = expected.value(QLatin1String("attachments")).toArray();
        const QStringList paths = c->attachments();
        QCOMPARE(paths.size(), atts.size());
        for (qsizetype i = 0; i < atts.size(); ++i) {
            const QJsonObject a = atts.at(i).toObject();
            qint64 size = 0;
            const QByteArray sha = sha256Of(paths.at(i), &size);
            QCOMPARE(QString::fromLatin1(sha), a.value(QLatin1String("sha256")).toString());
            if (a.contains(QLatin1String("size")))
                QCOMPARE(size, qint64(a.value(QLatin1String("size")).toDouble()));
            const QString cid = a.value(QLatin1String("contentId")).toString();
            const QString name = QFileInfo(paths.at(i)).fileName();
            if (!cid.isEmpty() && html.contains(QLatin1String("cid:") + cid))
                QCOMPARE(name, cid);
            else if (a.contains(QLatin1String("fileName")))
                QCOMPARE(name, a.value(QLatin1String("fileName")).toString());
        }

        // What the composer would send again: the same text, HTML, and octets, and inline
        // parts with their Content-ID (read back by MessageReader).
        if (fromAddress.isEmpty() || !expected.value(QLatin1String("sendable")).toBool(true))
            return;  // no sender to build with, or a bad address in the file itself
        const Mime::ReadResult back = rebuilt();
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.message.from.address, fromAddress);
        QCOMPARE(back.message.subject, subject);
        QCOMPARE(back.message.text, text);
        QCOMPARE(back.message.html, html);
        QCOMPARE(Mime::Test::pairsJson(back.message.headers),
                 expected.value(QLatin1String("headers")).toArray());
        QCOMPARE(back.message.attachments.size(), atts.size());
        for (qsizetype i = 0; i < atts.size(); ++i) {
            const Mime::Attachment &a = back.message.attachments.at(i);
            const QJsonObject want = atts.at(i).toObject();
            const QByteArray data = a.filePath.isEmpty() ? a.data : [&] {
                QFile f(a.filePath);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                     want.value(QLatin1String("sha256")).toString());
            const QString cid = want.value(QLatin1String("contentId")).toString();
            if (!cid.isEmpty() && html.contains(QLatin1String("cid:") + cid))
                QCOMPARE(QString::fromLatin1(a.contentId), cid);
        }
    }

    void storageLivesWithTheComposer()
    {
        makeWindow();
        QVERIFY(m_window->openTarget(emlDir() + QStringLiteral("/nested-related.eml")));
        const QStringList paths = m_window->composer()->attachments();
        QVERIFY(!paths.isEmpty());
        for (const QString &p : paths)
            QVERIFY2(QFileInfo::exists(p), qPrintable(p));
        // Another message replaces them: the old files go with the old storage.
        QVERIFY(m_window->openTarget(emlDir() + QStringLiteral("/gmail.eml")));
        for (const QString &p : paths)
            QVERIFY2(!QFileInfo::exists(p), qPrintable(p));
        QVERIFY(m_window->composer()->attachments().isEmpty());
    }

    void writtenMessageIsSavedFirst()
    {
        makeWindow();
        ComposerWidget *c = m_window->composer();
        c->toField()->setText(QStringLiteral("keep@example.org"));
        c->subjectField()->setText(QStringLiteral("Half written"));
        c->bodyField()->setPlainText(QStringLiteral("Do not lose me"));
        QDir drafts(MainWindow::draftsDirectory());
        drafts.removeRecursively();
        QVERIFY(m_window->openTarget(QStringLiteral("mailto:new@example.org?subject=New")));
        QCOMPARE(c->subjectField()->text(), QStringLiteral("New"));
        const QStringList files = drafts.entryList({QStringLiteral("*.eml")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const Mime::ReadResult saved = Mime::MessageReader().readFile(drafts.filePath(files.first()));
        QVERIFY(saved.ok);
        QCOMPARE(saved.message.subject, QStringLiteral("Half written"));
        QCOMPARE(saved.message.text.trimmed(), QStringLiteral("Do not lose me"));  // the writer ends the body with CRLF
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Information);
        QVERIFY(m_window->banner()->isVisible());

        // An empty composer is replaced without a draft.
        drafts.removeRecursively();
        c->toField()->clear();
        c->subjectField()->clear();
        c->bodyField()->clear();
        QVERIFY(m_window->openTarget(QStringLiteral("mailto:other@example.org")));
        QVERIFY(drafts.entryList({QStringLiteral("*.eml")}, QDir::Files).isEmpty());
        QVERIFY(!m_window->banner()->isVisible());
    }

    void unsavableMessageIsNotReplaced()
    {
        // No account (and no sandbox account): a draft cannot be written (no From), so
        // nothing is replaced.
        AccountStore(m_settings.get()).remove(m_adaId);
        m_settings->setValue(QStringLiteral("sandbox/autostart"), false);
        makeWindow();
        if (auto *d = m_window->findChild<QDialog *>(QStringLiteral("accountDialog")))
            d->reject();
        ComposerWidget *c = m_window->composer();
        c->subjectField()->setText(QStringLiteral("Half written"));
        QVERIFY(!m_window->openTarget(emlDir() + QStringLiteral("/gmail.eml")));
        QCOMPARE(c->subjectField()->text(), QStringLiteral("Half written"));
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_window->banner()->text().contains(QLatin1String("draft")),
                 qPrintable(m_window->banner()->text()));
    }

    void unknownSenderIsShown()
    {
        makeWindow();
        QVERIFY(m_window->openTarget(emlDir() + QStringLiteral("/gmail.eml")));
        ComposerWidget *c = m_window->composer();
        QCOMPARE(c->currentAccountId(), m_adaId);
        QVERIFY(c->fromNote()->isVisible());
        QVERIFY2(c->fromNote()->text().contains(QLatin1String("carol@example.com")),
                 qPrintable(c->fromNote()->text()));
        QVERIFY(c->openNotice()->detailsView()->toPlainText().contains(QLatin1String("carol@example.com")));
    }

    void brokenInputLeavesTheComposerAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing file") << QByteArray() << false;
        QTest::newRow("empty file") << QByteArray() << true;
        QTest::newRow("no header") << QByteArray("\x00\x01\x02 just bytes\r\n\r\nmore", 22) << true;
    }

    void brokenInputLeavesTheComposerAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, exists);
        makeWindow();
        ComposerWidget *c = m_window->composer();
        c->toField()->setText(QStringLiteral("keep@example.org"));
        c->subjectField()->setText(QStringLiteral("Keep me"));
        c->bodyField()->setPlainText(QStringLiteral("Still here"));
        const QString path = m_dir->filePath(QStringLiteral("broken.eml"));
        if (exists) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QVERIFY(!m_window->openTarget(path));
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_window->banner()->text().contains(QLatin1String("broken.eml")),
                 qPrintable(m_window->banner()->text()));
        QCOMPARE(c->toField()->text(), QStringLiteral("keep@example.org"));
        QCOMPARE(c->subjectField()->text(), QStringLiteral("Keep me"));
        QCOMPARE(c->bodyField()->toPlainText(), QStringLiteral("Still here"));
        QVERIFY(!c->openNotice()->isVisible());
    }

    void mailtoLink()
    {
        makeWindow();
        ComposerWidget *c = m_window->composer();
        // As argv gives it: still percent-encoded, with an injection attempt and unsafe fields.
        QVERIFY(m_window->openTarget(QStringLiteral(
                "mailto:bob@example.org,%22Smith%2C%20Jo%22%20%3Cjo@example.org%3E"
                "?cc=carol@example.org&subject=Hi%20there%0D%0ABcc:%20x@evil.example"
                "&body=Line%201%0D%0ALine%202+plus&From=boss@example.org&X-Tracking=1"
                "&In-Reply-To=%3Cthread@example.org%3E")));
        QCOMPARE(c->toField()->text(),
                 QStringLiteral("bob@example.org, \"Smith, Jo\" <jo@example.org>"));
        QVERIFY(!c->toField()->isMarkedBad());
        QCOMPARE(c->ccField()->text(), QStringLiteral("carol@example.org"));
        QCOMPARE(c->bccField()->text(), QString());
        QCOMPARE(c->subjectField()->text(), QStringLiteral("Hi there Bcc: x@evil.example"));
        QCOMPARE(c->bodyField()->toPlainText(), QStringLiteral("Line 1\nLine 2+plus"));
        QCOMPARE(c->currentAccountId(), m_adaId);
        const QString summary = c->openNotice()->summaryLabel()->text();
        QVERIFY2(summary.contains(QLatin1String("refused: from")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("not used: x-tracking")), qPrintable(summary));
        QCOMPARE(c->keptHeaders().size(), 1);
        QCOMPARE(c->keptHeaders().first().second, QStringLiteral("<thread@example.org>"));

        // Built again: the envelope has exactly the three recipients, no Bcc header.
        BuiltMessage built;
        QString error;
        QVERIFY2(buildMessage(c->composed(), BuildPurpose::Send, &built, &error), qPrintable(error));
        QCOMPARE(built.envelopeRecipients,
                 (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("jo@example.org"),
                              QStringLiteral("carol@example.org")}));
        const QByteArray wire = built.device->readAll();
        QVERIFY(!wire.contains("\r\nBcc:"));
        QVERIFY(!wire.contains("boss@example.org"));
    }

    void badMailtoLink()
    {
        makeWindow();
        ComposerWidget *c = m_window->composer();
        c->subjectField()->setText(QStringLiteral("Keep me"));
        QVERIFY(!m_window->openTarget(QStringLiteral("mailto:a@example.org?body=")
                                      + QString(300 * 1024, QLatin1Char('x'))));
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(c->subjectField()->text(), QStringLiteral("Keep me"));
    }

    void fileOpenEvent()
    {
        makeWindow();
        auto *filter = new FileOpenFilter(m_window.get(), m_window.get());
        qApp->installEventFilter(filter);
        QFileOpenEvent link(QUrl(QStringLiteral("mailto:finder@example.org?subject=From%20Finder%20%2B%201")));
        QCoreApplication::sendEvent(qApp, &link);
        QCOMPARE(m_window->composer()->toField()->text(), QStringLiteral("finder@example.org"));
        QCOMPARE(m_window->composer()->subjectField()->text(), QStringLiteral("From Finder + 1"));
        QFileOpenEvent file(emlDir() + QStringLiteral("/thunderbird.eml"));
        QCoreApplication::sendEvent(qApp, &file);
        QVERIFY(m_window->composer()->openNotice()->summaryLabel()->text().contains(QLatin1String("thunderbird.eml")));
        qApp->removeEventFilter(filter);
    }

    void openDialog()
    {
        makeWindow();
        QAction *open = m_window->openAction();
        QVERIFY(open->isEnabled());
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        open->trigger();
        // open(), not exec(): the call has returned and the dialog is shown.
        auto *dialog = m_window->findChild<QFileDialog *>(QStringLiteral("openEmlDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());
        dialog->selectFile(emlDir() + QStringLiteral("/utf8-headers.eml"));
        static_cast<QDialog *>(dialog)->accept();  // protected in QFileDialog
        QTRY_VERIFY(m_window->composer()->openNotice()->summaryLabel()->text().contains(QLatin1String("utf8-headers.eml")));
    }

    void about()
    {
        makeWindow();
        m_window->aboutAction()->trigger();
        auto *dialog = m_window->findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(AboutDialog::version(), QStringLiteral(SENDSCOPE_TEST_VERSION));
        QVERIFY(dialog->versionLabel()->text().contains(QStringLiteral(SENDSCOPE_TEST_VERSION)));
        const QString libs = dialog->librariesLabel()->text();
        QVERIFY2(libs.contains(QString::fromLatin1(qVersion())), qPrintable(libs));
        QVERIFY2(libs.contains(QSslSocket::sslLibraryVersionString()), qPrintable(libs));
        QVERIFY2(libs.contains(QSslSocket::activeBackend()), qPrintable(libs));
        const QString lic = dialog->licencesLabel()->text();
        for (const char *l : {"Sendscope: MIT", "Qt: LGPLv3", "QtKeychain: BSD-3-Clause", "OpenSSL: Apache-2.0"})
            QVERIFY2(lic.contains(QLatin1String(l)), qPrintable(lic));
        dialog->reject();

        m_window->aboutQtAction()->trigger();
        auto *qt = m_window->findChild<QDialog *>(QStringLiteral("aboutQtDialog"));
        QVERIFY(qt);
        QTRY_VERIFY(qt->isVisible());
    }
};

QTEST_MAIN(TestOpenEml)
#include "tst_openeml.moc"
