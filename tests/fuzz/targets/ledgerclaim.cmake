# The sealed meter claim's decoders (backend/ledger/claim.cpp, docs/ledger-state.md): Qt Core, and libsodium
# for the claim hash.
set(ledger "${COMMONWATT_SOURCE_DIR}/backend/ledger")
commonwatt_fuzz_target(ledgerclaim QT SODIUM
    SOURCES
        "${CMAKE_CURRENT_LIST_DIR}/../fuzz_ledgerclaim.cpp"
        "${ledger}/crypto.cpp"
        "${ledger}/entry.cpp"
        "${ledger}/encoding.cpp"
        "${ledger}/claim.cpp"
    INCLUDES "${ledger}/..")
