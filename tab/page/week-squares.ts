import type { WeekKind, WeekMark } from '../dashboard.model';
import { el, svg } from './dom';
import type { PageStrings } from './strings';

const SIZE = 22;
const GAP = 6;

const fill: Record<WeekKind, string> = {
  written: '#2e7d32',
  skipped: '#a5d6a7',
  quiet: '#cfd8dc',
  nothing: '#ffffff',
};

function square(kind: WeekKind, x: number, size: number, title?: string): SVGElement {
  return svg(
    'rect',
    { x, y: 0.5, width: size, height: size, rx: 3, fill: fill[kind], stroke: '#9e9e9e' },
    title === undefined ? null : svg('title', {}, title),
  );
}

/** One square per week, oldest left, with the week number under it. */
export function weekSquares(weeks: readonly WeekMark[], summary: string): SVGElement {
  const width = weeks.length * (SIZE + GAP);
  return svg(
    'svg',
    { width, height: SIZE + 16, role: 'img', 'aria-label': summary, class: 'weeks' },
    ...weeks.flatMap((mark, index) => {
      const x = index * (SIZE + GAP);
      const week = svg(
        'text',
        {
          x: x + SIZE / 2,
          y: SIZE + 13,
          'font-size': 10,
          'text-anchor': 'middle',
          fill: '#616161',
        },
        String(mark.week),
      );
      return [square(mark.kind, x + 0.5, SIZE, mark.label), week];
    }),
  );
}

export function legend(t: PageStrings): HTMLElement {
  const kinds: WeekKind[] = ['written', 'skipped', 'quiet', 'nothing'];
  return el(
    'p',
    { class: 'legend' },
    ...kinds.map((kind) =>
      el(
        'span',
        {},
        svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, square(kind, 0.5, 12)),
        t.kinds[kind],
      ),
    ),
  );
}
