import { join } from 'node:path';
import { loadEnv } from '@best/kit';
import { DEFAULT_WEB_MANIFEST, gatewayEnvSchema } from '../env';
import { readManifest } from './manifest';

const exitWith = (message: string): never => {
  throw new Error(message);
};
const SECRET = 'a-production-secret-that-is-long-enough-0123456789';

describe('TRUSTED_DOCUMENTS in the gateway configuration', () => {
  it('enforces in production and allows elsewhere when unset', () => {
    const production = { NODE_ENV: 'production', GATEWAY_IDENTITY_SECRET: SECRET };
    expect(loadEnv(gatewayEnvSchema, production, exitWith).TRUSTED_DOCUMENTS).toBe('enforce');
    expect(loadEnv(gatewayEnvSchema, {}, exitWith).TRUSTED_DOCUMENTS).toBe('allow');
    expect(loadEnv(gatewayEnvSchema, { NODE_ENV: 'test' }, exitWith).TRUSTED_DOCUMENTS).toBe('allow');
  });

  it('takes an explicit mode either way, and refuses any other value', () => {
    expect(loadEnv(gatewayEnvSchema, { TRUSTED_DOCUMENTS: 'enforce' }, exitWith).TRUSTED_DOCUMENTS).toBe('enforce');
    const production = { NODE_ENV: 'production', GATEWAY_IDENTITY_SECRET: SECRET, TRUSTED_DOCUMENTS: 'allow' };
    expect(loadEnv(gatewayEnvSchema, production, exitWith).TRUSTED_DOCUMENTS).toBe('allow');
    expect(() => loadEnv(gatewayEnvSchema, { TRUSTED_DOCUMENTS: 'off' }, exitWith)).toThrow(/- TRUSTED_DOCUMENTS: /);
  });

  it("reads the web client's committed manifest by default", () => {
    expect(loadEnv(gatewayEnvSchema, {}, exitWith).TRUSTED_DOCUMENTS_MANIFEST).toBe(DEFAULT_WEB_MANIFEST);
    const manifest = readManifest(join(__dirname, '..', '..', '..', DEFAULT_WEB_MANIFEST));
    expect(manifest.operations.map((o) => o.name)).toContain('InitiativeRouteQuery');
  });

  it('says which file it could not read', () => {
    expect(() => readManifest('/nonexistent/manifest.json')).toThrow(
      /Cannot read the trusted-document manifest \/nonexistent/,
    );
  });
});
