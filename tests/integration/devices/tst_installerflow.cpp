// The installer's flow as a new user goes through it, on the real main window: from a household with no
// device configured to a Tasmota plug with live readings. The test only taps and types, finding items by
// objectName: open the installer dialog, choose a PIN, open the Installer tab, pick the Tasmota plugin, fill
// in the broker (a real mosquitto started here) and the device topic, test the connection and see the
// readings of a TasmotaPeer arrive, save, and see the device with its live status in the list. What it then
// checks underneath (the configuration, the household's devices) is what the flow must have done.
// The peers first: they name Paho's ::mqtt from inside namespace commonwatt, before commonwatt::mqtt exists.
#include "devicepeers.h"
#include "mosquitto.h"

#include "demohousehold.h"
#include "demoui.h"
#include "quickitems.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::testing;

namespace {

constexpr int kTimeoutMs = 30'000;

} // namespace

class TestInstallerFlow : public QObject
{
    Q_OBJECT

private:
    QQuickWindow *m_window = nullptr;

    [[nodiscard]] QQuickItem *item(const QString &name) const
    {
        // The window's content item holds the popups' overlay too.
        return findItem(m_window->contentItem(), name);
    }
    [[nodiscard]] QString text(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found ? found->property("text").toString() : QString();
    }
    [[nodiscard]] bool visible(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found && found->isVisible();
    }
    // Scrolls the page the way a finger would until the item is on screen.
    void scrollTo(QQuickItem *target) const
    {
        for (QQuickItem *up = target->parentItem(); up; up = up->parentItem()) {
            if (!up->inherits("QQuickFlickable"))
                continue;
            const qreal top =
                target->mapToItem(up->property("contentItem").value<QQuickItem *>(), QPointF(0, 0)).y();
            const qreal contentY = up->property("contentY").toReal();
            const qreal height = up->height();
            if (top < contentY || top + target->height() > contentY + height) {
                const qreal maxY = std::max<qreal>(0.0, up->property("contentHeight").toReal() - height);
                up->setProperty("contentY", std::clamp<qreal>(top - height / 3, 0.0, maxY));
            }
            return;
        }
    }
    void tapItem(const QString &name) const
    {
        QQuickItem *target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->isVisible(), qPrintable(name));
        scrollTo(target);
        tap(m_window, target);
    }
    // Taps a text field and types into it, replacing what it held.
    void typeInto(const QString &name, const QString &typed) const
    {
        tapItem(name);
        QQuickItem *field = item(name);
        QTRY_VERIFY2(field->hasActiveFocus(), qPrintable(name));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Backspace);
        for (const QChar c : typed)
            QTest::keyClick(m_window, c.toLatin1());
        QCOMPARE(field->property("text").toString(), typed);
    }
    void typePin(const QString &pin) const
    {
        for (const QChar digit : pin)
            tapItem(u"pinKey"_s + digit);
        tapItem(u"pinOk"_s);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { QTest::failOnWarning(QRegularExpression(u"qrc:/"_s)); }

    void fromNothingToATasmotaPlugWithLiveReadings()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        TasmotaPeer plug(broker.port(), "kitchen_plug");
        plug.setLoadWatts(650.0);
        plug.setEnergyWh(12'345.0);
        plug.start();
        QVERIFY2(broker.publish(u"cmnd/kitchen_plug/POWER"_s, "ON"), qPrintable(broker.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(plug.isOn(), kTimeoutMs);

        DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 6, 20), QTime(13, 0)));
        QVERIFY(household.settle());
        DemoUi ui(household);
        QQmlApplicationEngine engine;
        m_window = ui.openMainWindow(engine);
        QVERIFY(m_window);
        config::ConfigStore &configuration = household.runtime().configuration();
        QVERIFY(configuration.instances().isEmpty());

        // Before installer mode there is no Installer tab.
        QVERIFY(!visible(u"navInstaller"_s));
        tapItem(u"installerButton"_s);
        QTRY_VERIFY(visible(u"installerPinPad"_s));
        QCOMPARE(text(u"installerTitle"_s), u"Choose the installer PIN"_s);
        typePin(u"2468"_s);
        QTRY_COMPARE(text(u"installerTitle"_s), u"Enter the new PIN again"_s);
        typePin(u"2468"_s);
        QTRY_COMPARE(text(u"installerTitle"_s), u"Installer mode"_s);
        QVERIFY(ui.kiosk.installerMode());
        // The desktop has no panel to leave.
        QVERIFY(!visible(u"installerQuit"_s));
        tapItem(u"installerOpenPage"_s);
        QTRY_VERIFY(!visible(u"installerDialog"_s));
        QTRY_VERIFY(visible(u"navInstaller"_s));
        tapItem(u"navInstaller"_s);
        QTRY_VERIFY(visible(u"installerPage"_s));
        QVERIFY(visible(u"noDevices"_s));

        // Pick the Tasmota plugin: the form is generated from its schema, the broker's below it.
        tapItem(u"addPlugin_tasmota"_s);
        QTRY_VERIFY(visible(u"deviceForm"_s));
        QTRY_VERIFY(visible(u"input_device_topic"_s));
        QCOMPARE(text(u"input_instanceId"_s), u"tasmota-1"_s);
        QVERIFY(visible(u"input_broker_host"_s));
        QVERIFY(visible(u"input_broker_port"_s));
        // The password is masked, and the less common broker settings wait behind "More broker settings".
        QCOMPARE(item(u"input_broker_password"_s)->property("echoMode").toInt(), 2 /* TextInput.Password */);
        QVERIFY(!visible(u"input_broker_keepAliveSeconds"_s));

        // Saving the empty form names what is missing, under the field.
        tapItem(u"saveDevice"_s);
        QTRY_COMPARE(text(u"error_device_topic"_s), u"Device topic: required"_s);
        QTRY_COMPARE(text(u"error_broker_host"_s), u"Broker host: required"_s);
        QVERIFY(configuration.instances().isEmpty());

        // A port out of range is refused as it is typed.
        typeInto(u"input_broker_port"_s, u"70000"_s);
        QTRY_COMPARE(text(u"error_broker_port"_s), u"Port: 70000 is above the maximum 65535"_s);

        typeInto(u"input_broker_host"_s, broker.host());
        typeInto(u"input_broker_port"_s, QString::number(broker.port()));
        QTRY_VERIFY(!visible(u"error_broker_port"_s));
        typeInto(u"input_device_topic"_s, u"kitchen_plug"_s);
        typeInto(u"input_device_name"_s, u"Kettle"_s);
        // The kettle is only measured, never switched by the plan.
        tapItem(u"choice_device_kind_monitor"_s);
        QTRY_VERIFY(item(u"choice_device_kind_monitor"_s)->property("primary").toBool());
        QTRY_VERIFY(!visible(u"error_device_topic"_s));

        // Test connection: the plug's readings arrive, and nothing is saved yet.
        tapItem(u"testConnection"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text(u"trialText"_s).startsWith(u"Readings arrive from the device"_s),
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(text(u"trialReading_power"_s), u"power: 650 W"_s, kTimeoutMs);
        QVERIFY(configuration.instances().isEmpty());
        plug.setLoadWatts(1'800.0);
        QTRY_COMPARE_WITH_TIMEOUT(text(u"trialReading_power"_s), u"power: 1.80 kW"_s, kTimeoutMs);

        // Save: the device is stored, started in the running household, and listed with its live status.
        tapItem(u"saveDevice"_s);
        QTRY_VERIFY(!visible(u"deviceForm"_s));
        QCOMPARE(text(u"installerMessage"_s), u"Added tasmota-1."_s);
        QTRY_VERIFY(visible(u"deviceRow_tasmota-1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(text(u"deviceStatus_tasmota-1"_s), u"Connected"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(text(u"deviceReading_tasmota-1"_s), u"Tasmota · last reading 1.80 kW"_s,
                                  kTimeoutMs);
        plug.setLoadWatts(420.0);
        QTRY_COMPARE_WITH_TIMEOUT(text(u"deviceReading_tasmota-1"_s), u"Tasmota · last reading 420 W"_s,
                                  kTimeoutMs);

        const std::optional<config::PluginInstance> stored = configuration.instance(u"tasmota-1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->pluginId, u"tasmota"_s);
        QCOMPARE(stored->name, u"Kettle"_s);
        QCOMPARE(stored->brokerId, std::optional<QString>(u"home"_s));
        QCOMPARE(stored->settings.value(u"topic"_s).toString(), u"kitchen_plug"_s);
        QCOMPARE(stored->settings.value(u"kind"_s).toString(), u"monitor"_s);
        QCOMPARE(stored->settings.value(u"relay"_s).toInt(), 1); // the schema's default, filled in
        const std::optional<config::Broker> storedBroker = configuration.broker(u"home"_s);
        QVERIFY(storedBroker);
        QCOMPARE(storedBroker->settings.value(u"host"_s).toString(), broker.host());
        QCOMPARE(storedBroker->settings.value(u"port"_s).toInt(), int(broker.port()));
        const QList<Device *> &devices = household.runtime().household().devices();
        QVERIFY(std::any_of(devices.begin(), devices.end(),
                            [](const Device *device) { return device->id() == u"tasmota-1-relay1"_s; }));

        // Removing it asks first, then stops it in the running household.
        tapItem(u"removeDevice_tasmota-1"_s);
        QTRY_VERIFY(visible(u"confirmRemoveConfirm"_s));
        tapItem(u"confirmRemoveConfirm"_s);
        QTRY_VERIFY(!visible(u"deviceRow_tasmota-1"_s));
        QVERIFY(!configuration.instance(u"tasmota-1"_s));
        QVERIFY(std::none_of(devices.begin(), devices.end(),
                             [](const Device *device) { return device->id() == u"tasmota-1-relay1"_s; }));
        m_window = nullptr;
    }
};

QTEST_MAIN(TestInstallerFlow)
#include "tst_installerflow.moc"
