# Grid-signal documents, UTC times and the signal table (plugins/gridfeed).
set(gridfeed "${COMMONWATT_SOURCE_DIR}/plugins/gridfeed")
commonwatt_fuzz_target(gridfeed QT
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_gridfeed.cpp"
        "${gridfeed}/utctime.cpp"
        "${gridfeed}/signaldocument.cpp"
        "${gridfeed}/signaltable.cpp"
        "${COMMONWATT_SOURCE_DIR}/plugins/common/jsonreading.cpp"
    INCLUDES "${gridfeed}" "${COMMONWATT_SOURCE_DIR}/plugins/common")
