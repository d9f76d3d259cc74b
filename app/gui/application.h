#pragma once

// Start-up of the desktop application: command line, settings, language, main window.

namespace elshi::ui {

int runApplication(int argc, char *argv[]);

} // namespace elshi::ui
