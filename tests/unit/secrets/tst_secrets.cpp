#include "secrets/memorysecretstore.h"
#ifdef SENDSCOPE_HAVE_KEYCHAIN
#include "secrets/keychainsecretstore.h"
#endif

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Sendscope;

// Runs every case against MemorySecretStore; with the argument "keychain" (see
// with-keyring.sh) against the real keychain instead.
class TestSecrets : public QObject
{
    Q_OBJECT
public:
    explicit TestSecrets(bool keychain) : m_keychain(keychain) {}

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void overwrite();
    void longTokenInParts();
    void deleteRemovesEverything();
    void readMissing();
    void finishesAsynchronously();

private:
    struct Outcome
    {
        SecretJob::Error error = SecretJob::Error::Other;
        QString secret;
        QString errorString;
    };
    Outcome wait(SecretJob *job);
    QString key(const char *name) const { return m_prefix + QLatin1String(name); }

    bool m_keychain;
    std::unique_ptr<SecretStore> m_store;
    QString m_prefix;
};

void TestSecrets::initTestCase()
{
    m_prefix = QStringLiteral("test-%1/").arg(QUuid::createUuid().toString(QUuid::Id128));
    if (m_keychain) {
#ifdef SENDSCOPE_HAVE_KEYCHAIN
        auto *k = new KeychainSecretStore(QStringLiteral("Sendscope tests"));
        k->setTimeout(20000);
        m_store.reset(k);
        QVERIFY(m_store->storesEncrypted());
#else
        QFAIL("built without QtKeychain");
#endif
    } else {
        m_store = std::make_unique<MemorySecretStore>();
        QVERIFY(!m_store->storesEncrypted());
    }
}

TestSecrets::Outcome TestSecrets::wait(SecretJob *job)
{
    Outcome out;
    bool done = false;
    connect(job, &SecretJob::finished, this, [&](SecretJob *j) {
        out.error = j->error();
        out.secret = j->secret();
        out.errorString = j->errorString();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    return out;
}

void TestSecrets::roundTrip()
{
    const QString secret = QStringLiteral("pässwörd-%1").arg(QUuid::createUuid().toString());
    QCOMPARE(wait(m_store->writeSecret(key("a"), secret)).error, SecretJob::Error::None);
    const Outcome r = wait(m_store->readSecret(key("a")));
    QCOMPARE(r.error, SecretJob::Error::None);
    QCOMPARE(r.secret, secret);
}

void TestSecrets::overwrite()
{
    QCOMPARE(wait(m_store->writeSecret(key("b"), QStringLiteral("first"))).error,
             SecretJob::Error::None);
    QCOMPARE(wait(m_store->writeSecret(key("b"), QStringLiteral("second"))).error,
             SecretJob::Error::None);
    QCOMPARE(wait(m_store->readSecret(key("b"))).secret, QStringLiteral("second"));
}

void TestSecrets::longTokenInParts()
{
    // An OAuth token longer than a Windows credential can hold, then a short one over it.
    QString token;
    while (token.size() < 5000)
        token += QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(wait(m_store->writeSecret(key("c"), token)).error, SecretJob::Error::None);
    QCOMPARE(wait(m_store->readSecret(key("c"))).secret, token);
    QCOMPARE(wait(m_store->writeSecret(key("c"), QStringLiteral("short"))).error,
             SecretJob::Error::None);
    QCOMPARE(wait(m_store->readSecret(key("c"))).secret, QStringLiteral("short"));
#ifdef SENDSCOPE_HAVE_KEYCHAIN
    if (m_keychain) {
        // No part of the old token is left behind.
        QCOMPARE(wait(m_store->readSecret(key("c") + QStringLiteral("#part0"))).error,
                 SecretJob::Error::NotFound);
    }
#endif
}

void TestSecrets::deleteRemovesEverything()
{
    QString token(3000, QLatin1Char('t'));
    QCOMPARE(wait(m_store->writeSecret(key("d"), token)).error, SecretJob::Error::None);
    QCOMPARE(wait(m_store->deleteSecret(key("d"))).error, SecretJob::Error::None);
    QCOMPARE(wait(m_store->readSecret(key("d"))).error, SecretJob::Error::NotFound);
    if (m_keychain)
        QCOMPARE(wait(m_store->readSecret(key("d") + QStringLiteral("#part1"))).error,
                 SecretJob::Error::NotFound);
    // Deleting what is not there is not an error.
    QCOMPARE(wait(m_store->deleteSecret(key("d"))).error, SecretJob::Error::None);
}

void TestSecrets::readMissing()
{
    const Outcome r = wait(m_store->readSecret(key("never-written")));
    QCOMPARE(r.error, SecretJob::Error::NotFound);
    QVERIFY(r.secret.isEmpty());
}

void TestSecrets::finishesAsynchronously()
{
    SecretJob *job = m_store->readSecret(key("a"));
    QSignalSpy spy(job, &SecretJob::finished);
    QCOMPARE(spy.size(), 0); // never inside the call that made it
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 30000);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool keychain = args.removeAll(QStringLiteral("keychain")) > 0;
    TestSecrets t(keychain);
    return QTest::qExec(&t, args);
}

#include "tst_secrets.moc"
