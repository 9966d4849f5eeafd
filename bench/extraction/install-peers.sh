#!/bin/sh
# Installs the peer extractors that bench-extract compares against:
#  - Mozilla Readability.js 0.6.0 with jsdom 27, into bench/extraction/node_modules (npm, Node 20)
#  - readability-lxml (Debian package python3-readability), run with /usr/bin/python3
# Safe to run again; it only installs what is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if [ ! -d node_modules/@mozilla/readability ] || [ ! -d node_modules/jsdom ]; then
  npm install --no-audit --no-fund --silent
fi
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q python3-readability
  else
    sudo apt-get install -y -q python3-readability
  fi
fi
echo "peers installed: readability.js $(node -p 'require("./node_modules/@mozilla/readability/package.json").version'), jsdom $(node -p 'require("./node_modules/jsdom/package.json").version'), readability-lxml $(/usr/bin/python3 -c 'import readability,sys; print(getattr(readability, "__version__", "debian"))')"
