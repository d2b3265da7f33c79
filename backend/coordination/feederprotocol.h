// Valley filling over MQTT (docs/coordination.md, "Over MQTT"): households send their proposals sealed to
// the feeder's aggregator, which broadcasts only the aggregate, round after round, with a deadline per round
// and fallbacks for households that are silent or late.
#pragma once

#include "valleyfilling.h"

#include <commonwatt/mqttclient.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace commonwatt::coordination {

using MemberId = std::array<unsigned char, 32>; // a member's public key (or any stable 32-byte id)

// The aggregator's X25519 key pair for sealed proposals (libsodium crypto_box).
struct AggregatorKeys
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 32 bytes; never logged
    [[nodiscard]] static AggregatorKeys generate();
};

// A household's proposal for one round: its planned net load in whole watts.
struct Proposal
{
    qint64 session = 0; // the horizon's start, epoch seconds
    int round = 0;
    MemberId member{};
    std::vector<qint32> netW;
};

// A net load in whole watts, as proposals carry it (each slot rounded to the nearest watt).
[[nodiscard]] std::vector<qint32> proposalWatts(const std::vector<double> &netKw);

// Sealed for the aggregator: "CWFP", version 1, session, round, member, slot count, watts (little-endian).
[[nodiscard]] QByteArray sealProposal(const Proposal &proposal, const QByteArray &aggregatorPublicKey);
// nullopt, with `error` saying why, for anything that is not a well-formed proposal sealed to these keys.
[[nodiscard]] std::optional<Proposal> openProposal(const QByteArray &sealed, const AggregatorKeys &keys,
                                                   QString *error = nullptr);

// The aggregator's broadcast (retained JSON): the aggregate of the proposals counted for `round - 1`, and
// either the call for round `round` or, when final, the end of coordination.
struct RoundAnnouncement
{
    qint64 session = 0;
    int round = 0;
    int households = 0;           // proposals counted in the aggregate
    std::vector<qint64> aggregateW;
    bool final = false;
    // On the final announcement: members whose counted proposal is of an earlier round than the last
    // (theirs came late), with that round. Each runs the plan of the round counted.
    QHash<QByteArray, int> countedEarlier; // key: member id, hex
};

[[nodiscard]] QByteArray encodeAnnouncement(const RoundAnnouncement &announcement);
[[nodiscard]] std::optional<RoundAnnouncement> decodeAnnouncement(const QByteArray &json, QString *error = nullptr);

struct FeederTopics
{
    QString prefix; // e.g. commonwatt/<community>/feeder/<feeder>
    [[nodiscard]] QString round() const { return prefix + QStringLiteral("/round"); }
    [[nodiscard]] QString proposal(const MemberId &member) const;
    [[nodiscard]] QString proposals() const { return prefix + QStringLiteral("/proposal/+"); }
};

struct AggregatorOptions
{
    // Round 0 closes early once this many proposals arrived (0: at its deadline); each later round once
    // every household that answered the previous round in time has answered.
    int expectedHouseholds = 0;
    int roundTimeoutMs = 5000; // otherwise at this deadline, counting each household's latest proposal
    int maxRounds = 10;
    double tolerance = 1e-3;    // as ValleyFillingOptions::tolerance
};

// Collects sealed proposals, closes rounds and broadcasts aggregates. Lives on its MQTT client's thread.
class FeederAggregator : public QObject
{
    Q_OBJECT
public:
    FeederAggregator(MqttClient &mqtt, FeederTopics topics, AggregatorKeys keys, AggregatorOptions options,
                     QObject *parent = nullptr);

    // Starts collecting round 0 (the independent plans) for the horizon starting at `session`.
    void start(qint64 session, int slotCount);

    [[nodiscard]] const std::vector<RoundRecord> &rounds() const { return m_rounds; }
    [[nodiscard]] int rejected() const { return m_rejected; }

Q_SIGNALS:
    void roundClosed(const commonwatt::coordination::RoundRecord &record);
    void finished(const commonwatt::coordination::RoundAnnouncement &final);

private:
    struct Counted
    {
        int round = -1;
        std::vector<qint32> netW;
    };
    void onMessages(const QList<MqttMessage> &messages);
    void closeRound();
    void maybeCloseEarly();

    MqttClient &m_mqtt;
    const FeederTopics m_topics;
    const AggregatorKeys m_keys;
    const AggregatorOptions m_options;
    qint64 m_session = 0;
    int m_slots = 0;
    int m_round = 0; // the round being collected
    bool m_done = false;
    QHash<QByteArray, Counted> m_latest;  // by member id: the latest proposal received
    QHash<QByteArray, Counted> m_counted; // by member id: what the last closed round counted
    int m_arrivedThisRound = 0;
    QSet<QByteArray> m_waitingFor; // members that answered the last round in time and not yet this one
    int m_expectedThisRound = 0;
    int m_rejected = 0;
    QTimer m_deadline;
    QElapsedTimer m_roundClock;
    std::vector<RoundRecord> m_rounds;
};

// One household's side: proposes its independent plan, re-plans on every call for a round (off the MQTT
// thread, on the global thread pool) and settles on the plan the final aggregate counted.
class FeederParticipant : public QObject
{
    Q_OBJECT
public:
    FeederParticipant(MqttClient &mqtt, FeederTopics topics, QByteArray aggregatorPublicKey, MemberId member,
                      CoordinatedHousehold household, ValleyFillingOptions options, QObject *parent = nullptr);
    ~FeederParticipant() override;

    // Subscribes to the announcements and sends round 0.
    void start(qint64 session);

    [[nodiscard]] bool settled() const { return m_settled; }
    // The plan to run: the one the final aggregate counted; until then (and if the feeder stays silent)
    // the latest proposal's.
    [[nodiscard]] const scheduler::Plan &plan() const;
    [[nodiscard]] const CoordinatedHousehold &household() const { return m_household; }
    [[nodiscard]] int lastRound() const { return m_proposedRound; }

Q_SIGNALS:
    void settledChanged();

private:
    void onAnnouncement(const QList<MqttMessage> &messages);
    void propose(int round);
    void computeFor(const RoundAnnouncement &announcement);

    MqttClient &m_mqtt;
    const FeederTopics m_topics;
    const QByteArray m_aggregatorKey;
    const MemberId m_member;
    CoordinatedHousehold m_household;
    const ValleyFillingOptions m_options;
    qint64 m_session = 0;
    int m_proposedRound = -1;
    bool m_computing = false;
    std::optional<RoundAnnouncement> m_pending; // a call that arrived while computing
    std::vector<scheduler::Plan> m_planByRound;
    int m_settledRound = -1;
    bool m_settled = false;
    struct Mailbox; // how a finished computation reaches this object, or nothing once it is gone
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace commonwatt::coordination
