"""The record of processing as one self-contained HTML page for a reader who never opens a
terminal: coverage charts, a category -> system -> purpose view, and the record itself.

Everything is inline (CSS, SVG, a few lines of JavaScript to filter the table): the page opens
offline and loads nothing from the network.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from html import escape

from laci_audit.answers.coverage import CoverageLine, coverage_lines
from laci_audit.answers.ropa import UNKNOWN, Ropa
from laci_audit.inventory.declarations import LEGAL_BASES
from laci_audit.reports.ropa import ropa_intro
from laci_audit.result import AuditResult

_STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#17324d;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}
header .organisation{font-size:15px;font-weight:600;opacity:.9;margin-bottom:2px}
main{padding:8px 28px 40px}section{background:#fff;border:1px solid #dde3ea;border-radius:8px;margin:18px 0;padding:16px 20px}
h2{font-size:17px;margin:0 0 10px}.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:14px}
.card{background:#ffffff22;border-radius:6px;padding:8px 14px}.card b{display:block;font-size:20px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:18px}
figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}svg{max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:#1d2733}svg text.axis{fill:#5b6b7c;font-size:11.5px}
svg text.unused{fill:#a4133c}.muted{color:#5b6b7c}
table{border-collapse:collapse;width:100%;font-size:12.5px;table-layout:fixed}th,td{border-bottom:1px solid #e4e8ee;
padding:5px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{position:sticky;top:0;background:#eef2f6}
td small{display:block;color:#5b6b7c}td.unknown{background:#fff3cd}td.flag{color:#a4133c;font-weight:600}
td details summary{cursor:pointer;color:#2b6cb0}td details ul{margin:4px 0 0;padding-left:14px}
td .system{display:block}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px}dd{margin:0}
.toolbar{display:flex;gap:14px;align-items:center;margin-bottom:8px}
input[type=search]{padding:5px 8px;width:280px;border:1px solid #bcc6d2;border-radius:4px}
"""

_SCRIPT = """
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#ropa tbody tr'));
  var search = document.getElementById('filter');
  var onlyUnknown = document.getElementById('only-unknown');
  var shown = document.getElementById('shown');
  function apply() {
    var needle = search.value.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var visible = row.textContent.toLowerCase().indexOf(needle) !== -1 &&
        (!onlyUnknown.checked || row.querySelector('td.unknown') !== null);
      row.style.display = visible ? '' : 'none';
      if (visible) { count += 1; }
    });
    shown.textContent = count + ' of ' + rows.length + ' processing activities shown';
  }
  search.addEventListener('input', apply);
  onlyUnknown.addEventListener('change', apply);
  // ropa.html#unknown opens with only the rows still to fill in; ropa.html#q=A.1.6 with a filter
  if (location.hash === '#unknown') { onlyUnknown.checked = true; }
  if (location.hash.indexOf('#q=') === 0) { search.value = decodeURIComponent(location.hash.slice(3)); }
  apply();
})();
"""

_MIN_NODE = 12
_PALETTE = ["#2b6cb0", "#2f855a", "#b7791f", "#9b2c2c", "#6b46c1", "#2c7a7b", "#c05621", "#4a5568", "#b83280",
            "#276749", "#744210", "#2a4365", "#702459", "#285e61", "#63171b", "#1a365d", "#22543d"]


