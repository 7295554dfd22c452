// Node test environment that takes a screenshot of the open page when a test fails, so a red
// journey comes with a picture of what the user would have seen (test-results/, gitignored).
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const RESULTS_DIR = path.resolve(__dirname, '../../../../test-results/admin-e2e');

class BrowserEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const page = this.global.__e2ePage;
    if (!page || page.isClosed()) return;
    const name = event.test ? fullName(event.test) : `hook-${event.hook?.type ?? 'unknown'}`;
    const file = path.join(RESULTS_DIR, `${name.replace(/[^\w-]+/g, '_').slice(0, 120)}.png`);
    try {
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: file, fullPage: true, timeout: 5000 });
      console.error(`Screenshot of the failure: ${file} (URL ${page.url()})`);
    } catch (error) {
      console.error(`Could not take a failure screenshot: ${error}`);
    }
  }
}

function fullName(test) {
  const names = [];
  for (let t = test; t && t.name !== 'ROOT_DESCRIBE_BLOCK'; t = t.parent) names.unshift(t.name);
  return names.join(' ');
}

module.exports = BrowserEnvironment;
