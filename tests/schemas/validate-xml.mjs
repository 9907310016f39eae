// Validates an XML document (standard input) against a RELAX NG (.rng) or XML Schema (.xsd) file
// with libxml2 compiled to WebAssembly. Exit 0 when valid; otherwise the errors on standard error.
// Run as a child process because libxml2-wasm is an ES module that jest's CommonJS cannot load.
import { readFileSync } from 'node:fs';
import { RelaxNGValidator, XmlDocument, XsdValidator } from 'libxml2-wasm';

const schemaPath = process.argv[2];
const schema = XmlDocument.fromString(readFileSync(schemaPath, 'utf8'), { url: schemaPath });
const validator = schemaPath.endsWith('.rng') ? RelaxNGValidator.fromDoc(schema) : XsdValidator.fromDoc(schema);
const document = XmlDocument.fromString(readFileSync(0, 'utf8'));
try {
  validator.validate(document);
  process.stdout.write('valid\n');
} catch (error) {
  const details = error.details?.map((d) => `line ${d.line}: ${d.message}`).join('\n') ?? String(error);
  process.stderr.write(`${details}\n`);
  process.exitCode = 1;
} finally {
  document.dispose();
  validator.dispose();
  schema.dispose();
}
