<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Usage: bouncelens-cli analyze [--json | --jsonl] [--time-limit=SECONDS] [--lang LANG] PATH...
Reads bounce messages (.eml, mbox, Maildir or directory; &quot;-&quot; for standard input)
and prints recipients, status codes, reasons and the returned original.
A message whose analysis takes longer than SECONDS (default 10, 0 for no limit)
or crashes is skipped with an error; the others are still answered.
--lang LANG: language of the readable output (en, de, fr; default: the locale of
LC_ALL, LC_MESSAGES or LANG). JSON stays English.
</source>
        <translation>Usage : bouncelens-cli analyze [--json | --jsonl] [--time-limit=SECONDES] [--lang LANGUE] CHEMIN...
Lit des messages de rebond (.eml, mbox, Maildir ou dossier ; « - » pour l’entrée standard)
et affiche les destinataires, les codes d’état, les raisons et l’original renvoyé.
Un message dont l’analyse dure plus de SECONDES (10 par défaut, 0 pour aucune limite)
ou plante est ignoré avec une erreur ; les autres reçoivent quand même une réponse.
--lang LANGUE : langue de la sortie lisible (en, de, fr ; par défaut : la locale de
LC_ALL, LC_MESSAGES ou LANG). Le JSON reste en anglais.
</translation>
    </message>
    <message>
        <source>Recipients per reason:</source>
        <translation>Destinataires par raison :</translation>
    </message>
    <message>
        <source>Recipients per domain:</source>
        <translation>Destinataires par domaine :</translation>
    </message>
</context>
<context>
    <name>Auth::CheckSections</name>
    <message>
        <source>SPF gives &quot;%1&quot; for %2 sending as %3.</source>
        <translation>SPF donne « %1 » pour %2 envoyant en tant que %3.</translation>
    </message>
    <message>
        <source>If %1 is your server, add &quot;ip%2:%1&quot; to the SPF record of %3.</source>
        <translation>Si %1 est votre serveur, ajoutez « ip%2:%1 » à l’enregistrement SPF de %3.</translation>
    </message>
    <message>
        <source>Whether the answers for %1 are DNSSEC-validated is unknown: the SOA query got no usable answer (%2).</source>
        <translation>Impossible de savoir si les réponses pour %1 sont validées par DNSSEC : la requête SOA n’a obtenu aucune réponse exploitable (%2).</translation>
    </message>
    <message>
        <source>The DNS server %1 validated these answers with DNSSEC (AD bit, RFC 4035 §3.2.3): %2.</source>
        <translation>Le serveur DNS %1 a validé ces réponses avec DNSSEC (bit AD, RFC 4035 §3.2.3) : %2.</translation>
    </message>
    <message>
        <source>No answer for %1 came back DNSSEC-validated (no AD bit): the zone is not signed, or the DNS server %2 does not validate. Only a validating resolver can tell (RFC 4035 §3.2.3).</source>
        <translation>Aucune réponse pour %1 n’est revenue validée par DNSSEC (pas de bit AD) : soit la zone n’est pas signée, soit le serveur DNS %2 ne valide pas. Seul un résolveur validant peut trancher (RFC 4035 §3.2.3).</translation>
    </message>
</context>
<context>
    <name>Auth::DkimFindingFactory</name>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>Aucune clé DKIM n’est publiée sous %1.</translation>
    </message>
    <message>
        <source>Publish the public key of this selector as a TXT record at %1, for example &quot;v=DKIM1; k=rsa; p=&lt;base64 public key&gt;&quot;, or make the mail server sign with a selector that is published.</source>
        <translation>Publiez la clé publique de ce sélecteur comme enregistrement TXT sous %1, par exemple « v=DKIM1; k=rsa; p=&lt;base64 public key&gt; », ou faites signer le serveur de messagerie avec un sélecteur publié.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 could not be looked up (%2); its state is unknown.</source>
        <translation>La clé DKIM sous %1 n’a pas pu être interrogée (%2) ; son état est inconnu.</translation>
    </message>
    <message>
        <source>Retry later or with another DNS server; if it persists, check the domain&apos;s name servers.</source>
        <translation>Réessayez plus tard ou avec un autre serveur DNS ; si cela persiste, vérifiez les serveurs de noms du domaine.</translation>
    </message>
    <message>
        <source>%1 TXT records are published at %2; verifiers may pick any of them.</source>
        <translation>%1 enregistrements TXT sont publiés sous %2 ; les vérificateurs peuvent choisir n’importe lequel.</translation>
    </message>
    <message>
        <source>Keep exactly one DKIM key record per selector; use a new selector for a new key.</source>
        <translation>Gardez exactement un enregistrement de clé DKIM par sélecteur ; utilisez un nouveau sélecteur pour une nouvelle clé.</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1 at %2 common selectors; it may use another selector.</source>
        <translation>Aucune clé DKIM trouvée pour %1 sous %2 sélecteurs courants ; le domaine utilise peut-être un autre sélecteur.</translation>
    </message>
    <message>
        <source>Give the selector from a DKIM-Signature of a sent message (the s= tag) to check its key.</source>
        <translation>Indiquez le sélecteur de la DKIM-Signature d’un message envoyé (la balise s=) pour vérifier sa clé.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key, publish it under a new selector as &quot;v=DKIM1; k=rsa; p=&lt;base64 public key&gt;&quot; and switch signing to that selector.</source>
        <translation>Générez une clé RSA de 2048 bits, publiez-la sous un nouveau sélecteur comme « v=DKIM1; k=rsa; p=&lt;base64 public key&gt; » et basculez la signature sur ce sélecteur.</translation>
    </message>
    <message>
        <source>The RSA key at %1 has only %2 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>La clé RSA sous %1 n’a que %2 bits ; les vérificateurs doivent rejeter les clés de moins de 1024 bits (RFC 8301).</translation>
    </message>
    <message>
        <source>The RSA key at %1 has %2 bits; 2048 bits are recommended (RFC 8301).</source>
        <translation>La clé RSA sous %1 a %2 bits ; 2048 bits sont recommandés (RFC 8301).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is in testing mode (t=y): receivers may treat signed mail as unsigned.</source>
        <translation>La clé DKIM sous %1 est en mode test (t=y) : les destinataires peuvent traiter le courrier signé comme non signé.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is restricted to other services (s=) and cannot verify email.</source>
        <translation>La clé DKIM sous %1 est réservée à d’autres services (s=) et ne peut pas vérifier d’e-mails.</translation>
    </message>
    <message>
        <source>Remove the s= tag from the record at %1 or set s=email.</source>
        <translation>Retirez la balise s= de l’enregistrement sous %1 ou mettez s=email.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=); signatures with this selector fail.</source>
        <translation>La clé DKIM sous %1 est révoquée (p= vide) ; les signatures avec ce sélecteur échouent.</translation>
    </message>
    <message>
        <source>If this selector still signs mail, publish its public key again at %1, or switch signing to a selector with a published key.</source>
        <translation>Si ce sélecteur signe encore du courrier, republiez sa clé publique sous %1, ou basculez la signature sur un sélecteur dont la clé est publiée.</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is invalid: %2.</source>
        <translation>L’enregistrement de clé DKIM sous %1 est invalide : %2.</translation>
    </message>
    <message>
        <source>Publish a valid record at %1 such as &quot;v=DKIM1; k=rsa; p=&lt;base64 public key&gt;&quot; (v= first if present, p= the base64 of the public key, no other text).</source>
        <translation>Publiez sous %1 un enregistrement valide comme « v=DKIM1; k=rsa; p=&lt;base64 public key&gt; » (v= en premier s’il est présent, p= la clé publique en base64, aucun autre texte).</translation>
    </message>
    <message>
        <source>DKIM key at %1: %2, %3 bits.</source>
        <translation>Clé DKIM sous %1 : %2, %3 bits.</translation>
    </message>
    <message>
        <source>The DKIM signature %1 verifies.</source>
        <translation>La signature DKIM %1 est valide.</translation>
    </message>
    <message>
        <source>The DKIM signature %1 covers only part of the body (l=); anything appended is unsigned.</source>
        <translation>La signature DKIM %1 ne couvre qu’une partie du corps (l=) ; tout ajout n’est pas signé.</translation>
    </message>
    <message>
        <source>Stop using the l= tag when signing (RFC 6376 8.2).</source>
        <translation>N’utilisez plus la balise l= pour signer (RFC 6376 8.2).</translation>
    </message>
    <message>
        <source>The body of the message was changed after it was signed (%1).</source>
        <translation>Le corps du message a été modifié après sa signature (%1).</translation>
    </message>
    <message>
        <source>Look for a footer, disclaimer or re-encoding added after signing (mailing list, gateway, antivirus); sign after such changes, or use c=relaxed/relaxed if only whitespace changes.</source>
        <translation>Cherchez un pied de page, un avertissement ou un réencodage ajouté après la signature (liste de diffusion, passerelle, antivirus) ; signez après ces modifications, ou utilisez c=relaxed/relaxed si seuls les espaces changent.</translation>
    </message>
    <message>
        <source>The DKIM signature %1 does not verify: %2.</source>
        <translation>La signature DKIM %1 n’est pas valide : %2.</translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 or ed25519-sha256 and a key of at least 2048 bits, include From in h=, and make sure nothing rewrites signed headers after signing and the published key matches.</source>
        <translation>Signez avec rsa-sha256 ou ed25519-sha256 et une clé d’au moins 2048 bits, incluez From dans h=, et assurez-vous que rien ne réécrit les en-têtes signés après la signature et que la clé publiée correspond.</translation>
    </message>
    <message>
        <source>Once signing works, replace the record with the same key without t=y:</source>
        <translation>Une fois la signature fonctionnelle, remplacez l’enregistrement par la même clé sans t=y :</translation>
    </message>
</context>
<context>
    <name>Auth::DmarcChecker</name>
    <message>
        <source>The DMARC record has errors (%1); receivers ignore the broken parts.</source>
        <translation>L’enregistrement DMARC contient des erreurs (%1) ; les destinataires ignorent les parties défectueuses.</translation>
    </message>
    <message>
        <source>The DMARC policy is &quot;none&quot;: receivers only monitor, failing mail is not rejected or quarantined, and some large receivers treat the domain as unprotected.</source>
        <translation>La politique DMARC est « none » : les destinataires ne font que surveiller, le courrier en échec n’est ni rejeté ni mis en quarantaine, et certains grands destinataires considèrent le domaine comme non protégé.</translation>
    </message>
    <message>
        <source>After reading the aggregate reports, publish p=quarantine, then p=reject.</source>
        <translation>Après lecture des rapports agrégés, publiez p=quarantine, puis p=reject.</translation>
    </message>
    <message>
        <source>DMARC policy &quot;%1&quot; is published.</source>
        <translation>La politique DMARC « %1 » est publiée.</translation>
    </message>
    <message>
        <source>Reports for %1 go to %2, which does not authorize them; receivers drop this destination (RFC 7489 7.1).</source>
        <translation>Les rapports pour %1 vont à %2, qui ne les autorise pas ; les destinataires ignorent cette destination (RFC 7489 7.1).</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2: the DNS did not answer.</source>
        <translation>Impossible de vérifier si %1 accepte les rapports DMARC pour %2 : le DNS n’a pas répondu.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be looked up: the DNS did not answer. This is not evidence that the record is missing.</source>
        <translation>L’enregistrement DMARC de %1 n’a pas pu être interrogé : le DNS n’a pas répondu. Ce n’est pas la preuve qu’il manque.</translation>
    </message>
    <message>
        <source>Retry later or ask another DNS server.</source>
        <translation>Réessayez plus tard ou interrogez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record; large receivers require one from bulk senders and anyone can send mail in its name unchecked.</source>
        <translation>%1 ne publie aucun enregistrement DMARC ; les grands destinataires en exigent un des expéditeurs en masse, et n’importe qui peut envoyer du courrier en son nom sans contrôle.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %1.</source>
        <translation>Gardez sous %1 exactement un enregistrement TXT commençant par v=DMARC1.</translation>
    </message>
    <message>
        <source>Replace it with one valid record; this one keeps the policy that could be read (create the mailbox dmarc-reports@%1 or put your report address in rua=):</source>
        <translation>Remplacez-le par un seul enregistrement valide ; celui-ci garde la politique qui a pu être lue (créez la boîte dmarc-reports@%1 ou mettez votre adresse de rapports dans rua=) :</translation>
    </message>
    <message>
        <source>The owner of %1 publishes this record to accept the reports (RFC 7489 7.1):</source>
        <translation>Le propriétaire de %1 publie cet enregistrement pour accepter les rapports (RFC 7489 7.1) :</translation>
    </message>
    <message>
        <source>Publish a DMARC record, monitoring first (p=none), and read the aggregate reports (create the mailbox dmarc-reports@%1 or put your report address in rua=):</source>
        <translation>Publiez un enregistrement DMARC, d’abord en simple surveillance (p=none), et lisez les rapports agrégés (créez la boîte dmarc-reports@%1 ou mettez votre adresse de rapports dans rua=) :</translation>
    </message>
    <message>
        <source>the record at %1 is unusable, so no DMARC</source>
        <translation>l’enregistrement sous %1 est inutilisable, donc pas de DMARC</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; from %2 for %3 % of failing mail</source>
        <translation>politique « %1 » de %2 pour %3 % du courrier en échec</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; from %2</source>
        <translation>politique « %1 » de %2</translation>
    </message>
    <message>
        <source>no DMARC record applies</source>
        <translation>aucun enregistrement DMARC ne s’applique</translation>
    </message>
    <message>
        <source>%1 has several DMARC records, so no DMARC</source>
        <translation>%1 a plusieurs enregistrements DMARC, donc pas de DMARC</translation>
    </message>
    <message>
        <source>unknown, the DNS did not answer</source>
        <translation>inconnu, le DNS n’a pas répondu</translation>
    </message>
    <message>
        <source>Rules: RFC 7489; RFC 9989 (DMARCbis) readers: unknown, the DNS tree walk got no answer at %1.</source>
        <translation>Règles : RFC 7489 ; destinataires selon la RFC 9989 (DMARCbis) : inconnu, le parcours de l’arbre DNS n’a obtenu aucune réponse pour %1.</translation>
    </message>
    <message>
        <source>Rules: RFC 9989 (DMARCbis) and RFC 7489 alike.</source>
        <translation>Règles : RFC 9989 (DMARCbis) et RFC 7489 à l’identique.</translation>
    </message>
    <message>
        <source>Rules: RFC 9989 (DMARCbis); RFC 7489 readers reach the same verdict.</source>
        <translation>Règles : RFC 9989 (DMARCbis) ; les destinataires selon la RFC 7489 arrivent au même verdict.</translation>
    </message>
    <message>
        <source>Rules: RFC 9989 (DMARCbis); RFC 7489 readers: %1.</source>
        <translation>Règles : RFC 9989 (DMARCbis) ; destinataires selon la RFC 7489 : %1.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own nor at its organizational domain; the record of the public suffix domain %2 (psd=y) applies (its %3= policy: %4).</source>
        <translation>%1 n’a d’enregistrement DMARC ni en propre ni sur son domaine organisationnel ; celui du domaine de suffixe public %2 (psd=y) s’applique (sa politique %3= : %4).</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN); the np= policy of the organizational domain %2 applies: %3.</source>
        <translation>%1 n’existe pas (NXDOMAIN) ; la politique np= du domaine organisationnel %2 s’applique : %3.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of the organizational domain %2 applies (its %3= policy: %4).</source>
        <translation>%1 n’a pas d’enregistrement DMARC propre ; celui du domaine organisationnel %2 s’applique (sa politique %3= : %4).</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers discard them all (RFC 7489 6.6.3, RFC 9989 4.10).</source>
        <translation>%1 a %2 enregistrements DMARC ; les destinataires les ignorent tous (RFC 7489 6.6.3, RFC 9989 4.10).</translation>
    </message>
    <message>
        <source>The tag %1= is removed in RFC 9989 — receivers may ignore it.</source>
        <translation>La balise %1= est supprimée dans la RFC 9989 — les destinataires peuvent l’ignorer.</translation>
    </message>
    <message>
        <source>Remove pct=; to test a stricter policy, publish t=y instead (RFC 9989 Appendix A.6).</source>
        <translation>Supprimez pct= ; pour tester une politique plus stricte, publiez plutôt t=y (RFC 9989 Appendix A.6).</translation>
    </message>
    <message>
        <source>Remove %1= when no receiver you care about still reads RFC 7489.</source>
        <translation>Supprimez %1= dès qu’aucun destinataire qui compte pour vous ne lit plus la RFC 7489.</translation>
    </message>
    <message>
        <source>The DMARC record has tags that neither RFC 9989 nor RFC 7489 defines (%1); receivers ignore them (RFC 9989 4.7).</source>
        <translation>L’enregistrement DMARC contient des balises qui ne sont définies ni par la RFC 9989 ni par la RFC 7489 (%1) ; les destinataires les ignorent (RFC 9989 4.7).</translation>
    </message>
    <message>
        <source>Check the spelling of these tags or remove them.</source>
        <translation>Vérifiez l’orthographe de ces balises ou supprimez-les.</translation>
    </message>
    <message>
        <source>t=y: the domain is testing its DMARC policy, so RFC 9989 receivers apply &quot;%1&quot; instead of &quot;%2&quot; (one level lower, RFC 9989 4.7); RFC 7489 readers ignore t= and apply &quot;%2&quot;.</source>
        <translation>t=y : le domaine teste sa politique DMARC, donc les destinataires selon la RFC 9989 appliquent « %1 » au lieu de « %2 » (un niveau en dessous, RFC 9989 4.7) ; ceux qui suivent la RFC 7489 ignorent t= et appliquent « %2 ».</translation>
    </message>
    <message>
        <source>Remove t=y once the aggregate reports show all your mail passing DMARC.</source>
        <translation>Supprimez t=y quand les rapports agrégés montrent que tout votre courrier passe DMARC.</translation>
    </message>
    <message>
        <source>The organizational domain of %1 is %2 by the DNS tree walk (RFC 9989 4.10.2, rule %3) but %4 by the Public Suffix List (RFC 7489 3.2); relaxed alignment compares these.</source>
        <translation>Le domaine organisationnel de %1 est %2 d’après le parcours de l’arbre DNS (RFC 9989 4.10.2, règle %3), mais %4 d’après la Public Suffix List (RFC 7489 3.2) ; c’est à eux que se compare l’alignement relâché (relaxed).</translation>
    </message>
    <message>
        <source>t=y lowers the policy for RFC 9989 receivers only.</source>
        <translation>t=y n’abaisse la politique que pour les destinataires selon la RFC 9989.</translation>
    </message>
    <message>
        <source>pct=%1 makes RFC 7489 readers apply the policy to only part of the failing mail; RFC 9989 receivers ignore pct.</source>
        <translation>Avec pct=%1, les destinataires selon la RFC 7489 n’appliquent la politique qu’à une partie du courrier en échec ; ceux selon la RFC 9989 ignorent pct.</translation>
    </message>
    <message>
        <source>RFC 9989 (DMARCbis) readers: %1; RFC 7489 readers: %2.</source>
        <translation>Destinataires selon la RFC 9989 (DMARCbis) : %1 ; selon la RFC 7489 : %2.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 (DMARCbis) and RFC 7489 treat %1 differently: %2</source>
        <translation>Les destinataires selon la RFC 9989 (DMARCbis) et selon la RFC 7489 traitent %1 différemment : %2</translation>
    </message>
    <message>
        <source>Publish a DMARC record at _dmarc.%1 itself and prefer strict alignment (adkim=s; aspf=s): then both kinds of receivers reach the same answer (RFC 9989 Appendix C.3).</source>
        <translation>Publiez un enregistrement DMARC directement sur _dmarc.%1 et préférez l’alignement strict (adkim=s; aspf=s) : les deux types de destinataires arrivent alors à la même réponse (RFC 9989 Appendix C.3).</translation>
    </message>
</context>
<context>
    <name>Auth::DnsblChecker</name>
    <message>
        <source>%1 is listed on %2: %3.</source>
        <translation>%1 figure sur %2 : %3.</translation>
    </message>
    <message>
        <source>Stop the cause (compromised account, open relay, bad list), then request delisting on the web site of %1.</source>
        <translation>Supprimez la cause (compte compromis, relais ouvert, mauvaise liste d’adresses), puis demandez le retrait sur le site de %1.</translation>
    </message>
    <message>
        <source>%1 refused the query for %2 (%3); this is not a listing.</source>
        <translation>%1 a refusé la requête pour %2 (%3) ; ce n’est pas une inscription.</translation>
    </message>
    <message>
        <source>Query the list through your own resolver (public resolvers are often refused).</source>
        <translation>Interrogez la liste via votre propre résolveur (les résolveurs publics sont souvent refusés).</translation>
    </message>
    <message>
        <source>Stop the cause (compromised account, open relay, bad list), then look up %1 and request delisting at %2</source>
        <translation>Supprimez la cause (compte compromis, relais ouvert, mauvaise liste d’adresses), puis recherchez %1 et demandez le retrait sur %2</translation>
    </message>
    <message>
        <source>The DNS server refused to ask %1 about %2 (REFUSED): unknown, not a listing.</source>
        <translation>Le serveur DNS a refusé d’interroger %1 sur %2 (REFUSED) : inconnu, pas une inscription.</translation>
    </message>
    <message>
        <source>The DNS server failed to get an answer from %1 about %2 (SERVFAIL): unknown, not a listing.</source>
        <translation>Le serveur DNS n’a pas obtenu de réponse de %1 sur %2 (SERVFAIL) : inconnu, pas une inscription.</translation>
    </message>
    <message>
        <source>%1 could not be asked about %2: no answer in time (%3).</source>
        <translation>%1 n’a pas pu être interrogée sur %2 : pas de réponse à temps (%3).</translation>
    </message>
    <message>
        <source>Not listed on %1.</source>
        <translation>Absent de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed on any of the %n blocklists asked.</source>
        <translation>
            <numerusform>Absent de la liste de blocage interrogée.</numerusform>
            <numerusform>Absent des %n listes de blocage interrogées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::MxChecker</name>
    <message>
        <source>The MX of %1 names the address %2 instead of a host name; senders look it up as a name and fail (RFC 5321 5.1).</source>
        <translation>Le MX de %1 indique l’adresse %2 au lieu d’un nom d’hôte ; les expéditeurs la cherchent comme un nom et échouent (RFC 5321 5.1).</translation>
    </message>
    <message>
        <source>The MX target %1 is an alias (CNAME) of %2; RFC 2181 10.3 forbids this and some senders refuse it.</source>
        <translation>La cible MX %1 est un alias (CNAME) de %2 ; la RFC 2181 10.3 l’interdit et certains expéditeurs le refusent.</translation>
    </message>
    <message>
        <source>The addresses of the MX target %1 could not be looked up: the DNS did not answer.</source>
        <translation>Les adresses de la cible MX %1 n’ont pas pu être interrogées : le DNS n’a pas répondu.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The MX target %1 has no address (no A, no AAAA): mail to %2 cannot be delivered there.</source>
        <translation>La cible MX %1 n’a pas d’adresse (ni A, ni AAAA) : le courrier pour %2 ne peut pas y être remis.</translation>
    </message>
    <message>
        <source>Publish an A (and AAAA) record for %1, or point the MX at a host that has one.</source>
        <translation>Publiez un enregistrement A (et AAAA) pour %1, ou faites pointer le MX vers un hôte qui en a un.</translation>
    </message>
    <message>
        <source>%1 has no MX record; senders fall back to its own address (RFC 5321 5.1), which is often not a mail server.</source>
        <translation>%1 n’a pas d’enregistrement MX ; les expéditeurs se rabattent sur sa propre adresse (RFC 5321 5.1), qui n’est souvent pas un serveur de messagerie.</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: mail to it cannot be delivered.</source>
        <translation>%1 n’a ni enregistrement MX ni adresse : le courrier ne peut pas lui être remis.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Le domaine %1 n’existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain.</source>
        <translation>Vérifiez l’orthographe du domaine.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be looked up: the DNS did not answer. This is not evidence that they are missing.</source>
        <translation>Les enregistrements MX de %1 n’ont pas pu être interrogés : le DNS n’a pas répondu. Ce n’est pas la preuve qu’ils manquent.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (&quot;accepts no mail&quot;, RFC 7505) next to other MX records, which RFC 7505 3 forbids.</source>
        <translation>%1 publie un MX nul (« n’accepte aucun courrier », RFC 7505) à côté d’autres enregistrements MX, ce que la RFC 7505 3 interdit.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail at all (RFC 7505).</source>
        <translation>%1 publie un MX nul : il n’accepte aucun courrier (RFC 7505).</translation>
    </message>
    <message>
        <source>Remove either the &quot;MX 0 .&quot; record or the other MX records.</source>
        <translation>Supprimez soit l’enregistrement « MX 0 . », soit les autres enregistrements MX.</translation>
    </message>
    <message>
        <source>Give the mail server a name (mail.%1 here, or any name you choose) and point the MX at it:</source>
        <translation>Donnez un nom au serveur de messagerie (ici mail.%1, ou le nom de votre choix) et faites pointer le MX vers lui :</translation>
    </message>
    <message>
        <source>Point the MX at the alias&apos;s target instead (and remove the MX naming %1):</source>
        <translation>Faites plutôt pointer le MX vers la cible de l’alias (et supprimez le MX qui désigne %1) :</translation>
    </message>
    <message>
        <source>If %1 receives mail, publish an MX record naming your mail server&apos;s host (it needs an A or AAAA record). If it receives none, publish a null MX so senders stop trying:</source>
        <translation>Si %1 reçoit du courrier, publiez un enregistrement MX désignant l’hôte de votre serveur de messagerie (il lui faut un enregistrement A ou AAAA). S’il n’en reçoit pas, publiez un MX nul pour que les expéditeurs cessent d’essayer :</translation>
    </message>
    <message>
        <source>If %1 receives mail, publish an MX record naming your mail server&apos;s host (it needs an A or AAAA record).</source>
        <translation>Si %1 reçoit du courrier, publiez un enregistrement MX désignant l’hôte de votre serveur de messagerie (il lui faut un enregistrement A ou AAAA).</translation>
    </message>
    <message>
        <source>%1 has one MX record, and it resolves.</source>
        <translation>%1 a un enregistrement MX, et il est résolu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX records, all resolvable.</source>
        <translation>
            <numerusform>%1 a %n enregistrement MX, résolu.</numerusform>
            <numerusform>%1 a %n enregistrements MX, tous résolus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::PolicyRecordsChecker</name>
    <message>
        <source>A %1 record is published.</source>
        <translation>Un enregistrement %1 est publié.</translation>
    </message>
    <message>
        <source>No %1 record at %2 (optional).</source>
        <translation>Aucun enregistrement %1 sous %2 (facultatif).</translation>
    </message>
    <message>
        <source>The %1 record at %2 is malformed; receivers ignore it.</source>
        <translation>L’enregistrement %1 sous %2 est mal formé ; les destinataires l’ignorent.</translation>
    </message>
    <message>
        <source>%1 has more than one %2 record; receivers ignore them all.</source>
        <translation>%1 a plus d’un enregistrement %2 ; les destinataires les ignorent tous.</translation>
    </message>
    <message>
        <source>The %1 record at %2 could not be looked up: the DNS did not answer.</source>
        <translation>L’enregistrement %1 sous %2 n’a pas pu être interrogé : le DNS n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>Auth::PtrChecker</name>
    <message>
        <source>Retry later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) name; many receivers reject mail from such addresses.</source>
        <translation>%1 n’a pas de nom DNS inverse (PTR) ; de nombreux destinataires rejettent le courrier de telles adresses.</translation>
    </message>
    <message>
        <source>The reverse name of %1 does not resolve back to it (no forward-confirmed reverse DNS).</source>
        <translation>Le nom inverse de %1 ne renvoie pas à cette adresse (pas de DNS inverse confirmé dans le sens direct).</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS.</source>
        <translation>%1 a un DNS inverse confirmé dans le sens direct.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the forward lookup of its PTR name got no usable answer.</source>
        <translation>Le DNS inverse de %1 n’a pas pu être vérifié : la requête directe de son nom PTR n’a pas obtenu de réponse exploitable.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the DNS server refused the query (REFUSED).</source>
        <translation>Le DNS inverse de %1 n’a pas pu être vérifié : le serveur DNS a refusé la requête (REFUSED).</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the DNS server failed (SERVFAIL).</source>
        <translation>Le DNS inverse de %1 n’a pas pu être vérifié : le serveur DNS a échoué (SERVFAIL).</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the DNS did not answer (%2).</source>
        <translation>Le DNS inverse de %1 n’a pas pu être vérifié : le DNS n’a pas répondu (%2).</translation>
    </message>
    <message>
        <source>Ask the owner of the address block (your hosting provider) for a PTR record at %1 naming your mail server&apos;s host name, and make that name resolve to %2 (A/AAAA).</source>
        <translation>Demandez au propriétaire du bloc d’adresses (votre hébergeur) un enregistrement PTR sous %1 désignant le nom d’hôte de votre serveur de messagerie, et faites pointer ce nom vers %2 (A/AAAA).</translation>
    </message>
    <message>
        <source>Make the PTR name %1 resolve to %2 with this record in its zone, or have the PTR changed to a name that already does:</source>
        <translation>Faites pointer le nom PTR %1 vers %2 avec cet enregistrement dans sa zone, ou faites changer le PTR pour un nom qui le fait déjà :</translation>
    </message>
