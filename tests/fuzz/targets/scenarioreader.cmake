# The scheduler's scenario reader, with the Qt-free sources the plan format and the checker need (a subset of
# commonwatt_scheduler_io).
set(scheduler "${COMMONWATT_SOURCE_DIR}/backend/scheduler")
commonwatt_fuzz_target(scenarioreader
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_scenarioreader.cpp"
        "${scheduler}/json.cpp"
        "${scheduler}/jsonfields.cpp"
        "${scheduler}/scenario.cpp"
        "${scheduler}/scenarioreader.cpp"
        "${scheduler}/planjson.cpp"
        "${scheduler}/objective.cpp"
        "${scheduler}/checker.cpp"
    INCLUDES "${scheduler}/..")
