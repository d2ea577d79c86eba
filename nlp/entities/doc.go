// Package entities resolves the entity mentions of one article into
// entities: "Mark Rutte", "Rutte" and "Secretary-General Rutte" become one
// PERSON whose canonical name is "Mark Rutte"; "U.S.", "US", "United States"
// and "America" one LOCATION; "NATO" and "North Atlantic Treaty
// Organization" one ORGANIZATION.
//
// A Resolver (New) is the pipeline's entities stage: an nlp.Annotator that
// reads Doc.Mentions and Doc.Tokens as the NER stage left them, fills
// Doc.Entities in order of first mention, sets every Mention.Entity and
// gives the mentions of one entity one label. By default it also trims
// mentions to the name (titles, possessive "’s" and a leading "the" cut
// off), keeping token indices, span and text consistent. The rules are
// documented on Resolver.Annotate; resolution never crosses articles.
//
// The resolver embeds a list of titles and honorifics, a short hand-written
// list of well-known aliases and the ISO 3166-1 country names of Debian's
// iso-codes (LGPL-2.1-or-later; see lexicon/NOTICE and
// internal/gencountries). PersonFor and Titles expose what the quote
// attribution stage needs: the person a bare name refers to, and the titles
// written next to a person's name.
package entities
