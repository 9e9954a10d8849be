#!/usr/bin/env bash
# Debian packages the tests need: LibreOffice Calc (the real client the templates and the report are
# opened in), dovecot (a real IMAP server for `collect`), poppler-utils (PDF page counts) and a CJK
# font (so printed pages measure as they would on an office PC), openssl for test certificates,
# PostgreSQL (the tests start a throwaway cluster with its initdb and pg_ctl, on 127.0.0.1 only:
# tests/_postgres.py; the package's own cluster is not used). Installs only what is missing.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || need+=(fonts-wqy-zenhei)
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the tests: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
