<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>mars::AboutDialog</name>
    <message>
        <source>About MARS Setup Doctor</source>
        <translation>关于 MARS 安装诊断</translation>
    </message>
    <message>
        <source>MARS Setup Doctor</source>
        <translation>MARS 安装诊断</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Licensed under the MIT License.</source>
        <translation>根据 MIT 许可证授权。</translation>
    </message>
    <message>
        <source>Third-party notices:</source>
        <translation>第三方声明：</translation>
    </message>
    <message>
        <source>The third-party notices are missing from this build.</source>
        <translation>此版本缺少第三方声明。</translation>
    </message>
    <message>
        <source>The license texts are in the program&apos;s folder, %1: LICENSE.txt, THIRD-PARTY-NOTICES.txt, and licenses (LGPL-3.0.txt, GPL-3.0.txt, Qt&apos;s patches).</source>
        <translation>许可证文本位于程序所在文件夹 %1 中：LICENSE.txt、THIRD-PARTY-NOTICES.txt 以及 licenses 文件夹（LGPL-3.0.txt、GPL-3.0.txt 和 Qt 的补丁）。</translation>
    </message>
    <message>
        <source>This copy is not installed (%1 holds no license files): the source tree has LICENSE and resources/notices/THIRD-PARTY-NOTICES.txt; an installed copy keeps LICENSE.txt, THIRD-PARTY-NOTICES.txt and licenses (LGPL-3.0.txt, GPL-3.0.txt, Qt&apos;s patches) in its folder.</source>
        <translation>此副本未安装（%1 中没有许可证文件）：源代码树中有 LICENSE 和 resources/notices/THIRD-PARTY-NOTICES.txt；已安装的副本会在其文件夹中保存 LICENSE.txt、THIRD-PARTY-NOTICES.txt 和 licenses（LGPL-3.0.txt、GPL-3.0.txt、Qt 的补丁）。</translation>
    </message>
</context>
<context>
    <name>mars::CheckPage</name>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
</context>
<context>
    <name>mars::CheckRow</name>
    <message>
        <source>Why we think so</source>
        <translation>判断依据</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>Fix “%1”:</source>
        <translation>修复“%1”：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>The finding&apos;s code: quote it in a support ticket</source>
        <translation>发现代码：请在支持工单中引用</translation>
    </message>
</context>
<context>
    <name>mars::FixController</name>
    <message>
        <source>MARS Setup Doctor will:</source>
        <translation>MARS 安装诊断将会：</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>需要管理员权限</translation>
    </message>
</context>
<context>
    <name>mars::InstallFolderInput</name>
    <message>
        <source>Agent folder:</source>
        <translation>代理文件夹：</translation>
    </message>
    <message>
        <source>Where the agent is installed, or its default folder</source>
        <translation>代理的安装位置或其默认文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s installation folder</source>
        <translation>选择代理的安装文件夹</translation>
    </message>
