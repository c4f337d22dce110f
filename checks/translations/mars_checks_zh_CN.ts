<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentErrors</name>
    <message>
        <source>Invalid vault credentials provided</source>
        <translation>提供的保管库凭据无效</translation>
    </message>
    <message>
        <source>Unable to read the vault credentials file</source>
        <translation>无法读取保管库凭据文件</translation>
    </message>
    <message>
        <source>Unable to connect to Microsoft Azure Backup</source>
        <translation>无法连接到 Microsoft Azure 备份</translation>
    </message>
    <message>
        <source>Vault credential file not downloaded from this server&apos;s vault</source>
        <translation>保管库凭据文件不是从此服务器所在的保管库下载的</translation>
    </message>
    <message>
        <source>Registration status could not be verified</source>
        <translation>无法验证注册状态</translation>
    </message>
    <message>
        <source>Failed to set the encryption key for secure backups</source>
        <translation>无法为安全备份设置加密密钥</translation>
    </message>
    <message>
        <source>Activation did not complete successfully (internal service error)</source>
        <translation>激活未成功完成（内部服务错误）</translation>
    </message>
    <message>
        <source>The encryption passphrase stored on this computer is not correctly configured</source>
        <translation>此计算机上存储的加密通行短语配置不正确</translation>
    </message>
    <message>
        <source>Installation failed and the changes were rolled back</source>
        <translation>安装失败，所做的更改已回滚</translation>
    </message>
    <message>
        <source>An existing connection was forcibly closed by the remote host</source>
        <translation>远程主机强行关闭了现有连接</translation>
    </message>
    <message>
        <source>The agent is too old for this operation</source>
        <translation>代理版本过旧，无法执行此操作</translation>
    </message>
    <message>
        <source>Resource not provisioned in service stamp</source>
        <translation>服务标记中未预配资源</translation>
    </message>
    <message>
        <source>The server was renamed, or its domain or fully qualified name changed, after it was registered. Register it again with new vault credentials. This tool does not compare the names yet.</source>
        <translation>服务器在注册后被重命名，或其域或完全限定名称已更改。请使用新的保管库凭据重新注册。此工具暂不比较这些名称。</translation>
    </message>
    <message>
        <source>The upgrade cannot find the installed agent&apos;s cached installer</source>
        <translation>升级找不到已安装代理缓存的安装程序</translation>
    </message>
    <message>
        <source>Windows has lost the installer package it kept when the agent was installed. Follow the article&apos;s steps to restore it, or uninstall the agent and install the latest one. This tool cannot check it.</source>
        <translation>Windows 丢失了安装代理时保留的安装程序包。请按照文章中的步骤将其还原，或卸载代理后安装最新版本。此工具无法检查这一点。</translation>
    </message>
    <message>
        <source>403 when downloading the vault credentials</source>
        <translation>下载保管库凭据时出现 403</translation>
    </message>
    <message>
        <source>The portal refused the download: clear the browser&apos;s cache, make sure the subscription is enabled and your account has a role on the vault, then download the file again.</source>
        <translation>门户拒绝了下载：请清除浏览器缓存，确认订阅已启用且你的帐户在该保管库上具有角色，然后重新下载文件。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Restart as administrator</source>
        <translation>以管理员身份重新启动</translation>
    </message>
    <message>
        <source>Remove these attributes</source>
        <translation>移除这些属性</translation>
    </message>
    <message>
        <source>Copy allow-list</source>
        <translation>复制允许列表</translation>
    </message>
    <message>
        <source>Open proxy settings</source>
        <translation>打开代理服务器设置</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Resync clock</source>
        <translation>重新同步时钟</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>设置时钟</translation>
    </message>
    <message>
        <source>Clear .tmp files</source>
        <translation>清理 .tmp 文件</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Installing the agent needs a local administrator running elevated, and an installation folder that is not System, Hidden, Compressed or Encrypted.</source>
        <translation>安装代理需要以提升的权限运行的本地管理员，以及没有系统、隐藏、压缩或加密属性的安装文件夹。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Registering the server with the vault needs the service&apos;s addresses open in the firewall and proxy, a correct clock, room for temporary files, and the same passphrase as before.</source>
        <translation>注册服务器需要：防火墙和代理放行服务地址、时钟正确、临时文件空间充足，并使用与以前相同的通行短语。</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>管理员权限</translation>
    </message>
    <message>
        <source>You are a local administrator, running elevated.</source>
        <translation>您是本地管理员，并以提升的权限运行。</translation>
    </message>
    <message>
        <source>Installation folder attributes</source>
        <translation>安装文件夹属性</translation>
    </message>
    <message>
        <source>The agent&apos;s folder is not System, Hidden, Compressed or Encrypted.</source>
        <translation>代理文件夹没有系统、隐藏、压缩或加密属性。</translation>
    </message>
    <message>
        <source>Firewall and proxy</source>
        <translation>防火墙和代理服务器</translation>
    </message>
    <message>
        <source>The firewall and proxy let this computer reach the service.</source>
        <translation>防火墙和代理服务器允许本机访问服务。</translation>
    </message>
    <message>
        <source>System clock</source>
        <translation>系统时钟</translation>
    </message>
    <message>
        <source>The clock is correct.</source>
        <translation>时钟正确。</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>临时文件</translation>
    </message>
    <message>
        <source>The Windows temporary folder is not full of .tmp files.</source>
        <translation>Windows 临时文件夹中没有堆满 .tmp 文件。</translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation>加密通行短语</translation>
    </message>
    <message>
        <source>The encryption passphrase matches the one used before.</source>
        <translation>加密通行短语与以前使用的一致。</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>启动服务</translation>
    </message>
    <message>
        <source>Turn on TLS 1.2 for the agent</source>
        <translation>为代理启用 TLS 1.2</translation>
    </message>
    <message>
        <source>Put back the earlier values</source>
        <translation>恢复原来的值</translation>
    </message>
    <message>
        <source>Restart the agent service</source>
        <translation>重新启动代理服务</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>The agent is current and its service runs, on a 64-bit Windows and .NET it supports.</source>
        <translation>代理为最新版本且其服务正在运行，所在的 64 位 Windows 和 .NET 受其支持。</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2 协议</translation>
    </message>
    <message>
        <source>TLS 1.2 is on for the agent (SCHANNEL and .NET).</source>
        <translation>已为代理启用 TLS 1.2（SCHANNEL 和 .NET）。</translation>
    </message>
    <message>
        <source>Copy it to this computer</source>
        <translation>复制到本机</translation>
    </message>
    <message>
        <source>Use the file&apos;s cloud</source>
        <translation>使用文件所属的云</translation>
    </message>
    <message>
        <source>Test sign-in with this file</source>
        <translation>用此文件测试登录</translation>
    </message>
    <message>
        <source>Vault credentials file</source>
        <translation>保管库凭据文件</translation>
    </message>
    <message>
        <source>The vault credentials file is valid, local, for the right cloud and vault, and signs in.</source>
        <translation>保管库凭据文件有效、位于本机、属于正确的云和保管库，并且能够登录。</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>缓存文件夹</translation>
    </message>
    <message>
        <source>The agent&apos;s cache folder is recorded consistently, on a local NTFS or ReFS disk, with room to spare.</source>
        <translation>代理的缓存文件夹在注册表中记录一致，位于本地 NTFS 或 ReFS 磁盘上，并有充足的可用空间。</translation>
    </message>
    <message>
        <source>Give the agent this proxy</source>
        <translation>让代理使用此代理服务器</translation>
    </message>
    <message>
        <source>Copy this account&apos;s proxy to WinHTTP</source>
        <translation>将此帐户的代理服务器复制到 WinHTTP</translation>
    </message>
    <message>
        <source>Put back the earlier proxy</source>
        <translation>恢复原来的代理服务器</translation>
    </message>
    <message>
        <source>Add these exclusions</source>
        <translation>添加这些排除项</translation>
    </message>
    <message>
        <source>Put back the earlier exclusions</source>
        <translation>恢复原来的排除项</translation>
    </message>
    <message>
        <source>Copy the list of exclusions</source>
        <translation>复制排除项列表</translation>
    </message>
    <message>
        <source>Antivirus exclusions</source>
        <translation>防病毒排除项</translation>
    </message>
    <message>
        <source>Microsoft Defender excludes the agent&apos;s cache and Bin folders and cbengine.exe.</source>
        <translation>Microsoft Defender 已排除代理的缓存文件夹、Bin 文件夹和 cbengine.exe。</translation>
    </message>
    <message>
        <source>Enable the backup task</source>
        <translation>启用备份任务</translation>
    </message>
    <message>
        <source>Put back the earlier task state</source>
        <translation>恢复原来的任务状态</translation>
    </message>
    <message>
        <source>Restore the agent&apos;s module path</source>
        <translation>恢复代理的模块路径</translation>
    </message>
    <message>
        <source>Put back the earlier module path</source>
        <translation>恢复原来的模块路径</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>计划备份</translation>
    </message>
    <message>
        <source>Once registered, the agent&apos;s backup task is enabled as SYSTEM, with PowerShell 3.0 or later, its module path and an execution policy that lets it run.</source>
        <translation>注册后，代理的备份任务已启用并以 SYSTEM 身份运行，具备 PowerShell 3.0 或更高版本、其模块路径以及允许其运行的执行策略。</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>专用终结点</translation>
    </message>
    <message>
        <source>With private endpoints, the vault&apos;s names resolve to private addresses and Entra ID stays public.</source>
        <translation>使用专用终结点时，保管库的名称解析为专用地址，而 Entra ID 保持公共。</translation>
    </message>
</context>
<context>
    <name>CloudProfiles</name>
    <message>
        <source>&quot;%1&quot; holds something that is not a non-empty string</source>
        <translation>“%1”中包含非空字符串以外的内容</translation>
    </message>
    <message>
        <source>each probe needs a &quot;role&quot;</source>
        <translation>每个探测项都需要“role”</translation>
    </message>
    <message>
        <source>an &quot;ncsi&quot; probe needs an http:// &quot;url&quot; and the &quot;expect&quot;ed body</source>
        <translation>“ncsi”探测项需要 http:// 开头的“url”和“expect”预期正文</translation>
    </message>
    <message>
        <source>probe host &quot;%1&quot; is not a host name</source>
        <translation>探测主机“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>probe kind &quot;%1&quot; is not one of https, dns, ncsi</source>
        <translation>探测类型“%1”不是 https、dns、ncsi 之一</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a cloud profile must be a JSON object</source>
        <translation>云配置文件必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a short lower-case name</source>
        <translation>“id”必须是简短的小写名称</translation>
    </message>
    <message>
        <source>&quot;name&quot; needs an English (&quot;en&quot;) entry</source>
        <translation>“name”需要英文（“en”）条目</translation>
    </message>
    <message>
        <source>allow-list entry &quot;%1&quot; is not a host name or *.domain</source>
        <translation>允许列表条目“%1”不是主机名或 *.域名</translation>
    </message>
    <message>
        <source>&quot;allowList&quot; is empty</source>
        <translation>“allowList”为空</translation>
    </message>
    <message>
        <source>&quot;probes&quot; must be a list</source>
        <translation>“probes”必须是列表</translation>
    </message>
    <message>
        <source>probe port must be 1-65535</source>
        <translation>探测端口必须在 1-65535 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of at most 500 strings</source>
        <translation>&quot;%1&quot; 必须是最多包含 500 个字符串的列表</translation>
    </message>
    <message>
        <source>a probe&apos;s &quot;html&quot; must be true or false</source>
        <translation>探测项的 &quot;html&quot; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;trustedRoots&quot; must be a list of at most 64 roots</source>
        <translation>&quot;trustedRoots&quot; 必须是最多包含 64 个根证书的列表</translation>
    </message>
    <message>
        <source>each trusted root needs a &quot;name&quot; and a &quot;sha1&quot; thumbprint of 40 hexadecimal digits</source>
        <translation>每个受信任的根证书都需要 &quot;name&quot; 和由 40 位十六进制数字组成的 &quot;sha1&quot; 指纹</translation>
    </message>
    <message>
        <source>&quot;probes&quot; holds more than 200 endpoints</source>
        <translation>&quot;probes&quot; 包含的终结点超过 200 个</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB; a cloud profile is a few KB</source>
        <translation>%1 大于 %2 KB；云配置文件通常只有几 KB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is a built-in cloud&apos;s; give the custom profile its own id</source>
        <translation>%1：ID “%2” 属于内置云；请为自定义配置文件指定其自己的 ID</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds something that is neither a text nor {&quot;en&quot;: text, &quot;zh_CN&quot;: text}</source>
        <translation>“%1”中包含的内容既不是文本，也不是 {&quot;en&quot;: 文本, &quot;zh_CN&quot;: 文本}</translation>
    </message>
    <message>
        <source>connectivity</source>
        <translation>连通性检测</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>resource-manager</source>
        <translation>资源管理器</translation>
    </message>
    <message>
        <source>backup-service</source>
        <translation>备份服务</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>microsoft</source>
        <translation>Microsoft 网站</translation>
    </message>
    <message>
        <source>&quot;privateEndpoints&quot; must be an object whose &quot;used&quot; is true or false</source>
        <translation>“privateEndpoints”必须是一个对象，其“used”为 true 或 false</translation>
    </message>
    <message>
        <source>a private-endpoint zone must be a DNS name for backup-service, blob or queue</source>
        <translation>专用终结点区域必须是 backup-service、blob 或 queue 的 DNS 名称</translation>
    </message>
    <message>
        <source>&quot;privateEndpoints&quot;.&quot;names&quot; must be a list of at most %1 names</source>
        <translation>“privateEndpoints”.“names”必须是最多 %1 个名称的列表</translation>
    </message>
    <message>
        <source>each private-endpoint name needs a &quot;role&quot; (backup-service, blob or queue) and a &quot;host&quot; name</source>
        <translation>每个专用终结点名称都需要“role”（backup-service、blob 或 queue）和“host”名称</translation>
    </message>
    <message>
        <source>blob</source>
        <translation>blob</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Did not finish</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>a text of the message is not a string</source>
        <translation>消息中的某段文字不是字符串</translation>
    </message>
    <message>
        <source>a text of the message is longer than a report writes</source>
        <translation>消息中的某段文字比报告所写的更长</translation>
    </message>
    <message>
        <source>a count of the message is not a whole number of at most 2^53</source>
        <translation>消息中的某个计数不是不超过 2^53 的整数</translation>
    </message>
    <message>
        <source>the arguments of the message are not a list</source>
        <translation>消息的参数不是列表</translation>
    </message>
    <message>
        <source>a count of the message has more than its number</source>
        <translation>消息中的某个计数除数字外还有其他内容</translation>
    </message>
    <message>
        <source>the message has more parts than a report writes</source>
        <translation>消息的组成部分比报告所写的更多</translation>
    </message>
    <message>
        <source>the message is nested deeper than a report writes</source>
        <translation>消息的嵌套层数比报告所写的更深</translation>
    </message>
    <message>
        <source>a part of the message is neither text nor an object</source>
        <translation>消息的某个部分既不是文字也不是对象</translation>
    </message>
    <message>
        <source>the number of a plural message is not a whole number</source>
        <translation>复数消息的数量不是整数</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (in English: no text in this language was given)</source>
        <translation>%1（英文原文：未提供此语言的文本）</translation>
    </message>
</context>
<context>
    <name>PlatformText</name>
    <message>
        <source>Host not found</source>
        <translation>找不到主机（HostNotFoundError）</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误（UnknownSocketError）</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝（ConnectionRefusedError）</translation>
    </message>
    <message>
        <source>The remote host closed the connection</source>
        <translation>远程主机关闭了连接（RemoteHostClosedError）</translation>
    </message>
    <message>
        <source>Socket operation timed out</source>
        <translation>套接字操作超时（SocketTimeoutError）</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时（ETIMEDOUT）</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>网络不可达（NetworkError）</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>操作已取消（OperationCanceledError）</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>连接已关闭（RemoteHostClosedError）</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>名称或服务未知（EAI_NONAME）</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>名称解析暂时失败（EAI_AGAIN）</translation>
    </message>
    <message>
        <source>No address associated with hostname</source>
        <translation>该主机名没有关联的地址（EAI_NODATA）</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或目录不存在（ENOENT）</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限被拒绝（EACCES）</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>there is no WinHTTP on this system</source>
        <translation>此系统上没有 WinHTTP</translation>
    </message>
    <message>
        <source>the agent runs on Windows only</source>
        <translation>代理只能在 Windows 上运行</translation>
    </message>
    <message>
        <source>the agent is not installed</source>
        <translation>代理尚未安装</translation>
    </message>
    <message>
        <source>PAC files are evaluated by WinHTTP, on Windows only</source>
        <translation>PAC 文件只能由 Windows 上的 WinHTTP 解析</translation>
    </message>
    <message>
        <source>there is no agent service on this system</source>
        <translation>此系统上没有代理服务</translation>
    </message>
    <message>
        <source>there is no registry on this system</source>
        <translation>此系统上没有注册表</translation>
    </message>
    <message>
        <source>there is no LocalSystem account on this system (Windows only)</source>
        <translation>此系统上没有 LocalSystem 帐户（仅限 Windows）</translation>
    </message>
    <message>
        <source>proxy settings are a Windows dialog</source>
        <translation>代理服务器设置是 Windows 的对话框</translation>
    </message>
    <message>
        <source>nothing to save on this system</source>
        <translation>此系统上没有需要保存的内容</translation>
    </message>
    <message>
        <source>not a Windows program</source>
        <translation>不是 Windows 程序</translation>
    </message>
    <message>
        <source>setting the clock is a Windows feature of this tool</source>
        <translation>设置时钟是本工具在 Windows 上的功能</translation>
    </message>
    <message>
        <source>restarting as administrator is a Windows feature; run the program with sudo instead</source>
        <translation>以管理员身份重新启动是 Windows 功能；请改用 sudo 运行本程序</translation>
    </message>
    <message>
        <source>resyncing the clock is a Windows feature; on this system use its time service (e.g. chronyc makestep)</source>
        <translation>重新同步时钟是 Windows 功能；在此系统上请使用其时间服务（例如 chronyc makestep）</translation>
    </message>
    <message>
        <source>the environment (http_proxy, https_proxy, no_proxy)</source>
        <translation>环境变量（http_proxy、https_proxy、no_proxy）</translation>
    </message>
    <message>
        <source>this account&apos;s Internet Options</source>
        <translation>此帐户的 Internet 选项</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s default (netsh winhttp show proxy)</source>
        <translation>WinHTTP 的默认设置（netsh winhttp show proxy）</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>找不到主机 %1（HostNotFoundError）</translation>
    </message>
    <message>
        <source>it is a symbolic link (never read through)</source>
        <translation>它是符号链接（从不经由链接读取）</translation>
    </message>
    <message>
        <source>it is a FIFO, socket or device, not a regular file</source>
        <translation>它是 FIFO、套接字或设备，不是普通文件</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it has other hard links (never read through a link)</source>
        <translation>它还有其他硬链接（从不经由链接读取）</translation>
    </message>
    <message>
        <source>it is a pipe, not a regular file</source>
        <translation>它是管道，不是普通文件</translation>
    </message>
    <message>
        <source>it is a link (reparse point, never read through)</source>
        <translation>它是链接（重分析点，从不经由链接读取）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>mars::AddDefenderExclusionsFix</name>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>进程：%1</translation>
    </message>
    <message>
        <source>Add these exclusions to Microsoft Defender (as Add-MpPreference does):</source>
        <translation>将以下排除项添加到 Microsoft Defender（与 Add-MpPreference 的做法相同）：</translation>
    </message>
    <message>
        <source>Defender&apos;s list as it is now goes into the report, and this program records what it adds, so &quot;Put back the earlier exclusions&quot; removes exactly these and nothing else.</source>
        <translation>Defender 当前的排除列表会写入报告，本工具也会记录所添加的内容，因此“恢复原来的排除项”只会删除这些项，不会改动其他任何内容。</translation>
    </message>
    <message>
        <source>Defender listed no exclusions.</source>
        <translation>Defender 中没有任何排除项。</translation>
    </message>
    <message>
        <source>Nothing changed: Defender&apos;s exclusions cannot be read now.</source>
        <translation>未做任何更改：现在无法读取 Defender 的排除项。</translation>
    </message>
    <message>
        <source>Nothing to add: Defender already excludes all three.</source>
        <translation>无需添加：Defender 已排除全部三项。</translation>
    </message>
    <message>
        <source>Defender did not keep %1: tamper protection, or a policy that ignores local exclusions (DisableLocalAdminMerge), may be in force. Ask whoever manages Defender to add it.</source>
        <translation>Defender 没有保留 %1：可能启用了篡改防护，或有忽略本地排除项的策略（DisableLocalAdminMerge）。请让 Defender 的管理员添加此项。</translation>
    </message>
    <message>
        <source>The exclusions were added but could not be recorded for &quot;Put back&quot;: remove them by hand with Remove-MpPreference if needed.</source>
        <translation>排除项已添加，但无法记录以供“恢复”使用：如有需要，请使用 Remove-MpPreference 手动删除。</translation>
    </message>
