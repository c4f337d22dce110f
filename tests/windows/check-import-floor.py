#!/usr/bin/env python3
"""The import floor: no shipped PE file may import a function that the oldest supported Windows lacks.

Reads the import table of every .exe/.com/.dll given (or found under a given folder) with
`x86_64-w64-mingw32-objdump -p`, and its delay imports (cmake/DelayLoad.cmake) from the file itself, and looks each
imported function up in the data file
(tests/windows/windows10-functions.tsv: the functions the mingw-w64 headers declare for Windows 10 only, each with the
Windows build that introduced it and where that is documented). A listed function introduced after --floor (default
14393: Windows 10 version 1607 / Windows Server 2016) is a failure: the Windows loader refuses the file there
("entry point not found"), or, for a plugin, Qt cannot load it and the program does not start.

A delay-imported function after the floor is a failure too: the program starts, and stops at its first call.

--load-time-dlls DLL,... fails any file whose load-time import table names another DLL (the KnownDLLs the shipped
programs may import before main(); everything else must be delay-loaded).

--load-time FILE... checks only what the loader maps before main() of those programs: the programs themselves and,
transitively, the DLLs beside them that they import (Qt plugins and what only they import are left out). With
--floor 9600 that proves the program reaches main() on Windows 8.1 / Server 2012 R2 and can say itself which Windows
it needs.

Exit codes: 0 nothing imported after the floor, 1 something is, 2 bad input (no PE file, objdump failed, bad data).
"""
import argparse
import csv
import os
import re
import struct
import subprocess
import sys

PE_SUFFIXES = (".exe", ".com", ".dll")
HERE = os.path.dirname(os.path.abspath(__file__))


def load_data(path):
    """function name -> row (dict) from the tab-separated data file; '#' lines are comments."""
    functions = {}
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    required = {"function", "dll", "build", "version", "source"}
    if not reader.fieldnames or not required <= set(reader.fieldnames):
        raise ValueError(f"{path}: header must name {sorted(required)}, has {reader.fieldnames}")
    for number, row in enumerate(reader, start=2):
        name = row["function"].strip()
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"{path}: row {number}: bad function name {name!r}")
        if name in functions:
            raise ValueError(f"{path}: row {number}: {name} listed twice")
        if not row["build"].strip().isdigit():
            raise ValueError(f"{path}: row {number}: {name}: build {row['build']!r} is not a number")
        if not row["source"].startswith("https://"):
            raise ValueError(f"{path}: row {number}: {name}: source must be a URL")
        row["build"] = int(row["build"])
        functions[name] = row
    return functions


