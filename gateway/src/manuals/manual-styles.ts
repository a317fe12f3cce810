/**
 * The manual's one stylesheet, inlined in the page (a manual loads nothing from anywhere): readable
 * on screen, and printed on A4 with the cover and the contents on their own pages, every chapter on
 * a new page and headings kept with the text that follows them. Only locally installed fonts.
 */
export const MANUAL_STYLES = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 4rem;
  font-family: 'Liberation Serif', 'DejaVu Serif', Georgia, 'Times New Roman', serif;
  font-size: 11.5pt; line-height: 1.5; color: #1d1d1f; background: #fff;
  hyphens: auto; overflow-wrap: break-word;
}
h1, h2, h3, h4, h5, .series, .meta, nav, figcaption, cite {
  font-family: 'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif;
}
h1 { font-size: 26pt; line-height: 1.15; margin: 0.4em 0 0.6em; }
h2 { font-size: 18pt; margin: 0 0 0.6em; }
h3 { font-size: 14pt; margin: 1.6em 0 0.2em; }
h4 { font-size: 11.5pt; margin: 1.2em 0 0.3em; text-transform: uppercase; letter-spacing: 0.04em; color: #3b4a6b; }
h5 { font-size: 11.5pt; margin: 0 0 0.3em; }
h1, h2, h3, h4, h5, figcaption, cite { hyphens: manual; }
h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
.series { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9.5pt; color: #3b4a6b; margin: 0; }
.draft { display: inline-block; border: 2px solid #a0262b; color: #a0262b; padding: 0.15em 0.6em; font-weight: bold; }
.dates { color: #555; font-size: 10pt; }
.cover { border-bottom: 3px solid #3b4a6b; padding-bottom: 1.5rem; margin-bottom: 2rem; }
.introduction { font-size: 12.5pt; }
nav.contents ol { padding-left: 1.4em; }
nav.contents > ol > li { margin: 0.5em 0; font-weight: bold; }
nav.contents li li { font-weight: normal; margin: 0.15em 0; }
.chapter { margin-top: 3rem; }
.chapter-number { display: block; font-size: 10pt; text-transform: uppercase; letter-spacing: 0.08em; color: #3b4a6b; }
.empty { font-style: italic; color: #555; }
.practice { margin-top: 2rem; border-top: 1px solid #c9cfdb; padding-top: 0.6rem; }
.meta { font-size: 9.5pt; color: #555; margin: 0 0 0.8em; }
dl.template { margin: 0.4em 0 0; }
dl.template dt { font-weight: bold; margin-top: 0.5em; }
dl.template dd { margin: 0.1em 0 0 0; }
figure.story { margin: 0.8em 0; padding: 0.6em 0.9em; background: #f3f5f9; border-left: 4px solid #3b4a6b; break-inside: avoid; }
figure.story blockquote { margin: 0; }
figure.story figcaption { font-size: 9.5pt; color: #555; margin-top: 0.3em; }
ul.lessons { padding-left: 1.2em; }
ul.lessons li { margin: 0.4em 0; break-inside: avoid; }
cite { display: block; font-style: normal; font-size: 9.5pt; color: #555; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { break-after: page; border: 0; min-height: 60vh; }
  nav.contents { break-after: page; }
  .chapter { break-before: page; margin-top: 0; }
  figure.story { background: #f3f5f9; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
