# The ledger sync's message parsers (backend/ledger/syncmessages.cpp, docs/ledger-sync.md): Qt Core only.
set(ledger "${COMMONWATT_SOURCE_DIR}/backend/ledger")
commonwatt_fuzz_target(ledgersyncmessages QT
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_ledgersyncmessages.cpp"
        "${ledger}/syncmessages.cpp"
    INCLUDES "${ledger}/..")
