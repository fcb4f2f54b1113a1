// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonPhrases.h"

#include <string>

namespace Codes {

namespace {

std::string g_excludedOrigin;

} // namespace

std::vector<ReasonPhrase> mtaPhrases();       // ReasonPhrasesMta.cpp
std::vector<ReasonPhrase> providerPhrases();  // ReasonPhrasesProviders.cpp
std::vector<ReasonPhrase> languagePhrases();  // ReasonPhrasesLanguages.cpp
std::vector<ReasonPhrase> weakPhrases();      // ReasonPhrasesWeak.cpp
std::vector<ReasonPhrase> providerPagePhrases(); // ReasonPhrasesProviderPages.cpp
std::vector<ReasonPhrase> catalogPhrases();   // ReasonPhrasesCatalog.cpp

const std::vector<ReasonPhrase> &reasonPhrases()
{
    static const std::vector<ReasonPhrase> all = [] {
        std::vector<ReasonPhrase> out;
        for (auto part : {catalogPhrases(), mtaPhrases(), providerPhrases(), providerPagePhrases(), languagePhrases(), weakPhrases()})
            out.insert(out.end(), part.begin(), part.end());
        return out;
    }();
    return all;
}

void setExcludedPhraseOrigin(const char *origin)
{
    g_excludedOrigin = origin ? origin : "";
}

const char *excludedPhraseOrigin()
{
    return g_excludedOrigin.c_str();
}

} // namespace Codes
