import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Fails the run when no test actually ran (none found, all filtered out or all skipped),
 * so a broken testDir or a stray `test.skip` cannot turn the e2e suite silently green.
 */
export default class RequireTestsReporter implements Reporter {
  private ran = 0;

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status !== "skipped") this.ran += 1;
  }

  async onEnd(): Promise<{ status: FullResult["status"] } | undefined> {
    if (this.ran > 0) return undefined;
    console.error(
      "\nNo e2e test ran: failing the run (see e2e/support/require-tests-reporter.ts).",
    );
    return { status: "failed" };
  }

  printsToStdio(): boolean {
    return false;
  }
}
