// Benchmark harness, not product code: runs the npm package redact-pii (the peer a developer would otherwise pick)
// over the identifier-span corpus and scores it the way tests/Preround.Privacy.Tests/Corpus/IdentifierSpanTests does.
//
//   mkdir /tmp/rpii && cd /tmp/rpii && npm install redact-pii@3.4.0
//   NODE_PATH=/tmp/rpii/node_modules node bench/scripts/redact-pii-compare.js corpus/privacy-spans.jsonl
//
// redact-pii returns only the redacted text; each built-in redactor is given its own «label» replacement and the
// spans are recovered by matching the redacted text back onto the original. Its types map onto the corpus's:
// names -> name, streetAddress/zipcode -> place, phoneNumber -> phone, emailAddress -> email,
// usSocialSecurityNumber -> ssn, creditCardNumber/digits -> number, url/ipAddress/username -> web.
// It has no notion of patient context, so every match is a prediction (a clinic's phone number counts as an extra).
const fs = require('fs');
const { SyncRedactor } = require('redact-pii');

// NOTE: redact-pii 3.4.0 ignores a per-redactor replaceWith for these built-ins, so its default labels are read back.
const typeOf = {
  PERSON_NAME: 'name', STREET_ADDRESS: 'place', ZIPCODE: 'place', PHONE_NUMBER: 'phone', EMAIL_ADDRESS: 'email',
  US_SOCIAL_SECURITY_NUMBER: 'ssn', CREDIT_CARD_NUMBER: 'number', DIGITS: 'number', URL: 'web', IP_ADDRESS: 'web',
  USERNAME: 'web', PASSWORD: 'number', CREDENTIALS: 'number',
};
const redactor = new SyncRedactor();
const labelPattern = new RegExp('(' + Object.keys(typeOf).sort((a, b) => b.length - a.length).join('|') + ')');

function spansOf(original, redacted) {
  // Literal segments of the redacted text must appear in order in the original; labels cover what lies between.
  const parts = redacted.split(labelPattern);
  let pattern = '^';
  const labels = [];
  for (const p of parts) {
    if (typeOf[p]) { labels.push(p); pattern += '([\\s\\S]+?)'; }
    else pattern += p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const match = new RegExp(pattern + '$', 'd').exec(original);
  if (!match) return null;
  return labels.map((l, i) => ({ type: typeOf[l], start: match.indices[i + 1][0], length: match.indices[i + 1][1] - match.indices[i + 1][0] }));
}

const file = process.argv[2] || 'corpus/privacy-spans.jsonl';
const posts = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const tallies = {};
const tally = t => (tallies[t] ??= { tp: 0, fp: 0, fn: 0 });
let unaligned = 0, flaggedClean = 0, clean = 0;
const overlaps = (a, b) => a.start < b.start + b.length && b.start < a.start + a.length;
for (const post of posts) {
  const predicted = spansOf(post.text, redactor.redact(post.text));
  if (predicted === null) { unaligned++; continue; }
  for (const mark of post.identifiers) {
    if (predicted.some(p => p.type === mark.type && overlaps(p, mark))) tally(mark.type).tp++; else tally(mark.type).fn++;
  }
  for (const p of predicted) {
    if (!post.identifiers.some(m => m.type === p.type && overlaps(p, m))) tally(p.type).fp++;
  }
  if (post.identifiers.length === 0) { clean++; if (predicted.length > 0) flaggedClean++; }
}

// Speed: redact every post repeatedly, CPU time per post.
const rounds = 20;
const t0 = process.cpuUsage();
let sink = 0;
for (let r = 0; r < rounds; r++) for (const post of posts) sink += redactor.redact(post.text).length;
const cpu = process.cpuUsage(t0);
const usPerPost = (cpu.user + cpu.system) / (rounds * posts.length);

const types = Object.keys(tallies).sort();
let tp = 0, fp = 0, fn = 0;
console.log('type     marked  found  extra  precision  recall');
for (const t of types) {
  const { tp: a, fp: b, fn: c } = tallies[t];
  tp += a; fp += b; fn += c;
  const p = a + b ? a / (a + b) : 1, r = a + c ? a / (a + c) : 1;
  console.log(`${t.padEnd(8)} ${String(a + c).padStart(6)} ${String(a).padStart(6)} ${String(b).padStart(6)} ${p.toFixed(3).padStart(10)} ${r.toFixed(3).padStart(7)}`);
}
console.log(`all      ${String(tp + fn).padStart(6)} ${String(tp).padStart(6)} ${String(fp).padStart(6)} ${(tp / (tp + fp)).toFixed(3).padStart(10)} ${(tp / (tp + fn)).toFixed(3).padStart(7)}`);
console.log(`clean posts with any identifier flagged: ${flaggedClean}/${clean}; posts not aligned: ${unaligned}`);
console.log(`speed: ${usPerPost.toFixed(1)} us CPU per post (${rounds} rounds x ${posts.length} posts, node ${process.version}) ${sink > 0 ? '' : '!'}`);
