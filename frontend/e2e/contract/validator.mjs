// Checks HTTP exchanges against the OpenAPI 3.1 contract, as the backend's REST tests do (ContractValidator.java):
// the operation exists, the status and content type are declared, a JSON body is valid against its schema
// (JSON Schema 2020-12), and a request body the server accepted is one the contract allows.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const BASE = 'https://perfmon.invalid/openapi.json';

export function loadContract(file) {
  return createValidator(parse(readFileSync(file, 'utf8')));
}

export function createValidator(document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of usedFormats(document)) {
    if (!ajv.formats[format]) {
      ajv.addFormat(format, true); // decimal128, int64, password: annotations only
    }
  }
  ajv.addSchema({ $id: BASE, components: document.components ?? {} });
  const templates = Object.keys(document.paths ?? {})
    .map((template) => ({
      template,
      pattern: new RegExp(`^${template.split(/(\{[^}]+\})/).map((part) => (part.startsWith('{') ? '[^/]+' : escapeRegExp(part))).join('')}$`),
      parameters: (template.match(/\{/g) ?? []).length,
    }))
    .sort((a, b) => a.parameters - b.parameters);
  const compiled = new Map();

  function validate(what, schema, key, text, out) {
    let instance;
    try {
      instance = JSON.parse(text);
    } catch (error) {
      out.push(`${what} is not JSON: ${error.message}`);
      return;
    }
    if (!compiled.has(key)) {
      compiled.set(key, ajv.compile(rebase(schema)));
    }
    const check = compiled.get(key);
    if (!check(instance)) {
      for (const error of check.errors) {
        out.push(`${what} at ${error.instancePath || '/'}: ${error.message} (${error.schemaPath})`);
      }
    }
  }

  /** What in the exchange the contract does not allow; empty when it conforms or lies outside the contract. */
  function mismatches({ method, path, requestContentType, requestBody, status, responseContentType, responseBody }) {
    const lower = method.toLowerCase();
    const match = templates.find((t) => t.pattern.test(path));
    if (!match) {
      return path.startsWith('/api/') && status < 400 ? [`no operation in the contract for path ${path}`] : [];
    }
    if (lower === 'options') {
      return [];
    }
    const operation = document.paths[match.template][lower === 'head' ? 'get' : lower];
    if (!operation) {
      return status >= 400 && status < 500 ? [] : [`no operation ${method} ${match.template}, yet the answer was ${status}`];
    }
    const out = [];
    const code = String(status);
    const responses = operation.responses ?? {};
    const declared = [code, `${code[0]}XX`, 'default'].find((c) => c in responses);
    if (!declared) {
      out.push(`status ${code} is not declared (declared: ${Object.keys(responses).join(', ')})`);
    } else if (lower !== 'head' && status !== 204 && status !== 304) {
      const content = resolve(document, responses[declared]).content;
      if (!content || Object.keys(content).length === 0) {
        if (responseBody.length > 0) {
          out.push(`status ${code} declares no body, yet one came as ${responseContentType}`);
        }
      } else {
        const media = mediaType(content, responseContentType);
        if (!media) {
          out.push(`content type ${responseContentType} is not declared for status ${code} (declared: ${Object.keys(content).join(', ')})`);
        } else if (isJson(responseContentType) && content[media].schema) {
          validate(`response ${code} body`, content[media].schema, `${lower} ${match.template} ${declared} ${media}`, responseBody, out);
        }
      }
    }
    if (status >= 200 && status < 300 && requestBody && isJson(requestContentType) && operation.requestBody) {
      const content = resolve(document, operation.requestBody).content ?? {};
      const media = mediaType(content, requestContentType);
      if (!media) {
        out.push(`the server accepted a request body of type ${requestContentType} that the contract does not declare`);
      } else if (content[media].schema) {
        validate('accepted request body', content[media].schema, `${lower} ${match.template} request ${media}`, requestBody, out);
      }
    }
    return out;
  }

  return { mismatches };
}

function resolve(document, node) {
  let current = node;
  for (let hops = 0; current && current.$ref && hops < 10; hops++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((at, token) => at?.[token], document);
  }
  return current ?? {};
}

/** Inline schemas refer to '#/components/…' of the contract, registered under BASE. */
function rebase(schema) {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? BASE + value : value,
  );
}

function mediaType(content, actual) {
  if (!actual) {
    return undefined;
  }
  const bare = actual.split(';')[0].trim().toLowerCase();
  return [bare, `${bare.split('/')[0]}/*`, '*/*'].find((candidate) => candidate in content);
}

function isJson(contentType) {
  const bare = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return bare === 'application/json' || bare.endsWith('+json');
}

function usedFormats(node, found = new Set()) {
  if (Array.isArray(node)) {
    node.forEach((item) => usedFormats(item, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') {
        found.add(value);
      } else {
        usedFormats(value, found);
      }
    }
  }
  return found;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