</context>
<context>
    <name>mars::MainWizard</name>
    <message>
        <source>MARS Setup Doctor</source>
        <translation>MARS 安装诊断</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>Save a picture of this window for a support ticket (Ctrl+Shift+S)</source>
        <translation>保存此窗口的图片，用于支持工单（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the screenshot</source>
        <translation>无法保存截图</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>保存支持包</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>Could not save the support bundle</source>
        <translation>无法保存支持包</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Version, license and third-party notices</source>
        <translation>版本、许可证和第三方声明</translation>
    </message>
    <message>
        <source>What was saved or copied</source>
        <translation>已保存或复制的内容</translation>
    </message>
    <message>
        <source>Support bundle saved: %1</source>
        <translation>支持包已保存：%1</translation>
    </message>
    <message>
        <source>The support bundle was not saved.</source>
        <translation>支持包未保存。</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>报告未保存：%1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>the picture could not be made into a PNG file</source>
        <translation>无法将图片生成为 PNG 文件</translation>
    </message>
    <message>
        <source>The screenshot was not saved: %1</source>
        <translation>截图未保存：%1</translation>
    </message>
    <message>
        <source>Screenshot saved: %1</source>
        <translation>截图已保存：%1</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard (%1 lines): paste it into the ticket.</source>
        <translation>摘要已复制到剪贴板（%1 行）：请粘贴到工单中。</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseInput</name>
    <message>
        <source>Only if this server was registered before</source>
        <translation>仅当此服务器以前注册过时填写</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>通行短语：</translation>
    </message>
    <message>
        <source>Check passphrase</source>
        <translation>检查通行短语</translation>
    </message>
    <message>
        <source>Saved passphrase file…</source>
        <translation>已保存的通行短语文件…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>The passphrase file saved at the first registration</source>
        <translation>首次注册时保存的通行短语文件</translation>
    </message>
    <message>
        <source>Passphrase files (*.txt);;All files (*)</source>
        <translation>通行短语文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A passphrase is held in memory for this check (hidden; never saved or logged).</source>
        <translation>通行短语仅为本次检查保存在内存中（隐藏；从不保存或记录到日志）。</translation>
    </message>
    <message>
        <source>No passphrase entered.</source>
        <translation>未输入通行短语。</translation>
    </message>
    <message>
        <source>Comparing with: %1</source>
        <translation>比较对象：%1</translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Every check&apos;s verdict. Open a section again with Back to see the details or apply a fix.</source>
        <translation>所有检查的结论。点击“上一步”返回相应部分可查看详情或应用修复。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation>全部重新检查</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Everything checked is ready for the agent.</source>
        <translation>所有检查项均已为代理准备就绪。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>partly done; see the check&apos;s details</source>
        <translation>部分完成；请查看该检查的详情</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixes applied&lt;/b&gt;</source>
        <translation>&lt;b&gt;已应用的修复&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>An HTML page and a JSON file with every verdict and its evidence, for a support ticket</source>
        <translation>包含所有结论及其依据的 HTML 网页和 JSON 文件，用于支持工单</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>A few lines of text to paste into a ticket</source>
        <translation>几行可粘贴到工单中的文字</translation>
    </message>
    <message>
        <source>Checks that found a problem that will stop the agent: %1.</source>
        <translation>发现会阻止代理的问题的检查：%1 项。</translation>
    </message>
    <message>
        <source>No blocking problem. Checks that need attention: %1.</source>
        <translation>没有阻止性问题。需要注意的检查：%1 项。</translation>
    </message>
    <message>
        <source>No problem so far. Checks still to finish: %1.</source>
        <translation>目前没有问题。尚未完成的检查：%1 项。</translation>
    </message>
    <message>
        <source>The language the saved report is written in</source>
        <translation>保存的报告所用的语言</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Every check&apos;s verdict</source>
        <translation>每项检查的结论</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>保存支持包…</translation>
    </message>
    <message>
        <source>One zip for a ticket: the report in English and Chinese, this program&apos;s and the agent&apos;s logs, and the settings checked. Never the passphrase, the vault file or a token.</source>
        <translation>用于支持工单的一个 zip 文件：中英文报告、本程序和代理的日志，以及检查过的设置。绝不包含通行短语、保管库凭据文件或令牌。</translation>
    </message>
    <message>
        <source>Mask names</source>
        <translation>屏蔽名称</translation>
    </message>
    <message>
        <source>Mask user names, the computer name and paths under the user&apos;s profile in every file of the bundle</source>
        <translation>在支持包的每个文件中屏蔽用户名、计算机名以及用户配置文件下的路径</translation>
    </message>
    <message>
        <source>Mask names in the support bundle</source>
        <translation>在支持包中屏蔽名称</translation>
    </message>
    <message>
        <source>Compare with an earlier report…</source>
        <translation>与较早的报告比较…</translation>
    </message>
    <message>
        <source>Choose a JSON report saved before a fix: the page and the saved reports say what changed since</source>
        <translation>选择修复前保存的 JSON 报告：此页面和之后保存的报告会说明此后的变化</translation>
    </message>
    <message>
        <source>What changed since the earlier report</source>
        <translation>自较早报告以来的变化</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>与较早的报告比较</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON 报告 (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Could not compare:</source>
        <translation>无法比较：</translation>
    </message>
    <message>
        <source>Before and after:</source>
        <translation>前后对比：</translation>
    </message>
    <message>
        <source>What each mark means</source>
        <translation>各标记的含义</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>found a problem</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Checks that need attention: %1.</source>
        <translation>需要注意的检查：%1 项。</translation>
    </message>
    <message>
        <source>Checks that could not check, so nothing is known of what they look at: %1.</source>
        <translation>无法完成检查、因而对其检查对象一无所知的检查：%1 项。</translation>
    </message>
    <message>
        <source>Checks still to finish: %1.</source>
        <translation>尚未完成的检查：%1 项。</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>发现代码</translation>
    </message>
    <message>
        <source>The finding&apos;s code: quote it in a support ticket</source>
        <translation>发现代码：请在支持工单中引用</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsInput</name>
    <message>
        <source>Use this file</source>
        <translation>使用此文件</translation>
    </message>
    <message>
        <source>Vault credentials file:</source>
        <translation>保管库凭据文件：</translation>
    </message>
    <message>
        <source>The .VaultCredentials file from the vault: browse, or drop it on this window</source>
        <translation>从保管库下载的 .VaultCredentials 文件：浏览选择，或拖放到此窗口</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Found %1 in %2 (saved %3). Use it?</source>
        <translation>在 %2 中找到 %1（保存于 %3）。要使用它吗？</translation>
    </message>
    <message>
        <source>The vault credentials file downloaded from the vault</source>
        <translation>从保管库下载的保管库凭据文件</translation>
    </message>
    <message>
        <source>Vault credentials (*.VaultCredentials);;All files (*)</source>
        <translation>保管库凭据 (*.VaultCredentials);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <source>Welcome to MARS Setup Doctor</source>
        <translation>欢迎使用 MARS 安装诊断</translation>
    </message>
    <message>
        <source>Finds and fixes what stops the Microsoft Azure Recovery Services (MARS) agent from installing or registering.</source>
        <translation>查找并修复导致 Microsoft Azure 恢复服务 (MARS) 代理无法安装或注册的问题。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>The tool runs the checks from Microsoft&apos;s troubleshooting article, shows what it found, and offers a one-click fix where one exists. Nothing is changed until you confirm a fix.</source>
        <translation>本工具按照 Microsoft 故障排除文章进行检查，显示发现的问题，并在有修复方法时提供一键修复。在您确认修复之前，不会更改任何内容。</translation>
    </message>
    <message>
        <source>Your vault is in:</source>
        <translation>您的保管库位于：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Optional: an ID such as 34513, or paste the message</source>
        <translation>可选：输入 ID（如 34513），或粘贴错误消息</translation>
    </message>
    <message>
        <source>The error the agent showed</source>
        <translation>代理显示的错误</translation>
    </message>
    <message>
        <source>The checks of its causes run first and are marked.</source>
        <translation>先运行检查其原因的项目，并加以标记。</translation>
    </message>
    <message>
        <source>Error the agent showed:</source>
        <translation>代理显示的错误：</translation>
    </message>
    <message>
        <source>%1 — its causes are checked first: %2.</source>
        <translation>%1 — 先检查其原因：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not an error this tool knows; every check runs as usual.</source>
        <translation>这不是此工具已知的错误；所有检查照常运行。</translation>
    </message>
    <message>
        <source>The numbers are the article&apos;s steps; • marks a check this tool adds.</source>
        <translation>编号为文章中的步骤；• 表示本工具另外增加的检查。</translation>
    </message>
</context>
</TS>
