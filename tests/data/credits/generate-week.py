#!/usr/bin/env python3
"""Writes week-readings.csv and week-signals.csv: a generated week of 15-minute slots (672) for one household
with PV, a battery, a validated hop split and a grid event, for tst_creditscli. Deterministic (seed 7), so
the committed files can be regenerated and compared: python3 generate-week.py."""
import math
import random

rng = random.Random(7)
START = 1717200000  # 2024-06-01T00:00:00Z
SLOT = 900
readings = ["slot_start,import_wh,export_wh,pv_wh,fossil_wh,storage_charge_wh,storage_discharge_wh,load_wh,"
            "export_h0_wh,export_h1_wh,export_h2_wh,export_h3_wh,export_h4_wh"]
signals = ["slot_start,g,s,r,event_level"]
for i in range(7 * 96):
    t = START + i * SLOT
    stamp = __import__("time").strftime("%Y-%m-%dT%H:%M:%SZ", __import__("time").gmtime(t))
    hour = (i % 96) / 4
    sun = max(0.0, math.sin(math.pi * (hour - 5) / 15)) if 5 <= hour <= 20 else 0.0
    pv = int(sun * 1200 * rng.uniform(0.6, 1.0))
    load = int(80 + 150 * rng.random() + (250 if 17 <= hour < 21 else 0))
    charge = min(max(0, pv - load), 400) if 9 <= hour < 15 else 0
    discharge = min(load, 300) if 18 <= hour < 22 else 0
    fossil = 150 if i % 96 == 70 and i // 96 == 3 else 0  # one generator test run
    balance = pv + fossil + discharge - load - charge
    imp, exp = (0, balance) if balance >= 0 else (-balance, 0)
    h0 = exp * 6 // 10
    h1 = exp * 3 // 10
    h2 = exp - h0 - h1
    readings.append(f"{stamp},{imp},{exp},{pv},{fossil},{charge},{discharge},{load},{h0},{h1},{h2},0,0")
    g = int(250 + 200 * (1 - sun) + rng.randint(-40, 40))
    s = round(max(-1, min(1, (0.6 if 17 <= hour < 21 else 0) - 0.5 * sun + rng.uniform(-0.2, 0.2))), 3)
    r = round(max(0, min(1, 1 - g / 800)), 3)
    event = 2 if i // 96 == 4 and 72 <= i % 96 < 80 else 0
    signals.append(f"{stamp},{g},{s:.3f},{r:.3f},{event}")
with open("week-readings.csv", "w") as f:
    f.write("\n".join(readings) + "\n")
with open("week-signals.csv", "w") as f:
    f.write("\n".join(signals) + "\n")
