// What the Events page and Home's event card bind to: the household's grid events, upcoming and active first,
// then past ones with what each earned; accept and decline (docs/events.md).
#pragma once

#include <QAbstractListModel>
#include <QString>

namespace commonwatt::app {

class GridEvents;
struct GridEventInfo;

class EventsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    // The active event, else the next upcoming one: for the card on Home.
    Q_PROPERTY(bool hasNextEvent READ hasNextEvent NOTIFY nextEventChanged FINAL)
    Q_PROPERTY(QString nextEventId READ nextEventId NOTIFY nextEventChanged FINAL)
    Q_PROPERTY(QString nextEventTitle READ nextEventTitle NOTIFY nextEventChanged FINAL)
    Q_PROPERTY(QString nextEventWhen READ nextEventWhen NOTIFY nextEventChanged FINAL)
    Q_PROPERTY(bool nextEventActive READ nextEventActive NOTIFY nextEventChanged FINAL)
    // "none", "accepted" or "declined"
    Q_PROPERTY(QString nextEventResponse READ nextEventResponse NOTIFY nextEventChanged FINAL)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StartRole,     // date and time in the locale
        EndRole,       // time in the locale
        WhenRole,      // "Thu 26/11/2026, 17:00–19:00"
        LevelRole,     // 1 to 3
        LevelTextRole, // "moderate need", "high need", "critical need"
        StatusRole,    // "upcoming", "active", "past"
        ResponseRole,  // "none", "accepted", "declined"
        EarnedRole,    // credits earned, or why nothing was paid; empty before the event is over
        PaidRole,      // true when the event paid credits
        DetailRole,    // the baseline and the net use it was paid on, once settled
    };
    Q_ENUM(Role)

    explicit EventsModel(GridEvents &events, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] bool hasNextEvent() const { return next() != nullptr; }
    [[nodiscard]] QString nextEventId() const;
    [[nodiscard]] QString nextEventTitle() const;
    [[nodiscard]] QString nextEventWhen() const;
    [[nodiscard]] bool nextEventActive() const;
    [[nodiscard]] QString nextEventResponse() const;

    // Answer the event with this id: an error in words when it cannot be (it has started), else empty.
    Q_INVOKABLE QString accept(const QString &id);
    Q_INVOKABLE QString decline(const QString &id);

    // An event's id: its start, as an ISO 8601 UTC time.
    [[nodiscard]] static QString idOf(qint64 startMs);

signals:
    void countChanged();
    void nextEventChanged();

private:
    void reload();
    [[nodiscard]] const GridEventInfo *next() const;
    [[nodiscard]] QString respond(const QString &id, bool accept);

    GridEvents &m_events;
    int m_count = 0;
};

} // namespace commonwatt::app
