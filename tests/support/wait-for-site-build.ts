/**
 * Setup file of the `site` tests: a site test file loads only once the build the global setup
 * started has finished (tests/support/build-and-serve.ts), and fails with the build's output if
 * the build failed.
 */
import { inject } from 'vitest';
import { siteBuilt } from './site-built';

await siteBuilt(inject('sharedBuildsDir'));
