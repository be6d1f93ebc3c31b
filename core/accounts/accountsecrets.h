#pragma once

#include "account.h"

#include "secrets/secretstore.h"

#include <QSettings>

#include <memory>

namespace Sendscope {

// Where an account's secret lives and how the settings are found, shared by the window and
// sendscope-cli so both see the same accounts and the same keychain entries.
namespace AccountSecrets {

// The keychain service name both executables use.
QString serviceName();

// True when the account logs in with an OAuth bearer token instead of a password.
bool usesToken(const Account &account);

// The keychain key of the account's secret: SecretStore::tokenKey() for XOAUTH2 and
// OAUTHBEARER, SecretStore::passwordKey() otherwise. Keyed by the account's id, which
// survives renaming the account.
QString secretKey(const Account &account);

// A read, write or delete failed because no keychain works here (no backend, a locked or
// silent keychain, an error of the service), as opposed to "no secret stored yet".
bool keychainUnavailable(SecretJob::Error error);

// Deletes the password and the token of an account (on removal). Fire and forget: the jobs
// delete themselves.
void forget(SecretStore *store, const QString &accountId);

// The settings the window uses: <dir>/sendscope.ini when dir is given, else the folder in
// the environment variable SENDSCOPE_SETTINGS, else the platform's place for organization
// "Sendscope", application "Sendscope".
std::unique_ptr<QSettings> openSettings(const QString &dir = QString());

} // namespace AccountSecrets

} // namespace Sendscope
