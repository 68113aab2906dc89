"""The HTML record of processing: self-contained, and what headless Chromium shows of it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.answers.ropa import build_ropa
from laci_audit.cli import app
from laci_audit.engine import audit_inventory, organisation_of
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
    path.write_text(render_ropa_html(result, ropa, organisation_of(BUNDLED_INVENTORY)), encoding="utf-8")
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


def chromium(*arguments: str) -> str:
    """Run headless Chromium once (its own throwaway profile): what it printed."""
    with tempfile.TemporaryDirectory() as profile:
        completed = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={profile}", *arguments],
            capture_output=True, text=True, timeout=120, check=True,
        )
    return completed.stdout


def dump_dom(url: str, width: int = 1280) -> str:
    """The DOM after headless Chromium loaded the page at that window width and ran its script."""
    return chromium(f"--window-size={width},1000", "--dump-dom", url)


needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


@needs_chromium
def test_headless_chromium_renders_charts_flow_and_filterable_record(page):
    path, ropa = page
    dom = dump_dom(path.as_uri())
    # the script ran in the browser and counted the rows it shows
    assert f'<span id="shown" class="muted">{len(ropa.rows)} of {len(ropa.rows)} processing activities shown</span>' in dom
    body = dom.split('<table id="ropa">', 1)[1]
    assert body.count("<tr>") == len(ropa.rows) + 1
    assert re.search(r'<td class="unknown">[^<]*(<br>[^<]*)*UNKNOWN for \d+ of \d+ fields', body)
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


# Appended to a copy of the page by the layout test only: what the browser laid out, as JSON in the DOM.
_MEASURE = """<script>
(function () {
  function box(element) { var r = element.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; }
  var record = document.getElementById('ropa').parentElement;
  var layout = {
    viewport: document.documentElement.clientWidth, page: document.documentElement.scrollWidth,
    recordClient: record.clientWidth, recordScroll: record.scrollWidth,
    headers: [].map.call(document.querySelectorAll('#ropa th'), function (th) { return [th.textContent, box(th)]; }),
    organisation: document.getElementById('organisation') && box(document.getElementById('organisation')),
    axes: [].map.call(document.querySelectorAll('svg text.axis'), function (t) { return t.textContent; })
  };
  var out = document.createElement('pre'); out.id = 'layout'; out.textContent = JSON.stringify(layout);
  document.body.appendChild(out);
})();
</script>"""
KEY_TEXTS = ("LaciMartKTUM", "Record of processing activities", "legal basis", "retention per system",
             "specific data", "0/0 (0%) unused", "registered fields, share of the fields found")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_page_names_the_organisation_and_shows_unused_categories_as_zero(page):
    path, _ropa = page
    text = path.read_text(encoding="utf-8")
    assert "<title>LaciMartKTUM record of processing activities</title>" in text
    assert 'id="organisation">LaciMartKTUM</div>' in text
    categories = text.split('id="coverage-categories"', 1)[1].split("</figure>", 1)[0]
    # A.1.7 and A.2.3: no field uses them, and the chart says 0%, never 100%
    for unused in ("A.1.7", "A.2.3"):
        bar = categories.split(f'data-name="{unused}"', 1)[1].split("</g>", 1)[0]
        assert 'data-fields="0"' in bar and "0/0 (0%) unused</text>" in bar
        assert 'width="0" height="14" fill=' in bar
    assert "(100%) unused" not in categories


def test_retention_is_shown_per_system(page):
    path, ropa = page
    text = path.read_text(encoding="utf-8")
    row = next(r for r in ropa.rows if len(r.retention_by_system) > 2)
    cell = text.split('<tbody>', 1)[1].split("</tr>")[ropa.rows.index(row)].split("<td")[8]
    for system, rules in row.retention_by_system.items():
        for rule, fields in rules.items():
            shown = f"UNKNOWN for {fields} field{'s' if fields != 1 else ''}" if rule == "UNKNOWN" else rule
            assert f'<span class="system"><b>{system}</b>: {shown}</span>' in cell.replace("&#x27;", "'")


def test_organisation_comes_from_the_config_else_the_folder(inventory):
    assert organisation_of(inventory) == "inventory"
    (inventory / "laci-audit.yaml").write_text("organisation: Toko Maju\n", encoding="utf-8")
    assert organisation_of(inventory) == "Toko Maju"
    result = runner.invoke(app, ["report", "ropa", "-i", str(inventory), "-f", "html"])
    assert "<title>Toko Maju record of processing activities</title>" in result.output


@needs_chromium
@pytest.mark.parametrize("width", [1280, 1920])
def test_record_fits_the_window_without_scrolling_sideways(page, tmp_path, width):
    path, _ropa = page
    measured = tmp_path / "measured.html"
    measured.write_text(path.read_text(encoding="utf-8").replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
    dom = dump_dom(measured.as_uri(), width)
    layout = json.loads(unescape(dom.split('<pre id="layout">', 1)[1].split("</pre>", 1)[0]))
    widths = {key: layout[key] for key in ("viewport", "page", "recordClient", "recordScroll")}
    assert layout["viewport"] == width, widths
    assert layout["page"] <= layout["viewport"], widths  # no horizontal scrolling of the page
    assert layout["recordScroll"] <= layout["recordClient"], widths  # nor of the record table
    headers = dict(layout["headers"])
    assert list(headers) == ["category", "purpose", "systems (owner)", "tables", "data subjects", "source of data",
                             "recipients", "retention per system", "legal basis", "specific data"]
    assert all(0 <= left < right <= width for left, right in headers.values()), headers
    assert layout["organisation"][1] <= width
    assert {"source (system)", "policy category (section A)", "registered fields, share of the fields found",
            "0%", "50%", "100%", "system (source)", "purpose (section B)"} <= set(layout["axes"])
    for key_text in KEY_TEXTS:
        assert key_text in dom, key_text
    # the screenshot a person looks at, at the same width
    shot = tmp_path / f"ropa-{width}.png"
    chromium(f"--window-size={width},2600", f"--screenshot={shot}", path.as_uri())
    assert png_size(shot) == (width, 2600)
    assert shot.stat().st_size > 100_000  # charts and table drawn, not a blank page
