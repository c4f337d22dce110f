#!/usr/bin/env bash
# Authenticode with an organisation's certificate (scripts/sign-windows.sh): a throwaway CA and code-signing certificate
# made here with openssl sign copies of the shipped exe, console twin and MSI; osslsigncode verifies
# every signature against that CA and names the signer; one flipped byte in a signed program breaks its signature; the
# password never shows in what the script prints, not even when it is wrong; without a certificate nothing is signed.
# Usage: sign-verify.sh SOURCE_DIR DEPLOY_DIR MSI
set -euo pipefail
source "$(dirname "$0")/throwaway-signer.sh"
source_dir=$1 deploy=$2 msi=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
sign="$source_dir/scripts/sign-windows.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

make_throwaway_signer

files=(MarsSetupDoctor.exe MarsSetupDoctor.com)
for file in "${files[@]}"; do cp "$deploy/$file" .; done
cp "$msi" setup.msi
files+=(setup.msi)

# Unsigned builds still work: no certificate, nothing changes.
before=$(sha256sum "${files[@]}")
env -u MARS_SIGN_PFX "$sign" "${files[@]}" >unsigned.out
[ "$(sha256sum "${files[@]}")" = "$before" ] || fail "without MARS_SIGN_PFX the files changed"
grep -q "unsigned" unsigned.out || fail "without a certificate the script does not say the files stay unsigned"

# A wrong password fails, and the script's output does not echo it.
set +e
MARS_SIGN_PFX=signer.pfx MARS_SIGN_PASSWORD="wrong-$password" "$sign" MarsSetupDoctor.com >wrong.out 2>&1
code=$?
set -e
[ "$code" -ne 0 ] || fail "signing with a wrong password succeeded"
! grep -qF "$password" wrong.out || fail "the wrong password shows in the output"
[ "$(sha256sum MarsSetupDoctor.com)" = "$(grep ' MarsSetupDoctor.com$' <<<"$before")" ] || fail "a failed signing changed the file"

MARS_SIGN_PFX=signer.pfx MARS_SIGN_PASSWORD=$password "$sign" "${files[@]}" >signed.out 2>&1 || fail "signing failed: $(cat signed.out)"
! grep -qF "$password" signed.out || fail "the password shows in the output"
for file in "${files[@]}"; do
  osslsigncode verify -CAfile ca.pem -in "$file" >"$file.verify" 2>&1 || fail "$file: verification failed: $(tail -5 "$file.verify")"
  grep -q "Contoso Helpdesk Code Signing" "$file.verify" || fail "$file: the signer is not named: $(cat "$file.verify")"
  grep -qi "Signature verification: ok" "$file.verify" || fail "$file: $(cat "$file.verify")"
done
echo "signed and verified: ${files[*]} (signer: Contoso Helpdesk Code Signing)"

# One byte flipped in the signed program's code: the signature no longer matches.
for file in MarsSetupDoctor.exe MarsSetupDoctor.com; do
  cp "$file" "tampered-$file"
  python3 - "tampered-$file" <<'PY'
import struct, sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
pe = struct.unpack_from("<I", data, 0x3C)[0]
sections = struct.unpack_from("<H", data, pe + 6)[0]
optional = struct.unpack_from("<H", data, pe + 20)[0]
table = pe + 24 + optional
for index in range(sections):
    entry = table + 40 * index
    if data[entry:entry + 8].rstrip(b"\0") == b".text":
        raw_size, raw_offset = struct.unpack_from("<II", data, entry + 16)
        data[raw_offset + raw_size // 2] ^= 0x01
        break
else:
    sys.exit("no .text section")
open(path, "wb").write(data)
PY
  if osslsigncode verify -CAfile ca.pem -in "tampered-$file" >tampered.verify 2>&1; then
    fail "$file with one byte flipped still verifies: $(cat tampered.verify)"
  fi
  grep -q "MISMATCH" tampered.verify || fail "$file tampered: not a digest mismatch: $(cat tampered.verify)"
  echo "tampered $file: $(grep -m1 "Calculated message digest" tampered.verify | tr -s " ")"
done