</context>
<context>
    <name>mars::AdminRightsCheck</name>
    <message>
        <source>Could not read this account&apos;s rights.</source>
        <translation>无法读取此帐户的权限。</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帐户：%1</translation>
    </message>
    <message>
        <source>Member of the local Administrators group: %1</source>
        <translation>本地 Administrators 组成员：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This program runs elevated (full administrator token): %1</source>
        <translation>本程序以提升的权限运行（完整管理员令牌）：%1</translation>
    </message>
    <message>
        <source>Running as an administrator with full rights.</source>
        <translation>正在以具有完整权限的管理员身份运行。</translation>
    </message>
    <message>
        <source>Running elevated, but %1 is not in the local Administrators group.</source>
        <translation>已提升权限运行，但 %1 不在本地 Administrators 组中。</translation>
    </message>
    <message>
        <source>Setup and registration expect a member of the local Administrators group; if they fail with error 4024, sign in as one.</source>
        <translation>安装和注册需要本地 Administrators 组的成员；如果失败并出现错误 4024，请使用该组成员登录。</translation>
    </message>
    <message>
        <source>You are an administrator, but this program is not running elevated.</source>
        <translation>您是管理员，但本程序没有以提升的权限运行。</translation>
    </message>
    <message>
        <source>User Account Control gives administrators a limited token until they approve elevation. Installing and registering the agent needs the full token, or setup rolls back (error 4024).</source>
        <translation>在管理员同意提升权限之前，用户帐户控制只给予受限令牌。安装和注册代理需要完整令牌，否则安装会回滚（错误 4024）。</translation>
    </message>
    <message>
        <source>%1 is not a local administrator.</source>
        <translation>%1 不是本地管理员。</translation>
    </message>
    <message>
        <source>Installing and registering the agent needs a member of the local Administrators group (otherwise setup rolls back with error 4024). Restart as administrator and enter an administrator&apos;s name and password, or ask your IT team to add this account to the group.</source>
        <translation>安装和注册代理需要本地 Administrators 组的成员（否则安装会回滚并出现错误 4024）。请以管理员身份重新启动并输入管理员的用户名和密码，或请 IT 团队将此帐户加入该组。</translation>
    </message>
    <message>
        <source>Run this program again with administrator rights (for example with sudo).</source>
        <translation>请以管理员权限重新运行本程序（例如使用 sudo）。</translation>
    </message>
    <message>
        <source>User Account Control is turned off on this computer, so Windows cannot raise this account&apos;s rights: sign out and sign in with an administrator account, then run this program again.</source>
        <translation>此计算机已关闭用户帐户控制，因此 Windows 无法提升此帐户的权限：请注销并使用管理员帐户登录，然后再次运行本程序。</translation>
    </message>
</context>
<context>
    <name>mars::AgentCheck</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>正在暂停</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>处于未知状态</translation>
    </message>
    <message>
        <source>Automatic (delayed start)</source>
        <translation>自动（延迟启动）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>started by the system</source>
        <translation>由系统启动</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not examined: this system has no Windows agent, service, version or .NET to look at.</source>
        <translation>未检查：此系统上没有可查看的 Windows 代理、服务、版本或 .NET。</translation>
    </message>
    <message>
        <source>Run the Windows build of this program on the server to check the agent and its prerequisites.</source>
        <translation>请在服务器上运行本程序的 Windows 版本，以检查代理及其先决条件。</translation>
    </message>
    <message>
        <source>The agent is not installed (no Setup\InstallPath in the registry): the lines below check that this computer can run it.</source>
        <translation>未安装代理（注册表中没有 Setup\InstallPath）：以下各行检查此计算机能否运行它。</translation>
    </message>
    <message>
        <source>Could not read the version of %1: %2</source>
        <translation>无法读取 %1 的版本：%2</translation>
    </message>
    <message>
        <source>Could not read the agent&apos;s version.</source>
        <translation>无法读取代理的版本。</translation>
    </message>
    <message>
        <source>Agent version %1 (%2).</source>
        <translation>代理版本 %1（%2）。</translation>
    </message>
    <message>
        <source>Agents older than %1 can no longer reach the service (error 0x1FBD3). Source: %2</source>
        <translation>早于 %1 的代理已无法连接服务（错误 0x1FBD3）。来源：%2</translation>
    </message>
    <message>
        <source>The agent (%1) is too old to work: install the latest agent (%2 or later).</source>
        <translation>代理（%1）太旧，无法工作：请安装最新的代理（%2 或更高版本）。</translation>
    </message>
    <message>
        <source>Current vault credentials files need agent %1 or later. Source: %2</source>
        <translation>当前的保管库凭据文件需要 %1 或更高版本的代理。来源：%2</translation>
    </message>
    <message>
        <source>The agent (%1) is too old for current vault credentials: install the latest agent (%2 or later).</source>
        <translation>代理（%1）太旧，无法使用当前的保管库凭据：请安装最新的代理（%2 或更高版本）。</translation>
    </message>
    <message>
        <source>That is at least %1, which current vault credentials files need.</source>
        <translation>不低于当前保管库凭据文件所需的 %1。</translation>
    </message>
    <message>
        <source>Could not ask the service manager about obengine: %1</source>
        <translation>无法向服务管理器查询 obengine：%1</translation>
    </message>
    <message>
        <source>Could not query the agent&apos;s service.</source>
        <translation>无法查询代理的服务。</translation>
    </message>
    <message>
        <source>The engine service obengine is not installed: repair or reinstall the agent.</source>
        <translation>未安装引擎服务 obengine：请修复或重新安装代理。</translation>
    </message>
    <message>
        <source>The agent&apos;s service (obengine) is missing.</source>
        <translation>代理的服务（obengine）不存在。</translation>
    </message>
    <message>
        <source>Service obengine (Microsoft Azure Recovery Services Agent): %1, start type %2.</source>
        <translation>服务 obengine（Microsoft Azure Recovery Services Agent）：%1，启动类型：%2。</translation>
    </message>
    <message>
        <source>The agent&apos;s service is Disabled: it cannot back up or register.</source>
        <translation>代理的服务已被禁用：无法备份或注册。</translation>
    </message>
    <message>
        <source>The agent&apos;s service is stopped.</source>
        <translation>代理的服务已停止。</translation>
    </message>
    <message>
        <source>Windows: %1 %2 (build %3.%4.%5), %6.</source>
        <translation>Windows：%1 %2（版本 %3.%4.%5），%6。</translation>
    </message>
    <message>
        <source>The agent runs on 64-bit Windows only. Source: %1</source>
        <translation>代理只能在 64 位 Windows 上运行。来源：%1</translation>
    </message>
    <message>
        <source>This Windows is not 64-bit: the agent cannot run on it.</source>
        <translation>此 Windows 不是 64 位：代理无法在其上运行。</translation>
    </message>
    <message>
        <source>Server Core installations are not supported by the agent. Source: %1</source>
        <translation>代理不支持服务器核心（Server Core）安装。来源：%1</translation>
    </message>
    <message>
        <source>This is a Server Core installation, which the agent does not support.</source>
        <translation>这是服务器核心（Server Core）安装，代理不支持。</translation>
    </message>
    <message>
        <source>%1 is on the agent&apos;s support list.</source>
        <translation>%1 在代理的支持列表中。</translation>
    </message>
    <message>
        <source>Build %1 is not on the agent&apos;s support list (%2). Sources: %3; %4</source>
        <translation>版本 %1 不在代理的支持列表中（%2）。来源：%3；%4</translation>
    </message>
    <message>
        <source>This Windows version is not supported by the agent.</source>
        <translation>代理不支持此 Windows 版本。</translation>
    </message>
    <message>
        <source>.NET Framework 4.5 or later is not installed (no NDP\v4\Full Release value).</source>
        <translation>未安装 .NET Framework 4.5 或更高版本（没有 NDP\v4\Full 的 Release 值）。</translation>
    </message>
    <message>
        <source>.NET Framework %1 or later is missing.</source>
        <translation>缺少 .NET Framework %1 或更高版本。</translation>
    </message>
    <message>
        <source>.NET Framework %1 (Release %2); the agent needs %3 (Release %4) or later. Source: %5</source>
        <translation>.NET Framework %1（Release %2）；代理需要 %3（Release %4）或更高版本。来源：%5</translation>
    </message>
    <message>
        <source>.NET Framework %1 is older than the %2 the agent needs.</source>
        <translation>.NET Framework %1 低于代理所需的 %2。</translation>
    </message>
    <message>
        <source>If this server was renamed or changed domain since it was registered, registration fails with error 230006: register it again.</source>
        <translation>如果此服务器在注册后重命名或更改了域，注册会失败并出现错误 230006：请重新注册。</translation>
    </message>
    <message>
        <source>The agent is current, its service runs, and this Windows and .NET support it.</source>
        <translation>代理为最新版本，其服务正在运行，此 Windows 和 .NET 均受支持。</translation>
    </message>
    <message>
        <source>The agent is not installed yet; this Windows and .NET can run it.</source>
        <translation>尚未安装代理；此 Windows 和 .NET 可以运行它。</translation>
    </message>
    <message>
        <source>Registered to vault %1 in resource group %2 (subscription %3).</source>
        <translation>已注册到资源组 %2 中的保管库 %1（订阅 %3）。</translation>
    </message>
    <message>
        <source>Not registered to a vault yet.</source>
        <translation>尚未注册到保管库。</translation>
    </message>
    <message>
        <source>The agent&apos;s record of its vault (HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config): %1.</source>
        <translation>代理对其保管库的记录（HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config）：%1。</translation>
    </message>
    <message>
        <source>Which vault this server is registered to cannot be told: the agent&apos;s record is unreadable or inconsistent.</source>
        <translation>无法判断此服务器注册到哪个保管库：代理的记录无法读取或前后不一致。</translation>
    </message>
</context>
<context>
    <name>mars::AntivirusExclusionsCheck</name>
    <message>
        <source>Not examined: this system has no Microsoft Defender whose exclusions could be read.</source>
        <translation>未检查：此系统上没有可读取排除项的 Microsoft Defender。</translation>
    </message>
    <message>
        <source>Run the Windows build of this program on the server to check the agent&apos;s antivirus exclusions.</source>
        <translation>请在服务器上运行本工具的 Windows 版本，以检查代理的防病毒排除项。</translation>
    </message>
    <message>
        <source>The agent&apos;s troubleshooting article names antivirus software as a cause of error 34513 and asks for these exclusions.</source>
        <translation>代理的故障排除文章将防病毒软件列为错误 34513 的原因之一，并要求添加这些排除项。</translation>
    </message>
    <message>
        <source>Not examined: the agent is not installed, so it has no folders to exclude yet.</source>
        <translation>未检查：代理尚未安装，因此还没有需要排除的文件夹。</translation>
    </message>
    <message>
        <source>Once it is installed (here in its default folder), the antivirus should exclude:</source>
        <translation>安装代理后（此处按其默认文件夹），防病毒软件应排除：</translation>
    </message>
    <message>
        <source>Defender&apos;s tamper protection is on: changes made on this server may be refused or undone.</source>
        <translation>Defender 的篡改防护已启用：在此服务器上所做的更改可能被拒绝或撤消。</translation>
    </message>
    <message>
        <source>Not examined: Microsoft Defender is not this server&apos;s antivirus; the agent&apos;s exclusions must be asked for in the product that is.</source>
        <translation>未检查：Microsoft Defender 不是此服务器的防病毒软件；代理的排除项需要在实际使用的防病毒产品中申请。</translation>
    </message>
    <message>
        <source>Not examined: Microsoft Defender&apos;s exclusions cannot be read here; ask whoever manages Defender to confirm them.</source>
        <translation>未检查：此处无法读取 Microsoft Defender 的排除项；请让 Defender 的管理员确认。</translation>
    </message>
    <message>
        <source>Microsoft Defender is not installed (there is no WinDefend service): another antivirus product, or none, protects this server.</source>
        <translation>未安装 Microsoft Defender（没有 WinDefend 服务）：此服务器由其他防病毒产品保护，或没有任何保护。</translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s service (WinDefend) is not running: another antivirus product is in charge.</source>
        <translation>Microsoft Defender 的服务（WinDefend）未运行：由其他防病毒产品负责防护。</translation>
    </message>
    <message>
        <source>Microsoft Defender is set to passive mode (ForceDefenderPassiveMode): another antivirus product is in charge.</source>
        <translation>Microsoft Defender 设为被动模式（ForceDefenderPassiveMode）：由其他防病毒产品负责防护。</translation>
    </message>
    <message>
        <source>A policy hides Defender&apos;s exclusions from local administrators (HideExclusionsFromLocalAdmins).</source>
        <translation>有策略向本地管理员隐藏 Defender 的排除项（HideExclusionsFromLocalAdmins）。</translation>
    </message>
    <message>
        <source>Defender&apos;s exclusion list refused this account: %1</source>
        <translation>Defender 的排除列表拒绝了此帐户的访问：%1</translation>
    </message>
    <message>
        <source>Defender&apos;s exclusion list could not be read: %1</source>
        <translation>无法读取 Defender 的排除列表：%1</translation>
    </message>
    <message>
        <source>Ask whoever manages the antivirus to exclude:</source>
        <translation>请让防病毒软件的管理员排除：</translation>
    </message>
    <message>
        <source>Ask whoever manages Defender to confirm these exclusions:</source>
        <translation>请让 Defender 的管理员确认以下排除项：</translation>
    </message>
    <message>
        <source>Not excluded: %1</source>
        <translation>未排除：%1</translation>
    </message>
    <message>
        <source>Excluded by Group Policy: %1 (entry %2)</source>
        <translation>已由组策略排除：%1（条目 %2）</translation>
    </message>
    <message>
        <source>Excluded: %1 (entry %2)</source>
        <translation>已排除：%1（条目 %2）</translation>
    </message>
    <message>
        <source>Microsoft Defender excludes the agent&apos;s cache and Bin folders and cbengine.exe.</source>
        <translation>Microsoft Defender 已排除代理的缓存文件夹、Bin 文件夹和 cbengine.exe。</translation>
    </message>
    <message>
        <source>Microsoft Defender does not exclude %1, and only Group Policy can add exclusions here.</source>
        <translation>Microsoft Defender 未排除 %1，并且此处只能通过组策略添加排除项。</translation>
    </message>
    <message>
        <source>A policy (DisableLocalAdminMerge) makes Defender ignore exclusions added on this server: ask whoever manages the policy to add the ones above.</source>
        <translation>有策略（DisableLocalAdminMerge）使 Defender 忽略在此服务器上添加的排除项：请让该策略的管理员添加上述各项。</translation>
    </message>
    <message>
        <source>Microsoft Defender does not exclude %1.</source>
        <translation>Microsoft Defender 未排除 %1。</translation>
    </message>
    <message>
        <source>This program added exclusions earlier and recorded them; it can remove them again.</source>
        <translation>本工具之前添加过排除项并做了记录，可以再将其删除。</translation>
    </message>
