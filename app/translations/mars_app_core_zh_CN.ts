<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLineRun</name>
    <message>
        <source>Support bundle written: %1</source>
        <translation>支持包已写入：%1</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Without --check this program opens its window, and this system has no display (neither DISPLAY nor WAYLAND_DISPLAY is set): no window would be seen. For the checks in this terminal, add --check:</source>
        <translation>不带 --check 时本程序会打开窗口，但此系统没有显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）：看不到任何窗口。要在此终端中运行检查，请加上 --check：</translation>
    </message>
    <message>
        <source>Without --check this program opens its window, and the display it was given (DISPLAY=%1) does not answer: no window would be seen. For the checks in this terminal, add --check:</source>
        <translation>不带 --check 时本程序会打开窗口，但为其指定的显示器（DISPLAY=%1）没有响应：看不到任何窗口。要在此终端中运行检查，请加上 --check：</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>Checks and fixes what stops the Azure Recovery Services (MARS) agent from installing or registering.</source>
        <translation>检查并修复导致 Azure 恢复服务 (MARS) 代理无法安装或注册的问题。</translation>
    </message>
    <message>
        <source>Write the log to &lt;file&gt; instead of the default place.</source>
        <translation>将日志写入 &lt;file&gt;，而不是默认位置。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Apply this fix (with --check), or offer it again in the wizard, once its check has run and still offers it. Repeatable. Known fixes: %1.</source>
        <translation>在检查运行后仍提供此修复时，应用它（与 --check 一起使用），或在向导中再次提供它。可重复指定。已知修复：%1。</translation>
    </message>
    <message>
        <source>check/fix</source>
        <translation>检查/修复</translation>
    </message>
    <message>
        <source>Run every check without a window, print a report and exit: 0 when all pass, 1 when any warns, 2 when any fails or cannot run.</source>
        <translation>不打开窗口运行所有检查，输出报告后退出：全部通过时返回 0，有警告时返回 1，有失败或无法运行时返回 2。</translation>
    </message>
    <message>
        <source>With --check: print the report as JSON.</source>
        <translation>与 --check 一起使用：以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>With --check: print the report as text (the default).</source>
        <translation>与 --check 一起使用：以文本格式输出报告（默认）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>未知页面“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;; known fixes: %2.</source>
        <translation>未知的修复“%1”；已知修复：%2。</translation>
    </message>
    <message>
        <source>Choose one of --json and --text.</source>
        <translation>请在 --json 和 --text 中选择一个。</translation>
    </message>
    <message>
        <source>--json and --text go with --check.</source>
        <translation>--json 和 --text 需要与 --check 一起使用。</translation>
    </message>
    <message>
        <source>--log-file needs a file name.</source>
        <translation>--log-file 需要文件名。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: %1.</source>
        <translation>打开到 &lt;page&gt; 页：%1。</translation>
    </message>
    <message>
        <source>The window&apos;s language: en or zh_CN (default: MARS_LANGUAGE, else the system&apos;s).</source>
        <translation>窗口语言：en 或 zh_CN（默认：MARS_LANGUAGE，否则为系统语言）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>With --check: write the report in en or zh_CN.</source>
        <translation>与 --check 一起使用：用 en 或 zh_CN 写报告。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--report-language goes with --check; the wizard asks when it saves a report.</source>
        <translation>--report-language 需与 --check 一起使用；向导在保存报告时会询问语言。</translation>
    </message>
    <message>
        <source>Long options take two dashes: did you mean --%1?</source>
        <translation>长选项需要两个短横线：您是指 --%1 吗？</translation>
    </message>
    <message>
        <source>The wizard also takes Qt&apos;s own options (such as -platform and -style): https://doc.qt.io/qt-6/qapplication.html#QApplication</source>
        <translation>向导也接受 Qt 自身的选项（例如 -platform 和 -style）：https://doc.qt.io/qt-6/qapplication.html#QApplication</translation>
    </message>
    <message>
        <source>--log-file %1 ends in a folder separator; it needs a file name.</source>
        <translation>--log-file %1 以文件夹分隔符结尾；它需要一个文件名。</translation>
    </message>
    <message>
        <source>With --check: also write the JSON report to &lt;file&gt;, atomically (a half-written file is never left, even on a share).</source>
        <translation>与 --check 一起使用：同时以原子方式将 JSON 报告写入 &lt;file&gt;（即使在共享文件夹上也不会留下写了一半的文件）。</translation>
    </message>
    <message>
        <source>With --check: print nothing but errors (the exit code says the rest).</source>
        <translation>与 --check 一起使用：只输出错误（其余由退出代码说明）。</translation>
    </message>
    <message>
        <source>With --check: print one line of at most 2,048 characters instead of the report (for Intune).</source>
        <translation>与 --check 一起使用：输出一行最多 2,048 个字符的摘要而不是报告（供 Intune 使用）。</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out 需要一个文件名。</translation>
    </message>
    <message>
        <source>--out %1 is a link; choose another name (this program never writes through a link).</source>
        <translation>--out %1 是一个链接；请选择其他名称（本程序从不通过链接写入）。</translation>
    </message>
    <message>
        <source>--out, --quiet and --summary-line go with --check.</source>
        <translation>--out、--quiet 和 --summary-line 需与 --check 一起使用。</translation>
    </message>
    <message>
        <source>--summary-line prints its own line: leave out --json, --text and --quiet.</source>
        <translation>--summary-line 输出自己的一行：请不要同时使用 --json、--text 和 --quiet。</translation>
    </message>
    <message>
        <source>With --check: also write a support bundle to &lt;file&gt; (a zip: the report in English and Chinese, the logs, the settings read; never a secret).</source>
        <translation>与 --check 一起使用：同时将支持包写入 &lt;file&gt;（一个 zip 文件：中英文报告、日志和读取到的设置；绝不包含机密信息）。</translation>
    </message>
    <message>
        <source>With --bundle: mask user names, the computer name and paths under the user&apos;s profile in every file of the bundle.</source>
        <translation>与 --bundle 一起使用：在支持包的每个文件中屏蔽用户名、计算机名以及用户配置文件下的路径。</translation>
    </message>
    <message>
        <source>--bundle needs a file name.</source>
        <translation>--bundle 需要一个文件名。</translation>
    </message>
    <message>
        <source>--bundle %1 is a link; choose another name (this program never writes through a link).</source>
        <translation>--bundle %1 是一个链接；请换一个名称（本程序绝不通过链接写入）。</translation>
    </message>
    <message>
        <source>--bundle goes with --check; the wizard saves a bundle from its Summary page.</source>
        <translation>--bundle 须与 --check 一起使用；向导可在“摘要”页保存支持包。</translation>
    </message>
    <message>
        <source>--redact goes with --bundle.</source>
        <translation>--redact 须与 --bundle 一起使用。</translation>
    </message>
    <message>
        <source>With --check: say per check what changed since the earlier JSON report &lt;file&gt; (Fail to Pass, new warnings, evidence).</source>
        <translation>与 --check 一起使用：逐项说明自较早的 JSON 报告 &lt;file&gt; 以来的变化（失败变为通过、新的警告、证据）。</translation>
    </message>
    <message>
        <source>Merge every JSON report in &lt;folder&gt; into one HTML page (to --out, else printed); runs no check.</source>
        <translation>将 &lt;folder&gt; 中的所有 JSON 报告合并为一个 HTML 页面（写入 --out，否则直接输出）；不运行任何检查。</translation>
    </message>
    <message>
        <source>--compare needs the earlier report&apos;s JSON file, and goes with --check.</source>
        <translation>--compare 需要较早报告的 JSON 文件，并须与 --check 一起使用。</translation>
    </message>
    <message>
        <source>--fleet-report needs a folder and runs alone (with --out, --quiet and --report-language at most).</source>
        <translation>--fleet-report 需要一个文件夹，且单独运行（最多搭配 --out、--quiet 和 --report-language）。</translation>
    </message>
    <message>
        <source>--%1 needs a result file and a valid --%2: %3</source>
        <translation>--%1 需要一个结果文件和有效的 --%2：%3</translation>
    </message>
    <message>
        <source>--%1 %2 is a link; this program never writes through a link.</source>
        <translation>--%1 %2 是一个链接；本程序从不通过链接写入文件。</translation>
    </message>
</context>
</TS>
