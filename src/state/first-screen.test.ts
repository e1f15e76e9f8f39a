import { describe, expect, it } from 'vitest';
import { finishFirstScreen, isFirstScreenDone, whenFirstScreenDone } from './first-screen';

describe('the first screen', () => {
  it('is complete once the shell says so, and what waits for it runs then (and at once afterwards)', async () => {
    expect(isFirstScreenDone()).toBe(false);
    let ran = false;
    const waiting = whenFirstScreenDone().then(() => (ran = true));
    await Promise.resolve();
    expect(ran).toBe(false);
    finishFirstScreen();
    await waiting;
    expect(ran).toBe(true);
    expect(isFirstScreenDone()).toBe(true);
    await whenFirstScreenDone();
  });
});