</context>
<context>
    <name>mars::AtomicWrite</name>
    <message>
        <source>%1 is a link; choose another name (this program never writes through a link).</source>
        <translation>%1 是一个链接；请选择其他名称（本程序从不通过链接写入）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>mars::BackupScheduleCheck</name>
    <message>
        <source>Not examined: this system has no Task Scheduler or Windows PowerShell to look at.</source>
        <translation>未检查：此系统没有可供查看的任务计划程序或 Windows PowerShell。</translation>
    </message>
    <message>
        <source>Run the Windows build of this program on the server to check its scheduled backups.</source>
        <translation>请在服务器上运行本程序的 Windows 版本，以检查其计划备份。</translation>
    </message>
    <message>
        <source>Not registered yet: nothing to schedule.</source>
        <translation>尚未注册：没有可计划的备份。</translation>
    </message>
    <message>
        <source>Backups are scheduled once the server is registered to a vault; this check looks at them then.</source>
        <translation>服务器注册到保管库后才会计划备份；届时本检查会查看它们。</translation>
    </message>
    <message>
        <source>Restart the server after a change, as the article advises, so Task Scheduler and the agent use it.</source>
        <translation>按照文章的建议，更改后请重新启动服务器，使任务计划程序和代理使用新设置。</translation>
    </message>
    <message>
        <source>Scheduled backups can run: the task is enabled as SYSTEM, PowerShell and its module path are in place, and scripts may run.</source>
        <translation>计划备份可以运行：任务已启用并以 SYSTEM 身份运行，PowerShell 及其模块路径就绪，且允许运行脚本。</translation>
    </message>
    <message>
        <source>Could not read the task %1: %2</source>
        <translation>无法读取任务 %1：%2</translation>
    </message>
    <message>
        <source>Could not read the agent&apos;s scheduled tasks.</source>
        <translation>无法读取代理的计划任务。</translation>
    </message>
    <message>
        <source>The task %1 is not in Task Scheduler: no backup is scheduled. Schedule one in the agent&apos;s console (Schedule Backup).</source>
        <translation>任务计划程序中没有任务 %1：尚未计划任何备份。请在代理的控制台中计划一个（计划备份）。</translation>
    </message>
    <message>
        <source>No backup is scheduled: the agent&apos;s backup task is not there.</source>
        <translation>尚未计划任何备份：代理的备份任务不存在。</translation>
    </message>
    <message>
        <source>The task %1 is not in Task Scheduler: no System State backup is scheduled.</source>
        <translation>任务计划程序中没有任务 %1：尚未计划系统状态备份。</translation>
    </message>
    <message>
        <source>The task %1 is enabled.</source>
        <translation>任务 %1 已启用。</translation>
    </message>
    <message>
        <source>The task %1 is disabled.</source>
        <translation>任务 %1 已被禁用。</translation>
    </message>
    <message>
        <source>The backup task is disabled: scheduled backups do not start.</source>
        <translation>备份任务已被禁用：计划的备份不会启动。</translation>
    </message>
    <message>
        <source>The System State backup task is disabled: scheduled System State backups do not start.</source>
        <translation>系统状态备份任务已被禁用：计划的系统状态备份不会启动。</translation>
    </message>
    <message>
        <source>Could not read the account the task %1 runs as: %2</source>
        <translation>无法读取任务 %1 的运行帐户：%2</translation>
    </message>
    <message>
        <source>It runs as SYSTEM (%1).</source>
        <translation>它以 SYSTEM 身份运行（%1）。</translation>
    </message>
    <message>
        <source>It runs as the local Administrators group (%1), which the article also accepts.</source>
        <translation>它以本地 Administrators 组身份运行（%1），文章也接受这种方式。</translation>
    </message>
    <message>
        <source>It runs as %1, not SYSTEM: in Task Scheduler, on the task&apos;s General tab, choose SYSTEM under Security options.</source>
        <translation>它以 %1 身份运行，而不是 SYSTEM：请在任务计划程序中该任务的“常规”选项卡上，于“安全选项”下选择 SYSTEM。</translation>
    </message>
    <message>
        <source>An agent task does not run as SYSTEM: it may not start, or may fail when it does.</source>
        <translation>代理的某个任务不以 SYSTEM 身份运行：它可能不会启动，或启动后失败。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not tell which Windows PowerShell is installed.</source>
        <translation>无法判断安装的是哪个版本的 Windows PowerShell。</translation>
    </message>
    <message>
        <source>%1 is not there: Windows PowerShell 3.0 or later is not installed.</source>
        <translation>%1 不存在：未安装 Windows PowerShell 3.0 或更高版本。</translation>
    </message>
    <message>
        <source>Windows PowerShell 3.0 or later is missing: the backup task cannot start the agent.</source>
        <translation>缺少 Windows PowerShell 3.0 或更高版本：备份任务无法启动代理。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a version.</source>
        <translation>%1 为“%2”，这不是一个版本号。</translation>
    </message>
    <message>
        <source>Windows PowerShell %1 is installed; the agent&apos;s tasks need 3.0 or later.</source>
        <translation>已安装 Windows PowerShell %1；代理的任务需要 3.0 或更高版本。</translation>
    </message>
    <message>
        <source>Windows PowerShell %1 (3.0 or later).</source>
        <translation>Windows PowerShell %1（3.0 或更高版本）。</translation>
    </message>
    <message>
        <source>Could not read the machine&apos;s PSModulePath.</source>
        <translation>无法读取计算机的 PSModulePath。</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 未设置。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>It lists the agent&apos;s module folder %1.</source>
        <translation>其中包含代理的模块文件夹 %1。</translation>
    </message>
    <message>
        <source>It does not list the agent&apos;s module folder %1, so the task cannot load the agent&apos;s PowerShell module.</source>
        <translation>其中不包含代理的模块文件夹 %1，因此任务无法加载代理的 PowerShell 模块。</translation>
    </message>
    <message>
        <source>The machine&apos;s PSModulePath lacks the agent&apos;s module folder.</source>
        <translation>计算机的 PSModulePath 缺少代理的模块文件夹。</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Could not read PowerShell&apos;s execution policy.</source>
        <translation>无法读取 PowerShell 的执行策略。</translation>
    </message>
    <message>
        <source>The execution policy is %1, set by Group Policy (%2).</source>
        <translation>执行策略为 %1，由组策略设置（%2）。</translation>
    </message>
    <message>
        <source>The execution policy for LocalMachine is %1.</source>
        <translation>LocalMachine 的执行策略为 %1。</translation>
    </message>
    <message>
        <source>No execution policy is set: Windows&apos; default, %1, applies.</source>
        <translation>未设置执行策略：适用 Windows 的默认值 %1。</translation>
    </message>
    <message>
        <source>Group Policy (&quot;Turn on Script Execution&quot;) overrides Set-ExecutionPolicy: ask whoever manages it to allow RemoteSigned scripts on this server.</source>
        <translation>组策略（“启用脚本执行”）优先于 Set-ExecutionPolicy：请让其管理员在此服务器上允许 RemoteSigned 脚本。</translation>
    </message>
    <message>
        <source>Group Policy blocks PowerShell scripts: the backup task&apos;s PowerShell command may fail.</source>
        <translation>组策略阻止了 PowerShell 脚本：备份任务的 PowerShell 命令可能失败。</translation>
    </message>
    <message>
        <source>In an elevated PowerShell, Set-ExecutionPolicy RemoteSigned -Scope LocalMachine allows the agent&apos;s scripts (the article names RemoteSigned or Unrestricted).</source>
        <translation>在提升权限的 PowerShell 中运行 Set-ExecutionPolicy RemoteSigned -Scope LocalMachine 即可允许代理的脚本（文章给出的是 RemoteSigned 或 Unrestricted）。</translation>
    </message>
    <message>
        <source>The execution policy is Restricted: the backup task&apos;s PowerShell command may fail.</source>
        <translation>执行策略为 Restricted：备份任务的 PowerShell 命令可能失败。</translation>
    </message>
    <message>
        <source>This program enabled agent tasks earlier and kept what they were; it can disable them again.</source>
        <translation>本程序之前启用了代理的任务，并保留了它们原来的状态；可以再次禁用它们。</translation>
    </message>
    <message>
        <source>This program changed PSModulePath earlier and kept what was there before; it can put it back.</source>
        <translation>本程序之前更改了 PSModulePath，并保留了原来的值；可以将其恢复。</translation>
    </message>
</context>
<context>
    <name>mars::BundleSettings</name>
    <message>
        <source>not examined (check %1: not in this run)</source>
        <translation>未检查（检查 %1：本次未运行）</translation>
    </message>
    <message>
        <source>not examined (check %1: %2)</source>
        <translation>未检查（检查 %1：%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not known (the system did not say)</source>
        <translation>未知（系统未提供）</translation>
    </message>
    <message>
        <source>%1 days %2:%3:%4 (started about %5 UTC)</source>
        <translation>%1 天 %2:%3:%4（约于 UTC %5 启动）</translation>
    </message>
    <message>
        <source>Settings the checks read, report %1, %2 UTC</source>
        <translation>各项检查读取的设置，报告 %1，UTC %2</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>计算机：%1</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>操作系统：%1</translation>
    </message>
    <message>
        <source>This program&apos;s signature: %1</source>
        <translation>本程序的签名：%1</translation>
    </message>
    <message>
        <source>Windows build: %1, %2</source>
        <translation>Windows 内部版本：%1，%2</translation>
    </message>
    <message>
        <source>Windows build: %1, %2, server, Server Core</source>
        <translation>Windows 内部版本：%1，%2，服务器，Server Core</translation>
    </message>
    <message>
        <source>Windows build: %1, %2, server</source>
        <translation>Windows 内部版本：%1，%2，服务器</translation>
    </message>
    <message>
        <source>Uptime: %1</source>
        <translation>运行时间：%1</translation>
    </message>
    <message>
        <source>Agent version: %1</source>
        <translation>代理版本：%1</translation>
    </message>
    <message>
        <source>Agent version: not installed</source>
        <translation>代理版本：未安装</translation>
    </message>
    <message>
        <source>Agent version: could not be read</source>
        <translation>代理版本：无法读取</translation>
    </message>
    <message>
        <source>Agent service (obengine) running: %1</source>
        <translation>代理服务（obengine）正在运行：%1</translation>
    </message>
    <message>
        <source>.NET Framework 4.x release: %1</source>
        <translation>.NET Framework 4.x 发行版本号：%1</translation>
    </message>
    <message>
        <source>TLS values (HKLM):</source>
        <translation>TLS 值（HKLM）：</translation>
    </message>
    <message>
        <source>  %1 = not set</source>
        <translation>  %1 = 未设置</translation>
    </message>
    <message>
        <source>TLS values: %1</source>
        <translation>TLS 值：%1</translation>
    </message>
    <message>
        <source>Routes to the service: %1</source>
        <translation>到服务的路由：%1</translation>
    </message>
    <message>
        <source>Routes to the service, and the proxy each went through (the system&apos;s settings, as the agent&apos;s requests use them):</source>
        <translation>到服务的路由，以及每条路由经过的代理服务器（系统设置，与代理的请求所用的相同）：</translation>
    </message>
    <message>
        <source>  %1 %2 via %3: answered</source>
        <translation>  %1 %2 经由 %3：已应答</translation>
    </message>
    <message>
        <source>  %1 %2 via %3: failed at %4</source>
        <translation>  %1 %2 经由 %3：在 %4 阶段失败</translation>
    </message>
    <message>
        <source>Proxy settings of every route (the agent&apos;s marked *):</source>
        <translation>每条路由的代理服务器设置（代理所用的标有 *）：</translation>
    </message>
    <message>
        <source> %1 %2: %3 (read from %4)</source>
        <translation> %1 %2：%3（读取自 %4）</translation>
    </message>
    <message>
        <source> %1 %2: not examined: %3</source>
        <translation> %1 %2：未检查：%3</translation>
    </message>
</context>
<context>
    <name>mars::CacheFolderCheck</name>
    <message>
        <source>Not examined: this system has no Windows agent whose cache folder could be looked at.</source>
        <translation>未检查：此系统上没有可查看其缓存文件夹的 Windows 代理。</translation>
    </message>
    <message>
        <source>Run the Windows build of this program on the server to check the agent&apos;s cache folder.</source>
        <translation>请在服务器上运行本程序的 Windows 版本，以检查代理的缓存文件夹。</translation>
    </message>
    <message>
        <source>Not examined: the agent is not installed, so it has no cache folder yet.</source>
        <translation>未检查：代理尚未安装，因此还没有缓存文件夹。</translation>
    </message>
    <message>
        <source>Setup creates it (its /s:&quot;folder&quot; switch chooses where): on a local, fixed NTFS or ReFS volume, not compressed or encrypted, with free space of %1–%2 % of the data you will back up.</source>
        <translation>缓存文件夹由安装程序创建（可用 /s:&quot;文件夹&quot; 开关指定位置）：应位于本地固定的 NTFS 或 ReFS 卷上，不压缩、不加密，可用空间为待备份数据量的 %1–%2 %。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>The agent records no cache folder: both ScratchLocation values are missing.</source>
        <translation>代理未记录缓存文件夹：两个 ScratchLocation 值都不存在。</translation>
    </message>
    <message>
        <source>Repair or reinstall the agent, or set both values to the cache folder. Source: %1</source>
        <translation>请修复或重新安装代理，或将这两个值都设置为缓存文件夹。来源：%1</translation>
    </message>
    <message>
        <source>The two ScratchLocation values differ: registration fails with error 34506.</source>
        <translation>两个 ScratchLocation 值不一致：注册将失败，错误 34506。</translation>
    </message>
    <message>
        <source>Both must name the same cache folder. Source: %1</source>
        <translation>这两个值必须指向同一个缓存文件夹。来源：%1</translation>
    </message>
    <message>
        <source>The cache folder %1 does not exist (or its volume is offline).</source>
        <translation>缓存文件夹 %1 不存在（或其所在的卷处于脱机状态）。</translation>
    </message>
    <message>
        <source>The agent fails with 0x1FC07 or ScratchLocationError until the values name its real cache folder.</source>
        <translation>在这些值指向实际的缓存文件夹之前，代理会报错 0x1FC07 或 ScratchLocationError。</translation>
    </message>
    <message>
        <source>Could not examine the cache folder %1.</source>
        <translation>无法检查缓存文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The cache location %1 is a file, not a folder.</source>
        <translation>缓存位置 %1 是一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>已压缩</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Sparse</source>
        <translation>稀疏</translation>
    </message>
    <message>
        <source>a reparse point (a junction or link)</source>
        <translation>重分析点（联接或链接）</translation>
    </message>
    <message>
        <source>The cache folder is %1, which the agent does not support.</source>
        <translation>缓存文件夹带有以下属性：%1，代理不支持。</translation>
    </message>
    <message>
        <source>The cache folder must not be encrypted, de-duplicated, compressed, sparse or a reparse point. Source: %1</source>
        <translation>缓存文件夹不能是加密、重复数据删除、压缩、稀疏或重分析点。来源：%1</translation>
    </message>
    <message>
        <source>The cache folder %1 exists and is not compressed, encrypted, sparse or a reparse point.</source>
        <translation>缓存文件夹 %1 存在，且未压缩、未加密、不是稀疏文件夹，也不是重分析点。</translation>
    </message>
    <message>
        <source>Not examined: whether Data Deduplication is on for the volume (also unsupported for the cache folder).</source>
        <translation>未检查：该卷是否启用了重复数据删除（缓存文件夹同样不支持）。</translation>
    </message>
    <message>
        <source>The cache folder holds OnlineBackup.KEK, which the agent keeps from its registration.</source>
        <translation>缓存文件夹中有 OnlineBackup.KEK，这是代理在注册时保存的文件。</translation>
    </message>
    <message>
        <source>No OnlineBackup.KEK in the cache folder: expected before the first registration. If this server was registered before, it is missing and registration fails with 0x1FC07: if the cache folder was moved, point both values at the folder that holds it; otherwise register again with the same passphrase. Source: %1</source>
        <translation>缓存文件夹中没有 OnlineBackup.KEK：首次注册之前属正常情况。如果此服务器以前注册过，则说明该文件已丢失，注册会失败并报错 0x1FC07：如果缓存文件夹被移动过，请让两个值都指向包含该文件的文件夹；否则请使用相同的通行短语重新注册。来源：%1</translation>
    </message>
    <message>
        <source>The cache folder is on a network share (%1): it must be on a local disk.</source>
        <translation>缓存文件夹位于网络共享（%1）上：它必须位于本地磁盘。</translation>
    </message>
    <message>
        <source>The cache folder is on a removable drive (%1): it must be on a fixed local disk.</source>
        <translation>缓存文件夹位于可移动驱动器（%1）上：它必须位于本地固定磁盘。</translation>
    </message>
    <message>
        <source>The cache folder&apos;s volume %1 is not a fixed local disk.</source>
        <translation>缓存文件夹所在的卷 %1 不是本地固定磁盘。</translation>
    </message>
    <message>
        <source>Windows does not say what kind of drive %1 is: make sure it is a fixed local disk.</source>
        <translation>Windows 未报告 %1 是哪种驱动器：请确认它是本地固定磁盘。</translation>
    </message>
    <message>
        <source>Could not read the file system of %1: the volume may be offline.</source>
        <translation>无法读取 %1 的文件系统：该卷可能处于脱机状态。</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Windows 返回：%1</translation>
    </message>
    <message>
        <source>Volume %1: %2, %3.</source>
        <translation>卷 %1：%2，%3。</translation>
    </message>
    <message>
        <source>a fixed local disk</source>
        <translation>本地固定磁盘</translation>
    </message>
    <message>
        <source>not a fixed local disk</source>
        <translation>不是本地固定磁盘</translation>
    </message>
    <message>
        <source>The cache folder&apos;s volume is %1: it must be %2.</source>
        <translation>缓存文件夹所在的卷为 %1：必须是 %2。</translation>
    </message>
    <message>
        <source>The cache folder&apos;s volume %1 is read-only.</source>
        <translation>缓存文件夹所在的卷 %1 是只读的。</translation>
    </message>
    <message>
        <source>Could not read the free space of %1.</source>
        <translation>无法读取 %1 的可用空间。</translation>
    </message>
    <message>
        <source>Free on %1: %2 of %3.</source>
        <translation>%1 的可用空间：%2（共 %3）。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s rule: free space of %1–%2 % of the data backed up, and %3–%4 GB more when System State is backed up. How much data the agent protects is not recorded where this program can read it, so the rule is shown, not applied. Source: %5</source>
        <translation>Microsoft 的规则：可用空间应为备份数据量的 %1–%2 %；如果备份系统状态，还需另外 %3–%4 GB。代理保护的数据量未记录在本程序可读取的位置，因此这里只列出规则，不据此判定。来源：%5</translation>
    </message>
    <message>
        <source>This free space is enough for about %1 (at %2 %) to %3 (at %4 %) of backed-up files.</source>
        <translation>这些可用空间大约足够备份 %1（按 %2 %）到 %3（按 %4 %）的文件。</translation>
    </message>
    <message>
        <source>Only %1 free for the cache folder: too little if System State is backed up (%2–%3 GB more).</source>
        <translation>缓存文件夹只有 %1 可用空间：如果备份系统状态则不够（还需另外 %2–%3 GB）。</translation>
    </message>
    <message>
        <source>With System State backed up as well: about %1 to %2 of files besides.</source>
        <translation>如果同时备份系统状态：另外还可备份大约 %1 到 %2 的文件。</translation>
    </message>
    <message>
        <source>To move the cache folder, follow Microsoft&apos;s steps: stop obengine; with System State backups, unmount the CBSSBVol_&lt;ID&gt; volumes; copy (not move) the whole folder to a suitable volume; set both ScratchLocation values to the copy; start obengine; after a successful backup, delete the old folder. %1</source>
        <translation>要移动缓存文件夹，请按 Microsoft 的步骤操作：停止 obengine；如果备份系统状态，先卸载名为 CBSSBVol_&lt;ID&gt; 的卷；将整个文件夹复制（不要移动）到合适的卷；把两个 ScratchLocation 值都设置为复制后的位置；启动 obengine；备份成功后，再删除原文件夹。%1</translation>
    </message>
    <message>
        <source>The cache folder %1 is on a local %2 volume with %3 free; both ScratchLocation values agree.</source>
        <translation>缓存文件夹 %1 位于本地 %2 卷上，可用空间 %3；两个 ScratchLocation 值一致。</translation>
    </message>
