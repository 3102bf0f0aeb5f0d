#!/usr/bin/env bash
# What the WordPress plugin's tests (test/wordpress/) need, on a Debian machine, as root: installs Debian's
# WordPress, its Twenty Twenty-Three theme, PHP (cli, mysql, mbstring, xml, zip) and MariaDB where missing, starts
# MariaDB unless it runs, and waits until `mysql -uroot` answers. Each test site makes its own database. Safe to run again.
#   scripts/test-mariadb.sh && npm run test:wordpress
set -euo pipefail

PACKAGES=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-mbstring php-xml php-zip mariadb-server)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! mysqladmin -uroot ping >/dev/null 2>&1; then
  # No systemd in CI containers: mysqld_safe as root, in the background, with Debian's configuration.
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  (cd / && setsid mysqld_safe --user=mysql >/dev/null 2>&1 &)
fi
for _ in $(seq 1 60); do
  if mysql -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    echo "MariaDB answers: $(mysql -uroot -N -e 'SELECT VERSION()')" >&2
    exit 0
  fi
  sleep 1
done
echo "MariaDB did not answer \`mysql -uroot\` within 60 s" >&2
exit 1
