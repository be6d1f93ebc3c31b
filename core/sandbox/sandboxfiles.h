#pragma once

#include <QByteArray>
#include <QString>

namespace Sendscope::SandboxFiles {

// Creates the directory (and its parents); a directory made here is readable by its owner
// only. Returns false with *error in words.
bool makeDirectory(const QString &path, QString *error);

// Writes a file that only its owner may read (0600 from the moment it exists, never wider):
// a temporary file created with those permissions, then renamed over the target.
bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error);

// Writes a file atomically (QSaveFile) with default permissions.
bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

// Narrows an existing file to 0600 when it is wider (a copied-in credentials file).
void restrictToOwner(const QString &path);

} // namespace Sendscope::SandboxFiles
