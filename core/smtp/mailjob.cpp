#include "mailjob.h"

namespace Sendscope {

int MailResult::acceptedCount() const
{
    int n = 0;
    for (const RecipientResult &r : recipients)
        n += r.accepted() ? 1 : 0;
    return n;
}

} // namespace Sendscope
