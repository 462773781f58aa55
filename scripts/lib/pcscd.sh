# shellcheck shell=bash
# Sourced by scripts/run and scripts/card-sim: makes sure this machine's pcscd is running, for the
# vpcd reader that Debian's vsmartcard-vpcd configures (/etc/reader.conf.d/vpcd, 127.0.0.1:35963).

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

# ensure_pcscd NAME: with systemd, pcscd starts on demand (socket activation); without it, pcscd
# is started here when this is root. Returns 1, after saying how to start it, when it cannot.
ensure_pcscd() {
    local caller=$1
    if pcscd_running; then
        return 0
    fi
    if systemctl is-active --quiet pcscd.socket 2>/dev/null; then
        return 0 # socket-activated: the first client starts it
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "$caller: pcscd is not running; start it with: sudo systemctl start pcscd.socket" >&2
        return 1
    fi
    # A pcscd that was killed leaves its socket and pid file behind, and a new one refuses them.
    mkdir -p "$pcscd_run_dir"
    rm -f "$pcscd_run_dir/pcscd.comm" "$pcscd_run_dir/pcscd.pid"
    "$(command -v pcscd || echo /usr/sbin/pcscd)"
    # pcscd forks into the background; wait briefly for its socket so that the first client
    # does not find it missing.
    for _ in $(seq 50); do
        pcscd_running && return 0
        sleep 0.1
    done
    echo "$caller: pcscd was started but does not answer on $pcscd_run_dir/pcscd.comm" >&2
    return 1
}
