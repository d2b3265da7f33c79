# The generic MQTT plugin's JSON paths and payload values (plugins/mqttgeneric), with the plugin API's energy
# counter fed the values read.
set(mqttgeneric "${COMMONWATT_SOURCE_DIR}/plugins/mqttgeneric")
commonwatt_fuzz_target(mqttgeneric QT
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_mqttgeneric.cpp"
        "${mqttgeneric}/jsonpath.cpp"
        "${mqttgeneric}/payloadvalue.cpp"
        "${COMMONWATT_SOURCE_DIR}/backend/pluginapi/energycounter.cpp"
        "${COMMONWATT_SOURCE_DIR}/plugins/common/jsonreading.cpp"
    INCLUDES "${mqttgeneric}" "${COMMONWATT_SOURCE_DIR}/plugins/common" "${COMMONWATT_SOURCE_DIR}/backend/include")
