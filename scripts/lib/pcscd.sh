# shellcheck shell=bash
# Sourced by scripts/run and scripts/card-sim: makes sure this machine's pcscd is running, for the
# vpcd reader that Debian's vsmartcard-vpcd configures (/etc/reader.conf.d/vpcd, port 35963).
#
# That configuration (DEVICENAME /dev/null:0x8C7B) makes vpcd listen for the card on every
# interface, so that any machine on the network could put a card in the reader. Its other mode
# (DEVICENAME 127.0.0.1:0x8C7B, vpcd connecting out to the card) aborts Debian 12's pcscd when the
# card reconnects. So a pcscd started here gets libjpki_loopback_bind.so (LD_PRELOAD), which
# binds the wildcard address as 127.0.0.1; a pcscd started by the system is checked and, when it
# listens on every interface, named with what to do.

vpcd_port=35963

pcscd_run_dir=/run/pcscd

# True when the pcscd serving this machine's socket is alive. Its pid file is read rather than
# the process list: a pcscd of an integration test runs in a private /run/pcscd and serves
# only that test.
pcscd_running() {
    local pid
    # pcscd ends the number with a NUL byte.
    pid=$(tr -dc '0-9' <"$pcscd_run_dir/pcscd.pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ -S "$pcscd_run_dir/pcscd.comm" ]
}

# warn_if_vpcd_listens_widely NAME: says so when something listens on the vpcd port on an address
# other than loopback.
warn_if_vpcd_listens_widely() {
    local caller=$1 addresses
    addresses=$(ss -Hltn "sport = :$vpcd_port" 2>/dev/null | awk '{print $4}')
    if [ -n "$addresses" ] && printf '%s\n' "$addresses" | grep -qv '^127\.0\.0\.1:'; then
        echo "$caller: warning: the vpcd reader listens on every interface ($(echo $addresses));" >&2
        echo "$caller: any machine on the network could connect a card. Stop the system's pcscd" >&2
        echo "$caller: (sudo systemctl stop pcscd.socket pcscd) and run this as root, which starts" >&2
        echo "$caller: pcscd with the reader on 127.0.0.1 only." >&2
    fi
}

# ensure_pcscd NAME PRELOAD: with systemd, pcscd starts on demand (socket activation); without it,
# pcscd is started here when this is root, with PRELOAD (libjpki_loopback_bind.so) so that its
# vpcd reader listens on 127.0.0.1 only. Returns 1, after saying how to start it, when it cannot.
ensure_pcscd() {
    local caller=$1 preload=${2:-}
    if pcscd_running; then
        warn_if_vpcd_listens_widely "$caller"
        return 0
    fi
    if systemctl is-active --quiet pcscd.socket 2>/dev/null; then
        echo "$caller: note: the system's pcscd (socket-activated) serves the reader with" >&2
        echo "$caller: Debian's vpcd configuration, which listens on every interface." >&2
        return 0 # socket-activated: the first client starts it
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "$caller: pcscd is not running; start it with: sudo systemctl start pcscd.socket" >&2
        return 1
    fi
    if [ ! -f "$preload" ]; then
        echo "$caller: $preload is missing (build the project first)" >&2
        return 1
    fi
    # A pcscd that was killed leaves its socket and pid file behind, and a new one refuses them.
    mkdir -p "$pcscd_run_dir"
    rm -f "$pcscd_run_dir/pcscd.comm" "$pcscd_run_dir/pcscd.pid"
    LD_PRELOAD="$preload" "$(command -v pcscd || echo /usr/sbin/pcscd)"
    # pcscd forks into the background; wait briefly for its socket so that the first client
    # does not find it missing.
    for _ in $(seq 50); do
        pcscd_running && return 0
        sleep 0.1
    done
    echo "$caller: pcscd was started but does not answer on $pcscd_run_dir/pcscd.comm" >&2
    return 1
}
