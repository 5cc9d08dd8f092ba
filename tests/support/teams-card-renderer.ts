import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

/** What a card or message looks like once rendered, and the markup the renderer made of it. */
export interface Rendered {
  text: string;
  /** Bold, italic, links and mentions that markdown made (Koers' own texts hold none). */
  markup: string[];
}

/**
 * Teams' card markdown as Microsoft documents it ("Format cards in Teams"): **bold**, _italic_,
 * lists, [links](url), and `<at>` mentions; no headings, tables, images, code or quotes. A
 * backslash is read only where it stops that markup; before anything else Teams shows it, as
 * people saw in "check\-in" and "teamdag\!". markdown-it with only those rules stands in for it.
 */
function installTeamsMarkdown(): void {
  interface Token {
    content: string;
  }
  interface InlineState {
    src: string;
    pos: number;
    posMax: number;
    push: (type: string, tag: string, nesting: number) => Token;
  }
  type Md = {
    render: (text: string) => string;
    inline: { ruler: { before: (at: string, name: string, rule: unknown) => void } };
    renderer: { rules: Record<string, (tokens: Token[], index: number) => string> };
  };
  const w = globalThis as unknown as {
    markdownit: (preset: string) => { enable: (rules: string[]) => Md };
    AdaptiveCards: {
      AdaptiveCard: {
        onProcessMarkdown: (
          text: string,
          result: { outputHtml: string; didProcess: boolean },
        ) => void;
      };
    };
  };
  const md = w.markdownit('zero').enable(['paragraph', 'list', 'newline', 'emphasis', 'link']);
  const escapable = '\\*_[]<';
  const lineBefore = (state: InlineState) =>
    state.src.slice(state.src.lastIndexOf('\n', state.pos - 1) + 1, state.pos);
  md.inline.ruler.before('emphasis', 'teams_escape', (state: InlineState, silent: boolean) => {
    if (state.src[state.pos] !== '\\') return false;
    const next = state.src[state.pos + 1] ?? '';
    const before = lineBefore(state);
    const listMarker =
      (/^\s*$/.test(before) && /[-+]/.test(next)) || (/^\s*\d+$/.test(before) && next === '.');
    if (!escapable.includes(next) && !listMarker) return false;
    if (!silent) state.push('text', '', 0).content = next;
    state.pos += 2;
    return true;
  });
  md.inline.ruler.before('emphasis', 'teams_mention', (state: InlineState, silent: boolean) => {
    const found = /^<at>([^<]*)<\/at>/.exec(state.src.slice(state.pos));
    if (!found) return false;
    if (!silent) state.push('mention', '', 0).content = found[1] ?? '';
    state.pos += found[0].length;
    return true;
  });
  md.renderer.rules.mention = (tokens, index) =>
    `<span class="teams-mention">${tokens[index]?.content ?? ''}</span>`;
  w.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
}

/** Renders cards with the Adaptive Cards renderer in headless Chromium, as Teams' web client does. */
export class TeamsCardRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async start(): Promise<TeamsCardRenderer> {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 520, height: 400 } });
    await page.setContent(
      '<html><body style="margin:0;font-family:sans-serif;background:#f5f5f5"><div id="card" style="width:480px;padding:16px"></div></body></html>',
    );
    await page.addStyleTag({ path: require.resolve('adaptivecards/dist/adaptivecards.css') });
    await page.addScriptTag({ path: require.resolve('markdown-it/dist/markdown-it.min.js') });
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
    await page.evaluate(installTeamsMarkdown);
    return new TeamsCardRenderer(browser, page);
  }

  /** A card as Teams shows it; with `screenshot`, also saved as a PNG there. */
  async card(card: object, screenshot?: string): Promise<Rendered> {
    const rendered = await this.page.evaluate((json) => {
      interface Element {
        outerHTML: string;
        innerText: string;
        replaceChildren: (child: Element) => void;
        querySelectorAll: (selector: string) => Iterable<Element>;
      }
      const w = globalThis as unknown as {
        document: { getElementById: (id: string) => Element | null };
        AdaptiveCards: {
          AdaptiveCard: new () => { parse: (j: unknown) => void; render: () => Element };
        };
      };
      const target = w.document.getElementById('card');
      if (!target) throw new Error('no card holder');
      const adaptive = new w.AdaptiveCards.AdaptiveCard();
      adaptive.parse(json);
      target.replaceChildren(adaptive.render());
      const markup = [...target.querySelectorAll('strong, b, em, i, a, .teams-mention')].map(
        (element) => element.outerHTML,
      );
      return { text: target.innerText, markup };
    }, card);
    if (screenshot) await this.page.locator('#card').screenshot({ path: screenshot });
    return rendered;
  }

  /** A plain message: Teams renders its text with the same markdown. */
  async message(text: string): Promise<Rendered> {
    return this.card({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text, wrap: true }],
    });
  }

  async stop(): Promise<void> {
    await this.browser.close();
  }
}
