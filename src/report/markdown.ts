/**
 * The Markdown report: readable as plain text, rendered by GitHub, GitLab and
 * notebooks. Figures are linked from the run's folder (`figures/*.svg`, `*.png`),
 * which is where the report is written.
 */
import type { ReportModel } from './report-model.js';

/** A table cell: pipes escaped, line breaks folded. */
function cell(s: string): string {
  return s
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

export function reportMarkdown(m: ReportModel): string {
  const out: string[] = [`# ${m.heading}`, ''];
  out.push(...table(['', ''], m.facts), '');
  if (m.error !== null) out.push('## Error', '', '```text', m.error, '```', '');
  if (m.citation !== null) out.push(`**Reproduces** ${m.citation}`, '');
  if (m.finding !== null) out.push(`**Published finding.** ${m.finding}`, '');
  if (m.outcome !== null) {
    out.push(`## Criteria: ${m.outcome.passed} of ${m.outcome.total} met`, '');
    out.push(
      ...table(
        ['criterion', 'result', 'measured', 'expected', 'what it checks'],
        m.criteria.map((c) => [c.id, c.passed ? 'pass' : '**FAIL**', c.measured, c.expected, c.description]),
      ),
      '',
    );
  }
  for (const c of m.comparisons) {
    out.push(`## Measured vs published: ${c.title}`, '');
    out.push(
      ...table(
        ['', 'measured: mean [95% CI]', 'published'],
        c.rows.map((r) => [r.label, r.measured, r.published]),
      ),
      '',
    );
  }
  if (m.figures.length > 0) {
    out.push('## Figures', '');
    for (const f of m.figures) {
      out.push(`![${cell(f.title)}](${f.svgFile})`, '');
      out.push(`*${f.title}* — [SVG](${f.svgFile})${f.pngFile ? ` · [PNG](${f.pngFile})` : ''}`, '');
    }
  }
  if (m.metrics.length > 0) {
    out.push('## Metrics', '', 'Mean across simulated subjects with its 95% confidence interval.', '');
    out.push(
      ...table(
        ['metric', 'value', 'n'],
        m.metrics.map((x) => [x.name, x.value, String(x.n)]),
      ),
      '',
    );
  }
  if (m.publishedValues.length > 0) {
    out.push('## Published values', '', ...table(['', ''], m.publishedValues), '');
  }
  if (m.protocol !== null) out.push('## Protocol', '', m.protocol, '');
  if (m.notes.length > 0) out.push('## Notes', '', ...m.notes.map((n) => `- ${n}`), '');
  out.push('## Parameters', '', ...table(['parameter', 'value'], m.params), '');
  return `${out.join('\n').trimEnd()}\n`;
}
