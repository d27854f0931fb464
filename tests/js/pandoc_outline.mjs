// Reads pandoc's JSON for a .docx (pandoc -f docx -t json) and prints its structure, one
// tab-separated line each, for tests/cli/document_formats_cli_test.cpp to compare with the
// Agreement it was generated from:
//   title    TEXT
//   heading  LEVEL  NUMBER  TEXT     NUMBER from the ordered lists pandoc rebuilt from Word's
//                                    numbering ("2.1"), empty for an unnumbered heading
//   table    INDEX  HEAD_ROWS  BODY_ROWS  COLUMNS
//   cell     TABLE  ROW  COLUMN  TEXT (rows counted across head and body)
// Usage: node pandoc_outline.mjs FILE.json
import { readFileSync } from 'node:fs';

const ast = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function inlines(list) {
  let out = '';
  for (const node of list ?? []) {
    switch (node.t) {
      case 'Str': out += node.c; break;
      case 'Space': case 'SoftBreak': case 'LineBreak': out += ' '; break;
      case 'Quoted': {
        const q = node.c[0].t === 'SingleQuote' ? "'" : '"';
        out += q + inlines(node.c[1]) + q;
        break;
      }
      case 'Emph': case 'Strong': case 'Underline': case 'Strikeout': case 'SmallCaps':
      case 'Superscript': case 'Subscript':
        out += inlines(node.c); break;
      case 'Span': case 'Link': out += inlines(node.c[1]); break;
      case 'Code': out += node.c[1]; break;
      default: break;
    }
  }
  return out;
}

function blocksText(list) {
  return (list ?? []).map((b) => (b.t === 'Plain' || b.t === 'Para') ? inlines(b.c) : '')
    .filter((s) => s !== '').join(' ');
}

const clean = (s) => s.replace(/[\t\n]/g, ' ').replace(/ +/g, ' ').trim();
const lines = [];
if (ast.meta?.title) {
  lines.push(['title', clean(inlines(ast.meta.title.c))]);
}
let tables = 0;

function walk(list, numbers) {
  for (const block of list ?? []) {
    switch (block.t) {
      case 'Header':
        lines.push(['heading', block.c[0], numbers.join('.'), clean(inlines(block.c[2]))]);
        break;
      case 'OrderedList': {
        const start = block.c[0][0];
        block.c[1].forEach((item, i) => walk(item, [...numbers, start + i]));
        break;
      }
      case 'BulletList':
        block.c.forEach((item) => walk(item, numbers));
        break;
      case 'BlockQuote': case 'Div':
        walk(block.t === 'Div' ? block.c[1] : block.c, numbers);
        break;
      case 'Table': {
        const [, , colspecs, head, bodies] = block.c;
        const index = tables++;
        const rows = [...head[1]];
        let bodyRows = 0;
        for (const body of bodies) {
          rows.push(...body[2], ...body[3]);
          bodyRows += body[2].length + body[3].length;
        }
        lines.push(['table', index, head[1].length, bodyRows, colspecs.length]);
        rows.forEach((row, r) => row[1].forEach((cell, c) =>
          lines.push(['cell', index, r, c, clean(blocksText(cell[4]))])));
        break;
      }
      default: break;
    }
  }
}

walk(ast.blocks, []);
process.stdout.write(lines.map((l) => l.join('\t')).join('\n') + '\n');