def render_ropa_html(result: AuditResult, ropa: Ropa, organisation: str = "") -> str:
    """The whole page as one HTML string, for the organisation named."""
    lines = coverage_lines(result)
    fields = sum(len(scan.fields) for scan in result.scans)
    registered = sum(line.registered for line in lines["source"])
    drafts = sum(line.drafts for line in lines["source"])
    personal = sum(line.personal for line in lines["source"])
    with_purpose = sum(line.with_purpose for line in lines["source"])
    cards = [
        ("sources", len(result.scans)), ("fields", fields),
        ("registered", f"{100 * registered // fields if fields else 100}%"),
        ("draft registrations, not confirmed", drafts),
        ("personal with a purpose", f"{100 * with_purpose // personal if personal else 100}%"),
        ("processing activities", len(ropa.rows)),
        ("with unknown cells", sum(1 for row in ropa.rows if row.unknown)),
        ("impact assessment due", sum(1 for row in ropa.rows if row.impact_assessment_due)),
    ]
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{escape(f'{organisation} record' if organisation else 'Record')} of processing activities</title>",
        f"<style>{_STYLE}</style></head><body>",
        (f"<header><div class=\"organisation\" id=\"organisation\">{escape(organisation)}</div>"
         "<h1>Record of processing activities</h1>"),
        (f"<div>policy {escape(ropa.policy_version)} &middot; generated {date.today().isoformat()} "
         "by laci-audit &middot; UU PDP Pasal 31</div><div class=\"cards\">"),
        "".join(f"<div class=\"card\" data-card=\"{escape(name)}\"><b>{escape(str(value))}</b>{escape(name)}</div>"
                for name, value in cards),
        "</div></header><main>",
        f"<p class=\"muted\">{escape(ropa_intro(ropa))}</p>",
        "<section><h2>Coverage</h2><div class=\"charts\">",
        _bar_chart("coverage-sources", "Registered fields per source", "source (system)", lines["source"]),
        _bar_chart("coverage-categories", "Fields per policy category (registered of found)",
                   "policy category (section A)", lines["category"]),
        "</div></section>",
        "<section><h2>Category &rarr; system &rarr; purpose</h2>",
        "<p class=\"muted\">Width: number of registered personal fields.</p>",
        _flow_chart(ropa),
        "</section>",
        "<section><h2>The record</h2><div class=\"toolbar\">",
        "<input id=\"filter\" type=\"search\" placeholder=\"Filter: a category, system, team, partner...\">",
        "<label><input id=\"only-unknown\" type=\"checkbox\"> only rows with unknown cells</label>",
        "<span id=\"shown\" class=\"muted\"></span></div>",
        _ropa_table(result, ropa),
        "<h2 style=\"margin-top:14px\">Legal bases (UU PDP Pasal 20(2))</h2><dl id=\"legal-bases\">",
        "".join(f"<dt>{escape(basis)}</dt><dd>{escape(words)}</dd>" for basis, words in LEGAL_BASES.items()),
        "</dl></section></main>",
        f"<script>{_SCRIPT}</script></body></html>\n",
    ])


def _bar_chart(chart_id: str, title: str, axis: str, lines: list[CoverageLine]) -> str:
    """Horizontal bars: registered share of each line's fields, drafts hatched after it, with the
    counts written beside; a line with no field (a category nothing uses) is 0%, marked unused.
    Both axes are labelled."""
    bar_width, row_height, label_width, figures_width = 220, 22, 240, 150
    width = 24 + label_width + bar_width + figures_width
    top, bars = 6, 22 * len(lines)
    height = top + bars + 46
    x0 = 24 + label_width
    parts = [f"<figure id=\"{chart_id}\"><figcaption>{escape(title)}</figcaption>",
             f"<svg role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">",
             (f"<text class=\"axis y-axis\" transform=\"translate(12,{top + bars / 2:.0f}) rotate(-90)\" "
              f"text-anchor=\"middle\">{escape(axis)}</text>")]
    for index, line in enumerate(lines):
        y = top + index * row_height
        share = line.registered / line.fields if line.fields else 0.0
        filled = 0 if line.unreadable else round(bar_width * share)
        colour = "#2f855a" if share == 1 else "#c05621"
        drafted = 0 if line.unreadable else round(bar_width * line.drafts / line.fields) if line.fields else 0
        figures = ("UNREADABLE" if line.unreadable else
                   f"{line.registered}/{line.fields} ({round(100 * share)}%)" + ("" if line.fields else " unused")
                   + (f" +{line.drafts} draft" if line.drafts else ""))
        figures_class = "" if line.fields else ' class="unused"'
        name = (f"{line.name} ({line.label})" if line.dimension == "source" else f"{line.name} {line.label}"
                ) if line.label else line.name
        parts.append(
            f"<g class=\"bar\" data-name=\"{escape(line.name)}\" data-registered=\"{line.registered}\" "
            f"data-fields=\"{line.fields}\" data-drafts=\"{line.drafts}\"><title>{escape(name)}</title>"
            f"<text x=\"{x0 - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{escape(_short(name, 36))}</text>"
            f"<rect x=\"{x0}\" y=\"{y + 3}\" width=\"{bar_width}\" height=\"14\" fill=\"#e4e8ee\"/>"
            f"<rect x=\"{x0}\" y=\"{y + 3}\" width=\"{filled}\" height=\"14\" fill=\"{colour}\"/>"
            f"<rect class=\"draft\" x=\"{x0 + filled}\" y=\"{y + 3}\" width=\"{drafted}\" height=\"14\" "
            f"fill=\"#c9d6e8\" stroke=\"#2b6cb0\" stroke-dasharray=\"3 2\"/>"
            f"<text x=\"{x0 + bar_width + 6}\" y=\"{y + 14}\"{figures_class}>{figures}</text></g>")
    axis_y = top + bars + 4
    parts.append(f"<line x1=\"{x0}\" y1=\"{axis_y}\" x2=\"{x0 + bar_width}\" y2=\"{axis_y}\" stroke=\"#8a9bb0\"/>")
    for percent in (0, 50, 100):
        x = x0 + bar_width * percent / 100
        parts.append(f"<line x1=\"{x:.0f}\" y1=\"{axis_y}\" x2=\"{x:.0f}\" y2=\"{axis_y + 4}\" stroke=\"#8a9bb0\"/>"
                     f"<text class=\"axis\" x=\"{x:.0f}\" y=\"{axis_y + 16}\" text-anchor=\"middle\">{percent}%</text>")
    parts.append(f"<text class=\"axis x-axis\" x=\"{x0 + bar_width / 2:.0f}\" y=\"{axis_y + 34}\" "
                 f"text-anchor=\"middle\">registered fields, share of the fields found</text>")
    parts.append("</svg></figure>")
    return "".join(parts)


