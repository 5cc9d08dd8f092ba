import type { Server } from 'restify';

// The Teams manifest links here (privacyUrl, termsOfUseUrl). What Koers promises is the same for
// every study; the study's own contact person is on its consent card and under `toestemming`.
const page = (title: string, body: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body>${body}</body></html>`;

const privacy = page(
  'Koers: privacy',
  `<h1>Privacy in Koers</h1>
<p>Koers helpt teams in het onderwijs met loopbaanbegeleiding, en hoort bij een onderzoek.</p>
<ul>
<li>Niets wordt bewaard voordat je toestemming gaf; meedoen is vrijwillig.</li>
<li>Wat je schrijft (je logboek, notities, antwoorden op peilingen) wordt versleuteld bewaard.</li>
<li>Je logboek lezen alleen jijzelf, het onderzoeksteam van de studie en, als je aanjager bent, je eigen teamcoach. Maatjes lezen elkaars logboek niet. Leidinggevenden zien niets van jou persoonlijk.</li>
<li>Antwoorden op anonieme peilingen zijn na het sluiten niet meer aan jou te koppelen; uitkomsten zijn er pas vanaf een minimum aantal antwoorden.</li>
<li>Onderzoekers krijgen alleen gegevens onder een pseudoniem, nooit je naam of e-mailadres.</li>
<li>Stoppen kan altijd: typ <b>toestemming</b> in Koers. Wat nog in de bedenktijd zit (5 werkdagen) wordt dan overal verwijderd.</li>
<li>Typ <b>mijn gegevens</b> voor een bestand met alles wat Koers over je bewaart. De contactpersoon van je studie staat bij <b>toestemming</b>.</li>
</ul>
<h2 lang="en">Privacy in Koers (English)</h2>
<p lang="en">Nothing is kept before you consent; what you write is stored encrypted; only you, the study's research team and, for an aanjager, their own teamcoach read your logbook; managers see nothing of you personally; researchers get pseudonymised data only. Type <b>consent</b> to stop at any time, <b>my data</b> for a copy of everything Koers holds about you.</p>`,
);

const terms = page(
  'Koers: gebruiksvoorwaarden',
  `<h1>Gebruiksvoorwaarden van Koers</h1>
<p>Koers is een hulpmiddel van het onderzoek waar je school aan meedoet. Je gebruikt het vrijwillig, en stoppen heeft geen gevolgen.</p>
<p>Schrijf over je eigen werk; noem geen namen of gegevens van leerlingen. Als iets je zorgen baart, neem contact op met je teamcoach of met de contactpersoon van de studie (te vinden onder <b>toestemming</b>).</p>
<p lang="en">Koers is a tool of the study your school takes part in. Use is voluntary and stopping has no consequences. Write about your own work; do not name students. For concerns, contact your teamcoach or the study's contact person (see <b>consent</b>).</p>`,
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