</context>
<context>
    <name>mars::CheckSession</name>
    <message>
        <source>The check stopped with an error: %1</source>
        <translation>检查因错误而停止：%1</translation>
    </message>
    <message>
        <source>The check stopped with an unknown error.</source>
        <translation>检查因未知错误而停止。</translation>
    </message>
    <message>
        <source>The fix stopped with an error: %1</source>
        <translation>修复因错误而停止：%1</translation>
    </message>
    <message>
        <source>The fix stopped with an unknown error.</source>
        <translation>修复因未知错误而停止。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Applying “%1”…</source>
        <translation>正在应用“%1”…</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The check was abandoned; press Run again to retry.</source>
        <translation>已放弃此次检查；请点击“重新检查”重试。</translation>
    </message>
    <message>
        <source>Waiting for the previous attempt to stop…</source>
        <translation>正在等待上一次尝试结束…</translation>
    </message>
    <message>
        <source>The fix was asked to stop; what it did until then is recorded when it returns.</source>
        <translation>已要求修复停止；它返回时会记录到那时为止所做的更改。</translation>
    </message>
</context>
<context>
    <name>mars::ClearFolderAttributesFix</name>
    <message>
        <source>Clear the %1 attribute of %2.</source>
        <translation>清除 %2 的“%1”属性。</translation>
    </message>
    <message>
        <source>Turn off compression on %1: files created in it from now on are stored uncompressed.</source>
        <translation>关闭 %1 的压缩：此后在其中创建的文件将不再压缩存储。</translation>
    </message>
    <message>
        <source>Turn off encryption on %1: files created in it from now on are stored unencrypted.</source>
        <translation>关闭 %1 的加密：此后在其中创建的文件将不再加密存储。</translation>
    </message>
    <message>
        <source>Nothing else is changed, and the check runs again afterwards.</source>
        <translation>不会更改其他任何内容，完成后会重新检查。</translation>
    </message>
</context>
<context>
    <name>mars::ClearTmpFilesFix</name>
    <message>
        <source>Delete the %1 .tmp files (%2) directly in %3.</source>
        <translation>删除 %3 中直接存放的 %1 个 .tmp 文件（%2）。</translation>
    </message>
    <message>
        <source>Only regular files named *.tmp are deleted. Files in use, read-only files, links, junctions, folders and everything in subfolders are left alone. You can cancel at any time.</source>
        <translation>只删除名为 *.tmp 的普通文件。正在使用的文件、只读文件、链接、联接点、文件夹以及子文件夹中的所有内容都不会被触碰。您可以随时取消。</translation>
    </message>
    <message>
        <source>%1: nothing deleted: %2</source>
        <translation>%1：未删除任何文件：%2</translation>
    </message>
    <message>
        <source>%1: deleted %2 .tmp files (%3).</source>
        <translation>%1：已删除 %2 个 .tmp 文件（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 files were already gone (deleted by another program meanwhile).</source>
        <translation>%1：%2 个文件已不存在（期间被其他程序删除）。</translation>
    </message>
    <message>
        <source>%1: left %2 files that are in use.</source>
        <translation>%1：保留了 %2 个正在使用的文件。</translation>
    </message>
    <message>
        <source>%1: left %2 read-only files.</source>
        <translation>%1：保留了 %2 个只读文件。</translation>
    </message>
    <message>
        <source>%1: could not delete %2 files.</source>
        <translation>%1：有 %2 个文件无法删除。</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>and %1 more left in place.</source>
        <translation>另有 %1 个保留未动。</translation>
    </message>
    <message>
        <source>Stopped when you cancelled; the rest were left in place.</source>
        <translation>已按您的要求取消；其余文件保持原样。</translation>
    </message>
    <message>
        <source>Nothing was left to delete.</source>
        <translation>没有需要删除的文件了。</translation>
    </message>
</context>
<context>
    <name>mars::ClockCheck</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>less than a second off</source>
        <translation>误差不到一秒</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>慢了 %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>快了 %1</translation>
    </message>
    <message>
        <source>time server</source>
        <translation>时间服务器</translation>
    </message>
    <message>
        <source>HTTPS Date</source>
        <translation>HTTPS 日期</translation>
    </message>
    <message>
        <source>%1 (%2): this computer is %3 (round trip %4 ms)%5</source>
        <translation>%1（%2）：本机时钟%3（往返 %4 毫秒）%5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Time zone: %1 (%2)</source>
        <translation>时区：%1（%2）</translation>
    </message>
    <message>
        <source>Windows Time service: running</source>
        <translation>Windows 时间服务：正在运行</translation>
    </message>
    <message>
        <source>Windows Time service: stopped</source>
        <translation>Windows 时间服务：已停止</translation>
    </message>
    <message>
        <source>Windows Time service: %1</source>
        <translation>Windows 时间服务：%1</translation>
    </message>
    <message>
        <source>Sign-in tokens are accepted within 5 minutes of the service&apos;s time, and Azure Storage rejects requests older than 15 minutes. A wrong clock or time zone makes fresh vault credentials look invalid (error 34513).</source>
        <translation>登录令牌只在与服务时间相差 5 分钟以内时有效，Azure 存储会拒绝超过 15 分钟的请求。时钟或时区错误会使新下载的保管库凭据看起来无效（错误 34513）。</translation>
    </message>
    <message>
        <source>Could not compare the clock with any time source.</source>
        <translation>无法将时钟与任何时间源进行比较。</translation>
    </message>
    <message>
        <source>UDP port 123 and HTTPS to the service both failed; the network check shows why.</source>
        <translation>UDP 端口 123 和到服务的 HTTPS 均失败；网络检查会显示原因。</translation>
    </message>
    <message>
        <source>The clock is right (%1).</source>
        <translation>时钟准确（%1）。</translation>
    </message>
    <message>
        <source>The clock is %1.</source>
        <translation>时钟%1。</translation>
    </message>
    <message>
        <source>Correct the clock with this system&apos;s own time service; this build does not change it.</source>
        <translation>请使用本系统自带的时间服务校正时钟；此版本不会更改时钟。</translation>
    </message>
</context>
<context>
    <name>mars::ClockDecision</name>
    <message>
        <source>This computer is a domain member: its clock follows the domain, so only Windows Time is asked to resync.</source>
        <translation>此计算机是域成员：其时钟跟随域，因此只会请求 Windows 时间服务重新同步。</translation>
    </message>
    <message>
        <source>Setting the clock by hand needs two independent sources (a time server and an HTTPS service) that agree; only one kind answered.</source>
        <translation>手动设置时钟需要两个结果一致的独立来源（时间服务器和 HTTPS 服务）；只有一种来源作出了响应。</translation>
    </message>
    <message>
        <source>The time server and the HTTPS service disagree by %1 s, so the clock is not set by hand.</source>
        <translation>时间服务器与 HTTPS 服务相差 %1 秒，因此不会手动设置时钟。</translation>
    </message>
</context>
<context>
    <name>mars::CopyAccountProxyToWinHttpFix</name>
    <message>
        <source>Run netsh winhttp import proxy source=ie: WinHTTP, which services running as LocalSystem use, takes this account&apos;s proxy (%1). WinHTTP now: %2; &quot;Put back the earlier proxy&quot; restores it.</source>
        <translation>运行 netsh winhttp import proxy source=ie：以 LocalSystem 身份运行的服务所用的 WinHTTP 将采用此帐户的代理服务器（%1）。WinHTTP 当前为：%2；“恢复原来的代理服务器”可将其还原。</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s proxy setting: %1 (to put it back by hand: %2).</source>
        <translation>WinHTTP 的代理服务器设置：%1（如需手动恢复：%2）。</translation>
    </message>
    <message>
        <source>Nothing changed: WinHTTP&apos;s setting cannot be read (%1).</source>
        <translation>未做任何更改：无法读取 WinHTTP 的设置（%1）。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier setting could not be recorded.</source>
        <translation>未做任何更改：无法记录原来的设置。</translation>
    </message>
</context>
<context>
    <name>mars::CopyAllowListFix</name>
    <message>
        <source>Copied %1 addresses to the clipboard for the firewall team.</source>
        <translation>已将 %1 个地址复制到剪贴板，可交给防火墙管理员。</translation>
    </message>
    <message>
        <source>Copy the addresses the firewall must allow to the clipboard.</source>
        <translation>将防火墙必须放行的地址复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>mars::CopyExclusionListFix</name>
    <message>
        <source>Copy the three exclusions the agent needs (two folders and the engine&apos;s process), one a line, to send to whoever manages the antivirus on this server.</source>
        <translation>复制代理所需的三个排除项（两个文件夹和引擎进程），每行一项，以便发送给此服务器的防病毒软件管理员。</translation>
    </message>
    <message>
        <source>Copied the list of exclusions to the clipboard.</source>
        <translation>已将排除项列表复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>mars::CopyVaultFileFix</name>
    <message>
        <source>Copy %1 to %2, a folder of your own on this computer, and check and use the copy. The original is left as it is.</source>
        <translation>将 %1 复制到 %2（本机上您自己的文件夹），然后检查并使用该副本。原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not copy the file to %1: %2</source>
        <translation>无法将文件复制到 %1：%2</translation>
    </message>
    <message>
        <source>Copied the file to %1; the checks now use the copy.</source>
        <translation>已将文件复制到 %1；检查现在使用该副本。</translation>
    </message>
</context>
<context>
    <name>mars::EnableBackupTaskFix</name>
    <message>
        <source>Enable the agent&apos;s disabled tasks in Task Scheduler (Microsoft &gt; OnlineBackup), as the article&apos;s step does. That they were disabled is kept (in the report, and by this program until you put it back), so &quot;Put back the earlier task state&quot; can disable them again. Nothing else is changed.</source>
        <translation>按照文章中的步骤，在任务计划程序（Microsoft &gt; OnlineBackup）中启用代理已被禁用的任务。它们原本被禁用这一状态会被保留（写入报告，并由本程序保存直到您将其恢复），以便“恢复原来的任务状态”可以再次禁用它们。不会更改其他任何内容。</translation>
    </message>
    <message>
        <source>Nothing to change: the agent&apos;s tasks are enabled.</source>
        <translation>无需更改：代理的任务已启用。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier state could not be kept.</source>
        <translation>未做任何更改：无法保留原来的状态。</translation>
    </message>
    <message>
        <source>The task %1 was enabled.</source>
        <translation>任务 %1 原为已启用。</translation>
    </message>
    <message>
        <source>The task %1 was disabled.</source>
        <translation>任务 %1 原为已禁用。</translation>
    </message>
</context>
<context>
    <name>mars::EndpointVerdicts</name>
    <message>
        <source>%1: certificate for %2, issued by %3, root %4 (SHA-1 %5, SHA-256 %6).</source>
        <translation>%1：证书颁发给 %2，颁发者为 %3，根证书为 %4（SHA-1 %5，SHA-256 %6）。</translation>
    </message>
    <message>
        <source>%1: certificate for %2, issued by %3; its root (%4) is not on this computer.</source>
        <translation>%1：证书颁发给 %2，颁发者为 %3；本机上没有其根证书（%4）。</translation>
    </message>
    <message>
        <source>TLS to %1 is inspected by %2: the chain does not end at a root Azure uses. The agent (running as SYSTEM) may not accept that root, and the helpdesk must know the traffic is decrypted.</source>
        <translation>到 %1 的 TLS 连接正被 %2 检查：证书链的根证书不是 Azure 使用的根证书。代理（以 SYSTEM 身份运行）可能不信任该根证书，技术支持人员也需要知道这些流量会被解密。</translation>
    </message>
    <message>
        <source>%1: this computer lacks the root certificate %2 (automatic root updates off, or their download blocked); this is not interception.</source>
        <translation>%1：本机缺少根证书 %2（自动根证书更新已关闭，或其下载被阻止）；这不是 TLS 拦截。</translation>
    </message>
    <message>
        <source>%1 is blocked by the proxy at %2 (HTTP %3): ask for the agent&apos;s addresses to be allowed.</source>
        <translation>%1 被位于 %2 的代理服务器阻止（HTTP %3）：请让网络管理员放行代理需要访问的地址。</translation>
    </message>
    <message>
        <source>%1 is blocked by the proxy at %2 (%3, HTTP %4): ask for the agent&apos;s addresses to be allowed.</source>
        <translation>%1 被位于 %2 的代理服务器（%3）阻止（HTTP %4）：请让网络管理员放行代理需要访问的地址。</translation>
    </message>
    <message>
        <source>This computer lacks the root certificate %1 that %2 chains to (automatic root updates off, or their download blocked): install it or let Windows update its roots.</source>
        <translation>本机缺少 %2 的证书链所需的根证书 %1（自动根证书更新已关闭，或其下载被阻止）：请安装该根证书，或允许 Windows 更新根证书。</translation>
    </message>
    <message>
        <source>TLS to %1 is inspected by %2.</source>
        <translation>到 %1 的 TLS 连接正被 %2 检查。</translation>
    </message>
    <message>
        <source>refused by the rules of the proxy at %1 (%2)</source>
        <translation>被 %1 处代理的规则拒绝（%2）</translation>
    </message>
    <message>
        <source>the proxy at %1 could not resolve the name (%2)</source>
        <translation>%1 处的代理无法解析该名称（%2）</translation>
    </message>
    <message>
        <source>the proxy at %1 could not connect to the service (%2)</source>
        <translation>%1 处的代理无法连接到服务（%2）</translation>
    </message>
    <message>
        <source>the service did not answer the proxy at %1 in time (%2)</source>
        <translation>服务未及时应答 %1 处的代理（%2）</translation>
    </message>
    <message>
        <source>the proxy at %1 could not get through to the service (%2)</source>
        <translation>%1 处的代理无法到达服务（%2）</translation>
    </message>
    <message>
        <source>blocked by the proxy at %1 (HTTP %2: %3)</source>
        <translation>被 %1 处的代理阻止（HTTP %2：%3）</translation>
    </message>
    <message>
        <source>%1: %2, not answered by the service.</source>
        <translation>%1：%2，并非服务本身应答。</translation>
    </message>
    <message>
        <source>%1: the proxy reached it, and this computer resolves the name too.</source>
        <translation>%1：代理可以到达它，本计算机也能解析该名称。</translation>
    </message>
    <message>
        <source>%1: this computer cannot resolve the name (%2), the proxy can: that is expected where only the proxy has outside DNS, and the agent leaves names to its proxy.</source>
        <translation>%1：本计算机无法解析该名称（%2），但代理可以：在只有代理能解析外部名称的网络中这是正常的，代理程序会把名称交给其代理解析。</translation>
    </message>
    <message>
        <source>The proxy at %1 could not resolve %2 (%3): it has not blocked it; the proxy&apos;s own DNS is the next step.</source>
        <translation>%1 处的代理无法解析 %2（%3）：代理并未阻止它；下一步应检查代理自身的 DNS。</translation>
    </message>
    <message>
        <source>The proxy at %1 could not connect to %2 (%3): it has not blocked it; the proxy&apos;s own route to the service (its firewall), or the service itself, is the next step.</source>
        <translation>%1 处的代理无法连接到 %2（%3）：代理并未阻止它；下一步应检查代理到服务的线路（其防火墙）或服务本身。</translation>
    </message>
    <message>
        <source>%1 did not answer the proxy at %2 in time (%3): the proxy&apos;s own route to the service is the next step.</source>
        <translation>%1 未及时应答 %2 处的代理（%3）：下一步应检查代理到服务的线路。</translation>
    </message>
    <message>
        <source>The proxy at %1 could not get through to %2 (%3): the proxy&apos;s own route to the service is the next step.</source>
        <translation>%1 处的代理无法到达 %2（%3）：下一步应检查代理到服务的线路。</translation>
    </message>
    <message>
        <source>%1 is refused by the rules of the proxy at %2 (HTTP %3): ask for the agent&apos;s addresses to be allowed.</source>
        <translation>%1 被 %2 处代理的规则拒绝（HTTP %3）：请申请放行代理程序所需的地址。</translation>
    </message>
    <message>
        <source>%1 is refused by the rules of the proxy at %2 (%3, HTTP %4): ask for the agent&apos;s addresses to be allowed.</source>
        <translation>%1 被 %2 处代理的规则拒绝（%3，HTTP %4）：请申请放行代理程序所需的地址。</translation>
    </message>
