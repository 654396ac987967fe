namespace Preround.Core.Reporting;

/// <summary>
/// The look shared by every report Preround writes for people (the archive audit and the posting review): one inline
/// stylesheet with system fonts, muted clinical colours, severity colours, chart classes and print rules, so reports
/// read as one product and stay self-contained (no external fonts, scripts or styles).
/// </summary>
public static class ReportStyle
{
    /// <summary>The stylesheet, to be inlined in a &lt;style&gt; element.</summary>
    public const string Css = """
:root{--bg:#f4f6f8;--card:#fff;--line:#dde3ea;--text:#1d2733;--muted:#5d6b7b;--accent:#0f766e;--block:#b42318;--warn:#b54708;--info:#475467;--ok:#067647}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1120px;margin:0 auto;padding:28px 24px 48px}
header{border-bottom:1px solid var(--line);padding-bottom:16px;margin-bottom:20px}
.brand{font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:var(--accent);font-weight:600}
.brand span{color:var(--muted);font-weight:500}
h1{font-size:26px;font-weight:600;margin:6px 0 4px}
h2{font-size:16px;font-weight:600;margin:0 0 4px}
.section-title{margin:28px 0 12px}
.meta{color:var(--muted);margin:0}
.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.muted{color:var(--muted)}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-bottom:16px}
.tile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;border-top:3px solid var(--line)}
.tile.ok{border-top-color:var(--ok)}.tile.warn{border-top-color:var(--warn)}.tile.block{border-top-color:var(--block)}
.tile .value{font-size:28px;font-weight:600;font-variant-numeric:tabular-nums}
.tile .label{font-weight:600}
.tile .detail{color:var(--muted);font-size:13px}
.headline{background:#e8f3f1;border-left:4px solid var(--accent);padding:12px 16px;border-radius:4px;margin:0 0 16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:18px 20px;margin-bottom:16px}
.grid2{display:grid;grid-template-columns:3fr 2fr;gap:16px}
.grid2 .card{margin-bottom:16px}
.chart{width:100%;height:auto;display:block;margin-top:8px}
.axis-label{font-size:11px;fill:var(--muted)}
.axis-label.minor{fill:#9aa5b1}
.value-label{font-size:11.5px;fill:var(--text);font-variant-numeric:tabular-nums}
.grid{stroke:#edf0f3}.axis{stroke:#c3ccd5}
.volume{fill:#dfe5eb}
.stack{display:flex;height:14px;border-radius:7px;overflow:hidden;margin:12px 0;background:#eef1f4}
table{border-collapse:collapse;width:100%}
td,th{padding:6px 8px;border-bottom:1px solid #eef1f4;text-align:left;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:8px;vertical-align:-1px}
.legend{list-style:none;padding:0;margin:10px 0 0;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:var(--muted)}
.patterns{list-style:none;padding:0;margin:8px 0 0}
.patterns li{display:flex;align-items:center;gap:14px;padding:8px 0;border-bottom:1px solid #eef1f4}
.patterns li:last-child{border-bottom:0}
.spark{width:160px;height:28px;flex:none}
.cleanup{margin:8px 0 0;padding:0;list-style:none;counter-reset:step}
.cleanup li{counter-increment:step;position:relative;padding:10px 12px 10px 52px;margin:0 0 8px;border:1px solid #eef1f4;border-left:4px solid var(--line);border-radius:6px}
.cleanup li:before{content:counter(step);position:absolute;left:12px;top:10px;width:26px;height:26px;border-radius:50%;background:#eef1f4;color:var(--text);font-weight:700;font-size:13px;text-align:center;line-height:26px}
.cleanup li.sev-item-block{border-left-color:var(--block);background:#fffafa}.cleanup li.sev-item-block:before{background:var(--block);color:#fff}
.cleanup li.sev-item-warn{border-left-color:var(--warn)}.cleanup li.sev-item-warn:before{background:#fbe8cf;color:var(--warn)}
.cleanup li.sev-item-info{border-left-color:var(--info)}
.cleanup li p{margin:2px 0;color:var(--muted)}
.cleanup .when{float:right;font-size:11px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;margin-left:8px}
.cleanup li.erasure{background:#fdf6ec;border-left-color:var(--warn)}
.cleanup li.erasure p{color:var(--text)}
.links a{font-size:12.5px;color:var(--accent);margin-right:8px;white-space:nowrap}
.post{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:8px;padding:14px 18px;margin-bottom:12px}
.post.v-block{border-left-color:var(--block)}.post.v-warn{border-left-color:var(--warn)}
.post-head{display:flex;align-items:center;gap:12px;flex-wrap:wrap;font-size:13px}
.post-head time{font-weight:600}
.open{margin-left:auto;color:var(--accent);text-decoration:none;font-weight:500}
.open:hover{text-decoration:underline}
.badge{font-size:11px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;padding:2px 8px;border-radius:10px;color:#fff}
.badge.v-block{background:var(--block)}.badge.v-warn{background:var(--warn)}.badge.v-ok{background:var(--ok)}
.text{margin:10px 0;white-space:normal;overflow-wrap:anywhere}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark.sev-block{background:#fde2df;box-shadow:inset 0 -2px 0 var(--block)}
mark.sev-warn{background:#fdf0d8;box-shadow:inset 0 -2px 0 var(--warn)}
mark.sev-info{background:#eaeef2;box-shadow:inset 0 -2px 0 var(--info)}
.findings{list-style:none;padding:0;margin:6px 0 0;font-size:13.5px}
.findings li{padding:6px 0;border-top:1px dashed #e6eaee;position:relative;padding-right:70px}
.sev{display:inline-block;min-width:44px;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;margin-right:8px}
.sev-block{color:var(--block)}.sev-warn{color:var(--warn)}.sev-info{color:var(--info)}
.cat{font-weight:600;margin-right:4px}
.suggest{color:var(--muted);margin:2px 0 0 52px}
.suggest:before{content:"Suggestion: ";font-weight:600}
.rule{position:absolute;right:0;top:6px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:11.5px;color:#8a96a3}
.bio{margin:10px 0;padding:10px 14px;background:#f7f9fa;border-left:3px solid var(--line);border-radius:4px}
.checklist{list-style:none;padding:0;margin:8px 0}
.checklist li{padding:4px 0}
.checklist .mark{display:inline-block;width:20px;font-weight:700}
.checklist .pass .mark{color:var(--ok)}.checklist .fail .mark{color:var(--block)}.checklist .check .mark{color:var(--info)}
.notes td{font-size:13px}
.lvl{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.lvl-error{color:var(--block)}.lvl-skipped{color:var(--warn)}.lvl-info{color:var(--info)}
footer{color:var(--muted);font-size:13px;margin-top:24px;border-top:1px solid var(--line);padding-top:12px}
.compact td{padding:4px 6px}
@media (max-width:800px){.tiles{grid-template-columns:repeat(2,1fr)}.grid2{grid-template-columns:1fr}}
.toc{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px;margin:0 0 16px}
.toc a{color:var(--accent);text-decoration:none}.toc a:hover{text-decoration:underline}
.kicker{font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:var(--accent);font-weight:600;margin:0}
h3{font-size:14px;font-weight:600;margin:16px 0 4px}
.tag{display:inline-block;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--accent);border:1px solid #b9dcd8;border-radius:3px;padding:0 5px;margin-right:6px}
.ids{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
svg .bar{fill:var(--accent)}svg .bar.drop,svg .bar.over{fill:var(--warn)}svg .track{fill:#eef1f4}
svg .target,svg .limit{stroke:var(--text);stroke-dasharray:4 3}svg .dropline{stroke:var(--warn);stroke-dasharray:2 2}
svg .s1{fill:var(--accent)}svg .s2{fill:#5fa39b}svg .s3{fill:#a7d0ca}svg .s4{fill:#d5dee5}
.rewrite{margin:8px 0 0;padding:8px 12px;background:#f3f8f7;border-radius:4px;font-size:13.5px}
.rewrite strong{color:var(--accent)}
.review section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:18px 20px;margin-bottom:16px}
.review header p.muted{margin:2px 0}.review h1{margin-top:6px}
.figures{display:flex;gap:28px;margin-bottom:8px;flex-wrap:wrap}.figure{display:flex;flex-direction:column}
.figure .value{font-size:24px;font-weight:600;color:var(--accent);font-variant-numeric:tabular-nums}
.actions ol{padding-left:22px;margin:0}.actions li{margin:8px 0}
.review svg{display:block;max-width:100%;height:auto;margin:8px 0}
.review svg text{font-size:11px;fill:var(--muted);stroke:none}.review svg text.label{fill:var(--text)}
@media print{
@page{margin:14mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:12px}main{max-width:none;padding:0}
.toc,.open{display:none}
.card,.post,.tile,.cleanup li,.patterns li,.review section{break-inside:avoid}
.section-title{break-before:page}
.tiles{grid-template-columns:repeat(4,1fr)}.grid2{grid-template-columns:3fr 2fr}
a{color:inherit;text-decoration:none}
}
""";
}
