package show

// css is the whole style sheet. Entity types: Okabe–Ito colours and an
// underline style each (solid, double, dashed, dotted), so print and
// colour-blind readers can tell them apart.
const css = `
:root{--per:#0072B2;--loc:#009E73;--org:#D55E00;--misc:#CC79A7;--quote:#F0E442;--spk:#E69F00;--ink:#111;--mute:#555}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);margin:0 auto;max-width:70rem;padding:1rem 1.5rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:#0047a0}
a:focus,[tabindex]:focus{outline:3px solid #000;outline-offset:2px}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse}td,th{padding:.15rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.legend span{margin-right:1rem;white-space:nowrap}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.7;border:1px solid #ccc;padding:1rem;max-width:48rem}
.m,.text a{color:inherit;text-underline-offset:3px;padding:0 1px;border-radius:2px}
.PER{text-decoration:underline solid var(--per);text-decoration-thickness:2px;background:#0072B222}
.LOC{text-decoration:underline double var(--loc);background:#009E7322}
.ORG{text-decoration:underline dashed var(--org);text-decoration-thickness:2px;background:#D55E0022}
.MISC{text-decoration:underline dotted var(--misc);text-decoration-thickness:3px;background:#CC79A722}
.OTHER{text-decoration:underline wavy #777}
.q{background:#F0E44266;border-bottom:2px solid #b8a800}
.spk{outline:2px solid var(--spk);font-weight:600}
.sw{display:inline-block;width:2.2em;height:.9em;vertical-align:middle;margin-right:.3em}
.article,.page{display:none}
.article:target,.article:has(:target){display:block}
.page.first,.page:target{display:block}
body:has(.page:target) .page.first:not(:target){display:none}
body:has(.article:target,.article :target) #index{display:none}
nav.art{display:flex;gap:1rem;margin:.5rem 0;flex-wrap:wrap}
dl.f{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;margin:.2rem 0 .6rem}
dl.f dt{color:var(--mute)}dl.f dd{margin:0;word-break:break-word}
.quotes li{margin-bottom:.6rem}
.quotes dl.f{display:flex;flex-wrap:wrap;gap:0 1rem;font-size:.85rem}.quotes dl.f dt::after{content:":"}
.legend .m,.legend .q,.legend .spk{padding:0 .3em}
.err{color:#a00}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.charts figure{margin:0}.charts figcaption{font-weight:600}
svg text{font:12px system-ui,sans-serif;fill:#111}
.muted{color:var(--mute)}
kbd{border:1px solid #999;border-radius:3px;padding:0 .3em;font-size:.85em}
@media print{.article{display:block;page-break-before:always}.page{display:block}nav.art,.keys{display:none}a{color:inherit}}
`

// labelClass is the style class of an entity label; labels the style
// sheet does not know get a plain grey underline.
func labelClass(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "LOCATION":
		return "LOC"
	case "ORGANIZATION":
		return "ORG"
	case "MISC":
		return "MISC"
	}
	return "OTHER"
}

// script adds keyboard navigation: n and p open the next and previous
// article, i the index, and j/k move the focus between highlights.
const script = `
(function(){
  function cur(){var h=decodeURIComponent(location.hash.slice(1));var el=h&&document.getElementById(h);return el?el.closest('.article'):null}
  document.addEventListener('keydown',function(ev){
    if(ev.ctrlKey||ev.metaKey||ev.altKey)return;
    var t=ev.target;if(t&&(t.tagName==='INPUT'||t.tagName==='TEXTAREA'))return;
    var a=cur();
    if(ev.key==='i'){location.hash='index';return}
    if((ev.key==='n'||ev.key==='p')&&a){var l=a.querySelector(ev.key==='n'?'a[rel=next]':'a[rel=prev]');if(l)location.hash=l.getAttribute('href').slice(1);return}
    if((ev.key==='j'||ev.key==='k')&&a){var hs=Array.prototype.slice.call(a.querySelectorAll('.text [tabindex],.text a'));if(!hs.length)return;var i=hs.indexOf(document.activeElement);i=ev.key==='j'?i+1:i-1;if(i<0)i=hs.length-1;if(i>=hs.length)i=0;hs[i].focus();ev.preventDefault()}
  });
})();
`
