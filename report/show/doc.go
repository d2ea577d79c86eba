// Package show renders a newsnlp run as one self-contained HTML file: no
// network, no external scripts, styles or fonts. An index gives the
// corpus's counts and, as inline SVG charts, the top speakers, the top
// entities of each type, quotes and entities per article and errors by
// stage, with a paged list of links to the articles. Each article shows
// its text with the entity mentions highlighted by type and linked to
// their entity, the quotes highlighted and linked to their speaker and to
// the mention the speaker rests on, its metadata and its error rows.
//
// Navigation works without script through fragment links (:target); a
// small inline script adds keys (n/p next and previous article, i the
// index). Colours are the Okabe–Ito palette, and each entity type also has
// its own underline style, so the types stay apart in print and for
// colour-blind readers. Every highlight carries data-span="start,end", its
// code point span in articles.text, and its text is exactly that span.
package show