</context>
<context>
    <name>mars::EndpointsCheck</name>
    <message>
        <source>Unknown cloud &quot;%1&quot;.</source>
        <translation>未知的云“%1”。</translation>
    </message>
    <message>
        <source>The firewall must allow (HTTPS, TCP 443; the connectivity probes use HTTP, TCP 80): %1</source>
        <translation>防火墙必须放行（HTTPS，TCP 443；连通性探测使用 HTTP，TCP 80）：%1</translation>
    </message>
    <message>
        <source>Sign-in IP ranges as published: %1</source>
        <translation>已公布的登录 IP 范围：%1</translation>
    </message>
    <message>
        <source>Every service address answered (%1 probed).</source>
        <translation>所有服务地址均有响应（共探测 %1 个）。</translation>
    </message>
    <message>
        <source>Certificates look expired or not yet valid: this computer&apos;s clock is probably wrong (see System clock), not the firewall.</source>
        <translation>证书看起来已过期或尚未生效：很可能是本机时钟错误（见“系统时钟”），而不是防火墙问题。</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password (407): give them to the agent&apos;s proxy settings.</source>
        <translation>代理服务器要求提供用户名和密码（407）：请在代理的代理服务器设置中填写。</translation>
    </message>
    <message>
        <source>Something answers in the service&apos;s place: a captive portal or a proxy that inspects TLS.</source>
        <translation>有其他设备代替服务作出了响应：可能是强制门户或检查 TLS 的代理服务器。</translation>
    </message>
    <message>
        <source>%1 of %2 service addresses cannot be reached: the firewall or proxy blocks them.</source>
        <translation>%2 个服务地址中有 %1 个无法访问：防火墙或代理服务器阻止了它们。</translation>
    </message>
    <message>
        <source>Registration then fails with &quot;Unable to connect to Microsoft Azure Backup&quot; (error 100050) or &quot;Invalid vault credentials provided&quot; (error 34513).</source>
        <translation>此时注册会失败，出现“无法连接到 Microsoft Azure 备份”（错误 100050）或“提供的保管库凭据无效”（错误 34513）。</translation>
    </message>
    <message>
        <source>The backup service is tested at the vault&apos;s own regional host %1 (from the vault credentials file) instead of %2.</source>
        <translation>备份服务改为在保管库自己所在区域的主机 %1（来自保管库凭据文件）上测试，而不是 %2。</translation>
    </message>
    <message>
        <source>Endpoints from the custom cloud profile %1 (&quot;%2&quot;).</source>
        <translation>终结点来自自定义云配置文件 %1（“%2”）。</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>此帐户</translation>
    </message>
    <message>
        <source>The machine (WinHTTP)</source>
        <translation>本机 (WinHTTP)</translation>
    </message>
    <message>
        <source>The agent&apos;s own setting</source>
        <translation>代理自身的设置</translation>
    </message>
    <message>
        <source>The proxy given (--proxy)</source>
        <translation>指定的代理服务器 (--proxy)</translation>
    </message>
    <message>
        <source>reachable in %1 ms, %2</source>
        <translation>%1 毫秒内可访问，%2</translation>
    </message>
    <message>
        <source>blocked at %1 after %2 ms, %3: %4</source>
        <translation>%2 毫秒后在 %1 阶段受阻，%3：%4</translation>
    </message>
    <message>
        <source>The proxy given, &quot;%1&quot;, cannot be used: %2.</source>
        <translation>无法使用指定的代理服务器“%1”：%2。</translation>
    </message>
    <message>
        <source>The proxy setting of the agent&apos;s route (%1) cannot be read: %2</source>
        <translation>无法读取代理所走路由（%1）的代理服务器设置：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2) - %3</source>
        <translation>%1（%2）- %3</translation>
    </message>
    <message>
        <source>%1: not examined: %2.</source>
        <translation>%1：未检查：%2。</translation>
    </message>
    <message>
        <source>%1: %2 (read from %3).</source>
        <translation>%1：%2（读取自 %3）。</translation>
    </message>
    <message>
        <source>%1 takes the same proxies as %2 for every address: probed once.</source>
        <translation>%1 对每个地址使用的代理服务器与 %2 相同：只探测一次。</translation>
    </message>
    <message>
        <source>The agent&apos;s route is taken to be the proxy given on the command line.</source>
        <translation>代理所走的路由视为命令行中指定的代理服务器。</translation>
    </message>
    <message>
        <source>The agent uses its own proxy setting (Get-OBMachineSetting).</source>
        <translation>代理使用其自身的代理服务器设置 (Get-OBMachineSetting)。</translation>
    </message>
    <message>
        <source>The agent has no proxy of its own: a .NET Framework service, it uses its account&apos;s Internet Options (LocalSystem&apos;s own); this account&apos;s stand in for them here.</source>
        <translation>代理没有自己的代理服务器设置：它是 .NET Framework 服务，使用其账户的 Internet 选项（即 LocalSystem 自己的）；此处以本账户的设置代替。</translation>
    </message>
    <message>
        <source>The agent has no proxy of its own, and this account&apos;s Internet Options could not be read: the machine&apos;s WinHTTP setting is taken as its route.</source>
        <translation>代理没有自己的代理服务器设置，且无法读取本账户的 Internet 选项：将本机的 WinHTTP 设置视为其路由。</translation>
    </message>
    <message>
        <source>Only this account&apos;s route can be examined here: the agent&apos;s verdict is taken from it.</source>
        <translation>此处只能检查此帐户的路由：代理的结论以此为准。</translation>
    </message>
    <message>
        <source>along %1 (%2) %3 of %4 addresses fail, along the agent&apos;s route %5</source>
        <translation>经由%1（%2）时 %4 个地址中有 %3 个失败，经由代理所走的路由时为 %5 个</translation>
    </message>
    <message>
        <source>Every service address answers along the agent&apos;s route (%1), but the routes disagree: %2.</source>
        <translation>经由代理所走的路由（%1）时每个服务地址都有应答，但各路由的结果不一致：%2。</translation>
    </message>
    <message>
        <source>Every service address answers along the agent&apos;s route, but a proxy setting could not be read (see below).</source>
        <translation>经由代理所走的路由时每个服务地址都有应答，但有一项代理服务器设置无法读取（见下文）。</translation>
    </message>
    <message>
        <source>The routes disagree: %1.</source>
        <translation>各路由的结果不一致：%1。</translation>
    </message>
    <message>
        <source>As LocalSystem</source>
        <translation>以 LocalSystem 身份</translation>
    </message>
    <message>
        <source>The agent&apos;s verdict is what LocalSystem met, probed in a one-shot scheduled task, along the route it takes there: %1 (%2).</source>
        <translation>代理的结论取自 LocalSystem 的实际结果（通过一次性计划任务探测），沿其在该账户下使用的路由：%1（%2）。</translation>
    </message>
    <message>
        <source>Every service address answers from this account, but the probe as LocalSystem, the agent&apos;s account, did not complete (see below): the agent&apos;s own view is not known.</source>
        <translation>从此账户可访问所有服务地址，但以 LocalSystem（代理所用的账户）身份进行的探测未完成（见下文）：代理自身的情况未知。</translation>
    </message>
    <message>
        <source>As LocalSystem: not probed, because this program is not running as administrator. Restart it as administrator to probe as the agent&apos;s own account.</source>
        <translation>以 LocalSystem 身份：未探测，因为本程序未以管理员身份运行。请以管理员身份重新启动，以便以代理自己的账户进行探测。</translation>
    </message>
    <message>
        <source>As LocalSystem: not probed: %1.</source>
        <translation>以 LocalSystem 身份：未探测：%1。</translation>
    </message>
    <message>
        <source>As LocalSystem, step by step: %1.</source>
        <translation>以 LocalSystem 身份，逐步记录：%1。</translation>
    </message>
    <message>
        <source>The probe as LocalSystem gave no verdict: %1.</source>
        <translation>以 LocalSystem 身份进行的探测未得出结论：%1。</translation>
    </message>
    <message>
        <source>The probe as LocalSystem left something behind (named in the steps above): remove it by hand.</source>
        <translation>以 LocalSystem 身份进行的探测留下了残留项（见上述步骤）：请手动删除。</translation>
    </message>
    <message>
        <source>%1: this account trusts its certificate but LocalSystem does not: the root certificate (%2) is probably only in this user&apos;s store. Import it into the computer&apos;s Trusted Root Certification Authorities store.</source>
        <translation>%1：此账户信任其证书，但 LocalSystem 不信任：根证书（%2）可能只在此用户的证书存储中。请将其导入计算机的“受信任的根证书颁发机构”存储。</translation>
    </message>
    <message>
        <source>As LocalSystem, the account the agent runs as, %1 of %2 service addresses cannot be reached, while this account reaches them all: the route or firewall rule for SYSTEM differs (see below).</source>
        <translation>以代理运行所用的 LocalSystem 账户，有 %1 个（共 %2 个）服务地址无法访问，而此账户全部可以访问：SYSTEM 的路由或防火墙规则不同（见下文）。</translation>
    </message>
    <message>
        <source>not the service: %1, after %2 ms, %3</source>
        <translation>并非服务应答：%1，用时 %2 毫秒，%3</translation>
    </message>
    <message>
        <source>name not resolved after %1 ms, %2: %3</source>
        <translation>%1 毫秒后仍未解析出名称，%2：%3</translation>
    </message>
    <message>
        <source>%1 of %2 service addresses cannot be reached: this computer cannot resolve the service&apos;s names (its DNS server gives no address for them). A proxy may be needed: where only the proxy has outside DNS, give the agent that proxy.</source>
        <translation>%2 个服务地址中有 %1 个无法访问：本计算机无法解析服务的名称（其 DNS 服务器没有给出地址）。可能需要使用代理：如果只有代理能解析外部名称，请为代理程序设置该代理。</translation>
    </message>
</context>
<context>
    <name>mars::ErrorFocus</name>
    <message>
        <source>Error %1: %2</source>
        <translation>错误 %1：%2</translation>
    </message>
    <message>
        <source>Its causes found here: %1.</source>
        <translation>在此计算机上发现的原因：%1。</translation>
    </message>
    <message>
        <source>None of its causes that this tool checks was found here (%1).</source>
        <translation>此工具检查的原因均未在此计算机上发现（%1）。</translation>
    </message>
    <message>
        <source>Ruled out: %1.</source>
        <translation>已排除：%1。</translation>
    </message>
    <message>
        <source>Checks a cause of error %1</source>
        <translation>检查错误 %1 的一个原因</translation>
    </message>
    <message>
        <source>None of its causes was found among those examined.</source>
        <translation>在已检查的原因中均未发现问题。</translation>
    </message>
    <message>
        <source>Not examined (could not be checked, or not run yet): %1.</source>
        <translation>未检查（无法检查或尚未运行）：%1。</translation>
    </message>
</context>
<context>
    <name>mars::FleetReport</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>a link; links are not followed, so nothing outside the folder is read</source>
        <translation>这是一个链接；不跟随链接，因此不会读取文件夹以外的任何内容</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>more than %1 reports in the folder; the rest were not read</source>
        <translation>文件夹中的报告超过 %1 个；其余的未读取</translation>
    </message>
    <message>
        <source>an older report of %1 (the newer one is %2)</source>
        <translation>%1 的较早报告（较新的是 %2）</translation>
    </message>
    <message>
        <source>MARS Setup Doctor fleet report</source>
        <translation>MARS Setup Doctor 多机汇总报告</translation>
    </message>
    <message>
        <source>%1 machines merged, %2 files skipped; made %3 UTC.</source>
        <translation>已合并 %1 台计算机，跳过 %2 个文件；生成于 %3 UTC。</translation>
    </message>
    <message>
        <source>By check:</source>
        <translation>按检查：</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>按状态：</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>跳过的文件</translation>
    </message>
    <message>
        <source>No report lists this check.</source>
        <translation>没有报告列出此项检查。</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>发现（最严重的在前）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>计算机数</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Machines and checks</source>
        <translation>计算机与检查</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>总体：%1</translation>
    </message>
    <message>
        <source>Back to the top</source>
        <translation>返回顶部</translation>
    </message>
    <message>
        <source>the file&apos;s name is not UTF-8 (shown with its bytes escaped); rename it to merge it</source>
        <translation>文件名不是 UTF-8（按字节转义显示）；重命名后才能合并</translation>
    </message>
    <message>
        <source>dated %1 UTC, in the future: a clock set ahead, or a forged date that would hide the machine&apos;s genuine newest report</source>
        <translation>日期为 %1 UTC，晚于现在：时钟被调快，或日期被伪造，会掩盖这台计算机真正的最新报告</translation>
    </message>
    <message>
        <source>%1 checks of ids this program does not know are not shown: the page has columns for at most %2 such checks.</source>
        <translation>本程序不认识的检查有 %1 项未显示：页面最多为 %2 项这样的检查设列。</translation>
    </message>
    <message>
        <source>Some summaries are not shown: the reports hold more text than the page keeps.</source>
        <translation>部分摘要未显示：报告中的文字多于页面保留的上限。</translation>
    </message>
    <message>
        <source>(the report claims %1)</source>
        <translation>（报告自称“%1”）</translation>
    </message>
    <message>
        <source>%1 checks not shown</source>
        <translation>%1 项检查未显示</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>%1 (as the report wrote it, in %2)</source>
        <translation>%1（报告原文，语言：%2）</translation>
    </message>
    <message>
        <source>Machines whose reports hold some summaries only as they were written (by an older version, or in words this version does not have): %1. Those are shown in their report&apos;s language, marked when it is not this page&apos;s.</source>
        <translation>报告中部分摘要只有原文（由旧版本写入，或使用了此版本没有的文字）的计算机：%1 台。这些摘要以其报告的语言显示，与本页语言不同时会加以标注。</translation>
    </message>
</context>
<context>
    <name>mars::FoundAgentError</name>
    <message>
        <source>%1 today</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>%1 yesterday</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Start from %1 (seen in the agent&apos;s event log at %2)</source>
        <translation>从%1 开始（见于代理的事件日志，时间为%2）</translation>
    </message>
    <message>
        <source>Start from %1 (seen in %2, last written at %3)</source>
        <translation>从%1 开始（见于 %2，该日志最后写入于%3）</translation>
    </message>
</context>
<context>
    <name>mars::GiveAgentProxyFix</name>
    <message>
        <source>Run %1, then restart the agent service (obengine), so the agent uses the proxy that works along %2. The agent&apos;s setting now: %3; &quot;Put back the earlier proxy&quot; restores it.</source>
        <translation>运行 %1，然后重新启动代理服务 (obengine)，让代理使用经由%2时可用的代理服务器。代理当前的设置：%3；“恢复原来的代理服务器”可将其还原。</translation>
    </message>
    <message>
        <source>The agent&apos;s proxy setting: %1 (to put it back by hand: %2).</source>
        <translation>代理的代理服务器设置：%1（如需手动恢复：%2）。</translation>
    </message>
    <message>
        <source>Nothing changed: the agent&apos;s setting cannot be read (%1).</source>
        <translation>未做任何更改：无法读取代理的设置（%1）。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier setting could not be recorded.</source>
        <translation>未做任何更改：无法记录原来的设置。</translation>
    </message>
</context>
<context>
    <name>mars::InputOption</name>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>--%1 needs an absolute folder path.</source>
        <translation>--%1 需要绝对文件夹路径。</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>The vault&apos;s cloud: china (default), public or usgov.</source>
        <translation>保管库所在的云：china（默认）、public 或 usgov。</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use china, public or usgov.</source>
        <translation>未知的云“%1”；请使用 china、public 或 usgov。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use the custom cloud profile &lt;file&gt; (JSON, like the built-in ones: private endpoints, a new region) instead of --cloud.</source>
        <translation>使用自定义云配置文件 &lt;file&gt;（JSON 格式，与内置配置文件相同：专用终结点、新区域等），代替 --cloud。</translation>
    </message>
    <message>
        <source>--profile: %1</source>
        <translation>--profile：%1</translation>
    </message>
    <message>
        <source>Check &lt;folder&gt; as the agent&apos;s installation folder instead of where it is installed.</source>
        <translation>把 &lt;folder&gt; 当作代理的安装文件夹来检查，而不是它实际安装的位置。</translation>
    </message>
    <message>
        <source>Check &lt;folder&gt; for .tmp files instead of the Windows temporary folders.</source>
        <translation>检查 &lt;folder&gt; 中的 .tmp 文件，而不是 Windows 临时文件夹。</translation>
    </message>
    <message>
        <source>Check &lt;file&gt;, the vault credentials file you will give the agent; with --check, also test the sign-in it makes (nothing is registered).</source>
        <translation>检查 &lt;file&gt;，即将提供给代理的保管库凭据文件；与 --check 一起使用时，还会测试代理要进行的登录（不会注册任何内容）。</translation>
    </message>
    <message>
        <source>--vault-credentials needs a file name.</source>
        <translation>--vault-credentials 需要文件名。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Start from the error the agent showed: its ID (such as 34513 or 0x1FC07) or its message. The checks of its causes run first and the report says which were found.</source>
        <translation>从代理显示的错误开始：其 ID（如 34513 或 0x1FC07）或其消息。先运行检查其原因的项目，报告会说明发现了哪些原因。</translation>
    </message>
    <message>
        <source>--error: no agent error this tool knows matches &quot;%1&quot;; known: %2.</source>
        <translation>--error：此工具已知的代理错误中没有与“%1”匹配的；已知错误：%2。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>Also probe the service through the HTTP proxy &lt;host:port&gt;: the one the agent is given, or is about to be.</source>
        <translation>同时通过 HTTP 代理服务器 &lt;host:port&gt; 探测服务：即已经或将要为代理配置的代理服务器。</translation>
    </message>
    <message>
        <source>--proxy %1: %2.</source>
        <translation>--proxy %1：%2。</translation>
    </message>
    <message>
        <source>Choose one of --cloud and --profile.</source>
        <translation>--cloud 和 --profile 只能选择其一。</translation>
    </message>
</context>
<context>
    <name>mars::InstallFolderCheck</name>
    <message>
        <source>marked as a System folder</source>
        <translation>被标记为系统文件夹</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Compressed (NTFS compression)</source>
        <translation>已压缩（NTFS 压缩）</translation>
    </message>
    <message>
        <source>Encrypted (EFS)</source>
        <translation>已加密（EFS）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;System, Hidden and Compressed&quot;: the list of attributes, last one joined with &quot;and&quot;</extracomment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>The agent is installed in %1 (from its setup record).</source>
        <translation>代理安装在 %1（来自其安装记录）。</translation>
    </message>
    <message>
        <source>The agent is not installed yet; checking its default folder %1.</source>
        <translation>代理尚未安装；正在检查其默认文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not read the attributes of %1.</source>
        <translation>无法读取 %1 的属性。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder for the agent, or remove this file.</source>
        <translation>请为代理选择一个文件夹，或删除此文件。</translation>
    </message>
    <message>
        <source>Folder checked: %1</source>
        <translation>已检查的文件夹：%1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: setup will create it inside %2, which was checked instead, because a new folder inherits its compression and encryption.</source>
        <translation>%1 尚不存在：安装程序会在 %2 中创建它，因此改为检查 %2，因为新文件夹会继承其压缩和加密属性。</translation>
    </message>
    <message>
        <source>%1 is %2; a new folder does not inherit that, so it does not block setup.</source>
        <translation>%1 具有“%2”属性；新文件夹不会继承该属性，因此不会妨碍安装。</translation>
    </message>
    <message>
        <source>Attributes found: %1</source>
        <translation>发现的属性：%1</translation>
    </message>
    <message>
        <source>none of System, Hidden, Compressed, Encrypted</source>
        <translation>无系统、隐藏、压缩、加密属性</translation>
    </message>
    <message>
        <source>The installation folder is not System, Hidden, Compressed or Encrypted.</source>
        <translation>安装文件夹没有系统、隐藏、压缩或加密属性。</translation>
    </message>
    <message>
        <source>%1 is %2: the agent&apos;s setup does not support that and fails (error 4024, changes rolled back).</source>
        <translation>%1 %2：代理安装程序不支持这种情况，会失败（错误 4024，更改已回滚）。</translation>
    </message>
    <message>
        <source>The installation folder is %1.</source>
        <translation>安装文件夹具有%1属性。</translation>
    </message>
    <message>
        <source>%1 is the root of a drive, which always carries System and Hidden; they do not block setup there.</source>
        <translation>%1 是驱动器的根目录，根目录总是带有系统和隐藏属性；这不会阻止在此安装。</translation>
    </message>
