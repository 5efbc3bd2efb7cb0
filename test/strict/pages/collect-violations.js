// Records every Content-Security-Policy and Trusted Types violation of the page from
// its first byte on: a classic script, so it runs before the inline controls below it
// are parsed (and blocked). The test reads window.violations.
window.violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    const t = e.target;
    window.violations.push({
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      target: t && t.id ? `#${t.id}` : (t && t.nodeName) || '',
    });
  },
  true,
);
