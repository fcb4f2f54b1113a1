// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "BounceAnalysis.h"
#include "TextDecoding.h"

namespace Dsn::GoogleGroupsNotice {

// Google Groups answers a post it refuses with a notice from Gmail's mailer-daemon, written in
// the language of the sender's account: "the group you tried to contact (NAME) may not exist,
// or you may not have permission to post messages to the group", followed by the four possible
// causes as a bulleted list (misspelled name, group deleted, join first, not open for posting).
// It carries X-Failed-Recipients with the group address and no SMTP reply. Sisimai
// (Lhost/GoogleGroups) recognises it by the same marks and calls the reason "rejected".
bool matches(const QList<RawHeader> &top, const QString &humanText);

// Sets reason "rejected" (with its evidence) on the recipients the notice left undecided.
void applyTo(BounceAnalysis &a);

} // namespace Dsn::GoogleGroupsNotice