</context>
<context>
    <name>mars::OpenProxySettingsFix</name>
    <message>
        <source>Open Windows&apos; proxy settings. The agent runs as the SYSTEM account: set its proxy in the agent&apos;s own &quot;Change Properties&quot; dialog too.</source>
        <translation>打开 Windows 的代理服务器设置。代理以 SYSTEM 帐户运行：请同时在代理自己的“更改属性”对话框中设置代理服务器。</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheck</name>
    <message>
        <source>The passphrase is shorter than %1 characters.</source>
        <translation>通行短语少于 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase has characters other than ASCII letters, digits and symbols.</source>
        <translation>通行短语包含 ASCII 字母、数字和符号以外的字符。</translation>
    </message>
    <message>
        <source>Could not open the passphrase file: %1</source>
        <translation>无法打开通行短语文件：%1</translation>
    </message>
    <message>
        <source>The chosen file is too large to be a passphrase file.</source>
        <translation>所选文件太大，不可能是通行短语文件。</translation>
    </message>
    <message>
        <source>The chosen file does not start with a passphrase.</source>
        <translation>所选文件的开头不是通行短语。</translation>
    </message>
    <message>
        <source>There is no agent on this system to have been registered before.</source>
        <translation>此系统上没有曾经注册过的代理。</translation>
    </message>
    <message>
        <source>This server was registered before: the agent&apos;s cache folder %1 holds OnlineBackup.KEK.</source>
        <translation>此服务器以前注册过：代理的缓存文件夹 %1 中有 OnlineBackup.KEK。</translation>
    </message>
    <message>
        <source>No earlier registration found: the agent has no cache folder configured.</source>
        <translation>未发现以前的注册：代理没有配置缓存文件夹。</translation>
    </message>
    <message>
        <source>No earlier registration found: %1 holds no OnlineBackup.KEK.</source>
        <translation>未发现以前的注册：%1 中没有 OnlineBackup.KEK。</translation>
    </message>
    <message>
        <source>Re-registering with a different passphrase makes the earlier backups impossible to restore, and Microsoft cannot recover a lost passphrase. Keep it off this computer (a file elsewhere, or a password manager).</source>
        <translation>使用不同的通行短语重新注册会导致以前的备份无法还原，而且 Microsoft 无法找回丢失的通行短语。请将它保存在本机以外的地方（其他位置的文件或密码管理器）。</translation>
    </message>
    <message>
        <source>Registered before: enter the passphrase you will use to confirm it matches.</source>
        <translation>以前注册过：请输入您要使用的通行短语，以确认它与原来的一致。</translation>
    </message>
    <message>
        <source>First registration: choose a passphrase of at least 16 characters and save it off this computer.</source>
        <translation>首次注册：请选择至少 16 个字符的通行短语，并保存在本机以外的地方。</translation>
    </message>
    <message>
        <source>The agent accepts ASCII characters only and asks for at least %1 of them.</source>
        <translation>代理只接受 ASCII 字符，并要求至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase you entered meets the agent&apos;s rules (at least %1 ASCII characters).</source>
        <translation>您输入的通行短语符合代理的规则（至少 %1 个 ASCII 字符）。</translation>
    </message>
    <message>
        <source>The passphrase meets the rules; pick the file saved at the first registration to confirm it is the same.</source>
        <translation>通行短语符合规则；请选择首次注册时保存的文件，以确认两者一致。</translation>
    </message>
    <message>
        <source>The passphrase meets the agent&apos;s rules.</source>
        <translation>通行短语符合代理的规则。</translation>
    </message>
    <message>
        <source>The passphrase matches the one saved in %1.</source>
        <translation>通行短语与 %1 中保存的一致。</translation>
    </message>
    <message>
        <source>The passphrase does not match the one saved in %1.</source>
        <translation>通行短语与 %1 中保存的不一致。</translation>
    </message>
    <message>
        <source>Registering with it would fail (&quot;Failed to set the encryption key&quot;) or make the earlier backups unrestorable. Find the passphrase used before; with the old server still registered, the portal&apos;s Security PIN lets you set a new one.</source>
        <translation>使用它注册会失败（“无法设置加密密钥”），或导致以前的备份无法还原。请找到以前使用的通行短语；如果旧服务器仍处于注册状态，可以使用门户中的安全 PIN 设置新的通行短语。</translation>
    </message>
</context>
<context>
    <name>mars::PrivateEndpointsCheck</name>
    <message>
        <source>Unknown cloud &quot;%1&quot;.</source>
        <translation>未知的云“%1”。</translation>
    </message>
    <message>
        <source>the built-in profile of %1</source>
        <translation>%1 的内置配置文件</translation>
    </message>
    <message>
        <source>the cloud profile %1</source>
        <translation>云配置文件 %1</translation>
    </message>
    <message>
        <source>Private endpoints are not in use, as %1 says: no name has to resolve to a private address.</source>
        <translation>按照%1的说明，未使用专用终结点：没有名称需要解析为专用地址。</translation>
    </message>
    <message>
        <source>A vault with private endpoints: give a cloud profile (--profile) whose &quot;privateEndpoints&quot; says &quot;used&quot;: true and lists the names of its DNS configuration; see the README.</source>
        <translation>使用专用终结点的保管库：请提供一个云配置文件（--profile），其“privateEndpoints”中写明 &quot;used&quot;: true 并列出其 DNS 配置中的名称；参见 README。</translation>
    </message>
    <message>
        <source>%1 says private endpoints are used, but names none of their names: nothing could be resolved.</source>
        <translation>%1说明使用了专用终结点，但没有列出其任何名称：无法解析任何名称。</translation>
    </message>
    <message>
        <source>List the backup-service, blob and queue names of the private endpoints&apos; DNS configuration (Azure portal, the private endpoint, DNS configuration) under &quot;privateEndpoints&quot; &quot;names&quot;.</source>
        <translation>请在“privateEndpoints”的“names”下列出专用终结点 DNS 配置中的备份服务、blob 和队列名称（Azure 门户 &gt; 专用终结点 &gt; DNS 配置）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: not resolved: this computer&apos;s DNS gives no address for it (%2). The zone %3 needs its record, and this computer&apos;s DNS server must answer from that zone (a link to the virtual network, or a conditional forwarder).</source>
        <translation>%1：未能解析：此计算机的 DNS 没有为它给出地址（%2）。区域 %3 需要它的记录，并且此计算机的 DNS 服务器必须从该区域作答（链接到虚拟网络，或使用条件转发器）。</translation>
    </message>
    <message>
        <source>%1: resolved to %2: private.</source>
        <translation>%1：解析为 %2：专用地址。</translation>
    </message>
    <message>
        <source>%1: resolved to %2, not a private address: this computer&apos;s DNS does not answer from the zone %3.</source>
        <translation>%1：解析为 %2，不是专用地址：此计算机的 DNS 没有从区域 %3 作答。</translation>
    </message>
    <message>
        <source>%1: resolved to %2, not a private address (%3): this computer&apos;s DNS does not answer from the zone %4.</source>
        <translation>%1：解析为 %2，不是专用地址（%3）：此计算机的 DNS 没有从区域 %4 作答。</translation>
    </message>
    <message>
        <source>%1 (Entra ID sign-in): not resolved: this computer&apos;s DNS gives no address for it (%2). The agent signs in through Entra ID&apos;s public name even with private endpoints.</source>
        <translation>%1（Entra ID 登录）：未能解析：此计算机的 DNS 没有为它给出地址（%2）。即使使用专用终结点，代理也通过 Entra ID 的公共名称登录。</translation>
    </message>
    <message>
        <source>%1 (Entra ID sign-in): resolved to %2, a private address. A vault&apos;s private endpoints do not carry Entra ID: unless your organisation set up Private Link for Entra ID, a hosts file or DNS record sends sign-in astray.</source>
        <translation>%1（Entra ID 登录）：解析为 %2，是专用地址。保管库的专用终结点不承载 Entra ID：除非贵组织为 Entra ID 设置了专用链接，否则是 hosts 文件或 DNS 记录把登录引到了别处。</translation>
    </message>
    <message>
        <source>%1 (Entra ID sign-in): resolved to %2: public, as it must stay.</source>
        <translation>%1（Entra ID 登录）：解析为 %2：公共地址，理应如此。</translation>
    </message>
    <message>
        <source>The zone name for %1 in this cloud is not confirmed by Microsoft&apos;s current documents: check it against the private endpoint&apos;s DNS configuration.</source>
        <translation>此云中 %1 的区域名称未经 Microsoft 当前文档确认：请对照专用终结点的 DNS 配置进行核对。</translation>
    </message>
    <message>
        <source>Zone names from: %1</source>
        <translation>区域名称来源：%1</translation>
    </message>
    <message>
        <source>%1 of %2 private-endpoint names resolve to public addresses and %3 not at all: fix the DNS zones %4.</source>
        <translation>%2 个专用终结点名称中有 %1 个解析为公共地址，%3 个完全无法解析：请修复 DNS 区域 %4。</translation>
    </message>
    <message>
        <source>%1 of %2 private-endpoint names resolve to public addresses: fix the DNS zone %3 (its records, and this computer&apos;s DNS answering from it).</source>
        <translation>%2 个专用终结点名称中有 %1 个解析为公共地址：请修复 DNS 区域 %3（其中的记录，以及此计算机的 DNS 从该区域作答）。</translation>
    </message>
    <message>
        <source>%1 of %2 private-endpoint names do not resolve (DNS, not the firewall): fix the DNS zone %3.</source>
        <translation>%2 个专用终结点名称中有 %1 个无法解析（是 DNS 问题，不是防火墙）：请修复 DNS 区域 %3。</translation>
    </message>
    <message>
        <source>Every private-endpoint name resolves to a private address, but Entra ID sign-in resolves to a private address too: it must stay public (see below).</source>
        <translation>每个专用终结点名称都解析为专用地址，但 Entra ID 登录也解析为专用地址：它必须保持公共（见下文）。</translation>
    </message>
    <message>
        <source>Every private-endpoint name resolves to a private address, but Entra ID sign-in does not resolve (DNS): the agent cannot sign in.</source>
        <translation>每个专用终结点名称都解析为专用地址，但 Entra ID 登录无法解析（DNS）：代理无法登录。</translation>
    </message>
    <message>
        <source>All %1 private-endpoint names resolve to private addresses, and Entra ID sign-in to public ones.</source>
        <translation>全部 %1 个专用终结点名称都解析为专用地址，Entra ID 登录解析为公共地址。</translation>
    </message>
</context>
<context>
    <name>mars::PutBackBackupTaskFix</name>
    <message>
        <source>Disable again the tasks this program enabled: %1. Scheduled backups then do not start, as before.</source>
        <translation>再次禁用本程序启用的任务：%1。之后计划备份将和以前一样不会启动。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier task state is no longer recorded.</source>
        <translation>未做任何更改：原来的任务状态已不再有记录。</translation>
    </message>
    <message>
        <source>The task %1 was enabled.</source>
        <translation>任务 %1 原为已启用。</translation>
    </message>
    <message>
        <source>The task %1 was disabled.</source>
        <translation>任务 %1 原为已禁用。</translation>
    </message>
</context>
<context>
    <name>mars::PutBackDefenderExclusionsFix</name>
    <message>
        <source>Remove these exclusions, which this program added to Microsoft Defender:</source>
        <translation>删除本工具添加到 Microsoft Defender 的以下排除项：</translation>
    </message>
    <message>
        <source>Exclusions that were there before stay as they are.</source>
        <translation>原有的排除项保持不变。</translation>
    </message>
    <message>
        <source>Nothing changed: the exclusions this program added are no longer recorded.</source>
        <translation>未做任何更改：本工具添加的排除项已不再有记录。</translation>
    </message>
    <message numerus="yes">
        <source>Defender still lists %n exclusion(s) this program added; they stay recorded.</source>
        <translation>
            <numerusform>Defender 仍列有本工具添加的 %n 个排除项；这些项仍保留在记录中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::PutBackModulePathFix</name>
    <message>
        <source>Set the machine&apos;s PSModulePath back to what it was before this program changed it: %1</source>
        <translation>将计算机的 PSModulePath 恢复为本程序更改之前的值：%1</translation>
    </message>
    <message>
        <source>Remove the machine&apos;s PSModulePath again: there was none before this program set it.</source>
        <translation>再次删除计算机的 PSModulePath：在本程序设置它之前并没有该值。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier module path is no longer recorded.</source>
        <translation>未做任何更改：原来的模块路径已不再有记录。</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 原为 %2</translation>
    </message>
    <message>
        <source>%1 was not set.</source>
        <translation>%1 原先未设置。</translation>
    </message>
</context>
<context>
    <name>mars::PutBackProxyFix</name>
    <message>
        <source>Run %1, then restart the agent service (obengine).</source>
        <translation>运行 %1，然后重新启动代理服务 (obengine)。</translation>
    </message>
    <message>
        <source>Run %1.</source>
        <translation>运行 %1。</translation>
    </message>
    <message>
        <source>The agent&apos;s proxy setting: %1.</source>
        <translation>代理的代理服务器设置：%1。</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s proxy setting: %1.</source>
        <translation>WinHTTP 的代理服务器设置：%1。</translation>
    </message>
</context>
<context>
    <name>mars::PutBackTlsFix</name>
    <message>
        <source>Set %1.</source>
        <translation>设置 %1。</translation>
    </message>
    <message>
        <source>Remove %1.</source>
        <translation>删除 %1。</translation>
    </message>
    <message>
        <source>These are the values from before this program changed them. Restart the agent service afterwards.</source>
        <translation>这些是本程序更改之前的值。之后请重新启动代理服务。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier values are no longer recorded.</source>
        <translation>未做更改：已不再记录原来的值。</translation>
    </message>
    <message>
        <source>Restart the agent service (and, if SCHANNEL values changed, Windows) to use them.</source>
        <translation>请重新启动代理服务（如果更改了 SCHANNEL 值，还需重新启动 Windows）以使其生效。</translation>
    </message>
</context>
<context>
    <name>mars::Report</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>MARS Setup Doctor %1, %2, %3 UTC, cloud %4, report %5</source>
        <translation>MARS Setup Doctor %1，%2，%3 UTC，云 %4，报告 %5</translation>
    </message>
    <message>
        <source>fix applied: %1 (%2)</source>
        <translation>已应用修复：%1（%2）</translation>
    </message>
    <message>
        <source>MARS Setup Doctor %1 - %2 - %3 UTC - cloud %4 - report %5</source>
        <translation>MARS Setup Doctor %1 - %2 - %3 UTC - 云 %4 - 报告 %5</translation>
    </message>
    <message>
        <source>fix available: %1 (--fix %2/%3)</source>
        <translation>可用修复：%1（--fix %2/%3）</translation>
    </message>
    <message>
        <source>fix applied: %1 - %2</source>
        <translation>已应用修复：%1 - %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <source>overall: %1</source>
        <translation>总体：%2（%1）</translation>
    </message>
    <message>
        <source>MARS Setup Doctor report %1</source>
        <translation>MARS 安装诊断报告 %1</translation>
    </message>
    <message>
        <source>MARS Setup Doctor report</source>
        <translation>MARS 安装诊断报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体结果</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Created (local)</source>
        <translation>创建时间（本地）</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>工具版本</translation>
    </message>
    <message>
        <source>Fix available: %1</source>
        <translation>可用修复：%1</translation>
    </message>
    <message>
        <source>Fixes applied</source>
        <translation>已应用的修复</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>所有检查均通过</translation>
    </message>
    <message>
        <source>Cloud profile from the file %1</source>
        <translation>云配置文件来自文件 %1</translation>
    </message>
    <message>
        <source>started from %1</source>
        <translation>本次检查起因：%1</translation>
    </message>
    <message>
        <source>Started from %1</source>
        <translation>本次检查起因：%1</translation>
    </message>
    <message>
        <source>finding %1: %2</source>
        <translation>发现 %1：%2</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>a signer whose name could not be read</source>
        <translation>无法读取名称的签名者</translation>
    </message>
    <message>
        <source>Signed by %1 (trusted)</source>
        <translation>由 %1 签名（受信任）</translation>
    </message>
    <message>
        <source>Signed by %1, but Windows does not trust its certificate</source>
        <translation>由 %1 签名，但 Windows 不信任其证书</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Its signature does not match its contents: this copy was changed after signing</source>
        <translation>其签名与内容不符：此副本在签名后被修改过</translation>
    </message>
    <message>
        <source>Signed by %1, but its issuer has revoked the signing certificate</source>
        <translation>由 %1 签名，但其颁发者已吊销该签名证书</translation>
    </message>
    <message>
        <source>Signed by %1; Windows could not confirm its certificate offline</source>
        <translation>由 %1 签名；Windows 无法在离线状态下确认其证书</translation>
    </message>
    <message>
        <source>Not examined</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Not examined: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>This program: %1</source>
        <translation>本程序：%1</translation>
    </message>
    <message>
        <source>This program&apos;s signature</source>
        <translation>本程序的签名</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Found a problem: %1. Could not check (nothing known): %2. Need attention: %3. Passed: %4.</source>
        <translation>发现问题：%1 项。无法检查（情况未知）：%2 项。需要注意：%3 项。通过：%4 项。</translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>未运行：%1 项。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>found in the agent&apos;s event log %1 (event %2, %3 UTC)</source>
        <translation>在代理的事件日志 %1 中发现（事件 %2，%3 UTC）</translation>
    </message>
    <message>
        <source>found in the agent&apos;s log %1 (last written %2 UTC)</source>
        <translation>在代理的日志 %1 中发现（最后写入于 %2 UTC）</translation>
    </message>
</context>
<context>
    <name>mars::ReportComparison</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>better</source>
        <translation>好转</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>new check</source>
        <translation>新检查</translation>
    </message>
    <message>
        <source>check removed</source>
        <translation>检查已移除</translation>
    </message>
    <message>
        <source>Compared with report %1 of %2 UTC: %3 better, %4 worse, %5 changed, %6 the same, %7 new, %8 removed.</source>
        <translation>与 %2 UTC 的报告 %1 比较：%3 项好转，%4 项变差，%5 项有变化，%6 项未变，%7 项新增，%8 项移除。</translation>
    </message>
    <message>
        <source>The earlier report is from another computer (%1).</source>
        <translation>较早的报告来自另一台计算机 (%1)。</translation>
    </message>
    <message>
        <source>The earlier report is in a language this version cannot write: evidence not compared.</source>
        <translation>较早报告所用的语言是此版本无法输出的语言：未比较证据。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Evidence now:</source>
        <translation>现在的证据：</translation>
    </message>
    <message>
        <source>Evidence no longer seen:</source>
        <translation>不再出现的证据：</translation>
    </message>
</context>
<context>
    <name>mars::ReportReader</name>
    <message>
        <source>The field &quot;%1&quot; is missing or not text.</source>
        <translation>字段“%1”缺失或不是文本。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than a report ever writes (%2 characters).</source>
        <translation>字段“%1”比报告所写的任何内容都长（%2 个字符）。</translation>
    </message>
    <message>
        <source>The file is larger than any report (%1; at most %2).</source>
        <translation>该文件比任何报告都大（%1；最多 %2）。</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2): the file is damaged or cut short.</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）：文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>Not a MARS Setup Doctor report (another program&apos;s JSON).</source>
        <translation>不是 MARS Setup Doctor 报告（是其他程序的 JSON）。</translation>
    </message>
    <message>
        <source>The report id &quot;%1&quot; is not one this program writes.</source>
        <translation>报告 ID“%1”不是此程序生成的格式。</translation>
    </message>
    <message>
        <source>The report&apos;s time &quot;%1&quot; is not a date.</source>
        <translation>报告的时间“%1”不是日期。</translation>
    </message>
    <message>
        <source>The overall status &quot;%1&quot; is not one this program writes.</source>
        <translation>总体状态“%1”不是此程序会写出的状态。</translation>
    </message>
    <message>
        <source>The report has no list of checks.</source>
        <translation>报告中没有检查列表。</translation>
    </message>
    <message>
        <source>The report lists %1 checks, more than this program has.</source>
        <translation>报告列出了 %1 项检查，超过此程序拥有的数量。</translation>
    </message>
    <message>
        <source>An entry of the list of checks is not an object.</source>
        <translation>检查列表中有一项不是对象。</translation>
    </message>
    <message>
        <source>The check id &quot;%1&quot; is not one this program writes, or is listed twice.</source>
        <translation>检查 ID“%1”不是此程序会写出的 ID，或被列出了两次。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; has a status or code this program does not write.</source>
        <translation>检查“%1”的状态或代码不是此程序会写出的。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; has no list of evidence, or a longer one than this program writes.</source>
        <translation>检查“%1”没有证据列表，或其长度超过此程序所写。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; has evidence that is not text, or is too long.</source>
        <translation>检查“%1”的证据不是文本，或过长。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than any report (more than %1).</source>
        <translation>该文件比任何报告都大（超过 %1）。</translation>
    </message>
    <message>
        <source>%1 was not read: %2; this program reads reports only from plain files.</source>
        <translation>未读取 %1：%2；此程序只从普通文件读取报告。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; has a summary as data that this program cannot read: %2.</source>
        <translation>检查“%1”的摘要数据无法被此程序读取：%2。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; has evidence as data that is not one message a line of its evidence.</source>
        <translation>检查“%1”的证据数据不是与其证据逐行对应的消息。</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; has evidence as data that this program cannot read: %2.</source>
        <translation>检查“%1”的证据数据无法被此程序读取：%2。</translation>
    </message>
