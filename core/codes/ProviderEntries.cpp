// SPDX-License-Identifier: GPL-3.0-or-later
// Provider catalogs (data). Facts from the providers' postmaster pages as collected in
// ../shared/seeds/004_*.txt; texts are our own words.
#include <QtGlobal>

#include "ProviderCatalog.h"

namespace Codes {

namespace {

using R = Reason;
using S = Severity;

const std::vector<ProviderEntry> kEntries = {
    {"gmail", nullptr, nullptr, "5.7.26", "dmarc", R::AuthFailure, S::Hard, false, CheckSpf | CheckDkim | CheckDmarc,
     {QT_TRANSLATE_NOOP("Codes", "Gmail: rejected by the sender domain's DMARC policy"),
      QT_TRANSLATE_NOOP("Codes", "Gmail rejected the message because it failed DMARC and the From domain publishes p=reject."),
      {QT_TRANSLATE_NOOP("Codes", "Neither SPF nor DKIM passed in alignment with the From domain.")},
      {QT_TRANSLATE_NOOP("Codes", "Sign with DKIM using the From domain and make SPF cover every sending IP.")}}},
};

} // namespace

const std::vector<ProviderEntry> &providerEntries()
{
    return kEntries;
}

} // namespace Codes
