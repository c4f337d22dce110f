#!/usr/bin/env bash
# Research aid for windows10-functions.tsv (not run by the tests): lists the functions the mingw-w64 headers declare
# only for Windows 10 and later, with the import libraries that name them. It compiles one file including the usual
# SDK headers twice with gcc -aux-info (every declared prototype): once for Windows 8.1 (0x0603) and once for the
# newest Windows 10 the headers know (NTDDI_WIN10_CO); a function only in the second list is Windows 10-only there.
# Output: function<TAB>import libraries (empty: no import library names it, so mingw cannot import it by name).
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/headers.c" <<'C'
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <shellscalingapi.h>
#include <dwmapi.h>
#include <uxtheme.h>
#include <shlobj.h>
#include <shlwapi.h>
#include <shellapi.h>
#include <iphlpapi.h>
#include <wincrypt.h>
#include <bcrypt.h>
#include <ncrypt.h>
#define SECURITY_WIN32
#include <security.h>
#include <schannel.h>
#include <ntsecapi.h>
#include <imm.h>
#include <userenv.h>
#include <wtsapi32.h>
#include <winioctl.h>
#include <virtdisk.h>
#include <mstcpip.h>
#include <dbghelp.h>
#include <powrprof.h>
#include <winhttp.h>
#include <versionhelpers.h>
#include <synchapi.h>
#include <ioringapi.h>
#include <mfapi.h>
#include <commctrl.h>
#include <commdlg.h>
#include <winspool.h>
#include <setupapi.h>
#include <cfgmgr32.h>
#include <psapi.h>
#include <tlhelp32.h>
#include <aclapi.h>
#include <sddl.h>
#include <lm.h>
#include <winevt.h>
#include <evntprov.h>
#include <evntrace.h>
#include <winternl.h>
#include <pathcch.h>
#include <roapi.h>
#include <winstring.h>
#include <oleacc.h>
#include <uiautomation.h>
#include <d3d11.h>
#include <dxgi1_6.h>
#include <d2d1.h>
#include <dwrite.h>
#include <wincodec.h>
#include <mmsystem.h>
#include <dbt.h>
#include <winsvc.h>
#include <wlanapi.h>
#include <netlistmgr.h>
#include <dpapi.h>
#include <restartmanager.h>
#include <winsafer.h>
#include <wintrust.h>
#include <softpub.h>
#include <mscat.h>
#include <srrestoreptapi.h>
#include <icmpapi.h>
#include <dhcpcsdk.h>
#include <windns.h>
#include <iphlpapi.h>
#include <netioapi.h>
#include <processtopologyapi.h>
#include <timezoneapi.h>
#include <realtimeapiset.h>
#include <interlockedapi.h>
C
for target in old new; do
  if [ $target = old ]; then defines="-D_WIN32_WINNT=0x0603 -DWINVER=0x0603 -DNTDDI_VERSION=0x06030000"
  else defines="-D_WIN32_WINNT=0x0A00 -DWINVER=0x0A00 -DNTDDI_VERSION=0x0A00000B"; fi
  # shellcheck disable=SC2086
  x86_64-w64-mingw32-gcc $defines -DUNICODE -fsyntax-only -aux-info "$work/$target.aux" "$work/headers.c" 2>/dev/null || true
  sed -nE 's/.*[ *]([A-Za-z_][A-Za-z0-9_]*) \(.*/\1/p' "$work/$target.aux" | sort -u > "$work/$target.names"
done
comm -13 "$work/old.names" "$work/new.names" > "$work/win10.names"
for lib in /usr/x86_64-w64-mingw32/lib/lib*.a; do
  name=$(basename "$lib" .a)
  x86_64-w64-mingw32-nm --defined-only "$lib" 2>/dev/null | awk -v l="${name#lib}" '$2 == "T" && $3 !~ /^[._]/ {print $3 "\t" l}'
done | sort -u > "$work/exports.tsv"
while read -r function; do
  printf '%s\t%s\n' "$function" "$(awk -F'\t' -v f="$function" '$1 == f {printf "%s ", $2}' "$work/exports.tsv")"
done < "$work/win10.names"