</context>
<context>
    <name>mars::RestartAgentServiceFix</name>
    <message>
        <source>Stop the service obengine and start it again, so the agent reads its TLS settings anew. A backup running now is interrupted.</source>
        <translation>停止服务 obengine 并重新启动，使代理重新读取其 TLS 设置。正在运行的备份会被中断。</translation>
    </message>
</context>
<context>
    <name>mars::RestartElevatedFix</name>
    <message>
        <source>%1

This needs administrator rights. MARS Setup Doctor will restart as administrator (Windows asks for permission), check again, and ask you once more before it changes anything.</source>
        <translation>%1

这需要管理员权限。MARS Setup Doctor 将以管理员身份重新启动（Windows 会请求许可），重新检查，并在做任何更改之前再次询问您。</translation>
    </message>
    <message>
        <source>Windows will ask for permission to run MARS Setup Doctor as an administrator. When you allow it, this window closes and the tool opens again on the same page with full rights.</source>
        <translation>Windows 会请求允许以管理员身份运行 MARS 安装诊断。允许后，此窗口将关闭，工具会以完整权限在同一页面重新打开。</translation>
    </message>
    <message>
        <source>This program cannot start itself again here; start it with &quot;Run as administrator&quot;.</source>
        <translation>此程序无法在这里重新启动自己；请用“以管理员身份运行”启动它。</translation>
    </message>
</context>
<context>
    <name>mars::RestoreModulePathFix</name>
    <message>
        <source>Add %1 to the machine&apos;s PSModulePath (%2), keeping the entries there and the value&apos;s type.</source>
        <translation>将 %1 添加到计算机的 PSModulePath（%2），保留其中已有的条目和该值的类型。</translation>
    </message>
    <message>
        <source>What is there now is kept (in the report, and by this program until you put it back), so &quot;Put back the earlier module path&quot; can restore it.</source>
        <translation>现在的值会被保留（写入报告，并由本程序保存直到您将其恢复），以便“恢复原来的模块路径”可以还原。</translation>
    </message>
    <message>
        <source>Programs started afterwards see it; restart the server, as the article advises, so Task Scheduler does too.</source>
        <translation>之后启动的程序会看到它；请按照文章的建议重新启动服务器，使任务计划程序也能看到。</translation>
    </message>
    <message>
        <source>Nothing changed: %1 could not be read (%2).</source>
        <translation>未做任何更改：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Nothing to change: PSModulePath already lists %1.</source>
        <translation>无需更改：PSModulePath 已包含 %1。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier value could not be kept.</source>
        <translation>未做任何更改：无法保留原来的值。</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 原为 %2</translation>
    </message>
    <message>
        <source>%1 was not set.</source>
        <translation>%1 原先未设置。</translation>
    </message>
</context>
<context>
    <name>mars::ResyncClockFix</name>
    <message>
        <source>The clock is still %1: Windows Time did not correct it.</source>
        <translation>时钟仍然%1：Windows 时间服务未能校正。</translation>
    </message>
    <message>
        <source>Start the Windows Time service if it is stopped, and run &quot;w32tm /resync /rediscover&quot;. The clock is measured again afterwards. Windows Time refuses corrections larger than 15 hours on a stand-alone computer; if the clock stays wrong, the check says so.</source>
        <translation>如果 Windows 时间服务已停止则启动它，并运行“w32tm /resync /rediscover”。之后会重新测量时钟。在独立计算机上，Windows 时间服务会拒绝超过 15 小时的校正；如果时钟仍然错误，检查结果会指出。</translation>
    </message>
</context>
<context>
    <name>mars::RetryFix</name>
    <message>
        <source>Probe every address again.</source>
        <translation>重新探测所有地址。</translation>
    </message>
</context>
<context>
    <name>mars::RouteWords</name>
    <message>
        <source>automatic detection (WPAD)</source>
        <translation>自动检测（WPAD）</translation>
    </message>
    <message>
        <source>PAC %1</source>
        <translation>PAC %1</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>proxy %1 (bypass %2)</source>
        <translation>代理 %1（绕过 %2）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1，然后 %2</translation>
    </message>
</context>
<context>
    <name>mars::SetClockFix</name>
    <message>
        <source>Change the system clock from %1 to %2 (%3 by %4), as a time server and an HTTPS service agree. The time is measured again just before the change; if the sources no longer agree, nothing is changed.</source>
        <translation>由于时间服务器与 HTTPS 服务的结果一致，将系统时钟从 %1 改为 %2（%3调整 %4）。更改前会再次测量时间；如果两个来源不再一致，则不做任何更改。</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>向前</translation>
    </message>
    <message>
        <source>back</source>
        <translation>向后</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>未做更改：%1</translation>
    </message>
    <message>
        <source>the clock no longer needs it.</source>
        <translation>时钟已不需要校正。</translation>
    </message>
    <message>
        <source>The clock showed %1.</source>
        <translation>时钟原为 %1。</translation>
    </message>
    <message>
        <source>Set the clock from %1 to %2.</source>
        <translation>已将时钟从 %1 设置为 %2。</translation>
    </message>
