# Debian 12 / Ubuntu packages Commonwatt needs, and a function that installs the missing ones.
# Sourced by the scripts in this folder.

COMMONWATT_BUILD_PACKAGES=(
    cmake g++ ninja-build ccache pkg-config
    libglpk-dev libpaho-mqttpp-dev libpaho-mqtt-dev libssl-dev qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools libgl1-mesa-dev libsqlite3-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtquick-templates qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin libsodium-dev linguist-qt6
    qml6-module-qt-labs-folderlistmodel
    libqcustomplot-dev libqcustomplot2.1-qt6
    tzdata
)
COMMONWATT_TEST_PACKAGES=(
    xvfb xauth sqlite3 util-linux clang-14 libclang-rt-14-dev mosquitto mosquitto-clients openssl
)
COMMONWATT_PACKAGE_PACKAGES=(
    dpkg-dev file lintian appstream desktop-file-utils gzip
)

# ensure_packages NAME...: installs those not yet installed (apt-get as root, else sudo); elsewhere says which.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "This is not a Debian or Ubuntu system. Install the equivalents of: $*" >&2
        return 0
    fi
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Missing packages: ${missing[*]}"
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            apt=(sudo apt-get)
        else
            echo "Not root and no sudo: please install these packages, then run this again:" >&2
            echo "  apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${apt[@]}" update -q
    "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
}
