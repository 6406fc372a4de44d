# Shared by scripts/start.sh and scripts/test.sh: installs what is missing, and only that.
# Safe to run again: each step checks first. Usage: source scripts/setup.sh [test]

_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "Nodig: rootrechten voor: $*" >&2; return 1
    fi
}

ensure_system_packages() {
    # Debian/Ubuntu: the system libraries Qt needs, fonts, and Python's venv module.
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local wanted=(python3-venv python3-pip libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1
        libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core libxcb-cursor0
        libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
        libxcb-xkb1 "$@")
    local missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Systeempakketten installeren: ${missing[*]}"
        _root apt-get update -qq
        _root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "${missing[@]}"
    fi
}

ensure_venv() {
    # A virtual environment in .venv with the program (editable) and, for tests, its extras.
    local extras="$1"
    local python="${PYTHON:-python3}"
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
    fi
    local stamp=".venv/.installed-${extras:-run}"
    local want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        if [ -n "$extras" ]; then
            .venv/bin/python -m pip install -q -e ".[$extras]"
        else
            .venv/bin/python -m pip install -q -e .
        fi
        echo "$want" > "$stamp"
    fi
}
