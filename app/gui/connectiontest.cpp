#include "connectiontest.h"

#include "accountsecretflow.h"
#include "certificatedialog.h"

#include "smtp/explain/replyexplainer.h"
#include "smtp/smtpsession.h"

#include <QWidget>

namespace Sendscope::Gui {

ConnectionTest::ConnectionTest(const Account &account, SecretStore *store, QWidget *window)
    : QObject(window)
    , m_account(account)
    , m_window(window)
    , m_session(new SmtpSession(this))
    , m_flow(new AccountSecretFlow(m_session, window))
{
    m_flow->setParent(this);
    if (store)
        m_flow->setSecretStore(store);
    connect(m_session, &SmtpSession::logRecord, this, &ConnectionTest::logRecord);
    connect(m_session, &SmtpSession::capabilitiesChanged, this, &ConnectionTest::onCapabilities);
    connect(m_session, &SmtpSession::credentialsRequired, m_flow, &AccountSecretFlow::askPassword);
    connect(m_session, &SmtpSession::tlsDecisionRequired, this, &ConnectionTest::askTlsDecision);
    connect(m_session, &SmtpSession::finished, this, &ConnectionTest::onFinished);
    connect(m_flow, &AccountSecretFlow::status, this, &ConnectionTest::progress);
    connect(m_session, &SmtpSession::ready, this, [this] {
        m_reachedReady = true;
        m_encrypted = m_session->isEncrypted();
        m_auth = m_session->authMechanismUsed();
        Q_EMIT progress(tr("Connected; saying goodbye (QUIT) without sending."));
        m_session->quit();
    });
    connect(m_session, &SmtpSession::stateChanged, this, [this](SmtpSession::State s) {
        using S = SmtpSession::State;
        switch (s) {
        case S::Connecting:
            Q_EMIT progress(tr("Connecting to %1 port %2…")
                                    .arg(m_account.host)
                                    .arg(m_account.effectivePort()));
            break;
        case S::Negotiating: Q_EMIT progress(tr("Negotiating (EHLO, STARTTLS, AUTH)…")); break;
        case S::AwaitingTlsDecision:
            Q_EMIT progress(tr("Waiting for your decision about the certificate…"));
            break;
        case S::AwaitingCredentials: Q_EMIT progress(tr("Waiting for the password…")); break;
        default: break;
        }
    });
}

ConnectionTest::~ConnectionTest()
{
    m_session->disconnect(this);
    m_session->cancel();
}

void ConnectionTest::start()
{
    if (m_running)
        return;
    m_running = true;
    m_succeeded = m_reachedReady = m_encrypted = false;
    m_capabilities.clear();
    m_auth.clear();
    m_error = SmtpError();
    m_summary.clear();
    m_session->setOptions(m_account.sessionOptions());
    m_flow->prepare(m_account, [this] { m_session->connectToServer(); });
}

void ConnectionTest::cancel()
{
    if (!m_running)
        return;
    if (m_flow->isLookingUp()) {
        m_flow->cancel();
        SmtpError e;
        e.kind = SmtpError::Kind::Cancelled;
        e.message = tr("The test was cancelled.");
        onFinished(e);
        return;
    }
    m_session->cancel();
}

void ConnectionTest::onCapabilities(const Capabilities &caps)
{
    // Capabilities are forgotten after STARTTLS (RFC 3207 §4.2): the last list wins.
    m_capabilities.clear();
    const QStringList words = caps.keywords();
    for (const QString &k : words) {
        const QString params = caps.parameters(k);
        m_capabilities.append(params.isEmpty() ? k : k + QLatin1Char(' ') + params);
    }
}

void ConnectionTest::askTlsDecision(const QList<QSslCertificate> &chain,
                                    const QList<QSslError> &errors)
{
    auto *dialog = new CertificateDialog(m_account.host, chain, errors, m_window);
    dialog->setObjectName(QStringLiteral("certificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->trustForAccount() && !dialog->leafSha256().isEmpty()) {
            m_account.pinnedSha256 = dialog->leafSha256();
            Q_EMIT certificatePinned(m_account.pinnedSha256);
        }
        m_session->resolveTlsDecision(true);
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_session->resolveTlsDecision(false); });
    dialog->open();
}

void ConnectionTest::onFinished(const SmtpError &error)
{
    m_running = false;
    m_flow->sessionFinished(error);
    m_error = error;
    m_succeeded = m_reachedReady && (!error.isError() || error.step == SmtpError::Step::Quit);
    if (m_succeeded) {
        QStringList parts;
        parts.append(m_encrypted ? tr("Connected and encrypted.") : tr("Connected (not encrypted)."));
        if (!m_auth.isEmpty())
            parts.append(tr("Logged in with AUTH %1.").arg(m_auth));
        else if (m_account.needsLogin())
            parts.append(tr("The server did not ask for a login."));
        parts.append(tr("The server offers: %1.").arg(m_capabilities.join(QStringLiteral(", "))));
        m_summary = parts.join(QLatin1Char(' '));
    } else {
        const Explanation ex = ReplyExplainer::explainError(error, m_session->options());
        QStringList parts;
        parts.append(error.message.isEmpty() ? tr("The test did not finish.") : error.message);
        if (!error.detail.isEmpty())
            parts.append(error.detail);
        if (!ex.sentence.isEmpty())
            parts.append(ex.sentence);
        if (!ex.suggestion.isEmpty())
            parts.append(ex.suggestion);
        m_summary = parts.join(QLatin1Char('\n'));
    }
    Q_EMIT finished(m_succeeded);
}

} // namespace Sendscope::Gui
