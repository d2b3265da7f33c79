// The deterministic ingest of storecrash_child, shared with tst_storecrash so that the test can tell exactly
// which readings a killed child had committed.
#pragma once

#include <QtGlobal>

namespace storecrash {

inline constexpr int kChannels = 4;
inline constexpr qint64 kStartMs = 1'700'000'000'000;

// Reading number k goes to channel index k % kChannels, one second apart per round of channels.
inline qint64 timestampOf(qint64 k)
{
    return kStartMs + (k / kChannels) * 1000;
}

inline qint64 indexOf(int channelIndex, qint64 timestampMs)
{
    return (timestampMs - kStartMs) / 1000 * kChannels + channelIndex;
}

inline double valueOf(qint64 k)
{
    return static_cast<double>(k % 9973) * 0.25 + static_cast<double>(k / 9973);
}

} // namespace storecrash
