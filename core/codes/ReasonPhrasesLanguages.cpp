// SPDX-License-Identifier: GPL-3.0-or-later
// The same reasons in German, French, Spanish, Italian, Portuguese, Dutch, Russian and
// Japanese, and the few Polish, Czech and Chinese texts found with a source. Where a server's own
// localized wording is documented the source names it (a provider's page, a vendor's UI strings,
// a bounce quoted in a public issue or in another bounce handler's phrase list, which its
// author collected from real bounces); entries marked "translation" are this project's
// rendering of the standard English wording (RFC 3463 subject texts, Exchange/Postfix phrases)
// as localized servers and webmail providers commonly phrase it: they are not quoted from one
// cited server and are kept only as a fallback. Phrases are lower case and whitespace-folded
// as ReasonText::foldText() leaves the text (accents are kept, so "ü" and "ue" spellings are
// separate entries, each only where it was seen).
#include "ReasonPhrases.h"

namespace Codes {

namespace {

using R = Reason;
constexpr PhraseWeight S = PhraseWeight::Strong;
constexpr PhraseWeight W = PhraseWeight::Weak;

constexpr const char *Domino = "HCL/IBM Domino localized router texts (Sisimai Lhost/Domino.pm, Lhost/Notes.pm)";
constexpr const char *SisUU = "Sisimai Reason/UserUnknown.pm index (localized server replies it collected)";
constexpr const char *Orange = "Orange / La Poste SMTP codes OFR/LPN (Sisimai Rhost/FrancePTT.pm; postmastery.com)";
constexpr const char *Tr = "translation";
// Sources of the wordings below (where each text was seen; tests/data/codes/reply-texts.tsv
// carries the full replies).
constexpr const char *WebDe = "WEB.DE replies as listed by sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' and newsroom.web.de 2015-03-28";
constexpr const char *Telekom = "T-Online bounce texts quoted by telekom.de help 'Fehler Mailer-Daemon'";
constexpr const char *ExoDe = "Exchange Online NDR (de) as received, github.com/corona-warn-app/cwa-quicktest-onboarding/issues/47";
constexpr const char *ExoDeUnknown = "Exchange Online NDR (de) as received, github.com/fschulze/jumpnbump/issues/3";
constexpr const char *ExoFr = "Exchange Online NDR (fr) as received, github.com/ForumPostAssistant/FPA/issues/136";
constexpr const char *ExFrUi = "Exchange NDR text (fr-FR), Microsoft UI strings at uitranslation.com term 04a5485eb88d";
constexpr const char *GmailDe = "Gmail DSN (de), added to Sisimai's UserUnknown list in github.com/sisimai/rb-sisimai/issues/366";
constexpr const char *Cfortune = "cfortune/PHP-Bounce-Handler bounce_responses.php (texts seen in real bounces)";
constexpr const char *Vda = "Vda\\BounceProcessing BounceClassifier.php source rules (WP.pl/o2.pl replies)";
constexpr const char *Typo3 = "TYPO3 direct_mail Readmail reason_text (texts of real returns), as in WEBprofil wp_directmailreturn";
constexpr const char *Sympa = "Sympa src/lib/BounceMessage.pm %equiv (texts of real NDRs)";
constexpr const char *Latinmail = "latinmail.com reply quoted in github.com/sisimai/p5-sisimai/issues/66";
constexpr const char *Fml = "fml8 Mail::Bounce::Language::Japanese error examples (jp-r.ne.jp, pakeo.ne.jp, freeserve.ne.jp)";
constexpr const char *Dti = "DTI error mail example, dream.jp/support/techinfo/mail/error/error05.html";
constexpr const char *QQ = "QQ Mail bounce keywords, qqmailbox.com/transceivers/169.html";
constexpr const char *FrancePtt = "La Poste LPN codes (Sisimai Rhost/FrancePTT.pm; postmastery.com)";

const std::vector<ReasonPhrase> kLanguages = {
    // --- German (de)
    {R::UserUnknown, "benutzer unbekannt", Tr, "", S},
    {R::UserUnknown, "unbekannter benutzer", Tr, "", S},
    {R::UserUnknown, "empfänger unbekannt", Tr, "", S},
    {R::UserUnknown, "empfaenger unbekannt", Tr, "", S},
    {R::UserUnknown, "unbekannter empfänger", Tr, "", S},
    {R::UserUnknown, "postfach existiert nicht", Tr, "", S},
    {R::UserUnknown, "mailbox existiert nicht", Tr, "", S},
    {R::UserUnknown, "adresse existiert nicht", Tr, "", S},
    {R::UserUnknown, "e-mail-adresse wurde nicht gefunden", Tr, "", S},
    {R::UserUnknown, "ungültige empfängeradresse", Tr, "", S},
    {R::UserUnknown, "postfach nicht gefunden", Tr, "", S},
    {R::UserUnknown, "mailbox nicht gefunden", Tr, "", S},
    {R::MailboxFull, "postfach ist voll", Tr, "", S},
    {R::MailboxFull, "postfach voll", Tr, "", S},
    {R::MailboxFull, "speicherplatz * überschritten", Tr, "", S},
    {R::MailboxFull, "kontingent überschritten", Tr, "", S},
    {R::HostUnknown, "domain existiert nicht", Tr, "", S},
    {R::HostUnknown, "domäne existiert nicht", Tr, "", S},
    {R::MesgTooBig, "nachricht ist zu groß", Tr, "", S},
    {R::MesgTooBig, "nachricht zu groß", Tr, "", S},
    {R::SpamDetected, "als spam erkannt", Tr, "", S},
    {R::SpamDetected, "spamverdacht", Tr, "", S},
    {R::Suspend, "postfach ist gesperrt", Tr, "", S},
    {R::Suspend, "konto deaktiviert", Tr, "", S},
    {R::Suspend, "konto gesperrt", Tr, "", S},
    {R::Blocked, "ip-adresse ist gesperrt", Tr, "", S},
    {R::RequirePtr, "kein ptr-eintrag", Tr, "", S},
    {R::PolicyViolation, "richtlinien", Tr, "", W},
    {R::Expired, "zustellung * aufgegeben", Tr, "", S},
    {R::Expired, "konnte nicht zugestellt werden * tage", Tr, "", S},
    // German wordings seen in real replies and NDRs (WEB.DE's and T-Online's are bilingual).
    {R::UserUnknown, "benutzer nicht bekannt", WebDe, "", S},
    {R::MailboxFull, "speichervolumen ueberschritten", WebDe, "", S},
    {R::MailboxFull, "zuviele mails auf dem server", WebDe, "", S},
    {R::MailboxFull, "zu viele mails auf dem server", WebDe, "", S},
    {R::UserUnknown, "teilnehmer existiert nicht", Telekom, "", S},
    {R::MailboxFull, "mailbox voll", Telekom, "", S},
    {R::UserUnknown, "adressat unbekannt", Cfortune, "", S},
    {R::MailboxFull, "postfach des empfängers ist voll", ExoDe, "", S},
    {R::UserUnknown, "weil die adresse nicht gefunden wurde", GmailDe, "", S},
    {R::UserUnknown, "wurde nicht in * gefunden", ExoDeUnknown, "", S},
    // --- French (fr)
    {R::UserUnknown, "utilisateur inconnu", SisUU, "", S},
    {R::UserUnknown, "destinataire inconnu", Cfortune, "", S}, // "Destinataire inconnu ou boite aux lettres desactivee"
    {R::UserUnknown, "adresse d au moins un destinataire invalide", Orange, "", S},
    {R::UserUnknown, "adresse inexistante", Tr, "", S},
    {R::UserUnknown, "boîte aux lettres inexistante", Tr, "", S},
    {R::UserUnknown, "boite aux lettres inexistante", Tr, "", S},
    {R::UserUnknown, "non répertorié dans l'annuaire domino", Domino, "", S},
    {R::UserUnknown, "compte inexistant", Tr, "", S},
    {R::MailboxFull, "boite du destinataire pleine", Orange, "", S},
    {R::MailboxFull, "boîte aux lettres pleine", Tr, "", S},
    {R::MailboxFull, "boite aux lettres pleine", Tr, "", S},
    {R::MailboxFull, "quota dépassé", Tr, "", S},
    {R::Suspend, "boite du destinataire archivee", Orange, "", S},
    {R::Suspend, "le compte du destinataire est bloque", Orange, "", S},
    {R::Suspend, "compte désactivé", Tr, "", S},
    {R::HostUnknown, "domaine inexistant", Tr, "", S},
    {R::HostUnknown, "domaine inconnu", Tr, "", S},
    {R::MesgTooBig, "message trop volumineux", Tr, "", S},
    {R::MesgTooBig, "message trop gros", Tr, "", S},
    {R::SpamDetected, "considéré comme spam", Tr, "", S},
    {R::SpamDetected, "pour incident de spam", Orange, "", S},
    {R::Blocked, "adresse ip source bloquee", Orange, "", S},
    {R::Blocked, "service refuse. veuillez essayer plus tard", Orange, "", S},
    {R::TooManyConn, "trop de connexions", Orange, "", S},
    {R::SecurityError, "authentification requise", Orange, "", S},
    {R::SecurityError, "code d'authentification invalide", Orange, "", S},
    {R::SpamDetected, "mail rejete", Orange, "", S},
    {R::MailboxFull, "boîte aux lettres du destinataire est pleine", ExoFr, "", S},
    {R::HasMoved, "l'adresse électronique du destinataire a changé", ExFrUi, "", S},
    {R::AuthFailure, "verification dmarc en echec", FrancePtt, "", S},
    {R::UserUnknown, "non recensé dans le carnet d'adresses public", Sympa, "", S}, // Lotus Notes (fr)
    {R::UserUnknown, "le nom du destinataire n'est pas reconnu", Sympa, "", S},     // Exchange 5.5 (fr)
    // --- Spanish (es)
    {R::UserUnknown, "no existe dicha persona", SisUU, "", S},
    {R::UserUnknown, "no existe ese usuario", SisUU, "", S},
    {R::UserUnknown, "no se encuentra en el directorio de domino", Domino, "", S},
    {R::UserUnknown, "usuario desconocido", Tr, "", S},
    {R::UserUnknown, "usuario no existe", Tr, "", S},
    {R::UserUnknown, "el usuario no existe", Tr, "", S},
    {R::UserUnknown, "destinatario desconocido", Latinmail, "", S}, // "Destinatario desconocido o mailbox lleno"
    {R::UserUnknown, "dirección no existe", Tr, "", S},
    {R::UserUnknown, "buzón no existe", Tr, "", S},
    {R::MailboxFull, "buzón lleno", Tr, "", S},
    {R::MailboxFull, "buzon lleno", Tr, "", S},
    {R::MailboxFull, "cuota excedida", Tr, "", S},
    {R::MailboxFull, "buzón está lleno", Tr, "", S},
    {R::HostUnknown, "dominio no existe", Tr, "", S},
    {R::MesgTooBig, "mensaje demasiado grande", Tr, "", S},
    {R::SpamDetected, "considerado spam", Tr, "", S},
    {R::Suspend, "cuenta deshabilitada", Tr, "", S},
    {R::Suspend, "cuenta suspendida", Tr, "", S},
    {R::Suspend, "el usuario esta en estado: inactivo", Cfortune, "", S},
    {R::Suspend, "ha expirado por falta de uso", Cfortune, "", S},
    {R::Suspend, "cuenta no activa", Typo3, "", S},
    {R::MailboxFull, "temporalmente sobre utilizada", Typo3, "", S},
    // Weak: the latinmail reply says "unknown recipient or mailbox full" in one breath.
    {R::MailboxFull, "mailbox lleno", Typo3, "", W},
    {R::NetworkError, "no es posible conectar correctamente", Typo3, "", S},
    // --- Italian (it)
    {R::UserUnknown, "nessun utente simile in questo indirizzo", SisUU, "", S},
    {R::UserUnknown, "utente sconosciuto", Tr, "", S},
    {R::UserUnknown, "utente inesistente", Tr, "", S},
    {R::UserUnknown, "destinatario sconosciuto", Cfortune, "", S}, // "... o mailbox disatttivata"
    {R::UserUnknown, "indirizzo inesistente", Cfortune, "", S},
    {R::UserUnknown, "casella inesistente", Tr, "", S},
    {R::MailboxFull, "casella piena", Tr, "", S},
    {R::MailboxFull, "casella di posta piena", Tr, "", S},
    {R::MailboxFull, "quota superata", Tr, "", S},
    {R::HostUnknown, "dominio inesistente", Tr, "", S},
    {R::MesgTooBig, "messaggio troppo grande", Tr, "", S},
    {R::SpamDetected, "considerato spam", Tr, "", S},
    {R::Suspend, "casella disabilitata", Tr, "", S},
    {R::UserUnknown, "destin. sconosciuto", Cfortune, "", S},
    {R::UserUnknown, "destinatario errato", Cfortune, "", S},
    {R::Suspend, "bloccato per inutilizzo", Cfortune, "", S},
    // --- Portuguese (pt)
    {R::UserUnknown, "usuário desconhecido", Tr, "", S},
    {R::UserUnknown, "usuario desconhecido", Tr, "", S},
    {R::UserUnknown, "utilizador desconhecido", Tr, "", S},
    {R::UserUnknown, "usuário inexistente", Tr, "", S},
    {R::UserUnknown, "endereço inexistente", Tr, "", S},
    {R::UserUnknown, "destinatário desconhecido", Tr, "", S},
    {R::UserUnknown, "conta não existe", Tr, "", S},
    {R::MailboxFull, "caixa postal cheia", Tr, "", S},
    {R::MailboxFull, "caixa de correio cheia", Tr, "", S},
    {R::MailboxFull, "cota excedida", Tr, "", S},
    {R::HostUnknown, "domínio inexistente", Tr, "", S},
    {R::MesgTooBig, "mensagem muito grande", Tr, "", S},
    {R::SpamDetected, "identificada como spam", Tr, "", S},
    {R::Suspend, "conta desativada", Tr, "", S},
    // --- Dutch (nl)
    {R::UserUnknown, "gebruiker onbekend", Tr, "", S},
    {R::UserUnknown, "onbekende gebruiker", Tr, "", S},
    {R::UserUnknown, "ontvanger onbekend", Tr, "", S},
    {R::UserUnknown, "onbekende ontvanger", Tr, "", S},
    {R::UserUnknown, "adres bestaat niet", Tr, "", S},
    {R::UserUnknown, "mailbox bestaat niet", Tr, "", S},
    {R::MailboxFull, "mailbox is vol", Tr, "", S},
    {R::MailboxFull, "postvak is vol", Tr, "", S},
    {R::MailboxFull, "quotum overschreden", Tr, "", S},
    {R::HostUnknown, "domein bestaat niet", Tr, "", S},
    {R::MesgTooBig, "bericht is te groot", Tr, "", S},
    {R::SpamDetected, "als spam aangemerkt", Tr, "", S},
    // --- Russian (ru)
    {R::UserUnknown, "пользователь не найден", Tr, "", S},
    {R::UserUnknown, "нет такого пользователя", Tr, "", S},
    {R::UserUnknown, "такого ящика нет", Tr, "", S},
    {R::UserUnknown, "неизвестный пользователь", Tr, "", S},
    {R::UserUnknown, "адрес не существует", Tr, "", S},
    {R::UserUnknown, "почтовый ящик не существует", Tr, "", S},
    {R::UserUnknown, "ящик не существует", Tr, "", S},
    {R::UserUnknown, "получатель не найден", Tr, "", S},
    {R::MailboxFull, "ящик переполнен", Tr, "", S},
    {R::MailboxFull, "почтовый ящик переполнен", Tr, "", S},
    {R::MailboxFull, "превышен * квот", Tr, "", S},
    {R::Suspend, "ящик заблокирован", Tr, "", S},
    {R::Suspend, "ящик отключен", Tr, "", S},
    {R::Suspend, "аккаунт заблокирован", Tr, "", S},
    {R::HostUnknown, "домен не существует", Tr, "", S},
    {R::HostUnknown, "домен не найден", Tr, "", S},
    {R::MesgTooBig, "слишком большое", Tr, "", S},
    {R::MesgTooBig, "превышен размер письма", Tr, "", S},
    {R::SpamDetected, "похоже на спам", Tr, "", S},
    {R::SpamDetected, "подозрение на спам", Tr, "", S},
    {R::SpamDetected, "распознано как спам", Tr, "", S},
    {R::Speeding, "слишком много писем", Tr, "", S},
    // --- Japanese (ja)
    {R::UserUnknown, "domino ディレクトリには見つかりません", Domino, "", S},
    {R::UserUnknown, "ディレクトリのリストにありません", Domino, "", S},
    {R::UserUnknown, "宛先が見つかりません", Tr, "", S},
    {R::UserUnknown, "ユーザーが存在しません", Tr, "", S},
    {R::UserUnknown, "ユーザが存在しません", Tr, "", S},
    {R::UserUnknown, "存在しないユーザ", Tr, "", S},
    {R::UserUnknown, "存在しないメールアドレス", Tr, "", S},
    {R::UserUnknown, "宛先不明", Tr, "", S},
    {R::UserUnknown, "該当するユーザーがいません", Tr, "", S},
    {R::MailboxFull, "メールボックスがいっぱい", Tr, "", S},
    {R::MailboxFull, "容量を超え", Tr, "", S},
    {R::MailboxFull, "容量オーバー", Tr, "", S},
    {R::HostUnknown, "ドメインが存在しません", Tr, "", S},
    {R::MesgTooBig, "メールサイズが大きすぎ", Tr, "", S},
    {R::MesgTooBig, "サイズ制限を超え", Tr, "", S},
    {R::SpamDetected, "迷惑メール", Tr, "", S},
    {R::Filtered, "受信拒否", Tr, "", S},
    {R::UserUnknown, "送信先e-mailアドレスの不一致", Fml, "", S},
    {R::UserUnknown, "あなたが送ろうとしたアドレス*は、登録されていません", Fml, "", S},
    {R::MailboxFull, "メールボックスが制限値に達して", Fml, "", S},
    {R::UserUnknown, "のユーザーは登録されていません", Dti, "", S},
    // --- Polish (pl): WP.pl / o2.pl replies are bilingual
    {R::UserUnknown, "nie ma takiego konta", Vda, "", S},
    {R::UserUnknown, "podane konto nie istnieje", Vda, "", S},
    {R::Suspend, "konto jest zablokowane administracyjnie", Vda, "", S},
    {R::SpamDetected, "odrzucona przez system antyspamowy", Cfortune, "", S},
    // --- Chinese (zh): QQ Mail
    {R::UserUnknown, "该用户不存在", QQ, "", S},
    {R::UserUnknown, "该用户未开通qq邮箱", QQ, "", S},
    {R::MailboxFull, "收件人空间不足", QQ, "", S},
};

} // namespace

std::vector<ReasonPhrase> languagePhrases()
{
    return kLanguages;
}

} // namespace Codes
