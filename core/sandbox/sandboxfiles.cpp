#include "sandboxfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Sendscope::SandboxFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sendscope::SandboxFiles", text);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool makeDirectory(const QString &path, QString *error)
{
    QDir dir(path);
    if (dir.exists())
        return true;
    if (!QDir().mkpath(path)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::setPermissions(path, OwnerOnly | QFileDevice::ExeOwner);
    return true;
}

bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error)
{
    const QString tmp = path + QStringLiteral(".tmp-")
            + QString::number(QRandomGenerator::system()->generate64(), 16);
    QFile f(tmp);
    // QFile::open with permissions (Qt 6.3) creates the file with them: no moment of 0644.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(tmp), f.errorString());
        return false;
    }
    if (f.write(data) != data.size() || !f.flush()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(tmp), f.errorString());
        f.close();
        QFile::remove(tmp);
        return false;
    }
    f.close();
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        *error = tr("Cannot rename %1 to %2.")
                         .arg(QDir::toNativeSeparators(tmp), QDir::toNativeSeparators(path));
        QFile::remove(tmp);
        return false;
    }
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

void restrictToOwner(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    if (p & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
        QFile::setPermissions(path, OwnerOnly);
}

} // namespace Sendscope::SandboxFiles
