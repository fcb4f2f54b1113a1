<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Aufruf: bouncelens-cli analyze [--json | --jsonl] [--time-limit=SEKUNDEN] [--lang SPRACHE] PFAD...
Liest Bounce-Nachrichten (.eml, mbox, Maildir oder Verzeichnis; „-“ für die Standardeingabe)
und gibt Empfänger, Statuscodes, Gründe und das zurückgesandte Original aus.
Eine Nachricht, deren Analyse länger als SEKUNDEN dauert (Standard 10, 0 für keine Grenze)
oder abstürzt, wird mit einem Fehler übersprungen; die übrigen werden trotzdem beantwortet.
--lang SPRACHE: Sprache der lesbaren Ausgabe (en, de, fr; Standard: das Gebietsschema aus
LC_ALL, LC_MESSAGES oder LANG). JSON bleibt englisch.
</translation>
    </message>
    <message>
        <source>Recipients per reason:</source>
        <translation>Empfänger pro Grund:</translation>
    </message>
    <message>
        <source>Recipients per domain:</source>
        <translation>Empfänger pro Domain:</translation>
    </message>
</context>
<context>
    <name>Auth::CheckSections</name>
    <message>
        <source>SPF gives &quot;%1&quot; for %2 sending as %3.</source>
        <translation>SPF ergibt „%1“ für %2 beim Senden als %3.</translation>
    </message>
    <message>
        <source>If %1 is your server, add &quot;ip%2:%1&quot; to the SPF record of %3.</source>
        <translation>Wenn %1 Ihr Server ist, ergänzen Sie „ip%2:%1“ im SPF-Eintrag von %3.</translation>
    </message>
    <message>
        <source>Whether the answers for %1 are DNSSEC-validated is unknown: the SOA query got no usable answer (%2).</source>
        <translation>Ob die Antworten für %1 per DNSSEC validiert sind, ist unbekannt: Die SOA-Abfrage lieferte keine verwertbare Antwort (%2).</translation>
    </message>
    <message>
        <source>The DNS server %1 validated these answers with DNSSEC (AD bit, RFC 4035 §3.2.3): %2.</source>
        <translation>Der DNS-Server %1 hat diese Antworten per DNSSEC validiert (AD-Bit, RFC 4035 §3.2.3): %2.</translation>
    </message>
    <message>
        <source>No answer for %1 came back DNSSEC-validated (no AD bit): the zone is not signed, or the DNS server %2 does not validate. Only a validating resolver can tell (RFC 4035 §3.2.3).</source>
        <translation>Keine Antwort für %1 kam DNSSEC-validiert zurück (kein AD-Bit): Entweder ist die Zone nicht signiert oder der DNS-Server %2 validiert nicht. Das kann nur ein validierender Resolver klären (RFC 4035 §3.2.3).</translation>
    </message>
</context>
<context>
    <name>Auth::DkimFindingFactory</name>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>Unter %1 ist kein DKIM-Schlüssel veröffentlicht.</translation>
    </message>
    <message>
        <source>Publish the public key of this selector as a TXT record at %1, for example &quot;v=DKIM1; k=rsa; p=&lt;base64 public key&gt;&quot;, or make the mail server sign with a selector that is published.</source>
        <translation>Veröffentlichen Sie den öffentlichen Schlüssel dieses Selektors als TXT-Eintrag unter %1, zum Beispiel „v=DKIM1; k=rsa; p=&lt;base64 public key&gt;“, oder lassen Sie den Mailserver mit einem veröffentlichten Selektor signieren.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 could not be looked up (%2); its state is unknown.</source>
        <translation>Der DKIM-Schlüssel unter %1 konnte nicht abgefragt werden (%2); sein Zustand ist unbekannt.</translation>
    </message>
    <message>
        <source>Retry later or with another DNS server; if it persists, check the domain&apos;s name servers.</source>
        <translation>Versuchen Sie es später oder mit einem anderen DNS-Server erneut; hält es an, prüfen Sie die Nameserver der Domain.</translation>
    </message>
    <message>
        <source>%1 TXT records are published at %2; verifiers may pick any of them.</source>
        <translation>Unter %2 sind %1 TXT-Einträge veröffentlicht; Prüfer können einen beliebigen davon nehmen.</translation>
    </message>
    <message>
        <source>Keep exactly one DKIM key record per selector; use a new selector for a new key.</source>
        <translation>Behalten Sie genau einen DKIM-Schlüsseleintrag pro Selektor; nehmen Sie für einen neuen Schlüssel einen neuen Selektor.</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1 at %2 common selectors; it may use another selector.</source>
        <translation>Für %1 wurde unter %2 gängigen Selektoren kein DKIM-Schlüssel gefunden; die Domain nutzt eventuell einen anderen Selektor.</translation>
    </message>
    <message>
        <source>Give the selector from a DKIM-Signature of a sent message (the s= tag) to check its key.</source>
        <translation>Geben Sie den Selektor aus der DKIM-Signature einer gesendeten Nachricht an (das s=-Tag), um seinen Schlüssel zu prüfen.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key, publish it under a new selector as &quot;v=DKIM1; k=rsa; p=&lt;base64 public key&gt;&quot; and switch signing to that selector.</source>
        <translation>Erzeugen Sie einen RSA-Schlüssel mit 2048 Bit, veröffentlichen Sie ihn unter einem neuen Selektor als „v=DKIM1; k=rsa; p=&lt;base64 public key&gt;“ und stellen Sie die Signatur auf diesen Selektor um.</translation>
    </message>
    <message>
        <source>The RSA key at %1 has only %2 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>Der RSA-Schlüssel unter %1 hat nur %2 Bit; Prüfer müssen Schlüssel unter 1024 Bit ablehnen (RFC 8301).</translation>
    </message>
    <message>
        <source>The RSA key at %1 has %2 bits; 2048 bits are recommended (RFC 8301).</source>
        <translation>Der RSA-Schlüssel unter %1 hat %2 Bit; empfohlen sind 2048 Bit (RFC 8301).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is in testing mode (t=y): receivers may treat signed mail as unsigned.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist im Testmodus (t=y): Empfänger dürfen signierte E-Mails wie unsignierte behandeln.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is restricted to other services (s=) and cannot verify email.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist auf andere Dienste beschränkt (s=) und kann keine E-Mails prüfen.</translation>
    </message>
    <message>
        <source>Remove the s= tag from the record at %1 or set s=email.</source>
        <translation>Entfernen Sie das s=-Tag aus dem Eintrag unter %1 oder setzen Sie s=email.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=); signatures with this selector fail.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist widerrufen (leeres p=); Signaturen mit diesem Selektor schlagen fehl.</translation>
    </message>
    <message>
        <source>If this selector still signs mail, publish its public key again at %1, or switch signing to a selector with a published key.</source>
        <translation>Wenn dieser Selektor noch E-Mails signiert, veröffentlichen Sie seinen öffentlichen Schlüssel wieder unter %1 oder stellen Sie die Signatur auf einen Selektor mit veröffentlichtem Schlüssel um.</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is invalid: %2.</source>
        <translation>Der DKIM-Schlüsseleintrag unter %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>Publish a valid record at %1 such as &quot;v=DKIM1; k=rsa; p=&lt;base64 public key&gt;&quot; (v= first if present, p= the base64 of the public key, no other text).</source>
        <translation>Veröffentlichen Sie unter %1 einen gültigen Eintrag wie „v=DKIM1; k=rsa; p=&lt;base64 public key&gt;“ (v= zuerst, falls vorhanden, p= der öffentliche Schlüssel in Base64, kein weiterer Text).</translation>
    </message>
    <message>
        <source>DKIM key at %1: %2, %3 bits.</source>
        <translation>DKIM-Schlüssel unter %1: %2, %3 Bit.</translation>
    </message>
    <message>
        <source>The DKIM signature %1 verifies.</source>
        <translation>Die DKIM-Signatur %1 ist gültig.</translation>
    </message>
    <message>
        <source>The DKIM signature %1 covers only part of the body (l=); anything appended is unsigned.</source>
        <translation>Die DKIM-Signatur %1 deckt nur einen Teil des Textkörpers ab (l=); alles Angehängte ist unsigniert.</translation>
    </message>
    <message>
        <source>Stop using the l= tag when signing (RFC 6376 8.2).</source>
        <translation>Verwenden Sie beim Signieren kein l=-Tag mehr (RFC 6376 8.2).</translation>
    </message>
    <message>
        <source>The body of the message was changed after it was signed (%1).</source>
        <translation>Der Textkörper der Nachricht wurde nach dem Signieren verändert (%1).</translation>
    </message>
    <message>
        <source>Look for a footer, disclaimer or re-encoding added after signing (mailing list, gateway, antivirus); sign after such changes, or use c=relaxed/relaxed if only whitespace changes.</source>
        <translation>Suchen Sie nach einer Fußzeile, einem Haftungsausschluss oder einer Umkodierung nach dem Signieren (Mailingliste, Gateway, Virenscanner); signieren Sie nach solchen Änderungen oder verwenden Sie c=relaxed/relaxed, wenn sich nur Leerraum ändert.</translation>
    </message>
    <message>
        <source>The DKIM signature %1 does not verify: %2.</source>
        <translation>Die DKIM-Signatur %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 or ed25519-sha256 and a key of at least 2048 bits, include From in h=, and make sure nothing rewrites signed headers after signing and the published key matches.</source>
        <translation>Signieren Sie mit rsa-sha256 oder ed25519-sha256 und einem Schlüssel von mindestens 2048 Bit, nehmen Sie From in h= auf und stellen Sie sicher, dass nach dem Signieren nichts signierte Kopfzeilen umschreibt und der veröffentlichte Schlüssel passt.</translation>
    </message>
    <message>
        <source>Once signing works, replace the record with the same key without t=y:</source>
        <translation>Sobald die Signatur funktioniert, ersetzen Sie den Eintrag durch denselben Schlüssel ohne t=y:</translation>
    </message>
</context>
<context>
    <name>Auth::DmarcChecker</name>
    <message>
        <source>The DMARC record has errors (%1); receivers ignore the broken parts.</source>
        <translation>Der DMARC-Eintrag enthält Fehler (%1); Empfänger ignorieren die fehlerhaften Teile.</translation>
    </message>
    <message>
        <source>The DMARC policy is &quot;none&quot;: receivers only monitor, failing mail is not rejected or quarantined, and some large receivers treat the domain as unprotected.</source>
        <translation>Die DMARC-Richtlinie ist „none“: Empfänger beobachten nur, durchgefallene E-Mails werden weder abgewiesen noch in Quarantäne gestellt, und einige große Empfänger behandeln die Domain als ungeschützt.</translation>
    </message>
    <message>
        <source>After reading the aggregate reports, publish p=quarantine, then p=reject.</source>
        <translation>Veröffentlichen Sie nach Auswertung der Sammelberichte p=quarantine, danach p=reject.</translation>
    </message>
    <message>
        <source>DMARC policy &quot;%1&quot; is published.</source>
        <translation>DMARC-Richtlinie „%1“ ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Reports for %1 go to %2, which does not authorize them; receivers drop this destination (RFC 7489 7.1).</source>
        <translation>Berichte für %1 gehen an %2, das sie nicht freigibt; Empfänger lassen dieses Ziel weg (RFC 7489 7.1).</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2: the DNS did not answer.</source>
        <translation>Ob %1 DMARC-Berichte für %2 annimmt, ließ sich nicht prüfen: Das DNS hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be looked up: the DNS did not answer. This is not evidence that the record is missing.</source>
        <translation>Der DMARC-Eintrag von %1 konnte nicht abgefragt werden: Das DNS hat nicht geantwortet. Das ist kein Beleg dafür, dass der Eintrag fehlt.</translation>
    </message>
    <message>
        <source>Retry later or ask another DNS server.</source>
        <translation>Versuchen Sie es später erneut oder fragen Sie einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record; large receivers require one from bulk senders and anyone can send mail in its name unchecked.</source>
        <translation>%1 veröffentlicht keinen DMARC-Eintrag; große Empfänger verlangen einen von Massenversendern, und jeder kann ungeprüft E-Mails in ihrem Namen senden.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %1.</source>
        <translation>Behalten Sie unter %1 genau einen TXT-Eintrag, der mit v=DMARC1 beginnt.</translation>
    </message>
    <message>
        <source>Replace it with one valid record; this one keeps the policy that could be read (create the mailbox dmarc-reports@%1 or put your report address in rua=):</source>
        <translation>Ersetzen Sie ihn durch einen gültigen Eintrag; dieser behält die lesbare Richtlinie bei (legen Sie das Postfach dmarc-reports@%1 an oder tragen Sie Ihre Berichtsadresse in rua= ein):</translation>
    </message>
    <message>
        <source>The owner of %1 publishes this record to accept the reports (RFC 7489 7.1):</source>
        <translation>Der Inhaber von %1 veröffentlicht diesen Eintrag, um die Berichte anzunehmen (RFC 7489 7.1):</translation>
    </message>
    <message>
        <source>Publish a DMARC record, monitoring first (p=none), and read the aggregate reports (create the mailbox dmarc-reports@%1 or put your report address in rua=):</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag, zunächst nur zur Beobachtung (p=none), und werten Sie die Sammelberichte aus (legen Sie das Postfach dmarc-reports@%1 an oder tragen Sie Ihre Berichtsadresse in rua= ein):</translation>
    </message>
    <message>
        <source>the record at %1 is unusable, so no DMARC</source>
        <translation>der Eintrag unter %1 ist unbrauchbar, also kein DMARC</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; from %2 for %3 % of failing mail</source>
        <translation>Richtlinie „%1“ aus %2 für %3 % der durchgefallenen E-Mails</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; from %2</source>
        <translation>Richtlinie „%1“ aus %2</translation>
    </message>
    <message>
        <source>no DMARC record applies</source>
        <translation>kein DMARC-Eintrag greift</translation>
    </message>
    <message>
        <source>%1 has several DMARC records, so no DMARC</source>
        <translation>%1 hat mehrere DMARC-Einträge, also kein DMARC</translation>
    </message>
    <message>
        <source>unknown, the DNS did not answer</source>
        <translation>unbekannt, das DNS hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Rules: RFC 7489; RFC 9989 (DMARCbis) readers: unknown, the DNS tree walk got no answer at %1.</source>
        <translation>Regeln: RFC 7489; Empfänger nach RFC 9989 (DMARCbis): unbekannt, die Suche im DNS-Baum bekam bei %1 keine Antwort.</translation>
    </message>
    <message>
        <source>Rules: RFC 9989 (DMARCbis) and RFC 7489 alike.</source>
        <translation>Regeln: RFC 9989 (DMARCbis) und RFC 7489 gleichermaßen.</translation>
    </message>
    <message>
        <source>Rules: RFC 9989 (DMARCbis); RFC 7489 readers reach the same verdict.</source>
        <translation>Regeln: RFC 9989 (DMARCbis); Empfänger nach RFC 7489 kommen zum selben Ergebnis.</translation>
    </message>
    <message>
        <source>Rules: RFC 9989 (DMARCbis); RFC 7489 readers: %1.</source>
        <translation>Regeln: RFC 9989 (DMARCbis); Empfänger nach RFC 7489: %1.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own nor at its organizational domain; the record of the public suffix domain %2 (psd=y) applies (its %3= policy: %4).</source>
        <translation>%1 hat weder einen eigenen DMARC-Eintrag noch einen an seiner Organisationsdomain; es gilt der Eintrag der Public-Suffix-Domain %2 (psd=y) (deren %3=-Richtlinie: %4).</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN); the np= policy of the organizational domain %2 applies: %3.</source>
        <translation>%1 existiert nicht (NXDOMAIN); es gilt die np=-Richtlinie der Organisationsdomain %2: %3.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of the organizational domain %2 applies (its %3= policy: %4).</source>
        <translation>%1 hat keinen eigenen DMARC-Eintrag; es gilt der Eintrag der Organisationsdomain %2 (deren %3=-Richtlinie: %4).</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers discard them all (RFC 7489 6.6.3, RFC 9989 4.10).</source>
        <translation>%1 hat %2 DMARC-Einträge; Empfänger verwerfen sie alle (RFC 7489 6.6.3, RFC 9989 4.10).</translation>
    </message>
    <message>
        <source>The tag %1= is removed in RFC 9989 — receivers may ignore it.</source>
        <translation>Das %1=-Tag ist in RFC 9989 entfallen — Empfänger dürfen es ignorieren.</translation>
    </message>
    <message>
        <source>Remove pct=; to test a stricter policy, publish t=y instead (RFC 9989 Appendix A.6).</source>
        <translation>Entfernen Sie pct=; um eine strengere Richtlinie zu testen, veröffentlichen Sie stattdessen t=y (RFC 9989 Appendix A.6).</translation>
    </message>
    <message>
        <source>Remove %1= when no receiver you care about still reads RFC 7489.</source>
        <translation>Entfernen Sie %1=, sobald kein für Sie wichtiger Empfänger mehr nach RFC 7489 auswertet.</translation>
    </message>
    <message>
        <source>The DMARC record has tags that neither RFC 9989 nor RFC 7489 defines (%1); receivers ignore them (RFC 9989 4.7).</source>
        <translation>Der DMARC-Eintrag enthält Tags, die weder RFC 9989 noch RFC 7489 definiert (%1); Empfänger ignorieren sie (RFC 9989 4.7).</translation>
    </message>
    <message>
        <source>Check the spelling of these tags or remove them.</source>
        <translation>Prüfen Sie die Schreibweise dieser Tags oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>t=y: the domain is testing its DMARC policy, so RFC 9989 receivers apply &quot;%1&quot; instead of &quot;%2&quot; (one level lower, RFC 9989 4.7); RFC 7489 readers ignore t= and apply &quot;%2&quot;.</source>
        <translation>t=y: Die Domain testet ihre DMARC-Richtlinie, daher wenden Empfänger nach RFC 9989 „%1“ statt „%2“ an (eine Stufe niedriger, RFC 9989 4.7); Empfänger nach RFC 7489 ignorieren t= und wenden „%2“ an.</translation>
    </message>
    <message>
        <source>Remove t=y once the aggregate reports show all your mail passing DMARC.</source>
        <translation>Entfernen Sie t=y, sobald die Sammelberichte zeigen, dass alle Ihre E-Mails DMARC bestehen.</translation>
    </message>
    <message>
        <source>The organizational domain of %1 is %2 by the DNS tree walk (RFC 9989 4.10.2, rule %3) but %4 by the Public Suffix List (RFC 7489 3.2); relaxed alignment compares these.</source>
        <translation>Die Organisationsdomain von %1 ist laut Suche im DNS-Baum %2 (RFC 9989 4.10.2, Regel %3), laut Public Suffix List aber %4 (RFC 7489 3.2); die lockere Ausrichtung (relaxed) vergleicht mit diesen.</translation>
    </message>
    <message>
        <source>t=y lowers the policy for RFC 9989 receivers only.</source>
        <translation>t=y senkt die Richtlinie nur für Empfänger nach RFC 9989.</translation>
    </message>
    <message>
        <source>pct=%1 makes RFC 7489 readers apply the policy to only part of the failing mail; RFC 9989 receivers ignore pct.</source>
        <translation>Mit pct=%1 wenden Empfänger nach RFC 7489 die Richtlinie nur auf einen Teil der durchgefallenen E-Mails an; Empfänger nach RFC 9989 ignorieren pct.</translation>
    </message>
    <message>
        <source>RFC 9989 (DMARCbis) readers: %1; RFC 7489 readers: %2.</source>
        <translation>Empfänger nach RFC 9989 (DMARCbis): %1; Empfänger nach RFC 7489: %2.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 (DMARCbis) and RFC 7489 treat %1 differently: %2</source>
        <translation>Empfänger nach RFC 9989 (DMARCbis) und nach RFC 7489 behandeln %1 unterschiedlich: %2</translation>
    </message>
    <message>
        <source>Publish a DMARC record at _dmarc.%1 itself and prefer strict alignment (adkim=s; aspf=s): then both kinds of receivers reach the same answer (RFC 9989 Appendix C.3).</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag direkt unter _dmarc.%1 und bevorzugen Sie strikte Ausrichtung (adkim=s; aspf=s): Dann kommen beide Arten von Empfängern zum selben Ergebnis (RFC 9989 Appendix C.3).</translation>
    </message>
</context>
<context>
    <name>Auth::DnsblChecker</name>
    <message>
        <source>%1 is listed on %2: %3.</source>
        <translation>%1 steht auf %2: %3.</translation>
    </message>
    <message>
        <source>Stop the cause (compromised account, open relay, bad list), then request delisting on the web site of %1.</source>
        <translation>Beseitigen Sie die Ursache (kompromittiertes Konto, offenes Relay, schlechte Adressliste) und beantragen Sie dann die Austragung auf der Website von %1.</translation>
    </message>
    <message>
        <source>%1 refused the query for %2 (%3); this is not a listing.</source>
        <translation>%1 hat die Abfrage für %2 verweigert (%3); das ist kein Eintrag.</translation>
    </message>
    <message>
        <source>Query the list through your own resolver (public resolvers are often refused).</source>
        <translation>Fragen Sie die Liste über Ihren eigenen Resolver ab (öffentliche Resolver werden oft abgewiesen).</translation>
    </message>
    <message>
        <source>Stop the cause (compromised account, open relay, bad list), then look up %1 and request delisting at %2</source>
        <translation>Beseitigen Sie die Ursache (kompromittiertes Konto, offenes Relay, schlechte Adressliste), suchen Sie dann %1 und beantragen Sie die Austragung unter %2</translation>
    </message>
    <message>
        <source>The DNS server refused to ask %1 about %2 (REFUSED): unknown, not a listing.</source>
        <translation>Der DNS-Server hat sich geweigert, %1 zu %2 zu befragen (REFUSED): unbekannt, kein Eintrag.</translation>
    </message>
    <message>
        <source>The DNS server failed to get an answer from %1 about %2 (SERVFAIL): unknown, not a listing.</source>
        <translation>Der DNS-Server erhielt von %1 keine Antwort zu %2 (SERVFAIL): unbekannt, kein Eintrag.</translation>
    </message>
    <message>
        <source>%1 could not be asked about %2: no answer in time (%3).</source>
        <translation>%1 konnte nicht zu %2 befragt werden: keine rechtzeitige Antwort (%3).</translation>
    </message>
    <message>
        <source>Not listed on %1.</source>
        <translation>Nicht auf %1 gelistet.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed on any of the %n blocklists asked.</source>
        <translation>
            <numerusform>Auf der abgefragten Sperrliste nicht gelistet.</numerusform>
            <numerusform>Auf keiner der %n abgefragten Sperrlisten gelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::MxChecker</name>
    <message>
        <source>The MX of %1 names the address %2 instead of a host name; senders look it up as a name and fail (RFC 5321 5.1).</source>
        <translation>Der MX von %1 nennt die Adresse %2 statt eines Hostnamens; Absender fragen sie als Namen ab und scheitern (RFC 5321 5.1).</translation>
    </message>
    <message>
        <source>The MX target %1 is an alias (CNAME) of %2; RFC 2181 10.3 forbids this and some senders refuse it.</source>
        <translation>Das MX-Ziel %1 ist ein Alias (CNAME) von %2; RFC 2181 10.3 verbietet das, und manche Absender lehnen es ab.</translation>
    </message>
    <message>
        <source>The addresses of the MX target %1 could not be looked up: the DNS did not answer.</source>
        <translation>Die Adressen des MX-Ziels %1 konnten nicht abgefragt werden: Das DNS hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The MX target %1 has no address (no A, no AAAA): mail to %2 cannot be delivered there.</source>
        <translation>Das MX-Ziel %1 hat keine Adresse (kein A, kein AAAA): E-Mails an %2 können dort nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Publish an A (and AAAA) record for %1, or point the MX at a host that has one.</source>
        <translation>Veröffentlichen Sie einen A- (und AAAA-)Eintrag für %1 oder lassen Sie den MX auf einen Host zeigen, der einen hat.</translation>
    </message>
    <message>
        <source>%1 has no MX record; senders fall back to its own address (RFC 5321 5.1), which is often not a mail server.</source>
        <translation>%1 hat keinen MX-Eintrag; Absender weichen auf die eigene Adresse der Domain aus (RFC 5321 5.1), die oft kein Mailserver ist.</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: mail to it cannot be delivered.</source>
        <translation>%1 hat weder MX-Eintrag noch Adresse: E-Mails dorthin können nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Die Domain %1 existiert nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain.</source>
        <translation>Prüfen Sie die Schreibweise der Domain.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be looked up: the DNS did not answer. This is not evidence that they are missing.</source>
        <translation>Die MX-Einträge von %1 konnten nicht abgefragt werden: Das DNS hat nicht geantwortet. Das ist kein Beleg dafür, dass sie fehlen.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (&quot;accepts no mail&quot;, RFC 7505) next to other MX records, which RFC 7505 3 forbids.</source>
        <translation>%1 veröffentlicht einen Null-MX („nimmt keine E-Mails an“, RFC 7505) neben anderen MX-Einträgen, was RFC 7505 3 verbietet.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail at all (RFC 7505).</source>
        <translation>%1 veröffentlicht einen Null-MX: Die Domain nimmt gar keine E-Mails an (RFC 7505).</translation>
    </message>
    <message>
        <source>Remove either the &quot;MX 0 .&quot; record or the other MX records.</source>
        <translation>Entfernen Sie entweder den Eintrag „MX 0 .“ oder die anderen MX-Einträge.</translation>
    </message>
    <message>
        <source>Give the mail server a name (mail.%1 here, or any name you choose) and point the MX at it:</source>
        <translation>Geben Sie dem Mailserver einen Namen (hier mail.%1 oder einen beliebigen anderen) und lassen Sie den MX darauf zeigen:</translation>
    </message>
    <message>
        <source>Point the MX at the alias&apos;s target instead (and remove the MX naming %1):</source>
        <translation>Lassen Sie den MX stattdessen auf das Ziel des Alias zeigen (und entfernen Sie den MX, der %1 nennt):</translation>
    </message>
    <message>
        <source>If %1 receives mail, publish an MX record naming your mail server&apos;s host (it needs an A or AAAA record). If it receives none, publish a null MX so senders stop trying:</source>
        <translation>Wenn %1 E-Mails empfängt, veröffentlichen Sie einen MX-Eintrag mit dem Host Ihres Mailservers (er braucht einen A- oder AAAA-Eintrag). Empfängt die Domain keine, veröffentlichen Sie einen Null-MX, damit Absender es nicht weiter versuchen:</translation>
    </message>
    <message>
        <source>If %1 receives mail, publish an MX record naming your mail server&apos;s host (it needs an A or AAAA record).</source>
        <translation>Wenn %1 E-Mails empfängt, veröffentlichen Sie einen MX-Eintrag mit dem Host Ihres Mailservers (er braucht einen A- oder AAAA-Eintrag).</translation>
    </message>
    <message>
        <source>%1 has one MX record, and it resolves.</source>
        <translation>%1 hat einen MX-Eintrag, und er ist auflösbar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX records, all resolvable.</source>
        <translation>
            <numerusform>%1 hat %n MX-Eintrag, auflösbar.</numerusform>
            <numerusform>%1 hat %n MX-Einträge, alle auflösbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::PolicyRecordsChecker</name>
    <message>
        <source>A %1 record is published.</source>
        <translation>Ein %1-Eintrag ist veröffentlicht.</translation>
    </message>
    <message>
        <source>No %1 record at %2 (optional).</source>
        <translation>Kein %1-Eintrag unter %2 (optional).</translation>
    </message>
    <message>
        <source>The %1 record at %2 is malformed; receivers ignore it.</source>
        <translation>Der %1-Eintrag unter %2 ist fehlerhaft; Empfänger ignorieren ihn.</translation>
    </message>
    <message>
        <source>%1 has more than one %2 record; receivers ignore them all.</source>
        <translation>%1 hat mehr als einen %2-Eintrag; Empfänger ignorieren sie alle.</translation>
    </message>
    <message>
        <source>The %1 record at %2 could not be looked up: the DNS did not answer.</source>
        <translation>Der %1-Eintrag unter %2 konnte nicht abgefragt werden: Das DNS hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Auth::PtrChecker</name>
    <message>
        <source>Retry later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) name; many receivers reject mail from such addresses.</source>
        <translation>%1 hat keinen Reverse-DNS-Namen (PTR); viele Empfänger weisen E-Mails von solchen Adressen ab.</translation>
    </message>
    <message>
        <source>The reverse name of %1 does not resolve back to it (no forward-confirmed reverse DNS).</source>
        <translation>Der Reverse-Name von %1 löst nicht zurück auf diese Adresse auf (kein vorwärts bestätigtes Reverse-DNS).</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS.</source>
        <translation>%1 hat vorwärts bestätigtes Reverse-DNS.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the forward lookup of its PTR name got no usable answer.</source>
        <translation>Das Reverse-DNS von %1 konnte nicht geprüft werden: Die Vorwärtsabfrage seines PTR-Namens ergab keine verwertbare Antwort.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the DNS server refused the query (REFUSED).</source>
        <translation>Das Reverse-DNS von %1 konnte nicht geprüft werden: Der DNS-Server hat die Abfrage verweigert (REFUSED).</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the DNS server failed (SERVFAIL).</source>
        <translation>Das Reverse-DNS von %1 konnte nicht geprüft werden: Der DNS-Server ist gescheitert (SERVFAIL).</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: the DNS did not answer (%2).</source>
        <translation>Das Reverse-DNS von %1 konnte nicht geprüft werden: Das DNS hat nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>Ask the owner of the address block (your hosting provider) for a PTR record at %1 naming your mail server&apos;s host name, and make that name resolve to %2 (A/AAAA).</source>
        <translation>Bitten Sie den Inhaber des Adressblocks (Ihren Hoster) um einen PTR-Eintrag unter %1 mit dem Hostnamen Ihres Mailservers, und lassen Sie diesen Namen auf %2 auflösen (A/AAAA).</translation>
    </message>
    <message>
        <source>Make the PTR name %1 resolve to %2 with this record in its zone, or have the PTR changed to a name that already does:</source>
        <translation>Lassen Sie den PTR-Namen %1 mit diesem Eintrag in seiner Zone auf %2 auflösen, oder lassen Sie den PTR auf einen Namen ändern, der das bereits tut:</translation>
    </message>
