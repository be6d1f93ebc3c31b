# cmake -DSOURCE=<sendscope source> -DWORK=<scratch dir> [-DGENERATOR=Ninja] -P check-nsis.cmake
# Configures the stand-in project, runs cpack -G NSIS (makensis) and checks the script holds
# the mailto: registration and the Start menu shortcut.
find_program(MAKENSIS makensis REQUIRED)
if(NOT GENERATOR)
    set(GENERATOR "Unix Makefiles")
endif()
file(REMOVE_RECURSE ${WORK})
foreach(step "-S;${CMAKE_CURRENT_LIST_DIR};-B;${WORK};-G;${GENERATOR};-DSENDSCOPE_SOURCE_DIR=${SOURCE}"
             "--build;${WORK}")
    execute_process(COMMAND ${CMAKE_COMMAND} ${step} RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "cmake ${step} failed")
    endif()
endforeach()
execute_process(COMMAND cpack -G NSIS WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "cpack -G NSIS failed (makensis rejected the script?)")
endif()
file(GLOB installer ${WORK}/sendscope-0.1.0-*.exe)
file(GLOB_RECURSE nsi ${WORK}/_CPack_Packages/*/project.nsi)
if(NOT installer OR NOT nsi)
    message(FATAL_ERROR "no installer or no project.nsi under ${WORK}")
endif()
file(READ ${nsi} script)
foreach(needle
        [[WriteRegStr HKCU 'Software\Classes\mailto\shell\open\command' '' '"$INSTDIR\bin\sendscope.exe" "%1"']]
        [[WriteRegStr HKCU 'Software\Classes\mailto' 'URL Protocol' '']]
        [[WriteRegStr HKCU 'Software\RegisteredApplications' 'Sendscope' 'Software\Sendscope\Capabilities']]
        [[WriteRegStr HKCU 'Software\Sendscope\Capabilities\URLAssociations' 'mailto' 'Sendscope.mailto']]
        [[DeleteRegKey HKCU 'Software\Classes\Sendscope.mailto']]
        [[CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Sendscope.lnk" "$INSTDIR\bin\sendscope.exe"]]
        [[WriteUninstaller "$INSTDIR\Uninstall.exe"]])
    string(FIND "${script}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "project.nsi lacks: ${needle}")
    endif()
endforeach()
message(STATUS "NSIS installer built: ${installer}")
