# Sourced by keyring-session.sh and no-secret-service.sh.
# fc_make_test_home PREFIX: makes a fresh temporary HOME (named PREFIX.XXXXXX, with private
# XDG directories inside it) for everything the test writes, and exports its path as
# FC_TEST_HOME so the test can scan it for leaked secrets. The caller removes it.
fc_make_test_home() {
    FC_TEST_HOME=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX") || return 1
    export FC_TEST_HOME
    export HOME="$FC_TEST_HOME"
    export XDG_RUNTIME_DIR="$FC_TEST_HOME/run"
    export XDG_CONFIG_HOME="$FC_TEST_HOME/config"
    export XDG_DATA_HOME="$FC_TEST_HOME/data"
    export XDG_CACHE_HOME="$FC_TEST_HOME/cache"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
    # A desktop name would make QtKeychain prefer KWallet; only the Secret Service (or
    # nothing) runs here.
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID
}
