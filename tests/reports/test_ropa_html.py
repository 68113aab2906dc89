"""The HTML record of processing: self-contained, and what headless Chromium shows of it."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.answers.ropa import build_ropa
from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.inventory.declarations import load_declarations
from laci_audit.reports.ropa_html import flow_weights, render_ropa_html

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class _Links(HTMLParser):
    """Every src and href the page names."""

    def __init__(self):
        super().__init__()
        self.references: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.references += [value for name, value in attrs if name in ("src", "href") and value]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, object]:
    result = audit_inventory(BUNDLED_INVENTORY).result
    ropa = build_ropa(result)
    path = tmp_path_factory.mktemp("html") / "ropa.html"
    path.write_text(render_ropa_html(result, ropa), encoding="utf-8")
    return path, ropa


def test_page_loads_nothing_from_elsewhere(page):
    path, _ropa = page
    text = path.read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(text)
    assert parser.references == []
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text.replace("http://www.w3.org/2000/svg", ""))
    assert "<script src" not in text and "<link" not in text


def test_flow_weights_count_distinct_fields(page):
    _path, ropa = page
    left, right = flow_weights(ropa)
    assert left[("A.3.1", "kurir_gps")] == 7
    # 25 payment fields in pembayaran, and the virtual account number the checkout API returns
    assert sum(weight for (category, _s), weight in left.items() if category == "A.1.6") == 26


def dump_dom(url: str) -> str:
    """The DOM after headless Chromium loaded the page and ran its script."""
    with tempfile.TemporaryDirectory() as profile:
        completed = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=True,
        )
    return completed.stdout


needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


@needs_chromium
def test_headless_chromium_renders_charts_flow_and_filterable_record(page):
    path, ropa = page
    dom = dump_dom(path.as_uri())
    # the script ran in the browser and counted the rows it shows
    assert f'<span id="shown" class="muted">{len(ropa.rows)} of {len(ropa.rows)} processing activities shown</span>' in dom
    body = dom.split('<table id="ropa">', 1)[1]
    assert body.count("<tr>") == len(ropa.rows) + 1
    assert '<td class="unknown">UNKNOWN for' in body
    coverage = dom.split('id="coverage-sources"', 1)[1].split("</figure>", 1)[0]
    assert coverage.count('class="bar"') == len(load_declarations(BUNDLED_INVENTORY).sources)
    assert 'data-name="pembayaran" data-registered="45" data-fields="50"' in coverage
    for column, name in (("category", "A.1.6"), ("system", "pembayaran"), ("purpose", "B.4")):
        assert f'data-column="{column}" data-name="{name}"' in dom
    assert dom.count('class="band"') == sum(len(weights) for weights in flow_weights(ropa))


@needs_chromium
def test_headless_chromium_filters_from_the_address(page):
    path, ropa = page
    unknown = sum(1 for row in ropa.rows if row.unknown)
    dom = dump_dom(path.as_uri() + "#unknown")
    assert f"{unknown} of {len(ropa.rows)} processing activities shown" in dom
    assert dom.count('<tr style="display: none;">') == len(ropa.rows) - unknown
    payment = sum(1 for row in ropa.rows if row.category == "A.1.6")
    dom = dump_dom(path.as_uri() + "#q=A.1.6")
    assert f"{payment} of {len(ropa.rows)} processing activities shown" in dom


def test_cli_writes_the_page(tmp_path, inventory):
    target = tmp_path / "ropa.html"
    result = runner.invoke(app, ["report", "ropa", "-i", str(inventory), "-f", "html", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
