#!/usr/bin/env bash
# The Debian packages end to end, as a city hall gets them: scripts/package builds them (and runs
# lintian); apt-get installs the three .deb files; the installed desktop entry and AppStream file
# validate; the installed jpki-counter-cli answers --version and lays out a PDF through its
# installed print helper; the installed window, offscreen, shows the installed virtual card read
# through the machine's pcscd and vpcd configuration (in private mount and network namespaces,
# so that nothing else sees that reader); apt-get purge removes them and nothing of them is left
# but the user's data. The machine's package set is the same afterwards, even when a step fails.
#
# Usage: package_test.sh --version VERSION --work DIR
# Needs root (apt-get, namespaces): exits 77 (skipped) without it, 1 under CI=true.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
version='' work=''
while (($#)); do
    case $1 in
    --version) version=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "package test: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [ -z "$version" ] || [ -z "$work" ]; then
    echo "package test: --version and --work are needed" >&2
    exit 2
fi

packages=(jpki-counter jpki-counter-cli jpki-card-sim)
fail() {
    echo "package test: FAIL: $*" >&2
    exit 1
}
step() { echo "package test: $*"; }

if [ "$(id -u)" -ne 0 ]; then
    reason="needs root: it installs and purges the packages with apt-get"
    [ "${CI:-}" = true ] && fail "$reason (under CI a test that cannot run fails)"
    echo "package test: skipped: $reason"
    exit 77
fi

# The state dpkg keeps for a package: empty or "un"/"pn" when it is gone entirely.
package_state() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | tr -d ' ' || true; }
present() { case $(package_state "$1") in '' | un | pn) return 1 ;; esac; }
installed_set() { dpkg-query -W -f='${db:Status-Abbrev} ${binary:Package}\n' | awk '$1 != "un" && $1 != "pn" {print $2}' | sort; }

started=$(date +%s)
step "building the packages (scripts/package)"
"$root/scripts/package" --dist "$work/dist" --work "$work"
built=$(date +%s)

# One installation test at a time on this machine (other trees' suites run it too), and apt
# waits for a dpkg busy elsewhere rather than failing.
exec 9>/run/lock/jpki-counter-package-test.lock
flock 9
apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=600)
# An installation already on this machine is someone's: the test would purge it.
for package in "${packages[@]}"; do
    present "$package" && fail "$package is already installed here; purge it first (apt-get purge ${packages[*]})"
done

