import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

/** What browser.ts leaves on the test's global for this environment to call when a test fails. */
export interface FailureHook {
  (testName: string): Promise<string[]>;
}

/**
 * Jest's Node environment, plus: when a browser test fails, every page still open is photographed
 * and its address and visible errors are printed, before the test's afterEach closes it. A failure
 * seen only in CI is then diagnosable from its log and screenshots.
 */
export default class BrowserTestEnvironment extends TestEnvironment {
  async handleTestEvent(event: Circus.Event): Promise<void> {
    if (event.name !== 'test_fn_failure') return;
    const hook = this.global['__e2eOnFailure'] as FailureHook | undefined;
    if (!hook) return;
    try {
      const notes = await hook(fullName(event.test));
      if (notes.length > 0)
        console.error(`Pages open when "${fullName(event.test)}" failed:\n${notes.join('\n')}`);
    } catch (error) {
      console.error(`Could not record the pages of the failed test: ${String(error)}`);
    }
  }
}

function fullName(test: Circus.TestEntry): string {
  const names: string[] = [test.name];
  for (
    let block: Circus.DescribeBlock | undefined = test.parent;
    block && block.name !== 'ROOT_DESCRIBE_BLOCK';
    block = block.parent
  ) {
    names.unshift(block.name);
  }
  return names.join(' › ');
}
