#pragma once

#include <QString>

namespace Sendscope {

// The sandbox's AUTH user and password. They are not user secrets (DESIGN.md): generated
// once, kept in the sandbox folder with mode 0600, and shown so other programs can log in.
struct SandboxCredentials
{
    QString user;
    QString password;

    // Reads <directory>/credentials.json, or generates and writes new credentials when the
    // file is missing or unusable.
    static bool loadOrCreate(const QString &directory, SandboxCredentials *out, QString *error);
    static SandboxCredentials generate();
    static QString fileName() { return QStringLiteral("credentials.json"); }
};

} // namespace Sendscope
