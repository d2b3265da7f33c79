# The Shelly Gen2+ payload parser (plugins/shelly) and the plugin API's energy counter: Qt Core only.
set(shelly "${COMMONWATT_SOURCE_DIR}/plugins/shelly")
commonwatt_fuzz_target(shelly QT
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_shelly.cpp"
        "${shelly}/shellypayload.cpp"
        "${COMMONWATT_SOURCE_DIR}/backend/pluginapi/energycounter.cpp"
        "${COMMONWATT_SOURCE_DIR}/plugins/common/jsonreading.cpp"
    INCLUDES "${shelly}" "${COMMONWATT_SOURCE_DIR}/plugins/common" "${COMMONWATT_SOURCE_DIR}/backend/include")
