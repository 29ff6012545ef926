// A QR code drawn as SVG from the matrix uqr computes (no HTML string is injected): dark on
// white whatever the theme, with the quiet zone scanners need.
import { useMemo } from 'react';
import { encode } from 'uqr';

/** Horizontal runs of dark modules as one path: a few hundred commands, not thousands of rects. */
function modulesPath(data: boolean[][]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      parts.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return parts.join('');
}

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  // M: a screen's glare or a crease in paper still scans.
  const { data, size } = useMemo(() => encode(text, { ecc: 'M', border: 4 }), [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={modulesPath(data)} fill="#000" />
    </svg>
  );
}
