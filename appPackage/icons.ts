import { encodePng } from './png';

/** Koers's colour: the background of the colour icon and the manifest's accentColor. */
export const ACCENT_COLOR = '#1B6A7A';

type Rgba = readonly [number, number, number, number];
/** Paints one point of the icon; x and y run from -1 (left, top) to 1 (right, bottom). */
type Paint = (x: number, y: number) => Rgba;

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const SAMPLES = 4;

/** 192x192, full colour: a white compass on Koers's colour, inside Teams' 96 px safe area. */
export function colorIcon(): Buffer {
  const accent = hex(ACCENT_COLOR);
  const tint = mix(accent, WHITE, 0.45);
  return render(192, (x, y) => {
    const part = compass(x / 0.55, y / 0.55);
    return part === 'heading' || part === 'ring' ? WHITE : part === 'tail' ? tint : accent;
  });
}

/** 32x32, white on transparent, as Teams wants outline icons. */
export function outlineIcon(): Buffer {
  return render(32, (x, y) => (compass(x / 0.94, y / 0.94) === 'none' ? CLEAR : WHITE));
}

/** A ring with a needle pointing north-east: the heading (koers) half and its tail. */
function compass(x: number, y: number): 'ring' | 'heading' | 'tail' | 'none' {
  const r = Math.hypot(x, y);
  if (r >= 0.78 && r <= 1) return 'ring';
  const along = (x - y) / Math.SQRT2; // towards the top right
  const across = (x + y) / Math.SQRT2;
  if (Math.abs(along) / 0.66 + Math.abs(across) / 0.24 > 1) return 'none';
  if (Math.abs(along) < 0.035) return 'none'; // a hairline between the two halves
  return along > 0 ? 'heading' : 'tail';
}

/** Supersampled, so the edges are smooth at 32 px too. */
function render(size: number, paint: Paint): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / SAMPLES) / size) * 2 - 1;
          const [r, g, b, a] = paint(x, y);
          // Premultiplied, so transparent samples do not darken the edge.
          sum[0]! += r * a;
          sum[1]! += g * a;
          sum[2]! += b * a;
          sum[3]! += a;
        }
      }
      const alpha = sum[3]! / (SAMPLES * SAMPLES);
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = alpha === 0 ? 0 : Math.round(sum[c]! / sum[3]!);
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, pixels);
}

function hex(color: string): Rgba {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

function mix(a: Rgba, b: Rgba, share: number): Rgba {
  const at = (i: 0 | 1 | 2) => Math.round(a[i] * (1 - share) + b[i] * share);
  return [at(0), at(1), at(2), 255];
}
