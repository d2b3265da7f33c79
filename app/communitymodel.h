// What the Community page binds to (docs/community-app.md): the ledger as sentences in the household's words,
// filtered and paged; open offers and the household's trades; the subsidy pool and its grant requests; the
// steward's approvals; the opt-in reputation board. Every action is checked here first (the reason in words),
// then signed and published by the LedgerService's worker, and shown as pending until the ledger's derived
// state has it, in effect or refused with the reason.
//
// The model never reads the replica: it is fed CommunitySnapshots (LedgerSummary::community).
#pragma once

#include "communitysnapshot.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace commonwatt {
class Clock;
}
namespace commonwatt::config {
class ConfigStore;
}

namespace commonwatt::app {

class CommunityModel;
class LedgerService;

// The feed: the snapshot's items under the chosen filter, newest first, fetched a page at a time.
class CommunityFeed : public QAbstractListModel
{
    Q_OBJECT
    // "all", "mine", "trades", "pool"
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged FINAL)
    // 0: any time; else only the last this many days (1: today)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY filterChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    // Items under the filter, fetched or not.
    Q_PROPERTY(int total READ total NOTIFY countChanged FINAL)

public:
    enum Role
    {
        SentenceRole = Qt::UserRole + 1,
        WhenRole,     // the entry's time: "14:05", "yesterday 14:05", "Tue 24/11 14:05"
        CategoryRole, // "claim", "trade", "pool", "event", "community"
        MineRole,     // published by this household or about it
        RefusedRole,
        ReasonRole, // the ledger's refusal, in words; empty unless refused
        AuthorRole, // "You", "Household 3f2a…", "The grid operator", "Steward 9c1e…"
    };
    Q_ENUM(Role)
    static constexpr int kPageSize = 50;

    explicit CommunityFeed(const CommunityModel &model, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);
    [[nodiscard]] int count() const { return m_shown; }
    [[nodiscard]] int total() const { return int(m_rows.size()); }
    // The sentence of row i (what data() gives): for tests.
    Q_INVOKABLE QString sentenceAt(int row) const;

    // The snapshot changed, or the language: filters anew, keeping at least as many rows fetched.
    void refresh();

signals:
    void filterChanged();
    void countChanged();

private:
    [[nodiscard]] bool passes(const FeedItem &item, std::int64_t fromMs) const;

    const CommunityModel &m_model;
    QString m_filter = QStringLiteral("all");
    int m_days = 0;
    std::vector<int> m_rows; // indices into the snapshot's feed
    int m_shown = 0;
};

class CommunityModel : public QObject
{
    Q_OBJECT
    // A community is configured (--community); without one the page says how to join.
    Q_PROPERTY(bool hasCommunity READ hasCommunity NOTIFY changed FINAL)
    // The household's membership is in the ledger and the state is derived.
    Q_PROPERTY(bool joined READ joined NOTIFY changed FINAL)
    // Why the page cannot show the community yet (not joined, waiting for the ledger, an error); else empty.
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed FINAL)
    Q_PROPERTY(QString communityName READ communityName NOTIFY changed FINAL)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY changed FINAL)
    Q_PROPERTY(double balance READ balance NOTIFY changed FINAL) // credits
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY changed FINAL)
    Q_PROPERTY(double poolBalance READ poolBalance NOTIFY changed FINAL)
    Q_PROPERTY(QString poolText READ poolText NOTIFY changed FINAL)
    Q_PROPERTY(QString poolFlowsText READ poolFlowsText NOTIFY changed FINAL)
    Q_PROPERTY(bool steward READ steward NOTIFY changed FINAL)
    Q_PROPERTY(CommunityFeed *feed READ feed CONSTANT FINAL)
    // Open offers by others, then the household's own open offers: [{id, sentence, who, when, energy, price,
    // remaining, remainingKwh, mine}]
    Q_PROPERTY(QVariantList offers READ offers NOTIFY changed FINAL)
    // The household's trades: [{sentence, status}]
    Q_PROPERTY(QVariantList trades READ trades NOTIFY changed FINAL)
    // Grant requests: [{id, sentence, approvalsText, status, mine, canApprove, canWithdraw, canPay, why}]
    Q_PROPERTY(QVariantList grants READ grants NOTIFY changed FINAL)
    // The reputation board: [{rank, name, points, me}]; names only of members who chose to show theirs.
    Q_PROPERTY(QVariantList board READ board NOTIFY changed FINAL)
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged FINAL)
    // The reputation window of the configuration in force, in days.
    Q_PROPERTY(int reputationDays READ reputationDays NOTIFY changed FINAL)
    // The actions of this session, newest first: [{text, state ("pending", "done", "refused", "failed"),
    // reason}]
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged FINAL)
    Q_PROPERTY(bool hasPending READ hasPending NOTIFY actionsChanged FINAL)
    // Defaults for the offer form: the next full hour today (or tomorrow), "HH:mm".
    Q_PROPERTY(QString suggestedStart READ suggestedStart NOTIFY changed FINAL)
    Q_PROPERTY(QString priceCapText READ priceCapText NOTIFY changed FINAL)