scratch=$(mktemp -d)
installed_set >"$scratch/before"
# Whatever happens below: our packages purged, and whatever apt installed with them.
cleanup() {
    local status=$? leftover=()
    for package in "${packages[@]}"; do
        present "$package" && leftover+=("$package")
    done
    if ((${#leftover[@]})); then
        "${apt[@]}" purge "${leftover[@]}" >/dev/null || status=1
    fi
    mapfile -t added < <(comm -13 "$scratch/before" <(installed_set))
    if ((${#added[@]})); then
        echo "package test: purging what the installation brought in: ${added[*]}" >&2
        "${apt[@]}" purge "${added[@]}" >/dev/null || status=1
    fi
    rm -rf "$scratch"
    exit "$status"
}
trap cleanup EXIT

arch=$(dpkg --print-architecture)
debs=()
for package in "${packages[@]}"; do
    debs+=("$work/dist/${package}_${version}_${arch}.deb")
    [ -f "${debs[-1]}" ] || fail "${debs[-1]} was not built"
done
step "installing ${debs[*]##*/}"
"${apt[@]}" install "${debs[@]}"
for package in "${packages[@]}"; do
    [ "$(dpkg-query -W -f='${Version} ${db:Status-Abbrev}' "$package")" = "$version ii " ] ||
        fail "$package is not installed at version $version"
done
installed=$(date +%s)
# Every file of the packages, for the check after the purge.
for package in "${packages[@]}"; do dpkg -L "$package"; done | grep -vx "/\." | sort -u >"$scratch/files"

step "only jpki-card-sim brings the virtual reader"
for package in jpki-counter jpki-counter-cli; do
    dpkg-query -W -f='${Depends} ${Recommends} ${Pre-Depends}' "$package" | grep -q vsmartcard &&
        fail "$package depends on vsmartcard-vpcd"
done
dpkg-query -W -f='${Depends}' jpki-card-sim | grep -q vsmartcard-vpcd || fail "jpki-card-sim does not depend on vsmartcard-vpcd"
dpkg-query -W -f='${Depends}' jpki-counter | grep -q pcscd || fail "jpki-counter does not depend on pcscd"
dpkg-query -W -f='${Recommends}' jpki-counter | grep -q libccid || fail "jpki-counter does not recommend libccid"

step "the desktop entry, the AppStream file, the icons and the man pages"
desktop-file-validate /usr/share/applications/jpki-counter.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/jp.jpki_counter.counter.metainfo.xml ||
    fail "appstreamcli validate"
for icon in scalable/apps/jpki-counter.svg 16x16/apps/jpki-counter.png 32x32/apps/jpki-counter.png \
    48x48/apps/jpki-counter.png 64x64/apps/jpki-counter.png 128x128/apps/jpki-counter.png \
    256x256/apps/jpki-counter.png; do
    [ -s "/usr/share/icons/hicolor/$icon" ] || fail "no icon $icon"
done
for program in jpki-counter jpki-counter-cli jpki-card-sim; do
    for page in "/usr/share/man/man1/$program.1.gz" "/usr/share/man/ja/man1/$program.1.gz"; do
        [ -f "$page" ] || fail "no man page $page"
        LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>&1 | grep -q "$program" || fail "$page does not render"
    done
done

# The programs run as a user would, with a home of their own and the installed ones only.
home=$scratch/home
mkdir -p "$home"
as_user=(env -i "HOME=$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
    "XDG_RUNTIME_DIR=$scratch/runtime")
mkdir -m 0700 "$scratch/runtime"

step "the installed jpki-counter-cli"
answer=$("${as_user[@]}" jpki-counter-cli --version) || fail "jpki-counter-cli --version exited $?"
[ "$answer" = "jpki-counter-cli $version" ] || fail "jpki-counter-cli --version said '$answer'"
database=$scratch/cases.sqlite3
"${as_user[@]}" jpki-counter-cli db generate --days 1 --cases-per-day 3 --start 2026-11-25 \
    --db "$database" >/dev/null || fail "jpki-counter-cli db generate"
"${as_user[@]}" jpki-counter-cli report daily --date 2026-11-25 --format pdf \
    --out "$scratch/day.pdf" --db "$database" || fail "report daily --format pdf (jpki-counter-print)"
[ "$(head -c 5 "$scratch/day.pdf")" = "%PDF-" ] || fail "the daily report is not a PDF"

step "the administrator's settings: a conffile, read by the programs"
dpkg-query -W -f='${Conffiles}\n' jpki-counter | grep -q '^ */etc/jpki-counter/jpki-counter.conf ' ||
    fail "/etc/jpki-counter/jpki-counter.conf is not a conffile of jpki-counter"
[ -d /etc/jpki-counter/conf.d ] || fail "no /etc/jpki-counter/conf.d for the drop-ins"
"${as_user[@]}" jpki-counter-cli config show --json >"$scratch/config.json" || fail "config show"
grep -q '/etc/jpki-counter/jpki-counter.conf' "$scratch/config.json" ||
    fail "config show did not read /etc/jpki-counter/jpki-counter.conf"

step "the installed window with the installed virtual card, through pcscd"
mkdir -p /run/pcscd
window_output=$scratch/window.out
# A private /run/pcscd and network: the machine's pcscd (if any) and other tests are not touched,
# and the vpcd reader of Debian's configuration listens on this namespace's loopback only.
if ! timeout 240 unshare --mount --net --propagation private --fork --kill-child bash -c '
    set -e
    mount -t tmpfs -o mode=0755 tmpfs /run/pcscd
    ip link set lo up
    /usr/sbin/pcscd --foreground >"$1/pcscd.log" 2>&1 &
    pcscd=$!
    for _ in $(seq 100); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done
    shift
    status=0
    timeout 150 "$@" --simulator healthy --quit-after-card-shown || status=$?
    kill "$pcscd"; wait "$pcscd" || true
    exit "$status"' _ "$scratch" "${as_user[@]}" jpki-counter >"$window_output" 2>"$scratch/window.err"; then
    cat "$scratch/window.err" >&2
    cat "$scratch/pcscd.log" >&2 || true
    fail "the installed window did not show the virtual card"
fi
grep -qx card-shown "$window_output" || { cat "$scratch/window.err" >&2; fail "the window did not print card-shown"; }
[ -f "$home/.local/share/jpki-counter/cases.sqlite3" ] || fail "the window made no case store in the user's home"
ran=$(date +%s)

step "purging"
"${apt[@]}" purge "${packages[@]}"
for package in "${packages[@]}"; do
    present "$package" && fail "$package is still known to dpkg ($(package_state "$package"))"
done
# A path of the packages that is still there and belongs to no other package was left behind.
leftovers=()
while read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    dpkg -S "$path" >/dev/null 2>&1 || leftovers+=("$path")
done <"$scratch/files"
((${#leftovers[@]} == 0)) || fail "left after the purge: ${leftovers[*]}"
[ -z "$(ls /var/lib/dpkg/info/jpki-* 2>/dev/null)" ] || fail "dpkg still keeps files of the packages"
if [ ! -f "$database" ] || [ ! -f "$home/.local/share/jpki-counter/cases.sqlite3" ]; then
    fail "the purge removed the user's data"
fi
purged=$(date +%s)
diff "$scratch/before" <(installed_set) >/dev/null || echo "package test: the installation brought in packages; they are purged now"

echo "package test: build $((built - started)) s, install $((installed - built)) s," \
    "checks and runs $((ran - installed)) s, purge $((purged - ran)) s"
echo "package test: passed"
