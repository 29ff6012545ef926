// The starting salaries of the current results: a histogram (SVG, drawn here: a dozen bars do
// not need a charting library) and the same in words. Collapsed on a phone, where the results
// come first: collapsed there.
import { memo } from 'react';
import type { CatalogEntry } from '../../catalog/catalog';
import { formatAmount } from '../../catalog/facts';
import { countOf, type Kind } from '../../catalog/kinds';
import { BIN_WIDTH, salarySpread, type SalarySpread } from '../../search/salaries';

const euros = (amount: number) => `${formatAmount(amount)} €`;

function inWords(spread: SalarySpread, kind: Kind): string {
  const { stated, missing, min, max, median } = spread;
  const none =
    missing === 0 ? '' : ` ; ${missing} ${missing > 1 ? "n'en indiquent pas" : "n'en indique pas"}`;
  return `Salaire de début (brut par mois) de ${countOf(kind, stated)} : médiane ${euros(median)}, de ${euros(min)} à ${euros(max)}${none}.`;
}

const HEIGHT = 120;
const BAR = 28;
const GAP = 6;

function Histogram({ spread, label }: { spread: SalarySpread; label: string }) {
  const top = Math.max(...spread.bins.map((b) => b.count));
  const width = spread.bins.length * (BAR + GAP);
  // Every other amount under the bars when they are many, so that the labels do not overlap.
  const step = spread.bins.length > 8 ? 2 : 1;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 -16 ${width} ${HEIGHT + 40}`}
      className="mt-2 h-auto max-h-52 w-full max-w-xl text-brand-600 dark:text-brand-300"
    >
      {spread.bins.map((bin, i) => {
        const h = bin.count === 0 ? 0 : Math.max(2, (bin.count / top) * HEIGHT);
        const x = i * (BAR + GAP);
        return (
          <g key={bin.from}>
            <rect x={x} y={HEIGHT - h} width={BAR} height={h} rx={2} fill="currentColor" />
            {bin.count > 0 && (
              <text
                x={x + BAR / 2}
                y={HEIGHT - h - 4}
                textAnchor="middle"
                fontSize="11"
                className="fill-slate-800 dark:fill-slate-200"
              >
                {bin.count}
              </text>
            )}
            {i % step === 0 && (
              <text x={x} y={HEIGHT + 14} fontSize="10" className="fill-slate-700 dark:fill-slate-300">
                {formatAmount(bin.from)}
                {bin.open ? '+' : ''}
              </text>
            )}
          </g>
        );
      })}
      <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-400" />
      <text x={0} y={HEIGHT + 32} fontSize="10" className="fill-slate-700 dark:fill-slate-300">
        € brut par mois, par tranches de {BIN_WIDTH} €
      </text>
    </svg>
  );
}

// Memoised on the results: the chart is drawn again only when they change.
export const SalaryChart = memo(function SalaryChart({
  results,
  kind,
}: {
  results: CatalogEntry[];
  kind: Kind;
}) {
  const spread = salarySpread(results);
  if (!spread) return null;
  const words = inWords(spread, kind);
  const figure = (
    <figure>
      <Histogram spread={spread} label="Histogramme des salaires de début" />
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">{words}</figcaption>
    </figure>
  );
  // Both drawn, CSS shows one: the page drawn at build time does not know the screen's width,
  // and the app must take its place without moving anything.
  return (
    <div className="no-print mt-3">
      <details className="lg:hidden">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">
          Salaires de début de ces résultats
        </summary>
        {figure}
      </details>
      <div className="max-lg:hidden">
        <h2 className="font-semibold">Salaires de début de ces résultats</h2>
        {figure}
      </div>
    </div>
  );
});
