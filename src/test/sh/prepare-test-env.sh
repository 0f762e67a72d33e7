#!/usr/bin/env bash
# Run by `mvn verify` before the tests (phase process-test-classes): makes sure what the tests
# need is here. On Debian as root it installs what is missing; anywhere else it stops at once and
# names what is missing.
set -u
missing=()
can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
apt_install() {
  echo "prepare-test-env: installing $* with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/tmp/plandesk-apt.log 2>&1 \
    || { echo "prepare-test-env: apt-get install $* failed, see /tmp/plandesk-apt.log"; return 1; }
}

# Browser tests: Debian's Chromium and ChromeDriver (no browser download at run time).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if can_install; then apt_install chromium chromium-driver; fi
  command -v chromium >/dev/null && command -v chromedriver >/dev/null || missing+=("chromium and chromium-driver (apt-get install chromium chromium-driver)")
fi

# Documents: LibreOffice renders DOCX to PDF and counts pages.
if ! command -v soffice >/dev/null; then
  if can_install; then apt_install libreoffice-writer-nogui fonts-dejavu; fi
  command -v soffice >/dev/null || missing+=("LibreOffice (apt-get install libreoffice-writer-nogui)")
fi

# PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth): started when it is down.
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    for v in $(ls /etc/postgresql); do pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1; done
    for _ in 1 2 3 4 5 6 7 8 9 10; do pg_up && break; sleep 1; done
  fi
  pg_up || missing+=("PostgreSQL on 127.0.0.1:5432 with user postgres (trust auth)")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "prepare-test-env: the tests need what is missing here:"
  printf '  - %s\n' "${missing[@]}"
  exit 1
fi
echo "prepare-test-env: Chromium, ChromeDriver, LibreOffice and PostgreSQL are ready"
