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
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coming next.&lt;/b&gt; This version does not check registration yet. The next version checks:&lt;/p&gt;&lt;ol start=&quot;3&quot;&gt;&lt;li&gt;that the firewall and proxy let this computer reach the service&apos;s addresses;&lt;/li&gt;&lt;li&gt;that the clock is within a few minutes of the correct time;&lt;/li&gt;&lt;li&gt;that C:\Windows\Temp is not filling up with .tmp files;&lt;/li&gt;&lt;li&gt;that the passphrase matches the one used when this server was first registered.&lt;/li&gt;&lt;/ol&gt;</source>
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
    <message numerus="yes">
        <source>%n check(s) found a problem that will stop the agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No blocking problem, but %n check(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem so far; %n check(s) have not finished.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
</TS>
