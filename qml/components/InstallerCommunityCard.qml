import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The household's community membership: join with the member's key file and community.json from the
// distributor, over the community's broker; then whether the distributor has confirmed it (docs/installer.md).
SettingsCard {
    id: root

    readonly property var _community: Installer.community
    readonly property bool _running: _community.state === "connecting" || _community.state === "pending"
                                     || _community.state === "member"
    property string _error: ""

    objectName: "communityCard"

    component CommunityInput: ColumnLayout {
        id: _communityInput
        property alias label: _label.text
        property alias text: _box.text
        property alias placeholder: _box.placeholderText
        property bool secret: false
        property string inputName: ""
        Layout.fillWidth: true
        spacing: 4
        Text {
            id: _label
            Layout.fillWidth: true
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
        TextField {
            id: _box
            objectName: _communityInput.inputName
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontMedium
            color: Theme.textPrimary
            placeholderTextColor: Theme.textSecondary
            echoMode: _communityInput.secret ? TextInput.Password : TextInput.Normal
            inputMethodHints: _communityInput.secret ? (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText) : Qt.ImhNone
            Accessible.name: _label.text
            Accessible.passwordEdit: _communityInput.secret
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surfaceRaised
                border.width: _box.activeFocus ? 2 : 1
                border.color: _box.activeFocus ? Theme.textPrimary : Theme.divider
            }
        }
    }

    Text {
        Layout.fillWidth: true
        //: Installer: heading of the community membership
        text: qsTr("Community")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontMedium
        font.bold: true
    }
    Text {
        objectName: "communityStatus"
        Layout.fillWidth: true
        text: root._community.statusText
        color: root._community.state === "member" ? Theme.adviceGood
               : root._community.state === "resumeFailed" ? Theme.errorText : Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        font.bold: root._community.state === "member"
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: !root._running
        spacing: Theme.smallSpacing

        Text {
            Layout.fillWidth: true
            //: Installer, community: what joining needs
            text: qsTr("The distributor gives you the community file (community.json) and the household's member key (NAME.key) with its passphrase. The passphrase is not stored: for the next starts, set it as the commonwatt-key-passphrase credential.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        // A key of the household's own: the secret key never leaves the panel; the distributor gets the
        // public key.
        Text {
            Layout.fillWidth: true
            //: Installer, community: heading of making a member key here
            text: qsTr("No key yet? Make one here")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: width > 640 ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            CommunityInput {
                id: _newName
                inputName: "newKeyName"
                //: Installer, community: the name the new key is for
                label: qsTr("Member name")
                placeholder: "home"
            }
            CommunityInput {
                id: _newPassphrase
                inputName: "newKeyPassphrase"
                secret: true
                label: qsTr("Passphrase")
            }
            CommunityInput {
                id: _newRepeat
                inputName: "newKeyRepeat"
                secret: true
                //: Installer, community: the new key's passphrase, again
                label: qsTr("Passphrase again")
            }
        }
        PillButton {
            objectName: "createKey"
            //: Installer, community: make the household's own member key
            text: qsTr("Make a member key")
            onClicked: {
                root._error = root._community.createKey(_newName.text, _newPassphrase.text, _newRepeat.text)
                _newPassphrase.text = ""
                _newRepeat.text = ""
                if (root._error.length === 0)
                    _key.text = root._community.newKeyFile
            }
        }
        Text {
            objectName: "newPublicKey"
            Layout.fillWidth: true
            visible: root._community.newPublicKey.length > 0
            //: Installer, community: what to give the distributor; %1 the public key, %2 the member name
            text: qsTr("Give the distributor this public key, to add the household with commonwatt-community add-member --name %2 --public-key %1. Then join below with the community file and this key.")
                      .arg(root._community.newPublicKey).arg(_newName.text)
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.smallSpacing
            //: Installer, community: heading of the join fields
            text: qsTr("Join with the community file and the member key")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: width > 640 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            CommunityInput {
                id: _file
                inputName: "communityFile"
                //: Installer, community: path of community.json
                label: qsTr("Community file")
                placeholder: "/media/usb/community.json"
            }
            CommunityInput {
                id: _key
                inputName: "communityKeyFile"
                //: Installer, community: path of the member's key file
                label: qsTr("Member key file")
                placeholder: "/media/usb/keys/home.key"
            }
            CommunityInput {
                id: _passphrase
                inputName: "communityPassphrase"
                secret: true
                //: Installer, community: the key file's passphrase
                label: qsTr("Passphrase")
            }
            CommunityInput {
                id: _host
                inputName: "communityHost"
                //: Installer, community: the community's MQTT broker
                label: qsTr("Community broker host")
                text: root._community.host
            }
            CommunityInput {
                id: _port
                inputName: "communityPort"
                //: Installer, community: the broker's port
                label: qsTr("Port")
                text: root._community.host.length > 0 ? String(root._community.port) : ""
                placeholder: _tls.checked ? "8883" : "1883"
            }
            CommunityInput {
                id: _ca
                inputName: "communityCaFile"
                visible: _tls.checked
                //: Installer, community: the authority that signed the broker's certificate
                label: qsTr("CA certificate file")
                text: root._community.caFile
                //: Installer, community: empty CA file
                placeholder: qsTr("Empty: the system's")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Switch {
                id: _tls
                objectName: "communityTls"
                checked: root._community.tls
                //: Installer, community: encrypt the connection to the broker
                Accessible.name: qsTr("Use TLS")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Use TLS")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
        Text {
            objectName: "communityError"
            Layout.fillWidth: true
            visible: root._error.length > 0
            text: root._error
            color: Theme.errorText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        PillButton {
            objectName: "joinCommunity"
            primary: true
            //: Installer, community: check the files and join
            text: qsTr("Join")
            onClicked: {
                root._error = root._community.join(_file.text, _key.text, _passphrase.text, _host.text, _port.text,
                                                   _tls.checked, _ca.text)
                _passphrase.text = ""
            }
        }
    }
}
