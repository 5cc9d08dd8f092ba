import type { Server } from 'restify';

// The Teams manifest links here (privacyUrl, termsOfUseUrl). What Koers promises is the same for
// every study; the study's own contact person is on its consent card and under `toestemming`.
const page = (title: string, body: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body>${body}</body></html>`;

const privacy = page(
  'koers: privacy',
  `<h1>privacy in koers</h1>
<p>koers helpt teams in het onderwijs met loopbaanbegeleiding, en hoort bij een onderzoek.</p>
<ul>
<li>niets wordt bewaard voordat je toestemming gaf; meedoen is vrijwillig.</li>
<li>wat je schrijft (je logboek, notities, antwoorden op peilingen) wordt versleuteld bewaard.</li>
<li>je logboek lezen alleen jijzelf, het onderzoeksteam van de studie en, als je aanjager bent, je eigen teamcoach. maatjes lezen elkaars logboek niet. leidinggevenden zien niets van jou persoonlijk.</li>
<li>antwoorden op anonieme peilingen zijn na het sluiten niet meer aan jou te koppelen; uitkomsten zijn er pas vanaf een minimum aantal antwoorden.</li>
<li>onderzoekers krijgen alleen gegevens onder een pseudoniem, nooit je naam of e-mailadres.</li>
<li>stoppen kan altijd: typ <b>toestemming</b> in koers. wat nog in de bedenktijd zit (5 werkdagen) wordt dan overal verwijderd.</li>
<li>typ <b>mijn gegevens</b> voor een bestand met alles wat koers over je bewaart. de contactpersoon van je studie staat bij <b>toestemming</b>.</li>
</ul>
<h2 lang="en">privacy in koers (english)</h2>
<p lang="en">nothing is kept before you consent; what you write is stored encrypted; only you, the study's research team and, for an aanjager, their own teamcoach read your logbook; managers see nothing of you personally; researchers get pseudonymised data only. type <b>consent</b> to stop at any time, <b>my data</b> for a copy of everything koers holds about you.</p>`,
);

const terms = page(
  'koers: gebruiksvoorwaarden',
  `<h1>gebruiksvoorwaarden van koers</h1>
<p>koers is een hulpmiddel van het onderzoek waar je school aan meedoet. je gebruikt het vrijwillig, en stoppen heeft geen gevolgen.</p>
<p>schrijf over je eigen werk; noem geen namen of gegevens van leerlingen. als iets je zorgen baart, neem contact op met je teamcoach of met de contactpersoon van de studie (te vinden onder <b>toestemming</b>).</p>
<p lang="en">koers is a tool of the study your school takes part in. use is voluntary and stopping has no consequences. write about your own work; do not name students. for concerns, contact your teamcoach or the study's contact person (see <b>consent</b>).</p>`,
);

/** `/privacy` and `/terms`, the pages the Teams app package links to. */
export function addLegalPages(server: Server): void {
  for (const [path, html] of [
    ['/privacy', privacy],
    ['/terms', terms],
  ] as const) {
    server.get(path, (_req, res, next) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.sendRaw(200, html);
      next();
    });
  }
}
