// sendscope-read-test FILE [FILE_THRESHOLD]
// Reads FILE with MessageReader and prints the result as one JSON object on stdout (see
// messagejson.h). FILE_THRESHOLD sets ReadLimits::fileThreshold (octets) so tests can
// force the temporary-file path. Exit 0 when read (ok or not), 2 on bad arguments.
#include "messagejson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Sendscope::Mime;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: sendscope-read-test FILE [FILE_THRESHOLD]\n", stderr);
        return 2;
    }
    ReadLimits limits;
    if (args.size() > 2)
        limits.fileThreshold = args.at(2).toLongLong();
    const ReadResult r = MessageReader(limits).readFile(args.at(1));
    const QByteArray out = QJsonDocument(Test::resultJson(r)).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
