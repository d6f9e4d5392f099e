/**
 * The HTML report: one file that opens anywhere, offline, and can be mailed or
 * attached as it is. Figures are embedded (SVG as data URIs, so that the ids
 * inside one figure cannot clash with another's) and also linked as SVG and PNG
 * files from the run's folder.
 */
import type { ReportModel } from './report-model.js';

function esc(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function table(header: string[] | null, rows: string[][], rowClass?: (i: number) => string): string {
  const head = header ? `<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` : '';
  const body = rows
    .map((r, i) => {
      const cls = rowClass?.(i);
      return `<tr${cls ? ` class="${cls}"` : ''}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}tr.fail td:nth-child(2){color:#a00;font-weight:bold}tr.pass td:nth-child(2){color:#060}
figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #eee}figcaption{font-size:.9rem;color:#444}
pre{background:#f6f6f6;padding:.5rem;overflow:auto}.facts td:first-child{color:#555}`;

export function reportHtml(m: ReportModel): string {
  const parts: string[] = [];
  parts.push(`<h1>${esc(m.heading)}</h1>`);
  parts.push(`<div class="facts">${table(null, m.facts)}</div>`);
  if (m.error !== null) parts.push(`<h2>Error</h2>\n<pre>${esc(m.error)}</pre>`);
  if (m.citation !== null) parts.push(`<p><strong>Reproduces</strong> ${esc(m.citation)}</p>`);
  if (m.finding !== null) parts.push(`<p><strong>Published finding.</strong> ${esc(m.finding)}</p>`);
  if (m.outcome !== null) {
    parts.push(`<h2>Criteria: ${m.outcome.passed} of ${m.outcome.total} met</h2>`);
    parts.push(
      table(
        ['criterion', 'result', 'measured', 'expected', 'what it checks'],
        m.criteria.map((c) => [c.id, c.passed ? 'pass' : 'FAIL', c.measured, c.expected, c.description]),
        (i) => (m.criteria[i]!.passed ? 'pass' : 'fail'),
      ),
    );
  }
  for (const c of m.comparisons) {
    parts.push(`<h2>Measured vs published: ${esc(c.title)}</h2>`);
    parts.push(
      table(
        ['', 'measured: mean [95% CI]', 'published'],
        c.rows.map((r) => [r.label, r.measured, r.published]),
      ),
    );
  }
  if (m.figures.length > 0) {
    parts.push('<h2>Figures</h2>');
    for (const f of m.figures) {
      const img =
        f.svg === null
          ? ''
          : `<img alt="${esc(f.title)}" src="data:image/svg+xml;base64,${Buffer.from(f.svg).toString('base64')}">`;
      const links = `<a href="${esc(f.svgFile)}">SVG</a>${f.pngFile ? ` · <a href="${esc(f.pngFile)}">PNG</a>` : ''}`;
      parts.push(`<figure>${img}<figcaption>${esc(f.title)} — ${links}</figcaption></figure>`);
    }
  }
  if (m.metrics.length > 0) {
    parts.push('<h2>Metrics</h2>\n<p>Mean across simulated subjects with its 95% confidence interval.</p>');
    parts.push(
      table(
        ['metric', 'value', 'n'],
        m.metrics.map((x) => [x.name, x.value, String(x.n)]),
      ),
    );
  }
  if (m.publishedValues.length > 0)
    parts.push(`<h2>Published values</h2>\n${table(null, m.publishedValues)}`);
  if (m.protocol !== null) parts.push(`<h2>Protocol</h2>\n<p>${esc(m.protocol)}</p>`);
  if (m.notes.length > 0)
    parts.push(`<h2>Notes</h2>\n<ul>${m.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  parts.push(
    `<h2>Parameters</h2>\n<details><summary>${m.params.length} parameters</summary>\n${table(['parameter', 'value'], m.params)}\n</details>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.heading)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
