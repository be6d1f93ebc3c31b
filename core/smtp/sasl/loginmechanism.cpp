#include "loginmechanism.h"

#include <QCoreApplication>

namespace Sendscope::Sasl {

Response LoginMechanism::challenge(const QByteArray &decodedChallenge)
{
    Q_UNUSED(decodedChallenge) // prompts vary ("Username:", "User Name"), order does not
    Response r;
    r.logText = QStringLiteral("<redacted>");
    switch (m_step++) {
    case 0:
        r.data = m_cred.user.toUtf8();
        break;
    case 1:
        r.data = m_cred.secret.toUtf8();
        break;
    default:
        r.kind = Response::Kind::Cancel;
        r.logText.clear();
        r.error = QCoreApplication::translate("Sendscope::Sasl",
                                              "The server asked for more than a user name and "
                                              "password during AUTH LOGIN.");
        break;
    }
    return r;
}

} // namespace Sendscope::Sasl
