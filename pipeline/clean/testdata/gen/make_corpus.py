#!/usr/bin/env python3
"""Writes the cleaning test corpus from the invented articles in articles.json.

Run from pipeline/clean/testdata:  python3 gen/make_corpus.py
Every article is rendered into two HTML layouts (html/) and one scraped-text
layout (text/), with its expected body (NAME.expected.txt: the paragraphs,
one per line) and metadata (NAME.meta.json). The expected files are written
from the article itself, never from the cleaner's output.
"""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ARTS = json.load(open(os.path.join(HERE, "articles.json"), encoding="utf-8"))
SITES = ["Coastal Ledger", "Valley Courier", "Westbrook Post", "Danube Wire", "Field Notes Daily",
         "Greyford Echo", "Atlantic Isles News", "Citta Oggi", "Marlow Gazette", "Fjord Times"]
OTHER = [  # invented headlines for link lists
    "Ferry fares to rise in spring", "New school opens on the hill", "Why the river froze so early this year",
    "Five walks to try before the clocks change", "Local choir wins regional prize", "Market stalls return to the square",
    "Roadworks to close bridge for a month", "Heat pump grants explained", "Three cafés that bake their own bread",
    "Cycling lane plan divides residents", "Museum reopens after roof repair", "What the budget means for renters",
]


def esc(s):
    return html.escape(s, quote=True)


