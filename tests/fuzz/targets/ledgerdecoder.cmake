# The ledger's entry decoder (backend/ledger/encoding.cpp, docs/ledger-encoding.md): Qt Core for the byte
# strings, libsodium for the entry hash.
set(ledger "${COMMONWATT_SOURCE_DIR}/backend/ledger")
commonwatt_fuzz_target(ledgerdecoder QT SODIUM
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_ledgerdecoder.cpp"
        "${ledger}/crypto.cpp"
        "${ledger}/entry.cpp"
        "${ledger}/encoding.cpp"
    INCLUDES "${ledger}/..")
