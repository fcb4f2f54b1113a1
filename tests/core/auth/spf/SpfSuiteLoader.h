// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "FakeResolver.h"

// Loads one scenario of the OpenSPF suite (converted to JSON by tests/data/spf/yaml_to_json.py)
// into a FakeResolver, with the suite driver's conventions:
//  - "SPF" (type 99) entries are served as TXT when the name has no TXT entry ("TXT: NONE"
//    counts as a TXT entry that publishes nothing);
//  - "TIMEOUT" makes every type not listed before it time out (as pyspf's test driver does).
void loadSpfScenarioZone(const QJsonObject &zonedata, TestSupport::FakeResolver *resolver);
