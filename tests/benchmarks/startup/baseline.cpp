// The baseline of the start-up benchmark: the least a Qt Quick program does before its first frame (the same
// Qt, the same platform, one window with a line of text), announcing that frame as the app does.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 1280; height: 800; visible: true; color: \"#0f1720\"\n"
                    "  Text { anchors.centerIn: parent; text: \"Commonwatt\"; color: \"white\"; font.pixelSize: 40 }"
                    " }\n");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    bool reported = false;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&reported] {
            if (reported)
                return;
            reported = true;
            std::fputs("commonwatt: first frame\n", stderr);
            std::fflush(stderr);
        },
        Qt::DirectConnection);
    return QGuiApplication::exec();
}
