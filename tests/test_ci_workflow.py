"""The CI workflow that builds the installers on Windows, macOS and Linux runners
(.github/workflows/installers.yml, #18). It cannot run here, so it is checked as far as that
goes without a runner: actionlint (with ShellCheck on every `run:` script) finds nothing in it
and does find the mistakes planted in copies of it; every script it runs exists, is executable
and passes bash -n and ShellCheck; its Linux job runs exactly the scripts `make dist` runs;
signing only happens with the organisation's secrets; no step downloads a model; and the
offline self-test script really cuts the network (or refuses, when told to) on this machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "installers.yml"
MAKEFILE = REPO / "Makefile"
# What actionlint and ShellCheck come as: the dev extra's wheels, beside this interpreter.
TOOLS = Path(sys.executable).parent
SCRIPT_IN_RUN = re.compile(r"(?<![\w/.-])((?:scripts|installer)/[\w./-]+\.sh)\b")


def run(command, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs.setdefault("timeout", 300)
    return subprocess.run([str(c) for c in command], **kwargs)


def tool(name: str) -> Path:
    found = TOOLS / name if (TOOLS / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: it comes with the dev extra (pip install -e '.[dev]')")
    return Path(found)


def actionlint(path: Path) -> subprocess.CompletedProcess:
    return run([tool("actionlint"), "-oneline", "-no-color", "-shellcheck", tool("shellcheck"),
                "-pyflakes", "", path], cwd=path.parent)


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def triggers(flow: dict) -> dict:
    return flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true


def run_commands(job: dict) -> list[str]:
    return [step["run"].strip() for step in job["steps"] if "run" in step]


def scripts_run_by_the_workflow() -> list[Path]:
    # (a file that a step sources, scripts/platform.sh, is not run)
    found = {match for job in workflow()["jobs"].values() for command in run_commands(job)
             for match in SCRIPT_IN_RUN.findall(re.sub(r"\bsource \S+", "", command))}
    return sorted(REPO / name for name in found)


# == the linter ==================================================================================
def test_actionlint_finds_nothing_in_the_workflow():
    result = actionlint(WORKFLOW)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


# Each planted mistake and the rule that must report it: the lint above can fail.
MISTAKES = {
    "a job waits for one that does not exist":
        (lambda text: text.replace("    name: macOS (.dmg)\n",
                                   "    name: macOS (.dmg)\n    needs: nothing-here\n"),
         "[job-needs]"),
    "a secret read in if:, where it is not available":
        (lambda text: text.replace("if: env.WINDOWS_SIGNING != ''",
                                   "if: secrets.WINDOWS_CERT_PFX_BASE64 != ''"),
         "[expression]"),
    "a shell mistake in a run: script":
        (lambda text: text.replace("run: scripts/self_test_offline.sh\n",
                                   "run: cd $UNSET_FOLDER; scripts/self_test_offline.sh\n", 1),
         "[shellcheck]"),
    "an action too old for the runners":
        (lambda text: text.replace("actions/upload-artifact@v7", "actions/upload-artifact@v3"),
         "[action]"),
    "the output of a step that does not exist":
        (lambda text: text.replace("steps.llama.outputs.pin", "steps.lama.outputs.pin", 1),
         "[expression]"),
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_actionlint_reports_a_planted_mistake(mistake, tmp_path):
    change, rule = MISTAKES[mistake]
    original = WORKFLOW.read_text(encoding="utf-8")
    broken = change(original)
    assert broken != original, "the mistake was not planted: the workflow changed"
    copy = tmp_path / "installers.yml"
    copy.write_text(broken, encoding="utf-8")
    result = actionlint(copy)
    assert result.returncode != 0 and rule in result.stdout, result.stdout + result.stderr


# == the scripts it runs =========================================================================
def test_every_script_the_workflow_runs_exists_and_is_executable():
    scripts = scripts_run_by_the_workflow()
    names = {path.relative_to(REPO).as_posix() for path in scripts}
    assert {"scripts/build_portable_llama.sh", "scripts/build_bundle.sh",
            "scripts/self_test_offline.sh", "installer/macos/make_dmg.sh",
            "scripts/build_windows_installer.sh"} <= names, names
    for path in scripts:
        assert path.is_file(), f"the workflow runs {path}, which does not exist"
        assert os.access(path, os.X_OK), f"{path} is not executable (chmod +x)"
        assert path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n"), path
        result = run(["bash", "-n", path])
        assert result.returncode == 0, result.stderr
    # the one file they source, and make's own target
    assert (REPO / "scripts" / "platform.sh").is_file()
    assert re.search(r"^installers:", MAKEFILE.read_text(encoding="utf-8"), re.M)


def test_the_scripts_pass_shellcheck():
    scripts = [*scripts_run_by_the_workflow(), REPO / "scripts" / "platform.sh"]
    result = run([tool("shellcheck"), "--external-sources", "--severity=warning", *scripts],
                 cwd=REPO)
    assert result.returncode == 0, result.stdout


def test_the_build_scripts_do_not_assume_one_system():
    """What differs between Linux, macOS and Git Bash on Windows lives in platform.sh: the
    venv layout (bin/ or Scripts/), the .exe suffix, python3 or python."""
    for name in ("build_portable_llama.sh", "build_bundle.sh", "self_test_offline.sh"):
        text = (REPO / "scripts" / name).read_text(encoding="utf-8")
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        assert "source scripts/platform.sh" in code, name
        assert not re.search(r"/bin/(python|pip|pyinstaller)\b|\bpython3\b", code), name


# == the Linux job is `make dist` ================================================================
def make_recipe(target: str) -> list[str]:
    text = MAKEFILE.read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", text, re.M)
    assert match, f"no {target} recipe in the Makefile"
    variables = dict(re.findall(r"^(\w+)\s*:=\s*(.*)$", text, re.M))
    commands = []
    for line in match.group(1).splitlines():
        command = re.sub(r"\$\((\w+)\)", lambda m: variables.get(m.group(1), m.group(0)),
                         line.strip())
        command = re.sub(r"^(?:\w+=\S+\s+)+", "", command)  # VAR=value prefixes: make's own
        command = command.replace("$(MAKE) --no-print-directory", "make")
        commands.append(command)
    return commands


def test_the_linux_job_runs_what_make_dist_runs():
    make_dist = make_recipe("portable-llama") + make_recipe("dist")
    assert make_dist[0] == "scripts/build_portable_llama.sh", make_dist
    assert "scripts/build_bundle.sh" in make_dist and "make installers" in make_dist

    steps = workflow()["jobs"]["linux"]["steps"]
    cache = next(i for i, step in enumerate(steps) if str(step.get("uses", "")).startswith(
        "actions/cache@"))
    upload = next(i for i, step in enumerate(steps) if str(step.get("uses", "")).startswith(
        "actions/upload-artifact@"))
    ci = [step["run"].strip() for step in steps[cache + 1:upload] if "run" in step]
    assert ci == make_dist


def test_the_makefile_passes_the_scripts_their_own_defaults():
    """The CI job calls the scripts without the Makefile's VAR=value prefixes: the folders must
    be the same either way."""
    text = MAKEFILE.read_text(encoding="utf-8")
    variables = dict(re.findall(r"^(\w+)\s*:=\s*(.*)$", text, re.M))
    bundle = (REPO / "scripts" / "build_bundle.sh").read_text(encoding="utf-8")
    wheel = (REPO / "scripts" / "build_portable_llama.sh").read_text(encoding="utf-8")
    assert f"DIST_VENV=${{DIST_VENV:-{variables['DIST_VENV']}}}" in bundle
    assert f"WHEELS=${{PORTABLE_WHEELS:-{variables['PORTABLE_WHEELS']}}}" in bundle
    assert f"WHEELS=${{PORTABLE_WHEELS:-{variables['PORTABLE_WHEELS']}}}" in wheel
    assert "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON" in wheel
    assert "-DGGML_METAL=ON" in wheel


def test_each_system_builds_tests_offline_and_keeps_its_installers():
    flow = workflow()
    on = triggers(flow)
    assert "workflow_dispatch" in on and on["push"]["tags"] == ["v*"]
    assert {"installer/**", "build.spec", "scripts/**"} <= set(on["pull_request"]["paths"])
    assert flow["env"]["OA_REQUIRE_OFFLINE"] == "1"

    jobs = flow["jobs"]
    assert jobs["linux"]["runs-on"].startswith("ubuntu-")
    assert jobs["macos"]["runs-on"] in ("macos-14", "macos-15")  # Apple Silicon
    assert jobs["windows"]["runs-on"] == "windows-2022"
    last_step = {"linux": "make installers", "macos": "installer/macos/make_dmg.sh",
                 "windows": "scripts/build_windows_installer.sh"}
    for name, job in jobs.items():
        commands = run_commands(job)
        order = [commands.index(c) for c in ("scripts/build_portable_llama.sh",
                                             "scripts/build_bundle.sh",
                                             "scripts/self_test_offline.sh", last_step[name])]
        assert order == sorted(order), f"{name}: build, self-test offline, then the installer"
        uploads = [s for s in job["steps"] if "upload-artifact" in str(s.get("uses", ""))]
        assert len(uploads) == 1, name
        assert re.fullmatch(r"actions/upload-artifact@v\d+", uploads[0]["uses"])
        assert uploads[0]["with"]["if-no-files-found"] == "error"
        caches = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/cache@")]
        assert [c["with"]["path"] for c in caches] == ["build/portable-wheel"], name


def test_signing_happens_only_with_the_organisations_secrets():
    signing_steps = 0
    for job in workflow()["jobs"].values():
        for step in job["steps"]:
            secrets = [key for key, value in (step.get("env") or {}).items()
                       if "secrets." in str(value)]
            # the identity's name alone signs nothing: build.spec and make_dmg.sh skip when empty
            if set(secrets) - {"MACOS_SIGN_IDENTITY"}:
                signing_steps += 1
                condition = step.get("if", "")
                flag = re.fullmatch(r"env\.(\w+) != ''", condition)
                assert flag, f"{step.get('name')}: runs without an `if: env.X != ''`"
                assert "secrets." in job["env"][flag.group(1)], condition
    assert signing_steps == 4  # certificate import, notarisation, two Authenticode steps


# == no model is downloaded ======================================================================
MODEL_DOWNLOAD = [r"\bcurl\b", r"\bwget\b", r"Invoke-WebRequest", r"Start-BitsTransfer",
                  r"huggingface", r"\bhf_hub", r"\bhf\.co\b", r"\.gguf\b", r"\burllib\b",
                  r"OA_BUNDLE_MODEL", r"OA_INSTALLER_MODEL", r"ModelFile",
                  r"actions/download-artifact"]


def downloads(text: str) -> list[str]:
    code = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return [line.strip() for line in code for pattern in MODEL_DOWNLOAD
            if re.search(pattern, line, re.I)]


def test_no_step_downloads_a_model():
    assert downloads(WORKFLOW.read_text(encoding="utf-8")) == []
    for path in scripts_run_by_the_workflow():
        found = [line for line in downloads(path.read_text(encoding="utf-8"))
                 if "OA_INSTALLER_MODEL" not in line]  # a file IT passes, never fetched
        assert found == [], path
    # and the check does see one
    planted = "      - run: curl -LO https://huggingface.co/org/repo/resolve/main/model.gguf\n"
    assert len(downloads(WORKFLOW.read_text(encoding="utf-8") + planted)) >= 3


# == the offline self-test script, on this machine ===============================================
FAKE_APP = """#!/usr/bin/env bash
# Stands in for the frozen app: reports what a connection attempt gets.
echo "args: $*"
python3 -c 'import socket
try:
    socket.create_connection(("127.0.0.1", 9), 3)
