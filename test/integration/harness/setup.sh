#!/usr/bin/env bash
# Idempotent setup of the integration-test harness on a Debian machine.
#
#   bash test/integration/harness/setup.sh
#
# 1. Installs the Debian packages the harness needs when any is missing
#    (chromium, libkrb5-dev, ripgrep, and a C++ toolchain for node-gyp).
#    Needs root only when something has to be installed.
# 2. Runs `npm ci` in this folder when node_modules is missing or stale,
#    i.e. when the stamp stored in node_modules does not match the hash of
#    package-lock.json, the Node.js version and this script's install recipe.
#
# A second run on a set-up machine is a fast no-op. Any failure stops the
# script with a message starting with "setup.sh: ERROR".
set -euo pipefail

HARNESS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="$HARNESS_DIR/.cache"
STAMP_FILE="$HARNESS_DIR/node_modules/.boomerang-harness-stamp"
APT_PACKAGES=(chromium libkrb5-dev ripgrep)
# Needed by node-gyp to build code-server's native modules (node-pty,
# kerberos, spdlog, argon2, ...). Present on the project's machines, but
# installed here when missing so a bare Debian machine works too.
BUILD_PACKAGES=(g++ make python3)

# @vscode/ripgrep, a dependency of the VS Code bundled in code-server, downloads
# its rg binary from GitHub in its postinstall, which cannot work offline.
# Its lib/download.js first looks for a cached asset at
#   <os.tmpdir()>/vscode-ripgrep-cache-<package version>/ripgrep-<release>-<target>.tar.gz
# and untars it (it must hold a top-level `rg`). We pre-fill that cache with
# Debian's /usr/bin/rg. These two values come from code-server 4.100.3
# (lib/vscode/npm-shrinkwrap.json pins @vscode/ripgrep 1.15.11, whose
# lib/postinstall.js uses release v13.0.0-10); update them with code-server.
RG_PACKAGE_VERSION="1.15.11"
RG_RELEASE="v13.0.0-10"
# Bump when the install recipe below changes, to force a reinstall.
RECIPE_VERSION="1"

log() { echo "setup.sh: $*"; }
die() {
  echo "setup.sh: ERROR: $*" >&2
  exit 1
}
trap 'echo "setup.sh: ERROR: command failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

started_at=$(date +%s)

# --- Node.js -----------------------------------------------------------------
command -v node >/dev/null || die "node is not installed (Node.js 20 is required)"
command -v npm >/dev/null || die "npm is not installed"
node_version="$(node -v)"
# code-server 4.100.x refuses to install on anything but Node.js 20.
[[ "$node_version" == v20.* ]] || die "Node.js 20 is required by code-server 4.100.3, found $node_version"

# --- Debian packages ---------------------------------------------------------
is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done
for pkg in "${BUILD_PACKAGES[@]}"; do
  command -v "$pkg" >/dev/null || missing+=("$pkg")
done

if ((${#missing[@]})); then
  [[ "$(id -u)" == 0 ]] || die "missing Debian packages (${missing[*]}); run this script as root to install them"
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || die "apt-get update failed"
  mkdir -p "$CACHE_DIR"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$CACHE_DIR/apt.log" 2>&1 || {
    tail -n 40 "$CACHE_DIR/apt.log" >&2
    die "apt-get install ${missing[*]} failed (full log: $CACHE_DIR/apt.log)"
  }
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi

[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing after installing the chromium package"
[[ -x /usr/bin/rg ]] || die "/usr/bin/rg is missing after installing the ripgrep package"

# --- npm dependencies --------------------------------------------------------
[[ -f "$HARNESS_DIR/package-lock.json" ]] || die "$HARNESS_DIR/package-lock.json is missing"
wanted_stamp="$(
  {
    sha256sum "$HARNESS_DIR/package-lock.json" | cut -d' ' -f1
    echo "node=$node_version recipe=$RECIPE_VERSION arch=$(uname -m)"
  } | sha256sum | cut -d' ' -f1
)"

# Files that must exist after a good install (also checked on the fast path,
# so a half-deleted node_modules is repaired).
CS_VSCODE="$HARNESS_DIR/node_modules/code-server/lib/vscode"
required_files=(
  "$HARNESS_DIR/node_modules/.bin/code-server"
  "$CS_VSCODE/out/server-main.js"
  "$CS_VSCODE/node_modules/@vscode/ripgrep/bin/rg"
  "$CS_VSCODE/node_modules/node-pty/build/Release/pty.node"
  "$HARNESS_DIR/node_modules/playwright-core/package.json"
  "$HARNESS_DIR/node_modules/mocha/package.json"
)
all_present() {
  local f
  for f in "${required_files[@]}"; do [[ -e "$f" ]] || return 1; done
}

if [[ -f "$STAMP_FILE" && "$(cat "$STAMP_FILE")" == "$wanted_stamp" ]] && all_present; then
  log "node_modules is up to date with package-lock.json, nothing to do"
  exit 0
fi

case "$(uname -m)" in
  x86_64) rg_target="x86_64-unknown-linux-musl" ;;
  aarch64) rg_target="aarch64-unknown-linux-musl" ;;
  *) die "unsupported architecture $(uname -m) for the @vscode/ripgrep cache trick" ;;
