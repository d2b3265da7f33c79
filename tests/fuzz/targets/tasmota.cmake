# The Tasmota payload parser (plugins/tasmota) and the plugin API's energy counter: Qt Core only.
set(tasmota "${COMMONWATT_SOURCE_DIR}/plugins/tasmota")
commonwatt_fuzz_target(tasmota QT
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_tasmota.cpp"
        "${tasmota}/tasmotapayload.cpp"
        "${COMMONWATT_SOURCE_DIR}/backend/pluginapi/energycounter.cpp"
        "${COMMONWATT_SOURCE_DIR}/plugins/common/jsonreading.cpp"
    INCLUDES "${tasmota}" "${COMMONWATT_SOURCE_DIR}/plugins/common" "${COMMONWATT_SOURCE_DIR}/backend/include")
