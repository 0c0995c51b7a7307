<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sphair::cli::LicenseTool</name>
    <message numerus="yes">
        <source>Tier:       %1, up to %n users</source>
        <translation>
            <numerusform>Tier:       %1, up to %n user</numerusform>
            <numerusform>Tier:       %1, up to %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid:      %1 to %2 (+%n grace days)</source>
        <translation>
            <numerusform>Valid:      %1 to %2 (+%n grace day)</numerusform>
            <numerusform>Valid:      %1 to %2 (+%n grace days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  created %3, %n licenses signed</source>
        <translation>
            <numerusform>%1  %2  created %3, %n license signed</numerusform>
            <numerusform>%1  %2  created %3, %n licenses signed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::client::ClientError</name>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform is in maintenance. Try again in %n second(s).</source>
        <translation>
            <numerusform>The platform is in maintenance. Try again in %n second.</numerusform>
            <numerusform>The platform is in maintenance. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::client::ConnectionProfile</name>
    <message numerus="yes">
        <source>A connection name is one line of at most %n character(s), without leading or trailing spaces.</source>
        <translation>
            <numerusform>A connection name is one line of at most %n character, without leading or trailing spaces.</numerusform>
            <numerusform>A connection name is one line of at most %n characters, without leading or trailing spaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::licensing::KeyVault</name>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n issuer keys; give the full key id.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n issuer key; give the full key id.</numerusform>
            <numerusform>&quot;%1&quot; matches %n issuer keys; give the full key id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A backup passphrase needs at least %n character.</numerusform>
            <numerusform>A backup passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::models::CompanyTableModel</name>
    <message numerus="yes">
        <source>%1 of at most %n user(s)</source>
        <translation>
            <numerusform>%1 of at most %n user</numerusform>
            <numerusform>%1 of at most %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::models::FeatureMatrixModel</name>
    <message numerus="yes">
        <source>Switch %1 on for %n company(s)</source>
        <translation>
            <numerusform>Switch %1 on for %n company</numerusform>
            <numerusform>Switch %1 on for %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch %1 off for %n company(s)</source>
        <translation>
            <numerusform>Switch %1 off for %n company</numerusform>
            <numerusform>Switch %1 off for %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n company(s) to the tier template</source>
        <translation>
            <numerusform>Reset %n company to the tier template</numerusform>
            <numerusform>Reset %n companies to the tier template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 across %n company(s)</source>
        <extracomment>e.g. &quot;+3 on, −1 off across 2 companies&quot;; %1 and %2 are the counts with their words</extracomment>
        <translation>
            <numerusform>%1, %2 across %n company</numerusform>
            <numerusform>%1, %2 across %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n on</source>
        <translation>
            <numerusform>+%n on</numerusform>
            <numerusform>+%n on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n off</source>
        <translation>
            <numerusform>−%n off</numerusform>
            <numerusform>−%n off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::models::LicenseTableModel</name>
    <message numerus="yes">
        <source>%1; valid %2 to %3, grace %n day(s)</source>
        <translation>
            <numerusform>%1; valid %2 to %3, grace %n day</numerusform>
            <numerusform>%1; valid %2 to %3, grace %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::models::MaintenanceWindowModel</name>
    <message numerus="yes">
        <source>(%n changed)</source>
        <translation>
            <numerusform>(%n changed)</numerusform>
            <numerusform>(%n changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::models::RouteHealthModel</name>
    <message numerus="yes">
        <source>%1 %2: %n request(s), mean %3 ms</source>
        <translation>
            <numerusform>%1 %2: %n request, mean %3 ms</numerusform>
            <numerusform>%1 %2: %n requests, mean %3 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::models::Validation</name>
    <message numerus="yes">
        <source>“%1” must be at least %n character(s) long.</source>
        <translation>
            <numerusform>“%1” must be at least %n character long.</numerusform>
            <numerusform>“%1” must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be at most %n character(s) long.</source>
        <translation>
            <numerusform>“%1” must be at most %n character long.</numerusform>
            <numerusform>“%1” must be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::ChartPanel</name>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompaniesPage</name>
    <message numerus="yes">
        <source>Delete %1 (%2)? %n user(s) lose access and its tenant API calls are refused. The company is kept for the audit trail but can no longer be changed.</source>
        <translation>
            <numerusform>Delete %1 (%2)? %n user loses access and its tenant API calls are refused. The company is kept for the audit trail but can no longer be changed.</numerusform>
            <numerusform>Delete %1 (%2)? %n users lose access and its tenant API calls are refused. The company is kept for the audit trail but can no longer be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n companies to %1</source>
        <translation>
            <numerusform>Exported %n company to %1</numerusform>
            <numerusform>Exported %n companies to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompanyDetailPane</name>
    <message numerus="yes">
        <source>%1 of %n user(s): the limit is reached.</source>
        <translation>
            <numerusform>%1 of %n user: the limit is reached.</numerusform>
            <numerusform>%1 of %n users: the limit is reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s).</source>
        <translation>
            <numerusform>%1 of %n user.</numerusform>
            <numerusform>%1 of %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::CompanyStatusDialog</name>
    <message numerus="yes">
        <source>%n user(s) of this company lose access until it is activated again.</source>
        <translation>
            <numerusform>%n user of this company loses access until it is activated again.</numerusform>
            <numerusform>%n users of this company lose access until it is activated again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of this company regain access.</source>
        <translation>
            <numerusform>%n user of this company regains access.</numerusform>
            <numerusform>%n users of this company regain access.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::DeploymentStartDialog</name>
    <message numerus="yes">
        <source>No maintenance window is planned in the next %n day(s). Plan one in “Windows”, or start now with a reason.</source>
        <translation>
            <numerusform>No maintenance window is planned in the next %n day. Plan one in “Windows”, or start now with a reason.</numerusform>
            <numerusform>No maintenance window is planned in the next %n days. Plan one in “Windows”, or start now with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::DeploymentsView</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::FeaturesPage</name>
    <message numerus="yes">
        <source>The license of %n company(s) does not include %1: %2.
Tenants cannot use it until their license does. Switch it on anyway?</source>
        <translation>
            <numerusform>The license of %n company does not include %1: %2.
Tenants cannot use it until their license does. Switch it on anyway?</numerusform>
            <numerusform>The licenses of %n companies do not include %1: %2.
Tenants cannot use it until their license does. Switch it on anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n company(s) changed meanwhile (%1). Reload them, check your edits and apply again.</source>
        <translation>
            <numerusform>Nothing was applied: %n company changed meanwhile (%1). Reload it, check your edits and apply again.</numerusform>
            <numerusform>Nothing was applied: %n companies changed meanwhile (%1). Reload them, check your edits and apply again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %L1 of %Ln companies.</source>
        <translation>
            <numerusform>Loaded %L1 of %Ln company.</numerusform>
            <numerusform>Loaded %L1 of %Ln companies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::IssueLicenseDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>length of the grace period</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::LicenseImportDialog</name>
    <message numerus="yes">
        <source>Valid from %1 to %2, then %n grace day(s)</source>
        <translation>
            <numerusform>Valid from %1 to %2, then %n grace day</numerusform>
            <numerusform>Valid from %1 to %2, then %n grace days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::LicensesPage</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after &quot;Expiring within&quot;</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::MaintenanceModeDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) active now (signed-in admins).</source>
        <translation>
            <numerusform>%n session active now (signed-in admin).</numerusform>
            <numerusform>%n sessions active now (signed-in admins).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::MaintenanceWindowDialog</name>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::NoticesView</name>
    <message numerus="yes">
        <source>%n of %1 notice(s) shown</source>
        <translation>
            <numerusform>%n of %1 notice shown</numerusform>
            <numerusform>%n of %1 notices shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters: the backup is only as strong as its passphrase.</source>
        <translation>
            <numerusform>Use at least %n character: the backup is only as strong as its passphrase.</numerusform>
            <numerusform>Use at least %n characters: the backup is only as strong as its passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::RevokeLicenseDialog</name>
    <message numerus="yes">
        <source>Revoking license %1 ends it at once: %2 (%3 tier, %n user(s)) can no longer use SPHAiR until a new license is issued. This cannot be undone.</source>
        <translation>
            <numerusform>Revoking license %1 ends it at once: %2 (%3 tier, %n user) can no longer use SPHAiR until a new license is issued. This cannot be undone.</numerusform>
            <numerusform>Revoking license %1 ends it at once: %2 (%3 tier, %n users) can no longer use SPHAiR until a new license is issued. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::SystemHealthView</name>
    <message numerus="yes">
        <source>%1 to %2 local time (%3), one point per %n minute(s)</source>
        <translation>
            <numerusform>%1 to %2 local time (%3), one point per minute</numerusform>
            <numerusform>%1 to %2 local time (%3), one point per %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::TierTemplatesView</name>
    <message numerus="yes">
        <source>Saving would change the features of %1 of %n company(s).</source>
        <translation>
            <numerusform>Saving would change the features of %1 of %n company.</numerusform>
            <numerusform>Saving would change the features of %1 of %n companies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::UsagePage</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A range covers at most %n day(s).</source>
        <translation>
            <numerusform>A range covers at most %n day.</numerusform>
            <numerusform>A range covers at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) could not be loaded.</source>
        <translation>
            <numerusform>%n chart could not be loaded.</numerusform>
            <numerusform>%n charts could not be loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %1 of %n companies, highest utilisation first.</source>
        <translation>
            <numerusform>Top %1 of %n company, highest utilisation first.</numerusform>
            <numerusform>Top %1 of %n companies, highest utilisation first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Licenses expiring within %n day(s)</source>
        <translation>
            <numerusform>Licenses expiring within %n day</numerusform>
            <numerusform>Licenses expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::WindowsView</name>
    <message numerus="yes">
        <source>This window has no occurrence in the next %n day(s).</source>
        <translation>
            <numerusform>This window has no occurrence in the next day.</numerusform>
            <numerusform>This window has no occurrence in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>The platform asks you to choose a new password before you continue. Use at least %n character(s).</source>
        <translation>
            <numerusform>The platform asks you to choose a new password before you continue. Use at least %n character.</numerusform>
            <numerusform>The platform asks you to choose a new password before you continue. Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation>
            <numerusform>The new password needs at least %n character.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sphair::ui::shell::MessageBar</name>
    <message numerus="yes">
        <source>(%n more error(s) before this one)</source>
        <translation>
            <numerusform>(%n more error before this one)</numerusform>
            <numerusform>(%n more errors before this one)</numerusform>
        </translation>
    </message>
</context>
</TS>
