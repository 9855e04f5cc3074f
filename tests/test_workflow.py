"""The GitHub Pages workflow is valid (check-jsonschema's built-in schema, offline) and does what
the README promises: install, build strictly, deploy with the official Pages actions."""
import subprocess
import sys

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_workflow_matches_the_github_schema():
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_strictly_and_deploys_on_push_to_main():
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads the key 'on' as true
    assert triggers["push"]["branches"] == ["main"]
    steps = [s.get("run", "") + s.get("uses", "") for job in flow["jobs"].values() for s in job["steps"]]
    assert any("mkdocs build --strict" in s for s in steps)
    assert any(s.startswith("actions/deploy-pages") for s in steps)
    assert any(s.startswith("actions/upload-pages-artifact") for s in steps)
