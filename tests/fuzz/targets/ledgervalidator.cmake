# The ledger's chain rules (backend/ledger/chain.cpp) fed signed, mutated, replayed, forked and raw entries of
# a small community: Qt Core and libsodium, as the ledger library itself.
set(ledger "${COMMONWATT_SOURCE_DIR}/backend/ledger")
commonwatt_fuzz_target(ledgervalidator QT SODIUM
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_ledgervalidator.cpp"
        "${ledger}/crypto.cpp"
        "${ledger}/entry.cpp"
        "${ledger}/encoding.cpp"
        "${ledger}/chain.cpp"
    INCLUDES "${ledger}/..")