public:
    // config: where the household's board name is kept (site setting kDisplayNameKey); may be null.
    // clock: the household's, for the checks between snapshots; without one, the latest snapshot's time.
    explicit CommunityModel(config::ConfigStore *config = nullptr, const Clock *clock = nullptr,
                            QObject *parent = nullptr);
    ~CommunityModel() override;

    static constexpr QLatin1StringView kDisplayNameKey{"community_display_name"};

    // The app: snapshots from the ledger's summaries, actions through its worker.
    void attachLedger(LedgerService &ledger);
    // What attachLedger wires, for tests and the demo: where signed entries go, and where the board name
    // goes.
    using Publisher = std::function<void(quint64 request, const ledger::Payload &payload)>;
    using NamePublisher = std::function<void(const QString &name)>;
    void setPublisher(Publisher publisher, NamePublisher namePublisher, const QString &communityName);
    void setSnapshot(std::shared_ptr<const CommunitySnapshot> snapshot);
    // The publisher's answer to request: the entry's hash (hex), or why it was not stored.
    void publishFinished(quint64 request, const QString &entryHash, const QString &error);

    [[nodiscard]] bool hasCommunity() const { return m_hasCommunity; }
    [[nodiscard]] bool joined() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString communityName() const { return m_communityName; }
    [[nodiscard]] int memberCount() const;
    [[nodiscard]] double balance() const;
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] double poolBalance() const;
    [[nodiscard]] QString poolText() const;
    [[nodiscard]] QString poolFlowsText() const;
    [[nodiscard]] bool steward() const;
    [[nodiscard]] CommunityFeed *feed() { return &m_feed; }
    [[nodiscard]] QVariantList offers() const;
    [[nodiscard]] QVariantList trades() const;
    [[nodiscard]] QVariantList grants() const;
    [[nodiscard]] QVariantList board() const;
    [[nodiscard]] QString displayName() const { return m_displayName; }
    [[nodiscard]] int reputationDays() const
    {
        return m_snapshot ? m_snapshot->config.reputationDays : currency::CommunityConfig{}.reputationDays;
    }
    [[nodiscard]] QVariantList actions() const;
    [[nodiscard]] bool hasPending() const;
    [[nodiscard]] QString suggestedStart() const;
    [[nodiscard]] QString priceCapText() const;

    // Offer: day 0 today, 1 tomorrow (community time); start and end "HH:mm" on the slot grid (end after
    // start; "00:00" as end is midnight); energy in kWh and price in credits per kWh as typed (the locale's
    // or a dot decimal point); maxHops 0-4. offerProblem says why not, in words, or "".
    Q_INVOKABLE QString offerProblem(int day, const QString &start, const QString &end,
                                     const QString &energyKwh, const QString &price, int maxHops = 4) const;
    Q_INVOKABLE bool offer(int day, const QString &start, const QString &end, const QString &energyKwh,
                           const QString &price, int maxHops = 4);
    Q_INVOKABLE QString acceptProblem(const QString &offerId, const QString &energyKwh) const;
    Q_INVOKABLE bool accept(const QString &offerId, const QString &energyKwh);
    Q_INVOKABLE QString contributeProblem(const QString &credits) const;
    Q_INVOKABLE bool contribute(const QString &credits);
    Q_INVOKABLE QString grantProblem(const QString &purpose, const QString &credits) const;
    Q_INVOKABLE bool requestGrant(const QString &purpose, const QString &credits);
    // approve: true to approve, false to withdraw the household's approval.
    Q_INVOKABLE QString approvalProblem(const QString &grantId, bool approve) const;
    Q_INVOKABLE bool approve(const QString &grantId, bool approve);
    Q_INVOKABLE QString paymentProblem(const QString &grantId) const;
    Q_INVOKABLE bool pay(const QString &grantId);
    // Shows the household's name on the board (1-40 characters), or, with "", takes it back: stored as a site
    // setting and published. Returns why not, or "".
    Q_INVOKABLE QString setDisplayName(const QString &name);

    // A decimal as typed ("2", "2.5", "2,5" in a comma locale) in thousandths, exactly; nullopt if it is not
    // one or has more than three decimals.
    [[nodiscard]] static std::optional<std::int64_t> parseThousandths(const QString &text);
    [[nodiscard]] const CommunitySnapshot *snapshot() const { return m_snapshot.get(); }
    // The feed item's sentence in the current language.
    [[nodiscard]] QString sentence(const FeedItem &item) const;
    [[nodiscard]] QString author(const ledger::PublicKey &key) const;
    [[nodiscard]] QString when(std::int64_t ms) const;
    [[nodiscard]] QString actionProblem(const ActionCheck &check) const;
    [[nodiscard]] static QString refusalInWords(ledger::RefusalCode code);

    void relocalize();

