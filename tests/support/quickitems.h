// Finding and tapping the items of a loaded QML window, for the UI tests.
#pragma once

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest/quicktest.h>

namespace commonwatt::testing {

// Items by objectName through the visual tree, which also holds what Repeaters, ListViews and popups create.
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// A click with the mouse at the middle of target, delivered to the window as a user's would be.
inline void tap(QQuickWindow *window, QQuickItem *target)
{
    QVERIFY(target);
    // Where the item is once the last change (a new text, a dialog's new height) is laid out, as a finger sees it.
    QVERIFY(QQuickTest::qWaitForPolish(window));
    QTest::mouseClick(window, Qt::LeftButton, {},
                      target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint());
}

} // namespace commonwatt::testing