def imports_of(objdump, path):
    """[(dll, function)] from the PE file's import tables (ordinal-only imports are left out: they have no name)."""
    result = subprocess.run([objdump, "-p", path], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{objdump} -p {path} failed: {result.stderr.strip()}")
    imports = []
    dll = None
    in_table = False
    for line in result.stdout.splitlines():
        match = re.match(r"^\s*DLL Name: (\S+)", line)
        if match:
            dll = match.group(1)
            in_table = False
            continue
        if dll and re.match(r"^\s*vma:\s+Hint/Ord\s+Member-Name", line):
            in_table = True
            continue
        if in_table:
            # "\t0001a2b8\t  123  SetProcessDpiAwarenessContext" (hint, then the name)
            match = re.match(r"^\s*[0-9a-fA-F]+\s+\d+\s+([A-Za-z_?@$][\w?@$]*)\s*$", line)
            if match:
                imports.append((dll, match.group(1)))
            elif not line.strip():
                in_table = False
                dll = None
    return imports, result.stdout


def delay_imports_of(path):
    """[(dll, function)] from the PE file's delay-import descriptors (ordinal-only imports left out).

    GNU ld does not fill in the delay-import data directory (objdump shows none), so the descriptors are found as what
    they are: 32-byte ImgDelayDescr records (attributes 1: RVAs) whose DLL name, module handle, address table and name
    table all lie inside the image, the name a *.dll, each name-table entry a hint/name record."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:2] != b"MZ":
        raise RuntimeError(f"{path}: not a PE file")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise RuntimeError(f"{path}: not a PE file")
    sections_count, optional_size = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
    sections = []
    for i in range(sections_count):
        base = pe + 24 + optional_size + 40 * i
        vsize, vaddr, rawsize, rawptr = struct.unpack_from("<IIII", data, base + 8)
        sections.append((vaddr, max(vsize, rawsize), rawptr, rawsize))

    def offset(rva):
        for vaddr, size, rawptr, rawsize in sections:
            if vaddr <= rva < vaddr + size and rva - vaddr < rawsize:
                return rawptr + rva - vaddr
        return None

    def cstring(rva, limit=256):
        start = offset(rva)
        if start is None:
            return None
        end = data.find(b"\0", start, start + limit)
        return data[start:end].decode("ascii", "replace") if end > start else None

    found = []
    for vaddr, size, rawptr, rawsize in sections:
        for match in re.finditer(rb"\x01\x00\x00\x00", data[rawptr:rawptr + rawsize]):
            at = rawptr + match.start()
            if match.start() % 4 or at + 32 > len(data):
                continue
            _, name_rva, hmod_rva, iat_rva, int_rva = struct.unpack_from("<IIIII", data, at)
            if not all(offset(r) is not None for r in (name_rva, hmod_rva, iat_rva, int_rva)):
                continue
            dll = cstring(name_rva, 512)
            if not dll or ".dll" not in dll.lower():
                continue
            # Past this point it is a descriptor: one that cannot be read is an error, never skipped (a delay
            # library naming several DLLs at once once slipped through that way).
            where = f"{path}: delay-import descriptor at file offset {at:#x}"
            if not re.fullmatch(r"[A-Za-z0-9_.-]+\.dll", dll, re.I):
                raise RuntimeError(f"{where}: malformed DLL name {dll!r}")
            functions, entries, entry = [], 0, offset(int_rva)
            while entry is not None and entry + 8 <= len(data):
                value = struct.unpack_from("<Q", data, entry)[0]
                if value == 0:
                    break
                entries += 1
                if not value >> 63:  # by name: the RVA of a hint (2 bytes) and the name
                    name = cstring(value + 2) if value < 1 << 32 else None
                    if not name or not re.fullmatch(r"[A-Za-z_?@$][\w?@$]*", name):
                        raise RuntimeError(f"{where} ({dll}): unreadable name-table entry {value:#x}")
                    functions.append(name)
                entry += 8
            if not entries:
                raise RuntimeError(f"{where} ({dll}): an empty name table")
            found += [(dll, f) for f in functions]
    return found


def imported_dlls(objdump_text):
    return [m.group(1) for m in re.finditer(r"^\s*DLL Name: (\S+)", objdump_text, re.M)]


def pe_files_under(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, names in os.walk(path):
                files += [os.path.join(folder, n) for n in names if n.lower().endswith(PE_SUFFIXES)]
        else:
            files.append(path)
    return sorted(files)


def load_time_closure(objdump, programs):
    """The programs and every DLL beside them they import, transitively (what the loader maps before main())."""
    seen, pending = {}, list(programs)
    while pending:
        path = pending.pop()
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            continue
        seen[key] = path
        _, text = imports_of(objdump, path)
        folder = os.path.dirname(path)
        local = {name.lower(): name for name in os.listdir(folder or ".")}
        for dll in imported_dlls(text):
            if dll.lower() in local:
                pending.append(os.path.join(folder, local[dll.lower()]))
    return sorted(seen.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="PE files or folders to search for .exe/.com/.dll")
    parser.add_argument("--floor", type=int, default=14393, help="the oldest Windows build supported (default 14393)")
    parser.add_argument("--data", default=os.path.join(HERE, "windows10-functions.tsv"))
    parser.add_argument("--objdump", default="x86_64-w64-mingw32-objdump")
    parser.add_argument("--load-time", action="store_true",
                        help="the paths are programs: check them and the DLLs beside them they load before main()")
    parser.add_argument("--expect", action="append", default=[],
                        help="a file (relative to the first folder given) that must be among those checked")
    parser.add_argument("--load-time-dlls", type=lambda v: {d.strip().lower() for d in v.split(",") if d.strip()},
                        help="comma-separated: the only DLLs a file may import at load time")
    parser.add_argument("--verbose", action="store_true", help="also list the allowed Windows 10 imports")
    args = parser.parse_args()

    try:
        data = load_data(args.data)
        files = load_time_closure(args.objdump, args.paths) if args.load_time else pe_files_under(args.paths)
    except (OSError, ValueError, RuntimeError) as error:
        print(f"check-import-floor: {error}", file=sys.stderr)
        return 2
    if not files:
        print(f"check-import-floor: no .exe, .com or .dll in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    base = args.paths[0] if os.path.isdir(args.paths[0]) else os.path.dirname(args.paths[0])
    shown = {os.path.relpath(f, base).replace(os.sep, "/"): f for f in files}
    missing = [e for e in args.expect if e not in shown]
    if missing:
        print(f"check-import-floor: expected but not found: {', '.join(missing)}", file=sys.stderr)
        return 2

    failures, load_time_failures, total_imports = 0, 0, 0
    for name, path in shown.items():
        try:
            imports, text = imports_of(args.objdump, path)
            delayed = delay_imports_of(path)
        except (OSError, RuntimeError) as error:
            print(f"check-import-floor: {error}", file=sys.stderr)
            return 2
        others = []
        if args.load_time_dlls is not None:
            others = [d for d in imported_dlls(text) if d.lower() not in args.load_time_dlls]
            for dll in others:
                load_time_failures += 1
                print(f"FAIL {name}: imports {dll} at load time, which is not among {', '.join(sorted(args.load_time_dlls))}: "
                      f"it would be looked for beside the program first")
        if args.load_time:
            delayed = []  # loaded on first use, after main() has checked the Windows version
        imports = imports + [(d + " (delay-loaded)", f) for d, f in delayed]
        total_imports += len(imports)
        later = [(d, f, data[f]) for d, f in imports if f in data and data[f]["build"] > args.floor]
        allowed = [(d, f, data[f]) for d, f in imports if f in data and data[f]["build"] <= args.floor]
        for dll, function, row in later:
            failures += 1
            print(f"FAIL {name}: {dll}!{function} is Windows {row['version']} (build {row['build']}), "
                  f"after the floor {args.floor}; {row['source']}")
        if args.verbose:
            for dll, function, row in allowed:
                print(f"  ok {name}: {dll}!{function} (build {row['build']})")
        print(f"{'FAIL' if later or others else 'ok  '} {name}: {len(imports)} imports ({len(delayed)} delay-loaded, "
              f"from {len({d.lower() for d, _ in delayed})} DLLs), "
              f"{len(allowed)} Windows 10 functions within the floor, {len(later)} after it")
    print(f"check-import-floor: {len(shown)} files, {total_imports} imports, {failures} after build {args.floor} "
          f"({len(data)} functions known)"
          + (f", {load_time_failures} load-time imports of other DLLs" if args.load_time_dlls is not None else ""))
    return 1 if failures or load_time_failures else 0


if __name__ == "__main__":
    sys.exit(main())