def write(name, sub, content, expected, meta):
    d = os.path.join(OUT, sub)
    os.makedirs(d, exist_ok=True)
    ext = ".html" if sub == "html" else ".input.txt"
    open(os.path.join(d, name + ext), "w", encoding="utf-8").write(content)
    open(os.path.join(d, name + ".expected.txt"), "w", encoding="utf-8").write("\n".join(expected) + "\n")
    json.dump(meta, open(os.path.join(d, name + ".meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def meta_of(a, published=None, byline=None, title=None):
    return {"title": title if title is not None else a["title"],
            "byline": a["byline"] if byline is None else byline,
            "dateline": a["dateline"], "agency": a["agency"],
            "published": a["published"] if published is None else published}


def ps(a, tag="p", attrs=""):
    return "\n".join(f"<{tag}{attrs}>{esc(p)}</{tag}>" for p in a["paras"])


def links(items, cls="related"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/n/{i}">{esc(t)}</a></li>' for i, t in enumerate(items)) + "</ul>"


def jsonld(a):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["published"]}
    if a["byline"]:
        d["author"] = {"@type": "Person", "name": a["byline"]}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


# --- HTML layouts: each returns (html, expected paragraphs, meta) ---------------------------

def h_jsonld_nav_cookie(a, site):
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} | {site}</title>
<meta property="og:title" content="{esc(a['title'])}">
{jsonld(a)}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience on our website. <a href="/privacy">Privacy policy</a> <button>Accept</button></div>
<article>
<h1>{esc(a['title'])}</h1>
{f'<p class="byline">By {esc(a["byline"])}</p>' if a['byline'] else ''}
{ps(a)}
</article>
<aside><h3>Related</h3>{links(OTHER[:4])}</aside>
<footer><p>© 2024 {site}. All rights reserved.</p><p><a href="/terms">Terms of use</a></p></footer>
</body></html>"""
    return page, a["paras"], meta_of(a)


def h_meta_time_comments(a, site):
    page = f"""<!DOCTYPE html><html><head><title>{esc(a['title'])} - {site}</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta property="article:published_time" content="{a['published']}">
<meta name="author" content="{esc(a['byline'])}">
</head><body>
<header class="site-header"><a class="logo" href="/">{site}</a><form><input type="search" placeholder="Search"></form></header>
<main>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="meta"><span class="author">{esc(a['byline'])}</span> <time datetime="{a['published']}">{a['published'][:10]}</time></div>
<div class="article-body">
{ps(a)}
</div>
<section class="comments" id="comments"><h2>Comments (3)</h2>
<div class="comment"><p class="comment-author">reader42</p><p>Finally some good news, I hope they keep going with this.</p></div>
<div class="comment"><p class="comment-author">old_hand</p><p>We were promised the same thing ten years ago and nothing happened at all.</p></div>
</section>
</main>
<footer>Copyright 2024 {site}</footer>
</body></html>"""
    return page, a["paras"], meta_of(a, byline="" if not a["byline"] else None)


def h_divsoup_sidebar(a, site):
    paras = "\n".join(f'<div class="txt">{esc(p)}</div>' for p in a["paras"])
    page = f"""<html><head><title>{esc(a['title'])}</title>{jsonld(a)}</head><body>
<div id="top"><div class="menu"><a href="/">Front page</a> | <a href="/local">Local</a> | <a href="/opinion">Opinion</a></div></div>
<div id="wrap"><div id="content" class="story">
<div class="story-title"><h1>{esc(a['title'])}</h1></div>
{paras}
</div>
<div id="sidebar"><h4>Most read</h4>{links(OTHER[4:9], 'mostread')}<div class="ad">Advertisement</div></div></div>
<div id="foot">All rights reserved. {site} 2024.</div>
</body></html>"""
    return page, a["paras"], meta_of(a)


def h_inline_ads_readmore(a, site):
    body = []
    for i, p in enumerate(a["paras"]):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append('<div class="ad-slot"><span>Advertisement</span></div>')
        if i == 2:
            body.append(f'<p class="read-more"><strong>Read more:</strong> <a href="/x">{esc(OTHER[9])}</a></p>')
    page = f"""<!doctype html><html><head><title>{esc(a['title'])} | {site}</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta name="author" content="{esc(a['byline'])}">
<meta property="article:published_time" content="{a['published']}">
</head><body>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<article><header><h1>{esc(a['title'])}</h1></header>
<div class="content">{''.join(body)}</div>
<div class="newsletter"><p>Sign up for our morning newsletter and get the news before breakfast.</p><form><input type="email"><button>Subscribe</button></form></div>
</article>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>"""
    return page, a["paras"], meta_of(a, byline="" if not a["byline"] else None)


LAYOUTS = [h_jsonld_nav_cookie, h_meta_time_comments, h_divsoup_sidebar, h_inline_ads_readmore]


def h_subheads(a, site):
    paras = a["paras"][:2] + ["What happens next"] + a["paras"][2:]
    body = "".join(f"<h2>{esc(p)}</h2>" if p == "What happens next" else f"<p>{esc(p)}</p>" for p in paras)
    page = f"""<html lang="en"><head><title>{esc(a['title'])}</title>
<meta property="og:title" content="{esc(a['title'])}">
<meta itemprop="datePublished" content="{a['published']}">
</head><body>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/local">Local</a></nav>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{esc(a['title'])}</h1>
<p class="byline">{'By <span itemprop="author">' + esc(a['byline']) + '</span>' if a['byline'] else ''}</p>
<div itemprop="articleBody">{body}</div>
<p class="tags">Tags: <a href="/t/1">local</a>, <a href="/t/2">council</a></p>
</article>
<section class="trending"><h3>Trending now</h3>{links(OTHER[2:6])}</section>
</body></html>"""
    return page, paras, meta_of(a, byline="" if not a["byline"] else None)


def h_bare(a, site):
    page = f"<html><head><title>{esc(a['title'])}</title></head><body>\n" + ps(a) + "\n</body></html>"
    return page, a["paras"], meta_of(a, published="", byline="")


EXTRA = [h_subheads, h_bare]


def html_corpus():
    for i, a in enumerate(ARTS):
        site = SITES[i]
        # every article in its "own" layout and in the next one, plus the extra layouts for some
        chosen = [LAYOUTS[i % 4], (EXTRA + LAYOUTS)[(i + 1) % 6]]
        for k, lay in enumerate(chosen):
            page, exp, meta = lay(a, site)
            write(f"{a['id']}-{lay.__name__[2:]}", "html", page, exp, meta)


# --- scraped-text layouts -----------------------------------------------------------------

def t_seedlike(a, site, i):
    lines = [f"Current:Home > News{a['title']} -{site.replace(' ', '')}", a["title"], "View",
             f"Date:{a['published'][:10]} {a['published'][11:19]}"] + a["paras"] + \
            [f"veryGood! ({i + 3})", "Related"] + [f"- {t}" for t in OTHER[:5]] + ["Ranking"] + \
            [f"- {t}" for t in OTHER[5:9]] + ["Recommendation"] + OTHER[9:12]
    return "\n".join(lines) + "\n", meta_of(a, byline="")


def t_blank_paras_share(a, site, i):
    date = f"{a['published'][:10]} {a['published'][11:16]} GMT"
    by = f"By {a['byline']} | " if a["byline"] else ""
    out = [f"Home » World » {site}", "", a["title"], "", f"{by}Published {date}", "",
           "Share on Facebook", "Share on X", "Email this article", ""]
    for k, p in enumerate(a["paras"]):
        out += [p, ""]
        if k == 2:
            out += ["Advertisement", ""]
    out += ["Sign up for our newsletter to get the top stories every morning.", "",
            f"© {a['published'][:4]} {site}. All rights reserved."]
    return "\n".join(out), meta_of(a)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def long_date(iso):
    y, m, d = iso[:10].split("-")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


def t_menu_tags_mostread(a, site, i):
    out = ["Skip to content", "Menu", "Search", site, "Subscribe", "Log in", a["title"]]
    if a["byline"]:
        out.append(f"By {a['byline']}")
    out += [f"Posted on {long_date(a['published'])}", "4 min read"] + a["paras"] + \
           ["Tags: local news, community", "Leave a comment", "Most read"] + OTHER[3:8] + \
           [f"Copyright {a['published'][:4]} {site}"]
    return "\n".join(out) + "\n", meta_of(a, published=a["published"][:10] + "T00:00:00Z")


def t_cookie_top_updated(a, site, i):
    out = ["We use cookies to give you the best experience on our website. By continuing to browse, you agree to our Privacy Policy.",
           "Accept all", "Manage settings", "", a["title"], ""]
    if a["byline"]:
        out += [f"by {a['byline']}, Staff Writer", ""]
    out += [f"Updated: {a['published'][:10]} {a['published'][11:16]} UTC", ""]
    for p in a["paras"]:
        out += [p, ""]
    out += ["More from " + site, ""] + [f"• {t}" for t in OTHER[6:10]] + ["", "Back to top"]
    return "\n".join(out), meta_of(a)


def t_sitetitle_counters(a, site, i):
    d = a["published"]
    stamp = f"{int(d[8:10])} {MONTHS[int(d[5:7]) - 1][:3]} {d[:4]}, {d[11:16]} GMT"
    out = [f"{a['title']} - {site}", "Sections", "Weather", a["title"], f"Last updated: {stamp}",
           f"Like ({7 + i})", f"Comment ({i})", "Share"] + a["paras"]
    out += ["Related Articles"] + OTHER[0:4] + [f"Copyright © {d[:4]} {site}. All rights reserved."]
    return "\n".join(out) + "\n", meta_of(a, byline="")


def t_pipe_meta_comments(a, site, i):
    d = a["published"]
    by = f"By {a['byline']} • " if a["byline"] else ""
    out = ["News | Sport | Weather | Culture | Opinion", "", a["title"], "",
           f"{by}{long_date(d)} {d[11:16]} UTC", ""]
    for p in a["paras"]:
        out += [p, ""]
    out += [f"{i + 4} Comments", "", "reader42 · 2 hours ago",
            "Finally some good news for once, I hope they keep going with this and do not stop halfway.",
            "Reply", "", "old_hand · 3 hours ago",
            "We were promised exactly the same thing ten years ago, and in the end nothing happened at all.",
            "Reply"]
    return "\n".join(out) + "\n", meta_of(a)


TEXT_LAYOUTS = [t_seedlike, t_blank_paras_share, t_menu_tags_mostread, t_cookie_top_updated,
                t_sitetitle_counters, t_pipe_meta_comments]


def text_corpus():
    for i, a in enumerate(ARTS):
        lay = TEXT_LAYOUTS[i % len(TEXT_LAYOUTS)]
        content, meta = lay(a, SITES[i], i)
        write(f"{a['id']}-{lay.__name__[2:]}", "text", content, a["paras"], meta)


if __name__ == "__main__":
    html_corpus()
    text_corpus()
