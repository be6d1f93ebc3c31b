# NSIS installer settings, included from packaging/CMakeLists.txt on Windows before
# include(CPack), which runs with CPACK_VERBATIM_VARIABLES ON: every value below reaches the
# NSIS script exactly as CMake holds it (one level of CMake escaping, no more).
# Per-machine install under Program Files with a Start menu entry, mailto: registration and
# an uninstaller (CPack's NSIS template always writes Uninstall.exe and the "Apps & features"
# entry; the extra commands below undo what they add).

set(CPACK_NSIS_PACKAGE_NAME "Sendscope ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Sendscope")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/sendscope.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/sendscope.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Sendscope")

# Everything below is about the window: without it the installer carries only the CLI.
if(NOT TARGET sendscope)
    return()
endif()
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\sendscope.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "sendscope.exe")
# Start menu: the folder CPACK_PACKAGE_INSTALL_DIRECTORY with these shortcuts
# (<executable without .exe> <label>), plus the uninstaller CPack adds itself.
set(CPACK_PACKAGE_EXECUTABLES "sendscope" "Sendscope")

# mailto: (RFC 6068), per user so no administrator is needed:
#  - HKCU\Software\Classes\mailto: the URL protocol handler itself (used when no other
#    program holds the user's choice);
#  - Capabilities + RegisteredApplications: Sendscope appears in Windows' "Default apps"
#    for MAILTO. Windows 10/11 never let an installer silently take over the default.
# NSIS strings in single quotes: the command holds double quotes, and "%1" must stay quoted so
# a URL with spaces or '&' arrives as one argument. NSIS does not treat \ as an escape.
set(_cmd "'\"$INSTDIR\\bin\\sendscope.exe\" \"%1\"'")
set(_icon "'$INSTDIR\\bin\\sendscope.exe,0'")
set(_caps "Software\\Sendscope\\Capabilities")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCU 'Software\\Classes\\mailto' '' 'URL:MailTo Protocol'
  WriteRegStr HKCU 'Software\\Classes\\mailto' 'URL Protocol' ''
  WriteRegStr HKCU 'Software\\Classes\\mailto\\DefaultIcon' '' ${_icon}
  WriteRegStr HKCU 'Software\\Classes\\mailto\\shell\\open\\command' '' ${_cmd}
  WriteRegStr HKCU 'Software\\Classes\\Sendscope.mailto' '' 'Sendscope mailto: link'
  WriteRegStr HKCU 'Software\\Classes\\Sendscope.mailto' 'URL Protocol' ''
  WriteRegStr HKCU 'Software\\Classes\\Sendscope.mailto\\DefaultIcon' '' ${_icon}
  WriteRegStr HKCU 'Software\\Classes\\Sendscope.mailto\\shell\\open\\command' '' ${_cmd}
  WriteRegStr HKCU '${_caps}' 'ApplicationName' 'Sendscope'
  WriteRegStr HKCU '${_caps}' 'ApplicationDescription' '${CPACK_PACKAGE_DESCRIPTION_SUMMARY}'
  WriteRegStr HKCU '${_caps}' 'ApplicationIcon' ${_icon}
  WriteRegStr HKCU '${_caps}\\URLAssociations' 'mailto' 'Sendscope.mailto'
  WriteRegStr HKCU 'Software\\RegisteredApplications' 'Sendscope' '${_caps}'
")
# Remove only what the installer wrote; leave "mailto" alone if another program has taken it
# over since (its command no longer names this executable).
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  ReadRegStr $0 HKCU 'Software\\Classes\\mailto\\shell\\open\\command' ''
  StrCmp $0 ${_cmd} 0 +2
    DeleteRegKey HKCU 'Software\\Classes\\mailto'
  DeleteRegKey HKCU 'Software\\Classes\\Sendscope.mailto'
  DeleteRegValue HKCU 'Software\\RegisteredApplications' 'Sendscope'
  DeleteRegKey HKCU '${_caps}'
  DeleteRegKey /ifempty HKCU 'Software\\Sendscope'
")
