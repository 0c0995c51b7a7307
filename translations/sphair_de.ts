<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>KeyVault</name>
    <message>
        <source>There is no issuer key &quot;%1&quot; on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Ausstellerschlüssel &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>This license does not say which issuer key signed it, so it cannot be checked.</source>
        <translation>Diese Lizenz gibt nicht an, mit welchem Ausstellerschlüssel sie signiert wurde, und kann daher nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>There is no terminal to ask for a passphrase. Use --passphrase-file FILE instead.</source>
        <translation>Es ist kein Terminal für die Abfrage der Passphrase vorhanden. Verwenden Sie stattdessen --passphrase-file FILE.</translation>
    </message>
</context>
<context>
    <name>SeedKeychain</name>
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
    <name>SessionKeychain</name>
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
        <source>Signed in to the sandbox as %1.</source>
        <translation>Als %1 bei der Sandbox angemeldet.</translation>
    </message>
</context>
<context>
    <name>sphair::client::AdminSession</name>
    <message>
        <source>The session names no user or no known role.</source>
        <translation>Die Sitzung nennt keinen Benutzer oder keine bekannte Rolle.</translation>
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
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the session is not a JSON object</source>
        <translation>die Sitzung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer holds no session token</source>
        <translation>die Antwort enthält kein Sitzungstoken</translation>
    </message>
    <message>
        <source>the CA certificate file “%1” holds no readable PEM certificate</source>
        <translation>die CA-Zertifikatsdatei „%1“ enthält kein lesbares PEM-Zertifikat</translation>
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
    <name>sphair::client::FeatureCatalogDocument</name>
    <message>
        <source>Must be an object.</source>
        <translation>Muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>sphair::client::MaintenanceStatus</name>
    <message>
        <source>Must be an object or null.</source>
        <translation>Muss ein Objekt oder null sein.</translation>
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
</context>
<context>
    <name>sphair::licensing::LicenseClaims</name>
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
    <message>
        <source>No key vault is open.</source>
        <translation>Es ist kein Schlüsseltresor geöffnet.</translation>
    </message>
    <message>
        <source>There is no issuer key &quot;%1&quot; on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Ausstellerschlüssel &quot;%1&quot;.</translation>
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
    <name>sphair::licensing::LicenseTool</name>
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
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <source>Cannot write %1 (%2); the signed token is printed above.</source>
        <translation>%1 kann nicht geschrieben werden (%2); das signierte Token wurde oben ausgegeben.</translation>
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
    <name>sphair::licensing::PassphraseReader</name>
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
</context>
<context>
    <name>sphair::licensing::StrictJson</name>
    <message>
        <source>The license data is damaged: it is not in the expected format.</source>
        <translation>Die Lizenzdaten sind beschädigt: Sie liegen nicht im erwarteten Format vor.</translation>
    </message>
    <message>
        <source>The license data is damaged: the field “%1” appears twice.</source>
        <translation>Die Lizenzdaten sind beschädigt: Das Feld „%1“ kommt doppelt vor.</translation>
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
        <source>“enabled” is required: true, false, or null to follow the tier.</source>
        <translation>„enabled“ ist erforderlich: true, false oder null, um die Vorgabe der Stufe zu übernehmen.</translation>
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
    <name>sphair::models::MaintenanceWindow</name>
    <message>
        <source>“%1” is not a time zone this system knows; use an IANA name such as Africa/Johannesburg.</source>
        <translation>„%1“ ist keine diesem System bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Africa/Johannesburg.</translation>
    </message>
    <message>
        <source>The maintenance window must end after it starts.</source>
        <translation>Das Wartungsfenster muss nach seinem Beginn enden.</translation>
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
</context>
<context>
    <name>sphair::ui::MainWindow</name>
    <message>
        <source>SPHAiR Admin Console</source>
        <translation>SPHAiR-Administrationskonsole</translation>
    </message>
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
        <source>SPHAiR Admin Console — %1 (%2)</source>
        <translation>SPHAiR-Administrationskonsole — %1 (%2)</translation>
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
</TS>
