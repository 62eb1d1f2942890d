#!/usr/bin/env node
// Writes the per-widget API tables of README.md (between the api:start / api:end markers) from
// custom-elements.json, so the README says exactly what the manifest says. Run by `npm run analyze`.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const order = ['attention-stepper', 'sqrt-d-explorer', 'causal-mask-view', 'attention-quiz'];
const decls = new Map();
for (const mod of manifest.modules ?? [])
  for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) decls.set(d.tagName, d);

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ].join('\n')
    : '';

const out = [];
for (const tag of order) {
  const d = decls.get(tag);
  if (!d) throw new Error(`custom-elements.json has no <${tag}>`);
  out.push(`### \`<${tag}>\``, '', cell(d.summary ?? ''), '');
  const attrs = d.attributes ?? [];
  out.push(
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attrs.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    ),
  );
  const attrFields = new Set(attrs.map((a) => a.fieldName));
  const props = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' && !attrFields.has(m.name) && !m.privacy && !m.static && m.description,
  );
  out.push(
    table(
      ['property (no attribute)', 'type', 'description'],
      props.map((p) => [
        code(p.name) + (p.readonly ? ' (read-only)' : ''),
        code(p.type?.text),
        cell(p.description),
      ]),
    ),
  );
  const methods = (d.members ?? []).filter(
    (m) => m.kind === 'method' && !m.privacy && !m.static && m.description,
  );
  out.push(
    table(
      ['method', 'description'],
      methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
        cell(m.description),
      ]),
    ),
  );
  out.push(
    table(
      ['event', 'type', 'description'],
      (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
  );
  out.push(
    table(
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  );
  out.push(
    table(
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
    ),
  );
  const props2 = d.cssProperties ?? [];
  if (props2.length)
    out.push(
      `CSS custom properties: ${props2.map((p) => code(p.name)).join(', ')} (defaults in \`src/themes/light.css\`).`,
      '',
    );
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start (generated from custom-elements.json by npm run analyze) -->';
const end = '<!-- api:end -->';
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < i) throw new Error('README.md lacks the api:start / api:end markers');
writeFileSync(
  'README.md',
  readme.slice(0, i + start.length) +
    '\n\n' +
    out.join('\n').replace(/\n{3,}/g, '\n\n') +
    '\n' +
    readme.slice(j),
);
console.log(`[analyze] README.md: API tables for ${order.length} widgets`);