def _short(text: str, length: int) -> str:
    """The text, cut at a word with an ellipsis when longer than length."""
    if len(text) <= length:
        return text
    return text[:length - 1].rsplit(" ", 1)[0].rstrip(",:;") + "\u2026"


def flow_weights(ropa: Ropa) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """Distinct fields per (category, system) and per (system, purpose)."""
    category_system: dict[tuple[str, str], set] = defaultdict(set)
    system_purpose: dict[tuple[str, str], set] = defaultdict(set)
    for row in ropa.rows:
        for place in row.fields:
            category_system[(row.category, place[0])].add(place)
            system_purpose[(place[0], row.purpose)].add(place)
    return ({k: len(v) for k, v in category_system.items()}, {k: len(v) for k, v in system_purpose.items()})


def _flow_chart(ropa: Ropa) -> str:
    """Three columns of nodes (categories, systems, purposes) joined by bands as wide as their fields."""
    left, right = flow_weights(ropa)
    columns = [
        list(dict.fromkeys(category for category, _system in left)),
        sorted({system for _category, system in left}),
        list(dict.fromkeys(sorted({purpose for _system, purpose in right}, key=_id_order))),
    ]
    totals = [defaultdict(int), defaultdict(int), defaultdict(int)]
    for (category, system), weight in left.items():
        totals[0][category] += weight
        totals[1][system] += weight
    system_out = defaultdict(int)
    for (system, purpose), weight in right.items():
        totals[2][purpose] += weight
        system_out[system] += weight
    width, gap, node_width, heading = 980, 6, 12, 26
    xs = [230, 490, 750]
    scale = min((640 - gap * (len(column) + 1)) / max(1, sum(max(totals[i][n], system_out[n] if i == 1 else 0)
                                                                   for n in column))
                for i, column in enumerate(columns))
    positions: list[dict[str, list[float]]] = []
    for i, column in enumerate(columns):
        y = gap + heading
        placed = {}
        for name in column:
            size = max(totals[i][name], system_out[name] if i == 1 else 0) * scale
            placed[name] = [y, size]
            y += max(size, _MIN_NODE) + gap
        positions.append(placed)
    height = round(max((y + max(size, _MIN_NODE) for placed in positions for y, size in placed.values()), default=0) + gap)
    colours = {name: _PALETTE[n % len(_PALETTE)] for n, name in enumerate(columns[0])}
    labels = {row.category: f"{row.category} {row.category_label}" for row in ropa.rows}
    labels.update({row.purpose: f"{row.purpose} {row.purpose_label}" for row in ropa.rows})
    parts = [f"<svg id=\"flow\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"]
    for x, anchor, title in ((xs[0] + node_width, "end", "policy category (section A)"),
                             (xs[1], "start", "system (source)"), (xs[2], "start", "purpose (section B)")):
        parts.append(f"<text class=\"axis column-heading\" x=\"{x}\" y=\"16\" text-anchor=\"{anchor}\">{title}</text>")
    out_offset, in_offset = defaultdict(float), defaultdict(float)
    for (category, system), weight in sorted(left.items(), key=lambda item: (columns[0].index(item[0][0]),
                                                                              columns[1].index(item[0][1]))):
        parts.append(_band(xs[0] + node_width, positions[0][category][0] + out_offset[(0, category)],
                           xs[1], positions[1][system][0] + in_offset[(1, system)], weight * scale,
                           colours[category], f"{category} -> {system}: {weight} fields"))
        out_offset[(0, category)] += weight * scale
        in_offset[(1, system)] += weight * scale
    for (system, purpose), weight in sorted(right.items(), key=lambda item: (columns[1].index(item[0][0]),
                                                                              columns[2].index(item[0][1]))):
        parts.append(_band(xs[1] + node_width, positions[1][system][0] + out_offset[(1, system)],
                           xs[2], positions[2][purpose][0] + in_offset[(2, purpose)], weight * scale,
                           "#8a9bb0", f"{system} -> {purpose}: {weight} fields"))
        out_offset[(1, system)] += weight * scale
        in_offset[(2, purpose)] += weight * scale
    for i, placed in enumerate(positions):
        for name, (y, size) in placed.items():
            anchor, text_x = ("end", xs[i] - 4) if i == 0 else ("start", xs[i] + node_width + 4)
            parts.append(f"<g class=\"node\" data-column=\"{('category', 'system', 'purpose')[i]}\" "
                         f"data-name=\"{escape(name)}\"><rect x=\"{xs[i]}\" y=\"{y:.1f}\" width=\"{node_width}\" "
                         f"height=\"{max(size, 1):.1f}\" fill=\"{colours.get(name, '#17324d')}\"><title>{escape(labels.get(name, name))}</title></rect>"
                         f"<text x=\"{text_x}\" y=\"{y + max(size, 1) / 2 + 4:.1f}\" text-anchor=\"{anchor}\">"
                         f"{escape(name if i == 1 else _short(labels.get(name, name), 34))}</text></g>")
    parts.append("</svg>")
    return "".join(parts)


