# Windows and macOS: put Qt, its plugins, OpenSSL and QtKeychain inside the installed tree so
# CPack's NSIS installer and DMG run on a machine without Qt. Included from
# packaging/CMakeLists.txt, which comes after app/ so every executable target exists and its
# own install(TARGETS) rules run before the steps below.
# qt_generate_deploy_app_script / qt_deploy_runtime_dependencies exist on Qt 6.4 only for
# Windows and macOS (TRAPS.md), hence the guard.
if(NOT (WIN32 OR APPLE))
    return()
endif()

set(_root_code [[set(_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")]])

if(WIN32)
    if(TARGET sendscope)
        set_target_properties(sendscope PROPERTIES WIN32_EXECUTABLE ON)
    endif()
    # windeployqt per executable: Qt DLLs next to them in bin/, plugins under plugins/ and a
    # qt.conf that points there. Both need QtNetwork and so the tls/ plugins.
    foreach(_exe sendscope sendscope-cli)
        if(TARGET ${_exe})
            qt_generate_deploy_app_script(TARGET ${_exe} FILENAME_VARIABLE _deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
            install(SCRIPT ${_deploy_script})
        endif()
    endforeach()

    # QtKeychain is not a Qt module: windeployqt does not know it.
    find_package(Qt6Keychain CONFIG QUIET)
    if(TARGET Qt6Keychain::Qt6Keychain)
        # The config file makes Qt6Keychain::Qt6Keychain an alias; install() wants the real one.
        get_target_property(_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
        if(NOT _keychain)
            set(_keychain Qt6Keychain::Qt6Keychain)
        endif()
        install(IMPORTED_RUNTIME_ARTIFACTS ${_keychain}
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()

    # Qt's OpenSSL backend loads libssl/libcrypto at run time, so nothing links them and no
    # tool copies them: take them from the OpenSSL that was found (vcpkg: <root>/bin).
    find_package(OpenSSL 3 QUIET)
    set(_openssl_dlls)
    if(OPENSSL_FOUND)
        get_filename_component(_ossl_lib_dir "${OPENSSL_CRYPTO_LIBRARY}" DIRECTORY)
        file(GLOB _openssl_dlls "${_ossl_lib_dir}/../bin/libssl-3*.dll"
                                "${_ossl_lib_dir}/../bin/libcrypto-3*.dll")
    endif()
    if(_openssl_dlls)
        install(FILES ${_openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        message(WARNING "OpenSSL 3 DLLs not found (set OPENSSL_ROOT_DIR): the installer will "
                        "fall back to Qt's Schannel TLS backend")
    endif()

    # Refuse to package without a TLS backend ("No functional TLS backend was found").
    install(CODE "${_root_code}
        file(GLOB _tls \"\${_root}/plugins/tls/*.dll\")
        if(NOT _tls)
            message(FATAL_ERROR \"deploy: no TLS plugin under \${_root}/plugins/tls\")
        endif()
        message(STATUS \"deploy: TLS plugins: \${_tls}\")")

elseif(APPLE)
    if(NOT TARGET sendscope)
        message(STATUS "packaging: no sendscope target, the DMG carries no application")
        return()
    endif()
    # Icons: an .icns made from the checked-in hicolor PNGs with iconutil (macOS only).
    set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/sendscope.iconset)
    set(_icns ${CMAKE_CURRENT_BINARY_DIR}/sendscope.icns)
    file(MAKE_DIRECTORY ${_iconset})
    set(_png ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/hicolor)
    foreach(_pair "16;16x16" "32;16x16@2x" "32;32x32" "64;32x32@2x" "128;128x128"
                  "256;128x128@2x" "256;256x256")
        list(GET _pair 0 _src)
        list(GET _pair 1 _dst)
        configure_file(${_png}/${_src}x${_src}/sendscope.png ${_iconset}/icon_${_dst}.png COPYONLY)
    endforeach()
    find_program(ICONUTIL_EXECUTABLE iconutil REQUIRED)
    execute_process(COMMAND ${ICONUTIL_EXECUTABLE} -c icns -o ${_icns} ${_iconset}
                    RESULT_VARIABLE _rc)
    if(_rc)
        message(FATAL_ERROR "iconutil failed (${_rc})")
    endif()
    # MACOSX_PACKAGE_LOCATION is a source property: set it in the target's directory scope.
    target_sources(sendscope PRIVATE ${_icns})
    set_source_files_properties(${_icns} TARGET_DIRECTORY sendscope
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

    set_target_properties(sendscope PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Sendscope
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${SENDSCOPE_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME Sendscope
        MACOSX_BUNDLE_ICON_FILE sendscope.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Sendscope developers. MIT licence.")

    # sendscope-cli goes inside the bundle (Contents/MacOS) so macdeployqt fixes its Qt
    # references too; a DMG has no bin/ on PATH anyway.
    if(TARGET sendscope-cli)
        install(CODE "${_root_code}
            set(_cli \"\${_root}/${CMAKE_INSTALL_BINDIR}/sendscope-cli\")
            if(EXISTS \"\${_cli}\")
                file(RENAME \"\${_cli}\" \"\${_root}/Sendscope.app/Contents/MacOS/sendscope-cli\")
                file(GLOB _left \"\${_root}/${CMAKE_INSTALL_BINDIR}/*\")
                if(NOT _left)
                    file(REMOVE_RECURSE \"\${_root}/${CMAKE_INSTALL_BINDIR}\")
                endif()
            endif()")
        set(_extra "ADDITIONAL_EXECUTABLES Sendscope.app/Contents/MacOS/sendscope-cli")
    endif()
    # qt_generate_deploy_app_script on 6.4 cannot name a second executable: call the
    # function it wraps (macdeployqt, run in the install prefix).
    set(_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake)
    file(GENERATE OUTPUT ${_deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE Sendscope.app ${_extra})
")
    install(SCRIPT ${_deploy_script})
    # macdeployqt rewrites the binaries and breaks their signature; Apple Silicon kills an
    # unsigned or badly signed app, so sign ad hoc (no identity: Gatekeeper still warns).
    install(CODE "${_root_code}
        execute_process(COMMAND codesign --force --deep -s - \"\${_root}/Sendscope.app\"
                        RESULT_VARIABLE _rc)
        if(_rc)
            message(FATAL_ERROR \"codesign failed (\${_rc})\")
        endif()")
endif()
