import { describe, expect, it } from '@jest/globals';
import { trustProxyProblem } from './trust-proxy.js';

describe('trustProxyProblem', () => {
  it('takes addresses, CIDRs and express\'s named ranges', () => {
    for (const entry of ['10.0.0.5', '172.16.0.0/12', 'fd00::/8', '::1', 'loopback', 'uniquelocal']) expect(trustProxyProblem(entry)).toBeNull();
  });

  it('refuses a hop count or true, which would believe any client, saying what to write instead', () => {
    expect(trustProxyProblem('1')).toBe('"1" is not an address, a CIDR or one of loopback, linklocal, uniquelocal; '
      + 'list the proxies in front of the api, e.g. 10.0.0.5,172.16.0.0/12 (a hop count such as 1 is not accepted)');
    expect(trustProxyProblem('true')).toMatch(/^"true" is not an address/);
    expect(trustProxyProblem('10.0.0.0/33')).toMatch(/^"10.0.0.0\/33"/);
    expect(trustProxyProblem('1/8')).toMatch(/^"1\/8"/);
  });
});