def _band(x1: float, y1: float, x2: float, y2: float, thickness: float, colour: str, title: str) -> str:
    middle = (x1 + x2) / 2
    a, b = y1 + thickness / 2, y2 + thickness / 2
    return (f"<path class=\"band\" d=\"M{x1:.1f},{a:.1f} C{middle:.1f},{a:.1f} {middle:.1f},{b:.1f} {x2:.1f},{b:.1f}\" "
            f"stroke=\"{colour}\" stroke-opacity=\"0.45\" stroke-width=\"{max(thickness, 1):.1f}\" fill=\"none\">"
            f"<title>{escape(title)}</title></path>")


def _id_order(item_id: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in item_id.split("."))


# The record's columns on the page and their share of its width: the sheet's fifteen columns
# folded so that the table fits 1280 px (ids with their labels, systems with their owners, tables
# and fields behind a disclosure, retention per system, specific data with the assessment it needs).
_TABLE_COLUMNS = {
    "category": 12, "purpose": 12, "systems (owner)": 12, "tables": 8, "data subjects": 8, "source of data": 9,
    "recipients": 10, "retention per system": 14, "legal basis": 8, "specific data": 7,
}


def _ropa_table(result: AuditResult, ropa: Ropa) -> str:
    """The record, one row per processing activity, in columns that wrap instead of scrolling."""
    sources = result.declarations.sources
    columns = "".join(f"<col style=\"width:{share}%\">" for share in _TABLE_COLUMNS.values())
    head = "".join(f"<th>{escape(column)}</th>" for column in _TABLE_COLUMNS)
    body = []
    for row in ropa.rows:
        cells = [
            _cell(f"<b>{escape(row.category)}</b><small>{escape(row.category_label)}</small>", row.category),
            _cell(f"<b>{escape(row.purpose)}</b><small>{escape(row.purpose_label)}</small>", row.purpose),
            _cell("".join(f"<span class=\"system\">{escape(system)}{_owner(sources, system)}</span>"
                          for system in row.systems)),
            _cell(f"<details><summary>{len(row.tables)} table{'s' if len(row.tables) != 1 else ''}, "
                  f"{len(row.fields)} field{'s' if len(row.fields) != 1 else ''}</summary><ul>"
                  + "".join(f"<li>{escape(table)}</li>" for table in row.tables) + "</ul></details>"
                  + _drafts(row)),
            _list_cell(row.cell("data_subjects")),
            _cell(escape(row.origin), row.origin),
            _list_cell(row.cell("recipients")),
            _retention_cell(row.retention_lines()),
            _list_cell(row.cell("legal_basis")),
            _cell("yes: impact assessment due" if row.impact_assessment_due else "yes" if row.spesifik else "no",
                  css="flag" if row.spesifik else ""),
        ]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f"<div id=\"record\"><table id=\"ropa\"><colgroup>{columns}</colgroup><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table></div>")


def _cell(html: str, text: str = "", css: str = "") -> str:
    """A cell of ready HTML, marked unknown when its text says so."""
    css = css or ("unknown" if UNKNOWN in text else "")
    attribute = f' class="{css}"' if css else ""
    return f"<td{attribute}>{html}</td>"


def _drafts(row) -> str:
    """The row's fields whose registration is still a draft: shown apart, not in the record."""
    count = len(set(row.draft_fields))
    if not count:
        return ""
    return f"<small class=\"draft\">+{count} draft field{'s' if count != 1 else ''}, not in the record</small>"


def _owner(sources: dict, system: str) -> str:
    """' (team)': the owner of a declared system."""
    return f" ({escape(sources[system].owner_label)})" if system in sources else ""


def _list_cell(values: list[str]) -> str:
    """A cell of values, one a line."""
    return _cell("<br>".join(escape(value) for value in values), " ".join(values))


def _retention_cell(lines: list[tuple[str, str]]) -> str:
    """How long each system keeps the data (RopaRow.retention_lines), a system a line."""
    spans = [f"<span class=\"system\"><b>{escape(system)}</b>: {escape(text)}</span>" for system, text in lines]
    return _cell("".join(spans), " ".join(spans))
