// Times npm twitter-text's parseTweet on the benchmark posts (written by `--export-posts`), wall and CPU time.
// Usage (outside the repository; nothing is installed into it):
//   mkdir /tmp/tt && cd /tmp/tt && npm install twitter-text@3.1.0
//   dotnet run -c Release --project <repo>/bench/Preround.Bench -- --export-posts /tmp/tt/tweet-posts.json
//   NODE_PATH=/tmp/tt/node_modules node <repo>/bench/Preround.Bench/Platforms/twitter-text-bench.js /tmp/tt/tweet-posts.json
const fs = require('fs');
const tt = require('twitter-text');
const posts = JSON.parse(fs.readFileSync(process.argv[2] || 'tweet-posts.json', 'utf8'));
const rounds = Number(process.argv[3] || 100000);
let sum = 0;
for (let i = 0; i < rounds / 5; i++) for (const p of posts) sum += tt.parseTweet(p).weightedLength; // warm-up
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) for (const p of posts) sum += tt.parseTweet(p).weightedLength;
const wallNs = Number(process.hrtime.bigint() - t0);
const cpu = process.cpuUsage(cpu0);
const cpuNs = (cpu.user + cpu.system) * 1000;
const n = rounds * posts.length;
console.log(JSON.stringify({
  posts: n,
  wallNsPerPost: +(wallNs / n).toFixed(1),
  cpuNsPerPost: +(cpuNs / n).toFixed(1),
  postsPerSecondWall: Math.round(n / (wallNs / 1e9)),
  postsPerSecondCpu: Math.round(n / (cpuNs / 1e9)),
  lengths: posts.map(p => tt.parseTweet(p).weightedLength),
  sum,
}));
