#!/usr/bin/env bash
# Installs the built .deb into a clean Debian 12 root (debootstrap, minbase) with `apt-get install ./…deb`
# and checks it there: `lever-console --version`, `lever-console --demo` under Xvfb with the packaged
# sandbox (the window shows, the sandbox child answers, the board fills), and the menu entry and icon.
#
#   scripts/check-deb.sh [ROOT]        default ROOT: /var/tmp/lever-deb-root (kept: later runs reuse it)
#
# Needs root (debootstrap, chroot) and Debian's mirror. Not part of CI (a debootstrap takes minutes);
# the closing note of a change to packaging reports its output.
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir="${1:-/var/tmp/lever-deb-root}"
[ "$(id -u)" -eq 0 ] || { echo "check-deb: run as root (debootstrap and chroot)"; exit 1; }
for p in debootstrap; do
  dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q 'install ok installed' ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" > /dev/null
done

# The package, from the current build.
cmake --build build --target package -j2 > /tmp/check-deb-package.log 2>&1 ||
  { tail -20 /tmp/check-deb-package.log; exit 1; }
deb=$(ls -t build/lever-console_*.deb | head -1)
echo "check-deb: package $deb ($(du -h "$deb" | cut -f1))"

# A clean Debian 12 root, made once.
if [ ! -x "$root_dir/usr/bin/apt-get" ]; then
  echo "check-deb: debootstrap bookworm into $root_dir"
  debootstrap --variant=minbase bookworm "$root_dir" http://deb.debian.org/debian > /tmp/check-deb-debootstrap.log 2>&1 ||
    { tail -20 /tmp/check-deb-debootstrap.log; exit 1; }
fi
mounts=(proc sys dev dev/pts)
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "$root_dir/${mounts[$i]}" 2> /dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root_dir/proc"
mount --rbind /sys "$root_dir/sys"
mount --rbind /dev "$root_dir/dev"
mount -t devpts devpts "$root_dir/dev/pts" 2> /dev/null || true
cp /etc/resolv.conf "$root_dir/etc/resolv.conf"
cp "$deb" "$root_dir/tmp/lever-console.deb"

in_root() { chroot "$root_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "check-deb: apt-get install ./lever-console.deb"
in_root apt-get update -qq
# The package alone (its Depends pull Qt); the test tools separately, so a missing dependency shows.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/lever-console.deb > /tmp/check-deb-install.log 2>&1 ||
  { tail -30 /tmp/check-deb-install.log; exit 1; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth dbus dbus-x11 procps > /dev/null 2>&1

failed=0
check() { # description, command...
  local what="$1"; shift
  if "$@"; then echo "check-deb: ok   $what"; else echo "check-deb: FAIL $what"; failed=1; fi
}
check "lever-console --version" in_root lever-console --version
check "lever-sandbox --help" in_root sh -c 'lever-sandbox --help > /dev/null'
check "menu entry" in_root test -f /usr/share/applications/io.github.leverconsole.LeverConsole.desktop
check "menu entry runs lever-console" in_root grep -q '^Exec=lever-console' /usr/share/applications/io.github.leverconsole.LeverConsole.desktop
check "icon" in_root test -f /usr/share/icons/hicolor/scalable/apps/io.github.leverconsole.LeverConsole.svg
check "AppStream metadata" in_root test -f /usr/share/metainfo/io.github.leverconsole.LeverConsole.metainfo.xml
check "translations" in_root sh -c 'ls /usr/share/lever-console/translations/lever-console_de.qm > /dev/null'

# The demo from the package: the console starts the packaged lever-sandbox and shows its window.
cat > "$root_dir/tmp/demo-check.sh" <<'DEMO'
#!/bin/sh
export HOME=/tmp/demo-home QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"
Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
sleep 1
export DISPLAY=:77
dbus-run-session -- lever-console --demo > /tmp/demo.log 2>&1 &
sleep 25
status=0
pgrep -x lever-sandbox > /dev/null || { echo "no lever-sandbox child"; status=1; }
pgrep -x lever-console > /dev/null || { echo "lever-console is not running"; status=1; }
grep -q "active opportunities loaded" /tmp/demo.log || { echo "the board did not load"; tail -5 /tmp/demo.log; status=1; }
pkill -x lever-console; sleep 1; pkill Xvfb
exit $status
DEMO
chmod +x "$root_dir/tmp/demo-check.sh"
check "lever-console --demo under Xvfb with the packaged sandbox" in_root /tmp/demo-check.sh

[ $failed -eq 0 ] && echo "check-deb: all checks passed" || echo "check-deb: some checks failed"
exit $failed
