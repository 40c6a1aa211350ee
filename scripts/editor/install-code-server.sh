#!/usr/bin/env bash
# Installs code-server (a real VS Code with a Node extension host) and Debian's chromium for the editor
# tests, once: the result is cached under .vscode-test/ (git-ignored), so later runs pay nothing.
# Why this way: see docs/editor-testing.md (no VS Code download is reachable from here).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VERSION="4.100.3"
DIR="${VANBAN_CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server-$VERSION}"
BIN="$DIR/node_modules/.bin/code-server"

# Debian packages: chromium drives the workbench; ripgrep and libkrb5-dev are code-server's install needs.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
command -v unzip >/dev/null || missing+=(unzip) # the UI test lists the .vsix
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install as root: apt-get install -y ${missing[*]}" >&2; exit 1; fi
  echo "== apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -x "$BIN" ] && [ -f "$DIR/.installed" ]; then
  echo "== code-server $VERSION cached in $DIR"
  exit 0
fi

echo "== installing code-server $VERSION into $DIR (first run only, a few minutes)"
rm -rf "$DIR"
mkdir -p "$DIR/tmp"
# @vscode/ripgrep's postinstall downloads rg from GitHub; it finds this tarball in its cache instead.
RG_CACHE="$DIR/tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
cat > "$DIR/package.json" <<JSON
{ "name": "vanban-code-server", "private": true, "description": "code-server for vanban's editor tests" }
JSON
cd "$DIR"
# unsafe_perm: we run as root; yes: node-pty's build runs npx node-gyp; all scripts: code-server's
# postinstall installs VS Code's own native modules with nested npm runs, which inherit these variables.
TMPDIR="$DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
  npm install --no-audit --no-fund --no-save --foreground-scripts "code-server@$VERSION"
XDG_CONFIG_HOME="$DIR/tmp" XDG_DATA_HOME="$DIR/tmp" "$BIN" --version
touch "$DIR/.installed"