</context>
<context>
    <name>Auth::Walker</name>
    <message>
        <source>&quot;%1&quot; names %2 mail servers; receivers stop at 10 and return permerror (RFC 7208 4.6.4).</source>
        <translation>„%1“ nennt %2 Mailserver; Empfänger hören bei 10 auf und liefern permerror (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>The SPF record of %1 is %2 characters long; keep it under %3 so the DNS answer fits in 512 octets (RFC 7208 3.4).</source>
        <translation>Der SPF-Eintrag von %1 ist %2 Zeichen lang; bleiben Sie unter %3, damit die DNS-Antwort in 512 Oktette passt (RFC 7208 3.4).</translation>
    </message>
    <message>
        <source>Replace address lists by an include: of a subdomain that holds them.</source>
        <translation>Ersetzen Sie Adresslisten durch ein include: einer Subdomain, die sie enthält.</translation>
    </message>
    <message>
        <source>%1 uses &quot;%2&quot;: the ptr mechanism is slow, unreliable and SHOULD NOT be used (RFC 7208 5.5).</source>
        <translation>%1 verwendet „%2“: Der ptr-Mechanismus ist langsam, unzuverlässig und SOLLTE NICHT verwendet werden (RFC 7208 5.5).</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; by ip4:/ip6: ranges or a: names of your sending servers.</source>
        <translation>Ersetzen Sie „%1“ durch ip4:/ip6:-Bereiche oder a:-Namen Ihrer sendenden Server.</translation>
    </message>
    <message>
        <source>%1 ends with &quot;%2&quot;: every server on the Internet may send mail as this domain.</source>
        <translation>%1 endet mit „%2“: Jeder Server im Internet darf E-Mails als diese Domain senden.</translation>
    </message>
    <message>
        <source>%1 ends with &quot;%2&quot;: mail from unlisted servers gets no SPF verdict (neutral).</source>
        <translation>%1 endet mit „%2“: E-Mails von nicht aufgeführten Servern erhalten kein SPF-Urteil (neutral).</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation>Beenden Sie den Eintrag mit „-all“ (oder „~all“ während des Testens).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads back to %2: the includes form a loop, and receivers return permerror.</source>
        <translation>„%1“ führt zurück zu %2: Die includes bilden eine Schleife, und Empfänger liefern permerror.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;.</source>
        <translation>Entfernen Sie „%1“.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be read (%2); its state is unknown, retry later.</source>
        <translation>Der SPF-Eintrag von %1 konnte nicht gelesen werden (%2); sein Zustand ist unbekannt, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server ihre E-Mails senden dürfen.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, e.g. &quot;v=spf1 mx -all&quot;.</source>
        <translation>Veröffentlichen Sie unter %1 einen TXT-Eintrag mit Ihren sendenden Servern, z. B. „v=spf1 mx -all“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to %2, which publishes no SPF record: receivers return permerror.</source>
        <translation>„%1“ verweist auf %2, das keinen SPF-Eintrag veröffentlicht: Empfänger liefern permerror.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; or correct the domain name.</source>
        <translation>Entfernen Sie „%1“ oder korrigieren Sie den Domainnamen.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; receivers return permerror (RFC 7208 4.5).</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge; Empfänger liefern permerror (RFC 7208 4.5).</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at &quot;%2&quot; (%3); receivers return permerror.</source>
        <translation>Der SPF-Eintrag von %1 hat einen Syntaxfehler bei „%2“ (%3); Empfänger liefern permerror.</translation>
    </message>
    <message>
        <source>Correct or remove &quot;%1&quot;.</source>
        <translation>Korrigieren oder entfernen Sie „%1“.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The domain to check.</source>
        <translation>Die zu prüfende Domain.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>MAIL FROM address for SPF.</source>
        <translation>MAIL-FROM-Adresse für SPF.</translation>
    </message>
    <message>
        <source>HELO name for SPF.</source>
        <translation>HELO-Name für SPF.</translation>
    </message>
    <message>
        <source>Ask one query at a time (for benchmarks).</source>
        <translation>Eine Abfrage nach der anderen stellen (für Benchmarks).</translation>
    </message>
    <message>
        <source>exactly one DOMAIN is needed</source>
        <translation>genau eine DOMAIN ist nötig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>„%1“ ist kein gültiger Domainname: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>„%1“ ist kein Domainname</translation>
    </message>
    <message>
        <source>Check what a domain publishes for mail.</source>
        <translation>Prüft, was eine Domain für E-Mail veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>white space</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>ein Steuerzeichen (%1)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name has no labels</source>
        <translation>der Name hat keine Labels</translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation>er enthält %1</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>er hat ein leeres Label</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with &quot;-&quot;</source>
        <translation>das Label „%1“ beginnt oder endet mit „-“</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is longer than 63 characters</source>
        <translation>das Label „%1“ ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>der Name ist länger als 253 Zeichen</translation>
    </message>
</context>
<context>
    <name>Cli::Analyze</name>
    <message>
        <source>the analysis crashed (%1); skipped</source>
        <translation>die Analyse ist abgestürzt (%1); übersprungen</translation>
    </message>
    <message>
        <source>the analysis process ended unexpectedly (exit status %1); skipped</source>
        <translation>der Analyseprozess endete unerwartet (Exit-Status %1); übersprungen</translation>
    </message>
</context>
<context>
    <name>Cli::Analyze::Supervisor</name>
    <message>
        <source>the analysis process answered garbage; skipped</source>
        <translation>der Analyseprozess lieferte unlesbare Daten; übersprungen</translation>
    </message>
    <message>
        <source>the analysis took longer than %1 s; skipped</source>
        <translation>die Analyse dauerte länger als %1 s; übersprungen</translation>
    </message>
</context>
<context>
    <name>Cli::LiveCheckOptions</name>
    <message>
        <source>DNS server (default: the system&apos;s).</source>
        <translation>DNS-Server (Standard: der des Systems).</translation>
    </message>
    <message>
        <source>Timeout per DNS query in ms (default 2000).</source>
        <translation>Zeitlimit pro DNS-Abfrage in ms (Standard 2000).</translation>
    </message>
    <message>
        <source>DKIM selector to look at (repeatable).</source>
        <translation>Zu prüfender DKIM-Selektor (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Blocklist zone to ask (repeatable; replaces the lists BounceLens would choose).</source>
        <translation>Abzufragende Sperrlisten-Zone (mehrfach angebbar; ersetzt die von BounceLens gewählten Listen).</translation>
    </message>
    <message>
        <source>Sending IP: PTR, IP blocklists, SPF result.</source>
        <translation>Sendende IP: PTR, IP-Sperrlisten, SPF-Ergebnis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>„%1“ ist kein gültiger Domainname: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--timeout wants milliseconds between 1 and 60000</source>
        <translation>--timeout erwartet Millisekunden zwischen 1 und 60000</translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>Language of the readable output (en, de, fr; default: the locale of LC_ALL, LC_MESSAGES or LANG). JSON stays English.</source>
        <translation>Sprache der lesbaren Ausgabe (en, de, fr; Standard: das Gebietsschema aus LC_ALL, LC_MESSAGES oder LANG). JSON bleibt englisch.</translation>
    </message>
    <message>
        <source>No translation for &quot;%1&quot;; using English.</source>
        <translation>Keine Übersetzung für „%1“; Englisch wird verwendet.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Other undefined status</source>
        <translation>Sonstiger, undefinierter Status</translation>
    </message>
    <message>
        <source>Only the class of the failure is known; nothing more specific was reported.</source>
        <translation>Nur die Klasse des Fehlers ist bekannt; genauere Angaben fehlen.</translation>
    </message>
    <message>
        <source>Any problem the server did not describe further.</source>
        <translation>Ein Problem, das der Server nicht näher beschreibt.</translation>
    </message>
    <message>
        <source>Read the text of the reply.</source>
        <translation>Lesen Sie den Text der Antwort.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Sonstiger Adressstatus</translation>
    </message>
    <message>
        <source>Something about an address in the message caused this report.</source>
        <translation>Eine Adresse in der Nachricht hat diese Meldung ausgelöst.</translation>
    </message>
    <message>
        <source>A problem with the sender or recipient address.</source>
        <translation>Ein Problem mit der Absender- oder Empfängeradresse.</translation>
    </message>
    <message>
        <source>Check both addresses.</source>
        <translation>Prüfen Sie beide Adressen.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Ungültige Empfänger-Postfachadresse</translation>
    </message>
    <message>
        <source>The mailbox left of the @ does not exist at the destination.</source>
        <translation>Das Postfach links vom @ existiert beim Ziel nicht.</translation>
    </message>
    <message>
        <source>A typo in the address.</source>
        <translation>Ein Tippfehler in der Adresse.</translation>
    </message>
    <message>
        <source>The account was deleted or never existed.</source>
        <translation>Das Konto wurde gelöscht oder hat nie existiert.</translation>
    </message>
    <message>
        <source>Remove the address from your list; do not retry.</source>
        <translation>Entfernen Sie die Adresse aus Ihrer Liste; nicht erneut versuchen.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Ungültige Empfänger-Systemadresse</translation>
    </message>
    <message>
        <source>The domain right of the @ does not exist or cannot receive mail.</source>
        <translation>Die Domain rechts vom @ existiert nicht oder kann keine E-Mails empfangen.</translation>
    </message>
    <message>
        <source>A typo in the domain.</source>
        <translation>Ein Tippfehler in der Domain.</translation>
    </message>
    <message>
        <source>The domain expired or has no mail setup.</source>
        <translation>Die Domain ist abgelaufen oder nicht für E-Mail eingerichtet.</translation>
    </message>
    <message>
        <source>Check the domain spelling and its MX records.</source>
        <translation>Prüfen Sie die Schreibweise der Domain und ihre MX-Einträge.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Ungültige Syntax der Empfängeradresse</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address.</source>
        <translation>Die Empfängeradresse ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Spaces, missing parts or invalid characters in the address.</source>
        <translation>Leerzeichen, fehlende Teile oder ungültige Zeichen in der Adresse.</translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation>Korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Empfängeradresse mehrdeutig</translation>
    </message>
    <message>
        <source>The address matches more than one recipient at the destination.</source>
        <translation>Die Adresse passt beim Ziel auf mehr als einen Empfänger.</translation>
    </message>
    <message>
        <source>Ambiguous aliases in the receiver&apos;s directory.</source>
        <translation>Mehrdeutige Aliasse im Verzeichnis des Empfängers.</translation>
    </message>
    <message>
        <source>Ask the recipient for an exact address.</source>
        <translation>Fragen Sie den Empfänger nach der genauen Adresse.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Empfängeradresse gültig</translation>
    </message>
    <message>
        <source>The recipient address is valid (used in success reports).</source>
        <translation>Die Empfängeradresse ist gültig (in Erfolgsmeldungen).</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Postfach umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>The address was valid once but mail is no longer accepted there.</source>
        <translation>Die Adresse war einmal gültig, nimmt aber keine E-Mails mehr an.</translation>
    </message>
    <message>
        <source>The recipient moved to another address or provider.</source>
        <translation>Der Empfänger ist zu einer anderen Adresse oder einem anderen Anbieter gewechselt.</translation>
    </message>
    <message>
        <source>Remove the address; ask the recipient for the new one.</source>
        <translation>Entfernen Sie die Adresse; fragen Sie den Empfänger nach der neuen.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Ungültige Syntax der Absenderadresse</translation>
    </message>
    <message>
        <source>The sender address is not a valid address.</source>
        <translation>Die Absenderadresse ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>A malformed envelope sender (MAIL FROM) in the sending setup.</source>
        <translation>Ein fehlerhafter Umschlag-Absender (MAIL FROM) in der Versandkonfiguration.</translation>
    </message>
    <message>
        <source>Fix the sender address in your sending software.</source>
        <translation>Korrigieren Sie die Absenderadresse in Ihrer Versandsoftware.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Ungültige Absender-Systemadresse</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or cannot receive replies.</source>
        <translation>Die Domain des Absenders existiert nicht oder kann keine Antworten empfangen.</translation>
    </message>
    <message>
        <source>The sender domain has no MX or A record, or has expired.</source>
        <translation>Die Absenderdomain hat keinen MX- oder A-Eintrag oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Use a sender domain that exists and receives mail.</source>
        <translation>Verwenden Sie eine Absenderdomain, die existiert und E-Mails empfängt.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Nachricht an nicht konformes Mailsystem weitergegeben</translation>
    </message>
    <message>
        <source>The address was valid, but the message went on to a system that cannot report further.</source>
        <translation>Die Adresse war gültig, aber die Nachricht ging an ein System, das nichts weiter melden kann.</translation>
    </message>
    <message>
        <source>A gateway to a legacy or non-SMTP system.</source>
        <translation>Ein Gateway zu einem Altsystem oder Nicht-SMTP-System.</translation>
    </message>
    <message>
        <source>Usually nothing; delivery may still succeed.</source>
        <translation>Meist nichts; die Zustellung kann trotzdem gelingen.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>Empfängeradresse hat Null-MX</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX: it receives no mail.</source>
        <translation>Die Domain des Empfängers veröffentlicht einen Null-MX: Sie empfängt keine E-Mails.</translation>
    </message>
    <message>
        <source>The domain owner declared that the domain takes no email.</source>
        <translation>Der Domaininhaber hat erklärt, dass die Domain keine E-Mails annimmt.</translation>
    </message>
    <message>
        <source>Remove the address.</source>
        <translation>Entfernen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Sonstiger oder undefinierter Postfachstatus</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it caused this report.</source>
        <translation>Das Postfach existiert, hat aber diese Meldung verursacht.</translation>
    </message>
    <message>
        <source>A mailbox problem the server did not specify.</source>
        <translation>Ein Postfachproblem, das der Server nicht nennt.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages.</source>
        <translation>Das Postfach existiert, nimmt aber keine Nachrichten an.</translation>
    </message>
    <message>
        <source>The account was suspended, deactivated or abandoned.</source>
        <translation>Das Konto wurde gesperrt, deaktiviert oder aufgegeben.</translation>
    </message>
    <message>
        <source>Remove the address if it stays disabled.</source>
        <translation>Entfernen Sie die Adresse, wenn sie deaktiviert bleibt.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has reached its quota.</source>
        <translation>Das Postfach des Empfängers hat sein Kontingent erreicht.</translation>
    </message>
    <message>
        <source>The recipient does not delete old mail.</source>
        <translation>Der Empfänger löscht keine alten E-Mails.</translation>
    </message>
    <message>
        <source>The account is abandoned.</source>
        <translation>Das Konto wird nicht mehr genutzt.</translation>
    </message>
    <message>
        <source>Retry later; drop the address if it stays full for weeks.</source>
        <translation>Später erneut versuchen; die Adresse streichen, wenn das Postfach wochenlang voll bleibt.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>Nachrichtenlänge überschreitet administratives Limit</translation>
    </message>
    <message>
        <source>The message is larger than this mailbox accepts.</source>
        <translation>Die Nachricht ist größer, als dieses Postfach annimmt.</translation>
    </message>
    <message>
        <source>Large attachments.</source>
        <translation>Große Anhänge.</translation>
    </message>
    <message>
        <source>Send a smaller message or a link to the file.</source>
        <translation>Senden Sie eine kleinere Nachricht oder einen Link zur Datei.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Verteilerliste</translation>
    </message>
    <message>
        <source>The address is a mailing list that could not be expanded.</source>
        <translation>Die Adresse ist eine Verteilerliste, die nicht aufgelöst werden konnte.</translation>
    </message>
    <message>
        <source>A configuration error of the list at the receiver.</source>
        <translation>Ein Konfigurationsfehler der Liste beim Empfänger.</translation>
    </message>
    <message>
        <source>Tell the list owner or postmaster.</source>
        <translation>Informieren Sie den Listeninhaber oder Postmaster.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Sonstiger oder undefinierter Mailsystemstatus</translation>
    </message>
    <message>
        <source>The destination system normally accepts mail, but something on it caused this report.</source>
        <translation>Das Zielsystem nimmt normalerweise E-Mails an, aber etwas dort hat diese Meldung ausgelöst.</translation>
    </message>
    <message>
        <source>A problem on the receiving system.</source>
        <translation>Ein Problem auf dem empfangenden System.</translation>
    </message>
    <message>
        <source>Retry later; contact the receiving postmaster if it lasts.</source>
        <translation>Später erneut versuchen; bei anhaltendem Problem den Postmaster des Empfängers kontaktieren.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>The receiving system as a whole is out of storage.</source>
        <translation>Das empfangende System hat insgesamt keinen Speicherplatz mehr.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s disk is full.</source>
        <translation>Die Festplatte des empfangenden Servers ist voll.</translation>
    </message>
    <message>
        <source>Retry later; the receiver must add storage.</source>
        <translation>Später erneut versuchen; der Empfänger muss Speicher ergänzen.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>System nimmt keine Netzwerknachrichten an</translation>
    </message>
    <message>
        <source>The host does not accept messages now (shutdown, load, maintenance) or at all.</source>
        <translation>Der Host nimmt derzeit (Abschaltung, Last, Wartung) oder grundsätzlich keine Nachrichten an.</translation>
    </message>
    <message>
        <source>Maintenance or overload at the receiver.</source>
        <translation>Wartung oder Überlastung beim Empfänger.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Später erneut versuchen.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>System unterstützt die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>The destination does not support a feature the message requires.</source>
        <translation>Das Ziel unterstützt eine Funktion nicht, die die Nachricht benötigt.</translation>
    </message>
    <message>
        <source>A feature such as 8-bit MIME or DSN is not supported on the way.</source>
        <translation>Eine Funktion wie 8-Bit-MIME oder DSN wird auf dem Weg nicht unterstützt.</translation>
    </message>
    <message>
        <source>Send the message without the feature.</source>
        <translation>Senden Sie die Nachricht ohne diese Funktion.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>The message is larger than the system&apos;s per-message limit.</source>
        <translation>Die Nachricht ist größer als das Limit des Systems pro Nachricht.</translation>
    </message>
    <message>
        <source>Large attachments or inline images.</source>
        <translation>Große Anhänge oder eingebettete Bilder.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>The receiving system is configured in a way that keeps it from accepting the message.</source>
        <translation>Das empfangende System ist so konfiguriert, dass es die Nachricht nicht annehmen kann.</translation>
    </message>
    <message>
        <source>A configuration error at the receiver.</source>
        <translation>Ein Konfigurationsfehler beim Empfänger.</translation>
    </message>
    <message>
        <source>Tell the receiving postmaster.</source>
        <translation>Informieren Sie den Postmaster des Empfängers.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>Angeforderte Priorität wurde geändert</translation>
    </message>
    <message>
        <source>The message was accepted but its priority (MT-PRIORITY) was changed.</source>
        <translation>Die Nachricht wurde angenommen, aber ihre Priorität (MT-PRIORITY) wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Sonstiger oder undefinierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <source>Something went wrong with the network or routing.</source>
        <translation>Beim Netzwerk oder Routing ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>A network problem between the servers.</source>
        <translation>Ein Netzwerkproblem zwischen den Servern.</translation>
    </message>
    <message>
        <source>Retry later; check the recipient domain&apos;s MX records.</source>
        <translation>Später erneut versuchen; prüfen Sie die MX-Einträge der Empfängerdomain.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>The connection attempt to the next server was not answered.</source>
        <translation>Der Verbindungsversuch zum nächsten Server blieb unbeantwortet.</translation>
    </message>
    <message>
        <source>The receiving server is down, busy or blocked by a firewall.</source>
        <translation>Der empfangende Server ist ausgefallen, ausgelastet oder durch eine Firewall gesperrt.</translation>
    </message>
    <message>
        <source>Retry later; check that the MX hosts are reachable.</source>
        <translation>Später erneut versuchen; prüfen Sie, ob die MX-Hosts erreichbar sind.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Schlechte Verbindung</translation>
    </message>
    <message>
        <source>The connection was made but broke before the transaction finished.</source>
        <translation>Die Verbindung kam zustande, brach aber vor Ende der Transaktion ab.</translation>
    </message>
    <message>
        <source>Timeouts or a poor network path.</source>
        <translation>Zeitüberschreitungen oder eine schlechte Netzverbindung.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Erneut versuchen.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>A directory (such as DNS or LDAP) needed for routing was unavailable.</source>
        <translation>Ein für das Routing nötiges Verzeichnis (etwa DNS oder LDAP) war nicht verfügbar.</translation>
    </message>
    <message>
        <source>A DNS server failure or timeout.</source>
        <translation>Ein Ausfall oder eine Zeitüberschreitung des DNS-Servers.</translation>
    </message>
    <message>
        <source>Retry later; check that the domain&apos;s DNS answers.</source>
        <translation>Später erneut versuchen; prüfen Sie, ob das DNS der Domain antwortet.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Keine Route möglich</translation>
    </message>
    <message>
        <source>The next hop could not be determined: no usable routing information.</source>
        <translation>Der nächste Hop ließ sich nicht bestimmen: keine brauchbaren Routing-Informationen.</translation>
    </message>
    <message>
        <source>The domain has no MX or A record.</source>
        <translation>Die Domain hat keinen MX- oder A-Eintrag.</translation>
    </message>
    <message>
        <source>DNS returns only an SOA record.</source>
        <translation>Das DNS liefert nur einen SOA-Eintrag.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX records.</source>
        <translation>Prüfen Sie die MX-Einträge der Empfängerdomain.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>Das Mailsystem ist überlastet.</translation>
    </message>
    <message>
        <source>High load at the receiver.</source>
        <translation>Hohe Last beim Empfänger.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <source>The message was forwarded too many times.</source>
        <translation>Die Nachricht wurde zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>Forwarding rules or MX records that point back to each other.</source>
        <translation>Weiterleitungsregeln oder MX-Einträge, die aufeinander zurückverweisen.</translation>
    </message>
    <message>
        <source>Find and break the forwarding loop.</source>
        <translation>Finden und beheben Sie die Weiterleitungsschleife.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>The message stayed undelivered too long and was given up.</source>
        <translation>Die Nachricht blieb zu lange unzustellbar und wurde aufgegeben.</translation>
    </message>
    <message>
        <source>The destination was unreachable for the whole retry period.</source>
        <translation>Das Ziel war während der gesamten Wiederholungsfrist unerreichbar.</translation>
    </message>
    <message>
        <source>Find out why the destination was unreachable, then resend.</source>
        <translation>Klären Sie, warum das Ziel unerreichbar war, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Sonstiger oder undefinierter Protokollstatus</translation>
    </message>
    <message>
        <source>Something was wrong with the SMTP dialogue.</source>
        <translation>Im SMTP-Dialog ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>A protocol problem the server did not describe.</source>
        <translation>Ein Protokollproblem, das der Server nicht beschreibt.</translation>
    </message>
    <message>
        <source>Look at the SMTP transcript.</source>
        <translation>Sehen Sie sich das SMTP-Protokoll an.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>A command was out of sequence or not supported.</source>
        <translation>Ein Befehl kam in falscher Reihenfolge oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A bug in the sending software.</source>
        <translation>Ein Fehler in der Versandsoftware.</translation>
    </message>
    <message>
        <source>Fix the sending software.</source>
        <translation>Korrigieren Sie die Versandsoftware.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>A command could not be understood.</source>
        <translation>Ein Befehl konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>A malformed command or address.</source>
        <translation>Ein fehlerhafter Befehl oder eine fehlerhafte Adresse.</translation>
    </message>
    <message>
        <source>Fix the command syntax.</source>
        <translation>Korrigieren Sie die Befehlssyntax.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>More recipients were given than the server accepts in one transaction.</source>
        <translation>Es wurden mehr Empfänger angegeben, als der Server in einer Transaktion annimmt.</translation>
    </message>
    <message>
        <source>Too many RCPT TO in one message.</source>
        <translation>Zu viele RCPT TO in einer Nachricht.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per transaction.</source>
        <translation>Senden Sie an weniger Empfänger pro Transaktion.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>A valid command had arguments the server does not accept.</source>
        <translation>Ein gültiger Befehl hatte Argumente, die der Server nicht annimmt.</translation>
    </message>
    <message>
        <source>An unsupported parameter or a bad address.</source>
        <translation>Ein nicht unterstützter Parameter oder eine fehlerhafte Adresse.</translation>
    </message>
    <message>
        <source>Correct the arguments.</source>
        <translation>Korrigieren Sie die Argumente.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>The two sides could not agree on a protocol version.</source>
        <translation>Beide Seiten konnten sich auf keine Protokollversion einigen.</translation>
    </message>
    <message>
        <source>Update the sending software.</source>
        <translation>Aktualisieren Sie die Versandsoftware.</translation>
    </message>
    <message>
        <source>Authentication exchange line too long</source>
        <translation>Zeile im Authentifizierungsaustausch zu lang</translation>
    </message>
    <message>
        <source>An AUTH response was longer than the server accepts.</source>
        <translation>Eine AUTH-Antwort war länger, als der Server annimmt.</translation>
    </message>
    <message>
        <source>A misbehaving authentication client.</source>
        <translation>Ein fehlerhaft arbeitender Authentifizierungs-Client.</translation>
    </message>
    <message>
        <source>Check the authentication settings.</source>
        <translation>Prüfen Sie die Authentifizierungseinstellungen.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Sonstiger oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <source>Something about the content made the message undeliverable.</source>
        <translation>Etwas am Inhalt machte die Nachricht unzustellbar.</translation>
    </message>
    <message>
        <source>A malformed or refused content.</source>
        <translation>Ein fehlerhafter oder abgelehnter Inhalt.</translation>
    </message>
    <message>
        <source>Check the message format.</source>
        <translation>Prüfen Sie das Nachrichtenformat.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Medientyp nicht unterstützt</translation>
    </message>
    <message>
        <source>The content type is not supported on the way.</source>
        <translation>Der Inhaltstyp wird auf dem Weg nicht unterstützt.</translation>
    </message>
    <message>
        <source>A content type the receiver does not accept.</source>
        <translation>Ein Inhaltstyp, den der Empfänger nicht annimmt.</translation>
    </message>
    <message>
        <source>Use common content types.</source>
        <translation>Verwenden Sie gängige Inhaltstypen.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Konvertierung nötig, aber untersagt</translation>
    </message>
    <message>
        <source>The content must be converted, but conversion is not allowed.</source>
        <translation>Der Inhalt müsste konvertiert werden, aber die Konvertierung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Send in a format that needs no conversion.</source>
        <translation>Senden Sie in einem Format, das keine Konvertierung braucht.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Konvertierung nötig, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>The content must be converted, but no host on the way can do it.</source>
        <translation>Der Inhalt müsste konvertiert werden, aber kein Host auf dem Weg kann das.</translation>
    </message>
    <message>
        <source>8-bit content to a 7-bit-only server.</source>
        <translation>8-Bit-Inhalt an einen Server, der nur 7 Bit kann.</translation>
    </message>
    <message>
        <source>Encode the message (base64 or quoted-printable).</source>
        <translation>Kodieren Sie die Nachricht (Base64 oder Quoted-Printable).</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Verlustbehaftete Konvertierung durchgeführt</translation>
    </message>
    <message>
        <source>The message was delivered after a conversion that lost data.</source>
        <translation>Die Nachricht wurde nach einer Konvertierung mit Datenverlust zugestellt.</translation>
    </message>
    <message>
        <source>Nothing, unless the loss matters.</source>
        <translation>Nichts, sofern der Verlust keine Rolle spielt.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A required conversion of the content failed.</source>
        <translation>Eine nötige Konvertierung des Inhalts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Simplify the message format.</source>
        <translation>Vereinfachen Sie das Nachrichtenformat.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Nachrichteninhalt nicht verfügbar</translation>
    </message>
    <message>
        <source>Content referenced by BURL could not be fetched.</source>
        <translation>Per BURL referenzierter Inhalt konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The IMAP server holding the content was unavailable.</source>
        <translation>Der IMAP-Server mit dem Inhalt war nicht verfügbar.</translation>
    </message>
    <message>
        <source>Resend the message.</source>
        <translation>Senden Sie die Nachricht erneut.</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <source>The server refuses internationalized (UTF-8) addresses here.</source>
        <translation>Der Server lehnt hier internationalisierte (UTF-8-)Adressen ab.</translation>
    </message>
    <message>
        <source>The address contains non-ASCII characters and SMTPUTF8 is not supported.</source>
        <translation>Die Adresse enthält Nicht-ASCII-Zeichen, und SMTPUTF8 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use an ASCII address for this correspondent.</source>
        <translation>Verwenden Sie für diesen Kontakt eine ASCII-Adresse.</translation>
    </message>
    <message>
        <source>UTF-8 string reproduction failed</source>
        <translation>Wiedergabe einer UTF-8-Zeichenkette fehlgeschlagen</translation>
    </message>
    <message>
        <source>A reply needs UTF-8, but the client does not allow it.</source>
        <translation>Eine Antwort benötigt UTF-8, aber der Client erlaubt es nicht.</translation>
    </message>
    <message>
        <source>Use an SMTPUTF8-capable client.</source>
        <translation>Verwenden Sie einen SMTPUTF8-fähigen Client.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred</source>
        <translation>Nachricht mit UTF-8-Kopfzeilen nicht übertragbar</translation>
    </message>
    <message>
        <source>A message with UTF-8 headers cannot be passed to one or more recipients.</source>
        <translation>Eine Nachricht mit UTF-8-Kopfzeilen kann an einen oder mehrere Empfänger nicht weitergegeben werden.</translation>
    </message>
    <message>
        <source>The next hop does not support SMTPUTF8.</source>
        <translation>Der nächste Hop unterstützt SMTPUTF8 nicht.</translation>
    </message>
    <message>
        <source>Send the message with ASCII headers.</source>
        <translation>Senden Sie die Nachricht mit ASCII-Kopfzeilen.</translation>
    </message>
    <message>
        <source>UTF-8 reply required (duplicate of X.6.8)</source>
        <translation>UTF-8-Antwort erforderlich (Duplikat von X.6.8)</translation>
    </message>
    <message>
        <source>Registered as a duplicate of X.6.8 and deprecated.</source>
        <translation>Als Duplikat von X.6.8 registriert und veraltet.</translation>
    </message>
    <message>
        <source>As for X.6.8.</source>
        <translation>Wie bei X.6.8.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Sonstiger oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>Something security- or policy-related caused the failure.</source>
        <translation>Etwas Sicherheits- oder Richtlinienbezogenes hat den Fehler verursacht.</translation>
    </message>
    <message>
        <source>A policy or security rule the server did not name.</source>
        <translation>Eine Richtlinien- oder Sicherheitsregel, die der Server nicht nennt.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Zustellung nicht autorisiert, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>The sender is not allowed to send to this recipient, by per-host or per-recipient policy.</source>
        <translation>Der Absender darf diesem Empfänger nicht schreiben, laut Richtlinie pro Host oder pro Empfänger.</translation>
    </message>
    <message>
        <source>The sending IP or domain is blocked or has a poor reputation.</source>
        <translation>Die sendende IP oder Domain ist gesperrt oder hat eine schlechte Reputation.</translation>
    </message>
    <message>
        <source>The recipient accepts mail only from certain senders.</source>
        <translation>Der Empfänger nimmt nur E-Mails von bestimmten Absendern an.</translation>
    </message>
    <message>
        <source>Read the text: it names the rule; check blocklists and authentication.</source>
        <translation>Lesen Sie den Text: Er nennt die Regel; prüfen Sie Sperrlisten und Authentifizierung.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Verteilerliste untersagt</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>Der Absender darf an diese Verteilerliste nicht senden.</translation>
    </message>
    <message>
        <source>The list accepts posts only from members.</source>
        <translation>Die Liste nimmt nur Beiträge von Mitgliedern an.</translation>
    </message>
    <message>
        <source>Ask the list owner for permission.</source>
        <translation>Bitten Sie den Listeninhaber um Erlaubnis.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Sicherheitskonvertierung nötig, aber nicht möglich</translation>
    </message>
    <message>
        <source>A needed conversion between secure messaging protocols is not possible.</source>
        <translation>Eine nötige Konvertierung zwischen sicheren Nachrichtenprotokollen ist nicht möglich.</translation>
    </message>
    <message>
        <source>Send without that security format, or agree on one.</source>
        <translation>Senden Sie ohne dieses Sicherheitsformat, oder einigen Sie sich auf eines.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>The message uses security features the delivery protocol cannot support.</source>
        <translation>Die Nachricht nutzt Sicherheitsfunktionen, die das Zustellprotokoll nicht unterstützt.</translation>
    </message>
    <message>
        <source>Send without the unsupported feature.</source>
        <translation>Senden Sie ohne die nicht unterstützte Funktion.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>A system could not validate or decrypt the message (missing or invalid key).</source>
        <translation>Ein System konnte die Nachricht nicht prüfen oder entschlüsseln (Schlüssel fehlt oder ungültig).</translation>
    </message>
    <message>
        <source>A signature or key could not be verified.</source>
        <translation>Eine Signatur oder ein Schlüssel konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Check signing keys and certificates.</source>
        <translation>Prüfen Sie Signaturschlüssel und Zertifikate.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>The needed cryptographic algorithm is not supported.</source>
        <translation>Der benötigte kryptografische Algorithmus wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use a widely supported algorithm.</source>
        <translation>Verwenden Sie einen weit verbreiteten Algorithmus.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Integritätsfehler der Nachricht</translation>
    </message>
    <message>
        <source>The message was found corrupted or altered.</source>
        <translation>Die Nachricht wurde beschädigt oder verändert vorgefunden.</translation>
    </message>
    <message>
        <source>A gateway changed the message after signing.</source>
        <translation>Ein Gateway hat die Nachricht nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>Find what rewrites the message after signing.</source>
        <translation>Finden Sie heraus, was die Nachricht nach dem Signieren umschreibt.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Anmeldedaten ungültig</translation>
    </message>
    <message>
        <source>SMTP AUTH failed because the credentials are wrong.</source>
        <translation>SMTP AUTH schlug fehl, weil die Anmeldedaten falsch sind.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Fix the credentials.</source>
        <translation>Korrigieren Sie die Anmeldedaten.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Authentifizierungsverfahren zu schwach</translation>
    </message>
    <message>
        <source>The authentication mechanism is weaker than the server allows.</source>
        <translation>Das Authentifizierungsverfahren ist schwächer, als der Server erlaubt.</translation>
    </message>
    <message>
        <source>Use a stronger mechanism.</source>
        <translation>Verwenden Sie ein stärkeres Verfahren.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>An encrypted connection is needed for this authentication mechanism.</source>
        <translation>Für dieses Authentifizierungsverfahren ist eine verschlüsselte Verbindung nötig.</translation>
    </message>
    <message>
        <source>Authentication was tried without TLS.</source>
        <translation>Die Authentifizierung wurde ohne TLS versucht.</translation>
    </message>
    <message>
        <source>Enable STARTTLS.</source>
        <translation>Aktivieren Sie STARTTLS.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Verschlüsselung für das angeforderte Authentifizierungsverfahren erforderlich</translation>
    </message>
    <message>
        <source>This mechanism may only be used over an encrypted connection.</source>
        <translation>Dieses Verfahren darf nur über eine verschlüsselte Verbindung genutzt werden.</translation>
    </message>
    <message>
        <source>Issue STARTTLS before AUTH.</source>
        <translation>Senden Sie STARTTLS vor AUTH.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Passwortumstellung erforderlich</translation>
    </message>
    <message>
        <source>The user must authenticate once with a plain mechanism to convert the password.</source>
        <translation>Der Benutzer muss sich einmal mit einem einfachen Verfahren anmelden, um das Passwort umzustellen.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over TLS.</source>
        <translation>Melden Sie sich einmal mit PLAIN über TLS an.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>The account was disabled by its administrator.</source>
        <translation>Das Konto wurde von seinem Administrator deaktiviert.</translation>
    </message>
    <message>
        <source>Abuse, non-payment or a security lock.</source>
        <translation>Missbrauch, Zahlungsrückstand oder eine Sicherheitssperre.</translation>
    </message>
    <message>
        <source>Contact the mail administrator.</source>
        <translation>Kontaktieren Sie den Mail-Administrator.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>A configured trust relationship with a third party is needed.</source>
        <translation>Eine eingerichtete Vertrauensbeziehung zu einem Dritten ist nötig.</translation>
    </message>
    <message>
        <source>Set up the required trust (connector, certificate).</source>
        <translation>Richten Sie die nötige Vertrauensbeziehung ein (Connector, Zertifikat).</translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation>Prioritätsstufe zu niedrig</translation>
    </message>
    <message>
        <source>The message&apos;s priority is below what the server accepts now.</source>
        <translation>Die Priorität der Nachricht liegt unter dem, was der Server gerade annimmt.</translation>
    </message>
    <message>
        <source>The server accepts only higher-priority mail at the moment.</source>
        <translation>Der Server nimmt gerade nur E-Mails mit höherer Priorität an.</translation>
    </message>
    <message>
        <source>Retry later or with a higher priority.</source>
        <translation>Später oder mit höherer Priorität erneut versuchen.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Nachricht zu groß für die angegebene Priorität</translation>
    </message>
    <message>
        <source>The message is too large for its priority level.</source>
        <translation>Die Nachricht ist für ihre Prioritätsstufe zu groß.</translation>
    </message>
    <message>
        <source>Send a smaller message or with another priority.</source>
        <translation>Senden Sie eine kleinere Nachricht oder mit anderer Priorität.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Postfachinhaber hat gewechselt</translation>
    </message>
    <message>
        <source>The mailbox has changed owner since the date the sender required (RRVS).</source>
        <translation>Das Postfach hat seit dem vom Absender verlangten Datum den Inhaber gewechselt (RRVS).</translation>
    </message>
    <message>
        <source>The address was reassigned to someone else.</source>
        <translation>Die Adresse wurde an jemand anderen vergeben.</translation>
    </message>
    <message>
        <source>Remove the address; it belongs to a different person now.</source>
        <translation>Entfernen Sie die Adresse; sie gehört jetzt einer anderen Person.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Domaininhaber hat gewechselt</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain changed owner since the date the sender required (RRVS).</source>
        <translation>Die Domain des Empfängers hat seit dem vom Absender verlangten Datum den Inhaber gewechselt (RRVS).</translation>
    </message>
    <message>
        <source>The domain was sold or re-registered.</source>
        <translation>Die Domain wurde verkauft oder neu registriert.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>RRVS-Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>The receiver cannot check the required-valid-since date.</source>
        <translation>Der Empfänger kann das verlangte Gültig-seit-Datum nicht prüfen.</translation>
    </message>
    <message>
        <source>Resend without RRVS if acceptable.</source>
        <translation>Senden Sie ohne RRVS erneut, wenn das vertretbar ist.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Keine gültige DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature that verifies.</source>
        <translation>Die Nachricht trägt keine DKIM-Signatur, die sich verifizieren lässt.</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed.</source>
        <translation>Die Nachricht ist nicht DKIM-signiert.</translation>
    </message>
    <message>
        <source>The signature broke in transit or the public key is missing.</source>
        <translation>Die Signatur ging unterwegs kaputt, oder der öffentliche Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM and publish the key in DNS.</source>
        <translation>Signieren Sie ausgehende E-Mails mit DKIM und veröffentlichen Sie den Schlüssel im DNS.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Keine akzeptable DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>A DKIM signature verified, but none meets the receiver&apos;s requirements.</source>
        <translation>Eine DKIM-Signatur wurde verifiziert, aber keine erfüllt die Anforderungen des Empfängers.</translation>
    </message>
    <message>
        <source>A weak key or a signing domain the receiver does not accept.</source>
        <translation>Ein schwacher Schlüssel oder eine Signaturdomain, die der Empfänger nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sign with a 2048-bit key using your own domain.</source>
        <translation>Signieren Sie mit einem 2048-Bit-Schlüssel und Ihrer eigenen Domain.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No verified DKIM signature matches the From domain.</source>
        <translation>Keine verifizierte DKIM-Signatur passt zur From-Domain.</translation>
    </message>
    <message>
        <source>The signature uses the provider&apos;s domain, not yours.</source>
        <translation>Die Signatur nutzt die Domain des Anbieters, nicht Ihre.</translation>
    </message>
    <message>
        <source>Sign with a domain aligned with the From address.</source>
        <translation>Signieren Sie mit einer Domain, die zur From-Adresse passt.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SPF returned fail: the sending IP is not authorized by the sender domain.</source>
        <translation>SPF ergab fail: Die sendende IP ist von der Absenderdomain nicht autorisiert.</translation>
    </message>
    <message>
        <source>The sending IP is missing from the SPF record.</source>
        <translation>Die sendende IP fehlt im SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Add the sending service or IP to your SPF record.</source>
        <translation>Nehmen Sie den Versanddienst oder die IP in Ihren SPF-Eintrag auf.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Fehler bei der SPF-Prüfung</translation>
    </message>
    <message>
        <source>SPF evaluation ended in an error (temperror or permerror).</source>
        <translation>Die SPF-Auswertung endete mit einem Fehler (temperror oder permerror).</translation>
    </message>
    <message>
        <source>Too many DNS lookups or a syntax error in the SPF record.</source>
        <translation>Zu viele DNS-Abfragen oder ein Syntaxfehler im SPF-Eintrag.</translation>
    </message>
    <message>
        <source>A DNS timeout.</source>
        <translation>Eine DNS-Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>Fix the SPF record; keep it under 10 DNS lookups.</source>
        <translation>Korrigieren Sie den SPF-Eintrag; bleiben Sie unter 10 DNS-Abfragen.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sending IP failed the reverse DNS check.</source>
        <translation>Die sendende IP hat die Reverse-DNS-Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP, or it does not resolve back.</source>
        <translation>Kein PTR-Eintrag für die sendende IP, oder er löst nicht zurück auf.</translation>
    </message>
    <message>
        <source>Publish a PTR record whose name resolves back to the IP.</source>
        <translation>Veröffentlichen Sie einen PTR-Eintrag, dessen Name zur IP zurück auflöst.</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>More than one authentication check failed (e.g. SPF and DKIM, hence DMARC).</source>
        <translation>Mehr als eine Authentifizierungsprüfung schlug fehl (z. B. SPF und DKIM, damit auch DMARC).</translation>
    </message>
    <message>
        <source>The message is neither SPF- nor DKIM-authenticated for the From domain.</source>
        <translation>Die Nachricht ist für die From-Domain weder per SPF noch per DKIM authentifiziert.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM aligned with the From domain.</source>
        <translation>Richten Sie SPF und DKIM passend zur From-Domain ein.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>Absenderadresse hat Null-MX</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX, so bounces could not reach it.</source>
        <translation>Die Domain des Absenders veröffentlicht einen Null-MX, daher könnten Bounces sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Sending from a domain declared to take no mail.</source>
        <translation>Versand von einer Domain, die erklärt, keine E-Mails anzunehmen.</translation>
    </message>
    <message>
        <source>Send from a domain that can receive replies.</source>
        <translation>Senden Sie von einer Domain, die Antworten empfangen kann.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Mail-Flut erkannt</translation>
    </message>
    <message>
        <source>The message looks like part of a flood of similar abusive messages.</source>
        <translation>Die Nachricht scheint Teil einer Flut ähnlicher missbräuchlicher Nachrichten zu sein.</translation>
    </message>
    <message>
        <source>A burst of similar messages, e.g. a compromised account or a campaign.</source>
        <translation>Ein Schwall ähnlicher Nachrichten, z. B. durch ein kompromittiertes Konto oder eine Kampagne.</translation>
    </message>
    <message>
        <source>Slow down, check for abuse, and clean the list.</source>
        <translation>Senden Sie langsamer, prüfen Sie auf Missbrauch und bereinigen Sie die Liste.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The ARC chain of the message failed validation.</source>
        <translation>Die ARC-Kette der Nachricht hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>An intermediary broke or forged the ARC seal.</source>
        <translation>Ein Zwischensystem hat das ARC-Siegel beschädigt oder gefälscht.</translation>
    </message>
    <message>
        <source>Check the ARC setup of forwarding systems.</source>
        <translation>Prüfen Sie die ARC-Konfiguration der weiterleitenden Systeme.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>REQUIRETLS-Unterstützung erforderlich</translation>
    </message>
    <message>
        <source>The message requires TLS all the way, and the next hop does not support REQUIRETLS.</source>
        <translation>Die Nachricht verlangt TLS auf dem ganzen Weg, und der nächste Hop unterstützt REQUIRETLS nicht.</translation>
    </message>
    <message>
        <source>A server on the path lacks REQUIRETLS.</source>
        <translation>Ein Server auf dem Weg unterstützt REQUIRETLS nicht.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS or use another route.</source>
        <translation>Senden Sie ohne REQUIRETLS oder über einen anderen Weg.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressierung</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Mailsystem</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>Netzwerk und Routing</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Message content or media</source>
        <translation>Nachrichteninhalt oder Medien</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>Sicherheit oder Richtlinie</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Temporary failure (the sending server retries)</source>
        <translation>Vorübergehender Fehler (der sendende Server versucht es erneut)</translation>
    </message>
    <message>
        <source>Permanent failure (the message was returned)</source>
        <translation>Dauerhafter Fehler (die Nachricht kam zurück)</translation>
    </message>
    <message>
        <source>The reply code %1 and the enhanced status code %2 disagree on the class of the failure (RFC 3463 section 2 requires them to agree). Sending servers act on the reply code.</source>
        <translation>Der Antwortcode %1 und der erweiterte Statuscode %2 widersprechen sich in der Fehlerklasse (RFC 3463 Abschnitt 2 verlangt Übereinstimmung). Sendende Server richten sich nach dem Antwortcode.</translation>
    </message>
    <message>
        <source>The enhanced status code %1 is not in the IANA registry; it is an extension of the receiving system.</source>
        <translation>Der erweiterte Statuscode %1 steht nicht im IANA-Register; er ist eine Erweiterung des empfangenden Systems.</translation>
    </message>
    <message>
        <source>Only an enhanced status code was given; the explanation is generic.</source>
        <translation>Nur ein erweiterter Statuscode wurde angegeben; die Erklärung ist allgemein.</translation>
    </message>
    <message>
        <source>Only a reply code was given; the explanation is generic.</source>
        <translation>Nur ein Antwortcode wurde angegeben; die Erklärung ist allgemein.</translation>
    </message>
    <message>
        <source>This is sent as a permanent (5xx) error, but the condition is temporary (a rate limit or a reputation block): once the cause is fixed and time has passed, mail to this recipient is accepted again. Do not remove the recipient from your list for this.</source>
        <translation>Dies wird als dauerhafter Fehler (5xx) gemeldet, der Zustand ist aber vorübergehend (Ratenlimit oder Reputationssperre): Sobald die Ursache behoben und etwas Zeit vergangen ist, werden E-Mails an diesen Empfänger wieder angenommen. Entfernen Sie den Empfänger deshalb nicht aus Ihrer Liste.</translation>
    </message>
    <message>
        <source>Gmail: IP not on the recipient domain&apos;s allowlist</source>
        <translation>Gmail: IP nicht auf der Zulassungsliste der Empfängerdomain</translation>
    </message>
    <message>
        <source>The Google Workspace recipient domain accepts mail only from listed IP addresses, and yours is not one.</source>
        <translation>Die Google-Workspace-Domain des Empfängers nimmt E-Mails nur von eingetragenen IP-Adressen an, und Ihre gehört nicht dazu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin restricted inbound gateways.</source>
        <translation>Der Administrator des Empfängers hat die eingehenden Gateways eingeschränkt.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to allow your IP.</source>
        <translation>Bitten Sie den Administrator des Empfängers, Ihre IP zuzulassen.</translation>
    </message>
    <message>
        <source>Gmail: low reputation of the sending IP</source>
        <translation>Gmail: schlechte Reputation der sendenden IP</translation>
    </message>
    <message>
        <source>Gmail is limiting or refusing mail because the sending IP has a very low reputation.</source>
        <translation>Gmail drosselt oder verweigert E-Mails, weil die sendende IP eine sehr schlechte Reputation hat.</translation>
    </message>
    <message>
        <source>Spam complaints, spam-trap hits or a new IP without history.</source>
        <translation>Spam-Beschwerden, Treffer in Spamfallen oder eine neue IP ohne Versandhistorie.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools, slow down and warm the IP up, send only wanted mail.</source>
        <translation>Prüfen Sie die Google Postmaster Tools, senden Sie langsamer, wärmen Sie die IP auf und verschicken Sie nur erwünschte E-Mails.</translation>
    </message>
    <message>
        <source>Gmail: low reputation of the sending domain</source>
        <translation>Gmail: schlechte Reputation der sendenden Domain</translation>
    </message>
    <message>
        <source>Gmail is limiting or refusing mail because the sending domain has a very low reputation.</source>
        <translation>Gmail drosselt oder verweigert E-Mails, weil die sendende Domain eine sehr schlechte Reputation hat.</translation>
    </message>
    <message>
        <source>Complaints or spam-like mail sent under your domain.</source>
        <translation>Beschwerden oder spamartige E-Mails, die unter Ihrer Domain verschickt wurden.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools; improve list quality and engagement.</source>
        <translation>Prüfen Sie die Google Postmaster Tools; verbessern Sie Listenqualität und Interaktion der Empfänger.</translation>
    </message>
    <message>
        <source>Gmail: content looks suspicious</source>
        <translation>Gmail: Inhalt wirkt verdächtig</translation>
    </message>
    <message>
        <source>Gmail deferred the message because of its content or links.</source>
        <translation>Gmail hat die Nachricht wegen ihres Inhalts oder ihrer Links zurückgestellt.</translation>
    </message>
    <message>
        <source>Links to domains with a bad reputation, or spam-like wording.</source>
        <translation>Links zu Domains mit schlechter Reputation oder spamtypische Formulierungen.</translation>
    </message>
    <message>
        <source>Review links and content; check them against Safe Browsing.</source>
        <translation>Überprüfen Sie Links und Inhalt; gleichen Sie die Links mit Safe Browsing ab.</translation>
    </message>
    <message>
        <source>Gmail: sending IP lacks a valid PTR record</source>
        <translation>Gmail: sendende IP ohne gültigen PTR-Eintrag</translation>
    </message>
    <message>
        <source>The sending IP has no reverse DNS name, or that name does not resolve back to the IP.</source>
        <translation>Die sendende IP hat keinen Reverse-DNS-Namen, oder dieser Name löst nicht zurück auf die IP auf.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP.</source>
        <translation>Kein PTR-Eintrag für die sendende IP.</translation>
    </message>
    <message>
        <source>The PTR name&apos;s A/AAAA record points elsewhere.</source>
        <translation>Der A/AAAA-Eintrag des PTR-Namens zeigt auf eine andere Adresse.</translation>
    </message>
    <message>
        <source>Publish a PTR record whose host name resolves back to the same IP.</source>
        <translation>Veröffentlichen Sie einen PTR-Eintrag, dessen Hostname wieder auf dieselbe IP auflöst.</translation>
    </message>
    <message>
        <source>Gmail: recipient domain requires TLS</source>
        <translation>Gmail: Empfängerdomain verlangt TLS</translation>
    </message>
    <message>
        <source>The Workspace recipient domain requires TLS, and the connection was not encrypted.</source>
        <translation>Die Workspace-Domain des Empfängers verlangt TLS, und die Verbindung war nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Your server did not use STARTTLS.</source>
        <translation>Ihr Server hat kein STARTTLS verwendet.</translation>
    </message>
    <message>
        <source>Enable STARTTLS for outbound mail.</source>
        <translation>Aktivieren Sie STARTTLS für ausgehende E-Mails.</translation>
    </message>
    <message>
        <source>Gmail: rejected by the sender domain&apos;s DMARC policy</source>
        <translation>Gmail: von der DMARC-Richtlinie der Absenderdomain abgelehnt</translation>
    </message>
    <message>
        <source>Gmail rejected the message because it failed DMARC and the From domain publishes a reject policy.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil sie bei DMARC durchgefallen ist und die From-Domain eine reject-Richtlinie veröffentlicht.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed in alignment with the From domain.</source>
        <translation>Weder SPF noch DKIM haben passend zur From-Domain bestanden.</translation>
    </message>
    <message>
        <source>Sign with DKIM using the From domain and make SPF cover every sending IP.</source>
        <translation>Signieren Sie mit DKIM unter der From-Domain und nehmen Sie jede sendende IP in den SPF-Eintrag auf.</translation>
    </message>
    <message>
        <source>Gmail: unauthenticated mail not accepted</source>
        <translation>Gmail: nicht authentifizierte E-Mails werden nicht angenommen</translation>
    </message>
    <message>
        <source>Gmail requires every sender to authenticate with SPF or DKIM; this message passed neither.</source>
        <translation>Gmail verlangt von jedem Absender eine Authentifizierung mit SPF oder DKIM; diese Nachricht hat keine der beiden Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>No DKIM signature and the sending IP is not in the SPF record.</source>
        <translation>Keine DKIM-Signatur, und die sendende IP steht nicht im SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain.</source>
        <translation>Richten Sie SPF und DKIM für die sendende Domain ein.</translation>
    </message>
    <message>
        <source>Gmail: unauthenticated mail rate limited</source>
        <translation>Gmail: nicht authentifizierte E-Mails gedrosselt</translation>
    </message>
    <message>
        <source>Gmail is slowing down mail that passes neither SPF nor DKIM.</source>
        <translation>Gmail drosselt E-Mails, die weder SPF noch DKIM bestehen.</translation>
    </message>
    <message>
        <source>Missing SPF and DKIM authentication.</source>
        <translation>SPF- und DKIM-Authentifizierung fehlen.</translation>
    </message>
    <message>
        <source>Gmail: SPF did not pass</source>
        <translation>Gmail: SPF nicht bestanden</translation>
    </message>
    <message>
        <source>Gmail deferred the message because SPF did not pass.</source>
        <translation>Gmail hat die Nachricht zurückgestellt, weil SPF nicht bestanden wurde.</translation>
    </message>
    <message>
        <source>The sending IP is not in the domain&apos;s SPF record.</source>
        <translation>Die sendende IP steht nicht im SPF-Eintrag der Domain.</translation>
    </message>
    <message>
        <source>Add all sending IPs and services to the SPF record.</source>
        <translation>Nehmen Sie alle sendenden IPs und Dienste in den SPF-Eintrag auf.</translation>
    </message>
    <message>
        <source>Gmail rejected the message because SPF did not pass.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil SPF nicht bestanden wurde.</translation>
    </message>
    <message>
        <source>Gmail: unusual rate of unsolicited mail</source>
        <translation>Gmail: ungewöhnlich viele unerwünschte E-Mails</translation>
    </message>
    <message>
        <source>Gmail temporarily rate-limits mail from your IP or domain because of an unusual rate of unwanted mail.</source>
        <translation>Gmail drosselt vorübergehend E-Mails von Ihrer IP oder Domain, weil ungewöhnlich viele davon unerwünscht sind.</translation>
    </message>
    <message>
        <source>A spike in volume or complaints.</source>
        <translation>Ein sprunghafter Anstieg der Menge oder der Beschwerden.</translation>
    </message>
    <message>
        <source>A compromised account sending spam.</source>
        <translation>Ein kompromittiertes Konto, das Spam verschickt.</translation>
    </message>
    <message>
        <source>Slow down, check Postmaster Tools, and send only to engaged recipients.</source>
        <translation>Senden Sie langsamer, prüfen Sie die Postmaster Tools und schreiben Sie nur Empfänger an, die Ihre E-Mails auch lesen.</translation>
    </message>
    <message>
        <source>Gmail: unusual rate of unsolicited mail (blocked)</source>
        <translation>Gmail: ungewöhnlich viele unerwünschte E-Mails (gesperrt)</translation>
    </message>
    <message>
        <source>Gmail blocked mail from your IP or domain because of a sustained rate of unwanted mail.</source>
        <translation>Gmail hat E-Mails von Ihrer IP oder Domain gesperrt, weil dauerhaft zu viele davon unerwünscht sind.</translation>
    </message>
    <message>
        <source>Persistent spam-like sending or complaints.</source>
        <translation>Anhaltend spamartiger Versand oder Beschwerden.</translation>
    </message>
    <message>
        <source>Stop and clean the list; resume slowly once reputation recovers.</source>
        <translation>Stoppen Sie den Versand und bereinigen Sie die Liste; nehmen Sie ihn langsam wieder auf, sobald sich die Reputation erholt hat.</translation>
    </message>
    <message>
        <source>Gmail: TLS required</source>
        <translation>Gmail: TLS erforderlich</translation>
    </message>
    <message>
        <source>Gmail requires TLS for this traffic and the connection was not encrypted.</source>
        <translation>Gmail verlangt für diese Verbindung TLS, und die Verbindung war nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Gmail: DKIM did not pass</source>
        <translation>Gmail: DKIM nicht bestanden</translation>
    </message>
    <message>
        <source>Gmail deferred the message because DKIM did not pass.</source>
        <translation>Gmail hat die Nachricht zurückgestellt, weil DKIM nicht bestanden wurde.</translation>
    </message>
    <message>
        <source>No DKIM signature, or it does not verify.</source>
        <translation>Keine DKIM-Signatur, oder sie lässt sich nicht verifizieren.</translation>
    </message>
    <message>
        <source>Check the DKIM signing setup and the public key in DNS.</source>
        <translation>Prüfen Sie die DKIM-Signierung und den öffentlichen Schlüssel im DNS.</translation>
    </message>
    <message>
        <source>Gmail rejected the message because DKIM did not pass.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil DKIM nicht bestanden wurde.</translation>
    </message>
    <message>
        <source>Gmail: From domain not aligned</source>
        <translation>Gmail: From-Domain passt nicht</translation>
    </message>
    <message>
        <source>The From domain is aligned with neither the SPF nor the DKIM domain.</source>
        <translation>Die From-Domain passt weder zur SPF- noch zur DKIM-Domain.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass for another domain (e.g. the sending service&apos;s).</source>
        <translation>SPF und DKIM bestehen für eine andere Domain (z. B. die des Versanddienstes).</translation>
    </message>
    <message>
        <source>Use a custom return-path and DKIM domain under your From domain.</source>
        <translation>Verwenden Sie einen eigenen Return-Path und eine DKIM-Domain unter Ihrer From-Domain.</translation>
    </message>
    <message>
        <source>Gmail: no DMARC record</source>
        <translation>Gmail: kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>Bulk senders must publish a DMARC record; the sending domain has none.</source>
        <translation>Massenversender müssen einen DMARC-Eintrag veröffentlichen; die sendende Domain hat keinen.</translation>
    </message>
    <message>
        <source>No _dmarc TXT record for the From domain.</source>
        <translation>Kein _dmarc-TXT-Eintrag für die From-Domain.</translation>
    </message>
    <message>
        <source>Publish a DMARC record (p=none is enough to start).</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag (für den Anfang genügt p=none).</translation>
    </message>
    <message>
        <source>Gmail: recipient receives mail too fast</source>
        <translation>Gmail: Empfänger bekommt zu schnell E-Mails</translation>
    </message>
    <message>
        <source>The recipient is getting mail at a rate that stops delivery for now.</source>
        <translation>Der Empfänger bekommt so schnell E-Mails, dass die Zustellung vorerst ausgesetzt wird.</translation>
    </message>
    <message>
        <source>Many messages to the same recipient in a short time.</source>
        <translation>Viele Nachrichten an denselben Empfänger in kurzer Zeit.</translation>
    </message>
    <message>
        <source>Slow down sending to this recipient; retries will succeed.</source>
        <translation>Senden Sie langsamer an diesen Empfänger; spätere Zustellversuche werden gelingen.</translation>
    </message>
    <message>
        <source>Gmail: recipient out of storage</source>
        <translation>Gmail: Speicher des Empfängers voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google storage is full.</source>
        <translation>Der Google-Speicher des Empfängers ist voll.</translation>
    </message>
    <message>
        <source>The recipient has used up the account&apos;s storage.</source>
        <translation>Der Empfänger hat den Speicherplatz seines Kontos aufgebraucht.</translation>
    </message>
    <message>
        <source>Retry later; tell the recipient by another channel.</source>
        <translation>Versuchen Sie es später erneut; informieren Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google storage is full, and the account may be inactive.</source>
        <translation>Der Google-Speicher des Empfängers ist voll, und das Konto ist möglicherweise inaktiv.</translation>
    </message>
    <message>
        <source>Drop the address if this persists.</source>
        <translation>Streichen Sie die Adresse, wenn das anhält.</translation>
    </message>
    <message>
        <source>Gmail: temporary server error</source>
        <translation>Gmail: vorübergehender Serverfehler</translation>
    </message>
    <message>
        <source>Gmail had a temporary problem handling the message.</source>
        <translation>Gmail hatte ein vorübergehendes Problem bei der Verarbeitung der Nachricht.</translation>
    </message>
    <message>
        <source>A temporary issue at Google.</source>
        <translation>Ein vorübergehendes Problem bei Google.</translation>
    </message>
    <message>
        <source>Let your server retry.</source>
        <translation>Lassen Sie Ihren Server die Zustellung erneut versuchen.</translation>
    </message>
    <message>
        <source>Gmail: too many recipients</source>
        <translation>Gmail: zu viele Empfänger</translation>
    </message>
    <message>
        <source>The message has more recipients than Gmail accepts in one transaction.</source>
        <translation>Die Nachricht hat mehr Empfänger, als Gmail in einer Transaktion annimmt.</translation>
    </message>
    <message>
        <source>Send in smaller batches.</source>
        <translation>Senden Sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>Gmail: account does not exist</source>
        <translation>Gmail: Konto existiert nicht</translation>
    </message>
    <message>
        <source>The Gmail or Workspace address does not exist.</source>
        <translation>Die Gmail- oder Workspace-Adresse existiert nicht.</translation>
    </message>
    <message>
        <source>A typo, or the account was deleted.</source>
        <translation>Ein Tippfehler, oder das Konto wurde gelöscht.</translation>
    </message>
    <message>
        <source>Remove the address from your list.</source>
        <translation>Entfernen Sie die Adresse aus Ihrer Liste.</translation>
    </message>
    <message>
        <source>Gmail: recipient domain not found</source>
        <translation>Gmail: Empfängerdomain nicht gefunden</translation>
    </message>
    <message>
        <source>The domain after the @ could not be found.</source>
        <translation>Die Domain nach dem @ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>A typo in the domain, or the domain has no DNS.</source>
        <translation>Ein Tippfehler in der Domain, oder die Domain hat keine DNS-Einträge.</translation>
    </message>
    <message>
        <source>Correct the domain.</source>
        <translation>Korrigieren Sie die Domain.</translation>
    </message>
    <message>
        <source>Gmail: account disabled or inactive</source>
        <translation>Gmail: Konto deaktiviert oder inaktiv</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or inactive.</source>
        <translation>Das Konto des Empfängers existiert, ist aber deaktiviert oder inaktiv.</translation>
    </message>
    <message>
        <source>The account was abandoned or suspended.</source>
        <translation>Das Konto wurde aufgegeben oder gesperrt.</translation>
    </message>
    <message>
        <source>Gmail: daily sending limit exceeded</source>
        <translation>Gmail: tägliches Sendelimit überschritten</translation>
    </message>
    <message>
        <source>The sending Gmail/Workspace account has reached its daily sending limit.</source>
        <translation>Das sendende Gmail-/Workspace-Konto hat sein tägliches Sendelimit erreicht.</translation>
    </message>
    <message>
        <source>Too many messages or recipients from one account in 24 hours.</source>
        <translation>Zu viele Nachrichten oder Empfänger von einem Konto innerhalb von 24 Stunden.</translation>
    </message>
    <message>
        <source>Wait 24 hours or use a service made for bulk mail.</source>
        <translation>Warten Sie 24 Stunden oder nutzen Sie einen Dienst für Massenversand.</translation>
    </message>
    <message>
        <source>Gmail: likely unsolicited mail</source>
        <translation>Gmail: wahrscheinlich unerwünschte E-Mail</translation>
    </message>
    <message>
        <source>Gmail&apos;s filters judged the message as unwanted mail.</source>
        <translation>Die Filter von Gmail haben die Nachricht als unerwünscht eingestuft.</translation>
    </message>
    <message>
        <source>Spam-like content, poor reputation or missing authentication.</source>
        <translation>Spamartiger Inhalt, schlechte Reputation oder fehlende Authentifizierung.</translation>
    </message>
    <message>
        <source>Authenticate mail, send only to people who asked for it, check Postmaster Tools.</source>
        <translation>Authentifizieren Sie Ihre E-Mails, schreiben Sie nur Empfänger an, die Ihre E-Mails angefordert haben, und prüfen Sie die Postmaster Tools.</translation>
    </message>
    <message>
        <source>Gmail: missing or invalid From header</source>
        <translation>Gmail: From-Kopfzeile fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>The message has no valid From header as RFC 5322 requires.</source>
        <translation>Die Nachricht hat keine gültige From-Kopfzeile, wie RFC 5322 sie verlangt.</translation>
    </message>
    <message>
        <source>A broken From header in the sending application.</source>
        <translation>Eine fehlerhafte From-Kopfzeile aus der sendenden Anwendung.</translation>
    </message>
    <message>
        <source>Send one valid From header with a full address.</source>
        <translation>Senden Sie genau eine gültige From-Kopfzeile mit vollständiger Adresse.</translation>
    </message>
    <message>
        <source>Gmail: RFC 5322 violation</source>
        <translation>Gmail: Verstoß gegen RFC 5322</translation>
    </message>
    <message>
        <source>The message breaks RFC 5322, e.g. duplicate headers that must be unique.</source>
        <translation>Die Nachricht verstößt gegen RFC 5322, z. B. durch doppelte Kopfzeilen, die nur einmal vorkommen dürfen.</translation>
    </message>
    <message>
        <source>The sending software writes a header twice.</source>
        <translation>Die Versandsoftware schreibt eine Kopfzeile doppelt.</translation>
    </message>
    <message>
        <source>Fix header generation in the sending software.</source>
        <translation>Korrigieren Sie die Erzeugung der Kopfzeilen in der Versandsoftware.</translation>
    </message>
    <message>
        <source>Gmail: message blocked</source>
        <translation>Gmail: Nachricht gesperrt</translation>
    </message>
    <message>
        <source>Gmail refused the message by policy; the text names the reason.</source>
        <translation>Gmail hat die Nachricht aufgrund einer Richtlinie abgelehnt; der Text nennt den Grund.</translation>
    </message>
    <message>
        <source>Reputation, content or authentication problems.</source>
        <translation>Probleme mit Reputation, Inhalt oder Authentifizierung.</translation>
    </message>
    <message>
        <source>Read the linked Google help page; check authentication and reputation.</source>
        <translation>Lesen Sie die verlinkte Google-Hilfeseite; prüfen Sie Authentifizierung und Reputation.</translation>
    </message>
    <message>
        <source>Gmail: suspicious SPF record</source>
        <translation>Gmail: verdächtiger SPF-Eintrag</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF record has entries that look suspicious or overly broad.</source>
        <translation>Der SPF-Eintrag der sendenden Domain enthält Einträge, die verdächtig oder zu weit gefasst wirken.</translation>
    </message>
    <message>
        <source>An SPF record with +all or huge IP ranges.</source>
        <translation>Ein SPF-Eintrag mit +all oder riesigen IP-Bereichen.</translation>
    </message>
    <message>
        <source>Tighten the SPF record to the IPs that really send.</source>
        <translation>Beschränken Sie den SPF-Eintrag auf die IPs, die tatsächlich senden.</translation>
    </message>
    <message>
        <source>Gmail: sending IP has no PTR record</source>
        <translation>Gmail: sendende IP ohne PTR-Eintrag</translation>
    </message>
    <message>
        <source>The sending IP has no valid reverse DNS.</source>
        <translation>Die sendende IP hat kein gültiges Reverse-DNS.</translation>
    </message>
    <message>
        <source>No PTR, or the PTR name does not resolve back.</source>
        <translation>Kein PTR, oder der PTR-Name löst nicht zurück auf.</translation>
    </message>
    <message>
        <source>Publish a PTR record that resolves back to the IP.</source>
        <translation>Veröffentlichen Sie einen PTR-Eintrag, der zurück auf die IP auflöst.</translation>
    </message>
    <message>
        <source>Gmail: message exceeds size limit</source>
        <translation>Gmail: Nachricht überschreitet die Größengrenze</translation>
    </message>
    <message>
        <source>The message is larger than Google&apos;s size limit (25 MB including encoding).</source>
        <translation>Die Nachricht ist größer als Googles Größengrenze (25 MB einschließlich Kodierung).</translation>
    </message>
    <message>
        <source>Gmail: potential security issue</source>
        <translation>Gmail: mögliches Sicherheitsproblem</translation>
    </message>
    <message>
        <source>Gmail blocked the message because of a possible security risk, e.g. a blocked attachment type.</source>
        <translation>Gmail hat die Nachricht wegen eines möglichen Sicherheitsrisikos gesperrt, z. B. wegen eines gesperrten Anhangstyps.</translation>
    </message>
    <message>
        <source>An executable or other blocked file type, or a malicious link.</source>
        <translation>Eine ausführbare oder andere gesperrte Dateiart oder ein schädlicher Link.</translation>
    </message>
    <message>
        <source>Remove the attachment or share it through a link.</source>
        <translation>Entfernen Sie den Anhang oder teilen Sie ihn über einen Link.</translation>
    </message>
    <message>
        <source>Gmail: malformed message</source>
        <translation>Gmail: fehlerhafte Nachricht</translation>
    </message>
    <message>
        <source>The message does not follow the email format standards.</source>
        <translation>Die Nachricht hält sich nicht an die Standards des E-Mail-Formats.</translation>
    </message>
    <message>
        <source>Broken MIME structure or headers.</source>
        <translation>Fehlerhafte MIME-Struktur oder Kopfzeilen.</translation>
    </message>
    <message>
        <source>Fix message generation.</source>
        <translation>Korrigieren Sie die Erzeugung der Nachricht.</translation>
    </message>
    <message>
        <source>Microsoft 365: recipient not found</source>
        <translation>Microsoft 365: Empfänger nicht gefunden</translation>
    </message>
    <message>
        <source>The recipient does not exist in the destination organization.</source>
        <translation>Den Empfänger gibt es in der Zielorganisation nicht.</translation>
    </message>
    <message>
        <source>A typo, or the mailbox was removed.</source>
        <translation>Ein Tippfehler, oder das Postfach wurde entfernt.</translation>
    </message>
    <message>
        <source>Remove or correct the address.</source>
        <translation>Entfernen oder korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <source>Microsoft 365: recipient not found by SMTP address lookup</source>
        <translation>Microsoft 365: Empfänger bei der Suche nach der SMTP-Adresse nicht gefunden</translation>
    </message>
    <message>
        <source>Exchange Online found no recipient with this address.</source>
        <translation>Exchange Online hat keinen Empfänger mit dieser Adresse gefunden.</translation>
    </message>
    <message>
        <source>The address is wrong or was deleted.</source>
        <translation>Die Adresse ist falsch oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>Microsoft 365: bad outbound sender</source>
        <translation>Microsoft 365: gesperrter Absender für ausgehende E-Mails</translation>
    </message>
    <message>
        <source>The sending account was blocked from sending, usually after sending spam.</source>
        <translation>Das sendende Konto wurde für den Versand gesperrt, meist nachdem es Spam verschickt hat.</translation>
    </message>
    <message>
        <source>The sender&apos;s account is compromised or sent spam.</source>
        <translation>Das Konto des Absenders ist kompromittiert oder hat Spam verschickt.</translation>
    </message>
    <message>
        <source>Secure the account; an admin must release it in the Microsoft 365 Defender portal.</source>
        <translation>Sichern Sie das Konto; ein Administrator muss es im Microsoft 365 Defender-Portal wieder freigeben.</translation>
    </message>
    <message>
        <source>Microsoft 365: sending limit reached</source>
        <translation>Microsoft 365: Sendelimit erreicht</translation>
    </message>
    <message>
        <source>The sender reached the daily recipient limit.</source>
        <translation>Der Absender hat das tägliche Empfängerlimit erreicht.</translation>
    </message>
    <message>
        <source>Too many recipients in 24 hours.</source>
        <translation>Zu viele Empfänger innerhalb von 24 Stunden.</translation>
    </message>
    <message>
        <source>Wait for the limit to reset.</source>
        <translation>Warten Sie, bis das Limit zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Microsoft 365: mailbox disabled</source>
        <translation>Microsoft 365: Postfach deaktiviert</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled.</source>
        <translation>Das Postfach des Empfängers ist deaktiviert.</translation>
    </message>
    <message>
        <source>The account was disabled by its admin.</source>
        <translation>Das Konto wurde von seinem Administrator deaktiviert.</translation>
    </message>
    <message>
        <source>Microsoft 365: mailbox full</source>
        <translation>Microsoft 365: Postfach voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota.</source>
        <translation>Das Postfach des Empfängers hat sein Kontingent überschritten.</translation>
    </message>
    <message>
        <source>The recipient keeps too much mail.</source>
        <translation>Der Empfänger bewahrt zu viele E-Mails auf.</translation>
    </message>
    <message>
        <source>Microsoft 365: message too large</source>
        <translation>Microsoft 365: Nachricht zu groß</translation>
    </message>
    <message>
        <source>The message exceeds a size limit of the organization.</source>
        <translation>Die Nachricht überschreitet eine Größengrenze der Organisation.</translation>
    </message>
    <message>
        <source>Send a smaller message or a OneDrive link.</source>
        <translation>Senden Sie eine kleinere Nachricht oder einen OneDrive-Link.</translation>
    </message>
    <message>
        <source>Microsoft 365: recipient address rejected, access denied</source>
        <translation>Microsoft 365: Empfängeradresse abgelehnt, Zugriff verweigert</translation>
    </message>
    <message>
        <source>Directory-based edge blocking rejected the address because it does not exist in the tenant.</source>
        <translation>Die verzeichnisbasierte Edge-Sperre (DBEB) hat die Adresse abgelehnt, weil sie im Tenant nicht existiert.</translation>
    </message>
    <message>
        <source>The recipient does not exist in the destination tenant.</source>
        <translation>Den Empfänger gibt es im Ziel-Tenant nicht.</translation>
    </message>
    <message>
        <source>Check the address with the recipient.</source>
        <translation>Klären Sie die Adresse mit dem Empfänger.</translation>
    </message>
    <message>
        <source>Microsoft 365: relay access denied</source>
        <translation>Microsoft 365: Relay-Zugriff verweigert</translation>
    </message>
    <message>
        <source>The server will not relay for this sender and recipient.</source>
        <translation>Der Server leitet für diesen Absender und Empfänger nicht weiter.</translation>
    </message>
    <message>
        <source>The recipient domain is not set up in the tenant, or MX points to the wrong tenant.</source>
        <translation>Die Empfängerdomain ist im Tenant nicht eingerichtet, oder der MX zeigt auf den falschen Tenant.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX records and connectors.</source>
        <translation>Prüfen Sie die MX-Einträge und Connectors der Empfängerdomain.</translation>
    </message>
    <message>
        <source>Microsoft 365: routing loop</source>
        <translation>Microsoft 365: Routing-Schleife</translation>
    </message>
    <message>
        <source>The message looped between servers.</source>
        <translation>Die Nachricht ist zwischen Servern im Kreis gelaufen.</translation>
    </message>
    <message>
        <source>Forwarding or connector settings that point back.</source>
        <translation>Weiterleitungs- oder Connector-Einstellungen, die zurückverweisen.</translation>
    </message>
    <message>
        <source>Fix the forwarding or connector loop.</source>
        <translation>Beheben Sie die Schleife in der Weiterleitung oder im Connector.</translation>
    </message>
    <message>
        <source>Microsoft 365: hop count exceeded</source>
        <translation>Microsoft 365: zu viele Hops</translation>
    </message>
    <message>
        <source>The message passed too many servers.</source>
        <translation>Die Nachricht hat zu viele Server durchlaufen.</translation>
    </message>
    <message>
        <source>A mail loop.</source>
        <translation>Eine Mail-Schleife.</translation>
    </message>
    <message>
        <source>Fix the mail loop.</source>
        <translation>Beheben Sie die Mail-Schleife.</translation>
    </message>
    <message>
        <source>Microsoft 365: message expired</source>
        <translation>Microsoft 365: Nachricht abgelaufen</translation>
    </message>
    <message>
        <source>The message stayed in the queue too long.</source>
        <translation>Die Nachricht lag zu lange in der Warteschlange.</translation>
    </message>
    <message>
        <source>The destination did not answer for the whole retry period.</source>
        <translation>Das Ziel hat während der gesamten Wiederholungsfrist nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check that the destination&apos;s MX hosts are reachable.</source>
        <translation>Prüfen Sie, ob die MX-Hosts des Ziels erreichbar sind.</translation>
    </message>
    <message>
        <source>Delivery was given up after the retry period.</source>
        <translation>Die Zustellung wurde nach Ablauf der Wiederholungsfrist aufgegeben.</translation>
    </message>
    <message>
        <source>The destination was unreachable.</source>
        <translation>Das Ziel war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Microsoft 365: connection refused</source>
        <translation>Microsoft 365: Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>The destination refused connections until delivery expired.</source>
        <translation>Das Ziel hat Verbindungen abgewiesen, bis die Zustellfrist abgelaufen war.</translation>
    </message>
    <message>
        <source>The destination server refuses or is down.</source>
        <translation>Der Zielserver weist Verbindungen ab oder ist ausgefallen.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s MX hosts.</source>
        <translation>Prüfen Sie die MX-Hosts des Ziels.</translation>
    </message>
    <message>
        <source>Microsoft 365: client was not authenticated</source>
        <translation>Microsoft 365: Client nicht authentifiziert</translation>
    </message>
    <message>
        <source>The server requires the sending server or client to authenticate.</source>
        <translation>Der Server verlangt, dass sich der sendende Server oder Client authentifiziert.</translation>
    </message>
    <message>
        <source>Sending through a relay without credentials or connector.</source>
        <translation>Versand über ein Relay ohne Zugangsdaten oder Connector.</translation>
    </message>
    <message>
        <source>Authenticate, or configure a connector.</source>
        <translation>Authentifizieren Sie sich oder richten Sie einen Connector ein.</translation>
    </message>
    <message>
        <source>Microsoft 365: delivery not authorized</source>
        <translation>Microsoft 365: Zustellung nicht erlaubt</translation>
    </message>
    <message>
        <source>The recipient (often a group) accepts mail only from certain senders.</source>
        <translation>Der Empfänger (oft eine Gruppe) nimmt E-Mails nur von bestimmten Absendern an.</translation>
    </message>
    <message>
        <source>A restriction on the distribution group or mailbox.</source>
        <translation>Eine Einschränkung der Verteilergruppe oder des Postfachs.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow you.</source>
        <translation>Bitten Sie den Besitzer der Gruppe, Sie zuzulassen.</translation>
    </message>
    <message>
        <source>Microsoft 365: MTA-STS validation failed</source>
        <translation>Microsoft 365: MTA-STS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The destination&apos;s certificate does not match its MTA-STS policy.</source>
        <translation>Das Zertifikat des Ziels passt nicht zu seiner MTA-STS-Richtlinie.</translation>
    </message>
    <message>
        <source>An expired or wrong certificate at the destination.</source>
        <translation>Ein abgelaufenes oder falsches Zertifikat beim Ziel.</translation>
    </message>
    <message>
        <source>The destination must fix its certificate or MTA-STS policy.</source>
        <translation>Das Ziel muss sein Zertifikat oder seine MTA-STS-Richtlinie korrigieren.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not authenticated by organization</source>
        <translation>Microsoft 365: Absender von der Organisation nicht authentifiziert</translation>
    </message>
    <message>
        <source>The recipient accepts only mail from inside its organization.</source>
        <translation>Der Empfänger nimmt nur E-Mails aus seiner eigenen Organisation an.</translation>
    </message>
    <message>
        <source>Delivery restrictions on the recipient.</source>
        <translation>Zustellbeschränkungen beim Empfänger.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to accept external mail.</source>
        <translation>Bitten Sie den Administrator des Empfängers, externe E-Mails anzunehmen.</translation>
    </message>
    <message>
        <source>Microsoft 365: SPF violation</source>
        <translation>Microsoft 365: SPF-Verstoß</translation>
    </message>
    <message>
        <source>The message failed the destination&apos;s SPF check.</source>
        <translation>Die Nachricht ist bei der SPF-Prüfung des Ziels durchgefallen.</translation>
    </message>
    <message>
        <source>The sending IP is not in the SPF record.</source>
        <translation>Die sendende IP steht nicht im SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Fix the SPF record.</source>
        <translation>Korrigieren Sie den SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Microsoft 365: IPv6 sender without reverse DNS</source>
        <translation>Microsoft 365: IPv6-Absender ohne Reverse-DNS</translation>
    </message>
    <message>
        <source>Mail over IPv6 requires a PTR record for the sending address.</source>
        <translation>E-Mail über IPv6 verlangt einen PTR-Eintrag für die sendende Adresse.</translation>
    </message>
    <message>
        <source>No PTR for the IPv6 address.</source>
        <translation>Kein PTR für die IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Publish a PTR record for the IPv6 address, or send over IPv4.</source>
        <translation>Veröffentlichen Sie einen PTR-Eintrag für die IPv6-Adresse oder senden Sie über IPv4.</translation>
    </message>
    <message>
        <source>Microsoft 365: client not authenticated to send</source>
        <translation>Microsoft 365: Client zum Senden nicht authentifiziert</translation>
    </message>
    <message>
        <source>The submission endpoint requires authentication before MAIL FROM.</source>
        <translation>Der Einlieferungs-Endpunkt verlangt eine Authentifizierung vor MAIL FROM.</translation>
    </message>
    <message>
        <source>The application does not log in to smtp.office365.com.</source>
        <translation>Die Anwendung meldet sich nicht bei smtp.office365.com an.</translation>
    </message>
    <message>
        <source>Configure SMTP AUTH or use a connector.</source>
        <translation>Richten Sie SMTP AUTH ein oder verwenden Sie einen Connector.</translation>
    </message>
    <message>
        <source>Microsoft 365: TenantAttribution; relay access denied</source>
        <translation>Microsoft 365: TenantAttribution; Relay-Zugriff verweigert</translation>
    </message>
    <message>
        <source>The inbound connector could not attribute the mail to a tenant.</source>
        <translation>Der eingehende Connector konnte die E-Mail keinem Tenant zuordnen.</translation>
    </message>
    <message>
        <source>A connector misconfiguration after a change on premises.</source>
        <translation>Ein falsch eingerichteter Connector nach einer Änderung in der lokalen Umgebung.</translation>
    </message>
    <message>
        <source>Fix the inbound connector (certificate or IP).</source>
        <translation>Korrigieren Sie den eingehenden Connector (Zertifikat oder IP).</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not in allowed-senders list</source>
        <translation>Microsoft 365: Absender nicht auf der Liste zugelassener Absender</translation>
    </message>
    <message>
        <source>The distribution group accepts only listed senders.</source>
        <translation>Die Verteilergruppe nimmt nur eingetragene Absender an.</translation>
    </message>
    <message>
        <source>Group delivery restrictions.</source>
        <translation>Zustellbeschränkungen der Gruppe.</translation>
    </message>
    <message>
        <source>Ask the group owner to add you.</source>
        <translation>Bitten Sie den Besitzer der Gruppe, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not authenticated for group</source>
        <translation>Microsoft 365: Absender für die Gruppe nicht authentifiziert</translation>
    </message>
    <message>
        <source>The group accepts only internal senders.</source>
        <translation>Die Gruppe nimmt nur interne Absender an.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow external senders.</source>
        <translation>Bitten Sie den Besitzer der Gruppe, externe Absender zuzulassen.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender not authenticated for mailbox</source>
        <translation>Microsoft 365: Absender für das Postfach nicht authentifiziert</translation>
    </message>
    <message>
        <source>The mailbox accepts only internal senders.</source>
        <translation>Das Postfach nimmt nur interne Absender an.</translation>
    </message>
    <message>
        <source>Mailbox delivery restrictions.</source>
        <translation>Zustellbeschränkungen des Postfachs.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin.</source>
        <translation>Wenden Sie sich an den Administrator des Empfängers.</translation>
    </message>
    <message>
        <source>Microsoft 365: sender was not authenticated</source>
        <translation>Microsoft 365: Absender nicht authentifiziert</translation>
    </message>
    <message>
        <source>The mail user rejects external messages.</source>
        <translation>Der E-Mail-Benutzer weist externe Nachrichten ab.</translation>
    </message>
    <message>
        <source>Recipient delivery restrictions.</source>
        <translation>Zustellbeschränkungen des Empfängers.</translation>
    </message>
    <message>
        <source>Microsoft 365: trial tenant daily limit</source>
        <translation>Microsoft 365: Tageslimit des Test-Tenants</translation>
    </message>
    <message>
        <source>A trial tenant exceeded its daily limit of external recipients.</source>
        <translation>Ein Test-Tenant hat sein Tageslimit für externe Empfänger überschritten.</translation>
    </message>
    <message>
        <source>Trial tenants have low sending limits.</source>
        <translation>Test-Tenants haben niedrige Sendelimits.</translation>
    </message>
    <message>
        <source>Wait 24 hours or switch to a paid subscription.</source>
        <translation>Warten Sie 24 Stunden oder wechseln Sie zu einem bezahlten Abonnement.</translation>
    </message>
    <message>
        <source>Microsoft 365: tenant daily limit</source>
        <translation>Microsoft 365: Tageslimit des Tenants</translation>
    </message>
    <message>
        <source>The tenant exceeded its daily limit of external recipients.</source>
        <translation>Der Tenant hat sein Tageslimit für externe Empfänger überschritten.</translation>
    </message>
    <message>
        <source>Large sends from the tenant.</source>
        <translation>Große Aussendungen aus dem Tenant.</translation>
    </message>
    <message>
        <source>Wait for the 24-hour window to pass.</source>
        <translation>Warten Sie, bis das 24-Stunden-Fenster abgelaufen ist.</translation>
    </message>
    <message>
        <source>Microsoft 365: STARTTLS not supported</source>
        <translation>Microsoft 365: STARTTLS nicht unterstützt</translation>
    </message>
    <message>
        <source>The destination must be reached over TLS but does not offer STARTTLS.</source>
        <translation>Das Ziel muss über TLS erreicht werden, bietet aber kein STARTTLS an.</translation>
    </message>
    <message>
        <source>The destination lacks TLS.</source>
        <translation>Dem Ziel fehlt TLS.</translation>
    </message>
    <message>
        <source>The destination must enable STARTTLS.</source>
        <translation>Das Ziel muss STARTTLS aktivieren.</translation>
    </message>
    <message>
        <source>Microsoft 365: certificate expired</source>
        <translation>Microsoft 365: Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>The destination&apos;s TLS certificate has expired.</source>
        <translation>Das TLS-Zertifikat des Ziels ist abgelaufen.</translation>
    </message>
    <message>
        <source>The destination must renew its certificate.</source>
        <translation>Das Ziel muss sein Zertifikat erneuern.</translation>
    </message>
    <message>
        <source>Microsoft 365: DANE TLSA invalid</source>
        <translation>Microsoft 365: DANE-TLSA ungültig</translation>
    </message>
    <message>
        <source>The destination failed DANE validation.</source>
        <translation>Das Ziel hat die DANE-Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>TLSA records do not match the certificate.</source>
        <translation>Die TLSA-Einträge passen nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The destination must fix TLSA records or the certificate.</source>
        <translation>Das Ziel muss seine TLSA-Einträge oder sein Zertifikat korrigieren.</translation>
    </message>
    <message>
        <source>Microsoft 365: DNSSEC invalid</source>
        <translation>Microsoft 365: DNSSEC ungültig</translation>
    </message>
    <message>
        <source>The destination domain returned invalid DNSSEC records.</source>
        <translation>Die Zieldomain hat ungültige DNSSEC-Einträge geliefert.</translation>
    </message>
    <message>
        <source>The destination must fix its DNSSEC setup.</source>
        <translation>Das Ziel muss seine DNSSEC-Einrichtung korrigieren.</translation>
    </message>
    <message>
        <source>Microsoft 365: access denied, spam abuse detected</source>
        <translation>Microsoft 365: Zugriff verweigert, Spam-Missbrauch erkannt</translation>
    </message>
    <message>
        <source>The sending account was banned for sending spam.</source>
        <translation>Das sendende Konto wurde wegen Spamversands gesperrt.</translation>
    </message>
    <message>
        <source>A compromised account.</source>
        <translation>Ein kompromittiertes Konto.</translation>
    </message>
    <message>
        <source>Secure the account and contact Microsoft support.</source>
        <translation>Sichern Sie das Konto und wenden Sie sich an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sender</source>
        <translation>Microsoft 365: gesperrter Absender</translation>
    </message>
    <message>
        <source>The sending account was banned for spam.</source>
        <translation>Das sendende Konto wurde wegen Spam gesperrt.</translation>
    </message>
    <message>
        <source>Microsoft 365: bad HELO</source>
        <translation>Microsoft 365: ungültiges HELO</translation>
    </message>
    <message>
        <source>The sending server&apos;s HELO/EHLO name claims to be the destination.</source>
        <translation>Der HELO/EHLO-Name des sendenden Servers gibt sich als das Ziel aus.</translation>
    </message>
    <message>
        <source>A wrong HELO name in the sending server.</source>
        <translation>Ein falscher HELO-Name im sendenden Server.</translation>
    </message>
    <message>
        <source>Use your own host name in HELO/EHLO.</source>
        <translation>Verwenden Sie Ihren eigenen Hostnamen in HELO/EHLO.</translation>
    </message>
    <message>
        <source>Microsoft 365: IP rejected by the recipient organization</source>
        <translation>Microsoft 365: IP von der Organisation des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>The recipient&apos;s organization blocks your sending IP.</source>
        <translation>Die Organisation des Empfängers sperrt Ihre sendende IP.</translation>
    </message>
    <message>
        <source>The recipient added your IP to its block list.</source>
        <translation>Der Empfänger hat Ihre IP auf seine Sperrliste gesetzt.</translation>
    </message>
    <message>
        <source>Ask the recipient to unblock you.</source>
        <translation>Bitten Sie den Empfänger, Sie zu entsperren.</translation>
    </message>
    <message>
        <source>Microsoft 365: DMARC reject</source>
        <translation>Microsoft 365: DMARC-Ablehnung</translation>
    </message>
    <message>
        <source>The From domain failed DMARC with a reject policy.</source>
        <translation>Die From-Domain ist bei DMARC mit einer reject-Richtlinie durchgefallen.</translation>
    </message>
    <message>
        <source>SPF/DKIM not aligned with the From domain.</source>
        <translation>SPF/DKIM passen nicht zur From-Domain.</translation>
    </message>
    <message>
        <source>Align SPF or DKIM with the From domain.</source>
        <translation>Richten Sie SPF oder DKIM passend zur From-Domain ein.</translation>
    </message>
    <message>
        <source>Microsoft 365: no mail over IPv6</source>
        <translation>Microsoft 365: keine E-Mails über IPv6</translation>
    </message>
    <message>
        <source>The recipient domain does not accept email over IPv6.</source>
        <translation>Die Empfängerdomain nimmt keine E-Mails über IPv6 an.</translation>
    </message>
    <message>
        <source>Send over IPv4.</source>
        <translation>Senden Sie über IPv4.</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sender IP</source>
        <translation>Microsoft 365: gesperrte sendende IP</translation>
    </message>
    <message>
        <source>The sending IP is on Microsoft&apos;s block list.</source>
        <translation>Die sendende IP steht auf der Sperrliste von Microsoft.</translation>
    </message>
    <message>
        <source>Spam or abuse from this IP.</source>
        <translation>Spam oder Missbrauch von dieser IP.</translation>
    </message>
    <message>
        <source>Request removal through delist@microsoft.com.</source>
        <translation>Beantragen Sie die Austragung über delist@microsoft.com.</translation>
    </message>
    <message>
        <source>Microsoft 365: no valid From address</source>
        <translation>Microsoft 365: keine gültige From-Adresse</translation>
    </message>
    <message>
        <source>The message has no valid From address.</source>
        <translation>Die Nachricht hat keine gültige From-Adresse.</translation>
    </message>
    <message>
        <source>A broken From header.</source>
        <translation>Eine fehlerhafte From-Kopfzeile.</translation>
    </message>
    <message>
        <source>Send one RFC 5322-compliant From header.</source>
        <translation>Senden Sie genau eine From-Kopfzeile, die RFC 5322 entspricht.</translation>
    </message>
    <message>
        <source>Microsoft 365: blocked by a custom block list</source>
        <translation>Microsoft 365: durch eine benutzerdefinierte Sperrliste blockiert</translation>
    </message>
    <message>
        <source>The recipient domain blocks your IP in its own list.</source>
        <translation>Die Empfängerdomain sperrt Ihre IP in ihrer eigenen Liste.</translation>
    </message>
    <message>
        <source>Microsoft 365: external forwarding not allowed</source>
        <translation>Microsoft 365: externe Weiterleitung nicht erlaubt</translation>
    </message>
    <message>
        <source>The organization does not allow automatic forwarding to external addresses.</source>
        <translation>Die Organisation erlaubt keine automatische Weiterleitung an externe Adressen.</translation>
    </message>
    <message>
        <source>An outbound spam policy blocks forwarding.</source>
        <translation>Eine Richtlinie gegen ausgehenden Spam blockiert die Weiterleitung.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must allow forwarding for this mailbox.</source>
        <translation>Der Administrator des Absenders muss die Weiterleitung für dieses Postfach erlauben.</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP</source>
        <translation>Microsoft 365: gesperrte sendende IP</translation>
    </message>
    <message>
        <source>Microsoft banned the sending IP because of its reputation.</source>
        <translation>Microsoft hat die sendende IP wegen ihrer Reputation gesperrt.</translation>
    </message>
    <message>
        <source>Use the delist portal at sender.office.com.</source>
        <translation>Nutzen Sie das Austragungsportal unter sender.office.com.</translation>
    </message>
    <message>
        <source>Microsoft 365: blocked by Tenant Allow/Block List</source>
        <translation>Microsoft 365: durch die Tenant Allow/Block List blockiert</translation>
    </message>
    <message>
        <source>Your own organization blocks this recipient or domain.</source>
        <translation>Ihre eigene Organisation sperrt diesen Empfänger oder diese Domain.</translation>
    </message>
    <message>
        <source>An entry in the Tenant Allow/Block List.</source>
        <translation>Ein Eintrag in der Tenant Allow/Block List.</translation>
    </message>
    <message>
        <source>The sender&apos;s admin must remove the entry.</source>
        <translation>Der Administrator des Absenders muss den Eintrag entfernen.</translation>
    </message>
    <message>
        <source>Microsoft 365: tenant exceeded threshold</source>
        <translation>Microsoft 365: Tenant hat Schwellenwert überschritten</translation>
    </message>
    <message>
        <source>Most traffic from the tenant was suspicious, so it was blocked.</source>
        <translation>Der Großteil des Datenverkehrs aus dem Tenant war verdächtig und wurde daher gesperrt.</translation>
    </message>
    <message>
        <source>Compromised accounts in the tenant.</source>
        <translation>Kompromittierte Konten im Tenant.</translation>
    </message>
    <message>
        <source>Resolve the compromise and contact Microsoft support.</source>
        <translation>Beheben Sie die Kompromittierung und wenden Sie sich an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft 365: traffic not accepted from this IP</source>
        <translation>Microsoft 365: kein Datenverkehr von dieser IP angenommen</translation>
    </message>
    <message>
        <source>The IP is blocked because of suspicious traffic.</source>
        <translation>Die IP ist wegen verdächtigen Datenverkehrs gesperrt.</translation>
    </message>
    <message>
        <source>Resolve the cause and contact Microsoft support.</source>
        <translation>Beheben Sie die Ursache und wenden Sie sich an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft 365: unregistered sender domain</source>
        <translation>Microsoft 365: nicht registrierte Absenderdomain</translation>
    </message>
    <message>
        <source>The tenant sends from domains it has not added and verified.</source>
        <translation>Der Tenant sendet von Domains, die er nicht hinzugefügt und verifiziert hat.</translation>
    </message>
    <message>
        <source>A sending domain not verified in the tenant.</source>
        <translation>Eine sendende Domain, die im Tenant nicht verifiziert ist.</translation>
    </message>
    <message>
        <source>Add and verify the domain in Microsoft 365.</source>
        <translation>Fügen Sie die Domain in Microsoft 365 hinzu und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>Microsoft 365: temporarily throttled</source>
        <translation>Microsoft 365: vorübergehend gedrosselt</translation>
    </message>
    <message>
        <source>Exchange Online defers mail from your IP because of its reputation or volume.</source>
        <translation>Exchange Online stellt E-Mails von Ihrer IP wegen ihrer Reputation oder Menge zurück.</translation>
    </message>
    <message>
        <source>A new or poorly rated IP, or a burst of volume.</source>
        <translation>Eine neue oder schlecht bewertete IP oder ein plötzlicher Mengenanstieg.</translation>
    </message>
    <message>
        <source>Slow down; retries will get through as reputation improves.</source>
        <translation>Senden Sie langsamer; spätere Zustellversuche kommen durch, sobald sich die Reputation bessert.</translation>
    </message>
    <message>
        <source>Microsoft 365: temporarily rate limited due to IP reputation</source>
        <translation>Microsoft 365: wegen IP-Reputation vorübergehend gedrosselt</translation>
    </message>
    <message>
        <source>Exchange Online rate-limits your IP because of its reputation.</source>
        <translation>Exchange Online drosselt Ihre IP wegen ihrer Reputation.</translation>
    </message>
    <message>
        <source>Spam-like traffic from the IP.</source>
        <translation>Spamartiger Datenverkehr von der IP.</translation>
    </message>
    <message>
        <source>Slow down and check the IP&apos;s reputation (SNDS).</source>
        <translation>Senden Sie langsamer und prüfen Sie die Reputation der IP (SNDS).</translation>
    </message>
    <message>
        <source>Outlook.com: network on block list (S3150)</source>
        <translation>Outlook.com: Netz auf der Sperrliste (S3150)</translation>
    </message>
    <message>
        <source>Outlook.com refuses the IP because part of its network is on Microsoft&apos;s block list.</source>
        <translation>Outlook.com weist die IP ab, weil ein Teil ihres Netzes auf der Sperrliste von Microsoft steht.</translation>
    </message>
    <message>
        <source>The IP range has a poor reputation.</source>
        <translation>Der IP-Bereich hat eine schlechte Reputation.</translation>
    </message>
    <message>
        <source>Request delisting at sender.office.com / the Outlook.com support form.</source>
        <translation>Beantragen Sie die Austragung unter sender.office.com bzw. über das Supportformular von Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: network on block list (S3140)</source>
        <translation>Outlook.com: Netz auf der Sperrliste (S3140)</translation>
    </message>
    <message>
        <source>Request delisting through the Outlook.com sender support form.</source>
        <translation>Beantragen Sie die Austragung über das Absender-Supportformular von Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: IP blocked (S3115)</source>
        <translation>Outlook.com: IP gesperrt (S3115)</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from this IP.</source>
        <translation>Outlook.com weist E-Mails von dieser IP ab.</translation>
    </message>
    <message>
        <source>The IP&apos;s reputation.</source>
        <translation>Die Reputation der IP.</translation>
    </message>
    <message>
        <source>Outlook.com: IP blocked (S3114)</source>
        <translation>Outlook.com: IP gesperrt (S3114)</translation>
    </message>
    <message>
        <source>Outlook.com: rejected for policy reasons (SC-001)</source>
        <translation>Outlook.com: aus Richtliniengründen abgelehnt (SC-001)</translation>
    </message>
    <message>
        <source>Outlook.com refused the mail for policy reasons, such as IP or domain reputation.</source>
        <translation>Outlook.com hat die E-Mail aus Richtliniengründen abgelehnt, etwa wegen der Reputation der IP oder Domain.</translation>
    </message>
    <message>
        <source>Spam-like content or reputation problems.</source>
        <translation>Spamartiger Inhalt oder Reputationsprobleme.</translation>
    </message>
    <message>
        <source>Improve list quality; request mitigation from Outlook.com support.</source>
        <translation>Verbessern Sie die Listenqualität; beantragen Sie beim Outlook.com-Support eine Lockerung der Sperre.</translation>
    </message>
    <message>
        <source>Outlook.com: namespace mining (SC-002)</source>
        <translation>Outlook.com: Ausforschen von Adressen (SC-002)</translation>
    </message>
    <message>
        <source>The IP tried many non-existent addresses (directory harvesting).</source>
        <translation>Die IP hat viele nicht existierende Adressen durchprobiert (Directory Harvesting).</translation>
    </message>
    <message>
        <source>Poor list hygiene.</source>
        <translation>Mangelhafte Listenpflege.</translation>
    </message>
    <message>
        <source>Clean the list; contact Outlook.com support.</source>
        <translation>Bereinigen Sie die Liste; wenden Sie sich an den Outlook.com-Support.</translation>
    </message>
    <message>
        <source>Outlook.com: open proxy or relay (SC-003)</source>
        <translation>Outlook.com: offener Proxy oder offenes Relay (SC-003)</translation>
    </message>
    <message>
        <source>The IP looks like an open proxy or relay.</source>
        <translation>Die IP sieht nach einem offenen Proxy oder Relay aus.</translation>
    </message>
    <message>
        <source>Secure the server.</source>
        <translation>Sichern Sie den Server ab.</translation>
    </message>
    <message>
        <source>Outlook.com: complaints (SC-004)</source>
        <translation>Outlook.com: Beschwerden (SC-004)</translation>
    </message>
    <message>
        <source>The IP was blocked after user complaints.</source>
        <translation>Die IP wurde nach Beschwerden von Nutzern gesperrt.</translation>
    </message>
    <message>
        <source>Spam complaints.</source>
        <translation>Spam-Beschwerden.</translation>
    </message>
    <message>
        <source>Send only wanted mail; contact Outlook.com support.</source>
        <translation>Verschicken Sie nur erwünschte E-Mails; wenden Sie sich an den Outlook.com-Support.</translation>
    </message>
    <message>
        <source>Outlook.com: dynamic IP (DY-001)</source>
        <translation>Outlook.com: dynamische IP (DY-001)</translation>
    </message>
    <message>
        <source>Outlook.com does not accept mail from dynamic IPs.</source>
        <translation>Outlook.com nimmt keine E-Mails von dynamischen IPs an.</translation>
    </message>
    <message>
        <source>Sending from a consumer or dynamic address range.</source>
        <translation>Versand aus einem Endkunden- oder dynamischen Adressbereich.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s mail server or a static IP with PTR.</source>
        <translation>Senden Sie über den Mailserver Ihres Providers oder über eine statische IP mit PTR.</translation>
    </message>
    <message>
        <source>Outlook.com: compromised IP (DY-002)</source>
        <translation>Outlook.com: kompromittierte IP (DY-002)</translation>
    </message>
    <message>
        <source>The IP was identified as compromised.</source>
        <translation>Die IP wurde als kompromittiert erkannt.</translation>
    </message>
    <message>
        <source>Malware or an open relay.</source>
        <translation>Schadsoftware oder ein offenes Relay.</translation>
    </message>
    <message>
        <source>Clean up the host.</source>
        <translation>Bereinigen Sie den Host.</translation>
    </message>
    <message>
        <source>Outlook.com: rejected for policy reasons (OU-001)</source>
        <translation>Outlook.com: aus Richtliniengründen abgelehnt (OU-001)</translation>
    </message>
    <message>
        <source>Outlook.com refused the mail for policy reasons.</source>
        <translation>Outlook.com hat die E-Mail aus Richtliniengründen abgelehnt.</translation>
    </message>
    <message>
        <source>Contact Outlook.com sender support.</source>
        <translation>Wenden Sie sich an den Absender-Support von Outlook.com.</translation>
    </message>
    <message>
        <source>Outlook.com: spam-like content (OU-002)</source>
        <translation>Outlook.com: spamartiger Inhalt (OU-002)</translation>
    </message>
    <message>
        <source>Outlook.com refused the mail as spam-like or for reputation.</source>
        <translation>Outlook.com hat die E-Mail als spamartig oder wegen der Reputation abgelehnt.</translation>
    </message>
    <message>
        <source>Review content and reputation.</source>
        <translation>Überprüfen Sie Inhalt und Reputation.</translation>
    </message>
    <message>
        <source>Outlook.com: hourly/daily limit (RP-001)</source>
        <translation>Outlook.com: Stunden-/Tageslimit (RP-001)</translation>
    </message>
    <message>
        <source>The IP exceeded Outlook.com&apos;s message limits.</source>
        <translation>Die IP hat die Nachrichtenlimits von Outlook.com überschritten.</translation>
    </message>
    <message>
        <source>Too many messages too fast.</source>
        <translation>Zu viele Nachrichten in zu kurzer Zeit.</translation>
    </message>
    <message>
        <source>Slow down.</source>
        <translation>Senden Sie langsamer.</translation>
    </message>
    <message>
        <source>Outlook.com: limit reached (RP-002)</source>
        <translation>Outlook.com: Limit erreicht (RP-002)</translation>
    </message>
    <message>
        <source>The IP exceeded Outlook.com&apos;s limits.</source>
        <translation>Die IP hat die Limits von Outlook.com überschritten.</translation>
    </message>
    <message>
        <source>Outlook.com: too many connections (RP-003)</source>
        <translation>Outlook.com: zu viele Verbindungen (RP-003)</translation>
    </message>
    <message>
        <source>The IP opened too many connections.</source>
        <translation>Die IP hat zu viele Verbindungen geöffnet.</translation>
    </message>
    <message>
        <source>Use fewer concurrent connections.</source>
        <translation>Verwenden Sie weniger gleichzeitige Verbindungen.</translation>
    </message>
    <message>
        <source>Microsoft: IP on FBLW15 block list</source>
        <translation>Microsoft: IP auf der Sperrliste FBLW15</translation>
    </message>
    <message>
        <source>The IP is on Microsoft&apos;s FBLW15 block list.</source>
        <translation>Die IP steht auf Microsofts Sperrliste FBLW15.</translation>
    </message>
    <message>
        <source>Spam or abuse from the IP.</source>
        <translation>Spam oder Missbrauch von der IP.</translation>
    </message>
    <message>
        <source>Request delisting at delist@messaging.microsoft.com or sender.office.com.</source>
        <translation>Beantragen Sie die Austragung unter delist@messaging.microsoft.com oder sender.office.com.</translation>
    </message>
    <message>
        <source>Yahoo: deferred, more than reputation allows (TSS04)</source>
        <translation>Yahoo: zurückgestellt, mehr als die Reputation erlaubt (TSS04)</translation>
    </message>
    <message>
        <source>Yahoo defers mail because the IP sends more than its reputation allows.</source>
        <translation>Yahoo stellt E-Mails zurück, weil die IP mehr sendet, als ihre Reputation erlaubt.</translation>
    </message>
    <message>
        <source>Volume spikes, complaints, or a new IP.</source>
        <translation>Mengenspitzen, Beschwerden oder eine neue IP.</translation>
    </message>
    <message>
        <source>Slow down and let retries run; improve reputation.</source>
        <translation>Senden Sie langsamer und lassen Sie die Wiederholungsversuche laufen; verbessern Sie die Reputation.</translation>
    </message>
    <message>
        <source>Yahoo: permanently deferred (TSS09)</source>
        <translation>Yahoo: dauerhaft zurückgestellt (TSS09)</translation>
    </message>
    <message>
        <source>Yahoo permanently refuses mail from this IP because of significant abuse.</source>
        <translation>Yahoo verweigert E-Mails von dieser IP dauerhaft wegen erheblichen Missbrauchs.</translation>
    </message>
    <message>
        <source>Serious abuse or policy violations.</source>
        <translation>Schwerer Missbrauch oder Verstöße gegen Richtlinien.</translation>
    </message>
    <message>
        <source>Fix the cause and contact Yahoo&apos;s postmaster.</source>
        <translation>Beheben Sie die Ursache und wenden Sie sich an den Postmaster von Yahoo.</translation>
    </message>
    <message>
        <source>Yahoo: sender blocked (TSS11)</source>
        <translation>Yahoo: Absender gesperrt (TSS11)</translation>
    </message>
    <message>
        <source>Yahoo blocks the sender after repeated policy violations.</source>
        <translation>Yahoo sperrt den Absender nach wiederholten Richtlinienverstößen.</translation>
    </message>
    <message>
        <source>Persistent spam complaints.</source>
        <translation>Anhaltende Spam-Beschwerden.</translation>
    </message>
    <message>
        <source>Yahoo: deferred, new or unknown IP (TS01)</source>
        <translation>Yahoo: zurückgestellt, neue oder unbekannte IP (TS01)</translation>
    </message>
    <message>
        <source>Yahoo temporarily defers mail from an IP with little history or sudden volume.</source>
        <translation>Yahoo stellt E-Mails von einer IP mit wenig Historie oder plötzlich hoher Menge vorübergehend zurück.</translation>
    </message>
    <message>
        <source>A new IP or a volume spike.</source>
        <translation>Eine neue IP oder eine Mengenspitze.</translation>
    </message>
    <message>
        <source>Warm up the IP slowly.</source>
        <translation>Wärmen Sie die IP langsam auf.</translation>
    </message>
    <message>
        <source>Yahoo: deferred for complaints (TS02)</source>
        <translation>Yahoo: wegen Beschwerden zurückgestellt (TS02)</translation>
    </message>
    <message>
        <source>Yahoo temporarily defers mail because of a spike of complaints.</source>
        <translation>Yahoo stellt E-Mails wegen einer Häufung von Beschwerden vorübergehend zurück.</translation>
    </message>
    <message>
        <source>Recipients mark the mail as spam.</source>
        <translation>Empfänger markieren die E-Mails als Spam.</translation>
    </message>
    <message>
        <source>Reduce complaints: send only wanted mail, make unsubscribing easy.</source>
        <translation>Senken Sie die Beschwerden: Verschicken Sie nur erwünschte E-Mails und machen Sie das Abbestellen leicht.</translation>
    </message>
    <message>
        <source>Yahoo: traffic held for abuse signals (TS03)</source>
        <translation>Yahoo: Datenverkehr wegen Missbrauchsanzeichen angehalten (TS03)</translation>
    </message>
    <message>
        <source>Yahoo holds traffic because of abuse signals such as unknown users or content changes.</source>
        <translation>Yahoo hält Datenverkehr wegen Missbrauchsanzeichen an, etwa unbekannter Empfänger oder veränderter Inhalte.</translation>
    </message>
    <message>
        <source>Many unknown users or suspicious changes.</source>
        <translation>Viele unbekannte Empfänger oder verdächtige Änderungen.</translation>
    </message>
    <message>
        <source>Clean the list and check the sending setup.</source>
        <translation>Bereinigen Sie die Liste und prüfen Sie die Versandeinrichtung.</translation>
    </message>
    <message>
        <source>Yahoo: sender reputation too low (TS06)</source>
        <translation>Yahoo: Reputation des Absenders zu niedrig (TS06)</translation>
    </message>
    <message>
        <source>Yahoo refuses the mail because the sender&apos;s reputation is too low.</source>
        <translation>Yahoo verweigert die E-Mail, weil die Reputation des Absenders zu niedrig ist.</translation>
    </message>
    <message>
        <source>Show Yahoo&apos;s postmaster how complaints and bounces are controlled.</source>
        <translation>Zeigen Sie dem Postmaster von Yahoo, wie Sie Beschwerden und Bounces im Griff behalten.</translation>
    </message>
    <message>
        <source>Yahoo: abusive content (TS07)</source>
        <translation>Yahoo: missbräuchlicher Inhalt (TS07)</translation>
    </message>
    <message>
        <source>Yahoo detected phishing-like or obfuscated content.</source>
        <translation>Yahoo hat phishingartige oder verschleierte Inhalte erkannt.</translation>
    </message>
    <message>
        <source>Deceptive links or content.</source>
        <translation>Irreführende Links oder Inhalte.</translation>
    </message>
    <message>
        <source>Remove the offending content.</source>
        <translation>Entfernen Sie den beanstandeten Inhalt.</translation>
    </message>
    <message>
        <source>Yahoo: not accepted for policy reasons (PH01)</source>
        <translation>Yahoo: aus Richtliniengründen nicht angenommen (PH01)</translation>
    </message>
    <message>
        <source>Yahoo permanently refuses the mail for policy reasons, e.g. a Spamhaus listing, DMARC failure or compromised systems.</source>
        <translation>Yahoo verweigert die E-Mail dauerhaft aus Richtliniengründen, z. B. wegen eines Spamhaus-Eintrags, einer DMARC-Verletzung oder kompromittierter Systeme.</translation>
    </message>
    <message>
        <source>A blocklisting, DMARC failure or compromise.</source>
        <translation>Ein Sperrlisteneintrag, eine DMARC-Verletzung oder eine Kompromittierung.</translation>
    </message>
    <message>
        <source>Fix the cause and give Yahoo proof before sending again.</source>
        <translation>Beheben Sie die Ursache und legen Sie Yahoo einen Nachweis vor, bevor Sie wieder senden.</translation>
    </message>
    <message>
        <source>Yahoo: IP listed by Spamhaus (BL21)</source>
        <translation>Yahoo: IP bei Spamhaus gelistet (BL21)</translation>
    </message>
    <message>
        <source>Yahoo refuses connections from an IP on a Spamhaus list.</source>
        <translation>Yahoo weist Verbindungen von einer IP ab, die auf einer Spamhaus-Liste steht.</translation>
    </message>
    <message>
        <source>The IP is on the Spamhaus SBL/XBL.</source>
        <translation>Die IP steht auf der Spamhaus SBL/XBL.</translation>
    </message>
    <message>
        <source>Get delisted at Spamhaus after fixing the cause.</source>
        <translation>Lassen Sie sich nach Behebung der Ursache bei Spamhaus austragen.</translation>
    </message>
    <message>
        <source>Yahoo: IP listed by Spamhaus (BL23)</source>
        <translation>Yahoo: IP bei Spamhaus gelistet (BL23)</translation>
    </message>
    <message>
        <source>The IP is on a Spamhaus list.</source>
        <translation>Die IP steht auf einer Spamhaus-Liste.</translation>
    </message>
    <message>
        <source>Yahoo: IP listed by Spamhaus</source>
        <translation>Yahoo: IP bei Spamhaus gelistet</translation>
    </message>
    <message>
        <source>The IP is on the Spamhaus ZEN/XBL lists.</source>
        <translation>Die IP steht auf den Spamhaus-Listen ZEN/XBL.</translation>
    </message>
    <message>
        <source>Yahoo: too many messages on one connection</source>
        <translation>Yahoo: zu viele Nachrichten über eine Verbindung</translation>
    </message>
    <message>
        <source>Yahoo closes connections that carry too many messages.</source>
        <translation>Yahoo schließt Verbindungen, über die zu viele Nachrichten laufen.</translation>
    </message>
    <message>
        <source>Open new connections; send fewer messages per connection.</source>
        <translation>Öffnen Sie neue Verbindungen; senden Sie weniger Nachrichten pro Verbindung.</translation>
    </message>
    <message>
        <source>Yahoo: recipient receives mail too fast</source>
        <translation>Yahoo: Empfänger bekommt zu schnell E-Mails</translation>
    </message>
    <message>
        <source>This recipient receives mail too fast.</source>
        <translation>Dieser Empfänger bekommt zu schnell E-Mails.</translation>
    </message>
    <message>
        <source>Slow down to this recipient.</source>
        <translation>Senden Sie langsamer an diesen Empfänger.</translation>
    </message>
    <message>
        <source>Yahoo: no such account</source>
        <translation>Yahoo: Konto existiert nicht</translation>
    </message>
    <message>
        <source>The Yahoo/AOL account does not exist.</source>
        <translation>Das Yahoo-/AOL-Konto existiert nicht.</translation>
    </message>
    <message>
        <source>A typo or a deleted account.</source>
        <translation>Ein Tippfehler oder ein gelöschtes Konto.</translation>
    </message>
    <message>
        <source>Yahoo: mailbox disabled</source>
        <translation>Yahoo: Postfach deaktiviert</translation>
    </message>
    <message>
        <source>The Yahoo/AOL account is disabled or dormant.</source>
        <translation>Das Yahoo-/AOL-Konto ist deaktiviert oder ruht.</translation>
    </message>
    <message>
        <source>Yahoo: headers not RFC compliant</source>
        <translation>Yahoo: Kopfzeilen nicht RFC-konform</translation>
    </message>
    <message>
        <source>The message headers break RFC 5322.</source>
        <translation>Die Kopfzeilen der Nachricht verstoßen gegen RFC 5322.</translation>
    </message>
    <message>
        <source>Malformed or duplicate headers.</source>
        <translation>Fehlerhafte oder doppelte Kopfzeilen.</translation>
    </message>
    <message>
        <source>Fix header generation.</source>
        <translation>Korrigieren Sie die Erzeugung der Kopfzeilen.</translation>
    </message>
    <message>
        <source>Yahoo: not accepted for policy reasons</source>
        <translation>Yahoo: aus Richtliniengründen nicht angenommen</translation>
    </message>
    <message>
        <source>Yahoo refused the message for policy reasons (authentication, content or reputation).</source>
        <translation>Yahoo hat die Nachricht aus Richtliniengründen abgelehnt (Authentifizierung, Inhalt oder Reputation).</translation>
    </message>
    <message>
        <source>DMARC failure, content or reputation.</source>
        <translation>DMARC-Verletzung, Inhalt oder Reputation.</translation>
    </message>
    <message>
        <source>Check SPF, DKIM and DMARC; see Yahoo Sender Hub.</source>
        <translation>Prüfen Sie SPF, DKIM und DMARC; siehe Yahoo Sender Hub.</translation>
    </message>
    <message>
        <source>Yahoo: mailbox not found</source>
        <translation>Yahoo: Postfach nicht gefunden</translation>
    </message>
    <message>
        <source>The Yahoo/AOL mailbox does not exist.</source>
        <translation>Das Yahoo-/AOL-Postfach existiert nicht.</translation>
    </message>
    <message>
        <source>Yahoo: relaying denied</source>
        <translation>Yahoo: Relaying verweigert</translation>
    </message>
    <message>
        <source>Yahoo will not relay for this address.</source>
        <translation>Yahoo leitet für diese Adresse nicht weiter.</translation>
    </message>
    <message>
        <source>The recipient is not a Yahoo/AOL address.</source>
        <translation>Der Empfänger ist keine Yahoo-/AOL-Adresse.</translation>
    </message>
    <message>
        <source>Check the recipient address and its MX.</source>
        <translation>Prüfen Sie die Empfängeradresse und ihren MX.</translation>
    </message>
    <message>
        <source>iCloud: rejected by local policy (CS01)</source>
        <translation>iCloud: aufgrund lokaler Richtlinie abgelehnt (CS01)</translation>
    </message>
    <message>
        <source>Apple&apos;s filters refused the message by local policy, usually for content or reputation.</source>
        <translation>Die Filter von Apple haben die Nachricht aufgrund einer lokalen Richtlinie abgelehnt, meist wegen Inhalt oder Reputation.</translation>
    </message>
    <message>
        <source>Spam-like content or poor sender reputation.</source>
        <translation>Spamartiger Inhalt oder schlechte Reputation des Absenders.</translation>
    </message>
    <message>
        <source>Review content and reputation; authenticate with SPF, DKIM and DMARC.</source>
        <translation>Überprüfen Sie Inhalt und Reputation; authentifizieren Sie Ihre E-Mails mit SPF, DKIM und DMARC.</translation>
    </message>
    <message>
        <source>iCloud: rejected by local policy (HM08)</source>
        <translation>iCloud: aufgrund lokaler Richtlinie abgelehnt (HM08)</translation>
    </message>
    <message>
        <source>Apple refused the message by local policy.</source>
        <translation>Apple hat die Nachricht aufgrund einer lokalen Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <source>iCloud: deferred for excessive volume</source>
        <translation>iCloud: wegen zu hoher Menge zurückgestellt</translation>
    </message>
    <message>
        <source>Apple defers mail that arrives too fast.</source>
        <translation>Apple stellt E-Mails zurück, die zu schnell eintreffen.</translation>
    </message>
    <message>
        <source>iCloud: too many errors on the connection</source>
        <translation>iCloud: zu viele Fehler in der Verbindung</translation>
    </message>
    <message>
        <source>Apple closed the connection after too many SMTP errors.</source>
        <translation>Apple hat die Verbindung nach zu vielen SMTP-Fehlern geschlossen.</translation>
    </message>
    <message>
        <source>Many invalid recipients or commands.</source>
        <translation>Viele ungültige Empfänger oder Befehle.</translation>
    </message>
    <message>
        <source>Clean the list; fix the SMTP client.</source>
        <translation>Bereinigen Sie die Liste; korrigieren Sie den SMTP-Client.</translation>
    </message>
    <message>
        <source>iCloud: rejected by DMARC policy</source>
        <translation>iCloud: durch DMARC-Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>iCloud: domain on Spamhaus DBL</source>
        <translation>iCloud: Domain auf der Spamhaus DBL</translation>
    </message>
    <message>
        <source>A domain in the message is on the Spamhaus Domain Block List.</source>
        <translation>Eine Domain in der Nachricht steht auf der Spamhaus Domain Block List.</translation>
    </message>
    <message>
        <source>Get the domain removed from the DBL.</source>
        <translation>Lassen Sie die Domain aus der DBL austragen.</translation>
    </message>
    <message>
        <source>iCloud: user does not exist</source>
        <translation>iCloud: Benutzer existiert nicht</translation>
    </message>
    <message>
        <source>The iCloud address does not exist.</source>
        <translation>Die iCloud-Adresse existiert nicht.</translation>
    </message>
    <message>
        <source>iCloud: over quota</source>
        <translation>iCloud: Kontingent überschritten</translation>
    </message>
    <message>
        <source>The recipient&apos;s iCloud storage is full.</source>
        <translation>Der iCloud-Speicher des Empfängers ist voll.</translation>
    </message>
    <message>
        <source>iCloud: relay access denied</source>
        <translation>iCloud: Relay-Zugriff verweigert</translation>
    </message>
    <message>
        <source>Apple&apos;s servers will not relay this message.</source>
        <translation>Die Server von Apple leiten diese Nachricht nicht weiter.</translation>
    </message>
    <message>
        <source>Send to the recipient domain&apos;s own MX hosts.</source>
        <translation>Senden Sie an die eigenen MX-Hosts der Empfängerdomain.</translation>
    </message>
    <message>
        <source>iCloud: service unavailable</source>
        <translation>iCloud: Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>A temporary problem on Apple&apos;s side.</source>
        <translation>Ein vorübergehendes Problem bei Apple.</translation>
    </message>
    <message>
        <source>Comcast: IP blocked for spam patterns (BL000000)</source>
        <translation>Comcast: IP wegen Spammustern gesperrt (BL000000)</translation>
    </message>
    <message>
        <source>Comcast blocks the IP because its traffic looks like spam.</source>
        <translation>Comcast sperrt die IP, weil ihr Datenverkehr nach Spam aussieht.</translation>
    </message>
    <message>
        <source>Contact Comcast&apos;s postmaster after fixing the cause.</source>
        <translation>Wenden Sie sich nach Behebung der Ursache an den Postmaster von Comcast.</translation>
    </message>
    <message>
        <source>Comcast: IP on Spamhaus ZEN (BL000001)</source>
        <translation>Comcast: IP auf Spamhaus ZEN (BL000001)</translation>
    </message>
    <message>
        <source>The IP is listed on Spamhaus ZEN.</source>
        <translation>Die IP steht auf Spamhaus ZEN.</translation>
    </message>
    <message>
        <source>Get delisted at Spamhaus.</source>
        <translation>Lassen Sie sich bei Spamhaus austragen.</translation>
    </message>
    <message>
        <source>Comcast: IP on Cloudmark CSI (BL000010)</source>
        <translation>Comcast: IP auf Cloudmark CSI (BL000010)</translation>
    </message>
    <message>
        <source>The IP is listed by Cloudmark Sender Intelligence.</source>
        <translation>Die IP ist bei Cloudmark Sender Intelligence gelistet.</translation>
    </message>
    <message>
        <source>Request removal from Cloudmark.</source>
        <translation>Beantragen Sie die Austragung bei Cloudmark.</translation>
    </message>
    <message>
        <source>Comcast: IP on Spamhaus and Cloudmark (BL000011)</source>
        <translation>Comcast: IP auf Spamhaus und Cloudmark (BL000011)</translation>
    </message>
    <message>
        <source>The IP is listed on both Spamhaus ZEN and Cloudmark CSI.</source>
        <translation>Die IP steht sowohl auf Spamhaus ZEN als auch auf Cloudmark CSI.</translation>
    </message>
    <message>
        <source>Request removal from both lists.</source>
        <translation>Beantragen Sie die Austragung aus beiden Listen.</translation>
    </message>
    <message>
        <source>Comcast: IP on Comcast&apos;s block list (BL000100)</source>
        <translation>Comcast: IP auf der Sperrliste von Comcast (BL000100)</translation>
    </message>
    <message>
        <source>The IP is on Comcast&apos;s own block list.</source>
        <translation>Die IP steht auf der eigenen Sperrliste von Comcast.</translation>
    </message>
    <message>
        <source>Contact Comcast&apos;s postmaster.</source>
        <translation>Wenden Sie sich an den Postmaster von Comcast.</translation>
    </message>
    <message>
        <source>Comcast: rate limited (RL000001)</source>
        <translation>Comcast: gedrosselt (RL000001)</translation>
    </message>
    <message>
        <source>Comcast throttles the IP for sending too much too fast.</source>
        <translation>Comcast drosselt die IP, weil sie zu viel in zu kurzer Zeit sendet.</translation>
    </message>
    <message>
        <source>Comcast: too many connections (RL000010)</source>
        <translation>Comcast: zu viele Verbindungen (RL000010)</translation>
    </message>
    <message>
        <source>The IP has too many connections open to Comcast.</source>
        <translation>Die IP hat zu viele Verbindungen zu Comcast offen.</translation>
    </message>
    <message>
        <source>Comcast: DMARC rejection (DM000001)</source>
        <translation>Comcast: DMARC-Ablehnung (DM000001)</translation>
    </message>
    <message>
        <source>Comcast: not our customer</source>
        <translation>Comcast: kein Kunde von Comcast</translation>
    </message>
    <message>
        <source>The address does not exist at Comcast.</source>
        <translation>Die Adresse existiert bei Comcast nicht.</translation>
    </message>
    <message>
        <source>Comcast: mailbox unallocated</source>
        <translation>Comcast: Postfach nicht vergeben</translation>
    </message>
    <message>
        <source>The mailbox was never created or was removed.</source>
        <translation>Das Postfach wurde nie angelegt oder wurde entfernt.</translation>
    </message>
    <message>
        <source>Comcast: too many recent messages</source>
        <translation>Comcast: zu viele Nachrichten in letzter Zeit</translation>
    </message>
    <message>
        <source>Too many messages were sent recently.</source>
        <translation>In letzter Zeit wurden zu viele Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>Comcast: over quota</source>
        <translation>Comcast: Kontingent überschritten</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <translation>Das Postfach des Empfängers hat sein Kontingent überschritten.</translation>
    </message>
    <message>
        <source>Retry later; drop the address if it persists.</source>
        <translation>Versuchen Sie es später erneut; streichen Sie die Adresse, wenn das anhält.</translation>
    </message>
    <message>
        <source>AT&amp;T: IP on AT&amp;T&apos;s block list (DNSBL:RBL 521)</source>
        <translation>AT&amp;T: IP auf der Sperrliste von AT&amp;T (DNSBL:RBL 521)</translation>
    </message>
    <message>
        <source>AT&amp;T refuses the IP because it is on its DNS-based block list.</source>
        <translation>AT&amp;T weist die IP ab, weil sie auf der DNS-basierten Sperrliste von AT&amp;T steht.</translation>
    </message>
    <message>
        <source>Ask for removal at abuse_rbl@abuse-att.net after fixing the cause.</source>
        <translation>Beantragen Sie nach Behebung der Ursache die Austragung unter abuse_rbl@abuse-att.net.</translation>
    </message>
    <message>
        <source>AT&amp;T: IP on AT&amp;T&apos;s block list (DNSBL:ATTRBL 521)</source>
        <translation>AT&amp;T: IP auf der Sperrliste von AT&amp;T (DNSBL:ATTRBL 521)</translation>
    </message>
    <message>
        <source>AT&amp;T refuses the IP because it is on its own block list.</source>
        <translation>AT&amp;T weist die IP ab, weil sie auf der eigenen Sperrliste von AT&amp;T steht.</translation>
    </message>
    <message>
        <source>Ask for removal at abuse_rbl@abuse-att.net.</source>
        <translation>Beantragen Sie die Austragung unter abuse_rbl@abuse-att.net.</translation>
    </message>
    <message>
        <source>AT&amp;T: content not accepted for policy reasons (RL02)</source>
        <translation>AT&amp;T: Inhalt aus Richtliniengründen nicht angenommen (RL02)</translation>
    </message>
    <message>
        <source>AT&amp;T&apos;s filters refused the content.</source>
        <translation>Die Filter von AT&amp;T haben den Inhalt abgelehnt.</translation>
    </message>
    <message>
        <source>Spam-like content.</source>
        <translation>Spamartiger Inhalt.</translation>
    </message>
    <message>
        <source>Review the content; sign with DKIM aligned to the From domain.</source>
        <translation>Überprüfen Sie den Inhalt; signieren Sie mit DKIM passend zur From-Domain.</translation>
    </message>
    <message>
        <source>AT&amp;T: too many unknown users</source>
        <translation>AT&amp;T: zu viele unbekannte Empfänger</translation>
    </message>
    <message>
        <source>AT&amp;T defers mail because you send to many addresses that do not exist.</source>
        <translation>AT&amp;T stellt E-Mails zurück, weil Sie an viele Adressen senden, die nicht existieren.</translation>
    </message>
    <message>
        <source>Remove invalid AT&amp;T addresses from the list.</source>
        <translation>Entfernen Sie ungültige AT&amp;T-Adressen aus der Liste.</translation>
    </message>
    <message>
        <source>No reason could be determined.</source>
        <translation>Es ließ sich kein Grund bestimmen.</translation>
    </message>
    <message>
        <source>Rejected because SPF, DKIM or DMARC failed.</source>
        <translation>Abgelehnt, weil SPF, DKIM oder DMARC fehlschlug.</translation>
    </message>
    <message>
        <source>Rejected because of the sending IP address&apos;s reputation.</source>
        <translation>Abgelehnt wegen der Reputation der sendenden IP-Adresse.</translation>
    </message>
    <message>
        <source>Rejected because of the client IP address or host name (or its HELO/EHLO).</source>
        <translation>Abgelehnt wegen der IP-Adresse oder des Hostnamens des Clients (oder seines HELO/EHLO).</translation>
    </message>
    <message>
        <source>Rejected because of the message&apos;s header format or content.</source>
        <translation>Abgelehnt wegen des Kopfzeilenformats oder Inhalts der Nachricht.</translation>
    </message>
    <message>
        <source>Delivered successfully.</source>
        <translation>Erfolgreich zugestellt.</translation>
    </message>
    <message>
        <source>The message exceeded a limit, such as the recipient&apos;s size limit.</source>
        <translation>Die Nachricht hat ein Limit überschritten, etwa das Größenlimit des Empfängers.</translation>
    </message>
    <message>
        <source>Delivery gave up after the retry period.</source>
        <translation>Die Zustellung wurde nach Ablauf der Wiederholungsfrist aufgegeben.</translation>
    </message>
    <message>
        <source>Delivery failed because of a STARTTLS problem.</source>
        <translation>Die Zustellung scheiterte an einem STARTTLS-Problem.</translation>
    </message>
    <message>
        <source>Not a bounce: a complaint (feedback loop) report.</source>
        <translation>Kein Bounce: eine Beschwerdemeldung (Feedback-Loop).</translation>
    </message>
    <message>
        <source>Rejected after DATA because of the header content or a recipient-side filter.</source>
        <translation>Nach DATA abgelehnt wegen des Kopfzeileninhalts oder eines Filters beim Empfänger.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved and mail is not forwarded.</source>
        <translation>Das Postfach des Empfängers ist umgezogen, E-Mails werden nicht weitergeleitet.</translation>
    </message>
    <message>
        <source>The domain part of the recipient address does not exist.</source>
        <translation>Der Domainteil der Empfängeradresse existiert nicht.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>Das Postfach des Empfängers ist voll.</translation>
    </message>
    <message>
        <source>A local delivery program exited with an error.</source>
        <translation>Ein lokales Zustellprogramm endete mit einem Fehler.</translation>
    </message>
    <message>
        <source>The message is too big for the destination server.</source>
        <translation>Die Nachricht ist zu groß für den Zielserver.</translation>
    </message>
    <message>
        <source>The connection failed: DNS lookup failure, routing loop or another network problem.</source>
        <translation>Die Verbindung scheiterte: DNS-Fehler, Routing-Schleife oder ein anderes Netzwerkproblem.</translation>
    </message>
    <message>
        <source>Rejected with &quot;relaying denied&quot;.</source>
        <translation>Abgelehnt mit „Relaying verweigert“.</translation>
    </message>
    <message>
        <source>The destination does not accept any mail.</source>
        <translation>Das Ziel nimmt keinerlei E-Mails an.</translation>
    </message>
    <message>
        <source>Rejected for not complying with the message format standards (RFC 5322).</source>
        <translation>Abgelehnt, weil die Nachricht nicht dem Nachrichtenformat (RFC 5322) entspricht.</translation>
    </message>
    <message>
        <source>Too little information to decide.</source>
        <translation>Zu wenig Information für eine Entscheidung.</translation>
    </message>
    <message>
        <source>Rejected by a policy of the destination.</source>
        <translation>Durch eine Richtlinie des Ziels abgelehnt.</translation>
    </message>
    <message>
        <source>Rejected because of the sender (envelope MAIL FROM) address.</source>
        <translation>Abgelehnt wegen der Absenderadresse (Umschlag, MAIL FROM).</translation>
    </message>
    <message>
        <source>Rejected because the sending IP address has no valid PTR record.</source>
        <translation>Abgelehnt, weil die sendende IP-Adresse keinen gültigen PTR-Eintrag hat.</translation>
    </message>
    <message>
        <source>Rejected for a security reason, such as missing authentication.</source>
        <translation>Aus Sicherheitsgründen abgelehnt, etwa wegen fehlender Authentifizierung.</translation>
    </message>
    <message>
        <source>Rejected by the receiver&apos;s spam filter.</source>
        <translation>Vom Spamfilter des Empfängers abgelehnt.</translation>
    </message>
    <message>
        <source>Rejected for sending too fast (rate limit).</source>
        <translation>Abgelehnt wegen zu schnellen Sendens (Ratenlimit).</translation>
    </message>
    <message>
        <source>Not sent: the recipient is on the relay&apos;s suppression list.</source>
        <translation>Nicht gesendet: Der Empfänger steht auf der Sperrliste des Relays.</translation>
    </message>
    <message>
        <source>The recipient&apos;s account is suspended or disabled.</source>
        <translation>Das Konto des Empfängers ist gesperrt oder deaktiviert.</translation>
    </message>
    <message>
        <source>Rejected for a syntax error in the SMTP commands.</source>
        <translation>Abgelehnt wegen eines Syntaxfehlers in den SMTP-Befehlen.</translation>
    </message>
    <message>
        <source>A system error on the receiving host.</source>
        <translation>Ein Systemfehler auf dem empfangenden Host.</translation>
    </message>
    <message>
        <source>Refused for now: too many connections.</source>
        <translation>Vorerst abgelehnt: zu viele Verbindungen.</translation>
    </message>
    <message>
        <source>The recipient address does not exist.</source>
        <translation>Die Empfängeradresse existiert nicht.</translation>
    </message>
    <message>
        <source>Not a bounce: an automatic out-of-office reply.</source>
        <translation>Kein Bounce: eine automatische Abwesenheitsnotiz.</translation>
    </message>
    <message>
        <source>Rejected by a virus scanner.</source>
        <translation>Von einem Virenscanner abgelehnt.</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC at the receiver.</source>
        <translation>Die Nachricht hat beim Empfänger SPF, DKIM oder DMARC nicht bestanden.</translation>
    </message>
    <message>
        <source>The sending IP is not in the SPF record, or the DKIM signature is missing or broken.</source>
        <translation>Die sendende IP steht nicht im SPF-Eintrag, oder die DKIM-Signatur fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>SPF and DKIM pass only for a domain that is not aligned with the From domain.</source>
        <translation>SPF und DKIM bestehen nur für eine Domain, die nicht zur From-Domain passt.</translation>
    </message>
    <message>
        <source>Check SPF, DKIM and DMARC of the From domain and align them.</source>
        <translation>Prüfen Sie SPF, DKIM und DMARC der From-Domain und richten Sie sie aufeinander aus.</translation>
    </message>
    <message>
        <source>The receiver does not trust the sending IP address or domain enough.</source>
        <translation>Der Empfänger vertraut der sendenden IP-Adresse oder Domain nicht genug.</translation>
    </message>
    <message>
        <source>Spam complaints, spam traps, or a new IP without sending history.</source>
        <translation>Spam-Beschwerden, Spamfallen oder eine neue IP ohne Versandhistorie.</translation>
    </message>
    <message>
        <source>Slow down, send only to engaged recipients, and watch the provider&apos;s postmaster tools.</source>
        <translation>Senden Sie langsamer, nur an interessierte Empfänger, und beobachten Sie die Postmaster-Tools des Anbieters.</translation>
    </message>
    <message>
        <source>The receiver refuses the sending IP address or host name.</source>
        <translation>Der Empfänger lehnt die sendende IP-Adresse oder den Hostnamen ab.</translation>
    </message>
    <message>
        <source>The IP is on a DNS blocklist, or the host name/HELO looks dynamic or wrong.</source>
        <translation>Die IP steht auf einer DNS-Sperrliste, oder Hostname/HELO wirken dynamisch oder falsch.</translation>
    </message>
    <message>
        <source>Check the IP against blocklists, fix the cause, and request delisting.</source>
        <translation>Prüfen Sie, ob die IP auf Sperrlisten steht, beheben Sie die Ursache und beantragen Sie die Austragung.</translation>
    </message>
    <message>
        <source>The receiver could not accept the message&apos;s format or content.</source>
        <translation>Der Empfänger konnte Format oder Inhalt der Nachricht nicht annehmen.</translation>
    </message>
    <message>
        <source>Malformed headers or MIME structure, or bad encoding.</source>
        <translation>Fehlerhafte Kopfzeilen oder MIME-Struktur, oder falsche Kodierung.</translation>
    </message>
    <message>
        <source>Fix how the sending software builds the message.</source>
        <translation>Korrigieren Sie, wie die Versandsoftware die Nachricht erzeugt.</translation>
    </message>
    <message>
        <source>The message exceeded a limit set for the recipient.</source>
        <translation>Die Nachricht hat ein Limit des Empfängers überschritten.</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s limit.</source>
        <translation>Die Nachricht ist größer als das Limit des Empfängers.</translation>
    </message>
    <message>
        <source>Send a smaller message.</source>
        <translation>Senden Sie eine kleinere Nachricht.</translation>
    </message>
    <message>
        <source>The sending server gave up after retrying for its whole retry period.</source>
        <translation>Der sendende Server hat nach Ablauf seiner Wiederholungsfrist aufgegeben.</translation>
    </message>
    <message>
        <source>The destination was unreachable or kept deferring.</source>
        <translation>Das Ziel war unerreichbar oder hat immer wieder vertröstet.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX hosts; resend once they answer.</source>
        <translation>Prüfen Sie die MX-Hosts der Empfängerdomain; senden Sie erneut, sobald sie antworten.</translation>
    </message>
    <message>
        <source>Delivery failed because TLS was required but could not be used.</source>
        <translation>Die Zustellung scheiterte, weil TLS verlangt war, aber nicht genutzt werden konnte.</translation>
    </message>
    <message>
        <source>One side requires STARTTLS and the other does not offer it, or a certificate is invalid.</source>
        <translation>Eine Seite verlangt STARTTLS und die andere bietet es nicht an, oder ein Zertifikat ist ungültig.</translation>
    </message>
    <message>
        <source>Enable STARTTLS and use valid certificates.</source>
        <translation>Aktivieren Sie STARTTLS und verwenden Sie gültige Zertifikate.</translation>
    </message>
    <message>
        <source>A filter of the recipient refused the message.</source>
        <translation>Ein Filter des Empfängers hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Contact the recipient by another channel.</source>
        <translation>Kontaktieren Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>The recipient has moved and mail is not forwarded.</source>
        <translation>Der Empfänger ist umgezogen, E-Mails werden nicht weitergeleitet.</translation>
    </message>
    <message>
        <source>The person changed address.</source>
        <translation>Die Person hat ihre Adresse gewechselt.</translation>
    </message>
    <message>
        <source>Remove the address; ask for the new one.</source>
        <translation>Entfernen Sie die Adresse; fragen Sie nach der neuen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or cannot receive mail.</source>
        <translation>Die Domain des Empfängers existiert nicht oder kann keine E-Mails empfangen.</translation>
    </message>
    <message>
        <source>A typo in the domain, or the domain expired.</source>
        <translation>Ein Tippfehler in der Domain, oder die Domain ist abgelaufen.</translation>
    </message>
    <message>
        <source>Correct or remove the address.</source>
        <translation>Korrigieren oder entfernen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The recipient does not clean up, or the account is abandoned.</source>
        <translation>Der Empfänger räumt nicht auf, oder das Konto wird nicht mehr genutzt.</translation>
    </message>
    <message>
        <source>Retry later; drop the address if it stays full.</source>
        <translation>Später erneut versuchen; die Adresse streichen, wenn das Postfach voll bleibt.</translation>
    </message>
    <message>
        <source>A delivery program on the receiving host failed.</source>
        <translation>Ein Zustellprogramm auf dem empfangenden Host ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A broken local delivery or filter program.</source>
        <translation>Ein defektes lokales Zustell- oder Filterprogramm.</translation>
    </message>
    <message>
        <source>The message is too big for the receiving server.</source>
        <translation>Die Nachricht ist zu groß für den empfangenden Server.</translation>
    </message>
    <message>
        <source>A DNS or network problem stopped delivery.</source>
        <translation>Ein DNS- oder Netzwerkproblem hat die Zustellung verhindert.</translation>
    </message>
    <message>
        <source>DNS failures, unreachable hosts or a mail loop.</source>
        <translation>DNS-Fehler, unerreichbare Hosts oder eine Mail-Schleife.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s DNS and MX hosts.</source>
        <translation>Prüfen Sie DNS und MX-Hosts der Empfängerdomain.</translation>
    </message>
    <message>
        <source>The server refused to relay the message to a domain it does not serve.</source>
        <translation>Der Server hat es abgelehnt, die Nachricht an eine Domain weiterzuleiten, die er nicht bedient.</translation>
    </message>
    <message>
        <source>Wrong MX records, or sending through a server without authenticating.</source>
        <translation>Falsche MX-Einträge, oder Versand über einen Server ohne Anmeldung.</translation>
    </message>
    <message>
        <source>Check the recipient domain&apos;s MX records, or authenticate to your relay.</source>
        <translation>Prüfen Sie die MX-Einträge der Empfängerdomain oder melden Sie sich an Ihrem Relay an.</translation>
    </message>
    <message>
        <source>The destination accepts no mail at all.</source>
        <translation>Das Ziel nimmt überhaupt keine E-Mails an.</translation>
    </message>
    <message>
        <source>A null MX record or a host that never takes mail.</source>
        <translation>Ein Null-MX-Eintrag oder ein Host, der nie E-Mails annimmt.</translation>
    </message>
    <message>
        <source>The message breaks the Internet Message Format (RFC 5322).</source>
        <translation>Die Nachricht verletzt das Internet Message Format (RFC 5322).</translation>
    </message>
    <message>
        <source>Duplicate or missing required headers, such as From.</source>
        <translation>Doppelte oder fehlende Pflicht-Kopfzeilen, etwa From.</translation>
    </message>
    <message>
        <source>A policy of the receiver refused the message.</source>
        <translation>Eine Richtlinie des Empfängers hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>A forbidden attachment type, content rule or organizational policy.</source>
        <translation>Ein verbotener Anhangstyp, eine Inhaltsregel oder eine Unternehmensrichtlinie.</translation>
    </message>
    <message>
        <source>Read the text for the rule; change the message or contact the receiver.</source>
        <translation>Lesen Sie im Text, welche Regel gilt; ändern Sie die Nachricht oder kontaktieren Sie den Empfänger.</translation>
    </message>
    <message>
        <source>The receiver refused the envelope sender (MAIL FROM).</source>
        <translation>Der Empfänger hat den Umschlag-Absender (MAIL FROM) abgelehnt.</translation>
    </message>
    <message>
        <source>The sender address or its domain is invalid, unknown or blocked.</source>
        <translation>Die Absenderadresse oder ihre Domain ist ungültig, unbekannt oder gesperrt.</translation>
    </message>
    <message>
        <source>Send from a valid address whose domain has MX and SPF records.</source>
        <translation>Senden Sie von einer gültigen Adresse, deren Domain MX- und SPF-Einträge hat.</translation>
    </message>
    <message>
        <source>The sending IP address has no valid reverse DNS (PTR) record.</source>
        <translation>Die sendende IP-Adresse hat keinen gültigen Reverse-DNS-Eintrag (PTR).</translation>
    </message>
    <message>
        <source>No PTR record, or its name does not resolve back to the IP.</source>
        <translation>Kein PTR-Eintrag, oder sein Name löst nicht zur IP zurück auf.</translation>
    </message>
    <message>
        <source>Ask the IP&apos;s owner to publish a matching PTR record.</source>
        <translation>Bitten Sie den Inhaber der IP, einen passenden PTR-Eintrag zu veröffentlichen.</translation>
    </message>
    <message>
        <source>A security rule of the receiver refused the message.</source>
        <translation>Eine Sicherheitsregel des Empfängers hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Missing authentication, or a rule the server did not name.</source>
        <translation>Fehlende Authentifizierung, oder eine Regel, die der Server nicht nennt.</translation>
    </message>
    <message>
        <source>Read the text of the reply; authenticate if required.</source>
        <translation>Lesen Sie den Text der Antwort; melden Sie sich an, falls verlangt.</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter refused the message.</source>
        <translation>Der Spamfilter des Empfängers hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Spam-like content or links, or a poor sender reputation.</source>
        <translation>Spamartige Inhalte oder Links, oder eine schlechte Absender-Reputation.</translation>
    </message>
    <message>
        <source>Review content and links, authenticate, and send only wanted mail.</source>
        <translation>Prüfen Sie Inhalt und Links, authentifizieren Sie E-Mails und senden Sie nur erwünschte Post.</translation>
    </message>
    <message>
        <source>The receiver limits how fast you may send.</source>
        <translation>Der Empfänger begrenzt, wie schnell Sie senden dürfen.</translation>
    </message>
    <message>
        <source>Too many messages or recipients in a short time.</source>
        <translation>Zu viele Nachrichten oder Empfänger in kurzer Zeit.</translation>
    </message>
    <message>
        <source>Slow down; let retries run.</source>
        <translation>Senden Sie langsamer; lassen Sie die Wiederholungen laufen.</translation>
    </message>
    <message>
        <source>Your own relay did not send: the address is on its suppression list.</source>
        <translation>Ihr eigenes Relay hat nicht gesendet: Die Adresse steht auf seiner Sperrliste.</translation>
    </message>
    <message>
        <source>An earlier hard bounce or complaint from this address.</source>
        <translation>Ein früherer Hard Bounce oder eine Beschwerde dieser Adresse.</translation>
    </message>
    <message>
        <source>Remove the address, or clear it from the suppression list if it now works.</source>
        <translation>Entfernen Sie die Adresse, oder nehmen Sie sie von der Sperrliste, wenn sie wieder funktioniert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s account is disabled or suspended.</source>
        <translation>Das Konto des Empfängers ist deaktiviert oder gesperrt.</translation>
    </message>
    <message>
        <source>An abandoned or locked account.</source>
        <translation>Ein aufgegebenes oder gesperrtes Konto.</translation>
    </message>
    <message>
        <source>The receiver did not accept an SMTP command as sent.</source>
        <translation>Der Empfänger hat einen SMTP-Befehl in der gesendeten Form nicht angenommen.</translation>
    </message>
    <message>
        <source>A bug in the sending software or a malformed address.</source>
        <translation>Ein Fehler in der Versandsoftware oder eine fehlerhafte Adresse.</translation>
    </message>
    <message>
        <source>Look at the SMTP transcript and fix the command.</source>
        <translation>Sehen Sie sich das SMTP-Protokoll an und korrigieren Sie den Befehl.</translation>
    </message>
    <message>
        <source>The receiving system had an error of its own.</source>
        <translation>Das empfangende System hatte einen eigenen Fehler.</translation>
    </message>
    <message>
        <source>A failure or misconfiguration at the receiver.</source>
        <translation>Ein Ausfall oder eine Fehlkonfiguration beim Empfänger.</translation>
    </message>
    <message>
        <source>Retry later; tell the receiving postmaster if it lasts.</source>
        <translation>Später erneut versuchen; den Postmaster des Empfängers informieren, wenn es anhält.</translation>
    </message>
    <message>
        <source>The receiving system is out of storage.</source>
        <translation>Das empfangende System hat keinen Speicherplatz mehr.</translation>
    </message>
    <message>
        <source>A full disk at the receiver.</source>
        <translation>Eine volle Festplatte beim Empfänger.</translation>
    </message>
    <message>
        <source>The receiver refused because you have too many connections open.</source>
        <translation>Der Empfänger lehnt ab, weil Sie zu viele Verbindungen offen haben.</translation>
    </message>
    <message>
        <source>Too many parallel connections from your servers.</source>
        <translation>Zu viele parallele Verbindungen Ihrer Server.</translation>
    </message>
    <message>
        <source>Lower the number of concurrent connections.</source>
        <translation>Verringern Sie die Zahl gleichzeitiger Verbindungen.</translation>
    </message>
    <message>
        <source>A typo, or a deleted account.</source>
        <translation>Ein Tippfehler oder ein gelöschtes Konto.</translation>
    </message>
    <message>
        <source>The receiver&apos;s virus scanner refused the message.</source>
        <translation>Der Virenscanner des Empfängers hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>An infected or suspicious attachment.</source>
        <translation>Ein infizierter oder verdächtiger Anhang.</translation>
    </message>
    <message>
        <source>Scan the sending system; do not send executable attachments.</source>
        <translation>Prüfen Sie das sendende System auf Schadsoftware; senden Sie keine ausführbaren Anhänge.</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>Systemstatus</translation>
    </message>
    <message>
        <source>Informational reply to a status request; not an error.</source>
        <translation>Informative Antwort auf eine Statusanfrage; kein Fehler.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>Reply to HELP, meant for humans; not an error.</source>
        <translation>Antwort auf HELP, für Menschen gedacht; kein Fehler.</translation>
    </message>
    <message>
        <source>Service ready</source>
        <translation>Dienst bereit</translation>
    </message>
    <message>
        <source>The server greets the client and is ready to talk SMTP.</source>
        <translation>Der Server begrüßt den Client und ist bereit für SMTP.</translation>
    </message>
    <message>
        <source>Closing connection</source>
        <translation>Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>The server closes the connection normally, usually after QUIT.</source>
        <translation>Der Server schließt die Verbindung regulär, meist nach QUIT.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <translation>Authentifizierung erfolgreich</translation>
    </message>
    <message>
        <source>The client logged in with SMTP AUTH (RFC 4954).</source>
        <translation>Der Client hat sich per SMTP AUTH angemeldet (RFC 4954).</translation>
    </message>
    <message>
        <source>Requested action completed</source>
        <translation>Angeforderte Aktion ausgeführt</translation>
    </message>
    <message>
        <source>The command was accepted; after the final dot of DATA it means the message was accepted.</source>
        <translation>Der Befehl wurde angenommen; nach dem abschließenden Punkt von DATA heißt das, die Nachricht wurde angenommen.</translation>
    </message>
    <message>
        <source>User not local; will forward</source>
        <translation>Empfänger nicht lokal; wird weitergeleitet</translation>
    </message>
    <message>
        <source>The recipient lives elsewhere and the server forwards the message.</source>
        <translation>Der Empfänger ist anderswo, und der Server leitet die Nachricht weiter.</translation>
    </message>
    <message>
        <source>Cannot verify user, will try delivery</source>
        <translation>Empfänger nicht prüfbar, Zustellung wird versucht</translation>
    </message>
    <message>
        <source>The server does not confirm the address (VRFY) but accepts the message.</source>
        <translation>Der Server bestätigt die Adresse nicht (VRFY), nimmt die Nachricht aber an.</translation>
    </message>
    <message>
        <source>Authentication challenge</source>
        <translation>Authentifizierungs-Challenge</translation>
    </message>
    <message>
        <source>The server waits for the next step of the SMTP AUTH exchange.</source>
        <translation>Der Server wartet auf den nächsten Schritt des SMTP-AUTH-Austauschs.</translation>
    </message>
    <message>
        <source>Start mail input</source>
        <translation>Beginn der Nachrichteneingabe</translation>
    </message>
    <message>
        <source>The server waits for the message text after DATA, ended by a line with a single dot.</source>
        <translation>Der Server erwartet nach DATA den Nachrichtentext, beendet durch eine Zeile mit einem einzelnen Punkt.</translation>
    </message>
    <message>
        <source>Service not available, closing channel</source>
        <translation>Dienst nicht verfügbar, Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>The server closes the connection for now: it is shutting down, overloaded, or limiting this client.</source>
        <translation>Der Server schließt die Verbindung vorerst: Er fährt herunter, ist überlastet oder bremst diesen Client.</translation>
    </message>
    <message>
        <source>The server is busy or in maintenance.</source>
        <translation>Der Server ist ausgelastet oder wird gewartet.</translation>
    </message>
    <message>
        <source>The sending IP sends too fast or has a poor reputation and is being throttled.</source>
        <translation>Die sendende IP sendet zu schnell oder hat eine schlechte Reputation und wird gedrosselt.</translation>
    </message>
    <message>
        <source>Let your server retry; it will do so automatically.</source>
        <translation>Lassen Sie Ihren Server die Zustellung wiederholen; das geschieht automatisch.</translation>
    </message>
    <message>
        <source>If it keeps happening, lower the sending rate and check the IP&apos;s reputation.</source>
        <translation>Tritt es immer wieder auf, senken Sie die Senderate und prüfen Sie die Reputation der IP.</translation>
    </message>
    <message>
        <source>Recipient mailbox over its limit</source>
        <translation>Empfängerpostfach über dem Limit</translation>
    </message>
    <message>
        <source>A non-standard reply some servers use when the recipient&apos;s mailbox is over its storage limit.</source>
        <translation>Nicht standardisierte Antwort einiger Server, wenn das Postfach des Empfängers sein Speicherlimit überschritten hat.</translation>
    </message>
    <message>
        <source>The recipient has not emptied the mailbox.</source>
        <translation>Der Empfänger hat sein Postfach nicht geleert.</translation>
    </message>
    <message>
        <source>Retry later; tell the recipient by another channel if it persists.</source>
        <translation>Versuchen Sie es später erneut; hält es an, informieren Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>Receiving server out of storage</source>
        <translation>Empfangender Server ohne Speicherplatz</translation>
    </message>
    <message>
        <source>A non-standard reply: the receiving server is short of disk space or memory.</source>
        <translation>Nicht standardisierte Antwort: Dem empfangenden Server fehlt Speicher- oder Arbeitsspeicherplatz.</translation>
    </message>
    <message>
        <source>Retry later; the receiving side has to fix it.</source>
        <translation>Versuchen Sie es später erneut; die Empfängerseite muss das Problem beheben.</translation>
    </message>
    <message>
        <source>Password transition needed / queue stopped</source>
        <translation>Passwortumstellung nötig / Warteschlange angehalten</translation>
    </message>
    <message>
        <source>Used by RFC 4954 for a needed password transition; Exchange also uses it when a queue is stopped.</source>
        <translation>Laut RFC 4954 für eine nötige Passwortumstellung; Exchange nutzt sie auch bei angehaltener Warteschlange.</translation>
    </message>
    <message>
        <source>Authentication needs a password change.</source>
        <translation>Für die Authentifizierung ist eine Passwortänderung nötig.</translation>
    </message>
    <message>
        <source>The receiving Exchange queue is paused.</source>
        <translation>Die Exchange-Warteschlange des Empfängers ist angehalten.</translation>
    </message>
    <message>
        <source>Log in once with the plain mechanism or change the password; otherwise retry later.</source>
        <translation>Melden Sie sich einmal mit dem PLAIN-Verfahren an oder ändern Sie das Passwort; sonst versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No answer from the recipient&apos;s server</source>
        <translation>Keine Antwort vom Server des Empfängers</translation>
    </message>
    <message>
        <source>A non-standard reply: the next server did not answer.</source>
        <translation>Nicht standardisierte Antwort: Der nächste Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The receiving server is down or unreachable.</source>
        <translation>Der empfangende Server ist ausgefallen oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>A non-standard reply: the connection broke during the transfer.</source>
        <translation>Nicht standardisierte Antwort: Die Verbindung brach während der Übertragung ab.</translation>
    </message>
    <message>
        <source>Network trouble between the servers.</source>
        <translation>Netzwerkprobleme zwischen den Servern.</translation>
    </message>
    <message>
        <source>Retry; check for network problems if it repeats.</source>
        <translation>Versuchen Sie es erneut; prüfen Sie bei Wiederholung auf Netzwerkprobleme.</translation>
    </message>
    <message>
        <source>Mailbox unavailable (temporary)</source>
        <translation>Postfach nicht verfügbar (vorübergehend)</translation>
    </message>
    <message>
        <source>The action was not taken for now: the mailbox is busy, locked, or the server uses greylisting.</source>
        <translation>Die Aktion wurde vorerst nicht ausgeführt: Das Postfach ist belegt oder gesperrt, oder der Server nutzt Greylisting.</translation>
    </message>
    <message>
        <source>Greylisting: the first attempt from an unknown sender is deferred.</source>
        <translation>Greylisting: Der erste Versuch eines unbekannten Absenders wird zurückgestellt.</translation>
    </message>
    <message>
        <source>The mailbox is locked or temporarily blocked.</source>
        <translation>Das Postfach ist gesperrt oder vorübergehend blockiert.</translation>
    </message>
    <message>
        <source>The recipient receives mail too fast.</source>
        <translation>Der Empfänger bekommt zu schnell E-Mails.</translation>
    </message>
    <message>
        <source>Let your server retry after a few minutes; greylisting accepts the retry.</source>
        <translation>Lassen Sie Ihren Server nach einigen Minuten erneut zustellen; Greylisting nimmt den Wiederholungsversuch an.</translation>
    </message>
    <message>
        <source>Local error in processing</source>
        <translation>Lokaler Verarbeitungsfehler</translation>
    </message>
    <message>
        <source>The server aborted the action because of a temporary problem on its side.</source>
        <translation>Der Server hat die Aktion wegen eines vorübergehenden Problems auf seiner Seite abgebrochen.</translation>
    </message>
    <message>
        <source>A temporary server, DNS or content-filter problem at the receiver.</source>
        <translation>Ein vorübergehendes Problem mit Server, DNS oder Inhaltsfilter beim Empfänger.</translation>
    </message>
    <message>
        <source>Greylisting or a temporary policy check.</source>
        <translation>Greylisting oder eine vorübergehende Richtlinienprüfung.</translation>
    </message>
    <message>
        <source>Retry later; if it lasts for days, contact the receiving postmaster.</source>
        <translation>Versuchen Sie es später erneut; dauert es Tage, wenden Sie sich an den Postmaster des Empfängers.</translation>
    </message>
    <message>
        <source>Insufficient system storage</source>
        <translation>Unzureichender Systemspeicher</translation>
    </message>
    <message>
        <source>The action was not taken because of a lack of storage, or too many recipients in one transaction.</source>
        <translation>Die Aktion wurde wegen Speichermangels oder zu vieler Empfänger in einer Transaktion nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox or the server is full.</source>
        <translation>Das Postfach des Empfängers oder der Server ist voll.</translation>
    </message>
    <message>
        <source>Too many RCPT TO commands in one transaction.</source>
        <translation>Zu viele Empfänger (Befehle RCPT TO) in einer Transaktion.</translation>
    </message>
    <message>
        <source>Retry later, with fewer recipients per message.</source>
        <translation>Versuchen Sie es später erneut, mit weniger Empfängern pro Nachricht.</translation>
    </message>
    <message>
        <source>System not accepting messages</source>
        <translation>System nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>A non-standard reply: the system does not accept messages right now.</source>
        <translation>Nicht standardisierte Antwort: Das System nimmt gerade keine Nachrichten an.</translation>
    </message>
    <message>
        <source>TLS or authentication temporarily unavailable</source>
        <translation>TLS oder Authentifizierung vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>TLS is not available for now (RFC 3207) or authentication failed temporarily (RFC 4954).</source>
        <translation>TLS ist vorerst nicht verfügbar (RFC 3207) oder die Authentifizierung schlug vorübergehend fehl (RFC 4954).</translation>
    </message>
    <message>
        <source>A problem with the receiving server&apos;s TLS setup or its authentication back end.</source>
        <translation>Ein Problem mit der TLS-Einrichtung des empfangenden Servers oder seinem Authentifizierungs-Backend.</translation>
    </message>
    <message>
        <source>Retry later; check the TLS configuration on both sides if it persists.</source>
        <translation>Versuchen Sie es später erneut; hält es an, prüfen Sie die TLS-Konfiguration auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <translation>Server kann die Parameter nicht verarbeiten</translation>
    </message>
    <message>
        <source>The server cannot handle the MAIL or RCPT parameters now (RFC 5321).</source>
        <translation>Der Server kann die MAIL- oder RCPT-Parameter derzeit nicht verarbeiten (RFC 5321).</translation>
    </message>
    <message>
        <source>Retry later or without the optional parameters.</source>
        <translation>Versuchen Sie es später erneut oder ohne die optionalen Parameter.</translation>
    </message>
    <message>
        <source>Unable to queue messages</source>
        <translation>Nachrichten können nicht eingereiht werden</translation>
    </message>
    <message>
        <source>A non-standard reply (ETRN): the node cannot queue messages right now.</source>
        <translation>Nicht standardisierte Antwort (ETRN): Der Knoten kann gerade keine Nachrichten einreihen.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <translation>Syntaxfehler, Befehl nicht erkannt</translation>
    </message>
    <message>
        <source>The server did not understand the command, or the line was too long.</source>
        <translation>Der Server hat den Befehl nicht verstanden, oder die Zeile war zu lang.</translation>
    </message>
    <message>
        <source>A bug or misconfiguration in the sending software.</source>
        <translation>Ein Fehler oder eine Fehlkonfiguration in der Versandsoftware.</translation>
    </message>
    <message>
        <source>A middlebox (firewall) altered the SMTP dialogue.</source>
        <translation>Ein zwischengeschaltetes Gerät (Firewall) hat den SMTP-Dialog verändert.</translation>
    </message>
    <message>
        <source>Fix the sending software; look at the SMTP transcript.</source>
        <translation>Korrigieren Sie die Versandsoftware; sehen Sie sich den Mitschnitt des SMTP-Dialogs an.</translation>
    </message>
    <message>
        <source>Syntax error in parameters</source>
        <translation>Syntaxfehler in den Parametern</translation>
    </message>
    <message>
        <source>The command was understood but its arguments are malformed, often an invalid address.</source>
        <translation>Der Befehl wurde verstanden, aber seine Argumente sind fehlerhaft, oft eine ungültige Adresse.</translation>
    </message>
    <message>
        <source>A malformed address in MAIL FROM or RCPT TO.</source>
        <translation>Eine fehlerhafte Adresse in MAIL FROM oder RCPT TO.</translation>
    </message>
    <message>
        <source>A bad HELO argument.</source>
        <translation>Ein ungültiges HELO-Argument.</translation>
    </message>
    <message>
        <source>Correct the address or argument.</source>
        <translation>Korrigieren Sie die Adresse oder das Argument.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Befehl nicht implementiert</translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <translation>Der Server unterstützt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>Do not use this command with this server.</source>
        <translation>Verwenden Sie diesen Befehl bei diesem Server nicht.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Falsche Befehlsreihenfolge</translation>
    </message>
    <message>
        <source>The commands came in the wrong order, for example RCPT before MAIL or AUTH required first.</source>
        <translation>Die Befehle kamen in falscher Reihenfolge, z. B. RCPT vor MAIL, oder AUTH war zuerst nötig.</translation>
    </message>
    <message>
        <source>The client skipped a step such as authentication or MAIL FROM.</source>
        <translation>Der Client hat einen Schritt wie die Authentifizierung oder MAIL FROM übersprungen.</translation>
    </message>
    <message>
        <source>Fix the sending software or authenticate first.</source>
        <translation>Korrigieren Sie die Versandsoftware oder authentifizieren Sie sich zuerst.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <translation>Befehlsparameter nicht implementiert</translation>
    </message>
    <message>
        <source>A parameter of the command is not supported.</source>
        <translation>Ein Parameter des Befehls wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Send the command without this parameter.</source>
        <translation>Senden Sie den Befehl ohne diesen Parameter.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <translation>Host nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The server never accepts mail (RFC 7504).</source>
        <translation>Der Server nimmt grundsätzlich keine E-Mails an (RFC 7504).</translation>
    </message>
    <message>
        <source>The domain or host is not meant to receive email.</source>
        <translation>Die Domain oder der Host ist nicht für den Empfang von E-Mails vorgesehen.</translation>
    </message>
    <message>
        <source>Remove the address; mail to this host will never be delivered.</source>
        <translation>Entfernen Sie die Adresse; E-Mails an diesen Host werden nie zugestellt.</translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection (RFC 5248).</source>
        <translation>Die Authentifizierung erfordert eine verschlüsselte Verbindung (RFC 5248).</translation>
    </message>
    <message>
        <source>Use STARTTLS before authenticating.</source>
        <translation>Verwenden Sie STARTTLS vor der Authentifizierung.</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>The server requires SMTP authentication (or TLS) before this command.</source>
        <translation>Der Server verlangt vor diesem Befehl SMTP-Authentifizierung (oder TLS).</translation>
    </message>
    <message>
        <source>The client did not log in before sending.</source>
        <translation>Der Client hat sich vor dem Senden nicht angemeldet.</translation>
    </message>
    <message>
        <source>The relay requires TLS first.</source>
        <translation>Das Relay verlangt zuerst TLS.</translation>
    </message>
    <message>
        <source>Configure the client to authenticate (and use TLS).</source>
        <translation>Richten Sie den Client so ein, dass er sich authentifiziert (und TLS verwendet).</translation>
    </message>
    <message>
        <source>Authentication mechanism too weak</source>
        <translation>Authentifizierungsverfahren zu schwach</translation>
    </message>
    <message>
        <source>The chosen authentication mechanism is weaker than the server permits (RFC 4954).</source>
        <translation>Das gewählte Authentifizierungsverfahren ist schwächer, als der Server erlaubt (RFC 4954).</translation>
    </message>
    <message>
        <source>Use a stronger mechanism, e.g. over TLS or OAuth.</source>
        <translation>Verwenden Sie ein stärkeres Verfahren, z. B. über TLS oder OAuth.</translation>
    </message>
    <message>
        <source>The user name or password was rejected (RFC 4954).</source>
        <translation>Benutzername oder Passwort wurden abgelehnt (RFC 4954).</translation>
    </message>
    <message>
        <source>Wrong password, or the account needs an app password or OAuth.</source>
        <translation>Falsches Passwort, oder das Konto braucht ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <source>Check the credentials configured in the sending software.</source>
        <translation>Prüfen Sie die in der Versandsoftware eingetragenen Zugangsdaten.</translation>
    </message>
    <message>
        <source>Encryption required for authentication mechanism</source>
        <translation>Verschlüsselung für dieses Authentifizierungsverfahren erforderlich</translation>
    </message>
    <message>
        <source>This mechanism may only be used over an encrypted connection (RFC 4954).</source>
        <translation>Dieses Verfahren darf nur über eine verschlüsselte Verbindung genutzt werden (RFC 4954).</translation>
    </message>
    <message>
        <source>Rejected by policy</source>
        <translation>Durch Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>A non-standard reply some filters use when they refuse the message by policy or as spam.</source>
        <translation>Nicht standardisierte Antwort mancher Filter, wenn sie die Nachricht per Richtlinie oder als Spam ablehnen.</translation>
    </message>
    <message>
        <source>Content or sender reputation triggered a filter.</source>
        <translation>Inhalt oder Reputation des Absenders haben einen Filter ausgelöst.</translation>
    </message>
    <message>
        <source>Read the text of the reply; review content and reputation.</source>
        <translation>Lesen Sie den Text der Antwort; überprüfen Sie Inhalt und Reputation.</translation>
    </message>
    <message>
        <source>Mailbox unavailable / rejected</source>
        <translation>Postfach nicht verfügbar / abgelehnt</translation>
    </message>
    <message>
        <source>The action was not taken: the mailbox does not exist, or the message was refused by policy.</source>
        <translation>Die Aktion wurde nicht ausgeführt: Das Postfach existiert nicht, oder die Nachricht wurde per Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <source>The address does not exist.</source>
        <translation>Die Adresse existiert nicht.</translation>
    </message>
    <message>
        <source>A policy, spam or authentication rule refused the message.</source>
        <translation>Eine Richtlinie, ein Spamfilter oder eine Authentifizierungsregel hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Read the text and the enhanced code to know which; remove addresses that do not exist.</source>
        <translation>Welche es war, zeigen der Text und der erweiterte Statuscode; entfernen Sie Adressen, die nicht existieren.</translation>
    </message>
    <message>
        <source>User not local</source>
        <translation>Empfänger nicht lokal</translation>
    </message>
    <message>
        <source>The recipient is not on this server; the server may name another address to try.</source>
        <translation>Der Empfänger ist nicht auf diesem Server; der Server nennt eventuell eine andere Adresse.</translation>
    </message>
    <message>
        <source>Use the address given in the reply, if any.</source>
        <translation>Verwenden Sie die in der Antwort genannte Adresse, falls vorhanden.</translation>
    </message>
    <message>
        <source>Exceeded storage allocation</source>
        <translation>Speicherzuteilung überschritten</translation>
    </message>
    <message>
        <source>The action was aborted because a storage or size limit was exceeded.</source>
        <translation>Die Aktion wurde abgebrochen, weil ein Speicher- oder Größenlimit überschritten wurde.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>Die Nachricht ist zu groß.</translation>
    </message>
    <message>
        <source>Send a smaller message, or retry after the recipient frees space.</source>
        <translation>Senden Sie eine kleinere Nachricht oder versuchen Sie es erneut, wenn der Empfänger Platz geschaffen hat.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed</source>
        <translation>Postfachname nicht erlaubt</translation>
    </message>
    <message>
        <source>The address is not acceptable, often a syntax error or a refused sender.</source>
        <translation>Die Adresse ist nicht akzeptabel, oft ein Syntaxfehler oder ein abgelehnter Absender.</translation>
    </message>
    <message>
        <source>A malformed address.</source>
        <translation>Eine fehlerhafte Adresse.</translation>
    </message>
    <message>
        <source>The server refuses this sender or recipient name.</source>
        <translation>Der Server lehnt diesen Absender- oder Empfängernamen ab.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Transaktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>The transaction failed; often a refusal by policy or spam filter, or no valid recipients.</source>
        <translation>Die Transaktion schlug fehl; oft eine Ablehnung durch Richtlinie oder Spamfilter, oder es gab keine gültigen Empfänger.</translation>
    </message>
    <message>
        <source>The message or the sending IP was judged as spam.</source>
        <translation>Die Nachricht oder die sendende IP wurde als Spam eingestuft.</translation>
    </message>
    <message>
        <source>A policy of the receiver refused it.</source>
        <translation>Eine Richtlinie des Empfängers hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Read the text of the reply; check blocklists and content.</source>
        <translation>Lesen Sie den Text der Antwort; prüfen Sie Sperrlisten und Inhalt.</translation>
    </message>
    <message>
        <source>MAIL/RCPT parameters not recognized</source>
        <translation>MAIL/RCPT-Parameter nicht erkannt</translation>
    </message>
    <message>
        <source>A parameter of MAIL FROM or RCPT TO is not recognized or not implemented (RFC 5321).</source>
        <translation>Ein Parameter von MAIL FROM oder RCPT TO wird nicht erkannt oder ist nicht implementiert (RFC 5321).</translation>
    </message>
    <message>
        <source>Send without the unsupported parameter.</source>
        <translation>Senden Sie ohne den nicht unterstützten Parameter.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail, typically because it publishes a null MX (RFC 7504, RFC 7505).</source>
        <translation>Die Domain des Empfängers nimmt keine E-Mails an, meist weil sie einen Null-MX veröffentlicht (RFC 7504, RFC 7505).</translation>
    </message>
    <message>
        <source>The domain has a null MX record.</source>
        <translation>Die Domain hat einen Null-MX-Eintrag.</translation>
    </message>
    <message>
        <source>Remove the address; the domain receives no email.</source>
        <translation>Entfernen Sie die Adresse; die Domain empfängt keine E-Mails.</translation>
    </message>
    <message>
        <source>Gmail limits or blocks mail from your IP because an unusual share of it is unwanted.</source>
        <translation>Gmail drosselt oder sperrt E-Mails von Ihrer IP, weil ungewöhnlich viele davon unerwünscht sind.</translation>
    </message>
    <message>
        <source>Spam-like sending or complaints from this IP.</source>
        <translation>Spamartiger Versand oder Beschwerden über diese IP.</translation>
    </message>
    <message>
        <source>Slow down, clean the list, and check Postmaster Tools.</source>
        <translation>Senden Sie langsamer, bereinigen Sie die Liste und prüfen Sie die Postmaster Tools.</translation>
    </message>
    <message>
        <source>Gmail: unusual rate of mail</source>
        <translation>Gmail: ungewöhnlich hohe Sendemenge</translation>
    </message>
    <message>
        <source>Gmail rate-limits mail from your IP, network, DKIM or SPF domain after an unusual rate of mail.</source>
        <translation>Gmail drosselt E-Mails von Ihrer IP, Ihrem Netz oder Ihrer DKIM- oder SPF-Domain nach einer ungewöhnlich hohen Sendemenge.</translation>
    </message>
    <message>
        <source>A sudden rise in volume.</source>
        <translation>Ein plötzlicher Anstieg der Menge.</translation>
    </message>
    <message>
        <source>Slow down and spread the volume over time.</source>
        <translation>Senden Sie langsamer und verteilen Sie die Menge über die Zeit.</translation>
    </message>
    <message>
        <source>Gmail: try again later, closing connection</source>
        <translation>Gmail: später erneut versuchen, Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>Gmail closed the connection at the start of the session, usually as protection against overload or abuse.</source>
        <translation>Gmail hat die Verbindung zu Beginn der Sitzung geschlossen, meist zum Schutz vor Überlastung oder Missbrauch.</translation>
    </message>
    <message>
        <source>Too many connections or a denial-of-service guard at HELO.</source>
        <translation>Zu viele Verbindungen oder ein Schutz gegen Denial-of-Service beim HELO.</translation>
    </message>
    <message>
        <source>Let your server retry later.</source>
        <translation>Lassen Sie Ihren Server es später erneut versuchen.</translation>
    </message>
    <message>
        <source>Gmail: invalid HELO/EHLO</source>
        <translation>Gmail: ungültiges HELO/EHLO</translation>
    </message>
    <message>
        <source>The HELO/EHLO name sent by your server is empty or invalid.</source>
        <translation>Der HELO/EHLO-Name Ihres Servers ist leer oder ungültig.</translation>
    </message>
    <message>
        <source>A misconfigured host name on the sending server.</source>
        <translation>Ein falsch eingerichteter Hostname auf dem sendenden Server.</translation>
    </message>
    <message>
        <source>Send a fully qualified host name in HELO/EHLO.</source>
        <translation>Senden Sie in HELO/EHLO einen vollqualifizierten Hostnamen.</translation>
    </message>
    <message>
        <source>Gmail: authentication checks failed</source>
        <translation>Gmail: Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message has no authentication information or fails SPF and DKIM.</source>
        <translation>Die Nachricht hat keine Authentifizierungsangaben oder fällt bei SPF und DKIM durch.</translation>
    </message>
    <message>
        <source>SPF and DKIM are missing or fail.</source>
        <translation>SPF und DKIM fehlen oder schlagen fehl.</translation>
    </message>
    <message>
        <source>Google Workspace: mail relay denied</source>
        <translation>Google Workspace: Mail-Relay verweigert</translation>
    </message>
    <message>
        <source>The SMTP relay refused your IP or domain: it is not registered for the Workspace account.</source>
        <translation>Das SMTP-Relay hat Ihre IP oder Domain abgewiesen: Sie ist für das Workspace-Konto nicht registriert.</translation>
    </message>
    <message>
        <source>The sending IP is not in the SMTP relay settings.</source>
        <translation>Die sendende IP steht nicht in den Einstellungen des SMTP-Relays.</translation>
    </message>
    <message>
        <source>Register the IP or authenticate in the Workspace SMTP relay settings.</source>
        <translation>Registrieren Sie die IP oder authentifizieren Sie sich in den Einstellungen des Workspace-SMTP-Relays.</translation>
    </message>
    <message>
        <source>Google Workspace: invalid credentials for relay</source>
        <translation>Google Workspace: ungültige Zugangsdaten für das Relay</translation>
    </message>
    <message>
        <source>The relay IP does not match the sending domain of the account.</source>
        <translation>Die IP am Relay passt nicht zur sendenden Domain des Kontos.</translation>
    </message>
    <message>
        <source>Relaying for a domain not in the Workspace account.</source>
        <translation>Relaying für eine Domain, die nicht zum Workspace-Konto gehört.</translation>
    </message>
    <message>
        <source>Use SMTP AUTH or present one of your domains in HELO.</source>
        <translation>Verwenden Sie SMTP AUTH oder nennen Sie in HELO eine Ihrer Domains.</translation>
    </message>
    <message>
        <source>Gmail: IP not authorized to send directly</source>
        <translation>Gmail: IP darf nicht direkt senden</translation>
    </message>
    <message>
        <source>Gmail does not accept direct mail from this IP (e.g. a dynamic address).</source>
        <translation>Gmail nimmt von dieser IP (z. B. einer dynamischen Adresse) keine direkt zugestellten E-Mails an.</translation>
    </message>
    <message>
        <source>Sending from a consumer or dynamic IP.</source>
        <translation>Versand von einer Endkunden- oder dynamischen IP.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s SMTP relay.</source>
        <translation>Senden Sie über das SMTP-Relay Ihres Providers.</translation>
    </message>
    <message>
        <source>Google Workspace: prohibited by a domain policy</source>
        <translation>Google Workspace: durch eine Domainrichtlinie untersagt</translation>
    </message>
    <message>
        <source>A policy of the recipient&apos;s (or your own) Workspace domain prohibits this mail.</source>
        <translation>Eine Richtlinie der Workspace-Domain des Empfängers (oder Ihrer eigenen) untersagt diese E-Mail.</translation>
    </message>
    <message>
        <source>A compliance or content rule of the domain.</source>
        <translation>Eine Compliance- oder Inhaltsregel der Domain.</translation>
    </message>
    <message>
        <source>Ask the domain administrator which rule applies.</source>
        <translation>Fragen Sie den Administrator der Domain, welche Regel greift.</translation>
    </message>
    <message>
        <source>Gmail: illegal attachment</source>
        <translation>Gmail: unzulässiger Anhang</translation>
    </message>
    <message>
        <source>Gmail blocked an attachment type it does not accept.</source>
        <translation>Gmail hat einen Anhangstyp gesperrt, den es nicht annimmt.</translation>
    </message>
    <message>
        <source>An executable or archive containing one.</source>
        <translation>Eine ausführbare Datei oder ein Archiv, das eine enthält.</translation>
    </message>
    <message>
        <source>Gmail: too many messages with the same Message-ID</source>
        <translation>Gmail: zu viele Nachrichten mit derselben Message-ID</translation>
    </message>
    <message>
        <source>Gmail deferred the message because many messages share its Message-ID.</source>
        <translation>Gmail hat die Nachricht zurückgestellt, weil viele Nachrichten ihre Message-ID teilen.</translation>
    </message>
    <message>
        <source>The sending software reuses Message-IDs.</source>
        <translation>Die Versandsoftware verwendet Message-IDs mehrfach.</translation>
    </message>
    <message>
        <source>Give every message a unique Message-ID.</source>
        <translation>Geben Sie jeder Nachricht eine eindeutige Message-ID.</translation>
    </message>
    <message>
        <source>Google Workspace: mail sending denied</source>
        <translation>Google Workspace: Versand verweigert</translation>
    </message>
    <message>
        <source>The sender account is disabled or not registered in the Workspace domain.</source>
        <translation>Das Absenderkonto ist deaktiviert oder in der Workspace-Domain nicht registriert.</translation>
    </message>
    <message>
        <source>Use an active account of the Workspace domain.</source>
        <translation>Verwenden Sie ein aktives Konto der Workspace-Domain.</translation>
    </message>
    <message>
        <source>Gmail: IPv6 sending guidelines not met</source>
        <translation>Gmail: IPv6-Versandrichtlinien nicht erfüllt</translation>
    </message>
    <message>
        <source>Mail over IPv6 needs a PTR record and SPF or DKIM authentication.</source>
        <translation>E-Mail über IPv6 braucht einen PTR-Eintrag und eine Authentifizierung mit SPF oder DKIM.</translation>
    </message>
    <message>
        <source>No PTR for the IPv6 address, or no authentication.</source>
        <translation>Kein PTR für die IPv6-Adresse oder keine Authentifizierung.</translation>
    </message>
    <message>
        <source>Publish a PTR record for the IPv6 address and authenticate mail.</source>
        <translation>Veröffentlichen Sie einen PTR-Eintrag für die IPv6-Adresse und authentifizieren Sie Ihre E-Mails.</translation>
    </message>
    <message>
        <source>Gmail: too many login attempts</source>
        <translation>Gmail: zu viele Anmeldeversuche</translation>
    </message>
    <message>
        <source>Too many failed logins; authentication is paused.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen; die Authentifizierung ist pausiert.</translation>
    </message>
    <message>
        <source>Wait, then log in with correct credentials.</source>
        <translation>Warten Sie und melden Sie sich dann mit den richtigen Zugangsdaten an.</translation>
    </message>
    <message>
        <source>Gmail: app password required</source>
        <translation>Gmail: App-Passwort erforderlich</translation>
    </message>
    <message>
        <source>The account has 2-step verification and needs an app password or OAuth.</source>
        <translation>Das Konto nutzt die Bestätigung in zwei Schritten und braucht ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <source>Create an app password or use OAuth.</source>
        <translation>Erstellen Sie ein App-Passwort oder verwenden Sie OAuth.</translation>
    </message>
    <message>
        <source>Gmail: user name and password not accepted</source>
        <translation>Gmail: Benutzername und Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>The login credentials were rejected.</source>
        <translation>Die Zugangsdaten wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Check the credentials.</source>
        <translation>Prüfen Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>Gmail: log in with a web browser first</source>
        <translation>Gmail: zuerst im Webbrowser anmelden</translation>
    </message>
    <message>
        <source>Google wants an interactive login before accepting SMTP logins.</source>
        <translation>Google verlangt eine interaktive Anmeldung, bevor es SMTP-Anmeldungen annimmt.</translation>
    </message>
    <message>
        <source>Log in through the web and retry.</source>
        <translation>Melden Sie sich im Web an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Gmail: SMTP protocol violation</source>
        <translation>Gmail: Verstoß gegen das SMTP-Protokoll</translation>
    </message>
    <message>
        <source>The client broke the SMTP protocol, e.g. pipelining after STARTTLS.</source>
        <translation>Der Client hat gegen das SMTP-Protokoll verstoßen, z. B. durch Pipelining nach STARTTLS.</translation>
    </message>
    <message>
        <source>Fix the SMTP client.</source>
        <translation>Korrigieren Sie den SMTP-Client.</translation>
    </message>
    <message>
        <source>Gmail: temporary system problem</source>
        <translation>Gmail: vorübergehendes Systemproblem</translation>
    </message>
    <message>
        <source>A temporary problem at Google.</source>
        <translation>Ein vorübergehendes Problem bei Google.</translation>
    </message>
    <message>
        <source>Gmail: connection expired</source>
        <translation>Gmail: Verbindung abgelaufen</translation>
    </message>
    <message>
        <source>The SMTP connection stayed idle too long.</source>
        <translation>Die SMTP-Verbindung war zu lange untätig.</translation>
    </message>
    <message>
        <source>Reconnect and retry.</source>
        <translation>Verbinden Sie sich neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Gmail: timeout</source>
        <translation>Gmail: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Gmail closed a connection that timed out.</source>
        <translation>Gmail hat eine Verbindung nach einer Zeitüberschreitung geschlossen.</translation>
    </message>
    <message>
        <source>Retry; check the network path.</source>
        <translation>Versuchen Sie es erneut; prüfen Sie den Netzwerkweg.</translation>
    </message>
    <message>
        <source>Gmail: recipient over quota</source>
        <translation>Gmail: Kontingent des Empfängers überschritten</translation>
    </message>
    <message>
        <source>Google Workspace: SMTP relay limit exceeded</source>
        <translation>Google Workspace: Limit des SMTP-Relays überschritten</translation>
    </message>
    <message>
        <source>The Workspace SMTP relay limit for the account was reached.</source>
        <translation>Das Limit des Workspace-SMTP-Relays für das Konto wurde erreicht.</translation>
    </message>
    <message>
        <source>Gmail: missing Message-ID</source>
        <translation>Gmail: Message-ID fehlt</translation>
    </message>
    <message>
        <source>Gmail requires a valid Message-ID header.</source>
        <translation>Gmail verlangt eine gültige Message-ID-Kopfzeile.</translation>
    </message>
    <message>
        <source>Add a unique Message-ID header.</source>
        <translation>Fügen Sie eine eindeutige Message-ID-Kopfzeile hinzu.</translation>
    </message>
    <message>
        <source>Gmail: encoded-word not permitted</source>
        <translation>Gmail: Encoded-Word nicht zulässig</translation>
    </message>
    <message>
        <source>An encoded-word appears in a header where RFC 2047 does not allow it.</source>
        <translation>In einer Kopfzeile steht ein Encoded-Word an einer Stelle, an der RFC 2047 es nicht erlaubt.</translation>
    </message>
    <message>
        <source>Fix header encoding.</source>
        <translation>Korrigieren Sie die Kodierung der Kopfzeilen.</translation>
    </message>
    <message>
        <source>Gmail: Unicode in a disallowed header</source>
        <translation>Gmail: Unicode in einer unzulässigen Kopfzeile</translation>
    </message>
    <message>
        <source>A header contains a Unicode character where it is not allowed.</source>
        <translation>Eine Kopfzeile enthält ein Unicode-Zeichen, wo es nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>Encode the header properly.</source>
        <translation>Kodieren Sie die Kopfzeile korrekt.</translation>
    </message>
    <message>
        <source>Gmail: invalid sender address</source>
        <translation>Gmail: ungültige Absenderadresse</translation>
    </message>
    <message>
        <source>The sender address is not a valid RFC 5321 address.</source>
        <translation>Die Absenderadresse ist keine gültige Adresse nach RFC 5321.</translation>
    </message>
    <message>
        <source>Fix the envelope sender.</source>
        <translation>Korrigieren Sie den Umschlag-Absender.</translation>
    </message>
    <message>
        <source>Gmail: mail loop</source>
        <translation>Gmail: Mail-Schleife</translation>
    </message>
    <message>
        <source>The message passed more than 50 hops, which suggests a mail loop.</source>
        <translation>Die Nachricht hat mehr als 50 Hops durchlaufen, was auf eine Mail-Schleife hindeutet.</translation>
    </message>
    <message>
        <source>Gmail: a Google limit exceeded</source>
        <translation>Gmail: ein Google-Limit überschritten</translation>
    </message>
    <message>
        <source>The message exceeds a Google limit (attachments, header size).</source>
        <translation>Die Nachricht überschreitet ein Google-Limit (Anhänge, Größe der Kopfzeilen).</translation>
    </message>
    <message>
        <source>Reduce attachments or header sizes.</source>
        <translation>Verringern Sie Anhänge oder die Größe der Kopfzeilen.</translation>
    </message>
    <message>
        <source>Microsoft 365: rate limited due to IP reputation</source>
        <translation>Microsoft 365: wegen IP-Reputation gedrosselt</translation>
    </message>
    <message>
        <source>Microsoft 365: authentication level not met</source>
        <translation>Microsoft 365: Authentifizierungsstufe nicht erreicht</translation>
    </message>
    <message>
        <source>The From domain does not meet the authentication level required for it (SPF, DKIM, DMARC).</source>
        <translation>Die From-Domain erreicht nicht die für sie verlangte Authentifizierungsstufe (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC fails for the From domain.</source>
        <translation>SPF, DKIM oder DMARC schlägt für die From-Domain fehl.</translation>
    </message>
    <message>
        <source>Make SPF, DKIM and DMARC pass for the From domain.</source>
        <translation>Sorgen Sie dafür, dass SPF, DKIM und DMARC für die From-Domain bestehen.</translation>
    </message>
    <message>
        <source>Microsoft 365: IPv6 mail must be authenticated</source>
        <translation>Microsoft 365: E-Mail über IPv6 muss authentifiziert sein</translation>
    </message>
    <message>
        <source>Mail over IPv6 must pass SPF or DKIM; this message is not signed.</source>
        <translation>E-Mail über IPv6 muss SPF oder DKIM bestehen; diese Nachricht ist nicht signiert.</translation>
    </message>
    <message>
        <source>Sign with DKIM or publish SPF for the IPv6 sender.</source>
        <translation>Signieren Sie mit DKIM oder veröffentlichen Sie SPF für den IPv6-Absender.</translation>
    </message>
    <message>
        <source>Microsoft 365: on the recipient&apos;s block list</source>
        <translation>Microsoft 365: auf der Sperrliste des Empfängers</translation>
    </message>
    <message>
        <source>The recipient domain added your IP to its own block list.</source>
        <translation>Die Empfängerdomain hat Ihre IP auf ihre eigene Sperrliste gesetzt.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s admin to remove it.</source>
        <translation>Bitten Sie den Administrator des Empfängers, den Eintrag zu entfernen.</translation>
    </message>
    <message>
        <source>Microsoft 365: invalid characters</source>
        <translation>Microsoft 365: ungültige Zeichen</translation>
    </message>
    <message>
        <source>The message contains invalid characters such as bare line feeds.</source>
        <translation>Die Nachricht enthält ungültige Zeichen, etwa einzelne Zeilenvorschübe (bare LF).</translation>
    </message>
    <message>
        <source>The sending program writes bare LF characters.</source>
        <translation>Das sendende Programm schreibt einzelne LF-Zeichen.</translation>
    </message>
    <message>
        <source>Send CRLF line endings.</source>
        <translation>Senden Sie CRLF als Zeilenende.</translation>
    </message>
    <message>
        <source>Microsoft 365: STARTTLS required</source>
        <translation>Microsoft 365: STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>The destination did not complete STARTTLS although TLS is required.</source>
        <translation>Das Ziel hat STARTTLS nicht abgeschlossen, obwohl TLS verlangt wird.</translation>
    </message>
    <message>
        <source>The destination must fix its TLS setup.</source>
        <translation>Das Ziel muss seine TLS-Einrichtung korrigieren.</translation>
    </message>
    <message>
        <source>The destination MX or certificate does not match the domain&apos;s MTA-STS policy.</source>
        <translation>MX oder Zertifikat des Ziels passen nicht zur MTA-STS-Richtlinie der Domain.</translation>
    </message>
    <message>
        <source>The destination must fix its MTA-STS policy, MX or certificate.</source>
        <translation>Das Ziel muss seine MTA-STS-Richtlinie, seinen MX oder sein Zertifikat korrigieren.</translation>
    </message>
    <message>
        <source>Exchange: message delayed</source>
        <translation>Exchange: Nachricht verzögert</translation>
    </message>
    <message>
        <source>The message is still queued; delivery keeps failing.</source>
        <translation>Die Nachricht steht noch in der Warteschlange; die Zustellung scheitert weiterhin.</translation>
    </message>
    <message>
        <source>Check that the destination is reachable.</source>
        <translation>Prüfen Sie, ob das Ziel erreichbar ist.</translation>
    </message>
    <message>
        <source>Yahoo: unauthenticated mail</source>
        <translation>Yahoo: nicht authentifizierte E-Mails</translation>
    </message>
    <message>
        <source>Yahoo requires every sender to authenticate with SPF or DKIM.</source>
        <translation>Yahoo verlangt von jedem Absender eine Authentifizierung mit SPF oder DKIM.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM.</source>
        <translation>Richten Sie SPF und DKIM ein.</translation>
    </message>
    <message>
        <source>Yahoo: address no longer valid</source>
        <translation>Yahoo: Adresse nicht mehr gültig</translation>
    </message>
    <message>
        <source>The Yahoo/AOL account is no longer valid.</source>
        <translation>Das Yahoo-/AOL-Konto ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>Yahoo: unresolvable sender domain</source>
        <translation>Yahoo: Absenderdomain nicht auflösbar</translation>
    </message>
    <message>
        <source>The envelope sender&apos;s domain does not resolve.</source>
        <translation>Die Domain des Umschlag-Absenders lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>Use a sender domain with working DNS.</source>
        <translation>Verwenden Sie eine Absenderdomain mit funktionierendem DNS.</translation>
    </message>
    <message>
        <source>Yahoo: IP on Spamhaus XBL</source>
        <translation>Yahoo: IP auf Spamhaus XBL</translation>
    </message>
    <message>
        <source>The IP is listed on the Spamhaus Exploits Block List.</source>
        <translation>Die IP steht auf der Spamhaus Exploits Block List.</translation>
    </message>
    <message>
        <source>A compromised host or open proxy.</source>
        <translation>Ein kompromittierter Host oder offener Proxy.</translation>
    </message>
    <message>
        <source>Clean the host and request delisting.</source>
        <translation>Bereinigen Sie den Host und beantragen Sie die Austragung.</translation>
    </message>
    <message>
        <source>iCloud: recipient no longer on server</source>
        <translation>iCloud: Empfänger nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>The iCloud address no longer lives on this server.</source>
        <translation>Die iCloud-Adresse liegt nicht mehr auf diesem Server.</translation>
    </message>
    <message>
        <source>iCloud: inactive address</source>
        <translation>iCloud: inaktive Adresse</translation>
    </message>
    <message>
        <source>The iCloud address is inactive.</source>
        <translation>Die iCloud-Adresse ist inaktiv.</translation>
    </message>
    <message>
        <source>iCloud: not accepting connections</source>
        <translation>iCloud: keine Verbindungen angenommen</translation>
    </message>
    <message>
        <source>Apple&apos;s server does not accept connections from you now.</source>
        <translation>Der Server von Apple nimmt derzeit keine Verbindungen von Ihnen an.</translation>
    </message>
    <message>
        <source>Retry later; check the IP&apos;s reputation.</source>
        <translation>Versuchen Sie es später erneut; prüfen Sie die Reputation der IP.</translation>
    </message>
    <message>
        <source>iCloud: IP listed by Spamhaus</source>
        <translation>iCloud: IP bei Spamhaus gelistet</translation>
    </message>
    <message>
        <source>Apple refused the IP because it is on a Spamhaus list.</source>
        <translation>Apple hat die IP abgewiesen, weil sie auf einer Spamhaus-Liste steht.</translation>
    </message>
    <message>
        <source>Request delisting at Spamhaus after fixing the cause.</source>
        <translation>Beantragen Sie nach Behebung der Ursache die Austragung bei Spamhaus.</translation>
    </message>
    <message>
        <source>iCloud: sender address rejected</source>
        <translation>iCloud: Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>Apple refused the envelope sender.</source>
        <translation>Apple hat den Umschlag-Absender abgelehnt.</translation>
    </message>
    <message>
        <source>The sender domain does not resolve.</source>
        <translation>Die Absenderdomain lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>Send from a domain with valid DNS.</source>
        <translation>Senden Sie von einer Domain mit gültigem DNS.</translation>
    </message>
    <message>
        <source>iCloud: failed SPF and DKIM</source>
        <translation>iCloud: SPF und DKIM fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message failed both SPF and DKIM.</source>
        <translation>Die Nachricht ist sowohl bei SPF als auch bei DKIM durchgefallen.</translation>
    </message>
    <message>
        <source>iCloud: rejected by local policy</source>
        <translation>iCloud: aufgrund lokaler Richtlinie abgelehnt</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>The bounce message (.eml); &quot;-&quot; for standard input.</source>
        <translation>Die Bounce-Nachricht (.eml); „-“ für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Diagnose one pasted reply line instead of a message.</source>
        <translation>Eine eingefügte Antwortzeile statt einer Nachricht diagnostizieren.</translation>
    </message>
    <message>
        <source>Diagnose from the message alone; list the checks skipped.</source>
        <translation>Nur anhand der Nachricht diagnostizieren; die ausgelassenen Prüfungen auflisten.</translation>
    </message>
    <message>
        <source>give exactly one FILE or one --line TEXT</source>
        <translation>geben Sie genau eine DATEI oder ein --line TEXT an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Explain why a message bounced: ranked causes, evidence and fixes.</source>
        <translation>Erklärt, warum eine Nachricht zurückkam: Ursachen nach Wahrscheinlichkeit, Belege und Abhilfen.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>Die Empfängeradresse existiert nicht</translation>
    </message>
    <message>
        <source>The recipient domain looks like a typo</source>
        <translation>Die Empfängerdomain sieht nach einem Tippfehler aus</translation>
    </message>
    <message>
        <source>The recipient domain does not accept mail</source>
        <translation>Die Empfängerdomain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <translation>Das Postfach des Empfängers ist deaktiviert oder gesperrt</translation>
    </message>
    <message>
        <source>SPF does not authorize the sending server</source>
        <translation>SPF erlaubt den sendenden Server nicht</translation>
    </message>
    <message>
        <source>The sender&apos;s SPF record is broken</source>
        <translation>Der SPF-Eintrag des Absenders ist fehlerhaft</translation>
    </message>
    <message>
        <source>DKIM signature missing or failing</source>
        <translation>DKIM-Signatur fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>The sender domain&apos;s DMARC policy rejected the message</source>
        <translation>Die DMARC-Richtlinie der Absenderdomain hat die Nachricht abgewiesen</translation>
    </message>
    <message>
        <source>The sending IP has no valid reverse DNS (PTR)</source>
        <translation>Die sendende IP hat kein gültiges Reverse-DNS (PTR)</translation>
    </message>
    <message>
        <source>The sending IP or domain is on a blocklist</source>
        <translation>Die sendende IP oder Domain steht auf einer Sperrliste</translation>
    </message>
    <message>
        <source>Sender reputation or rate limit</source>
        <translation>Absenderreputation oder Ratenbegrenzung</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>The content was rejected as spam or malware</source>
        <translation>Der Inhalt wurde als Spam oder Schadsoftware abgewiesen</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Weiterleitung (Relaying) verweigert</translation>
    </message>
    <message>
        <source>The recipient&apos;s organization does not accept mail from you</source>
        <translation>Die Organisation des Empfängers nimmt keine E-Mails von Ihnen an</translation>
    </message>
    <message>
        <source>An encrypted (TLS) connection was required</source>
        <translation>Eine verschlüsselte Verbindung (TLS) war erforderlich</translation>
    </message>
    <message>
        <source>A temporary problem; a retry will likely work</source>
        <translation>Ein vorübergehendes Problem; ein erneuter Versuch wird wahrscheinlich gelingen</translation>
    </message>
    <message>
        <source>Backscatter: a bounce for a message you did not send</source>
        <translation>Backscatter: ein Zustellbericht zu einer Nachricht, die Sie nicht gesendet haben</translation>
    </message>
    <message>
        <source>The cause could not be determined</source>
        <translation>Die Ursache ließ sich nicht bestimmen</translation>
    </message>
    <message>
        <source>Today&apos;s SPF check for %1 at %2 gives %3.</source>
        <translation>Die heutige SPF-Prüfung für %1 bei %2 ergibt %3.</translation>
    </message>
    <message>
        <source>Authorize %1 in the SPF record of %2, keeping what is there:</source>
        <translation>Erlauben Sie %1 im SPF-Eintrag von %2 und behalten Sie die vorhandenen Angaben bei:</translation>
    </message>
    <message>
        <source>SPF check_host(%1, %2) = %3 (%4).</source>
        <translation>SPF check_host(%1, %2) = %3 (%4).</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken today: %2.</source>
        <translation>Der SPF-Eintrag von %1 ist heute fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The SPF record is broken rather than missing the IP.</source>
        <translation>Der SPF-Eintrag ist fehlerhaft, statt nur die IP nicht zu enthalten.</translation>
    </message>
    <message>
        <source>The DNS did not answer the SPF lookups: unknown, not proof.</source>
        <translation>Das DNS hat die SPF-Abfragen nicht beantwortet: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>SPF passes today for %1 at %2.</source>
        <translation>SPF ist heute für %1 bei %2 erfolgreich.</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2 of the returned message: %3 %4</source>
        <translation>DKIM-Signatur d=%1 s=%2 der zurückgesandten Nachricht: %3 %4</translation>
    </message>
    <message>
        <source>The DNS did not answer the DKIM key lookup: unknown, not proof.</source>
        <translation>Das DNS hat die Abfrage des DKIM-Schlüssels nicht beantwortet: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>No DKIM signature aligned with %1 verifies today.</source>
        <translation>Keine mit %1 ausgerichtete DKIM-Signatur ist heute gültig.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM for d=%1 (or a subdomain of it) and publish the public key at &lt;selector&gt;._domainkey.%1 (RFC 6376 3.6.2).</source>
        <translation>Signieren Sie ausgehende E-Mails mit DKIM für d=%1 (oder eine Subdomain davon) und veröffentlichen Sie den öffentlichen Schlüssel unter &lt;selector&gt;._domainkey.%1 (RFC 6376 3.6.2).</translation>
    </message>
    <message>
        <source>The returned message carries no DKIM-Signature.</source>
        <translation>Die zurückgesandte Nachricht trägt keine DKIM-Signature.</translation>
    </message>
    <message>
        <source>The message was not signed with DKIM.</source>
        <translation>Die Nachricht war nicht mit DKIM signiert.</translation>
    </message>
    <message>
        <source>The DNS did not answer the DMARC lookup: unknown, not proof.</source>
        <translation>Das DNS hat die DMARC-Abfrage nicht beantwortet: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>DMARC lookup failed.</source>
        <translation>DMARC-Abfrage fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record today.</source>
        <translation>%1 veröffentlicht heute keinen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>Publish a DMARC record, monitoring first (Gmail and Yahoo require one from bulk senders):</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag, zunächst nur zur Beobachtung (Gmail und Yahoo verlangen ihn von Massenversendern):</translation>
    </message>
    <message>
        <source>DMARC policy of %1: p=%2.</source>
        <translation>DMARC-Richtlinie von %1: p=%2.</translation>
    </message>
    <message>
        <source>This message would pass DMARC with today&apos;s DNS.</source>
        <translation>Mit dem heutigen DNS bestünde diese Nachricht DMARC.</translation>
    </message>
    <message>
        <source>Today&apos;s DMARC policy of %1 is p=%2: it would not reject.</source>
        <translation>Die heutige DMARC-Richtlinie von %1 ist p=%2: Sie würde nicht abweisen.</translation>
    </message>
    <message>
        <source>With today&apos;s DNS this message fails DMARC and %1 asks receivers to %2 it.</source>
        <translation>Mit dem heutigen DNS besteht diese Nachricht DMARC nicht, und %1 verlangt von Empfängern: %2.</translation>
    </message>
    <message>
        <source>Make DKIM sign with d=%1 (or a subdomain), or send with a Return-Path in %1 whose SPF authorizes the sending IP; either aligned pass satisfies DMARC (RFC 7489 4.2).</source>
        <translation>Lassen Sie DKIM mit d=%1 (oder einer Subdomain) signieren oder senden Sie mit einem Return-Path in %1, dessen SPF die sendende IP erlaubt; jedes der beiden ausgerichteten Ergebnisse genügt DMARC (RFC 7489 4.2).</translation>
    </message>
    <message>
        <source>Reverse DNS of %1.</source>
        <translation>Reverse-DNS von %1.</translation>
    </message>
    <message>
        <source>The DNS did not answer the PTR lookup: unknown, not proof.</source>
        <translation>Das DNS hat die PTR-Abfrage nicht beantwortet: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>%1 has a forward-confirmed PTR today.</source>
        <translation>%1 hat heute einen vorwärts bestätigten PTR.</translation>
    </message>
    <message>
        <source>%1 has no PTR record today.</source>
        <translation>%1 hat heute keinen PTR-Eintrag.</translation>
    </message>
    <message>
        <source>The PTR name of %1 does not resolve back to it (no FCrDNS).</source>
        <translation>Der PTR-Name von %1 löst nicht zurück auf diese Adresse auf (kein FCrDNS).</translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your hosting provider or ISP) to publish this PTR, and make %2 resolve to %1:</source>
        <translation>Bitten Sie den Inhaber von %1 (Ihren Hoster oder Provider), diesen PTR zu veröffentlichen, und lassen Sie %2 auf %1 auflösen:</translation>
    </message>
    <message>
        <source>Some blocklists did not answer: unknown, not proof.</source>
        <translation>Einige Sperrlisten haben nicht geantwortet: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>The sending IP is on none of the lists asked today.</source>
        <translation>Die sendende IP steht heute auf keiner der abgefragten Listen.</translation>
    </message>
    <message>
        <source>%1 is listed today on %2.</source>
        <translation>%1 steht heute auf %2.</translation>
    </message>
    <message>
        <source>%1 lists %2: %3 %4</source>
        <translation>%1 führt %2: %3 %4</translation>
    </message>
    <message>
        <source>Find why %1 was listed (compromised account, open relay, infected host), fix it, then request removal from %2.</source>
        <translation>Finden Sie heraus, warum %1 gelistet wurde (kompromittiertes Konto, offenes Relay, infizierter Rechner), beheben Sie die Ursache und beantragen Sie dann die Austragung bei %2.</translation>
    </message>
    <message>
        <source>Check the address with the recipient and resend to %1 if that is what was meant.</source>
        <translation>Klären Sie die Adresse mit dem Empfänger und senden Sie erneut an %1, falls diese gemeint war.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorize the IP %2 that sent it.</source>
        <translation>Der SPF-Eintrag von %1 erlaubt die IP %2 nicht, die sie gesendet hat.</translation>
    </message>
    <message>
        <source>The Message-ID domain %1 is neither the From domain %2 nor a host in the Received chain.</source>
        <translation>Die Message-ID-Domain %1 ist weder die From-Domain %2 noch ein Host der Received-Kette.</translation>
    </message>
    <message>
        <source>No DKIM signature of %1.</source>
        <translation>Keine DKIM-Signatur von %1.</translation>
    </message>
    <message>
        <source>No Received hop of the returned message names a host of %1.</source>
        <translation>Keine Received-Station der zurückgesandten Nachricht nennt einen Host von %1.</translation>
    </message>
    <message>
        <source>%1 is one slip away from %2 (its MX was not checked).</source>
        <translation>%1 ist nur einen Tippfehler von %2 entfernt (sein MX wurde nicht geprüft).</translation>
    </message>
    <message>
        <source>MX of %1: %2.</source>
        <translation>MX von %1: %2.</translation>
    </message>
    <message>
        <source>The DNS did not answer the MX lookup: unknown, not proof.</source>
        <translation>Das DNS hat die MX-Abfrage nicht beantwortet: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>%1 is one slip away from %2; whether it receives mail is unknown (DNS failure).</source>
        <translation>%1 ist nur einen Tippfehler von %2 entfernt; ob es E-Mails empfängt, ist unbekannt (DNS-Fehler).</translation>
    </message>
    <message>
        <source>%1 receives no mail today (%2).</source>
        <translation>%1 empfängt heute keine E-Mails (%2).</translation>
    </message>
    <message>
        <source>%1 is one slip away from %2 and receives no mail.</source>
        <translation>%1 ist nur einen Tippfehler von %2 entfernt und empfängt keine E-Mails.</translation>
    </message>
    <message>
        <source>%1 has mail servers today.</source>
        <translation>%1 hat heute Mailserver.</translation>
    </message>
    <message>
        <source>%1 is close to %2 but has its own mail servers (a real domain, or a typo-squatter).</source>
        <translation>%1 ähnelt %2, hat aber eigene Mailserver (eine echte Domain oder ein Typosquatter).</translation>
    </message>
    <message>
        <source>The bounce is likely for a message you did not send.</source>
        <translation>Der Zustellbericht betrifft wahrscheinlich eine Nachricht, die Sie nicht gesendet haben.</translation>
    </message>
    <message>
        <source>%1 signs that the returned message was forged in your name.</source>
        <translation>%1 Anzeichen, dass die zurückgesandte Nachricht in Ihrem Namen gefälscht wurde.</translation>
    </message>
    <message>
        <source>No failed recipient or reply text was found in the input.</source>
        <translation>In der Eingabe wurde kein fehlgeschlagener Empfänger und kein Antworttext gefunden.</translation>
    </message>
    <message>
        <source>No rule explains this reply with enough confidence.</source>
        <translation>Keine Regel erklärt diese Antwort mit ausreichender Sicherheit.</translation>
    </message>
    <message>
        <source>The reply was: &quot;%1&quot;.</source>
        <translation>Die Antwort lautete: „%1“.</translation>
    </message>
    <message>
        <source>Most likely: %1 (confidence %2 %). Resending later can help.</source>
        <translation>Am wahrscheinlichsten: %1 (Sicherheit %2 %). Späteres erneutes Senden kann helfen.</translation>
    </message>
    <message>
        <source>Most likely: %1 (confidence %2 %). Resending unchanged will not help.</source>
        <translation>Am wahrscheinlichsten: %1 (Sicherheit %2 %). Unverändertes erneutes Senden hilft nicht.</translation>
    </message>
    <message>
        <source>Check the address for typos and ask the recipient for the right one; remove it from your lists if it stays dead (RFC 3463 X.1.1).</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler und fragen Sie den Empfänger nach der richtigen; entfernen Sie sie aus Ihren Listen, wenn sie ungültig bleibt (RFC 3463 X.1.1).</translation>
    </message>
    <message>
        <source>Correct the domain part of the address; do not keep retrying the misspelt one.</source>
        <translation>Korrigieren Sie den Domainteil der Adresse; versuchen Sie es nicht weiter mit der falsch geschriebenen.</translation>
    </message>
    <message>
        <source>Check the domain; if it is right, the recipient&apos;s organization must publish MX records (RFC 5321 5.1, RFC 7505).</source>
        <translation>Prüfen Sie die Domain; ist sie richtig, muss die Organisation des Empfängers MX-Einträge veröffentlichen (RFC 5321 5.1, RFC 7505).</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel; resend later once they have made room.</source>
        <translation>Informieren Sie den Empfänger auf anderem Weg; senden Sie später erneut, sobald er Platz geschaffen hat.</translation>
    </message>
    <message>
        <source>Ask the recipient for a current address; a disabled mailbox does not come back by retrying.</source>
        <translation>Fragen Sie den Empfänger nach einer aktuellen Adresse; ein deaktiviertes Postfach kommt durch erneute Versuche nicht zurück.</translation>
    </message>
    <message>
        <source>List every server that sends for your domain in its SPF record, then resend (RFC 7208).</source>
        <translation>Tragen Sie jeden Server, der für Ihre Domain sendet, in deren SPF-Eintrag ein und senden Sie dann erneut (RFC 7208).</translation>
    </message>
    <message>
        <source>Repair the SPF record: one record only, valid syntax, at most 10 DNS-lookup terms (RFC 7208 4.6.4).</source>
        <translation>Reparieren Sie den SPF-Eintrag: nur ein Eintrag, gültige Syntax, höchstens 10 Terme mit DNS-Abfragen (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>Schalten Sie die DKIM-Signatur bei Ihrem E-Mail-Anbieter ein und veröffentlichen Sie den Schlüssel, den er Ihnen gibt.</translation>
    </message>
    <message>
        <source>Make sure SPF or DKIM passes for a domain aligned with the From address before resending.</source>
        <translation>Sorgen Sie vor dem erneuten Senden dafür, dass SPF oder DKIM für eine auf die From-Adresse ausgerichtete Domain erfolgreich ist.</translation>
    </message>
    <message>
        <source>Every sending IP needs a PTR whose name resolves back to the IP (RFC 8601 2.7.3 iprev).</source>
        <translation>Jede sendende IP braucht einen PTR, dessen Name wieder auf die IP auflöst (RFC 8601 2.7.3 iprev).</translation>
    </message>
    <message>
        <source>Look up the IP on the list&apos;s website, remove the cause of the listing, then ask for delisting.</source>
        <translation>Suchen Sie die IP auf der Website der Liste, beseitigen Sie die Ursache des Eintrags und beantragen Sie dann die Austragung.</translation>
    </message>
    <message>
        <source>Slow down, send only to people who asked for your mail, and watch the provider&apos;s postmaster tools; retries later usually pass.</source>
        <translation>Senden Sie langsamer, nur an Personen, die Ihre E-Mails angefordert haben, und beobachten Sie die Postmaster-Tools des Anbieters; spätere Versuche gehen meist durch.</translation>
    </message>
    <message>
        <source>Send large files as a link, or compress them below the receiver&apos;s size limit.</source>
        <translation>Senden Sie große Dateien als Link oder komprimieren Sie sie unter die Größengrenze des Empfängers.</translation>
    </message>
    <message>
        <source>Remove what looks like spam or malware (links, attachments, wording) and resend.</source>
        <translation>Entfernen Sie, was nach Spam oder Schadsoftware aussieht (Links, Anhänge, Formulierungen), und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Authenticate to your outgoing server (SMTP AUTH) or send through the server responsible for your domain (RFC 5321 3.6.2).</source>
        <translation>Melden Sie sich an Ihrem Postausgangsserver an (SMTP AUTH) oder senden Sie über den für Ihre Domain zuständigen Server (RFC 5321 3.6.2).</translation>
    </message>
    <message>
        <source>Ask the recipient to have their administrator allow your address or domain.</source>
        <translation>Bitten Sie den Empfänger, Ihre Adresse oder Domain von seinem Administrator freigeben zu lassen.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on your sending server (RFC 3207) with a valid certificate.</source>
        <translation>Aktivieren Sie STARTTLS auf Ihrem sendenden Server (RFC 3207) mit einem gültigen Zertifikat.</translation>
    </message>
    <message>
        <source>Nothing to change: the sending server retries by itself; resend only if it finally gives up.</source>
        <translation>Nichts zu ändern: Der sendende Server versucht es von selbst erneut; senden Sie nur dann neu, wenn er endgültig aufgibt.</translation>
    </message>
    <message>
        <source>Send the full bounce to your mail administrator or the receiving site&apos;s postmaster.</source>
        <translation>Senden Sie den vollständigen Zustellbericht an Ihren E-Mail-Administrator oder den Postmaster der Empfängerseite.</translation>
    </message>
    <message>
        <source>The reply does not talk of blocking, so blocklists were not asked.</source>
        <translation>Die Antwort spricht nicht von einer Sperre, daher wurden keine Sperrlisten abgefragt.</translation>
    </message>
    <message>
        <source>The sending IP is not known (the reply names none and no external Received hop came back).</source>
        <translation>Die sendende IP ist unbekannt (die Antwort nennt keine und keine externe Received-Station kam zurück).</translation>
    </message>
    <message>
        <source>No network checks were asked for (--no-network).</source>
        <translation>Es wurden keine Netzwerkprüfungen angefordert (--no-network).</translation>
    </message>
    <message>
        <source>The recipient domain is not known.</source>
        <translation>Die Empfängerdomain ist unbekannt.</translation>
    </message>
    <message>
        <source>The sender domain is not known: the bounce did not return the original message&apos;s headers.</source>
        <translation>Die Absenderdomain ist unbekannt: Der Zustellbericht enthält die Kopfzeilen der ursprünglichen Nachricht nicht.</translation>
    </message>
    <message>
        <source>SPF needs the sending IP, which the bounce does not show.</source>
        <translation>SPF braucht die sendende IP, die der Zustellbericht nicht zeigt.</translation>
    </message>
    <message>
        <source>The returned message carries no DKIM-Signature to verify.</source>
        <translation>Die zurückgesandte Nachricht trägt keine DKIM-Signature, die sich prüfen ließe.</translation>
    </message>
    <message>
        <source>Only the headers came back, so the signature cannot be verified; the key was looked up.</source>
        <translation>Nur die Kopfzeilen kamen zurück, daher lässt sich die Signatur nicht prüfen; der Schlüssel wurde abgefragt.</translation>
    </message>
    <message>
        <source>The reply says: &quot;%1&quot;.</source>
        <translation>Die Antwort lautet: „%1“.</translation>
    </message>
    <message>
        <source>The receiving server reported %1=%2.</source>
        <translation>Der empfangende Server meldete %1=%2.</translation>
    </message>
    <message>
        <source>The bounce&apos;s reason is &quot;%1&quot;.</source>
        <translation>Der Grund laut Zustellbericht ist „%1“.</translation>
    </message>
    <message>
        <source>%1 uses status %2 for this.</source>
        <translation>%1 verwendet dafür den Status %2.</translation>
    </message>
    <message>
        <source>The enhanced status code is %1.</source>
        <translation>Der erweiterte Statuscode ist %1.</translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation>Status %1.</translation>
    </message>
    <message>
        <source>The reply mentions &quot;%1&quot;.</source>
        <translation>Die Antwort erwähnt „%1“.</translation>
    </message>
    <message>
        <source>The failure is transient (class 4): the server asks to try again later.</source>
        <translation>Der Fehler ist vorübergehend (Klasse 4): Der Server bittet, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Status %1 is a temporary failure.</source>
        <translation>Status %1 ist ein vorübergehender Fehler.</translation>
    </message>
    <message>
        <source>%1 documents this reply as a passing condition (rate or reputation).</source>
        <translation>%1 dokumentiert diese Antwort als vorübergehenden Zustand (Rate oder Reputation).</translation>
    </message>
    <message>
        <source>The receiving server reported: &quot;%1&quot;.</source>
        <translation>Der empfangende Server meldete: „%1“.</translation>
    </message>
    <message>
        <source>Authentication-Results recorded: &quot;%1&quot;.</source>
        <translation>Authentication-Results verzeichnete: „%1“.</translation>
    </message>
    <message>
        <source>The receiving server named %1 in its reply: this is the address it refused.</source>
        <translation>Der empfangende Server nannte %1 in seiner Antwort: Das ist die Adresse, die er abgewiesen hat.</translation>
    </message>
    <message>
        <source>The problem the bounce describes looks fixed since</source>
        <translation>Das im Zustellbericht beschriebene Problem scheint inzwischen behoben</translation>
    </message>
    <message>
        <source>Nothing in the bounce shows that %1 is one of your servers. If it is (ask your mail provider), add &quot;%2:%1&quot; to the SPF record of %3, or the include: your provider documents; if it is not, the message was forged and nothing needs to change.</source>
        <translation>Nichts im Zustellbericht zeigt, dass %1 einer Ihrer Server ist. Falls doch (fragen Sie Ihren E-Mail-Anbieter), ergänzen Sie „%2:%1“ im SPF-Eintrag von %3 oder das include:, das Ihr Anbieter angibt; falls nicht, wurde die Nachricht gefälscht und es ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Ask %1 to sign your mail with d=%2. Services that support it have you delegate their key with a CNAME like this one (use the exact name and target their settings page shows):</source>
        <translation>Bitten Sie %1, Ihre E-Mails mit d=%2 zu signieren. Dienste, die das können, lassen Sie ihren Schlüssel mit einem CNAME wie diesem delegieren (verwenden Sie genau den Namen und das Ziel aus deren Einstellungsseite):</translation>
    </message>
    <message>
        <source>Or set a custom Return-Path (bounce domain) under %1 in the mailer&apos;s settings; most services have you point it at theirs, e.g.:</source>
        <translation>Oder richten Sie in den Einstellungen des Versanddienstes einen eigenen Return-Path (Bounce-Domain) unter %1 ein; die meisten Dienste lassen ihn auf ihren eigenen zeigen, z. B.:</translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your hosting provider or ISP) for a PTR record naming your mail server&apos;s host name (the name it gives in HELO), and make that name resolve to %1.</source>
        <translation>Bitten Sie den Inhaber von %1 (Ihren Hoster oder Provider) um einen PTR-Eintrag mit dem Hostnamen Ihres Mailservers (dem Namen, den er im HELO nennt), und lassen Sie diesen Namen auf %1 auflösen.</translation>
    </message>
    <message>
        <source>The recipient %1 is at %2, one typing slip from %3.</source>
        <translation>Der Empfänger %1 liegt bei %2, nur einen Tippfehler von %3 entfernt.</translation>
    </message>
    <message>
        <source>The recipient %1 is at %2, %3 edits from %4.</source>
        <translation>Der Empfänger %1 liegt bei %2, %3 Änderungen von %4 entfernt.</translation>
    </message>
    <message>
        <source>Do not resend and do not change your SPF for the address in this bounce: it is the forger&apos;s, not yours.</source>
        <translation>Senden Sie nicht erneut und ändern Sie Ihr SPF nicht für die Adresse in diesem Zustellbericht: Sie gehört dem Fälscher, nicht Ihnen.</translation>
    </message>
    <message>
        <source>%1 already publishes SPF with -all and DMARC p=%2: there is nothing to change in DNS. Receivers that honour them refuse such forgeries; the few that accept first and bounce later send these notices.</source>
        <translation>%1 veröffentlicht bereits SPF mit -all und DMARC p=%2: Im DNS ist nichts zu ändern. Empfänger, die das beachten, weisen solche Fälschungen ab; die wenigen, die erst annehmen und später zurückweisen, schicken diese Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Publish a DMARC record, monitoring first; once its reports show that all your real mail passes, raise it to p=reject so receivers refuse forgeries:</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag, zunächst nur zur Beobachtung; sobald die Berichte zeigen, dass alle Ihre echten E-Mails bestehen, erhöhen Sie auf p=reject, damit Empfänger Fälschungen abweisen:</translation>
    </message>
    <message>
        <source>Raise the DMARC policy of %1 from p=%2 to p=quarantine, then p=reject, once its aggregate reports show that all your real mail passes.</source>
        <translation>Erhöhen Sie die DMARC-Richtlinie von %1 von p=%2 auf p=quarantine, danach auf p=reject, sobald die Sammelberichte zeigen, dass alle Ihre echten E-Mails bestehen.</translation>
    </message>
    <message>
        <source>End the SPF record of %1 with -all once it lists every server that sends your mail (RFC 7208 8.4).</source>
        <translation>Beenden Sie den SPF-Eintrag von %1 mit -all, sobald er jeden Server aufführt, der Ihre E-Mails sendet (RFC 7208 8.4).</translation>
    </message>
    <message>
        <source>Filter such bounces: a notice about a message that does not carry your own DKIM signature was not sent by you.</source>
        <translation>Filtern Sie solche Zustellberichte: Eine Benachrichtigung zu einer Nachricht ohne Ihre eigene DKIM-Signatur stammt nicht von Ihnen.</translation>
    </message>
    <message>
        <source>%1 findings about the forger&apos;s server (its SPF, reverse DNS, blocklistings, signature) were set aside: they are not yours to fix.</source>
        <translation>%1 Befunde zum Server des Fälschers (sein SPF, Reverse-DNS, Sperrlisteneinträge, Signatur) wurden beiseitegelassen: Sie müssen sie nicht beheben.</translation>
    </message>
    <message>
        <source>The receiving server reported a failure that today&apos;s DNS no longer shows.</source>
        <translation>Der empfangende Server meldete einen Fehler, den das heutige DNS nicht mehr zeigt.</translation>
    </message>
    <message>
        <source>%1: the receiving server saw &quot;%2&quot;; today: %3.</source>
        <translation>%1: Der empfangende Server sah „%2“; heute: %3.</translation>
    </message>
    <message>
        <source>Resend the message: the record that failed then is right today. If it bounces again the same way, the receiver may still cache the old record (wait for its TTL) or check from another place.</source>
        <translation>Senden Sie die Nachricht erneut: Der Eintrag, der damals scheiterte, stimmt heute. Kommt sie auf dieselbe Weise zurück, hält der Empfänger vielleicht noch den alten Eintrag im Cache (warten Sie dessen TTL ab), oder prüfen Sie von einem anderen Ort aus.</translation>
    </message>
    <message>
        <source>Your address was forged (confidence %1 %): this bounce is for a message you did not send, and nothing failed in your own delivery.</source>
        <translation>Ihre Adresse wurde gefälscht (Sicherheit %1 %): Dieser Zustellbericht betrifft eine Nachricht, die Sie nicht gesendet haben, und bei Ihrer eigenen Zustellung ist nichts fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Looks fixed since the bounce (confidence %1 %): today&apos;s DNS no longer shows the failure the receiver reported. Resend.</source>
        <translation>Seit dem Zustellbericht offenbar behoben (Sicherheit %1 %): Das heutige DNS zeigt den vom Empfänger gemeldeten Fehler nicht mehr. Senden Sie erneut.</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is published and usable today (%2 bits).</source>
        <translation>Der DKIM-Schlüssel unter %1 ist heute veröffentlicht und nutzbar (%2 Bit).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; some receivers distrust keys under 2048 bits (RFC 8301 3.2).</source>
        <translation>Der DKIM-Schlüssel unter %1 hat nur %2 Bit; manche Empfänger misstrauen Schlüsseln unter 2048 Bit (RFC 8301 3.2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is in testing mode (t=y): receivers treat the mail as unsigned (RFC 6376 3.6.1).</source>
        <translation>Der DKIM-Schlüssel unter %1 ist im Testmodus (t=y): Empfänger behandeln die E-Mail als unsigniert (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1 today: the signature cannot verify (RFC 6376 6.1.2).</source>
        <translation>Unter %1 ist heute kein DKIM-Schlüssel veröffentlicht: Die Signatur kann nicht gültig sein (RFC 6376 6.1.2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): the signature cannot verify (RFC 6376 3.6.1).</source>
        <translation>Der DKIM-Schlüssel unter %1 ist widerrufen (leeres p=): Die Signatur kann nicht gültig sein (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is not usable for this signature (RFC 6376 3.6.1).</source>
        <translation>Der DKIM-Schlüsseleintrag unter %1 ist für diese Signatur nicht nutzbar (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; verifiers must reject keys under 1024 bits (RFC 8301 3.2).</source>
        <translation>Der DKIM-Schlüssel unter %1 hat nur %2 Bit; Prüfer müssen Schlüssel unter 1024 Bit ablehnen (RFC 8301 3.2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 could not be looked up: unknown, not proof.</source>
        <translation>Der DKIM-Schlüssel unter %1 konnte nicht abgefragt werden: unbekannt, kein Beweis.</translation>
    </message>
    <message>
        <source>Publish the public key of this selector again as a TXT record at %1 (&quot;v=DKIM1; k=rsa; p=&quot; followed by the base64 key your mail server or provider shows), or make the server sign with a selector whose key is published (RFC 6376 3.6.2).</source>
        <translation>Veröffentlichen Sie den öffentlichen Schlüssel dieses Selektors wieder als TXT-Eintrag unter %1 („v=DKIM1; k=rsa; p=“ gefolgt vom Base64-Schlüssel, den Ihr Mailserver oder Anbieter anzeigt), oder lassen Sie den Server mit einem Selektor signieren, dessen Schlüssel veröffentlicht ist (RFC 6376 3.6.2).</translation>
    </message>
    <message>
        <source>The aligned DKIM signature d=%1 s=%2 of the returned message verifies today.</source>
        <translation>Die ausgerichtete DKIM-Signatur d=%1 s=%2 der zurückgesandten Nachricht ist heute gültig.</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2 of the returned message: pass with today&apos;s key.</source>
        <translation>DKIM-Signatur d=%1 s=%2 der zurückgesandten Nachricht: gültig mit dem heutigen Schlüssel.</translation>
    </message>
    <message>
        <source>The key of the DKIM signature d=%1 s=%2: %3.</source>
        <translation>Der Schlüssel der DKIM-Signatur d=%1 s=%2: %3.</translation>
    </message>
    <message>
        <source>Only the body hash of the returned copy fails; the bounce may have altered or cut the copy, so this is weak evidence.</source>
        <translation>Nur der Body-Hash der zurückgesandten Kopie stimmt nicht; der Zustellbericht kann die Kopie verändert oder gekürzt haben, daher ist das ein schwacher Beleg.</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2: the body of the returned copy does not match bh=; the returned copy may differ from the message as sent (bounces may re-encode or truncate it).</source>
        <translation>DKIM-Signatur d=%1 s=%2: Der Textkörper der zurückgesandten Kopie passt nicht zu bh=; die Kopie kann von der gesendeten Nachricht abweichen (Zustellberichte kodieren sie mitunter um oder kürzen sie).</translation>
    </message>
    <message>
        <source>The key of the returned DKIM-Signature (%1): %2.</source>
        <translation>Der Schlüssel der zurückgesandten DKIM-Signature (%1): %2.</translation>
    </message>
    <message>
        <source>Only the headers came back: the key is fine today, whether the signature verified cannot be checked.</source>
        <translation>Nur die Kopfzeilen kamen zurück: Der Schlüssel ist heute in Ordnung; ob die Signatur gültig war, lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 is %2 (forward-confirmed reverse DNS), a host of your domain.</source>
        <translation>%1 ist %2 (vorwärts bestätigtes Reverse-DNS), ein Host Ihrer Domain.</translation>
    </message>
    <message>
        <source>%1 is an address of %2, a mail server (MX) of %3.</source>
        <translation>%1 ist eine Adresse von %2, einem Mailserver (MX) von %3.</translation>
    </message>
    <message>
        <source>The returned message passed through %1, a host of your domain, before %2 delivered it.</source>
        <translation>Die zurückgesandte Nachricht lief über %1, einen Host Ihrer Domain, bevor %2 sie zustellte.</translation>
    </message>
    <message>
        <source>%1 connected to the receiving server %2 (its Received hop in the returned message).</source>
        <translation>%1 hat sich mit dem empfangenden Server %2 verbunden (dessen Received-Station in der zurückgesandten Nachricht).</translation>
    </message>
    <message>
        <source>%1 is the first public relay in the returned message&apos;s Received chain; the bounce names no other address.</source>
        <translation>%1 ist das erste öffentliche Relay in der Received-Kette der zurückgesandten Nachricht; der Zustellbericht nennt keine andere Adresse.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no PTR</source>
        <translation>kein PTR</translation>
    </message>
    <message>
        <source>PTR not forward-confirmed</source>
        <translation>PTR nicht vorwärts bestätigt</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation>gelistet auf %1</translation>
    </message>
    <message>
        <source>key usable</source>
        <translation>Schlüssel brauchbar</translation>
    </message>
    <message>
        <source>key under 2048 bits</source>
        <translation>Schlüssel unter 2048 Bit</translation>
    </message>
    <message>
        <source>key in testing mode (t=y)</source>
        <translation>Schlüssel im Testmodus (t=y)</translation>
    </message>
    <message>
        <source>no key published</source>
        <translation>kein Schlüssel veröffentlicht</translation>
    </message>
    <message>
        <source>key revoked (empty p=)</source>
        <translation>Schlüssel widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>key record unusable</source>
        <translation>Schlüsseleintrag unbrauchbar</translation>
    </message>
    <message>
        <source>key under 1024 bits</source>
        <translation>Schlüssel unter 1024 Bit</translation>
    </message>
    <message>
        <source>key lookup failed</source>
        <translation>Schlüsselabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>body hash mismatch on the returned copy</source>
        <translation>Body-Hash der zurückgesandten Kopie stimmt nicht</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%1 für %2 von %3</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Before removing the address from any list, ask the recipient by another channel whether it is right and whether a filter of theirs (a spam filter, a phone carrier&apos;s domain filter) refuses your mail; correct the address if it is wrong, else ask them to allow your address or domain.</source>
        <translation>Bevor Sie die Adresse aus einer Liste entfernen, fragen Sie den Empfänger auf einem anderen Weg, ob sie stimmt und ob einer seiner Filter (ein Spamfilter, der Domainfilter eines Mobilfunkanbieters) Ihre Mails ablehnt; korrigieren Sie die Adresse, wenn sie falsch ist, sonst bitten Sie ihn, Ihre Adresse oder Domain zuzulassen.</translation>
    </message>
    <message>
        <source>The reply mentions &quot;%1&quot;, but not in reply to RCPT TO, where a server judges an address (RFC 5321 3.3): filters refuse with these words after the message was sent, so the address may exist.</source>
        <translation>Die Antwort erwähnt „%1“, aber nicht als Antwort auf RCPT TO, wo ein Server eine Adresse beurteilt (RFC 5321 3.3): Filter lehnen mit diesen Worten ab, nachdem die Nachricht übertragen wurde – die Adresse kann also existieren.</translation>
    </message>
    <message>
        <source>The reply mentions &quot;%1&quot;, but this server uses these words when a filter refuses the message (%2), so the address may exist.</source>
        <translation>Die Antwort erwähnt „%1“, aber dieser Server verwendet diese Worte, wenn ein Filter die Nachricht ablehnt (%2) – die Adresse kann also existieren.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 (organizational domain %1 by the DNS tree walk) find %2; receivers still on RFC 7489 (organizational domain %3 by the Public Suffix List) find %4.</source>
        <translation>Empfänger nach RFC 9989 (Organisationsdomain %1 laut Suche im DNS-Baum) ermitteln %2; Empfänger, die noch RFC 7489 anwenden (Organisationsdomain %3 laut Public Suffix List), ermitteln %4.</translation>
    </message>
    <message>
        <source>The DKIM signature&apos;s d=%1 does not align with the From domain %2 (%3).</source>
        <translation>Das d=%1 der DKIM-Signatur ist nicht auf die From-Domain %2 ausgerichtet (%3).</translation>
    </message>
    <message>
        <source>The SPF domain %1 does not align with the From domain %2 (%3).</source>
        <translation>Die SPF-Domain %1 ist nicht auf die From-Domain %2 ausgerichtet (%3).</translation>
    </message>
    <message>
        <source>The DMARC record of %1 asks for p=%2, but its %3 lets receivers deliver part of the forgeries anyway (RFC 7489 6.6.4 for pct, RFC 9989 4.7 for t=y). Remove %3 once the aggregate reports show that all your real mail passes.</source>
        <translation>Der DMARC-Eintrag von %1 verlangt p=%2, aber sein %3 lässt Empfänger einen Teil der Fälschungen trotzdem zustellen (RFC 7489 6.6.4 für pct, RFC 9989 4.7 für t=y). Entfernen Sie %3, sobald die Sammelberichte zeigen, dass Ihre gesamte echte Mail besteht.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>Not a DNS server address (HOST[:PORT] or [IPv6]:PORT): %1</source>
        <translation>Keine DNS-Serveradresse (HOST[:PORT] oder [IPv6]:PORT): %1</translation>
    </message>
    <message>
        <source>No nameserver found in %1</source>
        <translation>Kein Nameserver in %1 gefunden</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explains SMTP error lines: reply code, enhanced status code, provider, bounce reason, causes and fixes.</source>
        <translation>Erklärt SMTP-Fehlerzeilen: Antwortcode, erweiterter Statuscode, Anbieter, Bounce-Grund, Ursachen und Abhilfe.</translation>
    </message>
    <message>
        <source>Print one JSON object per input (English).</source>
        <translation>Ein JSON-Objekt pro Eingabe ausgeben (Englisch).</translation>
    </message>
    <message>
        <source>An SMTP error line, or - to read standard input.</source>
        <translation>Eine SMTP-Fehlerzeile, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>explain: give one or more lines, or - for standard input.</source>
        <translation>explain: Geben Sie eine oder mehrere Zeilen an, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>explain: a line longer than %1 bytes was cut there.</source>
        <translation>explain: eine Zeile mit mehr als %1 Bytes wurde dort abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>Report::AnalyzeTextBuilder</name>
    <message>
        <source>Reporting MTA: %1</source>
        <translation>Berichtender MTA: %1</translation>
    </message>
    <message>
        <source> (hard bounce)</source>
        <translation> (Hard Bounce)</translation>
    </message>
    <message>
        <source>Original: %1 -&gt; %2, &quot;%3&quot;</source>
        <translation>Original: %1 -&gt; %2, „%3“</translation>
    </message>
    <message>
        <source>Sending IP: %1</source>
        <translation>Sendende IP: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — published: %2 · the forged message: %3</source>
        <translation>%1 — veröffentlicht: %2 · die gefälschte Nachricht: %3</translation>
    </message>
    <message>
        <source>%1 — published: %2 · this message: %3</source>
        <translation>%1 — veröffentlicht: %2 · diese Nachricht: %3</translation>
    </message>
    <message>
        <source>%1 — published: %2 · %3: %4</source>
        <translation>%1 — veröffentlicht: %2 · %3: %4</translation>
    </message>
    <message>
        <source>%1 — published: %2 · the diagnosis names it as a cause</source>
        <translation>%1 — veröffentlicht: %2 · die Diagnose nennt es als Ursache</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 publishes everything checked here correctly.</source>
        <translation>%1 veröffentlicht alles hier Geprüfte korrekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered by the DNS</source>
        <translation>
            <numerusform>%n vom DNS nicht beantwortet</numerusform>
            <numerusform>%n vom DNS nicht beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 %2 — the forged message: %3</source>
        <translation>%1 %2 — die gefälschte Nachricht: %3</translation>
    </message>
</context>
<context>
    <name>Report::CheckReportBuilder</name>
    <message>
        <source>SPF — who may send for the domain</source>
        <translation>SPF — wer für die Domain senden darf</translation>
    </message>
    <message>
        <source>DKIM — signing keys</source>
        <translation>DKIM — Signaturschlüssel</translation>
    </message>
    <message>
        <source>DMARC — policy for failing mail</source>
        <translation>DMARC — Richtlinie für durchgefallene Mails</translation>
    </message>
    <message>
        <source>MX — where the domain receives mail</source>
        <translation>MX — wo die Domain Mail empfängt</translation>
    </message>
    <message>
        <source>PTR — reverse name of the sending IP</source>
        <translation>PTR — Rückwärtsname der sendenden IP</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>The TXT record of the domain and every include and redirect, counting DNS lookups against the limit of 10 (RFC 7208 §4.6.4).</source>
        <translation>Der TXT-Eintrag der Domain und jedes include und redirect; die DNS-Abfragen werden gegen die Grenze von 10 gezählt (RFC 7208 §4.6.4).</translation>
    </message>
    <message>
        <source>The key records of the selectors named in the bounce, given in the settings, or common provider selectors. A failed selector lookup does not prove that DKIM is absent.</source>
        <translation>Die Schlüssel der Selektoren aus dem Bounce, aus den Einstellungen oder gängiger Anbieter. Ein nicht gefundener Selektor beweist nicht, dass DKIM fehlt.</translation>
    </message>
    <message>
        <source>The _dmarc record of the domain, then of its organizational domain (RFC 7489 §6.6.3), and report address authorizations.</source>
        <translation>Der _dmarc-Eintrag der Domain, dann ihrer Organisationsdomain (RFC 7489 §6.6.3), und die Freigaben der Berichtsadressen.</translation>
    </message>
    <message>
        <source>The MX records, null MX (RFC 7505) and whether each target resolves.</source>
        <translation>Die MX-Einträge, Null-MX (RFC 7505) und ob jedes Ziel auflösbar ist.</translation>
    </message>
    <message>
        <source>The PTR record of the sending IP and whether its name resolves back to the IP (FCrDNS).</source>
        <translation>Der PTR-Eintrag der sendenden IP und ob sein Name wieder auf die IP zeigt (FCrDNS).</translation>
    </message>
    <message>
        <source>The configured blocklists, for the sending IP and the domain. A list&apos;s error codes are not counted as listings.</source>
        <translation>Die eingestellten Sperrlisten, für die sendende IP und die Domain. Fehlercodes einer Liste zählen nicht als Eintrag.</translation>
    </message>
    <message>
        <source>No sending IP is known, so there is no reverse name to check.</source>
        <translation>Keine sendende IP bekannt, daher gibt es keinen Rückwärtsnamen zu prüfen.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message>
        <source>MTA-STS — TLS required for mail to the domain</source>
        <translation>MTA-STS — TLS für E-Mails an die Domain vorgeschrieben</translation>
    </message>
    <message>
        <source>TLS-RPT — reports about TLS failures</source>
        <translation>TLS-RPT — Berichte über TLS-Fehler</translation>
    </message>
    <message>
        <source>BIMI — brand logo</source>
        <translation>BIMI — Markenlogo</translation>
    </message>
    <message>
        <source>DNSSEC — signed answers</source>
        <translation>DNSSEC — signierte Antworten</translation>
    </message>
    <message>
        <source>The _mta-sts TXT record (RFC 8461 §3.1). The policy file served over HTTPS is not fetched.</source>
        <translation>Der TXT-Eintrag _mta-sts (RFC 8461 §3.1). Die per HTTPS bereitgestellte Richtliniendatei wird nicht abgerufen.</translation>
    </message>
    <message>
        <source>The _smtp._tls TXT record and its report address (RFC 8460 §3).</source>
        <translation>Der TXT-Eintrag _smtp._tls und seine Berichtsadresse (RFC 8460 §3).</translation>
    </message>
    <message>
        <source>The default._bimi TXT record. The logo and its certificate are not fetched.</source>
        <translation>Der TXT-Eintrag default._bimi. Das Logo und sein Zertifikat werden nicht abgerufen.</translation>
    </message>
    <message>
        <source>Whether the DNS server marked the answers for the domain as validated (AD bit, RFC 4035 §3.2.3). Only a validating resolver sets it.</source>
        <translation>Ob der DNS-Server die Antworten für die Domain als validiert markiert hat (AD-Bit, RFC 4035 §3.2.3). Nur ein validierender Resolver setzt es.</translation>
    </message>
</context>
<context>
    <name>Report::CheckTextBuilder</name>
    <message>
        <source>Domain: %1   DNS server: %2   (%3 ms)</source>
        <translation>Domain: %1   DNS-Server: %2   (%3 ms)</translation>
    </message>
    <message>
        <source> (forward-confirmed)</source>
        <translation> (vorwärts bestätigt)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>The DNS server %1 did not answer at all.</source>
        <translation>Der DNS-Server %1 hat überhaupt nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Report::DiagnosisReportBuilder</name>
    <message>
        <source>high (%1 %)</source>
        <translation>hoch (%1 %)</translation>
    </message>
    <message>
        <source>medium (%1 %)</source>
        <translation>mittel (%1 %)</translation>
    </message>
    <message>
        <source>low (%1 %)</source>
        <translation>niedrig (%1 %)</translation>
    </message>
    <message>
        <source>%1 (%2, asked %3: %4)</source>
        <translation>%1 (%2, gefragt bei %3: %4)</translation>
    </message>
    <message>
        <source>Most likely: %1.</source>
        <translation>Wahrscheinlich: %1.</translation>
    </message>
    <message>
        <source>Most likely: %1. Delivery to %2 is delayed, not failed yet.</source>
        <translation>Wahrscheinlich: %1. Die Zustellung an %2 verzögert sich, ist aber noch nicht gescheitert.</translation>
    </message>
    <message>
        <source>Most likely: %1. Delivery to %2 failed for good.</source>
        <translation>Wahrscheinlich: %1. Die Zustellung an %2 ist endgültig gescheitert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The receiving server saw: %1. Today: %2.</source>
        <translation>Der empfangende Server sah: %1. Heute: %2.</translation>
    </message>
    <message>
        <source>Your address was forged: this bounce is for a message you did not send. Nothing failed in your own delivery.</source>
        <translation>Ihre Adresse wurde gefälscht: Dieser Zustellbericht betrifft eine Nachricht, die Sie nicht gesendet haben. Bei Ihrer eigenen Zustellung ist nichts fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Looks fixed since the bounce: today&apos;s DNS no longer shows the failure the receiver reported. Resend.</source>
        <translation>Seit dem Zustellbericht offenbar behoben: Das heutige DNS zeigt den vom Empfänger gemeldeten Fehler nicht mehr. Senden Sie erneut.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (d=%2)</source>
        <translation>%1 (d=%2)</translation>
    </message>
    <message>
        <source>%1 (d=%2, not the From domain)</source>
        <translation>%1 (d=%2, nicht die From-Domain)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>%1 (d=%2, as the receiver saw it)</source>
        <translation>%1 (d=%2, wie der Empfänger es sah)</translation>
    </message>
    <message>
        <source>fail (neither SPF nor DKIM passed aligned with From)</source>
        <translation>fehlgeschlagen (weder SPF noch DKIM auf From ausgerichtet bestanden)</translation>
    </message>
    <message>
        <source>receives mail</source>
        <translation>empfängt E-Mails</translation>
    </message>
    <message>
        <source>does not exist (NXDOMAIN)</source>
        <translation>existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>accepts no mail (null MX)</source>
        <translation>nimmt keine E-Mails an (Null-MX)</translation>
    </message>
    <message>
        <source>no MX and no address</source>
        <translation>kein MX und keine Adresse</translation>
    </message>
    <message>
        <source>no usable DNS answer (%1)</source>
        <translation>keine verwertbare DNS-Antwort (%1)</translation>
    </message>
    <message>
        <source>no MX, its own address receives</source>
        <translation>kein MX, die eigene Adresse empfängt</translation>
    </message>
    <message>
        <source>recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>forward-confirmed</source>
        <translation>vorwärts bestätigt</translation>
    </message>
    <message>
        <source>no PTR</source>
        <translation>kein PTR</translation>
    </message>
    <message>
        <source>PTR does not resolve back</source>
        <translation>PTR löst nicht zurück auf</translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation>gelistet auf %1</translation>
    </message>
    <message>
        <source>some lists did not answer</source>
        <translation>einige Listen haben nicht geantwortet</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>key lookup got no usable answer (%1)</source>
        <translation>Schlüsselabfrage ohne verwertbare Antwort (%1)</translation>
    </message>
    <message>
        <source>signed (d=%1), key published at %2</source>
        <translation>signiert (d=%1), Schlüssel unter %2 veröffentlicht</translation>
    </message>
    <message>
        <source>signed (d=%1), no usable key at %2 today</source>
        <translation>signiert (d=%1), heute kein verwendbarer Schlüssel unter %2</translation>
    </message>
    <message>
        <source>the DMARC rules differ for this message: %1</source>
        <translation>die DMARC-Regelwerke entscheiden für diese Nachricht verschieden: %1</translation>
    </message>
</context>
<context>
    <name>Report::DiagnosisTextBuilder</name>
    <message>
        <source>confidence %1 %, who acts: %2, resending helps: %3</source>
        <translation>Sicherheit %1 %, wer handelt: %2, erneutes Senden hilft: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>then vs now (%1): %2 -&gt; %3 [%4]</source>
        <translation>damals und heute (%1): %2 -&gt; %3 [%4]</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>This message, checked today:</source>
        <translation>Diese Nachricht, heute geprüft:</translation>
    </message>
    <message>
        <source>Checks asked of %1: %2</source>
        <translation>Bei %1 angefragte Prüfungen: %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>Report::HeaderBlockTextBuilder</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Return-Path:</source>
        <translation>Return-Path:</translation>
    </message>
    <message>
        <source>Sending IP:</source>
        <translation>Sendende IP:</translation>
    </message>
    <message>
        <source>DKIM signature: d=%1, s=%2</source>
        <translation>DKIM-Signatur: d=%1, s=%2</translation>
    </message>
    <message>
        <source>from %1 by %2</source>
        <translation>von %1 an %2</translation>
    </message>
    <message>
        <source>from %1 [%2] by %3</source>
        <translation>von %1 [%2] an %3</translation>
    </message>
    <message>
        <source>Received hops (oldest first):</source>
        <translation>Received-Stationen (älteste zuerst):</translation>
    </message>
    <message>
        <source>Live checks of the sender (SPF, DKIM, DMARC, MX, PTR, blocklists):</source>
        <translation>Live-Prüfungen des Absenders (SPF, DKIM, DMARC, MX, PTR, Sperrlisten):</translation>
    </message>
    <message>
        <source>Message header: read as the returned original (Received hops, authentication, DKIM).</source>
        <translation>Nachrichtenkopf: gelesen als zurückgesandtes Original (Received-Stationen, Authentifizierung, DKIM).</translation>
    </message>
    <message>
        <source>Authentication-Results:</source>
        <translation>Authentication-Results:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
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
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>You (the sender)</source>
        <translation>Sie (Absender)</translation>
    </message>
    <message>
        <source>Your mail admin</source>
        <translation>Ihr Mail-Admin</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Der Empfänger</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail admin</source>
        <translation>Der Mail-Admin des Empfängers</translation>
    </message>
    <message>
        <source>Nobody — wait and retry</source>
        <translation>Niemand — abwarten und erneut senden</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Copy record to clipboard</source>
        <translation>Eintrag in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Status code anatomy</source>
        <translation>Aufbau des Statuscodes</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>Resending can help</source>
        <translation>Erneutes Senden kann helfen</translation>
    </message>
    <message>
        <source>Resending will not help</source>
        <translation>Erneutes Senden hilft nicht</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Wer handeln muss: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Sicherheit %1 %</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Details for email admins</source>
        <translation>Details für Mail-Admins</translation>
    </message>
    <message>
        <source>This does not look like an SMTP error: no reply code or enhanced status code was recognized.</source>
        <translation>Das sieht nicht wie ein SMTP-Fehler aus: kein Antwortcode und kein erweiterter Statuscode erkannt.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>hard bounce: the address itself is bad</source>
        <translation>Hard Bounce: die Adresse selbst ist ungültig</translation>
    </message>
    <message>
        <source>soft bounce: the address may work later or after a fix</source>
        <translation>Soft Bounce: die Adresse kann später oder nach einer Korrektur funktionieren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Typische Ursachen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status code anatomy for this recipient</source>
        <translation>Aufbau des Statuscodes für diesen Empfänger</translation>
    </message>
    <message>
        <source>Status code anatomy for %1</source>
        <translation>Aufbau des Statuscodes für %1</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more characters not shown]</source>
        <translation>
            <numerusform>[… %n weiteres Zeichen nicht angezeigt]</numerusform>
            <numerusform>[… %n weitere Zeichen nicht angezeigt]</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce</source>
        <translation>Der Bounce</translation>
    </message>
    <message>
        <source>Kind: %1 · MTA: %2</source>
        <translation>Art: %1 · MTA: %2</translation>
    </message>
    <message>
        <source>not recognized</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>Raw bounce text (parsed fields are marked; select one to find it in the table)</source>
        <translation>Rohtext des Bounce (erkannte Felder sind markiert; eines anwählen, um es in der Tabelle zu finden)</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>The returned original</source>
        <translation>Die zurückgesandte Originalnachricht</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>Sendende IP</translation>
    </message>
    <message>
        <source>Received hops</source>
        <translation>Received-Stationen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Asking the DNS…</source>
        <translation>DNS wird gefragt…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Asked %1 at %2</source>
        <translation>%1 gefragt um %2</translation>
    </message>
    <message>
        <source>What we checked:</source>
        <translation>Was geprüft wurde:</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live-Prüfungen</translation>
    </message>
    <message>
        <source>Network traffic</source>
        <translation>Netzwerkverkehr</translation>
    </message>
    <message>
        <source>Live lookups are off: no DNS query was sent. Nothing is ever uploaded.</source>
        <translation>Live-Abfragen sind aus: keine DNS-Abfrage wurde gesendet. Es wird nie etwas hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is ever uploaded. The only network traffic is these %n DNS queries:</source>
        <translation>
            <numerusform>Es wird nie etwas hochgeladen. Der einzige Netzwerkverkehr ist diese %n DNS-Abfrage:</numerusform>
            <numerusform>Es wird nie etwas hochgeladen. Der einzige Netzwerkverkehr sind diese %n DNS-Abfragen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the queries</source>
        <translation>Abfragen anzeigen</translation>
    </message>
    <message>
        <source>Problems while reading</source>
        <translation>Probleme beim Lesen</translation>
    </message>
    <message>
        <source>Diagnosing: weighing the bounce against today&apos;s DNS…</source>
        <translation>Diagnose läuft: der Bounce wird mit dem heutigen DNS abgeglichen…</translation>
    </message>
    <message numerus="yes">
        <source>Not checked (%n)</source>
        <translation>
            <numerusform>Nicht geprüft (%n)</numerusform>
            <numerusform>Nicht geprüft (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still broken</source>
        <translation>Weiterhin fehlerhaft</translation>
    </message>
    <message>
        <source>Fixed since</source>
        <translation>Inzwischen behoben</translation>
    </message>
    <message>
        <source>Passes now, as then</source>
        <translation>Besteht jetzt wie damals</translation>
    </message>
    <message>
        <source>Unknown now (the DNS did not answer)</source>
        <translation>Jetzt unbekannt (DNS hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The receiving server saw</source>
        <translation>Der empfangende Server sah</translation>
    </message>
    <message>
        <source>Today&apos;s DNS</source>
        <translation>DNS heute</translation>
    </message>
    <message>
        <source>Then vs now</source>
        <translation>Damals und heute</translation>
    </message>
    <message>
        <source>Unknown — no usable DNS answer</source>
        <translation>Unbekannt — keine verwertbare DNS-Antwort</translation>
    </message>
    <message>
        <source>Nobody — nothing of yours failed</source>
        <translation>Niemand — bei Ihnen ist nichts fehlgeschlagen</translation>
    </message>
    <message>
        <source>Why this reason</source>
        <translation>Warum dieser Grund</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>Report::LineReportBuilder</name>
    <message>
        <source>The receiving server refused the message for good: %1</source>
        <translation>Der empfangende Server hat die Nachricht endgültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>Delivery to %1 failed for good: %2</source>
        <translation>Die Zustellung an %1 ist endgültig gescheitert: %2</translation>
    </message>
    <message>
        <source>The receiving server deferred the message; it is usually retried: %1</source>
        <translation>Der empfangende Server hat die Nachricht zurückgestellt; sie wird meist erneut versucht: %1</translation>
    </message>
    <message>
        <source>Delivery to %1 is delayed; it is usually retried: %2</source>
        <translation>Die Zustellung an %1 verzögert sich; sie wird meist erneut versucht: %2</translation>
    </message>
    <message>
        <source>This code reports success, not a failure.</source>
        <translation>Dieser Code meldet Erfolg, keinen Fehler.</translation>
    </message>
    <message>
        <source>Explained SMTP reply</source>
        <translation>Erklärte SMTP-Antwort</translation>
    </message>
    <message>
        <source>Pasted line</source>
        <translation>Eingefügte Zeile</translation>
    </message>
    <message>
        <source>This does not look like an SMTP error, so there is nothing to explain.</source>
        <translation>Das sieht nicht wie ein SMTP-Fehler aus, daher gibt es nichts zu erklären.</translation>
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
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>(reference %1)</source>
        <translation>(Kennung %1)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is unusable.</source>
        <translation>Hard Bounce: Die Adresse selbst ist unbrauchbar.</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address may still work.</source>
        <translation>Kein Hard Bounce: Die Adresse kann weiterhin funktionieren.</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Reply code %1</source>
        <translation>Antwortcode %1</translation>
    </message>
    <message>
        <source>Enhanced code %1 (%2, %3)</source>
        <translation>Erweiterter Code %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Live checks that can confirm it:</source>
        <translation>Live-Prüfungen, die es bestätigen können:</translation>
    </message>
    <message>
        <source>Failed at SMTP command:</source>
        <translation>Fehlgeschlagen beim SMTP-Befehl:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP-Adressen:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Not recognized: this does not look like an SMTP reply or status code.</source>
        <translation>Nicht erkannt: Das sieht nicht nach einer SMTP-Antwort oder einem Statuscode aus.</translation>
    </message>
    <message>
        <source>Paste the line that holds the three-digit reply code (e.g. 550) or the enhanced status code (e.g. 5.1.1).</source>
        <translation>Fügen Sie die Zeile mit dem dreistelligen Antwortcode (z. B. 550) oder dem erweiterten Statuscode (z. B. 5.1.1) ein.</translation>
    </message>
</context>
<context>
    <name>Report::LiveCheckPlan</name>
    <message>
        <source>Domain check: %1</source>
        <translation>Domainprüfung: %1</translation>
    </message>
    <message>
        <source>Live DNS checks</source>
        <translation>Live-DNS-Prüfungen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>No DNS server to ask: %1</source>
        <translation>Kein DNS-Server zum Fragen: %1</translation>
    </message>
    <message>
        <source>Live lookups are turned off in the settings.</source>
        <translation>Live-Abfragen sind in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnose läuft…</translation>
    </message>
    <message>
        <source>Diagnosis done.</source>
        <translation>Diagnose abgeschlossen.</translation>
    </message>
    <message>
        <source>Live checks done: %1 of %2.</source>
        <translation>Live-Prüfungen fertig: %1 von %2.</translation>
    </message>
    <message>
        <source>Live checks: %1 of %2 done — waiting for %3</source>
        <translation>Live-Prüfungen: %1 von %2 fertig — warte auf %3</translation>
    </message>
</context>
<context>
    <name>Report::LogOverviewHtml</name>
    <message>
        <source>Delivery results in this excerpt</source>
        <translation>Zustellergebnisse in diesem Auszug</translation>
    </message>
    <message>
        <source>Select a row to show its report; the marked row is the one shown below.</source>
        <translation>Wählen Sie eine Zeile aus, um ihren Bericht anzuzeigen; die markierte Zeile ist die unten angezeigte.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Gegenstelle</translation>
    </message>
</context>
<context>
    <name>Report::LogReportBuilder</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply or MTA text</source>
        <translation>Antwort oder MTA-Text</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Reason evidence</source>
        <translation>Beleg für den Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>SMTP-Befehl</translation>
    </message>
    <message>
        <source>Log result %1 of %2: %3</source>
        <translation>Log-Ergebnis %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lines or events read</source>
        <translation>Gelesene Zeilen oder Ereignisse</translation>
    </message>
    <message>
        <source>Delivery failures or deferrals</source>
        <translation>Zustellfehler oder Verzögerungen</translation>
    </message>
    <message>
        <source>%1 more results are counted but not listed.</source>
        <translation>%1 weitere Ergebnisse sind gezählt, aber nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Pasted message header</source>
        <translation>Eingefügter Nachrichtenkopf</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>Nachrichtenkopf</translation>
    </message>
    <message>
        <source>Message header: %1</source>
        <translation>Nachrichtenkopf: %1</translation>
    </message>
    <message>
        <source>The header of a message, read as the returned original. Its From field names no domain to check.</source>
        <translation>Der Kopf einer Nachricht, gelesen als zurückgesandtes Original. Sein From-Feld nennt keine prüfbare Domain.</translation>
    </message>
    <message>
        <source>The header of a message, read as the returned original: the live checks are about its sender domain %1 (no Received hop names a public sending IP).</source>
        <translation>Der Kopf einer Nachricht, gelesen als zurückgesandtes Original: Die Live-Prüfungen betreffen seine Absenderdomain %1 (keine Received-Station nennt eine öffentliche sendende IP).</translation>
    </message>
    <message>
        <source>The header of a message, read as the returned original: the live checks are about its sender domain %1 and the sending IP %2.</source>
        <translation>Der Kopf einer Nachricht, gelesen als zurückgesandtes Original: Die Live-Prüfungen betreffen seine Absenderdomain %1 und die sendende IP %2.</translation>
    </message>
</context>
<context>
    <name>Report::LogTextBuilder</name>
    <message>
        <source>(recipient not named)</source>
        <translation>(Empfänger nicht genannt)</translation>
    </message>
    <message>
        <source>Remote host:</source>
        <translation>Gegenstelle:</translation>
    </message>
    <message>
        <source>Retried for:</source>
        <translation>Erneut versucht seit:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Reply or MTA text:</source>
        <translation>Antwort oder MTA-Text:</translation>
    </message>
    <message>
        <source>Permanent failure (no SMTP code given)</source>
        <translation>Dauerhafter Fehler (kein SMTP-Code angegeben)</translation>
    </message>
    <message>
        <source>Temporary failure (no SMTP code given)</source>
        <translation>Vorübergehender Fehler (kein SMTP-Code angegeben)</translation>
    </message>
    <message>
        <source>Read %1 lines or events: %2 delivery failures or deferrals.</source>
        <translation>%1 Zeilen oder Ereignisse gelesen: %2 Zustellfehler oder Verzögerungen.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>Recipients per domain:</source>
        <translation>Empfänger je Domain:</translation>
    </message>
    <message>
        <source>No delivery failure or deferral in %1 log lines or events.</source>
        <translation>Kein Zustellfehler und keine Verzögerung in %1 Logzeilen oder Ereignissen.</translation>
    </message>
</context>
<context>
    <name>Report::MessageReportBuilder</name>
    <message>
        <source>Reason (derived)</source>
        <translation>Grund (abgeleitet)</translation>
    </message>
    <message>
        <source>Failed at SMTP command</source>
        <translation>Gescheitert beim SMTP-Befehl</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Bounce-Text</translation>
    </message>
    <message>
        <source>This is a delivery notification: the message arrived.</source>
        <translation>Dies ist eine Zustellbestätigung: die Nachricht ist angekommen.</translation>
    </message>
    <message>
        <source>This is a spam complaint (feedback report), not a bounce: a recipient marked your message as spam.</source>
        <translation>Dies ist eine Spam-Beschwerde (Feedback-Report), kein Bounce: ein Empfänger hat Ihre Nachricht als Spam markiert.</translation>
    </message>
    <message>
        <source>This is an automatic reply (for example an out-of-office note), not a bounce.</source>
        <translation>Dies ist eine automatische Antwort (etwa eine Abwesenheitsnotiz), kein Bounce.</translation>
    </message>
    <message>
        <source>This message does not look like a bounce: no failed recipient was found.</source>
        <translation>Diese Nachricht sieht nicht wie ein Bounce aus: kein gescheiterter Empfänger gefunden.</translation>
    </message>
    <message>
        <source>This looks like a bounce, but no recipient could be read from it.</source>
        <translation>Das sieht wie ein Bounce aus, aber kein Empfänger ließ sich lesen.</translation>
    </message>
    <message numerus="yes">
        <source>(%n recipients in this bounce.)</source>
        <translation>
            <numerusform>(%n Empfänger in diesem Bounce.)</numerusform>
            <numerusform>(%n Empfänger in diesem Bounce.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Message without subject</source>
        <translation>Nachricht ohne Betreff</translation>
    </message>
    <message>
        <source>This is a challenge, not a bounce: the recipient uses a challenge–response filter that holds your message until you answer. Reply to the challenge or ask the recipient to allowlist you.</source>
        <translation>Das ist eine Challenge, kein Bounce: Der Empfänger nutzt einen Challenge-Response-Filter, der Ihre Nachricht zurückhält, bis Sie antworten. Beantworten Sie die Challenge oder bitten Sie den Empfänger, Sie auf seine Zulassungsliste zu setzen.</translation>
    </message>
    <message>
        <source>%1 — hard bounce</source>
        <translation>%1 — Hard Bounce</translation>
    </message>
    <message>
        <source>%1 — soft bounce</source>
        <translation>%1 — Soft Bounce</translation>
    </message>
</context>
<context>
    <name>Report::ReportLabels</name>
    <message>
        <source>bounce (not delivered)</source>
        <translation>Bounce (nicht zugestellt)</translation>
    </message>
    <message>
        <source>delay (the server is still trying)</source>
        <translation>Verzögerung (der Server versucht es weiter)</translation>
    </message>
    <message>
        <source>delivery report (delivered)</source>
        <translation>Zustellbestätigung (zugestellt)</translation>
    </message>
    <message>
        <source>feedback report (a complaint or abuse report)</source>
        <translation>Feedback-Bericht (eine Beschwerde oder Missbrauchsmeldung)</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>automatische Antwort</translation>
    </message>
    <message>
        <source>not a bounce</source>
        <translation>kein Bounce</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>decided by the provider&apos;s own error text &quot;%1&quot; (confidence %2 %)</source>
        <translation>abgeleitet aus dem eigenen Fehlertext des Anbieters „%1“ (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the words &quot;%1&quot; in the reply (confidence %2 %)</source>
        <translation>abgeleitet aus den Worten „%1“ in der Antwort (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the word &quot;%1&quot; in the reply, a hint that only outranks a general status code (confidence %2 %)</source>
        <translation>abgeleitet aus dem Wort „%1“ in der Antwort, einem Hinweis, der nur einen allgemeinen Statuscode übertrifft (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the status code %1 (confidence %2 %)</source>
        <translation>abgeleitet aus dem Statuscode %1 (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the status code&apos;s general meaning only (confidence %2 %): no words of the reply confirm it</source>
        <translation>nur aus der allgemeinen Bedeutung des Statuscodes abgeleitet (Sicherheit %2 %): kein Wort der Antwort bestätigt es</translation>
    </message>
    <message>
        <source>decided by the reply code %1 (confidence %2 %)</source>
        <translation>abgeleitet aus dem Antwortcode %1 (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the SMTP command the delivery failed at, %1 (confidence %2 %)</source>
        <translation>abgeleitet aus dem SMTP-Befehl, an dem die Zustellung scheiterte, %1 (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the diagnostic type %1 (confidence %2 %)</source>
        <translation>abgeleitet aus dem Diagnosetyp %1 (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>decided by the notice &quot;%1&quot; (confidence %2 %)</source>
        <translation>abgeleitet aus dem Hinweis „%1“ (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>nothing in the reply names a reason; it is kept on hold (confidence %2 %)</source>
        <translation>nichts in der Antwort nennt einen Grund; er bleibt offen (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>BounceLens provider catalogue (the provider&apos;s published error page)</source>
        <translation>BounceLens-Anbieterkatalog (die vom Anbieter veröffentlichte Fehlerseite)</translation>
    </message>
    <message>
        <source>BounceLens phrase table (written before sources were recorded per entry)</source>
        <translation>BounceLens-Phrasentabelle (entstanden, bevor Quellen pro Eintrag festgehalten wurden)</translation>
    </message>
    <message>
        <source>BounceLens reason vocabulary, docs/REASONS.md (onhold: too little information)</source>
        <translation>BounceLens-Gründevokabular, docs/REASONS.md (onhold: zu wenig Information)</translation>
    </message>
    <message>
        <source>decided by %1 &quot;%2&quot; (confidence %3 %)</source>
        <translation>abgeleitet aus %1 „%2“ (Sicherheit %3 %)</translation>
    </message>
</context>
<context>
    <name>Report::TextSummaryBuilder</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Wer handeln muss: %1</translation>
    </message>
    <message>
        <source>Cause %1 (%2% confidence): %3</source>
        <translation>Ursache %1 (%2 % Sicherheit): %3</translation>
    </message>
    <message>
        <source>Status: %1 %2 — %3</source>
        <translation>Status: %1 %2 — %3</translation>
    </message>
    <message>
        <source>Recipient %1: %2 %3 (%4)</source>
        <translation>Empfänger %1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Live checks for %1:</source>
        <translation>Live-Prüfungen für %1:</translation>
    </message>
</context>
<context>
    <name>SpfLinter</name>
    <message>
        <source>The SPF policy of %1 needs %2 DNS lookups; receivers stop at 10 and return permerror (RFC 7208 4.6.4). The limit is passed inside &quot;%3&quot; (at &quot;%4&quot;), a branch that costs %5 lookups.</source>
        <translation>Die SPF-Richtlinie von %1 braucht %2 DNS-Abfragen; Empfänger hören bei 10 auf und liefern permerror (RFC 7208 4.6.4). Die Grenze wird innerhalb von „%3“ überschritten (bei „%4“), einem Zweig, der %5 Abfragen kostet.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or move some senders to a subdomain with its own policy.</source>
        <translation>Entfernen Sie nicht mehr genutzte includes oder verlagern Sie einige Absender auf eine Subdomain mit eigener Richtlinie.</translation>
    </message>
    <message>
        <source>The SPF policy of %1 makes %2 lookups of names that do not exist or have no records; receivers allow 2 and return permerror (RFC 7208 4.6.4).</source>
        <translation>Die SPF-Richtlinie von %1 fragt %2-mal Namen ab, die nicht existieren oder keine Einträge haben; Empfänger erlauben 2 und liefern dann permerror (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>Remove the mechanisms whose names no longer resolve.</source>
        <translation>Entfernen Sie die Mechanismen, deren Namen nicht mehr auflösen.</translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record (%2 DNS lookups).</source>
        <translation>%1 veröffentlicht einen gültigen SPF-Eintrag (%2 DNS-Abfragen).</translation>
    </message>
    <message>
        <source>Publish one record only, merging the others into it:</source>
        <translation>Veröffentlichen Sie nur einen Eintrag und führen Sie die anderen darin zusammen:</translation>
    </message>
    <message>
        <source>The SPF policy of %1 needs more than %2 DNS lookups (the check stopped counting there); receivers stop at 10 and return permerror (RFC 7208 4.6.4). The limit is passed inside &quot;%3&quot; (at &quot;%4&quot;), a branch that costs %5 lookups or more.</source>
        <translation>Die SPF-Richtlinie von %1 braucht mehr als %2 DNS-Abfragen (die Prüfung hat dort aufgehört zu zählen); Empfänger hören bei 10 auf und liefern permerror (RFC 7208 4.6.4). Die Grenze wird innerhalb von „%3“ überschritten (bei „%4“), einem Zweig, der %5 oder mehr Abfragen kostet.</translation>
    </message>
    <message>
        <source>Publish instead (addresses copied from %1; keep them up to date):</source>
        <translation>Veröffentlichen Sie stattdessen (Adressen aus %1 übernommen; halten Sie sie aktuell):</translation>
    </message>
    <message>
        <source>%1 publishes &quot;%2&quot;: no server may send mail in its name. That is right for a domain that sends no mail; if it does send, every message fails SPF.</source>
        <translation>%1 veröffentlicht „%2“: Kein Server darf in ihrem Namen E-Mails senden. Das ist richtig für eine Domain, die keine E-Mails sendet; sendet sie doch, scheitert jede Nachricht an SPF.</translation>
    </message>
    <message>
        <source>If mail is sent as %1, list the sending servers before the &quot;-all&quot;.</source>
        <translation>Wenn E-Mails als %1 gesendet werden, führen Sie die sendenden Server vor dem „-all“ auf.</translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record (one DNS lookup).</source>
        <translation>%1 veröffentlicht einen gültigen SPF-Eintrag (eine DNS-Abfrage).</translation>
    </message>
</context>
<context>
    <name>Ui::AnalysisController</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted line</source>
        <translation>eingefügte Zeile</translation>
    </message>
    <message>
        <source>Pasted line</source>
        <translation>Eingefügte Zeile</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>eingefügtes Log</translation>
    </message>
    <message>
        <source>Pasted message header</source>
        <translation>Eingefügter Nachrichtenkopf</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Past analyses</source>
        <translation>Frühere Analysen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <source>Open the selected analysis again</source>
        <translation>Die gewählte Analyse erneut öffnen</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
</context>
<context>
    <name>Ui::HistoryStore</name>
    <message>
        <source>new: %1 (%2)</source>
        <translation>neu: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 wechselte von %2 zu %3</translation>
    </message>
    <message>
        <source>gone: %1 (was %2)</source>
        <translation>weg: %1 (war %2)</translation>
    </message>
    <message>
        <source>the SPF record changed</source>
        <translation>der SPF-Eintrag hat sich geändert</translation>
    </message>
    <message>
        <source>Since the check of %1: %2.</source>
        <translation>Seit der Prüfung vom %1: %2.</translation>
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
        <translation>Analysierte Nachrichten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>Einfügefeld</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP error line or message headers</source>
        <translation>Einen Bounce, eine SMTP-Fehlerzeile oder Nachrichtenköpfe einfügen</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP error line or raw headers here (or press Ctrl+V anywhere)</source>
        <translation>Bounce, SMTP-Fehlerzeile oder Kopfzeilen hier einfügen (oder überall Strg+V drücken)</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Explain the pasted text</source>
        <translation>Den eingefügten Text erklären</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Zu prüfende Domain</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Check domain</source>
        <translation>Domain &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the domain&apos;s SPF, DKIM, DMARC, MX, PTR and blocklists</source>
        <translation>SPF, DKIM, DMARC, MX, PTR und Sperrlisten der Domain prüfen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste and explain</source>
        <translation>Einfügen und &amp;erklären</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy summary for a ticket</source>
        <translation>&amp;Zusammenfassung für ein Ticket kopieren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Why did my email bounce?</source>
        <translation>Warum kam meine E-Mail zurück?</translation>
    </message>
    <message>
        <source>Drop a bounce here</source>
        <translation>Bounce hier ablegen</translation>
    </message>
    <message>
        <source>.eml, mbox or text files — one or several. Or use File › Open (Ctrl+O).</source>
        <translation>.eml-, mbox- oder Textdateien — eine oder mehrere. Oder Datei › Öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>Paste a bounce, one SMTP error line or raw headers: Ctrl+V anywhere, or the box above.</source>
        <translation>Bounce, eine SMTP-Fehlerzeile oder Kopfzeilen einfügen: überall Strg+V oder das Feld oben.</translation>
    </message>
    <message>
        <source>Type a domain above to check its SPF, DKIM, DMARC, MX, PTR and blocklist entries.</source>
        <translation>Oben eine Domain eingeben, um SPF, DKIM, DMARC, MX, PTR und Sperrlisten zu prüfen.</translation>
    </message>
    <message>
        <source>Nothing is uploaded. The only network traffic is DNS queries, and every report lists them.</source>
        <translation>Es wird nichts hochgeladen. Der einzige Netzwerkverkehr sind DNS-Abfragen, und jeder Bericht listet sie auf.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>Nothing found to analyse.</source>
        <translation>Nichts zu analysieren gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) analysed.</source>
        <translation>
            <numerusform>%n Nachricht analysiert.</numerusform>
            <numerusform>%n Nachrichten analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — BounceLens</source>
        <translation>%1 — BounceLens</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>No DNS server to ask: %1</source>
        <translation>Kein DNS-Server zum Fragen: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Open bounces</source>
        <translation>Bounces öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)</source>
        <translation>Nachrichten (*.eml *.msg *.txt *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>One analysis was not saved to the history.</source>
        <translation>Eine Analyse wurde nicht im Verlauf gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n analyses were not saved to the history.</source>
        <translation>
            <numerusform>%n Analyse wurde nicht im Verlauf gespeichert.</numerusform>
            <numerusform>%n Analysen wurden nicht im Verlauf gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending IP (optional)</source>
        <translation>Sendende IP (optional)</translation>
    </message>
    <message>
        <source>sending IP (optional)</source>
        <translation>sendende IP (optional)</translation>
    </message>
    <message>
        <source>DKIM selectors (optional)</source>
        <translation>DKIM-Selektoren (optional)</translation>
    </message>
    <message>
        <source>DKIM selectors, e.g. s1 google (optional)</source>
        <translation>DKIM-Selektoren, z. B. s1 google (optional)</translation>
    </message>
    <message>
        <source>The sending IP or a DKIM selector is not valid: “%1”, “%2”.</source>
        <translation>Die sendende IP oder ein DKIM-Selektor ist ungültig: „%1“, „%2“.</translation>
    </message>
</context>
<context>
    <name>Ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System resolver (e.g. 192.0.2.53 or [2001:db8::53]:5300)</source>
        <translation>System-Resolver (z. B. 192.0.2.53 oder [2001:db8::53]:5300)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>DNS timeout in milliseconds</source>
        <translation>DNS-Zeitlimit in Millisekunden</translation>
    </message>
    <message>
        <source>selector1, google, k1 …</source>
        <translation>selector1, google, k1 …</translation>
    </message>
    <message>
        <source>DKIM selectors to try</source>
        <translation>Zu probierende DKIM-Selektoren</translation>
    </message>
    <message>
        <source>One zone per line; empty = the built-in list</source>
        <translation>Eine Zone pro Zeile; leer = eingebaute Liste</translation>
    </message>
    <message>
        <source>Blocklists to query</source>
        <translation>Abzufragende Sperrlisten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Run live DNS lookups (the only network traffic; nothing is ever uploaded)</source>
        <translation>Live-DNS-Abfragen ausführen (der einzige Netzwerkverkehr; es wird nie etwas hochgeladen)</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM-&amp;Selektoren:</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Sperrlisten:</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprache (nach Neustart):</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains why an email bounced.</source>
        <translation>Erklärt, warum eine E-Mail zurückkam.</translation>
    </message>
    <message>
        <source>DNS server to ask.</source>
        <translation>Abzufragender DNS-Server.</translation>
    </message>
    <message>
        <source>Send no DNS query at all.</source>
        <translation>Keinerlei DNS-Abfragen senden.</translation>
    </message>
    <message>
        <source>Language (en, de, fr); default: the settings, then the system.</source>
        <translation>Sprache (en, de, fr); Standard: die Einstellungen, dann das System.</translation>
    </message>
    <message>
        <source>Force the light or dark palette (default: the system&apos;s).</source>
        <translation>Helle oder dunkle Farbpalette erzwingen (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Print startup and report timings.</source>
        <translation>Zeiten für Start und Bericht ausgeben.</translation>
    </message>
    <message>
        <source>Bounces to open.</source>
        <translation>Zu öffnende Zustellberichte.</translation>
    </message>
    <message>
        <source>Scroll the report to this section id (for screenshots).</source>
        <translation>Den Bericht zu diesem Abschnitt scrollen (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>Check what this domain publishes for mail.</source>
        <translation>Prüfen, was diese Domain für E-Mail veröffentlicht.</translation>
    </message>
    <message>
        <source>With --check: the sending IP (PTR, IP blocklists, SPF result).</source>
        <translation>Mit --check: die sendende IP (PTR, IP-Sperrlisten, SPF-Ergebnis).</translation>
    </message>
    <message>
        <source>With --check: DKIM selectors to look at (space or comma separated).</source>
        <translation>Mit --check: zu prüfende DKIM-Selektoren (durch Leerzeichen oder Komma getrennt).</translation>
    </message>
</context>
</TS>
