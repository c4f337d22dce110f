#!/usr/bin/env python3
"""The import-floor checker against tiny PE files built for it (tests/windows/import-floor), and its data file.

  bad/probe_1703.exe       imports SetProcessDpiAwarenessContext (1703, build 15063): reported, exit 1
  good/probe_1607.exe      imports GetDpiForWindow, SetThreadDpiAwarenessContext (1607, build 14393): passes
  delayed/probe_delay_1703.exe  delay-imports SetProcessDpiAwarenessContext (cmake/DelayLoad.cmake), and imports
                           only kernel32 and msvcrt at load time
  app/probe_app.exe        links app/probe_core.dll (GetDpiForWindow); app/plugins/probe_plugin.dll (never linked)
                           imports SetProcessDpiAwarenessContext
Usage: check-import-floor-test.py [--objdump PATH] PROBE_BUILD_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "check-import-floor.py")
DATA = os.path.join(HERE, "windows10-functions.tsv")
failures = []


def run(*args):
    result = subprocess.run([sys.executable, CHECKER, "--objdump", objdump, *args], capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def expect(name, condition, output=""):
    print(f"{'ok  ' if condition else 'FAIL'} {name}")
    if not condition:
        failures.append(name)
        print("    " + output.replace("\n", "\n    "))


args = sys.argv[1:]
objdump = "x86_64-w64-mingw32-objdump"
if args[:1] == ["--objdump"]:
    objdump, args = args[1], args[2:]
probes = args[0]

code, out = run(os.path.join(probes, "bad"))
expect("a PE importing SetProcessDpiAwarenessContext fails (exit 1)", code == 1, out)
expect("  and the report names the function, its build and the floor",
       re.search(r"FAIL probe_1703\.exe: USER32\.dll!SetProcessDpiAwarenessContext is Windows .*1703.*"
                 r"\(build 15063\), after the floor 14393", out, re.I) is not None, out)
expect("  and where that is documented", "learn.microsoft.com" in out, out)

code, out = run(os.path.join(probes, "delayed"), "--load-time-dlls", "kernel32.dll,msvcrt.dll")
expect("a delay-imported SetProcessDpiAwarenessContext fails too (exit 1): the loader would not stop, its first call would",
       code == 1 and re.search(r"FAIL probe_delay_1703\.exe: USER32\.dll \(delay-loaded\)!SetProcessDpiAwarenessContext", out, re.I)
       is not None, out)
expect("  and a program that imports only kernel32 and msvcrt at load time passes --load-time-dlls",
       "at load time" not in out, out)
# A delay descriptor the checker cannot read is an error, not skipped: the same probe with its DLL name made into two
# lines (as a delay library built from an import library of several DLLs once had it).
with tempfile.TemporaryDirectory() as folder:
    data = open(os.path.join(probes, "delayed", "probe_delay_1703.exe"), "rb").read()
    expect("  (the probe names USER32.dll once, as its delay-import DLL)", data.count(b"USER32.dll\0") == 1)
    broken = os.path.join(folder, "broken.exe")
    open(broken, "wb").write(data.replace(b"USER32.dll\0", b"USER\n2.dll\0"))
    code, out = run(broken)
    expect("a malformed delay-import descriptor is an error (exit 2) naming it", code == 2 and "malformed DLL name" in out, out)

code, out = run(os.path.join(probes, "bad"), "--load-time-dlls", "kernel32.dll,msvcrt.dll")
expect("--load-time-dlls fails a program importing user32 at load time",
       code == 1 and re.search(r"FAIL probe_1703\.exe: imports USER32\.dll at load time", out, re.I) is not None, out)

code, out = run(os.path.join(probes, "good"), "--verbose")
expect("a PE importing only 1607 functions passes (exit 0)", code == 0, out)
expect("  and its 1607 imports were recognised, not overlooked",
       "GetDpiForWindow (build 14393)" in out and "SetThreadDpiAwarenessContext (build 14393)" in out, out)

code, out = run(os.path.join(probes, "bad"), "--floor", "15063")
expect("the same PE passes with the floor at 1703 (the floor is a parameter, not hard-wired)", code == 0, out)

code, out = run(os.path.join(probes, "app"), "--expect", "probe_app.exe", "--expect", "plugins/probe_plugin.dll")
expect("a folder is searched to the bottom: the plugin in a subfolder is found and fails", code == 1
       and "FAIL plugins/probe_plugin.dll: USER32.dll!SetProcessDpiAwarenessContext" in out, out)

code, out = run(os.path.join(probes, "app", "probe_app.exe"), "--load-time")
expect("--load-time follows the program to its DLLs and leaves the unlinked plugin out",
       code == 0 and "probe_core.dll" in out and "probe_plugin" not in out, out)
code, out = run(os.path.join(probes, "app", "probe_app.exe"), "--load-time", "--floor", "9600")
expect("--load-time at Windows 8.1 (9600): the DLL's 1607 import stops the loader before main()",
       code == 1 and "FAIL probe_core.dll: USER32.dll!GetDpiForWindow" in out, out)

code, out = run(os.path.join(probes, "good"), "--expect", "missing.dll")
expect("an expected file that is not there is an error (exit 2), not a pass", code == 2, out)
empty = os.path.join(probes, "lib")  # import libraries only: no PE file
code, out = run(empty)
expect("a folder without any PE file is an error (exit 2), not a pass", code == 2, out)

# The data: one row per function, each with the build that introduced it and a learn.microsoft.com source.
rows = [line.rstrip("\n").split("\t") for line in open(DATA, encoding="utf-8") if line.strip() and not line.startswith("#")]
header, rows = rows[0], rows[1:]
column = {name: i for i, name in enumerate(header)}
known_builds = {10240, 10586, 14393, 15063, 16299, 17134, 17763, 18362, 19041, 20348, 22000, 22621, 26100}
bad_rows = [r for r in rows if len(r) != len(header) or int(r[column["build"]]) not in known_builds
            or not r[column["source"]].startswith("https://learn.microsoft.com/")]
expect(f"the data file's {len(rows)} rows each have a known Windows 10/11 build and a learn.microsoft.com source",
       rows and not bad_rows, "\n".join("\t".join(r) for r in bad_rows))
names = [r[column["function"]] for r in rows]
for must in ("SetProcessDpiAwarenessContext", "GetDpiForWindow", "GetSystemMetricsForDpi", "AdjustWindowRectExForDpi",
             "SystemParametersInfoForDpi", "GetWindowDpiAwarenessContext", "GetAwarenessFromDpiAwarenessContext",
             "EnableNonClientDpiScaling"):
    expect(f"the data lists {must} (Qt 6.4.2 calls it)", must in names)

print(f"import-floor checker: {len(failures)} failed")
sys.exit(1 if failures else 0)
