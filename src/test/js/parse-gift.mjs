// Parses a GIFT file with gift-pegjs, an independent GIFT parser, and prints the questions as JSON.
// Usage: node parse-gift.mjs FILE   (exit 1 with the parser's message on a syntax error)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("gift-pegjs");

// gift-pegjs 1.0.2 leaves its escape placeholders (&&123; for "{" …) in the right-hand side of a
// matching pair; every other text it decodes. Decode those here the way the parser decodes the rest.
const placeholders = { "&&092;": "\\", "&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}", "&&126;": "~", "&&010": "\n" };
const decode = (s) => s.replace(/&&(092|058|035|061|123|125|126);|&&010/g, (m) => placeholders[m]);

const file = process.argv[2];
try {
  const questions = parse(readFileSync(file, "utf8"));
  for (const q of questions) {
    for (const p of q.matchPairs ?? []) {
      p.subanswer = decode(p.subanswer);
    }
  }
  process.stdout.write(JSON.stringify(questions, null, 1));
} catch (e) {
  const where = e.location ? `${e.location.start.line}:${e.location.start.column}: ` : "";
  process.stderr.write(`${file}: ${where}${e.message}\n`);
  process.exit(1);
}
