#pragma once

#include <QString>

class QApplication;

namespace Sendscope::Gui {

// Developer option --palette light|dark: a Fusion palette, for screenshots and for checking
// that every colour is derived from the palette. "system" (or empty) leaves the platform's.
// Returns false for an unknown name.
bool applyPalette(const QString &name);

} // namespace Sendscope::Gui
