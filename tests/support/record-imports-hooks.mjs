// The resolve hook for record-imports.mjs: tells the main thread each module URL as it is resolved.
let port;

export function initialize(data) {
  port = data.port;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}
