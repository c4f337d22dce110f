#!/usr/bin/env bash
# Signs Windows files in place with Authenticode (Debian's osslsigncode), with the organisation's certificate:
#   MARS_SIGN_PFX            the PKCS#12 file (certificate, its chain and the private key)
#   MARS_SIGN_PASSWORD       its password; read by osslsigncode from stdin, so it is in no command line and no log
#   MARS_SIGN_TIMESTAMP_URL  optional RFC 3161 time-stamping server: the signature then stays valid after the
#                            certificate expires
# Usage: sign-windows.sh FILE...  (an .exe, .com, .dll or .msi). Without MARS_SIGN_PFX it signs nothing and says so.
set -euo pipefail
if [ -z "${MARS_SIGN_PFX:-}" ]; then
  echo "sign-windows: MARS_SIGN_PFX not set; the files stay unsigned"
  exit 0
fi
[ -f "$MARS_SIGN_PFX" ] || { echo "sign-windows: MARS_SIGN_PFX names no file: $MARS_SIGN_PFX" >&2; exit 1; }
[ -n "${MARS_SIGN_PASSWORD+set}" ] || { echo "sign-windows: MARS_SIGN_PASSWORD not set" >&2; exit 1; }
command -v osslsigncode >/dev/null || { echo "sign-windows: osslsigncode missing (scripts/deps.sh installs it)" >&2; exit 1; }

timestamp=()
[ -z "${MARS_SIGN_TIMESTAMP_URL:-}" ] || timestamp=(-ts "$MARS_SIGN_TIMESTAMP_URL")
for file in "$@"; do
  signed="$file.signing"
  rm -f "$signed"
  # SHA-256 digests; the program's name and home page go into the signature, which the UAC prompt shows.
  if ! printf '%s' "$MARS_SIGN_PASSWORD" | osslsigncode sign -pkcs12 "$MARS_SIGN_PFX" -readpass - -h sha256 \
         -n "MARS Setup Doctor" -i "https://example.invalid/mars-setup-doctor" "${timestamp[@]}" \
         -in "$file" -out "$signed" >"$signed.log" 2>&1; then
    # osslsigncode never echoes the password; its messages say why (wrong password, bad file, timestamp server).
    echo "sign-windows: signing $(basename "$file") failed:" >&2
    cat "$signed.log" >&2
    rm -f "$signed" "$signed.log"
    exit 1
  fi
  rm -f "$signed.log"
  mv -f "$signed" "$file"
  echo "sign-windows: signed $(basename "$file")"
done