esac

# npm (and so @vscode/ripgrep's postinstall, via os.tmpdir()) uses this TMPDIR.
install_tmp="$CACHE_DIR/tmp"
rg_cache="$install_tmp/vscode-ripgrep-cache-$RG_PACKAGE_VERSION"
rg_asset="$rg_cache/ripgrep-$RG_RELEASE-$rg_target.tar.gz"
rm -rf "$install_tmp"
mkdir -p "$rg_cache"
rg_stage="$(mktemp -d)"
cp /usr/bin/rg "$rg_stage/rg"
tar -czf "$rg_asset" -C "$rg_stage" rg
rm -rf "$rg_stage"
log "pre-filled @vscode/ripgrep download cache: $rg_asset"

npm_log="$CACHE_DIR/npm-ci.log"
log "running npm ci in $HARNESS_DIR (several minutes; log: $npm_log)"
npm_started_at=$(date +%s)
# - npm_config_unsafe_perm: code-server's postinstall.sh refuses to run as root without it.
# - npm_config_yes: node-pty's build runs `npx node-gyp`, which must not prompt.
# - JOBS: node-gyp builds with all cores.
# - NODE_ENV / omit settings are cleared so mocha (a devDependency) is installed;
#   code-server's own nested installs pass --omit=dev themselves.
if ! (
  cd "$HARNESS_DIR" &&
    env -u NODE_ENV -u npm_config_omit -u npm_config_production \
      TMPDIR="$install_tmp" \
      npm_config_unsafe_perm=true \
      npm_config_yes=true \
      npm_config_audit=false \
      npm_config_fund=false \
      JOBS=max \
      npm ci --foreground-scripts
) >"$npm_log" 2>&1; then
  echo "----- last 60 lines of $npm_log -----" >&2
  tail -n 60 "$npm_log" >&2
  echo "-------------------------------------" >&2
  die "npm ci failed in $HARNESS_DIR. If @vscode/ripgrep's download failed, check that RG_PACKAGE_VERSION/RG_RELEASE in setup.sh match the @vscode/ripgrep version pinned by code-server."
fi

for f in "${required_files[@]}"; do
  [[ -e "$f" ]] || die "npm ci succeeded but $f is missing (see $npm_log)"
done
"$CS_VSCODE/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null ||
  die "the rg binary installed for VS Code does not run"
installed_rg="$(node -p "require('$CS_VSCODE/node_modules/@vscode/ripgrep/package.json').version")"
[[ "$installed_rg" == "$RG_PACKAGE_VERSION" ]] ||
  die "code-server now pins @vscode/ripgrep $installed_rg; update RG_PACKAGE_VERSION/RG_RELEASE in setup.sh"

echo "$wanted_stamp" >"$STAMP_FILE"
rm -rf "$install_tmp"
log "npm ci done in $(($(date +%s) - npm_started_at)) s"
log "setup finished in $(($(date +%s) - started_at)) s"
