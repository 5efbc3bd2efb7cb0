// Stands in for a host's server in the plain-HTML example: a form posted to
// /scans gets back a page holding the fields it received, so the test can read
// exactly what a browser sent.

const MAX_BODY = 5_000_000;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('form body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Koa middleware for the dev server: echoes POST /scans (urlencoded) as JSON inside an HTML page. */
export async function formEcho(ctx, next) {
  if (ctx.method !== 'POST' || ctx.path !== '/scans') return next();
  const contentType = ctx.get('content-type');
  const fields = {};
  for (const [name, value] of new URLSearchParams(await readBody(ctx.req))) (fields[name] ??= []).push(value);
  // `<` escaped so field text cannot end the script element early.
  const json = JSON.stringify({ method: ctx.method, contentType, fields }).replace(/</g, '\\u003c');
  ctx.status = 200;
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><title>Received</title><script type="application/json" id="received">${json}</script>`;
}
