import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { call, openApiPathOf, routeFilesUnderApi } from '../support/api.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document by Redocly’s recommended rules', async () => {
    const response = await call('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(response.body), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('documents every route under app/api, method by method, and nothing that does not exist', async () => {
    const document = (await call('GET', '/api/openapi.json')).body;
    const documented = new Set(
      Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const served = new Set<string>();
    for (const route of routeFilesUnderApi()) {
      const path = openApiPathOf(route.segments);
      // next-auth's own browser endpoints and the unknown-path catch-all are not part of the API.
      if (!path) continue;
      const module = (await import(route.file)) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
      for (const method of METHODS) {
        const url = `http://localhost:3003/api${path.replace(/\{[^}]+\}/g, 'xyz_0000000000000000')}`;
        const response = await module[method]!(new Request(url, { method }), { params: Promise.resolve({ id: 'xyz_0000000000000000' }) });
        if (response.status !== 405) served.add(`${method} ${path}`);
      }
    }
    expect([...served].sort()).toEqual([...documented].sort());
  });
});
