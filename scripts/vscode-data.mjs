#!/usr/bin/env node
// Turns custom-elements.json into vscode.html-custom-data.json so editors autocomplete the tags
// and their attributes (VS Code: "html.customData": ["./node_modules/attention-widgets/vscode.html-custom-data.json"]).
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    tags.push({
      name: decl.tagName,
      description: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
      attributes: (decl.attributes ?? []).map((a) => {
        const values = /^(('[^']*'|"[^"]*")\s*\|\s*)+('[^']*'|"[^"]*")$/.test(a.type?.text ?? '')
          ? a.type.text.split('|').map((v) => ({name: v.trim().slice(1, -1)}))
          : undefined;
        return {
          name: a.name,
          description: [a.description, a.default ? `Default: ${a.default}` : '']
            .filter(Boolean)
            .join(' '),
          ...(values ? {values} : {}),
        };
      }),
    });
  }
}
tags.sort((a, b) => a.name.localeCompare(b.name));
writeFileSync('vscode.html-custom-data.json', JSON.stringify({version: 1.1, tags}, null, 2) + '\n');
console.log(`[analyze] vscode.html-custom-data.json: ${tags.length} tags`);