except OSError as error:
    print("network:", error.strerror)'
echo "SELF-TEST PASSED"
"""


def namespaces_work() -> bool:
    if sys.platform != "linux" or not shutil.which("unshare"):
        return False
    return any(run(["unshare", *flags, "true"]).returncode == 0 for flags in (["-n"], ["-rn"]))


@pytest.mark.skipif(not namespaces_work(), reason="needs Linux network namespaces (unshare)")
def test_the_offline_script_cuts_the_network_or_refuses(tmp_path):
    app = tmp_path / "app"
    app.write_text(FAKE_APP)
    app.chmod(0o755)
    script = REPO / "scripts" / "self_test_offline.sh"
    env = dict(os.environ, OA_REQUIRE_OFFLINE="1")

    cut = run([script, app], env=env, cwd=tmp_path)
    assert cut.returncode == 0, cut.stdout + cut.stderr
    assert "args: --self-test" in cut.stdout
    assert "network: Network is unreachable" in cut.stdout
    assert "passed with the network cut off" in cut.stdout

    # An `unshare` that runs the program but cuts nothing: the probe notices, and the script
    # refuses under OA_REQUIRE_OFFLINE=1 (and says so plainly without it).
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "unshare").write_text(
        '#!/bin/sh\nwhile [ "${1#-}" != "$1" ]; do shift; done\nexec "$@"\n')
    (fake_bin / "unshare").chmod(0o755)
    leaky = dict(env, PATH=f"{fake_bin}{os.pathsep}{env['PATH']}")
    refused = run([script, app], env=leaky, cwd=tmp_path)
    assert refused.returncode != 0
    assert "THE NETWORK IS NOT CUT HERE" in refused.stderr and "SELF-TEST" not in refused.stdout
    warned = run([script, app], env=dict(leaky, OA_REQUIRE_OFFLINE="0"), cwd=tmp_path)
    assert warned.returncode == 0 and "WITH the network present" in warned.stdout

    failing = tmp_path / "failing"
    failing.write_text("#!/bin/sh\necho 'SELF-TEST FAILED: model'\nexit 3\n")
    failing.chmod(0o755)
    result = run([script, failing], env=env, cwd=tmp_path)
    assert result.returncode != 0 and "exited 3" in result.stderr