</context>
<context>
    <name>mars::SignInRehearsal</name>
    <message>
        <source>Entra ID refused the sign-in (%1): the assertion is outside its valid time, so this computer&apos;s clock is wrong.</source>
        <translation>Entra ID 拒绝了登录（%1）：断言不在其有效时间内，说明本机时钟错误。</translation>
    </message>
    <message>
        <source>Correct the clock (the System clock check shows by how much), then test again.</source>
        <translation>请校正时钟（“系统时钟”检查会显示偏差多少），然后再次测试。</translation>
    </message>
    <message>
        <source>Entra ID does not know this file&apos;s certificate (%1): a newer file was downloaded since, or this one is damaged.</source>
        <translation>Entra ID 不认识此文件的证书（%1）：之后又下载了更新的文件，或者此文件已损坏。</translation>
    </message>
    <message>
        <source>Only the newest downloaded file is valid. Download a new one from the vault (Properties &gt; Backup credentials) and use that.</source>
        <translation>只有最新下载的文件有效。请从保管库（“属性”&gt;“备份凭据”）下载新文件并使用它。</translation>
    </message>
    <message>
        <source>Entra ID does not know the vault&apos;s application (%1): the vault was deleted, or the file is for another cloud.</source>
        <translation>Entra ID 不认识保管库的应用程序（%1）：保管库已被删除，或者该文件属于另一个云。</translation>
    </message>
    <message>
        <source>Check that the vault still exists in the portal and download a new file from it.</source>
        <translation>请在门户中确认保管库仍然存在，并从中下载新文件。</translation>
    </message>
    <message>
        <source>Entra ID does not know the file&apos;s tenant (%1): the file is for another cloud, or its tenant was deleted.</source>
        <translation>Entra ID 不认识文件中的租户（%1）：该文件属于另一个云，或者其租户已被删除。</translation>
    </message>
    <message>
        <source>Download the file again from the portal of the vault&apos;s own cloud.</source>
        <translation>请从保管库所在云的门户重新下载该文件。</translation>
    </message>
    <message>
        <source>Entra ID does not know the cloud&apos;s management service in this tenant (%1): the file is for another cloud.</source>
        <translation>Entra ID 在此租户中找不到该云的管理服务（%1）：该文件属于另一个云。</translation>
    </message>
    <message>
        <source>A policy blocks the sign-in (%1): tenant restrictions or Conditional Access.</source>
        <translation>某项策略阻止了登录（%1）：租户限制或条件访问。</translation>
    </message>
    <message>
        <source>Where tenant restrictions are in force, the file&apos;s AadTenantId must be allowed; ask whoever runs the proxy or the tenant.</source>
        <translation>在实施租户限制的网络中，必须允许文件中的 AadTenantId；请联系代理服务器或租户的管理员。</translation>
    </message>
    <message>
        <source>Entra ID refused the test&apos;s own request (%1): this is a fault of this program, not of the file.</source>
        <translation>Entra ID 拒绝了测试本身的请求（%1）：这是本程序的错误，而不是文件的问题。</translation>
    </message>
    <message>
        <source>Please report it with this report; the agent&apos;s own sign-in may still work.</source>
        <translation>请附上此报告反馈该问题；代理自己的登录仍可能成功。</translation>
    </message>
    <message>
        <source>Entra ID refused the sign-in (%1).</source>
        <translation>Entra ID 拒绝了登录（%1）。</translation>
    </message>
    <message>
        <source>Look the code up at the cloud&apos;s sign-in error page (https://login.microsoftonline.com/error).</source>
        <translation>请在该云的登录错误页面（https://login.microsoftonline.com/error）查询此代码。</translation>
    </message>
    <message>
        <source>The file names %1 as its sign-in authority, which is not a Microsoft Entra ID host: nothing was sent to it.</source>
        <translation>文件将 %1 指定为登录颁发机构，但它不是 Microsoft Entra ID 主机：未向其发送任何内容。</translation>
    </message>
    <message>
        <source>A vault credentials file from the Azure portal names login.partner.microsoftonline.cn, login.microsoftonline.com or login.microsoftonline.us. Download a new file from the vault.</source>
        <translation>从 Azure 门户下载的保管库凭据文件指定的是 login.partner.microsoftonline.cn、login.microsoftonline.com 或 login.microsoftonline.us。请从保管库下载新文件。</translation>
    </message>
    <message>
        <source>The file&apos;s key could not sign the sign-in request: the file is damaged. Download a new one.</source>
        <translation>文件中的密钥无法对登录请求签名：文件已损坏。请下载新文件。</translation>
    </message>
    <message>
        <source>This computer&apos;s key provider could not sign the sign-in request with the file&apos;s key: the file is not at fault, and a new one would fail alike.</source>
        <translation>此计算机的密钥提供程序无法用该文件的密钥为登录请求签名：问题不在文件，换一个新文件也会同样失败。</translation>
    </message>
    <message>
        <source>Asked %1 for a token as the vault&apos;s application %2, %3.</source>
        <translation>以保管库的应用程序 %2 的身份向 %1 请求令牌，%3。</translation>
    </message>
    <message>
        <source>Entra ID signed the vault&apos;s application in with this file&apos;s certificate: the agent&apos;s first step will work.</source>
        <translation>Entra ID 已使用此文件的证书让保管库的应用程序登录：代理的第一步将会成功。</translation>
    </message>
    <message>
        <source>A token came back, valid for %1 minutes; it was discarded unseen.</source>
        <translation>收到了令牌，有效期 %1 分钟；它未经查看即被丢弃。</translation>
    </message>
    <message>
        <source>The sign-in test got no answer from Entra ID (stage: %1): the firewall or proxy check shows why.</source>
        <translation>登录测试没有收到 Entra ID 的应答（阶段：%1）：“防火墙和代理服务器”检查会显示原因。</translation>
    </message>
    <message>
        <source>HTTP %1 without an Entra ID answer.</source>
        <translation>HTTP %1，但没有 Entra ID 的应答。</translation>
    </message>
    <message>
        <source>The answer was longer than any Entra ID answer (more than %1); it was cut off unread.</source>
        <translation>应答比任何 Entra ID 应答都长（超过 %1），已被截断，未读取其余部分。</translation>
    </message>
</context>
<context>
    <name>mars::StartAgentServiceFix</name>
    <message>
        <source>Set the service obengine from Disabled to Automatic and start it. The check runs again afterwards.</source>
        <translation>将服务 obengine 从“已禁用”改为“自动”并启动它。之后会重新运行检查。</translation>
    </message>
    <message>
        <source>Start the service obengine (Microsoft Azure Recovery Services Agent). The check runs again afterwards.</source>
        <translation>启动服务 obengine（Microsoft Azure Recovery Services Agent）。之后会重新运行检查。</translation>
    </message>
    <message>
        <source>The service was %1, start type %2.</source>
        <translation>服务原为%1，启动类型为%2。</translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <source>%1: the zip could not be made.</source>
        <translation>%1：无法生成 zip 文件。</translation>
    </message>
    <message>
        <source>Never included: the encryption passphrase, the vault credentials file with its certificate and key, and sign-in tokens. This program keeps no copy of them in any file, and the files below were scanned for secret-shaped text as well.</source>
        <translation>从不包含：加密通行短语、保管库凭据文件及其证书和密钥、登录令牌。本程序不在任何文件中保留它们的副本，并且还扫描了下列文件中形似机密的文本。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>the report in %1, a web page</source>
        <translation>%1 报告，网页</translation>
    </message>
    <message>
        <source>the report in %1, for scripts</source>
        <translation>%1 报告，供脚本使用</translation>
    </message>
    <message>
        <source>settings.txt in English</source>
        <translation>英文版 settings.txt</translation>
    </message>
    <message>
        <source>OS and uptime, the agent&apos;s version, .NET and TLS values, the routes and their proxies</source>
        <translation>操作系统和运行时间、代理版本、.NET 和 TLS 值、各路由及其代理服务器</translation>
    </message>
    <message>
        <source>%1: left out, this program logged to the console only.</source>
        <translation>%1：未包含，本程序只将日志写到了控制台。</translation>
    </message>
    <message>
        <source>%1: left out, there is no %2.</source>
        <translation>%1：未包含，不存在 %2。</translation>
    </message>
    <message>
        <source>%1: left out, %2 could not be read: %3.</source>
        <translation>%1：未包含，无法读取 %2：%3。</translation>
    </message>
    <message>
        <source>%1: %2 NUL character(s) removed.</source>
        <translation>%1：已删除 %2 个 NUL 字符。</translation>
    </message>
    <message>
        <source>%1: only the last %2 MiB of %3 (from the first whole line); the rest left out to keep the bundle small.</source>
        <translation>%1：只包含 %3 中的最后 %2 MiB（从第一个完整行开始）；其余部分未包含，以减小支持包。</translation>
    </message>
    <message>
        <source>%1: only the last %2 MiB of %3, which hold no line break: kept as they are, starting mid-line; the rest left out to keep the bundle small.</source>
        <translation>%1：只包含 %3 中的最后 %2 MiB，其中没有换行符：按原样保留，从行中间开始；其余部分未包含，以减小支持包。</translation>
    </message>
    <message>
        <source>from %1, converted from UTF-16 to UTF-8</source>
        <translation>来自 %1，已从 UTF-16 转换为 UTF-8</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>%1: %2 piece(s) of secret-shaped text (a PEM block, a token or a long base64 run) replaced by &quot;&lt;removed: ...&gt;&quot;.</source>
        <translation>%1：%2 处形似机密的文本（PEM 块、令牌或较长的 base64 串）已替换为“&lt;removed: ...&gt;”。</translation>
    </message>
    <message>
        <source>%1  %2 bytes  %3</source>
        <translation>%1  %2 字节  %3</translation>
    </message>
    <message>
        <source>--redact: masked %1 path(s) under the user&apos;s profile as &lt;profile&gt;, %2 computer name(s) as &lt;computer&gt;, %3 user name(s) as &lt;user&gt;, in every file.</source>
        <translation>--redact：已在每个文件中将用户配置文件夹下的 %1 个路径遮盖为 &lt;profile&gt;，%2 个计算机名遮盖为 &lt;computer&gt;，%3 个用户名遮盖为 &lt;user&gt;。</translation>
    </message>
    <message>
        <source>--redact: names shorter than %1 characters are not masked (they would mask every word that holds them).</source>
        <translation>--redact：短于 %1 个字符的名称不遮盖（否则会遮盖包含它们的每个词）。</translation>
    </message>
    <message>
        <source>Names are not masked: the computer name, user names and profile paths appear as they are (run with --redact, or tick the box beside the button, to mask them).</source>
        <translation>名称未遮盖：计算机名、用户名和配置文件路径按原样出现（要遮盖它们，请使用 --redact 运行，或勾选按钮旁的复选框）。</translation>
    </message>
    <message>
        <source>MARS Setup Doctor support bundle</source>
        <translation>MARS Setup Doctor 支持包</translation>
    </message>
    <message>
        <source>Report %1, %2 UTC, MARS Setup Doctor %3</source>
        <translation>报告 %1，UTC %2，MARS Setup Doctor %3</translation>
    </message>
    <message>
        <source>Files (name, size in bytes, what it is):</source>
        <translation>文件（名称、大小（字节）、内容）：</translation>
    </message>
    <message>
        <source>%1  the same as this file, in the bundle&apos;s language</source>
        <translation>%1  与本文件内容相同，使用支持包的语言</translation>
    </message>
    <message>
        <source>%1  this file in English</source>
        <translation>%1  本文件的英文版</translation>
    </message>
    <message>
        <source>%1  this file</source>
        <translation>%1  本文件</translation>
    </message>
    <message>
        <source>Left out or masked, and why:</source>
        <translation>未包含或已遮盖的内容及原因：</translation>
    </message>
</context>
<context>
    <name>mars::TempFilesCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 .tmp files, %3</source>
        <translation>%1：%2 个 .tmp 文件，%3</translation>
    </message>
    <message>
        <source>Items named *.tmp there that are links, junctions or folders (never touched): %1.</source>
        <translation>其中名为 *.tmp 的链接、联接点或文件夹（从不触碰）：%1 个。</translation>
    </message>
    <message>
        <source>Windows can make at most 65,535 unique temporary file names per folder. From about 60,000 .tmp files, registration fails with &quot;Invalid vault credentials provided&quot; (error 34513).</source>
        <translation>Windows 在每个文件夹中最多只能生成 65,535 个唯一的临时文件名。当 .tmp 文件达到约 60,000 个时，注册会失败并提示“提供的保管库凭据无效”（错误 34513）。</translation>
    </message>
    <message>
        <source>Only an administrator can look into the Windows temporary folder.</source>
        <translation>只有管理员才能查看 Windows 临时文件夹。</translation>
    </message>
    <message>
        <source>Could not look into the temporary folder.</source>
        <translation>无法查看临时文件夹。</translation>
    </message>
    <message>
        <source>Only part of the temporary folders could be examined: %1 .tmp files so far.</source>
        <translation>只检查了部分临时文件夹：目前发现 %1 个 .tmp 文件。</translation>
    </message>
    <message>
        <source>No .tmp files are piling up.</source>
        <translation>没有堆积 .tmp 文件。</translation>
    </message>
    <message>
        <source>%1 .tmp files (%2): too many for the agent to register.</source>
        <translation>%1 个 .tmp 文件（%2）：数量太多，代理无法注册。</translation>
    </message>
    <message>
        <source>%1 .tmp files (%2); not a problem yet, and safe to clear.</source>
        <translation>%1 个 .tmp 文件（%2）；暂时没有问题，可以安全清理。</translation>
    </message>
    <message>
        <source>Read-only .tmp files there (the cleanup leaves them): %1.</source>
        <translation>其中的只读 .tmp 文件（清理时保留）：%1 个。</translation>
    </message>
    <message>
        <source>Files a running program holds open (the cleanup leaves them): %1.</source>
        <translation>正在运行的程序打开着的文件（清理时保留）：%1 个。</translation>
    </message>
    <message>
        <source>%1 .tmp entries could not be examined: %2</source>
        <translation>有 %1 个 .tmp 项目无法检查：%2</translation>
    </message>
    <message>
        <source>Could not examine %1 .tmp entries in the temporary folder; how many there are is unknown.</source>
        <translation>无法检查临时文件夹中的 %1 个 .tmp 项目；无法确定实际数量。</translation>
    </message>
    <message>
        <source>No clearable .tmp files; %1 are read-only or in use and stay.</source>
        <translation>没有可清理的 .tmp 文件；%1 个为只读或正在使用，将保留。</translation>
    </message>
    <message>
        <source>%1 (%2 more could not be examined)</source>
        <translation>%1（另有 %2 个无法检查）</translation>
    </message>
    <message>
        <source>%1 is a junction made by %2; its files are in %3.</source>
        <translation>%1 是由 %2 创建的联接点；其中的文件实际位于 %3。</translation>
    </message>
    <message>
        <source>Could not look into the temporary folder: %1.</source>
        <translation>无法查看临时文件夹：%1。</translation>
    </message>
</context>
<context>
    <name>mars::TestSignInFix</name>
    <message>
        <source>Sign in to Microsoft Entra ID as the vault&apos;s application with this file&apos;s certificate, as the agent does first when it registers, through the same proxy as the network checks. Nothing is registered or changed, and the token that comes back is thrown away unseen.</source>
        <translation>像代理注册时首先做的那样，使用此文件的证书以保管库应用程序的身份登录 Microsoft Entra ID，并经过与网络检查相同的代理服务器。不会注册或更改任何内容，返回的令牌未经查看即被丢弃。</translation>
    </message>
    <message>
        <source>The file is checked again with a test sign-in; its answer is on the row.</source>
        <translation>已通过测试登录再次检查该文件；结果显示在该行中。</translation>
    </message>
</context>
<context>
    <name>mars::TlsCheck</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 未设置</translation>
    </message>
    <message>
        <source>Not examined: this system has no Windows registry with SCHANNEL or .NET TLS settings.</source>
        <translation>未检查：此系统没有包含 SCHANNEL 或 .NET TLS 设置的 Windows 注册表。</translation>
    </message>
    <message>
        <source>Run the Windows build of this program on the server to check TLS 1.2 for the agent.</source>
        <translation>请在服务器上运行本程序的 Windows 版本，以检查代理的 TLS 1.2。</translation>
    </message>
    <message>
        <source>Some values could not be read: %1</source>
        <translation>部分值无法读取：%1</translation>
    </message>
    <message>
        <source>A value above turns the TLS 1.2 client off for every program on this computer; the service accepts only TLS 1.2, so the agent&apos;s connections are closed (error 10054). Source: %1</source>
        <translation>上面的某个值为本机所有程序关闭了 TLS 1.2 客户端；服务只接受 TLS 1.2，因此代理的连接会被关闭（错误 10054）。来源：%1</translation>
    </message>
    <message>
        <source>TLS 1.2 is turned off on this computer: the agent cannot connect.</source>
        <translation>本机已关闭 TLS 1.2：代理无法连接。</translation>
    </message>
    <message>
        <source>A .NET value set to 0 keeps .NET programs such as the agent on older protocols. Source: %1</source>
        <translation>设置为 0 的 .NET 值会使代理等 .NET 程序停留在旧协议上。来源：%1</translation>
    </message>
    <message>
        <source>.NET is told not to use TLS 1.2: the agent may not connect.</source>
        <translation>.NET 被设置为不使用 TLS 1.2：代理可能无法连接。</translation>
    </message>
    <message>
        <source>The SCHANNEL values are absent or on, which is the default. Microsoft&apos;s TLS guidance for .NET asks for SchUseStrongCrypto and SystemDefaultTlsVersions = 1 in both views for programs like the agent. Source: %1</source>
        <translation>SCHANNEL 值不存在或为启用，这是默认状态。Microsoft 针对 .NET 的 TLS 指南要求为代理这类程序在两个视图中都将 SchUseStrongCrypto 和 SystemDefaultTlsVersions 设置为 1。来源：%1</translation>
    </message>
    <message>
        <source>TLS 1.2 is on, but .NET&apos;s TLS settings for the agent are not set.</source>
        <translation>TLS 1.2 已启用，但尚未为代理设置 .NET 的 TLS 设置。</translation>
    </message>
    <message>
        <source>TLS 1.2 is on for SCHANNEL and .NET, in the 64-bit and 32-bit views.</source>
        <translation>SCHANNEL 和 .NET 均已启用 TLS 1.2（64 位和 32 位视图）。</translation>
    </message>
    <message>
        <source>This program changed these values earlier and kept what was there before; it can put them back.</source>
        <translation>本程序之前更改过这些值，并保留了原来的值；可以将其恢复。</translation>
    </message>
</context>
<context>
    <name>mars::TurnOnTls12Fix</name>
    <message>
        <source>Set %1.</source>
        <translation>设置 %1。</translation>
    </message>
    <message>
        <source>What is there now is kept (in the report, and by this program until you put it back), so &quot;Put back the earlier values&quot; can restore it. Nothing else is changed.</source>
        <translation>现在的值会被保留（写入报告，并由本程序保存直到您将其恢复），以便“恢复原来的值”可以还原。不会更改其他任何内容。</translation>
    </message>
    <message>
        <source>The agent service must restart to use the new values; after a SCHANNEL change, or on Windows older than Windows Server 2016, restart Windows.</source>
        <translation>代理服务必须重新启动才能使用新值；如果更改了 SCHANNEL，或在早于 Windows Server 2016 的 Windows 上，请重新启动 Windows。</translation>
    </message>
    <message>
        <source>Nothing to change: the values are already the documented ones.</source>
        <translation>无需更改：这些值已经是文档规定的值。</translation>
    </message>
    <message>
        <source>Nothing changed: the earlier values could not be kept.</source>
        <translation>未做更改：无法保留原来的值。</translation>
    </message>
    <message>
        <source>Restart the agent service (offered on the check&apos;s row) so it uses the new values.</source>
        <translation>请重新启动代理服务（在该检查的行中提供）以使用新值。</translation>
    </message>
    <message>
        <source>Restart Windows: SCHANNEL reads its protocol settings when Windows starts.</source>
        <translation>请重新启动 Windows：SCHANNEL 在 Windows 启动时读取其协议设置。</translation>
    </message>
</context>
<context>
    <name>mars::UseCloudFix</name>
    <message>
        <source>Use %1, the file&apos;s cloud, instead of %2, and check the network again. Nothing on this computer changes.</source>
        <translation>改用文件所属的云%1（而不是%2），并重新检查网络。本机上不会有任何更改。</translation>
    </message>
    <message>
        <source>The checks were set for %1.</source>
        <translation>检查原先针对%1。</translation>
    </message>
    <message>
        <source>The checks now use %1.</source>
        <translation>检查现在针对%1。</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsCheck</name>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>由世纪互联运营的 Azure 中国</translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation>Azure 全球版</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure 美国政府版</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No vault credentials file chosen: choose the file you will give the agent, to check it first.</source>
        <translation>尚未选择保管库凭据文件：请选择将要提供给代理的文件，以便先检查它。</translation>
    </message>
    <message>
        <source>Download it from the vault in the Azure portal (Properties &gt; Backup credentials). An expired, renamed, damaged or wrong file makes registration fail with error 34513.</source>
        <translation>请在 Azure 门户中从保管库下载（“属性”&gt;“备份凭据”）。过期、改名、损坏或错误的文件会使注册失败，出现错误 34513。</translation>
    </message>
    <message>
        <source>The file is named %1, but the agent takes only files ending in .VaultCredentials: rename it back, or download it again.</source>
        <translation>该文件名为 %1，但代理只接受以 .VaultCredentials 结尾的文件：请改回原名，或重新下载。</translation>
    </message>
    <message>
        <source>The file is on a network location (%1): the agent fails to read files there. Copy it to this computer.</source>
        <translation>该文件位于网络位置（%1）：代理无法读取那里的文件。请将其复制到本机。</translation>
    </message>
    <message>
        <source>Whether the file is on a local disk cannot be known here (%1). Keep it on a local disk, not a network share.</source>
        <translation>此处无法判断该文件是否位于本地磁盘（%1）。请将其放在本地磁盘上，而不是网络共享中。</translation>
    </message>
    <message>
        <source>The file is on a local disk (%1).</source>
        <translation>该文件位于本地磁盘（%1）。</translation>
    </message>
    <message>
        <source>The file is %1, larger than any vault credentials file (about 10 KB): it is not one.</source>
        <translation>该文件大小为 %1，比任何保管库凭据文件（约 10 KB）都大：它不是保管库凭据文件。</translation>
    </message>
    <message>
        <source>The agent would stop with &quot;Invalid vault credentials provided&quot; (error 34513). Download a new file from the vault (Properties &gt; Backup credentials) and do not open it in an editor.</source>
        <translation>代理会因“提供的保管库凭据无效”（错误 34513）而停止。请从保管库（“属性”&gt;“备份凭据”）下载新文件，并且不要用编辑器打开它。</translation>
    </message>
    <message>
        <source>The file is from an older Azure portal (a BackupVaultCreds file of the ACS era), which today&apos;s agent and service no longer take. Download a new one from the Recovery Services vault&apos;s Properties &gt; Backup credentials.</source>
        <translation>该文件来自旧版 Azure 门户（ACS 时代的 BackupVaultCreds 文件），当前的代理和服务已不再接受。请从恢复服务保管库的“属性”&gt;“备份凭据”下载新文件。</translation>
    </message>
    <message>
        <source>Vault %1 in resource group %2, region %3, subscription %4.</source>
        <translation>保管库 %1，资源组 %2，区域 %3，订阅 %4。</translation>
    </message>
    <message>
        <source>The file names %1 as its sign-in authority, which is not a Microsoft Entra ID host of any cloud: it was edited or is not from the Azure portal. Download a new one.</source>
        <translation>文件将 %1 指定为登录颁发机构，但它不是任何云的 Microsoft Entra ID 主机：文件被编辑过，或者并非来自 Azure 门户。请下载新文件。</translation>
    </message>
    <message>
        <source>The file&apos;s sign-in authority is in %1 but its identity endpoint in %2: the file was edited. Download a new one.</source>
        <translation>文件的登录颁发机构属于%1，而其标识终结点属于%2：文件被编辑过。请下载新文件。</translation>
    </message>
    <message>
        <source>The file is for a vault in %1, but the checks are set for %2: the network checks test the wrong addresses.</source>
        <translation>该文件属于%1中的保管库，但检查针对的是%2：网络检查测试的是错误的地址。</translation>
    </message>
    <message>
        <source>The vault&apos;s region %1 is served by %2.</source>
        <translation>保管库所在区域 %1 由 %2 提供服务。</translation>
    </message>
    <message>
        <source>The file&apos;s certificate cannot be opened (%1): the file is damaged. Download a new one.</source>
        <translation>无法打开文件中的证书（%1）：文件已损坏。请下载新文件。</translation>
    </message>
    <message>
        <source>The file&apos;s certificate has no private key: the file is damaged. Download a new one.</source>
        <translation>文件中的证书没有私钥：文件已损坏。请下载新文件。</translation>
    </message>
    <message>
        <source>The file expired on %1 (%2 ago). Download a new one from the vault: files are valid for %3 days after download by the documentation, %4 hours by the agent&apos;s own message.</source>
        <translation>该文件已于 %1 过期（%2 前）。请从保管库下载新文件：按文档所述，文件在下载后 %3 天内有效；按代理自己的提示，为 %4 小时。</translation>
    </message>
    <message>
        <source>The file is not valid until %1, %2 from now by this computer&apos;s clock: the clock is behind. Correct the clock (the System clock check), not the file.</source>
        <translation>按本机时钟，该文件要到 %1（%2 之后）才生效：时钟慢了。请校正时钟（见“系统时钟”检查），而不是更换文件。</translation>
    </message>
    <message>
        <source>Its certificate is valid from %1 until %2 (%3 left).</source>
        <translation>其证书有效期为 %1 至 %2（剩余 %3）。</translation>
    </message>
    <message>
        <source>The installed agent is version %1; files of version %2 need %3 or later. Update the agent first.</source>
        <translation>已安装的代理版本为 %1；版本 %2 的文件需要 %3 或更高版本。请先更新代理。</translation>
    </message>
    <message>
        <source>The installed agent (version %1) reads files of version %2.</source>
        <translation>已安装的代理（版本 %1）可以读取版本 %2 的文件。</translation>
    </message>
    <message>
        <source>The file is good for vault %1 (%2), valid until %3.</source>
        <translation>该文件适用于保管库 %1（%2），有效期至 %3。</translation>
    </message>
    <message>
        <source>Its dates are judged by the measured time: this computer&apos;s clock is %1 behind (the System clock check).</source>
        <translation>其日期按测得的时间判断：此计算机的时钟慢了 %1（见“系统时钟”检查）。</translation>
    </message>
    <message>
        <source>Its dates are judged by the measured time: this computer&apos;s clock is %1 ahead (the System clock check).</source>
        <translation>其日期按测得的时间判断：此计算机的时钟快了 %1（见“系统时钟”检查）。</translation>
    </message>
    <message>
        <source>The file is not valid until %1, %2 from now even by the measured time: download a new one from the vault.</source>
        <translation>即使按测得的时间，该文件也要到 %1（%2 之后）才生效：请从保管库重新下载。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 (the agent says &quot;Unable to read the vault credentials file&quot;, error 34528).</source>
        <translation>无法读取 %1：%2（代理会显示“无法读取保管库凭据文件”，错误 34528）。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>%1 is not a usable vault credentials file: %2</source>
        <translation>%1 不是可用的保管库凭据文件：%2</translation>
    </message>
    <message>
        <source>Which vault this server was registered to cannot be read here: this system keeps no agent registration.</source>
        <translation>此处无法读取此服务器注册到的保管库：此系统没有代理注册记录。</translation>
    </message>
    <message>
        <source>The server is registered to this file&apos;s vault, %1 (resource group %2).</source>
        <translation>服务器已注册到此文件的保管库 %1（资源组 %2）。</translation>
    </message>
    <message>
        <source>This file is for vault %1 (resource group %2); the server is registered to vault %3 (resource group %4). Registering with it gives error 100110. To move the server to this vault, unregister it from %3 first: its backups there stay in that vault, and the new vault starts afresh with a passphrase of its own; to stay, download the file from %3.</source>
        <translation>此文件属于保管库 %1（资源组 %2）；而服务器已注册到保管库 %3（资源组 %4）。用它注册会出现错误 100110。若要把服务器移到此保管库，请先从 %3 取消注册：其在那里的备份仍留在该保管库中，新保管库从头开始，并使用它自己的通行短语；若要留在原保管库，请从 %3 下载文件。</translation>
    </message>
    <message>
        <source>The server is not registered to a vault yet.</source>
        <translation>服务器尚未注册到保管库。</translation>
    </message>
    <message>
        <source>The agent&apos;s record of the vault this server is registered to cannot be trusted (%1): whether this file is for that vault is not known.</source>
        <translation>代理对此服务器所注册保管库的记录不可信（%1）：无法确定此文件是否属于该保管库。</translation>
    </message>
</context>
<context>
    <name>mars::VaultFileParser</name>
    <message>
        <source>The file is larger than 1 MiB; a vault credentials file is about 10 KB.</source>
        <translation>该文件大于 1 MiB；保管库凭据文件约为 10 KB。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>The file declares a DTD (&lt;!DOCTYPE&gt;). A vault credentials file never has one, and this program never processes one: it can hide entity expansion or references to other files.</source>
        <translation>该文件声明了 DTD（&lt;!DOCTYPE&gt;）。保管库凭据文件从不包含 DTD，本程序也从不处理 DTD：它可能隐藏实体扩展或对其他文件的引用。</translation>
    </message>
    <message>
        <source>The file refers to an entity (&amp;%1;), which is never expanded.</source>
        <translation>该文件引用了实体（&amp;%1;），本程序从不展开实体。</translation>
    </message>
    <message>
        <source>The root element RSBackupVaultAADCreds is in the namespace &quot;%1&quot;, not the one the Azure portal writes.</source>
        <translation>根元素 RSBackupVaultAADCreds 位于命名空间“%1”中，而不是 Azure 门户写入的命名空间。</translation>
    </message>
    <message>
        <source>This XML file is not a vault credentials file: its root element is &lt;%1&gt;, not &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation>此 XML 文件不是保管库凭据文件：其根元素为 &lt;%1&gt;，而不是 &lt;RSBackupVaultAADCreds&gt;。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; appears twice.</source>
        <translation>元素 &lt;%1&gt; 出现了两次。</translation>
    </message>
    <message>
        <source>The certificate in the file (ManagementCert) is not valid base64: the file is damaged.</source>
        <translation>文件中的证书（ManagementCert）不是有效的 base64：文件已损坏。</translation>
    </message>
    <message>
        <source>The file ends too early (line %1): it was cut short while downloading or copying.</source>
        <translation>文件提前结束（第 %1 行）：在下载或复制时被截断了。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2: %3).</source>
        <translation>该文件不是格式正确的 XML（第 %1 行，第 %2 列：%3）。</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>该文件不包含任何 XML 元素。</translation>
    </message>
    <message>
        <source>The file lacks %1: it is damaged or was edited.</source>
        <translation>该文件缺少 %1：文件已损坏或被编辑过。</translation>
    </message>
    <message>
        <source>An element in the file has more than %1 attributes; a vault credentials file has at most a few: it was edited or is not one.</source>
        <translation>文件中有一个元素带有超过 %1 个属性；保管库凭据文件最多只有几个属性：该文件已被编辑过，或者根本不是保管库凭据文件。</translation>
    </message>
    <message>
        <source>The certificate in the file (ManagementCert) asks for %1 key-derivation rounds; real files ask for about 2,000 and this program opens none asking for more than %2: the file was made or edited to stall whoever opens it.</source>
        <translation>文件中的证书（ManagementCert）要求进行 %1 轮密钥派生；真实文件约为 2,000 轮，此程序不会打开要求超过 %2 轮的证书：该文件是为拖住打开它的程序而制作或修改的。</translation>
    </message>
</context>
</TS>
