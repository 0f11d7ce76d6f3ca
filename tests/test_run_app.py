"""run-app names the system packages Qt's window needs from what the xcb plugin links
(issue 16 point 2): its table covers every system library the plugin and its GL
integrations link, agrees with dpkg, and a "not found" line becomes a package name."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN_APP = ROOT / "run-app"
# Provided by the kernel or the dynamic loader itself: never a package to install.
_NOT_LIBRARIES = {"linux-vdso.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}

pytestmark = pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (glibc Linux)")


def qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def sourced(script: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``script`` in bash after sourcing run-app (its functions and table only)."""
    return subprocess.run(
        ["bash", "-c", f'source "{RUN_APP}"; {script}'],
        input=stdin, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def table() -> dict[str, str]:
    out = sourced('printf "%s\\n" "$XCB_PACKAGES"').stdout
    return dict(line.split() for line in out.splitlines() if line.strip())  # type: ignore[misc]


def plugin_ldd() -> str:
    plugins = sourced(f'xcb_plugins "{qt_dir()}"').stdout.split()
    assert any(p.endswith("platforms/libqxcb.so") for p in plugins), plugins
    return "".join(
        subprocess.run(["ldd", p], capture_output=True, text=True, check=True).stdout
        for p in plugins
    )


def system_libraries(ldd: str) -> dict[str, str]:
    """soname -> where ldd found it ("not found" too), outside PySide6's own folder."""
    found: dict[str, str] = {}
    for line in ldd.splitlines():
        match = re.match(r"\s*(\S+) => (.*?)(?: \(0x[0-9a-f]+\))?$", line)
        if match and str(qt_dir().parent) not in match.group(2):
            found[match.group(1)] = match.group(2)
    return {k: v for k, v in found.items() if k not in _NOT_LIBRARIES}


def test_every_system_library_the_plugin_links_has_a_package() -> None:
    libraries = system_libraries(plugin_ldd())
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"} <= set(libraries)
    unknown = sorted(set(libraries) - set(table()))
    assert not unknown, f"add these to run-app's XCB_PACKAGES: {unknown}"


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg (Debian or Ubuntu)")
def test_the_table_names_the_package_dpkg_knows() -> None:
    packages = table()
    wrong = []
    for soname, path in system_libraries(plugin_ldd()).items():
        if path == "not found":
            continue
        owner = subprocess.run(["dpkg", "-S", str(Path(path).resolve())],
                               capture_output=True, text=True, check=False)  # fmt: skip
        if owner.returncode != 0:  # merged /usr: dpkg knows the unresolved path
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True,
                                   check=False)  # fmt: skip
        package = owner.stdout.split(":")[0].strip()
        # Debian 13 / Ubuntu 24.04 rename some packages with a "t64" suffix.
        if owner.returncode == 0 and package.removesuffix("t64") != packages[soname]:
            wrong.append(f"{soname}: run-app says {packages[soname]}, dpkg says {package}")
    assert not wrong, "\n".join(wrong)


def test_on_a_system_without_them_every_missing_library_is_named() -> None:
    """The plugin's real ldd output with every system library "not found" (what ldd prints
    on a minimal Debian for the ones it lacks) names a package for each, and only those."""
    ldd = plugin_ldd()
    libraries = system_libraries(ldd)
    stripped = "\n".join(
        re.sub(r"=> /\S+ \(0x[0-9a-f]+\)$", "=> not found", line)
        if any(line.strip().startswith(so + " ") for so in libraries) else line
        for line in ldd.splitlines()
    )  # fmt: skip
    named = sourced("packages_for_missing", stripped).stdout.split()
    assert not [n for n in named if n.startswith("?")], named
    assert set(named) == {table()[so] for so in libraries}
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(named)


def test_a_library_the_table_lacks_is_still_named() -> None:
    ldd = (
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-new-thing.so.7 => not found\n"
        "\tlibQt6Gui.so.6 => /opt/PySide6/Qt/lib/libQt6Gui.so.6 (0x00007f)\n"
    )
    assert sourced("packages_for_missing", ldd).stdout.split() == [
        "?libxcb-new-thing.so.7", "libxcb-icccm4"]  # fmt: skip


def test_nothing_is_said_when_nothing_is_missing() -> None:
    if "not found" in plugin_ldd():
        pytest.skip("this computer lacks some of the libraries")
    done = sourced(f'check_window_libraries "{qt_dir()}"')
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
