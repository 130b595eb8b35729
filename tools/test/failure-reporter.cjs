// A jest reporter that writes one line per failed test to the file named by TEST_FAILURES_FILE, so
// `npm test` can repeat them in its closing summary. A CI log is often read from its tail only, and
// jest prints a failure hundreds of lines above it. Without the variable it does nothing.
// With TEST_COUNTS_FILE set it also appends each run's totals ("suites tests failed"), which `npm test`
// adds up per step for its summary.
const { appendFileSync, mkdirSync } = require('node:fs');
const { dirname, relative, resolve } = require('node:path');

// Jest runs in each project's folder (Nx's inferred targets): paths are kept relative to the workspace.
const WORKSPACE = resolve(__dirname, '../..');
const fromWorkspace = (file) => (file ? resolve(WORKSPACE, file) : undefined);

// Jest colours its failure messages; the summary is read as plain text.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first line of a failure that says what went wrong, at most `max` characters. */
function firstLine(message, max = 240) {
  const line =
    message
      .replace(ANSI, '')
      .split('\n')
      .map((text) => text.trim())
      .find((text) => text !== '') ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

class FailureReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.file = fromWorkspace(process.env.TEST_FAILURES_FILE);
    this.countsFile = fromWorkspace(process.env.TEST_COUNTS_FILE);
  }

  onRunComplete(_contexts, results) {
    if (!this.countsFile) return;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    mkdirSync(dirname(this.countsFile), { recursive: true });
    appendFileSync(this.countsFile, `${results.numTotalTestSuites} ${results.numTotalTests} ${failed}\n`);
  }

  onTestResult(test, result) {
    if (!this.file) return;
    const where = relative(WORKSPACE, test.path);
    const lines = [];
    if (result.testExecError)
      lines.push(`${where}: ${firstLine(result.testExecError.message ?? String(result.testExecError))}`);
    for (const assertion of result.testResults) {
      if (assertion.status !== 'failed') continue;
      lines.push(`${where} › ${assertion.fullName}: ${firstLine(assertion.failureMessages.join('\n'))}`);
    }
    if (lines.length === 0) return;
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, lines.map((line) => `${line}\n`).join(''));
  }
}

module.exports = FailureReporter;