</context>
<context>
    <name>Auth::Walker</name>
    <message>
        <source>&quot;%1&quot; names %2 mail servers; receivers stop at 10 and return permerror (RFC 7208 4.6.4).</source>
        <translation>« %1 » désigne %2 serveurs de messagerie ; les destinataires s’arrêtent à 10 et renvoient permerror (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>The SPF record of %1 is %2 characters long; keep it under %3 so the DNS answer fits in 512 octets (RFC 7208 3.4).</source>
        <translation>L’enregistrement SPF de %1 fait %2 caractères ; restez sous %3 pour que la réponse DNS tienne en 512 octets (RFC 7208 3.4).</translation>
    </message>
    <message>
        <source>Replace address lists by an include: of a subdomain that holds them.</source>
        <translation>Remplacez les listes d’adresses par un include: d’un sous-domaine qui les contient.</translation>
    </message>
    <message>
        <source>%1 uses &quot;%2&quot;: the ptr mechanism is slow, unreliable and SHOULD NOT be used (RFC 7208 5.5).</source>
        <translation>%1 utilise « %2 » : le mécanisme ptr est lent, peu fiable et NE DEVRAIT PAS être utilisé (RFC 7208 5.5).</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; by ip4:/ip6: ranges or a: names of your sending servers.</source>
        <translation>Remplacez « %1 » par des plages ip4:/ip6: ou des noms a: de vos serveurs d’envoi.</translation>
    </message>
    <message>
        <source>%1 ends with &quot;%2&quot;: every server on the Internet may send mail as this domain.</source>
        <translation>%1 se termine par « %2 » : n’importe quel serveur d’Internet peut envoyer du courrier au nom de ce domaine.</translation>
    </message>
    <message>
        <source>%1 ends with &quot;%2&quot;: mail from unlisted servers gets no SPF verdict (neutral).</source>
        <translation>%1 se termine par « %2 » : le courrier des serveurs non listés n’obtient aucun verdict SPF (neutral).</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation>Terminez l’enregistrement par « -all » (ou « ~all » pendant les essais).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads back to %2: the includes form a loop, and receivers return permerror.</source>
        <translation>« %1 » ramène à %2 : les include forment une boucle et les destinataires renvoient permerror.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;.</source>
        <translation>Supprimez « %1 ».</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be read (%2); its state is unknown, retry later.</source>
        <translation>L’enregistrement SPF de %1 n’a pas pu être lu (%2) ; son état est inconnu, réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 ne publie aucun enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer son courrier.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, e.g. &quot;v=spf1 mx -all&quot;.</source>
        <translation>Publiez sous %1 un enregistrement TXT listant vos serveurs d’envoi, par ex. « v=spf1 mx -all ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to %2, which publishes no SPF record: receivers return permerror.</source>
        <translation>« %1 » pointe vers %2, qui ne publie aucun enregistrement SPF : les destinataires renvoient permerror.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; or correct the domain name.</source>
        <translation>Supprimez « %1 » ou corrigez le nom de domaine.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; receivers return permerror (RFC 7208 4.5).</source>
        <translation>%1 publie %2 enregistrements SPF ; les destinataires renvoient permerror (RFC 7208 4.5).</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at &quot;%2&quot; (%3); receivers return permerror.</source>
        <translation>L’enregistrement SPF de %1 a une erreur de syntaxe à « %2 » (%3) ; les destinataires renvoient permerror.</translation>
    </message>
    <message>
        <source>Correct or remove &quot;%1&quot;.</source>
        <translation>Corrigez ou supprimez « %1 ».</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The domain to check.</source>
        <translation>Le domaine à vérifier.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>MAIL FROM address for SPF.</source>
        <translation>Adresse MAIL FROM pour SPF.</translation>
    </message>
    <message>
        <source>HELO name for SPF.</source>
        <translation>Nom HELO pour SPF.</translation>
    </message>
    <message>
        <source>Ask one query at a time (for benchmarks).</source>
        <translation>Poser une requête à la fois (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>exactly one DOMAIN is needed</source>
        <translation>il faut exactement un DOMAINE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>« %1 » n’est pas un nom de domaine valide : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>« %1 » n’est pas un nom de domaine</translation>
    </message>
    <message>
        <source>Check what a domain publishes for mail.</source>
        <translation>Vérifie ce qu’un domaine publie pour le courrier.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>white space</source>
        <translation>un blanc</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>un caractère de contrôle (%1)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name has no labels</source>
        <translation>le nom n’a aucune étiquette</translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation>il contient %1</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>il a une étiquette vide</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with &quot;-&quot;</source>
        <translation>l’étiquette « %1 » commence ou finit par « - »</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is longer than 63 characters</source>
        <translation>l’étiquette « %1 » dépasse 63 caractères</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>le nom dépasse 253 caractères</translation>
    </message>
</context>
<context>
    <name>Cli::Analyze</name>
    <message>
        <source>the analysis crashed (%1); skipped</source>
        <translation>l’analyse a planté (%1) ; ignoré</translation>
    </message>
    <message>
        <source>the analysis process ended unexpectedly (exit status %1); skipped</source>
        <translation>le processus d’analyse s’est arrêté de façon inattendue (code de sortie %1) ; ignoré</translation>
    </message>
</context>
<context>
    <name>Cli::Analyze::Supervisor</name>
    <message>
        <source>the analysis process answered garbage; skipped</source>
        <translation>le processus d’analyse a renvoyé des données illisibles ; ignoré</translation>
    </message>
    <message>
        <source>the analysis took longer than %1 s; skipped</source>
        <translation>l’analyse a duré plus de %1 s ; ignoré</translation>
    </message>
</context>
<context>
    <name>Cli::LiveCheckOptions</name>
    <message>
        <source>DNS server (default: the system&apos;s).</source>
        <translation>Serveur DNS (par défaut : celui du système).</translation>
    </message>
    <message>
        <source>Timeout per DNS query in ms (default 2000).</source>
        <translation>Délai d’attente par requête DNS en ms (2000 par défaut).</translation>
    </message>
    <message>
        <source>DKIM selector to look at (repeatable).</source>
        <translation>Sélecteur DKIM à examiner (option répétable).</translation>
    </message>
    <message>
        <source>Blocklist zone to ask (repeatable; replaces the lists BounceLens would choose).</source>
        <translation>Zone de liste de blocage à interroger (option répétable ; remplace les listes que BounceLens choisirait).</translation>
    </message>
    <message>
        <source>Sending IP: PTR, IP blocklists, SPF result.</source>
        <translation>IP d’envoi : PTR, listes de blocage d’IP, résultat SPF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>« %1 » n’est pas un nom de domaine valide : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>« %1 » n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>--timeout wants milliseconds between 1 and 60000</source>
        <translation>--timeout attend un nombre de millisecondes entre 1 et 60000</translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>Language of the readable output (en, de, fr; default: the locale of LC_ALL, LC_MESSAGES or LANG). JSON stays English.</source>
        <translation>Langue de la sortie lisible (en, de, fr ; par défaut : la locale de LC_ALL, LC_MESSAGES ou LANG). Le JSON reste en anglais.</translation>
    </message>
    <message>
        <source>No translation for &quot;%1&quot;; using English.</source>
        <translation>Aucune traduction pour « %1 » ; l’anglais est utilisé.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Other undefined status</source>
        <translation>Autre état non défini</translation>
    </message>
    <message>
        <source>Only the class of the failure is known; nothing more specific was reported.</source>
        <translation>Seule la classe de l&apos;échec est connue ; rien de plus précis n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Any problem the server did not describe further.</source>
        <translation>Un problème que le serveur n&apos;a pas décrit davantage.</translation>
    </message>
    <message>
        <source>Read the text of the reply.</source>
        <translation>Lisez le texte de la réponse.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Autre état d&apos;adresse</translation>
    </message>
    <message>
        <source>Something about an address in the message caused this report.</source>
        <translation>Une adresse du message est à l&apos;origine de ce rapport.</translation>
    </message>
    <message>
        <source>A problem with the sender or recipient address.</source>
        <translation>Un problème avec l&apos;adresse de l&apos;expéditeur ou du destinataire.</translation>
    </message>
    <message>
        <source>Check both addresses.</source>
        <translation>Vérifiez les deux adresses.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Adresse de boîte de destination invalide</translation>
    </message>
    <message>
        <source>The mailbox left of the @ does not exist at the destination.</source>
        <translation>La boîte à gauche du @ n&apos;existe pas chez le destinataire.</translation>
    </message>
    <message>
        <source>A typo in the address.</source>
        <translation>Une faute de frappe dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>The account was deleted or never existed.</source>
        <translation>Le compte a été supprimé ou n&apos;a jamais existé.</translation>
    </message>
    <message>
        <source>Remove the address from your list; do not retry.</source>
        <translation>Supprimez l&apos;adresse de votre liste ; ne réessayez pas.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Adresse de système de destination invalide</translation>
    </message>
    <message>
        <source>The domain right of the @ does not exist or cannot receive mail.</source>
        <translation>Le domaine à droite du @ n&apos;existe pas ou ne peut pas recevoir de courrier.</translation>
    </message>
    <message>
        <source>A typo in the domain.</source>
        <translation>Une faute de frappe dans le domaine.</translation>
    </message>
    <message>
        <source>The domain expired or has no mail setup.</source>
        <translation>Le domaine a expiré ou n&apos;est pas configuré pour le courrier.</translation>
    </message>
    <message>
        <source>Check the domain spelling and its MX records.</source>
        <translation>Vérifiez l&apos;orthographe du domaine et ses enregistrements MX.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Syntaxe de l&apos;adresse de destination invalide</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address.</source>
        <translation>L&apos;adresse du destinataire n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Spaces, missing parts or invalid characters in the address.</source>
        <translation>Espaces, parties manquantes ou caractères invalides dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation>Corrigez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Adresse de destination ambiguë</translation>
    </message>
    <message>
        <source>The address matches more than one recipient at the destination.</source>
        <translation>L&apos;adresse correspond à plusieurs destinataires chez le destinataire.</translation>
    </message>
    <message>
        <source>Ambiguous aliases in the receiver&apos;s directory.</source>
        <translation>Alias ambigus dans l&apos;annuaire du destinataire.</translation>
    </message>
    <message>
        <source>Ask the recipient for an exact address.</source>
        <translation>Demandez au destinataire son adresse exacte.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <source>The recipient address is valid (used in success reports).</source>
        <translation>L&apos;adresse du destinataire est valide (utilisé dans les rapports de succès).</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Boîte déplacée, pas d&apos;adresse de réexpédition</translation>
    </message>
    <message>
        <source>The address was valid once but mail is no longer accepted there.</source>
        <translation>L&apos;adresse a été valide mais n&apos;accepte plus de courrier.</translation>
    </message>
    <message>
        <source>The recipient moved to another address or provider.</source>
        <translation>Le destinataire est passé à une autre adresse ou un autre fournisseur.</translation>
    </message>
    <message>
        <source>Remove the address; ask the recipient for the new one.</source>
        <translation>Supprimez l&apos;adresse ; demandez la nouvelle au destinataire.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Syntaxe de l&apos;adresse de l&apos;expéditeur invalide</translation>
    </message>
    <message>
        <source>The sender address is not a valid address.</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>A malformed envelope sender (MAIL FROM) in the sending setup.</source>
        <translation>Un expéditeur d&apos;enveloppe (MAIL FROM) mal formé dans la configuration d&apos;envoi.</translation>
    </message>
    <message>
        <source>Fix the sender address in your sending software.</source>
        <translation>Corrigez l&apos;adresse d&apos;expéditeur dans votre logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Adresse du système de l&apos;expéditeur invalide</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or cannot receive replies.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;existe pas ou ne peut pas recevoir de réponses.</translation>
    </message>
    <message>
        <source>The sender domain has no MX or A record, or has expired.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;a pas d&apos;enregistrement MX ou A, ou a expiré.</translation>
    </message>
    <message>
        <source>Use a sender domain that exists and receives mail.</source>
        <translation>Utilisez un domaine d&apos;expéditeur qui existe et reçoit du courrier.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Message relayé vers un système non conforme</translation>
    </message>
    <message>
        <source>The address was valid, but the message went on to a system that cannot report further.</source>
        <translation>L&apos;adresse était valide, mais le message est passé à un système qui ne peut plus rien signaler.</translation>
    </message>
    <message>
        <source>A gateway to a legacy or non-SMTP system.</source>
        <translation>Une passerelle vers un système ancien ou non SMTP.</translation>
    </message>
    <message>
        <source>Usually nothing; delivery may still succeed.</source>
        <translation>Généralement rien ; la livraison peut encore réussir.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>L&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX: it receives no mail.</source>
        <translation>Le domaine du destinataire publie un MX nul : il ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>The domain owner declared that the domain takes no email.</source>
        <translation>Le propriétaire du domaine a déclaré que le domaine ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>Remove the address.</source>
        <translation>Supprimez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Autre état de boîte non défini</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it caused this report.</source>
        <translation>La boîte existe, mais quelque chose la concernant a causé ce rapport.</translation>
    </message>
    <message>
        <source>A mailbox problem the server did not specify.</source>
        <translation>Un problème de boîte que le serveur n&apos;a pas précisé.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Boîte désactivée, n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages.</source>
        <translation>La boîte existe mais n&apos;accepte pas de messages.</translation>
    </message>
    <message>
        <source>The account was suspended, deactivated or abandoned.</source>
        <translation>Le compte a été suspendu, désactivé ou abandonné.</translation>
    </message>
    <message>
        <source>Remove the address if it stays disabled.</source>
        <translation>Supprimez l&apos;adresse si elle reste désactivée.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has reached its quota.</source>
        <translation>La boîte du destinataire a atteint son quota.</translation>
    </message>
    <message>
        <source>The recipient does not delete old mail.</source>
        <translation>Le destinataire ne supprime pas ses anciens messages.</translation>
    </message>
    <message>
        <source>The account is abandoned.</source>
        <translation>Le compte est abandonné.</translation>
    </message>
    <message>
        <source>Retry later; drop the address if it stays full for weeks.</source>
        <translation>Réessayez plus tard ; retirez l&apos;adresse si la boîte reste pleine pendant des semaines.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>La taille du message dépasse la limite administrative</translation>
    </message>
    <message>
        <source>The message is larger than this mailbox accepts.</source>
        <translation>Le message est plus gros que ce que cette boîte accepte.</translation>
    </message>
    <message>
        <source>Large attachments.</source>
        <translation>Pièces jointes volumineuses.</translation>
    </message>
    <message>
        <source>Send a smaller message or a link to the file.</source>
        <translation>Envoyez un message plus petit ou un lien vers le fichier.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problème d&apos;expansion de liste de diffusion</translation>
    </message>
    <message>
        <source>The address is a mailing list that could not be expanded.</source>
        <translation>L&apos;adresse est une liste de diffusion qui n&apos;a pas pu être développée.</translation>
    </message>
    <message>
        <source>A configuration error of the list at the receiver.</source>
        <translation>Une erreur de configuration de la liste chez le destinataire.</translation>
    </message>
    <message>
        <source>Tell the list owner or postmaster.</source>
        <translation>Prévenez le propriétaire de la liste ou le postmaster.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Autre état du système de messagerie non défini</translation>
    </message>
    <message>
        <source>The destination system normally accepts mail, but something on it caused this report.</source>
        <translation>Le système de destination accepte normalement le courrier, mais un problème chez lui a causé ce rapport.</translation>
    </message>
    <message>
        <source>A problem on the receiving system.</source>
        <translation>Un problème sur le système de réception.</translation>
    </message>
    <message>
        <source>Retry later; contact the receiving postmaster if it lasts.</source>
        <translation>Réessayez plus tard ; contactez le postmaster du destinataire si cela dure.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <source>The receiving system as a whole is out of storage.</source>
        <translation>Le système de réception n&apos;a plus d&apos;espace de stockage.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s disk is full.</source>
        <translation>Le disque du serveur de réception est plein.</translation>
    </message>
    <message>
        <source>Retry later; the receiver must add storage.</source>
        <translation>Réessayez plus tard ; le destinataire doit ajouter du stockage.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>Le système n&apos;accepte pas de messages du réseau</translation>
    </message>
    <message>
        <source>The host does not accept messages now (shutdown, load, maintenance) or at all.</source>
        <translation>L&apos;hôte n&apos;accepte pas de messages pour l&apos;instant (arrêt, charge, maintenance) ou pas du tout.</translation>
    </message>
    <message>
        <source>Maintenance or overload at the receiver.</source>
        <translation>Maintenance ou surcharge chez le destinataire.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>Le système ne prend pas en charge les fonctions choisies</translation>
    </message>
    <message>
        <source>The destination does not support a feature the message requires.</source>
        <translation>La destination ne prend pas en charge une fonction nécessaire au message.</translation>
    </message>
    <message>
        <source>A feature such as 8-bit MIME or DSN is not supported on the way.</source>
        <translation>Une fonction comme MIME 8 bits ou DSN n&apos;est pas prise en charge sur le chemin.</translation>
    </message>
    <message>
        <source>Send the message without the feature.</source>
        <translation>Envoyez le message sans cette fonction.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Message trop gros pour le système</translation>
    </message>
    <message>
        <source>The message is larger than the system&apos;s per-message limit.</source>
        <translation>Le message dépasse la limite de taille par message du système.</translation>
    </message>
    <message>
        <source>Large attachments or inline images.</source>
        <translation>Pièces jointes volumineuses ou images intégrées.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <source>The receiving system is configured in a way that keeps it from accepting the message.</source>
        <translation>Le système de réception est configuré d&apos;une manière qui l&apos;empêche d&apos;accepter le message.</translation>
    </message>
    <message>
        <source>A configuration error at the receiver.</source>
        <translation>Une erreur de configuration chez le destinataire.</translation>
    </message>
    <message>
        <source>Tell the receiving postmaster.</source>
        <translation>Prévenez le postmaster du destinataire.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>La priorité demandée a été modifiée</translation>
    </message>
    <message>
        <source>The message was accepted but its priority (MT-PRIORITY) was changed.</source>
        <translation>Le message a été accepté mais sa priorité (MT-PRIORITY) a été modifiée.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Autre état réseau ou de routage non défini</translation>
    </message>
    <message>
        <source>Something went wrong with the network or routing.</source>
        <translation>Un problème de réseau ou de routage s&apos;est produit.</translation>
    </message>
    <message>
        <source>A network problem between the servers.</source>
        <translation>Un problème réseau entre les serveurs.</translation>
    </message>
    <message>
        <source>Retry later; check the recipient domain&apos;s MX records.</source>
        <translation>Réessayez plus tard ; vérifiez les enregistrements MX du domaine destinataire.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Pas de réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>The connection attempt to the next server was not answered.</source>
        <translation>La tentative de connexion au serveur suivant est restée sans réponse.</translation>
    </message>
    <message>
        <source>The receiving server is down, busy or blocked by a firewall.</source>
        <translation>Le serveur de réception est en panne, occupé ou bloqué par un pare-feu.</translation>
    </message>
    <message>
        <source>Retry later; check that the MX hosts are reachable.</source>
        <translation>Réessayez plus tard ; vérifiez que les hôtes MX sont joignables.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <source>The connection was made but broke before the transaction finished.</source>
        <translation>La connexion a été établie mais s&apos;est rompue avant la fin de la transaction.</translation>
    </message>
    <message>
        <source>Timeouts or a poor network path.</source>
        <translation>Délais dépassés ou chemin réseau de mauvaise qualité.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Défaillance du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <source>A directory (such as DNS or LDAP) needed for routing was unavailable.</source>
        <translation>Un annuaire nécessaire au routage (DNS ou LDAP par exemple) était indisponible.</translation>
    </message>
    <message>
        <source>A DNS server failure or timeout.</source>
        <translation>Une panne ou un délai dépassé du serveur DNS.</translation>
    </message>
    <message>
        <source>Retry later; check that the domain&apos;s DNS answers.</source>
        <translation>Réessayez plus tard ; vérifiez que le DNS du domaine répond.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <source>The next hop could not be determined: no usable routing information.</source>
        <translation>Le saut suivant n&apos;a pas pu être déterminé : aucune information de routage exploitable.</translation>
    </message>
    <message>
        <source>The domain has no MX or A record.</source>
        <translation>Le domaine n&apos;a pas d&apos;enregistrement MX ou A.</translation>
    </message>
    <message>
        <source>DNS returns only an SOA record.</source>
        <translation>Le DNS ne renvoie qu&apos;un enregistrement SOA.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX records.</source>
        <translation>Vérifiez les enregistrements MX du domaine destinataire.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Congestion du système de messagerie</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>Le système de messagerie est congestionné.</translation>
    </message>
    <message>
        <source>High load at the receiver.</source>
        <translation>Forte charge chez le destinataire.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <source>The message was forwarded too many times.</source>
        <translation>Le message a été transféré trop de fois.</translation>
    </message>
    <message>
        <source>Forwarding rules or MX records that point back to each other.</source>
        <translation>Règles de transfert ou enregistrements MX qui pointent l&apos;un vers l&apos;autre.</translation>
    </message>
    <message>
        <source>Find and break the forwarding loop.</source>
        <translation>Trouvez et cassez la boucle de transfert.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Délai de livraison expiré</translation>
    </message>
    <message>
        <source>The message stayed undelivered too long and was given up.</source>
        <translation>Le message est resté trop longtemps non livré et a été abandonné.</translation>
    </message>
    <message>
        <source>The destination was unreachable for the whole retry period.</source>
        <translation>La destination est restée injoignable pendant toute la période de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Find out why the destination was unreachable, then resend.</source>
        <translation>Trouvez pourquoi la destination était injoignable, puis renvoyez.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Autre état de protocole non défini</translation>
    </message>
    <message>
        <source>Something was wrong with the SMTP dialogue.</source>
        <translation>Un problème est survenu dans le dialogue SMTP.</translation>
    </message>
    <message>
        <source>A protocol problem the server did not describe.</source>
        <translation>Un problème de protocole que le serveur n&apos;a pas décrit.</translation>
    </message>
    <message>
        <source>Look at the SMTP transcript.</source>
        <translation>Examinez la transcription SMTP.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande invalide</translation>
    </message>
    <message>
        <source>A command was out of sequence or not supported.</source>
        <translation>Une commande est arrivée hors séquence ou n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>A bug in the sending software.</source>
        <translation>Un bogue du logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>Fix the sending software.</source>
        <translation>Corrigez le logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>A command could not be understood.</source>
        <translation>Une commande n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <source>A malformed command or address.</source>
        <translation>Une commande ou une adresse mal formée.</translation>
    </message>
    <message>
        <source>Fix the command syntax.</source>
        <translation>Corrigez la syntaxe de la commande.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>More recipients were given than the server accepts in one transaction.</source>
        <translation>Plus de destinataires ont été indiqués que le serveur n&apos;en accepte dans une transaction.</translation>
    </message>
    <message>
        <source>Too many RCPT TO in one message.</source>
        <translation>Trop de RCPT TO dans un message.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per transaction.</source>
        <translation>Envoyez à moins de destinataires par transaction.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande invalides</translation>
    </message>
    <message>
        <source>A valid command had arguments the server does not accept.</source>
        <translation>Une commande valide avait des arguments que le serveur n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>An unsupported parameter or a bad address.</source>
        <translation>Un paramètre non pris en charge ou une adresse erronée.</translation>
    </message>
    <message>
        <source>Correct the arguments.</source>
        <translation>Corrigez les arguments.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version de protocole</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version.</source>
        <translation>Les deux parties n&apos;ont pas pu s&apos;accorder sur une version de protocole.</translation>
    </message>
    <message>
        <source>Update the sending software.</source>
        <translation>Mettez à jour le logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>Authentication exchange line too long</source>
        <translation>Ligne d&apos;échange d&apos;authentification trop longue</translation>
    </message>
    <message>
        <source>An AUTH response was longer than the server accepts.</source>
        <translation>Une réponse AUTH était plus longue que ce que le serveur accepte.</translation>
    </message>
    <message>
        <source>A misbehaving authentication client.</source>
        <translation>Un client d&apos;authentification défaillant.</translation>
    </message>
    <message>
        <source>Check the authentication settings.</source>
        <translation>Vérifiez les paramètres d&apos;authentification.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Autre erreur de média non définie</translation>
    </message>
    <message>
        <source>Something about the content made the message undeliverable.</source>
        <translation>Quelque chose dans le contenu a rendu le message non livrable.</translation>
    </message>
    <message>
        <source>A malformed or refused content.</source>
        <translation>Un contenu mal formé ou refusé.</translation>
    </message>
    <message>
        <source>Check the message format.</source>
        <translation>Vérifiez le format du message.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Média non pris en charge</translation>
    </message>
    <message>
        <source>The content type is not supported on the way.</source>
        <translation>Le type de contenu n&apos;est pas pris en charge sur le chemin.</translation>
    </message>
    <message>
        <source>A content type the receiver does not accept.</source>
        <translation>Un type de contenu que le destinataire n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Use common content types.</source>
        <translation>Utilisez des types de contenu courants.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversion requise mais interdite</translation>
    </message>
    <message>
        <source>The content must be converted, but conversion is not allowed.</source>
        <translation>Le contenu doit être converti, mais la conversion n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>Send in a format that needs no conversion.</source>
        <translation>Envoyez dans un format qui ne demande pas de conversion.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <source>The content must be converted, but no host on the way can do it.</source>
        <translation>Le contenu doit être converti, mais aucun hôte sur le chemin ne sait le faire.</translation>
    </message>
    <message>
        <source>8-bit content to a 7-bit-only server.</source>
        <translation>Contenu 8 bits vers un serveur limité à 7 bits.</translation>
    </message>
    <message>
        <source>Encode the message (base64 or quoted-printable).</source>
        <translation>Encodez le message (base64 ou quoted-printable).</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversion avec perte effectuée</translation>
    </message>
    <message>
        <source>The message was delivered after a conversion that lost data.</source>
        <translation>Le message a été livré après une conversion qui a perdu des données.</translation>
    </message>
    <message>
        <source>Nothing, unless the loss matters.</source>
        <translation>Rien, sauf si la perte est importante.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>A required conversion of the content failed.</source>
        <translation>Une conversion nécessaire du contenu a échoué.</translation>
    </message>
    <message>
        <source>Simplify the message format.</source>
        <translation>Simplifiez le format du message.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Contenu du message indisponible</translation>
    </message>
    <message>
        <source>Content referenced by BURL could not be fetched.</source>
        <translation>Le contenu référencé par BURL n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>The IMAP server holding the content was unavailable.</source>
        <translation>Le serveur IMAP contenant le contenu était indisponible.</translation>
    </message>
    <message>
        <source>Resend the message.</source>
        <translation>Renvoyez le message.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Adresses non ASCII non autorisées pour cet expéditeur/destinataire</translation>
    </message>
    <message>
        <source>The server refuses internationalized (UTF-8) addresses here.</source>
        <translation>Le serveur refuse ici les adresses internationalisées (UTF-8).</translation>
    </message>
    <message>
        <source>The address contains non-ASCII characters and SMTPUTF8 is not supported.</source>
        <translation>L&apos;adresse contient des caractères non ASCII et SMTPUTF8 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Use an ASCII address for this correspondent.</source>
        <translation>Utilisez une adresse ASCII pour ce correspondant.</translation>
    </message>
    <message>
        <source>UTF-8 string reproduction failed</source>
        <translation>Échec de la reproduction d&apos;une chaîne UTF-8</translation>
    </message>
    <message>
        <source>A reply needs UTF-8, but the client does not allow it.</source>
        <translation>Une réponse nécessite UTF-8, mais le client ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <source>Use an SMTPUTF8-capable client.</source>
        <translation>Utilisez un client compatible SMTPUTF8.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred</source>
        <translation>Message à en-têtes UTF-8 non transférable</translation>
    </message>
    <message>
        <source>A message with UTF-8 headers cannot be passed to one or more recipients.</source>
        <translation>Un message à en-têtes UTF-8 ne peut pas être transmis à un ou plusieurs destinataires.</translation>
    </message>
    <message>
        <source>The next hop does not support SMTPUTF8.</source>
        <translation>Le saut suivant ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>Send the message with ASCII headers.</source>
        <translation>Envoyez le message avec des en-têtes ASCII.</translation>
    </message>
    <message>
        <source>UTF-8 reply required (duplicate of X.6.8)</source>
        <translation>Réponse UTF-8 requise (doublon de X.6.8)</translation>
    </message>
    <message>
        <source>Registered as a duplicate of X.6.8 and deprecated.</source>
        <translation>Enregistré comme doublon de X.6.8 et obsolète.</translation>
    </message>
    <message>
        <source>As for X.6.8.</source>
        <translation>Comme pour X.6.8.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Autre état de sécurité non défini</translation>
    </message>
    <message>
        <source>Something security- or policy-related caused the failure.</source>
        <translation>Un élément lié à la sécurité ou à une politique a causé l&apos;échec.</translation>
    </message>
    <message>
        <source>A policy or security rule the server did not name.</source>
        <translation>Une règle de politique ou de sécurité que le serveur n&apos;a pas nommée.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Livraison non autorisée, message refusé</translation>
    </message>
    <message>
        <source>The sender is not allowed to send to this recipient, by per-host or per-recipient policy.</source>
        <translation>L&apos;expéditeur n&apos;est pas autorisé à écrire à ce destinataire, selon une politique par hôte ou par destinataire.</translation>
    </message>
    <message>
        <source>The sending IP or domain is blocked or has a poor reputation.</source>
        <translation>L&apos;IP ou le domaine d&apos;envoi est bloqué ou a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>The recipient accepts mail only from certain senders.</source>
        <translation>Le destinataire n&apos;accepte que le courrier de certains expéditeurs.</translation>
    </message>
    <message>
        <source>Read the text: it names the rule; check blocklists and authentication.</source>
        <translation>Lisez le texte : il nomme la règle ; vérifiez les listes de blocage et l&apos;authentification.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansion de la liste de diffusion interdite</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>L&apos;expéditeur ne peut pas écrire à cette liste de diffusion.</translation>
    </message>
    <message>
        <source>The list accepts posts only from members.</source>
        <translation>La liste n&apos;accepte que les messages de ses membres.</translation>
    </message>
    <message>
        <source>Ask the list owner for permission.</source>
        <translation>Demandez l&apos;autorisation au propriétaire de la liste.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Conversion de sécurité requise mais impossible</translation>
    </message>
    <message>
        <source>A needed conversion between secure messaging protocols is not possible.</source>
        <translation>Une conversion nécessaire entre protocoles de messagerie sécurisée n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>Send without that security format, or agree on one.</source>
        <translation>Envoyez sans ce format de sécurité, ou convenez d&apos;un format commun.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>The message uses security features the delivery protocol cannot support.</source>
        <translation>Le message utilise des fonctions de sécurité que le protocole de livraison ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Send without the unsupported feature.</source>
        <translation>Envoyez sans la fonction non prise en charge.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>A system could not validate or decrypt the message (missing or invalid key).</source>
        <translation>Un système n&apos;a pas pu valider ou déchiffrer le message (clé absente ou invalide).</translation>
    </message>
    <message>
        <source>A signature or key could not be verified.</source>
        <translation>Une signature ou une clé n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Check signing keys and certificates.</source>
        <translation>Vérifiez les clés de signature et les certificats.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>The needed cryptographic algorithm is not supported.</source>
        <translation>L&apos;algorithme cryptographique nécessaire n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Use a widely supported algorithm.</source>
        <translation>Utilisez un algorithme largement pris en charge.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Échec d&apos;intégrité du message</translation>
    </message>
    <message>
        <source>The message was found corrupted or altered.</source>
        <translation>Le message a été trouvé corrompu ou modifié.</translation>
    </message>
    <message>
        <source>A gateway changed the message after signing.</source>
        <translation>Une passerelle a modifié le message après la signature.</translation>
    </message>
    <message>
        <source>Find what rewrites the message after signing.</source>
        <translation>Trouvez ce qui réécrit le message après la signature.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Identifiants invalides</translation>
    </message>
    <message>
        <source>SMTP AUTH failed because the credentials are wrong.</source>
        <translation>SMTP AUTH a échoué car les identifiants sont faux.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Fix the credentials.</source>
        <translation>Corrigez les identifiants.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <source>The authentication mechanism is weaker than the server allows.</source>
        <translation>Le mécanisme d&apos;authentification est plus faible que ce que le serveur autorise.</translation>
    </message>
    <message>
        <source>Use a stronger mechanism.</source>
        <translation>Utilisez un mécanisme plus fort.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>An encrypted connection is needed for this authentication mechanism.</source>
        <translation>Une connexion chiffrée est nécessaire pour ce mécanisme d&apos;authentification.</translation>
    </message>
    <message>
        <source>Authentication was tried without TLS.</source>
        <translation>L&apos;authentification a été tentée sans TLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS.</source>
        <translation>Activez STARTTLS.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé</translation>
    </message>
    <message>
        <source>This mechanism may only be used over an encrypted connection.</source>
        <translation>Ce mécanisme ne peut être utilisé que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Issue STARTTLS before AUTH.</source>
        <translation>Envoyez STARTTLS avant AUTH.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Changement de mot de passe nécessaire</translation>
    </message>
    <message>
        <source>The user must authenticate once with a plain mechanism to convert the password.</source>
        <translation>L&apos;utilisateur doit s&apos;authentifier une fois avec un mécanisme simple pour convertir le mot de passe.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS.</source>
        <translation>Authentifiez-vous une fois avec PLAIN sur TLS.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <source>The account was disabled by its administrator.</source>
        <translation>Le compte a été désactivé par son administrateur.</translation>
    </message>
    <message>
        <source>Abuse, non-payment or a security lock.</source>
        <translation>Abus, impayé ou verrouillage de sécurité.</translation>
    </message>
    <message>
        <source>Contact the mail administrator.</source>
        <translation>Contactez l&apos;administrateur de messagerie.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <source>A configured trust relationship with a third party is needed.</source>
        <translation>Une relation de confiance configurée avec un tiers est nécessaire.</translation>
    </message>
    <message>
        <source>Set up the required trust (connector, certificate).</source>
        <translation>Établissez la relation de confiance requise (connecteur, certificat).</translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation>Niveau de priorité trop bas</translation>
    </message>
    <message>
        <source>The message&apos;s priority is below what the server accepts now.</source>
        <translation>La priorité du message est inférieure à ce que le serveur accepte actuellement.</translation>
    </message>
    <message>
        <source>The server accepts only higher-priority mail at the moment.</source>
        <translation>Le serveur n&apos;accepte pour l&apos;instant que le courrier de priorité plus élevée.</translation>
    </message>
    <message>
        <source>Retry later or with a higher priority.</source>
        <translation>Réessayez plus tard ou avec une priorité plus élevée.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Message trop gros pour la priorité indiquée</translation>
    </message>
    <message>
        <source>The message is too large for its priority level.</source>
        <translation>Le message est trop gros pour son niveau de priorité.</translation>
    </message>
    <message>
        <source>Send a smaller message or with another priority.</source>
        <translation>Envoyez un message plus petit ou avec une autre priorité.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Le propriétaire de la boîte a changé</translation>
    </message>
    <message>
        <source>The mailbox has changed owner since the date the sender required (RRVS).</source>
        <translation>La boîte a changé de propriétaire depuis la date exigée par l&apos;expéditeur (RRVS).</translation>
    </message>
    <message>
        <source>The address was reassigned to someone else.</source>
        <translation>L&apos;adresse a été réattribuée à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Remove the address; it belongs to a different person now.</source>
        <translation>Supprimez l&apos;adresse ; elle appartient désormais à une autre personne.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain changed owner since the date the sender required (RRVS).</source>
        <translation>Le domaine du destinataire a changé de propriétaire depuis la date exigée par l&apos;expéditeur (RRVS).</translation>
    </message>
    <message>
        <source>The domain was sold or re-registered.</source>
        <translation>Le domaine a été vendu ou réenregistré.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>Test RRVS impossible</translation>
    </message>
    <message>
        <source>The receiver cannot check the required-valid-since date.</source>
        <translation>Le destinataire ne peut pas vérifier la date de validité exigée.</translation>
    </message>
    <message>
        <source>Resend without RRVS if acceptable.</source>
        <translation>Renvoyez sans RRVS si c&apos;est acceptable.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature that verifies.</source>
        <translation>Le message ne porte aucune signature DKIM vérifiable.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed.</source>
        <translation>Le message n&apos;est pas signé DKIM.</translation>
    </message>
    <message>
        <source>The signature broke in transit or the public key is missing.</source>
        <translation>La signature a été cassée en route, ou la clé publique manque.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM and publish the key in DNS.</source>
        <translation>Signez le courrier sortant avec DKIM et publiez la clé dans le DNS.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <source>A DKIM signature verified, but none meets the receiver&apos;s requirements.</source>
        <translation>Une signature DKIM a été vérifiée, mais aucune ne répond aux exigences du destinataire.</translation>
    </message>
    <message>
        <source>A weak key or a signing domain the receiver does not accept.</source>
        <translation>Une clé faible ou un domaine de signature que le destinataire n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Sign with a 2048-bit key using your own domain.</source>
        <translation>Signez avec une clé de 2048 bits et votre propre domaine.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Aucune signature DKIM valide correspondant à l&apos;auteur</translation>
    </message>
    <message>
        <source>No verified DKIM signature matches the From domain.</source>
        <translation>Aucune signature DKIM vérifiée ne correspond au domaine From.</translation>
    </message>
    <message>
        <source>The signature uses the provider&apos;s domain, not yours.</source>
        <translation>La signature utilise le domaine du fournisseur, pas le vôtre.</translation>
    </message>
    <message>
        <source>Sign with a domain aligned with the From address.</source>
        <translation>Signez avec un domaine aligné sur l&apos;adresse From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>Échec de la validation SPF</translation>
    </message>
    <message>
        <source>SPF returned fail: the sending IP is not authorized by the sender domain.</source>
        <translation>SPF a renvoyé fail : l&apos;IP d&apos;envoi n&apos;est pas autorisée par le domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The sending IP is missing from the SPF record.</source>
        <translation>L&apos;IP d&apos;envoi manque dans l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>Add the sending service or IP to your SPF record.</source>
        <translation>Ajoutez le service d&apos;envoi ou l&apos;IP à votre enregistrement SPF.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Erreur de validation SPF</translation>
    </message>
    <message>
        <source>SPF evaluation ended in an error (temperror or permerror).</source>
        <translation>L&apos;évaluation SPF s&apos;est terminée par une erreur (temperror ou permerror).</translation>
    </message>
    <message>
        <source>Too many DNS lookups or a syntax error in the SPF record.</source>
        <translation>Trop de requêtes DNS ou une erreur de syntaxe dans l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>A DNS timeout.</source>
        <translation>Un délai DNS dépassé.</translation>
    </message>
    <message>
        <source>Fix the SPF record; keep it under 10 DNS lookups.</source>
        <translation>Corrigez l&apos;enregistrement SPF ; restez sous 10 requêtes DNS.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Échec de la validation DNS inverse</translation>
    </message>
    <message>
        <source>The sending IP failed the reverse DNS check.</source>
        <translation>L&apos;IP d&apos;envoi a échoué au contrôle DNS inverse.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP, or it does not resolve back.</source>
        <translation>Pas d&apos;enregistrement PTR pour l&apos;IP d&apos;envoi, ou il ne se résout pas en retour.</translation>
    </message>
    <message>
        <source>Publish a PTR record whose name resolves back to the IP.</source>
        <translation>Publiez un enregistrement PTR dont le nom se résout vers l&apos;IP.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Plusieurs contrôles d&apos;authentification ont échoué</translation>
    </message>
    <message>
        <source>More than one authentication check failed (e.g. SPF and DKIM, hence DMARC).</source>
        <translation>Plus d&apos;un contrôle d&apos;authentification a échoué (par ex. SPF et DKIM, donc DMARC).</translation>
    </message>
    <message>
        <source>The message is neither SPF- nor DKIM-authenticated for the From domain.</source>
        <translation>Le message n&apos;est authentifié ni par SPF ni par DKIM pour le domaine From.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM aligned with the From domain.</source>
        <translation>Configurez SPF et DKIM alignés sur le domaine From.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>L&apos;adresse de l&apos;expéditeur a un MX nul</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX, so bounces could not reach it.</source>
        <translation>Le domaine de l&apos;expéditeur publie un MX nul, les rapports de non-remise ne pourraient donc pas l&apos;atteindre.</translation>
    </message>
    <message>
        <source>Sending from a domain declared to take no mail.</source>
        <translation>Envoi depuis un domaine déclaré comme ne recevant pas de courrier.</translation>
    </message>
    <message>
        <source>Send from a domain that can receive replies.</source>
        <translation>Envoyez depuis un domaine capable de recevoir des réponses.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Inondation de courrier détectée</translation>
    </message>
    <message>
        <source>The message looks like part of a flood of similar abusive messages.</source>
        <translation>Le message semble faire partie d&apos;une vague de messages abusifs similaires.</translation>
    </message>
    <message>
        <source>A burst of similar messages, e.g. a compromised account or a campaign.</source>
        <translation>Une rafale de messages similaires, par ex. un compte compromis ou une campagne.</translation>
    </message>
    <message>
        <source>Slow down, check for abuse, and clean the list.</source>
        <translation>Ralentissez, recherchez les abus et nettoyez la liste.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The ARC chain of the message failed validation.</source>
        <translation>La chaîne ARC du message a échoué à la validation.</translation>
    </message>
    <message>
        <source>An intermediary broke or forged the ARC seal.</source>
        <translation>Un intermédiaire a cassé ou falsifié le sceau ARC.</translation>
    </message>
    <message>
        <source>Check the ARC setup of forwarding systems.</source>
        <translation>Vérifiez la configuration ARC des systèmes de transfert.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Prise en charge de REQUIRETLS requise</translation>
    </message>
    <message>
        <source>The message requires TLS all the way, and the next hop does not support REQUIRETLS.</source>
        <translation>Le message exige TLS de bout en bout, et le saut suivant ne prend pas en charge REQUIRETLS.</translation>
    </message>
    <message>
        <source>A server on the path lacks REQUIRETLS.</source>
        <translation>Un serveur sur le chemin ne prend pas en charge REQUIRETLS.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS or use another route.</source>
        <translation>Envoyez sans REQUIRETLS ou par un autre chemin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Autre état ou état non défini</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressage</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Système de messagerie</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>Réseau et routage</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <translation>Protocole de livraison</translation>
    </message>
    <message>
        <source>Message content or media</source>
        <translation>Contenu ou média du message</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>Sécurité ou politique</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Temporary failure (the sending server retries)</source>
        <translation>Échec temporaire (le serveur d&apos;envoi réessaie)</translation>
    </message>
    <message>
        <source>Permanent failure (the message was returned)</source>
        <translation>Échec permanent (le message a été renvoyé)</translation>
    </message>
    <message>
        <source>The reply code %1 and the enhanced status code %2 disagree on the class of the failure (RFC 3463 section 2 requires them to agree). Sending servers act on the reply code.</source>
        <translation>Le code de réponse %1 et le code d&apos;état étendu %2 ne s&apos;accordent pas sur la classe de l&apos;échec (la RFC 3463, section 2, exige qu&apos;ils concordent). Les serveurs d&apos;envoi suivent le code de réponse.</translation>
    </message>
    <message>
        <source>The enhanced status code %1 is not in the IANA registry; it is an extension of the receiving system.</source>
        <translation>Le code d&apos;état étendu %1 ne figure pas dans le registre de l&apos;IANA ; c&apos;est une extension du système de réception.</translation>
    </message>
    <message>
        <source>Only an enhanced status code was given; the explanation is generic.</source>
        <translation>Seul un code d&apos;état étendu a été fourni ; l&apos;explication est générique.</translation>
    </message>
    <message>
        <source>Only a reply code was given; the explanation is generic.</source>
        <translation>Seul un code de réponse a été fourni ; l&apos;explication est générique.</translation>
    </message>
    <message>
        <source>This is sent as a permanent (5xx) error, but the condition is temporary (a rate limit or a reputation block): once the cause is fixed and time has passed, mail to this recipient is accepted again. Do not remove the recipient from your list for this.</source>
        <translation>Ceci est envoyé comme un échec permanent (5xx), mais la situation est temporaire (limite de débit ou blocage de réputation) : une fois la cause corrigée et un peu de temps écoulé, le courrier vers ce destinataire sera de nouveau accepté. Ne retirez pas ce destinataire de votre liste pour cette raison.</translation>
    </message>
    <message>
        <source>Gmail: IP not on the recipient domain&apos;s allowlist</source>
        <translation>Gmail : IP absente de la liste d&apos;autorisation du domaine destinataire</translation>
    </message>
    <message>
        <source>The Google Workspace recipient domain accepts mail only from listed IP addresses, and yours is not one.</source>
        <translation>Le domaine destinataire Google Workspace n&apos;accepte le courrier que d&apos;adresses IP autorisées, et la vôtre n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin restricted inbound gateways.</source>
        <translation>L&apos;administrateur du destinataire a restreint les passerelles entrantes.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to allow your IP.</source>
        <translation>Demandez à l&apos;administrateur du destinataire d&apos;autoriser votre IP.</translation>
    </message>
    <message>
        <source>Gmail: low reputation of the sending IP</source>
        <translation>Gmail : mauvaise réputation de l&apos;IP d&apos;envoi</translation>
    </message>
    <message>
        <source>Gmail is limiting or refusing mail because the sending IP has a very low reputation.</source>
        <translation>Gmail limite ou refuse le courrier car l&apos;IP d&apos;envoi a une très mauvaise réputation.</translation>
    </message>
    <message>
        <source>Spam complaints, spam-trap hits or a new IP without history.</source>
        <translation>Plaintes pour spam, pièges à spam touchés ou nouvelle IP sans historique.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools, slow down and warm the IP up, send only wanted mail.</source>
        <translation>Consultez Google Postmaster Tools, ralentissez et chauffez l&apos;IP progressivement, n&apos;envoyez que du courrier souhaité.</translation>
    </message>
    <message>
        <source>Gmail: low reputation of the sending domain</source>
        <translation>Gmail : mauvaise réputation du domaine d&apos;envoi</translation>
    </message>
    <message>
        <source>Gmail is limiting or refusing mail because the sending domain has a very low reputation.</source>
        <translation>Gmail limite ou refuse le courrier car le domaine d&apos;envoi a une très mauvaise réputation.</translation>
    </message>
    <message>
        <source>Complaints or spam-like mail sent under your domain.</source>
        <translation>Plaintes ou courrier de type spam envoyé au nom de votre domaine.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools; improve list quality and engagement.</source>
        <translation>Consultez Google Postmaster Tools ; améliorez la qualité de la liste et l&apos;engagement.</translation>
    </message>
    <message>
        <source>Gmail: content looks suspicious</source>
        <translation>Gmail : contenu suspect</translation>
    </message>
    <message>
        <source>Gmail deferred the message because of its content or links.</source>
        <translation>Gmail a différé le message à cause de son contenu ou de ses liens.</translation>
    </message>
    <message>
        <source>Links to domains with a bad reputation, or spam-like wording.</source>
        <translation>Liens vers des domaines de mauvaise réputation, ou formulations typiques du spam.</translation>
    </message>
    <message>
        <source>Review links and content; check them against Safe Browsing.</source>
        <translation>Revoyez les liens et le contenu ; vérifiez-les avec Safe Browsing.</translation>
    </message>
    <message>
        <source>Gmail: sending IP lacks a valid PTR record</source>
        <translation>Gmail : l&apos;IP d&apos;envoi n&apos;a pas d&apos;enregistrement PTR valide</translation>
    </message>
    <message>
        <source>The sending IP has no reverse DNS name, or that name does not resolve back to the IP.</source>
        <translation>L&apos;IP d&apos;envoi n&apos;a pas de nom DNS inverse, ou ce nom ne pointe pas vers cette IP.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP.</source>
        <translation>Pas d&apos;enregistrement PTR pour l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>The PTR name&apos;s A/AAAA record points elsewhere.</source>
        <translation>L&apos;enregistrement A/AAAA du nom PTR pointe ailleurs.</translation>
    </message>
    <message>
        <source>Publish a PTR record whose host name resolves back to the same IP.</source>
        <translation>Publiez un enregistrement PTR dont le nom d&apos;hôte pointe vers cette même IP.</translation>
    </message>
    <message>
        <source>Gmail: recipient domain requires TLS</source>
        <translation>Gmail : le domaine destinataire exige TLS</translation>
    </message>
    <message>
        <source>The Workspace recipient domain requires TLS, and the connection was not encrypted.</source>
        <translation>Le domaine destinataire Workspace exige TLS, et la connexion n&apos;était pas chiffrée.</translation>
    </message>
    <message>
        <source>Your server did not use STARTTLS.</source>
        <translation>Votre serveur n&apos;a pas utilisé STARTTLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS for outbound mail.</source>
        <translation>Activez STARTTLS pour le courrier sortant.</translation>
    </message>
    <message>
        <source>Gmail: rejected by the sender domain&apos;s DMARC policy</source>
        <translation>Gmail : rejeté par la politique DMARC du domaine expéditeur</translation>
    </message>
    <message>
        <source>Gmail rejected the message because it failed DMARC and the From domain publishes a reject policy.</source>
        <translation>Gmail a rejeté le message : il a échoué à DMARC et le domaine From publie une politique de rejet.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed in alignment with the From domain.</source>
        <translation>Ni SPF ni DKIM n&apos;a réussi avec un domaine aligné sur le domaine From.</translation>
    </message>
    <message>
        <source>Sign with DKIM using the From domain and make SPF cover every sending IP.</source>
        <translation>Signez avec DKIM sous le domaine From et faites en sorte que SPF couvre toutes les IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Gmail: unauthenticated mail not accepted</source>
        <translation>Gmail : courrier non authentifié refusé</translation>
    </message>
    <message>
        <source>Gmail requires every sender to authenticate with SPF or DKIM; this message passed neither.</source>
        <translation>Gmail exige que tout expéditeur s&apos;authentifie par SPF ou DKIM ; ce message n&apos;a réussi ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>No DKIM signature and the sending IP is not in the SPF record.</source>
        <translation>Pas de signature DKIM, et l&apos;IP d&apos;envoi ne figure pas dans l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain.</source>
        <translation>Configurez SPF et DKIM pour le domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Gmail: unauthenticated mail rate limited</source>
        <translation>Gmail : débit limité pour le courrier non authentifié</translation>
    </message>
    <message>
        <source>Gmail is slowing down mail that passes neither SPF nor DKIM.</source>
        <translation>Gmail ralentit le courrier qui ne réussit ni SPF ni DKIM.</translation>
    </message>
    <message>
        <source>Missing SPF and DKIM authentication.</source>
        <translation>Authentification SPF et DKIM absente.</translation>
    </message>
    <message>
        <source>Gmail: SPF did not pass</source>
        <translation>Gmail : SPF n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>Gmail deferred the message because SPF did not pass.</source>
        <translation>Gmail a différé le message car SPF n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>The sending IP is not in the domain&apos;s SPF record.</source>
        <translation>L&apos;IP d&apos;envoi ne figure pas dans l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <source>Add all sending IPs and services to the SPF record.</source>
        <translation>Ajoutez toutes les IP et tous les services d&apos;envoi à l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>Gmail rejected the message because SPF did not pass.</source>
        <translation>Gmail a rejeté le message car SPF n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>Gmail: unusual rate of unsolicited mail</source>
        <translation>Gmail : taux inhabituel de courrier non sollicité</translation>
    </message>
    <message>
        <source>Gmail temporarily rate-limits mail from your IP or domain because of an unusual rate of unwanted mail.</source>
        <translation>Gmail limite temporairement le débit du courrier de votre IP ou de votre domaine à cause d&apos;un taux inhabituel de courrier indésirable.</translation>
    </message>
    <message>
        <source>A spike in volume or complaints.</source>
        <translation>Un pic de volume ou de plaintes.</translation>
    </message>
    <message>
        <source>A compromised account sending spam.</source>
        <translation>Un compte compromis qui envoie du spam.</translation>
    </message>
    <message>
        <source>Slow down, check Postmaster Tools, and send only to engaged recipients.</source>
        <translation>Ralentissez, consultez Postmaster Tools et n&apos;écrivez qu&apos;aux destinataires engagés.</translation>
    </message>
    <message>
        <source>Gmail: unusual rate of unsolicited mail (blocked)</source>
        <translation>Gmail : taux inhabituel de courrier non sollicité (bloqué)</translation>
    </message>
    <message>
        <source>Gmail blocked mail from your IP or domain because of a sustained rate of unwanted mail.</source>
        <translation>Gmail a bloqué le courrier de votre IP ou de votre domaine à cause d&apos;un taux persistant de courrier indésirable.</translation>
    </message>
    <message>
        <source>Persistent spam-like sending or complaints.</source>
        <translation>Envois de type spam ou plaintes persistants.</translation>
    </message>
    <message>
        <source>Stop and clean the list; resume slowly once reputation recovers.</source>
        <translation>Arrêtez les envois et nettoyez la liste ; reprenez lentement une fois la réputation rétablie.</translation>
    </message>
    <message>
        <source>Gmail: TLS required</source>
        <translation>Gmail : TLS exigé</translation>
    </message>
    <message>
        <source>Gmail requires TLS for this traffic and the connection was not encrypted.</source>
        <translation>Gmail exige TLS pour ce trafic, et la connexion n&apos;était pas chiffrée.</translation>
    </message>
    <message>
        <source>Gmail: DKIM did not pass</source>
        <translation>Gmail : DKIM n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>Gmail deferred the message because DKIM did not pass.</source>
        <translation>Gmail a différé le message car DKIM n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>No DKIM signature, or it does not verify.</source>
        <translation>Pas de signature DKIM, ou elle ne se vérifie pas.</translation>
    </message>
    <message>
        <source>Check the DKIM signing setup and the public key in DNS.</source>
        <translation>Vérifiez la configuration de la signature DKIM et la clé publique dans le DNS.</translation>
    </message>
    <message>
        <source>Gmail rejected the message because DKIM did not pass.</source>
        <translation>Gmail a rejeté le message car DKIM n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>Gmail: From domain not aligned</source>
        <translation>Gmail : domaine From non aligné</translation>
    </message>
    <message>
        <source>The From domain is aligned with neither the SPF nor the DKIM domain.</source>
        <translation>Le domaine From n&apos;est aligné ni sur le domaine SPF ni sur le domaine DKIM.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for another domain (e.g. the sending service&apos;s).</source>
        <translation>SPF et DKIM réussissent pour un autre domaine (par ex. celui du service d&apos;envoi).</translation>
    </message>
    <message>
        <source>Use a custom return-path and DKIM domain under your From domain.</source>
        <translation>Utilisez un Return-Path et un domaine DKIM personnalisés sous votre domaine From.</translation>
    </message>
    <message>
        <source>Gmail: no DMARC record</source>
        <translation>Gmail : pas d&apos;enregistrement DMARC</translation>
    </message>
    <message>
        <source>Bulk senders must publish a DMARC record; the sending domain has none.</source>
        <translation>Les expéditeurs de masse doivent publier un enregistrement DMARC ; le domaine d&apos;envoi n&apos;en a pas.</translation>
    </message>
    <message>
        <source>No _dmarc TXT record for the From domain.</source>
        <translation>Pas d&apos;enregistrement TXT _dmarc pour le domaine From.</translation>
    </message>
    <message>
        <source>Publish a DMARC record (p=none is enough to start).</source>
        <translation>Publiez un enregistrement DMARC (p=none suffit pour commencer).</translation>
    </message>
    <message>
        <source>Gmail: recipient receives mail too fast</source>
        <translation>Gmail : le destinataire reçoit trop de courrier trop vite</translation>
    </message>
    <message>
        <source>The recipient is getting mail at a rate that stops delivery for now.</source>
        <translation>Le destinataire reçoit du courrier à un rythme qui bloque la livraison pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Many messages to the same recipient in a short time.</source>
        <translation>Beaucoup de messages au même destinataire en peu de temps.</translation>
    </message>
    <message>
        <source>Slow down sending to this recipient; retries will succeed.</source>
        <translation>Ralentissez les envois vers ce destinataire ; les nouvelles tentatives aboutiront.</translation>
    </message>
    <message>
        <source>Gmail: recipient out of storage</source>
        <translation>Gmail : espace de stockage du destinataire saturé</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google storage is full.</source>
        <translation>L&apos;espace de stockage Google du destinataire est plein.</translation>
    </message>
    <message>
        <source>The recipient has used up the account&apos;s storage.</source>
        <translation>Le destinataire a épuisé l&apos;espace de stockage de son compte.</translation>
    </message>
    <message>
        <source>Retry later; tell the recipient by another channel.</source>
        <translation>Réessayez plus tard ; prévenez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google storage is full, and the account may be inactive.</source>
        <translation>L&apos;espace de stockage Google du destinataire est plein, et le compte est peut-être inactif.</translation>
    </message>
    <message>
        <source>Drop the address if this persists.</source>
        <translation>Supprimez l&apos;adresse si cela persiste.</translation>
    </message>
    <message>
        <source>Gmail: temporary server error</source>
        <translation>Gmail : erreur temporaire du serveur</translation>
    </message>
    <message>
        <source>Gmail had a temporary problem handling the message.</source>
        <translation>Gmail a rencontré un problème temporaire en traitant le message.</translation>
    </message>
    <message>
        <source>A temporary issue at Google.</source>
        <translation>Un problème temporaire chez Google.</translation>
    </message>
    <message>
        <source>Let your server retry.</source>
        <translation>Laissez votre serveur réessayer.</translation>
    </message>
    <message>
        <source>Gmail: too many recipients</source>
        <translation>Gmail : trop de destinataires</translation>
    </message>
    <message>
        <source>The message has more recipients than Gmail accepts in one transaction.</source>
        <translation>Le message a plus de destinataires que Gmail n&apos;en accepte dans une transaction.</translation>
    </message>
    <message>
        <source>Send in smaller batches.</source>
        <translation>Envoyez par lots plus petits.</translation>
    </message>
    <message>
        <source>Gmail: account does not exist</source>
        <translation>Gmail : le compte n&apos;existe pas</translation>
    </message>
    <message>
        <source>The Gmail or Workspace address does not exist.</source>
        <translation>L&apos;adresse Gmail ou Workspace n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A typo, or the account was deleted.</source>
        <translation>Une faute de frappe, ou le compte a été supprimé.</translation>
    </message>
    <message>
        <source>Remove the address from your list.</source>
        <translation>Supprimez l&apos;adresse de votre liste.</translation>
    </message>
    <message>
        <source>Gmail: recipient domain not found</source>
        <translation>Gmail : domaine destinataire introuvable</translation>
    </message>
    <message>
        <source>The domain after the @ could not be found.</source>
        <translation>Le domaine après le @ est introuvable.</translation>
    </message>
    <message>
        <source>A typo in the domain, or the domain has no DNS.</source>
        <translation>Une faute de frappe dans le domaine, ou le domaine n&apos;a pas de DNS.</translation>
    </message>
    <message>
        <source>Correct the domain.</source>
        <translation>Corrigez le domaine.</translation>
    </message>
    <message>
        <source>Gmail: account disabled or inactive</source>
        <translation>Gmail : compte désactivé ou inactif</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or inactive.</source>
        <translation>Le compte du destinataire existe mais il est désactivé ou inactif.</translation>
    </message>
    <message>
        <source>The account was abandoned or suspended.</source>
        <translation>Le compte a été abandonné ou suspendu.</translation>
    </message>
    <message>
        <source>Gmail: daily sending limit exceeded</source>
        <translation>Gmail : limite d&apos;envoi quotidienne dépassée</translation>
    </message>
    <message>
        <source>The sending Gmail/Workspace account has reached its daily sending limit.</source>
        <translation>Le compte Gmail/Workspace expéditeur a atteint sa limite d&apos;envoi quotidienne.</translation>
    </message>
    <message>
        <source>Too many messages or recipients from one account in 24 hours.</source>
        <translation>Trop de messages ou de destinataires depuis un même compte en 24 heures.</translation>
    </message>
    <message>
        <source>Wait 24 hours or use a service made for bulk mail.</source>
        <translation>Attendez 24 heures ou utilisez un service conçu pour les envois en masse.</translation>
    </message>
    <message>
        <source>Gmail: likely unsolicited mail</source>
        <translation>Gmail : courrier probablement non sollicité</translation>
    </message>
    <message>
        <source>Gmail&apos;s filters judged the message as unwanted mail.</source>
        <translation>Les filtres de Gmail ont jugé le message indésirable.</translation>
    </message>
    <message>
        <source>Spam-like content, poor reputation or missing authentication.</source>
        <translation>Contenu de type spam, mauvaise réputation ou authentification absente.</translation>
    </message>
    <message>
        <source>Authenticate mail, send only to people who asked for it, check Postmaster Tools.</source>
        <translation>Authentifiez le courrier, n&apos;écrivez qu&apos;aux personnes qui l&apos;ont demandé, consultez Postmaster Tools.</translation>
    </message>
    <message>
        <source>Gmail: missing or invalid From header</source>
        <translation>Gmail : en-tête From absent ou invalide</translation>
    </message>
    <message>
        <source>The message has no valid From header as RFC 5322 requires.</source>
        <translation>Le message n&apos;a pas d&apos;en-tête From valide, comme l&apos;exige la RFC 5322.</translation>
    </message>
    <message>
        <source>A broken From header in the sending application.</source>
        <translation>Un en-tête From défectueux dans l&apos;application d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send one valid From header with a full address.</source>
        <translation>Envoyez un seul en-tête From valide, avec une adresse complète.</translation>
    </message>
    <message>
        <source>Gmail: RFC 5322 violation</source>
        <translation>Gmail : non-conformité à la RFC 5322</translation>
    </message>
    <message>
        <source>The message breaks RFC 5322, e.g. duplicate headers that must be unique.</source>
        <translation>Le message enfreint la RFC 5322, par ex. des en-têtes en double qui doivent être uniques.</translation>
    </message>
    <message>
        <source>The sending software writes a header twice.</source>
        <translation>Le logiciel d&apos;envoi écrit un en-tête deux fois.</translation>
    </message>
    <message>
        <source>Fix header generation in the sending software.</source>
        <translation>Corrigez la génération des en-têtes dans le logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>Gmail: message blocked</source>
        <translation>Gmail : message bloqué</translation>
    </message>
    <message>
        <source>Gmail refused the message by policy; the text names the reason.</source>
        <translation>Gmail a refusé le message en vertu de sa politique ; le texte en donne la raison.</translation>
    </message>
    <message>
        <source>Reputation, content or authentication problems.</source>
        <translation>Problèmes de réputation, de contenu ou d&apos;authentification.</translation>
    </message>
    <message>
        <source>Read the linked Google help page; check authentication and reputation.</source>
        <translation>Lisez la page d&apos;aide Google indiquée en lien ; vérifiez l&apos;authentification et la réputation.</translation>
    </message>
    <message>
        <source>Gmail: suspicious SPF record</source>
        <translation>Gmail : enregistrement SPF suspect</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF record has entries that look suspicious or overly broad.</source>
        <translation>L&apos;enregistrement SPF du domaine d&apos;envoi contient des entrées suspectes ou trop larges.</translation>
    </message>
    <message>
        <source>An SPF record with +all or huge IP ranges.</source>
        <translation>Un enregistrement SPF avec +all ou d&apos;énormes plages d&apos;IP.</translation>
    </message>
    <message>
        <source>Tighten the SPF record to the IPs that really send.</source>
        <translation>Restreignez l&apos;enregistrement SPF aux IP qui envoient réellement.</translation>
    </message>
    <message>
        <source>Gmail: sending IP has no PTR record</source>
        <translation>Gmail : l&apos;IP d&apos;envoi n&apos;a pas d&apos;enregistrement PTR</translation>
    </message>
    <message>
        <source>The sending IP has no valid reverse DNS.</source>
        <translation>L&apos;IP d&apos;envoi n&apos;a pas de DNS inverse valide.</translation>
    </message>
    <message>
        <source>No PTR, or the PTR name does not resolve back.</source>
        <translation>Pas de PTR, ou le nom PTR ne pointe pas vers l&apos;IP.</translation>
    </message>
    <message>
        <source>Publish a PTR record that resolves back to the IP.</source>
        <translation>Publiez un enregistrement PTR dont le nom pointe vers l&apos;IP.</translation>
    </message>
    <message>
        <source>Gmail: message exceeds size limit</source>
        <translation>Gmail : message trop volumineux</translation>
    </message>
    <message>
        <source>The message is larger than Google&apos;s size limit (25 MB including encoding).</source>
        <translation>Le message dépasse la taille maximale de Google (25 Mo encodage compris).</translation>
    </message>
    <message>
        <source>Gmail: potential security issue</source>
        <translation>Gmail : problème de sécurité potentiel</translation>
    </message>
    <message>
        <source>Gmail blocked the message because of a possible security risk, e.g. a blocked attachment type.</source>
        <translation>Gmail a bloqué le message à cause d&apos;un risque de sécurité possible, par ex. un type de pièce jointe bloqué.</translation>
    </message>
    <message>
        <source>An executable or other blocked file type, or a malicious link.</source>
        <translation>Un exécutable ou un autre type de fichier bloqué, ou un lien malveillant.</translation>
    </message>
    <message>
        <source>Remove the attachment or share it through a link.</source>
        <translation>Retirez la pièce jointe ou partagez-la par un lien.</translation>
    </message>
    <message>
        <source>Gmail: malformed message</source>
        <translation>Gmail : message mal formé</translation>
    </message>
    <message>
        <source>The message does not follow the email format standards.</source>
        <translation>Le message ne respecte pas les normes de format du courrier électronique.</translation>
    </message>
    <message>
        <source>Broken MIME structure or headers.</source>
        <translation>Structure MIME ou en-têtes défectueux.</translation>
    </message>
    <message>
        <source>Fix message generation.</source>
        <translation>Corrigez la génération des messages.</translation>
    </message>
    <message>
        <source>Microsoft 365: recipient not found</source>
        <translation>Microsoft 365 : destinataire introuvable</translation>
    </message>
    <message>
        <source>The recipient does not exist in the destination organization.</source>
        <translation>Le destinataire n&apos;existe pas dans l&apos;organisation de destination.</translation>
    </message>
    <message>
        <source>A typo, or the mailbox was removed.</source>
        <translation>Une faute de frappe, ou la boîte a été supprimée.</translation>
    </message>
    <message>
        <source>Remove or correct the address.</source>
        <translation>Supprimez ou corrigez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Microsoft 365: recipient not found by SMTP address lookup</source>
        <translation>Microsoft 365 : destinataire introuvable par recherche d&apos;adresse SMTP</translation>
    </message>
    <message>
        <source>Exchange Online found no recipient with this address.</source>
        <translation>Exchange Online n&apos;a trouvé aucun destinataire avec cette adresse.</translation>
    </message>
    <message>
        <source>The address is wrong or was deleted.</source>
        <translation>L&apos;adresse est fausse ou a été supprimée.</translation>
    </message>
    <message>
        <source>Microsoft 365: bad outbound sender</source>
        <translation>Microsoft 365 : expéditeur sortant bloqué</translation>
    </message>
    <message>
        <source>The sending account was blocked from sending, usually after sending spam.</source>
        <translation>Le compte expéditeur a été interdit d&apos;envoi, généralement après avoir envoyé du spam.</translation>
    </message>
    <message>
        <source>The sender&apos;s account is compromised or sent spam.</source>
        <translation>Le compte de l&apos;expéditeur est compromis ou a envoyé du spam.</translation>
    </message>
    <message>
        <source>Secure the account; an admin must release it in the Microsoft 365 Defender portal.</source>
        <translation>Sécurisez le compte ; un administrateur doit le débloquer dans le portail Microsoft 365 Defender.</translation>
    </message>
    <message>
        <source>Microsoft 365: sending limit reached</source>
        <translation>Microsoft 365 : limite d&apos;envoi atteinte</translation>
    </message>
    <message>
        <source>The sender reached the daily recipient limit.</source>
        <translation>L&apos;expéditeur a atteint la limite quotidienne de destinataires.</translation>
    </message>
    <message>
        <source>Too many recipients in 24 hours.</source>
        <translation>Trop de destinataires en 24 heures.</translation>
    </message>
    <message>
        <source>Wait for the limit to reset.</source>
        <translation>Attendez la réinitialisation de la limite.</translation>
    </message>
    <message>
        <source>Microsoft 365: mailbox disabled</source>
        <translation>Microsoft 365 : boîte désactivée</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled.</source>
        <translation>La boîte du destinataire est désactivée.</translation>
    </message>
    <message>
        <source>The account was disabled by its admin.</source>
        <translation>Le compte a été désactivé par son administrateur.</translation>
    </message>
    <message>
        <source>Microsoft 365: mailbox full</source>
        <translation>Microsoft 365 : boîte pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota.</source>
        <translation>La boîte du destinataire a dépassé son quota.</translation>
    </message>
    <message>
        <source>The recipient keeps too much mail.</source>
        <translation>Le destinataire conserve trop de courrier.</translation>
    </message>
    <message>
        <source>Microsoft 365: message too large</source>
        <translation>Microsoft 365 : message trop volumineux</translation>
    </message>
    <message>
        <source>The message exceeds a size limit of the organization.</source>
        <translation>Le message dépasse une limite de taille de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Send a smaller message or a OneDrive link.</source>
        <translation>Envoyez un message plus petit ou un lien OneDrive.</translation>
    </message>
    <message>
        <source>Microsoft 365: recipient address rejected, access denied</source>
        <translation>Microsoft 365 : adresse du destinataire rejetée, accès refusé</translation>
    </message>
    <message>
        <source>Directory-based edge blocking rejected the address because it does not exist in the tenant.</source>
        <translation>Le blocage en périphérie basé sur l&apos;annuaire (DBEB) a rejeté l&apos;adresse car elle n&apos;existe pas dans le locataire.</translation>
    </message>
    <message>
        <source>The recipient does not exist in the destination tenant.</source>
        <translation>Le destinataire n&apos;existe pas dans le locataire de destination.</translation>
    </message>
    <message>
        <source>Check the address with the recipient.</source>
        <translation>Vérifiez l&apos;adresse auprès du destinataire.</translation>
    </message>
    <message>
        <source>Microsoft 365: relay access denied</source>
        <translation>Microsoft 365 : relais refusé</translation>
    </message>
    <message>
        <source>The server will not relay for this sender and recipient.</source>
        <translation>Le serveur refuse de relayer pour cet expéditeur et ce destinataire.</translation>
    </message>
    <message>
        <source>The recipient domain is not set up in the tenant, or MX points to the wrong tenant.</source>
        <translation>Le domaine destinataire n&apos;est pas configuré dans le locataire, ou le MX pointe vers le mauvais locataire.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX records and connectors.</source>
        <translation>Vérifiez les enregistrements MX et les connecteurs du domaine destinataire.</translation>
    </message>
    <message>
        <source>Microsoft 365: routing loop</source>
        <translation>Microsoft 365 : boucle de routage</translation>
    </message>
    <message>
        <source>The message looped between servers.</source>
        <translation>Le message a tourné en boucle entre des serveurs.</translation>
    </message>
    <message>
        <source>Forwarding or connector settings that point back.</source>
        <translation>Des paramètres de transfert ou de connecteur qui renvoient le message à son point de départ.</translation>
    </message>
    <message>
        <source>Fix the forwarding or connector loop.</source>
        <translation>Corrigez la boucle de transfert ou de connecteur.</translation>
    </message>
    <message>
        <source>Microsoft 365: hop count exceeded</source>
        <translation>Microsoft 365 : nombre de sauts dépassé</translation>
    </message>
    <message>
        <source>The message passed too many servers.</source>
        <translation>Le message est passé par trop de serveurs.</translation>
    </message>
    <message>
        <source>A mail loop.</source>
        <translation>Une boucle de courrier.</translation>
    </message>
    <message>
        <source>Fix the mail loop.</source>
        <translation>Corrigez la boucle de courrier.</translation>
    </message>
    <message>
        <source>Microsoft 365: message expired</source>
        <translation>Microsoft 365 : message expiré</translation>
    </message>
    <message>
        <source>The message stayed in the queue too long.</source>
        <translation>Le message est resté trop longtemps dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The destination did not answer for the whole retry period.</source>
        <translation>La destination n&apos;a pas répondu pendant toute la période de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Check that the destination&apos;s MX hosts are reachable.</source>
        <translation>Vérifiez que les hôtes MX de la destination sont joignables.</translation>
    </message>
    <message>
        <source>Delivery was given up after the retry period.</source>
        <translation>La livraison a été abandonnée après la période de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The destination was unreachable.</source>
        <translation>La destination était injoignable.</translation>
    </message>
    <message>
        <source>Microsoft 365: connection refused</source>
        <translation>Microsoft 365 : connexion refusée</translation>
    </message>
    <message>
        <source>The destination refused connections until delivery expired.</source>
        <translation>La destination a refusé les connexions jusqu&apos;à l&apos;expiration de la livraison.</translation>
    </message>
    <message>
        <source>The destination server refuses or is down.</source>
        <translation>Le serveur de destination refuse les connexions ou est en panne.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s MX hosts.</source>
        <translation>Vérifiez les hôtes MX de la destination.</translation>
    </message>
    <message>
        <source>Microsoft 365: client was not authenticated</source>
        <translation>Microsoft 365 : client non authentifié</translation>
    </message>
    <message>
        <source>The server requires the sending server or client to authenticate.</source>
        <translation>Le serveur exige que le serveur ou le client d&apos;envoi s&apos;authentifie.</translation>
    </message>
    <message>
        <source>Sending through a relay without credentials or connector.</source>
        <translation>Envoi via un relais sans identifiants ni connecteur.</translation>
    </message>
    <message>
        <source>Authenticate, or configure a connector.</source>
        <translation>Authentifiez-vous ou configurez un connecteur.</translation>
    </message>
    <message>
        <source>Microsoft 365: delivery not authorized</source>
        <translation>Microsoft 365 : livraison non autorisée</translation>
    </message>
    <message>
        <source>The recipient (often a group) accepts mail only from certain senders.</source>
        <translation>Le destinataire (souvent un groupe) n&apos;accepte le courrier que de certains expéditeurs.</translation>
    </message>
    <message>
        <source>A restriction on the distribution group or mailbox.</source>
        <translation>Une restriction sur le groupe de distribution ou la boîte.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow you.</source>
        <translation>Demandez au propriétaire du groupe de vous autoriser.</translation>
    </message>
    <message>
        <source>Microsoft 365: MTA-STS validation failed</source>
        <translation>Microsoft 365 : échec de la validation MTA-STS</translation>
    </message>
    <message>
        <source>The destination&apos;s certificate does not match its MTA-STS policy.</source>
        <translation>Le certificat de la destination ne correspond pas à sa politique MTA-STS.</translation>
    </message>
    <message>
        <source>An expired or wrong certificate at the destination.</source>
        <translation>Un certificat expiré ou incorrect sur la destination.</translation>
    </message>
    <message>
        <source>The destination must fix its certificate or MTA-STS policy.</source>
        <translation>La destination doit corriger son certificat ou sa politique MTA-STS.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not authenticated by organization</source>
        <translation>Microsoft 365 : expéditeur non authentifié par l&apos;organisation</translation>
    </message>
    <message>
        <source>The recipient accepts only mail from inside its organization.</source>
        <translation>Le destinataire n&apos;accepte que le courrier provenant de son organisation.</translation>
    </message>
    <message>
        <source>Delivery restrictions on the recipient.</source>
        <translation>Des restrictions de livraison sur le destinataire.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to accept external mail.</source>
        <translation>Demandez à l&apos;administrateur du destinataire d&apos;accepter le courrier externe.</translation>
    </message>
    <message>
        <source>Microsoft 365: SPF violation</source>
        <translation>Microsoft 365 : violation SPF</translation>
    </message>
    <message>
        <source>The message failed the destination&apos;s SPF check.</source>
        <translation>Le message a échoué au contrôle SPF de la destination.</translation>
    </message>
    <message>
        <source>The sending IP is not in the SPF record.</source>
        <translation>L&apos;IP d&apos;envoi ne figure pas dans l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>Fix the SPF record.</source>
        <translation>Corrigez l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>Microsoft 365: IPv6 sender without reverse DNS</source>
        <translation>Microsoft 365 : expéditeur IPv6 sans DNS inverse</translation>
    </message>
    <message>
        <source>Mail over IPv6 requires a PTR record for the sending address.</source>
        <translation>Le courrier sur IPv6 exige un enregistrement PTR pour l&apos;adresse d&apos;envoi.</translation>
    </message>
    <message>
        <source>No PTR for the IPv6 address.</source>
        <translation>Pas de PTR pour l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>Publish a PTR record for the IPv6 address, or send over IPv4.</source>
        <translation>Publiez un enregistrement PTR pour l&apos;adresse IPv6, ou envoyez sur IPv4.</translation>
    </message>
    <message>
        <source>Microsoft 365: client not authenticated to send</source>
        <translation>Microsoft 365 : client non authentifié pour l&apos;envoi</translation>
    </message>
    <message>
        <source>The submission endpoint requires authentication before MAIL FROM.</source>
        <translation>Le point de soumission exige une authentification avant MAIL FROM.</translation>
    </message>
    <message>
        <source>The application does not log in to smtp.office365.com.</source>
        <translation>L&apos;application ne s&apos;authentifie pas auprès de smtp.office365.com.</translation>
    </message>
    <message>
        <source>Configure SMTP AUTH or use a connector.</source>
        <translation>Configurez SMTP AUTH ou utilisez un connecteur.</translation>
    </message>
    <message>
        <source>Microsoft 365: TenantAttribution; relay access denied</source>
        <translation>Microsoft 365 : TenantAttribution ; relais refusé</translation>
    </message>
    <message>
        <source>The inbound connector could not attribute the mail to a tenant.</source>
        <translation>Le connecteur entrant n&apos;a pas pu attribuer le courrier à un locataire.</translation>
    </message>
    <message>
        <source>A connector misconfiguration after a change on premises.</source>
        <translation>Un connecteur mal configuré après une modification sur site.</translation>
    </message>
    <message>
        <source>Fix the inbound connector (certificate or IP).</source>
        <translation>Corrigez le connecteur entrant (certificat ou IP).</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not in allowed-senders list</source>
        <translation>Microsoft 365 : expéditeur absent de la liste des expéditeurs autorisés</translation>
    </message>
    <message>
        <source>The distribution group accepts only listed senders.</source>
        <translation>Le groupe de distribution n&apos;accepte que les expéditeurs listés.</translation>
    </message>
    <message>
        <source>Group delivery restrictions.</source>
        <translation>Restrictions de livraison du groupe.</translation>
    </message>
    <message>
        <source>Ask the group owner to add you.</source>
        <translation>Demandez au propriétaire du groupe de vous ajouter.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not authenticated for group</source>
        <translation>Microsoft 365 : expéditeur non authentifié pour le groupe</translation>
    </message>
    <message>
        <source>The group accepts only internal senders.</source>
        <translation>Le groupe n&apos;accepte que des expéditeurs internes.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow external senders.</source>
        <translation>Demandez au propriétaire du groupe d&apos;autoriser les expéditeurs externes.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not authenticated for mailbox</source>
        <translation>Microsoft 365 : expéditeur non authentifié pour la boîte</translation>
    </message>
    <message>
        <source>The mailbox accepts only internal senders.</source>
        <translation>La boîte n&apos;accepte que des expéditeurs internes.</translation>
    </message>
    <message>
        <source>Mailbox delivery restrictions.</source>
        <translation>Restrictions de livraison de la boîte.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin.</source>
        <translation>Adressez-vous à l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender was not authenticated</source>
        <translation>Microsoft 365 : l&apos;expéditeur n&apos;était pas authentifié</translation>
    </message>
    <message>
        <source>The mail user rejects external messages.</source>
        <translation>L&apos;utilisateur de messagerie refuse les messages externes.</translation>
    </message>
    <message>
        <source>Recipient delivery restrictions.</source>
        <translation>Restrictions de livraison du destinataire.</translation>
    </message>
    <message>
        <source>Microsoft 365: trial tenant daily limit</source>
        <translation>Microsoft 365 : limite quotidienne du locataire d&apos;essai</translation>
    </message>
    <message>
        <source>A trial tenant exceeded its daily limit of external recipients.</source>
        <translation>Un locataire d&apos;essai a dépassé sa limite quotidienne de destinataires externes.</translation>
    </message>
    <message>
        <source>Trial tenants have low sending limits.</source>
        <translation>Les locataires d&apos;essai ont des limites d&apos;envoi basses.</translation>
    </message>
    <message>
        <source>Wait 24 hours or switch to a paid subscription.</source>
        <translation>Attendez 24 heures ou passez à un abonnement payant.</translation>
    </message>
    <message>
        <source>Microsoft 365: tenant daily limit</source>
        <translation>Microsoft 365 : limite quotidienne du locataire</translation>
    </message>
    <message>
        <source>The tenant exceeded its daily limit of external recipients.</source>
        <translation>Le locataire a dépassé sa limite quotidienne de destinataires externes.</translation>
    </message>
    <message>
        <source>Large sends from the tenant.</source>
        <translation>Des envois volumineux depuis le locataire.</translation>
    </message>
    <message>
        <source>Wait for the 24-hour window to pass.</source>
        <translation>Attendez la fin de la fenêtre de 24 heures.</translation>
    </message>
    <message>
        <source>Microsoft 365: STARTTLS not supported</source>
        <translation>Microsoft 365 : STARTTLS non pris en charge</translation>
    </message>
    <message>
        <source>The destination must be reached over TLS but does not offer STARTTLS.</source>
        <translation>La destination doit être jointe via TLS, mais elle ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <source>The destination lacks TLS.</source>
        <translation>La destination ne prend pas en charge TLS.</translation>
    </message>
    <message>
        <source>The destination must enable STARTTLS.</source>
        <translation>La destination doit activer STARTTLS.</translation>
    </message>
    <message>
        <source>Microsoft 365: certificate expired</source>
        <translation>Microsoft 365 : certificat expiré</translation>
    </message>
    <message>
        <source>The destination&apos;s TLS certificate has expired.</source>
        <translation>Le certificat TLS de la destination a expiré.</translation>
    </message>
    <message>
        <source>The destination must renew its certificate.</source>
        <translation>La destination doit renouveler son certificat.</translation>
    </message>
    <message>
        <source>Microsoft 365: DANE TLSA invalid</source>
        <translation>Microsoft 365 : DANE TLSA invalide</translation>
    </message>
    <message>
        <source>The destination failed DANE validation.</source>
        <translation>La destination a échoué à la validation DANE.</translation>
    </message>
    <message>
        <source>TLSA records do not match the certificate.</source>
        <translation>Les enregistrements TLSA ne correspondent pas au certificat.</translation>
    </message>
    <message>
        <source>The destination must fix TLSA records or the certificate.</source>
        <translation>La destination doit corriger ses enregistrements TLSA ou son certificat.</translation>
    </message>
    <message>
        <source>Microsoft 365: DNSSEC invalid</source>
        <translation>Microsoft 365 : DNSSEC invalide</translation>
    </message>
    <message>
        <source>The destination domain returned invalid DNSSEC records.</source>
        <translation>Le domaine de destination a renvoyé des enregistrements DNSSEC invalides.</translation>
    </message>
    <message>
        <source>The destination must fix its DNSSEC setup.</source>
        <translation>La destination doit corriger sa configuration DNSSEC.</translation>
    </message>
    <message>
        <source>Microsoft 365: access denied, spam abuse detected</source>
        <translation>Microsoft 365 : accès refusé, abus de spam détecté</translation>
    </message>
    <message>
        <source>The sending account was banned for sending spam.</source>
        <translation>Le compte expéditeur a été banni pour envoi de spam.</translation>
    </message>
    <message>
        <source>A compromised account.</source>
        <translation>Un compte compromis.</translation>
    </message>
    <message>
        <source>Secure the account and contact Microsoft support.</source>
        <translation>Sécurisez le compte et contactez le support Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sender</source>
        <translation>Microsoft 365 : expéditeur banni</translation>
    </message>
    <message>
        <source>The sending account was banned for spam.</source>
        <translation>Le compte expéditeur a été banni pour spam.</translation>
    </message>
    <message>
        <source>Microsoft 365: bad HELO</source>
        <translation>Microsoft 365 : HELO incorrect</translation>
    </message>
    <message>
        <source>The sending server&apos;s HELO/EHLO name claims to be the destination.</source>
        <translation>Le nom HELO/EHLO du serveur d&apos;envoi prétend être la destination.</translation>
    </message>
    <message>
        <source>A wrong HELO name in the sending server.</source>
        <translation>Un nom HELO incorrect sur le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Use your own host name in HELO/EHLO.</source>
        <translation>Utilisez votre propre nom d&apos;hôte dans HELO/EHLO.</translation>
    </message>
    <message>
        <source>Microsoft 365: IP rejected by the recipient organization</source>
        <translation>Microsoft 365 : IP rejetée par l&apos;organisation du destinataire</translation>
    </message>
    <message>
        <source>The recipient&apos;s organization blocks your sending IP.</source>
        <translation>L&apos;organisation du destinataire bloque votre IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>The recipient added your IP to its block list.</source>
        <translation>Le destinataire a ajouté votre IP à sa liste de blocage.</translation>
    </message>
    <message>
        <source>Ask the recipient to unblock you.</source>
        <translation>Demandez au destinataire de vous débloquer.</translation>
    </message>
    <message>
        <source>Microsoft 365: DMARC reject</source>
        <translation>Microsoft 365 : rejet DMARC</translation>
    </message>
    <message>
        <source>The From domain failed DMARC with a reject policy.</source>
        <translation>Le domaine From a échoué à DMARC avec une politique de rejet.</translation>
    </message>
    <message>
        <source>SPF/DKIM not aligned with the From domain.</source>
        <translation>SPF/DKIM non alignés sur le domaine From.</translation>
    </message>
    <message>
        <source>Align SPF or DKIM with the From domain.</source>
        <translation>Alignez SPF ou DKIM sur le domaine From.</translation>
    </message>
    <message>
        <source>Microsoft 365: no mail over IPv6</source>
        <translation>Microsoft 365 : pas de courrier sur IPv6</translation>
    </message>
    <message>
        <source>The recipient domain does not accept email over IPv6.</source>
        <translation>Le domaine destinataire n&apos;accepte pas le courrier sur IPv6.</translation>
    </message>
    <message>
        <source>Send over IPv4.</source>
        <translation>Envoyez sur IPv4.</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sender IP</source>
        <translation>Microsoft 365 : IP d&apos;envoi bannie</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s block list.</source>
        <translation>L&apos;IP d&apos;envoi figure sur la liste de blocage de Microsoft.</translation>
    </message>
    <message>
        <source>Spam or abuse from this IP.</source>
        <translation>Spam ou abus depuis cette IP.</translation>
    </message>
    <message>
        <source>Request removal through delist@microsoft.com.</source>
        <translation>Demandez le retrait via delist@microsoft.com.</translation>
    </message>
    <message>
        <source>Microsoft 365: no valid From address</source>
        <translation>Microsoft 365 : pas d&apos;adresse From valide</translation>
    </message>
    <message>
        <source>The message has no valid From address.</source>
        <translation>Le message n&apos;a pas d&apos;adresse From valide.</translation>
    </message>
    <message>
        <source>A broken From header.</source>
        <translation>Un en-tête From défectueux.</translation>
    </message>
    <message>
        <source>Send one RFC 5322-compliant From header.</source>
        <translation>Envoyez un seul en-tête From conforme à la RFC 5322.</translation>
    </message>
    <message>
        <source>Microsoft 365: blocked by a custom block list</source>
        <translation>Microsoft 365 : bloqué par une liste de blocage personnalisée</translation>
    </message>
    <message>
        <source>The recipient domain blocks your IP in its own list.</source>
        <translation>Le domaine destinataire bloque votre IP dans sa propre liste.</translation>
    </message>
    <message>
        <source>Microsoft 365: external forwarding not allowed</source>
        <translation>Microsoft 365 : transfert externe non autorisé</translation>
    </message>
    <message>
        <source>The organization does not allow automatic forwarding to external addresses.</source>
        <translation>L&apos;organisation n&apos;autorise pas le transfert automatique vers des adresses externes.</translation>
    </message>
    <message>
        <source>An outbound spam policy blocks forwarding.</source>
        <translation>Une politique anti-spam sortante bloque le transfert.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must allow forwarding for this mailbox.</source>
        <translation>L&apos;administrateur de l&apos;expéditeur doit autoriser le transfert pour cette boîte.</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP</source>
        <translation>Microsoft 365 : IP d&apos;envoi bannie</translation>
    </message>
    <message>
        <source>Microsoft banned the sending IP because of its reputation.</source>
        <translation>Microsoft a banni l&apos;IP d&apos;envoi à cause de sa réputation.</translation>
    </message>
    <message>
        <source>Use the delist portal at sender.office.com.</source>
        <translation>Utilisez le portail de retrait sender.office.com.</translation>
    </message>
    <message>
        <source>Microsoft 365: blocked by Tenant Allow/Block List</source>
        <translation>Microsoft 365 : bloqué par la Tenant Allow/Block List</translation>
    </message>
    <message>
        <source>Your own organization blocks this recipient or domain.</source>
        <translation>Votre propre organisation bloque ce destinataire ou ce domaine.</translation>
    </message>
    <message>
        <source>An entry in the Tenant Allow/Block List.</source>
        <translation>Une entrée de la Tenant Allow/Block List.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must remove the entry.</source>
        <translation>L&apos;administrateur de l&apos;expéditeur doit supprimer l&apos;entrée.</translation>
    </message>
    <message>
        <source>Microsoft 365: tenant exceeded threshold</source>
        <translation>Microsoft 365 : seuil du locataire dépassé</translation>
    </message>
    <message>
        <source>Most traffic from the tenant was suspicious, so it was blocked.</source>
        <translation>La majeure partie du trafic du locataire était suspecte, il a donc été bloqué.</translation>
    </message>
    <message>
        <source>Compromised accounts in the tenant.</source>
        <translation>Des comptes compromis dans le locataire.</translation>
    </message>
    <message>
        <source>Resolve the compromise and contact Microsoft support.</source>
        <translation>Résolvez la compromission et contactez le support Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365: traffic not accepted from this IP</source>
        <translation>Microsoft 365 : trafic refusé depuis cette IP</translation>
    </message>
    <message>
        <source>The IP is blocked because of suspicious traffic.</source>
        <translation>L&apos;IP est bloquée à cause d&apos;un trafic suspect.</translation>
    </message>
    <message>
        <source>Resolve the cause and contact Microsoft support.</source>
        <translation>Éliminez la cause et contactez le support Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365: unregistered sender domain</source>
        <translation>Microsoft 365 : domaine d&apos;envoi non enregistré</translation>
    </message>
    <message>
        <source>The tenant sends from domains it has not added and verified.</source>
        <translation>Le locataire envoie depuis des domaines qu&apos;il n&apos;a pas ajoutés et vérifiés.</translation>
    </message>
    <message>
        <source>A sending domain not verified in the tenant.</source>
        <translation>Un domaine d&apos;envoi non vérifié dans le locataire.</translation>
    </message>
    <message>
        <source>Add and verify the domain in Microsoft 365.</source>
        <translation>Ajoutez et vérifiez le domaine dans Microsoft 365.</translation>
    </message>
    <message>
        <source>Microsoft 365: temporarily throttled</source>
        <translation>Microsoft 365 : débit temporairement limité</translation>
    </message>
    <message>
        <source>Exchange Online defers mail from your IP because of its reputation or volume.</source>
        <translation>Exchange Online diffère le courrier de votre IP à cause de sa réputation ou de son volume.</translation>
    </message>
    <message>
        <source>A new or poorly rated IP, or a burst of volume.</source>
        <translation>Une IP nouvelle ou mal notée, ou un pic de volume.</translation>
    </message>
    <message>
        <source>Slow down; retries will get through as reputation improves.</source>
        <translation>Ralentissez ; les nouvelles tentatives passeront à mesure que la réputation s&apos;améliore.</translation>
    </message>
    <message>
        <source>Microsoft 365: temporarily rate limited due to IP reputation</source>
        <translation>Microsoft 365 : débit temporairement limité à cause de la réputation de l&apos;IP</translation>
    </message>
    <message>
        <source>Exchange Online rate-limits your IP because of its reputation.</source>
        <translation>Exchange Online limite le débit de votre IP à cause de sa réputation.</translation>
    </message>
    <message>
        <source>Spam-like traffic from the IP.</source>
        <translation>Trafic de type spam depuis l&apos;IP.</translation>
    </message>
    <message>
        <source>Slow down and check the IP&apos;s reputation (SNDS).</source>
        <translation>Ralentissez et vérifiez la réputation de l&apos;IP (SNDS).</translation>
    </message>
    <message>
        <source>Outlook.com: network on block list (S3150)</source>
        <translation>Outlook.com : réseau sur liste de blocage (S3150)</translation>
    </message>
    <message>
        <source>Outlook.com refuses the IP because part of its network is on Microsoft&apos;s block list.</source>
        <translation>Outlook.com refuse l&apos;IP car une partie de son réseau figure sur la liste de blocage de Microsoft.</translation>
    </message>
    <message>
        <source>The IP range has a poor reputation.</source>
        <translation>La plage d&apos;IP a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Request delisting at sender.office.com / the Outlook.com support form.</source>
        <translation>Demandez le retrait sur sender.office.com / via le formulaire de support d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: network on block list (S3140)</source>
        <translation>Outlook.com : réseau sur liste de blocage (S3140)</translation>
    </message>
    <message>
        <source>Request delisting through the Outlook.com sender support form.</source>
        <translation>Demandez le retrait via le formulaire de support aux expéditeurs d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: IP blocked (S3115)</source>
        <translation>Outlook.com : IP bloquée (S3115)</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from this IP.</source>
        <translation>Outlook.com refuse le courrier de cette IP.</translation>
    </message>
    <message>
        <source>The IP&apos;s reputation.</source>
        <translation>La réputation de l&apos;IP.</translation>
    </message>
    <message>
        <source>Outlook.com: IP blocked (S3114)</source>
        <translation>Outlook.com : IP bloquée (S3114)</translation>
    </message>
    <message>
        <source>Outlook.com: rejected for policy reasons (SC-001)</source>
        <translation>Outlook.com : refusé pour raisons de politique (SC-001)</translation>
    </message>
    <message>
        <source>Outlook.com refused the mail for policy reasons, such as IP or domain reputation.</source>
        <translation>Outlook.com a refusé le courrier pour des raisons de politique, comme la réputation de l&apos;IP ou du domaine.</translation>
    </message>
    <message>
        <source>Spam-like content or reputation problems.</source>
        <translation>Contenu de type spam ou problèmes de réputation.</translation>
    </message>
    <message>
        <source>Improve list quality; request mitigation from Outlook.com support.</source>
        <translation>Améliorez la qualité de la liste ; demandez une atténuation au support d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: namespace mining (SC-002)</source>
        <translation>Outlook.com : collecte d&apos;adresses (SC-002)</translation>
    </message>
    <message>
        <source>The IP tried many non-existent addresses (directory harvesting).</source>
        <translation>L&apos;IP a essayé de nombreuses adresses inexistantes (collecte d&apos;adresses sur l&apos;annuaire).</translation>
    </message>
    <message>
        <source>Poor list hygiene.</source>
        <translation>Mauvaise hygiène de liste.</translation>
    </message>
    <message>
        <source>Clean the list; contact Outlook.com support.</source>
        <translation>Nettoyez la liste ; contactez le support d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: open proxy or relay (SC-003)</source>
        <translation>Outlook.com : proxy ou relais ouvert (SC-003)</translation>
    </message>
    <message>
        <source>The IP looks like an open proxy or relay.</source>
        <translation>L&apos;IP ressemble à un proxy ou à un relais ouvert.</translation>
    </message>
    <message>
        <source>Secure the server.</source>
        <translation>Sécurisez le serveur.</translation>
    </message>
    <message>
        <source>Outlook.com: complaints (SC-004)</source>
        <translation>Outlook.com : plaintes (SC-004)</translation>
    </message>
    <message>
        <source>The IP was blocked after user complaints.</source>
        <translation>L&apos;IP a été bloquée après des plaintes d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Spam complaints.</source>
        <translation>Plaintes pour spam.</translation>
    </message>
    <message>
        <source>Send only wanted mail; contact Outlook.com support.</source>
        <translation>N&apos;envoyez que du courrier souhaité ; contactez le support d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: dynamic IP (DY-001)</source>
        <translation>Outlook.com : IP dynamique (DY-001)</translation>
    </message>
    <message>
        <source>Outlook.com does not accept mail from dynamic IPs.</source>
        <translation>Outlook.com n&apos;accepte pas le courrier provenant d&apos;IP dynamiques.</translation>
    </message>
    <message>
        <source>Sending from a consumer or dynamic address range.</source>
        <translation>Envoi depuis une plage d&apos;adresses grand public ou dynamique.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s mail server or a static IP with PTR.</source>
        <translation>Envoyez via le serveur de messagerie de votre fournisseur, ou depuis une IP fixe dotée d&apos;un PTR.</translation>
    </message>
    <message>
        <source>Outlook.com: compromised IP (DY-002)</source>
        <translation>Outlook.com : IP compromise (DY-002)</translation>
    </message>
    <message>
        <source>The IP was identified as compromised.</source>
        <translation>L&apos;IP a été identifiée comme compromise.</translation>
    </message>
    <message>
        <source>Malware or an open relay.</source>
        <translation>Un logiciel malveillant ou un relais ouvert.</translation>
    </message>
    <message>
        <source>Clean up the host.</source>
        <translation>Assainissez la machine.</translation>
    </message>
    <message>
        <source>Outlook.com: rejected for policy reasons (OU-001)</source>
        <translation>Outlook.com : refusé pour raisons de politique (OU-001)</translation>
    </message>
    <message>
        <source>Outlook.com refused the mail for policy reasons.</source>
        <translation>Outlook.com a refusé le courrier pour des raisons de politique.</translation>
    </message>
    <message>
        <source>Contact Outlook.com sender support.</source>
        <translation>Contactez le support aux expéditeurs d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: spam-like content (OU-002)</source>
        <translation>Outlook.com : contenu de type spam (OU-002)</translation>
    </message>
    <message>
        <source>Outlook.com refused the mail as spam-like or for reputation.</source>
        <translation>Outlook.com a refusé le courrier comme spam ou à cause de la réputation.</translation>
    </message>
    <message>
        <source>Review content and reputation.</source>
        <translation>Revoyez le contenu et la réputation.</translation>
    </message>
    <message>
        <source>Outlook.com: hourly/daily limit (RP-001)</source>
        <translation>Outlook.com : limite horaire/quotidienne (RP-001)</translation>
    </message>
    <message>
        <source>The IP exceeded Outlook.com&apos;s message limits.</source>
        <translation>L&apos;IP a dépassé les limites de messages d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Too many messages too fast.</source>
        <translation>Trop de messages trop vite.</translation>
    </message>
    <message>
        <source>Slow down.</source>
        <translation>Ralentissez.</translation>
    </message>
    <message>
        <source>Outlook.com: limit reached (RP-002)</source>
        <translation>Outlook.com : limite atteinte (RP-002)</translation>
    </message>
    <message>
        <source>The IP exceeded Outlook.com&apos;s limits.</source>
        <translation>L&apos;IP a dépassé les limites d&apos;Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: too many connections (RP-003)</source>
        <translation>Outlook.com : trop de connexions (RP-003)</translation>
    </message>
    <message>
        <source>The IP opened too many connections.</source>
        <translation>L&apos;IP a ouvert trop de connexions.</translation>
    </message>
    <message>
        <source>Use fewer concurrent connections.</source>
        <translation>Utilisez moins de connexions simultanées.</translation>
    </message>
    <message>
        <source>Microsoft: IP on FBLW15 block list</source>
        <translation>Microsoft : IP sur la liste de blocage FBLW15</translation>
    </message>
    <message>
        <source>The IP is on Microsoft&apos;s FBLW15 block list.</source>
        <translation>L&apos;IP figure sur la liste de blocage FBLW15 de Microsoft.</translation>
    </message>
    <message>
        <source>Spam or abuse from the IP.</source>
        <translation>Spam ou abus depuis l&apos;IP.</translation>
    </message>
    <message>
        <source>Request delisting at delist@messaging.microsoft.com or sender.office.com.</source>
        <translation>Demandez le retrait à delist@messaging.microsoft.com ou sur sender.office.com.</translation>
    </message>
    <message>
        <source>Yahoo: deferred, more than reputation allows (TSS04)</source>
        <translation>Yahoo : différé, volume supérieur à ce que permet la réputation (TSS04)</translation>
    </message>
    <message>
        <source>Yahoo defers mail because the IP sends more than its reputation allows.</source>
        <translation>Yahoo diffère le courrier car l&apos;IP envoie plus que sa réputation ne le permet.</translation>
    </message>
    <message>
        <source>Volume spikes, complaints, or a new IP.</source>
        <translation>Pics de volume, plaintes ou nouvelle IP.</translation>
    </message>
    <message>
        <source>Slow down and let retries run; improve reputation.</source>
        <translation>Ralentissez et laissez les nouvelles tentatives se faire ; améliorez la réputation.</translation>
    </message>
    <message>
        <source>Yahoo: permanently deferred (TSS09)</source>
        <translation>Yahoo : différé de façon permanente (TSS09)</translation>
    </message>
    <message>
        <source>Yahoo permanently refuses mail from this IP because of significant abuse.</source>
        <translation>Yahoo refuse définitivement le courrier de cette IP à cause d&apos;abus importants.</translation>
    </message>
    <message>
        <source>Serious abuse or policy violations.</source>
        <translation>Abus graves ou violations de politique.</translation>
    </message>
    <message>
        <source>Fix the cause and contact Yahoo&apos;s postmaster.</source>
        <translation>Corrigez la cause et contactez le postmaster de Yahoo.</translation>
    </message>
    <message>
        <source>Yahoo: sender blocked (TSS11)</source>
        <translation>Yahoo : expéditeur bloqué (TSS11)</translation>
    </message>
    <message>
        <source>Yahoo blocks the sender after repeated policy violations.</source>
        <translation>Yahoo bloque l&apos;expéditeur après des violations répétées de sa politique.</translation>
    </message>
    <message>
        <source>Persistent spam complaints.</source>
        <translation>Plaintes pour spam persistantes.</translation>
    </message>
    <message>
        <source>Yahoo: deferred, new or unknown IP (TS01)</source>
        <translation>Yahoo : différé, IP nouvelle ou inconnue (TS01)</translation>
    </message>
    <message>
        <source>Yahoo temporarily defers mail from an IP with little history or sudden volume.</source>
        <translation>Yahoo diffère temporairement le courrier d&apos;une IP qui a peu d&apos;historique ou un volume soudain.</translation>
    </message>
    <message>
        <source>A new IP or a volume spike.</source>
        <translation>Une nouvelle IP ou un pic de volume.</translation>
    </message>
    <message>
        <source>Warm up the IP slowly.</source>
        <translation>Chauffez l&apos;IP progressivement.</translation>
    </message>
    <message>
        <source>Yahoo: deferred for complaints (TS02)</source>
        <translation>Yahoo : différé pour plaintes (TS02)</translation>
    </message>
    <message>
        <source>Yahoo temporarily defers mail because of a spike of complaints.</source>
        <translation>Yahoo diffère temporairement le courrier à cause d&apos;un pic de plaintes.</translation>
    </message>
    <message>
        <source>Recipients mark the mail as spam.</source>
        <translation>Les destinataires marquent le courrier comme spam.</translation>
    </message>
    <message>
        <source>Reduce complaints: send only wanted mail, make unsubscribing easy.</source>
        <translation>Réduisez les plaintes : n&apos;envoyez que du courrier souhaité, facilitez la désinscription.</translation>
    </message>
    <message>
        <source>Yahoo: traffic held for abuse signals (TS03)</source>
        <translation>Yahoo : trafic retenu pour signaux d&apos;abus (TS03)</translation>
    </message>
    <message>
        <source>Yahoo holds traffic because of abuse signals such as unknown users or content changes.</source>
        <translation>Yahoo retient le trafic à cause de signaux d&apos;abus comme des utilisateurs inconnus ou des changements de contenu.</translation>
    </message>
    <message>
        <source>Many unknown users or suspicious changes.</source>
        <translation>Beaucoup d&apos;utilisateurs inconnus ou des changements suspects.</translation>
    </message>
    <message>
        <source>Clean the list and check the sending setup.</source>
        <translation>Nettoyez la liste et vérifiez la configuration d&apos;envoi.</translation>
    </message>
    <message>
        <source>Yahoo: sender reputation too low (TS06)</source>
        <translation>Yahoo : réputation de l&apos;expéditeur trop faible (TS06)</translation>
    </message>
    <message>
        <source>Yahoo refuses the mail because the sender&apos;s reputation is too low.</source>
        <translation>Yahoo refuse le courrier car la réputation de l&apos;expéditeur est trop faible.</translation>
    </message>
    <message>
        <source>Show Yahoo&apos;s postmaster how complaints and bounces are controlled.</source>
        <translation>Montrez au postmaster de Yahoo comment vous maîtrisez les plaintes et les rebonds.</translation>
    </message>
    <message>
        <source>Yahoo: abusive content (TS07)</source>
        <translation>Yahoo : contenu abusif (TS07)</translation>
    </message>
    <message>
        <source>Yahoo detected phishing-like or obfuscated content.</source>
        <translation>Yahoo a détecté un contenu de type hameçonnage ou obscurci.</translation>
    </message>
    <message>
        <source>Deceptive links or content.</source>
        <translation>Liens ou contenu trompeurs.</translation>
    </message>
    <message>
        <source>Remove the offending content.</source>
        <translation>Retirez le contenu en cause.</translation>
    </message>
    <message>
        <source>Yahoo: not accepted for policy reasons (PH01)</source>
        <translation>Yahoo : refusé pour raisons de politique (PH01)</translation>
    </message>
    <message>
        <source>Yahoo permanently refuses the mail for policy reasons, e.g. a Spamhaus listing, DMARC failure or compromised systems.</source>
        <translation>Yahoo refuse définitivement le courrier pour des raisons de politique, par ex. une inscription chez Spamhaus, un échec DMARC ou des systèmes compromis.</translation>
    </message>
    <message>
        <source>A blocklisting, DMARC failure or compromise.</source>
        <translation>Une inscription sur liste de blocage, un échec DMARC ou une compromission.</translation>
    </message>
    <message>
        <source>Fix the cause and give Yahoo proof before sending again.</source>
        <translation>Corrigez la cause et apportez-en la preuve à Yahoo avant de renvoyer du courrier.</translation>
    </message>
    <message>
        <source>Yahoo: IP listed by Spamhaus (BL21)</source>
        <translation>Yahoo : IP listée par Spamhaus (BL21)</translation>
    </message>
    <message>
        <source>Yahoo refuses connections from an IP on a Spamhaus list.</source>
        <translation>Yahoo refuse les connexions d&apos;une IP inscrite sur une liste Spamhaus.</translation>
    </message>
    <message>
        <source>The IP is on the Spamhaus SBL/XBL.</source>
        <translation>L&apos;IP figure sur la SBL/XBL de Spamhaus.</translation>
    </message>
    <message>
        <source>Get delisted at Spamhaus after fixing the cause.</source>
        <translation>Obtenez le retrait chez Spamhaus après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>Yahoo: IP listed by Spamhaus (BL23)</source>
        <translation>Yahoo : IP listée par Spamhaus (BL23)</translation>
    </message>
    <message>
        <source>The IP is on a Spamhaus list.</source>
        <translation>L&apos;IP figure sur une liste Spamhaus.</translation>
    </message>
    <message>
        <source>Yahoo: IP listed by Spamhaus</source>
        <translation>Yahoo : IP listée par Spamhaus</translation>
    </message>
    <message>
        <source>The IP is on the Spamhaus ZEN/XBL lists.</source>
        <translation>L&apos;IP figure sur les listes ZEN/XBL de Spamhaus.</translation>
    </message>
    <message>
        <source>Yahoo: too many messages on one connection</source>
        <translation>Yahoo : trop de messages sur une même connexion</translation>
    </message>
    <message>
        <source>Yahoo closes connections that carry too many messages.</source>
        <translation>Yahoo ferme les connexions qui transportent trop de messages.</translation>
    </message>
    <message>
        <source>Open new connections; send fewer messages per connection.</source>
        <translation>Ouvrez de nouvelles connexions ; envoyez moins de messages par connexion.</translation>
    </message>
    <message>
        <source>Yahoo: recipient receives mail too fast</source>
        <translation>Yahoo : le destinataire reçoit trop de courrier trop vite</translation>
    </message>
    <message>
        <source>This recipient receives mail too fast.</source>
        <translation>Ce destinataire reçoit du courrier trop rapidement.</translation>
    </message>
    <message>
        <source>Slow down to this recipient.</source>
        <translation>Ralentissez les envois vers ce destinataire.</translation>
    </message>
    <message>
        <source>Yahoo: no such account</source>
        <translation>Yahoo : compte inexistant</translation>
    </message>
    <message>
        <source>The Yahoo/AOL account does not exist.</source>
        <translation>Le compte Yahoo/AOL n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A typo or a deleted account.</source>
        <translation>Une faute de frappe ou un compte supprimé.</translation>
    </message>
    <message>
        <source>Yahoo: mailbox disabled</source>
        <translation>Yahoo : boîte désactivée</translation>
    </message>
    <message>
        <source>The Yahoo/AOL account is disabled or dormant.</source>
        <translation>Le compte Yahoo/AOL est désactivé ou en sommeil.</translation>
    </message>
    <message>
        <source>Yahoo: headers not RFC compliant</source>
        <translation>Yahoo : en-têtes non conformes aux RFC</translation>
    </message>
    <message>
        <source>The message headers break RFC 5322.</source>
        <translation>Les en-têtes du message enfreignent la RFC 5322.</translation>
    </message>
    <message>
        <source>Malformed or duplicate headers.</source>
        <translation>En-têtes mal formés ou en double.</translation>
    </message>
    <message>
        <source>Fix header generation.</source>
        <translation>Corrigez la génération des en-têtes.</translation>
    </message>
    <message>
        <source>Yahoo: not accepted for policy reasons</source>
        <translation>Yahoo : refusé pour raisons de politique</translation>
    </message>
    <message>
        <source>Yahoo refused the message for policy reasons (authentication, content or reputation).</source>
        <translation>Yahoo a refusé le message pour des raisons de politique (authentification, contenu ou réputation).</translation>
    </message>
    <message>
        <source>DMARC failure, content or reputation.</source>
        <translation>Échec DMARC, contenu ou réputation.</translation>
    </message>
    <message>
        <source>Check SPF, DKIM and DMARC; see Yahoo Sender Hub.</source>
        <translation>Vérifiez SPF, DKIM et DMARC ; consultez Yahoo Sender Hub.</translation>
    </message>
    <message>
        <source>Yahoo: mailbox not found</source>
        <translation>Yahoo : boîte introuvable</translation>
    </message>
    <message>
        <source>The Yahoo/AOL mailbox does not exist.</source>
        <translation>La boîte Yahoo/AOL n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Yahoo: relaying denied</source>
        <translation>Yahoo : relais refusé</translation>
    </message>
    <message>
        <source>Yahoo will not relay for this address.</source>
        <translation>Yahoo refuse de relayer pour cette adresse.</translation>
    </message>
    <message>
        <source>The recipient is not a Yahoo/AOL address.</source>
        <translation>Le destinataire n&apos;est pas une adresse Yahoo/AOL.</translation>
    </message>
    <message>
        <source>Check the recipient address and its MX.</source>
        <translation>Vérifiez l&apos;adresse du destinataire et son MX.</translation>
    </message>
    <message>
        <source>iCloud: rejected by local policy (CS01)</source>
        <translation>iCloud : rejeté par la politique locale (CS01)</translation>
    </message>
    <message>
        <source>Apple&apos;s filters refused the message by local policy, usually for content or reputation.</source>
        <translation>Les filtres d&apos;Apple ont refusé le message selon leur politique locale, généralement pour le contenu ou la réputation.</translation>
    </message>
    <message>
        <source>Spam-like content or poor sender reputation.</source>
        <translation>Contenu de type spam ou mauvaise réputation de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Review content and reputation; authenticate with SPF, DKIM and DMARC.</source>
        <translation>Revoyez le contenu et la réputation ; authentifiez-vous avec SPF, DKIM et DMARC.</translation>
    </message>
    <message>
        <source>iCloud: rejected by local policy (HM08)</source>
        <translation>iCloud : rejeté par la politique locale (HM08)</translation>
    </message>
    <message>
        <source>Apple refused the message by local policy.</source>
        <translation>Apple a refusé le message selon sa politique locale.</translation>
    </message>
    <message>
        <source>iCloud: deferred for excessive volume</source>
        <translation>iCloud : différé pour volume excessif</translation>
    </message>
    <message>
        <source>Apple defers mail that arrives too fast.</source>
        <translation>Apple diffère le courrier qui arrive trop vite.</translation>
    </message>
    <message>
        <source>iCloud: too many errors on the connection</source>
        <translation>iCloud : trop d&apos;erreurs sur la connexion</translation>
    </message>
    <message>
        <source>Apple closed the connection after too many SMTP errors.</source>
        <translation>Apple a fermé la connexion après trop d&apos;erreurs SMTP.</translation>
    </message>
    <message>
        <source>Many invalid recipients or commands.</source>
        <translation>Beaucoup de destinataires ou de commandes invalides.</translation>
    </message>
    <message>
        <source>Clean the list; fix the SMTP client.</source>
        <translation>Nettoyez la liste ; corrigez le client SMTP.</translation>
    </message>
    <message>
        <source>iCloud: rejected by DMARC policy</source>
        <translation>iCloud : rejeté par la politique DMARC</translation>
    </message>
    <message>
        <source>iCloud: domain on Spamhaus DBL</source>
        <translation>iCloud : domaine sur la DBL de Spamhaus</translation>
    </message>
    <message>
        <source>A domain in the message is on the Spamhaus Domain Block List.</source>
        <translation>Un domaine cité dans le message figure sur la Domain Block List de Spamhaus.</translation>
    </message>
    <message>
        <source>Get the domain removed from the DBL.</source>
        <translation>Faites retirer le domaine de la DBL.</translation>
    </message>
    <message>
        <source>iCloud: user does not exist</source>
        <translation>iCloud : l&apos;utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <source>The iCloud address does not exist.</source>
        <translation>L&apos;adresse iCloud n&apos;existe pas.</translation>
    </message>
    <message>
        <source>iCloud: over quota</source>
        <translation>iCloud : quota dépassé</translation>
    </message>
    <message>
        <source>The recipient&apos;s iCloud storage is full.</source>
        <translation>L&apos;espace de stockage iCloud du destinataire est plein.</translation>
    </message>
    <message>
        <source>iCloud: relay access denied</source>
        <translation>iCloud : relais refusé</translation>
    </message>
    <message>
        <source>Apple&apos;s servers will not relay this message.</source>
        <translation>Les serveurs d&apos;Apple refusent de relayer ce message.</translation>
    </message>
    <message>
        <source>Send to the recipient domain&apos;s own MX hosts.</source>
        <translation>Envoyez aux hôtes MX du domaine destinataire lui-même.</translation>
    </message>
    <message>
        <source>iCloud: service unavailable</source>
        <translation>iCloud : service indisponible</translation>
    </message>
    <message>
        <source>A temporary problem on Apple&apos;s side.</source>
        <translation>Un problème temporaire du côté d&apos;Apple.</translation>
    </message>
    <message>
        <source>Comcast: IP blocked for spam patterns (BL000000)</source>
        <translation>Comcast : IP bloquée pour des comportements de spam (BL000000)</translation>
    </message>
    <message>
        <source>Comcast blocks the IP because its traffic looks like spam.</source>
        <translation>Comcast bloque l&apos;IP car son trafic ressemble à du spam.</translation>
    </message>
    <message>
        <source>Contact Comcast&apos;s postmaster after fixing the cause.</source>
        <translation>Contactez le postmaster de Comcast après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>Comcast: IP on Spamhaus ZEN (BL000001)</source>
        <translation>Comcast : IP sur Spamhaus ZEN (BL000001)</translation>
    </message>
    <message>
        <source>The IP is listed on Spamhaus ZEN.</source>
        <translation>L&apos;IP est listée sur Spamhaus ZEN.</translation>
    </message>
    <message>
        <source>Get delisted at Spamhaus.</source>
        <translation>Obtenez le retrait chez Spamhaus.</translation>
    </message>
    <message>
        <source>Comcast: IP on Cloudmark CSI (BL000010)</source>
        <translation>Comcast : IP sur Cloudmark CSI (BL000010)</translation>
    </message>
    <message>
        <source>The IP is listed by Cloudmark Sender Intelligence.</source>
        <translation>L&apos;IP est listée par Cloudmark Sender Intelligence.</translation>
    </message>
    <message>
        <source>Request removal from Cloudmark.</source>
        <translation>Demandez le retrait à Cloudmark.</translation>
    </message>
    <message>
        <source>Comcast: IP on Spamhaus and Cloudmark (BL000011)</source>
        <translation>Comcast : IP sur Spamhaus et Cloudmark (BL000011)</translation>
    </message>
    <message>
        <source>The IP is listed on both Spamhaus ZEN and Cloudmark CSI.</source>
        <translation>L&apos;IP est listée à la fois sur Spamhaus ZEN et Cloudmark CSI.</translation>
    </message>
    <message>
        <source>Request removal from both lists.</source>
        <translation>Demandez le retrait des deux listes.</translation>
    </message>
    <message>
        <source>Comcast: IP on Comcast&apos;s block list (BL000100)</source>
        <translation>Comcast : IP sur la liste de blocage de Comcast (BL000100)</translation>
    </message>
    <message>
        <source>The IP is on Comcast&apos;s own block list.</source>
        <translation>L&apos;IP figure sur la propre liste de blocage de Comcast.</translation>
    </message>
    <message>
        <source>Contact Comcast&apos;s postmaster.</source>
        <translation>Contactez le postmaster de Comcast.</translation>
    </message>
    <message>
        <source>Comcast: rate limited (RL000001)</source>
        <translation>Comcast : débit limité (RL000001)</translation>
    </message>
    <message>
        <source>Comcast throttles the IP for sending too much too fast.</source>
        <translation>Comcast bride l&apos;IP parce qu&apos;elle envoie trop, trop vite.</translation>
    </message>
    <message>
        <source>Comcast: too many connections (RL000010)</source>
        <translation>Comcast : trop de connexions (RL000010)</translation>
    </message>
    <message>
        <source>The IP has too many connections open to Comcast.</source>
        <translation>L&apos;IP a trop de connexions ouvertes vers Comcast.</translation>
    </message>
    <message>
        <source>Comcast: DMARC rejection (DM000001)</source>
        <translation>Comcast : rejet DMARC (DM000001)</translation>
    </message>
    <message>
        <source>Comcast: not our customer</source>
        <translation>Comcast : pas notre client</translation>
    </message>
    <message>
        <source>The address does not exist at Comcast.</source>
        <translation>L&apos;adresse n&apos;existe pas chez Comcast.</translation>
    </message>
    <message>
        <source>Comcast: mailbox unallocated</source>
        <translation>Comcast : boîte non attribuée</translation>
    </message>
    <message>
        <source>The mailbox was never created or was removed.</source>
        <translation>La boîte n&apos;a jamais été créée ou a été supprimée.</translation>
    </message>
    <message>
        <source>Comcast: too many recent messages</source>
        <translation>Comcast : trop de messages récents</translation>
    </message>
    <message>
        <source>Too many messages were sent recently.</source>
        <translation>Trop de messages ont été envoyés récemment.</translation>
    </message>
    <message>
        <source>Comcast: over quota</source>
        <translation>Comcast : quota dépassé</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <translation>La boîte du destinataire a dépassé son quota.</translation>
    </message>
    <message>
        <source>Retry later; drop the address if it persists.</source>
        <translation>Réessayez plus tard ; supprimez l&apos;adresse si cela persiste.</translation>
    </message>
    <message>
        <source>AT&amp;T: IP on AT&amp;T&apos;s block list (DNSBL:RBL 521)</source>
        <translation>AT&amp;T : IP sur la liste de blocage d&apos;AT&amp;T (DNSBL:RBL 521)</translation>
    </message>
    <message>
        <source>AT&amp;T refuses the IP because it is on its DNS-based block list.</source>
        <translation>AT&amp;T refuse l&apos;IP car elle figure sur sa liste de blocage DNS.</translation>
    </message>
    <message>
        <source>Ask for removal at abuse_rbl@abuse-att.net after fixing the cause.</source>
        <translation>Demandez le retrait à abuse_rbl@abuse-att.net après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>AT&amp;T: IP on AT&amp;T&apos;s block list (DNSBL:ATTRBL 521)</source>
        <translation>AT&amp;T : IP sur la liste de blocage d&apos;AT&amp;T (DNSBL:ATTRBL 521)</translation>
    </message>
    <message>
        <source>AT&amp;T refuses the IP because it is on its own block list.</source>
        <translation>AT&amp;T refuse l&apos;IP car elle figure sur sa propre liste de blocage.</translation>
    </message>
    <message>
        <source>Ask for removal at abuse_rbl@abuse-att.net.</source>
        <translation>Demandez le retrait à abuse_rbl@abuse-att.net.</translation>
    </message>
    <message>
        <source>AT&amp;T: content not accepted for policy reasons (RL02)</source>
        <translation>AT&amp;T : contenu refusé pour raisons de politique (RL02)</translation>
    </message>
    <message>
        <source>AT&amp;T&apos;s filters refused the content.</source>
        <translation>Les filtres d&apos;AT&amp;T ont refusé le contenu.</translation>
    </message>
    <message>
        <source>Spam-like content.</source>
        <translation>Contenu de type spam.</translation>
    </message>
    <message>
        <source>Review the content; sign with DKIM aligned to the From domain.</source>
        <translation>Revoyez le contenu ; signez avec DKIM sous un domaine aligné sur le domaine From.</translation>
    </message>
    <message>
        <source>AT&amp;T: too many unknown users</source>
        <translation>AT&amp;T : trop d&apos;utilisateurs inconnus</translation>
    </message>
    <message>
        <source>AT&amp;T defers mail because you send to many addresses that do not exist.</source>
        <translation>AT&amp;T diffère le courrier car vous écrivez à beaucoup d&apos;adresses qui n&apos;existent pas.</translation>
    </message>
    <message>
        <source>Remove invalid AT&amp;T addresses from the list.</source>
        <translation>Retirez les adresses AT&amp;T invalides de la liste.</translation>
    </message>
    <message>
        <source>No reason could be determined.</source>
        <translation>Aucune raison n&apos;a pu être déterminée.</translation>
    </message>
    <message>
        <source>Rejected because SPF, DKIM or DMARC failed.</source>
        <translation>Rejeté car SPF, DKIM ou DMARC a échoué.</translation>
    </message>
    <message>
        <source>Rejected because of the sending IP address&apos;s reputation.</source>
        <translation>Rejeté à cause de la réputation de l&apos;adresse IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Rejected because of the client IP address or host name (or its HELO/EHLO).</source>
        <translation>Rejeté à cause de l&apos;adresse IP ou du nom d&apos;hôte du client (ou de son HELO/EHLO).</translation>
    </message>
    <message>
        <source>Rejected because of the message&apos;s header format or content.</source>
        <translation>Rejeté à cause du format des en-têtes ou du contenu du message.</translation>
    </message>
    <message>
        <source>Delivered successfully.</source>
        <translation>Livré avec succès.</translation>
    </message>
    <message>
        <source>The message exceeded a limit, such as the recipient&apos;s size limit.</source>
        <translation>Le message a dépassé une limite, par exemple la taille maximale du destinataire.</translation>
    </message>
    <message>
        <source>Delivery gave up after the retry period.</source>
        <translation>La livraison a été abandonnée après la période de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Delivery failed because of a STARTTLS problem.</source>
        <translation>La livraison a échoué à cause d&apos;un problème STARTTLS.</translation>
    </message>
    <message>
        <source>Not a bounce: a complaint (feedback loop) report.</source>
        <translation>Pas un rebond : un rapport de plainte (boucle de rétroaction).</translation>
    </message>
    <message>
        <source>Rejected after DATA because of the header content or a recipient-side filter.</source>
        <translation>Rejeté après DATA à cause du contenu des en-têtes ou d&apos;un filtre du destinataire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved and mail is not forwarded.</source>
        <translation>La boîte du destinataire a été déplacée et le courrier n&apos;est pas réexpédié.</translation>
    </message>
    <message>
        <source>The domain part of the recipient address does not exist.</source>
        <translation>La partie domaine de l&apos;adresse du destinataire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>La boîte du destinataire est pleine.</translation>
    </message>
    <message>
        <source>A local delivery program exited with an error.</source>
        <translation>Un programme de livraison locale s&apos;est terminé en erreur.</translation>
    </message>
    <message>
        <source>The message is too big for the destination server.</source>
        <translation>Le message est trop gros pour le serveur de destination.</translation>
    </message>
    <message>
        <source>The connection failed: DNS lookup failure, routing loop or another network problem.</source>
        <translation>La connexion a échoué : erreur DNS, boucle de routage ou autre problème réseau.</translation>
    </message>
    <message>
        <source>Rejected with &quot;relaying denied&quot;.</source>
        <translation>Rejeté avec « relais refusé ».</translation>
    </message>
    <message>
        <source>The destination does not accept any mail.</source>
        <translation>La destination n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <source>Rejected for not complying with the message format standards (RFC 5322).</source>
        <translation>Rejeté pour non-conformité au format des messages (RFC 5322).</translation>
    </message>
    <message>
        <source>Too little information to decide.</source>
        <translation>Trop peu d&apos;informations pour décider.</translation>
    </message>
    <message>
        <source>Rejected by a policy of the destination.</source>
        <translation>Rejeté par une politique de la destination.</translation>
    </message>
    <message>
        <source>Rejected because of the sender (envelope MAIL FROM) address.</source>
        <translation>Rejeté à cause de l&apos;adresse de l&apos;expéditeur (enveloppe MAIL FROM).</translation>
    </message>
    <message>
        <source>Rejected because the sending IP address has no valid PTR record.</source>
        <translation>Rejeté car l&apos;adresse IP d&apos;envoi n&apos;a pas d&apos;enregistrement PTR valide.</translation>
    </message>
    <message>
        <source>Rejected for a security reason, such as missing authentication.</source>
        <translation>Rejeté pour une raison de sécurité, par exemple une authentification manquante.</translation>
    </message>
    <message>
        <source>Rejected by the receiver&apos;s spam filter.</source>
        <translation>Rejeté par le filtre antispam du destinataire.</translation>
    </message>
    <message>
        <source>Rejected for sending too fast (rate limit).</source>
        <translation>Rejeté pour envoi trop rapide (limite de débit).</translation>
    </message>
    <message>
        <source>Not sent: the recipient is on the relay&apos;s suppression list.</source>
        <translation>Non envoyé : le destinataire figure sur la liste de suppression du relais.</translation>
    </message>
    <message>
        <source>The recipient&apos;s account is suspended or disabled.</source>
        <translation>Le compte du destinataire est suspendu ou désactivé.</translation>
    </message>
    <message>
        <source>Rejected for a syntax error in the SMTP commands.</source>
        <translation>Rejeté pour une erreur de syntaxe dans les commandes SMTP.</translation>
    </message>
    <message>
        <source>A system error on the receiving host.</source>
        <translation>Une erreur système sur l&apos;hôte de réception.</translation>
    </message>
    <message>
        <source>Refused for now: too many connections.</source>
        <translation>Refusé pour l&apos;instant : trop de connexions.</translation>
    </message>
    <message>
        <source>The recipient address does not exist.</source>
        <translation>L&apos;adresse du destinataire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Not a bounce: an automatic out-of-office reply.</source>
        <translation>Pas un rebond : une réponse automatique d&apos;absence.</translation>
    </message>
    <message>
        <source>Rejected by a virus scanner.</source>
        <translation>Rejeté par un antivirus.</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC at the receiver.</source>
        <translation>Le message a échoué à SPF, DKIM ou DMARC chez le destinataire.</translation>
    </message>
    <message>
        <source>The sending IP is not in the SPF record, or the DKIM signature is missing or broken.</source>
        <translation>L&apos;IP d&apos;envoi ne figure pas dans l&apos;enregistrement SPF, ou la signature DKIM est absente ou cassée.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass only for a domain that is not aligned with the From domain.</source>
        <translation>SPF et DKIM ne réussissent que pour un domaine non aligné avec le domaine From.</translation>
    </message>
    <message>
        <source>Check SPF, DKIM and DMARC of the From domain and align them.</source>
        <translation>Vérifiez SPF, DKIM et DMARC du domaine From et alignez-les.</translation>
    </message>
    <message>
        <source>The receiver does not trust the sending IP address or domain enough.</source>
        <translation>Le destinataire ne fait pas assez confiance à l&apos;adresse IP ou au domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Spam complaints, spam traps, or a new IP without sending history.</source>
        <translation>Plaintes pour spam, pièges à spam, ou une nouvelle IP sans historique d&apos;envoi.</translation>
    </message>
    <message>
        <source>Slow down, send only to engaged recipients, and watch the provider&apos;s postmaster tools.</source>
        <translation>Ralentissez, n&apos;écrivez qu&apos;aux destinataires engagés et surveillez les outils postmaster du fournisseur.</translation>
    </message>
    <message>
        <source>The receiver refuses the sending IP address or host name.</source>
        <translation>Le destinataire refuse l&apos;adresse IP ou le nom d&apos;hôte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The IP is on a DNS blocklist, or the host name/HELO looks dynamic or wrong.</source>
        <translation>L&apos;IP figure sur une liste de blocage DNS, ou le nom d&apos;hôte/HELO semble dynamique ou faux.</translation>
    </message>
    <message>
        <source>Check the IP against blocklists, fix the cause, and request delisting.</source>
        <translation>Vérifiez l&apos;IP dans les listes de blocage, corrigez la cause et demandez le retrait.</translation>
    </message>
    <message>
        <source>The receiver could not accept the message&apos;s format or content.</source>
        <translation>Le destinataire n&apos;a pas pu accepter le format ou le contenu du message.</translation>
    </message>
    <message>
        <source>Malformed headers or MIME structure, or bad encoding.</source>
        <translation>En-têtes ou structure MIME mal formés, ou mauvais encodage.</translation>
    </message>
    <message>
        <source>Fix how the sending software builds the message.</source>
        <translation>Corrigez la façon dont le logiciel d&apos;envoi construit le message.</translation>
    </message>
    <message>
        <source>The message exceeded a limit set for the recipient.</source>
        <translation>Le message a dépassé une limite fixée pour le destinataire.</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s limit.</source>
        <translation>Le message dépasse la limite du destinataire.</translation>
    </message>
    <message>
        <source>Send a smaller message.</source>
        <translation>Envoyez un message plus petit.</translation>
    </message>
    <message>
        <source>The sending server gave up after retrying for its whole retry period.</source>
        <translation>Le serveur d&apos;envoi a abandonné après toute sa période de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The destination was unreachable or kept deferring.</source>
        <translation>La destination était injoignable ou différait sans cesse.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX hosts; resend once they answer.</source>
        <translation>Vérifiez les hôtes MX du domaine destinataire ; renvoyez dès qu&apos;ils répondent.</translation>
    </message>
    <message>
        <source>Delivery failed because TLS was required but could not be used.</source>
        <translation>La livraison a échoué car TLS était exigé mais n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>One side requires STARTTLS and the other does not offer it, or a certificate is invalid.</source>
        <translation>Un côté exige STARTTLS et l&apos;autre ne le propose pas, ou un certificat est invalide.</translation>
    </message>
    <message>
        <source>Enable STARTTLS and use valid certificates.</source>
        <translation>Activez STARTTLS et utilisez des certificats valides.</translation>
    </message>
    <message>
        <source>A filter of the recipient refused the message.</source>
        <translation>Un filtre du destinataire a refusé le message.</translation>
    </message>
    <message>
        <source>Contact the recipient by another channel.</source>
        <translation>Contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>The recipient has moved and mail is not forwarded.</source>
        <translation>Le destinataire a déménagé et le courrier n&apos;est pas réexpédié.</translation>
    </message>
    <message>
        <source>The person changed address.</source>
        <translation>La personne a changé d&apos;adresse.</translation>
    </message>
    <message>
        <source>Remove the address; ask for the new one.</source>
        <translation>Supprimez l&apos;adresse ; demandez la nouvelle.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or cannot receive mail.</source>
        <translation>Le domaine du destinataire n&apos;existe pas ou ne peut pas recevoir de courrier.</translation>
    </message>
    <message>
        <source>A typo in the domain, or the domain expired.</source>
        <translation>Une faute de frappe dans le domaine, ou le domaine a expiré.</translation>
    </message>
    <message>
        <source>Correct or remove the address.</source>
        <translation>Corrigez ou supprimez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The recipient does not clean up, or the account is abandoned.</source>
        <translation>Le destinataire ne fait pas le ménage, ou le compte est abandonné.</translation>
    </message>
    <message>
        <source>Retry later; drop the address if it stays full.</source>
        <translation>Réessayez plus tard ; retirez l&apos;adresse si la boîte reste pleine.</translation>
    </message>
    <message>
        <source>A delivery program on the receiving host failed.</source>
        <translation>Un programme de livraison sur l&apos;hôte de réception a échoué.</translation>
    </message>
    <message>
        <source>A broken local delivery or filter program.</source>
        <translation>Un programme local de livraison ou de filtrage défaillant.</translation>
    </message>
    <message>
        <source>The message is too big for the receiving server.</source>
        <translation>Le message est trop gros pour le serveur de réception.</translation>
    </message>
    <message>
        <source>A DNS or network problem stopped delivery.</source>
        <translation>Un problème DNS ou réseau a empêché la livraison.</translation>
    </message>
    <message>
        <source>DNS failures, unreachable hosts or a mail loop.</source>
        <translation>Erreurs DNS, hôtes injoignables ou boucle de courrier.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s DNS and MX hosts.</source>
        <translation>Vérifiez le DNS et les hôtes MX du domaine destinataire.</translation>
    </message>
    <message>
        <source>The server refused to relay the message to a domain it does not serve.</source>
        <translation>Le serveur a refusé de relayer le message vers un domaine qu&apos;il ne dessert pas.</translation>
    </message>
    <message>
        <source>Wrong MX records, or sending through a server without authenticating.</source>
        <translation>Enregistrements MX erronés, ou envoi via un serveur sans authentification.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX records, or authenticate to your relay.</source>
        <translation>Vérifiez les enregistrements MX du domaine destinataire, ou authentifiez-vous auprès de votre relais.</translation>
    </message>
    <message>
        <source>The destination accepts no mail at all.</source>
        <translation>La destination n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <source>A null MX record or a host that never takes mail.</source>
        <translation>Un enregistrement MX nul ou un hôte qui ne prend jamais de courrier.</translation>
    </message>
    <message>
        <source>The message breaks the Internet Message Format (RFC 5322).</source>
        <translation>Le message enfreint le format des messages Internet (RFC 5322).</translation>
    </message>
    <message>
        <source>Duplicate or missing required headers, such as From.</source>
        <translation>En-têtes obligatoires en double ou manquants, comme From.</translation>
    </message>
    <message>
        <source>A policy of the receiver refused the message.</source>
        <translation>Une politique du destinataire a refusé le message.</translation>
    </message>
    <message>
        <source>A forbidden attachment type, content rule or organizational policy.</source>
        <translation>Un type de pièce jointe interdit, une règle de contenu ou une politique d&apos;organisation.</translation>
    </message>
    <message>
        <source>Read the text for the rule; change the message or contact the receiver.</source>
        <translation>Lisez dans le texte quelle règle s&apos;applique ; modifiez le message ou contactez le destinataire.</translation>
    </message>
    <message>
        <source>The receiver refused the envelope sender (MAIL FROM).</source>
        <translation>Le destinataire a refusé l&apos;expéditeur d&apos;enveloppe (MAIL FROM).</translation>
    </message>
    <message>
        <source>The sender address or its domain is invalid, unknown or blocked.</source>
        <translation>L&apos;adresse de l&apos;expéditeur ou son domaine est invalide, inconnu ou bloqué.</translation>
    </message>
    <message>
        <source>Send from a valid address whose domain has MX and SPF records.</source>
        <translation>Envoyez depuis une adresse valide dont le domaine a des enregistrements MX et SPF.</translation>
    </message>
    <message>
        <source>The sending IP address has no valid reverse DNS (PTR) record.</source>
        <translation>L&apos;adresse IP d&apos;envoi n&apos;a pas d&apos;enregistrement DNS inverse (PTR) valide.</translation>
    </message>
    <message>
        <source>No PTR record, or its name does not resolve back to the IP.</source>
        <translation>Pas d&apos;enregistrement PTR, ou son nom ne se résout pas vers l&apos;IP.</translation>
    </message>
    <message>
        <source>Ask the IP&apos;s owner to publish a matching PTR record.</source>
        <translation>Demandez au propriétaire de l&apos;IP de publier un enregistrement PTR correspondant.</translation>
    </message>
    <message>
        <source>A security rule of the receiver refused the message.</source>
        <translation>Une règle de sécurité du destinataire a refusé le message.</translation>
    </message>
    <message>
        <source>Missing authentication, or a rule the server did not name.</source>
        <translation>Authentification manquante, ou une règle que le serveur n&apos;a pas nommée.</translation>
    </message>
    <message>
        <source>Read the text of the reply; authenticate if required.</source>
        <translation>Lisez le texte de la réponse ; authentifiez-vous si nécessaire.</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter refused the message.</source>
        <translation>Le filtre antispam du destinataire a refusé le message.</translation>
    </message>
    <message>
        <source>Spam-like content or links, or a poor sender reputation.</source>
        <translation>Contenu ou liens ressemblant à du spam, ou mauvaise réputation de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Review content and links, authenticate, and send only wanted mail.</source>
        <translation>Vérifiez le contenu et les liens, authentifiez le courrier et n&apos;envoyez que du courrier souhaité.</translation>
    </message>
    <message>
        <source>The receiver limits how fast you may send.</source>
        <translation>Le destinataire limite la vitesse à laquelle vous pouvez envoyer.</translation>
    </message>
    <message>
        <source>Too many messages or recipients in a short time.</source>
        <translation>Trop de messages ou de destinataires en peu de temps.</translation>
    </message>
    <message>
        <source>Slow down; let retries run.</source>
        <translation>Ralentissez ; laissez les nouvelles tentatives se faire.</translation>
    </message>
    <message>
        <source>Your own relay did not send: the address is on its suppression list.</source>
        <translation>Votre propre relais n&apos;a pas envoyé : l&apos;adresse est sur sa liste de suppression.</translation>
    </message>
    <message>
        <source>An earlier hard bounce or complaint from this address.</source>
        <translation>Un rebond définitif ou une plainte antérieurs pour cette adresse.</translation>
    </message>
    <message>
        <source>Remove the address, or clear it from the suppression list if it now works.</source>
        <translation>Supprimez l&apos;adresse, ou retirez-la de la liste de suppression si elle fonctionne à nouveau.</translation>
    </message>
    <message>
        <source>The recipient&apos;s account is disabled or suspended.</source>
        <translation>Le compte du destinataire est désactivé ou suspendu.</translation>
    </message>
    <message>
        <source>An abandoned or locked account.</source>
        <translation>Un compte abandonné ou verrouillé.</translation>
    </message>
    <message>
        <source>The receiver did not accept an SMTP command as sent.</source>
        <translation>Le destinataire n&apos;a pas accepté une commande SMTP telle qu&apos;envoyée.</translation>
    </message>
    <message>
        <source>A bug in the sending software or a malformed address.</source>
        <translation>Un bogue du logiciel d&apos;envoi ou une adresse mal formée.</translation>
    </message>
    <message>
        <source>Look at the SMTP transcript and fix the command.</source>
        <translation>Examinez la transcription SMTP et corrigez la commande.</translation>
    </message>
    <message>
        <source>The receiving system had an error of its own.</source>
        <translation>Le système de réception a eu sa propre erreur.</translation>
    </message>
    <message>
        <source>A failure or misconfiguration at the receiver.</source>
        <translation>Une panne ou une mauvaise configuration chez le destinataire.</translation>
    </message>
    <message>
        <source>Retry later; tell the receiving postmaster if it lasts.</source>
        <translation>Réessayez plus tard ; prévenez le postmaster du destinataire si cela dure.</translation>
    </message>
    <message>
        <source>The receiving system is out of storage.</source>
        <translation>Le système de réception n&apos;a plus d&apos;espace de stockage.</translation>
    </message>
    <message>
        <source>A full disk at the receiver.</source>
        <translation>Un disque plein chez le destinataire.</translation>
    </message>
    <message>
        <source>The receiver refused because you have too many connections open.</source>
        <translation>Le destinataire refuse car vous avez trop de connexions ouvertes.</translation>
    </message>
    <message>
        <source>Too many parallel connections from your servers.</source>
        <translation>Trop de connexions parallèles depuis vos serveurs.</translation>
    </message>
    <message>
        <source>Lower the number of concurrent connections.</source>
        <translation>Réduisez le nombre de connexions simultanées.</translation>
    </message>
    <message>
        <source>A typo, or a deleted account.</source>
        <translation>Une faute de frappe ou un compte supprimé.</translation>
    </message>
    <message>
        <source>The receiver&apos;s virus scanner refused the message.</source>
        <translation>L&apos;antivirus du destinataire a refusé le message.</translation>
    </message>
    <message>
        <source>An infected or suspicious attachment.</source>
        <translation>Une pièce jointe infectée ou suspecte.</translation>
    </message>
    <message>
        <source>Scan the sending system; do not send executable attachments.</source>
        <translation>Analysez le système d&apos;envoi ; n&apos;envoyez pas de pièces jointes exécutables.</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>État du système</translation>
    </message>
    <message>
        <source>Informational reply to a status request; not an error.</source>
        <translation>Réponse informative à une demande d&apos;état ; pas une erreur.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Message d&apos;aide</translation>
    </message>
    <message>
        <source>Reply to HELP, meant for humans; not an error.</source>
        <translation>Réponse à HELP, destinée aux humains ; pas une erreur.</translation>
    </message>
    <message>
        <source>Service ready</source>
        <translation>Service prêt</translation>
    </message>
    <message>
        <source>The server greets the client and is ready to talk SMTP.</source>
        <translation>Le serveur accueille le client et est prêt à dialoguer en SMTP.</translation>
    </message>
    <message>
        <source>Closing connection</source>
        <translation>Fermeture de la connexion</translation>
    </message>
    <message>
        <source>The server closes the connection normally, usually after QUIT.</source>
        <translation>Le serveur ferme normalement la connexion, en général après QUIT.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <translation>Authentification réussie</translation>
    </message>
    <message>
        <source>The client logged in with SMTP AUTH (RFC 4954).</source>
        <translation>Le client s&apos;est authentifié avec SMTP AUTH (RFC 4954).</translation>
    </message>
    <message>
        <source>Requested action completed</source>
        <translation>Action demandée effectuée</translation>
    </message>
    <message>
        <source>The command was accepted; after the final dot of DATA it means the message was accepted.</source>
        <translation>La commande a été acceptée ; après le point final de DATA, cela signifie que le message a été accepté.</translation>
    </message>
    <message>
        <source>User not local; will forward</source>
        <translation>Destinataire non local ; message transféré</translation>
    </message>
    <message>
        <source>The recipient lives elsewhere and the server forwards the message.</source>
        <translation>Le destinataire est ailleurs et le serveur transfère le message.</translation>
    </message>
    <message>
        <source>Cannot verify user, will try delivery</source>
        <translation>Utilisateur non vérifiable, livraison tentée</translation>
    </message>
    <message>
        <source>The server does not confirm the address (VRFY) but accepts the message.</source>
        <translation>Le serveur ne confirme pas l&apos;adresse (VRFY) mais accepte le message.</translation>
    </message>
    <message>
        <source>Authentication challenge</source>
        <translation>Défi d&apos;authentification</translation>
    </message>
    <message>
        <source>The server waits for the next step of the SMTP AUTH exchange.</source>
        <translation>Le serveur attend l&apos;étape suivante de l&apos;échange SMTP AUTH.</translation>
    </message>
    <message>
        <source>Start mail input</source>
        <translation>Début de la saisie du message</translation>
    </message>
    <message>
        <source>The server waits for the message text after DATA, ended by a line with a single dot.</source>
        <translation>Le serveur attend le texte du message après DATA, terminé par une ligne contenant un seul point.</translation>
    </message>
    <message>
        <source>Service not available, closing channel</source>
        <translation>Service indisponible, fermeture du canal</translation>
    </message>
    <message>
        <source>The server closes the connection for now: it is shutting down, overloaded, or limiting this client.</source>
        <translation>Le serveur ferme la connexion pour l&apos;instant : il s&apos;arrête, est surchargé ou limite ce client.</translation>
    </message>
    <message>
        <source>The server is busy or in maintenance.</source>
        <translation>Le serveur est occupé ou en maintenance.</translation>
    </message>
    <message>
        <source>The sending IP sends too fast or has a poor reputation and is being throttled.</source>
        <translation>L&apos;IP d&apos;envoi envoie trop vite ou a une mauvaise réputation, et son débit est limité.</translation>
    </message>
    <message>
        <source>Let your server retry; it will do so automatically.</source>
        <translation>Laissez votre serveur réessayer ; il le fera automatiquement.</translation>
    </message>
    <message>
        <source>If it keeps happening, lower the sending rate and check the IP&apos;s reputation.</source>
        <translation>Si cela se répète, réduisez le débit d&apos;envoi et vérifiez la réputation de l&apos;IP.</translation>
    </message>
    <message>
        <source>Recipient mailbox over its limit</source>
        <translation>Boîte du destinataire au-delà de sa limite</translation>
    </message>
    <message>
        <source>A non-standard reply some servers use when the recipient&apos;s mailbox is over its storage limit.</source>
        <translation>Réponse non standard de certains serveurs quand la boîte du destinataire dépasse son quota de stockage.</translation>
    </message>
    <message>
        <source>The recipient has not emptied the mailbox.</source>
        <translation>Le destinataire n&apos;a pas vidé sa boîte.</translation>
    </message>
    <message>
        <source>Retry later; tell the recipient by another channel if it persists.</source>
        <translation>Réessayez plus tard ; si cela persiste, prévenez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>Receiving server out of storage</source>
        <translation>Serveur de réception sans espace de stockage</translation>
    </message>
    <message>
        <source>A non-standard reply: the receiving server is short of disk space or memory.</source>
        <translation>Réponse non standard : le serveur de réception manque d&apos;espace disque ou de mémoire.</translation>
    </message>
    <message>
        <source>Retry later; the receiving side has to fix it.</source>
        <translation>Réessayez plus tard ; c&apos;est au destinataire de corriger le problème.</translation>
    </message>
    <message>
        <source>Password transition needed / queue stopped</source>
        <translation>Changement de mot de passe nécessaire / file arrêtée</translation>
    </message>
    <message>
        <source>Used by RFC 4954 for a needed password transition; Exchange also uses it when a queue is stopped.</source>
        <translation>Utilisé par la RFC 4954 pour un changement de mot de passe nécessaire ; Exchange l&apos;emploie aussi quand une file est arrêtée.</translation>
    </message>
    <message>
        <source>Authentication needs a password change.</source>
        <translation>L&apos;authentification nécessite un changement de mot de passe.</translation>
    </message>
    <message>
        <source>The receiving Exchange queue is paused.</source>
        <translation>La file Exchange du destinataire est en pause.</translation>
    </message>
    <message>
        <source>Log in once with the plain mechanism or change the password; otherwise retry later.</source>
        <translation>Authentifiez-vous une fois avec le mécanisme PLAIN ou changez le mot de passe ; sinon, réessayez plus tard.</translation>
    </message>
    <message>
        <source>No answer from the recipient&apos;s server</source>
        <translation>Pas de réponse du serveur du destinataire</translation>
    </message>
    <message>
        <source>A non-standard reply: the next server did not answer.</source>
        <translation>Réponse non standard : le serveur suivant n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The receiving server is down or unreachable.</source>
        <translation>Le serveur de réception est en panne ou injoignable.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>A non-standard reply: the connection broke during the transfer.</source>
        <translation>Réponse non standard : la connexion s&apos;est rompue pendant le transfert.</translation>
    </message>
    <message>
        <source>Network trouble between the servers.</source>
        <translation>Problèmes réseau entre les serveurs.</translation>
    </message>
    <message>
        <source>Retry; check for network problems if it repeats.</source>
        <translation>Réessayez ; si cela se répète, cherchez un problème réseau.</translation>
    </message>
    <message>
        <source>Mailbox unavailable (temporary)</source>
        <translation>Boîte aux lettres indisponible (temporaire)</translation>
    </message>
    <message>
        <source>The action was not taken for now: the mailbox is busy, locked, or the server uses greylisting.</source>
        <translation>L&apos;action n&apos;a pas été effectuée pour l&apos;instant : la boîte est occupée ou verrouillée, ou le serveur pratique le greylisting.</translation>
    </message>
    <message>
        <source>Greylisting: the first attempt from an unknown sender is deferred.</source>
        <translation>Greylisting : la première tentative d&apos;un expéditeur inconnu est différée.</translation>
    </message>
    <message>
        <source>The mailbox is locked or temporarily blocked.</source>
        <translation>La boîte est verrouillée ou temporairement bloquée.</translation>
    </message>
    <message>
        <source>The recipient receives mail too fast.</source>
        <translation>Le destinataire reçoit du courrier trop rapidement.</translation>
    </message>
    <message>
        <source>Let your server retry after a few minutes; greylisting accepts the retry.</source>
        <translation>Laissez votre serveur réessayer après quelques minutes ; le greylisting accepte la nouvelle tentative.</translation>
    </message>
    <message>
        <source>Local error in processing</source>
        <translation>Erreur locale de traitement</translation>
    </message>
    <message>
        <source>The server aborted the action because of a temporary problem on its side.</source>
        <translation>Le serveur a interrompu l&apos;action à cause d&apos;un problème temporaire de son côté.</translation>
    </message>
    <message>
        <source>A temporary server, DNS or content-filter problem at the receiver.</source>
        <translation>Un problème temporaire de serveur, de DNS ou de filtre de contenu chez le destinataire.</translation>
    </message>
    <message>
        <source>Greylisting or a temporary policy check.</source>
        <translation>Greylisting ou contrôle de politique temporaire.</translation>
    </message>
    <message>
        <source>Retry later; if it lasts for days, contact the receiving postmaster.</source>
        <translation>Réessayez plus tard ; si cela dure plusieurs jours, contactez le postmaster du destinataire.</translation>
    </message>
    <message>
        <source>Insufficient system storage</source>
        <translation>Stockage système insuffisant</translation>
    </message>
    <message>
        <source>The action was not taken because of a lack of storage, or too many recipients in one transaction.</source>
        <translation>L&apos;action n&apos;a pas été effectuée faute de stockage, ou à cause de trop de destinataires dans une transaction.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox or the server is full.</source>
        <translation>La boîte du destinataire ou le serveur est plein.</translation>
    </message>
    <message>
        <source>Too many RCPT TO commands in one transaction.</source>
        <translation>Trop de commandes RCPT TO dans une même transaction.</translation>
    </message>
    <message>
        <source>Retry later, with fewer recipients per message.</source>
        <translation>Réessayez plus tard, avec moins de destinataires par message.</translation>
    </message>
    <message>
        <source>System not accepting messages</source>
        <translation>Le système n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>A non-standard reply: the system does not accept messages right now.</source>
        <translation>Réponse non standard : le système n&apos;accepte pas de messages pour le moment.</translation>
    </message>
    <message>
        <source>TLS or authentication temporarily unavailable</source>
        <translation>TLS ou authentification temporairement indisponible</translation>
    </message>
    <message>
        <source>TLS is not available for now (RFC 3207) or authentication failed temporarily (RFC 4954).</source>
        <translation>TLS n&apos;est pas disponible pour l&apos;instant (RFC 3207) ou l&apos;authentification a échoué temporairement (RFC 4954).</translation>
    </message>
    <message>
        <source>A problem with the receiving server&apos;s TLS setup or its authentication back end.</source>
        <translation>Un problème dans la configuration TLS du serveur de réception ou dans son service d&apos;authentification.</translation>
    </message>
    <message>
        <source>Retry later; check the TLS configuration on both sides if it persists.</source>
        <translation>Réessayez plus tard ; si cela persiste, vérifiez la configuration TLS des deux côtés.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <translation>Le serveur ne peut pas traiter les paramètres</translation>
    </message>
    <message>
        <source>The server cannot handle the MAIL or RCPT parameters now (RFC 5321).</source>
        <translation>Le serveur ne peut pas traiter maintenant les paramètres de MAIL ou RCPT (RFC 5321).</translation>
    </message>
    <message>
        <source>Retry later or without the optional parameters.</source>
        <translation>Réessayez plus tard ou sans les paramètres facultatifs.</translation>
    </message>
    <message>
        <source>Unable to queue messages</source>
        <translation>Impossible de mettre les messages en file</translation>
    </message>
    <message>
        <source>A non-standard reply (ETRN): the node cannot queue messages right now.</source>
        <translation>Réponse non standard (ETRN) : le nœud ne peut pas mettre de messages en file pour le moment.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <translation>Erreur de syntaxe, commande non reconnue</translation>
    </message>
    <message>
        <source>The server did not understand the command, or the line was too long.</source>
        <translation>Le serveur n&apos;a pas compris la commande, ou la ligne était trop longue.</translation>
    </message>
    <message>
        <source>A bug or misconfiguration in the sending software.</source>
        <translation>Un bogue ou une mauvaise configuration du logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>A middlebox (firewall) altered the SMTP dialogue.</source>
        <translation>Un équipement intermédiaire (pare-feu) a modifié le dialogue SMTP.</translation>
    </message>
    <message>
        <source>Fix the sending software; look at the SMTP transcript.</source>
        <translation>Corrigez le logiciel d&apos;envoi ; examinez la transcription SMTP.</translation>
    </message>
    <message>
        <source>Syntax error in parameters</source>
        <translation>Erreur de syntaxe dans les paramètres</translation>
    </message>
    <message>
        <source>The command was understood but its arguments are malformed, often an invalid address.</source>
        <translation>La commande a été comprise mais ses arguments sont mal formés, souvent une adresse invalide.</translation>
    </message>
    <message>
        <source>A malformed address in MAIL FROM or RCPT TO.</source>
        <translation>Une adresse mal formée dans MAIL FROM ou RCPT TO.</translation>
    </message>
    <message>
        <source>A bad HELO argument.</source>
        <translation>Un argument HELO incorrect.</translation>
    </message>
    <message>
        <source>Correct the address or argument.</source>
        <translation>Corrigez l&apos;adresse ou l&apos;argument.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Commande non implémentée</translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <translation>Le serveur ne prend pas en charge cette commande.</translation>
    </message>
    <message>
        <source>Do not use this command with this server.</source>
        <translation>N&apos;utilisez pas cette commande avec ce serveur.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Mauvaise séquence de commandes</translation>
    </message>
    <message>
        <source>The commands came in the wrong order, for example RCPT before MAIL or AUTH required first.</source>
        <translation>Les commandes sont arrivées dans le mauvais ordre, par exemple RCPT avant MAIL, ou AUTH était d&apos;abord requis.</translation>
    </message>
    <message>
        <source>The client skipped a step such as authentication or MAIL FROM.</source>
        <translation>Le client a sauté une étape, comme l&apos;authentification ou MAIL FROM.</translation>
    </message>
    <message>
        <source>Fix the sending software or authenticate first.</source>
        <translation>Corrigez le logiciel d&apos;envoi ou authentifiez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <translation>Paramètre de commande non implémenté</translation>
    </message>
    <message>
        <source>A parameter of the command is not supported.</source>
        <translation>Un paramètre de la commande n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Send the command without this parameter.</source>
        <translation>Envoyez la commande sans ce paramètre.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <translation>L&apos;hôte n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>The server never accepts mail (RFC 7504).</source>
        <translation>Le serveur n&apos;accepte jamais de courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>The domain or host is not meant to receive email.</source>
        <translation>Le domaine ou l&apos;hôte n&apos;est pas destiné à recevoir du courrier.</translation>
    </message>
    <message>
        <source>Remove the address; mail to this host will never be delivered.</source>
        <translation>Supprimez l&apos;adresse ; le courrier vers cet hôte ne sera jamais livré.</translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection (RFC 5248).</source>
        <translation>L&apos;authentification exige une connexion chiffrée (RFC 5248).</translation>
    </message>
    <message>
        <source>Use STARTTLS before authenticating.</source>
        <translation>Utilisez STARTTLS avant de vous authentifier.</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>The server requires SMTP authentication (or TLS) before this command.</source>
        <translation>Le serveur exige une authentification SMTP (ou TLS) avant cette commande.</translation>
    </message>
    <message>
        <source>The client did not log in before sending.</source>
        <translation>Le client ne s&apos;est pas authentifié avant d&apos;envoyer.</translation>
    </message>
    <message>
        <source>The relay requires TLS first.</source>
        <translation>Le relais exige d&apos;abord TLS.</translation>
    </message>
    <message>
        <source>Configure the client to authenticate (and use TLS).</source>
        <translation>Configurez le client pour qu&apos;il s&apos;authentifie (et utilise TLS).</translation>
    </message>
    <message>
        <source>Authentication mechanism too weak</source>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism is weaker than the server permits (RFC 4954).</source>
        <translation>Le mécanisme d&apos;authentification choisi est plus faible que ce que le serveur autorise (RFC 4954).</translation>
    </message>
    <message>
        <source>Use a stronger mechanism, e.g. over TLS or OAuth.</source>
        <translation>Utilisez un mécanisme plus fort, par ex. sur TLS ou OAuth.</translation>
    </message>
    <message>
        <source>The user name or password was rejected (RFC 4954).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe a été refusé (RFC 4954).</translation>
    </message>
    <message>
        <source>Wrong password, or the account needs an app password or OAuth.</source>
        <translation>Mot de passe erroné, ou le compte exige un mot de passe d&apos;application ou OAuth.</translation>
    </message>
    <message>
        <source>Check the credentials configured in the sending software.</source>
        <translation>Vérifiez les identifiants configurés dans le logiciel d&apos;envoi.</translation>
    </message>
    <message>
        <source>Encryption required for authentication mechanism</source>
        <translation>Chiffrement requis pour ce mécanisme d&apos;authentification</translation>
    </message>
    <message>
        <source>This mechanism may only be used over an encrypted connection (RFC 4954).</source>
        <translation>Ce mécanisme ne peut être utilisé que sur une connexion chiffrée (RFC 4954).</translation>
    </message>
    <message>
        <source>Rejected by policy</source>
        <translation>Rejeté par la politique</translation>
    </message>
    <message>
        <source>A non-standard reply some filters use when they refuse the message by policy or as spam.</source>
        <translation>Réponse non standard de certains filtres lorsqu&apos;ils refusent le message par politique ou comme spam.</translation>
    </message>
    <message>
        <source>Content or sender reputation triggered a filter.</source>
        <translation>Le contenu ou la réputation de l&apos;expéditeur a déclenché un filtre.</translation>
    </message>
    <message>
        <source>Read the text of the reply; review content and reputation.</source>
        <translation>Lisez le texte de la réponse ; revoyez le contenu et la réputation.</translation>
    </message>
    <message>
        <source>Mailbox unavailable / rejected</source>
        <translation>Boîte aux lettres indisponible / rejet</translation>
    </message>
    <message>
        <source>The action was not taken: the mailbox does not exist, or the message was refused by policy.</source>
        <translation>L&apos;action n&apos;a pas été effectuée : la boîte n&apos;existe pas, ou le message a été refusé par une politique.</translation>
    </message>
    <message>
        <source>The address does not exist.</source>
        <translation>L&apos;adresse n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A policy, spam or authentication rule refused the message.</source>
        <translation>Une règle de politique, d&apos;antispam ou d&apos;authentification a refusé le message.</translation>
    </message>
    <message>
        <source>Read the text and the enhanced code to know which; remove addresses that do not exist.</source>
        <translation>Le texte et le code étendu indiquent de quel cas il s&apos;agit ; supprimez les adresses qui n&apos;existent pas.</translation>
    </message>
    <message>
        <source>User not local</source>
        <translation>Destinataire non local</translation>
    </message>
    <message>
        <source>The recipient is not on this server; the server may name another address to try.</source>
        <translation>Le destinataire n&apos;est pas sur ce serveur ; le serveur peut indiquer une autre adresse à essayer.</translation>
    </message>
    <message>
        <source>Use the address given in the reply, if any.</source>
        <translation>Utilisez l&apos;adresse indiquée dans la réponse, s&apos;il y en a une.</translation>
    </message>
    <message>
        <source>Exceeded storage allocation</source>
        <translation>Allocation de stockage dépassée</translation>
    </message>
    <message>
        <source>The action was aborted because a storage or size limit was exceeded.</source>
        <translation>L&apos;action a été interrompue car une limite de stockage ou de taille a été dépassée.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>Le message est trop volumineux.</translation>
    </message>
    <message>
        <source>Send a smaller message, or retry after the recipient frees space.</source>
        <translation>Envoyez un message plus petit, ou réessayez quand le destinataire aura libéré de l&apos;espace.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed</source>
        <translation>Nom de boîte aux lettres non autorisé</translation>
    </message>
    <message>
        <source>The address is not acceptable, often a syntax error or a refused sender.</source>
        <translation>L&apos;adresse n&apos;est pas acceptable, souvent une erreur de syntaxe ou un expéditeur refusé.</translation>
    </message>
    <message>
        <source>A malformed address.</source>
        <translation>Une adresse mal formée.</translation>
    </message>
    <message>
        <source>The server refuses this sender or recipient name.</source>
        <translation>Le serveur refuse ce nom d&apos;expéditeur ou de destinataire.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Échec de la transaction</translation>
    </message>
    <message>
        <source>The transaction failed; often a refusal by policy or spam filter, or no valid recipients.</source>
        <translation>La transaction a échoué ; souvent un refus par politique ou filtre antispam, ou aucun destinataire valide.</translation>
    </message>
    <message>
        <source>The message or the sending IP was judged as spam.</source>
        <translation>Le message ou l&apos;IP d&apos;envoi a été considéré comme du spam.</translation>
    </message>
    <message>
        <source>A policy of the receiver refused it.</source>
        <translation>Une politique du destinataire l&apos;a refusé.</translation>
    </message>
    <message>
        <source>Read the text of the reply; check blocklists and content.</source>
        <translation>Lisez le texte de la réponse ; vérifiez les listes de blocage et le contenu.</translation>
    </message>
    <message>
        <source>MAIL/RCPT parameters not recognized</source>
        <translation>Paramètres MAIL/RCPT non reconnus</translation>
    </message>
    <message>
        <source>A parameter of MAIL FROM or RCPT TO is not recognized or not implemented (RFC 5321).</source>
        <translation>Un paramètre de MAIL FROM ou RCPT TO n&apos;est pas reconnu ou pas implémenté (RFC 5321).</translation>
    </message>
    <message>
        <source>Send without the unsupported parameter.</source>
        <translation>Envoyez sans le paramètre non pris en charge.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>Le domaine n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail, typically because it publishes a null MX (RFC 7504, RFC 7505).</source>
        <translation>Le domaine du destinataire n&apos;accepte pas de courrier, généralement parce qu&apos;il publie un MX nul (RFC 7504, RFC 7505).</translation>
    </message>
    <message>
        <source>The domain has a null MX record.</source>
        <translation>Le domaine a un enregistrement MX nul.</translation>
    </message>
    <message>
        <source>Remove the address; the domain receives no email.</source>
        <translation>Supprimez l&apos;adresse ; le domaine ne reçoit aucun courrier.</translation>
    </message>
    <message>
        <source>Gmail limits or blocks mail from your IP because an unusual share of it is unwanted.</source>
        <translation>Gmail limite ou bloque le courrier de votre IP car une part inhabituelle en est indésirable.</translation>
    </message>
    <message>
        <source>Spam-like sending or complaints from this IP.</source>
        <translation>Envois de type spam ou plaintes depuis cette IP.</translation>
    </message>
    <message>
        <source>Slow down, clean the list, and check Postmaster Tools.</source>
        <translation>Ralentissez, nettoyez la liste et consultez Postmaster Tools.</translation>
    </message>
    <message>
        <source>Gmail: unusual rate of mail</source>
        <translation>Gmail : volume de courrier inhabituel</translation>
    </message>
    <message>
        <source>Gmail rate-limits mail from your IP, network, DKIM or SPF domain after an unusual rate of mail.</source>
        <translation>Gmail limite le débit du courrier de votre IP, de votre réseau ou de votre domaine DKIM ou SPF après un volume de courrier inhabituel.</translation>
    </message>
    <message>
        <source>A sudden rise in volume.</source>
        <translation>Une hausse soudaine du volume.</translation>
    </message>
    <message>
        <source>Slow down and spread the volume over time.</source>
        <translation>Ralentissez et étalez le volume dans le temps.</translation>
    </message>
    <message>
        <source>Gmail: try again later, closing connection</source>
        <translation>Gmail : réessayez plus tard, fermeture de la connexion</translation>
    </message>
    <message>
        <source>Gmail closed the connection at the start of the session, usually as protection against overload or abuse.</source>
        <translation>Gmail a fermé la connexion dès le début de la session, généralement pour se protéger d&apos;une surcharge ou d&apos;abus.</translation>
    </message>
    <message>
        <source>Too many connections or a denial-of-service guard at HELO.</source>
        <translation>Trop de connexions, ou une protection anti-déni de service au moment du HELO.</translation>
    </message>
    <message>
        <source>Let your server retry later.</source>
        <translation>Laissez votre serveur réessayer plus tard.</translation>
    </message>
    <message>
        <source>Gmail: invalid HELO/EHLO</source>
        <translation>Gmail : HELO/EHLO invalide</translation>
    </message>
    <message>
        <source>The HELO/EHLO name sent by your server is empty or invalid.</source>
        <translation>Le nom HELO/EHLO envoyé par votre serveur est vide ou invalide.</translation>
    </message>
    <message>
        <source>A misconfigured host name on the sending server.</source>
        <translation>Un nom d&apos;hôte mal configuré sur le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send a fully qualified host name in HELO/EHLO.</source>
        <translation>Envoyez un nom d&apos;hôte pleinement qualifié (FQDN) dans HELO/EHLO.</translation>
    </message>
    <message>
        <source>Gmail: authentication checks failed</source>
        <translation>Gmail : échec des contrôles d&apos;authentification</translation>
    </message>
    <message>
        <source>The message has no authentication information or fails SPF and DKIM.</source>
        <translation>Le message ne porte aucune information d&apos;authentification, ou il échoue à SPF et DKIM.</translation>
    </message>
    <message>
        <source>SPF and DKIM are missing or fail.</source>
        <translation>SPF et DKIM sont absents ou en échec.</translation>
    </message>
    <message>
        <source>Google Workspace: mail relay denied</source>
        <translation>Google Workspace : relais de courrier refusé</translation>
    </message>
    <message>
        <source>The SMTP relay refused your IP or domain: it is not registered for the Workspace account.</source>
        <translation>Le relais SMTP a refusé votre IP ou votre domaine : il n&apos;est pas enregistré pour le compte Workspace.</translation>
    </message>
    <message>
        <source>The sending IP is not in the SMTP relay settings.</source>
        <translation>L&apos;IP d&apos;envoi ne figure pas dans les paramètres du relais SMTP.</translation>
    </message>
    <message>
        <source>Register the IP or authenticate in the Workspace SMTP relay settings.</source>
        <translation>Enregistrez l&apos;IP ou authentifiez-vous dans les paramètres du relais SMTP de Workspace.</translation>
    </message>
    <message>
        <source>Google Workspace: invalid credentials for relay</source>
        <translation>Google Workspace : identifiants invalides pour le relais</translation>
    </message>
    <message>
        <source>The relay IP does not match the sending domain of the account.</source>
        <translation>L&apos;IP du relais ne correspond pas au domaine d&apos;envoi du compte.</translation>
    </message>
    <message>
        <source>Relaying for a domain not in the Workspace account.</source>
        <translation>Relais pour un domaine qui n&apos;appartient pas au compte Workspace.</translation>
    </message>
    <message>
        <source>Use SMTP AUTH or present one of your domains in HELO.</source>
        <translation>Utilisez SMTP AUTH ou présentez l&apos;un de vos domaines dans HELO.</translation>
    </message>
    <message>
        <source>Gmail: IP not authorized to send directly</source>
        <translation>Gmail : IP non autorisée à envoyer directement</translation>
    </message>
    <message>
        <source>Gmail does not accept direct mail from this IP (e.g. a dynamic address).</source>
        <translation>Gmail n&apos;accepte pas le courrier envoyé directement depuis cette IP (par ex. une adresse dynamique).</translation>
    </message>
    <message>
        <source>Sending from a consumer or dynamic IP.</source>
        <translation>Envoi depuis une IP grand public ou dynamique.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s SMTP relay.</source>
        <translation>Envoyez via le relais SMTP de votre fournisseur.</translation>
    </message>
    <message>
        <source>Google Workspace: prohibited by a domain policy</source>
        <translation>Google Workspace : interdit par une politique du domaine</translation>
    </message>
    <message>
        <source>A policy of the recipient&apos;s (or your own) Workspace domain prohibits this mail.</source>
        <translation>Une politique du domaine Workspace du destinataire (ou du vôtre) interdit ce courrier.</translation>
    </message>
    <message>
        <source>A compliance or content rule of the domain.</source>
        <translation>Une règle de conformité ou de contenu du domaine.</translation>
    </message>
    <message>
        <source>Ask the domain administrator which rule applies.</source>
        <translation>Demandez à l&apos;administrateur du domaine quelle règle s&apos;applique.</translation>
    </message>
    <message>
        <source>Gmail: illegal attachment</source>
        <translation>Gmail : pièce jointe interdite</translation>
    </message>
    <message>
        <source>Gmail blocked an attachment type it does not accept.</source>
        <translation>Gmail a bloqué un type de pièce jointe qu&apos;il n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>An executable or archive containing one.</source>
        <translation>Un exécutable, ou une archive qui en contient un.</translation>
    </message>
    <message>
        <source>Gmail: too many messages with the same Message-ID</source>
        <translation>Gmail : trop de messages avec le même Message-ID</translation>
    </message>
    <message>
        <source>Gmail deferred the message because many messages share its Message-ID.</source>
        <translation>Gmail a différé le message car beaucoup de messages partagent son Message-ID.</translation>
    </message>
    <message>
        <source>The sending software reuses Message-IDs.</source>
        <translation>Le logiciel d&apos;envoi réutilise des Message-ID.</translation>
    </message>
    <message>
        <source>Give every message a unique Message-ID.</source>
        <translation>Donnez à chaque message un Message-ID unique.</translation>
    </message>
    <message>
        <source>Google Workspace: mail sending denied</source>
        <translation>Google Workspace : envoi de courrier refusé</translation>
    </message>
    <message>
        <source>The sender account is disabled or not registered in the Workspace domain.</source>
        <translation>Le compte expéditeur est désactivé ou n&apos;est pas enregistré dans le domaine Workspace.</translation>
    </message>
    <message>
        <source>Use an active account of the Workspace domain.</source>
        <translation>Utilisez un compte actif du domaine Workspace.</translation>
    </message>
    <message>
        <source>Gmail: IPv6 sending guidelines not met</source>
        <translation>Gmail : consignes d&apos;envoi IPv6 non respectées</translation>
    </message>
    <message>
        <source>Mail over IPv6 needs a PTR record and SPF or DKIM authentication.</source>
        <translation>Le courrier sur IPv6 exige un enregistrement PTR et une authentification SPF ou DKIM.</translation>
    </message>
    <message>
        <source>No PTR for the IPv6 address, or no authentication.</source>
        <translation>Pas de PTR pour l&apos;adresse IPv6, ou pas d&apos;authentification.</translation>
    </message>
    <message>
        <source>Publish a PTR record for the IPv6 address and authenticate mail.</source>
        <translation>Publiez un enregistrement PTR pour l&apos;adresse IPv6 et authentifiez le courrier.</translation>
    </message>
    <message>
        <source>Gmail: too many login attempts</source>
        <translation>Gmail : trop de tentatives de connexion</translation>
    </message>
    <message>
        <source>Too many failed logins; authentication is paused.</source>
        <translation>Trop d&apos;échecs de connexion ; l&apos;authentification est suspendue.</translation>
    </message>
    <message>
        <source>Wait, then log in with correct credentials.</source>
        <translation>Patientez, puis connectez-vous avec les bons identifiants.</translation>
    </message>
    <message>
        <source>Gmail: app password required</source>
        <translation>Gmail : mot de passe d&apos;application requis</translation>
    </message>
    <message>
        <source>The account has 2-step verification and needs an app password or OAuth.</source>
        <translation>Le compte utilise la validation en deux étapes et exige un mot de passe d&apos;application ou OAuth.</translation>
    </message>
    <message>
        <source>Create an app password or use OAuth.</source>
        <translation>Créez un mot de passe d&apos;application ou utilisez OAuth.</translation>
    </message>
    <message>
        <source>Gmail: user name and password not accepted</source>
        <translation>Gmail : nom d&apos;utilisateur et mot de passe refusés</translation>
    </message>
    <message>
        <source>The login credentials were rejected.</source>
        <translation>Les identifiants de connexion ont été refusés.</translation>
    </message>
    <message>
        <source>Check the credentials.</source>
        <translation>Vérifiez les identifiants.</translation>
    </message>
    <message>
        <source>Gmail: log in with a web browser first</source>
        <translation>Gmail : connectez-vous d&apos;abord avec un navigateur web</translation>
    </message>
    <message>
        <source>Google wants an interactive login before accepting SMTP logins.</source>
        <translation>Google exige une connexion interactive avant d&apos;accepter les connexions SMTP.</translation>
    </message>
    <message>
        <source>Log in through the web and retry.</source>
        <translation>Connectez-vous via le web, puis réessayez.</translation>
    </message>
    <message>
        <source>Gmail: SMTP protocol violation</source>
        <translation>Gmail : violation du protocole SMTP</translation>
    </message>
    <message>
        <source>The client broke the SMTP protocol, e.g. pipelining after STARTTLS.</source>
        <translation>Le client a enfreint le protocole SMTP, par ex. du pipelining après STARTTLS.</translation>
    </message>
    <message>
        <source>Fix the SMTP client.</source>
        <translation>Corrigez le client SMTP.</translation>
    </message>
    <message>
        <source>Gmail: temporary system problem</source>
        <translation>Gmail : problème système temporaire</translation>
    </message>
    <message>
        <source>A temporary problem at Google.</source>
        <translation>Un problème temporaire chez Google.</translation>
    </message>
    <message>
        <source>Gmail: connection expired</source>
        <translation>Gmail : connexion expirée</translation>
    </message>
    <message>
        <source>The SMTP connection stayed idle too long.</source>
        <translation>La connexion SMTP est restée inactive trop longtemps.</translation>
    </message>
    <message>
        <source>Reconnect and retry.</source>
        <translation>Reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Gmail: timeout</source>
        <translation>Gmail : délai dépassé</translation>
    </message>
    <message>
        <source>Gmail closed a connection that timed out.</source>
        <translation>Gmail a fermé une connexion dont le délai avait expiré.</translation>
    </message>
    <message>
        <source>Retry; check the network path.</source>
        <translation>Réessayez ; vérifiez le chemin réseau.</translation>
    </message>
    <message>
        <source>Gmail: recipient over quota</source>
        <translation>Gmail : quota du destinataire dépassé</translation>
    </message>
    <message>
        <source>Google Workspace: SMTP relay limit exceeded</source>
        <translation>Google Workspace : limite du relais SMTP dépassée</translation>
    </message>
    <message>
        <source>The Workspace SMTP relay limit for the account was reached.</source>
        <translation>La limite du relais SMTP Workspace pour ce compte a été atteinte.</translation>
    </message>
    <message>
        <source>Gmail: missing Message-ID</source>
        <translation>Gmail : Message-ID absent</translation>
    </message>
    <message>
        <source>Gmail requires a valid Message-ID header.</source>
        <translation>Gmail exige un en-tête Message-ID valide.</translation>
    </message>
    <message>
        <source>Add a unique Message-ID header.</source>
        <translation>Ajoutez un en-tête Message-ID unique.</translation>
    </message>
    <message>
        <source>Gmail: encoded-word not permitted</source>
        <translation>Gmail : encoded-word non autorisé</translation>
    </message>
    <message>
        <source>An encoded-word appears in a header where RFC 2047 does not allow it.</source>
        <translation>Un encoded-word apparaît dans un en-tête où la RFC 2047 ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <source>Fix header encoding.</source>
        <translation>Corrigez l&apos;encodage des en-têtes.</translation>
    </message>
    <message>
        <source>Gmail: Unicode in a disallowed header</source>
        <translation>Gmail : Unicode dans un en-tête qui ne l&apos;autorise pas</translation>
    </message>
    <message>
        <source>A header contains a Unicode character where it is not allowed.</source>
        <translation>Un en-tête contient un caractère Unicode là où il n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Encode the header properly.</source>
        <translation>Encodez correctement l&apos;en-tête.</translation>
    </message>
    <message>
        <source>Gmail: invalid sender address</source>
        <translation>Gmail : adresse d&apos;expéditeur invalide</translation>
    </message>
    <message>
        <source>The sender address is not a valid RFC 5321 address.</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas une adresse RFC 5321 valide.</translation>
    </message>
    <message>
        <source>Fix the envelope sender.</source>
        <translation>Corrigez l&apos;expéditeur d&apos;enveloppe.</translation>
    </message>
    <message>
        <source>Gmail: mail loop</source>
        <translation>Gmail : boucle de courrier</translation>
    </message>
    <message>
        <source>The message passed more than 50 hops, which suggests a mail loop.</source>
        <translation>Le message est passé par plus de 50 relais, ce qui laisse supposer une boucle de courrier.</translation>
    </message>
    <message>
        <source>Gmail: a Google limit exceeded</source>
        <translation>Gmail : une limite de Google a été dépassée</translation>
    </message>
    <message>
        <source>The message exceeds a Google limit (attachments, header size).</source>
        <translation>Le message dépasse une limite de Google (pièces jointes, taille des en-têtes).</translation>
    </message>
    <message>
        <source>Reduce attachments or header sizes.</source>
        <translation>Réduisez les pièces jointes ou la taille des en-têtes.</translation>
    </message>
    <message>
        <source>Microsoft 365: rate limited due to IP reputation</source>
        <translation>Microsoft 365 : débit limité à cause de la réputation de l&apos;IP</translation>
    </message>
    <message>
        <source>Microsoft 365: authentication level not met</source>
        <translation>Microsoft 365 : niveau d&apos;authentification insuffisant</translation>
    </message>
    <message>
        <source>The From domain does not meet the authentication level required for it (SPF, DKIM, DMARC).</source>
        <translation>Le domaine From n&apos;atteint pas le niveau d&apos;authentification exigé pour lui (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC fails for the From domain.</source>
        <translation>SPF, DKIM ou DMARC échoue pour le domaine From.</translation>
    </message>
    <message>
        <source>Make SPF, DKIM and DMARC pass for the From domain.</source>
        <translation>Faites réussir SPF, DKIM et DMARC pour le domaine From.</translation>
    </message>
    <message>
        <source>Microsoft 365: IPv6 mail must be authenticated</source>
        <translation>Microsoft 365 : le courrier IPv6 doit être authentifié</translation>
    </message>
    <message>
        <source>Mail over IPv6 must pass SPF or DKIM; this message is not signed.</source>
        <translation>Le courrier sur IPv6 doit réussir SPF ou DKIM ; ce message n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>Sign with DKIM or publish SPF for the IPv6 sender.</source>
        <translation>Signez avec DKIM ou publiez SPF pour l&apos;expéditeur IPv6.</translation>
    </message>
    <message>
        <source>Microsoft 365: on the recipient&apos;s block list</source>
        <translation>Microsoft 365 : sur la liste de blocage du destinataire</translation>
    </message>
    <message>
        <source>The recipient domain added your IP to its own block list.</source>
        <translation>Le domaine destinataire a ajouté votre IP à sa propre liste de blocage.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to remove it.</source>
        <translation>Demandez à l&apos;administrateur du destinataire de la retirer.</translation>
    </message>
    <message>
        <source>Microsoft 365: invalid characters</source>
        <translation>Microsoft 365 : caractères invalides</translation>
    </message>
    <message>
        <source>The message contains invalid characters such as bare line feeds.</source>
        <translation>Le message contient des caractères invalides, comme des sauts de ligne LF isolés.</translation>
    </message>
    <message>
        <source>The sending program writes bare LF characters.</source>
        <translation>Le programme d&apos;envoi écrit des caractères LF isolés.</translation>
    </message>
    <message>
        <source>Send CRLF line endings.</source>
        <translation>Utilisez des fins de ligne CRLF.</translation>
    </message>
    <message>
        <source>Microsoft 365: STARTTLS required</source>
        <translation>Microsoft 365 : STARTTLS exigé</translation>
    </message>
    <message>
        <source>The destination did not complete STARTTLS although TLS is required.</source>
        <translation>La destination n&apos;a pas mené STARTTLS à terme alors que TLS est exigé.</translation>
    </message>
    <message>
        <source>The destination must fix its TLS setup.</source>
        <translation>La destination doit corriger sa configuration TLS.</translation>
    </message>
    <message>
        <source>The destination MX or certificate does not match the domain&apos;s MTA-STS policy.</source>
        <translation>Le MX ou le certificat de la destination ne correspond pas à la politique MTA-STS du domaine.</translation>
    </message>
    <message>
        <source>The destination must fix its MTA-STS policy, MX or certificate.</source>
        <translation>La destination doit corriger sa politique MTA-STS, son MX ou son certificat.</translation>
    </message>
    <message>
        <source>Exchange: message delayed</source>
        <translation>Exchange : message retardé</translation>
    </message>
    <message>
        <source>The message is still queued; delivery keeps failing.</source>
        <translation>Le message est toujours en file d&apos;attente ; la livraison continue d&apos;échouer.</translation>
    </message>
    <message>
        <source>Check that the destination is reachable.</source>
        <translation>Vérifiez que la destination est joignable.</translation>
    </message>
    <message>
        <source>Yahoo: unauthenticated mail</source>
        <translation>Yahoo : courrier non authentifié</translation>
    </message>
    <message>
        <source>Yahoo requires every sender to authenticate with SPF or DKIM.</source>
        <translation>Yahoo exige que tout expéditeur s&apos;authentifie par SPF ou DKIM.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM.</source>
        <translation>Configurez SPF et DKIM.</translation>
    </message>
    <message>
        <source>Yahoo: address no longer valid</source>
        <translation>Yahoo : adresse devenue invalide</translation>
    </message>
    <message>
        <source>The Yahoo/AOL account is no longer valid.</source>
        <translation>Le compte Yahoo/AOL n&apos;est plus valide.</translation>
    </message>
    <message>
        <source>Yahoo: unresolvable sender domain</source>
        <translation>Yahoo : domaine de l&apos;expéditeur non résolu</translation>
    </message>
    <message>
        <source>The envelope sender&apos;s domain does not resolve.</source>
        <translation>Le domaine de l&apos;expéditeur d&apos;enveloppe ne se résout pas.</translation>
    </message>
    <message>
        <source>Use a sender domain with working DNS.</source>
        <translation>Utilisez un domaine d&apos;expéditeur dont le DNS fonctionne.</translation>
    </message>
    <message>
        <source>Yahoo: IP on Spamhaus XBL</source>
        <translation>Yahoo : IP sur la XBL de Spamhaus</translation>
    </message>
    <message>
        <source>The IP is listed on the Spamhaus Exploits Block List.</source>
        <translation>L&apos;IP figure sur la Spamhaus Exploits Block List.</translation>
    </message>
    <message>
        <source>A compromised host or open proxy.</source>
        <translation>Une machine compromise ou un proxy ouvert.</translation>
    </message>
    <message>
        <source>Clean the host and request delisting.</source>
        <translation>Assainissez la machine et demandez le retrait.</translation>
    </message>
    <message>
        <source>iCloud: recipient no longer on server</source>
        <translation>iCloud : le destinataire n&apos;est plus sur ce serveur</translation>
    </message>
    <message>
        <source>The iCloud address no longer lives on this server.</source>
        <translation>L&apos;adresse iCloud n&apos;est plus hébergée sur ce serveur.</translation>
    </message>
    <message>
        <source>iCloud: inactive address</source>
        <translation>iCloud : adresse inactive</translation>
    </message>
    <message>
        <source>The iCloud address is inactive.</source>
        <translation>L&apos;adresse iCloud est inactive.</translation>
    </message>
    <message>
        <source>iCloud: not accepting connections</source>
        <translation>iCloud : connexions refusées</translation>
    </message>
    <message>
        <source>Apple&apos;s server does not accept connections from you now.</source>
        <translation>Le serveur d&apos;Apple n&apos;accepte pas vos connexions pour le moment.</translation>
    </message>
    <message>
        <source>Retry later; check the IP&apos;s reputation.</source>
        <translation>Réessayez plus tard ; vérifiez la réputation de l&apos;IP.</translation>
    </message>
    <message>
        <source>iCloud: IP listed by Spamhaus</source>
        <translation>iCloud : IP listée par Spamhaus</translation>
    </message>
    <message>
        <source>Apple refused the IP because it is on a Spamhaus list.</source>
        <translation>Apple a refusé l&apos;IP car elle figure sur une liste Spamhaus.</translation>
    </message>
    <message>
        <source>Request delisting at Spamhaus after fixing the cause.</source>
        <translation>Demandez le retrait chez Spamhaus après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>iCloud: sender address rejected</source>
        <translation>iCloud : adresse d&apos;expéditeur rejetée</translation>
    </message>
    <message>
        <source>Apple refused the envelope sender.</source>
        <translation>Apple a refusé l&apos;expéditeur d&apos;enveloppe.</translation>
    </message>
    <message>
        <source>The sender domain does not resolve.</source>
        <translation>Le domaine de l&apos;expéditeur ne se résout pas.</translation>
    </message>
    <message>
        <source>Send from a domain with valid DNS.</source>
        <translation>Envoyez depuis un domaine dont le DNS est valide.</translation>
    </message>
    <message>
        <source>iCloud: failed SPF and DKIM</source>
        <translation>iCloud : échec SPF et DKIM</translation>
    </message>
    <message>
        <source>The message failed both SPF and DKIM.</source>
        <translation>Le message a échoué à la fois à SPF et à DKIM.</translation>
    </message>
    <message>
        <source>iCloud: rejected by local policy</source>
        <translation>iCloud : rejeté par la politique locale</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>The bounce message (.eml); &quot;-&quot; for standard input.</source>
        <translation>Le message de rebond (.eml) ; « - » pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Diagnose one pasted reply line instead of a message.</source>
        <translation>Diagnostiquer une ligne de réponse collée au lieu d’un message.</translation>
    </message>
    <message>
        <source>Diagnose from the message alone; list the checks skipped.</source>
        <translation>Diagnostiquer à partir du seul message ; lister les vérifications omises.</translation>
    </message>
    <message>
        <source>give exactly one FILE or one --line TEXT</source>
        <translation>indiquez exactement un FICHIER ou un --line TEXTE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Explain why a message bounced: ranked causes, evidence and fixes.</source>
        <translation>Explique pourquoi un message a été rejeté : causes classées, preuves et corrections.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>L’adresse du destinataire n’existe pas</translation>
    </message>
    <message>
        <source>The recipient domain looks like a typo</source>
        <translation>Le domaine du destinataire ressemble à une faute de frappe</translation>
    </message>
    <message>
        <source>The recipient domain does not accept mail</source>
        <translation>Le domaine du destinataire n’accepte pas de courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <translation>La boîte aux lettres du destinataire est désactivée ou suspendue</translation>
    </message>
    <message>
        <source>SPF does not authorize the sending server</source>
        <translation>SPF n’autorise pas le serveur d’envoi</translation>
    </message>
    <message>
        <source>The sender&apos;s SPF record is broken</source>
        <translation>L’enregistrement SPF de l’expéditeur est défectueux</translation>
    </message>
    <message>
        <source>DKIM signature missing or failing</source>
        <translation>Signature DKIM absente ou en échec</translation>
    </message>
    <message>
        <source>The sender domain&apos;s DMARC policy rejected the message</source>
        <translation>La politique DMARC du domaine expéditeur a rejeté le message</translation>
    </message>
    <message>
        <source>The sending IP has no valid reverse DNS (PTR)</source>
        <translation>L’IP d’envoi n’a pas de DNS inverse (PTR) valide</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist</source>
        <translation>L’IP ou le domaine d’envoi figure sur une liste de blocage</translation>
    </message>
    <message>
        <source>Sender reputation or rate limit</source>
        <translation>Réputation de l’expéditeur ou limite de débit</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Le message est trop volumineux</translation>
    </message>
    <message>
        <source>The content was rejected as spam or malware</source>
        <translation>Le contenu a été rejeté comme spam ou logiciel malveillant</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>The recipient&apos;s organization does not accept mail from you</source>
        <translation>L’organisation du destinataire n’accepte pas votre courrier</translation>
    </message>
    <message>
        <source>An encrypted (TLS) connection was required</source>
        <translation>Une connexion chiffrée (TLS) était exigée</translation>
    </message>
    <message>
        <source>A temporary problem; a retry will likely work</source>
        <translation>Un problème temporaire ; une nouvelle tentative réussira probablement</translation>
    </message>
    <message>
        <source>Backscatter: a bounce for a message you did not send</source>
        <translation>Backscatter : un rapport de non-remise pour un message que vous n’avez pas envoyé</translation>
    </message>
    <message>
        <source>The cause could not be determined</source>
        <translation>La cause n’a pas pu être déterminée</translation>
    </message>
    <message>
        <source>Today&apos;s SPF check for %1 at %2 gives %3.</source>
        <translation>La vérification SPF d’aujourd’hui pour %1 sur %2 donne %3.</translation>
    </message>
    <message>
        <source>Authorize %1 in the SPF record of %2, keeping what is there:</source>
        <translation>Autorisez %1 dans l’enregistrement SPF de %2, en gardant ce qui s’y trouve :</translation>
    </message>
    <message>
        <source>SPF check_host(%1, %2) = %3 (%4).</source>
        <translation>SPF check_host(%1, %2) = %3 (%4).</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken today: %2.</source>
        <translation>L’enregistrement SPF de %1 est défectueux aujourd’hui : %2.</translation>
    </message>
    <message>
        <source>The SPF record is broken rather than missing the IP.</source>
        <translation>L’enregistrement SPF est défectueux, il ne lui manque pas seulement l’IP.</translation>
    </message>
    <message>
        <source>The DNS did not answer the SPF lookups: unknown, not proof.</source>
        <translation>Le DNS n’a pas répondu aux requêtes SPF : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>SPF passes today for %1 at %2.</source>
        <translation>SPF réussit aujourd’hui pour %1 sur %2.</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2 of the returned message: %3 %4</source>
        <translation>Signature DKIM d=%1 s=%2 du message renvoyé : %3 %4</translation>
    </message>
    <message>
        <source>The DNS did not answer the DKIM key lookup: unknown, not proof.</source>
        <translation>Le DNS n’a pas répondu à la requête de la clé DKIM : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>No DKIM signature aligned with %1 verifies today.</source>
        <translation>Aucune signature DKIM alignée sur %1 n’est valide aujourd’hui.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM for d=%1 (or a subdomain of it) and publish the public key at &lt;selector&gt;._domainkey.%1 (RFC 6376 3.6.2).</source>
        <translation>Signez le courrier sortant avec DKIM pour d=%1 (ou un de ses sous-domaines) et publiez la clé publique sous &lt;selector&gt;._domainkey.%1 (RFC 6376 3.6.2).</translation>
    </message>
    <message>
        <source>The returned message carries no DKIM-Signature.</source>
        <translation>Le message renvoyé ne porte pas de DKIM-Signature.</translation>
    </message>
    <message>
        <source>The message was not signed with DKIM.</source>
        <translation>Le message n’était pas signé avec DKIM.</translation>
    </message>
    <message>
        <source>The DNS did not answer the DMARC lookup: unknown, not proof.</source>
        <translation>Le DNS n’a pas répondu à la requête DMARC : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>DMARC lookup failed.</source>
        <translation>Échec de la requête DMARC.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record today.</source>
        <translation>%1 ne publie aucun enregistrement DMARC aujourd’hui.</translation>
    </message>
    <message>
        <source>Publish a DMARC record, monitoring first (Gmail and Yahoo require one from bulk senders):</source>
        <translation>Publiez un enregistrement DMARC, d’abord en simple surveillance (Gmail et Yahoo l’exigent des expéditeurs en masse) :</translation>
    </message>
    <message>
        <source>DMARC policy of %1: p=%2.</source>
        <translation>Politique DMARC de %1 : p=%2.</translation>
    </message>
    <message>
        <source>This message would pass DMARC with today&apos;s DNS.</source>
        <translation>Avec le DNS d’aujourd’hui, ce message passerait DMARC.</translation>
    </message>
    <message>
        <source>Today&apos;s DMARC policy of %1 is p=%2: it would not reject.</source>
        <translation>La politique DMARC actuelle de %1 est p=%2 : elle ne rejetterait pas.</translation>
    </message>
    <message>
        <source>With today&apos;s DNS this message fails DMARC and %1 asks receivers to %2 it.</source>
        <translation>Avec le DNS d’aujourd’hui, ce message échoue à DMARC et %1 demande aux destinataires : %2.</translation>
    </message>
    <message>
        <source>Make DKIM sign with d=%1 (or a subdomain), or send with a Return-Path in %1 whose SPF authorizes the sending IP; either aligned pass satisfies DMARC (RFC 7489 4.2).</source>
        <translation>Faites signer DKIM avec d=%1 (ou un sous-domaine), ou envoyez avec un Return-Path dans %1 dont le SPF autorise l’IP d’envoi ; l’un ou l’autre succès aligné satisfait DMARC (RFC 7489 4.2).</translation>
    </message>
    <message>
        <source>Reverse DNS of %1.</source>
        <translation>DNS inverse de %1.</translation>
    </message>
    <message>
        <source>The DNS did not answer the PTR lookup: unknown, not proof.</source>
        <translation>Le DNS n’a pas répondu à la requête PTR : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>%1 has a forward-confirmed PTR today.</source>
        <translation>%1 a aujourd’hui un PTR confirmé dans le sens direct.</translation>
    </message>
    <message>
        <source>%1 has no PTR record today.</source>
        <translation>%1 n’a aucun enregistrement PTR aujourd’hui.</translation>
    </message>
    <message>
        <source>The PTR name of %1 does not resolve back to it (no FCrDNS).</source>
        <translation>Le nom PTR de %1 ne renvoie pas à cette adresse (pas de FCrDNS).</translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your hosting provider or ISP) to publish this PTR, and make %2 resolve to %1:</source>
        <translation>Demandez au propriétaire de %1 (votre hébergeur ou FAI) de publier ce PTR, et faites pointer %2 vers %1 :</translation>
    </message>
    <message>
        <source>Some blocklists did not answer: unknown, not proof.</source>
        <translation>Certaines listes de blocage n’ont pas répondu : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>The sending IP is on none of the lists asked today.</source>
        <translation>L’IP d’envoi ne figure aujourd’hui sur aucune des listes interrogées.</translation>
    </message>
    <message>
        <source>%1 is listed today on %2.</source>
        <translation>%1 figure aujourd’hui sur %2.</translation>
    </message>
    <message>
        <source>%1 lists %2: %3 %4</source>
        <translation>%1 répertorie %2 : %3 %4</translation>
    </message>
    <message>
        <source>Find why %1 was listed (compromised account, open relay, infected host), fix it, then request removal from %2.</source>
        <translation>Trouvez pourquoi %1 a été listée (compte compromis, relais ouvert, machine infectée), corrigez-le, puis demandez le retrait à %2.</translation>
    </message>
    <message>
        <source>Check the address with the recipient and resend to %1 if that is what was meant.</source>
        <translation>Vérifiez l’adresse avec le destinataire et renvoyez à %1 si c’est bien elle qui était visée.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorize the IP %2 that sent it.</source>
        <translation>L’enregistrement SPF de %1 n’autorise pas l’IP %2 qui l’a envoyé.</translation>
    </message>
    <message>
        <source>The Message-ID domain %1 is neither the From domain %2 nor a host in the Received chain.</source>
        <translation>Le domaine du Message-ID %1 n’est ni le domaine From %2 ni un hôte de la chaîne Received.</translation>
    </message>
    <message>
        <source>No DKIM signature of %1.</source>
        <translation>Aucune signature DKIM de %1.</translation>
    </message>
    <message>
        <source>No Received hop of the returned message names a host of %1.</source>
        <translation>Aucun relais Received du message renvoyé n’indique un hôte de %1.</translation>
    </message>
    <message>
        <source>%1 is one slip away from %2 (its MX was not checked).</source>
        <translation>%1 est à une faute de frappe de %2 (son MX n’a pas été vérifié).</translation>
    </message>
    <message>
        <source>MX of %1: %2.</source>
        <translation>MX de %1 : %2.</translation>
    </message>
    <message>
        <source>The DNS did not answer the MX lookup: unknown, not proof.</source>
        <translation>Le DNS n’a pas répondu à la requête MX : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>%1 is one slip away from %2; whether it receives mail is unknown (DNS failure).</source>
        <translation>%1 est à une faute de frappe de %2 ; on ne sait pas s’il reçoit du courrier (échec DNS).</translation>
    </message>
    <message>
        <source>%1 receives no mail today (%2).</source>
        <translation>%1 ne reçoit pas de courrier aujourd’hui (%2).</translation>
    </message>
    <message>
        <source>%1 is one slip away from %2 and receives no mail.</source>
        <translation>%1 est à une faute de frappe de %2 et ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>%1 has mail servers today.</source>
        <translation>%1 a des serveurs de messagerie aujourd’hui.</translation>
    </message>
    <message>
        <source>%1 is close to %2 but has its own mail servers (a real domain, or a typo-squatter).</source>
        <translation>%1 ressemble à %2 mais a ses propres serveurs de messagerie (un vrai domaine, ou du typosquattage).</translation>
    </message>
    <message>
        <source>The bounce is likely for a message you did not send.</source>
        <translation>Le rapport de non-remise concerne probablement un message que vous n’avez pas envoyé.</translation>
    </message>
    <message>
        <source>%1 signs that the returned message was forged in your name.</source>
        <translation>%1 indices que le message renvoyé a été falsifié en votre nom.</translation>
    </message>
    <message>
        <source>No failed recipient or reply text was found in the input.</source>
        <translation>Aucun destinataire en échec ni texte de réponse n’a été trouvé dans l’entrée.</translation>
    </message>
    <message>
        <source>No rule explains this reply with enough confidence.</source>
        <translation>Aucune règle n’explique cette réponse avec assez de certitude.</translation>
    </message>
    <message>
        <source>The reply was: &quot;%1&quot;.</source>
        <translation>La réponse était : « %1 ».</translation>
    </message>
    <message>
        <source>Most likely: %1 (confidence %2 %). Resending later can help.</source>
        <translation>Le plus probable : %1 (certitude %2 %). Renvoyer plus tard peut aider.</translation>
    </message>
    <message>
        <source>Most likely: %1 (confidence %2 %). Resending unchanged will not help.</source>
        <translation>Le plus probable : %1 (certitude %2 %). Renvoyer sans rien changer n’aidera pas.</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from your lists if it stays dead (RFC 3463 X.1.1).</source>
        <translation>Vérifiez l’adresse (faute de frappe ?) et demandez la bonne au destinataire ; retirez-la de vos listes si elle reste morte (RFC 3463 X.1.1).</translation>
    </message>
    <message>
        <source>Correct the domain part of the address; do not keep retrying the misspelt one.</source>
        <translation>Corrigez la partie domaine de l’adresse ; ne réessayez pas avec celle qui est mal orthographiée.</translation>
    </message>
    <message>
        <source>Check the domain; if it is right, the recipient&apos;s organization must publish MX records (RFC 5321 5.1, RFC 7505).</source>
        <translation>Vérifiez le domaine ; s’il est correct, l’organisation du destinataire doit publier des enregistrements MX (RFC 5321 5.1, RFC 7505).</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel; resend later once they have made room.</source>
        <translation>Prévenez le destinataire par un autre moyen ; renvoyez plus tard, une fois qu’il aura fait de la place.</translation>
    </message>
    <message>
        <source>Ask the recipient for a current address; a disabled mailbox does not come back by retrying.</source>
        <translation>Demandez une adresse à jour au destinataire ; une boîte désactivée ne revient pas à force de réessayer.</translation>
    </message>
    <message>
        <source>List every server that sends for your domain in its SPF record, then resend (RFC 7208).</source>
        <translation>Inscrivez chaque serveur qui envoie pour votre domaine dans son enregistrement SPF, puis renvoyez (RFC 7208).</translation>
    </message>
    <message>
        <source>Repair the SPF record: one record only, valid syntax, at most 10 DNS-lookup terms (RFC 7208 4.6.4).</source>
        <translation>Réparez l’enregistrement SPF : un seul enregistrement, une syntaxe valide, au plus 10 termes à requête DNS (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>Activez la signature DKIM chez votre fournisseur de messagerie et publiez la clé qu’il vous donne.</translation>
    </message>
    <message>
        <source>Make sure SPF or DKIM passes for a domain aligned with the From address before resending.</source>
        <translation>Avant de renvoyer, assurez-vous que SPF ou DKIM réussit pour un domaine aligné sur l’adresse From.</translation>
    </message>
    <message>
        <source>Every sending IP needs a PTR whose name resolves back to the IP (RFC 8601 2.7.3 iprev).</source>
        <translation>Chaque IP d’envoi a besoin d’un PTR dont le nom renvoie à cette IP (RFC 8601 2.7.3 iprev).</translation>
    </message>
    <message>
        <source>Look up the IP on the list&apos;s website, remove the cause of the listing, then ask for delisting.</source>
        <translation>Recherchez l’IP sur le site de la liste, supprimez la cause de l’inscription, puis demandez le retrait.</translation>
    </message>
    <message>
        <source>Slow down, send only to people who asked for your mail, and watch the provider&apos;s postmaster tools; retries later usually pass.</source>
        <translation>Ralentissez, n’écrivez qu’aux personnes qui ont demandé votre courrier et suivez les outils postmaster du fournisseur ; les nouvelles tentatives passent généralement plus tard.</translation>
    </message>
    <message>
        <source>Send large files as a link, or compress them below the receiver&apos;s size limit.</source>
        <translation>Envoyez les gros fichiers sous forme de lien, ou compressez-les sous la limite de taille du destinataire.</translation>
    </message>
    <message>
        <source>Remove what looks like spam or malware (links, attachments, wording) and resend.</source>
        <translation>Retirez ce qui ressemble à du spam ou à un logiciel malveillant (liens, pièces jointes, formulations) et renvoyez.</translation>
    </message>
    <message>
        <source>Authenticate to your outgoing server (SMTP AUTH) or send through the server responsible for your domain (RFC 5321 3.6.2).</source>
        <translation>Authentifiez-vous auprès de votre serveur sortant (SMTP AUTH) ou envoyez par le serveur responsable de votre domaine (RFC 5321 3.6.2).</translation>
    </message>
    <message>
        <source>Ask the recipient to have their administrator allow your address or domain.</source>
        <translation>Demandez au destinataire de faire autoriser votre adresse ou votre domaine par son administrateur.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on your sending server (RFC 3207) with a valid certificate.</source>
        <translation>Activez STARTTLS sur votre serveur d’envoi (RFC 3207) avec un certificat valide.</translation>
    </message>
    <message>
        <source>Nothing to change: the sending server retries by itself; resend only if it finally gives up.</source>
        <translation>Rien à changer : le serveur d’envoi réessaie de lui-même ; ne renvoyez que s’il finit par abandonner.</translation>
    </message>
    <message>
        <source>Send the full bounce to your mail administrator or the receiving site&apos;s postmaster.</source>
        <translation>Envoyez le rapport de non-remise complet à votre administrateur de messagerie ou au postmaster du site destinataire.</translation>
    </message>
    <message>
        <source>The reply does not talk of blocking, so blocklists were not asked.</source>
        <translation>La réponse ne parle pas de blocage, les listes de blocage n’ont donc pas été interrogées.</translation>
    </message>
    <message>
        <source>The sending IP is not known (the reply names none and no external Received hop came back).</source>
        <translation>L’IP d’envoi est inconnue (la réponse n’en indique aucune et aucun relais Received externe n’a été renvoyé).</translation>
    </message>
    <message>
        <source>No network checks were asked for (--no-network).</source>
        <translation>Aucune vérification réseau n’a été demandée (--no-network).</translation>
    </message>
    <message>
        <source>The recipient domain is not known.</source>
        <translation>Le domaine du destinataire est inconnu.</translation>
    </message>
    <message>
        <source>The sender domain is not known: the bounce did not return the original message&apos;s headers.</source>
        <translation>Le domaine de l’expéditeur est inconnu : le rapport de non-remise n’a pas renvoyé les en-têtes du message d’origine.</translation>
    </message>
    <message>
        <source>SPF needs the sending IP, which the bounce does not show.</source>
        <translation>SPF a besoin de l’IP d’envoi, que le rapport de non-remise n’indique pas.</translation>
    </message>
    <message>
        <source>The returned message carries no DKIM-Signature to verify.</source>
        <translation>Le message renvoyé ne porte aucune DKIM-Signature à vérifier.</translation>
    </message>
    <message>
        <source>Only the headers came back, so the signature cannot be verified; the key was looked up.</source>
        <translation>Seuls les en-têtes sont revenus, la signature ne peut donc pas être vérifiée ; la clé a été recherchée.</translation>
    </message>
    <message>
        <source>The reply says: &quot;%1&quot;.</source>
        <translation>La réponse dit : « %1 ».</translation>
    </message>
    <message>
        <source>The receiving server reported %1=%2.</source>
        <translation>Le serveur destinataire a signalé %1=%2.</translation>
    </message>
    <message>
        <source>The bounce&apos;s reason is &quot;%1&quot;.</source>
        <translation>La raison du rapport de non-remise est « %1 ».</translation>
    </message>
    <message>
        <source>%1 uses status %2 for this.</source>
        <translation>%1 utilise le statut %2 pour cela.</translation>
    </message>
    <message>
        <source>The enhanced status code is %1.</source>
        <translation>Le code d’état étendu est %1.</translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation>Statut %1.</translation>
    </message>
    <message>
        <source>The reply mentions &quot;%1&quot;.</source>
        <translation>La réponse mentionne « %1 ».</translation>
    </message>
    <message>
        <source>The failure is transient (class 4): the server asks to try again later.</source>
        <translation>L’échec est temporaire (classe 4) : le serveur demande de réessayer plus tard.</translation>
    </message>
    <message>
        <source>Status %1 is a temporary failure.</source>
        <translation>Le statut %1 est un échec temporaire.</translation>
    </message>
    <message>
        <source>%1 documents this reply as a passing condition (rate or reputation).</source>
        <translation>%1 documente cette réponse comme un état passager (débit ou réputation).</translation>
    </message>
    <message>
        <source>The receiving server reported: &quot;%1&quot;.</source>
        <translation>Le serveur destinataire a signalé : « %1 ».</translation>
    </message>
    <message>
        <source>Authentication-Results recorded: &quot;%1&quot;.</source>
        <translation>Authentication-Results a consigné : « %1 ».</translation>
    </message>
    <message>
        <source>The receiving server named %1 in its reply: this is the address it refused.</source>
        <translation>Le serveur destinataire a indiqué %1 dans sa réponse : c’est l’adresse qu’il a refusée.</translation>
    </message>
    <message>
        <source>The problem the bounce describes looks fixed since</source>
        <translation>Le problème décrit par le rapport de non-remise semble corrigé depuis</translation>
    </message>
    <message>
        <source>Nothing in the bounce shows that %1 is one of your servers. If it is (ask your mail provider), add &quot;%2:%1&quot; to the SPF record of %3, or the include: your provider documents; if it is not, the message was forged and nothing needs to change.</source>
        <translation>Rien dans le rapport de non-remise ne montre que %1 est l’un de vos serveurs. Si c’est le cas (demandez à votre fournisseur de messagerie), ajoutez « %2:%1 » à l’enregistrement SPF de %3, ou l’include: que votre fournisseur indique ; sinon, le message a été falsifié et il n’y a rien à changer.</translation>
    </message>
    <message>
        <source>Ask %1 to sign your mail with d=%2. Services that support it have you delegate their key with a CNAME like this one (use the exact name and target their settings page shows):</source>
        <translation>Demandez à %1 de signer votre courrier avec d=%2. Les services qui le permettent vous font déléguer leur clé par un CNAME comme celui-ci (utilisez exactement le nom et la cible qu’affiche leur page de paramètres) :</translation>
    </message>
    <message>
        <source>Or set a custom Return-Path (bounce domain) under %1 in the mailer&apos;s settings; most services have you point it at theirs, e.g.:</source>
        <translation>Ou définissez un Return-Path personnalisé (domaine de rebond) sous %1 dans les paramètres du service d’envoi ; la plupart vous le font pointer vers le leur, par ex. :</translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your hosting provider or ISP) for a PTR record naming your mail server&apos;s host name (the name it gives in HELO), and make that name resolve to %1.</source>
        <translation>Demandez au propriétaire de %1 (votre hébergeur ou FAI) un enregistrement PTR désignant le nom d’hôte de votre serveur de messagerie (celui qu’il donne dans HELO), et faites pointer ce nom vers %1.</translation>
    </message>
    <message>
        <source>The recipient %1 is at %2, one typing slip from %3.</source>
        <translation>Le destinataire %1 est chez %2, à une faute de frappe de %3.</translation>
    </message>
    <message>
        <source>The recipient %1 is at %2, %3 edits from %4.</source>
        <translation>Le destinataire %1 est chez %2, à %3 modifications de %4.</translation>
    </message>
    <message>
        <source>Do not resend and do not change your SPF for the address in this bounce: it is the forger&apos;s, not yours.</source>
        <translation>Ne renvoyez pas et ne modifiez pas votre SPF pour l’adresse de ce rapport de non-remise : c’est celle du faussaire, pas la vôtre.</translation>
    </message>
    <message>
        <source>%1 already publishes SPF with -all and DMARC p=%2: there is nothing to change in DNS. Receivers that honour them refuse such forgeries; the few that accept first and bounce later send these notices.</source>
        <translation>%1 publie déjà SPF avec -all et DMARC p=%2 : il n’y a rien à changer dans le DNS. Les destinataires qui les respectent refusent ces faux ; les rares qui acceptent d’abord et rejettent ensuite envoient ces avis.</translation>
    </message>
    <message>
        <source>Publish a DMARC record, monitoring first; once its reports show that all your real mail passes, raise it to p=reject so receivers refuse forgeries:</source>
        <translation>Publiez un enregistrement DMARC, d’abord en simple surveillance ; quand ses rapports montrent que tout votre vrai courrier passe, passez à p=reject pour que les destinataires refusent les faux :</translation>
    </message>
    <message>
        <source>Raise the DMARC policy of %1 from p=%2 to p=quarantine, then p=reject, once its aggregate reports show that all your real mail passes.</source>
        <translation>Relevez la politique DMARC de %1 de p=%2 à p=quarantine, puis p=reject, quand ses rapports agrégés montrent que tout votre vrai courrier passe.</translation>
    </message>
    <message>
        <source>End the SPF record of %1 with -all once it lists every server that sends your mail (RFC 7208 8.4).</source>
        <translation>Terminez l’enregistrement SPF de %1 par -all dès qu’il liste chaque serveur qui envoie votre courrier (RFC 7208 8.4).</translation>
    </message>
    <message>
        <source>Filter such bounces: a notice about a message that does not carry your own DKIM signature was not sent by you.</source>
        <translation>Filtrez ces rapports de non-remise : un avis sur un message qui ne porte pas votre propre signature DKIM ne vient pas de vous.</translation>
    </message>
    <message>
        <source>%1 findings about the forger&apos;s server (its SPF, reverse DNS, blocklistings, signature) were set aside: they are not yours to fix.</source>
        <translation>%1 constats sur le serveur du faussaire (son SPF, son DNS inverse, ses inscriptions sur listes de blocage, sa signature) ont été écartés : ce n’est pas à vous de les corriger.</translation>
    </message>
    <message>
        <source>The receiving server reported a failure that today&apos;s DNS no longer shows.</source>
        <translation>Le serveur destinataire a signalé un échec que le DNS d’aujourd’hui ne montre plus.</translation>
    </message>
    <message>
        <source>%1: the receiving server saw &quot;%2&quot;; today: %3.</source>
        <translation>%1 : le serveur destinataire a vu « %2 » ; aujourd’hui : %3.</translation>
    </message>
    <message>
        <source>Resend the message: the record that failed then is right today. If it bounces again the same way, the receiver may still cache the old record (wait for its TTL) or check from another place.</source>
        <translation>Renvoyez le message : l’enregistrement qui échouait alors est correct aujourd’hui. S’il est rejeté de la même façon, le destinataire garde peut-être l’ancien en cache (attendez son TTL), ou vérifiez depuis un autre endroit.</translation>
    </message>
    <message>
        <source>Your address was forged (confidence %1 %): this bounce is for a message you did not send, and nothing failed in your own delivery.</source>
        <translation>Votre adresse a été usurpée (certitude %1 %) : ce rapport de non-remise concerne un message que vous n’avez pas envoyé, et rien n’a échoué dans votre propre envoi.</translation>
    </message>
    <message>
        <source>Looks fixed since the bounce (confidence %1 %): today&apos;s DNS no longer shows the failure the receiver reported. Resend.</source>
        <translation>Apparemment corrigé depuis le rapport de non-remise (certitude %1 %) : le DNS d’aujourd’hui ne montre plus l’échec signalé par le destinataire. Renvoyez.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is published and usable today (%2 bits).</source>
        <translation>La clé DKIM sous %1 est publiée et utilisable aujourd’hui (%2 bits).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; some receivers distrust keys under 2048 bits (RFC 8301 3.2).</source>
        <translation>La clé DKIM sous %1 n’a que %2 bits ; certains destinataires se méfient des clés de moins de 2048 bits (RFC 8301 3.2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is in testing mode (t=y): receivers treat the mail as unsigned (RFC 6376 3.6.1).</source>
        <translation>La clé DKIM sous %1 est en mode test (t=y) : les destinataires traitent le courrier comme non signé (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1 today: the signature cannot verify (RFC 6376 6.1.2).</source>
        <translation>Aucune clé DKIM n’est publiée sous %1 aujourd’hui : la signature ne peut pas être valide (RFC 6376 6.1.2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): the signature cannot verify (RFC 6376 3.6.1).</source>
        <translation>La clé DKIM sous %1 est révoquée (p= vide) : la signature ne peut pas être valide (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is not usable for this signature (RFC 6376 3.6.1).</source>
        <translation>L’enregistrement de clé DKIM sous %1 n’est pas utilisable pour cette signature (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; verifiers must reject keys under 1024 bits (RFC 8301 3.2).</source>
        <translation>La clé DKIM sous %1 n’a que %2 bits ; les vérificateurs doivent rejeter les clés de moins de 1024 bits (RFC 8301 3.2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 could not be looked up: unknown, not proof.</source>
        <translation>La clé DKIM sous %1 n’a pas pu être interrogée : inconnu, pas une preuve.</translation>
    </message>
    <message>
        <source>Publish the public key of this selector again as a TXT record at %1 (&quot;v=DKIM1; k=rsa; p=&quot; followed by the base64 key your mail server or provider shows), or make the server sign with a selector whose key is published (RFC 6376 3.6.2).</source>
        <translation>Republiez la clé publique de ce sélecteur comme enregistrement TXT sous %1 (« v=DKIM1; k=rsa; p= » suivi de la clé en base64 qu’affiche votre serveur ou fournisseur), ou faites signer le serveur avec un sélecteur dont la clé est publiée (RFC 6376 3.6.2).</translation>
    </message>
    <message>
        <source>The aligned DKIM signature d=%1 s=%2 of the returned message verifies today.</source>
        <translation>La signature DKIM alignée d=%1 s=%2 du message renvoyé est valide aujourd’hui.</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2 of the returned message: pass with today&apos;s key.</source>
        <translation>Signature DKIM d=%1 s=%2 du message renvoyé : valide avec la clé d’aujourd’hui.</translation>
    </message>
    <message>
        <source>The key of the DKIM signature d=%1 s=%2: %3.</source>
        <translation>La clé de la signature DKIM d=%1 s=%2 : %3.</translation>
    </message>
    <message>
        <source>Only the body hash of the returned copy fails; the bounce may have altered or cut the copy, so this is weak evidence.</source>
        <translation>Seul le hachage du corps de la copie renvoyée échoue ; le rapport de non-remise a pu modifier ou tronquer la copie, c’est donc une preuve faible.</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2: the body of the returned copy does not match bh=; the returned copy may differ from the message as sent (bounces may re-encode or truncate it).</source>
        <translation>Signature DKIM d=%1 s=%2 : le corps de la copie renvoyée ne correspond pas à bh= ; la copie peut différer du message envoyé (les rapports de non-remise peuvent la réencoder ou la tronquer).</translation>
    </message>
    <message>
        <source>The key of the returned DKIM-Signature (%1): %2.</source>
        <translation>La clé de la DKIM-Signature renvoyée (%1) : %2.</translation>
    </message>
    <message>
        <source>Only the headers came back: the key is fine today, whether the signature verified cannot be checked.</source>
        <translation>Seuls les en-têtes sont revenus : la clé est bonne aujourd’hui, mais on ne peut pas vérifier si la signature était valide.</translation>
    </message>
    <message>
        <source>%1 is %2 (forward-confirmed reverse DNS), a host of your domain.</source>
        <translation>%1 est %2 (DNS inverse confirmé dans le sens direct), un hôte de votre domaine.</translation>
    </message>
    <message>
        <source>%1 is an address of %2, a mail server (MX) of %3.</source>
        <translation>%1 est une adresse de %2, un serveur de messagerie (MX) de %3.</translation>
    </message>
    <message>
        <source>The returned message passed through %1, a host of your domain, before %2 delivered it.</source>
        <translation>Le message renvoyé est passé par %1, un hôte de votre domaine, avant que %2 ne le remette.</translation>
    </message>
    <message>
        <source>%1 connected to the receiving server %2 (its Received hop in the returned message).</source>
        <translation>%1 s’est connecté au serveur destinataire %2 (son relais Received dans le message renvoyé).</translation>
    </message>
    <message>
        <source>%1 is the first public relay in the returned message&apos;s Received chain; the bounce names no other address.</source>
        <translation>%1 est le premier relais public de la chaîne Received du message renvoyé ; le rapport de non-remise n’indique aucune autre adresse.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no PTR</source>
        <translation>aucun PTR</translation>
    </message>
    <message>
        <source>PTR not forward-confirmed</source>
        <translation>PTR non confirmé dans le sens direct</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation>listé sur %1</translation>
    </message>
    <message>
        <source>key usable</source>
        <translation>clé utilisable</translation>
    </message>
    <message>
        <source>key under 2048 bits</source>
        <translation>clé de moins de 2048 bits</translation>
    </message>
    <message>
        <source>key in testing mode (t=y)</source>
        <translation>clé en mode test (t=y)</translation>
    </message>
    <message>
        <source>no key published</source>
        <translation>aucune clé publiée</translation>
    </message>
    <message>
        <source>key revoked (empty p=)</source>
        <translation>clé révoquée (p= vide)</translation>
    </message>
    <message>
        <source>key record unusable</source>
        <translation>enregistrement de clé inutilisable</translation>
    </message>
    <message>
        <source>key under 1024 bits</source>
        <translation>clé de moins de 1024 bits</translation>
    </message>
    <message>
        <source>key lookup failed</source>
        <translation>échec de la recherche de la clé</translation>
    </message>
    <message>
        <source>body hash mismatch on the returned copy</source>
        <translation>hachage du corps différent sur la copie renvoyée</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>aucune signature</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%1 pour %2 depuis %3</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Before removing the address from any list, ask the recipient by another channel whether it is right and whether a filter of theirs (a spam filter, a phone carrier&apos;s domain filter) refuses your mail; correct the address if it is wrong, else ask them to allow your address or domain.</source>
        <translation>Avant de retirer l’adresse d’une liste, demandez au destinataire par un autre moyen si elle est juste et si l’un de ses filtres (un filtre antispam, le filtre de domaines d’un opérateur mobile) refuse votre courrier ; corrigez l’adresse si elle est fausse, sinon demandez-lui d’autoriser votre adresse ou votre domaine.</translation>
    </message>
    <message>
        <source>The reply mentions &quot;%1&quot;, but not in reply to RCPT TO, where a server judges an address (RFC 5321 3.3): filters refuse with these words after the message was sent, so the address may exist.</source>
        <translation>La réponse mentionne « %1 », mais pas en réponse à RCPT TO, où un serveur juge une adresse (RFC 5321 3.3) : des filtres refusent avec ces mots après l’envoi du message, l’adresse peut donc exister.</translation>
    </message>
    <message>
        <source>The reply mentions &quot;%1&quot;, but this server uses these words when a filter refuses the message (%2), so the address may exist.</source>
        <translation>La réponse mentionne « %1 », mais ce serveur emploie ces mots quand un filtre refuse le message (%2), l’adresse peut donc exister.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 (organizational domain %1 by the DNS tree walk) find %2; receivers still on RFC 7489 (organizational domain %3 by the Public Suffix List) find %4.</source>
        <translation>Les destinataires qui suivent la RFC 9989 (domaine organisationnel %1 d’après le parcours de l’arbre DNS) obtiennent %2 ; ceux qui appliquent encore la RFC 7489 (domaine organisationnel %3 d’après la Public Suffix List) obtiennent %4.</translation>
    </message>
    <message>
        <source>The DKIM signature&apos;s d=%1 does not align with the From domain %2 (%3).</source>
        <translation>Le d=%1 de la signature DKIM n’est pas aligné sur le domaine From %2 (%3).</translation>
    </message>
    <message>
        <source>The SPF domain %1 does not align with the From domain %2 (%3).</source>
        <translation>Le domaine SPF %1 n’est pas aligné sur le domaine From %2 (%3).</translation>
    </message>
    <message>
        <source>The DMARC record of %1 asks for p=%2, but its %3 lets receivers deliver part of the forgeries anyway (RFC 7489 6.6.4 for pct, RFC 9989 4.7 for t=y). Remove %3 once the aggregate reports show that all your real mail passes.</source>
        <translation>L&apos;enregistrement DMARC de %1 demande p=%2, mais son %3 laisse les destinataires délivrer malgré tout une partie des falsifications (RFC 7489 6.6.4 pour pct, RFC 9989 4.7 pour t=y). Retirez %3 dès que les rapports agrégés montrent que tout votre courrier légitime passe.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>Not a DNS server address (HOST[:PORT] or [IPv6]:PORT): %1</source>
        <translation>Pas une adresse de serveur DNS (HOST[:PORT] ou [IPv6]:PORT) : %1</translation>
    </message>
    <message>
        <source>No nameserver found in %1</source>
        <translation>Aucun serveur de noms trouvé dans %1</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explains SMTP error lines: reply code, enhanced status code, provider, bounce reason, causes and fixes.</source>
        <translation>Explique les lignes d&apos;erreur SMTP : code de réponse, code d&apos;état étendu, fournisseur, raison du rebond, causes et solutions.</translation>
    </message>
    <message>
        <source>Print one JSON object per input (English).</source>
        <translation>Afficher un objet JSON par entrée (en anglais).</translation>
    </message>
    <message>
        <source>An SMTP error line, or - to read standard input.</source>
        <translation>Une ligne d&apos;erreur SMTP, ou - pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>explain: give one or more lines, or - for standard input.</source>
        <translation>explain : indiquez une ou plusieurs lignes, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>explain: a line longer than %1 bytes was cut there.</source>
        <translation>explain : une ligne de plus de %1 octets a été coupée à cet endroit.</translation>
    </message>
</context>
<context>
    <name>Report::AnalyzeTextBuilder</name>
    <message>
        <source>Reporting MTA: %1</source>
        <translation>MTA rapporteur : %1</translation>
    </message>
    <message>
        <source> (hard bounce)</source>
        <translation> (rebond définitif)</translation>
    </message>
    <message>
        <source>Original: %1 -&gt; %2, &quot;%3&quot;</source>
        <translation>Original : %1 -&gt; %2, « %3 »</translation>
    </message>
    <message>
        <source>Sending IP: %1</source>
        <translation>IP d’envoi : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>Report::BadgeBuilder</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — published: %2 · the forged message: %3</source>
        <translation>%1 — publié : %2 · le message falsifié : %3</translation>
    </message>
    <message>
        <source>%1 — published: %2 · this message: %3</source>
        <translation>%1 — publié : %2 · ce message : %3</translation>
    </message>
    <message>
        <source>%1 — published: %2 · %3: %4</source>
        <translation>%1 — publié : %2 · %3 : %4</translation>
    </message>
    <message>
        <source>%1 — published: %2 · the diagnosis names it as a cause</source>
        <translation>%1 — publié : %2 · le diagnostic le désigne comme cause</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 publishes everything checked here correctly.</source>
        <translation>%1 publie correctement tout ce qui est vérifié ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered by the DNS</source>
        <translation>
            <numerusform>%n sans réponse du DNS</numerusform>
            <numerusform>%n sans réponse du DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 %2 — the forged message: %3</source>
        <translation>%1 %2 — le message falsifié : %3</translation>
    </message>
</context>
<context>
    <name>Report::CheckReportBuilder</name>
    <message>
        <source>SPF — who may send for the domain</source>
        <translation>SPF — qui peut envoyer pour le domaine</translation>
    </message>
    <message>
        <source>DKIM — signing keys</source>
        <translation>DKIM — clés de signature</translation>
    </message>
    <message>
        <source>DMARC — policy for failing mail</source>
        <translation>DMARC — politique pour les messages en échec</translation>
    </message>
    <message>
        <source>MX — where the domain receives mail</source>
        <translation>MX — où le domaine reçoit le courrier</translation>
    </message>
    <message>
        <source>PTR — reverse name of the sending IP</source>
        <translation>PTR — nom inverse de l’IP d’envoi</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>The TXT record of the domain and every include and redirect, counting DNS lookups against the limit of 10 (RFC 7208 §4.6.4).</source>
        <translation>L’enregistrement TXT du domaine et chaque include et redirect, en comptant les requêtes DNS par rapport à la limite de 10 (RFC 7208 §4.6.4).</translation>
    </message>
    <message>
        <source>The key records of the selectors named in the bounce, given in the settings, or common provider selectors. A failed selector lookup does not prove that DKIM is absent.</source>
        <translation>Les clés des sélecteurs nommés dans le rebond, donnés dans les réglages, ou des sélecteurs courants. Un sélecteur introuvable ne prouve pas l’absence de DKIM.</translation>
    </message>
    <message>
        <source>The _dmarc record of the domain, then of its organizational domain (RFC 7489 §6.6.3), and report address authorizations.</source>
        <translation>L’enregistrement _dmarc du domaine, puis de son domaine organisationnel (RFC 7489 §6.6.3), et les autorisations des adresses de rapport.</translation>
    </message>
    <message>
        <source>The MX records, null MX (RFC 7505) and whether each target resolves.</source>
        <translation>Les enregistrements MX, le MX nul (RFC 7505) et la résolution de chaque cible.</translation>
    </message>
    <message>
        <source>The PTR record of the sending IP and whether its name resolves back to the IP (FCrDNS).</source>
        <translation>L’enregistrement PTR de l’IP d’envoi et si son nom pointe de nouveau vers l’IP (FCrDNS).</translation>
    </message>
    <message>
        <source>The configured blocklists, for the sending IP and the domain. A list&apos;s error codes are not counted as listings.</source>
        <translation>Les listes de blocage configurées, pour l’IP d’envoi et le domaine. Les codes d’erreur d’une liste ne comptent pas comme inscription.</translation>
    </message>
    <message>
        <source>No sending IP is known, so there is no reverse name to check.</source>
        <translation>Aucune IP d’envoi connue : pas de nom inverse à vérifier.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>MTA-STS — TLS required for mail to the domain</source>
        <translation>MTA-STS — TLS obligatoire pour le courrier vers le domaine</translation>
    </message>
    <message>
        <source>TLS-RPT — reports about TLS failures</source>
        <translation>TLS-RPT — rapports sur les échecs TLS</translation>
    </message>
    <message>
        <source>BIMI — brand logo</source>
        <translation>BIMI — logo de la marque</translation>
    </message>
    <message>
        <source>DNSSEC — signed answers</source>
        <translation>DNSSEC — réponses signées</translation>
    </message>
    <message>
        <source>The _mta-sts TXT record (RFC 8461 §3.1). The policy file served over HTTPS is not fetched.</source>
        <translation>L’enregistrement TXT _mta-sts (RFC 8461 §3.1). Le fichier de politique servi en HTTPS n’est pas récupéré.</translation>
    </message>
    <message>
        <source>The _smtp._tls TXT record and its report address (RFC 8460 §3).</source>
        <translation>L’enregistrement TXT _smtp._tls et son adresse de rapport (RFC 8460 §3).</translation>
    </message>
    <message>
        <source>The default._bimi TXT record. The logo and its certificate are not fetched.</source>
        <translation>L’enregistrement TXT default._bimi. Le logo et son certificat ne sont pas récupérés.</translation>
    </message>
    <message>
        <source>Whether the DNS server marked the answers for the domain as validated (AD bit, RFC 4035 §3.2.3). Only a validating resolver sets it.</source>
        <translation>Si le serveur DNS a marqué les réponses pour le domaine comme validées (bit AD, RFC 4035 §3.2.3). Seul un résolveur validant le positionne.</translation>
    </message>
</context>
<context>
    <name>Report::CheckTextBuilder</name>
    <message>
        <source>Domain: %1   DNS server: %2   (%3 ms)</source>
        <translation>Domaine : %1   Serveur DNS : %2   (%3 ms)</translation>
    </message>
    <message>
        <source> (forward-confirmed)</source>
        <translation> (confirmé dans le sens direct)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>preuve : %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correction : %1</translation>
    </message>
    <message>
        <source>The DNS server %1 did not answer at all.</source>
        <translation>Le serveur DNS %1 n’a pas répondu du tout.</translation>
    </message>
</context>
<context>
    <name>Report::DiagnosisReportBuilder</name>
    <message>
        <source>high (%1 %)</source>
        <translation>élevée (%1 %)</translation>
    </message>
    <message>
        <source>medium (%1 %)</source>
        <translation>moyenne (%1 %)</translation>
    </message>
    <message>
        <source>low (%1 %)</source>
        <translation>faible (%1 %)</translation>
    </message>
    <message>
        <source>%1 (%2, asked %3: %4)</source>
        <translation>%1 (%2, demandé à %3 : %4)</translation>
    </message>
    <message>
        <source>Most likely: %1.</source>
        <translation>Cause probable : %1.</translation>
    </message>
    <message>
        <source>Most likely: %1. Delivery to %2 is delayed, not failed yet.</source>
        <translation>Cause probable : %1. La livraison à %2 est retardée, elle n&apos;a pas encore échoué.</translation>
    </message>
    <message>
        <source>Most likely: %1. Delivery to %2 failed for good.</source>
        <translation>Cause probable : %1. La livraison à %2 a définitivement échoué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The receiving server saw: %1. Today: %2.</source>
        <translation>Le serveur destinataire a vu : %1. Aujourd&apos;hui : %2.</translation>
    </message>
    <message>
        <source>Your address was forged: this bounce is for a message you did not send. Nothing failed in your own delivery.</source>
        <translation>Votre adresse a été usurpée : ce rapport de non-remise concerne un message que vous n’avez pas envoyé. Rien n’a échoué dans votre propre envoi.</translation>
    </message>
    <message>
        <source>Looks fixed since the bounce: today&apos;s DNS no longer shows the failure the receiver reported. Resend.</source>
        <translation>Apparemment corrigé depuis le rapport de non-remise : le DNS d’aujourd’hui ne montre plus l’échec signalé par le destinataire. Renvoyez.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 (d=%2)</source>
        <translation>%1 (d=%2)</translation>
    </message>
    <message>
        <source>%1 (d=%2, not the From domain)</source>
        <translation>%1 (d=%2, pas le domaine From)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>%1 (d=%2, as the receiver saw it)</source>
        <translation>%1 (d=%2, tel que le destinataire l’a vu)</translation>
    </message>
    <message>
        <source>fail (neither SPF nor DKIM passed aligned with From)</source>
        <translation>échec (ni SPF ni DKIM n’a réussi aligné sur From)</translation>
    </message>
    <message>
        <source>receives mail</source>
        <translation>reçoit du courrier</translation>
    </message>
    <message>
        <source>does not exist (NXDOMAIN)</source>
        <translation>n’existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>accepts no mail (null MX)</source>
        <translation>n’accepte aucun courrier (MX nul)</translation>
    </message>
    <message>
        <source>no MX and no address</source>
        <translation>ni MX ni adresse</translation>
    </message>
    <message>
        <source>no usable DNS answer (%1)</source>
        <translation>aucune réponse DNS exploitable (%1)</translation>
    </message>
    <message>
        <source>no MX, its own address receives</source>
        <translation>pas de MX, sa propre adresse reçoit</translation>
    </message>
    <message>
        <source>recipient %1</source>
        <translation>destinataire %1</translation>
    </message>
    <message>
        <source>forward-confirmed</source>
        <translation>confirmé dans le sens direct</translation>
    </message>
    <message>
        <source>no PTR</source>
        <translation>pas de PTR</translation>
    </message>
    <message>
        <source>PTR does not resolve back</source>
        <translation>le PTR ne renvoie pas à l’adresse</translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation>listé sur %1</translation>
    </message>
    <message>
        <source>some lists did not answer</source>
        <translation>certaines listes n’ont pas répondu</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>key lookup got no usable answer (%1)</source>
        <translation>la recherche de la clé n’a obtenu aucune réponse exploitable (%1)</translation>
    </message>
    <message>
        <source>signed (d=%1), key published at %2</source>
        <translation>signé (d=%1), clé publiée à %2</translation>
    </message>
    <message>
        <source>signed (d=%1), no usable key at %2 today</source>
        <translation>signé (d=%1), aucune clé utilisable à %2 aujourd’hui</translation>
    </message>
    <message>
        <source>the DMARC rules differ for this message: %1</source>
        <translation>les règles DMARC divergent pour ce message : %1</translation>
    </message>
</context>
<context>
    <name>Report::DiagnosisTextBuilder</name>
    <message>
        <source>confidence %1 %, who acts: %2, resending helps: %3</source>
        <translation>confiance %1 %, qui agit : %2, renvoyer aide : %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>preuve : %1</translation>
    </message>
    <message>
        <source>then vs now (%1): %2 -&gt; %3 [%4]</source>
        <translation>avant et maintenant (%1) : %2 -&gt; %3 [%4]</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correction : %1</translation>
    </message>
    <message>
        <source>This message, checked today:</source>
        <translation>Ce message, vérifié aujourd’hui :</translation>
    </message>
    <message>
        <source>Checks asked of %1: %2</source>
        <translation>Vérifications demandées à %1 : %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 omis : %2</translation>
    </message>
</context>
<context>
    <name>Report::HeaderBlockTextBuilder</name>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID :</translation>
    </message>
    <message>
        <source>Return-Path:</source>
        <translation>Return-Path :</translation>
    </message>
    <message>
        <source>Sending IP:</source>
        <translation>IP d’envoi :</translation>
    </message>
    <message>
        <source>DKIM signature: d=%1, s=%2</source>
        <translation>Signature DKIM : d=%1, s=%2</translation>
    </message>
    <message>
        <source>from %1 by %2</source>
        <translation>de %1 vers %2</translation>
    </message>
    <message>
        <source>from %1 [%2] by %3</source>
        <translation>de %1 [%2] vers %3</translation>
    </message>
    <message>
        <source>Received hops (oldest first):</source>
        <translation>Sauts Received (du plus ancien au plus récent) :</translation>
    </message>
    <message>
        <source>Live checks of the sender (SPF, DKIM, DMARC, MX, PTR, blocklists):</source>
        <translation>Vérifications en direct de l’expéditeur (SPF, DKIM, DMARC, MX, PTR, listes de blocage) :</translation>
    </message>
    <message>
        <source>Message header: read as the returned original (Received hops, authentication, DKIM).</source>
        <translation>En-tête de message : lu comme l’original renvoyé (sauts Received, authentification, DKIM).</translation>
    </message>
    <message>
        <source>Authentication-Results:</source>
        <translation>Authentication-Results :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
</context>
<context>
    <name>Report::HtmlReportBuilder</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>You (the sender)</source>
        <translation>Vous (l’expéditeur)</translation>
    </message>
    <message>
        <source>Your mail admin</source>
        <translation>Votre administrateur mail</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail admin</source>
        <translation>L’administrateur mail du destinataire</translation>
    </message>
    <message>
        <source>Nobody — wait and retry</source>
        <translation>Personne — attendre et réessayer</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Copy record to clipboard</source>
        <translation>Copier l’enregistrement dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Status code anatomy</source>
        <translation>Anatomie du code d’état</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Resending can help</source>
        <translation>Renvoyer peut aider</translation>
    </message>
    <message>
        <source>Resending will not help</source>
        <translation>Renvoyer n’aidera pas</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Qui doit agir : %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confiance : %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Confiance %1 %</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Details for email admins</source>
        <translation>Détails pour les administrateurs mail</translation>
    </message>
    <message>
        <source>This does not look like an SMTP error: no reply code or enhanced status code was recognized.</source>
        <translation>Cela ne ressemble pas à une erreur SMTP : aucun code de réponse ni code d’état étendu reconnu.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <source>hard bounce: the address itself is bad</source>
        <translation>rebond définitif : l’adresse elle-même est inutilisable</translation>
    </message>
    <message>
        <source>soft bounce: the address may work later or after a fix</source>
        <translation>rebond temporaire : l’adresse peut fonctionner plus tard ou après correction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causes typiques</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinataire %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status code anatomy for this recipient</source>
        <translation>Anatomie du code d’état pour ce destinataire</translation>
    </message>
    <message>
        <source>Status code anatomy for %1</source>
        <translation>Anatomie du code d’état pour %1</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more characters not shown]</source>
        <translation>
            <numerusform>[… %n caractère de plus non affiché]</numerusform>
            <numerusform>[… %n caractères de plus non affichés]</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce</source>
        <translation>Le rebond</translation>
    </message>
    <message>
        <source>Kind: %1 · MTA: %2</source>
        <translation>Type : %1 · MTA : %2</translation>
    </message>
    <message>
        <source>not recognized</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>Raw bounce text (parsed fields are marked; select one to find it in the table)</source>
        <translation>Texte brut du rebond (les champs analysés sont marqués ; en choisir un pour le retrouver dans le tableau)</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Saut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>The returned original</source>
        <translation>Le message original renvoyé</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP d’envoi</translation>
    </message>
    <message>
        <source>Received hops</source>
        <translation>Sauts Received</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Asking the DNS…</source>
        <translation>Interrogation du DNS…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Asked %1 at %2</source>
        <translation>%1 interrogé à %2</translation>
    </message>
    <message>
        <source>What we checked:</source>
        <translation>Ce que nous avons vérifié :</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Vérifications en direct</translation>
    </message>
    <message>
        <source>Network traffic</source>
        <translation>Trafic réseau</translation>
    </message>
    <message>
        <source>Live lookups are off: no DNS query was sent. Nothing is ever uploaded.</source>
        <translation>Les requêtes en direct sont désactivées : aucune requête DNS envoyée. Rien n’est jamais téléversé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is ever uploaded. The only network traffic is these %n DNS queries:</source>
        <translation>
            <numerusform>Rien n’est jamais téléversé. Le seul trafic réseau est cette %n requête DNS :</numerusform>
            <numerusform>Rien n’est jamais téléversé. Le seul trafic réseau est ces %n requêtes DNS :</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the queries</source>
        <translation>Afficher les requêtes</translation>
    </message>
    <message>
        <source>Problems while reading</source>
        <translation>Problèmes de lecture</translation>
    </message>
    <message>
        <source>Diagnosing: weighing the bounce against today&apos;s DNS…</source>
        <translation>Diagnostic en cours : le rebond est comparé au DNS actuel…</translation>
    </message>
    <message numerus="yes">
        <source>Not checked (%n)</source>
        <translation>
            <numerusform>Non vérifié (%n)</numerusform>
            <numerusform>Non vérifiés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still broken</source>
        <translation>Toujours en échec</translation>
    </message>
    <message>
        <source>Fixed since</source>
        <translation>Corrigé depuis</translation>
    </message>
    <message>
        <source>Passes now, as then</source>
        <translation>Réussit maintenant, comme alors</translation>
    </message>
    <message>
        <source>Unknown now (the DNS did not answer)</source>
        <translation>Inconnu maintenant (le DNS n&apos;a pas répondu)</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Non comparable</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The receiving server saw</source>
        <translation>Le serveur destinataire a vu</translation>
    </message>
    <message>
        <source>Today&apos;s DNS</source>
        <translation>DNS aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Then vs now</source>
        <translation>Avant et maintenant</translation>
    </message>
    <message>
        <source>Unknown — no usable DNS answer</source>
        <translation>Inconnu — aucune réponse DNS exploitable</translation>
    </message>
    <message>
        <source>Nobody — nothing of yours failed</source>
        <translation>Personne — rien n’a échoué de votre côté</translation>
    </message>
    <message>
        <source>Why this reason</source>
        <translation>Pourquoi cette raison</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
</context>
<context>
    <name>Report::LineReportBuilder</name>
    <message>
        <source>The receiving server refused the message for good: %1</source>
        <translation>Le serveur destinataire a refusé le message définitivement : %1</translation>
    </message>
    <message>
        <source>Delivery to %1 failed for good: %2</source>
        <translation>La remise à %1 a échoué définitivement : %2</translation>
    </message>
    <message>
        <source>The receiving server deferred the message; it is usually retried: %1</source>
        <translation>Le serveur destinataire a différé le message ; il est généralement réessayé : %1</translation>
    </message>
    <message>
        <source>Delivery to %1 is delayed; it is usually retried: %2</source>
        <translation>La remise à %1 est retardée ; elle est généralement réessayée : %2</translation>
    </message>
    <message>
        <source>This code reports success, not a failure.</source>
        <translation>Ce code indique un succès, pas un échec.</translation>
    </message>
    <message>
        <source>Explained SMTP reply</source>
        <translation>Réponse SMTP expliquée</translation>
    </message>
    <message>
        <source>Pasted line</source>
        <translation>Ligne collée</translation>
    </message>
    <message>
        <source>This does not look like an SMTP error, so there is nothing to explain.</source>
        <translation>Cela ne ressemble pas à une erreur SMTP : rien à expliquer.</translation>
    </message>
</context>
<context>
    <name>Report::LineTextBuilder</name>
    <message>
        <source>Gmail / Google Workspace</source>
        <translation>Gmail / Google Workspace</translation>
    </message>
    <message>
        <source>Microsoft 365 / Outlook.com / Exchange Online</source>
        <translation>Microsoft 365 / Outlook.com / Exchange Online</translation>
    </message>
    <message>
        <source>Yahoo / AOL</source>
        <translation>Yahoo / AOL</translation>
    </message>
    <message>
        <source>Apple iCloud Mail</source>
        <translation>Apple iCloud Mail</translation>
    </message>
    <message>
        <source>Comcast / Xfinity</source>
        <translation>Comcast / Xfinity</translation>
    </message>
    <message>
        <source>AT&amp;T</source>
        <translation>AT&amp;T</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>(reference %1)</source>
        <translation>(référence %1)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is unusable.</source>
        <translation>Rebond définitif : l&apos;adresse elle-même est inutilisable.</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address may still work.</source>
        <translation>Pas un rebond définitif : l&apos;adresse peut encore fonctionner.</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Signification :</translation>
    </message>
    <message>
        <source>Reply code %1</source>
        <translation>Code de réponse %1</translation>
    </message>
    <message>
        <source>Enhanced code %1 (%2, %3)</source>
        <translation>Code étendu %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causes probables :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Live checks that can confirm it:</source>
        <translation>Vérifications en direct qui peuvent le confirmer :</translation>
    </message>
    <message>
        <source>Failed at SMTP command:</source>
        <translation>Échec à la commande SMTP :</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>Adresses IP :</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domaines :</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>Not recognized: this does not look like an SMTP reply or status code.</source>
        <translation>Non reconnu : cela ne ressemble pas à une réponse SMTP ni à un code d&apos;état.</translation>
    </message>
    <message>
        <source>Paste the line that holds the three-digit reply code (e.g. 550) or the enhanced status code (e.g. 5.1.1).</source>
        <translation>Collez la ligne contenant le code de réponse à trois chiffres (par ex. 550) ou le code d&apos;état étendu (par ex. 5.1.1).</translation>
    </message>
</context>
<context>
    <name>Report::LiveCheckPlan</name>
    <message>
        <source>Domain check: %1</source>
        <translation>Vérification du domaine : %1</translation>
    </message>
    <message>
        <source>Live DNS checks</source>
        <translation>Vérifications DNS en direct</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>No DNS server to ask: %1</source>
        <translation>Aucun serveur DNS à interroger : %1</translation>
    </message>
    <message>
        <source>Live lookups are turned off in the settings.</source>
        <translation>Les requêtes en direct sont désactivées dans les réglages.</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnostic en cours…</translation>
    </message>
    <message>
        <source>Diagnosis done.</source>
        <translation>Diagnostic terminé.</translation>
    </message>
    <message>
        <source>Live checks done: %1 of %2.</source>
        <translation>Vérifications terminées : %1 sur %2.</translation>
    </message>
    <message>
        <source>Live checks: %1 of %2 done — waiting for %3</source>
        <translation>Vérifications : %1 sur %2 terminées — en attente de %3</translation>
    </message>
</context>
<context>
    <name>Report::LogOverviewHtml</name>
    <message>
        <source>Delivery results in this excerpt</source>
        <translation>Résultats de remise dans cet extrait</translation>
    </message>
    <message>
        <source>Select a row to show its report; the marked row is the one shown below.</source>
        <translation>Sélectionnez une ligne pour afficher son rapport ; la ligne mise en évidence est celle affichée ci-dessous.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Hôte distant</translation>
    </message>
</context>
<context>
    <name>Report::LogReportBuilder</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reply or MTA text</source>
        <translation>Réponse ou texte du MTA</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Hôte distant</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Reason evidence</source>
        <translation>Preuve de la raison</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Code de réponse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Commande SMTP</translation>
    </message>
    <message>
        <source>Log result %1 of %2: %3</source>
        <translation>Résultat de journal %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lines or events read</source>
        <translation>Lignes ou événements lus</translation>
    </message>
    <message>
        <source>Delivery failures or deferrals</source>
        <translation>Échecs ou reports de remise</translation>
    </message>
    <message>
        <source>%1 more results are counted but not listed.</source>
        <translation>%1 autres résultats sont comptés mais non listés.</translation>
    </message>
    <message>
        <source>Pasted message header</source>
        <translation>En-tête de message collé</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>En-tête de message</translation>
    </message>
    <message>
        <source>Message header: %1</source>
        <translation>En-tête de message : %1</translation>
    </message>
    <message>
        <source>The header of a message, read as the returned original. Its From field names no domain to check.</source>
        <translation>L’en-tête d’un message, lu comme l’original renvoyé. Son champ From n’indique aucun domaine à vérifier.</translation>
    </message>
    <message>
        <source>The header of a message, read as the returned original: the live checks are about its sender domain %1 (no Received hop names a public sending IP).</source>
        <translation>L’en-tête d’un message, lu comme l’original renvoyé : les vérifications en direct portent sur son domaine expéditeur %1 (aucun saut Received n’indique d’IP d’envoi publique).</translation>
    </message>
    <message>
        <source>The header of a message, read as the returned original: the live checks are about its sender domain %1 and the sending IP %2.</source>
        <translation>L’en-tête d’un message, lu comme l’original renvoyé : les vérifications en direct portent sur son domaine expéditeur %1 et l’IP d’envoi %2.</translation>
    </message>
</context>
<context>
    <name>Report::LogTextBuilder</name>
    <message>
        <source>(recipient not named)</source>
        <translation>(destinataire non nommé)</translation>
    </message>
    <message>
        <source>Remote host:</source>
        <translation>Hôte distant :</translation>
    </message>
    <message>
        <source>Retried for:</source>
        <translation>Réessayé pendant :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Reply or MTA text:</source>
        <translation>Réponse ou texte du MTA :</translation>
    </message>
    <message>
        <source>Permanent failure (no SMTP code given)</source>
        <translation>Échec permanent (aucun code SMTP donné)</translation>
    </message>
    <message>
        <source>Temporary failure (no SMTP code given)</source>
        <translation>Échec temporaire (aucun code SMTP donné)</translation>
    </message>
    <message>
        <source>Read %1 lines or events: %2 delivery failures or deferrals.</source>
        <translation>%1 lignes ou événements lus : %2 échecs ou reports de remise.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Raisons :</translation>
    </message>
    <message>
        <source>Recipients per domain:</source>
        <translation>Destinataires par domaine :</translation>
    </message>
    <message>
        <source>No delivery failure or deferral in %1 log lines or events.</source>
        <translation>Aucun échec ni report de remise dans %1 lignes de journal ou événements.</translation>
    </message>
</context>
<context>
    <name>Report::MessageReportBuilder</name>
    <message>
        <source>Reason (derived)</source>
        <translation>Raison (déduite)</translation>
    </message>
    <message>
        <source>Failed at SMTP command</source>
        <translation>Échec à la commande SMTP</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texte du rebond</translation>
    </message>
    <message>
        <source>This is a delivery notification: the message arrived.</source>
        <translation>Ceci est un avis de remise : le message est arrivé.</translation>
    </message>
    <message>
        <source>This is a spam complaint (feedback report), not a bounce: a recipient marked your message as spam.</source>
        <translation>Ceci est une plainte pour spam (rapport de feedback), pas un rebond : un destinataire a marqué votre message comme spam.</translation>
    </message>
    <message>
        <source>This is an automatic reply (for example an out-of-office note), not a bounce.</source>
        <translation>Ceci est une réponse automatique (par exemple une absence), pas un rebond.</translation>
    </message>
    <message>
        <source>This message does not look like a bounce: no failed recipient was found.</source>
        <translation>Ce message ne ressemble pas à un rebond : aucun destinataire en échec trouvé.</translation>
    </message>
    <message>
        <source>This looks like a bounce, but no recipient could be read from it.</source>
        <translation>Cela ressemble à un rebond, mais aucun destinataire n’a pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>(%n recipients in this bounce.)</source>
        <translation>
            <numerusform>(%n destinataire dans ce rebond.)</numerusform>
            <numerusform>(%n destinataires dans ce rebond.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Message without subject</source>
        <translation>Message sans objet</translation>
    </message>
    <message>
        <source>This is a challenge, not a bounce: the recipient uses a challenge–response filter that holds your message until you answer. Reply to the challenge or ask the recipient to allowlist you.</source>
        <translation>Il s’agit d’un défi, pas d’un rebond : le destinataire utilise un filtre à défi-réponse qui retient votre message jusqu’à ce que vous répondiez. Répondez au défi ou demandez au destinataire de vous ajouter à sa liste d’autorisation.</translation>
    </message>
    <message>
        <source>%1 — hard bounce</source>
        <translation>%1 — rebond définitif</translation>
    </message>
    <message>
        <source>%1 — soft bounce</source>
        <translation>%1 — rebond temporaire</translation>
    </message>
</context>
<context>
    <name>Report::ReportLabels</name>
    <message>
        <source>bounce (not delivered)</source>
        <translation>rebond (non remis)</translation>
    </message>
    <message>
        <source>delay (the server is still trying)</source>
        <translation>retard (le serveur réessaie encore)</translation>
    </message>
    <message>
        <source>delivery report (delivered)</source>
        <translation>accusé de remise (remis)</translation>
    </message>
    <message>
        <source>feedback report (a complaint or abuse report)</source>
        <translation>rapport de retour (une plainte ou un signalement d’abus)</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>réponse automatique</translation>
    </message>
    <message>
        <source>not a bounce</source>
        <translation>pas un rebond</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>différé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>decided by the provider&apos;s own error text &quot;%1&quot; (confidence %2 %)</source>
        <translation>déduit du texte d’erreur propre au fournisseur « %1 » (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the words &quot;%1&quot; in the reply (confidence %2 %)</source>
        <translation>déduit des mots « %1 » dans la réponse (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the word &quot;%1&quot; in the reply, a hint that only outranks a general status code (confidence %2 %)</source>
        <translation>déduit du mot « %1 » dans la réponse, un indice qui ne l’emporte que sur un code d’état général (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the status code %1 (confidence %2 %)</source>
        <translation>déduit du code d’état %1 (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the status code&apos;s general meaning only (confidence %2 %): no words of the reply confirm it</source>
        <translation>déduit du seul sens général du code d’état (confiance %2 %) : aucun mot de la réponse ne le confirme</translation>
    </message>
    <message>
        <source>decided by the reply code %1 (confidence %2 %)</source>
        <translation>déduit du code de réponse %1 (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the SMTP command the delivery failed at, %1 (confidence %2 %)</source>
        <translation>déduit de la commande SMTP à laquelle la remise a échoué, %1 (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the diagnostic type %1 (confidence %2 %)</source>
        <translation>déduit du type de diagnostic %1 (confiance %2 %)</translation>
    </message>
    <message>
        <source>decided by the notice &quot;%1&quot; (confidence %2 %)</source>
        <translation>déduit de l’avis « %1 » (confiance %2 %)</translation>
    </message>
    <message>
        <source>nothing in the reply names a reason; it is kept on hold (confidence %2 %)</source>
        <translation>rien dans la réponse n’indique de raison ; elle reste en attente (confiance %2 %)</translation>
    </message>
    <message>
        <source>BounceLens provider catalogue (the provider&apos;s published error page)</source>
        <translation>catalogue des fournisseurs de BounceLens (la page d’erreurs publiée par le fournisseur)</translation>
    </message>
    <message>
        <source>BounceLens phrase table (written before sources were recorded per entry)</source>
        <translation>table de phrases de BounceLens (écrite avant que les sources soient notées par entrée)</translation>
    </message>
    <message>
        <source>BounceLens reason vocabulary, docs/REASONS.md (onhold: too little information)</source>
        <translation>vocabulaire des raisons de BounceLens, docs/REASONS.md (onhold : trop peu d’informations)</translation>
    </message>
    <message>
        <source>decided by %1 &quot;%2&quot; (confidence %3 %)</source>
        <translation>déduit de %1 « %2 » (confiance %3 %)</translation>
    </message>
</context>
<context>
    <name>Report::TextSummaryBuilder</name>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Qui doit agir : %1</translation>
    </message>
    <message>
        <source>Cause %1 (%2% confidence): %3</source>
        <translation>Cause %1 (confiance %2 %) : %3</translation>
    </message>
    <message>
        <source>Status: %1 %2 — %3</source>
        <translation>État : %1 %2 — %3</translation>
    </message>
    <message>
        <source>Recipient %1: %2 %3 (%4)</source>
        <translation>Destinataire %1 : %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Live checks for %1:</source>
        <translation>Vérifications en direct pour %1 :</translation>
    </message>
</context>
<context>
    <name>SpfLinter</name>
    <message>
        <source>The SPF policy of %1 needs %2 DNS lookups; receivers stop at 10 and return permerror (RFC 7208 4.6.4). The limit is passed inside &quot;%3&quot; (at &quot;%4&quot;), a branch that costs %5 lookups.</source>
        <translation>La politique SPF de %1 nécessite %2 requêtes DNS ; les destinataires s’arrêtent à 10 et renvoient permerror (RFC 7208 4.6.4). La limite est franchie dans « %3 » (à « %4 »), une branche qui coûte %5 requêtes.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or move some senders to a subdomain with its own policy.</source>
        <translation>Supprimez les include que vous n’utilisez plus, ou déplacez certains expéditeurs vers un sous-domaine doté de sa propre politique.</translation>
    </message>
    <message>
        <source>The SPF policy of %1 makes %2 lookups of names that do not exist or have no records; receivers allow 2 and return permerror (RFC 7208 4.6.4).</source>
        <translation>La politique SPF de %1 fait %2 requêtes de noms inexistants ou sans enregistrement ; les destinataires en tolèrent 2 et renvoient permerror (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>Remove the mechanisms whose names no longer resolve.</source>
        <translation>Supprimez les mécanismes dont les noms ne se résolvent plus.</translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record (%2 DNS lookups).</source>
        <translation>%1 publie un enregistrement SPF valide (%2 requêtes DNS).</translation>
    </message>
    <message>
        <source>Publish one record only, merging the others into it:</source>
        <translation>Publiez un seul enregistrement en y fusionnant les autres :</translation>
    </message>
    <message>
        <source>The SPF policy of %1 needs more than %2 DNS lookups (the check stopped counting there); receivers stop at 10 and return permerror (RFC 7208 4.6.4). The limit is passed inside &quot;%3&quot; (at &quot;%4&quot;), a branch that costs %5 lookups or more.</source>
        <translation>La politique SPF de %1 nécessite plus de %2 requêtes DNS (la vérification a cessé de compter là) ; les destinataires s’arrêtent à 10 et renvoient permerror (RFC 7208 4.6.4). La limite est franchie dans « %3 » (à « %4 »), une branche qui coûte %5 requêtes ou plus.</translation>
    </message>
    <message>
        <source>Publish instead (addresses copied from %1; keep them up to date):</source>
        <translation>Publiez plutôt (adresses copiées de %1 ; tenez-les à jour) :</translation>
    </message>
    <message>
        <source>%1 publishes &quot;%2&quot;: no server may send mail in its name. That is right for a domain that sends no mail; if it does send, every message fails SPF.</source>
        <translation>%1 publie « %2 » : aucun serveur ne peut envoyer de courrier en son nom. C’est correct pour un domaine qui n’envoie pas de courrier ; s’il en envoie, chaque message échoue à SPF.</translation>
    </message>
    <message>
        <source>If mail is sent as %1, list the sending servers before the &quot;-all&quot;.</source>
        <translation>Si du courrier est envoyé au nom de %1, listez les serveurs d’envoi avant le « -all ».</translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record (one DNS lookup).</source>
        <translation>%1 publie un enregistrement SPF valide (une requête DNS).</translation>
    </message>
</context>
<context>
    <name>Ui::AnalysisController</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted line</source>
        <translation>ligne collée</translation>
    </message>
    <message>
        <source>Pasted line</source>
        <translation>Ligne collée</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>journal collé</translation>
    </message>
    <message>
        <source>Pasted message header</source>
        <translation>En-tête de message collé</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Past analyses</source>
        <translation>Analyses passées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Open the selected analysis again</source>
        <translation>Rouvrir l’analyse choisie</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domaine %1</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryStore</name>
    <message>
        <source>new: %1 (%2)</source>
        <translation>nouveau : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 est passé de %2 à %3</translation>
    </message>
    <message>
        <source>gone: %1 (was %2)</source>
        <translation>disparu : %1 (était %2)</translation>
    </message>
    <message>
        <source>the SPF record changed</source>
        <translation>l’enregistrement SPF a changé</translation>
    </message>
    <message>
        <source>Since the check of %1: %2.</source>
        <translation>Depuis la vérification du %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>BounceLens</source>
        <translation>BounceLens</translation>
    </message>
    <message>
        <source>Analysed messages</source>
        <translation>Messages analysés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>Zone de collage</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP error line or message headers</source>
        <translation>Coller un rebond, une ligne d’erreur SMTP ou des en-têtes</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP error line or raw headers here (or press Ctrl+V anywhere)</source>
        <translation>Collez ici un rebond, une ligne d’erreur SMTP ou des en-têtes (ou Ctrl+V n’importe où)</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Explain the pasted text</source>
        <translation>Expliquer le texte collé</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Domaine à vérifier</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Check domain</source>
        <translation>&amp;Vérifier le domaine</translation>
    </message>
    <message>
        <source>Check the domain&apos;s SPF, DKIM, DMARC, MX, PTR and blocklists</source>
        <translation>Vérifier SPF, DKIM, DMARC, MX, PTR et listes de blocage du domaine</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Paste and explain</source>
        <translation>&amp;Coller et expliquer</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Copy summary for a ticket</source>
        <translation>Copier un &amp;résumé pour un ticket</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Why did my email bounce?</source>
        <translation>Pourquoi mon e-mail a-t-il été rejeté ?</translation>
    </message>
    <message>
        <source>Drop a bounce here</source>
        <translation>Déposez un rebond ici</translation>
    </message>
    <message>
        <source>.eml, mbox or text files — one or several. Or use File › Open (Ctrl+O).</source>
        <translation>Fichiers .eml, mbox ou texte — un ou plusieurs. Ou Fichier › Ouvrir (Ctrl+O).</translation>
    </message>
    <message>
        <source>Paste a bounce, one SMTP error line or raw headers: Ctrl+V anywhere, or the box above.</source>
        <translation>Collez un rebond, une ligne d’erreur SMTP ou des en-têtes : Ctrl+V n’importe où, ou la zone ci-dessus.</translation>
    </message>
    <message>
        <source>Type a domain above to check its SPF, DKIM, DMARC, MX, PTR and blocklist entries.</source>
        <translation>Saisissez un domaine ci-dessus pour vérifier SPF, DKIM, DMARC, MX, PTR et listes de blocage.</translation>
    </message>
    <message>
        <source>Nothing is uploaded. The only network traffic is DNS queries, and every report lists them.</source>
        <translation>Rien n’est téléversé. Le seul trafic réseau est les requêtes DNS, et chaque rapport les liste.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>« %1 » n’est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>Nothing found to analyse.</source>
        <translation>Rien à analyser.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) analysed.</source>
        <translation>
            <numerusform>%n message analysé.</numerusform>
            <numerusform>%n messages analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — BounceLens</source>
        <translation>%1 — BounceLens</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No DNS server to ask: %1</source>
        <translation>Aucun serveur DNS à interroger : %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>Open bounces</source>
        <translation>Ouvrir des rebonds</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)</source>
        <translation>Messages (*.eml *.msg *.txt *.mbox *.mbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Rien à exporter pour l’instant.</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Exporter le rapport en JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Résumé copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>One analysis was not saved to the history.</source>
        <translation>Une analyse n’a pas été enregistrée dans l’historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n analyses were not saved to the history.</source>
        <translation>
            <numerusform>%n analyse n’a pas été enregistrée dans l’historique.</numerusform>
            <numerusform>%n analyses n’ont pas été enregistrées dans l’historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending IP (optional)</source>
        <translation>IP d’envoi (facultatif)</translation>
    </message>
    <message>
        <source>sending IP (optional)</source>
        <translation>IP d’envoi (facultatif)</translation>
    </message>
    <message>
        <source>DKIM selectors (optional)</source>
        <translation>Sélecteurs DKIM (facultatif)</translation>
    </message>
    <message>
        <source>DKIM selectors, e.g. s1 google (optional)</source>
        <translation>Sélecteurs DKIM, p. ex. s1 google (facultatif)</translation>
    </message>
    <message>
        <source>The sending IP or a DKIM selector is not valid: “%1”, “%2”.</source>
        <translation>L’IP d’envoi ou un sélecteur DKIM n’est pas valide : « %1 », « %2 ».</translation>
    </message>
</context>
<context>
    <name>Ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>System resolver (e.g. 192.0.2.53 or [2001:db8::53]:5300)</source>
        <translation>Résolveur du système (p. ex. 192.0.2.53 ou [2001:db8::53]:5300)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>DNS timeout in milliseconds</source>
        <translation>Délai DNS en millisecondes</translation>
    </message>
    <message>
        <source>selector1, google, k1 …</source>
        <translation>selector1, google, k1 …</translation>
    </message>
    <message>
        <source>DKIM selectors to try</source>
        <translation>Sélecteurs DKIM à essayer</translation>
    </message>
    <message>
        <source>One zone per line; empty = the built-in list</source>
        <translation>Une zone par ligne ; vide = la liste intégrée</translation>
    </message>
    <message>
        <source>Blocklists to query</source>
        <translation>Listes de blocage à interroger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Run live DNS lookups (the only network traffic; nothing is ever uploaded)</source>
        <translation>Effectuer des requêtes DNS en direct (le seul trafic réseau ; rien n’est jamais téléversé)</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Sélecteurs DKIM :</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Listes de blocage :</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Langue (après redémarrage) :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains why an email bounced.</source>
        <translation>Explique pourquoi un e-mail a été rejeté.</translation>
    </message>
    <message>
        <source>DNS server to ask.</source>
        <translation>Serveur DNS à interroger.</translation>
    </message>
    <message>
        <source>Send no DNS query at all.</source>
        <translation>N’envoyer aucune requête DNS.</translation>
    </message>
    <message>
        <source>Language (en, de, fr); default: the settings, then the system.</source>
        <translation>Langue (en, de, fr) ; par défaut : les paramètres, puis le système.</translation>
    </message>
    <message>
        <source>Force the light or dark palette (default: the system&apos;s).</source>
        <translation>Forcer la palette claire ou sombre (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Print startup and report timings.</source>
        <translation>Afficher les durées de démarrage et de rapport.</translation>
    </message>
    <message>
        <source>Bounces to open.</source>
        <translation>Rapports de non-remise à ouvrir.</translation>
    </message>
    <message>
        <source>Scroll the report to this section id (for screenshots).</source>
        <translation>Faire défiler le rapport jusqu’à cette section (pour les captures d’écran).</translation>
    </message>
    <message>
        <source>Check what this domain publishes for mail.</source>
        <translation>Vérifier ce que ce domaine publie pour le courrier.</translation>
    </message>
    <message>
        <source>With --check: the sending IP (PTR, IP blocklists, SPF result).</source>
        <translation>Avec --check : l’IP d’envoi (PTR, listes de blocage d’IP, résultat SPF).</translation>
    </message>
    <message>
        <source>With --check: DKIM selectors to look at (space or comma separated).</source>
        <translation>Avec --check : sélecteurs DKIM à examiner (séparés par des espaces ou des virgules).</translation>
    </message>
</context>
</TS>
