import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Settings: language, theme, units, and what this is. Each choice applies at once and is kept.
Item {
    id: root

    Flickable {
        id: _flick
        anchors.fill: parent
        contentHeight: _column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: _column
            width: Math.min(_flick.width, Theme.settingsWidth)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing

            SettingsCard {
                objectName: "languageCard"
                Layout.fillWidth: true

                ChoiceGroup {
                    objectName: "languageChoice"
                    Layout.fillWidth: true
                    namePrefix: "language"
                    //: Settings: heading of the language choice
                    title: qsTr("Language")
                    //: Settings: what the language choice changes
                    description: qsTr("Also how numbers, dates and times are written.")
                    choices: Settings.languages.map(language => ({ value: language.code, label: language.name }))
                    current: Settings.language
                    onChosen: value => Settings.setLanguage(value)
                }
            }

            SettingsCard {
                objectName: "themeCard"
                Layout.fillWidth: true

                ChoiceGroup {
                    objectName: "themeChoice"
                    Layout.fillWidth: true
                    namePrefix: "theme"
                    //: Settings: heading of the colour theme choice
                    title: qsTr("Theme")
                    choices: [
                        //: Theme choice: light by day, dark at night
                        { value: "auto", label: qsTr("Automatic"), tooltip: qsTr("Light from 07:00, dark from 20:00") },
                        //: Theme choice: light colours
                        { value: "day", label: qsTr("Day") },
                        //: Theme choice: dark colours
                        { value: "night", label: qsTr("Night") }
                    ]
                    current: Settings.theme
                    onChosen: value => Settings.setTheme(value)
                }
            }

            SettingsCard {
                objectName: "unitsCard"
                Layout.fillWidth: true

                ChoiceGroup {
                    objectName: "unitsChoice"
                    Layout.fillWidth: true
                    namePrefix: "units"
                    //: Settings: heading of the choice of power units
                    title: qsTr("Units")
                    //: Settings: an example of each unit choice follows
                    description: qsTr("Power and energy as %1 and %2.").arg(Format.power(1.5)).arg(Format.energy(12.3))
                    choices: [
                        //: Unit choice: kilowatts and kilowatt-hours
                        { value: "kW", label: qsTr("kW, kWh") },
                        //: Unit choice: watts and watt-hours
                        { value: "W", label: qsTr("W, Wh") }
                    ]
                    current: Settings.powerUnit
                    onChosen: value => Settings.setPowerUnit(value)
                }
            }

            Text {
                objectName: "settingsError"
                Layout.fillWidth: true
                visible: Settings.error.length > 0
                text: Settings.error
                color: Theme.errorText
                font.pixelSize: Theme.fontMedium
                wrapMode: Text.WordWrap
            }

            SettingsCard {
                objectName: "aboutCard"
                Layout.fillWidth: true

                Text {
                    Layout.fillWidth: true
                    //: Settings: heading of the card about the program
                    text: qsTr("About Commonwatt")
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                }
                Text {
                    objectName: "aboutText"
                    Layout.fillWidth: true
                    //: Settings, About: %1 the program's version, %2 the Qt version
                    text: qsTr("Version %1, built with Qt %2. Free software under the GNU GPL, version 3 or later.")
                              .arg(Settings.version).arg(Settings.qtVersion)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "dataFolderText"
                    Layout.fillWidth: true
                    //: Settings, About: %1 the folder with the household's database
                    text: qsTr("Data: %1").arg(Settings.dataFolder)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
}
