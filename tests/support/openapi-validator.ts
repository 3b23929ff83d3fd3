import { Ajv2020 } from 'ajv/dist/2020.js';
import { openApiDocument } from '../../lib/api/openapi.ts';

/**
 * Checks a response against what /api/openapi.json promises for that operation and status, so every
 * call the API tests make also proves the document right.
 */
const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(document as object, 'openapi');

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export function responseProblems(method: string, openApiPath: string, status: number, body: unknown, mediaType: string): string[] {
  const operation = (document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>)[openApiPath]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${openApiPath} is not in the OpenAPI document`];
  const response = operation.responses[String(status)];
  if (!response) return [`${method} ${openApiPath} documents no ${status} response`];
  if (!mediaType) return response.content ? [`${method} ${openApiPath} ${status} documents a body but none came`] : [];
  if (!mediaType.includes('json')) return response.content?.[mediaType] ? [] : [`${method} ${openApiPath} ${status} documents no ${mediaType} body`];
  const ref = `openapi#/${pointer('paths', openApiPath, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${method} ${openApiPath} ${status}: ${error.instancePath || '(body)'} ${error.message}`);
}
