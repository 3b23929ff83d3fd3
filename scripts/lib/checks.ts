// The pass/fail bookkeeping of the scripts that test a running system (smoke, two instances, faults, load).

export function checklist(title: string) {
  let passed = 0;
  let failed = 0;
  return {
    /** Records one check; the detail is printed when it fails, or always with `showDetail` (figures). */
    check(name: string, condition: boolean, detail?: unknown, showDetail = false) {
      if (condition) passed++;
      else failed++;
      const shown = detail !== undefined && (!condition || showDetail) ? `: ${JSON.stringify(detail).slice(0, 500)}` : '';
      console.log(`  ${condition ? 'ok  ' : 'FAIL'} ${name}${shown}`);
    },
    /** An error that stopped the run counts as a failure. */
    error(error: unknown) {
      failed++;
      console.error(error);
    },
    /** Prints the closing "N passed, N failed" line and exits with its verdict. */
    finish(): never {
      console.log(`${title}: ${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}
