<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminRightsCheck</name>
    <message>
        <source>Could not read this account&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the local Administrators group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program runs elevated (full administrator token): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as an administrator with full rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running elevated, but %1 is not in the local Administrators group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup and registration expect a member of the local Administrators group; if they fail with error 4024, sign in as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are an administrator, but this program is not running elevated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Account Control gives administrators a limited token until they approve elevation. Installing and registering the agent needs the full token, or setup rolls back (error 4024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a local administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing and registering the agent needs a member of the local Administrators group (otherwise setup rolls back with error 4024). Restart as administrator and enter an administrator&apos;s name and password, or ask your IT team to add this account to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this program again with administrator rights (for example with sudo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearFolderAttributesFix</name>
    <message>
        <source>Clear the %1 attribute of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off compression on %1: files created in it from now on are stored uncompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off encryption on %1: files created in it from now on are stored unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is changed, and the check runs again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearTmpFilesFix</name>
    <message>
        <source>Delete the %1 .tmp files (%2) directly in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only regular files named *.tmp are deleted. Files in use, read-only files, links, junctions, folders and everything in subfolders are left alone. You can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted %2 .tmp files (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left %2 files that are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left %2 read-only files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not delete %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped when you cancelled; the rest were left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear .tmp files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockCheck</name>
    <message>
        <source>less than a second off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): this computer is %3 (round trip %4 ms)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Time service: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Time service: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Time service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in tokens are accepted within 5 minutes of the service&apos;s time, and Azure Storage rejects requests older than 15 minutes. A wrong clock or time zone makes fresh vault credentials look invalid (error 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the clock with any time source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port 123 and HTTPS to the service both failed; the network check shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is right (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the clock with this system&apos;s own time service; this build does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudProfiles</name>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds something that is not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each probe needs a &quot;role&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;ncsi&quot; probe needs an http:// &quot;url&quot; and the &quot;expect&quot;ed body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe host &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe kind &quot;%1&quot; is not one of https, dns, ncsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cloud profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a short lower-case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; needs an English (&quot;en&quot;) entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow-list entry &quot;%1&quot; is not a host name or *.domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;allowList&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;probes&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe port must be 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAllowListFix</name>
    <message>
        <source>Copied %1 addresses to the clipboard for the firewall team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the addresses the firewall must allow to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsCheck</name>
    <message>
        <source>%1: reachable in %2 ms, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: blocked at %2 after %3 ms, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall must allow (HTTPS, TCP 443; the connectivity probes use HTTP, TCP 80): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in IP ranges as published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service address answered (%1 probed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates look expired or not yet valid: this computer&apos;s clock is probably wrong (see System clock), not the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password (407): give them to the agent&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers in the service&apos;s place: a captive portal or a proxy that inspects TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 service addresses cannot be reached: the firewall or proxy blocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration then fails with &quot;Unable to connect to Microsoft Azure Backup&quot; (error 100050) or &quot;Invalid vault credentials provided&quot; (error 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall and proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallFolderCheck</name>
    <message>
        <source>marked as a System folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed (NTFS compression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (EFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;System, Hidden and Compressed&quot;: the list of attributes, last one joined with &quot;and&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is installed in %1 (from its setup record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not installed yet; checking its default folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the attributes of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the agent, or remove this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet: setup will create it inside %2, which was checked instead, because a new folder inherits its compression and encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a new folder does not inherit that, so it does not block setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of System, Hidden, Compressed, Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation folder is not System, Hidden, Compressed or Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: the agent&apos;s setup does not support that and fails (error 4024, changes rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation folder is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation folder attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProxySettingsFix</name>
    <message>
        <source>Open Windows&apos; proxy settings. The agent runs as the SYSTEM account: set its proxy in the agent&apos;s own &quot;Change Properties&quot; dialog too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseCheck</name>
    <message>
        <source>The passphrase is shorter than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has characters other than ASCII letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file is too large to be a passphrase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file does not start with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent on this system to have been registered before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server was registered before: the agent&apos;s cache folder %1 holds OnlineBackup.KEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier registration found: the agent has no cache folder configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier registration found: %1 holds no OnlineBackup.KEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two ScratchLocation values in the registry differ (%1 and %2): registration can fail with error 34506.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-registering with a different passphrase makes the earlier backups impossible to restore, and Microsoft cannot recover a lost passphrase. Keep it off this computer (a file elsewhere, or a password manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered before: enter the passphrase you will use to confirm it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First registration: choose a passphrase of at least 16 characters and save it off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent accepts ASCII characters only and asks for at least %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase you entered meets the agent&apos;s rules (at least %1 ASCII characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase meets the rules; pick the file saved at the first registration to confirm it is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase meets the agent&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase matches the one saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not match the one saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering with it would fail (&quot;Failed to set the encryption key&quot;) or make the earlier backups unrestorable. Find the passphrase used before; with the old server still registered, the portal&apos;s Security PIN lets you set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARS Setup Doctor report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARS Setup Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <source>Windows will ask for permission to run MARS Setup Doctor as an administrator. When you allow it, this window closes and the tool opens again on the same page with full rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <source>Start the Windows Time service if it is stopped, and run &quot;w32tm /resync /force&quot;. The clock is measured again afterwards. Windows Time refuses corrections larger than 15 hours on a stand-alone computer; if the clock stays wrong, the check says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is still %1: Windows Time did not correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryFix</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every address again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetClockFix</name>
    <message>
        <source>Change the system clock from %1 to %2 (%3 by %4), as a time server and an HTTPS service agree. The time is measured again just before the change; if the sources no longer agree, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock no longer needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>Checks and fixes what stops the Azure Recovery Services (MARS) agent from installing or registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the log to &lt;file&gt; instead of the default place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: welcome, installation, registration or summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s cloud: china (default), public or usgov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this fix (with --check), or offer it again in the wizard, once its check has run and still offers it. Repeatable. Known fixes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check/fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check without a window, print a report and exit: 0 when all pass, 1 when any warns, 2 when any fails or cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: print the report as text (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use china, public or usgov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;; known fixes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --json and --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --text go with --check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-file needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &lt;folder&gt; for .tmp files instead of the Windows temporary folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temp-folder needs an absolute folder path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempFilesCheck</name>
    <message>
        <source>%1: %2 .tmp files, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows can make at most 65,535 unique temporary file names per folder. From about 60,000 .tmp files, registration fails with &quot;Invalid vault credentials provided&quot; (error 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can look into the Windows temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look into the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .tmp files are piling up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 .tmp files (%2): too many for the agent to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 .tmp files (%2); not a problem yet, and safe to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items named *.tmp there that are links, junctions or folders (never touched): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckPage</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckRow</name>
    <message>
        <source>Why we think so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckSession</name>
    <message>
        <source>The check stopped with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check stopped with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix stopped with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix stopped with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was abandoned; press Run again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ClockDecision</name>
    <message>
        <source>This computer is a domain member: its clock follows the domain, so only Windows Time is asked to resync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the clock by hand needs two independent sources (a time server and an HTTPS service) that agree; only one kind answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time server and the HTTPS service disagree by %1 s, so the clock is not set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixController</name>
    <message>
        <source>MARS Setup Doctor will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs administrator rights. MARS Setup Doctor will restart as administrator (Windows asks for permission), check again, and ask you once more before it changes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::InstallationPage</name>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the agent needs a local administrator running elevated, and an installation folder that is not System, Hidden, Compressed or Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agent is installed, or its default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent&apos;s installation folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::MainWizard</name>
    <message>
        <source>MARS Setup Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of this window for a support ticket (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::PassphraseInput</name>
    <message>
        <source>Only if this server was registered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved passphrase file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file saved at the first registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is held in memory for this check (hidden; never saved or logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::RegistrationPage</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the server with the vault needs the service&apos;s addresses open in the firewall and proxy, a correct clock, room for temporary files, and the same passphrase as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check&apos;s verdict. Open a section again with Back to see the details or apply a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything checked is ready for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done; see the check&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixes applied&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTML page and a JSON file with every verdict and its evidence, for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few lines of text to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that found a problem that will stop the agent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blocking problem. Checks that need attention: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem so far. Checks still to finish: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <source>Welcome to MARS Setup Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds and fixes what stops the Microsoft Azure Recovery Services (MARS) agent from installing or registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool runs the checks from Microsoft&apos;s troubleshooting article, shows what it found, and offers a one-click fix where one exists. Nothing is changed until you confirm a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a local administrator, running elevated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s folder is not System, Hidden, Compressed or Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall and proxy let this computer reach the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows temporary folder is not full of .tmp files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption passphrase matches the one used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
