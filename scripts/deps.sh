#!/usr/bin/env bash
# Installs what building, running and testing MARS Setup Doctor needs on Debian 12.
# Idempotent: packages already present are not fetched again, so the README commands stay fast on a second run.
set -euo pipefail

packages=(
  # native build
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-private-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libspdlog-dev catch2
  # headless GUI tests and screenshots (CJK fonts so zh_CN screenshots have no tofu)
  xvfb xauth xdotool x11-utils imagemagick fonts-noto-cjk fonts-dejavu-core
  # the Win32 layer and the Windows program: mingw-w64 cross compilers, Wine to run them, wixl/msiinfo for the MSI
  mingw-w64 wine wine64 msitools wixl zip dpkg-dev patch
  # Authenticode signatures for the exe, the console twin and the MSI (scripts/sign-windows.sh), and their test
  osslsigncode
  # test servers: openssl s_server plays a TLS endpoint; the report's JSON is validated against its schema
  openssl python3-jsonschema
  # the real proxy the endpoint tests go through: Debian's squid with ssl-bump (squid-openssl replaces squid)
  squid-openssl
  # the DNS server the private-endpoint test answers the OS resolver from (no service: dnsmasq-base is the binary alone)
  dnsmasq-base
  # the loopback Entra ID token endpoint of the sign-in tests verifies RS256 assertions with it
  python3-cryptography
  # the vault file's certificate (POSIX layer) and the tests that make vault files: OpenSSL's headers
  libssl-dev
  # the suites run in a network namespace with loopback only (unshare from util-linux, ip from iproute2)
  iproute2 util-linux
  # fuzzing and sanitizers: clang with libFuzzer
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