signals:
    void changed();
    void displayNameChanged();
    void actionsChanged();

private:
    struct Action
    {
        quint64 request = 0;
        QString text = {};
        QString state = {}; // pending, done, refused, failed
        QString reason = {};
        std::optional<ledger::Hash> entry = {};
    };
    [[nodiscard]] std::optional<ledger::TradeOffer> parseOffer(int day, const QString &start,
                                                               const QString &end, const QString &energyKwh,
                                                               const QString &price, int maxHops,
                                                               QString *problem) const;
    [[nodiscard]] const OfferView *findOffer(const QString &id) const;
    [[nodiscard]] const GrantView *findGrant(const QString &id) const;
    bool publish(const ledger::Payload &payload, const QString &description);
    void resolveActions();
    [[nodiscard]] QString household(const ledger::PublicKey &key) const;
    [[nodiscard]] QString slotRange(std::int64_t firstMs, std::int64_t lastMs) const;
    [[nodiscard]] QString credits(std::int64_t milliCredits, bool sign = false) const;
    [[nodiscard]] QString energy(std::int64_t wh) const;
    [[nodiscard]] QString price(std::int64_t milliCreditsPerKWh) const;
    [[nodiscard]] QDateTime local(std::int64_t ms) const;

    [[nodiscard]] std::int64_t nowMs() const;

    config::ConfigStore *m_config = nullptr;
    const Clock *m_clock = nullptr;
    std::shared_ptr<const CommunitySnapshot> m_snapshot;
    CommunityFeed m_feed;
    Publisher m_publisher;
    NamePublisher m_namePublisher;
    bool m_hasCommunity = false;
    QString m_communityName;
    QString m_displayName;
    quint64 m_nextRequest = 1;
    QList<Action> m_actions;
};

} // namespace commonwatt::app
