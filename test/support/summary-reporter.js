// Prints one plain closing line, "tests: N passed, N failed, N skipped", after jest's own summary,
// so CI logs state the outcome in a runner-neutral form.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    // at exit, so it comes after jest's own summary
    process.on('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
