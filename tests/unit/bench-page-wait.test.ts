import { describe, expect, it } from 'vitest';
import { pollExpression, waitInPage } from '../../scripts/bench/page-wait.mjs';

/** Evaluates an expression as `Runtime.evaluate` would, here (Node has `performance` and `setTimeout` too). */
const evaluate = (expression: string): Promise<unknown> => (0, eval)(expression);

/** A stand-in for a CDP session attached to a page: evaluates here and answers as the protocol does. */
function fakeSession() {
  const sent: { method: string; params: Record<string, unknown> }[] = [];
  return {
    sent,
    async send(method: string, params: { expression: string }) {
      sent.push({ method, params });
      try {
        return { result: { type: 'object', value: await evaluate(params.expression) } };
      } catch (error) {
        return { result: { type: 'object' }, exceptionDetails: { text: 'Uncaught', exception: { description: String(error) } } };
      }
    },
  };
}

describe('pollExpression', () => {
  it('resolves with the first truthy value, checking again every polling ms', async () => {
    (globalThis as any).__checks = 0;
    const predicate = (after: number) => ((globalThis as any).__checks += 1) > after && `after ${after}`;
    await expect(evaluate(pollExpression(predicate, 2, { polling: 1, timeout: 5000 }))).resolves.toBe('after 2');
    expect((globalThis as any).__checks).toBe(3);
  });

  it('resolves with null once the timeout has passed', async () => {
    await expect(evaluate(pollExpression(() => false, null, { polling: 5, timeout: 20 }))).resolves.toBeNull();
  });

  it('passes its argument as JSON', async () => {
    await expect(evaluate(pollExpression((arg: { id: string }) => arg.id, { id: 'step "1"' }, { polling: 1, timeout: 0 }))).resolves.toBe('step "1"');
  });

  it('rejects when the predicate throws', async () => {
    const predicate = () => {
      throw new Error('no map');
    };
    await expect(evaluate(pollExpression(predicate, null, { polling: 1, timeout: 100 }))).rejects.toThrow('no map');
  });

  it('refuses a polling interval that would never wait', () => {
    expect(() => pollExpression(() => true, null, { polling: 0, timeout: 10 })).toThrow(/polling must be over 0/);
  });
});

describe('waitInPage', () => {
  it('asks the page itself to wait, awaiting its promise by value', async () => {
    const cdp = fakeSession();
    await expect(waitInPage(cdp as any, (n: number) => [n, 'shown'], 7, { polling: 1, timeout: 100 })).resolves.toEqual([7, 'shown']);
    expect(cdp.sent).toHaveLength(1);
    expect(cdp.sent[0].method).toBe('Runtime.evaluate');
    expect(cdp.sent[0].params).toMatchObject({ awaitPromise: true, returnByValue: true });
  });

  it('returns null when the state never comes', async () => {
    await expect(waitInPage(fakeSession() as any, () => 0, null, { polling: 2, timeout: 10 })).resolves.toBeNull();
  });

  it('throws what the page threw', async () => {
    const predicate = () => {
      throw new Error('bad selector');
    };
    await expect(waitInPage(fakeSession() as any, predicate, null, { polling: 1, timeout: 10 })).rejects.toThrow(/waiting in the page: .*bad selector/);
  });
});
