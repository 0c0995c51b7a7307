<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>The SPHAiR platform admin console.</source>
        <translation>Die Administrationskonsole der SPHAiR-Plattform.</translation>
    </message>
    <message>
        <source>Start and connect to a local sandbox platform.</source>
        <translation>Eine lokale Sandbox-Plattform starten und eine Verbindung zu ihr herstellen.</translation>
    </message>
    <message>
        <source>SPHAiR Admin Console</source>
        <translation>SPHAiR-Administrationskonsole</translation>
    </message>
</context>
<context>
    <name>sphair::cli::LicenseTool</name>
    <message>
        <source>Company:    %1 (%2)</source>
        <translation>Unternehmen: %1 (%2)</translation>
    </message>
    <message>
        <source>License:    %1</source>
        <translation>Lizenz:      %1</translation>
    </message>
    <message numerus="yes">
        <source>Tier:       %1, up to %n users</source>
        <translation>
            <numerusform>Stufe:       %1, bis zu %n Benutzer</numerusform>
            <numerusform>Stufe:       %1, bis zu %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Features:   %1</source>
        <translation>Funktionen:  %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid:      %1 to %2 (+%n grace days)</source>
        <translation>
            <numerusform>Gültig:      %1 bis %2 (+%n Tag Nachfrist)</numerusform>
            <numerusform>Gültig:      %1 bis %2 (+%n Tage Nachfrist)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued:     %1 by %2 (key sequence %3)</source>
        <translation>Ausgestellt: %1 von %2 (Ausstellungsnummer %3 des Schlüssels)</translation>
    </message>
    <message>
        <source>Supersedes: %1</source>
        <translation>Ersetzt:     %1</translation>
    </message>
    <message>
        <source>Issuer key: its id (k4.pid…), a unique id prefix, or its label.</source>
        <translation>Ausstellerschlüssel: seine ID (k4.pid…), ein eindeutiges ID-Präfix oder seine Bezeichnung.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE instead of asking on the terminal.</source>
        <translation>Die Passphrase aus der ersten Zeile von FILE lesen, statt sie im Terminal abzufragen.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>A name for the new key.</source>
        <translation>Ein Name für den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Argon2id memory in MiB (default 256, at least 64).</source>
        <translation>Argon2id-Speicher in MiB (Standard 256, mindestens 64).</translation>
    </message>
    <message>
        <source>Argon2id passes (default 3, at least 2).</source>
        <translation>Argon2id-Durchläufe (Standard 3, mindestens 2).</translation>
    </message>
    <message>
        <source>A name for the restored key (default: the backup&apos;s).</source>
        <translation>Ein Name für den wiederhergestellten Schlüssel (Standard: der Name aus der Sicherung).</translation>
    </message>
    <message>
        <source>Read the claims from a JSON file (keys as in the token: sub, company_code, tier, max_users, features, nbf, exp, grace_days, supersedes, iss; plus company_name for the .lic header).</source>
        <translation>Die Lizenzangaben aus einer JSON-Datei lesen (Feldnamen wie im Token: sub, company_code, tier, max_users, features, nbf, exp, grace_days, supersedes, iss; zusätzlich company_name für den .lic-Kopf).</translation>
    </message>
    <message>
        <source>The company&apos;s UUID.</source>
        <translation>Die UUID des Unternehmens.</translation>
    </message>
    <message>
        <source>The company&apos;s code, e.g. ACME.</source>
        <translation>Das Kürzel des Unternehmens, z. B. ACME.</translation>
    </message>
    <message>
        <source>The company&apos;s name (only for the .lic header).</source>
        <translation>Der Name des Unternehmens (nur für den .lic-Kopf).</translation>
    </message>
    <message>
        <source>small, medium or large.</source>
        <translation>small, medium oder large.</translation>
    </message>
    <message>
        <source>The most users the license allows.</source>
        <translation>Die maximale Anzahl an Benutzern, die die Lizenz zulässt.</translation>
    </message>
    <message>
        <source>Comma-separated feature codes (default: the tier&apos;s template).</source>
        <translation>Kommagetrennte Funktionscodes (Standard: die Vorlage der Stufe).</translation>
    </message>
    <message>
        <source>Days of validity from the start (default 365).</source>
        <translation>Gültigkeitsdauer in Tagen ab Beginn (Standard 365).</translation>
    </message>
    <message>
        <source>Start date, YYYY-MM-DD or RFC 3339 UTC (default: now).</source>
        <translation>Startdatum, JJJJ-MM-TT oder RFC 3339 UTC (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Expiry date, YYYY-MM-DD or RFC 3339 UTC (instead of --valid-days).</source>
        <translation>Ablaufdatum, JJJJ-MM-TT oder RFC 3339 UTC (anstelle von --valid-days).</translation>
    </message>
    <message>
        <source>Days the license keeps working after expiry (default 14).</source>
        <translation>Anzahl der Tage, die die Lizenz nach Ablauf weiter funktioniert (Standard 14).</translation>
    </message>
    <message>
        <source>The license id (jti) this license renews.</source>
        <translation>Die Lizenz-ID (jti) der Lizenz, die durch diese Lizenz verlängert wird.</translation>
    </message>
    <message>
        <source>The issuer name (default: BRIGHTSTEP TECHNOLOGIES).</source>
        <translation>Der Name des Ausstellers (Standard: BRIGHTSTEP TECHNOLOGIES).</translation>
    </message>
    <message>
        <source>Trust this public key (k4.public…); may be repeated. Default: the keys on this computer.</source>
        <translation>Diesem öffentlichen Schlüssel (k4.public…) vertrauen; mehrfach angebbar. Standard: die Schlüssel auf diesem Computer.</translation>
    </message>
    <message>
        <source>Trust the public keys listed in FILE, one per line.</source>
        <translation>Den in FILE aufgeführten öffentlichen Schlüsseln vertrauen, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Check validity at TIME instead of now.</source>
        <translation>Die Gültigkeit zum Zeitpunkt TIME statt zum aktuellen Zeitpunkt prüfen.</translation>
    </message>
    <message>
        <source>Create an issuer key in the system keychain.</source>
        <translation>Einen Ausstellerschlüssel im Systemschlüsselbund erstellen.</translation>
    </message>
    <message>
        <source>List the issuer keys on this computer.</source>
        <translation>Die Ausstellerschlüssel auf diesem Computer auflisten.</translation>
    </message>
    <message>
        <source>Print or write a key&apos;s public key (k4.public).</source>
        <translation>Den öffentlichen Schlüssel (k4.public) eines Schlüssels ausgeben oder in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Rename a key.</source>
        <translation>Einen Schlüssel umbenennen.</translation>
    </message>
    <message>
        <source>Delete a key from this computer (keychain and list).</source>
        <translation>Einen Schlüssel von diesem Computer löschen (Schlüsselbund und Liste).</translation>
    </message>
    <message>
        <source>Write a passphrase-encrypted backup of a key (k4.secret-pw).</source>
        <translation>Eine mit einer Passphrase verschlüsselte Sicherung eines Schlüssels schreiben (k4.secret-pw).</translation>
    </message>
    <message>
        <source>Restore a key from a backup file into the keychain.</source>
        <translation>Einen Schlüssel aus einer Sicherungsdatei im Schlüsselbund wiederherstellen.</translation>
    </message>
    <message>
        <source>Sign a license and write a .lic file or print the token.</source>
        <translation>Eine Lizenz signieren und als .lic-Datei schreiben oder das Token ausgeben.</translation>
    </message>
    <message>
        <source>Verify a .lic file or token against trusted keys.</source>
        <translation>Eine .lic-Datei oder ein Token anhand vertrauenswürdiger Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>Show what a .lic file or token contains, WITHOUT verifying it.</source>
        <translation>Den Inhalt einer .lic-Datei oder eines Tokens anzeigen, OHNE ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Usage: sphair-license [--json] COMMAND [OPTIONS]

Issue and check SPHAiR licenses offline. Issuer keys live in the system keychain.

Commands:
</source>
        <translation>Aufruf: sphair-license [--json] BEFEHL [OPTIONEN]

SPHAiR-Lizenzen offline ausstellen und prüfen. Die Ausstellerschlüssel werden im Systemschlüsselbund aufbewahrt.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;sphair-license COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success, 1 license not valid, 2 usage error, 3 key or keychain problem, 4 file problem, 5 claims refused.</source>
        <translation>
Mit &apos;sphair-license BEFEHL --help&apos; werden die Optionen eines Befehls angezeigt.

Exit-Codes: 0 Erfolg, 1 Lizenz ungültig, 2 Aufruffehler, 3 Problem mit Schlüssel oder Schlüsselbund, 4 Dateiproblem, 5 Lizenzangaben abgelehnt.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &apos;sphair-license --help&apos; for the list.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Eine Liste der Befehle erhalten Sie mit &apos;sphair-license --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: sphair-license %1 [options] %2</source>
        <translation>Aufruf: sphair-license %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>sphair-license: %1</source>
        <translation>sphair-license: %1</translation>
    </message>
    <message>
        <source>Name the issuer key to use.</source>
        <translation>Geben Sie den zu verwendenden Ausstellerschlüssel an.</translation>
    </message>
    <message>
        <source>New backup passphrase: </source>
        <translation>Neue Sicherungs-Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Sicherungs-Passphrase: </translation>
    </message>
    <message>
        <source>Created issuer key %1 (&quot;%2&quot;).
Public key: %3
Back it up now: sphair-license backup %1 -o FILE</source>
        <translation>Ausstellerschlüssel %1 (&quot;%2&quot;) wurde erstellt.
Öffentlicher Schlüssel: %3
Sichern Sie ihn jetzt: sphair-license backup %1 -o FILE</translation>
    </message>
    <message>
        <source>No issuer keys on this computer. Create one with &apos;sphair-license keygen --label NAME&apos;.</source>
        <translation>Auf diesem Computer sind keine Ausstellerschlüssel vorhanden. Erstellen Sie einen mit &apos;sphair-license keygen --label NAME&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  created %3, %n licenses signed</source>
        <translation>
            <numerusform>%1  %2  erstellt %3, %n Lizenz signiert</numerusform>
            <numerusform>%1  %2  erstellt %3, %n Lizenzen signiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
    <message>
        <source>Wrote the public key of %1 to %2.</source>
        <translation>Der öffentliche Schlüssel von %1 wurde in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Usage: sphair-license label KEY LABEL</source>
        <translation>Aufruf: sphair-license label KEY LABEL</translation>
    </message>
    <message>
        <source>Key %1 is now labelled &quot;%2&quot;.</source>
        <translation>Schlüssel %1 hat jetzt die Bezeichnung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Deleted issuer key %1 from this computer.</source>
        <translation>Der Ausstellerschlüssel %1 wurde von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Name the backup file with --output FILE.</source>
        <translation>Geben Sie die Sicherungsdatei mit --output FILE an.</translation>
    </message>
    <message>
        <source>--kdf-memory must be 64 to 1024 (MiB) and --kdf-ops 2 to 16.</source>
        <translation>--kdf-memory muss zwischen 64 und 1024 (MiB) liegen und --kdf-ops zwischen 2 und 16.</translation>
    </message>
    <message>
        <source>Wrote an encrypted backup of %1 to %2. Keep it offline, apart from the passphrase.</source>
        <translation>Eine verschlüsselte Sicherung von %1 wurde in %2 geschrieben. Bewahren Sie sie offline und getrennt von der Passphrase auf.</translation>
    </message>
    <message>
        <source>Cannot read the backup file &quot;%1&quot;.</source>
        <translation>Die Sicherungsdatei &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Restored issuer key %1 (&quot;%2&quot;) into the system keychain.</source>
        <translation>Der Ausstellerschlüssel %1 (&quot;%2&quot;) wurde im Systemschlüsselbund wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot read the claims file &quot;%1&quot;.</source>
        <translation>Die Datei mit den Lizenzangaben &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The claims file must not set &quot;%1&quot;: the signer sets it.</source>
        <translation>Die Datei mit den Lizenzangaben darf &quot;%1&quot; nicht festlegen: Dieser Wert wird beim Signieren gesetzt.</translation>
    </message>
    <message>
        <source>Give the company&apos;s UUID with --company-id (or &quot;sub&quot;).</source>
        <translation>Geben Sie die UUID des Unternehmens mit --company-id (oder &quot;sub&quot;) an.</translation>
    </message>
    <message>
        <source>Give the company&apos;s code with --company-code.</source>
        <translation>Geben Sie das Kürzel des Unternehmens mit --company-code an.</translation>
    </message>
    <message>
        <source>Give the tier with --tier: small, medium or large.</source>
        <translation>Geben Sie die Stufe mit --tier an: small, medium oder large.</translation>
    </message>
    <message>
        <source>Give the number of users with --users.</source>
        <translation>Geben Sie die Anzahl der Benutzer mit --users an.</translation>
    </message>
    <message>
        <source>--grace-days must be a whole number.</source>
        <translation>--grace-days muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not YYYY-MM-DD or RFC 3339 UTC.</source>
        <translation>Das Startdatum &quot;%1&quot; entspricht weder JJJJ-MM-TT noch RFC 3339 UTC.</translation>
    </message>
    <message>
        <source>The expiry &quot;%1&quot; is not YYYY-MM-DD or RFC 3339 UTC.</source>
        <translation>Das Ablaufdatum &quot;%1&quot; entspricht weder JJJJ-MM-TT noch RFC 3339 UTC.</translation>
    </message>
    <message>
        <source>--valid-days must be a positive whole number.</source>
        <translation>--valid-days muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--supersedes must be the UUID of the license being renewed.</source>
        <translation>--supersedes muss die UUID der zu verlängernden Lizenz sein.</translation>
    </message>
    <message>
        <source>%1; the signed token is printed above.</source>
        <translation>%1; das signierte Token wurde oben ausgegeben.</translation>
    </message>
    <message>
        <source>Signed license %1 for %2 and wrote it to %3.</source>
        <translation>Die Lizenz %1 für %2 wurde signiert und in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Give a .lic file, a token or -.</source>
        <translation>Geben Sie eine .lic-Datei, ein Token oder - an.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--at must be YYYY-MM-DD or RFC 3339 UTC.</source>
        <translation>--at muss im Format JJJJ-MM-TT oder RFC 3339 UTC angegeben werden.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>The license has expired and is in its grace period until %1.</source>
        <translation>Die Lizenz ist abgelaufen und befindet sich bis %1 in der Nachfrist.</translation>
    </message>
    <message>
        <source>VALID (in grace period), signed by %1</source>
        <translation>GÜLTIG (in der Nachfrist), signiert von %1</translation>
    </message>
    <message>
        <source>VALID, signed by %1</source>
        <translation>GÜLTIG, signiert von %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>UNVERIFIED: decoded without checking the signature. Do not trust anything below; use &apos;sphair-license verify&apos; for that.</source>
        <translation>UNGEPRÜFT: ohne Prüfung der Signatur dekodiert. Vertrauen Sie keiner der folgenden Angaben; verwenden Sie für die Prüfung &apos;sphair-license verify&apos;.</translation>
    </message>
    <message>
        <source>Footer:  %1</source>
        <translation>Footer:    %1</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>The last license signed with the key (a .lic file or its token): the next license continues its chain instead of starting again at 1.</source>
        <translation>Die letzte mit dem Schlüssel signierte Lizenz (eine .lic-Datei oder ihr Token): Die nächste Lizenz setzt seine Kette fort, statt wieder bei 1 zu beginnen.</translation>
    </message>
    <message>
        <source>The key was restored, but its chain does not continue: %1</source>
        <translation>Der Schlüssel wurde wiederhergestellt, aber seine Kette wird nicht fortgesetzt: %1</translation>
    </message>
    <message>
        <source>Its next license takes number %1 and links to the last one.</source>
        <translation>Seine nächste Lizenz erhält die Nummer %1 und verweist auf die letzte.</translation>
    </message>
    <message>
        <source>This computer knows of no license signed with this key, so its next license takes number 1. If it signed licenses before, the platform will flag that one as coming from a copied key: restore again with --continue-from and the last license it signed.</source>
        <translation>Auf diesem Computer ist keine mit diesem Schlüssel signierte Lizenz bekannt, daher erhält seine nächste Lizenz die Nummer 1. Hat er schon früher Lizenzen signiert, markiert die Plattform diese Lizenz als von einem kopierten Schlüssel stammend: Stellen Sie ihn erneut mit --continue-from und der letzten von ihm signierten Lizenz wieder her.</translation>
    </message>
</context>
<context>
    <name>sphair::cli::PassphraseReader</name>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Die Passphrasendatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrasendatei %1 ist leer.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for a passphrase. Use --passphrase-file FILE instead.</source>
        <translation>Es ist kein Terminal für die Abfrage der Passphrase vorhanden. Verwenden Sie stattdessen --passphrase-file FILE.</translation>
    </message>
</context>
<context>
    <name>sphair::client::ClientError</name>
    <message>
        <source>“%1” is not a secure address. The console only talks to the platform over HTTPS; plain HTTP is allowed only to this computer (loopback) when the connection profile allows it.</source>
        <translation>„%1“ ist keine sichere Adresse. Die Konsole kommuniziert mit der Plattform nur über HTTPS; unverschlüsseltes HTTP ist nur zu diesem Computer (Loopback) erlaubt, und nur wenn das Verbindungsprofil dies zulässt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address. Use an address such as https://platform.example.com.</source>
        <translation>„%1“ ist keine gültige Serveradresse. Verwenden Sie eine Adresse wie https://platform.example.com.</translation>
    </message>
    <message>
        <source>The identity of the server %1 has changed, so the connection was refused and nothing was sent. Expected certificate fingerprint (SPKI SHA-256): %2. The server presented: %3. If the server&apos;s certificate was replaced on purpose, check the new fingerprint with its administrator and update the connection profile; otherwise someone may be intercepting the connection.</source>
        <translation>Die Identität des Servers %1 hat sich geändert, daher wurde die Verbindung abgelehnt und nichts gesendet. Erwarteter Zertifikat-Fingerabdruck (SPKI SHA-256): %2. Vom Server vorgelegt: %3. Wenn das Zertifikat des Servers absichtlich ersetzt wurde, gleichen Sie den neuen Fingerabdruck mit dem Administrator des Servers ab und aktualisieren Sie das Verbindungsprofil; andernfalls wird die Verbindung möglicherweise von Dritten abgefangen.</translation>
    </message>
    <message>
        <source>This connection profile does not trust the server %1 yet. Its certificate fingerprint (SPKI SHA-256) is %2. Compare it with the one the server&apos;s administrator gave you before you trust it.</source>
        <translation>Dieses Verbindungsprofil vertraut dem Server %1 noch nicht. Sein Zertifikat-Fingerabdruck (SPKI SHA-256) lautet %2. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers mitgeteilt hat, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the network connection and that the server is running, then try again.</source>
        <translation>Der Server %1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und ob der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign in to the platform first.</source>
        <translation>Melden Sie sich zuerst bei der Plattform an.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue; what you entered is kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Your changes have not been saved; compare them with the current values and apply them again.</source>
        <translation>Jemand anderes hat diesen Eintrag geändert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; vergleichen Sie sie mit den aktuellen Werten und übernehmen Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The platform is in maintenance. Try again in %n second(s).</source>
        <translation>
            <numerusform>Die Plattform wird gerade gewartet. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Plattform wird gerade gewartet. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Try again later.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered the request with HTTP %1, which the console did not expect.</source>
        <translation>Der Server hat die Anfrage mit HTTP %1 beantwortet, was die Konsole nicht erwartet hat.</translation>
    </message>
    <message>
        <source>the CA certificate file “%1” holds no readable PEM certificate</source>
        <translation>die CA-Zertifikatsdatei „%1“ enthält kein lesbares PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
</context>
<context>
    <name>sphair::client::ConnectionProfile</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A connection name is one line of at most %n character(s), without leading or trailing spaces.</source>
        <translation>
            <numerusform>Ein Verbindungsname besteht aus einer Zeile mit höchstens %n Zeichen, ohne Leerzeichen am Anfang oder Ende.</numerusform>
            <numerusform>Ein Verbindungsname besteht aus einer Zeile mit höchstens %n Zeichen, ohne Leerzeichen am Anfang oder Ende.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server address must not carry a user name, a query or a fragment.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, keine Abfrage (Query) und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is the base64 form of 32 bytes (44 characters ending in “=”).</source>
        <translation>Ein Zertifikat-Fingerabdruck ist die Base64-Darstellung von 32 Bytes (44 Zeichen, endend auf „=“).</translation>
    </message>
    <message>
        <source>Must be a colour written as #RRGGBB, such as #1a73e8.</source>
        <translation>Muss eine Farbe im Format #RRGGBB sein, z. B. #1a73e8.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sphair::client::ConnectionProfiles</name>
    <message>
        <source>There is no connection called “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>A connection called “%1” exists already. Choose another name.</source>
        <translation>Eine Verbindung namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>sphair::client::PlatformClient</name>
    <message>
        <source>A certificate fingerprint is the base64 form of 32 bytes.</source>
        <translation>Ein Zertifikat-Fingerabdruck ist die Base64-Darstellung von 32 Bytes.</translation>
    </message>
</context>
<context>
    <name>sphair::client::SandboxLauncher</name>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>A sandbox platform is already running or still stopping.</source>
        <translation>Eine Sandbox-Plattform läuft bereits oder wird noch beendet.</translation>
    </message>
    <message>
        <source>The sandbox platform could not be found: %1 is missing or not executable.</source>
        <translation>Die Sandbox-Plattform wurde nicht gefunden: %1 fehlt oder ist nicht ausführbar.</translation>
    </message>
    <message>
        <source>The sandbox folder %1 could not be created.</source>
        <translation>Der Sandbox-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The sandbox platform wrote too much output without a ready line.</source>
        <translation>Die Sandbox-Plattform hat zu viel ausgegeben, ohne eine Bereitschaftszeile zu melden.</translation>
    </message>
    <message>
        <source>The sandbox platform printed something that is not its JSON ready line.</source>
        <translation>Die Sandbox-Plattform hat etwas ausgegeben, das nicht ihre JSON-Bereitschaftszeile ist.</translation>
    </message>
    <message>
        <source>The sandbox platform&apos;s ready line lacks %1.</source>
        <translation>In der Bereitschaftszeile der Sandbox-Plattform fehlt %1.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>sie ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The sandbox platform stopped before it was ready (%1). Its last messages:
%2</source>
        <translation>Die Sandbox-Plattform wurde beendet, bevor sie bereit war (%1). Ihre letzten Meldungen:
%2</translation>
    </message>
    <message>
        <source>The sandbox platform stopped unexpectedly (%1). Its last messages:
%2</source>
        <translation>Die Sandbox-Plattform wurde unerwartet beendet (%1). Ihre letzten Meldungen:
%2</translation>
    </message>
    <message>
        <source>The sandbox platform %1 could not be started: %2</source>
        <translation>Die Sandbox-Plattform %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The sandbox platform did not report ready within %1 seconds. Its last messages:
%2</source>
        <translation>Die Sandbox-Plattform hat sich nicht innerhalb von %1 Sekunden als bereit gemeldet. Ihre letzten Meldungen:
%2</translation>
    </message>
    <message>
        <source>The sandbox platform&apos;s ready line is not readable: %1</source>
        <translation>Die Bereitschaftszeile der Sandbox-Plattform ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>sphair::client::SessionKeychain</name>
    <message>
        <source>No system keychain is available, so the console cannot remember your sign-in. You stay signed in until the console closes.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher kann sich die Konsole Ihre Anmeldung nicht merken. Sie bleiben angemeldet, bis die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the console cannot remember your sign-in.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert, daher kann sich die Konsole Ihre Anmeldung nicht merken.</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so the console cannot remember your sign-in: %1</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet, daher kann sich die Konsole Ihre Anmeldung nicht merken: %1</translation>
    </message>
</context>
<context>
    <name>sphair::core::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sphair::core::StrictJson</name>
    <message>
        <source>The data is not a valid JSON object.</source>
        <translation>Die Daten sind kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>The data names the field “%1” twice.</source>
        <translation>Die Daten nennen das Feld „%1“ zweimal.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::Base64Url</name>
    <message>
        <source>The text is damaged: it contains characters that do not belong there, or it was cut off.</source>
        <translation>Der Text ist beschädigt: Er enthält unzulässige Zeichen oder wurde abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::Ed25519Keys</name>
    <message>
        <source>The cryptography library could not be started on this computer.</source>
        <translation>Die Kryptografiebibliothek konnte auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <source>This is not a valid public key: it has the wrong length.</source>
        <translation>Dies ist kein gültiger öffentlicher Schlüssel: Er hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged: it has the wrong length.</source>
        <translation>Der gespeicherte Signaturschlüssel ist beschädigt: Er hat die falsche Länge.</translation>
    </message>
    <message>
        <source>This is not a valid signing key: it has the wrong length.</source>
        <translation>Dies ist kein gültiger Signaturschlüssel: Er hat die falsche Länge.</translation>
    </message>
    <message>
        <source>This signing key is damaged: its two halves do not belong together.</source>
        <translation>Dieser Signaturschlüssel ist beschädigt: Seine beiden Hälften gehören nicht zusammen.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::KeyVault</name>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n issuer keys; give the full key id.</source>
        <translation>
            <numerusform>&quot;%1&quot; passt zu %n Ausstellerschlüssel; geben Sie die vollständige Schlüssel-ID an.</numerusform>
            <numerusform>&quot;%1&quot; passt zu %n Ausstellerschlüsseln; geben Sie die vollständige Schlüssel-ID an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Eine Sicherungs-Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Eine Sicherungs-Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an issuer key backup: it must contain exactly one k4.secret-pw line.</source>
        <translation>Dies ist keine Sicherung eines Ausstellerschlüssels: Sie muss genau eine k4.secret-pw-Zeile enthalten.</translation>
    </message>
    <message>
        <source>The secret stored in the keychain for key %1 belongs to a different key. Signing is refused; restore the key from its backup.</source>
        <translation>Das im Schlüsselbund gespeicherte Geheimnis für Schlüssel %1 gehört zu einem anderen Schlüssel. Das Signieren wird verweigert; stellen Sie den Schlüssel aus seiner Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key&apos;s issue counter could not be saved.</source>
        <translation>Der Ausstellungszähler des Schlüssels konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no issuer key &quot;%1&quot; on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Ausstellerschlüssel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not a license signed with the key %1 (%2), so the key&apos;s chain cannot continue from it.</source>
        <translation>Dies ist keine mit dem Schlüssel %1 signierte Lizenz (%2), daher kann die Kette des Schlüssels nicht an sie anschließen.</translation>
    </message>
    <message>
        <source>No key vault is open.</source>
        <translation>Es ist kein Schlüsseltresor geöffnet.</translation>
    </message>
    <message>
        <source>Another program is signing with these keys; try again when it is done.</source>
        <translation>Ein anderes Programm signiert gerade mit diesen Schlüsseln; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created, so signing is refused: two programs could otherwise give two licenses the same number.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden, daher wird das Signieren verweigert: Sonst könnten zwei Programme zwei Lizenzen dieselbe Nummer geben.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::LicenseClaims</name>
    <message>
        <source>The license data is damaged: it is not in the expected format.</source>
        <translation>Die Lizenzdaten sind beschädigt: Sie liegen nicht im erwarteten Format vor.</translation>
    </message>
    <message>
        <source>The license data is damaged: the field “%1” appears twice.</source>
        <translation>Die Lizenzdaten sind beschädigt: Das Feld „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>company ID</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <source>license ID</source>
        <translation>Lizenz-ID</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Gültigkeitsbeginn</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>company code</source>
        <translation>Unternehmenskürzel</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <source>number of users</source>
        <translation>Benutzeranzahl</translation>
    </message>
    <message>
        <source>feature list</source>
        <translation>Funktionsliste</translation>
    </message>
    <message>
        <source>grace period</source>
        <translation>Nachfrist</translation>
    </message>
    <message>
        <source>replaced license</source>
        <translation>ersetzte Lizenz</translation>
    </message>
    <message>
        <source>issue number</source>
        <translation>Ausstellungsnummer</translation>
    </message>
    <message>
        <source>link to the previous license</source>
        <translation>Verweis auf die vorherige Lizenz</translation>
    </message>
    <message>
        <source>The license is incomplete: it has no %1.</source>
        <translation>Die Lizenz ist unvollständig: Die Angabe „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The license&apos;s %1 is not valid.</source>
        <translation>Die Angabe „%1“ in der Lizenz ist ungültig.</translation>
    </message>
    <message>
        <source>A %1 license allows %2 to %3 users; this one says %4.</source>
        <translation>Eine Lizenz der Stufe „%1“ erlaubt %2 bis %3 Benutzer; diese Lizenz gibt %4 an.</translation>
    </message>
    <message>
        <source>The grace period must be between 0 and %1 days; this license says %2.</source>
        <translation>Die Nachfrist muss zwischen 0 und %1 Tagen liegen; diese Lizenz gibt %2 an.</translation>
    </message>
    <message>
        <source>The company code “%1” is not valid: it must be 2 to 32 capital letters, digits or hyphens, starting with a letter.</source>
        <translation>Das Unternehmenskürzel „%1“ ist ungültig: Es muss aus 2 bis 32 Großbuchstaben, Ziffern oder Bindestrichen bestehen und mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The license names a tier this program does not know.</source>
        <translation>Die Lizenz nennt eine Stufe, die dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>The license includes a feature this program does not know: “%1”.</source>
        <translation>Die Lizenz enthält eine Funktion, die dieses Programm nicht kennt: „%1“.</translation>
    </message>
    <message>
        <source>The license lists the feature “%1” twice.</source>
        <translation>Die Lizenz führt die Funktion „%1“ doppelt auf.</translation>
    </message>
    <message>
        <source>The license ends (%1) before it starts (%2).</source>
        <translation>Die Lizenz endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>The license says it was issued on %1, which is later than the time on this computer. Check this computer&apos;s date and time.</source>
        <translation>Laut Lizenz wurde sie am %1 ausgestellt; dieser Zeitpunkt liegt nach der aktuellen Uhrzeit dieses Computers. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The license is damaged: it states the %1 twice.</source>
        <translation>Die Lizenz ist beschädigt: Die Angabe „%1“ ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>The license contains information this program does not understand (“%1”). It may have been made for a newer version.</source>
        <translation>Die Lizenz enthält Angaben, die dieses Programm nicht versteht („%1“). Sie wurde möglicherweise für eine neuere Version erstellt.</translation>
    </message>
    <message>
        <source>The license names a tier this program does not know: “%1”.</source>
        <translation>Die Lizenz nennt eine Stufe, die dieses Programm nicht kennt: „%1“.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::LicenseFile</name>
    <message>
        <source>The file says %1: %2, but the signed license says %3.</source>
        <translation>In der Datei steht %1: %2, in der signierten Lizenz jedoch %3.</translation>
    </message>
    <message>
        <source># SPHAiR license — the lines above the token are informational and not signed.</source>
        <translation># SPHAiR-Lizenz – die Zeilen oberhalb des Tokens dienen nur zur Information und sind nicht signiert.</translation>
    </message>
    <message>
        <source>The license file contains more than one license. Send each license in a file of its own.</source>
        <translation>Die Lizenzdatei enthält mehr als eine Lizenz. Senden Sie jede Lizenz in einer eigenen Datei.</translation>
    </message>
    <message>
        <source>The license file is damaged: it contains a line that does not belong there.</source>
        <translation>Die Lizenzdatei ist beschädigt: Sie enthält eine Zeile, die dort nicht hingehört.</translation>
    </message>
    <message>
        <source>The license file does not contain a license. It may be empty or cut off.</source>
        <translation>Die Lizenzdatei enthält keine Lizenz. Sie ist möglicherweise leer oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::LicenseSigner</name>
    <message>
        <source>The signing key does not match key id %1; nothing was signed.</source>
        <translation>Der Signaturschlüssel passt nicht zur Schlüssel-ID %1; es wurde nichts signiert.</translation>
    </message>
    <message>
        <source>The new signature did not verify and was discarded. Nothing was issued; try again, and report this if it repeats.</source>
        <translation>Die neue Signatur konnte nicht verifiziert werden und wurde verworfen. Es wurde nichts ausgestellt. Versuchen Sie es erneut, und melden Sie den Fehler, falls er wieder auftritt.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::LicenseVerifier</name>
    <message>
        <source>This license was signed by an issuer key that is not trusted here (%1).</source>
        <translation>Diese Lizenz wurde mit einem Ausstellerschlüssel signiert, dem hier nicht vertraut wird (%1).</translation>
    </message>
    <message>
        <source>This license is not valid yet; it starts on %1.</source>
        <translation>Diese Lizenz ist noch nicht gültig; sie beginnt am %1.</translation>
    </message>
    <message>
        <source>This license expired on %1.</source>
        <translation>Diese Lizenz ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>This license does not say which issuer key signed it, so it cannot be checked.</source>
        <translation>Diese Lizenz gibt nicht an, mit welchem Ausstellerschlüssel sie signiert wurde, und kann daher nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::Paserk</name>
    <message>
        <source>This is not a valid key in the expected format, or it was damaged when it was copied.</source>
        <translation>Dies ist kein gültiger Schlüssel im erwarteten Format, oder er wurde beim Kopieren beschädigt.</translation>
    </message>
    <message>
        <source>The key could not be processed: the computer ran out of memory or the cryptography library is unavailable.</source>
        <translation>Der Schlüssel konnte nicht verarbeitet werden: Der Arbeitsspeicher des Computers reicht nicht aus, oder die Kryptografiebibliothek ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation>Es ist kein Signaturschlüssel geladen.</translation>
    </message>
    <message>
        <source>The passphrase protection settings are outside the supported range.</source>
        <translation>Die Einstellungen für den Passphrasenschutz liegen außerhalb des unterstützten Bereichs.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key backup is damaged.</source>
        <translation>Die Passphrase ist falsch, oder die Schlüsselsicherung ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::Paseto</name>
    <message>
        <source>This is not a complete license token. It may have been cut off or changed when it was copied.</source>
        <translation>Dies ist kein vollständiges Lizenz-Token. Es wurde beim Kopieren möglicherweise abgeschnitten oder verändert.</translation>
    </message>
    <message>
        <source>This token is not a SPHAiR license: it uses a format this program does not accept.</source>
        <translation>Dieses Token ist keine SPHAiR-Lizenz: Es verwendet ein Format, das dieses Programm nicht akzeptiert.</translation>
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation>Es ist kein Signaturschlüssel geladen.</translation>
    </message>
    <message>
        <source>The license signature does not match. The license was changed after it was issued, or it was issued with a different key.</source>
        <translation>Die Signatur der Lizenz stimmt nicht überein. Die Lizenz wurde nach der Ausstellung verändert oder mit einem anderen Schlüssel ausgestellt.</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::SeedKeychain</name>
    <message>
        <source>No system keychain is available, so issuer keys cannot be stored or used. Unlock or install the system keychain (Secret Service, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher können Ausstellerschlüssel weder gespeichert noch verwendet werden. Entsperren oder installieren Sie den Systemschlüsselbund (Secret Service, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This issuer key&apos;s secret is not in the system keychain. Restore the key from its backup file.</source>
        <translation>Das Geheimnis dieses Ausstellerschlüssels befindet sich nicht im Systemschlüsselbund. Stellen Sie den Schlüssel aus seiner Sicherungsdatei wieder her.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>sphair::licensing::VaultSigner</name>
    <message>
        <source>No key vault is open.</source>
        <translation>Es ist kein Schlüsseltresor geöffnet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock (%1) is behind the last license signed with this key (%2). Correct the clock before signing.</source>
        <translation>Die Uhrzeit dieses Computers (%1) liegt vor dem Zeitpunkt der letzten mit diesem Schlüssel signierten Lizenz (%2). Korrigieren Sie die Uhrzeit, bevor Sie signieren.</translation>
    </message>
    <message>
        <source>Another license is being signed with this key; try again when it is done.</source>
        <translation>Mit diesem Schlüssel wird gerade eine andere Lizenz signiert; versuchen Sie es erneut, sobald der Vorgang abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>sphair::models::ActiveUsersChartModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
</context>
<context>
    <name>sphair::models::AdminRole</name>
    <message>
        <source>Super administrator</source>
        <translation>Superadministrator</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Support (read-only)</source>
        <translation>Support (nur Lesezugriff)</translation>
    </message>
</context>
<context>
    <name>sphair::models::ApiErrorBody</name>
    <message>
        <source>An error code must be lower_snake_case, such as “invalid_field”.</source>
        <translation>Ein Fehlercode muss in lower_snake_case geschrieben sein, z. B. „invalid_field“.</translation>
    </message>
</context>
<context>
    <name>sphair::models::AuditEntry</name>
    <message>
        <source>“%1” is not a role; use one of %2.</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>“action” must be lowercase words joined by dots, such as company.suspend.</source>
        <translation>„action“ muss aus kleingeschriebenen, durch Punkte verbundenen Wörtern bestehen, z. B. company.suspend.</translation>
    </message>
    <message>
        <source>“target_type” must be a lowercase name such as company.</source>
        <translation>„target_type“ muss ein kleingeschriebener Name sein, z. B. company.</translation>
    </message>
</context>
<context>
    <name>sphair::models::Company</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>sphair::models::CompanySettings</name>
    <message>
        <source>White text on the primary colour %1 (header and main buttons) has a contrast of %2:1; at least %3:1 is needed to be readable.</source>
        <translation>Weißer Text auf der Primärfarbe %1 (Kopfzeile und Hauptschaltflächen) hat einen Kontrast von %2:1; für gute Lesbarkeit ist mindestens %3:1 erforderlich.</translation>
    </message>
    <message>
        <source>White text on the secondary colour %1 (secondary buttons) has a contrast of %2:1; at least %3:1 is needed to be readable.</source>
        <translation>Weißer Text auf der Sekundärfarbe %1 (sekundäre Schaltflächen) hat einen Kontrast von %2:1; für gute Lesbarkeit ist mindestens %3:1 erforderlich.</translation>
    </message>
    <message>
        <source>Links in the accent colour %1 on the white page have a contrast of %2:1; at least %3:1 is needed to be readable.</source>
        <translation>Links in der Akzentfarbe %1 auf der weißen Seite haben einen Kontrast von %2:1; für gute Lesbarkeit ist mindestens %3:1 erforderlich.</translation>
    </message>
    <message>
        <source>The language must be one of: %1.</source>
        <translation>Die Sprache muss eine von diesen sein: %1.</translation>
    </message>
    <message>
        <source>The company&apos;s time zone “%1” is unknown; use an IANA name such as Europe/Berlin.</source>
        <translation>Die Zeitzone „%1“ der Firma ist unbekannt; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>sphair::models::CompanyTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %n user(s)</source>
        <translation>
            <numerusform>%1 von höchstens %n Benutzer</numerusform>
            <numerusform>%1 von höchstens %n Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft am %2 ab</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Users / max</source>
        <translation>Benutzer / max.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>License expires</source>
        <translation>Lizenzablauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The company list is not a JSON object: %1</source>
        <translation>Die Unternehmensliste ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>sphair::models::Deployment</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>“version” must be 1 to %1 characters of letters, digits and . _ + -, starting with a letter or digit, such as 2.14.0.</source>
        <translation>„version“ muss 1 bis %1 Zeichen lang sein, darf nur Buchstaben, Ziffern und . _ + - enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen, z. B. 2.14.0.</translation>
    </message>
    <message>
        <source>A deployment cannot finish before it starts.</source>
        <translation>Eine Bereitstellung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>A deployment cannot roll itself back.</source>
        <translation>Eine Bereitstellung kann sich nicht selbst zurücksetzen.</translation>
    </message>
    <message>
        <source>Deployment steps must be numbered 1, 2, 3, … in order.</source>
        <translation>Bereitstellungsschritte müssen fortlaufend mit 1, 2, 3, … nummeriert sein.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>sphair::models::DeploymentModel</name>
    <message>
        <source>%1 (scheduled)</source>
        <translation>%1 (geplant)</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzung</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Sofort: %1</translation>
    </message>
    <message>
        <source>In a maintenance window</source>
        <translation>In einem Wartungsfenster</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>sphair::models::DeploymentStart</name>
    <message>
        <source>A reason is given for a deployment started now (&quot;now&quot;: true).</source>
        <translation>Ein Grund wird nur für eine sofort gestartete Bereitstellung angegeben (&quot;now&quot;: true).</translation>
    </message>
    <message>
        <source>A deployment into a window needs both “window_id” and “occurrence”.</source>
        <translation>Eine Bereitstellung in ein Fenster braucht „window_id“ und „occurrence“.</translation>
    </message>
    <message>
        <source>A deployment starts either now or in a window, not both.</source>
        <translation>Eine Bereitstellung startet entweder sofort oder in einem Fenster, nicht beides.</translation>
    </message>
    <message>
        <source>A deployment outside a window needs the reason it cannot wait.</source>
        <translation>Eine Bereitstellung außerhalb eines Fensters braucht den Grund, warum sie nicht warten kann.</translation>
    </message>
</context>
<context>
    <name>sphair::models::DeploymentStep</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Maintenance mode on</source>
        <translation>Wartungsmodus ein</translation>
    </message>
    <message>
        <source>Deploy to standby</source>
        <translation>Auf Standby-Umgebung bereitstellen</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>Switch traffic</source>
        <translation>Datenverkehr umschalten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Maintenance mode off</source>
        <translation>Wartungsmodus aus</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>“%1” is not a deployment step.</source>
        <translation>„%1“ ist kein Bereitstellungsschritt.</translation>
    </message>
    <message>
        <source>A step cannot finish before it starts.</source>
        <translation>Ein Schritt kann nicht enden, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>sphair::models::DeploymentStepModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>sphair::models::ErrorCountModel</name>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureAdoptionChartModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>%1: companies</source>
        <translation>%1: Unternehmen</translation>
    </message>
    <message>
        <source>%1: enabled</source>
        <translation>%1: aktiviert</translation>
    </message>
    <message>
        <source>%1: share using %</source>
        <translation>%1: Anteil Nutzung %</translation>
    </message>
    <message>
        <source>%1: uses</source>
        <translation>%1: Nutzungen</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureAdoptionRow</name>
    <message>
        <source>“active_share” must be between 0 and 1.</source>
        <translation>„active_share“ muss zwischen 0 und 1 liegen.</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureCatalog</name>
    <message>
        <source>Inventory</source>
        <translation>Bestandsverwaltung</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichtswesen</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API-Zugriff</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offlinemodus</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Advanced analytics</source>
        <translation>Erweiterte Analysen</translation>
    </message>
    <message>
        <source>Custom templates</source>
        <translation>Benutzerdefinierte Vorlagen</translation>
    </message>
    <message>
        <source>Multiple sites</source>
        <translation>Mehrere Standorte</translation>
    </message>
    <message>
        <source>Workflow automation</source>
        <translation>Workflow-Automatisierung</translation>
    </message>
    <message>
        <source>White label</source>
        <translation>White-Label</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureChange</name>
    <message>
        <source>“enabled” is required unless “config” is sent: true, false, or null to follow the tier.</source>
        <translation>„enabled“ ist erforderlich, sofern „config“ nicht gesendet wird: true, false oder null, um die Vorgabe der Stufe zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureChangeBatch</name>
    <message>
        <source>Send at most %1 companies at once.</source>
        <translation>Senden Sie höchstens %1 Unternehmen auf einmal.</translation>
    </message>
    <message>
        <source>Name at least one company.</source>
        <translation>Nennen Sie mindestens ein Unternehmen.</translation>
    </message>
    <message>
        <source>Each company may appear once.</source>
        <translation>Jedes Unternehmen darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Send at most %1 changes per company.</source>
        <translation>Senden Sie höchstens %1 Änderungen je Unternehmen.</translation>
    </message>
    <message>
        <source>Each feature may appear once per company.</source>
        <translation>Jede Funktion darf je Unternehmen nur einmal vorkommen.</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureMatrixModel</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Override (the tier template has it %1)</source>
        <translation>Überschreibung (die Stufenvorlage hat sie %1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Tier template default</source>
        <translation>Vorgabe der Stufenvorlage</translation>
    </message>
    <message>
        <source>Not licensed: the company&apos;s license does not include this feature</source>
        <translation>Nicht lizenziert: Die Lizenz des Unternehmens enthält diese Funktion nicht</translation>
    </message>
    <message>
        <source>Staged: the server has it %1</source>
        <translation>Vorgemerkt: Auf dem Server ist sie %1</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, Stufe %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Change features</source>
        <translation>Funktionen ändern</translation>
    </message>
    <message>
        <source>Switch %1 on</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>Switch %1 off</source>
        <translation>%1 ausschalten</translation>
    </message>
    <message numerus="yes">
        <source>Switch %1 on for %n company(s)</source>
        <translation>
            <numerusform>%1 für %n Unternehmen einschalten</numerusform>
            <numerusform>%1 für %n Unternehmen einschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch %1 off for %n company(s)</source>
        <translation>
            <numerusform>%1 für %n Unternehmen ausschalten</numerusform>
            <numerusform>%1 für %n Unternehmen ausschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n company(s) to the tier template</source>
        <translation>
            <numerusform>%n Unternehmen auf die Stufenvorlage zurücksetzen</numerusform>
            <numerusform>%n Unternehmen auf die Stufenvorlage zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>No staged changes</source>
        <translation>Keine vorgemerkten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 across %n company(s)</source>
        <extracomment>e.g. &quot;+3 on, −1 off across 2 companies&quot;; %1 and %2 are the counts with their words</extracomment>
        <translation>
            <numerusform>%1, %2 in %n Unternehmen</numerusform>
            <numerusform>%1, %2 in %n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n on</source>
        <translation>
            <numerusform>+%n ein</numerusform>
            <numerusform>+%n ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n off</source>
        <translation>
            <numerusform>−%n aus</numerusform>
            <numerusform>−%n aus</numerusform>
        </translation>
    </message>
    <message>
        <source>on: %1</source>
        <translation>ein: %1</translation>
    </message>
    <message>
        <source>off: %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <source>follow the tier: %1</source>
        <translation>folgen der Stufe: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureSettings</name>
    <message>
        <source>Low-stock alerts</source>
        <translation>Warnungen bei niedrigem Bestand</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Report retention (days)</source>
        <translation>Aufbewahrung der Berichte (Tage)</translation>
    </message>
    <message>
        <source>Rate limit (requests per minute)</source>
        <translation>Ratenlimit (Anfragen pro Minute)</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook signature label</source>
        <translation>Bezeichnung der Webhook-Signatur</translation>
    </message>
    <message>
        <source>Sync interval (minutes)</source>
        <translation>Synchronisationsintervall (Minuten)</translation>
    </message>
    <message>
        <source>Longest time offline (days)</source>
        <translation>Längste Zeit offline (Tage)</translation>
    </message>
    <message>
        <source>Require a PIN</source>
        <translation>PIN verlangen</translation>
    </message>
    <message>
        <source>Data retention (months)</source>
        <translation>Datenaufbewahrung (Monate)</translation>
    </message>
    <message>
        <source>Most templates</source>
        <translation>Höchstzahl der Vorlagen</translation>
    </message>
    <message>
        <source>Most sites</source>
        <translation>Höchstzahl der Standorte</translation>
    </message>
    <message>
        <source>Most active workflows</source>
        <translation>Höchstzahl aktiver Workflows</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <translation>„%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>„%1“ muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>“%1”: the feature %2 has no settings.</source>
        <translation>„%1“: Die Funktion %2 hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of %2; it has: %3.</source>
        <translation>„%1“ ist keine Einstellung von %2; vorhanden sind: %3.</translation>
    </message>
</context>
<context>
    <name>sphair::models::GrowthChartModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
</context>
<context>
    <name>sphair::models::HealthSeriesModel</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>Client errors (4xx)</source>
        <translation>Clientfehler (4xx)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Fehlerquote (%)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Database statements</source>
        <translation>Datenbankanweisungen</translation>
    </message>
    <message>
        <source>Database mean (ms)</source>
        <translation>Datenbank, Mittel (ms)</translation>
    </message>
    <message>
        <source>Start (local time)</source>
        <translation>Beginn (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>sphair::models::HealthStatus</name>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>No data: no requests in this range</source>
        <translation>Keine Daten: keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Red: p95 latency %1 is above %2</source>
        <translation>Rot: p95-Latenz %1 liegt über %2</translation>
    </message>
    <message>
        <source>Amber: p95 latency %1 is above %2</source>
        <translation>Gelb: p95-Latenz %1 liegt über %2</translation>
    </message>
    <message>
        <source>Green: p95 latency %1 is within %2</source>
        <translation>Grün: p95-Latenz %1 liegt innerhalb von %2</translation>
    </message>
    <message>
        <source>Red: error rate %1 is above %2</source>
        <translation>Rot: Fehlerquote %1 liegt über %2</translation>
    </message>
    <message>
        <source>Amber: error rate %1 is above %2</source>
        <translation>Gelb: Fehlerquote %1 liegt über %2</translation>
    </message>
    <message>
        <source>Green: error rate %1 is within %2</source>
        <translation>Grün: Fehlerquote %1 liegt innerhalb von %2</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>sphair::models::IssuedTenantToken</name>
    <message>
        <source>Must be a tenant token starting with spht_.</source>
        <translation>Muss ein Mandanten-Token sein, das mit spht_ beginnt.</translation>
    </message>
</context>
<context>
    <name>sphair::models::IssuerKey</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>The key “%1” is %2 and no longer accepted for new licenses.</source>
        <translation>Der Schlüssel „%1“ ist %2 und wird für neue Lizenzen nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>The license was signed at %1, outside the validity of the key “%2”.</source>
        <translation>Die Lizenz wurde am %1 signiert, also außerhalb des Gültigkeitszeitraums des Schlüssels „%2“.</translation>
    </message>
    <message>
        <source>The key “%1” may sign licenses up to the %2 tier, not %3.</source>
        <translation>Der Schlüssel „%1“ darf Lizenzen nur bis zur Stufe %2 signieren, nicht %3.</translation>
    </message>
    <message>
        <source>The key “%1” may sign licenses for at most %2 users, not %3.</source>
        <translation>Der Schlüssel „%1“ darf Lizenzen für höchstens %2 Benutzer signieren, nicht für %3.</translation>
    </message>
    <message>
        <source>The key “%1” may not sign the feature “%2”.</source>
        <translation>Der Schlüssel „%1“ darf die Funktion „%2“ nicht signieren.</translation>
    </message>
    <message>
        <source>“kid” must be a PASERK key id starting with “k4.pid.”.</source>
        <translation>„kid“ muss eine PASERK-Schlüssel-ID sein, die mit „k4.pid.“ beginnt.</translation>
    </message>
    <message>
        <source>“public_key” must be a PASERK public key starting with “k4.public.”.</source>
        <translation>„public_key“ muss ein öffentlicher PASERK-Schlüssel sein, der mit „k4.public.“ beginnt.</translation>
    </message>
    <message>
        <source>The key&apos;s validity must end after it begins.</source>
        <translation>Der Gültigkeitszeitraum des Schlüssels muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The key “%1” is valid from %2 until %3, not now (%4): the platform accepts no license signed with it, whenever it says it was signed.</source>
        <translation>Der Schlüssel „%1“ ist von %2 bis %3 gültig, nicht jetzt (%4): Die Plattform nimmt keine mit ihm signierte Lizenz an, gleich wann sie signiert worden sein will.</translation>
    </message>
    <message>
        <source>(open-ended)</source>
        <translation>(unbefristet)</translation>
    </message>
</context>
<context>
    <name>sphair::models::LicenseDisplayStatus</name>
    <message>
        <source>No license</source>
        <translation>Keine Lizenz</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In Nachfrist</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
</context>
<context>
    <name>sphair::models::LicenseRecord</name>
    <message>
        <source>“kid” must be a PASERK key id starting with “k4.pid.”.</source>
        <translation>„kid“ muss eine PASERK-Schlüssel-ID sein, die mit „k4.pid.“ beginnt.</translation>
    </message>
    <message>
        <source>The license starts after it expires.</source>
        <translation>Die Lizenz beginnt erst nach ihrem Ablauf.</translation>
    </message>
    <message>
        <source>The license was issued after it expires.</source>
        <translation>Die Lizenz wurde erst nach ihrem Ablauf ausgestellt.</translation>
    </message>
    <message>
        <source>A license cannot supersede itself.</source>
        <translation>Eine Lizenz kann sich nicht selbst ersetzen.</translation>
    </message>
    <message>
        <source>A revoked license needs the time it was revoked.</source>
        <translation>Für eine widerrufene Lizenz ist der Zeitpunkt des Widerrufs erforderlich.</translation>
    </message>
    <message>
        <source>Only a revoked license has a revocation time.</source>
        <translation>Nur eine widerrufene Lizenz hat einen Widerrufszeitpunkt.</translation>
    </message>
    <message>
        <source>The token must be a PASETO v4.public token.</source>
        <translation>Das Token muss ein PASETO-v4.public-Token sein.</translation>
    </message>
</context>
<context>
    <name>sphair::models::LicenseTableModel</name>
    <message>
        <source>Pending registration</source>
        <translation>Registrierung ausstehend</translation>
    </message>
    <message>
        <source>Signed here but not registered with the platform yet; it waits in the outbox.</source>
        <translation>Hier signiert, aber noch nicht bei der Plattform registriert; die Lizenz wartet im Postausgang.</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>Widerrufen am %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; valid %2 to %3, grace %n day(s)</source>
        <translation>
            <numerusform>%1; gültig vom %2 bis %3, Nachfrist %n Tag</numerusform>
            <numerusform>%1; gültig vom %2 bis %3, Nachfrist %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1; honoured until %2</source>
        <translation>Läuft am %1 ab; gilt noch bis %2</translation>
    </message>
    <message>
        <source>%1, issue #%2</source>
        <translation>%1, Ausstellungsnummer %2</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>sphair::models::LoginsChartModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Average for the weekday</source>
        <translation>Durchschnitt des Wochentags</translation>
    </message>
</context>
<context>
    <name>sphair::models::MaintenanceException</name>
    <message>
        <source>An exception either skips or moves an occurrence.</source>
        <translation>Eine Ausnahme lässt einen Termin entweder ausfallen oder verschiebt ihn.</translation>
    </message>
    <message>
        <source>A skipped occurrence has no start or end.</source>
        <translation>Ein ausfallender Termin hat weder Beginn noch Ende.</translation>
    </message>
    <message>
        <source>A moved occurrence must end after it starts.</source>
        <translation>Ein verschobener Termin muss nach seinem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>sphair::models::MaintenanceNoticeMail</name>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ ist keiner dieser Werte: %2.</translation>
    </message>
    <message>
        <source>72 hours ahead</source>
        <translation>72 Stunden vorher</translation>
    </message>
    <message>
        <source>24 hours ahead</source>
        <translation>24 Stunden vorher</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sphair::models::MaintenanceSchedule</name>
    <message>
        <source>Only an occurrence of a recurring window can be skipped or moved; change or cancel a single window instead.</source>
        <translation>Nur ein Termin eines wiederkehrenden Fensters kann ausfallen oder verschoben werden; ändern oder streichen Sie ein einzelnes Fenster stattdessen.</translation>
    </message>
    <message>
        <source>A recurring window must be shorter than a week, so that one occurrence ends before the next starts.</source>
        <translation>Ein wiederkehrendes Fenster muss kürzer als eine Woche sein, damit ein Termin endet, bevor der nächste beginnt.</translation>
    </message>
    <message>
        <source>No occurrence of this window is planned on %1.</source>
        <translation>Am %1 ist kein Termin dieses Fensters geplant.</translation>
    </message>
</context>
<context>
    <name>sphair::models::MaintenanceWindow</name>
    <message>
        <source>“%1” is not a time zone this system knows; use an IANA name such as Africa/Johannesburg.</source>
        <translation>„%1“ ist keine diesem System bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Africa/Johannesburg.</translation>
    </message>
    <message>
        <source>The maintenance window must end after it starts.</source>
        <translation>Das Wartungsfenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>A recurring window cannot end before its first occurrence.</source>
        <translation>Ein wiederkehrendes Fenster kann nicht vor seinem ersten Termin enden.</translation>
    </message>
    <message>
        <source>A window can have at most %1 skipped or moved occurrences.</source>
        <translation>Ein Fenster kann höchstens %1 ausfallende oder verschobene Termine haben.</translation>
    </message>
    <message>
        <source>The occurrence of %1 is changed twice.</source>
        <translation>Der Termin vom %1 wird zweimal geändert.</translation>
    </message>
</context>
<context>
    <name>sphair::models::MaintenanceWindowModel</name>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>Ihre Zeit (%1)</translation>
    </message>
    <message>
        <source>When (window&apos;s zone)</source>
        <translation>Wann (Zeitzone des Fensters)</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message numerus="yes">
        <source>(%n changed)</source>
        <translation>
            <numerusform>(%n geändert)</numerusform>
            <numerusform>(%n geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every month on the first %1</source>
        <translation>Jeden Monat am ersten %1</translation>
    </message>
    <message>
        <source>Every month on the second %1</source>
        <translation>Jeden Monat am zweiten %1</translation>
    </message>
    <message>
        <source>Every month on the third %1</source>
        <translation>Jeden Monat am dritten %1</translation>
    </message>
    <message>
        <source>Every month on the fourth %1</source>
        <translation>Jeden Monat am vierten %1</translation>
    </message>
    <message>
        <source>Every month on the last %1</source>
        <translation>Jeden Monat am letzten %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Jeden %1</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>sphair::models::NoticeMailModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Maintenance starts</source>
        <translation>Wartung beginnt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>“%1”, next attempt %2</source>
        <translation>„%1“, nächster Versuch %2</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>sphair::models::RouteHealthModel</name>
    <message numerus="yes">
        <source>%1 %2: %n request(s), mean %3 ms</source>
        <translation>
            <numerusform>%1 %2: %n Anfrage, im Mittel %3 ms</numerusform>
            <numerusform>%1 %2: %n Anfragen, im Mittel %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Client errors</source>
        <translation>Clientfehler</translation>
    </message>
</context>
<context>
    <name>sphair::models::StatsOverview</name>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>„%1“ ist keiner der zulässigen Werte (%2).</translation>
    </message>
</context>
<context>
    <name>sphair::models::Tier</name>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
</context>
<context>
    <name>sphair::models::UtilisationChartModel</name>
    <message>
        <source>near the limit</source>
        <translation>nahe am Limit</translation>
    </message>
    <message>
        <source>at the limit</source>
        <translation>am Limit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>Max. Benutzer</translation>
    </message>
    <message>
        <source>Utilisation %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>sphair::models::Validation</name>
    <message>
        <source>“%1” is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” must be an ID written as 36 lowercase characters, such as 3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12.</source>
        <translation>„%1“ muss eine ID aus 36 kleingeschriebenen Zeichen sein, z. B. 3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12.</translation>
    </message>
    <message>
        <source>“%1” must be a colour written as #RRGGBB, for example #1A73E8.</source>
        <translation>„%1“ muss eine Farbe im Format #RRGGBB sein, z. B. #1A73E8.</translation>
    </message>
    <message>
        <source>“%1” must be an https:// address with a host name and no user name or password, at most %2 characters.</source>
        <translation>„%1“ muss eine https://-Adresse mit Hostnamen und ohne Benutzernamen oder Passwort sein und darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>“%1” must be an e-mail address such as name@example.com.</source>
        <translation>„%1“ muss eine E-Mail-Adresse sein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>“%1” must be 2 to 32 characters long and use only capital letters A–Z, digits and “-”, starting with a letter.</source>
        <translation>„%1“ muss 2 bis 32 Zeichen lang sein, darf nur Großbuchstaben A–Z, Ziffern und „-“ enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>“%1” must be a domain name such as portal.example.com.</source>
        <translation>„%1“ muss ein Domainname sein, z. B. portal.example.com.</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be at least %n character(s) long.</source>
        <translation>
            <numerusform>„%1“ muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>„%1“ muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be at most %n character(s) long.</source>
        <translation>
            <numerusform>„%1“ darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>„%1“ darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be a single line without control characters.</source>
        <translation>„%1“ muss einzeilig sein und darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3; it is %4.</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen; der Wert ist %4.</translation>
    </message>
    <message>
        <source>The %1 tier allows %2 to %3 users; %4 is outside that range.</source>
        <translation>Die Stufe „%1“ erlaubt %2 bis %3 Benutzer; %4 liegt außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <source>“%1” is not a feature in the catalog.</source>
        <translation>„%1“ ist keine Funktion im Katalog.</translation>
    </message>
    <message>
        <source>The feature “%1” is listed twice.</source>
        <translation>Die Funktion „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>“%1” is not a field this request accepts; the accepted fields are: %2.</source>
        <translation>„%1“ ist kein Feld, das diese Anfrage akzeptiert; zulässige Felder sind: %2.</translation>
    </message>
    <message>
        <source>“%1” must be %2–%3 lowercase letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation>„%1“ muss aus %2–%3 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the platform; choose another name.</source>
        <translation>„%1“ ist für die Plattform reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>sphair::models::WeekGridModel</name>
    <message>
        <source>Your time: %1</source>
        <translation>Ihre Zeit: %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Verschoben vom %1</translation>
    </message>
    <message>
        <source>This hour does not exist on %1: the clocks go forward.</source>
        <translation>Diese Stunde gibt es am %1 nicht: Die Uhren werden vorgestellt.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 in %2; your time (%3):
%4</source>
        <translation>%1 in %2; Ihre Zeit (%3):
%4</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
</context>
<context>
    <name>sphair::models::WireReader</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <translation>„%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>“%1” must be one of %2; “%3” is not.</source>
        <translation>„%1“ muss einer der Werte %2 sein; „%3“ ist nicht zulässig.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>“%1” must be a UTC time such as 2025-01-31T14:00:00Z.</source>
        <translation>„%1“ muss eine UTC-Zeit sein, z. B. 2025-01-31T14:00:00Z.</translation>
    </message>
    <message>
        <source>“%1” must be a day such as 2025-01-31.</source>
        <translation>„%1“ muss ein Datum sein, z. B. 2025-01-31.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>“%1” must be at least %2; it is %3.</source>
        <translation>„%1“ muss mindestens %2 sein; der Wert ist %3.</translation>
    </message>
</context>
<context>
    <name>sphair::server</name>
    <message>
        <source>dddd, d MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Planned maintenance of SPHAiR in 3 days: %1</source>
        <translation>Geplante Wartung von SPHAiR in 3 Tagen: %1</translation>
    </message>
    <message>
        <source>Planned maintenance of SPHAiR tomorrow: %1</source>
        <translation>Geplante Wartung von SPHAiR morgen: %1</translation>
    </message>
    <message>
        <source>SPHAiR maintenance has ended: %1</source>
        <translation>Die Wartung von SPHAiR ist beendet: %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>SPHAiR will be under maintenance from %1 until %2 (time zone %3). During this time the users of %4 may not be able to work with SPHAiR. Please let them know.</source>
        <translation>SPHAiR wird von %1 bis %2 (Zeitzone %3) gewartet. In dieser Zeit können die Benutzer von %4 möglicherweise nicht mit SPHAiR arbeiten. Bitte informieren Sie sie.</translation>
    </message>
    <message>
        <source>The maintenance of SPHAiR from %1 until %2 (time zone %3) has ended. The users of %4 can work with SPHAiR again.</source>
        <translation>Die Wartung von SPHAiR von %1 bis %2 (Zeitzone %3) ist beendet. Die Benutzer von %4 können wieder mit SPHAiR arbeiten.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>You receive this notice as an administrator of %1 on the SPHAiR platform. It was sent automatically; please do not reply.</source>
        <translation>Sie erhalten diese Nachricht als Administrator von %1 auf der SPHAiR-Plattform. Sie wurde automatisch versandt; bitte antworten Sie nicht darauf.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::BrandPreviewControls</name>
    <message>
        <source>Login page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light and dark</source>
        <translation>Hell und dunkel</translation>
    </message>
</context>
<context>
    <name>sphair::ui::BrandPreviewRenderer</name>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>View all reports</source>
        <translation>Alle Berichte ansehen</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>sphair::ui::ChartPanel</name>
    <message>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <source>Show or hide the chart&apos;s series</source>
        <translation>Reihen des Diagramms ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data as CSV</source>
        <translation>Die Daten des Diagramms als CSV speichern</translation>
    </message>
    <message>
        <source>Loading the chart</source>
        <translation>Diagramm wird geladen</translation>
    </message>
    <message>
        <source>Left and Right step through the values; the value is shown under the chart.</source>
        <translation>Links und Rechts gehen die Werte durch; der Wert steht unter dem Diagramm.</translation>
    </message>
    <message>
        <source>Point at the chart (or focus it and press Left/Right) to see values.</source>
        <translation>Zeigen Sie auf das Diagramm (oder fokussieren Sie es und drücken Sie Links/Rechts), um Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The chart has no data.</source>
        <translation>Das Diagramm hat keine Daten.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exporting the chart %1</source>
        <translation>Exportieren des Diagramms %1</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the data of %1</source>
        <translation>Exportieren der Daten von %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompaniesPage</name>
    <message>
        <source>Code or name</source>
        <translation>Kürzel oder Name</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Active and suspended</source>
        <translation>Aktiv und gesperrt</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a company (Ctrl+N)</source>
        <translation>Unternehmen anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected company (Enter)</source>
        <translation>Ausgewähltes Unternehmen bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>S&amp;perren…</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>Akt&amp;ivieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>L&amp;öschen…</translation>
    </message>
    <message>
        <source>Delete the selected company (Delete)</source>
        <translation>Ausgewähltes Unternehmen löschen (Entf)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the companies shown as a CSV file</source>
        <translation>Die angezeigten Unternehmen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Loading the companies</source>
        <translation>Laden der Unternehmen</translation>
    </message>
    <message>
        <source>Loading more companies</source>
        <translation>Laden weiterer Unternehmen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Created company %1.</source>
        <translation>Unternehmen %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Saved company %1.</source>
        <translation>Unternehmen %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Suspending company %1</source>
        <translation>Sperren des Unternehmens %1</translation>
    </message>
    <message>
        <source>Activating company %1</source>
        <translation>Aktivieren des Unternehmens %1</translation>
    </message>
    <message>
        <source>Suspended company %1.</source>
        <translation>Unternehmen %1 wurde gesperrt.</translation>
    </message>
    <message>
        <source>Activated company %1.</source>
        <translation>Unternehmen %1 wurde aktiviert.</translation>
    </message>
    <message>
        <source>Deleting company %1</source>
        <translation>Löschen des Unternehmens %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%2)? %n user(s) lose access and its tenant API calls are refused. The company is kept for the audit trail but can no longer be changed.</source>
        <translation>
            <numerusform>%1 (%2) löschen? %n Benutzer verliert den Zugriff, und die API-Aufrufe des Mandanten werden abgelehnt. Das Unternehmen bleibt für das Audit-Protokoll erhalten, kann aber nicht mehr geändert werden.</numerusform>
            <numerusform>%1 (%2) löschen? %n Benutzer verlieren den Zugriff, und die API-Aufrufe des Mandanten werden abgelehnt. Das Unternehmen bleibt für das Audit-Protokoll erhalten, kann aber nicht mehr geändert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>Unternehmen %1 löschen</translation>
    </message>
    <message>
        <source>&amp;Delete company</source>
        <translation>Unternehmen &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted company %1.</source>
        <translation>Unternehmen %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Export companies</source>
        <translation>Unternehmen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting companies</source>
        <translation>Exportieren der Unternehmen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n companies to %1</source>
        <translation>
            <numerusform>%n Unternehmen wurde nach %1 exportiert</numerusform>
            <numerusform>%n Unternehmen wurden nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompanyDetailPane</name>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Wählen Sie ein Unternehmen aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Key / seq:</source>
        <translation>Schlüssel / Nr.:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>Loading company %1</source>
        <translation>Laden des Unternehmens %1</translation>
    </message>
    <message>
        <source>Loading the licenses of %1</source>
        <translation>Laden der Lizenzen von %1</translation>
    </message>
    <message>
        <source>Loading the audit trail of %1</source>
        <translation>Laden des Audit-Protokolls von %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s): the limit is reached.</source>
        <translation>
            <numerusform>%1 von %n Benutzer: Die Obergrenze ist erreicht.</numerusform>
            <numerusform>%1 von %n Benutzern: Die Obergrenze ist erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s).</source>
        <translation>
            <numerusform>%1 von %n Benutzer.</numerusform>
            <numerusform>%1 von %n Benutzern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / #%2</source>
        <translation>%1 / Nr. %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation>Keine Aktivitäten aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>e.g. ACME-01</source>
        <translation>z. B. ACME-01</translation>
    </message>
    <message>
        <source>it@example.com</source>
        <translation>it@example.com</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Max users:</source>
        <translation>&amp;Max. Benutzer:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Someone else changed this company</source>
        <translation>Jemand anderes hat dieses Unternehmen geändert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>Max. Benutzer</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Unternehmen %1 bearbeiten</translation>
    </message>
    <message>
        <source>Loading company %1</source>
        <translation>Laden des Unternehmens %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>A company with the code %1 exists already.</source>
        <translation>Ein Unternehmen mit dem Kürzel %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The %1 tier allows %2 to %3 users.</source>
        <translation>Die Stufe „%1“ erlaubt %2 bis %3 Benutzer.</translation>
    </message>
    <message>
        <source>(%1 or more)</source>
        <translation>(%1 oder mehr)</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>Creating company %1</source>
        <translation>Anlegen des Unternehmens %1</translation>
    </message>
    <message>
        <source>Saving company %1</source>
        <translation>Speichern des Unternehmens %1</translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompanyStatusDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Suspend %1 (%2)?</source>
        <translation>%1 (%2) sperren?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of this company lose access until it is activated again.</source>
        <translation>
            <numerusform>%n Benutzer dieses Unternehmens verliert den Zugriff, bis es wieder aktiviert wird.</numerusform>
            <numerusform>%n Benutzer dieses Unternehmens verlieren den Zugriff, bis es wieder aktiviert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>While it is suspended, its tenant API calls and tokens are refused.</source>
        <translation>Solange es gesperrt ist, werden API-Aufrufe und Token des Mandanten abgelehnt.</translation>
    </message>
    <message>
        <source>Activate %1 (%2)?</source>
        <translation>%1 (%2) aktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of this company regain access.</source>
        <translation>
            <numerusform>%n Benutzer dieses Unternehmens erhält wieder Zugriff.</numerusform>
            <numerusform>%n Benutzer dieses Unternehmens erhalten wieder Zugriff.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its tenant API calls and tokens are accepted again.</source>
        <translation>API-Aufrufe und Token des Mandanten werden wieder akzeptiert.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the audit log):</source>
        <translation>&amp;Begründung (optional, wird im Audit-Protokoll gespeichert):</translation>
    </message>
    <message>
        <source>&amp;Suspend company</source>
        <translation>Unternehmen &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Activate company</source>
        <translation>Unternehmen &amp;aktivieren</translation>
    </message>
</context>
<context>
    <name>sphair::ui::ConflictPanel</name>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Werte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auf dem Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Load t&amp;heirs</source>
        <translation>Server-Werte &amp;laden</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>Mit meinen Werten &amp;überschreiben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>sphair::ui::Console</name>
    <message>
        <source>Starting the sandbox platform</source>
        <translation>Starten der Sandbox-Plattform</translation>
    </message>
    <message>
        <source>Signed in to the sandbox as %1.</source>
        <translation>Als %1 bei der Sandbox angemeldet.</translation>
    </message>
    <message>
        <source>That company is not in the Companies list as it is filtered now; clear the search to see it.</source>
        <translation>Dieses Unternehmen ist in der gefilterten Unternehmensliste nicht enthalten; leeren Sie die Suche, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::DeploymentStartDialog</name>
    <message>
        <source>Start a deployment</source>
        <translation>Bereitstellung starten</translation>
    </message>
    <message>
        <source>e.g. 2.14.0</source>
        <translation>z. B. 2.14.0</translation>
    </message>
    <message>
        <source>Into a maintenance &amp;window:</source>
        <translation>In ein Wartungs&amp;fenster:</translation>
    </message>
    <message>
        <source>Window occurrence</source>
        <translation>Termin des Fensters</translation>
    </message>
    <message>
        <source>Loading the maintenance windows…</source>
        <translation>Die Wartungsfenster werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Now, outside a window, because:</source>
        <translation>&amp;Jetzt, außerhalb eines Fensters, weil:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why this cannot wait for the next window, e.g. a security fix.</source>
        <translation>Warum dies nicht bis zum nächsten Fenster warten kann, z. B. eine Sicherheitskorrektur.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>%1 %2–%3 %4</source>
        <translation>%1 %2–%3 %4</translation>
    </message>
    <message>
        <source>(your time %1–%2)</source>
        <translation>(Ihre Zeit %1–%2)</translation>
    </message>
    <message>
        <source>The maintenance windows could not be loaded: %1</source>
        <translation>Die Wartungsfenster konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>No maintenance window is planned in the next %n day(s). Plan one in “Windows”, or start now with a reason.</source>
        <translation>
            <numerusform>Innerhalb von %n Tag ist kein Wartungsfenster geplant. Planen Sie eines unter „Fenster“ oder starten Sie jetzt mit einem Grund.</numerusform>
            <numerusform>Innerhalb von %n Tagen ist kein Wartungsfenster geplant. Planen Sie eines unter „Fenster“ oder starten Sie jetzt mit einem Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment waits as scheduled and starts when the window starts.</source>
        <translation>Die Bereitstellung wartet als geplant und startet, wenn das Fenster beginnt.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>sphair::ui::DeploymentsPage</name>
    <message>
        <source>W&amp;indows</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Deplo&amp;yments</source>
        <translation>Bereitstell&amp;ungen</translation>
    </message>
    <message>
        <source>N&amp;otices</source>
        <translation>Hin&amp;weise</translation>
    </message>
</context>
<context>
    <name>sphair::ui::DeploymentsView</name>
    <message>
        <source>&amp;Start deployment…</source>
        <translation>&amp;Bereitstellung starten …</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Zurücksetzen …</translation>
    </message>
    <message>
        <source>Puts the version before back; only the latest deployment that succeeded can be rolled back.</source>
        <translation>Setzt die vorherige Version wieder ein; nur die letzte erfolgreiche Bereitstellung kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled</source>
        <translation>Geplante &amp;abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>e.g. 2.14</source>
        <translation>z. B. 2.14</translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation>Gestartet &amp;zwischen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation>Verlauf der Bereitstellungen</translation>
    </message>
    <message>
        <source>Select a deployment to see its steps.</source>
        <translation>Wählen Sie eine Bereitstellung, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Protokoll des Schritts</translation>
    </message>
    <message>
        <source>The selected step&apos;s log</source>
        <translation>Das Protokoll des gewählten Schritts</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the deployment history</source>
        <translation>Laden des Bereitstellungsverlaufs</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 deployments.</source>
        <translation>Die neuesten %1 von %2 Bereitstellungen werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Bereitstellung</numerusform>
            <numerusform>%n Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment could not be loaded: %1</source>
        <translation>Die Bereitstellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>Gestartet von %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>scheduled for %1 (when its maintenance window starts)</source>
        <translation>geplant für %1 (wenn ihr Wartungsfenster beginnt)</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>traffic on %1</source>
        <translation>Verkehr auf %1</translation>
    </message>
    <message>
        <source>rolls back an earlier deployment</source>
        <translation>setzt eine frühere Bereitstellung zurück</translation>
    </message>
    <message>
        <source>started outside a window because: %1</source>
        <translation>außerhalb eines Fensters gestartet, weil: %1</translation>
    </message>
    <message>
        <source>Deployment of %1 scheduled.</source>
        <translation>Bereitstellung von %1 geplant.</translation>
    </message>
    <message>
        <source>Deployment of %1 started.</source>
        <translation>Bereitstellung von %1 gestartet.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Roll back version %1? The version before goes back into service, under maintenance mode for the time it takes.</source>
        <translation>Version %1 zurücksetzen? Die vorherige Version geht wieder in Betrieb, für die Dauer unter Wartungsmodus.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>Nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelling the deployment</source>
        <translation>Abbrechen der Bereitstellung</translation>
    </message>
    <message>
        <source>Deployment of %1 cancelled.</source>
        <translation>Bereitstellung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Rollback to %1 · %2</source>
        <translation>Zurücksetzung auf %1 · %2</translation>
    </message>
</context>
<context>
    <name>sphair::ui::FeatureSettingsPanel</name>
    <message>
        <source>Feature settings</source>
        <translation>Funktionseinstellungen</translation>
    </message>
    <message>
        <source>This feature has no settings.</source>
        <translation>Diese Funktion hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Put the values the server has back into the fields</source>
        <translation>Die Werte des Servers wieder in die Felder übernehmen</translation>
    </message>
    <message>
        <source>Apply &amp;settings</source>
        <translation>&amp;Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Select a feature of a company whose features are loaded.</source>
        <translation>Wählen Sie eine Funktion eines Unternehmens aus, dessen Funktionen geladen sind.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>override of the tier template</source>
        <translation>überschreibt die Stufenvorlage</translation>
    </message>
    <message>
        <source>as the tier template has it</source>
        <translation>wie in der Stufenvorlage</translation>
    </message>
    <message>
        <source>in the company&apos;s license</source>
        <translation>in der Lizenz des Unternehmens</translation>
    </message>
    <message>
        <source>not in the company&apos;s license</source>
        <translation>nicht in der Lizenz des Unternehmens</translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation>%1, %2; %3.</translation>
    </message>
    <message>
        <source>A switch edit is staged and not applied yet.</source>
        <translation>Eine Schaltänderung ist vorgemerkt und noch nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::FeaturesPage</name>
    <message>
        <source>Search code or name</source>
        <translation>Kürzel oder Name suchen</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Unternehmen suchen</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Stufenfilter</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Only &amp;drift from the tier template</source>
        <translation>Nur &amp;Abweichungen von der Stufenvorlage</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Features of each company</source>
        <translation>Funktionen je Unternehmen</translation>
    </message>
    <message>
        <source>● on   ○ off   ◆ override of the tier template   ⚠ not in the company&apos;s license   ✎ staged, not applied yet</source>
        <translation>● ein   ○ aus   ◆ überschreibt die Stufenvorlage   ⚠ nicht in der Lizenz des Unternehmens   ✎ vorgemerkt, noch nicht übernommen</translation>
    </message>
    <message>
        <source>Selected companies:</source>
        <translation>Ausgewählte Unternehmen:</translation>
    </message>
    <message>
        <source>Feature for the bulk action</source>
        <translation>Funktion für die Sammelaktion</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>A&amp;usschalten</translation>
    </message>
    <message>
        <source>Reset to &amp;tier template</source>
        <translation>Auf &amp;Stufenvorlage zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last staged edit (Ctrl+Z)</source>
        <translation>Die letzte vorgemerkte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the staged edit undone last (Ctrl+Shift+Z)</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>Ü&amp;bernehmen…</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reload &amp;those companies</source>
        <translation>&amp;Diese Unternehmen neu laden</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Tier &amp;templates</source>
        <translation>Stufen&amp;vorlagen</translation>
    </message>
    <message>
        <source>Reload features</source>
        <translation>Funktionen neu laden</translation>
    </message>
    <message>
        <source>Reloading drops the staged edits (%1). Reload anyway?</source>
        <translation>Beim Neuladen gehen die vorgemerkten Änderungen verloren (%1). Trotzdem neu laden?</translation>
    </message>
    <message>
        <source>Loading the feature catalog…</source>
        <translation>Funktionskatalog wird geladen…</translation>
    </message>
    <message>
        <source>The feature catalog could not be loaded.</source>
        <translation>Der Funktionskatalog konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the feature catalog</source>
        <translation>Laden des Funktionskatalogs</translation>
    </message>
    <message>
        <source>The companies could not be loaded.</source>
        <translation>Die Unternehmen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the companies</source>
        <translation>Laden der Unternehmen</translation>
    </message>
    <message>
        <source>No companies.</source>
        <translation>Keine Unternehmen.</translation>
    </message>
    <message>
        <source>Feature not licensed</source>
        <translation>Funktion nicht lizenziert</translation>
    </message>
    <message numerus="yes">
        <source>The license of %n company(s) does not include %1: %2.
Tenants cannot use it until their license does. Switch it on anyway?</source>
        <translation>
            <numerusform>Die Lizenz von %n Unternehmen enthält %1 nicht: %2.
Mandanten können die Funktion erst nutzen, wenn ihre Lizenz sie enthält. Trotzdem einschalten?</numerusform>
            <numerusform>Die Lizenzen von %n Unternehmen enthalten %1 nicht: %2.
Mandanten können die Funktion erst nutzen, wenn ihre Lizenz sie enthält. Trotzdem einschalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply feature changes</source>
        <translation>Funktionsänderungen übernehmen</translation>
    </message>
    <message>
        <source>All of these changes are applied together, or none.</source>
        <translation>Alle diese Änderungen werden gemeinsam übernommen oder keine.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n company(s) changed meanwhile (%1). Reload them, check your edits and apply again.</source>
        <translation>
            <numerusform>Nichts wurde übernommen: %n Unternehmen wurde inzwischen geändert (%1). Laden Sie es neu, prüfen Sie Ihre Änderungen und übernehmen Sie sie erneut.</numerusform>
            <numerusform>Nichts wurde übernommen: %n Unternehmen wurden inzwischen geändert (%1). Laden Sie sie neu, prüfen Sie Ihre Änderungen und übernehmen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the feature changes</source>
        <translation>Übernehmen der Funktionsänderungen</translation>
    </message>
    <message>
        <source>Feature changes applied: %1</source>
        <translation>Funktionsänderungen übernommen: %1</translation>
    </message>
    <message>
        <source>Reloading a company&apos;s features</source>
        <translation>Neuladen der Funktionen eines Unternehmens</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %L1 of %Ln companies.</source>
        <translation>
            <numerusform>%L1 von %Ln Unternehmen geladen.</numerusform>
            <numerusform>%L1 von %Ln Unternehmen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the feature settings</source>
        <translation>Übernehmen der Funktionseinstellungen</translation>
    </message>
    <message>
        <source>Settings of %1 applied.</source>
        <translation>Einstellungen von %1 übernommen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::HealthThresholdsDialog</name>
    <message>
        <source>Health thresholds</source>
        <translation>Schwellenwerte des Systemzustands</translation>
    </message>
    <message>
        <source>The summary turns amber when a figure of the range is above its amber line, and red when it is above its red line.</source>
        <translation>Die Zusammenfassung wird gelb, wenn ein Wert des Zeitraums über seiner gelben Linie liegt, und rot, wenn er über seiner roten Linie liegt.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>p95 latency, &amp;amber above:</source>
        <translation>p95-Latenz, &amp;gelb über:</translation>
    </message>
    <message>
        <source>p95 latency, &amp;red above:</source>
        <translation>p95-Latenz, &amp;rot über:</translation>
    </message>
    <message>
        <source>Error rate (5xx), a&amp;mber above:</source>
        <translation>Fehlerquote (5xx), ge&amp;lb über:</translation>
    </message>
    <message>
        <source>Error rate (5xx), r&amp;ed above:</source>
        <translation>Fehlerquote (5xx), r&amp;ot über:</translation>
    </message>
    <message>
        <source>The amber latency line must not be above the red one.</source>
        <translation>Die gelbe Latenzlinie darf nicht über der roten liegen.</translation>
    </message>
    <message>
        <source>The amber error-rate line must not be above the red one.</source>
        <translation>Die gelbe Linie der Fehlerquote darf nicht über der roten liegen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::IssueLicenseDialog</name>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Issue a license</source>
        <translation>Lizenz ausstellen</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Funktionen:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>Ab&amp;lauf:</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Nachfrist:</translation>
    </message>
    <message>
        <source>Issuer &amp;key:</source>
        <translation>Aussteller&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Renew the license of %1</source>
        <translation>Lizenz von %1 verlängern</translation>
    </message>
    <message>
        <source>Renews license %1 of %2, which expires %3. Once registered, the new license replaces it.</source>
        <translation>Verlängert die Lizenz %1 von %2, die am %3 abläuft. Sobald die neue Lizenz registriert ist, ersetzt sie die alte.</translation>
    </message>
    <message>
        <source>The company list could not be loaded: %1</source>
        <translation>Die Unternehmensliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>There is no issuer key vault: licenses cannot be signed on this computer.</source>
        <translation>Es ist kein Schlüsseltresor vorhanden: Auf diesem Computer können keine Lizenzen signiert werden.</translation>
    </message>
    <message>
        <source>There is no issuer key. Generate one in the key manager first.</source>
        <translation>Es ist kein Ausstellerschlüssel vorhanden. Erzeugen Sie zuerst einen in der Schlüsselverwaltung.</translation>
    </message>
    <message>
        <source>Choose the company the license is for.</source>
        <translation>Wählen Sie das Unternehmen aus, für das die Lizenz bestimmt ist.</translation>
    </message>
    <message>
        <source>The %1 tier allows %2 to %3 users.</source>
        <translation>Die Stufe „%1“ erlaubt %2 bis %3 Benutzer.</translation>
    </message>
    <message>
        <source>%1 is on the %2 tier with %3 users. The platform only registers a license that matches the company: edit the company first.</source>
        <translation>%1 hat die Stufe „%2“ mit %3 Benutzern. Die Plattform registriert nur eine Lizenz, die zum Unternehmen passt: Bearbeiten Sie zuerst das Unternehmen.</translation>
    </message>
    <message>
        <source>The license must expire after it becomes valid.</source>
        <translation>Die Lizenz muss nach dem Beginn ihrer Gültigkeit ablaufen.</translation>
    </message>
    <message>
        <source>The expiry date is in the past.</source>
        <translation>Das Ablaufdatum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Signing the license…</source>
        <translation>Lizenz wird signiert…</translation>
    </message>
    <message>
        <source>The license could not be signed: %1</source>
        <translation>Die Lizenz konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>There is no outbox to keep the license in.</source>
        <translation>Es gibt keinen Postausgang, in dem die Lizenz abgelegt werden könnte.</translation>
    </message>
    <message>
        <source>The license was signed but there is no connection to register it.</source>
        <translation>Die Lizenz wurde signiert, es besteht aber keine Verbindung, um sie zu registrieren.</translation>
    </message>
    <message>
        <source>Registering the license with the platform…</source>
        <translation>Lizenz wird bei der Plattform registriert…</translation>
    </message>
    <message>
        <source>Cleaning up the outbox</source>
        <translation>Aufräumen des Postausgangs</translation>
    </message>
    <message>
        <source>The platform did not register the license: %1</source>
        <translation>Die Plattform hat die Lizenz nicht registriert: %1</translation>
    </message>
    <message>
        <source>The platform could not be reached (%1) and the license could not be kept in the outbox: %2</source>
        <translation>Die Plattform war nicht erreichbar (%1), und die Lizenz konnte nicht im Postausgang abgelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>length of the grace period</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::IssuerKeyTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The sequence number of the last license signed with this key.</source>
        <translation>Die Ausstellungsnummer der letzten mit diesem Schlüssel signierten Lizenz.</translation>
    </message>
    <message>
        <source>The platform trusts this key to sign licenses.</source>
        <translation>Die Plattform vertraut diesem Schlüssel beim Signieren von Lizenzen.</translation>
    </message>
    <message>
        <source>The platform does not know this key yet: licenses it signs are refused until a superadmin registers it.</source>
        <translation>Die Plattform kennt diesen Schlüssel noch nicht: Mit ihm signierte Lizenzen werden abgelehnt, bis ein Superadministrator ihn registriert.</translation>
    </message>
    <message>
        <source>The platform&apos;s list of issuer keys could not be read.</source>
        <translation>Die Liste der Ausstellerschlüssel der Plattform konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last seq</source>
        <translation>Letzte Nr.</translation>
    </message>
    <message>
        <source>Last issued</source>
        <translation>Zuletzt ausgestellt</translation>
    </message>
    <message>
        <source>Registered on server</source>
        <translation>Auf dem Server registriert</translation>
    </message>
</context>
<context>
    <name>sphair::ui::KeyLabelDialog</name>
    <message>
        <source>e.g. Sales laptop 2025</source>
        <translation>z. B. Vertriebs-Laptop 2025</translation>
    </message>
    <message>
        <source>A label is required: the platform lists the key under it.</source>
        <translation>Eine Bezeichnung ist erforderlich: Die Plattform führt den Schlüssel unter diesem Namen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::KeyManagerDialog</name>
    <message>
        <source>Key manager</source>
        <translation>Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Issuer keys sign licenses on this computer. Their secret halves stay in the system keychain; back each key up, and register its public half with the platform.</source>
        <translation>Mit Ausstellerschlüsseln werden auf diesem Computer Lizenzen signiert. Ihr geheimer Teil bleibt im Systemschlüsselbund; sichern Sie jeden Schlüssel, und registrieren Sie seinen öffentlichen Teil bei der Plattform.</translation>
    </message>
    <message>
        <source>Issuer keys</source>
        <translation>Ausstellerschlüssel</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>Create a new issuer key in the system keychain.</source>
        <translation>Einen neuen Ausstellerschlüssel im Systemschlüsselbund erzeugen.</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Change the selected key&apos;s label on this computer (F2).</source>
        <translation>Die Bezeichnung des ausgewählten Schlüssels auf diesem Computer ändern (F2).</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Write the selected key to a file, encrypted with a passphrase.</source>
        <translation>Den ausgewählten Schlüssel mit einer Passphrase verschlüsselt in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Put a key back into the system keychain from a backup file.</source>
        <translation>Einen Schlüssel aus einer Sicherungsdatei im Systemschlüsselbund wiederherstellen.</translation>
    </message>
    <message>
        <source>E&amp;xport public key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected key&apos;s public key (k4.public) to a file.</source>
        <translation>Den öffentlichen Schlüssel (k4.public) des ausgewählten Schlüssels in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Put the selected key&apos;s public key (k4.public) on the clipboard.</source>
        <translation>Den öffentlichen Schlüssel (k4.public) des ausgewählten Schlüssels in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>Re&amp;gister with server</source>
        <translation>Beim Server &amp;registrieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove the selected key from this computer (Delete).</source>
        <translation>Den ausgewählten Schlüssel von diesem Computer entfernen (Entf).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the keys again and ask the server which ones it knows.</source>
        <translation>Die Schlüssel neu einlesen und beim Server abfragen, welche ihm bekannt sind.</translation>
    </message>
    <message>
        <source>This console session has no issuer key vault, so keys cannot be listed or changed here. Restart the console with access to the system keychain.</source>
        <translation>Diese Konsolensitzung hat keinen Schlüsseltresor, daher können hier keine Schlüssel angezeigt oder geändert werden. Starten Sie die Konsole mit Zugriff auf den Systemschlüsselbund neu.</translation>
    </message>
    <message>
        <source>Checking which issuer keys the platform knows</source>
        <translation>Abfragen der bei der Plattform bekannten Ausstellerschlüssel</translation>
    </message>
    <message>
        <source>There is no issuer key vault in this session.</source>
        <translation>In dieser Sitzung ist kein Schlüsseltresor verfügbar.</translation>
    </message>
    <message>
        <source>Sign in to the platform to register keys with it.</source>
        <translation>Melden Sie sich bei der Plattform an, um dort Schlüssel zu registrieren.</translation>
    </message>
    <message>
        <source>Only a superadmin can register issuer keys with the platform; you are signed in as %1 (%2).</source>
        <translation>Nur ein Superadministrator kann Ausstellerschlüssel bei der Plattform registrieren; Sie sind als %1 (%2) angemeldet.</translation>
    </message>
    <message>
        <source>Select a key to register its public half with the platform.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seinen öffentlichen Teil bei der Plattform zu registrieren.</translation>
    </message>
    <message>
        <source>The platform knows this key already: it is registered.</source>
        <translation>Die Plattform kennt diesen Schlüssel bereits: Er ist registriert.</translation>
    </message>
    <message>
        <source>Register this key&apos;s public half with the platform, so that the licenses it signs are accepted.</source>
        <translation>Den öffentlichen Teil dieses Schlüssels bei der Plattform registrieren, damit die mit ihm signierten Lizenzen akzeptiert werden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Generate issuer key</source>
        <translation>Ausstellerschlüssel erzeugen</translation>
    </message>
    <message>
        <source>A label for the new key, so that people can tell it apart:</source>
        <translation>Eine Bezeichnung für den neuen Schlüssel, damit er sich von anderen unterscheiden lässt:</translation>
    </message>
    <message>
        <source>Generating the key and storing it in the system keychain…</source>
        <translation>Schlüssel wird erzeugt und im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Generating an issuer key</source>
        <translation>Erzeugen eines Ausstellerschlüssels</translation>
    </message>
    <message>
        <source>Created issuer key “%1” (%2). Back it up now: without a backup it is lost with this computer&apos;s keychain.</source>
        <translation>Der Ausstellerschlüssel „%1“ (%2) wurde erzeugt. Sichern Sie ihn jetzt: Ohne Sicherung geht er mit dem Schlüsselbund dieses Computers verloren.</translation>
    </message>
    <message>
        <source>Rename issuer key</source>
        <translation>Ausstellerschlüssel umbenennen</translation>
    </message>
    <message>
        <source>A new label for key %1:</source>
        <translation>Neue Bezeichnung für Schlüssel %1:</translation>
    </message>
    <message>
        <source>Renaming key %1</source>
        <translation>Umbenennen des Schlüssels %1</translation>
    </message>
    <message>
        <source>Key %1 is now labelled “%2” on this computer.</source>
        <translation>Schlüssel %1 hat auf diesem Computer jetzt die Bezeichnung „%2“.</translation>
    </message>
    <message>
        <source>Save key backup</source>
        <translation>Schlüsselsicherung speichern</translation>
    </message>
    <message>
        <source>Issuer key backups (*%1);;All files (*)</source>
        <translation>Sicherungen von Ausstellerschlüsseln (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup of “%1” (%2). The backup is written to %3; keep the passphrase somewhere else.</source>
        <translation>Wählen Sie eine Passphrase für die Sicherung von „%1“ (%2). Die Sicherung wird in %3 geschrieben; bewahren Sie die Passphrase an einem anderen Ort auf.</translation>
    </message>
    <message>
        <source>Encrypting the backup (Argon2id takes a moment)…</source>
        <translation>Sicherung wird verschlüsselt (Argon2id benötigt einen Moment)…</translation>
    </message>
    <message>
        <source>Backing up key %1</source>
        <translation>Sichern des Schlüssels %1</translation>
    </message>
    <message>
        <source>Wrote an encrypted backup of key %1 to %2. Keep it offline, apart from its passphrase.</source>
        <translation>Eine verschlüsselte Sicherung von Schlüssel %1 wurde in %2 geschrieben. Bewahren Sie sie offline und getrennt von ihrer Passphrase auf.</translation>
    </message>
    <message>
        <source>Open key backup</source>
        <translation>Schlüsselsicherung öffnen</translation>
    </message>
    <message>
        <source>Restoring a key from %1</source>
        <translation>Wiederherstellen eines Schlüssels aus %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This is not an issuer key backup: it has no k4.secret-pw line.</source>
        <translation>Dies ist keine Sicherung eines Ausstellerschlüssels: Sie enthält keine k4.secret-pw-Zeile.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the backup %1.</source>
        <translation>Geben Sie die Passphrase der Sicherung %1 ein.</translation>
    </message>
    <message>
        <source>It says it holds key “%1” (%2).</source>
        <translation>Laut eigener Angabe enthält sie den Schlüssel „%1“ (%2).</translation>
    </message>
    <message>
        <source>That key is on this computer already; restoring keeps its history.</source>
        <translation>Dieser Schlüssel ist bereits auf diesem Computer vorhanden; beim Wiederherstellen bleibt sein Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Decrypting the backup (Argon2id takes a moment)…</source>
        <translation>Sicherung wird entschlüsselt (Argon2id benötigt einen Moment)…</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file is damaged. Nothing was changed.</source>
        <translation>Die Passphrase ist falsch, oder die Sicherungsdatei ist beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored key “%1” (%2) into the system keychain.</source>
        <translation>Der Schlüssel „%1“ (%2) wurde im Systemschlüsselbund wiederhergestellt.</translation>
    </message>
    <message>
        <source>Exporting the public key of %1</source>
        <translation>Exportieren des öffentlichen Schlüssels von %1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Public keys (*%1);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Wrote the public key of “%1” to %2. “Copy public key” puts it on the clipboard.</source>
        <translation>Der öffentliche Schlüssel von „%1“ wurde in %2 geschrieben. Mit „Öffentlichen Schlüssel kopieren“ gelangt er in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copying the public key of %1</source>
        <translation>Kopieren des öffentlichen Schlüssels von %1</translation>
    </message>
    <message>
        <source>Copied the public key of “%1” to the clipboard.</source>
        <translation>Der öffentliche Schlüssel von „%1“ wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The platform knows key %1 already.</source>
        <translation>Die Plattform kennt den Schlüssel %1 bereits.</translation>
    </message>
    <message>
        <source>Registering the key with the platform…</source>
        <translation>Schlüssel wird bei der Plattform registriert…</translation>
    </message>
    <message>
        <source>Registering key %1</source>
        <translation>Registrieren des Schlüssels %1</translation>
    </message>
    <message>
        <source>Registered key %1 with the platform: licenses it signs are accepted from now on.</source>
        <translation>Der Schlüssel %1 wurde bei der Plattform registriert: Mit ihm signierte Lizenzen werden ab sofort akzeptiert.</translation>
    </message>
    <message>
        <source>Delete issuer key</source>
        <translation>Ausstellerschlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the issuer key “%1” (%2) from this computer? Its secret is removed from the system keychain. Licenses it signed stay valid, but they can no longer be renewed or re-issued from this computer unless the key was backed up. The platform keeps its public key.</source>
        <translation>Den Ausstellerschlüssel „%1“ (%2) von diesem Computer löschen? Sein Geheimnis wird aus dem Systemschlüsselbund entfernt. Mit ihm signierte Lizenzen bleiben gültig, können aber auf diesem Computer nicht mehr verlängert oder neu ausgestellt werden, sofern der Schlüssel nicht gesichert wurde. Die Plattform behält seinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Schlüssel wird aus dem Systemschlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>Deleting key %1</source>
        <translation>Löschen des Schlüssels %1</translation>
    </message>
    <message>
        <source>Deleted key %1 from this computer.</source>
        <translation>Der Schlüssel %1 wurde von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Its next license takes number %1.</source>
        <translation>Seine nächste Lizenz erhält die Nummer %1.</translation>
    </message>
    <message>
        <source>The console is not signed in to the platform.</source>
        <translation>Die Konsole ist nicht bei der Plattform angemeldet.</translation>
    </message>
    <message>
        <source>Asking the platform which license the key signed last…</source>
        <translation>Die Plattform wird gefragt, welche Lizenz der Schlüssel zuletzt signiert hat…</translation>
    </message>
    <message>
        <source>The platform counts %1 licenses from this key but does not list the last one.</source>
        <translation>Die Plattform zählt %1 Lizenzen dieses Schlüssels, führt die letzte aber nicht auf.</translation>
    </message>
    <message>
        <source>Continuing the chain of key %1</source>
        <translation>Fortsetzen der Kette von Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 This computer does not know which licenses the key signed before, so its next license would take number 1, and the platform takes such a license for one from a copied key. Restore again while signed in, or with sphair-license restore --continue-from and the last license it signed.</source>
        <translation>%1 Dieser Computer weiß nicht, welche Lizenzen der Schlüssel früher signiert hat. Seine nächste Lizenz erhielte daher die Nummer 1, und die Plattform hält eine solche Lizenz für die eines kopierten Schlüssels. Stellen Sie ihn angemeldet erneut wieder her, oder mit sphair-license restore --continue-from und der letzten von ihm signierten Lizenz.</translation>
    </message>
    <message>
        <source>The platform has no license from it, so its chain starts at 1.</source>
        <translation>Die Plattform hat keine Lizenz von ihm, daher beginnt seine Kette bei 1.</translation>
    </message>
    <message>
        <source>Its chain continues after license %1, the last one the platform registered.</source>
        <translation>Seine Kette wird nach Lizenz %1 fortgesetzt, der letzten, die die Plattform registriert hat.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::LicenseImportDialog</name>
    <message>
        <source>Checking the license…</source>
        <translation>Lizenz wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Register with the platform</source>
        <translation>Bei der Plattform &amp;registrieren</translation>
    </message>
    <message>
        <source>Import a license file</source>
        <translation>Lizenzdatei importieren</translation>
    </message>
    <message>
        <source>License file %1</source>
        <translation>Lizenzdatei %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checked against this computer&apos;s issuer keys only.</source>
        <translation>Nur anhand der Ausstellerschlüssel dieses Computers geprüft.</translation>
    </message>
    <message>
        <source>The platform&apos;s issuer keys could not be read (%1); checked against this computer&apos;s keys only.</source>
        <translation>Die Ausstellerschlüssel der Plattform konnten nicht gelesen werden (%1); nur anhand der Schlüssel dieses Computers geprüft.</translation>
    </message>
    <message>
        <source>Neither this computer nor the platform knows the key that signed it.</source>
        <translation>Weder dieser Computer noch die Plattform kennt den Schlüssel, mit dem sie signiert wurde.</translation>
    </message>
    <message>
        <source>Valid, in its grace period: the signature holds and the license expired %1.</source>
        <translation>Gültig, in der Nachfrist: Die Signatur ist korrekt, und die Lizenz ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Valid: the signature holds and the license is in force.</source>
        <translation>Gültig: Die Signatur ist korrekt, und die Lizenz ist in Kraft.</translation>
    </message>
    <message>
        <source>Company: %1 (%2)</source>
        <translation>Unternehmen: %1 (%2)</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funktionen: %1</translation>
    </message>
    <message>
        <source>Key: %1, issue #%2</source>
        <translation>Schlüssel: %1, Ausstellungsnummer %2</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Renews: %1</source>
        <translation>Verlängert: %1</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <source>Registered with the platform.</source>
        <translation>Bei der Plattform registriert.</translation>
    </message>
    <message>
        <source>The platform already had this license; nothing changed.</source>
        <translation>Die Plattform kannte diese Lizenz bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The platform could not be reached (%1). The license waits in the outbox and is registered later.</source>
        <translation>Die Plattform war nicht erreichbar (%1). Die Lizenz wartet im Postausgang und wird später registriert.</translation>
    </message>
    <message>
        <source>The platform did not register the license: %1</source>
        <translation>Die Plattform hat die Lizenz nicht registriert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid from %1 to %2, then %n grace day(s)</source>
        <translation>
            <numerusform>Gültig von %1 bis %2, danach %n Tag Nachfrist</numerusform>
            <numerusform>Gültig von %1 bis %2, danach %n Tage Nachfrist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::LicenseOutbox</name>
    <message>
        <source>Only a signed license with an id can be kept in the outbox.</source>
        <translation>Im Postausgang kann nur eine signierte Lizenz mit ID abgelegt werden.</translation>
    </message>
    <message>
        <source>The outbox folder %1 cannot be created.</source>
        <translation>Der Postausgangsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The license could not be saved in the outbox: %1</source>
        <translation>Die Lizenz konnte nicht im Postausgang gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not an outbox license file.</source>
        <translation>%1 ist keine Lizenzdatei des Postausgangs.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed from the outbox: %2</source>
        <translation>%1 konnte nicht aus dem Postausgang entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>sphair::ui::LicensesPage</name>
    <message>
        <source>&amp;Expiring within</source>
        <translation>Läuft ab &amp;innerhalb von</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Aus&amp;stellen…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Wide&amp;rrufen…</translation>
    </message>
    <message>
        <source>E&amp;xport .lic…</source>
        <translation>.lic e&amp;xportieren…</translation>
    </message>
    <message>
        <source>I&amp;mport .lic…</source>
        <translation>.lic i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Register &amp;pending</source>
        <translation>Ausstehende re&amp;gistrieren</translation>
    </message>
    <message>
        <source>Search company code, key or license id</source>
        <translation>Unternehmenskürzel, Schlüssel oder Lizenz-ID suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Sign a new license with an issuer key (Ctrl+I)</source>
        <translation>Eine neue Lizenz mit einem Ausstellerschlüssel signieren (Strg+I)</translation>
    </message>
    <message>
        <source>Register every license waiting in the outbox with the platform</source>
        <translation>Alle im Postausgang wartenden Lizenzen bei der Plattform registrieren</translation>
    </message>
    <message>
        <source>Loading the licenses</source>
        <translation>Laden der Lizenzen</translation>
    </message>
    <message>
        <source>Loading more licenses</source>
        <translation>Laden weiterer Lizenzen</translation>
    </message>
    <message>
        <source>Reading the license outbox</source>
        <translation>Lesen des Lizenz-Postausgangs</translation>
    </message>
    <message>
        <source>Register &amp;pending (%1)</source>
        <translation>Ausstehende re&amp;gistrieren (%1)</translation>
    </message>
    <message>
        <source>License %1 for %2 issued and registered.</source>
        <translation>Die Lizenz %1 für %2 wurde ausgestellt und registriert.</translation>
    </message>
    <message>
        <source>License %1 was signed but not registered (%2). It waits in the outbox: register it later, or export it as a .lic file.</source>
        <translation>Die Lizenz %1 wurde signiert, aber nicht registriert (%2). Sie wartet im Postausgang: Registrieren Sie sie später, oder exportieren Sie sie als .lic-Datei.</translation>
    </message>
    <message>
        <source>License %1 of %2 revoked.</source>
        <translation>Die Lizenz %1 von %2 wurde widerrufen.</translation>
    </message>
    <message>
        <source>Exporting the license</source>
        <translation>Exportieren der Lizenz</translation>
    </message>
    <message>
        <source>The platform did not send the license&apos;s token.</source>
        <translation>Die Plattform hat das Token der Lizenz nicht gesendet.</translation>
    </message>
    <message>
        <source>Export the license</source>
        <translation>Lizenz exportieren</translation>
    </message>
    <message>
        <source>License files (*.lic)</source>
        <translation>Lizenzdateien (*.lic)</translation>
    </message>
    <message>
        <source>License of %1 saved as %2.</source>
        <translation>Die Lizenz von %1 wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Import a license file</source>
        <translation>Lizenzdatei importieren</translation>
    </message>
    <message>
        <source>License files (*.lic);;All files (*)</source>
        <translation>Lizenzdateien (*.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pending licenses: %1 registered, %2 still waiting, %3 refused.</source>
        <translation>Ausstehende Lizenzen: %1 registriert, %2 noch wartend, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>The platform could not take them now: %1</source>
        <translation>Die Plattform konnte sie derzeit nicht annehmen: %1</translation>
    </message>
    <message>
        <source>Cleaning up the outbox</source>
        <translation>Aufräumen des Postausgangs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after &quot;Expiring within&quot;</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::MainWindow</name>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>Companies: every tenant with its tier, users and license status.</source>
        <translation>Unternehmen: alle Mandanten mit Stufe, Benutzern und Lizenzstatus.</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>Licenses: issue, renew, revoke and import signed licenses.</source>
        <translation>Lizenzen: signierte Lizenzen ausstellen, verlängern, widerrufen und importieren.</translation>
    </message>
    <message>
        <source>&amp;White-label</source>
        <translation>&amp;White-Label</translation>
    </message>
    <message>
        <source>White-label: each tenant&apos;s branding with a live preview.</source>
        <translation>White-Label: das Branding jedes Mandanten mit Live-Vorschau.</translation>
    </message>
    <message>
        <source>&amp;Features</source>
        <translation>&amp;Funktionen</translation>
    </message>
    <message>
        <source>Features: the tenant × feature matrix with staged edits.</source>
        <translation>Funktionen: die Matrix Mandanten × Funktionen mit vorgemerkten Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <source>Usage: charts of users and activity per tenant.</source>
        <translation>Nutzung: Diagramme zu Benutzern und Aktivität je Mandant.</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Bereitstellungen</translation>
    </message>
    <message>
        <source>Deployments: maintenance windows, blue-green deployments and history.</source>
        <translation>Bereitstellungen: Wartungsfenster, Blue-Green-Bereitstellungen und Verlauf.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>This tab is not built yet.</source>
        <translation>Diese Registerkarte ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Key manager…</source>
        <translation>&amp;Schlüsselverwaltung…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SPHAiR Admin Console</source>
        <translation>&amp;Über die SPHAiR-Administrationskonsole</translation>
    </message>
    <message>
        <source>About SPHAiR Admin Console</source>
        <translation>Über die SPHAiR-Administrationskonsole</translation>
    </message>
    <message>
        <source>&lt;b&gt;SPHAiR Admin Console&lt;/b&gt; %1&lt;br&gt;Companies, licenses, white-label branding, features, usage and deployments of the SPHAiR platform.&lt;br&gt;BRIGHTSTEP TECHNOLOGIES</source>
        <translation>&lt;b&gt;SPHAiR-Administrationskonsole&lt;/b&gt; %1&lt;br&gt;Unternehmen, Lizenzen, White-Label-Branding, Funktionen, Nutzung und Bereitstellungen der SPHAiR-Plattform.&lt;br&gt;BRIGHTSTEP TECHNOLOGIES</translation>
    </message>
    <message>
        <source>Connected through the profile “%1” to the %2 environment.</source>
        <translation>Über das Profil „%1“ mit der Umgebung %2 verbunden.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Not connected to a platform</source>
        <translation>Mit keiner Plattform verbunden</translation>
    </message>
    <message>
        <source>Nothing has been sent to the server yet.</source>
        <translation>Es wurde noch nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The last call was answered by the trusted server.</source>
        <translation>Die letzte Anfrage wurde vom vertrauenswürdigen Server beantwortet.</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The last call could not reach the server or timed out.</source>
        <translation>Die letzte Anfrage hat den Server nicht erreicht oder wurde wegen Zeitüberschreitung abgebrochen.</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: it is not the one this profile trusts.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: Es ist nicht das Zertifikat, dem dieses Profil vertraut.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sphair::ui::MaintenanceModeDialog</name>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>Loading the current state…</source>
        <translation>Der aktuelle Zustand wird geladen …</translation>
    </message>
    <message>
        <source>Shown to every tenant, e.g. “Database upgrade, back at 04:00”</source>
        <translation>Wird jedem Mandanten angezeigt, z. B. „Datenbank-Upgrade, zurück um 04:00“</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Karenzzeit:</translation>
    </message>
    <message>
        <source>&amp;Enable maintenance mode</source>
        <translation>Wartungsmodus &amp;einschalten</translation>
    </message>
    <message>
        <source>&amp;Disable maintenance mode</source>
        <translation>Wartungsmodus &amp;ausschalten</translation>
    </message>
    <message>
        <source>Maintenance mode is off: tenants use the platform as usual.</source>
        <translation>Der Wartungsmodus ist aus: Die Mandanten nutzen die Plattform wie gewohnt.</translation>
    </message>
    <message>
        <source>Maintenance mode is on since %1: %2</source>
        <translation>Der Wartungsmodus ist seit %1 an: %2</translation>
    </message>
    <message>
        <source>Maintenance mode is on since %1 (%2): %3</source>
        <translation>Der Wartungsmodus ist seit %1 an (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) active now (signed-in admins).</source>
        <translation>
            <numerusform>%n Sitzung jetzt aktiv (angemeldete Administratoren).</numerusform>
            <numerusform>%n Sitzungen jetzt aktiv (angemeldete Administratoren).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change the reason and grace period</source>
        <translation>Grund und Karenzzeit ä&amp;ndern</translation>
    </message>
    <message>
        <source>Tenants are answered 503 and told to retry after %1; signed-in users see the reason.</source>
        <translation>Mandanten erhalten 503 und die Bitte, es nach %1 erneut zu versuchen; angemeldete Benutzer sehen den Grund.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Grund ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Turning maintenance mode on</source>
        <translation>Wartungsmodus einschalten</translation>
    </message>
    <message>
        <source>Turning maintenance mode off</source>
        <translation>Wartungsmodus ausschalten</translation>
    </message>
    <message>
        <source>Maintenance mode is on.</source>
        <translation>Der Wartungsmodus ist an.</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>Der Wartungsmodus ist aus.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::MaintenanceWindowDialog</name>
    <message>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <source>(the next day)</source>
        <translation>(am nächsten Tag)</translation>
    </message>
    <message>
        <source>Last &amp;date:</source>
        <translation>Letztes &amp;Datum:</translation>
    </message>
    <message>
        <source>Last date of the repetition</source>
        <translation>Letztes Datum der Wiederholung</translation>
    </message>
    <message>
        <source>e.g. Database upgrade</source>
        <translation>z. B. Datenbank-Upgrade</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Ihre Zeit:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>Dry run:</source>
        <translation>Probelauf:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit maintenance window</source>
        <translation>Wartungsfenster bearbeiten</translation>
    </message>
    <message>
        <source>Move the occurrence of %1</source>
        <translation>Termin vom %1 verschieben</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; pick one from the list.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The last date of the repetition is before the first.</source>
        <translation>Das letzte Datum der Wiederholung liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Usually nobody is active then.</source>
        <translation>Zu dieser Zeit ist üblicherweise niemand aktiv.</translation>
    </message>
    <message>
        <source>About %1 and %2 are usually active then.</source>
        <translation>Zu dieser Zeit sind üblicherweise etwa %1 und %2 aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server who is usually active then…</source>
        <translation>Der Server wird gefragt, wer zu dieser Zeit üblicherweise aktiv ist …</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Keine Schätzung: %1</translation>
    </message>
    <message>
        <source>(estimated for %1)</source>
        <translation>(geschätzt für %1)</translation>
    </message>
    <message>
        <source>Saving the maintenance window</source>
        <translation>Wartungsfenster speichern</translation>
    </message>
</context>
<context>
    <name>sphair::ui::NoticesView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The notices could not be loaded: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 notice(s) shown</source>
        <translation>
            <numerusform>%n von %1 Nachricht angezeigt</numerusform>
            <numerusform>%n von %1 Nachrichten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No notices yet. The admins of every active company are e-mailed 72 and 24 hours before each maintenance window and when it has ended; each message appears here.</source>
        <translation>Noch keine Hinweise. Die Administratoren jeder aktiven Firma erhalten 72 und 24 Stunden vor jedem Wartungsfenster und nach seinem Ende eine E-Mail; jede Nachricht erscheint hier.</translation>
    </message>
    <message>
        <source>No notice is “%1”.</source>
        <translation>Kein Hinweis ist „%1“.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::PassphraseDialog</name>
    <message>
        <source>Back up issuer key</source>
        <translation>Ausstellerschlüssel sichern</translation>
    </message>
    <message>
        <source>Restore issuer key</source>
        <translation>Ausstellerschlüssel wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Optional: keep the label stored in the backup</source>
        <translation>Optional: leer lassen, um die Bezeichnung aus der Sicherung zu übernehmen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters: the backup is only as strong as its passphrase.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen: Die Sicherung ist nur so sicher wie ihre Passphrase.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen: Die Sicherung ist nur so sicher wie ihre Passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the backup file: without it the backup cannot be restored.</source>
        <translation>Bewahren Sie die Passphrase getrennt von der Sicherungsdatei auf: Ohne sie kann die Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation>Geben Sie die Passphrase ein, mit der die Sicherung erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::RevokeLicenseDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the license of %1</source>
        <translation>Lizenz von %1 widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoking license %1 ends it at once: %2 (%3 tier, %n user(s)) can no longer use SPHAiR until a new license is issued. This cannot be undone.</source>
        <translation>
            <numerusform>Das Widerrufen der Lizenz %1 beendet sie sofort: %2 (Stufe %3, %n Benutzer) kann SPHAiR nicht mehr verwenden, bis eine neue Lizenz ausgestellt wird. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Das Widerrufen der Lizenz %1 beendet sie sofort: %2 (Stufe %3, %n Benutzer) kann SPHAiR nicht mehr verwenden, bis eine neue Lizenz ausgestellt wird. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is the license revoked? (required, for the audit log)</source>
        <translation>Warum wird die Lizenz widerrufen? (erforderlich, für das Audit-Protokoll)</translation>
    </message>
    <message>
        <source>I understand that %1 loses its license now.</source>
        <translation>Mir ist bewusst, dass %1 die Lizenz jetzt verliert.</translation>
    </message>
    <message>
        <source>Give a reason for the revocation.</source>
        <translation>Geben Sie eine Begründung für den Widerruf an.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Die Begründung ist %1 Zeichen lang; gespeichert werden höchstens %2.</translation>
    </message>
    <message>
        <source>Confirm that %1 loses its license.</source>
        <translation>Bestätigen Sie, dass %1 die Lizenz verliert.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>The license could not be read: %1</source>
        <translation>Die Lizenz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This license is %1 already; there is nothing to revoke.</source>
        <translation>Diese Lizenz hat bereits den Status „%1“; es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>The license was not revoked: %1</source>
        <translation>Die Lizenz wurde nicht widerrufen: %1</translation>
    </message>
</context>
<context>
    <name>sphair::ui::SandboxSession</name>
    <message>
        <source>Starting the sandbox platform…</source>
        <translation>Sandbox-Plattform wird gestartet…</translation>
    </message>
    <message>
        <source>Signing in to the sandbox at %1…</source>
        <translation>Anmeldung bei der Sandbox unter %1…</translation>
    </message>
</context>
<context>
    <name>sphair::ui::SystemHealthView</name>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>The server instances that reported in the range</source>
        <translation>Die Serverinstanzen, die im Zeitraum gemeldet haben</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellenwerte…</translation>
    </message>
    <message>
        <source>The lines at which the summary turns amber and red</source>
        <translation>Die Linien, ab denen die Zusammenfassung gelb und rot wird</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Zusammenfassung des Systemzustands</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Error rate (5xx, % of requests)</source>
        <translation>Fehlerquote (5xx, % der Anfragen)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Database mean time per statement (ms)</source>
        <translation>Mittlere Datenbankzeit pro Anweisung (ms)</translation>
    </message>
    <message>
        <source>Slowest routes</source>
        <translation>Langsamste Routen</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>Häufigste Fehler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The system health could not be loaded: %1</source>
        <translation>Der Systemzustand konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Showing the last data loaded.</source>
        <translation>Angezeigt werden die zuletzt geladenen Daten.</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Nicht geladen.</translation>
    </message>
    <message>
        <source>Loading the system health</source>
        <translation>Laden des Systemzustands</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>No data loaded yet.</source>
        <translation>Noch keine Daten geladen.</translation>
    </message>
    <message>
        <source>Overall %1. %2</source>
        <translation>Gesamt %1. %2</translation>
    </message>
    <message>
        <source>%1 requests (%2 per minute), %3 server errors (5xx), %4 client errors (4xx); p50 %5, p95 %6, p99 %7; database %8 per statement.</source>
        <translation>%1 Anfragen (%2 pro Minute), %3 Serverfehler (5xx), %4 Clientfehler (4xx); p50 %5, p95 %6, p99 %7; Datenbank %8 pro Anweisung.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 local time (%3), one point per %n minute(s)</source>
        <translation>
            <numerusform>%1 bis %2 Ortszeit (%3), ein Punkt pro Minute</numerusform>
            <numerusform>%1 bis %2 Ortszeit (%3), ein Punkt pro %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::TierTemplatesView</name>
    <message>
        <source>Users from</source>
        <translation>Benutzer ab</translation>
    </message>
    <message>
        <source>Users up to</source>
        <translation>Benutzer bis</translation>
    </message>
    <message>
        <source>Fewest users of tier %1</source>
        <translation>Mindestzahl der Benutzer der Stufe %1</translation>
    </message>
    <message>
        <source>Most users of tier %1</source>
        <translation>Höchstzahl der Benutzer der Stufe %1</translation>
    </message>
    <message>
        <source>Default features of each tier</source>
        <translation>Vorgegebene Funktionen je Stufe</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save templates…</source>
        <translation>Vorlagen &amp;speichern…</translation>
    </message>
    <message>
        <source>Changes to the templates apply to every company that follows its tier; preview them before saving.</source>
        <translation>Änderungen an den Vorlagen gelten für jedes Unternehmen, das seiner Stufe folgt; prüfen Sie sie vor dem Speichern in der Vorschau.</translation>
    </message>
    <message>
        <source>Read-only: only a superadmin can change the tier templates.</source>
        <translation>Nur lesen: Nur ein Superadmin kann die Stufenvorlagen ändern.</translation>
    </message>
    <message>
        <source>Loading the tier templates</source>
        <translation>Laden der Stufenvorlagen</translation>
    </message>
    <message>
        <source>● on</source>
        <translation>● ein</translation>
    </message>
    <message>
        <source>○ off</source>
        <translation>○ aus</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Previewing the tier templates</source>
        <translation>Vorschau der Stufenvorlagen</translation>
    </message>
    <message numerus="yes">
        <source>Saving would change the features of %1 of %n company(s).</source>
        <translation>
            <numerusform>Speichern würde die Funktionen von %1 von %n Unternehmen ändern.</numerusform>
            <numerusform>Speichern würde die Funktionen von %1 von %n Unternehmen ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tier templates</source>
        <translation>Stufenvorlagen speichern</translation>
    </message>
    <message>
        <source>Every company that follows its tier gets the new defaults at once. Save the tier templates?</source>
        <translation>Jedes Unternehmen, das seiner Stufe folgt, erhält sofort die neuen Vorgaben. Stufenvorlagen speichern?</translation>
    </message>
    <message>
        <source>Saving the tier templates</source>
        <translation>Speichern der Stufenvorlagen</translation>
    </message>
    <message>
        <source>Tier templates saved.</source>
        <translation>Stufenvorlagen gespeichert.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::TypedConfirmDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
</context>
<context>
    <name>sphair::ui::UsagePage</name>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Analysen</translation>
    </message>
    <message>
        <source>S&amp;ystem health</source>
        <translation>S&amp;ystemzustand</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Active licenses</source>
        <translation>Aktive Lizenzen</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Companies over time by tier</source>
        <translation>Unternehmen im Zeitverlauf nach Stufe</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Aktive Benutzer pro Tag</translation>
    </message>
    <message>
        <source>Search code or name…</source>
        <translation>Code oder Name suchen…</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Unternehmen suchen</translation>
    </message>
    <message>
        <source>Company of the active users chart</source>
        <translation>Unternehmen des Diagramms der aktiven Benutzer</translation>
    </message>
    <message>
        <source>License utilisation (users of max users)</source>
        <translation>Lizenzauslastung (Benutzer von max. Benutzern)</translation>
    </message>
    <message>
        <source>Feature adoption by tier</source>
        <translation>Nutzung der Funktionen nach Stufe</translation>
    </message>
    <message>
        <source>Logins per day and the weekday pattern</source>
        <translation>Anmeldungen pro Tag und Wochentagsmuster</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 users, %5 %</source>
        <translation>%1 (%2): %3 von %4 Benutzern, %5 %</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message numerus="yes">
        <source>A range covers at most %n day(s).</source>
        <translation>
            <numerusform>Ein Zeitraum umfasst höchstens %n Tag.</numerusform>
            <numerusform>Ein Zeitraum umfasst höchstens %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load this chart: %1</source>
        <translation>Dieses Diagramm konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the overview: %1</source>
        <translation>Die Übersicht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation>Lade %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) could not be loaded.</source>
        <translation>
            <numerusform>%n Diagramm konnte nicht geladen werden.</numerusform>
            <numerusform>%n Diagramme konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Loading the companies for the usage charts</source>
        <translation>Laden der Unternehmen für die Nutzungsdiagramme</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active users, all companies</source>
        <translation>Aktive Benutzer, alle Unternehmen</translation>
    </message>
    <message>
        <source>Active users, %1</source>
        <translation>Aktive Benutzer, %1</translation>
    </message>
    <message numerus="yes">
        <source>Top %1 of %n companies, highest utilisation first.</source>
        <translation>
            <numerusform>Die ersten %1 von %n Unternehmen, höchste Auslastung zuerst.</numerusform>
            <numerusform>Die ersten %1 von %n Unternehmen, höchste Auslastung zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below 90 %</source>
        <translation>Unter 90 %</translation>
    </message>
    <message>
        <source>90 % or more</source>
        <translation>90 % oder mehr</translation>
    </message>
    <message>
        <source>At the limit</source>
        <translation>Am Limit</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Average for the weekday</source>
        <translation>Durchschnitt des Wochentags</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Average logins per weekday: %1</source>
        <translation>Durchschnittliche Anmeldungen pro Wochentag: %1</translation>
    </message>
    <message numerus="yes">
        <source>Licenses expiring within %n day(s)</source>
        <translation>
            <numerusform>In %n Tag ablaufende Lizenzen</numerusform>
            <numerusform>In %n Tagen ablaufende Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 % of the companies on an average day (%4 uses; %5 companies, %6 have it enabled)</source>
        <translation>%1, %2: %3 % der Unternehmen an einem durchschnittlichen Tag (%4 Nutzungen; %5 Unternehmen, %6 haben sie aktiviert)</translation>
    </message>
    <message>
        <source>Share of each tier&apos;s companies using the feature on an average day of the range.</source>
        <translation>Anteil der Unternehmen jeder Stufe, die die Funktion an einem durchschnittlichen Tag des Zeitraums nutzen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::WeekView</name>
    <message>
        <source>Previou&amp;s week</source>
        <translation>&amp;Vorige Woche</translation>
    </message>
    <message>
        <source>&amp;Back to this week</source>
        <translation>&amp;Zurück zu dieser Woche</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>Clock of the grid</source>
        <translation>Uhr des Rasters</translation>
    </message>
    <message>
        <source>Platform time (%1)</source>
        <translation>Plattformzeit (%1)</translation>
    </message>
    <message>
        <source>My time (%1)</source>
        <translation>Meine Zeit (%1)</translation>
    </message>
    <message>
        <source>Maintenance windows of the week</source>
        <translation>Wartungsfenster der Woche</translation>
    </message>
    <message>
        <source>&amp;Grid clock:</source>
        <translation>&amp;Uhr des Rasters:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Hours in %1, your time. Hatched: an hour the clock skips.</source>
        <translation>Stunden in %1, Ihre Zeit. Schraffiert: eine Stunde, die die Uhr überspringt.</translation>
    </message>
    <message>
        <source>Hours in %1 · the same hour in %2 (it differs between days when daylight saving changes). Hatched: an hour the clock skips.</source>
        <translation>Stunden in %1 · dieselbe Stunde in %2 (sie unterscheidet sich zwischen Tagen, wenn die Sommerzeit wechselt). Schraffiert: eine Stunde, die die Uhr überspringt.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::WhiteLabelPage</name>
    <message>
        <source>Loading more companies</source>
        <translation>Laden weiterer Unternehmen</translation>
    </message>
    <message>
        <source>Search code or name…</source>
        <translation>Kürzel oder Name suchen…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Select two or more companies to see their brands side by side.</source>
        <translation>Wählen Sie zwei oder mehr Unternehmen, um ihre Markenauftritte nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Select a company to edit its branding.</source>
        <translation>Wählen Sie ein Unternehmen, um sein Branding zu bearbeiten.</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Primary colour:</source>
        <translation>&amp;Primärfarbe:</translation>
    </message>
    <message>
        <source>S&amp;econdary colour:</source>
        <translation>S&amp;ekundärfarbe:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Favicon:</source>
        <translation>Favicon:</translation>
    </message>
    <message>
        <source>Login background:</source>
        <translation>Anmeldehintergrund:</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Login &amp;title:</source>
        <translation>Anmelde&amp;titel:</translation>
    </message>
    <message>
        <source>&amp;Welcome message:</source>
        <translation>&amp;Begrüßungstext:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>&amp;Subdomain:</translation>
    </message>
    <message>
        <source>e.g. portal.example.com</source>
        <translation>z. B. portal.example.com</translation>
    </message>
    <message>
        <source>Custom &amp;domain:</source>
        <translation>Eigene &amp;Domain:</translation>
    </message>
    <message>
        <source>Someone else changed this branding</source>
        <translation>Jemand anderes hat dieses Branding geändert</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation>Sekundärfarbe</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Login title</source>
        <translation>Anmeldetitel</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Begrüßungstext</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the values the server has</source>
        <translation>Die Werte vom Server wiederherstellen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Loading the companies</source>
        <translation>Laden der Unternehmen</translation>
    </message>
    <message>
        <source>Unsaved branding changes</source>
        <translation>Ungespeicherte Branding-Änderungen</translation>
    </message>
    <message>
        <source>The branding of %1 has changes that are not saved.</source>
        <translation>Das Branding von %1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Discard them and open the other company, or keep editing?</source>
        <translation>Änderungen verwerfen und das andere Unternehmen öffnen, oder weiter bearbeiten?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Loading the branding of %1…</source>
        <translation>Branding von %1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading the branding</source>
        <translation>Laden des Brandings</translation>
    </message>
    <message>
        <source>Branding of %1</source>
        <translation>Branding von %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>%1 × %2 px is smaller than the recommended %3 × %4 px; it may look blurry.</source>
        <translation>%1 × %2 px ist kleiner als die empfohlenen %3 × %4 px; das Bild kann unscharf wirken.</translation>
    </message>
    <message>
        <source>%1 × %2 px is larger than the recommended %3 × %4 px; pages load it more slowly.</source>
        <translation>%1 × %2 px ist größer als die empfohlenen %3 × %4 px; Seiten laden es langsamer.</translation>
    </message>
    <message>
        <source>Icons (*.png *.ico)</source>
        <translation>Symbole (*.png *.ico)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The platform refused the file: a favicon must be a PNG or ICO image.</source>
        <translation>Die Plattform hat die Datei abgelehnt: Ein Favicon muss ein PNG- oder ICO-Bild sein.</translation>
    </message>
    <message>
        <source>The platform refused the file: it must be a PNG or JPEG image.</source>
        <translation>Die Plattform hat die Datei abgelehnt: Sie muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>The platform refused the image: at most %1 × %2 pixels.</source>
        <translation>Die Plattform hat das Bild abgelehnt: höchstens %1 × %2 Pixel.</translation>
    </message>
    <message>
        <source>The platform could not decode the file; it is damaged or not an image.</source>
        <translation>Die Plattform konnte die Datei nicht dekodieren; sie ist beschädigt oder kein Bild.</translation>
    </message>
    <message>
        <source>The file is too large: at most %1 KiB.</source>
        <translation>Die Datei ist zu groß: höchstens %1 KiB.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This name is reserved by the platform.</source>
        <translation>Dieser Name ist für die Plattform reserviert.</translation>
    </message>
    <message>
        <source>One line only, without control characters.</source>
        <translation>Nur eine Zeile, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>Another company uses this subdomain; choose another.</source>
        <translation>Ein anderes Unternehmen verwendet diese Subdomain; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Use 3–63 lowercase letters, digits or “-”, not at the start or end.</source>
        <translation>Verwenden Sie 3–63 Kleinbuchstaben, Ziffern oder „-“, nicht am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Another company uses this custom domain.</source>
        <translation>Ein anderes Unternehmen verwendet diese eigene Domain.</translation>
    </message>
    <message>
        <source>Not a host name; use e.g. portal.example.com.</source>
        <translation>Kein Hostname; verwenden Sie z. B. portal.example.com.</translation>
    </message>
    <message>
        <source>Use the form #RRGGBB, e.g. #1F6FEB.</source>
        <translation>Verwenden Sie die Form #RRGGBB, z. B. #1F6FEB.</translation>
    </message>
    <message>
        <source>Contrast %1:1 against %2 is below %3:1: links are hard to read.</source>
        <translation>Kontrast %1:1 gegen %2 liegt unter %3:1: Links sind schwer lesbar.</translation>
    </message>
    <message>
        <source>Contrast %1:1 with %2 text is below %3:1: text is hard to read.</source>
        <translation>Kontrast %1:1 mit Text in %2 liegt unter %3:1: Text ist schwer lesbar.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Saved the branding of %1.</source>
        <translation>Das Branding von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saving the branding of %1</source>
        <translation>Speichern des Brandings von %1</translation>
    </message>
    <message>
        <source>Compare brands</source>
        <translation>Markenauftritte vergleichen</translation>
    </message>
    <message>
        <source>Loading a brand to compare</source>
        <translation>Laden eines Brandings zum Vergleich</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>(nicht geladen)</translation>
    </message>
    <message>
        <source>Someone else changed this branding meanwhile. Choose below which values to keep; the image is removed after that.</source>
        <translation>Jemand anderes hat dieses Branding inzwischen geändert. Wählen Sie unten, welche Werte bleiben sollen; danach wird das Bild entfernt.</translation>
    </message>
    <message>
        <source>Someone else changed this branding meanwhile. Choose below which values to keep; the image is uploaded after that.</source>
        <translation>Jemand anderes hat dieses Branding inzwischen geändert. Wählen Sie unten, welche Werte bleiben sollen; danach wird das Bild hochgeladen.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::WindowsView</name>
    <message>
        <source>&amp;New window…</source>
        <translation>&amp;Neues Fenster …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>C&amp;ancel window…</source>
        <translation>Fenster &amp;absagen …</translation>
    </message>
    <message>
        <source>S&amp;kip occurrence…</source>
        <translation>Termin aus&amp;lassen …</translation>
    </message>
    <message>
        <source>M&amp;ove occurrence…</source>
        <translation>Termin &amp;verschieben …</translation>
    </message>
    <message>
        <source>Maintenance &amp;mode…</source>
        <translation>Wartungs&amp;modus …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Planned maintenance windows</source>
        <translation>Geplante Wartungsfenster</translation>
    </message>
    <message>
        <source>&amp;Planned windows</source>
        <translation>&amp;Geplante Fenster</translation>
    </message>
    <message>
        <source>Loading the maintenance windows</source>
        <translation>Wartungsfenster laden</translation>
    </message>
    <message>
        <source>Loading the week&apos;s maintenance windows</source>
        <translation>Wartungsfenster der Woche laden</translation>
    </message>
    <message>
        <source>Loading the coming maintenance windows</source>
        <translation>Kommende Wartungsfenster laden</translation>
    </message>
    <message>
        <source>Loading the maintenance status</source>
        <translation>Wartungsstatus laden</translation>
    </message>
    <message>
        <source>Maintenance mode is ON: %1</source>
        <translation>Der Wartungsmodus ist AN: %1</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>Der Wartungsmodus ist aus.</translation>
    </message>
    <message>
        <source>(your time: %1)</source>
        <translation>(Ihre Zeit: %1)</translation>
    </message>
    <message>
        <source>A window is running now: %1.</source>
        <translation>Gerade läuft ein Fenster: %1.</translation>
    </message>
    <message>
        <source>Next window: %1.</source>
        <translation>Nächstes Fenster: %1.</translation>
    </message>
    <message>
        <source>No window is planned.</source>
        <translation>Kein Fenster ist geplant.</translation>
    </message>
    <message>
        <source>The maintenance window is saved.</source>
        <translation>Das Wartungsfenster ist gespeichert.</translation>
    </message>
    <message>
        <source>Cancel maintenance window</source>
        <translation>Wartungsfenster absagen</translation>
    </message>
    <message>
        <source>Cancel the repeating window from %1 (%2) with all its occurrences?</source>
        <translation>Das wiederkehrende Fenster ab %1 (%2) mit allen Terminen absagen?</translation>
    </message>
    <message>
        <source>Cancel the maintenance window %1?</source>
        <translation>Das Wartungsfenster %1 absagen?</translation>
    </message>
    <message>
        <source>Cancel the &amp;window</source>
        <translation>Fenster &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Cancelling the maintenance window</source>
        <translation>Wartungsfenster absagen</translation>
    </message>
    <message>
        <source>The maintenance window is cancelled.</source>
        <translation>Das Wartungsfenster ist abgesagt.</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(verschoben)</translation>
    </message>
    <message numerus="yes">
        <source>This window has no occurrence in the next %n day(s).</source>
        <translation>
            <numerusform>Dieses Fenster hat am nächsten Tag keinen Termin.</numerusform>
            <numerusform>Dieses Fenster hat in den nächsten %n Tagen keinen Termin.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Occurrence:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Skip an occurrence</source>
        <translation>Einen Termin auslassen</translation>
    </message>
    <message>
        <source>Skip occurrence</source>
        <translation>Termin auslassen</translation>
    </message>
    <message>
        <source>Skip the maintenance window on %1? The other occurrences stay planned.</source>
        <translation>Das Wartungsfenster am %1 auslassen? Die anderen Termine bleiben geplant.</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <source>Skipping the occurrence</source>
        <translation>Termin auslassen</translation>
    </message>
    <message>
        <source>The occurrence is skipped.</source>
        <translation>Der Termin wird ausgelassen.</translation>
    </message>
    <message>
        <source>Move an occurrence</source>
        <translation>Einen Termin verschieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Res&amp;tore occurrence…</source>
        <translation>Termin wieder&amp;herstellen …</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (ausgelassen)</translation>
    </message>
    <message>
        <source>%1 (moved to %2)</source>
        <translation>%1 (verschoben auf %2)</translation>
    </message>
    <message>
        <source>No coming occurrence of this window is skipped or moved.</source>
        <translation>Kein kommender Termin dieses Fensters ist ausgelassen oder verschoben.</translation>
    </message>
    <message>
        <source>Restore an occurrence</source>
        <translation>Termin wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the occurrence</source>
        <translation>Termin wiederherstellen</translation>
    </message>
    <message>
        <source>The occurrence is planned as usual again.</source>
        <translation>Der Termin ist wieder wie gewohnt geplant.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message numerus="yes">
        <source>The platform asks you to choose a new password before you continue. Use at least %n character(s).</source>
        <translation>
            <numerusform>Die Plattform verlangt, dass Sie ein neues Passwort wählen, bevor Sie fortfahren. Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Die Plattform verlangt, dass Sie ein neues Passwort wählen, bevor Sie fortfahren. Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::ConnectionProfilesDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation>Verbindungsprofil entfernen</translation>
    </message>
    <message>
        <source>Remove the connection profile “%1”? Its saved sign-in is removed from the keychain too. The platform itself is not affected.</source>
        <translation>Das Verbindungsprofil „%1“ entfernen? Die gespeicherte Anmeldung wird ebenfalls aus dem Schlüsselbund entfernt. Die Plattform selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing the connection profile “%1”</source>
        <translation>Entfernen des Verbindungsprofils „%1“</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::ConsoleController</name>
    <message>
        <source>Your session has ended. Sign in again to continue: everything you have open stays as it is, so you can retry what you were doing.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren: Alles, was Sie geöffnet haben, bleibt unverändert, sodass Sie den letzten Vorgang wiederholen können.</translation>
    </message>
    <message>
        <source>The session is kept only until the console closes: %1</source>
        <translation>Die Sitzung bleibt nur erhalten, bis die Konsole geschlossen wird: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::MaintenanceBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the maintenance notice</source>
        <translation>Wartungshinweis ausblenden</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Wartung:</translation>
    </message>
    <message>
        <source>The platform is being maintained and cannot do this now.</source>
        <translation>Die Plattform wird gerade gewartet und kann diese Aktion jetzt nicht ausführen.</translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation>Erneuter Versuch in %1</translation>
    </message>
    <message>
        <source>The platform should be back: try again now.</source>
        <translation>Die Plattform sollte wieder verfügbar sein: Versuchen Sie es jetzt erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Tenants retry after %1</source>
        <translation>Mandanten versuchen es nach %1 erneut</translation>
    </message>
    <message>
        <source>maintenance mode is on — %1</source>
        <translation>Wartungsmodus ist an — %1</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) before this one)</source>
        <translation>
            <numerusform>(zuvor %n weiterer Fehler)</numerusform>
            <numerusform>(zuvor %n weitere Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::ProfileEditorDialog</name>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Edit connection profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Production (Cape Town)</source>
        <translation>z. B. Produktion (Kapstadt)</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Use the environment&apos;s colour</source>
        <translation>Farbe der Umgebung verwenden</translation>
    </message>
    <message>
        <source>Empty: shown for confirmation at the first sign-in</source>
        <translation>Leer: wird bei der ersten Anmeldung zur Bestätigung angezeigt</translation>
    </message>
    <message>
        <source>Optional PEM file of extra CA certificates</source>
        <translation>Optionale PEM-Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this computer (loopback only)</source>
        <translation>Unverschlüsseltes &amp;HTTP zu diesem Computer zulassen (nur Loopback)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Certificate &amp;pin (SPKI SHA-256):</source>
        <translation>&amp;Zertifikat-Fingerabdruck (SPKI SHA-256):</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://platform.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://platform.example.com.</translation>
    </message>
    <message>
        <source>There is already a connection profile called “%1”.</source>
        <translation>Es gibt bereits ein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>The colour the window shows while connected: pick another</source>
        <translation>Die Farbe, die das Fenster bei bestehender Verbindung zeigt: Klicken Sie, um eine andere zu wählen</translation>
    </message>
    <message>
        <source>Colour of the environment strip</source>
        <translation>Farbe des Umgebungsstreifens</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::SignInDialog</name>
    <message>
        <source>Sign in to the SPHAiR platform</source>
        <translation>Bei der SPHAiR-Plattform anmelden</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Trust this server and sign in</source>
        <translation>Diesem Server ver&amp;trauen und anmelden</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The server was not trusted, so you are not signed in. Nothing but the connection attempt was sent to it.</source>
        <translation>Dem Server wurde nicht vertraut, daher sind Sie nicht angemeldet. Außer dem Verbindungsversuch wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, not saved)</source>
        <translation>%1 (%2, nicht gespeichert)</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>This is the first connection to %1 with this profile. Before you trust it, compare the server&apos;s certificate fingerprint (SPKI SHA-256) below with the one your platform administrator gave you. If they differ, do not trust it.</source>
        <translation>Dies ist die erste Verbindung zu %1 mit diesem Profil. Bevor Sie dem Server vertrauen, vergleichen Sie seinen unten angezeigten Zertifikat-Fingerabdruck (SPKI SHA-256) mit dem Fingerabdruck, den Ihnen Ihr Plattformadministrator mitgeteilt hat. Wenn die beiden voneinander abweichen, vertrauen Sie dem Server nicht.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Zertifikat ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Refused: the server at %1 did not present the certificate key pinned in this profile. Its certificate may have been replaced, or someone may be intercepting the connection. Nothing was sent to it, not even your password.
Pinned: %2
Presented: %3
Only if the platform&apos;s administrators confirm a new certificate, edit the profile and enter its fingerprint.</source>
        <translation>Abgelehnt: Der Server unter %1 hat nicht den Zertifikatsschlüssel vorgelegt, dessen Fingerabdruck in diesem Profil hinterlegt ist. Möglicherweise wurde sein Zertifikat ersetzt, oder die Verbindung wird von Dritten abgefangen. Es wurde nichts an ihn gesendet, auch nicht Ihr Passwort.
Hinterlegt: %2
Vorgelegt: %3
Nur wenn die Administratoren der Plattform ein neues Zertifikat bestätigen, sollten Sie das Profil bearbeiten und den Fingerabdruck des neuen Zertifikats eingeben.</translation>
    </message>
    <message>
        <source>this address</source>
        <translation>dieser Adresse</translation>
    </message>
    <message>
        <source>The server is trusted for now, but the profile could not be saved: %1</source>
        <translation>Dem Server wird vorerst vertraut, aber das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>You are signed in, but the platform requires a new password before you continue. Sign in again to change it.</source>
        <translation>Sie sind angemeldet, aber die Plattform verlangt ein neues Passwort, bevor Sie fortfahren können. Melden Sie sich erneut an, um es zu ändern.</translation>
    </message>
</context>
</TS>
